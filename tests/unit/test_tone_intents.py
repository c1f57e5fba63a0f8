"""Tone as acts (tone_intents.py, issue 18): paraphrases each concept must read, and
counter-examples that use its words in another sense.

Written from routing/definitions.md (defs-1) for this test, not taken from an evaluation
thread (none of these sentences is in bench/eval_set*, checked with grep). Before the
change every paraphrase here read as calm (or, for the legal team, as churn); the
counter-examples guard the concepts from reading more than they mean.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Sentiment
from mailbot.drafting.sentiment import suggest_sentiment

T = Sentiment
# A complaint the patient sentences below temper (defs-1: "a complaint or a long wait").
_FAULT_EN = "The label printer is still skipping every second page, again. "
_FAULT_DE = "Der Etikettendruck bricht immer noch ab, heute schon wieder. "

CHURN = [
    # moving the work to another platform: said, priced up, expected
    (
        "We have asked IT to cost a migration of our stores to a different platform.",
        T.THREATENING_CHURN,
    ),
    (
        "Head office will probably switch the depots onto theirs after the merger.",
        T.THREATENING_CHURN,
    ),
    (
        "If the API stays read-only we will move the fleet data to a tool that has write access.",
        T.THREATENING_CHURN,
    ),
    # a trial of a rival, the rival named first or last
    ("Procurement has booked a demo with a competitor for next month.", T.THREATENING_CHURN),
    (
        "Three other software vendors pitched to us, and we are running a trial of the cheapest.",
        T.THREATENING_CHURN,
    ),
    ("Un concurrent nous a proposé un essai gratuit que nous avons accepté.", T.THREATENING_CHURN),
    ("We are benchmarking your scheduler against a rival's this spring.", T.THREATENING_CHURN),
    (
        "Honestly, we are comparing your platform with two others before the budget round.",
        T.THREATENING_CHURN,
    ),
    # the renewal doubted
    ("I can't see why we would renew on these terms.", T.THREATENING_CHURN),
    ("The board will ask whether we still need a scheduling tool at all.", T.THREATENING_CHURN),
    (
        "I wonder whether this is the right booking system for a chain our size.",
        T.THREATENING_CHURN,
    ),
    ("The contract is up in May and this outage weighs heavily on it.", T.THREATENING_CHURN),
    ("Non darei per scontato il rinnovo dopo questi mesi.", T.THREATENING_CHURN),
    # not signing, rescinding, re-tendering
    ("We will not sign the renewal until the credit is issued.", T.THREATENING_CHURN),
    ("Si esto se repite, rescindiremos el acuerdo.", T.THREATENING_CHURN),
    ("Após isto, não vamos assinar a renovação.", T.THREATENING_CHURN),
    ("Our council will put the parking contract out to tender next year.", T.THREATENING_CHURN),
    ("Wir werden den Vertrag neu ausschreiben.", T.THREATENING_CHURN),
    ("O buscamos otro proveedor antes del verano.", T.THREATENING_CHURN),
    ("Se non cambia nulla cercheremo un altro fornitore.", T.THREATENING_CHURN),
    ("Our lawyers will be in touch about the breach.", T.THREATENING_CHURN),
    # the same words, not leaving
    ("Our legal team has checked the order form and it is fine to sign.", T.CALM),
    ("We moved the invoices to a different folder in the portal.", T.CALM),
    ("We tested the import with other vendors' files and it works.", T.CALM),
    ("The pilot of your new dashboard went well; a competitor's sales rep also called.", T.CALM),
    ("Please compare the March invoice with the order form.", T.CALM),
    ("Could you send the renewal quote so we can sign the contract in May?", T.CALM),
    ("Buscamos la factura de marzo en el portal y no la encontramos.", T.CALM),
]
ANGRY = [
    # blame put on us, in each language
    ("If the trucks leave empty tomorrow, that is on you.", T.ANGRY),
    ("Losing the audit trail was a failure on your part, plain and simple.", T.ANGRY),
    ("It's entirely your responsibility that the labels were wrong.", T.ANGRY),
    ("What your team did to our rota is unforgivable.", T.ANGRY),
    ("Der Ausfall ist Ihre Schuld, und das wissen Sie.", T.ANGRY),
    ("C'est un désastre, et c'est votre faute.", T.ANGRY),
    ("Es una vergüenza cómo nos han tratado.", T.ANGRY),
    ("Un servizio così è poco professionale.", T.ANGRY),
    ("Your consultant said it was configured. That was plainly untrue.", T.ANGRY),
    ("Your migration script wiped our price lists, and nobody is treating it as urgent?!", T.ANGRY),
    # the same words, no blame
    ("Not your fault, but the import still fails again.", T.FRUSTRATED),
    ("Thanks for the quick action on your part yesterday.", T.CALM),
    ("Is it your responsibility or ours to renew the certificate?", T.CALM),
    ("It is not true that every export fails; only the weekly one does.", T.CALM),
    ("Who is testing the beta on your side? We'd like to join.", T.CALM),
]
FRUSTRATED = [
    ("Honestly I am tired of asking for the same report.", T.FRUSTRATED),
    ("Ich habe die Nase voll von diesen Verschiebungen.", T.FRUSTRATED),
    ("J'en ai marre d'attendre une date.", T.FRUSTRATED),
    ("Estoy cansada de pedir lo mismo.", T.FRUSTRATED),
    ("Sono stanco di sollecitare.", T.FRUSTRATED),
    ("We are going round in circles with your support desk.", T.FRUSTRATED),
    ("I'm slowly running out of patience with this.", T.FRUSTRATED),
    ("We have chased the refund for six weeks, which is weeks too long.", T.FRUSTRATED),
    ("This is my third reminder, without any answer so far.", T.FRUSTRATED),
    ("Questa è la terza richiesta, di nuovo senza risposta.", T.FRUSTRATED),
    # a threat to escalate, said with -ing
    ("I am escalating this to your management today.", T.FRUSTRATED),
    ("We are reviewing the SLA terms after this week.", T.FRUSTRATED),
    # the same words, not frustration
    ("The file name is too long for the upload form.", T.CALM),
    ("Our third request is for a Dutch translation of the menu.", T.CALM),
    ("We are tired after the busy season, but the tool works well.", T.CALM),
]
PATIENT = [
    (_FAULT_EN + "We'll wait for the next patch, no problem.", T.FRUSTRATED_BUT_PATIENT),
    (
        _FAULT_EN + "We can get by with manual labels until the fix is out.",
        T.FRUSTRATED_BUT_PATIENT,
    ),
    (_FAULT_EN + "We'd like to keep working with your engineers on it.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT_EN + "Such things happen, and we know you are on it.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT_EN + "Not a big deal for now.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT_DE + "Wir kommen vorerst auch so zurecht.", T.FRUSTRATED_BUT_PATIENT),
    (_FAULT_DE + "Wir bleiben gern verfügbar für Tests.", T.FRUSTRATED_BUT_PATIENT),
    ("L'export est toujours vide. Nous patienterons, cependant.", T.FRUSTRATED_BUT_PATIENT),
    (
        "La exportación sigue sin funcionar; no pasa nada, seguimos con Excel hasta que esté.",
        T.FRUSTRATED_BUT_PATIENT,
    ),
    ("De export is nog steeds leeg. Maar we redden ons voorlopig.", T.FRUSTRATED_BUT_PATIENT),
    ("L'export è ancora vuoto, ma ci arrangiamo a mano.", T.FRUSTRATED_BUT_PATIENT),
    ("A exportação ainda não funciona, mas aguentamos mais uns dias.", T.FRUSTRATED_BUT_PATIENT),
    # patience lost or refused is not patience
    (_FAULT_EN + "We cannot carry on like this until March.", T.FRUSTRATED),
    (_FAULT_EN + "We won't be able to manage until the fix is out.", T.FRUSTRATED),
    (_FAULT_DE + "Wir kommen damit nicht zurecht.", T.FRUSTRATED),
    # patience with no complaint is calm
    ("Thanks for the update. We'll wait for the next release.", T.CALM),
    ("It happens every morning at 9 that the dashboard refreshes.", T.CALM),
]


@pytest.mark.parametrize(("text", "expected"), CHURN + ANGRY + FRUSTRATED + PATIENT)
def test_tone_intents(text: str, expected: Sentiment) -> None:
    picked = suggest_sentiment(text)
    assert picked.value is expected, picked.rationale
