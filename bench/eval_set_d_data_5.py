"""eval_set_d situations, part 5: relationships at risk (a housing association, a wildlife
park, a print works, a textile mill, a travel agency, photo studios, a furniture maker).
Hand-written; every label decided by hand from routing/definitions.md (defs-1)."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

RR = "relationship_at_risk"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_5 = (
    Situation(
        "champion-moving-on", "en", "Greystone Housing Association", "greystonehousing.org.uk",
        "Lorraine Hughes|Digital Services Lead", "Some news from my side", "2026-02-16",
        "I wanted to let you know that I'm leaving Greystone at the end of March. I've been "
        "the one pushing the repairs portal internally, and my role isn't being backfilled "
        "straight away. About 1,400 tenants use the portal each month.",
        "Greystone Housing: our champion Lorraine leaves at the end of March and her role "
        "isn't being backfilled.",
        "Lorraine, thank you for telling us, and congratulations. Could you introduce us to "
        "whoever will own the portal?",
        RR, '"I\'m leaving Greystone ... I\'ve been the one pushing the repairs portal" (the '
        "champion leaving)",
        "", ("end of March", "1,400 tenants", "repairs portal"),
        (
            Take("calm", "medium", 1,
                 "[It's all very amicable], and I'll write a proper handover note before I go. "
                 "I just wanted you to hear it from me first.",
                 sev_why="champion leaving, no renewal or threat named in the thread"),
            Take("concerned", "high", 3,
                 "I'll try, but honestly the housing director isn't very engaged and our "
                 "renewal comes up in June. [I'd hate for it to lapse just because nobody's "
                 "around to argue for it.]",
                 sev_why='"our renewal comes up in June" (champion leaving before renewal)'),
            Take("threatening_churn", "high", 4,
                 "Between us, finance has already asked whether we \"still need\" the portal. "
                 "[Without someone fighting its corner, I think it's likely to be cut.]",
                 sev_why="the renewal at risk (implied cancellation)"),
        ),
    ),
    Situation(
        "keeper-logins", "en", "Hollowmere Wildlife Park", "hollowmerewildlife.co.uk",
        "Chris Benton|Visitor Operations Manager", "Keeper app usage", "2026-06-01",
        "You asked about the drop in logins. Honestly, a lot of the seasonal keepers who "
        "joined this spring were never shown the app and just use the paper feeding charts, "
        "and the old hands have followed. Weekly active users are down from about 60 to 20.",
        "Hollowmere Wildlife Park: weekly active users down from about 60 to 20 since spring; "
        "keepers back on paper charts.",
        "Thanks Chris. Could we run a short refresher for the seasonal keepers? Happy to come "
        "on site.",
        RR, '"Weekly active users are down from about 60 to 20" (falling usage)',
        "", ("60 to 20", "paper feeding charts", "seasonal keepers"),
        (
            Take("calm", "medium", 3,
                 "A refresher sounds good, [no rush though] — July is chaos for us, August "
                 "would suit better.",
                 sev_why="falling usage with no threat (the account's renewal is over a year "
                 "out)", account=Account(22000, "mid-market", 400, currency="GBP")),
            Take("concerned", "medium", 1,
                 "[It does worry me a bit] that we're paying for 60 licences and using a third "
                 "of them.",
                 sev_why="falling usage with no threat"),
            Take("threatening_churn", "high", 5,
                 "Head office wants every subscription justified before the budget round in "
                 "October, and [at 20 users I'm not sure I can make the case for keeping it].",
                 sev_why="the renewal at risk (implied cancellation)"),
        ),
    ),
    Situation(
        "mis-tender", "en", "Calloway Print Works", "callowayprint.co.uk",
        "Rachel Kemp|Production Systems Manager", "Heads-up: MIS tender", "2026-09-14",
        "As our contract ends in January, group procurement has decided to put our print "
        "management system out to tender. You'll get the invitation to tender from them next "
        "week; there are at least three other suppliers on the list.",
        "Calloway Print Works: procurement is putting the print MIS out to tender before the "
        "January contract end; three other suppliers invited.",
        "Thanks for the heads-up, Rachel. We'd welcome the chance to respond; could we meet "
        "beforehand to understand what matters most to you?",
        RR, '"put our print management system out to tender" (a tender, no problem named)',
        '"out to tender ... three other suppliers" (a tender puts the renewal at risk)',
        ("January", "three other suppliers", "tender"),
        (
            Take("calm", "high", 1,
                 "It's standard procurement policy, nothing personal; [happy to have a coffee "
                 "and talk it through] once the papers are out."),
            Take("concerned", "high", 3,
                 "Yes, let's meet. [I'm a little concerned] that procurement will mostly look "
                 "at price, and we're not the cheapest on paper."),
            Take("threatening_churn", "high", 4,
                 "To be straight with you, the shop floor has been pushing for one of the "
                 "other suppliers for a while, and [there's a real chance we move]."),
        ),
    ),
    Situation(
        "rachat-groupe", "fr", "Tissages du Vercors", "tissages-vercors.fr",
        "Mathilde Perrin|Responsable qualité", "Rachat par le groupe Textima", "2026-11-09",
        "Je voulais vous informer que nous avons été rachetés par le groupe Textima, rachat "
        "finalisé le 2 novembre. Le groupe utilise un autre logiciel de traçabilité dans ses "
        "quatre autres usines, et la question de l'harmonisation va se poser en 2027.",
        "Tissages du Vercors: acquired by the Textima group (closed 2 November); the group "
        "runs a different traceability tool in its four other plants.",
        "Merci Mathilde. Pourrions-nous organiser un échange avec l'équipe du groupe pour "
        "présenter ce que nous faisons chez vous ?",
        RR, '"rachetés par le groupe Textima ... utilise un autre logiciel" (an acquisition)',
        "", ("Textima", "2 novembre", "quatre autres usines"),
        (
            Take("calm", "medium", 1,
                 "[Rien d'urgent de notre côté] : rien n'est décidé, je vous tiendrai au "
                 "courant.",
                 sev_why='an acquisition, harmonisation "en 2027", nothing decided, no threat'),
            Take("concerned", "high", 3,
                 "Bonne idée. La direction du groupe veut trancher avant l'audit de "
                 "certification du 15 janvier, et [je crains que la décision se prenne au "
                 "siège sans nous].",
                 sev_why='"avant l\'audit de certification du 15 janvier" (a dated decision '
                 "puts the relationship at risk)"),
            Take("threatening_churn", "high", 5,
                 "Le groupe m'a fait savoir qu'il souhaite tout basculer sur son outil. "
                 "[Honnêtement, sauf argument fort de votre part, nous ne renouvellerons pas.]",
                 sev_why="a stated non-renewal puts the renewal at risk"),
        ),
    ),
    Situation(
        "dudas-valor", "es", "Viajes Horizonte Sur", "viajeshorizontesur.es",
        "Carmen Vidal|Responsable de Sistemas", "Revisión de las herramientas", "2026-04-20",
        "Estamos revisando todas las herramientas que pagamos y, sinceramente, hay dudas sobre "
        "si le sacamos partido a la plataforma. De los 15 módulos que contratamos usamos 4, y "
        "la renovación es en julio.",
        "Viajes Horizonte Sur (travel agency): reviewing every tool; they use 4 of the 15 "
        "modules they pay for; renewal in July.",
        "Hola Carmen, te propongo una sesión para revisar qué módulos os pueden aportar más y "
        "ajustar el contrato si hace falta.",
        RR, '"revisando todas las herramientas ... dudas sobre si le sacamos partido" (a vendor '
        "review, doubts about the value)",
        '"hay dudas ... la renovación es en julio" (the renewal at risk)',
        ("15 módulos", "usamos 4", "julio"),
        (
            Take("concerned", "high", 3,
                 "Me parece bien. [Me inquieta] que, si no vemos resultados antes del verano, la "
                 "decisión se tome sin contar conmigo."),
            Take("frustrated_but_patient", "high", 1,
                 "Sabemos que no es solo culpa vuestra, nos ha faltado tiempo. [Estamos "
                 "dispuestos a darle otra oportunidad], pero necesitamos ver valor antes de "
                 "julio.", plevel="Sev 2"),
            Take("threatening_churn", "high", 18,
                 "Te lo digo claro: [si en julio seguimos igual, no renovaremos]."),
        ),
    ),
    Situation(
        "new-director-competitor", "en", "Brightframe Studios", "brightframestudios.com",
        "Ellie Marsh|Studio Manager", "A heads-up about our new studio director", "2026-12-01",
        "Our new studio director joined from a rival studio where they used ShootPlanner, and "
        "she's mentioned a few times that she liked it. Nothing formal, but I thought you "
        "should know. There are 12 users on our account.",
        "Brightframe Studios (photo studios): the new studio director liked ShootPlanner at "
        "her last studio; nothing formal yet.",
        "Thanks Ellie, good to know. Would it help if we showed her the newer scheduling "
        "features?",
        RR, '"she\'s mentioned a few times that she liked" a competitor (relationship, no '
        "problem named)",
        "", ("ShootPlanner", "12 users", "studio director"),
        (
            Take("calm", "medium", 1,
                 "[Nothing to worry about yet], I'm just keeping you in the loop.",
                 sev_why="a competitor merely mentioned, not evaluated; no threat"),
            Take("concerned", "high", 3,
                 "That would help. She's now asked ShootPlanner for a demo next Tuesday, and "
                 "[I'm a little nervous she'll come out of it sold].",
                 sev_why='"asked ShootPlanner for a demo next Tuesday" (a competitor evaluated)'),
            Take("threatening_churn", "high", 4,
                 "She wants a side-by-side trial in January, and [if it comes out ahead, we'll "
                 "be switching]. I'd rather you heard that from me.",
                 sev_why="a competitor trial with a stated switch (renewal at risk)"),
        ),
    ),
    Situation(
        "novo-diretor", "pt", "Móveis Atlântico", "moveisatlantico.pt",
        "Joana Pires|Coordenadora de Planeamento", "Mudanças na direção", "2026-07-27",
        "A Marta Reis, que nos trouxe para a vossa plataforma, saiu da empresa no fim de "
        "junho. O novo diretor industrial está a rever todas as ferramentas da fábrica e "
        "pediu-me um resumo do que usamos e de quanto custa.",
        "Móveis Atlântico (furniture maker): our sponsor Marta Reis left at the end of June; "
        "the new industrial director is reviewing every tool in the plant.",
        "Olá Joana, obrigado pelo aviso. Posso preparar convosco esse resumo, com os números "
        "de utilização?",
        RR, '"Marta Reis, que nos trouxe ... saiu" and "a rever todas as ferramentas" (the '
        "sponsor left, a review of all tools)",
        "", ("Marta Reis", "fim de junho", "todas as ferramentas"),
        (
            Take("concerned", "high", 3,
                 "Sim, agradeço. A renovação é em outubro e [tenho algum receio] de que ele "
                 "prefira o sistema que usava na empresa anterior.",
                 sev_why='"A renovação é em outubro" (sponsor gone before the renewal)'),
            Take("calm", "medium", 1,
                 "[Sem stress nenhum], é uma revisão normal de quem chega a um cargo novo.",
                 sev_why="sponsor left and a routine review, no renewal date, no threat"),
            Take("threatening_churn", "high", 5,
                 "Ele disse na reunião que não vê razão para termos duas ferramentas de "
                 "planeamento, [e a vossa é a que sai se não se justificar].",
                 sev_why="the renewal at risk (implied cancellation)"),
        ),
    ),
)
