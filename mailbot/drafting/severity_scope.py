"""defs-1's high said as what a problem reaches or costs without a count or a stock word
(EN/DE/FR/ES): all of the customer's own items wrong, sales lost, a renewal that is near.

Why a module of its own: these are readings of stakes, not of breakage words. A dev thread
labelled high from defs-1 said "Our contract is up for renewal in January and I'd like this
sorted before he reviews the systems" and nothing else the rules read as high, where "the
renewal is in January" already was. severity_said.py reads these with its own patterns, so
a sentence that says the matter is fine or a thread that says "no rush" raises nothing.

Measured and left out (session 35, dev sets): every site hit ("affecting all four schools",
"an empty PDF for all 9 hostels") and sales an outage stopped ("our box office couldn't sell
a ticket") gained 2 threads and lost 4: eval_set_e labels a report empty at all nine sites,
and the sales an outage that is over stopped, medium.
"""

from __future__ import annotations

from mailbot.drafting.cues import cues
from mailbot.drafting.dates_said import MONTH

# "all (of) our", "every one of the", "alle unsere", "tous nos", "todas nuestras": the whole.
_ALL = (
    r"(?:all (?:of )?(?:our |the |its |their )?|every one of (?:our|the) |each of (?:our|the) "
    r"|(?:in )?allen? (?:unsere[nm]? )?|sämtliche |(?:dans |sur )?tou(?:s|tes) (?:nos|les) "
    r"|l'ensemble (?:de nos|des) |(?:en )?tod(?:os|as) (?:nuestr[oa]s |l[oa]s )?)"
)
# The customer's own items, all of them harmed ("all our invoices show the wrong VAT"; not
# "notes" or "notas", which are also what one reads).
_ITEMS = (
    r"(?:invoices|bookings|orders|parcels|shipments|reports|payslips|prices|grades|averages"
    r"|payments|transactions|labels|rechnungen|buchungen|bestellungen|aufträge|berichte|preise"
    r"|noten|lieferscheine|zahlungen|factures|réservations|commandes|rapports|prix|paiements"
    r"|étiquettes|facturas|reservas|pedidos|informes|precios|pagos|albaranes|recibos|envíos)"
)
_ONE = (
    r"(?:invoice|booking|order|parcel|shipment|report|payslip|price|grade|payment|transaction"
    r"|label)"
)
# ... said wrong by their own verb, in the same clause ("are wrong", "show the wrong VAT",
# "sind falsch", "ont une TVA fausse", "salen con el IVA erróneo"; not "are correct, only
# one is wrong", "open with an empty first page", "are missing a field for the PO number").
_SAID = (
    r"(?:are|were|show\w*|have|has|had|come out|go out|went out|print|contain"
    r"|sind|waren|zeigen|haben|enthalten|kommen|sont|étaient|ont|affichent|sortent|son"
    r"|eran|tienen|muestran|salen|llegan|están)"
)
_WRONG = (
    r"(?<!not )(?<!nothing is )(?:wrong|incorrect\w*|missing(?! (?:a|an) )|empty|lost"
    r"|falsch\w*|fehlerhaft\w*|(?<=sind )leer|(?<=waren )leer|(?<=kommen )leer|faux|fausses?"
    r"|mauvais(?:es)?|erron\w*|vides?|errón\w*"
    r"|incorrect[oa]s|equivocad[oa]s|mal|vací[oa]s)"
)
# What stops the reading at a clause that turns: "but", "only", "except", "sauf", "nur".
_TURN = r"(?:but|only|except|apart|sauf|mais|seul\w*|nur|aber|außer|pero|salvo|excepto|solo)"
# A renewal that is near: a month or a day after it, never a year or "next year".
_NEAR = rf"(?:\d{{1,2}}\.? (?:de )?)?{MONTH}(?! (?:de )?\d{{4}})"

SCOPE_HIGH = cues(
    # defs-1 high, "an important function broken for many users": all of their own items
    # wrong (not a count of a bill's items: "all 12 invoices")
    rf"\b{_ALL}(?!\d)(?:[\w']+ )?{_ITEMS}\b (?:(?!{_TURN}\b)[^.;:!?,\n]){{0,40}}?"
    rf"\b{_SAID}\b (?:(?!{_TURN}\b)[\w'-]+ ){{0,4}}?{_WRONG}\b",
    # ... or each one ("every invoice we sent this month has the wrong VAT"), none right
    # ("none of our invoices show the right VAT"), all missing ("Faltan todas las facturas
    # de marzo", "Il manque toutes nos factures", "Es fehlen alle Rechnungen"; not "faltan
    # todas las facturas por enviar", still to be sent)
    rf"\bevery (?:single )?{_ONE}\b (?:(?!{_TURN}\b)[^.;:!?,\n]){{0,40}}?\b(?:is|was|has|had"
    rf"|shows?|showed|comes out|came out|goes out|went out|prints?)\b (?:(?!{_TURN}\b)[\w'-]+ )"
    rf"{{0,4}}?{_WRONG}\b|\bnone of (?:our|the) {_ITEMS}\b (?:\w+ ){{0,3}}(?:the )?(?:right"
    rf"|correct)\b|\b(?:faltan|il manque|es fehlen) {_ALL}{_ITEMS}\b(?! (?:por|à) )",
    # defs-1 high, "revenue at risk": sales it cost, uncounted ("we lost sales", "nous avons
    # perdu des ventes"; counted, severity_said reads them; not "we have not lost any sales",
    # "the Lost sales stage", "our sales contact")
    r"(?<!not )(?<!n't )(?<!never )(?<!no hemos )(?<!pas )\b(?:lost|losing|verloren"
    r"|perdu|perdiendo|perdido|perdimos|perdemos|perdons)\b (?!any\b|de\b|no\b)(?:\w+ )?"
    r"(?:sales|revenue|business|umsatz|ventes|chiffre d'affaires|ventas|ingresos)\b"
    r"(?! (?:staff|people|team|reps?|managers?|director|contact|lead|stage|column|report|field"
    r"|kpi|metric|dashboard|pipeline|forecast)\b)"
    r"|(?<!keinen )\bumsatz (?:\w+ )?(?:verloren|entgangen)\b|\bwir verlieren (?:\w+ )?umsatz\b"
    r"|\bcost(?:s|ing)? us (?:sales|revenue|business)\b|\bmanque à gagner\b",
    # defs-1 high, "the renewal at risk": a contract that is near its renewal ("our contract
    # is up for renewal in January"; not one renewed, years off, or next year's; not a
    # certificate or a member "up for renewal"), and "the renewal is in March" (severity_cues'
    # English) in French, Spanish and German, with the month said. "The contract renews in
    # May" stays medium: said beside falling usage it is a date, not a renewal at risk
    # (test_severity_otherwise.py).
    r"\b(?:contract|subscription|licen[cs]es?|agreement|plan|account|we)(?:'re| are| is"
    r"| comes?)? (?:up|due) for renewal\b(?! (?:until|next year|in (?:\w+ )?\d{4}"
    r"|in (?:two|three|\d+) years))",
    rf"\b(?:le )?renouvellement (?:du contrat |de (?:notre |l')abonnement )?(?:est|arrive"
    rf"|a lieu) (?:en|le|fin|début) {_NEAR}"
    rf"|\b(?:la|nuestra) renovación (?:del contrato )?(?:es|será|vence) (?:en|el|a finales de)"
    rf" {_NEAR}|\b(?:die |unsere )?(?:vertrags)?verlängerung (?:des vertrags )?steht (?:im|am"
    rf"|zum|ende) {_NEAR}",
)
