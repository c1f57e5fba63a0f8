"""eval_set_g situations, part 1: defects told as questions, as limits and as money
(a route planner, patient invoices, a member portal's prices, a hotel booking engine's
child rate, shop receipts). Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"

# fmt: off
SITUATIONS_1 = (
    Situation(
        "route-windows", "en", "Hollins Freight Logistics", "hollinsfreight.co.uk",
        "Gareth Pryce|Transport Planner",
        "Is there a way to make the planner respect delivery windows?", "2026-10-12",
        "Is there a way to get the route planner to keep drops inside the customers' delivery "
        "windows again? Until the October release it did that on its own. Now about one route "
        "in five puts a drop outside the window, for example a 06:00-08:00 bakery slot planned "
        "for 09:40. Our planners are moving those stops by hand each evening.",
        "Hollins Freight: since the October release the route planner puts drops outside the "
        "delivery window on about 1 route in 5; planners move stops by hand every evening.",
        "Hi Gareth, thanks, I've reproduced it with your example and passed it to the routing "
        "team.",
        PD, '"Until the October release it did that on its own. Now about one route in five puts '
        'a drop outside the window" (a how-to question about something that worked and now '
        "gives a wrong result)",
        "an important function wrong on many routes, a painful manual workaround every evening",
        ("one route in five", "October release"),
        (
            Take("calm", "high", 1, "[Any pointers gratefully received.]"),
            Take("concerned", "high", 3,
                 "Peak starts on 16 November and [I'm nervous about doing this by hand with "
                 "twice the routes].",
                 sev_why='"Peak starts on 16 November" (a hard date at risk) on top of a '
                 "painful manual workaround"),
            Take("frustrated", "high", 4,
                 "[Three weeks of fixing routes by hand every evening is getting really "
                 "tiresome.] Can someone give me a date?"),
        ),
    ),
    Situation(
        "clinic-vat", "en", "Larkspur Physiotherapy Clinics", "larkspurphysio.com",
        "Nadia Kowalczyk|Practice Manager", "VAT on patient invoices", "2026-09-08",
        "Since the update on 1 September the patient invoices your system generates add 20% "
        "VAT to physiotherapy treatments, which are VAT-exempt. The VAT setting on those "
        "treatment codes still says exempt. Around 600 invoices have gone out to patients with "
        "the wrong total so far, and some patients have paid the higher amount.",
        "Larkspur Physio: since 1 Sept the invoices the product generates for their own "
        "patients add 20% VAT to exempt treatments; ~600 sent to patients.",
        "Hi Nadia, I've raised this with our engineers as urgent and will update you by "
        "tomorrow.",
        PD, '"the patient invoices your system generates add 20% VAT to physiotherapy '
        'treatments, which are VAT-exempt" (tax the product computes wrongly on the invoices '
        "it generates for their patients; not our bill)",
        "an important function (patient invoicing) wrong for every exempt treatment, corrected "
        "by hand (painful workaround)",
        ("600 invoices", "VAT-exempt"),
        (
            Take("angry", "critical", 1,
                 "We've stopped all invoicing until this is fixed. [Your update has made us "
                 "look like we overcharge people in pain, and I expect it fixed today.]",
                 sev_why='"We\'ve stopped all invoicing" (their billing to patients not going '
                 "out now)"),
            Take("concerned", "high", 3,
                 "[I'm worried about how this looks to our patients], and we'll have refunds to "
                 "issue."),
            Take("calm", "high", 2,
                 "[Could you let me know what you find?] In the meantime we're correcting the "
                 "invoices by hand."),
        ),
    ),
    Situation(
        "milchpreis", "de", "Molkereigenossenschaft Allgäuer Höfe eG", "allgaeuer-hoefe.de",
        "Franziska Bachmeier|Leiterin Mitgliederservice", "Falscher Literpreis im Mitgliederportal",
        "2026-11-02",
        "Seit dem Update vom Wochenende zeigt das Mitgliederportal unseren Landwirten den "
        "Milchpreis vom Vormonat an, 41,2 statt 43,5 Cent pro Liter. Die Abrechnungen im "
        "Hintergrund stimmen, nur die Anzeige ist falsch. Mehrere Höfe haben schon bei uns "
        "angerufen.",
        "Allgäuer Höfe: since the weekend update the member portal shows farmers last month's "
        "milk price (41.2 instead of 43.5 ct/l); the statements themselves are right.",
        "Hallo Franziska, danke, wir haben den Fehler nachgestellt und das Entwicklerteam ist "
        "informiert.",
        PD, '"zeigt das Mitgliederportal unseren Landwirten den Milchpreis vom Vormonat an" (a '
        "price the product shows is wrong: a defect, not a dispute about our bill)",
        "wrong figures shown, the statements correct; explained by phone, no deadline",
        ("41,2 statt 43,5 Cent", "Mitgliederportal"),
        (
            Take("calm", "medium", 1, "[Kein Drama, aber schauen Sie es sich bitte an.]"),
            Take("frustrated", "medium", 4,
                 "[Langsam nervt es, dass wir jeden Anruf einzeln erklären müssen], und von "
                 "Ihnen kommt nichts Konkretes."),
            Take("angry", "critical", 3,
                 "Jetzt ist es noch schlimmer: seit heute früh bricht die Bezahlseite für die "
                 "Jahresbeiträge bei jedem Hof mit einem Fehler ab. [Das ist völlig "
                 "inakzeptabel, wir erwarten noch heute eine Lösung!]",
                 sev_why='"seit heute früh bricht die Bezahlseite ... bei jedem Hof mit einem '
                 'Fehler ab" (payments not going out now)'),
        ),
    ),
    Situation(
        "tarif-enfant", "fr", "Hôtels Rivage Atlantique", "rivage-atlantique.fr",
        "Claire Fontaine|Responsable revenue",
        "Le moteur ne nous permet pas d'appliquer le tarif enfant", "2026-06-15",
        "Le moteur de réservation ne nous permet pas d'appliquer le tarif enfant sur les "
        "chambres familiales. L'été dernier, la même grille fonctionnait très bien ; depuis la "
        "mise à jour de mai, le moteur facture chaque enfant au tarif adulte. Nous corrigeons "
        "les réservations à la main à la réception.",
        "Rivage Atlantique: since the May update the booking engine charges children at the "
        "adult rate on family rooms; reception corrects each booking by hand.",
        "Bonjour Claire, merci, nous avons reproduit le problème et l'équipe tarification s'en "
        "occupe.",
        PD, '"ne nous permet pas d\'appliquer le tarif enfant ... L\'été dernier, la même grille '
        'fonctionnait très bien" (told as a limit, but it worked and broke with the May update)',
        "an important function wrong on every family booking, a painful manual workaround at "
        "reception",
        ("tarif enfant", "mise à jour de mai"),
        (
            Take("concerned", "high", 1,
                 "La haute saison commence le 1er juillet et [je crains que la réception soit "
                 "débordée].",
                 sev_why='"La haute saison commence le 1er juillet" (a date at risk) and a '
                 "painful manual workaround"),
            Take("frustrated_but_patient", "high", 3,
                 "C'est pénible pour l'équipe. [Nous continuons les corrections à la main en "
                 "attendant votre correctif], tenez-nous informés."),
            Take("threatening_churn", "critical", 4,
                 "Depuis ce matin, plus aucune réservation familiale n'aboutit : le paiement "
                 "échoue à la dernière étape. [Si ce n'est pas réglé avant le week-end, nous "
                 "repasserons sur notre ancien moteur.]",
                 sev_why='"Depuis ce matin, plus aucune réservation familiale n\'aboutit" '
                 "(orders not going out now)"),
        ),
    ),
    Situation(
        "logo-ticket", "es", "Ferreterías Alcántara", "ferreteriasalcantara.es",
        "Lucía Benítez|Coordinadora de tiendas",
        "¿Hay forma de que el ticket vuelva a llevar el logo?", "2026-10-19",
        "¿Hay alguna forma de que los tickets de caja vuelvan a salir con nuestro logo? Desde "
        "la actualización de octubre se imprimen sin él en las 14 tiendas, aunque en la "
        "configuración el logo sigue cargado. Por lo demás los tickets salen bien.",
        "Ferreterías Alcántara: since the October update till receipts print without their "
        "logo in all 14 shops; the logo is still configured.",
        "Hola Lucía, gracias, lo he pasado al equipo del módulo de caja.",
        PD, '"Desde la actualización de octubre se imprimen sin él ... aunque en la '
        'configuración el logo sigue cargado" (a question about something that worked and '
        "broke: a defect, however small)",
        "cosmetic: the receipts are otherwise correct",
        ("14 tiendas", "actualización de octubre"),
        (
            Take("calm", "low", 1, "[Sin prisa, cuando podáis.]"),
            Take("concerned", "low", 2,
                 "No es urgente, pero [me preocupa un poco la imagen] ante los clientes de las "
                 "tiendas nuevas."),
            Take("frustrated_but_patient", "low", 3,
                 "Es una tontería pero molesta, y ya llevamos tres semanas así. [Esperamos a la "
                 "próxima versión sin problema.]"),
        ),
    ),
)
# fmt: on
