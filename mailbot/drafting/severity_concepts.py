"""Severity concepts written as scope plus effect, not as phrases (EN/DE/FR/ES/NL/IT/PT).

severity_cues.py grew from the wordings of the tuning threads and held up poorly on
threads nobody tuned for: "the whole team is locked out" or "entries have vanished" said
nothing it knew. These tables state defs-1's levels as combinations any customer uses: who
is hit (everyone, the whole team, a single user), what happened (cannot work, data gone,
site down) and when it matters (a launch or a hard date). severity_cues.py adds them to
its lists, so rules.py's ordering logic is unchanged.
"""

from __future__ import annotations

import re

from mailbot.drafting.cues import OTHERS_DATA, cues
from mailbot.drafting.dates_said import DATE, DAY, MONTH

# Everyone, or the whole of a team or company, in every language ("at all" is no scope).
_ALL = (
    r"(?:every(?:one|body| single)?|(?<!\bat )all (?:of )?(?:our|the|\d+)?|whole|entire"
    r"|nobody|no one|alle[nrs]?|gesamte\w*|ganze\w*|niemand|tou(?:s|tes?)|personne|aucun\w*"
    r"|tod[oa]s?|ningún|ninguna|nadie|hele|iedereen|tutt[ioe]|intero|nessuno|ninguém)"
)
# Cannot work at all: locked out, no access, unusable, not working.
_STOPPED = (
    r"(?:locked out|no access|(?:can ?not|can'?t|unable to) (?:log ?in|sign in|access|work|use)"
    r"|unusable|not working|(?:doesn'?t|does not|don'?t) work|kein(?:en)? zugriff|unbenutzbar"
    r"|nicht (?:mehr )?(?:arbeiten|anmelden|einloggen)|funktioniert nicht|aucun accès"
    r"|inutilisable|ne (?:peu(?:t|vent)|fonctionne) (?:plus|pas)|n'est (?:plus )?possible"
    r"|sin acceso|inutilizable|no (?:puede|pueden|funciona)|geen toegang|onbruikbaar"
    r"|(?:kan|kunnen) niet (?:inloggen|werken)|niet (?:meer )?(?:inloggen|werken)|werkt niet"
    r"|nessun accesso|inutilizzabile|non (?:può|possono|funziona)"
    r"|sem acesso|inutilizável|não (?:pode|podem|funciona)"
    # "aucune de nos pharmacies ne peut délivrer" (formal French drops the "pas")
    r"|ne peu(?:t|vent) (?:plus |pas )?(?:délivrer|encaisser|vendre|travailler|se connecter"
    r"|accéder|ouvrir|imprimer|facturer|livrer))"
)
_DATA = (
    r"(?:data|records?|entries|files|documents|orders|invoices|photos|history|submissions"
    r"|appointments|bookings|buchungen|réservations|reservas|citas|termine|dossiers|fiches"
    r"|expedientes|akten"
    r"|commandes|pedidos|bestellungen|aufträge|everything we"
    r" (?:saved|entered|uploaded)|daten|einträge|dateien|dokumente|données|fichiers"
    r"|enregistrements|datos|registros|archivos|gegevens|bestanden|dati|registrazioni|dados"
    r"|ficheiros|arquivos)"
)
# "the orders tab has disappeared": a screen element named after the data, not the data
_NOT_UI = r"(?! (?:tab|button|menu|icon|link|column|field|filter|page|view|screen|widget)s?\b)"
_GONE = (
    r"(?:vanished|disappeared|gone missing|been (?:deleted|erased|wiped|lost)|(?:was|were|got)"
    r" lost|verloren gegangen|(?:ont été|sont) perdu\w*|se (?:han|ha) perdido|andat[oi] pers[oi]"
    r"|foram perdid\w*|verschwunden"
    # whole words: "sumi" is also the start of "Suministros", "spari" of "sparingly"
    r"|disparu\w*|desaparec\w*|verdwenen|spari(?:t[oaie]|sc\w+|re)|scompars\w*"
    r"|sumi(?:u|ram|d[oa]s?|ndo)\b"
    r"|apagad\w*)"
)
# By a date, or by "that date" said before it.
_BY_THEN = (
    rf"\b(?:by|before|bis|vor|avant|antes del?|vóór|voor|entro|prima d\w*|até) (?:{DATE}"
    r"|(?:that|this|cette|dieses|diesem|esa|esta|deze|quella|essa) (?:date|datum|fecha|data"
    r"|day|jour|tag|día)\b)|\bby then\b|\bd'ici là\b|\bbis dahin\b|\bpara entonces\b"
)
# What a customer demands of us by then.
_REMEDY = (
    r"(?:fix|solution|answer|explanation|correction|response|reply|proposal|credit|refund"
    r"|resolution|lösung|antwort|korrektur|erklärung|gutschrift|réponse|correctif|proposition"
    r"|remboursement|avoir|solución|respuesta|propuesta|corrección|explicación|reembolso"
    r"|commitment|zusage|engagement|compromiso"
    r"|it (?:fixed|sorted|resolved))"
)
# Slowed many times over: twice as long, a minute, twenty seconds (per step).
_SLOWED = (
    r"(?:twice|doppelt|deux fois|el doble|(?:a |one |eine |une |un )?minut[eo]s?n?"
    r"|\d+ (?:(?:to|bis|à|a) \d+ )?(?:seconds|sekunden|secondes|segundos))\b"
)
HAND_ONLY = (
    r"(?:by hand|manually|on paper|von hand|per hand|händisch|manuell|auf papier|à la main"
    r"|manuellement|sur papier|a mano|manualmente|en papel|met de hand|handmatig"
    # re-keyed, stitched together, clicked one at a time, kept on a whiteboard
    r"|re-?key\w*|re-?typ\w*|ressaisi\w*|abtipp\w*|stitch\w* (?:\w+ ){0,3}together"
    r"|whiteboard|tableau blanc|pizarra)"
)
_BY_HAND = (
    rf"(?:work\w* around|spreadsheets?|excel|{HAND_ONLY}|phoning (?:each other|round)"
    r"|reprint\w*|splitting \w+ by hand)"
)
# A share of their people or sites ("two thirds of our nurses", "la moitié de nos", "every
# dispatcher", "all 14 branches"): many users, for defs-1's painful workaround.
_SHARE = (
    r"(?:(?:two|three) (?:thirds|quarters) of|half (?:of )?|most of|deux tiers de|trois quarts"
    r" de|la moitié de|la plupart de|la mayoría de|dos tercios de|la mitad de|die hälfte"
    r"|zwei drittel|drei viertel|die meisten)"
)
_PEOPLE = (
    r"(?:team|staff|department|company|office|users|agents|drivers?|sales\w*|dispatchers?"
    r"|nurses?|tills?|branches|stores?|shops?|sites?|clinics?|wards?|depots?"
    r"|technicians?|engineers?|cashiers?|accountants?|accounts team|night shift|shift"
    r"|équipe\w*|equipo|equipa|squadra|abteilung|afdeling|firma|empresa|azienda|buchhaltung"
    r"|disponenten|fahrer\w*|filialen|pflegekräfte|infirmières|infirmiers|comptab\w*"
    r"|agences|magasins|repartidores|conductores|enfermer[oa]s|tiendas|sucursales)"
)
CRITICAL = cues(
    # defs-1: unusable for most users now
    rf"\b{_ALL}\b[^.;]{{0,60}}\b{_STOPPED}|\b{_STOPPED}\b[^.;]{{0,40}}\b{_ALL}\b",
    # defs-1: data lost
    rf"(?<!\bno )\b{_DATA}\b{_NOT_UI}[^.;]{{0,50}}\b{_GONE}|\b{_GONE}\b[^.;]{{0,30}}\b{_DATA}\b"
    rf"{_NOT_UI}",
    # down now (not "was down": an outage that is over is not critical)
    r"\b(?:shop|site|website|store|portal|app|platform|system|service|server|checkout|API"
    r"|plattform|plateforme|plataforma|piattaforma|sistema|systeem|webshop)"
    r" (?:is|are|has been|have been|ist|est|está|están|è|sono|estão) (?:still |completely"
    r" |totally |komplett |complètement |completamente |noch |toujours )?(?:down|offline"
    r"|unreachable|ausgefallen|en panne|hors service|caíd[oa]s?|fuera de servicio|plat"
    r"|fuori servizio|fora do ar|em baixo)\b",
    # down for a while and still down: "has been down for 35 minutes", "lleva una hora caído"
    r"\b(?:has|have) been (?:down|offline|unreachable) (?:for|since)\b"
    r"|\b(?:system|platform|service|site|website|shop|API|app|portal|checkout|server)s?"
    r" (?:has|have) been (?:returning errors|failing) (?:for|since)\b"
    r"|\bist seit\b[^.;]{0,30}"
    r"\b(?:down|offline|ausgefallen|nicht erreichbar)\b|\b(?:est|sont) (?:en panne|hors ligne)"
    r" depuis\b|\bllevan? [^.;]{0,30}\b(?:caíd[oa]s?|sin servicio|fuera de servicio)\b"
    r"|\bligt (?:al|sinds)\b[^.;]{0,30}\bplat\b|\b(?:è|sono) (?:giù|offline|ferm[oi]) da\b"
    r"|\b(?:está|estão) fora do ar há\b",
    # defs-1: payroll that cannot be run, which stops the payments it feeds
    r"\b(?:can'?t|cannot|unable to|not able to) (?:run|process|export|submit) (?:the |our |this"
    r" (?:month'?s|week'?s) )?(?:payroll|wages|salaries|pay ?run)\b|\b(?:payroll|pay ?run)\b"
    r"[^.;]{0,20}\b(?:can'?t|cannot|won'?t) (?:run|go out|be run|be processed|submit|send"
    r"|generate)\b"
    r"|\b(?:lohnabrechnung|gehaltsabrechnung)\b[^.;]{0,30}\b(?:nicht|kann nicht)\b"
    r"[^.;]{0,20}\b(?:laufen|erstellen|durchführen)\b|\bne (?:pouvons|peut) pas (?:lancer|faire)"
    r" la paie\b|\bno (?:podemos|puede) (?:procesar|pagar|generar) (?:las )?nóminas?\b",
    # defs-1: a privacy breach (someone's data shown to someone else)
    OTHERS_DATA,
    # defs-1: payments not going out, or nothing of what the business does leaving it
    # (they had to stop them: "can you hold the payment?" asks us, it is no outage)
    r"\b(?:had|'ve had|have had|has had) to (?:stop|halt|suspend) (?:all )?(?:the |our )?"
    r"payments\b"
    r"|\bpayments (?:have|had) (?:been )?(?:stopped|halted)\b"
    r"|\b(?:tenido|tenemos|tuvimos) que (?:parar|detener|suspender) (?:todos )?los pagos\b"
    r"|\bzahlungen\b[^.;]{0,20}\b(?:gestoppt|angehalten|eingestellt)\b"
    r"|\bdû (?:arrêter|suspendre|bloquer) (?:les|tous les) paiements\b"
    r"|\b(?:can'?t|cannot|unable to) (?:\w+ ){0,4}(?:release|ship|dispatch|sell|serve)"
    r" (?:any|a single)\b(?! \w+ (?:to|for|in|until|before) )",
    # the business's own work stopped now: its lines, shipping, invoicing; none goes through
    # (not "line breaks have stopped showing", "stopped at 10pm as planned")
    r"\b(?:(?:production|assembly|packing|packaging|bottling) lines?|lines? \d+(?: and \d+)?"
    r"|production|plant|factory|shipping|dispatch|deliveries|picking|packing|checkout|tills"
    r"|invoicing|billing) (?:has|have) (?:completely |all )?(?:stopped|come to a (?:halt"
    r"|standstill))\b(?! \w+ing\b)(?! at \d)(?! (?:every|each)\b)"
    r"|\b(?:we'?ve had|we have had|we had|had) to stop all (?:invoicing|billing|shipping"
    r"|sales|deliveries|production|orders|bookings|dispatch)\b|\bwe'?ve stopped all"
    r" (?:invoicing|billing|shipping|deliveries|production|dispatch)\b"
    r"|\b(?:versand|produktion|auslieferung|kommissionierung|fertigung|kasse)\b[^.;]{0,20}"
    r"\bsteht(?: (?:still|komplett|seit|gerade)\b|[.!])|\b(?:kann|können) (?:keine|keinen)"
    r" \w+ mehr\b"
    r"|\bplus aucun\w*\b[^.;]{0,40}\bn'(?:aboutit|passe|part)\w*",
    # defs-1: billing that cannot go out stops the money coming in
    r"\b(?:can'?t|cannot|unable to) (?:issue|send|run) (?:any )?(?:invoices|invoicing|billing"
    r"|bills)\b(?! until| before| in | from )|\bno podemos (?:emitir|enviar|generar)"
    r" (?:la facturación|ninguna factura)\b|\bne pouvons plus facturer\b"
    r"|\bkönnen keine rechnungen mehr\b",
    # defs-1: payroll or payments not going out
    r"\b(?:salaries|wages|payroll|payments|staff|employees|people) (?:will|would|are|can)"
    r" (?:not|n't) (?:go out|be paid|get paid|be sent)\b|\b(?:won'?t|will not|cannot|can'?t)"
    r" (?:be )?(?:paid|pay (?:our|the) (?:staff|employees|people))\b"
    r"|\b(?:gehälter|löhne)\b[^.]{0,40}\bnicht\b[^.]{0,20}\b(?:ausgezahlt|überwiesen)"
    r"|\bsalaires\b[^.]{0,30}\bne (?:seront|sont) pas (?:versés|payés)"
    r"|\b(?:nóminas|sueldos|salarios)\b[^.]{0,30}\bno (?:se )?(?:pagan|pagarán|saldrán)"
    r"|\b(?:salarissen|lonen)\b[^.]{0,40}\bniet\b[^.]{0,20}\buitbetaald"
    r"|\bstipendi\b[^.]{0,30}\bnon (?:saranno|vengono|verranno) pagati"
    r"|\bsalários\b[^.]{0,30}\bnão (?:serão|são|vão ser) pagos",
)

HIGH = cues(
    rf"\b(?:need|needs|must|have to|has to|required|müssen|muss|brauchen|braucht|brauche"
    rf"|devons|doit|exige|il nous faut|avons besoin|tenemos que|debemos|necesitamos|necesito|moeten"
    rf"|dobbiamo|deve|precisamos|temos de)\b[^.;]{{0,60}}{_BY_THEN}",
    # a fix, an answer or money demanded by a date ("I want a fix and an explanation by
    # Friday 1 May", "j'exige une proposition corrigée avant cette date"); not a wish with a
    # date ("we'd just want the new logo by Friday, no rush")
    rf"\b(?:want|wants|expect|expects|demand|demands|erwarte|erwarten|verlange|verlangen"
    rf"|exigeons|attendons|exijo|exigimos|'d like|would like|bitte um|bitten um|souhaite\w*"
    rf"|besoin d'|necesito|necesitamos)\b[^.;]{{0,30}}\b{_REMEDY}\b[^.;]{{0,40}}"
    rf"{_BY_THEN}",
    # a peak season or reports that start or go out on a day of a month (a weekday alone
    # is a setting: "the calendar week starts on Sunday"; a fiscal year is no deadline)
    r"\b(?:peak|season|saison|temporada|reports?|bulletins|zeugnisse|pack|mailing|newsletter"
    r"|catalogue|catalog)\b[^.;]{0,30}"
    rf"\b(?:starts?|begins?|commence\w*|beginnt|empieza|comienza|go(?:es)? (?:home|out|live))"
    rf" (?:on |le |el |am )?(?:{DAY}(?:st|nd|rd|th|er|º)?\.? (?:de |of )?{MONTH}"
    rf"|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b)",
    # a rule that applies from a date ("from 1 October all systems must use SSO")
    rf"\b(?:from|as of|starting|ab|à partir du|a partir del?|vanaf|dal|a partir de) {DATE}"
    r"[^.;]{0,60}\b(?:must|have to|has to|need to|required|mandatory|müssen|muss|doivent"
    r"|obligatoire|deben|obligatorio|moeten|verplicht|devono|obbligatori[oa]|devem"
    r"|obrigatóri[oa])\b",
    # defs-1: an important function broken for many, with a painful workaround
    rf"(?:\b{_ALL} (?:l'|la |le |les )?(?:(?:\w+|\(\w+ \w+\)) ){{0,3}}{_PEOPLE}\b|\b{_SHARE}"
    r" (?:our|the|nos|nuestr\w*|unserer|der) \w+)[^.;]{0,80}"
    rf"\b{_BY_HAND}\b",
    # ... or every one of its steps slowed ("each scan takes 20 to 30 seconds instead of
    # one", "cada entrega tarda el doble", "jede Buchung dauert eine Minute"): working, but
    # a painful workaround all day (not "the export takes twice as long on Safari")
    rf"\b(?:every|each|jede[rsn]?|chaque|cada)\b[^.;]{{0,40}}\b(?:takes?|dauert|braucht"
    rf"|prend|tarda)\b[^.;]{{0,30}}\b{_SLOWED}|\b(?:takes?|dauert|braucht|prend|tarda)\b"
    rf"[^.;]{{0,30}}\b{_SLOWED}[^.;]{{0,40}}\b(?:every|each|jede[rsn]?|chaque|cada)\b"
    rf"|\b(?:bei|for|à|en|pour) (?:jede[rsn]?|every|each|chaque|cada)\b[^.;]{{0,40}}\b{_SLOWED}"
    rf"|\b(?:dauert|braucht)\b (?:jede[rsn]?|jeder)\b"
    rf"[^.;]{{0,40}}\b{_SLOWED}",
    # each of their own customers put right by hand ("calling each client to correct them",
    # "ruft sie jetzt einzeln an", "leur écrivons un par un", "llamando uno por uno")
    r"\b(?:call\w*|phon\w*|ring\w*|email\w*|writ\w*|contact\w*|correct\w*|anrufen|ruft|rufen"
    r"|schreib\w*|korrigier\w*|appel\w*|écriv\w*|corrig\w*|llam\w*|escrib\w*)\b[^.;]{0,50}"
    r"\b(?:each (?:client|customer|patient|member)|one by one|einzeln|un par un|une par une"
    r"|uno por uno|una por una)\b",
    # a launch or an opening they will have to move, or that a date binds
    r"\b(?:postpone|delay|push back|verschieben|reporter|aplazar|posponer|retrasar)\b[^.;]{0,20}"
    r"\b(?:launch|start|go-?live|opening|lancement|eröffnung|apertura|lanzamiento"
    r"|inauguración)\b|\bgeht (?:\w+ ){0,4}live\b|\bgoes live\b",
    rf"\b(?:abrimos|abriremos|we open|we're opening|eröffnen|ouvrons|ouvrirons|ouvre|opens"
    rf"|öffnet|abre)\b[^.;]{{0,40}}"
    rf"\b(?:on|el|am|le) (?:{DATE}|(?:the |día )\d{{1,2}}(?:st|nd|rd|th|er|º)?\b"
    r"|\d{1,2}(?:st|nd|rd|th|er|º)\b|\d{1,2}\.(?!\d)|(?<=le )\d{1,2}\b(?!\s*(?:pages?|%|h\b"
    r"|fois|jours|semaines|mois)))",
    # a filing that falls due on a date ("la declaración trimestral de IVA vence el 20 de
    # julio"; not "the accountant files the returns on 31 January anyway")
    rf"\b(?:declaración|declaration|return|filing|meldung|erklärung|déclaration)\b[^.;]{{0,40}}"
    rf"\b(?:vence|is due|falls due|fällig|à (?:rendre|déposer))\b[^.;]{{0,15}}{DATE}",
    r"\b(?:everything|alles|tout|todo) (?:takes|dauert|prend|tarda) (?:twice|doppelt|deux"
    r" fois|el doble)\b|\blose hours every day\b|\bverlieren (?:jeden tag )?stunden\b",
    # ... or every one of a day's many items redone by hand ("all 38 routes by hand")
    rf"\b(?:all|every one of|alle|toutes? les|tod[oa]s l[oa]s) \d+ (?:\w+ )?"
    rf"\w+\b[^.;]{{0,30}}\b{HAND_ONLY}\b|\b{HAND_ONLY}\b[^.;]{{0,20}}\b(?:for|pour|für|para)"
    r" (?:more than |over |plus de |über |más de )?\d{2,}",
)

LOW = cues(
    # defs-1: a question, "no rush", cosmetic
    r"\bnot important either way\b|\bkein stress\b|(?<!keine )(?<!keine reine )"
    r"\bschönheitssache\b|(?<!pas )\bsans importance\b",
    r"\b(?:small|little|quick|short|minor|simple) question\b|\bkleine frage\b|\bkurze frage\b"
    r"|\bpetite question\b|\bquestion rapide\b|\b(?:pregunta|duda) rápida\b"
    r"|\bpequeña (?:pregunta|duda)\b|\b(?:kleine|korte) vraag\b|\b(?:piccola|breve) domanda\b"
    r"|\bdomanda veloce\b|\bpequena (?:pergunta|dúvida)\b|\bpergunta rápida\b",
    r"\bheads-?up\b|\bFYI\b|\bfor your information\b|\bjust so you know\b|\bzur info\b"
    r"|\bpour info(?:rmation)?\b|\bpara (?:su|vuestra|vossa|sua) información\b|\bter info\b"
    r"|\bper (?:vostra )?informazione\b|\bpara (?:vossa |sua )?informação\b",
    r"\bwhenever (?:you|it suits|convenient)\b|\bget round to it\b|\bno pressure\b"
    r"|\blow priority\b|\b(?:nothing|nichts|rien|nada|niets|nulla|niente) (?:\w+ )?(?:urgent\w*"
    r"|dringend\w*|urgente)\b|\bkeine priorität\b|\bnicht eilig\b|\brien ne presse\b"
    r"|\bpas prioritaire\b|\bbaja prioridad\b|\bnada urgente\b|\blage prioriteit\b"
    r"|\bniets dringends\b|\bbassa priorità\b|\bniente di urgente\b|\bbaixa prioridade\b",
    r"\bblurr\w*|\bpixelat\w*|\bmisaligned\b|\bspelling (?:mistake|error)\b|\bunscharf\b"
    r"|\bverpixelt\b|\bflou\b|\bpixelis\w*|\bborros[oa]\b|\bpixelad[oa]\b|\bwazig\b"
    r"|\bsfocat[oa]\b|\bdesfocad[oa]\b|\bdisallineat\w*|\bverschoben\b",
    # said to do no harm: "just letting you know", "harmless", "everything works", "it
    # doesn't affect us", "stört uns kaum", "no nos afecta", "solo una sugerencia"
    r"\bjust (?:letting you know|thought you'?d (?:want|like) to know|a suggestion)\b"
    r"|\bout of curiosity\b|\bharmless\b|\b(?:not a big deal|no big deal)\b"
    r"|\b(?:doesn'?t|does not) (?:affect|bother|bug) us\b|\bstört (?:uns )?kaum\b"
    r"|\bnicht dringend\b|\bne nous gêne pas\b|\bno nos afecta\b|\bsolo una sugerencia\b"
    r"|\b(?:but|though|and|aber|und|mais|et|pero|aunque|y) (?:everything|it all|tout|todo"
    r"|alles) (?:still )?(?:works|fonctionne|funciona|funktioniert)\b|\bnothing was lost\b"
    r"|\b(?:is|are) still (?:clickable|usable|readable)\b|\bnobody (?:here )?uses it\b"
    r"|\bpersonne (?:chez nous )?ne s'en sert\b|\bnadie lo usa\b|\bniemand nutzt (?:es|das)\b",
)

# defs-1: high is "an important function broken for *many* users". One user, or a single
# colleague, unable to do something is the affected party only: the words naming them and
# their "cannot" are taken out before the levels are read (rules.py), so they alone do not
# make the thread high, while anything else in it (a deadline, a blocked team, data gone)
# still counts. A person's bare name is not read: it cannot be told from a product's.
_ONE = (
    r"(?:(?:only |just )?one of (?:our|the|my|their) (?:accountants|nurses|drivers|doctors"
    r"|teachers|managers|clerks|engineers|technicians|dispatchers|planners|pharmacists"
    r"|cashiers|advisers|advisors|consultants|recruiters|editors|translators|admins"
    r"|administrators|team members)|(?:only |just )?one (?:of (?:our|the|my|their) )?(?:\w+ )?"
    r"(?:users?|colleagues?|employees?"
    r"|staff members?|members? of staff|agents?|persons?|accounts?)|a (?:single )?(?:\w+ )?"
    r"(?:user|colleague|employee|staff member|member of staff|agent)|(?:my|our) colleague"
    r"|ein(?:e|er)? (?:unserer |einzige[rn]? )?(?:\w+ )?(?:nutzer(?:in)?|benutzer(?:in)?"
    r"|kolleg(?:e|in)|mitarbeiter(?:in)?|anwender(?:in)?)|une? (?:de nos |seule? )?(?:\w+ )?"
    r"(?:utilisat(?:eur|rice)s?|collègues?|employée?s?)|un[oa]? (?:de nuestr[oa]s |sol[oa] )?"
    r"(?:usuari[oa]s?|compañer[oa]s?|emplead[oa]s?)|(?:één|een) (?:van onze )?(?:gebruikers?"
    r"|collega'?s?|medewerkers?)|un[oa]? (?:dei nostri |delle nostre |sol[oa] )?(?:utent[ei]"
    r"|colleghi|collega|dipendent[ei])|uma? (?:dos nossos |das nossas |só |únic[oa] )?"
    r"(?:utilizador(?:es)?|usuári[oa]s?|colegas?|funcionári[oa]s?))"
)
_UNABLE = (
    r"(?:cannot|can'?t|can no longer|is unable to|is not able to|kann (?:sich )?(?:nicht|kein)"
    r"|ne peut (?:pas|plus)|no puede|kan (?:niet|geen)|non (?:può|riesce)|não (?:pode|consegue))"
)
ONE_USER = re.compile(rf"\b{_ONE}\b[^.;,!?]{{0,30}}?\b{_UNABLE}\b", re.IGNORECASE)
