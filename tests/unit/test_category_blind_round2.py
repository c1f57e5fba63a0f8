"""Category readings from session 32's blind batches (bench/category_sentences_data_2.py and
_3.py), each in words of its own: a defect told as a wish or a question about what used to
work, a gap the customer knows is by design, and an executive who writes, forwards,
demands or asks for ours against one who is only named.

Why: the blind batches showed the rules reading "Is there a way to ... again?" as a
feature request, "As CTO I ..." on a crash report as a defect, and "our CEO will be at the
opening" as executive involvement; defs-1 reads each the other way.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

D, G, E = Category.PRODUCT_DEFECT, Category.FEATURE_GAP, Category.EXECUTIVE_INTERVENTION
R, S = Category.RELATIONSHIP_AT_RISK, Category.SERVICE_FAILURE

# (CSM note, customer text, signature, expected)
CASES = [
    # a defect asked for as a wish: it worked before
    (
        "",
        "Is there a way to make the rota show the night shifts again? Since about the 4th "
        "it only lists day shifts.",
        "",
        D,
    ),
    (
        "",
        "Could the member search find people by their first name, like it did before "
        "Easter? Now it wants the full surname.",
        "",
        D,
    ),
    (
        "",
        "Up to October we could see the whole year in the calendar. Now it stops at "
        "today. Has something been switched off?",
        "",
        D,
    ),
    (
        "",
        "Gibt es eine Möglichkeit, dass die Summen wieder stimmen? Das war bis vor einer "
        "Woche richtig.",
        "",
        D,
    ),
    (
        "",
        "The export drops the leading zeros. According to your help page it should keep them.",
        "",
        D,
    ),
    ("", "The dashboard shows yesterday's figures until lunchtime.", "", D),
    (
        "",
        "Since the clocks went back, evening bookings appear on the next day in the diary.",
        "",
        D,
    ),
    ("", "The delivery list comes up blank for every driver this morning.", "", D),
    # a gap they know is by design, told with breakage words
    (
        "",
        "Your app can't print labels in Greek. The docs say one alphabet only, so I know "
        "this isn't new, but is anything planned? It's getting urgent.",
        "",
        G,
    ),
    # executives: writing, forwarding, demanding, asking for ours
    (
        "",
        "As CTO I approved your platform, so I'll be direct: the app crashes on launch on "
        "every tablet since the update. I need a fix today.",
        "",
        E,
    ),
    (
        "",
        "See below.\nFrom: Rosa Klein (Chief Financial Officer)\nSent: Monday\nSubject: "
        "Invoice\nThe invoice bills us for 80 seats again. Do not pay it.",
        "",
        E,
    ),
    (
        "",
        "Our COO and CFO have both asked\nme to get a written commitment from you on the "
        "fix date for the duplicate orders.",
        "",
        E,
    ),
    (
        "",
        "Our board meets Thursday and has asked for a written explanation of the wrong "
        "totals from you before then.",
        "",
        E,
    ),
    (
        "",
        "The booking portal lost 200 registrations. I'd like someone at your leadership "
        "level to call me this week.",
        "",
        E,
    ),
    (
        "Their CEO called me this morning about the broken route planner.",
        "The route planner sends drivers to closed depots.",
        "",
        E,
    ),
    # executives only named, or not C-level: not executive involvement
    (
        "",
        "The kiosk prints badges with the wrong date. Our CEO will be at the opening, so "
        "please look before Thursday.",
        "",
        D,
    ),
    (
        "",
        "When I log in as our CEO's delegate the reports tab shows another company's reports.",
        "",
        D,
    ),
    (
        "",
        "Meeting invites from the add-in lose their video link about half the time.",
        "Sophie Lang\nExecutive Assistant to the CEO",
        D,
    ),
    (
        "",
        "Die Aushänge im Portal erscheinen erst nach einem Tag.",
        "Jana Wolff\nAssistenz der Geschäftsführung",
        D,
    ),
    # a rival tried alongside us is the relationship; a missed video call our service
    (
        "",
        "Wir testen ab nächster Woche parallel das Tool von PlanWerk. Mit Ihnen sind wir "
        "grundsätzlich zufrieden.",
        "",
        R,
    ),
    (
        "",
        "Mardi, nous attendions votre équipe en visio : personne de chez vous. C'est le "
        "deuxième rendez-vous manqué ce mois-ci.",
        "",
        S,
    ),
]


@pytest.mark.parametrize(
    ("note", "customer", "roles", "expected"),
    [pytest.param(*c, id=c[1][:40]) for c in CASES],
)
def test_blind_round_two(note: str, customer: str, roles: str, expected: Category) -> None:
    picked = suggest_category(note, customer, "", roles)
    assert picked.value is expected, picked.rationale


def test_a_hard_wrapped_line_reads_as_one_phrase() -> None:
    wrapped = "Our CEO has asked\nme to get a date for the fix from you."
    assert suggest_category("", wrapped).value is E


@pytest.mark.parametrize(
    ("customer", "expected"),
    [
        (
            "We can't print the labels in Greek. It has always been one alphabet, I know. Is "
            "Greek ever going to be added?",
            G,
        ),
        (
            "Usage has dropped off a cliff since our trainer left, and the old hands find the "
            "search a bit slow.",
            R,
        ),
        ("I'm struggling to justify the cost: we use maybe a third of what we pay for.", R),
        ("The 'Refund' button does nothing for partial refunds since Tuesday.", D),
        (
            "Any news on recurring invoices? I still click through 120 client invoices by hand "
            "every month.",
            G,
        ),
    ],
    ids=lambda v: v[:30] if isinstance(v, str) else None,
)
def test_blind_round_two_more(customer: str, expected: Category) -> None:
    picked = suggest_category("", customer)
    assert picked.value is expected, picked.rationale


# (CSM note, customer text, expected): compact escalations, the CSM's words counting double
COMPACT = [
    (
        "Lumen Centres: their manager has booked a demo with Classly.",
        "Parents find the app dated. Nothing is decided.",
        R,
    ),
    (
        "Fisio Norte: pacientes activos en la app.",
        "Los pacientes activos han bajado de unos 400 a 150 en tres meses.",
        R,
    ),
    (
        "Cabinet Morel: the time export stops at 1,000 lines.",
        "Nous facturons nos clients le 5 et il nous manque des lignes depuis la mise à jour.",
        D,
    ),
    (
        "Hoteles Brisa: renovación más cara.",
        "La propuesta de renovación sube de 14.000 € a 17.500 € al año.",
        Category.COMMERCIAL_DISPUTE,
    ),
    (
        "Ashby Lettings: tenant invoices the platform sent last night charge May rent twice.",
        "The 02:00 run emailed 120 tenants an invoice with two May rent lines.",
        D,
    ),
    (
        "Norden College: logins fail for the second campus; the account takes one IdP only.",
        "Our second campus uses its own identity provider and the admin page accepts one.",
        G,
    ),
    (
        "Harlow Foods: the rota can't save night shifts; the manual lists 24 as the limit.",
        "Shifts longer than the limit cannot be saved. Is a longer shift planned?",
        G,
    ),
    (
        "Pike & Co: ticket 4410 closed three times as 'resolved' without an explanation.",
        "The ticket about the import keeps being closed and nobody explains why.",
        S,
    ),
    (
        "Tern Couriers: asking for a credit for Tuesday's tracking outage, fine since.",
        "Tracking was down for four hours on Tuesday. We would like a credit on this month.",
        Category.COMMERCIAL_DISPUTE,
    ),
    (
        "Brookside School: the grade report leaves out pupils who changed class.",
        "The grades are in the system but the report leaves out 19 pupils.",
        D,
    ),
]


@pytest.mark.parametrize(
    ("note", "customer", "expected"), [pytest.param(*c, id=c[0][:30]) for c in COMPACT]
)
def test_compact_escalations(note: str, customer: str, expected: Category) -> None:
    picked = suggest_category(note, customer)
    assert picked.value is expected, picked.rationale
