"""Severity cue tables for the offline rules (EN/DE/FR/ES/NL/IT/PT).

Apart from rules.py's ordering logic so the word lists can grow without the logic growing
with them. Each level's words follow routing/definitions.md (defs-1): critical is work
stopped or data/security harmed now, high is impaired, at risk (deadline, audit, go-live,
renewal) or escalated, low is cosmetic, "no rush", a question.
"""

from __future__ import annotations

import re

from mailbot.domain import Severity
from mailbot.drafting import severity_concepts
from mailbot.drafting.cues import cues

_NOT_TELL = (
    r"(?!\s+(?:\w+\s+)?(?:tell|say|explain|answer|give|sagen|erklären|antworten|dire|dirci"
    r"|expliquer|répondre|decir|explicar|responder|zeggen|vertellen|uitleggen|spiegare"
    r"|rispondere|dizer))"
)
# A count, not a year ("the 2023 invoices") nor a digit inside a longer number; bounded so
# a run of "1,1,1,..." is read once, not from every digit (it took 200 s on 200 KB).
_NUMBER = r"(?<![\d,.])(?!(?:19|20)\d\d\b)"
_COUNT = rf"{_NUMBER}(?:[5-9]|\d{{1,3}}(?:[,.]\d{{3}})+|\d{{2,}})"
_MANY = rf"{_NUMBER}(?:[5-9]\d|\d{{1,3}}(?:[,.]\d{{3}})+|\d{{3,}})"
_PEOPLE = r"(?:users|customers|orders|Nutzer|utilisateurs)"
_SEATS = r"(?:active|licensed|registered|named|paying|paid)"
_ITEMS = (
    r"(?:invoices|bookings|parcels|shipments|patients|pupils|students|facturas|rechnungen"
    r"|factures|buchungen|réservations|reservas|pedidos|bestellungen|commandes|envíos"
    r"|sendungen|colis|pacientes|patienten|alumnos|schüler|élèves)"
)
_HARMED = (
    r"(?:wrong\w*|incorrect\w*|fail\w*|missing|lost|duplicat\w*|affected|stuck|rejected|bounced"
    r"|errors?|falsch\w*|fehlerhaft\w*|faux|fausses?|erron\w*|errón\w*|incorrect[oa]s)"
)
_WORDED: dict[Severity, tuple[re.Pattern[str], ...]] = {
    Severity.CRITICAL: cues(
        r"\bproduction (?:is )?down\b|\bdown in production\b|\bcompletely down\b"
        r"|\bsystem (?:is )?down\b",
        r"\bdata loss\b|\blost data\b|\boverwr(?:ote|itten)\b|\bwiped\b|\bsecurity breach\b",
        r"\bdatenverlust\b|\bproduktionsausfall\b|\bperte de données\b|\bpanne totale\b",
        # defs-1: work stopped now for everyone, or data/security harmed
        r"\b(?:every(?:one| \w+)|all (?:\d+ )?(?:of )?(?:our )?\w+)\b[^.]{0,80}"
        r"\b(?:cannot|can'?t|unable to|unable)\b",
        # (not a reminder run they switched off, nor an old system retired on a date)
        r"(?<!old system is )\bswitched off\b(?! (?:the |our )?"
        r"(?:second|extra|duplicate|reminder|notification)\w*)"
        r"|\bsteh(?:t|en)\b[^.]{0,40}\bstill\b|\bnicht erreichbar\b|\bplus aucun\b"
        r"|\bningún cliente\b|\bhave not been paid\b|\bare gone\b|\bis gone\b|\bsont perdu",
        # an outage still going on: not "that/the/Saturday's outage" or one since resolved
        r"(?<!that )(?<!the )(?<!'s )(?<!during )(?<!second )(?<!last )(?<!previous )\boutage\b"
        r"(?![\s\S]{0,120}\b(?:resolved|fine since|worked fine|is over|last week"
        r"|happened|occurred)\b)",
        # work stopped now, in every language ("nobody can tell me" is not work stopped)
        r"\b(?:picking|production|sales|shipping|deliveries|operations|work|business|checkout"
        r"|orders?|bookings?) (?:has|have|is|are) (?:completely )?(?:stopped|halted)\b"
        r"|\b(?:other|another) (?:customers?|tenants?|users?|employees?|patients?|clients?)'?s?'?"
        r" (?:data|details|names|records|statements|invoices|payslips|orders)\b"
        r"|\baddressed to someone else\b|\bsomeone else'?s (?:data|details|records)\b"
        r"|\bdatenschutzverletzung\b|\bdaten anderer (?:kunden|nutzer|mitarbeiter)\b"
        r"|\bdonnées d'autres (?:clients|utilisateurs)\b|\bdatos de otros (?:clientes|usuarios)\b"
        r"|\bgegevens van andere (?:klanten|gebruikers)\b|\bdati di altri (?:clienti|utenti)\b"
        r"|\bdados de outros (?:clientes|usuários)\b",
        r"\blos(?:e|es|ing|t) (?:their|our|all|the) (?:\w+ )?(?:photos|files|data|records|work"
        r"|entries"
        r"|changes|documents)\b",
        r"\bsecurity incident\b|\bsicherheitsvorfall\b|\bincident de sécurité\b"
        r"|\bincidente de seguridad\b|\bbeveiligingsincident\b|\bincidente di sicurezza\b"
        r"|\bincidente de segurança\b",
        rf"\bnone of (?:our|the) (?:\w+ ){{0,6}}(?:can|are able|is able)\b{_NOT_TELL}|"
        rf"\b(?:nobody|no one|niemand|personne ne|nadie|nessuno|ninguém) (?:can|is able to|kann"
        rf"|kan|peut|puede|può|riesce|consegue)\b{_NOT_TELL}|\bnothing works\b|\bstandstill\b"
        r"|\b(?:at a|to a) (?:complete )?(?:halt|stop)\b|\bcannot (?:take|process|accept) (?:any )?"
        r"(?:orders|payments|bookings)\b|\b(?:payroll|salaries|payments|orders) (?:are |is )?not"
        r" (?:going out|being (?:sent|paid|processed))\b|\blosing (?:money|orders|revenue|sales)\b"
        r"|\bstillstand\b|\bnichts geht mehr\b|\bgeht gar nichts\b|\btotalausfall\b"
        r"|\bkomplett ausgefallen\b|\bà l'arrêt\b|\bplus rien ne\b|\bpanne (?:générale|complète)\b"
        r"|\bparalizad\w*|\bcaída total\b|\bligt (?:volledig )?plat\b|\bstilgelegd\b"
        r"|\bcompletamente ferm[oi]\b|\bbloccat[oi] tutt[oi]\b|\bcompletamente parad[oa]\b"
        r"|\bfora do ar\b",
        r"\bdata (?:leak|breach)\b|(?<!\bno )\b(?:data|records|entries) (?:were |was |have been"
        r" |are )?"
        r"(?:deleted|lost|gone)\b|\bdatenleck\b|\bdaten (?:sind )?(?:weg|gelöscht|verloren)\b"
        r"|\bfuite de données\b|\bdonnées (?:perdues|effacées|supprimées)\b|\bfuga de datos\b"
        r"|\bdatos (?:perdidos|borrados)\b|\bpérdida de datos\b|\bdatalek\b|\bdataverlies\b"
        r"|\bgegevens (?:kwijt|verloren|verwijderd)\b"
        r"|\bperdita di dati\b|\bdati (?:persi|cancellati)"
        r"|\bperda de dados\b|\bdados (?:perdidos|apagados)\b|\bvazamento de dados\b",
    ),
    Severity.HIGH: cues(
        r"\b(?:emailed|called|written|wrote|asked|chased|phoned|contacted) (?:\w+ ){0,4}(?:three"
        r"|four"
        r"|five|several|multiple|\d+) times\b"
        # the same said by the customer in other languages (we/I asked: "Esta función se
        # llama tres veces" and "le webhook appelle notre serveur plusieurs fois" are software)
        r"|\b(?:(?:hemos|he) (?:escrito|llamado|reclamado|preguntado)|escribimos|llamamos"
        r"|reclamamos|(?:nous avons|nous vous avons|j'ai|je vous ai|on a) (?:écrit|appelé"
        r"|relancé|téléphoné)|relancé|(?:wir haben|ich habe)(?: \w+){0,3} (?:geschrieben"
        r"|angeschrieben|angerufen|nachgefragt|gemailt)|(?:abbiamo|ho) (?:scritto|chiamato"
        r"|sollecitato)|(?:we hebben|ik heb) (?:\w+ )?(?:gemaild|gebeld)|escrevemos|ligamos)"
        r" (?:\w+ ){0,4}(?:tres|cuatro|varias|trois|quatre|plusieurs|drei|vier|mehrere|drie"
        r"|meerdere|tre|quattro|diverse|três|quatro|várias) (?:veces|fois|mal|keer|volte|vezes)\b"
        r"|\b(?:à (?:trois|quatre|plusieurs) reprises|en (?:tres|cuatro|varias) ocasiones)\b"
        r"|\b(?:wir haben|ich habe)\b[^.;]{0,30}\b(?:dreimal|viermal|mehrmals)\b[^.;]{0,30}"
        r"\b(?:angerufen|geschrieben|angeschrieben"
        r"|nachgefragt|gemailt|erinnert)\b",
        # ... and counted as the third time of asking (defs-1 "chased three or more times"):
        # "this is the third time I am asking", "zum dritten Mal nachgefragt", "la troisième
        # relance", "la tercera vez que pregunto"; not the second, nor a third anything else
        r"\b(?:third|fourth|fifth|3rd|4th) (?:time (?:that )?(?:i|we)(?:'ve| have| am| are)?"
        r" (?:\w+ ){0,2}?(?:ask|chas|writ|wrote|email|call|follow|remind|rais|reach)\w*"
        r"|(?:reminder|follow-up|chaser|request for an? (?:answer|update|reply))\b)"
        r"|\bzum (?:dritten|vierten|fünften) mal\b[^.;]{0,40}\b(?:nach(?:gefragt|fragen)?"
        r"|gefragt|frage|geschrieben|schreibe|angerufen|erinnert|gemahnt)\b"
        r"|\b(?:frage|schreibe|melde mich)\b[^.;]{0,20}\bzum (?:dritten|vierten) mal\b"
        r"|\b(?:dritte|vierte) (?:erinnerung|nachfrage|mahnung)\b"
        r"|\b(?:troisième|quatrième) (?:relance|rappel)\b|\b(?:troisième|quatrième) fois que"
        r" (?:je|nous) (?:vous )?(?:relan|écri|demand|appel|sollicit)\w*"
        r"|\b(?:tercera|cuarta) vez que (?:\w+ ){0,2}?(?:pregunt|escrib|reclam|llam|insist)\w*"
        r"|\b(?:tercer|cuarto) (?:recordatorio|aviso|correo)\b",
        r"\b(?:talks|talking|evaluat\w*|compar\w*|looking at|testing) (?:with "
        r"|at )?(?:\w+ )?(?:other"
        r"|alternative|competing) (?:vendors?|providers?|suppliers?|solutions?|products?|tools?)\b",
        r"\btender\b|\bRFP\b|\bappel d'offres\b|\bausschreibung\b|\blicitación\b|\baanbesteding\b"
        r"|\bgara d'appalto\b|\blicitação\b|\b(?:after|nach|après|después de|na|dopo|depois de)"
        r" (?:three|several|\d+|drei|mehreren|trois|plusieurs|tres|varios|drie|meerdere|tre|diverse"
        r"|três|vários) (?:e-?mails|mails|messages|calls|tickets|anrufen|appels|llamadas|correos"
        r"|berichten|telefoontjes|chiamate|ligações|mensagens)\b",
        r"\bblocked\b|\bblocking\b|\bon hold\b|\bblockiert\b|\bbloqué\w*",
        r"\bcannot\b|\bcan'?t\b|\bunable to\b|\bkann nicht\b|\bkönnen nicht\b|\bimpossible de\b",
        r"\bcrash\w*",
        # many users (defs-1): five or more; not a count of use or seats ("only 90 users
        # logged in this year", "we have 41 active users;"), which says nobody was hit
        # (nor a count billed: "still billed for 25 users")
        r"(?<!billed for )(?<!charged for )(?<!charges for )(?<!bills for )(?<!paying for )"
        r"(?<!pay for )(?<!counts )(?<!invoice for )"
        rf"\b{_COUNT}\s+(?:{_SEATS}\s+{_PEOPLE}\b(?!\s*(?:[;,.)]|$|and\b|but\b|in\b|on\b"
        rf"|this\b|last\b))|(?!{_SEATS}\s)(?:\w+\s)?{_PEOPLE}\b(?!\s+(?:\w+\s)?(?:logged in"
        r"|log in|signed in|sign in|are active|were active)\b))",
        # ... and the customer's own items hit by the fifty or hundred, with the harm said
        # ("600 invoices have gone out with the wrong total"; not "we send 600 invoices a
        # month", nor "all 12 invoices" of a bill)
        rf"\b{_MANY}\s+(?:\w+\s)?{_ITEMS}\b[^.;]{{0,60}}\b{_HARMED}",
        # (not an SLA named to claim its credits for an outage that is over: a dispute about
        # money with no deadline, defs-1 medium)
        r"\bno response\b|\bSLA\b(?![^!?\n]{0,100}\bcredits?\b)",
        r"\b(?:will not|won'?t|not to) renew\b|\banother vendor\b"
        r"|\bcancel\w* (?:the |our |my )?(?:contract|subscription|account|renewal|licen[cs]es)\b",
        r"\bdeadline\b|\bdue (?:on|by)\b",
        r"\bgo-?live\b[^.]{0,40}\bat risk\b|\b(?:renewal|relationship) (?:is )?at risk\b",
        r"\b(?:evaluat\w+|trial\w*|test\w*) (?:a |with a )?(?:competitor|concurrent|Wettbewerber)"
        r"|\bpilot with\b",
        r"\b(?:error|fehler|erreur|HTTP) 5\d\d\b",
        # defs-1: broken functions, deadlines, renewals and unanswered customers (DE/FR/ES too;
        # Spanish "falla" and its forms, not French "il fallait", what was needed, nor German
        # "Fallakte", a case file)
        r"\bfail(?:s|ing|ed)?\b|\bbricht\b[^.]{0,60}\bab\b|\béchou\w*"
        r"|\bfall(?:a|an|as|ó|aron|ando|aba|aban)\b",
        r"\baudit\b(?! (?:log|trail|history|report|entries))|\bgo-?live\b|\bgo live\b"
        r"|\blive gehen\b|\brenewal (?:is |comes up |is due )(?!going through|fine|not until"
        r"|isn'?t)"
        r"|\bacquired by\b|\bnot be in (?:next year's |the )?budget\b",
        r"\bcontract says\b|\blaut vertrag\b|\breaktionszeit\b|\bselon (?:le|notre) contrat\b"
        r"|\bsegún (?:el|nuestro) contrato\b|\b(?:per|under|according to) (?:the|our) contract\b"
        r"|\bvolgens (?:het|ons) contract\b|\bsecondo il contratto\b|\bsegundo o contrato\b",
        # a business deadline the problem endangers (payroll, month end, a compliance date)
        r"\bpayroll\b|\bmonth[- ]end\b|\byear[- ]end\b|\bmonatsabschluss\b"
        r"|\bjahresabschluss\b"
        r"|\blohnabrechnung\b|\bclôture (?:mensuelle|annuelle|comptable|trimestrielle)\b|\bpaie\b"
        r"|\bquartalsabschluss\b"
        r"|\bcierre (?:mensual|anual|contable|fiscal)\b|\bnóminas?\b|\bmaandafsluiting\b"
        r"|\bsalarisrun\b"
        r"|\bchiusura (?:mensile|contabile)\b|\bbuste paga\b|\bfechamento (?:mensal|contábil)\b"
        r"|\bfolha de pagamento\b|\b(?:required|mandatory|verlangt|vorgeschrieben|obligatoire"
        r"|obligatorio|verplicht|obbligatori[oa]|obrigatóri[oa])\b[^.]{0,30}"
        r"\b(?:from|by|ab|à partir"
        r"|a partir|vanaf|dal|entro)\b",
        # our people failed repeatedly (defs-1)
        r"\b(?:three|four|several|multiple|repeated|numerous|trois|plusieurs|drei|mehrere|tres"
        r"|varias|drie|meerdere|tre|diverse|três|várias) (?:\w+ )?(?:reminders|relances|chasers"
        r"|erinnerungen|nachfragen|recordatorios|herinneringen|solleciti|lembretes)\b",
        # hard deadlines, go-lives and audits at risk; blocked work (DE/FR/ES/NL/IT/PT); not
        # "échéance"/"plazo"/"scadenza", which also name an invoice's due date
        r"\b(?:abgabe|melde|einreichungs|antrags|umsetzungs)?frist\b"
        r"|\bstichtag\b|\bdate limite\b|\bfecha límite\b|\bmise en production\b"
        r"|\bpuesta en marcha\b|\bmessa in produzione\b|\bentrada em produção\b"
        r"|\baudits?\b(?! (?:log|trail|history|report|entries))|\bauditoría\b|\bauditoria\b",
        r"\bgeblokkeerd\b|\bbloccat[oi]\b|\bbloquead[oa]s?\b|\bkunnen (?:niet|geen)\b"
        r"|\bno podemos\b|\bnon possiamo\b|\bnão podemos\b|\bnous ne pouvons pas\b"
        r"|\bwir können nicht\b|\bnon riusciamo\b|\bnão conseguimos\b",
        # defs-1: a competitor evaluation puts the renewal at risk (a champion leaving is high
        # only before a renewal, which the account's renewal date decides)
        r"\b(?:evaluat\w*|evalu\w*|prüf\w*|test\w*|pilot\w*|trial\w*|essai\w*|prueba\w*|valut\w*"
        r"|avali\w*|look\w* at|bekijk\w*)\b[^.]{0,40}\b(?:competitor|concurren\w*|konkurren\w*"
        r"|wettbewerb\w*|competencia|competidor\w*|concorren\w*)|\b(?:competitor|concurren\w*"
        r"|konkurren\w*|wettbewerb\w*|competidor\w*|concorren\w*)\w*\b[^.]{0,60}\b(?:pilot(?:en)?"
        r"|piloto|pilote|trial|demo|offer|proposal|quote|angebot|offre|oferta|offerte|offerta"
        r"|proposta)\b",
    ),
    Severity.LOW: cues(
        r"\bcosmetic\b|\bminor\b|\bsmall thing\b|\bnice to have\b|\bkosmetisch\b|\bslightly\b"
        r"|\bno hurry\b",
        r"\bnot blocking\b|\bno rush\b|\bwhen convenient\b|\bnot urgent\b|\bpas urgent\b",
        r"\btiny\b|\btypo\b|\bsmall (?:one|admin)\b|\bcosm[ée]tic[oa]?\b|\bno es grave\b"
        r"|\bpas grave\b|\bnicht schlimm\b|\btrámite menor\b|\bwhen you get a chance\b"
        r"|\b(?:the amount|el importe) (?:is|es) (?:fine|correct[oa]?)\b",
        r"\bkleinigkeit\b|\bschönheitsfehler\b|\bkeine eile\b|\bwenn (?:Sie|ihr) zeit\b"
        r"|\bdétail\b|\bmineur\w*|\bcosmétique\b|\bquand vous aurez le temps\b|\brien d'urgent\b"
        r"|\b(?:sin|ninguna) prisa\b|\b(?:solo|sólo|just|only|nur|juste) (?:era |eine |une )?"
        r"(?:una pregunta|a question|frage|question)\b(?! (?:of|de)\b)"
        r"|\bno es urgente\b|\bdetalle\b|\bmenor\b|\bcuando puedan\b"
        r"|\bgeen haast\b|\bniet dringend\b|\bkleinigheid\b|\bcosmetisch\b|\bschoonheidsfout\w*"
        r"|\bnessuna fretta\b|\bnon è urgente\b|\bdettaglio\b|\bcosmetico\b|\bpiccolezza\b"
        r"|\bsem pressa\b|\bnão é urgente\b|\bdetalhe\b|\bcosmético\b|\bquando puderem\b"
        r"|\bwhen you have (?:a moment|time)\b|\bjust a question\b|\bquick question\b",
    ),
}
# The wordings above, then the scope-and-effect concepts (severity_concepts.py) that carry
# defs-1 to threads nobody tuned for.
SEVERITY_CUES: dict[Severity, tuple[re.Pattern[str], ...]] = {
    Severity.CRITICAL: _WORDED[Severity.CRITICAL] + severity_concepts.CRITICAL,
    Severity.HIGH: _WORDED[Severity.HIGH] + severity_concepts.HIGH,
    Severity.LOW: _WORDED[Severity.LOW] + severity_concepts.LOW,
}
