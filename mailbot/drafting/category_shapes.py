"""The category a thread with no category keyword *reads as*: the offline rules' fallback.

The cue tables (category_cues.py and friends) name problems; when none of them fires, the
rules used to answer product_defect. On threads nobody tuned for (issue 18, the blind set)
that turned about half of the feature gaps and a third of the relationships at risk into
defects: customers often write a gap as a plain need ("we need separate price lists", "is
there a way for the client to sign on the tablet") and a relationship at risk as news about
people and the company ("I'm the new IT manager", "the group that bought us uses another
vendor"), with no keyword at all. These looser patterns read that shape: a need, a limit
or a future (gap); a wrong result, a time it started, a thing that does not happen
(defect); people, owners, management and use (relationship). They decide only when no cue
did, so they never outvote a keyword, and the rationale still says no keyword was found.
"""

from __future__ import annotations

import re

from mailbot.domain import Category
from mailbot.drafting.category_scope import ONSET, without_breakage
from mailbot.drafting.cues import cues, hits

SHAPES: dict[Category, tuple[re.Pattern[str], ...]] = {
    Category.PRODUCT_DEFECT: cues(
        ONSET,
        r"\b(?:wasn'?t|was not|never) happening\b|\buntil (?:a|two|a couple of|last)\b"
        r"|\bthis started\b|\b(?:every|each) time\b|\bjedes mal\b|\bà chaque fois\b"
        r"|\bcada vez que\b|\bogni volta\b|\belke keer\b|\btoda vez\b|\bbut now\b"
        r"|\b(?:normally|normalerweise|normalement|normalmente"
        r"|normaal)\b|\bit was (?:instant|fine|correct)\b|\bvorher war\b|\bavant c'était\b"
        r"|\bantes (?:era|estaba|funcionaba)\b|\bprima era\b|\bvroeger\b|\bantes estava\b",
        r"\btwice\b|\btwo times\b|\bzweimal\b|\bdeux fois\b|\bdos veces\b|\bdue volte\b"
        r"|\btwee keer\b|\bduas vezes\b|\bduplicat\w*|\bdoppelt\w*|\ben double\b|\bduplicad\w*"
        r"|\bdoppi\w*|\bdubbel\w*"
        r"|\bempty\b|\bblank\b|\bleer\w*|\bvides?\b|\bvací[oa]\b|\bvuot[oa]\b|\bleeg\b|\bvazi[oa]\b"
        r"|\binstead of\b|\bstatt\b|\bau lieu de\b|\ben (?:lugar|vez) de\b|\binvece di\b"
        r"|\bin plaats van\b|\bem vez de\b|\brotated\b|\bruotat\w*|\bgedreht\b",
        r"\bnever (?:arrives?|loads?|saves?|shows?)\b|\b(?:doesn'?t|does not|won'?t) (?:arrive"
        r"|update|load|save|open|respond)\b|\bne se met pas à jour\b|\bn'arrive\w* pas\b"
        r"|\bno (?:llega|se actualiza|carga)\b|\bnon (?:arriva|si aggiorna|carica)\b"
        r"|\b(?:komt|komen) niet aan\b|\bniet (?:gelijk|bijgewerkt)\b|\bnão (?:chega|atualiza)\b"
        r"|\bkommt nicht an\b|\bspring(?:en|t)\b|\blocked out\b|\bsession (?:expired|caducada)\b"
        r"|\bsesión caducada\b|\b(?:no|nicht|ne|non|niet|não) (?:\w+ )?(?:pueden|können"
        r"|peuvent|possono|kunnen|podem)\b",
        # someone saw what was not theirs: an exposure is a defect, whatever "could" says
        r"\b(?:another|other|a different) (?:customer|user|client|tenant|patient|account)s?'?s?\b"
        r"|\bsomeone else'?s\b|\bexposed\b|\bleak(?:ed|ing|s)?\b|\bswitched (?:\w+ ){0,2}off\b",
    ),
    Category.FEATURE_GAP: cues(
        r"\b(?:we|our \w+|they) (?:really |also |still )?(?:need|want|would like|require)\b"
        r"(?! to (?:know|understand|hear)\b)(?![^.?!\n]*\b(?:fix\w*|resolv\w*|restor\w*)\b)"
        r"(?! (?:it |this |that )?(?:fixed|to be fixed|a fix|an? (?:answer|reply|update)|help))"
        r"|\b(?:brauchen|benötigen|wünschen) wir\b|\bwir (?:brauchen|benötigen|wünschen)\b"
        r"|\b(?:nous avons besoin|il nous faut|nous souhaitons)\b|\b(?:necesitamos|queremos"
        r"|nos hace falta)\b|\b(?:abbiamo bisogno|ci serve|vogliamo)\b|\bwillen\b[^.?!]{0,30}"
        r"\bkunnen\b|\b(?:precisamos|necessitamos)\b",
        r"\bis there (?:any|a) way\b|\bhow do other customers\b|\bwhat (?:do|would) you suggest\b"
        r"|\bhay alguna (?:forma|manera)\b|\bgibt es (?:eine|irgendeine) möglichkeit\b"
        r"|\by a-t-il (?:un|une) (?:moyen|possibilité)\b|\bc'è (?:un|qualche) modo\b"
        r"|\bis er een (?:manier|mogelijkheid)\b|\b(?:há|existe) alguma forma\b",
        r"\b(?:can|could) only\b|\bonly (?:edits|one|a single|in one)\b|\b(?:a|one) single"
        r" (?:schedule|currency|account|price list|language|location)\b|\bper account\b"
        r"|\bnur (?:seine|ihre|die eigenen|ein\w*)\b|\b(?:seulement|uniquement) (?:un|une)\b"
        r"|\b(?:uno|una) sol[oa]\b|\bla (?:misma|stessa|même)\b|\bdezelfde\b|\ba mesma\b"
        r"|\bdieselbe\b|\bzit er (?:nu )?niet in\b|\bne prevede\b|\blimiting\b",
        r"\b(?:one day|some day|un jour|algún día|un giorno|ooit|um dia|eines tages)\b"
        r"|\bpourra\w*\b|\bkommt (?:so etwas|das)\b|\b(?:higher|premium|other) (?:plan|tier"
        r"|edition)\b|\bcan(?:'t| not| ?not)? be automated\b|\bby hand\b|\bmanually\b"
        r"|\bà la main\b|\ba mano\b|\bvon hand\b|\bhandmatig\b|\bmanualmente\b",
        # the conditional or a question about what it could do: a wish, not a breakage
        # (not a request to us - "could you", "would appreciate" - nor a wish for the fix)
        # (the lookahead reads at most 200 characters on: a sentence with no stop, "I want "
        # 30,000 times over, took 80 s when it read to the end from every "want")
        r"\b(?=could|would|might|wants?\b)"  # (only there: the lookahead reads on)
        r"(?![^.?!\n]{0,200}\b(?:fix\w*|resolv\w*|sort\w* (?:it |this |that )?out|work\w* again"
        r"|back to normal|investigat\w*|look into|get back|update us|restor\w*)\b)"
        r"(?:\b(?:could|would|might)\b(?! you\b| (?:really |greatly )?appreciate\b| be (?:great"
        r"|good|nice|grateful|helpful)\b)|\b(?:wants?|want) (?:to|a|an|the|their|our)\b)"
        r"|\bany news\b"
        r"|\b\w{3,}(?:raient|rions|rait|ríamos"
        r"|rebbe|remmo|ríamos)\b|\bqueríamos\b|\b(?:würde\w*|wäre\w*|könnte\w*|möchte\w*)\b"
        r"|\b(?:zou|zouden|graag|straks)\b|\bse puede\b|\b(?:avete|tienen|têm|haben sie)"
        r" (?:qualcosa|algo|etwas)\b",
        # a question about what it can do (not a request for our help)
        r"\b(?:can it|can (?:the|they|we|our|these|those)\b|possible|possibile|posible"
        r"|possível|möglich|mogelijk|lassen sich|lässt sich|kann man|pouvoir|poder|potere"
        r"|se fosse|serait-ce|is there|kunnen (?:we|wij|jullie)|können wir|pouvons-nous|podemos"
        r"|possiamo|kann (?:ein|eine|man|der|die|das)|does your|do you have|vous avez ça|dá para"
        r"|kan dat)\b[^.!?\n]*\?|\b(?:nos vendría bien|ci farebbe comodo|wäre praktisch"
        r"|serait pratique|would find it (?:really )?useful)\b",
        # they ask for it
        r"\b(?:ask(?:s|ed|ing)? (?:me |us )?(?:for|if|whether)|nos piden|chiedono|chiedevamo"
        r"|nous demandent|fragen (?:nach|ob)|vragen (?:om|of)|pedem|pediram|willen|wollen"
        r"|voudraient|quieren|vogliono|querem)\b",
    ),
    Category.RELATIONSHIP_AT_RISK: cues(
        r"\bintroduce myself\b|\bnew (?:\w+ )?(?:manager|head|director|lead|contact|owners?)\b"
        r"|\b(?:takeover|taken over|bought us|acquired us|nos ha comprado|übernommen"
        r"|racheté|overgenomen|comprou)\b",
        r"\b(?:has left|have left|quitté l'entreprise|verlassen|ha dejado la empresa"
        r"|lasciato l'azienda|heeft .{0,20}verlaten|deixou a empresa|maternity|maternità"
        r"|mutterschutz|congé maternité|baja por maternidad|zwangerschapsverlof"
        r"|licença-maternidade)\b|\b(?:nobody|no one) (?:has )?taken over\b"
        r"|\bpersonne n'a repris\b|\bnessuno ha preso\b|\bniemand heeft\b",
        r"\b(?:aren'?t|are not|isn'?t|is not|not) using\b|\bkaum genutzt\b|\bnon la usa\b"
        r"|\bquasi nessuno\b|\bn'utilise\w*\b|\bno (?:lo |la )?usa\b|\bniet gebruikt\b"
        r"|\bnão (?:o |a )?usa\b|\b(?:usage|use) (?:figures|numbers)\b|\breturn on\b"
        r"|\bmake the case\b|\bsoftware ?(?:stack|verträge|contracts)\b|\bprüfstand\b"
        r"|\bunificar\b|\bseguiremos con\b|\bwhat your \w+ does\b",
        r"\b(?:geschäftsleitung|management|la direction|equipo directivo|dirección general"
        r"|direzione|directie|diretoria|direção|procurement|achats|einkauf|acquisti|inkoop)\b",
        # people changing on their side: a role taken on, someone gone, sick, retired
        r"\b(?:role|rôle|ruolo|rolle|função|taken on|prends la suite|reprends|weggang|abgang"
        r"|départ|salida|partenza|vertrek|saída|sick leave|krankheitsbedingt|arrêt maladie"
        r"|baja médica|malattia|ziekteverlof|licença médica|pensioen|pension\w*|retraite"
        r"|parent company|muttergesellschaft|maison mère|matriz|capogruppo|moederbedrijf"
        r"|subsidiar\w*|tochtergesellschaft|filiales?)\b",
        # use and value at the level of the organisation
        r"\b(?:budget\w*|presupuesto|bilancio|orçamento|begroting|inversion\w*|investi\w*"
        r"|justif\w*|rechtfertig\w*|verantwoord\w*|giustific\w*|apporte|bringt uns|aporta"
        r"|levert (?:ons )?op|vale a pena|lohnt|worth|utiliza(?:ção|ción)|utilisation|nutzung"
        r"|gebruik|utilizzo|usage|how the team (?:actually )?uses|alten listen|old lists"
        r"|luxury|luxe|luxus|lujo|lusso|luxo|gastos|abonnement|subscription)\b",
        # the organisation merges, moves or loses the people who knew the tool
        r"\b(?:merged|merger|overname|fusionn\w*|fusionad\w*|fusionat\w*|headquarters"
        r"|hoofdkantoor|siège|sede central|casa madre|zentrale|matriz|one system for"
        r"|transferred|transferid[oa]|versetzt|muté\w*|trasferit[oa]|overgeplaatst"
        r"|andat[oa] via|se fue|ist gegangen|est partie?|is weg|foi embora|quitté"
        r"|nobody (?:else )?knows|nadie más sabe|ninguém mais sabe|niemand weiß|personne ne sait"
        r"|nessuno sa|niemand weet|abandon\w*|abbandonat\w*|verwaarloosd|porté le projet"
        r"|half the staff|junta|le (?:nouveau )?bureau)\b",
    ),
}


def read_shape(note: str, customer: str, subject: str) -> tuple[Category, list[str]] | None:
    """The category whose shape the thread has most of (distinct patterns), defect first on
    a tie; None when no shape is there either. A gap's or a relationship's shape is not read
    in a sentence that tells a breakage (category_scope.without_breakage)."""
    text = "\n".join((note, customer, subject))
    told = without_breakage(text)  # a need or a person in a sentence telling a breakage
    best: tuple[int, Category, list[str]] | None = None
    for category, patterns in SHAPES.items():
        read = text if category is Category.PRODUCT_DEFECT else told
        words = hits(patterns, read)
        if words and (best is None or len(words) > best[0]):
            best = (len(words), category, words)
    return (best[1], best[2]) if best else None
