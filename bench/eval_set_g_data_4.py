"""eval_set_g situations, part 4: executives in Spanish, French and English (a directora
general asking for our CEO, a président-directeur général over a privacy breach, a
founder and managing director copied), then gaps told as questions and as a compliance
need. Hand-written; every label decided by hand from routing/definitions.md (defs-1)
while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

EI = "executive_intervention"
FG = "feature_gap"

# fmt: off
SITUATIONS_4 = (
    Situation(
        "directora-cargos", "es", "Sierra Nevada Resorts", "sierranevadaresorts.es",
        "Elena Castaño|Directora General", "Cargos duplicados en las cuentas de los huéspedes",
        "2026-12-01",
        "Como directora general del grupo les escribo porque su sistema de restaurante carga "
        "dos veces en la cuenta de la habitación cada consumición que se firma a la habitación. "
        "Desde el jueves hemos tenido que revisar a mano todas las cuentas en la salida y "
        "devolver cargos a decenas de huéspedes. Quiero hablar con su consejero delegado esta "
        "semana.",
        "Sierra Nevada Resorts: their directora general writes; the restaurant module posts "
        "every room-charged item twice to guest folios since Thursday.",
        "Hola Elena, nuestro director de operaciones la llamará mañana y el equipo técnico ya "
        "tiene el caso.",
        EI, '"Como directora general del grupo les escribo ... Quiero hablar con su consejero '
        'delegado" (their C-level writes and asks for our CEO; the double charge is the '
        "product's, not our bill)",
        "their directora general involved; every room charge doubled, folios checked by hand at "
        "checkout (painful workaround)",
        ("dos veces", "consejero delegado"),
        (
            Take("concerned", "high", 1,
                 "[Me inquieta la imagen que estamos dando] a nuestros huéspedes en plena "
                 "temporada de esquí."),
            Take("threatening_churn", "high", 3,
                 "[Si esto no se resuelve antes de Navidad, buscaremos otro proveedor para los "
                 "cinco hoteles.]"),
            Take("frustrated", "high", 4,
                 "[Llevo una semana esperando esa llamada y sigo sin noticias.]"),
        ),
    ),
    Situation(
        "pdg-dossiers", "fr", "Clinique du Parc Saint-Roch", "clinique-saintroch.fr",
        "Bernard Lemoine|Président-directeur général",
        "Dossiers patients visibles par un autre établissement", "2026-10-26",
        "Mon directeur informatique m'informe que, depuis ce matin, les dossiers de certains de "
        "nos patients apparaissent dans la liste d'une autre clinique utilisatrice de votre "
        "logiciel. Il s'agit de données de santé. Je demande que votre direction générale me "
        "contacte aujourd'hui et que l'accès soit coupé immédiatement.",
        "Clinique Saint-Roch: their PDG writes; since this morning some of their patient "
        "records appear in another clinic's list in our software.",
        "Bonjour Bernard, notre directrice générale vous appelle à 14 h ; l'accès partagé a été "
        "suspendu.",
        EI, '"Je demande que votre direction générale me contacte", signed Président-directeur '
        "général (their CEO writes and demands our executives)",
        '"les dossiers de certains de nos patients apparaissent dans la liste d\'une autre '
        'clinique" (a privacy breach of health data: someone else sees their records)',
        ("autre clinique", "données de santé"),
        (
            Take("angry", "critical", 1,
                 "[C'est une faute grave de votre part et j'exige un rapport écrit avant ce "
                 "soir.]"),
            Take("concerned", "critical", 3,
                 "[Je suis très préoccupé par nos obligations envers la CNIL.]"),
            Take("calm", "critical", 4,
                 "Merci pour l'appel de cet après-midi. [Nous attendons votre rapport écrit pour "
                 "vendredi, comme convenu.]"),
        ),
    ),
    Situation(
        "founder-tallies", "en", "Greenhollow Orchards", "greenhollow-orchards.co.uk",
        "Fiona Mackay|Harvest Operations Lead", "Picker tallies in the payroll export",
        "2026-09-07",
        "I've copied our founder and managing director, Alasdair Mackay, as he asked to be kept "
        "in the loop. Since the app update on Monday, the pickers' handheld tallies no longer "
        "add up: the bins picked on the handhelds come through as roughly half in the payroll "
        "export. We're recounting from paper tickets every evening. Alasdair would like your "
        "executive sponsor to explain what's being done.",
        "Greenhollow Orchards: their founder/MD copied; since Monday's app update the payroll "
        "export shows about half the bins the pickers logged.",
        "Hi Fiona, our executive sponsor, Ruth Adeyemi, will call Alasdair tomorrow; "
        "engineering has the export logs.",
        EI, '"I\'ve copied our founder and managing director ... would like your executive '
        'sponsor to explain" (their MD copied and asking for our executive sponsor)',
        "their MD copied; tallies wrong in the payroll export, recounted from paper every "
        "evening (painful workaround)",
        ("payroll export", "paper tickets"),
        (
            Take("calm", "high", 1, "[Thanks, we'll wait to hear from you.]"),
            Take("concerned", "high", 3,
                 "The pickers are paid on Friday from this export, and [we're worried that "
                 "about 120 seasonal workers will be underpaid].",
                 sev_why='"paid on Friday from this export" (a payroll date at risk) and their '
                 "MD copied"),
            Take("angry", "high", 4,
                 "[It's outrageous that we're still recounting by hand a week on!!] Alasdair "
                 "expects a fix, not another call."),
        ),
    ),
    Situation(
        "drone-import", "en", "Westmarsh Solar Parks", "westmarshsolar.co.uk",
        "Imogen Clarke|Asset Manager", "Importing drone inspection results", "2026-09-21",
        "Is there a way to import the thermal drone inspection files from our new survey "
        "contractor? They deliver a CSV with panel IDs and hotspot temperatures, and we'd love "
        "to see those on the panel map next to the maintenance tickets. I couldn't find an "
        "import option for anything other than work orders.",
        "Westmarsh Solar: asking to import thermal drone inspection CSVs (panel IDs, hotspot "
        "temperatures) onto the panel map; only work orders can be imported.",
        "Hi Imogen, there's no import for inspection data today; I've put it to the product "
        "team.",
        FG, '"Is there a way to import the thermal drone inspection files ... I couldn\'t find '
        'an import option for anything other than work orders" (never offered: the product '
        "lacks it)",
        "a question about a missing feature, nothing broken",
        ("thermal drone inspection", "panel map"),
        (
            Take("calm", "low", 1, "[Just curious whether it's on the roadmap.]"),
            Take("frustrated_but_patient", "low", 3,
                 "It's a bit tedious, but [we'll live with spreadsheets until you get to it]."),
            Take("frustrated", "medium", 4,
                 "[It's frustrating to be copying 4,000 rows into spreadsheets] when it's the "
                 "obvious thing to import.",
                 sev_why="a missing feature that matters (4,000 rows by hand), no deadline"),
        ),
    ),
    Situation(
        "xrechnung", "de", "Zweckverband Wasserversorgung Obere Lahn", "wv-oberelahn.de",
        "Thomas Reuter|Sachgebietsleiter Finanzen", "E-Rechnung im XRechnung-Format",
        "2026-10-12",
        "Ab dem 1. Januar müssen wir Rechnungen an Landesbehörden im XRechnung-Format stellen. "
        "Ihr Fakturamodul kann nach unserer Kenntnis nur PDF erzeugen. Ist XRechnung geplant, "
        "und wenn ja, wann?",
        "WV Obere Lahn (public water authority): must send XRechnung e-invoices to state "
        "authorities from 1 Jan; our invoicing module only produces PDF.",
        "Hallo Thomas, XRechnung ist für das erste Quartal geplant; ich kläre den genauen "
        "Termin mit dem Produktteam.",
        FG, '"Ihr Fakturamodul kann ... nur PDF erzeugen. Ist XRechnung geplant" (the product '
        "works but lacks a format it never offered; no bill of ours in question)",
        '"Ab dem 1. Januar müssen wir" (a compliance date at risk)',
        ("XRechnung", "1. Januar"),
        (
            Take("concerned", "high", 1,
                 "[Wir machen uns Sorgen, ob wir die Frist halten können.]"),
            Take("calm", "medium", 3,
                 "Notfalls erfassen wir die wenigen Rechnungen pro Monat manuell im Portal des "
                 "Landes. [Geben Sie uns einfach Bescheid, wenn es einen Termin gibt.]",
                 sev_why="a missing feature that matters, with a manual workaround covering "
                 "the date (few invoices a month)"),
            Take("threatening_churn", "high", 4,
                 "[Wenn XRechnung nicht rechtzeitig kommt, müssen wir die Fakturierung zu "
                 "einem anderen Anbieter verlagern.]"),
        ),
    ),
)
# fmt: on
