"""Severity readings from session 32's sixth blind batch (bench/severity_sentences_data_6.py),
each in words of its own: many people on a painful workaround counted as a share or a
group, a rival looked at softly, the renewal left unsigned, our people failing again, an
opening or a busy week on a date; and the near misses that must stay medium.

Why: the batch showed the rules reading "two thirds of our nurses are back on paper" or "the
renewal is on my desk and I'm not signing it like this" as medium; defs-1 makes each high.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

D, S, C = Category.PRODUCT_DEFECT, Category.SERVICE_FAILURE, Category.COMMERCIAL_DISPUTE
R, G = Category.RELATIONSHIP_AT_RISK, Category.FEATURE_GAP

HIGH = [
    (
        "Since Friday about two thirds of our carers write the visit notes on paper and type "
        "them in at night.",
        D,
    ),
    ("Every dispatcher on the early shift now splits the routes by hand before optimising.", D),
    ("Staff in all 9 branches are phoning round to check stock before they promise anything.", D),
    ("Toute l'équipe comptable fait le lettrage à la main depuis lundi.", D),
    ("We're sitting through a demo of Plannr next week, for what it's worth.", D),
    ("Finance asked me whether we should keep paying for this after the 20% rise.", C),
    ("The renewal paperwork is on my desk and I'm not signing it like this.", C),
    ("Die Verlängerung liegt auf meinem Tisch, und so unterschreibe ich sie nicht.", C),
    ("Es la cuarta vez que pedimos que nos llamen y nadie lo hace.", S),
    ("Der Schulungstermin ist heute schon wieder ausgefallen.", S),
    ("I'm leaving the company at the end of June and the renewal is in August.", R),
    ("Our busiest week of the year starts Monday and prices lag two hours behind the tills.", D),
    ("Abrimos el nuevo almacén el día 3 y no sabemos si el módulo admite varias plantas.", G),
]
MEDIUM = [
    (
        "Under our SLA that outage breaks the 99.5% monthly uptime, so we are claiming the "
        "service credits.",
        C,
    ),
    ("This makes me uneasy, since our busiest week starts soon.", D),
    ("We have 400 staff and the export takes a while, but it gets there.", D),
    ("The report is slow since March; we just run it overnight now.", D),
]


@pytest.mark.parametrize(("text", "category"), [pytest.param(*c, id=c[0][:40]) for c in HIGH])
def test_said_high(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.HIGH, picked.rationale


@pytest.mark.parametrize(("text", "category"), [pytest.param(*c, id=c[0][:40]) for c in MEDIUM])
def test_stays_medium(text: str, category: Category) -> None:
    picked = suggest_severity("", text, category)
    assert picked.value is Severity.MEDIUM, picked.rationale


# (CSM note, customer text, category, expected level): compact escalations (batches 7, c4)
COMPACT = [
    (
        "Ferro Retail: tills offline in all 12 shops since opening.",
        "Kartenzahlungen gehen gar nicht, bar nur ohne Bon.",
        D,
        Severity.CRITICAL,
    ),
    (
        "Dunmore Press: the payroll file doubles night pay; pay date is Friday.",
        "The bank submission is due Thursday and we cannot send it as it is.",
        D,
        Severity.CRITICAL,
    ),
    (
        "Calder Homes: tenant app lists other households' requests.",
        "A tenant sees her neighbours' requests with names and phone numbers.",
        D,
        Severity.CRITICAL,
    ),
    (
        "Westfield School: parent portal blank since 07:00.",
        "No parent or teacher can log in this morning.",
        D,
        Severity.CRITICAL,
    ),
    (
        "Nordheim Schools: renewal 15% above the current price.",
        "Our budget was set on the old price and the renewal is due on 30 June.",
        C,
        Severity.HIGH,
    ),
    (
        "Alder Group: merging with Brook; the group keeps one platform.",
        "The group will decide next quarter which platform we keep for all 30 sites.",
        R,
        Severity.HIGH,
    ),
    (
        "Pinecrest: champion leaves in three weeks.",
        "Anna, who runs the tool, leaves in three weeks and our renewal is in September.",
        R,
        Severity.HIGH,
    ),
    (
        "Hendry Pharmacies: four tickets answered late.",
        "Each got a first reply after a week; our support plan says one working day.",
        S,
        Severity.HIGH,
    ),
    (
        "Linton Couriers: credit for the outage last Tuesday, fine since.",
        "We'd like a credit for the outage last Tuesday.",
        C,
        Severity.MEDIUM,
    ),
    (
        "Orchard Advisors: duplicate meetings in Outlook.",
        "Our renewal is going through finance this month, no concerns there.",
        D,
        Severity.MEDIUM,
    ),
    (
        "Physio Bauer: still billed for 25 users although they have 19.",
        "Bitte korrigieren Sie die Rechnungen.",
        C,
        Severity.MEDIUM,
    ),
    (
        "Pemberton Library: reminders sent twice.",
        "We've switched off the second reminder run for now.",
        D,
        Severity.MEDIUM,
    ),
]


@pytest.mark.parametrize(
    ("note", "text", "category", "level"), [pytest.param(*c, id=c[0][:30]) for c in COMPACT]
)
def test_compact_escalations(note: str, text: str, category: Category, level: Severity) -> None:
    picked = suggest_severity(note, text, category)
    assert picked.value is level, picked.rationale
