"""Severity in context (severity_floors.py) and the critical concepts added for issue 18:
paraphrases each must read and counter-examples it must not.

Written from routing/definitions.md (defs-1) for this test, not taken from an evaluation
thread. Each paraphrase read at least one level off before the change (checked against eaa2842);
the counter-examples keep the concept to its defs-1 meaning (a bug that recurs is no
repeated failure of our people, falling usage before a renewal stays medium, an outage
that is over is not critical, the customer's own "P1" is not the CSM's level).
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.csm_level import explicit_severity
from mailbot.drafting.rules import suggest_severity

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
SF, RR, PD = Category.SERVICE_FAILURE, Category.RELATIONSHIP_AT_RISK, Category.PRODUCT_DEFECT
CD, FG = Category.COMMERCIAL_DISPUTE, Category.FEATURE_GAP

CASES = [
    # our people failing again (service failure), in several languages
    ("Your account manager missed our review call for the second time.", SF, H),
    ("We have sent two emails and got nothing back from your support desk.", SF, H),
    ("Ihr Berater hat den Termin zum zweiten Mal abgesagt.", SF, H),
    ("Votre formateur ne s'est pas présenté, une fois de plus.", SF, H),
    ("Vuestro técnico no vino otra vez a la cita.", SF, H),
    # counter: once is medium; a recurring bug is no failure of our people
    ("Your account manager missed our review call yesterday.", SF, M),
    ("The sync dropped a row for the second time this week.", PD, M),
    # a relationship shift before the renewal (champion leaving, budget review, new owner)
    ("Our sponsor is leaving in May, just before the contract comes up for renewal.", RR, H),
    ("Finance put every subscription on the budget review list ahead of the renewal.", RR, H),
    ("Depuis notre rachat, le renouvellement sera décidé par le groupe.", RR, H),
    # counter: falling usage before a renewal, with no threat, stays medium (defs-1)
    ("Logins have dropped since spring; we renew in the autumn.", RR, M),
    # their executive copied, said in the text
    ("I have copied our CFO on this invoice question.", CD, H),
    ("Ich setze unseren Geschäftsführer in Kopie.", CD, H),
    # counter: a title named without copying them
    ("Our CFO approved the order last month; could you resend the invoice?", CD, M),
    # a trial of something else beside us
    ("Ops is running a trial of another scheduler alongside us until June.", RR, H),
    # data lost, down for a while now, payroll that cannot run (critical)
    ("Half of the March invoices were lost when you moved our account.", PD, C),
    ("Die Einträge der letzten Woche sind verloren gegangen.", PD, C),
    ("Il portale delle prenotazioni è giù da un'ora.", PD, C),
    ("La tienda online lleva dos horas caída.", PD, C),
    ("We cannot run payroll because the export to the bureau fails.", PD, C),
    # counter: an outage that is over is not critical
    ("The refund promised after the June outage has not arrived.", CD, M),
    ("There was an outage last night, now all fine; please send the report.", PD, M),
    # a rule that binds from a date; "no deadline" is none; "nothing urgent" is low
    ("From 1 March every supplier must sign documents electronically. Is that supported?", FG, H),
    ("Is dark mode planned? There's no deadline on our side.", FG, M),
    ("Non c'è nulla di urgente, ma il logo è sgranato.", PD, L),
    ("Nichts Dringendes: ein Tippfehler im Menü.", PD, L),
]


@pytest.mark.parametrize(("customer", "category", "expected"), CASES)
def test_severity_in_context(customer: str, category: Category, expected: Severity) -> None:
    picked = suggest_severity("", customer, category)
    assert picked.value is expected, picked.rationale


def test_their_p1_is_the_customers_priority_not_the_csms_level() -> None:
    assert explicit_severity("Support answered their P1 after six hours.") is None
    for said in ("Treat as P1 please.", "Make this P1, they are furious."):
        level = explicit_severity(said)
        assert level is not None and level.value is C, said


def test_the_floor_cites_its_words() -> None:
    text = "Your trainer missed the kickoff for the second time."
    assert '"for the second time"' in suggest_severity("", text, SF).rationale or (
        '"second time"' in suggest_severity("", text, SF).rationale
    )
