"""defs-1's critical said in everyday words: nothing sold, someone else's data, records
wiped, people not paid (EN/DE/FR/ES).

The blind thread sets read critical worst of all levels (eval_set_d recall 50 %, eval_set_h
31 %), and 160 short messages written blind from defs-1 alone (bench/severity_sentences_data.py)
showed why: 47 of 50 critical ones were read as medium or high. Customers rarely say "down"
or "outage"; they say what is not happening ("we have not rung up a single sale this
morning", "not one of our 340 staff has been paid"), whose data they see ("her portal showed
someone else's blood results") and what vanished ("deleted every file in it"). These
patterns name the business's own output and a time that is now, so "we can't find any
documentation" or "no orders came through the old form" is no stop; and they are read only
in sentences that do not explain the quiet away (:func:`unplanned`: closed for the
holidays, as planned, a test, "if", a question about the product), which a read-only review
showed they need (30 of its 40 ordinary mails read as critical without it).
"""

from __future__ import annotations

import re

from mailbot.drafting.cues import cues
from mailbot.drafting.facts import without_sentences

# What a business turns out, whose stop is its stop (EN/DE/FR/ES; not "tickets": "seit 10
# Tagen keine Antwort auf Ticket" is a support ticket unanswered, not sales stopped).
_OUTPUT = (
    r"(?:sales?|orders?|bookings?|reservations?|deliver(?:y|ies)|parcels?|prescriptions?"
    r"|payments?|shipments?|appointments?|check-?ins?|ventes?|commandes?|réservations?"
    r"|ordonnances?|colis|livraisons?|paiements?|rendez-vous|aufträge|auftrag|bestellung(?:en)?"
    r"|buchung(?:en)?|rezepte?|pakete?|lieferung(?:en)?|zahlung(?:en)?|termine?|ventas?"
    r"|pedidos?|reservas?|recetas?|paquetes?|entregas?|pagos?|citas?)"
)
# None of it: "not a single", "no", "zero", "ni una", "aucune", "keine".
_NONE = (
    r"(?:n't|\b(?:not|no|zero|none of (?:the|our)|ni (?:un|una)|aucun\w*|kein\w*|ningún"
    r"|ninguna|nicht ein\w*))"
)
# Now, not in general: today, this morning, since, for hours, all morning, so far.
_NOW = (
    r"(?:today|this (?:morning|afternoon|evening)|tonight|since|for (?:\w+ ){0,2}hours"
    r"|all (?:morning|day|afternoon|evening|night)|so far|yet|heute|seit|aujourd'hui"
    r"|depuis|ce matin|hoy|desde|esta mañana|toda la mañana|todo el día|llevamos)"
)
# Another person's or customer's own records (not "data from another system").
_THEIRS = (
    r"(?:someone else'?s|somebody else'?s|other (?:people|customers|patients|clients|users"
    r"|children|pupils|students|guests|members|tenants|families)'?|another (?:customer|patient"
    r"|client|user|child|pupil|student|guest|member|tenant|family)'?s|whoever)"
)
_RECORDS = (
    r"(?:data|details|records|results|files|invoices|payslips|balances?|addresses|names"
    r"|accounts|history|reports|statements|documents|bank details|befunde|daten|akten?"
    r"|rechnungen|adressen|unterlagen|ergebnisse|bulletins?|coordonnées|données|dossiers?"
    r"|factures|résultats|adresses|relevés|facturas|datos|historias?|historial|resultados"
    r"|direcciones|nóminas|expedientes?)"
)
_ALL = r"(?:every|all|whole|entire|alle[ns]?|gesamte[nr]?|tou(?:s|tes?)|tod[oa]s?|ganze[nr]?)"
_WIPED = (
    r"(?:deleted|erased?|erases|wiped|overwr(?:ote|itten)|gelöscht|überschrieben|effacé\w*|supprimé\w*"
    r"|écrasé\w*|borr(?:ó|aron|ado|ados|adas)|elimin(?:ó|aron|ados|adas)|sobrescri\w*)"
)

# A sentence that says why the business is quiet, or only asks or supposes it: closed, a
# holiday, stock-taking, as planned, expected, a test or a question, "if" (the review's:
# "no orders since Friday because we closed for the holidays", "I deleted every test record
# as planned", "if we can't take any orders during the migration").
_NOT_A_STOP = re.compile(
    r"\b(?:if|would|ever|closed|holidays?|betriebsferien|inventur|feiertag|férié|fermé\w*"
    r"|cerrado|obras|inventario|planned|as intended|(?:as|is|was|which is) expected"
    r"|(?:is|c'est|es|ist|that's|this is) (?:quite |completely |ganz |tout à fait )?normal"
    r"|wie (?:geplant|erwartet)|comme prévu|como (?:estaba )?previsto|a petición|on purpose"
    r"|deliberately|test (?:records?|data|accounts?)|testdaten|demo|sandbox|paused|opens"
    r"|last (?:month|week)|wie vereinbart|comme convenu)\b"
    # a question about what the product does ("does the search show another customer's
    # results?"), not a report that ends in one ("nothing since nine, can you help?")
    r"|^\W*(?:does|do|is|are|can|could|will|should|why|how|what|funktioniert|kann|können|ist"
    r"|sind|warum|wie|est-ce|pourquoi|comment|peut-on|puede|se puede|por qué|cómo)\b[^.!]*\?",
    re.IGNORECASE,
)


def unplanned(text: str) -> str:
    """The text without the sentences :data:`_NOT_A_STOP` explains: what STOPPED reads."""
    return without_sentences(text, _NOT_A_STOP.search)


STOPPED = cues(
    # nothing of what the business does happened now: "not rung up a single sale this
    # morning", "we have taken no orders for four hours", "ni una reserva desde"
    rf"{_NONE}\b[^.;]{{0,40}}\b{_OUTPUT}\b[^.;]{{0,60}}\b{_NOW}\b"
    rf"|\b{_NOW}\b[^.;]{{0,60}}{_NONE}\b[^.;]{{0,40}}\b{_OUTPUT}\b"
    rf"|\bkein\w* (?:\w+ )?{_OUTPUT} mehr\b",
    # nothing made, sold or moving: "line 2 has not produced anything since", "the drivers
    # have nothing to load", "nothing from the webshop is reaching the warehouse"
    r"\b(?:has|have)(?: not|n't) (?:produced|shipped|sold|sent|printed|dispatched) anything\b"
    r"|\b(?:people|staff|drivers|workers|agents|pickers|packers|employees|colleagues|nurses"
    r"|trucks|lorries|vans)\b[^.;]{0,40}\bnothing to (?:load|do|ship|sell|pick|pack|deliver"
    r"|dispatch|prepare)\b"
    r"|\bnothing (?:from|of) [^.;]{0,30}\b(?:is|are) (?:reaching|getting to|going (?:out|to))\b"
    r"|\b(?:dürfen|können) wir nichts (?:mehr )?(?:verkaufen|ausliefern|versenden)\b"
    r"|\bne savons plus quoi (?:expédier|livrer|préparer)\b",
    # they had to stop serving ("we've had to stop issuing cards", "hemos dejado de pasar
    # consulta"; not a choice: "we have stopped selling the old product line")
    r"\bwe(?:'ve| have)? had to stop (?:issuing|selling|seeing|serving|taking|shipping"
    r"|dispensing|accepting|admitting) \w+|\bhemos (?:tenido que )?dej(?:ado|ar) de pasar"
    r" consulta\b|\bhemos tenido que dejar de (?:vender|atender|facturar|enviar)\b"
    r"|\bnous avons dû arrêter de (?:vendre|servir|livrer|expédier|facturer|recevoir)\b",
    r"\b(?:llevamos|seguimos) (?:\w+ ){0,3}sin (?:vender|facturar|cobrar|reservas|ventas)\b",
    # the tool refuses every one of them: "every card is declined", "reject every ticket"
    r"\bevery (?:card|payment|order|booking|ticket|transaction|login|scan)\b[^.;]{0,30}"
    r"\b(?:declined|rejected|refused|fails|failing|blocked)\b|\b(?:reject\w*|declin\w*"
    r"|refus\w*)\b (?:every|all|each) (?:\w+ )?(?:tickets?|cards?|payments?|orders?"
    r"|bookings?|logins?)\b",
    # unable to serve anyone: "unable to check anyone in", "impossible d'enregistrer le
    # moindre client", "will not release a single prescription"
    rf"\b(?:unable to|cannot|can'?t|will not|won'?t|no way to|impossible d[e'])\b[^.;]{{0,30}}"
    rf"\b(?:a single|any|le moindre|la moindre)\b (?:{_OUTPUT}|clients?|patients?|guests?"
    rf"|customers?)\b"
    # (a stop for one destination or until a setting is made is not the business stopped:
    # "we can't ship any orders to Norway until the new VAT rate is configured")
    r"(?!\s+(?:to|for|in|until|before|from|of)\b)"
    r"|\b(?:unable to|cannot|can'?t) check (?:anyone|anybody|any guests?) in\b",
    # someone else's records shown: "someone else's blood results", "the bank details of
    # another client", "eines anderen Patienten", "d'autres enfants", "de otros clientes"
    rf"\b{_THEIRS}\b[^.;]{{0,30}}\b{_RECORDS}\b|\b{_RECORDS}\b (?:of|from|for|belonging to)"
    rf" {_THEIRS}\b",
    rf"\b{_RECORDS}\b[^.;]{{0,30}}\b(?:eines|einer) (?:anderen|fremden) (?:patienten|patientin"
    r"|kunden|kundin|mandanten|nutzers|schülers|mitarbeiters)\b"
    rf"|\b{_RECORDS}\b[^.;]{{0,30}}\bd'(?:un autre|une autre|autres) (?:client|patient|enfant"
    r"|élève|utilisateur|famille|locataire|salarié)s?\b"
    rf"|\b{_RECORDS}\b[^.;]{{0,30}}\bde otr[oa]s? (?:clientes?|pacientes?|usuarios?|niños"
    r"|alumnos|empleados?)\b",
    # records wiped: "deleted every file in it", "hat unsere gesamte Kundendatenbank ...
    # überschrieben", "borró todos los pedidos"
    rf"\b{_WIPED}\b[^.;]{{0,30}}\b{_ALL}\b|\b{_ALL}\b[^.;]{{0,60}}\b{_WIPED}\b",
    # people not paid: "not one of our 340 staff has been paid", "la plantilla no ha
    # cobrado", "haben kein Geld bekommen", "les virements de salaires ne sont pas partis"
    r"\b(?:not (?:one|a single)|none|no one|nobody)\b[^.;]{0,40}\b(?:has|have) been paid\b"
    r"|\bno (?:ha|han) cobrado\b|\bkein (?:geld|gehalt|lohn) bekommen\b"
    r"|\b(?:virements?|salaires|paies|paiements?)\b[^.;]{0,40}\bne sont pas parti(?:e)?s\b"
    r"|\b(?:salary|payroll|wage|payment)s? (?:file|run|batch)\b[^.;]{0,40}\b(?:rejected"
    r"|never (?:got|arrived|reached))\b|\b(?:bank|banco|banque) (?:rejected|never got"
    r"|devolvió|n'a jamais reçu) (?:the|our|el|le) (?:\w+ )?(?:file|batch|fichero|fichier)\b",
    # their data gone: "alle Kundendaten sind seit heute Morgen weg"
    r"\b\w*daten\b[^.;]{0,30}\b(?:sind|ist) (?:\w+ ){0,4}(?:weg|verschwunden)\b",
)
