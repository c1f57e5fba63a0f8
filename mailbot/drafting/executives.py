"""Who the customer's top people are, and what counts as their acting (defs-1's
executive_intervention: "the customer's CEO/board/C-level writes or is copied to demand
action, or they ask for our CEO/CRO/executive sponsor").

Why a module of its own: the titles are read by the category cues, the severity floors and
the signature check, and whether an executive *acts* (writes, forwards, demands, escalates,
asks for ours) decides the category however many words the problem takes, while one merely
named ("our CEO uses the app too") is weak evidence only. Keeping the two side by side keeps
them from drifting apart.
"""

from __future__ import annotations

import re

# C-level and board titles: the customer's top people (defs-1 executive_intervention).
TITLE = (
    r"(?:CEO|CFO|COO|CIO|CTO|CRO|CMO|CISO|CDO|chief \w+ officer|chief executive|president"
    r"|managing director|managing partner|head ?teacher|headmaster|headmistress"
    r"|schulleiter\w*|proviseur\w*|rector(?:a)?"
    r"|founder|co-founder"
    r"|geschäftsführ\w*|vorstand\w*|vorsitzend\w*|inhaber\w*|PDG|directeur général"
    r"|directrice générale|président\w*|DG|director general|directora general|consejer[oa]"
    r"[ -]delegad[oa]|direct(?:eur|rice) administrati(?:f|ve) et financi(?:er|ère)|DAF"
    r"|gerente general|presidente|algemeen directeur|bestuurder"
    r"|amministratore delegato|direttore generale|diretor(?:a)? (?:geral|executiv[oa])"
    r"|vice-chancellor|mayor|alcalde\w*|bürgermeister\w*|maire|burgemeester|sindac[oa]"
    # (a "Director of Operations" is a director, not C-level: defs-1; the Spanish titles
    # name the top role)
    r"|director(?:a)? (?:de (?:tecnología|finanzas|operaciones)|financier[oa])"
    r"|directeur (?:financier|technique|des opérations)|finanzvorstand|finanzdirektor\w*"
    r"|financieel directeur|direttore (?:finanziario|tecnico|operativo)"
    r"|diretor(?:a)? (?:financeir[oa]|técnic[oa]|de operações|de tecnologia))"
)
BOARD = (
    r"(?<!on )(?<!planning )(?<!kanban )(?<!task )(?<!job )(?<!notice )(?<!white)(?<!dash)"
    r"(?<!message )(?<!story )(?<!scheduling )(?<!booking )(?<!display )(?<!departures )"
    r"(?<!rota )\bboard\b(?! (?:game|member portal))|\bvorstand\b|\baufsichtsrat\b"
    r"|\bconseil d'administration\b"
    r"|\bdirection générale\b|\bcomité de direction\b|\bconsejo de administración\b"
    r"|\bdirección general\b|\braad van bestuur\b|\bdirectie\b|\bconsiglio di amministrazione\b"
    r"|\bconselho de administração\b|\bexecutive team\b"
)

# A bare mention of a top title ("our new CIO is reviewing tools") is weak evidence: the
# executive may be a reason, not the one demanding action.
EXEC_MENTION = (
    re.compile(r"\b(?:CEO|CFO|COO|CIO|CTO|chief executive|PDG|geschäftsführ\w*)\b", re.IGNORECASE),
)
# A customer's signature, sender name or To/Cc holding a top title: they write or are copied.
# (not the assistant's own title: "Executive Assistant to the CEO", "Assistenz der
# Geschäftsführung")
SIGNATURE_TITLE = re.compile(
    rf"(?<!assistant to the )(?<!assistant to )(?<!PA to the )(?<!EA to the )"
    rf"(?<!assistenz der )(?<!assistentin der )(?<!assistant of the )\b{TITLE}\b",
    re.IGNORECASE,
)


# Their executive acts, however many words the problem itself takes: a forwarded or quoted
# message from a titled sender ("From: Priya Raman (Chief Financial Officer)", "Paul
# Ferreira (COO) wrote:"), a writer who says who they are ("As CTO I signed off", "I chair
# the board"), their board or C-level demanding something of us ("the board expects a
# written account by the 20th", "our COO and CFO have both asked me to get a commitment"),
# or a request for our leadership ("someone at your leadership level"). defs-1 makes each
# executive_intervention; a title only named ("our CEO uses the app too") is not here.
_ASKED = (
    r"(?:(?:has |have (?:both |all )?)?asked (?:me |us )?(?:to|for)|asks (?:me |us )?(?:to|for)"
    r"|wants? (?:a|an|us|you|me|to)|demands?|insists|expects|expect|requires|is asking for"
    r"|hat (?:mich|uns) gebeten|haben (?:mich|uns) gebeten|erwartet|erwarten|verlangt|fordert"
    r"|m'a demandé|nous a demandé|exige|attend|veut|me ha pedido|nos ha pedido|exige|espera"
    r"|quiere|pide|verwacht|eist|vraagt"
    # ... or has taken it up: escalated it, is involved, follows it, is on the thread
    r"|(?:has |have )?escalated|is escalating|will escalate|hat (?:\w+ )?eskaliert"
    r"|a escaladé|ha escalado|is (?:now )?(?:involved|following|on (?:the|this) (?:thread|call"
    r"|email))|wants answers|wants to know|demanded|insisted|ist (?:jetzt )?eingeschaltet"
    r"|s'en (?:est )?mêlé|suit (?:le|ce) dossier|sigue el caso)"
)
_GROUP = r"\s*(?:(?:group|interim|deputy|acting) )?"
# a board of people (not a planning, kanban or notice board, a board portal or pack, "el
# consejo del técnico", a class council), and what it demands of us: an account, not a fix
_BOARD = (
    r"(?:(?<!planning )(?<!kanban )(?<!task )(?<!project )(?<!notice )(?<!scrum )(?<!sprint )"
    r"(?<!story )(?<!job )board(?: of directors)?(?! portal| view| pack| game| agenda)"
    r"|conseil d'administration|consejo de administración|consejo directivo|aufsichtsrat"
    r"|vorstand|verwaltungsrat)"
)
_ACCOUNT = (
    r"(?:plan|answer|explanation|remediation|response|account|commitment|explication"
    r"|réponse|erklärung|antwort|stellungnahme|explicación|respuesta|compromiso)"
)
# ... and what their C-level may ask of us beside an account: a fix, a call, a date
_THING = (
    rf"(?:{_ACCOUNT}|action|fix|call|meeting|report|date|timeline|update|statement"
    r"|compte rendu|rapport|lösung|bericht|zusage|informe|fecha)"
)
EXEC_ACTS = re.compile(
    rf"^[ \t>]*(?:from|von|de|cc|to|an|à|para|envoyé par)\s*:[^\n]{{0,80}}\({_GROUP}{TITLE}\s*\)"
    rf"|\({_GROUP}{TITLE}\s*\)[^\n]{{0,12}}\b(?:wrote|schrieb|a écrit|escribió)\b"
    rf"|\btheir (?:group |new )?{TITLE} (?:called|phoned|rang|emailed|wrote to) (?:me|us)\b"
    rf"|\bI(?:'m| am) (?:the |your )?{TITLE}\b(?!'s|’s| (?:of|at) (?:another|a different))"
    rf"|\b(?:as|als|en tant que|como) {TITLE},? (?:I|ich|je|j'|yo)\b|\bI chair the board\b"
    rf"|\b(?:the|our|le|notre|el|nuestro|der|unser) {_BOARD}\b[^.]{{0,40}}\b{_ASKED}\b"
    rf"[^.]{{0,40}}\b{_ACCOUNT}\b"
    rf"|\b(?:our|my|unser\w*|notre|nuestr[oa]|onze) (?:group |new |interim )?{TITLE}"
    rf"(?: (?:and|und|et|y) {TITLE})?\b[^.]{{0,20}}\b{_ASKED}\b[^.]{{0,50}}"
    rf"\b(?:you|your|us|{_THING})\b|\b(?:our|my|their|unser\w*|notre|nuestr[oa]) (?:group |new )?"
    rf"{TITLE}\b (?:has |have )?(?:escalated|is (?:now )?(?:involved|following|on (?:the|this)"
    r" (?:thread|call|email))|wants answers|hat (?:\w+ )?eskaliert|a escaladé|ha escalado)"
    rf"|\b{_BOARD}\b[^.]{{0,40}}\b(?:on|auf|à) (?:the|die|l') (?:agenda|tagesordnung|ordre du"
    rf" jour)\b[^.]{{0,10}}\b(?:put|set|gesetzt|mis|placed)\b|\b{_BOARD}\b[^.]{{0,30}}\b(?:put|set"
    r"|placed|gesetzt|mis)\b[^.]{0,30}\b(?:agenda|tagesordnung|ordre du jour|orden del día)\b"
    # a meeting with our leadership, or with ours by title
    r"|\b(?:rendez-vous|meeting|call|reunión|reunião|gesprek|gespräch|termin) (?:avec|with"
    r"|con|com|met|mit) (?:o |el |la )?(?:votre|your|su|vuestr[oa]|vosso|vossa|uw|ihr\w*)"
    rf" (?:direction(?: générale)?|leadership|management|dirección|directie|administração"
    rf"|geschäftsführung|geschäftsleitung|{TITLE})\b"
    rf"|\b(?:explanation|answer|verklaring|explication|explicación|erklärung) (?:from|van|de"
    rf"|von) (?:your|uw|votre|su|ihrer) (?:leadership|management|directie|direction"
    rf"|dirección|geschäftsführung|{TITLE})\b"
    r"|\bsomeone (?:at|from|in|on) your (?:leadership|executive|senior management)\b"
    r"|\byour (?:leadership|executive) level\b"
    rf"|\b(?:put (?:me|us) in touch with|speak (?:to|with)|talk to|hear from|meet) (?:your"
    rf"|ihr\w*|votre|su) {TITLE}\b",
    re.IGNORECASE | re.MULTILINE,
)
