"""eval_set_e situations, part 5 (a second batch, written after the first was scored but
before any drafter ran on it): more defects told as needs, as how-to questions and as
"missing", a gap told as "missing", and an executive who has someone else write.
Hand-written; every label decided by hand from routing/definitions.md (defs-1)."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"
FG = "feature_gap"
EI = "executive_intervention"

# fmt: off
SITUATIONS_5 = (
    Situation(
        "barcode-labels", "en", "Copperleaf Home Goods", "copperleafhome.com",
        "Dana Whitfield|Warehouse Supervisor", "Parcel labels", "2026-09-14",
        "We need the label integration to print the right barcode on each parcel label. Every "
        "label that comes out carries the barcode of the previous order, so the carrier scans "
        "the wrong parcel. We're relabelling by hand, about 400 parcels a day.",
        "Copperleaf: each parcel label prints the previous order's barcode; ~400 parcels a day "
        "relabelled by hand.",
        "Hi Dana, thanks, engineering has the sample labels and is looking at it today.",
        PD, '"Every label that comes out carries the barcode of the previous order" (a wrong '
        'result, told as a need)',
        "an important function broken for the whole warehouse, a painful manual workaround",
        ("400 parcels a day", "previous order"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "It's a slog for the team. [We'll keep relabelling while your side works on "
                 "it], just keep me updated."),
            Take("concerned", "high", 1,
                 "[I'm worried about mistakes creeping in] as the team gets tired of it."),
            Take("angry", "high", 4,
                 "[This is a mess of your making and it's costing us a fortune in overtime.] "
                 "I want it fixed, not looked at."),
        ),
    ),
    Situation(
        "signature-greyed", "en", "Redfern Building Supplies", "redfernbuild.co.uk",
        "Chris Mallory|Logistics Manager", "Drivers signing delivery notes", "2026-07-06",
        "Our drivers must be able to sign delivery notes on the handhelds, but the signature "
        "box is greyed out on every Android 14 device we have, about 25 of our 60. The older "
        "devices are fine. Drivers with the new devices are back on paper notes.",
        "Redfern: signature box greyed out on Android 14 handhelds (25 of 60); those drivers on "
        "paper.",
        "Hi Chris, support has reproduced it on Android 14 and passed it to the mobile team.",
        PD, '"the signature box is greyed out on every Android 14 device" (a function that does '
        'not work, told as a must-have)',
        "", ("Android 14", "25 of our 60"),
        (
            Take("calm", "medium", 1,
                 "[Paper works for now, so no stress.]",
                 sev_why="broken for some devices, a paper workaround, no deadline"),
            Take("frustrated", "high", 5,
                 "[This is the third time I've chased this] and nobody can say when it'll be "
                 "sorted.",
                 sev_why="chased three times (high per defs-1's rules)"),
            Take("concerned", "high", 3,
                 "A customer audits our proof of delivery on 3 August, and [I'm uneasy about "
                 "showing them a pile of paper notes].",
                 sev_why='"audits our proof of delivery on 3 August" (an audit date at risk)'),
        ),
    ),
    Situation(
        "logout-howto", "en", "St Brigid's Community Care", "stbrigidscare.ie",
        "Aisling Byrne|Clinical Systems Officer", "How do we stop the ten-minute logouts?",
        "2026-10-05",
        "How do we stop the app logging our nurses out every ten minutes? The session timeout "
        "in settings says 8 hours, and it's the same on every ward. Is there another setting "
        "we've missed?",
        "St Brigid's: app logs nurses out every 10 minutes although the session timeout is set "
        "to 8 hours, on every ward.",
        "Hi Aisling, it isn't a setting on your side; I've raised it with our engineers.",
        PD, '"logging our nurses out every ten minutes? The session timeout in settings says 8 '
        'hours" (a how-to question about something that misbehaves)',
        "", ("ten minutes", "8 hours"),
        (
            Take("calm", "medium", 1,
                 "[Thanks in advance for any pointers.]",
                 sev_why="many users annoyed but able to work by logging in again, no deadline"),
            Take("frustrated", "medium", 3,
                 "[Honestly it's wearing thin], the nurses are fed up logging back in all day.",
                 sev_why="a real problem with a workaround (log in again), no deadline"),
            Take("concerned", "medium", 3,
                 "[I'm a bit worried] that people will start sharing logins to get round it.",
                 sev_why="a real problem with a workaround, no deadline"),
        ),
    ),
    Situation(
        "bouton-manquant", "fr", "Menuiseries Aubert", "menuiseries-aubert.fr",
        "Isabelle Roche|Assistante commerciale", "Bouton Exporter en PDF", "2026-11-09",
        "Le bouton « Exporter en PDF » manque sur l'écran des devis pour deux de nos "
        "commerciales, alors que les autres l'ont. Elles ont exactement les mêmes droits. Une "
        "collègue exporte les devis pour elles en attendant.",
        "Menuiseries Aubert: 'Export to PDF' button absent on the quotes screen for 2 users "
        "with the same rights as the others.",
        "Bonjour Isabelle, merci, le support examine les deux comptes concernés.",
        PD, '"manque ... pour deux de nos commerciales, alors que les autres l\'ont. Elles ont '
        'exactement les mêmes droits" (missing for some users only: wrong, not a gap)',
        "a real problem with a workaround (a colleague exports), no deadline",
        ("Exporter en PDF", "deux de nos commerciales"),
        (
            Take("calm", "medium", 1, "[Merci de regarder quand vous pourrez.]"),
            Take("frustrated_but_patient", "medium", 3,
                 "C'est pénible au quotidien. [On continue comme ça en attendant, merci de "
                 "nous tenir au courant.]"),
            Take("frustrated", "medium", 4,
                 "[Ça commence à bien faire], cela fait deux semaines et toujours rien."),
        ),
    ),
    Situation(
        "faltan-lineas", "es", "Suministros Hosteleros Levante", "shlevante.es",
        "Raúl Ortega|Jefe de compras", "Faltan líneas en los pedidos a proveedores",
        "2026-09-21",
        "En los pedidos que enviamos a proveedores faltan líneas: el pedido 4471 tenía 18 "
        "artículos y al proveedor le llegaron 11. Pasa con todos los pedidos de más de 15 "
        "líneas. Mientras tanto los partimos en dos.",
        "Suministros Levante: purchase orders over 15 lines reach suppliers with lines missing "
        "(order 4471: 18 sent, 11 received).",
        "Hola Raúl, lo hemos reproducido y el equipo técnico está con ello.",
        PD, '"faltan líneas: el pedido 4471 tenía 18 artículos y al proveedor le llegaron 11" '
        "(lost data: the product is wrong)",
        "an important function broken for every large order, a painful workaround (splitting)",
        ("4471", "15 líneas"),
        (
            Take("concerned", "high", 1,
                 "[Nos preocupa que se nos escape algún pedido] sin darnos cuenta."),
            Take("angry", "high", 3,
                 "[Es inaceptable que un fallo así siga sin resolver.] Exigimos una fecha "
                 "concreta."),
            Take("frustrated_but_patient", "high", 3,
                 "Es un engorro, pero [seguiremos partiendo los pedidos mientras lo "
                 "arregláis]."),
        ),
    ),
    Situation(
        "chief-exec-asked", "en", "Harrowgate Conference Centre", "harrowgatecc.co.uk",
        "Tom Baker|Facilities Coordinator", "Double bookings in the room planner", "2026-05-18",
        "Our Chief Executive has asked me to write to you about the double bookings in the "
        "room planner: twice this month two groups were booked into the same room. She would "
        "like a call with your leadership this week.",
        "Harrowgate CC: their chief executive wants a call with our leadership about two double "
        "bookings in the room planner this month.",
        "Hi Tom, thanks; I'm arranging a call with our VP of Customer Success.",
        EI, '"Our Chief Executive has asked me to write ... would like a call with your '
        'leadership" (their CEO demands action through someone else)',
        "their CEO involved and demanding action (executive involvement)",
        ("twice this month", "room planner"),
        (
            Take("concerned", "high", 1,
                 "[We're worried about it happening on a big event day.]"),
            Take("frustrated", "high", 3,
                 "[It's frustrating that we keep having to ask for this call.]"),
            Take("threatening_churn", "high", 3,
                 "[She's made it clear that if it happens again we'll look for another "
                 "venue system.]"),
        ),
    ),
    Situation(
        "bulk-edit-missing", "en", "Thistle & Thread Crafts", "thistlethread.co.uk",
        "Morag Duncan|Online Shop Manager", "Bulk editing prices", "2026-08-10",
        "Bulk editing is missing from the product list, so when our supplier changes prices we "
        "update about 300 products one by one. Is that something you could add?",
        "Thistle & Thread: no bulk edit in the product list; ~300 products updated one by one "
        "on price changes.",
        "Hi Morag, bulk edit isn't available yet; I've added your request to the product board.",
        FG, '"Bulk editing is missing from the product list ... Is that something you could '
        'add?" (never offered: the product lacks it)',
        "", ("300 products", "one by one"),
        (
            Take("calm", "low", 1,
                 "[No rush at all], just thought I'd ask.",
                 sev_why='"No rush at all", a question'),
            Take("concerned", "medium", 3,
                 "[I'm a little worried about errors creeping in] when we do it all by hand.",
                 sev_why="a missing feature that matters, no deadline"),
            Take("frustrated", "medium", 3,
                 "[It's maddening, honestly], it takes a whole day every time.",
                 sev_why="a missing feature that matters, no deadline"),
        ),
    ),
)
# fmt: on
