"""The service_failure cues of the offline rules (EN/DE/FR/ES/NL/IT/PT): our people or
process failed, as defs-1 says (tickets unanswered or closed without an answer, missed
onboarding or meetings, an SLA breached, no status updates).

Kept apart from category_cues.py, as the money, relationship and executive cues are in
account_cues.py, because customers tell our failures in many more words than a product's
(session 31's blind messages: "haven't heard back", "als gelöst geschlossen, obwohl
niemand geantwortet hat", "nadie se conectó", a response time the contract sets in hours,
"the fourth account manager this year"), and one concept per pattern keeps a long thread
from outscoring a short one.
"""

from __future__ import annotations

from mailbot.drafting.cues import cues

# One of our people who cannot be reached (also what category_scope.py keeps from reading
# as an outage).
UNREACHABLE = (
    r"\b(?:projektleiter\w*|ansprechpartner\w*|berater\w*|betreuer\w*|consultant"
    r"|account manager|project (?:manager|lead)|chef de projet|interlocuteur|gestor\w*"
    r"|consultor\w*)\b[^.!?\n]{0,40}\b(?:nicht erreichbar|unreachable|injoignable"
    r"|ilocalizable|out of office|abwesenheitsnotiz)"
)

SERVICE_CUES = cues(
    # work our people did on their data that went wrong: a migration, an import, a set-up
    r"\b(?:migration|import|set-?up|configuration|data transfer|migración|importación"
    r"|configuración|umstellung|datenübernahme|reprise de données)\b (?:que |that |which"
    r" |die |the )?(?:your|vuestro|vuestra|votre|ihr|euer|su) (?:\w+ )?(?:team|engineers?"
    r"|consultants?|technicians?|people|equipo|técnico|consultor|équipe|technicien"
    r"|techniker|berater)\b[^.]{0,80}\b(?:broke\w*|lost|wrong\w*|failed|corrupt\w*|missing"
    r"|deleted|dropped|overwr\w*|dejado fuera|dejó fuera|perdi\w*|fehlen|falsch\w*"
    r"|manquant\w*|perdu\w*|sin (?:la )?comprobación)\b",
    r"\bSLA\b|\bresponse time\b|\buptime\b|\bstatus page\b|\breaktionszeit\b"
    r"|\bstatusseite\b|\bdélai de (?:réponse|traitement)\b|\bpage de statut\b"
    r"|\btiempo de respuesta\b|\breactietijd\b|\bstatuspagina\b|\btempi? di risposta\b"
    r"|\btempo de resposta\b",
    # nobody answered us
    r"\bno (?:response|reply|answer|feedback|call ?back)\b|\bnadie nos contest\w*"
    r"|\bpersonne de chez vous\b(?! n'a besoin| n'est obligé)|\brendez-vous manqué\b"
    r"|\bnever (?:responded|replied|answered|called|got back)\b|\bunanswered\b"
    r"|\bnobody [\w ]{0,40}(?:responded|replied|answered|got back|called)\b"
    r"|\bno[- ]one [\w ]{0,40}(?:responded|replied|answered|got back|called|looked|followed up"
    r"|contacted)\b"
    r"|\bwithout (?:a word|any word|anyone getting back)\b|\bsans un mot\b|\bohne ein wort\b"
    r"|\bsin (?:una|decir) palabra\b|\bzonder iets te laten horen\b|\bsenza una parola\b"
    r"|\bsem uma palavra\b|\b(?:cancell?ed|moved|postponed|rescheduled) (?:\w+ )?by (?:us"
    r"|your side|you)\b"
    r"|(?<!we )\bmissed (?:\w+ )?deadlines?\b|\bheard nothing\b|\b(?:are|am"
    r"|is) still waiting\b|\bstill waiting for (?:a|an"
    r"|any)\b"
    r"|\b(?:nenhuma|ninguna|alcuna) (?:resposta|respuesta|risposta)\b"
    r"|\bhave(?:n'?t| not) heard (?:back|anything)\b|\bnot heard back\b"
    r"|\b(?:keine |ohne (?:jede |eine )?)(?:einzige )?(?:antwort|rückmeldung|reaktion)\b"
    r"|\bunbeantwortet\b"
    r"|\bniemand hat sich\b|\bniemand meldet\b|\bpersonne n'a (?:répondu|rappelé|réagi)\b"
    r"|\baucune (?:réponse|nouvelle|retour)\b|\bsans (?:réponse|nouvelles|retour)\b"
    r"|\bpersonne ne (?:nous )?(?:a|répond|rappelle)\b|\bsin respuesta\b"
    r"|\bnadie (?:nos )?(?:ha|han) (?:contestado|respondido|llamado)|\bnadie (?:nos )?responde"
    r"|\bgeen (?:antwoord|reactie|terugkoppeling)\b|\bniemand (?:heeft|reageert|belt)\b"
    r"|\bnessuna risposta\b|\bsenza risposta\b|\bnessuno (?:ci )?ha (?:risposto|richiamato)"
    r"|\bsem resposta\b|\bninguém (?:nos )?(?:respondeu|retornou)"
    r"|\b(?:haven'?t|have not|hasn'?t|has not) (?:had|got|received) (?:a |any )?(?:reply"
    r"|response|answer)\b|\bwithout (?:a |any )?(?:reply|response|answer)\b"
    r"|\bhave(?:n'?t| not) heard from (?:anyone|anybody|you)\b|\bnobody has looked\b"
    r"|\b(?:toujours )?pas (?:eu )?de réponse\b|\bsans (?:la moindre|aucune) réponse\b"
    r"|\b(?:reçu|eu) aucun message\b|\bno (?:me|nos) (?:ha|han) (?:contestado|respondido)"
    r" nadie\b"
    r"|\bno (?:he|hemos) (?:tenido|recibido) (?:ninguna )?respuesta\b|\bno nos avisaron\b"
    r"|\bniemand (?:hat )?(?:geantwortet|reagiert)\b|\beine absage kam (?:auch )?nicht\b"
    r"|\b(?:said|told us) (?:\w+ ){0,2}(?:\w+'d|would) (?:follow up|get back|call|send)\b"
    r"|\bchased (?:twice|three times|again|repeatedly)\b|\bnous avons relancé (?:\w+ ){0,2}"
    r"(?:fois|support|votre|vos|l'équipe)|\brelancé (?:\w+ )?fois\b"
    r"|\b(?:entre les mains de|durch die hände von) (?:\w+ ){0,2}personnes?\b",
    # our people: support, trainers, consultants, account managers
    r"(?<!our )(?<!my )(?<!their )\bsupport (?:team|desk|line|experience|agent|leadership"
    r"|quality|staff)\b(?! lead"
    r"| manager| leader)"
    r"|\bsupport\w* is\b"
    r"|\byour (?:support|engineers?|trainer|consultant|account manager|CSM|team|people"
    r"|colleague)\b"
    r"[^.]{0,60}\b(?:did not|didn'?t|never|failed|forgot|missed|cancell?ed|ignored)\b"
    r"|\bsoporte\b|\bhelpdesk\b|\bservicedesk\b|\bklantenservice\b|\bassistenza\b"
    r"|\batendimento\b|\bsuporte\b|\bkundendienst\b|\bservice client\b",
    r"\bclosed (?:\w+ ){0,2}(?:as|without) (?:a |an |any )?(?:single )?['‘\"]?(?:answer|reply"
    r"|response|resolution|solution|cannot reproduce|can't reproduce|not reproducible"
    r"|fix|explanation|duplicate|resolved|solved|done|completed|fixed|word)\b"
    r"|\b(?:session|meeting|review|training|call|workshop|visit|onboarding|check-in)s? (?:\w+ )"
    r"{0,3}(?:was |were )?cancell?ed (?:\w+ ){0,3}on (?:your|our) side\b"
    r"|\b(?:ohne|sans|sin|zonder|senza|sem) (?:antwort|lösung"
    r"|réponse|solution|respuesta|solución|antwoord|oplossing|risposta|soluzione|resposta"
    r"|solução) (?:geschlossen|clôtur\w*|fermé\w*|cerrad\w*|gesloten|chius\w*|fechad\w*)"
    r"|\b(?:resolved|gelöst|résolu|resuelto|erledigt|solved)\W{0,3} (?:\w+ ){0,2}(?:geschlossen"
    r"|closed|clôtur\w*|cerrad\w*)|\b(?:closed|geschlossen|clôtur\w*|cerrad[oa]|cierra)\b"
    r"[^.]{0,40}(?:\W(?:resolved|gelöst|résolu|resuelto|erledigt|solved)\b|\b(?:sin|sans|ohne"
    r"|without) (?:una |a |any |aucune |jede )?(?:solución|respuesta|solution|réponse|lösung"
    r"|antwort|rückmeldung|reply|answer)\b)",
    r"\bre-?open(?:ed)?\b|\bescalated (?:twice|three times|again|repeatedly)\b"
    r"|\bwieder geöffnet\b|\brouvert\w*|\breabiert\w*|\bheropend\b|\briapert\w*"
    r"|\böffnen sie (?:es|das ticket|ihn) (?:bitte )?wieder\b|\bwieder (?:zu )?öffnen\b"
    r"|\brouvrir\b|\breabrir\w*",
    r"\bremediation\b|\bservice credits?\b|\bservicegutschrift\b|\bavoir de service\b",
    # people who did not turn up, or meetings missed or cancelled on our side
    r"\b(?:nobody|no one|niemand|personne|nadie|nessuno|ninguém)\b[^.]{0,20}\b(?:turned up"
    r"|showed up|came|joined|erschienen|venu|vino|gekomen|venuto|apareceu|se conectó"
    r"|s'est connecté|connected|dialled in|dialed in|eingewählt|apareció)\b"
    r"|\bdid(?: not|n'?t) (?:show up|join|turn up|attend)\b|\bno-show\b"
    r"|\bno (?:apareció|vino) nadie\b|\bwar nicht im (?:call|termin|meeting|gespräch)\b"
    r"|\byour side (?:has |have )?(?:missed|cancell?ed|forgot)\b|\b(?:third|fourth|fifth"
    r"|dritte\w*|vierte\w*|troisième|quatrième|tercer\w*|cuart\w*) (?:customer success"
    r" manager|account manager|CSM|project manager|contact person|ansprechpartner\w*"
    r"|interlocuteur)\b"
    rf"|{UNREACHABLE}"
    r"|\bnever showed\b(?! up (?:in|on)\b)"
    r"|\b(?:missed|cancell?ed|skipped) (?:the |our |two |three |another |both )?(?:\w+ )?"
    r"(?:session|meeting|training|call|workshop|onboarding|kick-?off|appointment|QBR)s?\b"
    r"|\bnicht erschienen\b|\b(?:termin|schulung|workshop)\w* (?:abgesagt|verpasst)\b"
    r"|\b(?:erste\w* termin|ersatztermin|schulungstermin)\b[^.]{0,40}\b(?:abgesagt"
    r"|verschoben)\b|\b(?:formación|sesión|reunión)\b[^.]{0,30}\b(?:se ha cancelado|ha sido"
    r" cancelada)"
    r"|\bpas présenté\b|\b(?:atelier|formation|réunion|rendez-vous)s? (?:annulé|manqué)"
    r"|\bno se presentó\b|\b(?:reunión|formación|sesión|cita) (?:cancelada|perdida)\b"
    r"|\bniet (?:komen )?opgedaagd\b|\bniet verschenen\b|\b(?:afspraak|training|sessie)"
    r" (?:afgezegd|gemist|geannuleerd)\b|\bnon si è presentat\w*|\bnão compareceu\b"
    r"|\b(?:sessione|riunione|formazione) (?:annullat\w*|saltat\w*)",
    r"\b(?:session|meeting|training|call|workshop|kick-?off|appointment|demo)s? (?:was|were|got"
    r"|has been) (?:cancell?ed|missed|skipped|postponed)\b"
    r"|\bclosed (?:our|the|my) (?:ticket|case"
    r"|request)|\bticket (?:geschlossen|clôturé|fermé|gesloten|chiuso|fechado)\b|\bcerr\w* "
    r"(?:el|nuestro) ticket\b|\b(?:from|of|to) (?:your )?support\b|\bvom support\b"
    r"|\bdu support\b|\bdel soporte\b|\bvan (?:jullie )?support\b|\bsupporto\b|\bdo suporte\b"
    r"|\b(?:waiting|waited|waits|warten|attendons|esperando|wachten|aspettiamo|aguardando)"
    r" (?:\w+ ){0,3}"
    r"(?:reply|response|answer|update|antwort|rückmeldung|réponse|respuesta|antwoord|reactie"
    r"|risposta|resposta|retorno)\b",
    r"\b(?:reply|response|respond|answer|réponse|répondre|antwort|respuesta|responder|atiend"
    r"|atender|traité|bearbeitet|handled|resolved|answered)\w*"
    r" (?:sous|within|innerhalb (?:von )?|en menos de|dans les|en) (?:\d+|one|a|two|four|ten"
    r"|un|une|deux|quatre|dix|einem|zwei|vier|zehn|uno|dos|cuatro|diez|24) ?(?:h\b|hours?"
    r"|heures?|stunden|horas|business|working|werktag\w*|jours? ouvrés?|días? hábil\w*)"
    r"|\bticket\b[^.!?\n]{0,60}\b(?:attend|wartet|espera|sigue abierto|toujours ouvert"
    r"|(?:ist|is) (?:immer )?noch offen|is still open)\b"
    r"|\bticket\b[^.!?\n]{0,60}\b(?:seit|depuis|desde) [^.!?\n]{0,30}\b(?:offen|ouvert"
    r"|abierto)\b"
    r"|\b(?:cancell?ed|called off|abgesagt|ausgefallen|annulé\w*|cancelad[oa]|se canceló"
    r"|se suspendió)\b[^.!?\n]{0,40}(?:\bwithout (?:notice|warning|telling|letting)"
    r"|\bsans (?:prévenir|préavis|nous prévenir)|\bsin (?:previo )?aviso|\bohne (?:vorwarnung"
    r"|bescheid|dass (?:uns )?jemand))"
    r"|\b(?:schulung|workshop|besprechung|meeting|kick-?off|onboarding|vereinbarte\w* termin)"
    r"\w*\b[^.!?\n]{0,60}\b(?:abgesagt|ausgefallen|verpasst)\b"
    r"|\b(?:reunión|formación|sesión)\b[^.!?\n]{0,30}\b(?:se canceló|se suspendió"
    r"|no se celebró)"
    r"|\bchas(?:ed|ing) (?:you|your|support|them)\b"
    r"|\b(?:first|primera|première|erste\w*) (?:reply|response|answer|respuesta|réponse"
    r"|antwort|rückmeldung)\b|\bpassed (?:around|between) (?:\w+ ){0,2}(?:agents|teams|people"
    r"|departments|colleagues)\b|\bweitergereicht\b"
    r"|(?<!our )(?<!internal )\b(?:maintenance|wartung\w*|mantenimiento|session|meeting|call"
    r"|training|workshop"
    r"|termin\w*|schulung|réunion|formation|reunión)\b[^.!?\n]{0,60}(?:\bwithout (?:giving"
    r" us |any |prior )*notice\b|\bsans (?:aucun )?préavis\b|\bohne (?:jede )?(?:vorwarnung"
    r"|ankündigung|absage)\b|\bsin (?:previo )?aviso\b)|\b(?:announced|angekündigt"
    r"|annoncée?s?|anunciad[oa]s?) \d+ (?:hours|stunden|heures|horas) (?:in advance|im voraus"
    r"|à l'avance|de antelación|antes)\b|\bclosed (?:\w+ )?before (?:we|anyone)\b"
    r"|\bkommentarlos\b|\b(?:nobody|no one) (?:from|of) (?:your|you)\w*(?: side| team)?"
    r" (?:came|joined|showed|turned|attended|dialled|was (?:there|present|on the call)"
    r"|were (?:there|present|on the call))\b|\bniemand von (?:ihnen"
    r"|euch|ihrer seite) (?:war|kam|ist erschienen|hat teilgenommen)\b|\bpersonne (?:de chez"
    r" vous|de votre (?:côté|équipe)) (?:n'est|n'a)\b|\bnadie de (?:vuestro|su|vuestra"
    r"|ustedes|vosotros)\w*(?: equipo)? (?:vino|asistió|se conectó|apareció)\b"
    r"|\bnadie nos ha contactado\b"
    r"|\bno se (?:ha|han) celebrado\b|\b(?:not|no|without|never)\b[^.]{0,30}\bsingle update\b"
    r"|\baucune information de votre part\b|\b(?:reçu|eu) aucune information\b"
    r"|\bkeine (?:einzige )?information (?:von ihnen|erhalten)\b|\b(?:recibido|tenido) ninguna"
    r" (?:información|actualización)\b"
    r"|\bstatus page (?:said|showed|claimed|stayed)\b",
    r"\bkeep (?:us )?waiting\b|\bkept (?:us )?waiting\b|\bpromised to\b"
    r"|\bstatus updates?\b",
)
