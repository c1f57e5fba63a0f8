"""Category and sentiment cues in seven languages, written from routing/definitions.md.

Each case is a customer sentence of the kind any industry writes about that problem,
written from the definition before the rules were run on it (not copied from an
evaluation thread), so a failure here means a concept is missing, not a phrase.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.rules import suggest_category, suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment
from tests.support.categories import C, D, E, F, R, S

CATEGORY_CASES = [
    # product_defect
    ("Since Monday the checkout page throws an error when a voucher is applied.", D),
    ("Seit gestern stürzt die App beim Speichern eines Auftrags ab.", D),
    ("Depuis hier, l'export comptable ne fonctionne plus du tout.", D),
    ("Desde la actualización, los informes muestran totales incorrectos.", D),
    ("Sinds vanochtend werkt het inloggen niet meer voor onze medewerkers.", D),
    ("Da ieri il modulo ordini non funziona e restituisce un errore.", D),
    ("Desde ontem o aplicativo trava ao abrir a agenda dos técnicos.", D),
    # feature_gap
    ("Your scheduler does not support recurring appointments. Is that planned?", F),
    ("Ihre Software unterstützt keine Mehrwährungsrechnungen. Ist das geplant?", F),
    ("Votre outil ne permet pas d'exporter au format XML. Est-ce prévu ?", F),
    ("La plataforma no permite firmar documentos. ¿Está en la hoja de ruta?", F),
    ("Jullie pakket ondersteunt geen tweestapsverificatie. Staat dat op de planning?", F),
    ("Il gestionale non supporta la fatturazione elettronica. È prevista?", F),
    ("O sistema não permite anexar fotos às ordens de serviço. Está planejado?", F),
    # service_failure
    ("We opened a ticket nine days ago and nobody from your side has replied.", S),
    ("Wir warten seit zwei Wochen auf eine Rückmeldung, keine Antwort vom Support.", S),
    ("Votre formateur ne s'est pas présenté à la session prévue jeudi.", S),
    ("Llevamos diez días sin respuesta del soporte a nuestra incidencia.", S),
    ("We hebben al twee weken geen antwoord van jullie helpdesk gekregen.", S),
    ("Abbiamo aperto una richiesta all'assistenza e nessuno ci ha risposto.", S),
    ("Abrimos um chamado há duas semanas e ninguém nos respondeu.", S),
    # commercial_dispute
    ("We were invoiced for 80 licences but only ordered 50. Please send a credit note.", C),
    ("Die Rechnung vom März wurde doppelt abgebucht, bitte um Erstattung.", C),
    ("Nous avons été prélevés deux fois ce mois-ci, merci de nous rembourser.", C),
    ("Nos han cobrado dos veces la cuota de abril; solicitamos el reembolso.", C),
    ("De factuur van april is dubbel afgeschreven, graag een creditnota.", C),
    ("La fattura di maggio riporta un prezzo diverso da quello concordato.", C),
    ("Fomos cobrados em dobro na fatura de junho; pedimos o estorno.", C),
    # relationship_at_risk
    ("Usage has dropped by half since spring and our team is looking at alternatives.", R),
    ("Die Nutzung ist stark zurückgegangen, wir schauen uns andere Anbieter an.", R),
    ("Notre responsable du projet quitte l'entreprise et nous évaluons un concurrent.", R),
    ("El uso ha caído mucho y estamos valorando otros proveedores.", R),
    ("Het gebruik is flink gedaald en we kijken naar andere leveranciers.", R),
    ("L'utilizzo è calato molto e stiamo valutando altri fornitori.", R),
    ("O uso caiu bastante e estamos avaliando outros fornecedores.", R),
    # executive_intervention
    ("As CEO of Northwind I expect a call from your executive sponsor this week.", E),
    ("Unser Vorstand verlangt bis Freitag ein Gespräch mit Ihrem Geschäftsführer.", E),
    ("Notre directeur général souhaite parler avec votre PDG cette semaine.", E),
    ("Nuestro director general ha pedido hablar con su CEO cuanto antes.", E),
    ("Onze algemeen directeur wil deze week spreken met uw CEO.", E),
    ("Il nostro amministratore delegato chiede un incontro con il vostro CEO.", E),
    ("Nosso diretor geral pediu uma reunião com o seu CEO.", E),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORY_CASES)
def test_each_category_is_recognised_in_seven_languages(text: str, expected: Category) -> None:
    picked = suggest_category("", text)
    assert picked.value is expected, picked.rationale


def test_the_csm_naming_the_category_wins() -> None:
    note = "Service failure: they also mention an invoice and an error."
    picked = suggest_category(note, "The invoice shows an error.")
    assert picked.value is Category.SERVICE_FAILURE
    assert '"Service failure"' in picked.rationale


def test_a_signature_title_means_their_executive_writes() -> None:
    text = "Our exports have been failing for a week and we still have no date for a fix."
    assert suggest_category("", text).value is Category.PRODUCT_DEFECT
    picked = suggest_category("", text, roles="Dana Whitfield\nChief Financial Officer, Acme")
    assert picked.value is Category.EXECUTIVE_INTERVENTION, picked.rationale


def test_a_bare_title_mention_is_weaker_than_the_subject_of_the_thread() -> None:
    text = "Our new CIO is reviewing every tool; we must show its value by June."
    assert suggest_category("", text).value is Category.RELATIONSHIP_AT_RISK


def test_the_subject_line_counts_as_what_the_thread_is_about() -> None:
    text = "Could you send us the figures before Friday?"
    picked = suggest_category("", text, subject="Drop in active users since March")
    assert picked.value is Category.RELATIONSHIP_AT_RISK, picked.rationale


CH, AN, FR, FP, CO, CA = (
    Sentiment.THREATENING_CHURN,
    Sentiment.ANGRY,
    Sentiment.FRUSTRATED,
    Sentiment.FRUSTRATED_BUT_PATIENT,
    Sentiment.CONCERNED,
    Sentiment.CALM,
)
SENTIMENT_CASES = [
    ("If this is not solved we will take our business elsewhere.", CH),
    ("Wenn das so bleibt, werden wir den Vertrag nicht verlängern.", CH),
    ("Sans solution rapide, nous ne renouvellerons pas le contrat.", CH),
    ("Si no se resuelve, no vamos a renovar la suscripción.", CH),
    ("Als dit zo blijft, gaan we de overeenkomst opzeggen.", CH),
    ("Se non risolvete, non rinnoveremo il contratto.", CH),
    ("Se isso continuar, não vamos renovar o contrato.", CH),
    ("This is appalling service and I demand an explanation today.", AN),
    ("Das ist eine Frechheit, ich fordere sofort eine Lösung!", AN),
    ("C'est inadmissible et honteux, nous exigeons une réponse.", AN),
    ("Es vergonzoso e indignante, exigimos una solución hoy.", AN),
    ("Dit is schandalig en onacceptabel, ik eis een oplossing.", AN),
    ("È inaccettabile e vergognoso, pretendo una risposta oggi.", AN),
    ("Isso é inaceitável e vergonhoso, exijo uma solução hoje.", AN),
    ("Honestly this is getting really annoying; still no fix.", FR),
    ("Wir sind ziemlich verärgert, der Fehler ist immer noch da.", FR),
    ("Nous sommes très mécontents, le problème est toujours là.", FR),
    ("Estamos hartos, el problema sigue sin resolverse.", FR),
    ("We zijn erg ontevreden, het probleem is nog steeds niet opgelost.", FR),
    ("Siamo molto insoddisfatti, il problema è di nuovo presente.", FR),
    ("Estamos muito insatisfeitos, o problema ainda não foi resolvido.", FR),
    ("It is frustrating, but we understand your team is working on it.", FP),
    ("Das ist ärgerlich, aber wir haben Verständnis, dass es dauert.", FP),
    ("C'est frustrant, mais nous comprenons que cela prend du temps.", FP),
    ("Es frustrante, pero entendemos que están trabajando en ello.", FP),
    ("Het is frustrerend, maar we begrijpen dat jullie eraan werken.", FP),
    ("È frustrante, ma capiamo che ci state lavorando.", FP),
    ("É frustrante, mas entendemos que vocês estão trabalhando nisso.", FP),
    ("We are worried this could affect our launch next month.", CO),
    ("Wir sind besorgt, dass dies unseren Start gefährdet.", CO),
    ("Nous craignons que cela retarde notre lancement.", CO),
    ("Nos preocupa que esto afecte al lanzamiento.", CO),
    ("We zijn bezorgd dat dit onze lancering vertraagt.", CO),
    ("Siamo preoccupati che questo ritardi il lancio.", CO),
    ("Estamos preocupados que isso atrase o lançamento.", CO),
    ("Could you let us know when the next release is planned?", CA),
]


@pytest.mark.parametrize(("text", "expected"), SENTIMENT_CASES)
def test_each_sentiment_rung_is_recognised_in_seven_languages(
    text: str, expected: Sentiment
) -> None:
    picked = suggest_sentiment(text)
    assert picked.value is expected, picked.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Otherwise we will have to review the contract with our procurement.",
        "Sinon nous allons revoir le contrat avec nos achats.",
        "De lo contrario tendremos que revisar el contrato.",
    ],
)
def test_a_threat_to_review_the_contract_is_at_least_frustrated(text: str) -> None:
    assert suggest_sentiment(text).value is Sentiment.FRUSTRATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since 9:00 nobody can log in; the warehouse is at a standstill.", Severity.CRITICAL),
        ("Niemand kann sich anmelden, seit heute früh herrscht Stillstand.", Severity.CRITICAL),
        ("Depuis ce matin, personne ne peut se connecter.", Severity.CRITICAL),
        ("I am frustrated that nobody can tell me when this is fixed.", Severity.MEDIUM),
        ("We are evaluating a competitor's offer for next year.", Severity.HIGH),
        ("Her successor used a competitor's product at her last job.", Severity.MEDIUM),
        ("Kleinigkeit: im Footer steht ein Tippfehler, keine Eile.", Severity.LOW),
        ("Pequeño detalle estético, sin prisa.", Severity.LOW),
    ],
)  # fmt: skip
def test_severity_words_in_several_languages(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "avoir" is a credit note only as a noun, not the verb "to have"
        ("Serait-il envisageable d'avoir un mode hors ligne pour nos techniciens ?", F),
        ("Merci de nous envoyer un avoir pour la facture de mars.", C),
        # consolidation of accounts is a capability; of tools, the relationship
        ("Do you support multi-entity consolidation? We need one view of two subsidiaries.", F),
        ("Our new COO is consolidating the tool landscape and will decide which ones stay.", R),
        # a board or management named as the reason is not the board demanding action
        ("Onze nieuwe directie twijfelt aan de meerwaarde van jullie platform.", R),
        ("Nach der Fusion entscheidet unser Mutterkonzern, welche Software wir behalten.", R),
        ("Guten Tag, die Mahnung ist unberechtigt, wir haben im Mai bezahlt.", C),
        ("Buongiorno, il canone annuale è aumentato senza preavviso.", C),
    ],
)
def test_words_with_two_senses_are_read_in_context(text: str, expected: Category) -> None:
    picked = suggest_category("", text)
    assert picked.value is expected, picked.rationale
