"""eval_set_g situations, part 3: our people or process failing about technical work
(training sessions cancelled before a go-live, a migration our team ran badly, a status
page left green during an outage), then executives writing about defects (a managing
director in German, a COO). Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

SF = "service_failure"
EI = "executive_intervention"

# fmt: off
SITUATIONS_3 = (
    Situation(
        "formation-annulee", "fr", "Mairie de Saint-Aubin-sur-Loire", "saint-aubin-loire.fr",
        "Sophie Marchand|Cheffe de projet numérique", "Sessions de formation annulées",
        "2026-10-05",
        "Les deux sessions de formation prévues pour nos agents d'état civil, le 29 septembre "
        "et le 2 octobre, ont été annulées par votre formatrice le matin même, sans autre date "
        "proposée. La bascule sur le nouveau logiciel est fixée au 3 novembre et quinze agents "
        "n'ont toujours pas été formés.",
        "Saint-Aubin-sur-Loire: both training sessions for their registry staff (29 Sept, "
        "2 Oct) cancelled by our trainer the same morning; go-live 3 Nov, 15 staff untrained.",
        "Bonjour Sophie, je suis désolée, je cherche deux nouvelles dates avec l'équipe "
        "formation.",
        SF, '"ont été annulées par votre formatrice le matin même, sans autre date proposée" '
        "(missed onboarding: our people failed)",
        '"La bascule ... est fixée au 3 novembre" (a go-live at risk) after two sessions missed '
        "(repeated)",
        ("3 novembre", "quinze agents"),
        (
            Take("concerned", "high", 1, "[Nous sommes inquiets pour la date du 3 novembre.]"),
            Take("frustrated", "high", 3,
                 "[C'est la troisième fois que je relance pour avoir des dates], et toujours "
                 "rien de concret."),
            Take("threatening_churn", "high", 4,
                 "[Si les agents ne sont pas formés d'ici fin octobre, nous reporterons la "
                 "bascule et remettrons le marché en question.]"),
        ),
    ),
    Situation(
        "migracion-lecturas", "es", "Cooperativa Eléctrica del Segura", "electricasegura.es",
        "Javier Molina|Responsable de sistemas", "Lecturas perdidas tras la migración",
        "2026-11-23",
        "La migración que vuestro equipo hizo el fin de semana ha dejado fuera las lecturas de "
        "contador de octubre de unos 3.200 socios. Vuestro técnico dio la migración por "
        "terminada sin la comprobación de totales que acordamos en el plan. Sin esas lecturas "
        "no podemos emitir la facturación de noviembre.",
        "Cooperativa Eléctrica del Segura: the migration our team ran at the weekend left out "
        "October meter readings for ~3,200 members; the agreed totals check was skipped.",
        "Hola Javier, lo siento mucho; el equipo de migración está recuperando las lecturas "
        "desde la copia de origen.",
        SF, '"La migración que vuestro equipo hizo ... Vuestro técnico dio la migración por '
        'terminada sin la comprobación ... que acordamos" (our people ran the migration badly: '
        "a process failure, not a product bug)",
        '"ha dejado fuera las lecturas ... de unos 3.200 socios ... no podemos emitir la '
        'facturación" (data lost, their billing stopped)',
        ("3.200 socios", "facturación de noviembre"),
        (
            Take("angry", "critical", 1,
                 "[Es una chapuza de vuestro equipo y exigimos que lo arregléis hoy mismo.]"),
            Take("concerned", "critical", 3,
                 "[Nos preocupa no llegar a facturar antes del día 30.]"),
            Take("frustrated_but_patient", "high", 5,
                 "Ya habéis recuperado la mayoría de las lecturas; faltan unas 200. [Entendemos "
                 "que estáis en ello y seguimos colaborando], pero necesitamos cerrar esto esta "
                 "semana.",
                 sev_why='"faltan unas 200" (most data restored; the rest and the billing run '
                 "still at risk)"),
        ),
    ),
    Situation(
        "status-green", "en", "Solent Island Ferries", "solentislandferries.co.uk",
        "Ben Carver|Digital Services Manager",
        "Booking site down and your status page says all green", "2026-07-27",
        "Our online booking site has been returning errors since about 07:30, and your status "
        "page still says all systems operational. We've had no update from you in three hours. "
        "Support told us twice to clear our browser cache, which has nothing to do with it.",
        "Solent Island Ferries: their booking site erroring since 07:30; our status page "
        "showed green for 3 hours and support twice told them to clear the cache.",
        "Hi Ben, apologies, the incident is now posted and our engineers are working on the "
        "booking API.",
        SF, '"your status page still says all systems operational. We\'ve had no update from you '
        'in three hours. Support told us twice to clear our browser cache" (no status updates '
        "and repeated wrong answers: our process failed)",
        '"booking site has been returning errors since about 07:30" (their sales stopped now)',
        ("07:30", "clear our browser cache"),
        (
            Take("angry", "critical", 3,
                 "[Your status page lied to us for three hours, that is simply not "
                 "acceptable.]"),
            Take("threatening_churn", "critical", 1,
                 "[If this is how you handle an outage in peak season, we'll be looking at "
                 "other booking providers before next summer.]"),
            Take("frustrated_but_patient", "high", 4,
                 "The site has been back since lunchtime. [We'll give your team the benefit of "
                 "the doubt this once], but we need a proper incident report and an honest "
                 "status page next time.",
                 sev_why='"The site has been back since lunchtime" (the outage is over); '
                 "support gave wrong answers twice (our people failed repeatedly)"),
        ),
    ),
    Situation(
        "geschaeftsfuehrerin", "de", "Brenner Verpackungstechnik GmbH", "brenner-verpackung.de",
        "Annette Kessler|Geschäftsführerin", "Etikettendruck an den Packlinien", "2026-09-14",
        "Ich schreibe Ihnen als Geschäftsführerin, weil der Etikettendruck an unseren "
        "Packlinien seit dem Update am Freitag jedes dritte Etikett ohne Chargennummer druckt. "
        "Ohne Chargennummer dürfen die Paletten nicht raus. Ich erwarte, dass sich Ihre "
        "Geschäftsleitung persönlich darum kümmert.",
        "Brenner Verpackung: their managing director writes; since Friday's update every third "
        "label at the packing lines prints without a batch number.",
        "Hallo Annette, unser VP Engineering hat den Fall übernommen und meldet sich heute "
        "noch.",
        EI, '"Ich schreibe Ihnen als Geschäftsführerin ... Ich erwarte, dass sich Ihre '
        'Geschäftsleitung persönlich darum kümmert" (their managing director writes and '
        "demands our executives; the label bug is the subject)",
        "their managing director involved; every third label missing its batch number, "
        "labels checked and reprinted by hand (painful workaround)",
        ("jedes dritte Etikett", "Chargennummer"),
        (
            Take("concerned", "high", 1,
                 "[Mir bereitet Sorge, dass uns ein Kunde deswegen eine Lieferung "
                 "zurückweist.]"),
            Take("angry", "critical", 3,
                 "Seit heute Mittag druckt keine Linie mehr ein gültiges Etikett, der Versand "
                 "steht komplett. [Das ist ein Desaster, und ich erwarte bis heute Abend eine "
                 "Lösung!]",
                 sev_why='"der Versand steht komplett" (shipping stopped now)'),
            Take("threatening_churn", "high", 4,
                 "[Wenn das bis Monatsende nicht stabil läuft, kündigen wir den Vertrag.]"),
        ),
    ),
    Situation(
        "reefer-alerts", "en", "Arctic Line Cold Chain", "arcticline-coldchain.com",
        "Marcus Lindqvist|Chief Operating Officer", "Temperature alerts on reefer trailers",
        "2026-08-03",
        "I'm writing myself because this has reached my desk: the temperature alerts from our "
        "reefer trailers arrive in your platform up to 50 minutes late. Last week a load of "
        "vaccines for a hospital group sat out of range for 40 minutes before anyone was told. "
        "I want a named engineer on this and a call with your executive sponsor this week.",
        "Arctic Line: their COO writes; reefer temperature alerts arrive up to 50 min late; a "
        "vaccine load was out of range for 40 min last week.",
        "Hi Marcus, our VP of Engineering will join a call on Thursday and a named engineer is "
        "assigned.",
        EI, '"I\'m writing myself ... a call with your executive sponsor", signed Chief '
        "Operating Officer (their C-level writes and asks for our executive sponsor)",
        "their COO involved; alerts late across the fleet, one load already out of range "
        "(impaired, executive involvement)",
        ("50 minutes", "vaccines"),
        (
            Take("calm", "high", 2,
                 "[Thursday works for me; please send the invite to my assistant.]"),
            Take("frustrated", "high", 3,
                 "[I'm frankly fed up with hearing that it's being looked at.] I want a date."),
            Take("angry", "critical", 4,
                 "Tonight no alerts are coming through at all, and we've had to stop loading "
                 "pharmaceutical freight. [This is a failure on your part and I expect your CEO "
                 "to call me.]",
                 sev_why='"no alerts are coming through at all ... stop loading pharmaceutical '
                 'freight" (business stopped now)'),
        ),
    ),
)
# fmt: on
