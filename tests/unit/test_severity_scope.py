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
    ("Our contract isn't up for renewal until 2028.", M),
    ("Our contract was up for renewal in January and we renewed.", M),
    ("The SSL certificate on our custom domain is up for renewal; how do I upload it?", M),
    ("Members who are up for renewal in March get the reminder twice.", M),
    ("Le renouvellement est en cours.", M),
    ("La renovación es el año que viene.", M),
    ("Die Verlängerung steht im System, aber auf der Rechnung fehlt die zweite Nacht.", M),
    # ... said with the contract, or as one word
    ("Our contract is due for renewal in March.", H),
    ("Unsere Vertragsverlängerung steht im März an.", H),
    ("Le renouvellement du contrat est en mars.", H),
    ("Our contract is up for renewal in 2029; the export drops rows.", M),
    # all of their own items wrong
    ("All our invoices show the wrong VAT since the update.", H),
    ("Toutes nos factures ont une TVA fausse depuis la mise à jour.", H),
    ("Todas nuestras facturas salen con el IVA erróneo.", H),
    ("Alle unsere Rechnungen sind seit dem Update falsch.", H),
    # ... not all of them merely named
    ("All our invoices are sent by email; the footer logo is a little blurry.", L),
    ("Toutes nos factures partent par e-mail ; pourriez-vous ajouter un champ ?", M),
    ("All of our customers' invoices show the wrong VAT.", H),
    ("Todas nuestras facturas están mal.", H),
    ("Alle unsere Berichte sind leer.", H),
    ("Every invoice we sent this month has the wrong VAT.", H),
    ("None of our invoices show the right VAT.", H),
    ("Faltan todas las facturas de marzo.", H),
    ("Il manque toutes nos factures de mars.", H),
    ("Es fehlen alle Rechnungen vom März.", H),
    # ... not a clause that turns, a negation, a wish or another verb's object
    ("Every report is fine except one.", M),
    ("None of our invoices are late.", M),
    ("Faltan todas las facturas por enviar, pero eso es normal.", M),
    ("All other invoices are correct, only one is wrong.", M),
    ("Tous nos rapports sont corrects, sauf celui de mars où une colonne est vide.", M),
    ("Alle unsere Berichte sind korrekt, nur bei einem ist die Spalte leer.", M),
    ("We checked: all our invoices are correct and nothing is missing.", M),
    ("All our parcels arrived, but the tracking page for one of them is empty.", M),
    ("All our invoices are missing a field for the PO number, could you add one?", M),
    ("All our reports open with an empty first page.", M),
    ("I've read all the release notes and the bulk export option is still missing.", M),
    ("Todos los informes son un poco difíciles de leer en el móvil.", M),
    # sales lost, uncounted
    ("We lost sales all afternoon because the checkout hung.", H),
    ("Wir haben dadurch Umsatz verloren.", H),
    ("Nous avons perdu des ventes à cause de cette erreur.", H),
    ("Hemos perdido ventas por este error.", H),
    ("Wir verlieren Umsatz, weil der Checkout hängt.", H),
    ("This is costing us sales every day.", H),
    ("We lost sales repeatedly this week because the checkout hung.", H),
    # ... not sales not lost, a team's or a stage's name, nor a thread with no hurry
    ("Luckily we have not lost any sales, but the export still drops rows.", M),
    ("Heureusement nous n'avons pas perdu de ventes.", M),
    ("No hemos perdido ventas.", M),
    ("Wir haben zum Glück keinen Umsatz verloren.", M),
    ("Opportunities moved to the Lost sales stage don't show up.", M),
    ("We lost our sales contact at your company.", M),
    ("We have lost sales staff this year, so please move their seats.", M),
    ("We lost sales all afternoon, but no rush, it was a test shop.", L),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stakes_said_without_a_count(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale
