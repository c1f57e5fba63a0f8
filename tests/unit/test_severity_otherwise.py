"""Severity said otherwise (issue 18, session 28): what the blind dev set eval_set_f
showed missing, as paraphrases, and ordinary sentences sharing their words.

Written for this test from routing/definitions.md (defs-1), not copied from an evaluation
thread. Before this change every paraphrase read one level low.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
RR, PD, CD = Category.RELATIONSHIP_AT_RISK, Category.PRODUCT_DEFECT, Category.COMMERCIAL_DISPUTE
FG = Category.FEATURE_GAP

CASES = [
    # a new owner deciding which systems stay is the renewal by another name (high)
    ("We were bought by Halden Group; their IT decides in autumn which systems stay.", RR, H),
    ("Nach der Übernahme entscheidet der Konzern, welche Systeme bleiben.", RR, H),
    # a review of everything they pay for, before the renewal (high)
    ("The council reviews every software contract each spring, and we renew in May.", RR, H),
    # counter: falling usage before a renewal, with no shift, stays medium
    ("Usage has dipped this term; the contract renews in May.", RR, M),
    # payments they had to stop, nothing leaving the business (critical)
    ("Since the update we have had to stop all payments to our growers.", PD, C),
    ("Hemos tenido que parar los pagos a los proveedores esta semana.", PD, C),
    ("Since nine o'clock we cannot ship or dispatch any orders from the warehouse.", PD, C),
    # counter: a payment we are asked to hold is a billing question, not an outage
    ("Could you hold the payment run for our invoice until the credit note arrives?", CD, M),
    # each of a day's many items redone by hand (high)
    ("We re-key all 120 delivery notes by hand every evening since the release.", PD, H),
    # counter: a count alone, with nothing by hand, stays medium
    ("All 12 invoices show the wrong VAT rounding in the PDF.", CD, M),
    # the business's own work stopped now (eval_set_g, session 28): critical
    ("Since six this morning the packing lines have stopped at both sites.", PD, C),
    ("Wir haben seit heute früh Probleme, der Versand steht.", PD, C),
    ("Depuis midi, plus aucune commande en ligne n'aboutit.", PD, C),
    ("Our web shop has been returning errors since 9:00.", PD, C),
    ("Without those readings we cannot issue any invoices this month.", PD, C),
    ("Some of our patients appear in the list of another clinic.", PD, C),
    # counter: a line stopped for a planned reason, a stop that is asked for, and the
    # review's ordinary sentences (session 28), read critical or high before they were fixed
    ("Please stop the weekly summary mails, nobody reads them.", PD, M),
    ("The production line has stopped at 10pm every night, as planned.", PD, M),
    ("Line breaks have stopped showing in the PDF export.", PD, M),
    ("We have stopped all orders from the old webshop since we moved to the new one.", PD, M),
    ("Der Versand für Juni steht schon im Kalender, danke für die Erinnerung.", PD, M),
    ("Do we have to stop payments before changing the bank account?", CD, M),
    ("One user's login has been failing since yesterday; could you reset it?", PD, H),
    ("We can't ship any orders to Norway until the new VAT rate is configured.", PD, H),
    ("Wir können keine Rechnungen in Englisch erstellen, gibt es dafür eine Einstellung?", FG, M),
    ("Our new fiscal year starts on 1 April; please send the invoice then.", CD, M),
    ("Could you check whether all 12 locations can use the Excel export?", FG, M),
    ("Can I see the invoices in the portal of another school in our trust?", FG, M),
    # a season or a term bound to a date: high; a question with no rush: low
    ("The ski season starts on 12 December and every child rate is wrong.", PD, H),
    ("¿Se pueden crear turnos recurrentes? Ninguna prisa, era solo una pregunta.", FG, L),
    # counter: "only a question of time" is no question
    ("Reports are slow to open; it's only a question of time before people complain.", PD, M),
]


@pytest.mark.parametrize(("customer", "category", "expected"), CASES)
def test_severity_said_otherwise(customer: str, category: Category, expected: Severity) -> None:
    picked = suggest_severity("", customer, category)
    assert picked.value is expected, picked.rationale
