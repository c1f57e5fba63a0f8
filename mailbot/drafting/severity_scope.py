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

# "all (of) our", "every one of the", "alle unsere", "tous nos", "todas nuestras": the whole.
_ALL = (
    r"(?:all (?:of )?(?:our |the |its |their )?|every one of (?:our|the) |each of (?:our|the) "
    r"|(?:in )?allen? (?:unsere[nm]? )?|(?:dans |sur )?tou(?:s|tes) (?:nos|les) "
    r"|(?:en )?tod(?:os|as) (?:nuestr[oa]s |l[oa]s )?)"
)
# The customer's own items, all of them harmed ("all our invoices show the wrong VAT").
_ITEMS = (
    r"(?:invoices|bookings|orders|parcels|shipments|reports|payslips|prices|grades|averages"
    r"|rechnungen|buchungen|bestellungen|aufträge|berichte|preise|noten|factures|réservations"
    r"|commandes|rapports|prix|notes|facturas|reservas|pedidos|informes|precios|notas)"
)

SCOPE_HIGH = cues(
    # defs-1 high, "an important function broken for many users": all of their own items
    # wrong (not a count of a bill's items: "all 12 invoices")
    rf"\b{_ALL}(?!\d)(?:\w+ )?{_ITEMS}\b[^.;!?\n]{{0,60}}\b(?:wrong|incorrect\w*|missing|lost|empty"
    r"|falsch\w*|fehlerhaft\w*|leer|faux|fausses?|erron\w*|vides?|errón\w*|incorrect[oa]s"
    r"|vací[oa]s|faltan)\b",
    # defs-1 high, "revenue at risk": sales it cost, uncounted ("we lost sales", "nous avons
    # perdu des ventes"; counted, severity_said reads them)
    r"\b(?:lost|losing|verloren|perdu|perdiendo|perdido)\b (?:\w+ )?(?:sales|revenue|umsatz"
    r"|ventes|chiffre d'affaires|ventas|ingresos)\b"
    r"(?! (?:staff|people|team|reps?|managers?|director))"
    r"|\bumsatz (?:\w+ )?verloren\b",
    # defs-1 high, "the renewal at risk": a renewal that is near ("up for renewal in
    # January"; not next year's), and "the renewal is in March" (severity_cues' English) in
    # French, Spanish and German. "The contract renews in May" stays medium: said beside
    # falling usage it is a date, not a renewal at risk (test_severity_otherwise.py).
    r"\bup for renewal\b(?! (?:next year|in \d{4}))"
    r"|\b(?:le )?renouvellement (?:est|arrive|a lieu) (?:en|le|dans|fin)\b"
    r"|\bla renovación (?:es|será|vence) (?:en|el|a finales)\b"
    r"|\b(?:die )?verlängerung steht (?:im|am|zum|ende)\b",
)
