"""eval_set_f situations, part 2: lost consultation notes at a vets' practice (a defect
told in level words and in anger), and three feature gaps: text messages for a leisure
centre, webhooks for a law firm (a sales promise), several warehouses for a wholesaler.
Hand-written; every label decided by hand from routing/definitions.md (defs-1) while
writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

PD = "product_defect"
FG = "feature_gap"

# fmt: off
SITUATIONS_2 = (
    Situation(
        "notes-perdues", "fr", "Clinique vétérinaire des Tilleuls", "vet-tilleuls.fr",
        "Camille Lefort|Responsable administrative", "Notes de consultation effacées",
        "2026-10-19",
        "Depuis la mise à jour de jeudi, les notes de consultation saisies sur tablette "
        "disparaissent dès que le vétérinaire se déconnecte. Nous avons perdu les notes d'une "
        "quarantaine de consultations depuis jeudi, et nos six vétérinaires écrivent "
        "désormais sur papier.",
        "Tilleuls: depuis la mise à jour de jeudi, les notes saisies sur tablette sont perdues "
        "à la déconnexion (~40 consultations).",
        "Bonjour Camille, l'équipe technique cherche s'il est possible de récupérer les notes.",
        PD, '"les notes de consultation ... disparaissent" (lost data since an update)',
        "data lost now: about forty consultations' notes gone",
        ("une quarantaine de consultations", "tablette"),
        (
            Take("calm", "critical", 1,
                 "[Pouvez-vous nous dire si les notes perdues sont récupérables ? Merci "
                 "d'avance.]"),
            Take("frustrated", "critical", 3,
                 "[Ça fait quatre jours qu'on bricole avec du papier et on n'en voit pas le "
                 "bout.] On aimerait au moins savoir où vous en êtes."),
            Take("angry", "critical", 4,
                 "[Vous nous aviez affirmé mardi au téléphone que le problème était réglé. "
                 "C'était faux, et nous avons perdu d'autres notes depuis.]"),
        ),
    ),
    Situation(
        "class-texts", "en", "Riverside Leisure Trust", "riversideleisure.org.uk",
        "Owen Price|Membership Manager", "Texting members about cancelled classes",
        "2026-11-16",
        "When an instructor calls in sick we cancel the class in the booking system, but "
        "members only get an email, and plenty of them turn up anyway. We'd like to send a "
        "text message to everyone booked on the class. As far as I can tell the system only "
        "does email.",
        "Riverside Leisure: class cancellations reach members by email only; they want to "
        "send a text message too.",
        "Hi Owen, texting isn't available today; I've put your case to our product team.",
        FG, '"We\'d like to send a text message ... the system only does email" (works as '
        "designed, lacks something)",
        "a missing feature that matters, a workaround (phoning round), no deadline",
        ("text message", "only does email"),
        (
            Take("concerned", "medium", 1,
                 "[I'm a little anxious about complaints stacking up] over the winter, when "
                 "more classes get cancelled."),
            Take("frustrated_but_patient", "medium", 3,
                 "It's a headache for the front desk every time. [We'll keep phoning round for "
                 "now; just let us know if it's ever likely to come.]"),
            Take("threatening_churn", "high", 3,
                 "[The leisure centre across town has a system that does this out of the box, "
                 "and I've been asked to price it up before our renewal.]",
                 sev_why="the renewal at risk: a rival system being priced before it"),
        ),
    ),
    Situation(
        "matter-webhooks", "en", "Alder & Finch LLP", "alderfinch.law",
        "Priyanka Shah|Head of Practice Technology", "Webhooks when a matter changes status?",
        "2026-06-08",
        "Is there a way to get a webhook when a matter's status changes? We'd like our document "
        "system to pick up closed matters on its own. At the moment a paralegal exports a list "
        "every Friday and imports it on the other side.",
        "Alder & Finch want a webhook on matter status changes; a paralegal bridges it by hand "
        "every Friday. Feature request.",
        "Hi Priyanka, there's no webhook for status changes yet; I've logged the request.",
        FG, '"Is there a way to get a webhook" (something the product lacks; the CSM: "Feature '
        'request")',
        "a missing feature with a weekly manual workaround, no deadline",
        ("webhook", "every Friday"),
        (
            Take("calm", "low", 1,
                 "[Just a question at this stage, we're scoping next year's projects.]",
                 sev_why='a question ("Just a question at this stage")'),
            Take("concerned", "high", 3,
                 "Our regulator's file-retention audit is on 12 March, and [I'm uneasy about "
                 "leaning on a manual Friday export] for it.",
                 sev_why='"audit is on 12 March" (an audit date at risk)'),
            Take("angry", "medium", 5,
                 "[Your sales team stood in our boardroom and told us the API covered this. It "
                 "plainly doesn't, and I would like an explanation of how that happened.]",
                 sev_why="a missing feature that matters, a manual workaround, no deadline"),
        ),
    ),
    Situation(
        "varios-almacenes", "es", "Ferreterías Ibarra Distribución", "ferreteriasibarra.es",
        "Lucía Navarro|Responsable de logística", "Stock por almacén", "2026-09-28",
        "Hemos abierto un segundo almacén en Zaragoza y el programa solo nos deja llevar un "
        "único stock por empresa. De momento el de Zaragoza lo llevamos en una hoja de cálculo "
        "aparte. ¿Está previsto poder gestionar varios almacenes?",
        "Ferreterías Ibarra: solo un stock por empresa; el segundo almacén (Zaragoza) va en una "
        "hoja de cálculo.",
        "Hola Lucía, de momento no existe; lo he trasladado al equipo de producto.",
        FG, '"solo nos deja llevar un único stock ... ¿Está previsto" (a limit of the design, '
        "a roadmap question)",
        "a missing feature that matters, a spreadsheet workaround, no deadline",
        ("Zaragoza", "hoja de cálculo"),
        (
            Take("calm", "low", 2,
                 "[Sin ninguna prisa; era solo por saber si entra en vuestros planes.]",
                 sev_why='"Sin ninguna prisa", a question about the roadmap'),
            Take("threatening_churn", "high", 3,
                 "[Si no entra en vuestros planes, antes de fin de año tendremos que buscar un "
                 "programa que sí lo haga.]",
                 sev_why="the renewal at risk: they would look for another product"),
            Take("frustrated", "high", 4,
                 "[Estamos ya hartos de cuadrar la hoja de cálculo a mano cada semana.]",
                 sev_why="a missing feature that matters (medium), raised one level: renewal "
                 "within 90 days",
                 account=Account(26000, "growth", 60)),
        ),
    ),
)
# fmt: on
