"""Tone concepts for patience, calm and leaving, as intentions rather than phrases
(EN/DE/FR/ES/NL/IT/PT).

tone_cues.py's lists held the tuning threads' own words, so a patient customer who wrote
"we can wait, we trust your team" or one about to leave who wrote "we are looking for
another solution" read as calm. These tables state defs-1's rungs as what such customers
do: grant time, trust, keep cooperating (patient); consider, look for or move to something
else, doubt continuing (churn); say there is no hurry or thank in advance (calm, so the
rules can say calm on evidence instead of by default). tone_cues.py adds them to its lists.
"""

from __future__ import annotations

import re

from mailbot.drafting.cues import cues

# Considering, looking for or weighing ... (German "such-" with an ending: English "such" is
# not a search, nor "procurement" the Portuguese "procurar", nor "pension" "pensar")
_WEIGH = (
    r"(?:consider\w*|thinking (?:about|of)|look\w* (?:for|into|at|around for)|search\w*"
    r"|explor\w*|weigh\w*|shop\w* (?:around )?for|überleg\w*|such\w+|umzusehen|umsehen|prüf\w*"
    r"|envisag\w*|cherch\w*|étudi\w*|valor\w*|busc\w*|estudi\w*|overweg\w*|zoek\w*|bekijk\w*"
    r"|kijk\w* (?:naar|rond)|valut\w*|cerc\w*|procur(?!ement)\w*|avali\w*|pens(?!ion)\w*)"
)
# ... another product or supplier.
_ELSEWHERE = (
    r"(?:(?:other|another|alternative|different|a new) (?:options?|solutions?|providers?"
    r"|vendors?|suppliers?|platforms?|tools?|products?|systems?)|alternatives"
    r"|(?:einer |eine )?andere\w* (?:lösung|optionen|anbieter|software|alternative)\w*"
    r"|alternativen|d'autres (?:options|solutions|outils|logiciels)|(?:une )?autre (?:solution"
    r"|option|outil|logiciel|fournisseur|prestataire)|otr[oa]s? (?:soluci\w*|opci\w*"
    r"|proveedor\w*|herramientas?|plataformas?)|alternativas|(?:een )?andere (?:oplossing"
    r"|opties|leverancier|aanbieder|software)\w*|alternatieven|altr[eio] (?:soluzion\w*"
    r"|opzion\w*|fornitor\w*|piattaform\w*)|outr[oa]s? (?:soluç\w*|opç\w*|fornecedor\w*"
    r"|plataforma\w*)"
    # the noun (DE/IT/EN "an alternative"), not "an alternative way" round a fault
    r"|alternative(?! (?:way|ways|workaround|route|method|approach|format|fix)\b))"
)

CHURN = cues(
    # defs-1: evaluate another vendor (implied leaving), in every language
    rf"\b(?:we|I|management|our \w+|wir|nous|estamos|vamos|we zijn|stiamo|estamos a)\b"
    rf"[^.?]{{0,40}}\b{_WEIGH}\b[^.?]{{0,40}}\b{_ELSEWHERE}",
    # leaving said outright: move away, part ways, stop using, switch
    r"\bmov\w* away from\b|\bpart ways\b|\bstop using (?:your|the|this)\b|\bshop\w* around\b"
    r"|\bswitch\w* (?:to (?:another|a different|a new)(?! (?:browser|tab|window|network|device"
    r"|laptop|computer|account|user|view|screen|page|setting|mode|printer)\b)|providers?|vendors?"
    r"|suppliers?)\b"
    r"|\b(?:over te stappen|overstappen) naar\b|\bdejar de usar\b|\bsmettere di usare\b"
    r"|\bdeixar de usar\b|\bnicht mehr (?:nutzen|verwenden)\b|\bne plus utiliser\b"
    r"|\bverlassen\b[^.]{0,20}\bsie\b|\bquitter (?:votre|vos)\b",
    # doubts about continuing (the renewal or the relationship in question)
    r"\b(?:may|might|will|would) not (?:continue|stay|remain)\b|\bwhether to (?:stay|continue"
    r"|renew|remain|keep)\b|\b(?:continued use|future with you|partnership|relationship"
    r"|subscription|contract)\b[^.]{0,30}\b(?:in question|in doubt|under review)\b"
    r"|\bno longer (?:want|wish|plan) to (?:use|work with|continue)\b",
)

# defs-1 churn "implied": the renewal (or the contract's continuation) put in doubt. Two
# parts in one clause: a word for the renewal, an extension of the contract or going on
# with us, and a marker of doubt (in question, uncertain, unlikely, hard to justify, on
# hold, to be reconsidered), in either order. A renewal merely named ("they renew in May",
# "the renewal quote", "Verlängerung im März", "before the renewal we want to talk
# pricing") has no marker; a denied doubt ("the renewal is not in question", "la
# renovación no está en duda") has a negation between the two and does not count.
_RENEWAL = (
    r"(?:renewal|renewing|renew|(?:contract|subscription|licen[cs]e) extension|extension of"
    r" (?:the|our) (?:contract|subscription|agreement|licen[cs]es?)|extend\w* (?:the|our)"
    r" (?:contract|subscription|agreement)|continu\w* (?:with (?:you|your)|the (?:contract"
    r"|partnership|collaboration|subscription))|(?:vertrags)?verlängerung|verlänger\w*"
    r"|fortführung|weiterführung|fortsetzung der zusammenarbeit|renouvellement|renouvel\w*"
    r"|reconduction|reconduire|prolongation du contrat|poursuite de (?:notre|la) collaboration"
    r"|renovación|renovar\w*|prórroga|continuidad (?:del contrato|de la relación|con ustedes)"
    r"|verlenging|verlengen|voortzetting|rinnovo|rinnovare|proroga|prosecuzione"
    r"|renovação|prorrogação|continuidade (?:do contrato|da parceria))"
)
# The marker after the renewal word ("the renewal is now in doubt").
_DOUBTED = (
    r"(?:in doubt|(?:is|are|be|being|now|very much|seriously|really|clearly)"
    r" (?:(?!not\b)\w+ )?in question|questionable|(?:very |highly )?uncertain|unlikely"
    r"|doubtful|at risk|in jeopardy|up in the air|on hold|far from (?:certain|guaranteed"
    r"|a given)|not a given|no longer a given|(?:hard|difficult) to (?:imagine|justify|see"
    r"|defend|argue)|under review|(?:being |to be )?reconsidered|(?:being |to be )?"
    r"re-?evaluated"
    r"|kaum vorstellbar|schwer vorstellbar|nicht vorstellbar|kaum zu rechtfertigen"
    r"|schwer zu rechtfertigen|fraglich|ungewiss|unsicher|unwahrscheinlich|zweifelhaft"
    r"|gefährdet|(?:steht|stehen|ist) (?:(?!nicht\b)\w+ )?in frage|in frage gestellt"
    r"|auf dem prüfstand|auf der kippe|auf eis|überdenken|zur disposition|zur debatte"
    r"|(?:remis|remise|mis|mise|est|sera|reste) en (?:question|cause)|en doute"
    r"|incertain\w*|peu probable|improbable|difficile(?:ment)? (?:à|de) (?:justifier"
    r"|imaginer|envisager|défendre)|difficilement (?:envisageable|justifiable|imaginable)"
    r"|reconsidér\w*|en suspens|en péril|sur la sellette|(?:est|sera|semble) compromis"
    r"|en el aire|en duda|en entredicho|incierta?|poco probable|difícil de (?:justificar"
    r"|imaginar|defender)|replante\w*|reconsider\w*|en suspenso|en peligro|en riesgo"
    r"|cuestionad[ao]"
    r"|onzeker|twijfelachtig|ter discussie|op losse schroeven|op de tocht|heroverw\w*"
    r"|onwaarschijnlijk|moeilijk te (?:rechtvaardigen|verantwoorden)|in gevaar"
    r"|in dubbio|(?:messo|messa|rimesso|rimessa) in discussione|in forse|incert[oa]"
    r"|improbabile|poco probabile|difficile da (?:giustificare|immaginare)"
    r"|riconsiderat\w*|in sospeso|a rischio"
    r"|em dúvida|(?:posta|colocada) em (?:causa|questão)|improvável|pouco provável"
    r"|difícil de (?:justificar|imaginar)|em suspenso|em risco)"
)
# The marker before the renewal word ("we are reconsidering the renewal", "I doubt we will
# renew", "hard to justify a renewal"; not "no doubt", "don't hesitate").
_DOUBTING = (
    r"(?:reconsider\w*|rethink\w*|re-?evaluat\w*|questioning|(?:call\w*|put\w*|bring\w*)"
    r" into question|(?<!no )(?<!without )(?<!little )doubt\w*|(?<!not )(?<!n't )hesita\w*"
    r"|unlikely to|not sure (?:whether |if )?we(?:'ll| will| should| want to| can| would"
    r"| are going to)|(?:hard|difficult) to (?:justify|see|imagine)|can'?t justify"
    r"|cannot justify|überdenken|zweifeln an|bezweifeln|hinterfragen|stellen (?:\w+ )?in frage"
    r"|reconsidér\w*|repenser|doutons|remettons en (?:question|cause)|replante\w*"
    r"|dudamos|cuestiona\w*|difícil justificar|heroverweg\w*|twijfelen"
    r"|riconsider\w*|ripensa\w*|mettiamo in discussione|dubitiamo|repensar|duvidamos)"
)
# Between the two: the same clause (no comma or sentence end), no negation ("is not in
# question", "n'est pas remis", "no está en duda", "steht nicht in Frage").
_CLAUSE = (
    r"(?:(?!\b(?:not|never|nicht|kein\w*|pas|plus|no|niet|geen|non|não|nunca|jamais|nie)\b)"
    r"(?!n't\b)[^.,;:!?\n]){0,40}?"
)
RENEWAL_DOUBTED = cues(
    rf"\b{_RENEWAL}\b{_CLAUSE}\b{_DOUBTED}(?!\w)",
    # weighing it: "we'll think hard about renewing" (not a certificate's renewal)
    r"\bthink\w* (?:long and )?(?:hard|twice|carefully|seriously) (?:about|before) (?:renewing"
    r"|(?:the |our )?renewal|staying|continuing)\b(?! (?:the |our |your )?(?:ssl|tls|cert\w*"
    r"|domains?|passwords?|tokens?|keys?)\b)",
    rf"\b{_DOUBTING}\b{_CLAUSE}\b{_RENEWAL}\b",
    # German puts a comma after the "ob" clause: "Ob wir verlängern, ist offen."
    r"\bob wir\b[^.;:!?\n]{0,40}\bverlängern, (?:ist|steht|bleibt) (?:\w+ ){0,4}(?:fraglich"
    r"|offen|ungewiss|unklar|in frage)\b",
)

PATIENT = cues(
    # granting time: we can wait, take your time, these things take time (never a bare
    # "wir können" or "wir warten": "wir können nicht arbeiten", "wir warten seit Wochen")
    r"\b(?:we|I) (?:can|are happy to|don'?t mind (?:to )?) ?(?:still )?(?:wait|manage|cope"
    r"|hold on)\b|\btake (?:your|the) time\b|\bthese things take time\b|\bbear with\b"
    r"|\b(?:stay|remain|are|am|being|be) patient\b|\b(?:wir können|können wir)"
    r" (?![^.,;!?]{0,30}\b(?:nicht|kein\w*)\b)[^.,;!?]{0,30}\b(?:warten|abwarten)\b(?![^.!]*\?)"
    r"|\bwir warten gerne?\b|\bwir warten (?:gerne? )?ab\b|\bnous (?:pouvons|pourrons)"
    r" (?:encore )?(?:attendre|patienter)\b|\b(?:restons|sommes|rester) patients?\b"
    r"|\bpodemos (?:esperar|aguardar)\b|\bwe kunnen (?:nog )?(?:even |wel )?wachten\b"
    r"|\bpossiamo (?:ancora )?aspettare\b",
    # patience granted, not patience lost ("unsere Geduld ist am Ende", "perdiendo la
    # paciencia") nor Italian patients ("i pazienti")
    r"\b(?:wir haben|ich habe|haben wir|wir bleiben) (?:(?:noch|etwas|viel|gern|gerne|weiter)"
    r" )*geduld(?:ig)?\b|(?<!nicht )(?<!nicht mehr )(?<!kaum )\bgeduldig\b"
    r"|\b(?:tenemos|tendremos|tengo|con) (?:(?:todavía|aún|un poco de|mucha) )*paciencia\b"
    r"|\b(?:temos|teremos|tenho|com) (?:(?:ainda|um pouco de|muita) )*paciência\b"
    r"|\b(?:abbiamo|avremo|ho|con) (?:(?:ancora|un po' di|molta) )*pazienza\b"
    r"|\b(?:siamo|restiamo|rimaniamo|rimarremo|resteremo) (?:ancora )?pazienti\b",
    # trust and cooperation: we trust your team, keep us posted, happy to help test
    r"\b(?:we|I) (?:still )?(?:trust|have (?:full )?confidence in|are confident) (?:your|you"
    r"|that)\b|\bkeep (?:us|me) (?:posted|updated|in the loop)\b|\bhappy to (?:keep |help )?"
    r"(?:test\w*|help|try|wait)\b|\bwir vertrauen\b|\bhalten sie uns (?:bitte )?auf dem"
    r" laufenden\b|\bnous (?:vous )?faisons confiance\b|\bcontinu\w* à tester avec vous\b"
    r"|\btenez-nous au courant\b|\bconfiamos\b|\bmanténganos informados\b|\bwe vertrouwen\b"
    r"|\bhoud ons op de hoogte\b|\bhelpen graag\b|\bci fidiamo\b|\bteneteci aggiornati\b"
    r"|\bmantenham-nos informados\b|\bcontamos convosco\b",
)
CALM = cues(
    # defs-1 calm: no hurry, a polite question, thanks in advance
    r"\bno worries\b|\bno rush\b|\bno hurry\b|\bwhenever (?:suits|you can|it suits|convenient)"
    r"|\bwhen you (?:have|get) (?:a (?:moment|minute|chance)|time)\b|\bthanks? in advance\b"
    r"|\bmany thanks\b|\bout of curiosity\b|\bjust (?:wondering|curious)\b|\bquick question\b"
    r"|\bkeine eile\b|\bkein stress\b|\bvielen dank im voraus\b|\bpas de souci\b"
    r"|\brien ne presse\b|\bmerci d'avance\b|\bsin prisa\b|\bno hay prisa\b"
    r"|\bgracias de antemano\b|\bgeen haast\b|\bgeen zorgen\b|\balvast bedankt\b"
    r"|\bnessuna fretta\b|\bcon calma\b|\bgrazie in anticipo\b|\bsem pressa\b"
    r"|\bdesde já obrigad[oa]\b",
)
# A complaint that persists, said without "still"/"again" (frustration's weak signs).
PERSISTS = cues(
    r"\b(?:problem|issue|error|bug) (?:persists|remains|is still there|continues)\b"
    r"|\bbesteht (?:weiterhin|immer noch)\b|\best toujours là\b|\bpersiste\b"
    r"|\b(?:il problema|l'errore|il bug|il difetto) c'è ancora\b"
    r"|\bc'è ancora (?:il |l'|lo )(?:problema|errore|bug)\b"
    r"|\b(?:o erro|o problema) continua\b|\bblijft (?:bestaan|terugkomen)\b",
    # German "weiterhin" is also "furthermore" and "still (as before)": only with the fault
    r"\bweiterhin (?:nicht|kein\w*|fehlerhaft|falsch|kaputt|defekt|leer|bestehen)\b"
    r"|\b(?:tritt|treten|taucht|tauchen|kommt|kommen)\b[^.;]{0,40}\bweiterhin\b[^.;]{0,20}\bauf\b"
    r"|\b(?:fehler|problem|absturz|abstürze)\b[^.;]{0,20}\b(?:ist|sind|bleibt|bleiben)"
    r" weiterhin\b",
)

# defs-1 churn is what the customer *may* do. Weighing others told as history, placed
# before they chose us or in a year gone by ("we considered other tools before choosing
# you", "we evaluated alternatives last year"), is no threat; the same sentence with a
# present or future word ("we are evaluating alternatives again") still is. In the four
# languages the rules read ("Ein Wettbewerber hat uns letztes Jahr eine Demo gezeigt",
# "l'an dernier", "hace dos años"); German, French and Spanish auxiliaries of the past
# ("hat", "sind", "avons", "hemos") are no present word, so only adverbs and futures are.
# A year that only dates a thing ("your invoices from last year", "vos factures de l'an
# dernier", "del año pasado") tells no history: the sentence still counts.
_PAST_ANCHOR = re.compile(
    r"\bbefore (?:choosing|selecting|picking|signing|going with|we (?:chose|picked|selected"
    r"|signed|went with))\b|\bwhen we (?:chose|picked|selected|signed|bought)\b"
    r"|\b(?:chose|picked|selected|went with|signed with|decided on) (?:you|your)\b"
    r"|(?<!from )(?<!of )\blast year\b|\byears? ago\b|\bback (?:then|in)\b|\bat the time\b"
    r"|\b(?:originally|initially)\b"
    r"|\b(?:letztes|vorletztes|im letzten|im vergangenen) jahr\b|\bvor (?:\w+ )?jahren\b"
    r"|\bdamals\b|\bursprünglich\b|\b(?:bevor|als) wir uns für sie entschieden\b"
    r"|(?<!de )\bl'(?:année|an) (?:derni(?:er|ère)|passée?)\b|\bil y a (?:\w+ )?ans\b"
    r"|\bà l'époque\b"
    r"|\b(?:avant de|quand nous avons) (?:vous )?(?:choisi\w*|signé)\b|\binitialement\b"
    r"|\bel año pasado\b|\bhace (?:\w+ )?años\b|\ben (?:su|aquel) momento\b"
    r"|\bantes de (?:elegir\w*|firmar)\b|\b(?:originalmente|inicialmente)\b",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:am|are|is|will|shall|going to|may|might|would|could|now|currently|again|next"
    r"|soon|this year|anymore|still)\b|\b(?:we|I)'(?:re|ll|m)\b"
    r"|\b(?:jetzt|nun|derzeit|aktuell|momentan|wieder|erneut|werden|wird|dieses jahr"
    r"|noch immer|immer noch|inzwischen|mittlerweile"
    r"|maintenant|actuellement|en ce moment|à nouveau|de nouveau|encore|cette année"
    r"|allons|va|vont|sommes en train"
    r"|ahora|actualmente|de nuevo|otra vez|este año|vamos a|estamos|todavía)\b",
    re.IGNORECASE,
)


def weighed_in_the_past(sentence: str) -> bool:
    """Whether the sentence tells an earlier search for alternatives, not a present one."""
    return bool(_PAST_ANCHOR.search(sentence)) and not _NOW.search(sentence)
