"""eval_set_f situations, part 7: the low and medium end, where tone and business effect
part ways: a crooked logo on a bakery's receipts (annoyed and even angry, still low), a
wish for .xlsx exports at an accounting firm, a support chat nobody answered at a small
hotel (one unanswered question, and a season's start date). Hand-written; every label
decided by hand from routing/definitions.md (defs-1) while writing, before any drafter
ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"
FG = "feature_gap"
SF = "service_failure"

# fmt: off
SITUATIONS_7 = (
    Situation(
        "crooked-logo", "en", "Harbour Street Bakery", "harbourstreetbakery.co.uk",
        "Tess Llewellyn|Shop Manager", "Logo off-centre on receipts", "2026-03-23",
        "Since the new receipt template came in, the logo on our printed receipts sits a few "
        "millimetres to the left. Everything else on the receipt prints fine.",
        "Harbour Street Bakery: logo on printed receipts slightly off-centre since the new "
        "template; nothing else wrong.",
        "Hi Tess, thanks, I've passed it to the team that looks after the templates.",
        PD, '"the logo ... sits a few millimetres to the left" (wrong, however small)',
        "cosmetic: a logo slightly off-centre, nothing else affected",
        ("few millimetres", "receipt template"),
        (
            Take("calm", "low", 1,
                 "[No rush on this one, whenever it fits in.]"),
            Take("frustrated", "low", 3,
                 "[Honestly, it's irritating to look at every single time a receipt comes "
                 "out.]"),
            Take("angry", "low", 3,
                 "[You sold us a 'premium template' and it can't even centre a logo? Sort it "
                 "out.]"),
        ),
    ),
    Situation(
        "export-xlsx", "fr", "Cabinet Moreau & Associés", "cabinet-moreau.fr",
        "Nathalie Perrin|Collaboratrice comptable", "Export du grand livre en .xlsx",
        "2026-02-16",
        "Serait-il possible d'exporter le grand livre directement au format .xlsx ? "
        "Aujourd'hui l'outil ne propose que le CSV, que nous convertissons à chaque fois.",
        "Cabinet Moreau: export du grand livre seulement en CSV, ils aimeraient du .xlsx.",
        "Bonjour Nathalie, ce n'est pas possible aujourd'hui ; j'ai transmis la demande à "
        "l'équipe produit.",
        FG, '"l\'outil ne propose que le CSV" (works as designed, lacks a format)',
        "a missing feature that matters, a conversion workaround, no deadline",
        ("grand livre", ".xlsx"),
        (
            Take("calm", "low", 1,
                 "[Ce serait simplement plus confortable, rien ne presse.]",
                 sev_why='"rien ne presse", a nice-to-have'),
            Take("concerned", "medium", 3,
                 "[Je crains qu'une erreur de conversion passe un jour inaperçue] dans un "
                 "bilan."),
            Take("frustrated_but_patient", "medium", 2,
                 "C'est agaçant de convertir chaque fichier à la main, [mais on fera avec en "
                 "attendant une éventuelle évolution.]"),
        ),
    ),
    Situation(
        "chat-sin-respuesta", "es", "Hoteles Petit Costa Brava", "petitcostabrava.es",
        "Marc Puig|Jefe de recepción", "Consulta sin respuesta en el chat", "2026-10-05",
        "El lunes abrimos una consulta en el chat de soporte sobre cómo configurar las tarifas "
        "de temporada baja y todavía no nos ha contestado nadie.",
        "Petit Costa Brava: a support chat question (low-season rates set-up) opened on Monday "
        "is still unanswered.",
        "",
        SF, '"todavía no nos ha contestado nadie" (a support question unanswered)',
        "one unanswered question, no deadline",
        ("temporada baja", "chat de soporte"),
        (
            Take("calm", "medium", 1,
                 "[Cuando podáis, nos echáis una mano. ¡Gracias!]"),
            Take("frustrated", "medium", 3,
                 "[Así no hay manera de trabajar, la verdad.]"),
            Take("concerned", "high", 3,
                 "La temporada baja empieza el 1 de noviembre y [me preocupa no tener las "
                 "tarifas listas a tiempo.]",
                 sev_why='"empieza el 1 de noviembre" (a dated start at risk)'),
        ),
    ),
)
# fmt: on
