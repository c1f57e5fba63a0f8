"""Cue tables for the account-level categories (money, the relationship, executives) in
EN/DE/FR/ES/NL/IT/PT; category_cues.py adds them to the product and service tables.

Same rules as there: one pattern per defs-1 concept, in every language at once, written from
what any customer writes about a bill, a champion leaving or their CEO stepping in.
"""

from __future__ import annotations

import re

from mailbot.domain import Category
from mailbot.drafting.category_risk import RENEWAL_SWITCH
from mailbot.drafting.cues import cues
from mailbot.drafting.executives import TITLE

ACCOUNT_CUES: dict[Category, tuple[re.Pattern[str], ...]] = {
    Category.COMMERCIAL_DISPUTE: cues(
        r"\binvoic\w*|\bbill(?:ing|ed)\b|\bpayment\b|\brechnung\w*|\babrechnung\b"
        r"|\bfactur\w*|\bfactuur\w*|\bfatura\w*|\b(?:you|they) (?:still )?(?:bill|charge|invoice)\b"
        r"|\bfattur\w*|\bpagamento\b|\bpago\b|\bbetaling\b|\bzahlung\b|\bpaiement\b"
        r"|\bdirect debit\b|\blastschrift\w*|\bdomiciliación\b",
        r"\b(?:over|double[- ]?)?charged\b|\babgerechnet\b|\bin rechnung gestellt\b"
        r"|\bovercharg\w*|\bcharged twice\b|\bdoppelt\w*"
        r" (?:abgebucht|berechnet)\b|\bprélev\w*|\bdébité\w*|\bcobr(?:ado|aron|o|ança)\w*"
        r"|\bafgeschreven\b|\bgefactureerd\b|\baddebit\w*|\bdoble cargo\b",
        r"\brefund\w*|\bmoney back\b|\boverage\w*|\bgeld zurück\b|\bdevolver el dinero\b"
        r"|\bgeld terug\b|\bdevolver o dinheiro\b|\b(?:paid|transferred"
        r"|debited) (?:\w+ ){0,3}twice\b"
        r"|\bdiscount\w*|\brabatt\w*|\bremise\b|\bdescuento\w*|\bkorting\w*|\bsconto\b"
        r"|\bdesconto\w*|\bcredit note\b|\bpro-?rata credit\b"
        r"|\b(?:like|want|ask\w*|request\w*|claim\w*) (?:for )?a credit\b|\bgutschrift\b"
        r"|\b(?:rück)?erstattung\b|\bremboursement\b"
        r"|\brembourser\b|\b(?:un|cet|votre|notre|leur|d'un|l')\s?avoir\b(?! (?:un|une|des|le|la"
        r"|les|accès))|\breembolso\b|\bnota de crédito\b|\babono\b"
        r"|\bterugbetaling\b|\bcreditnota\b|\brimborso\b|\bnota di credito\b|\bestorno\b",
        # what we charge, not the customer's own product prices
        r"\bpric(?:e|es|ing) (?:increase|rise|hike|list|change|uplift|per)\w*|\bpricing\b|\bquote\b"
        r"|\bpropuesta de renovación\b|\bverlängerungsangebot\b|\bdevis de renouvellement\b"
        r"|\b(?:pagar|pay|zahlen|payer) (?:por|by|per|par) (?:bank )?(?:transferencia|transfer"
        r"|überweisung|virement)\b"
        r"|\b(?:higher|new|old|agreed|list|renewal|unit|annual|our|your) pric(?:e|es|ing)\b"
        r"|\b(?:annual|subscription|licen[cs]e|monthly) fees?\b|\bpreiserhöhung\b"
        r"|\bpreisanpassung\b|\b(?:neue\w*|vereinbart\w*) preis\w*|\bangebot\b|\btarif\w*"
        r"|\b(?:augmentation|hausse) (?:de|du|des) (?:prix|tarifs?)\b|\bdevis\b"
        r"|\b(?:subida|aumento) de(?:l)? (?:precio|tarifa)s?\b|\bprijsverhoging\b|\bprijsstijging\b"
        r"|\bofferte\b|\baumento (?:di|del|dei) prezz\w*|\blistino\b|\bpreventivo\b"
        r"|\baumento (?:de|do) preço\w*|\breajuste\b"
        r"|\bcosts? (?:increase|went up)\b|\bfees?\b|\bgebühr\w*|\bfrais\b|\bcuota\b"
        r"|\b(?:increase|rise|hike|uplift|subida|aumento|hausse|augmentation|erhöhung|verhoging"
        r"|stijging|reajuste) (?:of |by |de |del |du |de la |um |van |met |di |del |do |da )?"
        r"\+?\d+(?:[.,]\d+)?[\s\u00a0\u202f]?%|\b\d+(?:[.,]\d+)? ?% (?:more|higher|increase|uplift"
        r"|rise|hike"
        r"|teurer|plus cher|hoger|höher|plus élevé|más alto|più alto|mais alto"
        r"|más caro|duurder|in più|mais caro)",
        # a price word and a rise in one sentence ("the price of the app went up by 15%")
        r"\b(?:price|fee|prix|tarif|precio|cuota|prijs|prezzo|canone|preço|mensalidade"
        r"|\w*gebühr|\w*preis)\w*\b[^.!?\n]{0,60}\b(?:rais|increas|went up|risen|rose|hike"
        r"|erhöht|gestiegen|augment|hausse|aument|subi|verhoogd|gestegen)\w*|\b(?:raised"
        r"|increased|hiked|erhöht|augmenté|aumentado|subido|verhoogd|aumentato|aumentou)"
        r" (?:the |our |your |den |le |el |il |o |de )?(?:price|fee|prix|tarif|preis"
        r"|gebühr|precio|cuota|prijs|prezzo|canone|preço)\w*|\bcobran?\b",
        r"\brenewal (?:proposal|quote|offer|price|pricing)\b|\b\d+(?:[.,]\d+)? ?% (?:above|over"
        r"|more than)\b",
        # a seat count in dispute: a minimum, or dropping from one count to another
        r"\bminimum (?:is |of )?\d+ (?:seats|licen[cs]es|users)\b|\bfrom \d+ to \d+ (?:seats"
        r"|licen[cs]es|users|lizenzen|licencias)\b",
        # paying for more seats than they use
        r"\b(?:pay(?:ing)? for|payons|paie|zahlen für|bezahlen|pagamos) (?:\w+ )?\d+ (?:licen[cs]es"
        r"|seats|users|lizenzen|licencias|utilisateurs|usuarios|nutzer)\b[^.;]{0,30}\b(?:but"
        r"|while|only|alors que|aber|nur|pero|sólo|solo|mientras)\b",
        r"\bmahnung\w*|\baanmaning\w*|\bdunning\b|\bpayment reminder\b|\brelance de paiement\b"
        r"|\bsollecito di pagamento\b|\b(?:we|wir|nous|wij|abbiamo|nós) (?:have |haben "
        r"|avons )?(?:already "
        r"|bereits |schon |déjà )?(?:paid|bezahlt|payé|betaald|pagato|pagamos)\b"
        r"|\b(?:fee|price|canone|cuota|tarif\w*|preis\w*|prijs|abonnement|subscription|prezzo|preço"
        r"|rate)\b(?: \w+){0,3} (?:increased|went up|risen|aumentat\w*|gestiegen|erhöht|augmenté"
        r"|aumentad[oa]|subido|verhoogd|gestegen|aumentou)\b",
        # contract terms (a bare "contract" is also a renewal or an SLA)
        r"\b(?:cláusula|klausel|clause)\w*|\bsiguen cobrando\b"
        r"|\bcontract\w* (?:terms?|clauses?|amendment|value(?!"
        r" (?:around|about|of|approx\w*"
        r"|roughly|[€$£~\d])))\b"
        r"|\b(?:terms|clause) (?:of|in) (?:the|our)"
        r" contract\b|\bcontractual\w*|\bvertragsbedingung\w*|\bvertraglich\w*|\bcontractuel\w*"
        r"|\bconditions du contrat\b|\bcondiciones del contrato\b|\bcontractvoorwaarden\b"
        r"|\bcondizioni contrattuali\b|\bcondições do contrato\b|\bclaus(?:e|ula|ola)\b"
        r"|\bpayment terms\b|\bzahlungsbedingungen\b|\bconditions de paiement\b"
        r"|\bcondiciones de pago\b|\bbetalingsvoorwaarden\b|\btermini di pagamento\b"
        r"|\bcondições de pagamento\b|\bframework agreement\b|\brahmenvertrag\b|\baccord-cadre\b"
        r"|\bcontrato marco\b|\braamovereenkomst\b|\bcontratto quadro\b|\bcontrato-quadro\b"
        r"|\bpenalt(?:y|ies)\b|\bnotice period\b|\bkündigungsfrist\b|\bpréavis\b",
        r"\b(?:seats?|licen[cs]es?|lizenzen|licencias|licenties|licenze|licenças)\b[^.]{0,60}"
        r"\b(?:billed|charged|count\w*|pay\w*|berechnet|factur\w*|cobr\w*|fattur\w*)\b"
        r"|\btrue-?up\b",
    ),
    Category.RELATIONSHIP_AT_RISK: cues(
        r"\b(?:taken|took) over from\b|\bpredecessor\b|\bvorgänger\w*|\bj'ai repris\b"
        r"|\bprédécesseur\b|\bpredecesor\w*|\bvoorganger\b|\bpredecessore\b|\bantecessor\w*"
        r"|\b(?:has|have|had) left (?:the company|us|the business)?\b|\bchampion\b|\bsuccessor\b"
        r"|\blast day\b|(?<!nothing is )(?<!start )(?<!started )\bleaving\b(?! (?:the (?:building"
        r"|warehouse|depot|docks?|site|plant|factory|yard)|at \d|on time))|\bdeparture\b"
        r"|\b(?:moved|moving|transferred|moves) to (?:another|a different|a new|a) (?:department"
        r"|team"
        r"|role|job|company|position)\b|\b(?:changed|changing) (?:jobs|roles)\b|\bnew (?:role"
        r"|job)\b"
        r"|\bwechselt (?:in eine andere abteilung|das unternehmen|den job)\b|\bchange de (?:poste"
        r"|service)\b|\ba changé de poste\b|\bcambi(?:a|ado|ó) de (?:puesto|departamento|empresa)\b"
        r"|\b(?:naar een|een) andere baan\b|\bnaar een andere afdeling\b"
        r"|\bcambia(?:to)? (?:reparto|lavoro)\b|\bmudou de (?:cargo"
        r"|departamento|empresa)\b"
        r"|\bhanded in (?:his|her|their) notice\b|\bresign\w*|\bmoving on\b"
        r"|\bnachfolger\w*|\bverlässt\b|\bsuccesseur\b|\bquitte\b|\bsucesor\w*|\bopvolger\b"
        r"|\bvertrekt\b|\bsuccessore\b|\blascia\b|\bdeixa a empresa\b",
        # another tool tried beside ours: "wir testen parallel das Tool von X", "had a demo
        # from X", "vamos a probar también X", a demo booked or asked of a rival, a switch
        # planned for the renewal
        r"\b(?:booked|asked for|requested) (?:a )?demos? (?:with|from|of) (?!you\b|your\b|us\b"
        r"|the\b|a\b|an\b|our\b|new\b|prospects|customers|clients|leads)\w+"
        r"|\bdemandé des démonstrations\b|\b(?:empezado|iniciado|comenzado) una prueba de\b"
        rf"|{RENEWAL_SWITCH}",
        # use fallen from one figure to another ("han bajado de unos 400 a 150", "nur noch
        # etwa 45 statt 120")
        r"\b(?:users?|usuarios|activos|active|logins?|utilisateurs|nutzer)\b[^.;]{0,40}\b(?:bajado"
        r"|caído|descendido|fell|dropped|gone down) (?:de|from) (?:unos |about |around )?\d+"
        r" (?:\w+ )?(?:a|to) (?:about |around )?\d+\b",
        r"\bparallel (?:das|ein) (?:tool|system|produkt)\b|\bhad a demo (?:from|of)"
        r" (?!you\b|your\b|us\b|the\b|a\b|an\b|our\b|new\b)\w+",
        r"\bRFP\b|\btender\b|\bausschreibung\b|\bappel d'offres\b|\blicitación\b"
        r"|\baanbesteding\b|\bgara d'appalto\b|\blicitação\b",
        # usage falling (a bare "uso"/"Nutzung" is any use of the product)
        r"\badoption\b|(?<!l')\busage\b|\bactive users\b|\b(?:fewer|drop in|decline in) log-?ins\b"
        r"|\b(?:usage|log-?ins|active users|adoption|activity|users|use of (?:the |our |your )"
        r"(?:\w+ )?(?:module|tool|platform|app|system|product|workspace|portal|software|dashboard"
        r"|board|feature|solution))\b(?: \w+){0,5}"
        r" (?:fallen|fell"
        r"|dropped|declined|decreased|halved|gone down)\b|\b(?:really|still) need (?:\d+|all|the"
        r"|these|those|our) (?:\w+ )?(?:seats|licen[cs]es|users)\b"
        r"|\bfewer (?:users|people|logins)\b|\b(?:utilis|connect|nutz|us|utiliz)\w*"
        r" (?:\w+ ){0,4}(?:de moins en moins|immer weniger|cada vez menos|less and less)\b"
        r"|\b(?:only|just|nur|seulement|solo|sólo) (?:about |around |roughly |etwa |environ )?(?:a"
        r" third|half|a quarter|\d+ ?%|ein drittel|die hälfte|un tiers|la moitié|un tercio"
        r"|la mitad)\b[^.]{0,40}\b(?:licen[cs]es|seats|lizenzen|licencias)\b|\bstopped using\b"
        r"|\bhardly (?:anyone|anybody|uses)|\b(?:weniger|less|moins|menos) (?:genutzt|used"
        r"|utilisé\w*|usad[oa]s?|utilizad[oa]s?)\b"
        r"|\b(?:nobody|no one) (?:is |was )?(?:really |actually )?"
        r"using\b|\bmoved to other (?:departments|teams|roles|jobs)\b"
        r"|\bwechsl\w*\b[^.]{0,30}\b(?:in|zu) eine\w* andere\w* (?:firma|unternehmen|abteilung"
        r"|stelle)\b|\btreibende kraft\b|\bdej(?:o|a|ará) la empresa\b|\bdefendido\b"
        r"|\bob wir (?:euch|sie|ihre \w+) (?:\w+ )?noch brauchen\b|\bwhether we(?:'ll| will)? still"
        r" need you\b|\bsi (?:os|les) (?:\w+ )?(?:seguiremos|vamos a seguir) necesitando\b"
        r"|\bteil eine\w* größeren\b|\bpart of a (?:larger|bigger) (?:group|company)\b"
        r"|\brevis\w* todas las (?:herramientas|aplicaciones|contratos|soluciones)\b"
        r"|\brenovación\b[^.]{0,40}\ben el aire\b|\brenewal is (?:up )?in the air\b"
        r"|\b(?:only|just) (?:a handful|a few|\d+) (?:of )?(?:people|users|colleagues|staff)\b"
        r"|\b(?:nutzung|utili[sz]ation|uso|gebruik|utilizzo|adopción|adozione|adoção|akzeptanz)"
        r"\b[^.]{0,60}\b(?:gesunken|zurückgegangen|eingebrochen|rückläufig|baiss\w*|chut\w*"
        r"|diminu\w*|faible|caído|cayó|bajado|gedaald|teruggelopen|afgenomen|laag|calat[oa]"
        r"|sces[oa]|caiu|baix[oa])\b|\b(?:rückgang|baisse|caída|daling|calo|queda) (?:der|de l'|de"
        r"|del|van het|dell'|do|no) ?(?:nutzung|utilisation|uso|gebruik|utilizzo)\b",
        r"\b(?:doubt\w*|unsure|not sure|undecided|whether|zweifel\w*|unsicher|ob wir|hésit\w*"
        r"|doute|si nous|dudas?|dudamos|si vamos|twijfel\w*|of we|dubbi\w*|se rinnov\w*"
        r"|dúvida\w*|se vamos)\b[^.]{0,40}\b(?:renew|verläng|renouvel|renov|verleng|rinnov)\w*"
        r"|\b(?:whether|if) we (?:still )?need (?:the|our|these|this)\b",
        r"\bsave plan\b|\bexit plan\b|\blost confidence\b|\bvalue for money\b|\bROI\b"
        r"|\bshow (?:its|the|their|your) value\b|\bjustify\w* (?:the )?(?:cost|spend|price"
        r"|renewal|licen[cs]e"
        r"|licen[cs]es|subscription|investment)\b|\bget (?:enough|much|any) (?:value )?out of\b"
        r"|\b(?:review\w*|revis\w*|überprüf\w*|prüf\w*|evalu\w*|herzien\w*|rived\w*"
        r"|rever)\b[^.]{0,30}"
        r"\b(?:all|every|todos|tous|alle|tutti) (?:\w+ ){0,2}(?:vendors|suppliers|providers|tools"
        r"|contracts|contratti|contratos|verträge"
        r"|contrats|contracten|subscriptions"
        r"|proveedores|fournisseurs|outils|anbieter|lieferanten|leveranciers|fornitori"
        r"|fornecedores)\b"
        r"|\bstandardi[sz]\w*|\bvereinheitlich\w*|\bstandardis\w*|\bestandariz\w*|\bstandaardis\w*"
        r"|\bstandardizz\w*|\bpadroniz\w*|\bworth (?:it|the (?:money|cost|price))\b"
        r"|\b(?:still|noch|encore|todavía|nog|ancora|ainda) (?:\w+ ){0,3}(?:worth|lohn\w*|rentable"
        r"|rendabel)\b|\bob sich [^.]{0,40}lohn\w*"
        r"|\bconsolidat\w* (?:\w+ ){0,2}(?:tools?|vendors?|suppliers?|platforms?|software|landscape"
        r"|systems?)\b|\bdecid\w* which (?:\w+ ){0,2}(?:stay|we keep|to keep)\b"
        r"|\b(?:welche|quel\w*|qué|welke|quale|qual) (?:\w+ ){0,2}(?:wir|nous|wij|noi"
        r"|nós)? ?(?:behalten"
        r"|garder|conserver|conservar|houden|tenere|manter)\b"
        r"|\b(?:doubt\w*|twijfel\w*|zweifel\w*|question\w*|dud\w*|dubbi\w*|dúvida\w*) (?:\w+ ){0,3}"
        r"(?:the )?(?:value|meerwaarde|mehrwert|nutzen|valeur|utilité|valor|utilidad|valore)\b"
        r"|\b(?:only|just|barely|hardly)\b[^.]{0,40}\bstill (?:use|log|open)\w*"
        r"|\b(?:barely|hardly|rarely)\b (?:\w+ ){0,2}(?:use[sd]?|using|log\w*)\b"
        r"|\b(?:back|return\w*) to (?:spreadsheets|excel|paper|the old (?:system|tool|way))\b"
        r"|\bzurück zu (?:excel|papier)\b|\bretour (?:à|aux) (?:excel|tableurs|papier)\b"
        r"|\bvolver a excel\b|\bterug naar (?:excel|papier)\b|\btornat\w* a excel\b"
        r"|\bvolta\w* ao excel\b"
        r"|\breview (?:of )?(?:all |every |our )(?:\w+ )?(?:tools?|software|vendors?|spend)\b"
        r"|\b(?:budget|cost) (?:cuts?|review)\b|\bcost[- ]cutting\b",
        r"\bacquired by\b|\bacquisition\b|\bmerger\b|\bfusion\b|\bfusión\b|\bfusione\b|\bfusão\b"
        r"|\bfusie\b"
        r"|\bmutterkonzern\b|\bübernommen\b|\brach[ae]t\w*|\badquirid\w*"
        r"|\bovergenomen\b|\bacquisit[oa]\b|\badquirid[oa]\b|\bnew (?:owners?|parent)\b"
        r"|\bparent company\b|\bneue\w* eigentümer\b|\bmuttergesellschaft\b|\bmaison mère\b"
        r"|\bnouveaux propriétaires\b|\bnuevos propietarios\b|\bempresa matriz\b"
        r"|\bnieuwe eigena(?:ar|ren)\b|\bmoederbedrijf\b|\bnuovi proprietari\b|\bcapogruppo\b"
        r"|\bnovos donos\b|\bempresa-mãe\b",
    ),
    Category.EXECUTIVE_INTERVENTION: cues(
        # a C-level person writes, is copied, or demands; or they ask for ours
        rf"\bas (?:the |our |\w+'s )?{TITLE}\b(?!'s|’s)"
        r"|\b(?:emailed|wrote to|called|phoned|contacted)"
        rf" (?:our|your) {TITLE}\b|\bI am the {TITLE}\b|\bals {TITLE}\b|\ben tant que {TITLE}"
        rf"|\bcomo {TITLE}\b|\bin qualità di {TITLE}|\bin naam van (?:de|onze) {TITLE}"
        rf"|\bI'm (?:the )?{TITLE}\b(?!'s)"
        rf"|\b(?:escribe|écrit|schreibt|writes|writing)\b (?:el |la |le "
        rf"|der |die |the |your |ihr\w* )?{TITLE}"
        rf"|\ben nombre de(?:l| la)? {TITLE}",
        rf"\b(?:our|my|their|the|unser\w*|notre|nuestr[oa]|onze|il nostro|la nostra"
        rf"|noss[oa]) (?:{TITLE}|MD)"
        r"(?:'s office)?\b"
        r"[^.]{0,60}\b(?:asked|asks|wants|would like|demands|insists|expects|requests?|requested"
        r"|is copied|souhait\w*|wünscht|desea|vorrebbe|gostaria"
        r"|in copy|cc|is involved|has (?:asked|written|called)|fordert|verlangt|erwartet|möchte"
        r"|will(?! be (?:at|there|in|on|attending|present|away|visiting)\b)|exige|demande|veut"
        r"|pide|quiere|wil|eist|vraagt|chiede|vuole|pede|quer|gefordert"
        r"|verlangt|gebeten|demandé|exigé|pedido|exigido|solicitado|gevraagd|geëist|chiesto"
        r"|preteso|pediu|exigiu|solicitou)\b",
        rf"\b(?:talk|speak|call|meet)\w* (?:to|with) (?:our|your) {TITLE}\b"
        rf"|\b(?:hablar|parler|sprechen|spreken|parlare|falar) (?:con|avec|mit|met|com) (?:su|votre"
        rf"|vostro|Ihr\w*|uw|jullie|seu|sua|vuestr[oa]|nuestro|notre|unser\w*|onze|nostro|nosso)"
        rf" {TITLE}\b|\bmit (?:ihrem|eurem|ihrer|eurer) {TITLE}\b[^.]{{0,30}}"
        r"\b(?:sprechen|besprechen|reden|klären|telefonieren|treffen)\b",
        rf"\b(?:cc|copying|in copy|adding|added|in kopie|en copie|en copia|em cópia)\b[^.]{{0,30}}"
        rf"\b{TITLE}\b",
        r"\bexecutive (?:sponsor|team|level|escalation)\b|\bsponsor exécutif\b"
        # their board demands, or they want our leadership
        r"|\b(?:the|our|le|notre|el|nuestro|der|unser) (?:board|conseil|consejo|aufsichtsrat"
        r"|vorstand) (?:expects|demands|wants|requires|exige|attend|veut|espera|erwartet"
        r"|verlangt|fordert)\b (?:a |an |un |une |einen |eine |your |vos |votre |ihre |su )?"
        r"(?:\w+ )?(?:plan|answer|explanation|remediation|response|action|fix|call|meeting"
        r"|explication|réponse|erklärung|antwort|lösung|stellungnahme|explicación|respuesta)"
        r"|\b(?:plan|answer|explanation|call|response|commitment|action)\b[^.;]{0,30}\bfrom your"
        r" (?:leadership|senior management|executives?)\b|\byour (?:leadership|executives?) to"
        r" (?:call|explain|respond|meet|commit|contact)\b|\b(?:rencontrer|de) votre direction\b"
        r"|\bde su dirección\b|\b(?:ihrer|eurer)"
        r" (?:geschäftsleitung|geschäftsführung)\b|\bmeet (?:your|with your) (?:leadership"
        r"|management)\b"
        rf"|\b(?:your|ihr\w*|votre|su|vuestr[oa]|jullie|uw|vostr[oa]|seu|sua) {TITLE}\b",
    ),
}
