"""A relationship at risk as customers word it: the people and the value, not "churn".

Why apart from the gap and defect shapes (category_concepts.py): these are read about the
customer's side (someone who "leaves us", a company "bought by" another, a budget "under
review", "what we get out of it"), and a person no longer there must never be mistaken for
a function that no longer works, which category_scope.py checks with DEPARTED.
"""

from __future__ import annotations

# someone on their side is no longer there: a departure, not a regression
DEPARTED = (
    r"\bno longer (?:with|at|part of|works? (?:for|at|with)|working (?:for|at|with)|employed"
    r" (?:by|at)) (?:us|the (?:company|business|firm|organi[sz]ation|team|group)|our (?:company"
    r"|team|business))\b|\bno longer (?:employed|in charge|responsible for)\b|\b(?:nicht"
    r"|kein\w*) mehr (?:bei uns|im (?:unternehmen|haus)|in der firma|für uns tätig|zuständig)\b"
    r"|\b(?:ne (?:travaille|fait)|n'est) plus (?:chez nous|avec nous|dans l'entreprise"
    r"|dans la société|partie de|responsable)|\bya no (?:trabaja|está) (?:con nosotros"
    r"|en la empresa|aquí)\b|\bya no (?:forma parte|es (?:la |el )?responsable)"
    r"|\bnon (?:lavora|è) più (?:con noi|in azienda|da noi|per noi|responsabile)\b"
    r"|\b(?:werkt|is) (?:\w+ ){0,3}niet meer (?:bij ons|bij het bedrijf|in dienst"
    r"|verantwoordelijk)\b|\bjá não (?:trabalha|está) (?:connosco|conosco|na empresa|aqui)\b"
    r"|\bjá não (?:faz parte|é (?:o |a )?responsável)"
)

# a move to another platform planned for the renewal ("zur Vertragsverlängerung auf die
# städtische Gesamtplattform wechseln"; not "at renewal move to annual billing"): the
# relationship's evidence (account_cues) and the renewal at risk (severity_said) alike
RENEWAL_SWITCH = (
    r"\b(?:zur|at|à la|en la|bei der) (?:vertragsverlängerung|renewal|renouvellement"
    r"|renovación)\b[^.;]{0,80}\b(?:\w*platt?form\w*|plateforme|plataforma|tool|system|anbieter"
    r"|provider|vendor|proveedor|fournisseur)\b[^.;]{0,30}\b(?:wechseln|switch|move|pasar"
    r"|changer)\b"
)

RISK_CONCEPTS: tuple[str, ...] = (
    DEPARTED,
    # the person who carried us on their side goes
    r"\bleaves (?:us|the company|the business|at the end)\b(?! waiting| hanging| in the dark"
    r"| with)|\b(?:who|that) (?:pushed|championed"
    r"|sponsored|drove|brought) (?:for )?(?:the|us|our|this)\b|\bdépart (?:de|d')"
    r"|\bse ha ido de\b|\bha lasciato (?:l'azienda|la società)\b|\bis vertrokken\b"
    r"|\bsaiu da empresa\b|\bstepped down\b"
    r"|\binterim (?:team|management|CEO|head)\b|\bhas gone\b[^.]{0,20}\bcompany\b|\bis moving on\b"
    r"|\b(?:championed|defendia|promovia|impulsaba|sostenuto)\b|\bsponsor interne\b"
    r"|\bfürsprecher\w*|\bretir(?:es|ing|ement)\b|\bretraite\b|\bruhestand\b"
    r"|\bjubila\w*|\bva in pensione\b|\bmet pensioen\b|\baposenta\w*|\bbefürworter\w*"
    r"|\b(?:das unternehmen|die firma) verlassen\b|\b(?:foi|fue) (?:comprad|adquirid)[oa]\b"
    r"|\brachat\b|\bracheté\w*|\bgekauft\b",
    # someone new owns us, the account or the budget
    r"\b(?:bought|taken over) by\b|\btaken over (?:this|the|your) (?:account|relationship"
    r"|contract)\b|\bbudget\b[^.?!]{0,30}\b(?:under review|reviewed|frozen|freeze)\b"
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
    r"|\bgave up (?:on|after)\b|\b(?:nobody|no one|hardly anyone|barely anyone)(?: here| else"
    r"| really)? (?:uses|opens|logs in)\b|\bpersonne n'utilise\b|\bya nadie (?:usa|utiliza)\b"
    r"|\b(?:bijna )?niemand (?:gebruikt|nutzt)\b|\bnessuno (?:usa|apre|utilizza)\b"
    r"|\bninguém (?:usa|utiliza)\b|\bhas drifted\b|\b(?:usage|use|logins?)\b(?: \w+){0,3}"
    r" (?:is|are) (?:down|low)\b|\b(?:usage|use) in (?:my|our|the) \w+ is low\b"
    r"|\b(?:in pochi|wenige (?:kollegen|nutzer|leute))\b|\bpeu de (?:gens|personnes|collègues"
    r"|utilisateurs)\b|\bpocos (?:usuarios|compañeros|lo usan)\b|\bdoor een paar\b"
    r"|\bpoucos (?:usuários|colegas|usam)\b|\bdon'?t see the point\b",
    # money for us is being cut and every tool must earn its place
    r"\bbezuinig\w*|\bsparma(?:ß|ss)nahm\w*|\bkosten (?:senken|sparen)\b|\bréduire les coûts\b"
    r"|\béconomies\b|\brecortes?\b|\btagli\b|\btaglio dei costi\b|\bcortes? de custos\b"
    r"|\bfrozen (?:all )?(?:\w+ ){0,3}budgets?\b"
    r"|\b(?:could|can) live without\b"
    r"|\b(?:which|what|welke|welche|quels?|quelles?|qué|quali|quais) (?:\w+ ){0,3}"
    r"(?:really|echt|wirklich|vraiment|realmente|davvero)"
    r" (?:need|nodig|brauchen|besoin|necesitamos|serve)\b|\bche valore\b|\bwhat value\b",
    # the organisation around the account changes: a reorganisation, new leadership
    r"\breorgani[sz]\w*|\brestructur\w*|\bumstrukturier\w*|\bréorganisation\b"
    r"|\breestructura\w*|\briorganizza\w*|\breorganisatie\b|\breestrutura\w*"
    r"|\bnew (?:head|manager|director|boss|leadership|management)\b|\bnouvelle (?:direction"
    r"|équipe)\b|\bDSI a changé\b|\bneue\w* (?:leitung|geschäftsführung|chef\w*)\b"
    r"|\bnuev[oa] (?:dirección|director\w*|responsable|jef[ea])\b|\bnuov[oa] (?:direzione"
    r"|direttore|responsabile)\b|\bnieuwe (?:directie|manager|leiding)\b|\bnova (?:gestão"
    r"|diretoria|direção)\b|\bmudança de (?:diretoria|gestão)\b|\bse ha marchado\b"
    r"|\bcan'?t guarantee\b|\bnobody has time\b|\bnadie (?:\w+ ){0,3}tiene tiempo\b",
    # everything is weighed again: contracts re-evaluated, a merger, what we keep
    r"\b(?:what|which tools?) we (?:keep|drop)\b|\bwas wir behalten\b|\bce que nous gardons\b"
    r"|\bqué mantenemos\b|\bcosa teniamo\b|\bwat we houden\b|\bo que mantemos\b"
    r"|\brivalut\w*|\bréévalu\w*|\breevalu\w*|\breavalia\w*|\bherbeoordel\w*"
    r"|\bneu bewert\w*|\bgefuseerd\b|\bfusioniert\b|\bfusionad[oa]s?\b|\bfusionné\w*"
    r"|\b(?:tools|software) we could drop\b",
    # interest and use fade, the relationship feels one-sided
    r"\blost interest\b|\binteresse verloren\b|\bperdu (?:tout )?intérêt\b"
    r"|\bperdido (?:el )?interés\b|\bperso (?:l')?interesse\b|\bperderam o interesse\b"
    r"|\bone-sided\b|\bbarely touched\b|\b(?:la|lo) usano in (?:due|tre|quattro|pochi)\b"
    r"|\brarely (?:go|log|look)\b|\bno hay quien la use\b|\bnadie del equipo la abre\b",
    # confidence, priorities and leadership change on their side
    r"\b(?:vertrauen verloren|perdu confiance|perdido la confianza|perso (?:la )?fiducia"
    r"|vertrouwen verloren|perdeu a confiança)\b|\b(?:other priorities|andere prioritäten"
    r"|autres priorités|otras prioridades|altre priorità|andere prioriteiten|outras prioridades)"
    r"\b|\bführungswechsel\b|\beingeschlafen\b|\bchangé d'équipe\b|\bnouveaux élus\b"
    r"|\bgone (?:very )?quiet on our side\b|\bmoved on to other\b|\b(?:hojas de cálculo"
    r"|tableurs|fogli di calcolo|planilhas|spreadsheets)\b|\bfaz sentido renovar\b"
    r"|\bninguém aqui acompanha\b|\blo usiamo poco\b",
    # whether we carry on at all
    r"\bwhether we (?:continue|carry on|keep (?:it|you|using))\b|\bob wir (?:\w+ )?weiter"
    r"|\bsi nous (?:pourrons )?(?:continuons|garder|gardons)\b|\bsi (?:seguimos|vamos a seguir)\b"
    r"|\bse (?:continuare|ha ancora senso)\b|\bof we (?:doorgaan|blijven)\b"
    r"|\bse vamos continuar\b|\bcan'?t promise anything\b|\breview\w* (?:our|all|the) options\b"
    r"|\bwe were promised a partnership\b|\bimpose\w* (?:ses|its|their)"
    r" (?:own )?(?:propres )?(?:outils|tools|systems)\b",
    # what they pay for weighed against what they use ("we use maybe a third of what we pay
    # for", "half of what we bought goes unused", "struggling to justify the cost")
    r"\bjustify the (?:cost|spend|price|expense|licen[cs]es)\b|\bof what we (?:pay|paid) for\b"
    r"|\bwhat we bought (?:goes|sits|is) unused\b|\bgoes unused\b|\bin two minds\b"
    r"|\b(?:usage|use|logins?)\b[^.;]{0,20}\b(?:dropped|fallen|fell) off a cliff\b",
)
