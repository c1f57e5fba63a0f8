"""eval_set_h situations, part 2: two more defects (an architects' plan viewer, a gym
chain's class app) and gaps (a university library's reading lists, a recruiter's calendar
sync, a facility firm's technician app). Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"
FG = "feature_gap"

# fmt: off
SITUATIONS_2 = (
    Situation(
        "plans-lents", "fr", "Atelier Morvan & Associés", "atelier-morvan.fr",
        "Sophie Lequeux|Responsable informatique", "Ouverture des plans très lente depuis la v7",
        "2026-10-26",
        "Depuis le passage en version 7, l'ouverture d'un plan dans la visionneuse prend environ "
        "trois minutes, contre une dizaine de secondes avant. Ça touche surtout les fichiers "
        "au-delà de 50 Mo, donc quasiment tous nos plans de façade. En attendant, nos "
        "architectes ouvrent les fichiers directement dans leur logiciel de CAO, ce qui marche "
        "mais les oblige à passer par le serveur.",
        "Atelier Morvan (architects): since v7 opening a plan in the viewer takes about 3 "
        "minutes instead of 10 seconds for files over 50 MB; they open them in their CAD tool "
        "meanwhile.",
        "Bonjour Sophie, merci pour les fichiers d'exemple, nos développeurs analysent la "
        "lenteur.",
        PD, '"prend environ trois minutes, contre une dizaine de secondes avant" (slowness since '
        "a version)",
        "slow, with a workaround that works (opening the files in their CAD tool) and no "
        "deadline",
        ("version 7", "50 Mo"),
        (
            Take("calm", "medium", 1,
                 "[Rien d'urgent, mais si vous avez une piste, je suis preneuse.]"),
            Take("frustrated_but_patient", "medium", 3,
                 "Trois semaines que ça dure et l'équipe commence à râler. [On continue avec le "
                 "logiciel de CAO en attendant le correctif, pas de souci.]"),
            Take("threatening_churn", "critical", 4,
                 "Depuis ce matin, plus aucun plan ne s'ouvre : la visionneuse affiche une "
                 "erreur 502 pour tout le monde, y compris les clients avec qui nous partageons "
                 "les plans. [Si ce n'est pas rétabli aujourd'hui, nous allons sérieusement "
                 "regarder ailleurs.]",
                 sev_why='"plus aucun plan ne s\'ouvre ... pour tout le monde" (unusable for '
                 "everyone now, the shared client view without a workaround)"),
        ),
    ),
    Situation(
        "lista-espera", "es", "Gimnasios Pulso", "gimnasiospulso.es",
        "Raquel Ibarra|Responsable de producto digital",
        "Posición en lista de espera incorrecta en la app", "2026-11-03",
        "Desde la versión 3.8 de la app, cuando un socio se apunta a la lista de espera de una "
        "clase llena le aparece «Estás en la posición 0», sea cual sea su puesto real. La lista "
        "funciona bien por dentro: cuando se libera una plaza entra quien toca. Es sobre todo "
        "un tema de imagen, aunque algunos socios preguntan en recepción.",
        "Gimnasios Pulso: since app 3.8 members on a class waiting list always see 'position "
        "0'; the list itself works.",
        "Hola Raquel, gracias, lo he pasado al equipo de la app.",
        PD, '"le aparece «Estás en la posición 0», sea cual sea su puesto real" (the product '
        "shows a wrong value)",
        'minor: "La lista funciona bien por dentro ... Es sobre todo un tema de imagen"',
        ("versión 3.8", "posición 0"),
        (
            Take("calm", "low", 1, "[Cuando podáis le echáis un ojo, no hay prisa.]"),
            Take("frustrated", "low", 3,
                 "[Sinceramente, es bastante frustrante] que algo tan sencillo lleve un mes sin "
                 "arreglarse; en recepción lo explicamos a diario."),
            Take("angry", "critical", 5,
                 "Y ahora, desde esta mañana, nadie puede reservar: la app da error al confirmar "
                 "cualquier clase, en los 23 centros. [¡Esto es inaceptable, exigimos una "
                 "solución hoy mismo!!]",
                 sev_why='"desde esta mañana, nadie puede reservar ... en los 23 centros" '
                 "(bookings stopped now for every member)"),
        ),
    ),
    Situation(
        "reading-lists", "en", "Halden University Library", "halden.ac.uk",
        "Fiona Marsh|Head of Academic Liaison", "Importing reading lists from a spreadsheet",
        "2026-11-16",
        "Our academics keep their reading lists in Excel or as RIS exports from their "
        "reference managers, and as far as I can see there's no way to bring those into the "
        "reading-list module in one go; each title has to be searched for and added by hand. "
        "For semester two we have about 340 lists to load. Is a bulk import on the roadmap, or "
        "is there something I'm missing?",
        "Halden University Library: asks for a bulk import of reading lists from Excel/RIS "
        "into the reading-list module; about 340 lists for semester two.",
        "Hi Fiona, good question: there's no bulk import today. I've asked product whether "
        "it's planned.",
        FG, '"there\'s no way to bring those into the reading-list module in one go ... Is a '
        'bulk import on the roadmap" (something the product never offered)',
        "a question about a missing feature, the manual route available",
        ("about 340 lists", "RIS exports"),
        (
            Take("calm", "low", 1,
                 "[Just a question for now; we'll plan around whatever the answer is.]"),
            Take("concerned", "high", 3,
                 "Semester two starts on 11 January and the lists need to be live a week "
                 "before. [I'm concerned we won't get 340 lists in by hand in time.]",
                 sev_why='"Semester two starts on 11 January" (a hard date at risk)'),
            Take("frustrated", "medium", 2,
                 "[Honestly, it's frustrating that something this basic isn't there]; my team "
                 "will spend weeks retyping lists.",
                 sev_why="a missing feature that matters, weeks of manual work, no date given"),
        ),
    ),
    Situation(
        "calendar-sync", "en", "Fieldhouse Recruitment", "fieldhouserecruitment.com",
        "Callum Reid|Operations Manager", "Two-way calendar sync with Outlook", "2026-10-14",
        "Our consultants book interviews in your platform, but the slots only go one way: they "
        "appear in Outlook, and if a candidate or client moves the meeting in Outlook the "
        "platform never hears about it. So the interview schedule drifts out of date and "
        "consultants fix it by hand. Does the platform support a two-way sync, or is it "
        "planned? We're 45 consultants across three offices.",
        "Fieldhouse Recruitment: interview slots sync from the platform to Outlook but not "
        "back; they'd like two-way calendar sync (45 consultants).",
        "Hi Callum, thanks. Two-way sync isn't available today; I've added your vote to the "
        "product request.",
        FG, '"Does the platform support a two-way sync, or is it planned?" (it works as '
        "designed, one way; something it lacks)",
        '"nice to have": a wish, with a manual update that works',
        ("45 consultants", "two-way sync"),
        (
            Take("calm", "low", 2,
                 "[It would be a nice to have rather than anything pressing.] Let me know if you "
                 "need more detail."),
            Take("frustrated_but_patient", "low", 3,
                 "We first raised this back in the spring and it would save a fair bit of "
                 "fiddling. [We'll carry on updating by hand for now; no need to rush it.]",
                 sev_why='"no need to rush it": a wish with a manual route'),
            Take("threatening_churn", "high", 4,
                 "We've started trialling another ATS alongside yours that does two-way sync out "
                 "of the box. [Unless this is on your roadmap before our renewal, we'll probably "
                 "move across.]",
                 sev_why='"trialling another ATS alongside yours" and the renewal made to depend '
                 "on it (a churn threat)"),
        ),
    ),
    Situation(
        "offline-modus", "de", "Kessler Facility Services GmbH", "kessler-facility.de",
        "Anja Wolters|Leiterin Technischer Service", "Offline-Modus für die Techniker-App?",
        "2026-10-20",
        "Unsere Techniker sind viel in Tiefgaragen und Technikräumen unterwegs, wo es kein Netz "
        "gibt. Die App kann dort keine Prüfprotokolle speichern, einen Offline-Modus gibt es "
        "nicht. Die Kollegen schreiben deshalb auf Papier mit und tragen abends alles nach. Ist "
        "ein Offline-Modus geplant? Es geht um rund 60 Techniker.",
        "Kessler Facility Services: technicians work in car parks and plant rooms without "
        "signal; the app has no offline mode, so they note things on paper and enter them later "
        "(about 60 technicians).",
        "Hallo Anja, danke für die Anfrage. Einen Offline-Modus gibt es derzeit nicht; ich "
        "kläre mit dem Produktteam, ob er geplant ist.",
        FG, '"einen Offline-Modus gibt es nicht ... Ist ein Offline-Modus geplant?" (never '
        "offered; a question about plans)",
        "a missing feature that matters, with a paper workaround and no deadline",
        ("rund 60 Techniker", "Prüfprotokolle"),
        (
            Take("frustrated_but_patient", "medium", 1,
                 "Das Nachtragen kostet uns jede Woche Stunden und nervt die Kollegen. [Wir "
                 "machen bis dahin mit Papier weiter], aber eine Einschätzung wäre schön."),
            Take("calm", "low", 3,
                 "[Kein dringendes Thema], eher für unsere Planung im nächsten Jahr.",
                 sev_why='"Kein dringendes Thema" (a question for planning)'),
            Take("frustrated", "medium", 4,
                 "[Langsam ärgert mich das]: jede Woche gehen Stunden fürs Nachtragen drauf, und "
                 "eine klare Aussage, ob das kommt, haben wir immer noch nicht."),
        ),
    ),
)
# fmt: on
