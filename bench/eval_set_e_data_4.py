"""eval_set_e situations, part 4: relationships at risk (a champion leaving, a new owner)
and executives writing about ordinary problems. Hand-written; every label decided by hand
from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

RR = "relationship_at_risk"
EI = "executive_intervention"

# fmt: off
SITUATIONS_4 = (
    Situation(
        "champion-leaving", "en", "Northgate Academy Trust", "northgateacademies.org.uk",
        "Helen Asante|Director of Operations", "Changes on our side", "2026-03-30",
        "I wanted to let you know that I'm leaving the Trust at the end of April. I've been "
        "the main person pushing the platform here; logins across our 6 schools have dropped "
        "from about 400 a week to 150 since September, and I'm not sure who will pick it up "
        "after me.",
        "Northgate Academy Trust: champion Helen leaving end of April; weekly logins 400 to "
        "150 since September.",
        "Thanks Helen, that's really helpful to know. Could you introduce me to whoever takes "
        "over?",
        RR, '"I\'m leaving the Trust at the end of April ... logins ... have dropped" (the '
        "champion leaving and falling use; a director, not C-level)",
        "", ("6 schools", "end of April", "400 a week"),
        (
            Take("concerned", "medium", 1,
                 "[I'm a little worried it will drift] once I've gone.",
                 sev_why="a champion leaving with no renewal named"),
            Take("concerned", "high", 3,
                 "Our renewal is in August and [I'm worried nobody will argue for it] in the "
                 "budget round.",
                 sev_why='"Our renewal is in August" with the champion leaving'),
            Take("threatening_churn", "high", 3,
                 "To be honest, my successor used another system at her last trust, [and I'd "
                 "expect her to propose switching] when the contract is up.",
                 sev_why="a likely switch at contract end: the renewal at risk"),
        ),
    ),
    Situation(
        "neuer-eigentuemer", "de", "Möbelhaus Kranich KG", "moebelhaus-kranich.de",
        "Stefan Vogt|Leiter IT", "Übernahme durch die Wohnwelt-Gruppe", "2026-06-15",
        "Kurz zur Info: Wir wurden zum 1. Juni von der Wohnwelt-Gruppe übernommen. Die Gruppe "
        "nutzt in ihren anderen Häusern ein anderes System, und alle Verträge kommen jetzt "
        "auf den Prüfstand. Ich würde gern mit Ihnen besprechen, wie wir den Mehrwert Ihrer "
        "Lösung gut darstellen können.",
        "Möbelhaus Kranich: acquired by Wohnwelt-Gruppe on 1 June; group uses another system, "
        "all contracts under review.",
        "Hallo Herr Vogt, danke für den Hinweis; ich schlage Ihnen zwei Termine vor.",
        RR, '"von der Wohnwelt-Gruppe übernommen ... alle Verträge kommen jetzt auf den '
        'Prüfstand" (a new owner, contracts re-evaluated)',
        "", ("Wohnwelt-Gruppe", "1. Juni"),
        (
            Take("calm", "medium", 1,
                 "[Kein Grund zur Eile], die Prüfung beginnt erst im Herbst.",
                 sev_why="an acquisition with nothing decided and no renewal named"),
            Take("concerned", "high", 3,
                 "Unser Vertrag verlängert sich im September, [und ich mache mir Sorgen], "
                 "dass die Gruppe bis dahin anders entscheidet.",
                 sev_why="the renewal named (September) and a new owner"),
            Take("threatening_churn", "high", 3,
                 "[Ehrlich gesagt rechne ich damit, dass wir wechseln], wenn Sie uns kein "
                 "überzeugendes Angebot machen.",
                 sev_why="a likely switch: the renewal at risk"),
        ),
    ),
    Situation(
        "ceo-old-logo", "en", "Fenwick & Daughters Ltd", "fenwickdaughters.co.uk",
        "Robert Fenwick|Chief Executive", "Our logo on customer receipts", "2026-02-23",
        "Since last week the receipts your system emails to our customers show our old logo, "
        "and the footer has our previous address. It's a small thing, but it's our brand in "
        "front of 2,000 customers a week. I'd like your team to fix it this week and someone "
        "senior to tell me why it happened.",
        "Fenwick & Daughters: their Chief Executive writes; customer receipts show the old "
        "logo and address since last week.",
        "Dear Robert, thank you; our team is on it and I'll confirm the fix by Thursday.",
        EI, '"Chief Executive" writes: "I\'d like your team to fix it this week and someone '
        'senior to tell me why" (their CEO demands action about an ordinary defect)',
        "their CEO writing and demanding action (executive involvement)",
        ("2,000 customers a week", "old logo"),
        (
            Take("calm", "high", 1, "[Thanks for looking at it.]"),
            Take("concerned", "high", 3,
                 "[I'm concerned that it's still going out]; two customers have asked us "
                 "whether we've moved."),
            Take("angry", "high", 4,
                 "[This is sloppy and I'm not impressed.] I want your CEO to call me "
                 "tomorrow."),
        ),
    ),
    Situation(
        "dg-en-copie", "fr", "Mutuelle des Artisans du Rhône", "mutuelle-artisans-rhone.fr",
        "Sophie Lambert|Responsable relation adhérents",
        "Lenteurs de l'espace adhérent, DG en copie", "2026-05-11",
        "Depuis trois semaines, l'espace adhérent met plus de 20 secondes à afficher les "
        "remboursements. Je mets en copie notre Directeur général, M. Perrin, qui souhaite un "
        "point avec votre direction avant la fin du mois.",
        "Mutuelle Artisans Rhône: member portal takes 20s+ to show reimbursements for 3 "
        "weeks; their CEO (DG) copied, wants a meeting with our management.",
        "Bonjour Sophie, nos équipes analysent la lenteur ; je propose un point avec notre "
        "direction jeudi.",
        EI, '"Je mets en copie notre Directeur général ... qui souhaite un point avec votre '
        'direction" (their CEO copied, asking for ours; the slowness is the topic)',
        "their CEO copied and asking for our management (executive involvement)",
        ("20 secondes", "M. Perrin"),
        (
            Take("concerned", "high", 1,
                 "[Nous sommes inquiets] de l'image que cela donne à nos adhérents."),
            Take("frustrated", "high", 3,
                 "[Trois semaines, c'est long, et on n'avance pas.]"),
            Take("threatening_churn", "high", 3,
                 "[M. Perrin envisage de remettre le contrat en concurrence] si rien ne change "
                 "d'ici fin mai."),
        ),
    ),
)
# fmt: on
