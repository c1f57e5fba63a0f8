"""Category concepts read from how customers word them, not from product words (issue 18).

The older cue tables (category_cues.py, account_cues.py) know the *names* of problems:
"bug", "roadmap", "churn". Customers mostly write the *shape* instead: a feature gap as
"it doesn't let us", "there's no way to", "we assumed it could", "it only exports CSV",
"other tools do that"; a defect as something that *worked and broke* ("not anymore",
"suddenly", "nicht mehr", "ne ... plus", "ya no", "non ... più", "niet meer", "já não");
a relationship at risk as the people and the value ("leaves us", "bought by", "the budget
is under review", "what we get out of it"). One pattern per concept, in EN/DE/FR/ES/NL/IT/
PT at once, as in the other tables; category_cues.py adds these to its tables (the
relationship's live in category_risk.py).

A gap's "doesn't let us" said of something that stopped ("doesn't let us save anymore")
is a defect: the gap patterns refuse a following "anymore" / "mehr" / "plus" / "più" /
"meer" / "mais", and the worked-and-broke pattern scores it for the defect instead.
"""

from __future__ import annotations

from mailbot.drafting.cues import OTHERS_DATA

# what stops a "does not let us" from being a gap: it did, until recently
_NOT_AGAIN = (
    r"(?![^.?!]{0,60}\b(?:anymore|any more|any longer|no longer|since|suddenly|mehr|plus"
    r"|ya|più|meer|mais|seit|depuis|desde|sinds|da (?:ieri|stamattina|quando))\b)"
)

# a limit it was built with ("built for UK addresses only", "the manual lists 9 as the limit",
# "only accepts postcodes", "ne propose que SMS et e-mail"); category_scope.py also reads it,
# so that "logins fail" said of such a limit is no defect
BUILT_LIMIT = (
    r"\b(?:built|designed|made) for [\w-]+(?: [\w-]+)? only\b|\b(?:lists?|sets?) \d+ (?:\w+ )?"
    r"as the (?:maximum|limit|max)\b|\bas the (?:maximum|upper limit)\b|\bobergrenze\b"
    r"|\b(?:only|nur|uniquement) (?:accepts?|takes?|supports?|allows?|akzeptiert|unterstützt)\b"
    r"|\bne propose que\b|\bsolo (?:admite|acepta|permite)\b|\btakes one \w+ only\b"
    r"|\bcan only (?:send|take|accept|export|handle)\b|\b(?:help page|documentation|manual"
    r"|docs) says\b[^.]{0,60}\bmust\b"
)

GAP_CONCEPTS: tuple[str, ...] = (
    # it never did, and they know it: by design, the docs say so, is it planned
    r"\b(?:always has been|has always been (?:one|that way|like that))\b"
    r"|(?<!is this )(?<!is that )(?<!is it )\bby design\b|\bas designed\b"
    r"|\b(?:this|that) isn'?t new\b|\bsteht (?:auch )?so in der\b|\b(?:docs|documentation"
    r"|website|product description)\b[^.;]{0,30}\b(?:says?|states?) (?:that )?(?:it |you |we )?"
    r"(?:(?:can )?only|one \w+ per)\b|\ben vuestra web pone\b",
    r"\bis (?:there )?anything planned\b(?! to fix| for the (?:crash|bug|error|problem))"
    r"|\bever going to be added\b|\bob und wann\b(?![^.?]{0,40}\b(?:behoben|gelöst|repariert"
    r"|korrigiert))|\bvais a sacar\b",
    BUILT_LIMIT,
    # the product does not let you: present tense, no "anymore"
    r"(?:(?<!rules )(?<!policy )(?<!policies )\b(?:does(?:n'?t| not)|do(?:n'?t| not)|won'?t"
    r"|will not|can'?t|cannot) (?:let|allow"
    r"|permit|enable) (?:us|you|me|our \w+|users?|people|them|anyone)\b"
    r"|\bthere(?:'s| is| are) no (?:way|option|means|possibility|setting|field|button"
    r"|function\w*)\b|(?<!'d have )(?<!would have )\bno way (?:to|of) (?!know|tell|reach"
    r"|contact)"
    r"|\b(?:it|the \w+(?: \w+)?) (?:has|offers|comes with) no (?!record|idea|access|data|error)"
    r"|\bes gibt keine (?:möglichkeit|option|funktion)\b"
    r"|\b(?:kann man|man kann|lässt sich|lassen sich|können wir|wir können|kann ich)\b[^.?!]{0,50}"
    r"\b(?:kein\w*|nicht)\b(?! (?:sagen|versprechen|beurteilen|einschätzen|garantieren"
    r"|verschieben|aufschieben))"
    r"|\b(?:aucun|pas de) moyen de\b|\bne (?:nous |vous |me |leur )?(?:permet|laisse) pas\b"
    r"|(?<!ya )\bno (?:nos |te |me |les |le )?(?:deja|permite)\b|\bno hay (?:manera|forma"
    r"|modo|opción|posibilidad)\b"
    r"|\bnon (?:ci |vi |mi |gli )?(?:consente|permette)\b|\bnon (?:esiste|c'è) (?:un |una )?"
    r"(?:modo|opzione|possibilità|funzione)\b"
    r"|\b(?:er is|er bestaat) geen (?:manier|mogelijkheid|optie|functie)\b"
    r"|\b(?:kan|kunnen) (?:je|we|wij|men|ik) (?:geen|niet)\b"
    r"|\bnão (?:existe|há|tem) (?:uma )?(?:opção|forma|maneira|como|possibilidade)\b"
    r"|\bnão (?:nos )?(?:deixa|permite)\b"
    r"|\b(?:it|the (?:\w+ )?(?:product|platform|tool|app|system|software|module|portal)|your \w+"
    r"|yours|you) (?:does(?:n'?t| not)|do(?:n'?t| not)) (?:seem to |appear to )?(?:offer|have"
    r"|provide"
    r"|include|allow)\b(?! (?:access|any (?:errors?|problems?|issues?)))"
    r"|\bcould(?:n'?t| not) find (?:a|an|any) (?:setting|option|way|field|function\w*)\b"
    r"|\b(?:can'?t|cannot|unable to) (?:set|define|configure|choose|pick|assign|customi[sz]e"
    r"|filter|group|schedule|split|combine|tag|limit|restrict|translate)\b"
    r"|\bnão aceita\b|\bsolo (?:está|existe) en\b|\bnur (?:auf|in) (?:englisch|deutsch)\b)"
    + _NOT_AGAIN,
    # a capability asked for: "is that something you offer", "we'd like to be able to"
    r"\bis (?:that|this|it) something (?:you|your \w+)\b(?!'re aware| are aware|'ve seen"
    r"| have seen| know| can accept| could accept| agree)|\b(?:would|'d|wish|want|hope)\w*"
    r" (?:really |very much |love |like |so much )*(?:to )?be able to\b"
    r"|\b(?:echamos de menos|wij missen|wir vermissen|on regrette|ci manca|sentimos falta)\b"
    r"|\bfor a future (?:release|version|update)\b|\bis (?:this|that|it) (?:coming|on its way)\b"
    r"|\b(?:whether|if|when) (?:this|that|it) (?:is|will be) (?:coming|planned|available)\b"
    r"|\bwe (?:really |urgently |also )?need (?:a way|an option|the (?:ability|option"
    r"|possibility)|separate|multiple|more than one|support for)\b"
    r"|\benvisag\w*|\b(?:tienen|tenéis|têm|hanno|avete) (?:\w+ )?previst[oa]\b"
    r"|\b(?:tienen|tenéis|avete|têm) (?:la )?intenci[óo]n\b|\bdo you intend to\b"
    r"|\b(?:nos|in den|dans les|en los|nei|in de) (?:planos|plänen|plans|planes|piani|plannen)\b"
    r"|\bnous aimerions\b(?! (?:comprendre|savoir|une réponse|être))"
    r"|\bwe(?:'re| are) missing (?:a|an|the (?:option|ability|possibility)|support|any way)\b"
    r"|\b(?:missing|lacking)(?: for us)?(?: is)? (?:a|an) (?:way|option"
    r"|possibility|function\w*|setting|integration)\b"
    r"|\bone thing (?:we'?re|we are|that'?s) missing\b"
    r"|\bexpecting (?:it|the \w+|that|to get)\b|\bturns out only\b",
    # a wish in the conditional: what they would like it to do
    r"\b(?:we|I)(?: would|'d) (?:love|like|prefer) (?:for )?(?:the|it|to (?:have|see|get))\b"
    r"(?! (?:a |an )?(?:fix|update|answer|reply|response|call|refund|explanation))"
    r"|\b(?:I|we) (?:have )?wished (?:it|the \w+|you) (?:could|would|had)\b"
    r"|\bcan (?:the|your) (?:\w+ ){0,2}(?:take|handle|show|capture|track|manage|print"
    r"|create|send|store|do)\b(?![^.?!]{0,60}\b(?:again|anymore|since)\b)"
    r"|\bis (?:it|this|that) something (?:you|your)\b"
    r"|\bnothing (?:in the (?:product|tool|app|system)"
    r"|built in) for\b|\b(?:an obvious|a natural|a logical) addition\b"
    r"|\bwäre es (?:denkbar|machbar)\b|\bkönnte man\b|\bpourrait-on\b"
    r"|\bquand pourrons-nous\b|\b(?:nous )?souhaiterions\b|\bnecesitaríamos\b"
    r"|\bis the (?:\w+ ){0,2}able to\b|\bwürden gerne?\b|\bmachbar\?"
    r"|\bquerríamos\b|\bci servirebbe\b|\bwe zouden graag zien\b|\bseria (?:bom|interessante)\b",
    # we assumed it could: a capability expected, not one that broke
    r"\bwe (?:had )?(?:assumed|thought|expected|were told|understood|took it for granted)\b"
    r"(?![^.?!]*\b(?:fix\w*|resolv\w*|solv\w*|call\w*|contact\w*|get back|respond\w*|repl\w*"
    r"|answer\w*|reach out|ring\w*)\b)[^.?!]{0,60}\b(?:could|would|can|supports?"
    r"|handles?|able to)\b|\bwe were surprised (?:to (?:find|see|learn)|that)\b"
    r"|\bturns out (?:it|you|the \w+) (?:can'?t|cannot|don'?t|doesn'?t)\b"
    r"|\b(?:angenommen|gedacht|erwartet|davon ausgegangen), dass\b"
    r"|\bnous pensions (?:pouvoir|que)\b|\bnous (?:avions )?cru (?:que|pouvoir)\b"
    r"|\b(?:pensábamos|creíamos|suponíamos|dábamos por hecho)\b"
    r"|\b(?:pensavamo|credevamo|davamo per scontato)\b|\bwe (?:dachten|gingen ervan uit)\b"
    r"|\b(?:achávamos|pensávamos|supúnhamos)\b",
    # it only does one thing: a limit by design
    r"\b(?:it|you|yours|the \w+(?: \w+)?|your \w+|our \w+ (?:module|tool|app|feature))"
    r" only (?:exports?|supports?|allows?|lets|produces|generates|creates|outputs"
    r"|offers?|handles?|works with|accepts?|reads?|knows?|imports?|covers?|pushes|syncs?"
    r"|takes|goes one way)\b"
    r"|\b(?:kennt|unterstützt|bietet|erlaubt|exportiert|importiert) (?:\w+ ){0,2}nur\b"
    r"|\bkann (?:\w+ ){0,3}nur (?:\w+ )?(?:erzeugen|exportieren|anzeigen|importieren|drucken)\b"
    r"|\bn(?:e |')(?:\w+ )?(?:gère|accepte|exporte|permet|propose|connaît|lit|importe)\w*"
    r" qu(?:'|e )"
    r"|\bsolo (?:permite|admite|exporta|acepta|importa|deja)\b"
    r"|\b(?:consente|permette|supporta|esporta|gestisce|accetta) solo\b"
    r"|\b(?:kent|ondersteunt|exporteert|accepteert) (?:\w+ )?(?:maar|alleen)\b"
    r"|\b(?:só|somente|apenas) (?:permite|aceita|exporta|suporta|importa)\b",
    # other tools do it: a capability compared, not a defect
    r"\b(?:other|most|every(?: other)?|all the other) (?:\w+ )?(?:tools?"
    r"|platforms?|systems?"
    r"|products?|vendors?|apps?|solutions?|software|engines?|providers?|hotels'? \w+"
    r"|compan(?:y|ies)'s? \w+)\b[^.?!]{0,40}\b(?:let|lets|allow\w*"
    r"|can do|could do|do (?:that|this|it)|did (?:that|this|it)|have (?:that|this|it)"
    r"|offer\w*|support\w*)\b|\bwhy can'?t (?:yours|you|it|we)\b"
    r"|\bcompetitors?\b(?: like \w+)? (?:do|does|have|has|can do|offer) (?:this|that|it)\b"
    r"|\bdo(?:es)? (?:this|that|it) (?:out of the box|natively|as standard)\b"
    r"|\bour (?:previous|old|last) (?:system|tool|vendor|provider|software) (?:had|did|could)\b"
    r"|\bandere\w* (?:anbieter|tools|systeme|programme|lösungen) (?:können|bieten|haben)\b"
    r"|\bd'autres (?:outils|logiciels|solutions|éditeurs) (?:le font|permettent|proposent)"
    r"|\botr[oa]s (?:herramientas|aplicaciones|soluciones|plataformas|programas) (?:lo hacen"
    r"|permiten|ofrecen)|\baltri (?:software|strumenti|gestionali|fornitori|programmi)"
    r" (?:lo fanno|permettono|offrono)|\bandere (?:pakketten|tools|systemen|leveranciers)"
    r" (?:kunnen|bieden|doen)\b|\boutr[oa]s (?:sistemas|ferramentas|soluções) (?:fazem"
    r"|permitem|oferecem)",
    # a request worded as a need or a complaint
    r"\bwe'?d need\b|\bwe would need\b|\bwould make (?:our|my|their|everyone'?s) (?:\w+ )?"
    r"(?:life|lives|work|job|day)\b|\bany chance (?:you|of|that)\b|\bis (?:a|such a|really a)"
    r" basic\b|\bwe need (?:the|your|it|this|that) (?:\w+ ){0,3}to (?!be\b|work|get|stop)"
    r"|\bvorgesehen\?|\b(?:ist|wäre) (?:das|so etwas|es) (?:\w+ ){0,4}vorgesehen\b"
    r"|\b(?:lo|la) (?:tienen|tenéis) previst[oa]\b|\blo aggiungerete\b|\baggiungerete\b"
    r"|\bkomt (?:dat|die|deze|het) (?:nog|er)\b|\bvocês (?:pretendem|vão) (?:incluir"
    r"|adicionar)\b|\best-ce (?:prévu|envisagé)\b",
)

# it worked and broke: a regression, whatever it is (category_scope.py also reads it)
REGRESSION = (
    r"(?<!logs in )(?<!log in )(?<!uses it )(?<!use it )(?<!using it )(?<!opens it )"
    r"\b(?:anymore|any more|any longer)\b|\b(?:suddenly|all of a sudden|until (?:recently|yesterday"
    r"|last week|the (?:\w+ )?(?:update|upgrade|release|migration))|worked (?:fine|before"
    r"|yesterday|until|last)|was working)\b"
    r"|\bstopped (?!using|paying|buying|logging|caring)\w+ing\b"
    r"|\bno longer (?!need|use|using|require|want|sees? (?:the (?:point|value|need)|why|any))"
    r"|\b(?:nicht|kein\w*) (?:(?!nutz|brauch|benötig|verwend)\w+ ){0,4}mehr\b(?! als)"
    r"|\bplötzlich\b|\bhat (?:bisher|vorher|immer) funktioniert\b"
    r"|\bne (?:(?!utilis|besoin|lis|regard|ouvr)\w+ ){1,2}plus\b(?! (?:de|que|d'))|\bsoudain\w*"
    r"|\bfonctionnait\b"
    r"|\bya no (?!(?:lo |la )?(?:usa|utiliza|necesit))|\bde repente\b|\bfuncionaba\b"
    r"|\bnon (?:(?!usa|utilizz)\w+ ){0,3}più\b|\bimprovvisamente\b|\bfunzionava\b"
    r"|\bprima andava\b"
    r"|\b(?:niet|geen) (?:(?!gebruik|nodig)\w+ ){0,3}meer\b|\bopeens\b|\bplotseling\b"
    r"|\bwerkte\b"
    r"|\bnão (?:(?!usa|utiliz|precis)\w+ ){0,3}mais\b|\bjá não\b|\bfuncionava\b"
    # it did before: "like it did before the summer", "up to Easter I could", "didn't
    # happen before", "Same rules as February, which came out right", "war bis vor zwei
    # Wochen drauf", a function asked to work "again?"
    r"|\b(?:it|this|that|which) used to\b(?! be (?:used|called|known))|\b(?:like|as) (?:it|they)"
    r" (?:did|used to|always did)\b|\bthe way it (?:did|used to)\b|\b(?:up to|until|till)"
    r" (?!\d)(?:\w+ ){1,2}(?:I|we) (?:could|were able)\b(?! live with| cope| manage| get by"
    r"| afford)|\b(?:didn'?t|did not|never) (?:use to )?happen(?:ed)? before\b|\bhas something"
    r" (?:been|got) (?:switched|turned|changed)\b|\bwhich came out (?:right|fine|correct)\b"
    r"|\bbis vor (?:\w+ ){1,3}(?:war|hat|ging|lief|kam)\b(?! unklar| offen)|\bwar bis vor"
    r"\b[^.]{0,40}\b(?:da|drauf|drin|richtig|korrekt|sichtbar|vorhanden)\b|\bhasta (?:hace"
    r"|el) (?:\w+ ){1,3}(?:funcionaba|salía|aparecía)\b"
    r"|\b(?:show|appear|display|sync|load|list)\w*\b[^.?!]{0,50}\bagain\?|\bget (?:the |our )?"
    r"\w+ (?:\w+ )?to (?:include|show|list)\b[^.?!]{0,50}\bagain\?"
)

DEFECT_CONCEPTS: tuple[str, ...] = (
    # a server or client error code: an error whatever the words around it
    r"\b(?:HTTP|status|error|code|returns?|returning|got|get|gets|getting|throws?|with)"
    r" (?:an? |the )?[45]\d\d\b|\b[45]\d\d (?:errors?|pages?|responses?|status|codes?"
    r"|internal|bad gateway|service unavailable)\b|\binternal server error\b|\bbad gateway\b",
    REGRESSION,
    # a wish that it worked again is a breakage told as a need, not a gap
    r"\b(?:work(?:s|ing)?|running) (?:again|as before|like before)\b|\bback to normal\b"
    r"|\bwieder (?:läuft|laufen|funktionier\w*|geht)\b|\b(?:läuft|funktioniert) wieder\b"
    r"|\b(?:fonctionne|marche)\w* (?:à nouveau|de nouveau|comme avant)\b|\bremarche\b"
    r"|\bvuelv\w* a funcionar\b|\bvolviera a funcionar\b|\bfuncione de nuevo\b"
    r"|\b(?:weer|opnieuw) (?:werkt|werken)\b|\bwerkt (?:weer|opnieuw)\b"
    r"|\btorn\w* a funzionare\b|\bfunzioni di nuovo\b|\bvolt\w* a funcionar\b"
    r"|\bfuncione de novo\b|\b(?:add|bring|put|restore|reinstate) (?:\w+ ){0,3}back\b"
    r"|\bback (?:as|like|to how) (?:it was|before)\b|\bzurückbekommen\b|\bwiederherstellen\b"
    r"|\bremettre\b|\brétablir\b|\bvolver a poner\b|\brestablecer\b|\bterugzetten\b"
    r"|\bterugkrijgen\b|\brimettere\b|\bripristinare\b|\brepor\b|\brestabelecer\b"
    r"|\b(?:before|vor|avant|antes de|voor|prima)(?: dem| la| de| del| da)? (?:the )?(?:update"
    r"|upgrade|release|mise à jour|actualización|aggiornamento|atualização)\b"
    # asked, politely, to do something *again* ("would it be possible for the search to find
    # people by postcode again?"): a thing that worked, told as a request (defs-1: broken)
    r"|\b(?:possible|could you|can you|please|need|needs|want|wants|like)\b[^.?!]{0,40}\bto"
    r" (?!ask|write|chase|remind|call|phone|contact|explain|say|tell|repeat|raise|send|follow"
    r"|check|try|reach|hear|speak|talk|meet|escalate|discuss|go through)\w+[^.?!]{0,40}"
    r"\b(?:again|as it used to)\b|\b(?:möglich|bitte|brauchen|benötigen)\b[^.?!]{0,60}"
    r"\bwieder\b|\b(?:need|needs|want|must|has to|have to)\b[^.?!]{0,40}\bto stop \w+ing\b"
    r"|\brefonctionn\w*"
    r"|\b(?:possible|pourriez|pouvez)\b[^.?!]{0,60}\b(?:à nouveau|de nouveau)\b"
    r"|\b(?:posible|podéis|podríais|pueden|podrían)\b[^.?!]{0,60}\b(?:de nuevo|otra vez)\b"
    # a need for the *right* result ("we need the labels to print the right barcode"): what
    # it gives is wrong (defs-1: broken or wrong), not a capability it lacks
    r"|\b(?:need|needs|must|has to|have to)\b[^.?!]{0,40}\bto (?!make|find|choose|pick|hire"
    r"|reach|contact|speak|talk)\w+ (?:\w+ )?(?:the |a |an )?(?:right|correct|proper|accurate)"
    r"\b(?! (?:now|away|person|people|contact|team|decision|choice|partner|vendor|provider)\b)"
    r"|\b(?:brauchen|müssen)\b[^.?!]{0,60}\b(?:richtig|korrekt)\w*"
    r"|\b(?:besoin|faut)\b[^.?!]{0,60}\b(?:les bons|la bonne|le bon|correct\w*)\b"
    r"|\b(?:necesitamos|tiene que|tienen que)\b[^.?!]{0,60}\b(?:correct[oa]s?"
    r"|el (?:\w+ )?correcto)\b",
    # data that changed or vanished with nobody touching it
    r"\b(?:disappeared|vanished|gone missing|verschwunden|disparu\w*|desaparec\w*"
    r"|scompars\w*|verdwenen|sumi(?:u|ram)|sparit\w*)\b|\b(?:changed|change|cambian\w*"
    r"|ändern sich|changent|cambiano|mudam|veranderen) (?:\w+ ){0,2}(?:overnight|by (?:itself"
    r"|themselves)|de un día para otro|über nacht|du jour au lendemain|da un giorno all'altro"
    r"|de um dia para o outro|van de ene dag op de andere|vanzelf|von selbst)\b"
    r"|\bwithout anyone (?:touching|changing)\b|\bohne dass jemand\b|\bsans que personne\b"
    r"|\bsin que nadie\b|\bsenza che nessuno\b|\bsem que ninguém\b|\bzonder dat iemand\b",
    # figures it rounds or cuts wrongly: a wrong result, however small
    r"\b(?:rounds|truncates|cuts off) (?:every|all|each|the) (?:\w+ )?(?:figures?|numbers?"
    r"|values?|percentages?|amounts?|totals?|decimals?)\b",
    OTHERS_DATA,
    # a page or file that comes out empty, yesterday's figures, a sync that stops halfway,
    # entries twice or not at all, a place booked twice, a value wiped to zero
    r"\b(?:page|tab|list|report|file|export|pdf|screen|register|column|view|section)s? (?:\w+ )"
    r"{0,3}(?:is|are|comes? (?:up|out)|came (?:up|out)|shows?|stays?) (?:always |completely"
    r" |totally |just )?(?:empty|blank)\b(?! by default)|\b0 ?KB\b|\b(?:shows?|comes? up"
    r" with|displays?|still) (?:\w+ )?(?:yesterday|last week|last month)'s (?:names|figures"
    r"|numbers|data|list|prices|stock|quantities|totals|orders)\b|\bstops? (?:halfway|half-way"
    r"|part-way)\b|\bjust sits there\b|\bmal doppelt, mal gar nicht\b|\bdouble[- ]booked\b"
    r"|\bdouble bookings\b"
    r"|\b(?:la misma|el mismo) \w+ (?:\w+ ){0,3}a dos personas\b"
    r"|\bwipes? (?:\w+ ){0,4}(?:back )?to (?:£|\$|€)?0\b"
    # left out of the output though it is in the system; a day out; fields left empty
    r"|\b(?:export|report|file|list|import|sync|pdf|app|it)\b (?:\w+ ){0,2}leaves? out\b"
    r"|\b(?:are|is) not in the (?:file|export|report|list)\b|\b(?:sind|sont|están|are) (?:im"
    r" system|dans le système|en el sistema|in the system) (?:vorhanden|présent\w*|there)\b"
    r"|\bun día más tarde\b|\bone day (?:late|later|early) in the (?:calendar|diary|app)\b"
    r"|\beinen tag (?:zu spät|verschoben)\b|\bdécalés? d'un jour\b"
    r"|\b(?:daten|felder|seiten?|liste|datei|bericht)\w* leer\b",
    # what the help says it does, and it does not
    r"\b(?:according to|laut|selon|según) (?:your|the|ihrer?|votre|la|su) (?:docs"
    r"|documentation|help|manual|guide|hilfe|handbuch|anleitung|aide|documentación|ayuda)\b"
    r"[^.]{0,80}\b(?:should|sollte|soll|devrait|debería)\b(?! we\b| i\b| wir\b| nous\b)"
    r"|\bthe (?:user guide|manual|docs"
    r"|documentation|help page|help centre|help center) says\b[^.]{0,80}\b(?:it doesn'?t"
    r"|it does not|but it|but that)\b|\bthat'?s exactly what we(?:'ve| have)? done\b",
)
