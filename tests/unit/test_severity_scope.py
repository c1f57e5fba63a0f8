"""defs-1 high said as stakes without a count or a stock word (severity_scope.py): all of
the customer's own items wrong, sales lost, a renewal that is near; and the near misses
that name the same things with nothing at stake."""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW

CASES = [
    # a renewal that is near, in four languages
    ("Our contract is up for renewal in January and I'd like this sorted before then.", H),
    ("Le renouvellement est en mars et l'export perd toujours des lignes.", H),
    ("La renovación es en marzo y la exportación sigue perdiendo filas.", H),
    ("Die Verlängerung steht im März an und der Export verliert immer noch Zeilen.", H),
    # ... not one a year or more away
    ("Our contract is up for renewal next year; the export drops rows.", M),
    ("Our subscription renews next year; the export drops rows.", M),
    ("Usage has dipped this term; the contract renews in May.", M),
    ("Our contract is up for renewal in 2029; the export drops rows.", M),
    # all of their own items wrong
    ("All our invoices show the wrong VAT since the update.", H),
    ("Toutes nos factures ont une TVA fausse depuis la mise à jour.", H),
    ("Todas nuestras facturas salen con el IVA erróneo.", H),
    ("Alle unsere Rechnungen sind seit dem Update falsch.", H),
    # ... not all of them merely named
    ("All our invoices are sent by email; the footer logo is a little blurry.", L),
    ("Toutes nos factures partent par e-mail ; pourriez-vous ajouter un champ ?", M),
    # sales lost, uncounted
    ("We lost sales all afternoon because the checkout hung.", H),
    ("Wir haben dadurch Umsatz verloren.", H),
    ("Nous avons perdu des ventes à cause de cette erreur.", H),
    ("Hemos perdido ventas por este error.", H),
    # ... not a team's name, nor a thread with no hurry
    ("We have lost sales staff this year, so please move their seats.", M),
    ("We lost sales all afternoon, but no rush, it was a test shop.", L),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stakes_said_without_a_count(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale
