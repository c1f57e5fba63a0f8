"""Category concepts read from how customers word them, not from product words (issue 18).

The older cue tables (category_cues.py, account_cues.py) know the *names* of problems:
"bug", "roadmap", "churn". Customers mostly write the *shape* instead: a feature gap as
"it doesn't let us", "there's no way to", "we assumed it could", "it only exports CSV",
"other tools do that"; a defect as something that *worked and broke* ("not anymore",
"suddenly", "nicht mehr", "ne ... plus", "ya no", "non ... più", "niet meer", "já não");
a relationship at risk as the people and the value ("leaves us", "bought by", "the budget
is under review", "what we get out of it"). One pattern per concept, in EN/DE/FR/ES/NL/IT/
PT at once, as in the other tables; category_cues.py adds these to its tables.

A gap's "doesn't let us" said of something that stopped ("doesn't let us save anymore")
is a defect: the gap patterns refuse a following "anymore" / "mehr" / "plus" / "più" /
"meer" / "mais", and the worked-and-broke pattern scores it for the defect instead.
"""

from __future__ import annotations

# what stops a "does not let us" from being a gap: it did, until recently
_NOT_AGAIN = (
    r"(?![^.?!]{0,60}\b(?:anymore|any more|any longer|no longer|since|suddenly|mehr|plus"
    r"|ya|più|meer|mais|seit|depuis|desde|sinds|da (?:ieri|stamattina|quando))\b)"
)

GAP_CONCEPTS: tuple[str, ...] = (
    # the product does not let you: present tense, no "anymore"
    r"(?:\b(?:does(?:n'?t| not)|do(?:n'?t| not)|won'?t|will not|can'?t|cannot) (?:let|allow"
    r"|permit|enable) (?:us|you|me|our \w+|users?|people|them|anyone)\b"
    r"|\bthere(?:'s| is| are) no (?:way|option|means|possibility|setting|field|button"
    r"|function\w*)\b|\bno way (?:to|of) (?!know|tell|reach|contact)"
    r"|\b(?:it|the \w+(?: \w+)?) (?:has|offers|comes with) no (?!record|idea|access|data|error)"
    r"|\bes gibt keine (?:möglichkeit|option|funktion)\b"
    r"|\b(?:kann man|man kann|lässt sich|lassen sich|können wir|kann ich)\b[^.?!]{0,50}"
    r"\b(?:kein\w*|nicht)\b"
    r"|\b(?:aucun|pas de) moyen de\b|\bne (?:nous |vous |me |leur )?(?:permet|laisse) pas\b"
    r"|(?<!ya )\bno (?:nos |te |me |les |le )?(?:deja|permite)\b|\bno hay (?:manera|forma"
    r"|modo|opción|posibilidad)\b"
    r"|\bnon (?:ci |vi |mi |gli )?(?:consente|permette)\b|\bnon (?:esiste|c'è) (?:un |una )?"
    r"(?:modo|opzione|possibilità|funzione)\b"
    r"|\b(?:er is|er bestaat) geen (?:manier|mogelijkheid|optie|functie)\b"
    r"|\b(?:kan|kunnen) (?:je|we|wij|men|ik) (?:geen|niet)\b"
    r"|\bnão (?:existe|há|tem) (?:uma )?(?:opção|forma|maneira|como|possibilidade)\b"
    r"|\bnão (?:nos )?(?:deixa|permite)\b"
    r"|\b(?:does(?:n'?t| not)|do(?:n'?t| not)) (?:seem to |appear to )?(?:offer|have|provide"
    r"|include|allow)\b(?! (?:access|any (?:errors?|problems?|issues?)))"
    r"|\bcould(?:n'?t| not) find (?:a|an|any) (?:setting|option|way|field|function\w*)\b)"
    + _NOT_AGAIN,
    # a capability asked for: "is that something you offer", "we'd like to be able to"
    r"\bis (?:that|this|it) something (?:you|your \w+)\b|\b(?:would|'d|wish|want|hope)\w*"
    r" (?:really |very much |love |like |so much )*(?:to )?be able to\b"
    r"|\b(?:echamos de menos|wij missen|wir vermissen|on regrette|ci manca|sentimos falta)\b"
    r"|\bfor a future (?:release|version|update)\b",
    # we assumed it could: a capability expected, not one that broke
    r"\bwe (?:had )?(?:assumed|thought|expected|were told|understood|took it for granted)\b"
    r"(?![^.?!]*\b(?:fix\w*|resolv\w*|solv\w*)\b)[^.?!]{0,60}\b(?:could|would|can|supports?"
    r"|handles?|able to)\b|\bwe were surprised (?:to (?:find|see|learn)|that)\b"
    r"|\bturns out (?:it|you|the \w+) (?:can'?t|cannot|don'?t|doesn'?t)\b"
    r"|\b(?:angenommen|gedacht|erwartet|davon ausgegangen), dass\b"
    r"|\bnous pensions (?:pouvoir|que)\b|\bnous (?:avions )?cru (?:que|pouvoir)\b"
    r"|\b(?:pensábamos|creíamos|suponíamos|dábamos por hecho)\b"
    r"|\b(?:pensavamo|credevamo|davamo per scontato)\b|\bwe (?:dachten|gingen ervan uit)\b"
    r"|\b(?:achávamos|pensávamos|supúnhamos)\b",
    # it only does one thing: a limit by design
    r"\b(?:it|you|yours|the \w+(?: \w+)?|your \w+) only (?:exports?|supports?|allows?|lets"
    r"|offers?|handles?|works with|accepts?|reads?|knows?|imports?|covers?|pushes|syncs?"
    r"|takes|goes one way)\b"
    r"|\b(?:kennt|unterstützt|bietet|erlaubt|exportiert|importiert) (?:\w+ ){0,2}nur\b"
    r"|\bn(?:e |')(?:\w+ )?(?:gère|accepte|exporte|permet|propose|connaît|lit|importe)\w*"
    r" qu'"
    r"|\bsolo (?:permite|admite|exporta|acepta|importa|deja)\b"
    r"|\b(?:consente|permette|supporta|esporta|gestisce|accetta) solo\b"
    r"|\b(?:kent|ondersteunt|exporteert|accepteert) (?:\w+ )?(?:maar|alleen)\b"
    r"|\b(?:só|somente|apenas) (?:permite|aceita|exporta|suporta|importa)\b",
    # other tools do it: a capability compared, not a defect
    r"\b(?:other|most|every(?: other)?|all the other) (?:\w+ )?(?:tools?"
    r"|platforms?|systems?"
    r"|products?|vendors?|apps?|solutions?|software)\b[^.?!]{0,40}\b(?:let|lets|allow\w*"
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

DEFECT_CONCEPTS: tuple[str, ...] = (
    # it worked and broke: a regression, whatever it is
    r"\b(?:anymore|any more|any longer|suddenly|all of a sudden|until (?:recently|yesterday"
    r"|last week)|worked (?:fine|before|yesterday|until|last)|was working)\b"
    r"|\bno longer (?!need|use|using|require|want|see the (?:point|value))"
    r"|\b(?:nicht|kein\w*) (?:(?!nutz|brauch|benötig|verwend)\w+ ){0,4}mehr\b(?! als)"
    r"|\bplötzlich\b|\bhat (?:bisher|vorher|immer) funktioniert\b"
    r"|\bne (?:(?!utilis|besoin)\w+ ){1,2}plus\b(?! (?:de|que|d'))|\bsoudain\w*"
    r"|\bfonctionnait\b"
    r"|\bya no (?!(?:lo |la )?(?:usa|utiliza|necesit))|\bde repente\b|\bfuncionaba\b"
    r"|\bnon (?:(?!usa|utilizz)\w+ ){0,3}più\b|\bimprovvisamente\b|\bfunzionava\b"
    r"|\bprima andava\b"
    r"|\b(?:niet|geen) (?:(?!gebruik|nodig)\w+ ){0,3}meer\b|\bopeens\b|\bplotseling\b"
    r"|\bwerkte\b"
    r"|\bnão (?:(?!usa|utiliz|precis)\w+ ){0,3}mais\b|\bjá não\b|\bfuncionava\b",
)

RISK_CONCEPTS: tuple[str, ...] = (
    # the person who carried us on their side goes
    r"\bleaves (?:us|the company|the business|at the end)\b|\b(?:who|that) (?:pushed|championed"
    r"|sponsored|drove|brought) (?:for )?(?:the|us|our|this)\b|\bdépart (?:de|d')"
    r"|\bse ha ido de\b|\bha lasciato (?:l'azienda|la società)\b|\bis vertrokken\b"
    r"|\bsaiu da empresa\b|\bhas gone\b[^.]{0,20}\bcompany\b|\bis moving on\b"
    r"|\b(?:championed|defendia|promovia|impulsaba|sostenuto)\b|\bsponsor interne\b"
    r"|\bfürsprecher\w*|\bretir(?:es|ing|ement)\b|\bretraite\b|\bruhestand\b"
    r"|\bjubila\w*|\bva in pensione\b|\bmet pensioen\b|\baposenta\w*",
    # someone new owns us, the account or the budget
    r"\b(?:bought|taken over) by\b|\btaken over (?:this|the|your) (?:account|relationship"
    r"|contract)\b|\bbudget\b[^.?!]{0,30}\b(?:under review|reviewed|cut|frozen|freeze)\b"
    r"|\bjustify (?:itself|themselves|its cost|the spend)\b|\bwhat we (?:get|gain) (?:out of"
    r"|from)\b|\breview\w* (?:all|every) (?:\w+ ){0,2}(?:contracts?|subscriptions?)\b",
    # the relationship itself is what they complain about
    r"\b(?:the|our) (?:partnership|relationship|collaboration) (?:has )?(?:drifted|cooled"
    r"|soured|suffered|changed|deteriorated)\b|\buptake\b|\bjust a number\b"
    r"|\blost touch\b|\bhardly (?:ever )?hear from you\b|\bdrifted (?:away|apart)\b"
    r"|\bwhat (?:the platform|the tool|it|your \w+) (?:really |actually )?does for us\b",
    # hardly anyone uses it any more (usage, not a feature that stopped)
    r"\b(?:nur noch wenige|kaum noch)\b|\bpresque plus\b|\bapenas (?:lo )?(?:usa|utiliza)"
    r"|\bquasi più nessuno\b|\ba malapena\b|\bnauwelijks\b|\bquase não (?:usa|utiliza)\b"
    r"|\bgave up (?:on|after)\b|\bhas drifted\b",
)
