"""defs-1's high and critical said as what the problem costs: a dated event it threatens,
the renewal it hangs over, rivals looked at, money held back, hours lost a day; lines that
stand, staff to be paid today, records on the wrong people (EN/DE/FR/ES).

Three blind batches of whole emails (bench/severity_sentences_data_3.py, _4.py and _5.py,
session 31) read high as medium in 24, 30 and 22 cases: customers rarely say "urgent" or "deadline";
they say "the inspectors arrive on the 14th", "finance won't raise the purchase order for
the renewal until the credit arrives", "our lawyer disputes the fee", "200 extra calls a
day". These patterns are read only in sentences that do not say the matter is fine, over
or their own doing (:func:`_told_as_trouble`), and the high ones not at all in a thread that
says there is no rush: a read-only review found "Pour la rentrée le 2 septembre, pourriez-
vous envoyer la facture ? Rien d'urgent", "the Christmas campaign starts on 1 December and
all is fine" and "the inspectors visited on the 3rd and were impressed" read as high.
"""

from __future__ import annotations

import re

from mailbot.drafting.category_risk import RENEWAL_SWITCH
from mailbot.drafting.cues import cues, hits
from mailbot.drafting.dates_said import DATE, EVENT
from mailbot.drafting.facts import without_sentences
from mailbot.drafting.severity_scope import SCOPE_HIGH
from mailbot.drafting.severity_stopped import unplanned

HIGH_SAID = cues(
    # what it already cost them: bookings lost, customers refunded, goods oversold, bad
    # reviews, an authority or a contract penalty, the same defect back a third time, their
    # own executive asking, a move elsewhere said
    r"\b(?:lost|losing|verloren|perdu|perdido)\b (?:about |around |roughly |some |over |rund "
    r"|environ |unos )?\d+ (?:\w+ )?(?:reservations|bookings|orders|sales|customers|clients"
    r"|reservas|pedidos|ventas|clientes|buchungen|aufträge|kunden|réservations|commandes|ventes)\b"
    r"|\b(?:refund\w*|comp(?:ed|ing)|erstatt\w*|rembours\w*|devolv\w*)\b[^.;]{0,60}\b(?:customers"
    r"|clients|guests|members|every one|kundschaft|kunden|clientes|huéspedes|socios|adhérents)"
    r"\b|\binvit\w* (?:\w+ ){0,2}(?:cenas|comidas)\b|\b(?:oversold|overbooked|überbucht)\b"
    r"|\bvendimos \d+ productos que ya no\b|\b(?:bad|negative|angry) (?:reviews|posts)\b"
    r"|\bmalas (?:valoraciones|reseñas)\b|\bschlechte bewertungen\b|\bmauvais avis\b"
    r"|\b(?:dozens|hundreds) of complaints\b",
    r"\b(?:regulator|ombudsman|ordnungsamt|schulamt|gewerbeaufsicht|defensor del pueblo"
    r"|inspección educativa|trading standards|médiateur|dgccrf|conseil municipal)\b"
    r"|\b(?:vertragsstrafe|contract penalty|penalty clause|pénalités? de retard|penalización)\b"
    r"|\b(?:third|fourth) time now\b|\bdas (?:ist )?(?:jetzt )?(?:das )?(?:dritte|vierte) mal\b"
    r"|\b(?:tercera|cuarta) vez desde\b|\b(?:troisième|quatrième) fois depuis\b",
    r"\b(?:our|my|unser\w*|notre|nuestr[oa]|l')\s?(?:CEO|CFO|COO|CIO|CTO|CRO|owners?"
    r"|managing partner|geschäftsführer\w*|associé gérant|director financiero|directora? general"
    r"|directeur général|PDG)\b[^.;]{0,40}\b(?:asked|asks|has asked|wants|hat (?:mich )?(?:\w+ )?"
    r"gefragt|m'a demandé|me ha preguntado|ha preguntado|pregunta)\b"
    r"|\b(?:we'?ll|we will|we would|nos|wir)\b[^.;]{0,20}\b(?:move to|switch to|cambiamos de"
    r"|wechseln (?:zu|den anbieter))\b",
    # defs-1: a hard deadline at risk (a launch or a start bound to a date)
    rf"\b{EVENT}\b[^.;]{{0,50}}\b(?:on|is on|is|by|before|am|le|el|op|il|em|a|para|est|es"
    rf"|ist|del|tombe|starts?|begin|begins|start)"
    rf" {DATE}|\b(?:before|by|ahead of|until|vor|bis|avant|antes de|vóór|prima d\w*|até"
    rf"|jusqu'(?:au|à la)|hasta (?:el|la))"
    rf" (?:the |our |our next |unser\w* |notre |nuestr[oa] |onze |il nostro |nosso |o nosso"
    rf" |dépôt des )?{EVENT}\b",
    # ... or the date first, then what opens or switches over on it ("El día 15 abrimos las
    # reservas", "zum 1. Juli alle 14 Filialen umstellen")
    rf"\b{DATE}[^.;]{{0,10}}\b(?:abrimos|abriremos|we open|we launch|lanzamos|ouvrons"
    rf"|lançons|eröffnen|starten)\b (?:\w+ ){{0,2}}(?:reservas|bookings?|tienda|shop|store"
    rf"|season|temporada|inscripciones|registrations?|doors|puertas|ventas|sales|boutique"
    rf"|magasin|saison|réservations|inscriptions|laden|buchungen|anmeldung\w*)\b"
    rf"|\b(?:zum|by|for|pour le|para el|ab|au|am|on|le|el) {DATE}[^.;]{{0,60}}"
    r"\b(?:umstellen|umzustellen|umstellung|migrat\w*|switch\w* over|go live|basculer|migrer"
    r"|migrar|einführen|roll(?:ing)? out)\b",
    # defs-1: the renewal at risk, said as what it now hangs on ("won't raise the purchase
    # order for the renewal until that credit is on our account", "ne validera pas le
    # renouvellement tant que", "SSO a condition for every tool we keep")
    r"\b(?:renewal|renouvellement|renovación|verlängerung|purchase order|bon de commande"
    r"|orden de compra)\b[^.;]{0,60}(?<!due )(?<!up )\b(?:until|unless|while (?:this|that"
    r"|it)|tant que|hasta"
    r" que|solange|à moins)\b(?! (?:\d{4}|next year)\b)"
    r"|\b(?:until|unless|tant que|hasta que|solange)\b[^.;]{0,60}"
    r"\b(?:renewal|renouvellement|renovación|verlängerung)\b|\bcondition\b[^.;]{0,60}"
    r"\b(?:renew\w*|we keep|renouvel\w*|renova\w*)|\b(?:not sure|unsure)\b[^.;]{0,20}\b(?:I|we)"
    r" can (?:make the case|justify)\b",
    # ... or a competitor looked at: alternatives sought, another vendor's demo or quote
    r"\b(?:want|wants|look\w* (?:for|at)|find|seek\w*|busque|buscar|chercher|suchen"
    r"|consider\w*)\b (?:\w+ ){0,2}alternativ\w*\b[^.;]{0,60}\b(?:before|antes|avant|bevor"
    r"|vendors?|providers?|suppliers?|proveedores|fournisseurs|anbieter|renew\w*|sign\w*"
    r"|firm\w*|commit\w*)|\balternatives? on the table\b|\b(?:demo"
    r"|démonstration|demostración|quote|devis|angebot|presupuesto|offre|proposal)\b (?:\w+ )"
    r"{0,3}(?:from|à|de|von|bei) (?:another|a different|un autre|une autre|otro|otra|einem"
    r" anderen|a competitor|un concurrent|two other|three other|other|d'autres|otros|anderen)"
    r"\b|\b(?:comparison|competing|rival) (?:quotes|offers|bids)\b"
    r"|\basked \w+ for a (?:[\w-]+ ){0,2}quote\b|\bquotes? from (?:at least |mindestens |au"
    r" moins |al menos )?(?:two|three|zwei|drei|deux|trois|dos|tres) other\b"
    # ... said softly: a demo sat through, an intro call had, a trial started, a side-by-side
    r"|\b(?:sitting through|sat through|had|booked|started|starting|running|seen) (?:a |an )?"
    r"(?:demo|intro(?:ductory)? call|trial|pilot|presentation) (?:of|from|with) (?!you\b"
    r"|your\b|us\b|the\b|a\b|an\b|our\b|new\b)\w+|\bdemandé des démonstrations\b|\b(?:asked for"
    r"|requested) demos?"
    r" (?:from|of)\b|\bconcurrent nous a (?:\w+ )?présenté\b|\b(?:empezado|iniciado"
    r"|comenzado) una prueba de\b"
    r"|\b(?:schauen|sehen|testen) uns (?:\w+ ){0,3}parallel\b|\bside-by-side\b"
    r"[^.;]{0,60}\b(?:versus|vs\.?|against|compared)\b|\bcompar\w* (?:your|votre|vuestra|su"
    r"|ihre) (?:solution|tool|outil|herramienta|lösung|produit|product|system|système)\b"
    r" (?:avec|with|con|mit) (?:celle|that|la|die|the)\b|\b(?:find out|look into|see) what"
    r" (?:the )?alternatives\b"
    r"|\bcompar\w* (?:your|vuestra|votre|ihre|su|the) (?:\w+ )?(?:with|con|avec|mit) (?:two"
    r"|three|other|otras|otros|dos|tres|d'autres|deux|trois|anderen|zwei|drei)\b",
    # ... or the renewal left unsigned, paying for it questioned, the champion leaving
    # before it ("the renewal paperwork is on my desk and I'm not signing it like this")
    r"\b(?:I'?m not|I am not|I won'?t be|I will not be) signing\b(?! in| up| on| off)"
    r"|\bunterschreibe ich (?:sie"
    r" |das |ihn )?(?:so )?nicht\b|\bne (?:le |la )?signerai pas\b|\bno (?:la |lo )?(?:voy a"
    r" )?firmar(?:é)?\b|\b(?:whether|if|ob|si|s'il)\b[^.;]{0,40}\b(?:(?:keep|continue|carry on)"
    r" paying|continuer à payer|seguir pagando|weiter (?:\w+ )?(?:zahlen|bezahlen))\b"
    r"|\b(?:verlasse|me voy de la empresa|I'?m leaving (?:the company|at the end)|je quitte"
    r" (?:l'entreprise|la société)|part dans (?:trois|deux|quelques|\d+) semaines|leaves in"
    r" (?:two|three|a few|\d+) weeks)\b[\s\S]{0,300}\b(?:renewal|renew|verlängerung"
    r"|vertragsverlängerung|renovación|renouvellement|échéance)\w*",
    # ... or a switch planned for the renewal
    RENEWAL_SWITCH,
    # ... or our people failing again and again: the fourth time asked, tickets reopened
    # twice, a session called off again
    r"\b(?:es la|c'est la|das ist die) (?:tercera|cuarta|quinta|troisième|quatrième"
    r"|cinquième) (?:\w+ )?(?:(?:vez|fois) que (?:pedimos|escribimos|llamamos|reclamamos"
    r"|os |les |nous |vous |on vous|demandons|écrivons|appelons)|reunión|sesión|séance"
    r"|réunion)|\b(?:asked|chased)"
    r" (?:for updates )?(?:daily|every day|five times|several times|repeatedly)\b"
    r"|\bfünfmal (?:\w+ ){0,3}gefragt\b|\b(?:response|reply|first answer)\b[^.]{0,60}"
    r"\b(?:one|1|two|2) (?:working|business) days?\b|\b(?:fourth|fifth) set of\b"
    r"|\breopened\b[\s\S]{0,200}"
    r"\breopened\b|\b(?:wieder|erneut|schon wieder) (?:ausgefallen|abgesagt|nicht erschienen)"
    r"\b|\bsecond (?:\w+ )?(?:review|meeting|session|call|workshop|visit|time) in a row\b",
    # ... or their busiest week about to start, on a date ("starts soon" is no deadline)
    r"\b(?:(?:busiest|biggest|peak) (?:week|weekend|day|month|period)|semana más (?:fuerte"
    r"|intensa)|semaine la plus (?:chargée|intense)|(?:stärkste|wichtigste) woche)"
    r"(?: of the year| del año| de l'année| des jahres)?\b[^.;]{0,30}\b(?:starts?|begins?|is"
    rf"|empieza|comienza|commence|beginnt)\b[^.;]{{0,5}}{DATE}",
    # ... or the renewal hanging on the price: the budget set on last year's price, the
    # group deciding which platform it keeps
    r"\b(?:budget|haushalt\w*|presupuesto)\b[^.;]{0,40}\b(?:approved|set|voted|agreed|based"
    r"|planned|voté|aprobado)\b[^.;]{0,20}\b(?:on|with|sur|con) (?:the |l'|el )?(?:old|last"
    r" year's|current|previous|ancien|anterior|actual) (?:price|tarif|precio)\b|\bmit dem alten"
    r" preis beschlossen\b|\b(?:decide|choose|choisira|entscheide\w*|decidir\w*)\b[^.;]{0,40}"
    r"\b(?:which|welche\w*|celui|cuál)\b[^.;]{0,40}\b(?:keep|gardons|behalten|mantenemos"
    r"|nos quedamos)\b|\bnous facturons nos clients\b[^.;]{0,40}\ble \d|\b(?:perdemos"
    r" la partida|won'?t approve this invoice)\b",
    # ... or their people on overtime every evening
    r"\b(?:machen|make|making|work|working|doing|font|hacen) (?:\w+ ){0,3}(?:überstunden"
    r"|overtime|heures supplémentaires|horas extra)\b",
    # ... or money held back, lawyers disputing it
    r"\bwithhold\w* (?:\w+ ){0,3}(?:payment|invoice|fees?)\b|\bwon'?t be paying\b"
    r"|\b(?:will not|won'?t|refuse to) pay\b(?! (?:by|with|via|per|in) )|\b(?:rechnungen"
    r"|zahlungen|zahlung)\b[^.;]{0,40}\bgesperrt\b"
    r"|\bbloqu\w* (?:le|les) paiements?\b|\bretener (?:el|los) pagos?\b|\bsuspend\w* (?:the"
    r" )?payment|(?:\b(?:lawyers?|legal (?:counsel|team|department)|rechtsabteilung|anwalt"
    r"|avocats?|service juridique|abogad[oa]s?|asesoría jurídica)\b[^.;]{0,60}\b(?:disput\w*"
    r"|claim|penalty|breach\w*|widerspr\w*|forderung|litige|contest\w*|reclamación|impugn\w*)"
    r"|\b(?:disput\w*|breach\w*|widerspr\w*|litige|contest\w*|impugn\w*)\b[^.;]{0,60}"
    r"\b(?:lawyers?|legal"
    r" (?:counsel|team|department)|rechtsabteilung|anwalt|avocats?|service juridique"
    r"|abogad[oa]s?|asesoría jurídica))\b",
    # ... or a response time the contract sets, said in hours
    r"\b(?:\d+|two|four|eight)[- ](?:business[- ]|working[- ])?hours?\b[^.;]{0,30}\b(?:first )?"
    r"(?:response|reply)\b|\b(?:first )?(?:response|réponse|reply|antwort|respuesta)\b[^.;]{0,30}"
    r"\b(?:within|sous|innerhalb|en menos de|dans les) (?:\d+|four|eight|two|deux|quatre|huit)"
    r" ?(?:h\b|hours?|heures?|stunden|horas)",
    # ... or many of their own people's hours: a hundred extra calls a day
    r"\b(?:\d{2,}|dozens of|hundreds of) (?:extra |additional |more |zusätzliche )?(?:calls"
    r"|tickets|e-?mails|anrufe|appels|llamadas)\b[^.;]{0,20}\b(?:a|per|pro|par|al|am) (?:day"
    r"|tag|jour|día)\b|\b(?:\d{2,}|dozens of|hundreds of) (?:extra |additional |zusätzliche )?"
    r"(?:calls|anrufe|appels|llamadas)\b[^.;]{0,20}\b(?:daily|täglich|quotidien\w*|diari[oa]s)\b"
    r"|\b(?:los\w*|spend\w*|spent|costs?|cost\w*|tak\w*|eat\w*)\b (?:\w+ ){0,4}"
    r"(?:\d+|two|three|several) hours (?:a |per |every )?(?:day|daily)\b"
    r"|\bstunden (?:am|pro) tag\b|\bheures par jour\b|\bhoras (?:al|por) día\b",
    # ... or the date first: "Am 20. März kommt unser Steuerprüfer", "on 3 May the auditors
    # arrive"
    rf"\b{DATE}\b[^.;]{{0,20}}\b(?:comes?|arrives?|visits?|starts?|is|kommt|kommen|beginnt"
    rf"|ist|vient|viennent|arrive(?:nt)?|commence|llega(?:n)?|viene(?:n)?|empieza|komt|komen"
    rf"|arriva(?:no)?|vem|chega(?:m)?)\b[^.;]{{0,40}}\b{EVENT}\b"
    rf"|\b{DATE},? (?:the |our |unser\w* |nos |nuestros )?{EVENT} (?:come|arrive|visit"
    r"|start|kommen|arrivent|llegan)s?\b",
)

CRITICAL_SAID = cues(
    # nobody can get in, no card is taken, no booking comes in, the diary will not load for
    # anyone, the backup is gone too, the payroll cannot go out
    r"\bno (?:parent|teacher|user|one|staff|employee|customer|patient|member|agent|driver"
    r"|nurse|doctor|clinician|pupil|student)s? (?:or (?:\w+) )?can (?:log ?in|sign in|access"
    r"|book|pay|order)\b(?! (?:the api|fine|that|this feature))"
    r"|\bkartenzahlungen? (?:gehen|geht) (?:gar )?nicht\b|\bkeine kartenzahlung\w* möglich\b"
    r"|\b(?:three|two|\d+) of (?:our|the) (?:\w+ )?lines (?:are )?(?:standing still|stopped"
    r"|down|on hold)\b|\blines? (?:are )?standing still\b|\bne prenons plus de (?:réservations"
    r"|commandes)\b|\bni podemos dar citas\b|\bwe(?:'re| are) not taking (?:any )?(?:online )?"
    r"(?:bookings|orders)\b(?! on (?:sundays|weekends|holidays)| anyway)"
    r"|\bse queda cargando en todos\b|\b(?:sicherung|backup|sauvegarde"
    r"|copia de seguridad)\b[^.;]{0,40}\b(?:fehlt|is missing|is gone|manque|falta)\b"
    r"|\b(?:payroll|paie|nómina|pay date|bank submission)\b[^.;]{0,80}\b(?:cannot|can'?t"
    r"|unable to)\b (?:send|run|submit|process|pay) (?:it|them|the (?:file|payroll|payments?"
    r"|submission))\b|\b(?:ne pouvons pas|no podemos)"
    r" (?:valider|verser|lancer|validar|pagar|procesar) (?:la paie|las nóminas|la nómina)\b",
    # their lines stand, nothing leaves the building, the people are to be paid today
    r"\b(?:linien|bänder|maschinen|anlagen)\b (?:stehen|steht)(?: still| komplett)?(?=[.,;!]|$"
    r"| und\b)|\b(?:both|all) (?:production )?"
    r"lines (?:are )?(?:stopped|down|standing|stand)\b"
    r"|\b(?:las )?(?:dos )?líneas (?:están )?paradas"
    r"\b|\bles (?:deux )?lignes sont (?:arrêtées|à l'arrêt)\b|\bnothing is (?:leaving|going out"
    r"|shipping)\b|\bnichts verlässt\b|\brien ne sort\b|\bno sale nada\b"
    r"|\bpay (?:\d[\d,.]*|all (?:our )?\d*) ?(?:people|employees|staff|workers)\b[^.;]{0,10}"
    r"\btoday\b|\b\d+ (?:\w+ )?(?:agents|staff|people|employees|pickers|drivers|workers|nurses"
    r"|operators|cashiers)(?: are)? (?:sitting|standing) idle\b"
    # nobody has been able to work, no store can take a payment
    r"|\b(?:nobody|no one|none of (?:our|the))\b(?: \w+){0,6} (?:has|have) been able to (?:log ?in"
    r"|sign in|access|work|use)\b|\b(?:ningun[ao]|none|keine\w*|aucun\w*) (?:\w+ ){0,5}(?:puede\w*"
    r"|can|kann|können|peu(?:t|vent)) (?:\w+ )?(?:cobrar|take (?:card )?payments|kassieren"
    r"|encaisser)\b"
    # records put on the wrong person: "ordnet Befunde den falschen Patienten zu"
    r"|\b(?:to|den|aux?|al|a los) (?:the )?(?:wrong|falschen|mauvais|equivocad[oa]s?)"
    r" (?:patients?|patienten|clients?|kunden|customers?|employees?|mitarbeiter\w*|pacientes?"
    r"|empleados?)\b"
    # the money they collect not going out: the bank file empty, the direct debits not made
    r"|\b(?:remesas?(?: de cobro)?|direct debits?|lastschrift\w*|prélèvements?|bank file"
    r"|fichero (?:para el|del) banco|bankdatei)\b[^.;]{0,40}\b(?:no se generan?|won'?t generate"
    r"|(?:is|are) empty|(?:isn'?t|is not|aren'?t|are not) generated|sale vacío|comes out empty"
    r"|wird nicht (?:erzeugt|erstellt|generiert)"
    r"|ne (?:se )?génèr\w* pas)|\bno se generan? las remesas\b|\beste mes no cobramos\b",
)

# A sentence that says the matter is fine, over or their own doing: "went smoothly",
# "everything works perfectly", "the inspectors visited and were impressed", "we assigned
# them to the wrong patients by mistake", "the calls have gone down".
_FINE = re.compile(
    r"\b(?:went (?:smoothly|well|fine)|(?:all|everything|todo|tout|alles) (?:is |went |ist |est"
    r" |está |va |funktioniert |fonctionne |funciona )?(?:fine|good|well|perfect\w*|bien|gut"
    r"|prima)|works? (?:fine|perfectly|well)|funciona perfect\w*|impressed|thanks? (?:you )?for"
    r" (?:the|your|a) (?:\w+ )?(?:demo|event|visit|fix|help|support|session|training|workshop"
    r"|card)|looks? (?:great|good|fine)|visited|took place|fand statt|a eu lieu|tuvo lugar"
    r"|by mistake|accidentally|versehentlich|par erreur|por error|(?:has|have) gone down"
    r"|(?:has|have) (?:cut|reduced|halved) (?:that|it|this|them))\b",
    re.IGNORECASE,
)
# A thread that says there is no hurry (defs-1 low: "no rush").
_UNHURRIED = re.compile(
    r"\b(?:no rush|no hurry|nothing urgent|not urgent|rien d'urgent|pas urgent|keine eile"
    r"|nicht dringend|sin prisa|no es urgente|nada urgente)\b",
    re.IGNORECASE,
)


# A workaround said to work and no one held up: "the second try always works", "which works
# fine", "neither stops anyone working", "hält aber niemanden auf", "ça marche" (defs-1
# medium: "a real problem with a workaround and no deadline").
_CONTAINED = re.compile(
    r"\b(?:(?:second|next) (?:try|attempt) (?:always )?works|(?:which|that|and that|this) works"
    r"(?: fine| well)?|works fine|retrying works|(?:neither|it doesn'?t|doesn'?t) stop\w* anyone"
    r"|beim zweiten versuch klappt|dann klappt es|klappt es|hält aber niemanden auf"
    r"|funktioniert (?:gut|problemlos|einwandfrei)|ça marche|ça fonctionne"
    r"|al reintentarlo,? funciona|si vuelvo a pulsarlo,? funciona|funciona sin problema"
    r"|nada que les impida trabajar|ne bloque personne)\b",
    re.IGNORECASE,
)


def contained(text: str) -> bool:
    """Whether the thread says its workaround works and holds no one up."""
    return bool(_CONTAINED.search(text))


def _told_as_trouble(text: str) -> str:
    """The text without the sentences that say the matter is fine, over or their own."""
    return without_sentences(text, _FINE.search)


def said_high(text: str, whole: str = "") -> list[str]:
    """The words saying high by what the problem costs, or none; none when ``whole`` (the
    thread as written, before "no rush" is taken out of it) says there is no hurry."""
    if _UNHURRIED.search(whole or text):
        return []
    return hits(HIGH_SAID + SCOPE_HIGH, _told_as_trouble(text))


def said_critical(text: str) -> list[str]:
    """The words saying critical by what stopped or who was harmed, or none."""
    return hits(CRITICAL_SAID, _told_as_trouble(unplanned(text)))
