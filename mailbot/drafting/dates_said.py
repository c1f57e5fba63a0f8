"""Dates and dated events as customers write them (EN/DE/FR/ES/NL/IT/PT).

Why a module of its own: a date turns a problem into a deadline only when it is a real
date ("the 14th", "am 12.", "end of the month"), never a bare number ("by 5 people") or a
version ("before 2.3"); the severity concepts, the floors and the consequence readings
(severity_concepts.py, severity_floors.py, severity_said.py) all need the same reading,
so it is written once here.
"""

from __future__ import annotations

_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves"
    r"|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|segunda|terça|quarta|quinta|sexta)"
)
# Month names and their usual abbreviations, whole words only ("mar" is March, "market",
# "setup", "outage" and "may be" are not).
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|januar|jänner|februar"
    r"|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|se(?:p)?tiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro"
    r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)(?!\w)"
)
# A concrete date: a weekday, "the 15th", "15 March", "March 15", "15/03", "15.03.",
# "end of the month", tomorrow. A bare number is no date ("by 5 people", "before 3 users"),
# nor is a version ("before 2.3").
DAY = r"(?:the |zum |am |le |el |il |o |de )?\d{1,2}"
DATE = (
    rf"(?:(?:next |this |coming )?{_WEEKDAY}|{DAY}(?:st|nd|rd|th|er|º)?\.?"
    rf" (?:de |of )?{MONTH}|{DAY}(?:st|nd|rd|th)\b|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|{DAY}/\d{{1,2}}(?:/(?:\d{{4}}|\d{{2}}))?\b|{DAY}\.\d{{1,2}}\.(?:\d{{4}}\b|\d{{2}}\b)?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?:the )?end of (?:the |this |next )?(?:week|month|quarter|year)|ende (?:des|der|dieses"
    r"|diesen)"
    r" (?:monats|woche|quartals|jahres|monat|jahr)|(?:la |el )?fin (?:de|du|del) (?:la )?(?:mois"
    r"|semaine|trimestre|année|l'année|mes|semana|año)"
    r"|tomorrow|(?<!guten )morgen|demain|mañana|domani|amanhã|next week|nächste woche"
    r"|la semaine prochaine|la próxima semana"
    # "in two weeks", "el día 15", "am 12." (German for "on the 12th")
    r"|in (?:\d|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro) (?:weeks"
    r"|wochen|semaines|semanas)|(?:el|le) (?:día|jour) \d{1,2}\b|\b(?:am|zum) \d{1,2}\.(?!\d)"
    r"|\b(?:le|el) \d{1,2}(?=\s*[.;]))"
)
# A date or a month, for a meeting that decides ("the review in December").
DATED = rf"(?:{DATE}|{MONTH})"

# A launch, opening or start, a budget vote or an auditors' visit that a date binds (go-live
# and audit are severity_cues.py's).
EVENT = (
    r"(?:launch\w*|roll-?out|cut-?over|grand opening|kick-?off|start of (?:term|the season"
    r"|school)|inspection|deadline|lancement|démarr\w*|lanzamiento|lancering|lancio|avvio"
    r"|lançamento|inauguração|eröffnung|einführung"
    # the vote that decides on what they pay us (a meeting alone is routine: "our quarterly
    # business review is on 12 March", "the board meeting is on 4 May, unrelated")
    r"|budget vote|votes? (?:on )?the budget|vote (?:le|du) budget|vota (?:el|del) presupuesto"
    r"|stimmt (?:über )?(?:das|den) (?:budget|haushalt)"
    # the auditors' visit ("worried how it looks to our auditors" has no date: not here;
    # "Prüfung" and "Prüfer" alone are any check: "nach Prüfung der Logs am Dienstag")
    r"|auditors?|auditeurs?|auditor(?:es|a)|(?:steuer|betriebs|wirtschafts)prüf(?:er|ung)"
    r"|tax inspectors?|inspecteurs? des impôts|inspectores? de hacienda|contrôle fiscal"
    r"|inspección de hacienda"
    # an inspection, a term or a season that starts, a filing due
    r"|inspectors?|inspecteurs?|inspectores?|inspektor\w*|qualitätsprüfung"
    r"|medizinische\w* dienst|heimaufsicht|rentrée|schulbeginn|schulstart|inicio de curso"
    r"|(?:schools?|students|pupils) (?:go|come) back|weihnachtsgeschäft|christmas (?:season"
    r"|rush)|black friday|hochsaison|haute saison|temporada alta|liasses? fiscales?"
    r"|commissaires? aux comptes|conseils? de classe|zeugniskonferenz\w*|open day|tag der offenen"
    r" tür|journée portes ouvertes|jornada de puertas abiertas|campaña de navidad|christmas"
    r" campaign|campagne de noël|clôture (?:trimestrielle|mensuelle|annuelle)|quarter[- ]end"
    r"|quartalsabschluss|cierre (?:trimestral|mensual|anual)"
    # a filing or a close, a payment run ("la presentación es el 20 de abril", "antes del
    # cierre del 15 de diciembre", "our supplier payment run on 31 May")
    r"|presentación|cierre del? \d|payment run|zahlungslauf|exams?|examens?|exámenes"
    r"|prüfungen)"
)
