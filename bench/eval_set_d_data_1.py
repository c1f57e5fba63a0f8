"""eval_set_d situations, part 1: product defects (hotels, a law firm, funeral care, solar
installers, an auction house, cinemas, a letting agency, hair salons, garden centres).
Hand-written; every label decided by hand from routing/definitions.md (defs-1)."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

PD = "product_defect"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_1 = (
    Situation(
        "folio-vat-twice", "en", "Harbourline Hotels", "harbourlinehotels.co.uk",
        "Fiona Gallagher|Head of Finance Systems", "Guest folio PDFs showing VAT twice",
        "2026-02-09",
        "Since the update on 3 February, every guest folio PDF we print from the front desk "
        "lists the VAT line twice: once on the room and again on the total. The total at the "
        "bottom is correct, it's only the breakdown. It affects all 6 properties. Example: "
        "folio HL-448213 for a £412.50 stay shows £68.75 VAT twice.",
        "Harbourline Hotels (6 properties): folio PDFs print the VAT line twice since the "
        "3 February update. Can engineering take a look?",
        "Thanks Fiona, I've reproduced it with folio HL-448213 and raised it with engineering.",
        PD, '"lists the VAT line twice" (a wrong printout of our product)',
        "", ("HL-448213", "£412.50", "6 properties", "3 February"),
        (
            Take("calm", "low", 1,
                 "As far as I can tell it's purely cosmetic and no guest has queried it yet, "
                 "so [no rush on our side] — whenever it fits into a release.",
                 sev_why='"purely cosmetic", "The total at the bottom is correct"'),
            Take("frustrated", "high", 4,
                 "We only found out because a guest queried her bill at checkout, and now "
                 "reception re-issues folios by hand whenever someone asks. [Honestly, it's "
                 "getting a bit tiresome being the ones who catch these.]",
                 sev_why='workaround by hand, no deadline (medium), raised one level by the '
                 'account: renewal within 90 days',
                 account=Account(64000, "enterprise", 45, currency="GBP")),
            Take("angry", "high", 8,
                 "Our external auditors are on site from 16 March and they flagged the folios "
                 "on day one of their preparation. Five weeks on, all we have is a ticket "
                 "number. [This is not good enough, and I expect a fix date by Friday, not "
                 "another 'we're looking into it'.]",
                 sev_why='"auditors are on site from 16 March" (an audit deadline at risk)'),
        ),
    ),
    Situation(
        "hearing-sync", "en", "Pemberton & Hale LLP", "pembertonhale.com",
        "Gareth Lloyd|Practice Systems Manager", "Hearing dates missing from synced calendars",
        "2026-03-02",
        "Since last Thursday some hearing dates entered on the matter screen aren't appearing "
        "in the fee earners' Outlook calendars. We've counted 14 hearings missing across 9 "
        "matters so far; they're all correct inside your app, it's only the sync. One of them "
        "is on matter PH/2231/LIT.",
        "Pemberton & Hale (law firm): hearing dates not syncing to Outlook since last "
        "Thursday, 14 missing so far.",
        "We've found a filter in the calendar connector that skips entries created from "
        "templates; a fix is being tested and I'll confirm the release date.",
        PD, '"hearing dates ... aren\'t appearing in the fee earners\' Outlook calendars" '
        "(our sync drops data)",
        "", ("14 hearings", "9 matters", "PH/2231/LIT"),
        (
            Take("concerned", "medium", 3,
                 "Thanks for the update. There's a hearing at the Court of Appeal on 19 March "
                 "on one of the affected matters and [I'm a bit uneasy] — a missed court date "
                 "would be a conduct issue for us. Please keep me posted on the release.",
                 sev_why='the CSM\'s explicit "P3" wins over "hearing ... on 19 March"',
                 plevel="P3"),
            Take("frustrated_but_patient", "medium", 1,
                 "We've asked the secretaries to check the matter screen against the diaries "
                 "every morning, which does the job. It's a nuisance, but [we can live with "
                 "the manual check while your people sort it out].",
                 sev_why='"check the matter screen ... every morning, which does the job" '
                 "(a workaround, no deadline)"),
            Take("threatening_churn", "high", 9,
                 "Calendar sync was the main reason we moved from our old case management "
                 "system. If fee earners can't trust their diaries, [the partners will start "
                 "asking why we don't just go back to what we had.]",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
    Situation(
        "branches-locked-out", "en", "Ashgrove Funeral Care", "ashgrovefuneralcare.co.uk",
        "Moira Fenwick|Operations Manager", "Can't get into the system this morning",
        "2026-04-14",
        "None of our 11 branches can log in since about 8:15 this morning. The login page "
        "spins and then shows error 503. We have arrangement meetings with families all day "
        "and we can't see the funeral schedule, the crematorium bookings or the families' "
        "details. We're working from yesterday's printouts.",
        "Ashgrove Funeral Care: all 11 branches locked out since 08:15, error 503. They have "
        "families in today.",
        "",
        PD, '"can log in ... shows error 503" (an outage of our product)',
        '"None of our 11 branches can log in" (everyone locked out, now)',
        ("11 branches", "error 503", "8:15"),
        (
            Take("concerned", "critical", 1,
                 "I know these things happen, but [I'm worried about this afternoon]: we have "
                 "two services at 2pm and the funeral directors need the order of service "
                 "details. Please let me know as soon as there's any news."),
            Take("angry", "critical", 3,
                 "It's gone eleven and nobody from your side has even acknowledged this. [We "
                 "are sitting with grieving families and your system is down — this is "
                 "completely unacceptable.] I want a phone call, now.",
                 plevel="P1"),
            Take("frustrated_but_patient", "critical", 2,
                 "Three hours on and still no luck getting in. The team are coping on paper "
                 "for now and [we'll manage, but please keep me posted even if there's "
                 "nothing new]."),
        ),
    ),
    Situation(
        "montageprotokolle", "de", "SonnenWerk Solartechnik GmbH", "sonnenwerk-solar.de",
        "Andreas Köhler|Leiter Projektabwicklung",
        "Montageprotokolle nach Synchronisation verschwunden", "2026-05-18",
        "Seit der Synchronisation der Tablets am Freitagabend fehlen in der Projektakte 37 "
        "Montageprotokolle von Dachanlagen, samt Fotos und Unterschriften der Kunden. "
        "Betroffen sind die Baustellen der letzten zwei Wochen, z. B. Projekt SW-2026-0415. "
        "Auf den Tablets selbst sind die Protokolle auch nicht mehr da.",
        "SonnenWerk (solar installers): 37 installation reports incl. photos and customer "
        "signatures gone after Friday's tablet sync. Data loss.",
        "Wir prüfen gerade, ob sich die Protokolle aus den nächtlichen Sicherungen "
        "wiederherstellen lassen, und melden uns heute noch mit einem Zwischenstand.",
        PD, '"fehlen ... 37 Montageprotokolle" after our sync (lost data)',
        '"fehlen ... 37 Montageprotokolle ... samt Fotos und Unterschriften" (data lost now)',
        ("37 Montageprotokolle", "SW-2026-0415"),
        (
            Take("concerned", "critical", 3,
                 "Danke für die schnelle Rückmeldung. [Mir macht vor allem Sorge], dass wir "
                 "ohne die Protokolle die Anlagen nicht beim Netzbetreiber anmelden können. "
                 "Gibt es schon eine Einschätzung, ob die Sicherung vollständig ist?"),
            Take("angry", "critical", 4,
                 "Ihr Zwischenstand von gestern war das Letzte, was wir gehört haben. [Das ist "
                 "ein einziges Desaster]: Kundenunterschriften sind weg, und niemand bei Ihnen "
                 "kann mir sagen, ob sie wiederkommen. Ich erwarte bis heute 14 Uhr eine "
                 "verbindliche Aussage."),
            Take("threatening_churn", "critical", 1,
                 "Wenn wir uns nicht darauf verlassen können, dass einmal erfasste Daten auch "
                 "bleiben, [müssen wir uns ernsthaft nach einer anderen Lösung umsehen]. "
                 "Bitte um dringenden Rückruf."),
        ),
    ),
    Situation(
        "export-adjudications", "fr", "Hôtel des Ventes Marchand", "hdv-marchand.fr",
        "Claire Dumoulin|Responsable des ventes en ligne",
        "Montants d'adjudication arrondis dans l'export", "2026-06-10",
        "Depuis la mise à jour de lundi, l'export des adjudications arrondit les montants à la "
        "dizaine d'euros : le lot 128 adjugé 1 245 € apparaît à 1 250 € dans le fichier envoyé "
        "à la comptabilité. Les montants affichés dans l'application sont justes, c'est "
        "seulement l'export CSV.",
        "Hôtel des Ventes Marchand (auction house): the CSV export rounds hammer prices to the "
        "nearest 10 euros since Monday's update; the app itself is right.",
        "Merci Claire, nous avons reproduit le problème et l'équipe technique prépare un "
        "correctif.",
        PD, '"l\'export des adjudications arrondit les montants" (wrong data in our export)',
        "", ("lot 128", "1 245 €", "export CSV"),
        (
            Take("frustrated_but_patient", "medium", 1,
                 "Pour l'instant nous corrigeons les montants à la main avant l'envoi. C'est "
                 "fastidieux, [mais on fera avec en attendant le correctif].",
                 sev_why='"nous corrigeons les montants à la main" (a workaround, no deadline)'),
            Take("concerned", "high", 3,
                 "Notre grande vente de printemps a lieu samedi 13 juin, avec plus de 400 "
                 "lots, et les bordereaux des acheteurs partent directement de cet export. "
                 "[Je m'inquiète un peu] de devoir tout vérifier à la main ce week-end.",
                 sev_why='"vente ... samedi 13 juin ... 400 lots" (a dated event at risk)'),
            Take("frustrated", "medium", 5,
                 "[Franchement, c'est pénible] : la comptabilité ressaisit chaque bordereau et "
                 "personne ne sait combien de temps ça va durer.",
                 sev_why='"la comptabilité ressaisit chaque bordereau" (a workaround, no date)'),
        ),
    ),
    Situation(
        "butacas-duplicadas", "es", "Cines Luna", "cinesluna.es",
        "Javier Ortega|Responsable de Taquilla y Sistemas", "Butacas vendidas dos veces en la web",
        "2026-09-21",
        "Desde el viernes, la venta online a veces vende la misma butaca dos veces cuando dos "
        "clientes compran a la vez. El sábado tuvimos 23 butacas duplicadas en la sala 4 y hubo "
        "que reubicar a la gente en la puerta. Ejemplo: pedido CL-99817, fila G, asiento 12.",
        "Cines Luna (cinema chain): online ticketing sells the same seat twice on concurrent "
        "purchases; 23 duplicates on Saturday.",
        "Gracias, Javier. El equipo ha encontrado el fallo en el bloqueo de butacas y está "
        "probando la corrección.",
        PD, '"vende la misma butaca dos veces" (our ticketing is wrong)',
        "", ("23 butacas", "CL-99817", "sala 4"),
        (
            Take("frustrated_but_patient", "high", 4,
                 "Ya llevamos una semana así y la gente de taquilla está harta. Este viernes 25 "
                 "estrenamos la peli de superhéroes con salas llenas. [Sé que lo estáis mirando "
                 "y confío en vosotros], pero necesito saber si la corrección llega antes.",
                 sev_why='"Este viernes 25 estrenamos ... salas llenas" (a dated launch at risk)'),
            Take("calm", "medium", 1,
                 "De momento cerramos la venta online de la sala 4 quince minutos antes de cada "
                 "sesión y con eso se evita casi todo. [Sin prisa, cuando tengáis la corrección "
                 "nos avisáis.]",
                 sev_why='real double sales with "cerramos la venta online ... quince minutos '
                 'antes" as workaround; "Sin prisa" is tone, not effect',
                 plevel="Sev 3"),
            Take("angry", "high", 2,
                 "¡¡Otra vez!! Anoche 31 espectadores sin butaca en el estreno. [Es "
                 "inadmisible que sigáis vendiendo entradas que no existen] y quiero una "
                 "solución hoy, no la semana que viene.",
                 sev_why='"31 espectadores sin butaca" (many of their customers hit, sales '
                 "still running)"),
        ),
    ),
    Situation(
        "tenant-files-exposed", "en", "Oakfield Lettings", "oakfieldlettings.co.uk",
        "Nadia Rahman|Compliance Manager", "We can see another agency's tenant files",
        "2026-07-06",
        "This morning two of our negotiators opened the document library and saw tenancy "
        "agreements and passport scans that aren't ours: they belong to properties managed by "
        "another agency, Brookvale Homes. We've counted 58 documents so far. Nobody has "
        "downloaded anything and I've told staff not to open the library until we hear from "
        "you.",
        "Oakfield Lettings: their document library shows another customer's tenant files (58 "
        "docs incl. passport scans). Possible data exposure.",
        "Thank you for telling us straight away. We've switched off the shared library view "
        "while our security team investigates.",
        PD, '"saw tenancy agreements and passport scans that aren\'t ours" (our product shows '
        "wrong data)",
        '"passport scans that aren\'t ours" (someone else\'s data shown: a privacy breach)',
        ("58 documents", "Brookvale Homes", "passport scans"),
        (
            Take("calm", "critical", 3,
                 "Thanks for moving quickly. For our own records I need to know whether any of "
                 "our tenants' documents were visible to anyone else; [when you have an answer "
                 "is fine]. Our DPO will then decide whether we need to report it."),
            Take("threatening_churn", "critical", 1,
                 "If our tenants' passports can end up in someone else's account, [I can't see "
                 "how we carry on with you]. I'll need a full written explanation before our "
                 "partners meet on Thursday."),
            Take("angry", "critical", 2,
                 "How does something like this even happen? [We trusted you with ID documents "
                 "and you've handed them to another agency.] I want to know today exactly what "
                 "was exposed and to whom."),
        ),
    ),
    Situation(
        "confirmation-apostrophe", "en", "Copper Lane Salons", "copperlanesalons.co.uk",
        "Jade Whitfield|Salon Systems Coordinator", "Booking confirmation shows our name wrong",
        "2026-08-17",
        "Small one: since last week the booking confirmation emails our clients get say "
        "\"Copper Lane Salon's\" with a stray apostrophe, and the logo at the top looks "
        "squashed on iPhones. The bookings themselves are all fine. Screenshot attached, our "
        "reference SAL-2207.",
        "Copper Lane Salons (hair salons): cosmetic, a stray apostrophe in their name and a "
        "squashed logo in booking confirmation emails.",
        "Hi Jade, thanks! It's a template bug on our side and a fix is queued for the next "
        "release.",
        PD, '"a stray apostrophe ... logo ... looks squashed" (our template is wrong)',
        '"stray apostrophe", "logo ... squashed", "bookings themselves are all fine" (cosmetic)',
        ("SAL-2207", "stray apostrophe", "squashed"),
        (
            Take("calm", "low", 1,
                 "[Whenever you get round to it is fine] — it's just a bit of polish."),
            Take("angry", "low", 3,
                 "Our brand manager has spotted it now. [It's embarrassing, and frankly "
                 "sloppy, that something this basic got past your testing.] I want it fixed in "
                 "this release, not the next one."),
            Take("frustrated_but_patient", "low", 2,
                 "Three weeks on and a couple of clients have started mentioning it, which is "
                 "a bit awkward. [No drama though, we'll live with it until the fix is out.]"),
        ),
    ),
    Situation(
        "casse-bloccate", "it", "Vivai Bellini", "vivaibellini.it",
        "Simona Ricci|Responsabile punti vendita", "Casse bloccate in tutti i garden center",
        "2026-04-18",
        "Da stamattina alle 9 le casse dei nostri 5 garden center non riescono a chiudere gli "
        "scontrini: il pagamento con carta va in errore E-4012 e possiamo accettare solo "
        "contanti. È sabato, il giorno più pieno della settimana, e le code arrivano al "
        "parcheggio.",
        "Vivai Bellini (garden centres): card payments fail with E-4012 at the tills of all 5 "
        "centres since 9am; cash only, on a Saturday.",
        "",
        PD, '"il pagamento con carta va in errore E-4012" (our tills fail)',
        '"le casse dei nostri 5 garden center non riescono a chiudere gli scontrini" (payments '
        "stopped now, every store)",
        ("5 garden center", "E-4012", "solo contanti"),
        (
            Take("concerned", "critical", 1,
                 "[Siamo molto preoccupati]: molti clienti non hanno contanti con sé e se ne "
                 "vanno lasciando il carrello. Potete dirci almeno se è un problema vostro o "
                 "della banca?"),
            Take("frustrated", "critical", 3,
                 "Sono passate due ore e nessuno ci ha ancora detto niente. [Sinceramente "
                 "comincio a perdere la pazienza.]"),
            Take("frustrated_but_patient", "critical", 2,
                 "Ci stiamo arrangiando con i contanti e un bancomat portatile. [Sappiamo che "
                 "ci state lavorando, aspettiamo], ma aggiornateci appena potete."),
        ),
    ),
)
