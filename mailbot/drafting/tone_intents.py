"""Tone as what the customer does to us (EN/DE/FR/ES/NL/IT/PT): leave, blame, tire, cope.

tone_concepts.py reads patience and churn as intentions; eval_set_c (session 18) showed
customers who say the same things in other ways: they price up a move to another
platform, pilot "one of" the other providers, doubt why they would renew or put the
contract out to tender (churn); they put the harm on us ("that is on you", "unforgivable
on your part", "that was simply not true": defs-1's *blame*, which separates angry from
frustrated); they are tired of chasing or getting nowhere (frustrated); or they say they
will cope, wait or keep working with us (patient). Each pattern is one such act in every
language, not a thread's sentence; tone_cues.py adds them to its rungs.
"""

from __future__ import annotations

from mailbot.drafting.cues import cues

# A competitor or another provider: what a pilot, a demo or a comparison is *of*.
_RIVAL = (
    r"(?:competitor\w*|rival\w*|wettbewerber\w*|konkurrent\w*|concurrent\w*|competidor\w*"
    r"|concorrent\w*|(?:other|another) (?:\S+ )?(?:providers?|vendors?|suppliers?|platforms?)"
    r"|anderen? anbieter\w*|autres? fournisseurs?|otros? proveedor\w*|andere leveranciers?"
    r"|altri fornitori|outros fornecedores"
    # another system tried out beside ours: "testen parallel ein anderes System", "probando
    # otra herramienta en paralelo" (with _TRY; "another system" alone is any system)
    r"|ein(?:e|en)? andere[sn]? (?:system|tool|lösung|software|crm|erp|programm|plattform)"
    r"|otr[oa] (?:herramienta"
    r"|sistema|programa|plataforma|solución)|une? autre (?:outil|logiciel|système|solution"
    r"|plateforme)|another (?:system|tool|solution|crm|erp))"
)
# Trying something out: a pilot, a trial, a demo, a side-by-side comparison.
_TRY = (
    r"(?:pilot\w*|trial\w*|demos?|piloten|essai\w*|prueba\w*|probando|probamos|testen"
    r"|testons|proef\w*|benchmark\w*)"
)

CHURN = cues(
    # moving their work or people onto another platform (said, priced up or expected)
    r"\b(?:mov\w*|migrat\w*|switch\w*|transfer\w*)\b[^.;]{0,50}\b(?:to|onto) "
    r"(?:another|a different|a rival|a competing|their) (?:\S+ )?(?:platform|system|tool"
    r"|provider|vendor|supplier|solution|product)s?\b"
    r"|\b(?:mov\w*|switch\w*)\b[^.;]{0,50}\b(?:to|onto) (?:theirs|(?:a|another) (?:tool|platform"
    r"|system|provider|vendor|supplier|product|solution|service) that)\b",
    # taking the work elsewhere, or switching when the contract is up (said or expected)
    r"\b(?:tak\w*|mov\w*|bring\w*) (?:our|all our) (?:\S+ ){0,2}elsewhere\b"
    r"|\b(?:we|they)(?:'ll| will| would|'d| are going to| might| may) (?:have to )?(?:go elsewhere"
    r"|(?:move|switch) (?:elsewhere|away))\b|\b(?:propos\w*|suggest\w*|recommend\w*|push\w* for"
    r"|expect\w*) (?:\w+ ){0,2}(?:switching (?:vendors?|providers?|suppliers?|away|to (?:another"
    r"|a different|a competitor))|moving away|replacing (?:you|your (?:product|platform|system"
    r"|service|tool|solution)))\b"
    r"|\b(?:switch\w*|mov\w*) (?:away |over |providers? |vendors? )?(?:when|once|before)"
    r" (?:the|our) (?:contract|subscription|licen[cs]e|renewal) (?:is up|ends|runs out"
    r"|expires|comes up)\b",
    # "we'll look for another booking system" (a search said as what they will do; "we
    # looked at another test system" is no search)
    r"\b(?:we|I)(?:'ll| will| would|'d| are going to| shall)(?: have to)? (?:(?:look for"
    r"|search for|shop (?:around )?for) (?:another|a different|a new|an alternative)"
    r" (?:\w+ )?(?:system|platform|tool|provider|vendor|supplier|product|solution)s?"
    # ("I'll find another solution for the report meanwhile" is a workaround)
    r"|(?:find|buy|pick) (?:another|a different|a new) (?:\w+ )?(?:provider|vendor|supplier"
    r"|platform|system)s?)\b",
    # the same in DE/ES/FR: "dass wir wechseln", "nos cambiaremos", "remettre en concurrence"
    r"\bwir (?:(?:dann|wohl|bald|eher|sofort|lieber|definitiv|tatsächlich|ernsthaft) )?"
    r"wechseln(?=\s*(?:[,.;!]|$|wenn\b|falls\b|werden\b|müssen\b))"
    r"|\b(?:werden|müssen|würden) wir (?:(?:dann|wohl|bald|eher|sofort|lieber"
    r"|definitiv) )?wechseln\b(?!\s*\?)"
    r"|\bnos (?:cambiaremos|cambiaríamos|vamos a cambiar|iremos|pasaremos)(?=\s*(?:[,.;!]|$"
    r"|de (?:proveedor|programa|sistema|plataforma)\b|a otr[oa]s?\b|con (?:otr[oa]"
    r"|la competencia)\b))"
    r"|\b(?:remettre|remettra|remettrons|mettre) (?:le|notre|ce|nos) (?:contrat|marché"
    r"|abonnement)s? en concurrence\b",
    # a trial of a rival, whichever comes first in the sentence
    rf"\b{_TRY}\b[^.;]{{0,60}}\b{_RIVAL}|\b{_RIVAL}[^.;]{{0,80}}\b{_TRY}\b",
    r"\bcompar\w* (?:you|your (?:product|platform|tool|service|solution|offer\w*|quote|proposal"
    r"|pric\w+)) (?:with"
    r"|to|against)\b|\bvergleichen sie mit\b|\bvous compar\w* (?:à|avec)\b",
    # the renewal doubted: why/whether we would renew, not taken for granted, weighing on it
    r"\b(?:why|whether|if) (?:we'?d|we would|we should|to|we will|we'?ll) (?:still )?"
    r"(?:renew|stay|extend|keep paying)\b|\bwhether (?:we|they) (?:still )?need (?:a|the"
    r"|your)\b[^.?]{0,40}\bat all\b|\bwhether (?:this|you|it) (?:is|are) the right"
    r" (?:\S+ )?(?:system|tool|platform|product|partner|choice|fit)\b",
    r"\b(?:renewal|contract|subscription)\b[^.;]{0,60}\b(?:will weigh|weighs?|weighing)"
    r" (?:on|heavily|in)\b|\bnot take (?:the|our|a) renewal for granted\b"
    r"|\b(?:non darei|non diamo) per scontato il rinnovo\b|\bverlängerung[^.]{0,30}nicht"
    r" selbstverständlich\b|\brenouvellement n'est pas acquis\b|\brenovación no está"
    r" garantizada\b",
    # not signing the next contract, rescinding it, putting it out to tender
    r"\b(?:not|won'?t|will not) sign (?:the|next year'?s|a new|our) (?:contract|renewal)\b"
    r"|\bno (?:vamos a |volveremos a )?firmar el (?:contrato|próximo)\b|\bne signerons pas\b"
    r"|\bnicht (?:mehr )?unterschreiben\b|\bniet (?:meer )?tekenen\b|\bnon firmeremo\b"
    r"|\bnão (?:vamos )?assinar\b|\brescind\w*|\bresciliat\w*|\brescisão\b",
    r"\b(?:put\w*|tak\w*|go\w*) (?:the |our )?(?:\S+ )?contract (?:out )?to tender\b"
    r"|\bre-?tender\w*|\bneu ausschreiben\b|\bappel d'offres\b[^.]{0,40}\b(?:lancer|lancerons"
    r"|relancer)|\b(?:sacar|sacaremos)\b[^.]{0,30}\ba (?:concurso|licitación)\b"
    r"|\bopnieuw aanbesteden\b|\bnuova gara\b|\bnova licitação\b",
    # our lawyers as a threat (will, involve, hand over), not "our legal team has reviewed"
    r"\b(?:our|my) (?:lawyers?|legal (?:team|department|counsel)) (?:will|are going to|shall)\b"
    r"|\b(?:our|my) lawyers (?:are|have been) (?:now )?(?:reviewing|looking|involved)\b"
    r"|\b(?:involve|instruct|hand \w+ (?:over )?to|get) (?:our|my) (?:lawyers?|legal\b)",
    # first-person-plural searches without a pronoun (ES/IT/PT drop it): "o buscamos otra"
    r"\b(?:buscamos|buscaremos|cerchiamo|cercheremo|procuramos|procuraremos|cherchons"
    r"|chercherons)\b[^.;]{0,30}\b(?:otr[oa]s?|altr[eio]|outr[oa]s?|autres?|un autre|une autre)"
    r" (?:\S+ )?(?:plataformas?|proveedor\w*|soluci\w*|piattaform\w*|fornitor\w*|soluzion\w*"
    r"|fornecedor\w*|soluç\w*|plateformes?|fournisseurs?|solutions?)",
)
# defs-1 angry: blame at us ("anger at us rather than at the situation"), strong alone.
BLAME = cues(
    r"\b(?:that|this|it)(?:'s| is| was) (?:all )?on you\b|(?<!not )(?<!no )\byour"
    r" (?:own )?fault\b|\b(?:failure|mistake|error|negligence) on your part\b|\b(?:it|this"
    r"|that)(?:'s| is| was) (?:entirely |clearly |squarely )?your responsibility\b"
    r"|\bresponsabilidad (?:vuestra|suya|de ustedes)\b"
    r"|(?<!no es )\bculpa (?:vuestra|suya|vossa|de vocês)\b|\bcolpa vostra\b"
    r"|(?<!pas )\bvotre (?:faute|responsabilité)\b|\bihre schuld\b|\bihr verschulden\b"
    r"|\bjullie schuld\b|\bresponsabilità vostra\b|(?<!not )(?<!none )\bof your (?:own )?making\b",
    r"\bunforgivable\b|\binexcusable\b|\bunverzeihlich\b|\bimpardonnable\b"
    r"|\bimperdonable\b|\bonvergeeflijk\b|\bimperdonabile\b|\bimperdoável\b",
    r"\bunprofessional\b|\bunprofessionell\w*|\bpeu professionnel\w*|\bpoco profesional\b"
    r"|\bonprofessioneel\b|\bpoco professionale\b|\bpouco profissional\b|\bnicht professionell\b",
    r"\bdesastre\b|\bdésastre\b|\bdisastro\b|\bvergüenza\b|\bvergogna\b|\bhonte\b"
    r"|\bschande\b|\bvergonha\b",
    # the accusation that we misled them: "that was simply not true", "you lied"
    r"\b(?:that|this|which) (?:was|is) (?:simply |just |plainly |frankly )?(?:not true|untrue"
    r"|false|a lie)\b|\b(?:you|your \w+(?: team)?) (?:lied|misled)\b|\bmisled us\b",
)
# Harm we caused, told as ours ("your update corrupted ..."), and scorn for the work
# ("sloppy", "not impressed"): blame, but each worth half.
HARMED = cues(
    r"\byour (?:\S+ )?(?:update|release|change|migration|job|script|team|people|engineers?"
    r"|staff|system|platform)\b[^.;]{0,30}\b(?:damaged|corrupted|ruined|destroyed|wiped"
    r"|deleted|cost us|lost us)\b",
    r"\bwho (?:is|was|are) (?:even )?(?:testing|checking|reviewing|responsible for) (?:these"
    r"|this|your)\b",
    r"\btreat\w* (?:it|this|us) (?:like|as) (?:a )?(?:routine|normal|standard|low-priority)\b",
    r"\bsloppy\b|\b(?:I'm|I am|we're|we are) (?:not|far from) impressed\b",
)
# Tired of us, getting nowhere, patience lost: frustrated on its own (defs-1 "no patience").
FED_UP = cues(
    r"\b(?:tired|sick) of\b|\bes leid\b|\bdie nase voll\b|\bj'en ai assez\b|\b(?:en )?ai marre"
    r"|\bmarre de\b|\bcansad[oa]s? de\b|\bstuf[oia] di\b|\bstanc[oa] di\b|\bhet (?:zat|beu)\b"
    r"|\bfart[oa]s? de\b",
    r"\bgetting nowhere\b|\bgoing (?:round|around) in circles\b|\bim kreis\b"
    r"|\btourne en rond\b|\bvueltas y vueltas\b|\bin een kringetje\b|\bgiriamo in tondo\b"
    r"|\bandando em círculos\b",
    r"\b(?:running out of|run out of|lost|out of) (?:\w+ )?patience\b|\bgeduld\b[^.]{0,20}"
    r"\b(?:am ende|erschöpft|zu ende)\b|\bà bout de patience\b|\bperdiendo la paciencia\b"
    r"|\bgeduld (?:is op|raakt op)\b|\bpazienza (?:è finita|sta finendo)\b",
    r"\bwearing thin\b|\bnervt\b|\bgenervt\b|\birritant\w*|\birritating\b",
    # a chore named as one: "it's a slog", "es un fastidio", "ça commence à bien faire"
    r"\b(?:it's|it is|this is|that's|what) (?:a |such a )?(?:real |total |huge |bit of a )?"
    r"(?:slog|hassle|chore|nuisance|pain)\b(?![- ]?(?:points?|free|less)\b)"
    r"|(?<!no )\bes un (?:fastidio|engorro|rollo|incordio)\b"
    r"|\bça commence à bien faire\b|\btoujours rien\b(?! (?:à signaler|d'anormal))",
)
# A complaint about waiting or asking again, half a sign like "still" and "nobody".
WAITED = cues(
    r"\bchas(?:ed|ing)\b|\b(?:days?|weeks?|months?|hours?) too long\b"
    r"|\b(?:far|way|much) too long\b|\bviel zu lange?\b"
    r"|\bbeaucoup trop long\w*\b|\bveel te lang\b|\btroppo tempo\b|\btempo demais\b",
    r"\bwithout (?:a|any) (?:straight |real |proper |clear )?(?:answer|reply|update|date)\b"
    r"|\b(?:tre|quattro|drie|vier|três|quatro) (?:volte|keer|vezes)\b",
    r"\b(?:second|third|fourth|zweite|dritte|vierte|deuxième|troisième|segunda|tercera"
    r"|tweede|derde|seconda|terza) (?:request|reminder|e-?mail|message|nachfrage|anfrage"
    r"|erinnerung|relance|demande|solicitud|recordatorio|verzoek|herinnering|richiesta"
    r"|sollecito|pedido|lembrete)\b",
)
# Patience as acts: waiting for the fix, coping until it ships, working on with us.
PATIENT = cues(
    r"\b(?:we|I)(?:'ll| will| can| are happy to| don'?t mind to)? wait for (?:the|a|your)"
    r" (?:next |new )?(?:release|fix|patch|update|version)\b|\b(?:und |wir )?warten"
    r" (?:gern |gerne |ruhig )?ab\b|\bpatienterons\b|\bnous patientons\b|\besperaremos\b"
    r"|\bwachten\b[^.]{0,40}\b(?:rustig )?af\b|\baspett(?:iamo|eremo) con calma\b"
    r"|\baspetteremo\b|\baguardaremos\b|\baguentamos\b",
    r"(?<!n't )(?<!not )(?<!cannot )(?<!able to )\b(?:live with|carry on"
    r"|keep (?:\S+ ){0,3}going|manage|cope|get by|make do|work around)\b[^.;]{0,60}\buntil\b"
    r"|\bkommen\b(?![^.]{0,30}\bnicht\b)[^.]{0,30}\b(?:zurecht|klar)\b|\bbehelfen uns\b"
    r"|\bnous faisons avec\b|\bon fait avec\b|\bseguimos con\b[^.]{0,60}\bhasta que\b"
    r"|\bnos apañamos\b|\bwerken er (?:voorlopig )?omheen\b|\bredden ons\b"
    r"|\bci arrangiamo\b|\bandiamo avanti con\b|\bcontinuamos com\b[^.]{0,60}\baté\b",
    r"\b(?:keep|continue|like to|want to|happy to) work(?:ing)? (?:\S+ ){0,3}with (?:you"
    r"|your)\b|\bwork (?:this|it) through with (?:you|your)\b|\bwork through it with\b"
    r"|\b(?:restons|resteremo|restiamo|seguimos|blijven|bleiben|ficamos) (?:bien sûr |gerne"
    r" |gern )?(?:disponibles?|disponibili|beschikbaar|verfügbar|disponíveis)\b"
    r"|\bgemeinsam mit ihnen\b|\bhelfen (?:gern|gerne)\b|\bsamen met jullie\b",
    r"\b(?:these|such) things happen\b|\bkann (?:ja )?(?:mal )?passieren\b"
    r"|\bça arrive\b|\bson cosas que pasan\b|\bkan gebeuren\b|\bsono cose che capitano\b"
    r"|\bpuò capitare\b|\bsão coisas que acontecem\b|\bpode acontecer\b"
    r"|\b(?:just|only|nur|sans doute|seguramente) (?:an?|ein|un|une) (?:oversight|slip"
    r"|versehen|oubli|descuido)\b|\bwe snappen\b",
)
# No harm taken: "no drama", "kein Drama", "pas grave" (patience, and calm beside coping).
UNBOTHERED = cues(
    r"\bno drama\b|\bnot a big deal\b|\bno (?:great |real |big )?harm done\b"
    r"|\bno pasa nada\b|\bkein drama\b|\bpas (?:bien )?grave\b|\bgeen (?:ramp|drama)\b"
    r"|\bniente di grave\b"
    r"|\bnão faz mal\b",
)
PATIENT += UNBOTHERED
# Coping meanwhile: a problem they put up with while we fix it. It tempers a complaint like
# any patience, and with no complaint said it still tells one (rules in sentiment.py).
COPING = cues(
    # "we'll keep relabelling while you fix it", "seguiremos duplicando citas mientras
    # tanto", "on continue comme ça en attendant", "wir machen trotzdem weiter"
    r"\b(?:we'll|we will|I'll|I will|we can|I can|we're happy to) (?:keep|continue|carry on)"
    r" (?!(?:escalat|chas|push|insist|complain|remind|follow)\w*)(?:[^\s.;!?]+ ){0,5}?(?:while"
    r"|until|for (?:the moment|now)|in the meantime|meanwhile)\b"
    r"|\bgive you (?:the|a) chance to (?:put (?:it|this|things) right|fix|sort)\b"
    r"|\bseguiremos (?!(?:reclam|insist|quej|escal)\w*)\w+(?:ando|iendo)\b[^.]{0,40}\b(?:mientras"
    r"|hasta que)\b"
    r"|\bon continue (?:comme ça|ainsi)\b"
    r"|\bnous continu(?:ons|erons) (?!(?:à |de )?relanc)(?:\S+ ){0,8}en attendant\b"
    r"|\bwir machen (?:(?:trotzdem|gern|gerne|weiterhin) )*(?:mit ihnen )?weiter\b(?!\s+druck\b)"
    # "we'll manage for now", "wir arbeiten vorerst mit den Listen weiter", "on fera avec"
    r"|\b(?:we'll|we will|we can|I'll|I will|I can) (?:manage|cope|make do|get by|live with it"
    r"|work around it)\b[^.;!?]{0,30}\b(?:for now|for the moment|meanwhile|in the meantime"
    r"|while)\b|\b(?:arbeiten|machen) (?:wir )?(?:vorerst|erst ?mal|bis dahin)\b"
    r"(?:(?!\b(?:nicht|nie|kein\w*)\b)[^.;!?]){0,50}\bweiter\b"
    r"|\b(?:on fera|nous ferons) avec(?=\s*[.,;!)]|\s*$| en attendant| pour l)",
    # holding out: "wir halten durch", "we'll hold out", "we'll sit tight"
    r"\bwir halten (?:\w+ )?durch\b|\bwe(?:'ll| will) (?:hold out|hang on|sit tight)\b",
)
PATIENT += COPING
