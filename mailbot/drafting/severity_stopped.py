"""defs-1's critical said in everyday words: nothing sold, someone else's data, records
wiped, people not paid (EN/DE/FR/ES).

The blind thread sets read critical worst of all levels (eval_set_d recall 50 %, eval_set_h
31 %), and 160 short messages written blind from defs-1 alone (bench/severity_sentences_data.py)
showed why: 47 of 50 critical ones were read as medium or high. Customers rarely say "down"
or "outage"; they say what is not happening ("we have not rung up a single sale this
morning", "not one of our 340 staff has been paid"), whose data they see ("her portal showed
someone else's blood results") and what vanished ("deleted every file in it"). These
patterns name the business's own output, so a question ("we can't find any documentation")
or a harmless zero ("no orders were lost") is not read as a stop.
"""

from __future__ import annotations

from mailbot.drafting.cues import cues

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
    r"(?:deleted|erased|wiped|overwr(?:ote|itten)|gelöscht|überschrieben|effacé\w*|supprimé\w*"
    r"|écrasé\w*|borr(?:ó|aron|ado|ados|adas)|elimin(?:ó|aron|ados|adas)|sobrescri\w*)"
)

STOPPED = cues(
    # nothing of what the business does happened now: "not rung up a single sale this
    # morning", "we have taken no orders for four hours", "ni una reserva desde"
    rf"{_NONE}\b[^.;]{{0,40}}\b{_OUTPUT}\b[^.;]{{0,60}}\b{_NOW}\b"
    rf"|\b{_NOW}\b[^.;]{{0,60}}{_NONE}\b[^.;]{{0,40}}\b{_OUTPUT}\b"
    rf"|\bkein\w* (?:\w+ )?{_OUTPUT} mehr\b",
    # nothing made, sold or moving: "line 2 has not produced anything since", "the drivers
    # have nothing to load", "nothing from the webshop is reaching the warehouse"
    r"\b(?:has|have)(?: not|n't) (?:produced|shipped|sold|sent|printed|dispatched) anything\b"
    r"|\bnothing to (?:load|do|ship|sell|pick|pack|deliver|dispatch|prepare)\b"
    r"|\bnothing (?:from|of) [^.;]{0,30}\b(?:is|are) (?:reaching|getting to|going (?:out|to))\b"
    r"|\b(?:dürfen|können) wir nichts (?:mehr )?(?:verkaufen|ausliefern|versenden)\b"
    r"|\bne savons plus quoi (?:expédier|livrer|préparer)\b",
    # they had to stop serving: "we have stopped issuing cards", "hemos dejado de pasar
    # consulta" (not "we stopped using the old report")
    r"\bwe(?:'ve| have)? (?:had to )?stop(?:ped)? (?:issuing|selling|seeing|serving|taking"
    r"|shipping|dispensing|accepting|admitting) \w+|\bhemos (?:tenido que )?dej(?:ado|ar) de"
    r" (?:pasar consulta|vender|atender|facturar|enviar)\b|\bnous avons (?:dû )?arrêt(?:é|er)"
    r" de (?:vendre|servir|livrer|expédier|facturer|recevoir)\b",
    r"\b(?:die|der|das|unsere?)\s(?:filiale|produktion|lager|kasse|linie|werk|betrieb|laden)"
    r"\w*\ssteht(?=\s*[.!])",
    r"\b(?:llevamos|seguimos) (?:\w+ ){0,3}sin (?:vender|facturar|cobrar|reservas|ventas)\b",
    # the tool refuses every one of them: "every card is declined", "reject every ticket"
    r"\bevery (?:card|payment|order|booking|ticket|transaction|login|scan)\b[^.;]{0,30}"
    r"\b(?:declined|rejected|refused|fails|failing|blocked)\b|\b(?:reject\w*|declin\w*"
    r"|refus\w*)\b (?:every|all|each) (?:\w+ )?(?:tickets?|cards?|payments?|orders?"
    r"|bookings?|logins?)\b",
    # unable to serve anyone: "unable to check anyone in", "impossible d'enregistrer le
    # moindre client", "will not release a single prescription"
    rf"\b(?:unable to|cannot|can'?t|will not|won'?t|no way to|impossible d[e'])\b[^.;]{{0,30}}"
    rf"\b(?:a single|anyone|any(?:body)?|le moindre|la moindre)\b (?:\w+ ){{0,2}}"
    rf"(?:{_OUTPUT}|in|clients?|patients?|guests?|customers?)\b"
    # (a stop for one destination or until a setting is made is not the business stopped:
    # "we can't ship any orders to Norway until the new VAT rate is configured")
    r"(?!\s+(?:to|for|in|until|before|from|of)\b)",
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
    r"|\b(?:virements?|salaires|paiements?)\b[^.;]{0,40}\bne sont pas partis\b"
    r"|\b(?:salary|payroll|wage|payment)s? (?:file|run|batch)\b[^.;]{0,40}\b(?:rejected"
    r"|never (?:got|arrived|reached))\b|\b(?:bank|banco|banque) (?:rejected|never got"
    r"|devolvió|n'a jamais reçu)\b",
)
