"""Severity and tone concepts (severity_concepts.py, tone_concepts.py) on paraphrases.

The sentences were written from routing/definitions.md (defs-1) for this test, not taken
from any evaluation thread: each says one concept (everyone stopped, data gone, a date
bound launch, a question; patience, calm, looking elsewhere) in words the older lists did
not hold, in the seven languages the rules read. The counter-examples say the same words
in a sense that is not the concept, so a pattern that fires on the word alone fails here.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.llm_classify import rule_found_cue
from mailbot.drafting.rules import churn_floor, suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
SEVERITY = [
    ("Since this morning the whole warehouse team is locked out of the system.", C),
    ("The app is unusable for all our drivers; deliveries are piling up.", C),
    ("Customers are seeing other people's invoices in the portal.", C),
    ("Half of last month's time entries have vanished after your update.", C),
    ("Everything we saved yesterday afternoon has disappeared.", C),
    ("Our online shop has been down for three hours now.", C),
    ("Salaries will not go out on Friday because the payroll run aborts.", C),
    ("Die Anwendung ist seit heute früh für alle Mitarbeiter unbenutzbar.", C),
    ("Nos caisses sont bloquées depuis ce matin, aucune vente n'est possible.", C),
    ("La plataforma no funciona para ningún usuario desde las 8.", C),
    ("Sinds vanochtend kan het hele team niet inloggen.", C),
    ("I dati dei pazienti sono spariti dopo l'aggiornamento.", C),
    ("Todos os nossos vendedores estão sem acesso ao sistema desde ontem.", C),
    ("We need this fixed before our launch on Monday.", H),
    ("Our launch to 30 schools is on 1 September and the import still errors out.", H),
    ("The whole sales team is working around it in spreadsheets, hours every day.", H),
    ("Wir müssen bis Ende des Monats live sein, und der Import bricht weiter ab.", H),
    ("Nous devons démarrer avant le 15 mars et l'import plante toujours.", H),
    ("El regulador nos exige el informe antes del 30 de junio.", H),
    ("Small question: where do I change the billing address?", L),
    ("Just a heads-up, the footer still shows last year's date.", L),
    ("Whenever you get round to it: the logo looks a bit blurry on retina screens.", L),
    ("Nothing urgent, but the icons look misaligned on the settings page.", L),
    ("Low priority for us, but the PDF header has a spelling mistake.", L),
    ("Kleine Frage: wo finde ich die Rechnungsadresse?", L),
    ("Petite question : comment changer la langue de l'interface ?", L),
    ("Una pregunta rápida: ¿dónde se cambia el logo?", L),
    # the same words, not the concept
    ("The export button has disappeared from the toolbar since the update.", M),
    ("The website was down for an hour last night; it has been fine since.", M),
    ("All our invoices show the old logo; we correct them by hand.", M),
    ("We were charged twice in March, please refund the second payment.", M),
    ("Reports load slowly in the afternoon but they do finish.", M),
]


@pytest.mark.parametrize(("text", "expected"), SEVERITY)
def test_severity_concepts(text: str, expected: Severity) -> None:
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT)
    assert picked.value is expected, picked.rationale


def test_their_executive_copied_makes_any_problem_at_least_high() -> None:
    text = "The export misses the last column."
    roles = "Dana Ortiz\nChief Financial Officer\nMarc Bell"
    picked = suggest_severity("", text, Category.PRODUCT_DEFECT, roles=roles)
    assert picked.value is H and "Chief Financial Officer" in picked.rationale
    assert suggest_severity("", text, Category.PRODUCT_DEFECT, roles="Marc Bell").value is M


T = Sentiment
SENTIMENT = [
    ("No worries, take your time with this one.", T.CALM),
    ("Whenever suits you is fine. Thanks in advance!", T.CALM),
    ("It has been two weeks without a fix. We know these things take time and will manage "
     "with the workaround.", T.FRUSTRATED_BUT_PATIENT),
    ("The import failed again this morning. We trust your team to sort it out and are happy "
     "to keep testing.", T.FRUSTRATED_BUT_PATIENT),
    ("Das ist jetzt schon wieder passiert. Wir haben Geduld, aber bitte halten Sie uns auf "
     "dem Laufenden.", T.FRUSTRATED_BUT_PATIENT),
    ("Le problème est toujours là. Nous restons patients et continuons à tester avec vous.",
     T.FRUSTRATED_BUT_PATIENT),
    ("Sigue sin funcionar. Podemos esperar un poco más, confiamos en su equipo.",
     T.FRUSTRATED_BUT_PATIENT),
    ("Het probleem is er nog steeds. We kunnen nog even wachten en helpen graag met testen.",
     T.FRUSTRATED_BUT_PATIENT),
    ("Il problema c'è ancora. Possiamo aspettare ancora un po', ci fidiamo di voi.",
     T.FRUSTRATED_BUT_PATIENT),
    ("O erro continua. Podemos aguardar mais um pouco, confiamos na vossa equipa.",
     T.FRUSTRATED_BUT_PATIENT),
    ("If this drags on we will have to consider other options.", T.THREATENING_CHURN),
    ("We may not continue with you once the contract ends.", T.THREATENING_CHURN),
    ("Honestly we are starting to shop around.", T.THREATENING_CHURN),
    ("Management has asked me to look for another provider.", T.THREATENING_CHURN),
    ("We are seriously thinking about moving away from your platform.", T.THREATENING_CHURN),
    ("Our continued use of the product is now in question.", T.THREATENING_CHURN),
    ("Wir überlegen ernsthaft, uns nach einer anderen Lösung umzusehen.", T.THREATENING_CHURN),
    ("Nous envisageons d'autres options si rien ne bouge.", T.THREATENING_CHURN),
    ("Estamos valorando buscar otra solución.", T.THREATENING_CHURN),
    ("We overwegen om over te stappen naar een andere oplossing.", T.THREATENING_CHURN),
    ("Stiamo valutando altre soluzioni sul mercato.", T.THREATENING_CHURN),
    ("Estamos a considerar outras opções no mercado.", T.THREATENING_CHURN),
    # the same words, not the concept
    ("Do you have another solution for exporting the report?", T.CALM),
    ("Our patients can now book online, which works well.", T.CALM),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTIMENT)
def test_tone_concepts(text: str, expected: Sentiment) -> None:
    picked = suggest_sentiment(text)
    assert picked.value is expected, picked.rationale


def test_calm_on_evidence_is_a_cue_and_calm_by_default_is_not() -> None:
    """The LLM path keeps the rules' sentiment only when they found a cue."""
    said = suggest_sentiment("No rush at all, whenever you have a moment.")
    assert said.value is T.CALM and rule_found_cue(said.rationale)
    assert not rule_found_cue(suggest_sentiment("Where is the export?").rationale)


def test_doubt_about_staying_puts_the_renewal_at_risk() -> None:
    text = "We are reviewing whether to stay with you when the contract ends in June."
    sentiment = suggest_sentiment(text)
    severity = churn_floor(suggest_severity("", text, Category.PRODUCT_DEFECT), sentiment, "")
    assert sentiment.value is T.THREATENING_CHURN and severity.value is H
