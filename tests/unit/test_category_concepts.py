"""Category concepts (defs-1) on paraphrases: feature gap, defect, relationship at risk.

The sentences were written for this test from routing/definitions.md (defs-1), not taken
from any evaluation thread. A feature gap is the product working as designed but lacking
something, however it is worded ("it doesn't let us", "there's no way to", "we assumed it
could", "other tools do", a request worded as a complaint). A defect is something that is
broken or wrong: it worked and broke, errors, wrong results, crashes. A relationship at risk
is about the relationship itself (a champion leaving, usage falling, a new owner, a budget
review) even when a product problem is mentioned in passing. The counter-examples use the
same words in the other sense ("it doesn't let us save anymore" worked before: a defect).
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

GAP, DEFECT = Category.FEATURE_GAP, Category.PRODUCT_DEFECT
RISK = Category.RELATIONSHIP_AT_RISK

FEATURE_GAP = [
    "Your scheduler doesn't let us set different shift lengths for weekend staff. We'd need "
    "that before we roll it out to the second site.",
    "There's no way to bulk-edit customer tags, so we open every record one by one.",
    "We assumed the driver app could work without signal, but it needs a connection the "
    "whole time. Our routes go through valleys with no coverage.",
    "Is a Spanish version of the patient portal on the cards for this year?",
    "The reporting module only exports CSV. Our controllers need proper Excel files.",
    "Other platforms let you send a scheduled report every Monday morning. Why can't yours?",
    "It would make our life a lot easier if approvers could sign off from their phones.",
    "Honestly it's frustrating that a task still can't be assigned to more than one person. "
    "Every project tool we have used before could do that.",
    "Any chance you will add SAML single sign-on? Our IT policy requires it for new software.",
    "We need the booking calendar to sync both ways with Outlook, right now it only pushes "
    "our bookings out and never reads changes back.",
    "Can the mobile app show the stock levels per warehouse? At the moment you only see the "
    "total across all sites.",
    "We were surprised to find that the survey builder has no conditional questions. That "
    "is a basic thing for us.",
    "Unfortunately there is no option to give an auditor read-only access.",
    "Leider kann man im Planer keine wiederkehrenden Termine anlegen. Ist das für eine der "
    "nächsten Versionen vorgesehen?",
    "Uns fehlt die Möglichkeit, Auswertungen automatisch per E-Mail zu verschicken.",
    "Wir hatten angenommen, dass man mehrere Lager abbilden kann, aber das Programm kennt "
    "nur einen Standort.",
    "Il n'y a aucun moyen de dupliquer un questionnaire, nous ressaisissons tout à chaque fois.",
    "Nous pensions pouvoir gérer plusieurs entrepôts, mais l'application ne gère qu'un seul site.",
    "La aplicación no deja asignar más de un responsable por tarea. ¿Lo tienen previsto?",
    "No hay manera de programar los envíos, tenemos que lanzarlos a mano cada semana.",
    "Il gestionale non ci consente di impostare i turni notturni. Lo aggiungerete?",
    "Non esiste un modo per esportare le schede in formato XML.",
    "Er is geen manier om de overzichten automatisch te versturen. Komt dat nog?",
    "Het systeem kent maar één vestiging per account, terwijl wij er vier hebben.",
    "O sistema não tem como gerar relatórios por centro de custo. Vocês pretendem incluir isso?",
    "Não existe opção para exportar as fichas em PDF.",
]

DEFECT_CASES = [
    "Since Tuesday the app doesn't let us save any changes anymore, the button just spins.",
    "The export used to include the VAT column; since last week that column is empty.",
    "The totals on the dashboard don't match the ledger, they are about 3% too high.",
    "Every time we open the calendar view we get a 500 page.",
    "It's not possible to log in anymore since this morning.",
    "Reports that took a few seconds now take several minutes to open.",
    "Attachments sent from the portal arrive at the customer empty.",
    "Our export suddenly stopped including the weekend shifts.",
    "Seit dem letzten Update lassen sich keine Termine mehr speichern.",
    "Depuis hier, l'application ne nous permet plus d'enregistrer les fiches.",
    "Desde ayer la aplicación ya no nos deja guardar los pedidos.",
    "Da stamattina non riusciamo più a stampare le etichette, prima andava benissimo.",
    "Sinds de nieuwe versie kunnen we geen orders meer opslaan.",
    "Desde a atualização o sistema não deixa mais salvar os pedidos.",
    "The app does not support the dark mode toggle it shows: switching it on turns every "
    "screen white and then it crashes.",
]

RELATIONSHIP = [
    "Quick heads-up: Maria, who pushed for the roll-out, leaves us at the end of the month "
    "and her replacement has never used the platform.",
    "Our log-ins have halved since spring and most of the team has gone back to their own "
    "lists. Before the renewal we should talk about whether this still makes sense for us.",
    "We were bought by the Hartmann group in March and their IT is now deciding which "
    "systems stay. With the sync hiccups we had this year I am not sure yours will.",
    "Our budget for next year is under review and every subscription must justify itself. "
    "Uptake in the warehouse has been poor, partly because the scanner app crashes now "
    "and then.",
    "I have taken over this account from Paul. Frankly I do not see what we get out of the "
    "platform and I would like a call about it.",
    "Only four of our thirty people log in regularly; the others quietly went back to the "
    "old way of working.",
    "Unser Ansprechpartner Herr Vogel verlässt uns Ende März, seine Nachfolgerin kennt das "
    "Tool kaum. Die Nutzung ist schon jetzt stark zurückgegangen.",
    "Depuis le départ de notre chef de projet, plus personne n'utilise vraiment l'outil et "
    "la direction se demande si nous renouvelons.",
    "La persona que impulsó el proyecto se ha ido de la empresa y el uso ha caído mucho.",
    "Il nostro referente ha lasciato l'azienda e l'utilizzo è calato drasticamente. "
    "Dobbiamo capire se ha ancora senso continuare.",
    "Onze contactpersoon is vertrokken en het gebruik is sterk gedaald. We twijfelen of we "
    "nog verlengen.",
    "O responsável pelo projeto saiu da empresa e o uso caiu bastante. Estamos avaliando se "
    "vale a pena continuar.",
    "Over the past year the partnership has drifted: our team has lost confidence in the "
    "tool, even though the odd bug gets fixed quickly.",
    "We have a new owner since January and they are reviewing every contract we hold. "
    "Adoption here has been low, and one report is occasionally slow.",
]


@pytest.mark.parametrize("customer", FEATURE_GAP)
def test_a_feature_gap_in_any_wording_is_a_feature_gap(customer: str) -> None:
    assert suggest_category("", customer).value is GAP


@pytest.mark.parametrize("customer", DEFECT_CASES)
def test_something_that_broke_is_a_defect_however_worded(customer: str) -> None:
    assert suggest_category("", customer).value is DEFECT


@pytest.mark.parametrize("customer", RELATIONSHIP)
def test_the_relationship_itself_is_the_subject(customer: str) -> None:
    assert suggest_category("", customer).value is RISK


@pytest.mark.parametrize(
    ("customer", "expected"),
    [
        # the same words, the other sense
        ("The planner doesn't let us add a second approver.", GAP),
        ("The planner doesn't let us add a second approver anymore since the update.", DEFECT),
        ("Il n'est pas possible de filtrer par région.", GAP),
        ("Il n'est plus possible de filtrer par région depuis la mise à jour.", DEFECT),
        ("Man kann keine Vorlagen anlegen.", GAP),
        ("Man kann plötzlich keine Vorlagen mehr anlegen, es kommt eine Fehlermeldung.", DEFECT),
        # a threat to leave over a gap or a defect keeps that category (defs-1)
        (
            "Your tool does not support multi-site. If that stays so we will look at alternatives.",
            GAP,
        ),
        (
            "The app crashes when we open a file. If this goes on we will look at alternatives.",
            DEFECT,
        ),
        # a champion named while reporting a defect: the defect is the subject
        ("Our champion Anna reports that the export fails with an error since Monday.", DEFECT),
    ],
)
def test_counter_examples(customer: str, expected: Category) -> None:
    assert suggest_category("", customer).value is expected


def test_a_plain_request_is_a_gap_not_the_defect_default() -> None:
    """A request with no breakage word ("we'd need it to ...") names a gap; the default
    (no category words at all) must not turn it into a defect."""
    picked = suggest_category("", "We'd need the planner to split the hours per project.")
    assert picked.value is GAP
