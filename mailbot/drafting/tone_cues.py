"""Sentiment cue tables for the offline rules (EN/DE/FR/ES/NL/IT/PT), one rung each.

Apart from sentiment.py's ladder so the word lists can grow without the logic growing with
them. The words follow routing/definitions.md (defs-1): what a customer in any industry
writes when worried, annoyed, patient, blaming or about to leave, with stems for the
inflections (frustr-, verärger-, decepcion-), not the sentences of particular threads.
"""

from __future__ import annotations

from mailbot.drafting import tone_concepts, tone_indirect, tone_intents
from mailbot.drafting.cues import cues

CHURN = cues(
    # evaluating or testing a competitor (defs-1: "evaluate / pilot another vendor")
    r"\b(?:evaluat\w*|evalu\w*|test\w*|pilot\w*|trial\w*|essai\w*|prueba\w*|valut\w*|avali\w*)"
    r"\b[^.;]{0,40}\b(?:competitor|concurren\w*|konkurren\w*|wettbewerb\w*|competidor\w*"
    r"|concorren\w*)",
    r"\b(?:will|would|might|shall) not renew\b|\bwon'?t renew\b|\bnot (?:to )?renew\b"
    r"|\b(?:will|would|shall) not be renewing\b|\bwon'?t be renewing\b",
    r"\bcancel\w* (?:our|the) (?:contract|subscription|account)\b"
    r"|\bterminat\w* (?:our|the) contract\b",
    r"\bexit plan\b|\blost confidence\b",
    r"\b(?:move|switch|moving|switching|migrate) to (?:another|a different|a new|an other)"
    r" (?:vendor|provider|platform|tool|solution)\b|\banother vendor\b",
    r"\bevaluat\w* alternatives\b|\bpilot with\b",
    # legal action; our lawyers as a threat are in tone_intents ("our legal team has
    # reviewed the contract" is no threat, issue 18)
    r"\blegal action\b|\b(?:unser\w*|mein\w*) anw[äa]lt\w* (?:wird|werden|einschalten)\b"
    r"|\bnos avocats (?:vont|seront)\b|\bnuestros abogados (?:van|se pondrán)\b",
    r"\bkündig\w*|\banbieter wechseln\b|\brésili\w*|\bchanger de (?:fournisseur|prestataire)\b",
    # defs-1: leaving said outright or implied through the renewal decision.
    r"\b(?:look\w*|evaluat\w*|talk\w*) (?:at|to|with)? ?(?:\w+ )?(?:other|alternative|competing)"
    r" (?:vendors?|providers?|suppliers?|solutions?|tools?)\b",
    r"\brenewal (?:decision )?(?:will )?(?:depend|hinge)s? on\b|\bconsider\w* cancel\w*",
    r"\bandere(?:n)? anbieter\b|\bd'autres solutions\b|\bchez un concurrent\b"
    r"|\bno renovaremos\b|\botros proveedores\b|\bcancelar el contrato\b",
    # the same in every language: not renewing, cancelling, going to another vendor
    r"\bnicht (?:mehr )?verlängern\b|\b(?:zu )?(?:einem )?anderen anbieter\b"
    r"|\bne (?:pas |plus )?renouveler\b|\bne renouvellerons pas\b"
    r"|\bd'autres (?:fournisseurs|éditeurs)\b"
    r"|\bno (?:vamos a )?renovar\b|\bcambiar de proveedor\b|\brescindir\b"
    r"|\bniet (?:meer )?verlengen\b|\bopzeg\w*|\boverstappen\b"
    r"|\bandere (?:leverancier|aanbieder)s?\b"
    r"|\bnon rinnover\w*|\bnon rinnov\w*|\bdisdett\w*|\bdisdire\b|\baltri fornitori\b"
    r"|\bcambiare fornitore\b|\bnão (?:vamos )?renovar\b"
    r"|\bcancelar (?:o contrato|a assinatura)\b"
    r"|\bmudar de fornecedor\b|\boutros fornecedores\b",
    r"\b(?:take|taking) our business elsewhere\b|\blook\w* elsewhere\b"
    r"|\breconsider\w* (?:our|the) (?:partnership|relationship|renewal|subscription)\b"
    r"|\b(?:evaluat\w*|trial\w*|test\w*|pilot\w*) (?:a |with a |an? )?(?:competitor|rival)"
    r"|\b(?:renouvellement|verlängerung|renovación|verlenging|rinnovo|renovação)\b[^.]{0,40}"
    r"\b(?:dépend\w*|hängt|depend\w*|hangt|dipend\w*)\b",
)
# defs-1: a threat that is not about leaving (escalating over our heads, reviewing the
# contract) shows the customer is at least frustrated, however politely it is put.
THREAT = cues(
    r"\b(?:tak|escalat|rais)\w* (?:this|it|the matter) (?:to|with) (?:your|the) "
    r"(?:management|manager|leadership|CEO|director|boss)\b",
    r"\breview\w* (?:our|the) (?:contract|agreement|SLA)(?: terms)?\b",
    r"\bunless (?:we|I) (?:hear|get|see|receive)\b|\botherwise we will\b|\bsinon nous\b"
    r"|\bsonst werden wir\b|\bde lo contrario (?:vamos|tendremos)\b|\banders (?:zullen|gaan) we\b"
    r"|\baltrimenti (?:dovremo|saremo)\b|\bcaso contrário (?:vamos|teremos)\b",
    r"\ban Ihre Geschäftsleitung\b|\bà votre direction\b|\ba su dirección\b",
    r"\b(?:escalat\w*|take|raise) (?:this|it) (?:further|higher|to (?:the|your) (?:top|board))\b"
    r"|\b(?:eskalier\w*|weitergeben)\b[^.]{0,40}\b(?:geschäftsleitung|geschäftsführung|vorstand)"
    r"|\b(?:escalader|remonter)\b[^.]{0,40}\bdirection\b|\bescalar\b[^.]{0,40}\bdirección\b"
    r"|\bescaleren\b|\b(?:directie|management) (?:van jullie|inschakelen)\b"
    r"|\bescalare\b[^.]{0,40}\bdirezione\b|\bescalar\b[^.]{0,40}\bdiretoria\b",
    r"\b(?:review|reconsider|re-?examine) (?:our|the|this) (?:contract|agreement|SLA)\b"
    r"|\bVertrag\w* (?:prüfen|überprüfen)\b|\b(?:revoir|réexaminer) (?:le|notre) contrat\b"
    r"|\brevisar (?:el|nuestro) contrato\b|\bcontract (?:herzien|heroverwegen)\b"
    r"|\brivedere il contratto\b|\brever o contrato\b",
)
ANGRY_STRONG = cues(
    r"\bunacceptable\b|\binacceptable\b|\binakzeptabel\b|\bunzumutbar\b",
    r"\bdisaster\b|\boutrageous\b|\bridiculous\b|\bfurious\b|\babsurd\b|\bscandal\w*|\bskandal\w*",
    r"\binaceptable\b|\besc[áa]ndalo\b|\bim Stich\b|\blaisse tomber\b|\bdejado tirados\b",
    r"\bI am (?:\w+ )?angry\b|\bdone being polite\b|\bthis is a joke\b|\bw[üu]tend\b|\bfurieux\b",
    r"\bappalling\b|\bshocking\b|\bdisgrace\w*|\bincompeten\w*|\bpathetic\b|\bamateur\w*"
    r"|\bunverschämt\w*|\bfrechheit\b|\bkatastroph\w*|\binadmissible\b|\bscandaleu\w*"
    r"|\bhonteu\w*|\bcatastroph\w*|\bvergonzos\w*|\bindignante\b|\bcatastróf\w*"
    r"|\bonacceptabel\b|\bonaanvaardbaar\b|\bschandalig\b|\bbelachelijk\b|\bwoedend\b"
    r"|\binaccettabile\b|\bvergognos\w*|\bscandalos\w*|\bridicol\w*|\bfurios[oi]\b"
    r"|\binaceitável\b|\bvergonhos\w*|\bridículo\b|\bfurios[oa]\b",
)
ANGRY_WEAK = cues(
    r"\bfrankly\b|\bI expect\b|\berwarte ich\b|\bdo your job\b|\bnot acceptable\b|\bfed up\b",
    r"\bnicht (?:mehr )?akzeptabel\b|\bpas acceptable\b|\bno es aceptable\b|\bniet acceptabel\b"
    r"|\bnon è accettabile\b|\bnão é aceitável\b",
    r"\bj'exige\b|\bexijo\b|\bich erwarte\b|\bwho signed off\b|\bnobody [\w ]{0,30}cares?\b"
    r"|\bwasted\b",
    r"[!?]{2,}",
    r"\bI demand\b|\bwe demand\b|\bich fordere\b|\bwir fordern\b|\bnous exigeons\b"
    r"|\bexigimos\b|\bik eis\b|\bwij eisen\b|\bpretendo\b|\besigo\b|\bpretendiamo\b"
    r"|\bsauer\b|\bboos\b|\barrabbiat\w*|\bwhat a mess\b|\bbeyond (?:a )?joke\b",
)
FRUSTRATED_STRONG = cues(
    r"\bfrustrat\w*|\bdisappoint\w*|\benttäusch\w*|\bdéçu\w*|\bagaçant\w*|\bärgerlich\b",
    r"\bpoor\b|\bnot (?:really )?what we signed up for\b|\bperdre patience\b|\blosing patience\b",
    # defs-1: "third time I ask" is frustrated on its own (a second time is only a sign)
    r"\b(?:third|fourth|fifth|umpteenth) time\b|\b(?:dritte|vierte|troisième|quatrième|tercera"
    r"|cuarta|derde|vierde|terza|quarta|terceira) (?:mal|fois|vez|keer|volta)\b",
    r"\bvervelend\b|\blästig\b|\bnervig\b|\bpénible\b|\bfastidios[oa]\b|\birritante\b"
    r"|\bchato\b|\bfrustr\w*|\bverärger\w*|\bgenervt\b|\bunzufrieden\b|\bmécontent\w*|\bénerv\w*"
    r"|\bras le bol\b|\bharto\w*|\bmolest\w*|\bdescontent\w*|\bgeïrriteerd\b|\bteleurgesteld\b"
    r"|\bteleurstellend\b|\bontevreden\b|\birritat\w*|\bdelus[oi]\b|\bdeludente\b"
    r"|\binsoddisfatt\w*|\birritad[oa]s?\b|\binsatisfeit\w*|\bdecepcionant\w*"
    r"|\bannoy\w*|\bunhappy\b|\bdissatisfied\b|\bpatience is (?:running|wearing)\b",
)
FRUSTRATED_WEAK = cues(
    # a fact of waiting ("nobody has replied for two weeks") is not yet a tone: only with
    # another sign does it make the customer frustrated
    r"\b(?:zweite|deuxième|segunda|tweede|seconda) (?:mal|fois|vez|keer|volta)\b|\bno-one\b",
    r"\b(?:second|third|fourth|fifth) (?:time|one)\b|\banother outage\b|\bdeuxième fois\b",
    # ("thanks again", "grazie di nuovo", "danke nochmals" thank, they do not complain)
    # (not "surname search still works", "the column is still in the file", nor the wish
    # "we need it working again"; "it stopped working again" still complains)
    r"\bstill\b(?! (?:works?\b|working\b|running\b(?! (?:into|slow|late|after|for|since))"
    r"|in (?:the|our) (?:file|export|list|report)\b"
    r"|fine\b|available|possible|valid|correct))"
    r"|(?<!thanks )(?<!thank you )(?<!to work )(?<!working )(?<!running )(?<!moving )\bagain\b"
    r"|\b(?:running|moving) again into\b"
    r"|\b(?:stopped|stops|not|isn't|aren't|wasn't) working again\b"
    r"|\bschon wieder\b|\bencore une fois\b"
    r"|\btoujours pas\b",
    r"\bchasing\b|\bnobody\b|\bno one\b|\bniemand\b|\bpersonne ne\b",
    r"\bno difference\b|\b\d+ days in\b|\bwithout (?:a fix|success|any (?:update|answer))\b",
    r"\b(?:third|dritten|troisième|tercera) (?:time|mal|fois|vez)\b|\bsans réponse\b"
    r"|\bsin respuesta\b|\bkeine antwort\b|\bsame [\w ]{0,20}twice\b|\btwice\b"
    r"|\b(?:\d|three|four|drei|vier|trois|quatre|tres) (?:times|mal|fois|veces)\b"
    r"|\b(?:got |had )?no (?:reply|answer)\b",
    r"\bwaiting (?:a while|for weeks|\w+ weeks)\b|\blong (?:\w+ )?(?:weeks|days|time)\b"
    r"|\btaking (?:this|so) long\b|\bwearing thin\b"
    r"|\bzieht sich\b|\bdepuis longtemps\b|\bdemasiado\b|\bdecepcionad\w*",
    r"\bimmer noch\b|\bnoch immer\b|\bzum (?:zweiten|dritten|wiederholten) mal\b"
    r"|\botra vez\b|(?<!gracias )\bde nuevo\b(?! gracias)|\bsig(?:ue|o|uemos) sin\b|\btodavía no\b"
    r"|\bllev(?:o|amos) (?:\w+ )?(?:semanas?|días) esperando\b"
    r"|\balweer\b|\bnog steeds\b|\bwederom\b|\bzoveelste\b|\bancora una volta\b"
    r"|(?<!grazie )\bdi nuovo\b(?! grazie)|\bancora non\b|\bl'ennesim\w*|\bmais uma vez\b"
    r"|(?<!obrigad[oa] )\b(?:de novo|novamente)\b|\bainda (?:não|sem)\b"
    r"|(?<!danke )\bnochmals\b(?! (?:vielen )?dank)|\brelanc\w*|\bgeen reactie\b"
    r"|\bnessuna risposta\b|\bsem resposta\b",
)
PATIENT = cues(
    r"\bI (?:fully )?understand\b|\bwe understand\b|\bversteh(?:e|en)\b|\bje comprends\b",
    r"\bthanks? (?:you )?for (?:sticking|bearing|staying) with\b",
    r"\bappreciate\b|\bthank(?:s| you) for your (?:patience|help|support|efforts)\b",
    r"\bhappy to\b|\b(?:we'd|we would) like to keep\b|\bgerne\b|\bvolontiers\b",
    r"\b(?:I|we) know (?:that )?(?:your|you|the) ?\w* (?:is|are) (?:on it|working)"
    r"|\bwir wissen, dass\b"
    r"|\blive with the workaround\b|\bkeen to make (?:this|it) work\b|\bentiendo\b"
    r"|\bdispos[ée]s\b|\bdispuestos\b|\bwe will keep working with you\b"
    r"|\bwe still want (?:this|it) to work\b|\bI know things get busy\b",
    r"\b(?:wir haben|haben) verständnis\b|\bnous comprenons\b|\bentendemos\b|\bcomprendemos\b"
    r"|\bwe begrijpen\b|\bik begrijp\b|\bcapisco\b|\bcapiamo\b|\bcomprendiamo\b|\bentendo\b"
    r"|\bcompreendemos\b|\bnous savons que\b|\bsabemos que\b|\bwe weten dat\b|\bsappiamo che\b"
    r"|\bdanke für (?:ihre|die) (?:geduld|mühe|unterstützung|hilfe)\b"
    r"|\bmerci (?:pour|de) (?:vos efforts|votre aide|votre soutien)\b"
    r"|\bgracias por (?:su|vuestra) (?:ayuda|paciencia|dedicación)\b"
    r"|\bbedankt voor (?:jullie|uw|de) (?:inzet|hulp|moeite)\b|\bgrazie per (?:il vostro|l'aiuto)"
    r"|\bobrigad[oa] (?:pela|pelo) (?:ajuda|apoio|esforço)\b|\bwe (?:can|will) wait\b",
)
CONCERNED = cues(
    r"\bworr(?:ied|y|ying)\b|\bconcern(?:ed|s)?\b|\bnervous\b|\buneasy\b",
    r"\bon hold\b|\bat risk\b|\bbesorgt\b|\bsorgen?\b|\binqui[eè]t\w*|\banxious\b|\bpréoccup\w*",
    r"\bbeunruhig\w*|\bcraign\w*|\bcrains\b|\bpreocup\w*|\binquiet\w*|\bbezorgd\b|\bongerust\b"
    r"|\bzorgen\b|\bpreoccup\w*|\btem(?:o|iamo) che\b|\bafraid\b|\bfear\b|\bbefürcht\w*"
    r"|\bnicht wohl (?:dabei|damit|bei)\b|\bmal à l'aise\b",
)
# The wordings above, then the intentions (tone_concepts.py, tone_intents.py) and the
# indirect ways of saying them (tone_indirect.py) that carry defs-1 to threads nobody tuned for.
CHURN += tone_concepts.CHURN + tone_concepts.RENEWAL_DOUBTED + tone_intents.CHURN
CHURN += tone_indirect.CHURN
THREAT += tone_indirect.THREAT
PATIENT += tone_concepts.PATIENT + tone_intents.PATIENT
FRUSTRATED_WEAK += tone_concepts.PERSISTS + tone_intents.WAITED
FRUSTRATED_STRONG += tone_intents.FED_UP + tone_indirect.FED_UP
ANGRY_STRONG += tone_intents.BLAME + tone_indirect.ANGRY_STRONG
ANGRY_WEAK += tone_intents.HARMED + tone_indirect.ANGRY_WEAK
CONCERNED += tone_indirect.CONCERNED
CALM = tone_concepts.CALM
