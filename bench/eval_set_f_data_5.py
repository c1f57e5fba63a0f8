"""eval_set_f situations, part 5: a car dealer being taken over (the relationship), and
executives: a chief executive writing about repeated outages that are over, a PDG copied
on wrong room rates, a directora general whose members' payments are held up.
Hand-written; every label decided by hand from routing/definitions.md (defs-1) while
writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

RAR = "relationship_at_risk"
EI = "executive_intervention"

# fmt: off
SITUATIONS_5 = (
    Situation(
        "uebernahme", "de", "Autohaus Steiner GmbH", "autohaus-steiner.de",
        "Petra Kühn|Leiterin Vertrieb", "Übernahme durch die Walter-Gruppe", "2026-05-04",
        "Zur Information: Wir werden zum 1. Juli von der Walter-Gruppe übernommen. Die Gruppe "
        "arbeitet in allen anderen Häusern mit einem eigenen CRM, und deren IT entscheidet im "
        "Herbst, welche Systeme bei uns bleiben.",
        "Autohaus Steiner wird zum 1. Juli von der Walter-Gruppe übernommen; deren IT "
        "entscheidet im Herbst über die Systeme.",
        "Hallo Petra, danke für die frühe Info, ich melde mich mit einem Vorschlag für ein "
        "Gespräch.",
        RAR, '"von der Walter-Gruppe übernommen ... entscheidet im Herbst, welche Systeme '
        'bleiben" (a new owner; the renewal in doubt)',
        "the renewal in doubt after a change of owner",
        ("Walter-Gruppe", "1. Juli"),
        (
            Take("calm", "high", 1,
                 "[Ich wollte Sie nur frühzeitig ins Bild setzen.]"),
            Take("concerned", "high", 3,
                 "[Ich fürchte, ohne überzeugende Nutzungszahlen haben wir kaum eine Chance,] "
                 "das System zu behalten."),
            Take("threatening_churn", "high", 3,
                 "[Realistisch betrachtet stellt uns die neue IT auf das Konzern-CRM um, wenn "
                 "Sie uns kein wirklich gutes Angebot machen.]"),
        ),
    ),
    Situation(
        "three-outages", "en", "Bramwell Foods", "bramwellfoods.co.uk",
        "Robert Ainsley|Chief Executive Officer", "Three outages in six weeks", "2026-11-23",
        "I'm writing personally because our order intake has gone down three times in six "
        "weeks, each time for over an hour, in our busiest morning window. I would like a call "
        "with your CEO to understand what is being done about it.",
        "Bramwell: their CEO writes about three order-intake outages in six weeks (all over "
        "now) and asks for our CEO.",
        "Dear Robert, thank you; our CEO's office is arranging a call for Thursday.",
        EI, '"Chief Executive Officer" writes and asks for "a call with your CEO" (their '
        "executive demanding action, asking for ours)",
        "executive involvement on both sides; the outages are over",
        ("three times in six weeks", "busiest morning window"),
        (
            Take("concerned", "high", 1,
                 "Our Christmas trading starts in three weeks, and [I need some confidence "
                 "that this won't happen then.]"),
            Take("angry", "high", 3,
                 "[Each time we've been handed a post-mortem and a promise. I'm done with "
                 "promises. What exactly are we paying you for?]"),
            Take("threatening_churn", "high", 5,
                 "[I have asked our operations director to draw up a contingency plan that "
                 "does not involve your platform.]"),
        ),
    ),
    Situation(
        "tarifs-decales", "fr", "Groupe Hôtelier Bellerive", "bellerive-hotels.fr",
        "Claire Dumas|Responsable revenue management", "Tarifs décalés sur les OTA",
        "2026-06-15",
        "Je mets en copie notre PDG, M. Fabre. Depuis trois semaines, les tarifs publiés sur "
        "les sites de réservation ne correspondent plus à ceux saisis dans votre outil, pour "
        "nos cinq hôtels. Nous les corrigeons à la main chaque matin.",
        "Bellerive (PDG en copie): depuis trois semaines les tarifs publiés sur les OTA "
        "divergent de l'outil pour cinq hôtels; correction manuelle chaque matin.",
        "Bonjour Claire, l'équipe intégration analyse les écarts hôtel par hôtel.",
        EI, '"Je mets en copie notre PDG" (their CEO copied to demand action on a defect)',
        "executive involvement, and a function broken for five hotels with a painful daily "
        "workaround",
        ("cinq hôtels", "trois semaines"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "[Nous savons que vos équipes y travaillent et nous continuerons à corriger à "
                 "la main,] mais il nous faudrait une date."),
            Take("frustrated", "high", 1,
                 "[C'est la troisième fois que nous vous signalons ce décalage.]"),
            Take("angry", "high", 4,
                 "[M. Fabre ne comprend pas, et moi non plus, qu'un éditeur sérieux laisse "
                 "traîner un tel problème trois semaines. Nous attendons un geste commercial.]"),
        ),
    ),
    Situation(
        "liquidaciones-socios", "es", "Cooperativa Agrícola Valle del Ebro",
        "coopvalledelebro.es", "Elena Ruiz|Directora general", "Liquidaciones a los socios",
        "2026-12-01",
        "Le escribo como directora general de la cooperativa. Desde la última actualización, "
        "el módulo de liquidaciones calcula mal las retenciones y este mes hemos tenido que "
        "parar los pagos a 300 agricultores. Me gustaría hablar esta semana con vuestro "
        "consejero delegado.",
        "Valle del Ebro: their directora general writes; settlements miscalculate "
        "withholdings since the update, payments to 300 farmers stopped; wants our CEO.",
        "Estimada Elena, el equipo técnico trabaja en la corrección y os iremos informando.",
        EI, '"directora general" writes and asks for "vuestro consejero delegado" (their '
        "executive, asking for ours)",
        '"hemos tenido que parar los pagos a 300 agricultores" (payments not going out now)',
        ("300 agricultores", "retenciones"),
        (
            Take("concerned", "critical", 1,
                 "[Muchas familias cuentan con ese dinero a fin de mes y me preocupa de verdad "
                 "el retraso.]"),
            Take("threatening_churn", "critical", 3,
                 "[El consejo rector ya nos ha pedido que estudiemos otras soluciones si esto "
                 "no se arregla de inmediato.]"),
            Take("angry", "critical", 3,
                 "[Es una vergüenza que una actualización vuestra deje sin cobrar a trescientas "
                 "familias. Exijo una explicación por escrito.]"),
        ),
    ),
)
# fmt: on
