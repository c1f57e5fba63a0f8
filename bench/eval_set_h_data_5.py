"""eval_set_h situations, part 5: relationships (a dealer group bought, a research
institute's lab head away) and executives writing (a film studio's COO, a museum-shop
group's directrice générale, a school bus firm's directora general). Hand-written;
every label decided by hand from routing/definitions.md (defs-1) while writing, before
any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

RR = "relationship_at_risk"
EI = "executive_intervention"

# fmt: off
SITUATIONS_5 = (
    Situation(
        "dealer-acquired", "en", "Harwood Motor Group", "harwoodmotors.co.uk",
        "Lisa Carmody|Group Systems Manager", "Change of ownership", "2026-11-18",
        "A heads-up that Harwood Motor Group has been bought by Caledon Automotive; the sale "
        "completed on 2 November. Caledon run their forty-odd dealerships on a different dealer "
        "management system, and their integration team will be looking at all our software "
        "contracts over the coming months.",
        "Harwood Motor Group: bought by Caledon Automotive (completed 2 Nov), who use another "
        "dealer system and will review all software contracts.",
        "Hi Lisa, thanks for letting us know. Could we meet Caledon's integration team early "
        "to show them what you use us for?",
        RR, '"has been bought by Caledon Automotive ... will be looking at all our software '
        'contracts" (a new owner; the relationship itself, no executive)',
        "a new owner reviewing contracts, the renewal not named",
        ("Caledon Automotive", "2 November"),
        (
            Take("calm", "medium", 1, "[Nothing changes for our branches for now, I'll keep you "
                 "posted.]"),
            Take("concerned", "high", 2,
                 "Our renewal with you is due in April, right in the middle of that review. "
                 "[I'm worried we'll be folded into their system by default.]",
                 sev_why='"Our renewal with you is due in April" named after a change of owner '
                 "(the renewal at risk)"),
            Take("threatening_churn", "high", 3,
                 "Caledon's IT director has said they'd like every site on one system. "
                 "[Realistically, I expect we'll be asked to move to theirs when our contract "
                 "ends.]",
                 sev_why="a move to another system expected at the contract's end (a churn "
                 "threat)"),
        ),
    ),
    Situation(
        "laborleitung", "de", "Institut für Angewandte Zellbiologie Mainfeld", "iaz-mainfeld.de",
        "Kathrin Albers|Stellv. Laborleiterin", "Neuer Ansprechpartner ab Januar", "2026-12-01",
        "Kurze Info: Unser Laborleiter Jens Hartwig geht ab 1. Januar für ein halbes Jahr in "
        "Elternzeit. Ich übernehme in der Zeit die Rolle als Ansprechpartnerin für das "
        "Laborbuch-System. Er hat die Einführung bei uns vorangetrieben, ich kenne das System "
        "bisher nur als Nutzerin.",
        "Mainfeld cell biology institute: their lab head, who drove the rollout, is on "
        "parental leave from 1 Jan for six months; his deputy becomes our contact.",
        "Hallo Kathrin, danke für die Info. Gern zeigen wir Ihnen in einem kurzen Termin die "
        "Admin-Funktionen.",
        RR, '"Unser Laborleiter ... geht ab 1. Januar für ein halbes Jahr in Elternzeit ... Er '
        'hat die Einführung bei uns vorangetrieben" (the champion away; the relationship '
        "itself)",
        "a heads-up about a change of contact, nothing at stake yet",
        ("1. Januar", "Laborbuch-System"),
        (
            Take("calm", "low", 1, "[Nur zur Info, Handlungsbedarf besteht keiner.]"),
            Take("concerned", "high", 3,
                 "Inzwischen hat die Verwaltung angekündigt, dass alle Softwareausgaben für 2027 "
                 "überprüft werden, und unsere Verlängerung steht im April an. [Ich habe etwas "
                 "Sorge, dass das Laborbuch dabei unter die Räder kommt.]",
                 sev_why='"alle Softwareausgaben für 2027 überprüft werden" with "unsere '
                 'Verlängerung steht im April an" (the renewal named, a budget review)'),
            Take("threatening_churn", "high", 4,
                 "Die Verwaltung schaut sich jetzt ein günstigeres Laborbuch eines anderen "
                 "Anbieters an. [Ehrlich gesagt glaube ich nicht, dass wir im April "
                 "verlängern.]",
                 sev_why="another vendor evaluated, the renewal in doubt"),
        ),
    ),
    Situation(
        "render-queue", "en", "Greyhound Lane Pictures", "greyhoundlane.film",
        "Imogen Tate|Chief Operating Officer", "Render queue dropping jobs overnight",
        "2026-11-24",
        "I'm writing as COO because this now affects our delivery dates. For the past week the "
        "render scheduler in your platform has been quietly dropping overnight jobs: the queue "
        "shows them as finished, but roughly 15% of frames are missing when the team comes in. "
        "We're re-rendering during the day, which pushes everything back. We deliver the final "
        "cut of Saltmarsh to the distributor on 18 December.",
        "Greyhound Lane Pictures: their COO writes that our render scheduler drops about 15% "
        "of overnight frames while showing the jobs finished; final delivery on 18 Dec.",
        "Hi Imogen, thanks. Our engineering lead is going through the scheduler logs and I'll "
        "send an update tomorrow at noon.",
        EI, '"I\'m writing as COO" (the customer\'s C-level writes to demand action)',
        'a C-level writing, a painful workaround (re-rendering by day) and "We deliver the '
        'final cut ... on 18 December" at risk',
        ("15% of frames", "18 December"),
        (
            Take("concerned", "high", 1,
                 "[I'm worried we won't make the delivery date at this rate.] I'd like a daily "
                 "update until it's fixed."),
            Take("frustrated", "critical", 2,
                 "Since 3am the scheduler won't start any job at all, so the whole compositing "
                 "team is sitting idle. [Four hours without a word from anyone and I'm running "
                 "out of patience]; I want your executive sponsor on a call today.",
                 sev_why='"the scheduler won\'t start any job at all ... the whole compositing '
                 'team is sitting idle" (work stopped now)'),
            Take("angry", "critical", 3,
                 "Now nothing renders at all: the queue has been stuck since 3am and forty "
                 "artists are idle. [This is a disaster of your making, and I expect your CEO to "
                 "call me this morning!]",
                 sev_why='"nothing renders at all ... forty artists are idle" (work stopped '
                 "now)"),
        ),
    ),
    Situation(
        "dg-factures", "fr", "Boutiques des Musées Réunis", "boutiques-musees-reunis.fr",
        "Claire-Anne Delorme|Directrice générale", "Erreurs de facturation répétées",
        "2026-11-13",
        "Je vous écris en tant que directrice générale. Pour le troisième mois consécutif, votre "
        "facture comporte des licences pour nos boutiques de Lyon et de Nantes, fermées depuis "
        "juin : 3 480 € facturés à tort rien que sur octobre. Mon équipe a signalé l'erreur à "
        "chaque fois. Je souhaite un échange avec votre directeur général pour régler ce "
        "dossier une bonne fois pour toutes.",
        "Boutiques des Musées Réunis: their managing director writes herself after three "
        "months of our invoices charging licences for two closed shops (EUR 3,480 in October) "
        "and asks to speak to our CEO.",
        "Nous avons bien reçu votre message ; notre directeur financier revoit les trois "
        "factures et vous appellera cette semaine.",
        EI, '"Je vous écris en tant que directrice générale ... Je souhaite un échange avec '
        'votre directeur général" (their C-level writes and asks for ours)',
        "a C-level involved and a billing error repeated three months running",
        ("3 480 €", "Lyon et de Nantes"),
        (
            Take("frustrated", "high", 1,
                 "[Nous en sommes au troisième signalement et ma patience a des limites.]"),
            Take("angry", "high", 3,
                 "[C'est inadmissible : vous facturez des boutiques fermées et vous ne corrigez "
                 "rien. J'exige un avoir complet d'ici vendredi.]"),
            Take("threatening_churn", "high", 4,
                 "[Si ce dossier n'est pas réglé ce mois-ci, nous mettrons fin au contrat à son "
                 "échéance.]"),
        ),
    ),
    Situation(
        "rutas-escolares", "es", "Autocares Escolares Montesol", "montesol-escolar.es",
        "Inmaculada Ferrer|Directora general",
        "La app de familias muestra mal la posición de los autobuses", "2026-11-18",
        "Desde el lunes la app de familias sitúa nuestros autobuses a varios cientos de metros "
        "de donde están, y a veces en la calle equivocada. Los padres salen a la parada cuando "
        "el autobús ya ha pasado, o esperan en la otra acera. Cubrimos 64 rutas escolares y los "
        "colegios ya nos están llamando. De momento los conductores avisan por WhatsApp a cada "
        "grupo de padres. Como directora general, quiero que me tengan informada personalmente "
        "hasta que esté resuelto.",
        "Montesol school buses: their managing director writes that since Monday the parents' "
        "app shows buses hundreds of metres off on 64 routes; drivers message parents on "
        "WhatsApp meanwhile.",
        "Hola Inmaculada, el equipo de localización está revisando los datos GPS; le envío "
        "novedades esta tarde.",
        EI, '"Como directora general, quiero que me tengan informada personalmente" (their '
        "C-level writes and demands action)",
        "a C-level writing; the parents' app wrong on 64 routes with a painful workaround "
        "(drivers messaging each group)",
        ("64 rutas escolares", "WhatsApp"),
        (
            Take("calm", "high", 1, "[Quedo a la espera de sus noticias.]"),
            Take("concerned", "high", 2,
                 "[Me preocupa que algún niño se quede sin autobús] si esto sigue así la semana "
                 "que viene."),
            Take("angry", "critical", 3,
                 "Hoy es peor: desde las 7:00 la app no muestra ningún autobús y las tablets de "
                 "los conductores han perdido las rutas, así que varios autobuses han salido sin "
                 "saber las paradas. [¡Esto es inaceptable! Quiero a su consejero delegado al "
                 "teléfono esta misma mañana.]",
                 sev_why='"desde las 7:00 la app no muestra ningún autobús y las tablets de los '
                 'conductores han perdido las rutas" (the service stopped now)'),
        ),
    ),
)
# fmt: on
