"""The per-category cue tables of the offline rules (EN/DE/FR/ES/NL/IT/PT): product and
gap here, service in category_service.py, the account-level ones (money, relationship,
executives) in account_cues.py.

One pattern per *concept* of routing/definitions.md (defs-1), written in every language at
once: a thread scores one cue per concept it evidences, so a long thread does not outscore
a short one by repeating itself. The words are what any customer in any industry writes
about that problem (a bill, a missed meeting, falling usage), not particular threads.
"""

from __future__ import annotations

import re

from mailbot.domain import Category
from mailbot.drafting.account_cues import ACCOUNT_CUES
from mailbot.drafting.category_concepts import DEFECT_CONCEPTS, GAP_CONCEPTS
from mailbot.drafting.category_risk import RISK_CONCEPTS
from mailbot.drafting.category_service import SERVICE_CUES
from mailbot.drafting.cues import cues

CATEGORY_CUES: dict[Category, tuple[re.Pattern[str], ...]] = {
    Category.PRODUCT_DEFECT: cues(
        # something is broken
        r"\bbugs?\b|\bdefect\w*|\bregression\b|\bknown issue\b|\bglitch\w*|\bbogue\b",
        r"\berrors?\b|\berror message\b|\bfehler\w*|\berreurs?\b|\bfout(?:en|melding\w*)?\b"
        r"|\berrore\b|\berro\b|\bfallo\b",
        r"\bcrash\w*|(?<!budget )(?<!price )(?<!hiring )\bfreez\w*|\bfrozen\b(?![^.]{0,40}\bbudget)"
        r"|\bhangs\b"
        r"|\babstürz\w*|\babsturz\w*|\bstürzt\b|\bplant(?:e|er|ent|age)\b|\bvastgelopen\b"
        r"|\bvastlopen\b|\bbloccars[ie]\b|\bsi bloccano\b"
        r"|\bcloses? (?:itself|by itself)\b|\bshuts? (?:itself )?down\b|\b(?:app|application"
        r"|appli|aplicación|aplicativo|aplicação|applicazione|programm\w*|logiciel|software|tool)"
        r"\b[^.]{0,12}\b(?:se ferme|se cierra|si chiude|fecha(?:-se)?|schließt sich|sluit af)\b"
        r"|\bse cuelga\b|\bloopt vast\b|\bsi blocca\b|\btrav(?:a|ar|ou|am|ando)\b",
        r"\bbroken\b(?! down (?:by|per|into))|\bnot working\b|\bdo(?:es)?n'?t work\b"
        r"|\bstopped working\b|\bno longer work"
        r"|\bfunktioniert (?:nicht|nicht mehr|kaum)\b|\bgeht nicht\b|\bkaputt\b"
        r"|\bne (?:fonctionne|marche) (?:pas|plus)\b|\bno funciona\b|\bdeja de funcionar\b"
        r"|\bwerkt niet\b|\bwerkt (?:niet )?meer\b|\bnon funziona\b|\bnão funciona\b",
        r"\b(?:can'?t|cannot|unable to|not able to) (?:log ?in|sign in|access|open|load|save"
        r"|export|import|sync|print|send|upload|download)\b"
        r"|\b(?:redirect|login|endless|infinite|reboot) loops?\b|\bstuck in a loop\b"
        r"|\bkeeps? looping\b"
        r"|\blog(?:s|ging)? (?:us|users|people|everyone|me|them|staff|our \w+) out\b"
        r"|\b(?:können|kann) (?:uns |sich )?nicht (?:mehr )?(?:anmelden|einloggen|öffnen|laden)"
        r"|\bimpossible de (?:se connecter|ouvrir|charger|exporter|synchroniser)\b"
        r"|\bno (?:podemos|puede\w*) (?:acceder|entrar|iniciar sesión|abrir|cargar|exportar"
        r"|hacer el check-in|asignar|cobrar|facturar|imprimir|enviar)"
        r"|\bkunnen (?:niet|geen) (?:inloggen|openen|laden|exporteren)|\bkan niet inloggen\b"
        r"|\bnon (?:riusciamo|riesce|riescono) a (?:accedere|entrare|aprire|caricare|esportare)"
        r"|\bnão (?:conseguimos|consegue\w*) (?:acessar|entrar|abrir|carregar|exportar)",
        # slow, or not there
        r"\blatency\b|\btim(?:e|ing) ?outs?\b|\btiming out\b|\bslow\w*|\btakes (?:ages|forever)"
        r"|\blangsam\w*|\bladezeit\w*|\blent(?:e|s|eur)?\b|\blentitud\b|\blento\b|\btraag\b"
        r"|\blentezza\b|\blentidão\b",
        r"\boutages?\b|\bdowntime\b|\b(?:is|was|went|are|been|were)(?: completely| totally)? down\b"
        r"(?! by\b| to\b| from\b| \d| on last| compared| year)"
        r"|\bunavailable\b"
        r"|\bausfall\b|\bausgefallen\b|\bnicht erreichbar\b|\bpanne\b|\bindisponible\b"
        r"|\bhors service\b|\b(?:está|están|sigue|siguen) caíd[oa]s?\b"
        r"|\bcaída del (?:sistema|servicio|servidor)\b"
        r"|\bstoring\b|\bonbereikbaar\b|\bligt (?:plat|eruit)\b"
        r"|\bdisservizio\b|\bguasto\b|\bfora do ar\b",
        # a page or label that comes up empty
        r"\bblank (?:page|screen|pdfs?|labels?)\b|\b(?:come|comes|print|prints) out blank\b"
        r"|\bwei(?:ß|ss)e\w* (?:seite|bildschirm)\b|\bpage blanche\b|\bécran blanc\b"
        r"|\bsorte\w* vierges?\b|\b(?:página|pantalla) en blanco\b|\bsalen en blanco\b",
        r"\bfail(?:s|ing|ures?)?\b(?! to see)|\bfailed (?:\w+ ){0,3}(?:in a row|every (?:night|day"
        r"|time|run))\b"
        r"|\bfailed (?:with|to (?:load|sync|run|export|import|send|save"
        r"|start|open|process))\b|\bschlägt\w* fehl\b|\bfehlgeschlagen\b|\béchou\w*"
        r"|\bfallan?\b|\bfallando\b|\bfalló\b|\bfallaron\b|\bfailed validation\b"
        r"|\b(?:transaction|payment|upload|sync|import|export|login|job|run|request|booking"
        r"|update|print|scan)s? failed\b"
        r"|\bmislukt\b|\bfaalt\b|\bfallisc\w*|\bfalh(?:a|am|ou)\b",
        # since a change on our side
        r"\bsince (?:the (?:\w+ )?(?:upgrade|update|release)|upgrading|we rolled out|version"
        r"|v?\d+\.\d)"
        r"|\bafter (?:the )?(?:upgrade|update|release|v?\d+\.\d+)|\bseit dem update\b"
        r"|\bdepuis la (?:mise à jour|version)\b|\bdesde la actualización\b"
        r"|\b(?:seit (?:der )?version|desde la versión|sinds versie|dalla versione"
        r"|desde a versão|since v\d|seit v\d)\b"
        r"|\bsinds de update\b|\bdall'aggiornamento\b|\bdesde a atualização\b"
        r"|\b(?:since|after|seit|nach|depuis|après|desde|tras|sinds|na|dall'|dopo|após)"
        r" (?:the |dem |der |la |le |el |de |il |a |o )?(?:last|latest|new|recent|letzten"
        r"|neuen|dernière|nouvelle|última|nueva|laatste|nieuwe|ultimo|ultima|nuovo|nuova|nova)"
        r" (?:release|update|upgrade|version|versión|versão|versione|rilascio|aggiornamento"
        r"|actualización|atualização|mise à jour|versie)\b",
        # wrong or lost data
        r"\bdata loss\b|\blost (?:data|records|entries)\b|\boverwr(?:ote|itten)\b|\bwiped\b"
        r"|\bcorrupt\w*|\bdatenverlust\b|\bperte de données\b|\bpérdida de datos\b"
        r"|\bdataverlies\b|\bperdita di dati\b|\bperda de dados\b",
        r"\b(?:wrong|incorrect|missing) (?:data|values?|totals?|figures?|numbers?|results?"
        r"|entries|records|dates?|times?)\b|\bshows? (?:the )?wrong\b|\bout of sync\b"
        r"|\bfalsche\w* (?:werte|daten|summe\w*|zahlen)\b|\bdonnées (?:erronées|incorrectes)\b"
        r"|\bdatos (?:erróneos|incorrectos)\b|\bverkeerde (?:gegevens|waarden|cijfers)\b"
        r"|\bdati (?:errati|sbagliati)\b|\bdados (?:errados|incorretos)\b",
        r"(?<!could )(?<!would )(?<!to )\b(?:shows?|showing|displays?|rounds?|calculates?"
        r"|calculated|computed|showed|displayed|rounded|applied|printed"
        r"|calculating|computes?|computing|weighs|weights(?= \w+ at \d)|counts|applies|prints?"
        r"|zeigt|affiche\w*|muestra\w*|arrondi\w*|redondea\w*|rundet"
        r"|toont|mostra\w*|berechnet|calcule\w*|calcula\w*|berekent|calcola)\b(?! (?:correctly"
        r"|fine|properly|right|richtig|correctement|correctamente|bien)\b)[^.]{0,50}"
        r"\b(?:wrong\w*|incorrect\w*|differently|instead of|where|falsch\w*|statt|anders|faux"
        r"|erron\w*|erróne\w*|fehlerhaft\w*|onjuist\w*|errat\w*"
        r"|au lieu de|mal|en lugar de|en vez de|verkeerd\w*|in plaats van|sbagliat\w*"
        r"|even (?:when|though|if)|obwohl|aunque|même (?:si|quand|lorsque)"
        r"|invece di|errad\w*|em vez de)\b",
        r"\b(?:skips?|skipped|leaves? out|drops?|dropped|missing|lost)\b[^.]{0,40}\b(?:rows?"
        r"|records?|entr(?:y|ies)|lines?|items?|transactions?|fields?|orders?|bookings?"
        r"|appointments?|emails?|messages?|photos?|files?|documents?|images?|scans?)\b"
        r"|\bfehl(?:en|t)\b[^.]{0,40}\b(?:einträge|datensätze|zeilen"
        r"|umsätze|buchungen|belege|rechnungen|positionen|daten|aufträge|bestellungen|termine"
        r"|dateien|anhänge|bilder|fotos|seiten|zweite seite|letzte seite)\b"
        r"|\b(?:kommen|kommt) (?:\w+ ){0,2}nicht (?:mehr )?an\b"
        r"|\b(?:lignes|enregistrements) manquant\w*|\bfaltan (?:registros|filas|datos)\b"
        r"|\bontbreken (?:regels|records|gegevens)\b|\bmancano (?:righe|record|dati)\b"
        r"|\bfaltam (?:registros|linhas|dados)\b|\btakes? (?:over |more than |about )?\d+ "
        r"(?:minutes|seconds)\b|\bused to (?:be|take|work|load)\b"
        r"|\b(?:it|this|that|which|they|the \w+(?: \w+)?) used to (?:include|show|have|contain"
        r"|display|export|list|let|allow|print|send|sync|find)\b",
        r"\b(?:ignores|ignoriert|ne tient pas compte)\b[^.]{0,30}\b(?:we|wir|nous|you|sie)\b"
        r"(?![^.]{0,40}\b(?:as intended|as expected|correctly|wie gewünscht|comme prévu))"
        r"|\bno tiene en cuenta\b|\bhace caso omiso\b|\bignora (?:las?|los|el)\b"
        r"|\b(?:totals|figures|amounts|totales|cifras|importes|totaux|chiffres|montants|summen"
        r"|beträge) (?:that (?:are |come out )?)?(?:distint|diferent|différent|unterschiedlich"
        r"|different|abweichend)\w*"
        r"|\bduplicates (?:the|every|each|all|some|our|its|many|several|\w+s)\b"
        r"|\b(?:duplicated|dupliziert|verdoppelt|duplique(?:nt)?|duplica|duplicó)\b"
        r"(?! (?:a|an|the|un|una|le|la) (?:template|plantilla|modèle|vorlage|project|proyecto"
        r"|projet|projekt)\b)"
        r"|\bdisagree\b|\b(?:totals?|figures|numbers|amounts|sums|dates|values|reports?|lists?"
        r"|records|balances?|counts|data|stock)\b[^.]{0,40}\b(?:don'?t|do not"
        r"|doesn'?t|does not) match\b|\b(?:stimmen nicht überein|ne correspondent pas|no coinciden"
        r"|no cuadran)\b|\b(?:rows|lines|records|entries|orders) (?:are|were) missing\b"
        r"|\b(?:lower|higher) than the (?:sum|total)\b"
        r"|\boff by\b|\b(?:hours?|days?|minutes?) (?:off|out|behind|ahead)\b|\b(?:later|earlier"
        r"|higher|lower) than (?:planned|expected|it should|entered|booked|scheduled)\b",
        r"\broot cause\b|\ba fix\b|\bbe fixed\b|\bhotfix\b|\bpatch\b|\bcosmetic\b|\bkosmetisch\b"
        r"|\bcorrectif\b|\bcorrección\b|\bbugfix\b",
        r"\bsecurity (?:breach|hole|issue|bug|vulnerability)\b|\bdata (?:leak|breach)\b"
        r"|\bvulnerabilit\w*|\bsicherheitslücke\b|\bdatenleck\b|\bfaille\b|\bfuite de données\b"
        r"|\bbrecha\b|\bfuga de datos\b|\bdatalek\b|\bbeveiligingslek\b|\bvazamento\b",
        *DEFECT_CONCEPTS,
    ),
    Category.FEATURE_GAP: cues(
        r"\bmissing (?:feature|capability|functionality|option)\b|\bfeature request\b"
        r"|\bfunktionswunsch\b|\bfeature-?wunsch\b|\bdemande d'évolution\b",
        r"\broadmap\b|\bfeuille de route\b|\bhoja de ruta\b",
        r"\b(?:does not|doesn'?t|don'?t|do not|cannot|can'?t) support\b|\bnot supported\b"
        r"|\bno support for\b|\bdoes (?:the|your) [\w ]{0,30}support\b|\bnative support\b"
        r"|\bunterstützt\b[^.]{0,40}\b(?:kein\w*|nicht)\b|\bunterstützt nur\b"
        r"|\bne (?:supporte|gère|permet|prend) (?:toujours |encore )?pas\b"
        r"|\bne prend pas en charge\b|\bsin (?:permitir|admitir|soportar)\b"
        r"|\bno (?:admite|permite|soporta)\b|\bondersteunt (?:geen|niet|alleen)\b"
        r"|\bnon (?:supporta|permette|gestisce)\b|\bnão (?:suporta|permite)\b",
        r"\bnice to have\b|\bwould be (?:nice|great|helpful|useful)\b|\b(?:hard )?requirement\b"
        r"|\bwäre (?:schön|toll|hilfreich)\b|\bserait (?:bien|utile|pratique)\b"
        r"|\bsería (?:útil|genial)\b|\bzou (?:fijn|handig|mooi) zijn\b|\bsarebbe (?:utile|bello)\b"
        r"|\bseria (?:útil|ótimo)\b",
        r"\bfunktion\w* fehlt\b|\bfehlt\b|\bfeature\b|\bfonctionnalité\b|\bfuncionalidad\b"
        r"|\bfunctionaliteit\b|\bontbreekt\b|\bfunzionalità\b|\bfuncionalidade\b",
        r"\bgeplant\b|\bis (?:[\w ]|\d\.\d){0,40}planned\b"
        r"|\bplanned for\b(?! (?:\d|early|late|mid|the (?:end|start|\d)|next|this|q\d|january"
        r"|february|march|april|may|june|july|august|september|october|november|december"
        r"|monday|tuesday|wednesday|thursday|friday))"
        r"|\b(?:it'?s|it is|that'?s|that is|this is) (?:already )?(?:planned|on the roadmap)\b"
        r"|\bon the (?:plan|agenda)\b"
        r"|(?<!renouvellement )(?<!renovación )(?<!réunion )(?<!rendez-vous )\b(?:est-(?:ce|il)"
        r"|c'est|est|está|estão|è|é) (?:\w+ )?(?:prévu|previst)\w*"
        r"|\bPläne\b|\bgepland\b|\bop de planning\b"
        r"|\bin programma\b|\bplanejad[oa]\b",
        r"\b(?:would|could) (?:really )?help (?:us )?if\b|\bit would help\b|\bwe'?d (?:love"
        r"|like) it if\b"
        r"|\bj'aimerais (?:pouvoir|que)\b|\bnous aimerions (?:pouvoir|que)\b|\b(?:nos|me) gustaría"
        r" (?:poder|que)\b|\bwir (?:hätten|würden) gerne\b|\bes wäre (?:gut|schön|hilfreich)\b"
        r"|\b(?:we zouden|ik zou) graag\b|\b(?:mi|ci) piacerebbe\b|\bvorremmo poter\b"
        r"|\bgostar(?:íamos|ia) de poder\b|\bwir vermissen\b|\bvermissen (?:eine|die|den)\b"
        r"|\b(?:il )?nous manque\b|\bnos falta\b|\bechamos en falta\b|\bwe missen\b|\bci manca\b"
        r"|\bsentimos falta\b|\b(?:nos )?har[íi]a falta\b|\bnos hace falta\b|\bwir bräuchten\b"
        r"|\bil nous faudrait\b|\b(?:has|have) no (?:\w+ )?(?:mode|option|setting|integration"
        r"|api|view)\b|\bwe(?:'d| would) prefer\b(?! to (?:stay|keep|continue|remain))"
        r"|\bnous préférerions\b(?! rester| continuer)|\bpreferiríamos\b(?! seguir| continuar)"
        r"|\bwir hätten lieber\b|\blog (?:this|it) as a (?:feature )?request\b"
        r"|^unterstützt\b|(?<=[.!?] )unterstützt\b|\b(?:derzeit|aktuell|momentan) gibt es nur\b"
        r"|\b(?:reporting|feature|functional|functionality) gaps?\b"
        r"|\b(?:comptez|prévoyez|envisagez)-vous\b|\bvous comptez\b"
        r"|\btienen pensado\b|\bplanean\b|\bpensate di\b|\bpretendem\b|\bare you planning\b"
        r"|\bdo you plan to\b|\bplan(?:ning)? to (?:offer|add|support|build)\b",
        r"\b(?:today|currently|at the moment|right now|for now) (?:you |it |we )?only\b"
        r"|\bonly offer\b"
        r"|\b(?:al momento|attualmente) non si può\b|\bnon è possibile\b|\bnon si può\b"
        r"|\b(?:actuellement|aujourd'hui),? (?:il n'est pas possible|on ne peut pas)\b"
        r"|\b(?:actualmente|hoy) no (?:se puede|es posible)\b|\b(?:momenteel|op dit moment) (?:kan"
        r"|is het) niet\b|\b(?:atualmente|hoje) não (?:é possível|dá)\b|\b(?:derzeit|aktuell"
        r"|momentan) (?:nur|geht das nicht|nicht möglich)\b",
        r"\black(?:s|ing)?\b|\bnot (?:yet )?available\b|\bwe don'?t (?:do|offer|have|support"
        r"|provide)\b"
        r"|\bwhich we (?:don'?t|do not|lack)\b|\bcan(?:not|'t) (?:produce|generate|handle)\b"
        r"|\bwould (?:save|be lovely|be great|be useful)\b|\bwhen can we expect\b",
        r"\bisn'?t something (?:we|you) (?:offer|do|support|have)\b|\bis there (?:really )?no\b"
        r"|\bvorremmo (?:che|poter|avere)\b|\bwir möchten, dass\b|\bnous voudrions (?:que"
        r"|pouvoir)\b"
        r"|\bquisiéramos (?:que|poder)\b|\bgostaríamos que\b|\bwe would like (?:the|your) \w+ to\b"
        r"|\balso (?:handle|support|cover|show|work with)\b|\baussi gérer\b|\banche (?:gestire"
        r"|gestisse)\b",
        r"\bcan (?:your|the) (?:\w+ ){0,2}(?:do|handle|support) (?:that|this|it)\b|\bon the cards\b"
        r"|\bin the pipeline\b|\bon your (?:list|backlog)\b|\b(?:van a|vais a|will you|werden sie"
        r"|allez-vous|gaan jullie|avete intenzione di|vão) (?:incluir|include|add|ajouter"
        r"|hinzufügen"
        r"|toevoegen|aggiungere|adicionar|offer|support|ofrecer|proposer|anbieten)\b"
        r"|\bneed a way to\b"
        r"|\bbrauchen eine möglichkeit\b|\bbesoin d'un moyen\b|\bnecesitamos una (?:forma|manera)\b"
        r"|\bserve un modo\b|\bprecisamos de uma forma\b|\b(?:willen|zouden) graag\b"
        r"|\bil manque (?:un|une|le|la|l')|\bfalta(?:n)? (?:un|una|um|uma)\b|\bmanca (?:un|una)\b",
        r"\bdo you (?:support|offer|provide)\b|\b(?:serait|est)-il envisageable\b|\bangedacht\b",
        r"\b(?:is there|are there|any) plans? (?:to|for)\b"
        r"|\bwill you (?:add|offer|support)\b"
        r"|\b(?:would|'d) (?:love|like) to be able to\b|\bit would be (?:great|nice|helpful) if\b"
        r"|\bthere is no (?:way|option|integration|setting)\b"
        r"|\b(?:doesn'?t|does not|don'?t) (?:have|offer)"
        r" (?:an?|any) (?:option|way|integration|api|export|setting)\b|\bgibt es pläne\b"
        r"|\bkein\w* (?:schnittstelle|integration|option|möglichkeit)\b|\bpas de (?:connecteur"
        r"|intégration|option)\b|\b(?:no hay|no tiene) (?:integración|opción)\b|\bhay planes\b"
        r"|\bgeen (?:koppeling|integratie|optie)\b|\bzijn er plannen\b|\bci sono piani\b"
        r"|\bnon (?:c'è|ha) (?:integrazione|opzione)\b|\bnão (?:tem|há) (?:integração|opção)\b"
        r"|\bhá planos\b",
        r"\bonly (?:allows|supports|lets|offers|handles)\b|\blimited to\b|\bis there a way to\b"
        r"|\bwould like to be able to\b|\badd (?:an? )?(?:option|setting|field|way)\b"
        r"|\bn'est pas possible\b|\bse pueden?\b|\bis (?:het|dat) mogelijk\b|\bè possibile\b"
        r"|\bé possível\b|\bgibt es (?:eine )?möglichkeit\b|\bpermet uniquement\b"
        r"|\bsolo permite\b|\bkan alleen\b|\bconsente solo\b|\bsó permite\b",
        *GAP_CONCEPTS,
    ),
    Category.SERVICE_FAILURE: SERVICE_CUES,
    **ACCOUNT_CUES,
}
CATEGORY_CUES[Category.RELATIONSHIP_AT_RISK] += cues(*RISK_CONCEPTS)
