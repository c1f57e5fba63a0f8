"""eval_set_e situations, part 2: feature gaps told as a need, as "missing", as a how-to
question, with money words that are the product's own data. Hand-written; every label
decided by hand from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

FG = "feature_gap"

# fmt: off
SITUATIONS_2 = (
    Situation(
        "scim-provisioning", "en", "Brightmoor Housing Trust", "brightmoor.org.uk",
        "Owen Pryce|IT Manager", "Automatic user provisioning from Entra ID", "2026-04-06",
        "We'd like new staff to be created in your platform automatically from Entra ID, and "
        "leavers removed. As far as I can tell you support SSO login but not SCIM "
        "provisioning, so our service desk adds and removes about 30 users a month by hand. "
        "Is SCIM on the roadmap?",
        "Brightmoor Housing: asking for SCIM provisioning from Entra ID; today users are "
        "added and removed by hand.",
        "Hi Owen, SCIM is on our list for later this year; I've added your vote.",
        FG, '"you support SSO login but not SCIM provisioning ... Is SCIM on the roadmap?"',
        "", ("SCIM", "30 users a month", "Entra ID"),
        (
            Take("calm", "low", 1,
                 "[Just gathering options for now], nothing urgent.",
                 sev_why='"nothing urgent", a roadmap question'),
            Take("concerned", "high", 3,
                 "Our cyber security audit on 30 June flags leavers keeping access, [and I'm "
                 "worried] that manual removals won't satisfy the auditors.",
                 sev_why='"audit on 30 June" (an audit date at risk)'),
            Take("threatening_churn", "high", 3,
                 "'Later this year' is too vague for us. [If it isn't there by our renewal, "
                 "we'll move to a provider that has it.]",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
    Situation(
        "portal-dutch", "en", "Vandermeer Freight", "vandermeerfreight.nl",
        "Lotte de Vries|Customer Service Lead", "Dutch missing from the tracking portal",
        "2026-05-04",
        "Dutch is missing from the language menu of the customer tracking portal: it offers "
        "English, German and French only. Most of our consignees are Dutch and a lot of them "
        "phone us instead of using the portal. Could you add Dutch?",
        "Vandermeer Freight: want a Dutch language option in the tracking portal (EN/DE/FR "
        "only today).",
        "Hi Lotte, Dutch isn't planned yet; I've logged it with product.",
        FG, '"Dutch is missing from the language menu ... it offers English, German and '
        'French only" (never offered: the product lacks it, nothing broke)',
        "", ("English, German and French", "language menu"),
        (
            Take("calm", "low", 1,
                 "[It's a wish, not a complaint], whenever it fits in.",
                 sev_why='"a wish", whenever it fits (nice to have)'),
            Take("frustrated", "medium", 3,
                 "[Honestly that's disappointing, we've been asking for this since we "
                 "signed], and the calls keep coming.",
                 sev_why="a missing feature that matters, no deadline"),
            Take("concerned", "medium", 4,
                 "[I'm a bit worried the call volume will keep growing] as we take on more "
                 "Dutch customers. Is there a workaround, like a translated template?",
                 sev_why="a missing feature that matters, no deadline"),
        ),
    ),
    Situation(
        "facture-payee", "fr", "Cabinet Morel Expertise", "cabinet-morel.fr",
        "Claire Dubois|Responsable administrative", "Notification quand une facture est payée ?",
        "2026-02-16",
        "Comment est-ce qu'on reçoit une notification quand un client règle une facture ? "
        "Nous envoyons nos factures clients depuis votre outil et nous aimerions être "
        "prévenus automatiquement (e-mail ou webhook) au paiement. Je n'ai rien trouvé dans "
        "les paramètres. Nous émettons environ 220 factures par mois.",
        "Cabinet Morel: want a notification or webhook when their own clients pay an invoice "
        "sent from our tool; not available today.",
        "Bonjour Claire, ce n'est pas possible aujourd'hui ; j'ai transmis la demande à "
        "l'équipe produit.",
        FG, '"Comment est-ce qu\'on reçoit une notification ... Je n\'ai rien trouvé" (a '
        "how-to about a capability that does not exist; the invoices are their clients')",
        "", ("220 factures", "webhook"),
        (
            Take("calm", "low", 1,
                 "[Rien d'urgent], c'est surtout pour gagner un peu de temps.",
                 sev_why='"Rien d\'urgent" (a question, nice to have)'),
            Take("concerned", "medium", 3,
                 "[Je crains qu'on rate des relances] si on doit tout vérifier à la main "
                 "chaque semaine.",
                 sev_why="a missing feature that matters, no deadline"),
            Take("frustrated", "medium", 3,
                 "[C'est agaçant : je pose la question depuis des mois] et la réponse est "
                 "toujours la même.",
                 sev_why="a missing feature that matters, no deadline"),
        ),
    ),
    Situation(
        "citas-recurrentes", "es", "Fisioterapia Alameda", "fisioalameda.es",
        "Marta Gil|Coordinadora de agenda", "¿Cómo crear citas recurrentes?", "2026-06-01",
        "¿Cómo se crean citas recurrentes? Muchos pacientes vienen todos los martes durante "
        "8 semanas y ahora tenemos que crear cada cita una por una. He buscado en la ayuda y "
        "solo veo cómo duplicar una cita. ¿Existe esta opción o está prevista?",
        "Fisioterapia Alameda: no recurring appointments; staff create each one by hand.",
        "Hola Marta, las citas recurrentes no existen todavía; están en la hoja de ruta para "
        "el segundo semestre.",
        FG, '"¿Cómo se crean citas recurrentes? ... solo veo cómo duplicar ... ¿Existe esta '
        'opción o está prevista?" (a how-to about a capability that is not there)',
        "", ("8 semanas", "una por una"),
        (
            Take("calm", "low", 1,
                 "[Sin prisa], era por si se nos escapaba algo.",
                 sev_why='"Sin prisa", a question'),
            Take("frustrated_but_patient", "medium", 3,
                 "Es un fastidio, la verdad, perdemos mucho tiempo. [Pero seguiremos "
                 "duplicando citas mientras tanto y esperamos la novedad.]",
                 sev_why="a missing feature that matters, with a workaround"),
            Take("threatening_churn", "high", 5,
                 "Otra clínica del barrio usa un programa que lo hace. [Si no llega antes de "
                 "la renovación, nos cambiaremos.]",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
)
# fmt: on
