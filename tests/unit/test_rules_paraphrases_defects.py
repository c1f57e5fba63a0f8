"""A seventh round of paraphrases (issue 18): a defect told in the customer's own words
stays a defect, written from routing/definitions.md *before* the rules were changed.

defs-1: `product_defect` is our product broken or wrong: something that worked and broke,
an error, wrong data, a crash, "no longer", "since the update". Customers wrap that in
other categories' words: a need ("we need that column back"), a wish ("we would like it to
work again"), money ("our customers cannot pay", the invoices *the product* writes), their
trust or their management's patience. None of that changes the category. The counter-
examples hold the line the other way: a capability the product never had stays a gap, the
price, the contract and *our* invoice stay commercial (even "no longer" of a discount), and
people and use stay the relationship (even "nobody opens it any more").
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

D, F, C, R = (
    Category.PRODUCT_DEFECT,
    Category.FEATURE_GAP,
    Category.COMMERCIAL_DISPUTE,
    Category.RELATIONSHIP_AT_RISK,
)

# a defect that also says "we need", "missing", "would like"
DEFECT_WORDED_AS_NEED = [
    "Since the update the export no longer includes the cost centre column. We need that "
    "column for our month-end reconciliation.",
    "We need the Outlook sync to work again: appointments created on Monday never showed up in"
    " the calendar.",
    "Filtering by region used to work; now the list shows every customer whatever we pick.",
    "The search is missing results: orders we created yesterday don't appear when we type the"
    " order number.",
    "We would like to understand why the mobile app closes itself whenever a technician "
    "attaches a photo.",
    "The custom fields we set up last year have disappeared from the ticket form. We really "
    "need them for reporting.",
    "Seit dem Update fehlen in der Exportdatei die Kostenstellen. Wir brauchen die Spalte für "
    "den Monatsabschluss.",
    "Wir hätten gerne, dass die Synchronisation wieder läuft: neue Termine erscheinen nicht "
    "mehr im Kalender.",
    "Depuis la mise à jour, l'export ne contient plus la colonne des centres de coûts. Nous en"
    " avons besoin pour la clôture.",
    "Nous aimerions comprendre pourquoi l'application se ferme dès qu'un technicien ajoute une"
    " photo.",
    "Nos gustaría que la sincronización volviera a funcionar; las citas nuevas no aparecen en "
    "el calendario desde el lunes.",
    "Desde la actualización falta la columna de centro de coste en la exportación y la "
    "necesitamos para el cierre.",
    "Sinds de update ontbreekt de kolom kostenplaats in de export. Die hebben we nodig voor de"
    " maandafsluiting.",
    "Dopo l'aggiornamento l'esportazione non contiene più la colonna dei centri di costo. Ci "
    "serve per la chiusura mensile.",
    "Desde a atualização, a exportação deixou de incluir a coluna de centro de custo. "
    "Precisamos dela para o fecho do mês.",
]

# a defect in a feature that handles money: the product's invoices, payments, refunds
DEFECT_ABOUT_MONEY = [
    "Since the release the payment page shows an error and our shop customers cannot pay. We"
    " are losing sales every hour.",
    "The refund button in the admin panel does nothing any more; our support staff cannot "
    "refund customers.",
    "Every time we run the payroll export the totals are off by a few cents and our "
    "accountant corrects every payslip by hand.",
    "The invoices your software generates for our clients show 19% VAT although the rate is "
    "set to 7%.",
    "Die Rechnungen, die unser Shop an Kunden schickt, enthalten seit Montag einen falschen "
    "Mehrwertsteuersatz.",
    "Die Zahlungsseite zeigt eine Fehlermeldung, unsere Kunden können nicht bezahlen.",
    "Les factures générées par le logiciel pour nos clients affichent un mauvais taux de TVA "
    "depuis lundi.",
    "Le bouton de remboursement ne fonctionne plus : nos conseillers ne peuvent plus "
    "rembourser les clients.",
    "La pasarela de pago da un error y nuestros clientes no pueden pagar en la tienda.",
    "Desde la actualización, el informe ya no muestra los descuentos aplicados a cada pedido.",
    "De facturen die het systeem naar onze klanten stuurt hebben sinds maandag het verkeerde "
    "btw-nummer.",
    "Le fatture che il gestionale invia ai nostri clienti riportano l'IVA sbagliata da lunedì.",
    "Il pulsante per il rimborso non fa più nulla: i nostri operatori non possono rimborsare i"
    " clienti.",
    "As faturas emitidas pelo sistema para os nossos clientes saem com o IVA errado desde "
    "segunda-feira.",
]

# a defect told with the customer's trust, patience or management around it
DEFECT_WITH_RELATIONSHIP_WORDS = [
    "Our team has lost confidence in the reports because the numbers changed overnight "
    "without anyone touching them.",
    "I have to justify the renewal to management and right now I can't: the dashboard has "
    "shown zero sales since the migration.",
    "The app crashes every time a nurse opens a patient file. I don't know how much longer our"
    " management will accept this.",
    "This is the third time I write about it: the scheduled reports stopped arriving after "
    "your maintenance window. Very frustrating.",
    "Unser Team hat das Vertrauen in die Auswertungen verloren, seit die Zahlen über Nacht "
    "falsch sind.",
    "L'équipe a perdu confiance : les rapports affichent des chiffres faux depuis la migration.",
    "El equipo ha perdido la confianza en los informes: las cifras cambian de un día para otro"
    " sin que nadie las toque.",
    "We willen graag dat de koppeling met Exact weer werkt; sinds vrijdag komen er geen "
    "boekingen meer door.",
    "La direzione perde la pazienza: da quando avete aggiornato, il calendario non salva più "
    "gli appuntamenti.",
    "Gostaríamos que a sincronização voltasse a funcionar; os novos agendamentos não aparecem "
    "no calendário.",
]

# counter-examples: a capability never there, with money or need words around it
TRUE_GAPS = [
    "We need the export to include the cost centre column; today it only has the project code.",
    "It would help if the invoices our shop sends could show a QR code for payment.",
    "Our customers would like to pay by direct debit in the portal, which only offers card "
    "payment.",
    "Wir brauchen eine Möglichkeit, Gutschriften direkt aus dem Shop zu erstellen.",
    "Nous aimerions que l'application permette de signer les devis sur tablette.",
    "¿Tienen previsto añadir la facturación recurrente al módulo de ventas?",
    "Het zou handig zijn als de app ook offertes in het Engels kon maken.",
    "Sarebbe utile poter esportare le fatture in formato XML per il commercialista.",
    "Seria ótimo se o sistema aceitasse pagamentos por MB Way.",
]

# counter-examples: the price, the contract or our invoice itself
TRUE_COMMERCIAL = [
    "Your latest invoice charges us for 60 users although the system only lets us create 50.",
    "Since the renewal we are no longer getting the 10% discount we agreed.",
    "Die Preiserhöhung von 12 % ist im Vertrag nicht vorgesehen. Bitte korrigieren Sie die "
    "Rechnung.",
    "Nous ne comprenons pas pourquoi les frais de support ont doublé cette année.",
    "Nos han cobrado dos veces la cuota de junio y seguimos sin el reembolso.",
    "De nieuwe licentieprijs is 20% hoger dan in ons contract staat.",
    "Non abbiamo più ricevuto la nota di credito promessa per marzo.",
    "A fatura de maio já não inclui o desconto acordado no contrato.",
]

# counter-examples: people and use, even with "no longer" / "any more"
TRUE_RELATIONSHIP = [
    "Since Anna left, nobody here uses the planning module any more.",
    "Our new management no longer sees the value of the platform and wants to review all "
    "contracts.",
    "Seit der Übernahme nutzt kaum noch jemand die Plattform.",
    "Depuis la réorganisation, l'équipe n'utilise plus l'outil.",
    "Desde que se fue Marta ya nadie usa los informes.",
    "Sinds de reorganisatie gebruikt bijna niemand het platform nog.",
    "Da quando Luca è andato via, il team non apre più la piattaforma.",
    "Desde a fusão, a equipa já não utiliza a ferramenta.",
]

CASES = [
    *((text, D) for text in DEFECT_WORDED_AS_NEED),
    *((text, D) for text in DEFECT_ABOUT_MONEY),
    *((text, D) for text in DEFECT_WITH_RELATIONSHIP_WORDS),
    *((text, F) for text in TRUE_GAPS),
    *((text, C) for text in TRUE_COMMERCIAL),
    *((text, R) for text in TRUE_RELATIONSHIP),
]  # fmt: skip


@pytest.mark.parametrize(
    ("customer", "expected"), [pytest.param(t, c, id=t[:40]) for t, c in CASES]
)
def test_a_defect_in_other_words_stays_a_defect(customer: str, expected: Category) -> None:
    picked = suggest_category("", customer)
    assert picked.value is expected, picked.rationale


@pytest.mark.parametrize(
    ("note", "customer", "expected"),
    [
        ("Customer calls it a bug, but this is a feature request: we never supported 2.0.",
         "We have a bug: XLIFF 2.0 files are refused on import.", F),
        ("They think something is missing, but it's a bug: it worked in 4.1.",
         "We need the CSV export of the cost centres.", D),
        # asked or denied, the verdict names nothing: the thread decides
        ("They ask whether this is a bug.", "Is support for XLIFF 2.0 planned?", F),
        ("It's not a bug, they want something new.", "Could the planner show two weeks?", F),
    ],
)  # fmt: skip
def test_the_csms_verdict_in_plain_words_names_the_type(
    note: str, customer: str, expected: Category
) -> None:
    """defs-1: when the CSM's note names the type, follow it ("this is a feature request")."""
    picked = suggest_category(note, customer)
    assert picked.value is expected, picked.rationale


@pytest.mark.parametrize(
    "customer",
    [
        "Could we get the reports in Spanish? If you received this email in error, please "
        "delete it.",
        "Können Sie die Berichte auch auf Italienisch anbieten? Falls Sie diese E-Mail "
        "irrtümlich erhalten haben, löschen Sie sie bitte.",
        "Pourriez-vous proposer les rapports en italien ? Si vous avez reçu ce message par "
        "erreur, merci de le détruire.",
        "È possibile avere i report in italiano? Se ha ricevuto questo messaggio per errore, "
        "la preghiamo di cancellarlo.",
    ],
)
def test_a_footers_received_in_error_is_no_error(customer: str) -> None:
    picked = suggest_category("", customer)
    assert picked.value is F, picked.rationale
