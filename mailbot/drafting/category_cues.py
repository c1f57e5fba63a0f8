"""The per-category cue tables of the offline rules (EN/DE/FR/ES/NL/IT/PT): product and
service here, the account-level ones (money, relationship, executives) in account_cues.py.

One pattern per *concept* of routing/definitions.md (defs-1), written in every language at
once: a thread scores one cue per concept it evidences, so a long thread does not outscore
a short one by repeating itself. The words are what any customer in any industry writes
about that problem (a bill, a missed meeting, falling usage), not particular threads.
"""

from __future__ import annotations

import re

from mailbot.domain import Category
from mailbot.drafting.account_cues import ACCOUNT_CUES
from mailbot.drafting.category_concepts import DEFECT_CONCEPTS, GAP_CONCEPTS, RISK_CONCEPTS
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
    Category.SERVICE_FAILURE: cues(
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
        r"\bno (?:response|reply|answer|feedback|call ?back)\b"
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
        r"\bclosed (?:\w+ )?(?:as|without) (?:a |an |any )?(?:single )?(?:answer|reply|response"
        r"|resolution|solution"
        r"|fix|explanation|duplicate|resolved|solved|done|completed|fixed|word)\b"
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
        r"|\b(?:projektleiter\w*|ansprechpartner\w*|berater\w*|betreuer\w*|consultant"
        r"|account manager|project (?:manager|lead)|chef de projet|interlocuteur|gestor\w*"
        r"|consultor\w*)\b[^.]{0,40}\b(?:nicht erreichbar|unreachable|injoignable|ilocalizable"
        r"|out of office"
        r"|abwesenheitsnotiz)"
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
    ),
    **ACCOUNT_CUES,
}
CATEGORY_CUES[Category.RELATIONSHIP_AT_RISK] += cues(*RISK_CONCEPTS)
