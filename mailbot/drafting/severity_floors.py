"""defs-1's "high" read from what happened to whom, where a word list cannot tell
(EN/DE/FR/ES/NL/IT/PT).

eval_set_c (session 18) had 19 high threads read as medium: our people failing *again*
("for the second time", "deux relances", "das zweite Ticket"), a relationship at risk
*before the renewal*, their CFO copied in the text, a rival piloted "alongside us". Each is
high in defs-1 only in context: a repeat is high when our people failed (not when a bug
recurs), a renewal is at risk when the relationship is the subject. So these floors take
the category, unlike severity_cues.py's words. Also here: an outage that is over
(defs-1: "not critical"), whose mention rules.py removes before reading the levels.
"""

from __future__ import annotations

import re

from mailbot.domain import Category
from mailbot.drafting.cues import cues
from mailbot.drafting.dates_said import DATED, MONTH
from mailbot.drafting.executives import TITLE
from mailbot.drafting.facts import sentences
from mailbot.drafting.severity_concepts import HAND_ONLY

# Two or more (not the Italian "due", which is also English: "due to").
_SEVERAL = (
    r"(?:two|three|several|both|zwei|drei|mehrere|beide[nr]?|deux|trois|les deux|plusieurs|dos"
    r"|tres|varias|ambas|twee|drie|meerdere|tre|diversi|entrambi|dois|três|vários)"
)
_SESSIONS = (
    r"(?:sessions|workshops|trainings|meetings|calls|appointments|check-ins|catch-ups|ateliers"
    r"|points hebdomadaires|points de suivi|points mensuels"
    r"|séances|formations"
    r"|réunions|rendez-vous|sitzungen|schulungen|termine[n]?|sesiones|talleres|reuniones|citas"
    r"|sessies|sessioni|sessões)"
)
_MISSED = (
    r"(?:missed|cancel\w*|no-?shows?|did(?:n't| not) (?:show|turn up|come)|nicht erschienen"
    r"|abgesagt|versäumt|pas présentée?|manqué\w*|annulé\w*|no (?:se presentó|vino|apareció)"
    r"|faltó|cancelad\w*|niet verschenen|afgezegd|non si è presentat[oa]|saltat[ie]"
    r"|não apareceu)"
)
# Sessions our people missed: "missed the last two workshops", "zu zwei Schulungen nicht
# erschienen", "pas présenté aux deux derniers ateliers" (not "the last two workshops were
# useful", "two workshops planned").
_MISSED_SESSIONS = re.compile(
    rf"\b{_SEVERAL} (?:\w+ )?{_SESSIONS}\b[^.;]{{0,40}}\b{_MISSED}"
    rf"|\b{_MISSED}\b[^.;]{{0,40}}\b{_SEVERAL} (?:\w+ )?{_SESSIONS}\b",
    re.IGNORECASE,
)
# ... by the customer themselves: "we cancelled two sessions", "annulées nous-mêmes".
_OUR_OWN = re.compile(
    r"\b(?:we|I|wir|ich|nous|j'|nosotros|hemos)\b[^.;]{0,30}\b(?:cancel\w*|abgesagt|annul\w*"
    r"|cancelad\w*)|\b(?:ourselves|nous-mêmes|selbst|nosotros mismos)\b",
    re.IGNORECASE,
)


def _said_unless(pattern: re.Pattern[str], unless: re.Pattern[str], text: str) -> str:
    """The words of ``pattern`` in the first sentence that holds them and not ``unless``:
    the guard is a sentence's, since the words that undo a reading stand anywhere in it."""
    for sentence in sentences(text):
        match = pattern.search(sentence)
        if match and not unless.search(sentence):
            return match.group(0)
    return ""


def missed_sessions(text: str) -> str:
    """The words saying our people missed sessions more than once, or ""."""
    return _said_unless(_MISSED_SESSIONS, _OUR_OWN, text)


# Every day, or every one of the day's items, redone: a chore that never stops. Not a
# weekly one ("the 23 shifts each week by hand" is eval_set_b's medium), nor "half a day"
# spent once (a duration).
_DAILY = (
    r"(?:(?:every|each) (?:single )?(?:day|evening|morning|night|shift|booking|order|invoice"
    r"|label|parcel|shipment|delivery|route)|\d+ \w+ (?:a|per) day|daily|nightly|all day long"
    r"|jeden (?:tag|abend|morgen)|jede (?:buchung|bestellung|rechnung)|täglich"
    r"|chaque (?:jour|soir|matin|réservation|commande|facture)|tous les (?:jours|soirs"
    r"|matins)|cada (?:día|noche|mañana|reserva|pedido|factura)|todos los días"
    r"|todas las (?:mañanas|noches|tardes)|a diario|elke (?:dag|avond|ochtend)|iedere dag"
    r"|dagelijks|ogni giorno|ogni sera|tutti i giorni|todos os dias|diariamente"
    r"|day by day|tag für tag|jour par jour|día a día|le soir|am abend|abends|por la noche"
    r"|cada noche|every evening|(?:several|many|multiple) times a day|mehrmals (?:am|pro) tag"
    r"|plusieurs fois par jour|varias veces al día"
    r"|in the evenings?|jede[sn]? (?:etikett|paket|lieferung|auftrag)|chaque (?:colis"
    r"|étiquette|dossier)|cada (?:etiqueta|paquete|envío))"
)
# ... unless the sentence says it is routine, weekly, an option or the past ("we check each
# order by hand anyway as part of our QA", "once a week", "can also be released manually",
# "before 4.2 we had to correct every invoice by hand").
_NOT_A_CHORE = re.compile(
    r"\b(?:week\w*|month\w*|once|anyway|routine|normal\w*|as usual|can also|could also"
    r"|used to|before (?:v(?:ersion)? ?)?\d|woche\w*|wöchentlich|semaine\w*|semana\w*"
    r"|mensual\w*|monat\w*)\b",
    re.IGNORECASE,
)


# A broken function redone by hand day after day ("moving stops by hand every evening",
# "each booking corrected by hand", "400 parcels a day relabelled by hand"): defs-1's
# painful workaround. Only for a defect (high_floor below): a missing feature worked around
# by hand every week is "a missing feature that matters", medium.
_EACH_BY_HAND = rf"(?:{HAND_ONLY}|einzeln|one by one|uno a uno|uno por uno|un par un|une par une)"
_DAILY_BY_HAND = re.compile(
    rf"\b{_EACH_BY_HAND}\b[^.;]{{0,50}}\b{_DAILY}\b|\b{_DAILY}\b[^.;]{{0,50}}\b{_EACH_BY_HAND}\b",
    re.IGNORECASE,
)


def daily_by_hand(text: str) -> str:
    """The words saying a broken function is redone by hand day after day, or ""."""
    return _said_unless(_DAILY_BY_HAND, _NOT_A_CHORE, text)


# Our people failed more than once: the second time, twice, two reminders, again and again.
REPEATED = cues(
    r"\b(?:second|2nd|third|3rd|fourth|zweite[nmr]?|dritte[nmr]?|deuxième|troisième"
    r"|segund[oa]|tercer[oa]?|tweede|derde|second[oa]|terz[oa]|terceir[oa])"
    r" (?:time|mal|fois|vez|keer|volta|ticket|session|sitzung|termin|séance|sesión|sessie"
    r"|sessione|sessão|meeting|call|no-show|request|reminder|workshop|training|appointment"
    r"|attempt|versuch|tentative|intento|(?:\w+ )?manager|agent|contact|interlocuteur"
    r"|ansprechpartner\w*"
    r"|atelier|formation|schulung|taller|cita)\b",
    r"\b(?:three|four|five|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|cinco) (?:times|mal"
    r"|fois|veces)\b"
    r"|\b(?:twice|two times|zweimal|deux fois|dos veces|repeatedly|again and again|yet again"
    r"|once again|wiederholt|schon wieder"
    r"|à plusieurs reprises|une fois de plus|repetidamente|otra vez|herhaaldelijk|alweer"
    r"|ripetutamente|ancora una volta|mais uma vez)\b",
    rf"\b{_SEVERAL} (?:\w+ )?(?:reminders|chasers|calls"
    r"|e-?mails|tickets|erinnerungen|nachfragen|anrufe|relances|appels|recordatorios"
    r"|llamadas|correos|herinneringen|telefoontjes|solleciti|chiamate|lembretes|ligações)\b",
)
# The renewal or the contract's end, named: the relationship at risk *before* it.
RENEWAL = cues(
    r"\brenew\w*|\bcontract (?:ends|expires|is up|runs out|comes up)\b|\bverlänger\w*"
    r"|\bvertrag(?:sende| läuft)\b|\brenouvel\w*|\béchéance\b|\brenova\w*|\bverleng\w*"
    r"|\brinnov\w*|\bvencimiento del contrato\b|\bfin del contrato\b",
    # a decision on which systems they keep is the renewal by another name
    r"\bwhich (?:systems|tools|platforms|vendors|suppliers) (?:stay|remain|to keep|we keep)\b"
    r"|\bwelche (?:systeme|tools|anbieter|lösungen) (?:bleiben|behalten)\b|\bbei uns bleiben\b"
    r"|\bquels (?:outils|systèmes|fournisseurs) (?:garder|conserver|restent)\b"
    r"|\bqué (?:sistemas|herramientas|proveedores) (?:mantener|se quedan)\b",
    # ... or the review that decides it, dated: "before the review in December", "at the
    # December review" (the noun: "could we review the usage report on Monday" is a chat)
    rf"\b(?:the|their|a|our|contract|procurement|vendor|supplier|die|der|la|el) (?:review"
    rf"|prüfung|überprüfung|revue|revisión|evaluación)\b[^.;]{{0,20}}\b(?:in|on|by|at|im|am"
    rf"|en|le|au|el|a) {DATED}|\b(?:the|their) {MONTH} review\b",
)
# What puts that renewal at risk beyond falling usage (defs-1 medium: "falling usage with no
# threat"): the champion leaving, a budget review or cut, a new owner.
SHIFT = cues(
    r"\bleaving\b|\b(?:has|have|had) left\b|\blast day\b|\bdeparture\b|\bmoving on\b"
    r"|\bresign\w*|\bverlässt\b|\bgeht in (?:rente|den ruhestand)\b|\bquitte\b|\bdépart\b"
    r"|\bdeja la empresa\b|\bse va\b|\bvertrekt\b|\blascia\b|\bdeixa a empresa\b"
    r"|\bsuccessor\b|\bnachfolger\w*|\bsuccesseur\b|\bsucesor\w*|\bopvolger\b|\bsuccessore\b",
    r"\bbudget\w*|\bcuts?\b|\bcost[- ]cutting\b|\bsparmaßnahm\w*|\bkürzung\w*|\bcoupes?\b"
    r"|\bréexamin\w*|\brecortes?\b|\bbezuinig\w*|\btagli\b|\bcortes?\b|\bpresupuesto\b"
    r"|\bbegroting\b|\borçamento\b|\bbilancio\b"
    # a review of everything they pay for
    r"|\breview\w* (?:of )?(?:every|each|all) (?:\w+ ){0,2}(?:systems?|tools?|software|spend"
    r"|vendors?|suppliers?|subscriptions?|contracts?)\b",
    r"\bacquired by\b|\bacquisition\b|\bmerger\b|\bübernommen\b|\brach(?:at|et\w*)\b|\badquirid\w*"
    r"|\bovergenomen\b|\bacquisit[oa]\b|\bnew (?:owners?|parent)\b|\b(?:bought|taken over) by\b"
    r"|\bübernahme\b|\bneue[nr]? (?:eigentümer|besitzer)\b",
)
# Their executive copied, said in the text ("I've copied our CFO", "je mets en copie").
COPIED = re.compile(
    rf"(?:\b(?:cc'?d|cc'?ing|copied|copying|looped in|in copy|en copie|in kopie|in cc|en copia"
    rf"|in copia|em cópia|em cc)\b|\bcc\s*:)[^.;]{{0,40}}\b{TITLE}\b"
    rf"|\b{TITLE}\b(?:[^.;]|(?<=\bdr)\.|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bms)\.){{0,30}}"
    rf"\b(?:in cc|in copy|en copie|in kopie|en copia|in copia"
    rf"|em cópia|is copied|copied)\b",
    re.IGNORECASE,
)
# Something else tried out beside us: "a pilot of X alongside us", "parallel dazu testen".
BESIDE_US = cues(
    r"\b(?:pilot\w*|trial\w*|test\w*|evaluat\w*|piloten|essai\w*|prueba\w*|proef\w*)\b"
    r"[^.;]{0,60}\b(?:alongside (?:us|you)|in parallel (?:with|to) (?:us|you)|side by side"
    r" with (?:us|you)|parallel zu (?:ihnen|uns)|en parallèle de vous|en paralelo con"
    r" (?:vosotros|ustedes)|naast jullie|in parallelo con voi|em paralelo com vocês)\b",
)
# An outage that is over, or told as a date: "after the March outage", "the outage last
# night", "the outage lasted 40 minutes" (defs-1: an outage that is over is not critical).
OVER = re.compile(
    r"\b(?:after|since|following|before|nach|après|después de|na|dopo|depois d[aeo])"
    r" (?:the |our |that |this |der |dem |la |le |el |de |il |o |a )?(?:\w+ )?"
    r"(?:outage|incident|ausfall|panne|caída|storing|interruzione|interrupção)\b"
    # ... or dated in the past: "during last Tuesday's outage", "for the February outage"
    rf"|\b(?:during|for|about|pendant|durante) (?:the )?(?:last \w+'s|\w+day's|yesterday's"
    rf"|{MONTH}) (?:[\w-]+ )?(?:outage|incident|panne|caída)\b"
    r"|\boutage credits?\b|\bcrédits? (?:de|pour) (?:la )?panne\b"
    r"|\b(?:outage|incident|ausfall|panne|caída|storing)\b[^.;]{0,30}\b(?:last night|yesterday"
    r"|earlier|was only|lasted|gestern|hier|ayer|gisteren|ieri|ontem)\b"
    # ... or said to be over: "(fixed now)", "is resolved", "behoben" (not "not fixed yet",
    # "n'est toujours pas résolue", nor "fixed IP addresses")
    r"|\b(?:outage|incident|ausfall|störung|panne|caída|storing)\b"
    r"(?:(?!\b(?:not|n't|no|yet|still|nicht|noch|pas|toujours|todavía|aún|niet|nog)\b)[^.;]){0,30}"
    r"\b(?:(?:is|was|now|since|has been|have been|got) (?:fixed|over|resolved|restored)"
    r"|(?:fixed|over|resolved|restored) now|behoben|vorbei|résolue?|terminée?|resuelt[oa]"
    r"|solucionad[oa]|opgelost|risolt[oa]|resolvid[oa])\b",
    re.IGNORECASE,
)

# The newest customer message says the stop eased: back up, running again, a workaround
# found (defs-1's critical is stopped *now* with no workaround; this is high). Not when it
# is only hoped for, promised or asked ("once it is back up", "it should be running again",
# "do you have a workaround"), denied ("isn't running again", "geht wieder nicht"), back
# only for a while or down again, nor when that message still says data was lost.
EASED = re.compile(
    r"\b(?:(?:is|are|'s|'re|was|were|been|came|comes?) back (?:up|online|to normal)"
    r"|up and running|(?:is|are|'s|'re|has been|have been) back(?: up| online)? since"
    r"|(?:running|working|works|moving|flowing|printing|syncing|loading|going out)"
    r" (?:fine |normally )?again|(?:found|have|got) a workaround|(?:service|access|site"
    r"|system|it) (?:has been|was|is) restored"
    r"|(?:läuft|laufen|funktioniert|funktionieren|geht|gehen|klappt) (?:\w+ )?wieder"
    r"|wieder (?:erreichbar|online|verfügbar)|workaround gefunden"
    r"|(?:fonctionne|fonctionnent|marche|marchent|tourne|tournent)\w* (?:à|de) nouveau"
    r"|remarche|refonctionne|de nouveau (?:accessible|disponible|en ligne)"
    r"|(?:vuelve|vuelven|volvió|volvieron) a funcionar|ya funciona|funciona (?:de nuevo|otra vez)"
    r"|werkt (?:weer|opnieuw)|funziona di nuovo|voltou a funcionar)\b",
    re.IGNORECASE,
)
# Said before the words: denied, hoped, promised, reported or asked.
_HOPED = re.compile(
    r"(?:n't|\bn'|\b(?:not|no longer|never|until|once|when|if|before|as soon as|nothing"
    r"|nobody|would|should|will|hopefully|told|said|promised|expected|you|nicht|nichts"
    r"|kein\w*|sobald|wenn|bis|soll\w*|schon|ne|pas|rien|quand|dès que|si|devrait|no|nada"
    r"|cuando|hasta|debería|niet|non|não)\b)[^.;!?]{0,40}$",
    re.IGNORECASE,
)
# Said after them, in the same sentence: denied ("wieder nicht"), a relapse or a failed
# workaround ("back up for an hour", "crashed at 9:15", "but it does not work").
_RELAPSED = re.compile(
    r"^\s*(?:nicht|nie|kein|pas|not)\b|^[^.;!?]{0,150}?(?:\bfor (?:an?|one|\d+|a few|ten|five"
    r"|twenty) (?:hour|minute|moment)s?\b|\b(?:again|down|stopped|stops|fail\w*|crash\w*"
    r"|erneut|encore|otra vez|de nuevo|doesn't|does not|not work\w*|no longer|nicht|no funciona"
    r"|lost|nobody|no one|niemand|personne|nadie|still can\w*)\b)",
    re.IGNORECASE,
)
# Harm that easing does not undo (defs-1: data lost or exposed, a breach stay critical).
_HARM = re.compile(
    r"data|daten|donn|datos|gegevens|dati|dados|breach|securit|sicherheit|sécurité|seguridad"
    r"|\blost\b|wiped|overwr|\bgone\b|perdu|verlust|someone else|\bother|andere|autres|otros"
    r"|record",
    re.IGNORECASE,
)
_LOST = re.compile(
    r"\b(?:lost|deleted|wiped|verloren|gelöscht|perdu|supprimé|perdid|borrad)\w*", re.IGNORECASE
)


def eased(latest: str, critical_words: list[str]) -> str:
    """The words of the newest customer message saying a stop eased, or "" (also when what
    made it critical is harm that cannot ease, or that message says data was lost)."""
    if any(_HARM.search(w) for w in critical_words) or _LOST.search(latest):
        return ""
    for match in EASED.finditer(latest):
        before = latest[max(0, match.start() - 60) : match.start()]
        after = re.match(r"[^.;!?\n]{0,200}[.;!?]?", latest[match.end() : match.end() + 201])
        rest = after.group(0) if after else ""
        if _HOPED.search(before) or rest.endswith("?") or _RELAPSED.search(rest):
            continue
        return match.group(0)
    return ""


# How a severity rationale says the newest message eased a stop (a cue, so the LLM path
# keeps this level whatever the model reads).
EASED_NOW = " (high: eased, no longer stopped now)"
# How a severity rationale says a floor above raised it; llm_classify reads it, so the
# floor holds for the model's level too (a floor needs no judgement).
CONTEXT_FLOOR = " (high for "


def high_floor(category: Category, text: str) -> list[str]:
    """The words that make the thread at least high in its context, or none."""
    found: list[str] = []
    if category is Category.SERVICE_FAILURE:
        found += [m.group(0) for p in REPEATED for m in [p.search(text)] if m]
        found += [w for w in [missed_sessions(text)] if w]
    if category is Category.PRODUCT_DEFECT:
        found += [w for w in [daily_by_hand(text)] if w]
    if category is Category.RELATIONSHIP_AT_RISK and any(p.search(text) for p in SHIFT):
        found += [m.group(0) for p in RENEWAL for m in [p.search(text)] if m]
    copied = COPIED.search(text)
    if copied:
        found.append(copied.group(0))
    found += [m.group(0) for p in BESIDE_US for m in [p.search(text)] if m]
    return found
