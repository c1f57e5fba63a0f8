"""Neutral filler for eval_set_d's longer threads, per language, written fresh for this set.

eval_set_c's filler sentences have been read while the drafter was tuned on that set, so
this set does not reuse them: the middle of a long thread here is new ordinary
back-and-forth (a detail supplied, a colleague joining, our side asking for an example or
booking a call). None of it carries a tone or a key fact, so a thread's sentiment is the
one its hand-written customer messages give it. Greetings, sign-offs and disclaimers are
plain conventions and are shared with eval_set_c (bench/eval_set_c_fillers.py).
"""

from __future__ import annotations

COLLEAGUE = {"en": ("Hannah Kowalski", "Dev Patel", "Grace Ndlovu", "Callum Reid",
                    "Aoife Brennan"),
             "de": ("Felix Hartmann", "Miriam Scholz", "Tobias Keller"),
             "fr": ("Camille Garnier", "Hugo Lefebvre"), "es": ("Lucía Navarro", "Diego Romero"),
             "nl": ("Femke Jansen", "Daan Visser"), "it": ("Chiara Esposito", "Luca Marino"),
             "pt": ("Beatriz Costa", "Nuno Ferreira")}  # fmt: skip

CUSTOMER = {
    "en": ("Looping in {colleague}, who runs this day to day.",
           "Attached is the export from this morning, in case it helps your side.",
           "Tuesday after 2pm works for a call, or any time Wednesday.",
           "{colleague} checked it on a second machine and saw the same thing.",
           "Our reference for this is in the subject line.",
           "I'm travelling Monday, so {colleague} will pick up any questions.",
           "Sure, I'll ask the team and get back to you with numbers.",
           "Yes, that's the right contact for this on our side."),
    "de": ("Ich setze {colleague} in Kopie, {colleague} betreut das bei uns im Alltag.",
           "Im Anhang der Export von heute früh, falls er Ihnen hilft.",
           "Dienstag ab 14 Uhr ginge bei uns, oder Mittwoch ganztägig.",
           "{colleague} hat es auf einem zweiten Rechner geprüft, gleiches Ergebnis.",
           "Ich frage im Team nach und melde mich mit den Zahlen."),
    "fr": ("Je mets {colleague} en copie, qui gère cela au quotidien.",
           "Vous trouverez en pièce jointe l'export de ce matin.",
           "Mardi après 14 h nous irait pour un échange, ou mercredi.",
           "Je me renseigne auprès de l'équipe et je reviens vers vous avec les chiffres."),
    "es": ("Pongo en copia a {colleague}, que lo gestiona en el día a día.",
           "Adjunto el export de esta mañana por si os sirve.",
           "El martes a partir de las 14 h podríamos hablar, o el miércoles.",
           "Lo consulto con el equipo y os digo algo con las cifras."),
    "nl": ("Ik zet {colleague} erbij, die regelt dit dagelijks.",
           "In de bijlage de export van vanochtend, voor het geval het helpt.",
           "Dinsdag na tweeën kan ik bellen, of woensdag de hele dag."),
    "it": ("Metto in copia {colleague}, che se ne occupa tutti i giorni.",
           "In allegato l'export di stamattina, nel caso vi serva.",
           "Martedì dopo le 14 possiamo sentirci, oppure mercoledì."),
    "pt": ("Coloco em cópia {colleague}, que trata disto no dia a dia.",
           "Em anexo vai a exportação desta manhã, caso ajude.",
           "Terça depois das 14h dá para falarmos, ou quarta-feira."),
}  # fmt: skip

OURS = {
    "en": ("Thanks for this. I've shared it with the people who can look at it.",
           "Would you be able to send one example record so we can follow it through?",
           "I've put a call in the diary for Tuesday at 2pm; shout if that doesn't work.",
           "Got it, thank you. That answers our questions for the moment.",
           "Is there a good half hour this week to go through it together?",
           "Thanks. I'll use this thread for any updates so they're in one place."),
    "de": ("Vielen Dank, ich habe das an die Kollegen weitergegeben, die es prüfen können.",
           "Könnten Sie uns einen Beispieldatensatz schicken, damit wir es nachvollziehen?",
           "Ich habe einen Termin für Dienstag 14 Uhr eingestellt.",
           "Danke, damit sind unsere Fragen vorerst beantwortet."),
    "fr": ("Merci, j'ai partagé cela avec les personnes qui peuvent regarder.",
           "Pourriez-vous nous envoyer un exemple précis pour que nous suivions le cas ?",
           "Merci, cela répond à nos questions pour le moment."),
    "es": ("Gracias, lo he compartido con las personas que pueden revisarlo.",
           "¿Podéis enviarnos un ejemplo concreto para seguirlo?",
           "Gracias, con esto tenemos lo que necesitábamos por ahora."),
    "nl": ("Bedankt, ik heb het gedeeld met de collega's die ernaar kunnen kijken.",
           "Kunnen jullie één voorbeeld sturen zodat we het kunnen volgen?"),
    "it": ("Grazie, l'ho condiviso con chi può verificarlo.",
           "Potreste mandarci un esempio concreto da seguire?"),
    "pt": ("Obrigada, partilhei com quem pode analisar.",
           "Podem enviar-nos um exemplo concreto para acompanharmos?"),
}  # fmt: skip
