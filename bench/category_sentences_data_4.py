"""Blind evaluation batch 4 for the escalation category classifier: 150 compact escalations.

Each item is what a Customer Success Manager forwards to the escalation desk: a one-line CSM
note on top, then the customer's own message (1-4 plain sentences), labelled with category
and severity.

Counts per category: 65 product_defect, 20 feature_gap, 20 commercial_dispute,
20 relationship_at_risk, 15 service_failure, 10 executive_intervention.
Counts per severity: 15 critical, 55 high, 60 medium, 20 low.
Counts per language: 90 en, 20 de, 20 fr, 20 es (CSM note in the customer's language on
21 of the 60 non-English items, in English on the rest).

Written and labelled blind, by hand, from the defs-1 category and severity bullets quoted in
the task only: no repository file was read, and nothing (no classifier, bench script or test)
was run on the items before or after labelling; only a syntax check and label/language counts.

Borders aimed at, where a keyword reader confuses categories:
- product_defect told like other categories: a wrong result described as a need or a limit
  ("the export stops at 2,000 rows", "the report leaves out app entries", "only page one is
  imported"); wrong money computed, shown or sent by the product for the customer (payroll,
  tenant invoices, VAT, loyalty points, donation certificates); a defect with the contract,
  renewal or a rival mentioned in passing; a defect whose ticket number is quoted; a defect
  the CSM sums up with "missing", "does not support", "can't", "only".
- feature_gap told like breakage: a limit by design said with "fails", "can't", "doesn't
  work for us", often with a date they need it by.
- commercial_dispute that mentions product data: seat counts, usage, invoices, a credit for
  an outage that is already over.
- relationship_at_risk that mentions a product annoyance or a number (logins, licences).
- service_failure about a (resolved) defect's ticket, missed sessions, no status updates.
- executive_intervention where their C-level writes, is copied or demands, or they ask for
  our CEO / CRO / executive sponsor, about a defect or a bill.

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (note, text, category, severity, language,
# why) — why: the words that decided the labels and the defs-1 bullets they rest on
ITEMS: list[tuple[str, str, str, str, str, str]] = [
    # ------------------------------------------------------------------ product_defect, en
    (
        "Halden Logistics: the payroll file the product generated shows net pay doubled for "
        "212 hourly drivers; pay date is Friday.",
        "The payroll file exported this morning lists net pay twice for every driver paid by "
        "the hour, 212 people. The bank submission is due by 14:00 Thursday for Friday's pay "
        "date and we cannot send it as it is. We have no other way to produce the file.",
        "product_defect",
        "critical",
        "en",
        "product computes wrong pay → pd (wrong data); payroll can't go out, no workaround → "
        "critical",
    ),
    (
        "Brightwater School Trust: parent portal shows a blank page for all 14 schools since "
        "07:10 today.",
        "Since ten past seven no parent or teacher can log in; every school shows a white page "
        "after the password step. Today is report-card day and 6,800 families were told to "
        "collect them online. We have nothing else to send them with.",
        "product_defect",
        "critical",
        "en",
        "portal blank for all users → pd (outage); unusable for most, no workaround → critical",
    ),
    (
        "Corran & Wilde LLP: matter notes and time entries saved between 2 and 4 June are gone "
        "after the overnight sync.",
        "Roughly 430 time entries and notes our associates saved on 2-4 June no longer exist "
        "in any matter. They were there on Wednesday evening; on Thursday morning they were not. "
        "These entries feed the client bills that go out on the 10th.",
        "product_defect",
        "critical",
        "en",
        "entries 'no longer exist' → pd (lost data); data lost → critical",
    ),
    (
        "Meridian Health Partners: patients are seeing other patients' appointment letters in "
        "the portal's download area.",
        "Two patients called us today because the 'My letters' tab showed them letters "
        "addressed to someone else, with names and dates of birth. We have switched the tab "
        "off, so nobody can get their letters now. Our data protection officer needs your "
        "findings by tomorrow.",
        "product_defect",
        "critical",
        "en",
        "other patients' letters shown → pd (broken); privacy breach → critical",
    ),
    (
        "Fennick Outdoor: web orders stuck in 'awaiting sync' since Saturday, nothing reaches "
        "the warehouse; their renewal is in August.",
        "Since Saturday 16:00 none of our web orders have gone through to the warehouse "
        "system: 1,140 orders are sitting in 'awaiting sync' and customers are emailing about "
        "deliveries. Our renewal with you comes up in August, but right now we just need "
        "orders moving.",
        "product_defect",
        "critical",
        "en",
        "orders stuck in sync → pd (renewal only in passing); orders not going out → critical",
    ),
    (
        "Larkspur Property: tenant invoices the platform sent last night charge March rent "
        "twice to 390 tenants.",
        "The automatic run at 02:00 emailed 390 tenants an invoice with two March rent lines, "
        "and 57 have already paid the doubled amount by direct debit. We need collection "
        "stopped for the rest before tomorrow's debit batch.",
        "product_defect",
        "critical",
        "en",
        "product sent wrong invoices for the customer → pd; wrong payments going out now → "
        "critical",
    ),
    (
        "Oakridge Manufacturing: since Monday's update the MES connector only imports readings "
        "from the first machine on each line.",
        "Since the update on Monday the connector only brings in readings from the first "
        "machine on each line, so the quality checks fail for lines 2 to 4 and those lines are "
        "on hold. That is three of our four lines standing still.",
        "product_defect",
        "critical",
        "en",
        "'only imports' after an update → pd (wrong data); production stopped → critical",
    ),
    (
        "Tallis Events: the bookings export cuts at 2,000 rows; their congress has 3,412 and "
        "the caterer needs numbers Friday.",
        "The attendee export only gives us the first 2,000 bookings, with no message that "
        "anything was left out; last year the same export gave us all 2,950. The caterer needs "
        "final dietary numbers on Friday. Splitting by date filter works but takes an "
        "afternoon each time.",
        "product_defect",
        "high",
        "en",
        "export silently cut, worked last year → pd; deadline at risk, painful workaround → high",
    ),
    (
        "Greyfield Care Homes: the timesheet report leaves out hours clocked in the mobile app; "
        "payroll closes on the 25th.",
        "The monthly hours report does not include any shift that carers clocked from the "
        "mobile app, only those entered on the office PC. About 60% of our staff use the app. "
        "We are rebuilding the totals screen by screen before payroll closes on the 25th.",
        "product_defect",
        "high",
        "en",
        "report leaves out app entries → pd (wrong data); deadline, painful workaround → high",
    ),
    (
        "Pinecrest Credit Union: loan dashboard pages take 40-60 seconds to open since Tuesday; "
        "80 loan officers affected.",
        "Every page in the loan pipeline now takes between 40 seconds and a minute to open; it "
        "used to be instant. Our 80 loan officers are working from the nightly PDF extract "
        "instead, which is a day old. Quarter-end is next week.",
        "product_defect",
        "high",
        "en",
        "pages take a minute, used to be instant → pd (slowness); many users, workaround → high",
    ),
    (
        "Velo Courier Co: route optimiser keeps assigning stops to off-shift drivers; they "
        "mention a RouteMax trial at a sister firm.",
        "For the last eight days the optimiser has been giving routes to drivers marked as off, "
        "around 30 stops a day, and dispatch moves them by hand each morning. A sister company "
        "uses RouteMax and our ops lead has asked whether we should look at it.",
        "product_defect",
        "high",
        "en",
        "routes to off drivers → pd (wrong result); rival look-in → revenue at risk → high",
    ),
    (
        "Quillon Publishing: ticket 58213 still open, the ISBN import rejects any file with a "
        "hyphenated ISBN; catalogue prints 1 May.",
        "As in ticket 58213, any ISBN with hyphens makes the whole import file fail with "
        "'invalid identifier'; this worked in January. Our autumn catalogue has 1,900 titles "
        "and goes to print on 1 May. Stripping the hyphens in Excel works but breaks our links "
        "to the distributor feed.",
        "product_defect",
        "high",
        "en",
        "import fails with error, worked before → pd (ticket only context); deadline → high",
    ),
    (
        "Crestline Hotels: booking site shows weekend room prices 10% below what guests are "
        "charged at checkout.",
        "On the booking site Friday and Saturday rooms show €162, then checkout charges €180, "
        "which is the correct rate. Guests are abandoning at checkout and 11 have complained "
        "since Monday. We have put a banner on the site for now.",
        "product_defect",
        "high",
        "en",
        "product shows wrong price → pd; revenue at risk, banner workaround → high",
    ),
    (
        "Ridgeway Council: site inspectors can't attach photos to planning cases from tablets "
        "since the 3.8 update.",
        "Since version 3.8 the 'Add photo' button on tablets spins and nothing is saved; on "
        "laptops it works. Our 45 inspectors now email photos to an admin who uploads them. "
        "The planning committee meets on the 12th and the case files must be complete.",
        "product_defect",
        "high",
        "en",
        "'can't attach' since an update, nothing saved → pd; many users, deadline → high",
    ),
    (
        "Atlas Freight: generated customs declarations show the wrong HS code on about 5% of "
        "lines; contract has a 99.5% accuracy clause.",
        "About one line in twenty on the generated declarations shows the HS code of the line "
        "above it. Our broker caught it on 14 shipments this week and each one was held at the "
        "border until corrected. We now check every declaration by hand.",
        "product_defect",
        "high",
        "en",
        "wrong codes generated → pd (contract in passing); business harm, manual check → high",
    ),
    (
        "Harbor Dental Group: appointment reminders missing for patients booked through the "
        "call centre since 1 March.",
        "Patients booked by our call centre no longer get the SMS reminder; online bookings "
        "still do. No-shows went from 4% to 11% in three weeks across 9 clinics. Receptionists "
        "are phoning the next day's patients by hand.",
        "product_defect",
        "high",
        "en",
        "reminders 'no longer' sent → pd; important function, 9 clinics, painful workaround → high",
    ),
    (
        "Summit Analytics, a reseller: accounts API returns HTTP 500 for any client account "
        "with more than 50 users.",
        "Calls to /v2/accounts fail with HTTP 500 whenever the account has more than 50 users. "
        "Eight of the clients we resell to are affected and their dashboards have shown nothing "
        "since Monday. We are pulling their data by CSV for now.",
        "product_defect",
        "high",
        "en",
        "HTTP 500 errors → pd; many end users, CSV workaround → high",
    ),
    (
        "Brookfield Academy: room finder shows booked rooms as free, three double bookings this "
        "week; exams start 2 June.",
        "The room finder shows rooms as free even when a class is booked in them, and we have "
        "had three clashes this week. From 2 June the main hall and gym are exam rooms and a "
        "clash there would stop an exam. Staff check the paper sheet at reception before "
        "booking.",
        "product_defect",
        "high",
        "en",
        "shows booked rooms as free → pd (wrong data); exam deadline, paper workaround → high",
    ),
    (
        "Marlow Accountants: the PDF bank statement import only reads page one of multi-page "
        "statements.",
        "When we import a bank statement PDF, only the transactions on page one come in; pages "
        "two onward are skipped without any warning. Most of our clients' statements run to 3-6 "
        "pages. We split the PDFs before importing, which works.",
        "product_defect",
        "medium",
        "en",
        "'only page one', rest skipped silently → pd (lost rows); workaround, no deadline → medium",
    ),
    (
        "Ferncliff Garden Centres: loyalty points are calculated on the full price instead of "
        "the discounted price paid.",
        "Since the spring promotion started, points are given on the full price, not the price "
        "paid, so a £40 item at 50% off earns 40 points instead of 20. It comes to about £300 "
        "a week in extra points. We adjust the big ones by hand at month end.",
        "product_defect",
        "medium",
        "en",
        "product computes wrong points → pd; workaround, no deadline → medium",
    ),
    (
        "Northgate Library Service: catalogue search returns nothing for words with accents, "
        "e.g. 'café'.",
        "Searching for 'café' or any word with an accent returns zero results, though the books "
        "are in the catalogue. Searching without the accent finds them. Staff know the trick, "
        "patrons don't.",
        "product_defect",
        "medium",
        "en",
        "zero results for titles that exist → pd (wrong result); workaround → medium",
    ),
    (
        "Pellucid Design Agency: the app does not support uploads over 25 MB any more; it used "
        "to take 150 MB drafts.",
        "Since last week any file over 25 MB fails at 99% with 'upload error'. In April we were "
        "uploading 150 MB video drafts without issue, and our plan says 2 GB per file. We send "
        "big files as WeTransfer links in the comments meanwhile.",
        "product_defect",
        "medium",
        "en",
        "'does not support' but worked in April, plan allows 2 GB → pd; workaround → medium",
    ),
    (
        "Coastline Ferries: the timetable widget on their website shows departures one hour "
        "early since the clock change.",
        "Since Sunday's clock change the timetable widget shows every departure an hour early. "
        "The tickets themselves show the right time. We've added a note above the widget.",
        "product_defect",
        "medium",
        "en",
        "widget shows wrong times → pd; tickets right, note as workaround → medium",
    ),
    (
        "Elmstead Vets: ticket 60117, stock counts drop on customer returns instead of going "
        "up; 23 items now negative.",
        "Ref. ticket 60117: when a client returns unopened medication, the stock drops again "
        "instead of going up, so 23 items now show negative counts. We do a manual count every "
        "Friday to correct it.",
        "product_defect",
        "medium",
        "en",
        "stock goes the wrong way → pd (ticket only context); weekly recount → medium",
    ),
    (
        "Orchard Credit Advisors: Outlook calendar sync creates duplicate meetings; renewal "
        "paperwork is with their finance team.",
        "Every meeting booked in your app appears twice in Outlook, and deleting one deletes "
        "both. It has been like this for about three weeks. We've told advisers to book only "
        "from Outlook until it's fixed. Our renewal is going through finance this month, no "
        "concerns there.",
        "product_defect",
        "medium",
        "en",
        "duplicate meetings → pd (renewal fine, in passing); workaround, no deadline → medium",
    ),
    (
        "Beacon Youth Charity: donation dashboard total is £4,200 higher than the sum of the "
        "donations listed.",
        "The headline total on the fundraising dashboard says £61,850 but the donations listed "
        "add up to £57,650; refunded gifts seem to be still counted. We report from the export "
        "for now, and the board pack isn't due until next quarter.",
        "product_defect",
        "medium",
        "en",
        "product shows wrong total → pd; export workaround, no near deadline → medium",
    ),
    (
        "Tidewell Retail: low-stock alert emails only go to the first of five addresses on the "
        "list.",
        "We have five store managers on the low-stock alert, but only the first address gets "
        "anything. The others have received nothing since we added them in January. For now "
        "the first manager forwards them.",
        "product_defect",
        "medium",
        "en",
        "'only the first' gets mail, others configured → pd; forwarding workaround → medium",
    ),
    (
        "Granite Insurance Brokers: quote PDFs take 3-4 minutes to generate since the template "
        "change, used to take seconds.",
        "Producing a quote PDF now takes three to four minutes each. Brokers do around 60 a "
        "day, so they queue them and do other work while waiting. No deadline on our side, but "
        "it's a drag.",
        "product_defect",
        "medium",
        "en",
        "minutes instead of seconds → pd (slowness); workaround, no deadline → medium",
    ),
    (
        "Wexford Plumbing Services: the technician app closes when a third photo is added to "
        "a job sheet on Android.",
        "On Android the app shuts down whenever a technician attaches a third photo to a job "
        "sheet; two photos work fine. The team takes the third picture on their phones and "
        "emails it to the office.",
        "product_defect",
        "medium",
        "en",
        "app shuts down → pd (crash); email workaround, no deadline → medium",
    ),
    (
        "Sidings Hardware: trade invoices the platform sends round VAT per line although the "
        "account is set to round on the total.",
        "Our invoice settings say 'round VAT on total', but the invoices sent to trade "
        "customers round each line, so about 1 in 10 is 1-4p out against our accounts package. "
        "Our bookkeeper corrects the difference at month end.",
        "product_defect",
        "medium",
        "en",
        "setting ignored, wrong VAT sent for the customer → pd; pennies, workaround → medium",
    ),
    (
        "Pembrook Housing Association: each repair request from the tenant web form arrives "
        "twice in the queue.",
        "Every repair request from the online form lands in the queue twice, with two "
        "reference numbers, and tenants get two confirmation texts. Our coordinators close the "
        "duplicates by hand, about 70 a day.",
        "product_defect",
        "medium",
        "en",
        "duplicated requests → pd (wrong data); manual clean-up, no deadline → medium",
    ),
    (
        "Alder & Finch Recruitment: the candidate export leaves out anyone added through the "
        "LinkedIn plug-in.",
        "When we export candidates, the ones added through the LinkedIn plug-in are not in the "
        "file, though they show in the app; that's about a third of our pool. We need them in "
        "the export for the monthly client reports, so for now we copy them over from the "
        "screen.",
        "product_defect",
        "medium",
        "en",
        "export leaves out records shown in the app → pd; copy workaround → medium",
    ),
    (
        "Solace Yoga Studios: attendance chart counts cancelled bookings as visits, March shows "
        "1,240 against 1,010 check-ins.",
        "The attendance chart for March shows 1,240 visits while our check-in list says 1,010; "
        "cancelled bookings are being counted as visits. We use the check-in list for teacher "
        "pay, so nothing urgent, but the owners look at the chart.",
        "product_defect",
        "medium",
        "en",
        "chart counts cancellations → pd (wrong figure); workaround, 'nothing urgent' → medium",
    ),
    (
        "Rivermead Museum: ticket confirmations arrive in English for Welsh-language bookings "
        "since early April.",
        "Visitors who book in Welsh used to get Welsh confirmations; since early April everyone "
        "gets the English email. It affects around 15% of bookings. We've put a Welsh note on "
        "the website in the meantime.",
        "product_defect",
        "medium",
        "en",
        "'used to' get Welsh, now English → pd (regression); workaround → medium",
    ),
    (
        "Cobalt Architects: company logo comes out stretched in exported PDF reports.",
        "Our logo comes out squashed horizontally on the PDF reports; on screen it's fine. No "
        "rush, it just looks odd to clients.",
        "product_defect",
        "low",
        "en",
        "logo squashed → pd (wrong output); cosmetic, 'no rush' → low",
    ),
    (
        "Meadowbank Primary: the parents' app shows 'Attendence' on the home screen tile.",
        "Small thing: the home screen tile says 'Attendence'. A parent pointed it out. Whenever "
        "you get to it.",
        "product_defect",
        "low",
        "en",
        "misspelt label → pd (however small); cosmetic → low",
    ),
    (
        "Quayside Bakeries: the ordering date picker starts weeks on Sunday though the account "
        "locale is set to UK.",
        "The calendar in the ordering screen starts on Sunday even though our account is set "
        "to UK, where weeks start on Monday. Staff have got used to it. Just flagging it.",
        "product_defect",
        "low",
        "en",
        "locale setting ignored → pd; minor, 'just flagging' → low",
    ),
    (
        "Hartwell Tennis Club: dashboard member count is one higher than the member list.",
        "The dashboard says 412 members and the list shows 411; I think a deleted member is "
        "still counted. It doesn't affect anything, I'm just curious.",
        "product_defect",
        "low",
        "en",
        "count off by one → pd (wrong data, however small); minor → low",
    ),
    (
        "Lindqvist Translation Agency: the invoice list sorts INV-10 before INV-2 in the number "
        "column.",
        "In the invoices list, sorting by number puts INV-10 before INV-2, so it sorts as text, "
        "not as numbers. We search instead of sorting. Minor.",
        "product_defect",
        "low",
        "en",
        "wrong sort order → pd (invoice is only the screen); 'minor' → low",
    ),
    # ------------------------------------------------------------------ product_defect, de
    (
        "Bäckerei Hofmann GmbH: Kassensystem seit 6 Uhr in allen 23 Filialen offline, keine "
        "Kartenzahlung möglich.",
        "Seit 6:00 Uhr zeigen alle Kassen in unseren 23 Filialen 'Keine Verbindung zum Server'. "
        "Kartenzahlungen gehen gar nicht, bar geht nur ohne Bon. Samstag ist unser "
        "umsatzstärkster Tag.",
        "product_defect",
        "critical",
        "de",
        "alle Kassen ohne Verbindung → pd (outage); payments stopped, no real workaround → "
        "critical",
    ),
    (
        "Krämer Steuerberatung: last night's export left client master data blank for 140 clients.",
        "Nach dem Export gestern Abend sind bei 140 Mandanten die Stammdaten leer: Adresse, "
        "Steuernummer, IBAN. Die Sicherung von vorgestern fehlt in Ihrem System ebenfalls. Die "
        "Umsatzsteuer-Voranmeldungen sind am 10. fällig.",
        "product_defect",
        "critical",
        "de",
        "Stammdaten leer, Sicherung fehlt → pd (lost data); data lost → critical",
    ),
    (
        "Stadtwerke Lindenau: Zählerstand-Import übernimmt nur die ersten 500 Zeilen, "
        "Jahresabrechnung bis Monatsende.",
        "Beim Import der Zählerstände kommen nur die ersten 500 Zeilen an, der Rest der Datei "
        "(ca. 8.200 Zeilen) wird ohne Fehlermeldung ignoriert. Im Vorjahr lief derselbe Import "
        "vollständig. Wir teilen die Datei jetzt in 17 Stücke, die Jahresabrechnung muss bis "
        "zum 30. raus.",
        "product_defect",
        "high",
        "de",
        "'nur die ersten 500', Vorjahr vollständig → pd; deadline, painful workaround → high",
    ),
    (
        "Autohaus Berger: service invoices the platform emails to their customers apply 7% VAT "
        "on parts instead of 19%.",
        "Seit dem Update am Montag berechnet das System auf Ersatzteile 7 % statt 19 % MwSt., "
        "und die Rechnungen gehen so direkt per Mail an unsere Kunden, bisher 86 Stück. Wir "
        "stornieren und schreiben sie manuell neu.",
        "product_defect",
        "high",
        "de",
        "product computes wrong VAT for the customer → pd; many invoices, painful workaround → "
        "high",
    ),
    (
        "Klinikum Seefeld: ticket 71402, the rota app shows night shifts on the wrong day; "
        "300 nurses use it.",
        "Wie in Ticket 71402 beschrieben: Nachtdienste, die um 22 Uhr beginnen, erscheinen in "
        "der App am Folgetag. Einige Kolleginnen sind deshalb zu spät gekommen. Die "
        "Stationsleitungen hängen den Plan jetzt zusätzlich auf Papier aus.",
        "product_defect",
        "high",
        "de",
        "Schicht am falschen Tag → pd (ticket only context); many users, paper workaround → high",
    ),
    (
        "Weingut Achenbach: online shop basket shows the single-bottle price for 6-bottle "
        "cases, checkout charges correctly.",
        "Im Warenkorb steht bei der 6er-Kiste der Preis einer Flasche (12,90 € statt 77,40 €), "
        "an der Kasse wird dann korrekt berechnet. Einige Kunden fragen nach. Wir haben einen "
        "Hinweis auf der Produktseite eingefügt.",
        "product_defect",
        "medium",
        "de",
        "Warenkorb zeigt falschen Preis → pd; charge correct, note workaround → medium",
    ),
    (
        "Müller Logistik: the driver app can't read slightly damaged barcodes since version "
        "5.2; manual entry works.",
        "Seit Version 5.2 erkennt die Fahrer-App leicht beschädigte Barcodes nicht mehr, die "
        "alte Version konnte das. Die Fahrer tippen die Nummer ab, das kostet pro Tour etwa "
        "zehn Minuten.",
        "product_defect",
        "medium",
        "de",
        "'can't' but old version could → pd (regression); typing workaround → medium",
    ),
    (
        "Gymnasium am Stadtpark: students who changed class mid-year are missing from the "
        "half-year grade report.",
        "Im Halbjahreszeugnis-Bericht fehlen alle Schüler, die im laufenden Jahr die Klasse "
        "gewechselt haben, insgesamt 19. Die Noten sind im System vorhanden. Wir tragen sie im "
        "Moment von Hand nach; Zeugnisse gibt es erst im Juli.",
        "product_defect",
        "medium",
        "de",
        "'fehlen' though data exists → pd; manual workaround, July far off → medium",
    ),
    (
        "Praxis Dr. Yilmaz: Umlaute in den Terminbestätigungs-SMS erscheinen als Fragezeichen.",
        "In den SMS-Bestätigungen steht 'Gr??e' statt 'Grüße' und 'M?ller' statt 'Müller'. Die "
        "Patienten verstehen es trotzdem. Keine Eile.",
        "product_defect",
        "low",
        "de",
        "Umlaute kaputt → pd (however small); 'keine Eile', cosmetic → low",
    ),
    # ------------------------------------------------------------------ product_defect, fr
    (
        "Groupe Vallorge (hôtels) : le moteur de réservation est hors service depuis 9 h sur "
        "les 12 hôtels.",
        "Depuis 9 h ce matin, le moteur de réservation affiche une erreur 503 sur nos 12 "
        "hôtels. Nous ne prenons plus de réservations en ligne, seulement par téléphone, ce qui "
        "représente à peine 10 % du volume. C'est le premier jour des vacances scolaires.",
        "product_defect",
        "critical",
        "fr",
        "erreur 503, hors service → pd (outage); bookings stopped, no real workaround → critical",
    ),
    (
        "Transports Lemaire: this month's payslips were generated with zero social "
        "contributions for 180 employees; pay goes out on the 28th.",
        "Les bulletins de mars calculés hier affichent 0 € de cotisations sociales pour 180 de "
        "nos 240 salariés. Le virement des salaires part le 28 et la DSN doit être déposée le "
        "5. Nous ne pouvons pas valider la paie en l'état.",
        "product_defect",
        "critical",
        "fr",
        "product computes wrong payslips → pd; payroll can't be validated → critical",
    ),
    (
        "Cabinet Morel Avocats: the time export stops at 1,000 lines; their monthly billing "
        "run needs about 2,400.",
        "L'export des temps s'arrête à 1 000 lignes, sans message d'avertissement, alors que le "
        "mois dernier il contenait bien les 2 400 lignes. Nous facturons nos clients le 5 de "
        "chaque mois. En attendant nous exportons associé par associé, cela prend une journée.",
        "product_defect",
        "high",
        "fr",
        "export coupé, complet le mois dernier → pd; billing deadline, painful workaround → high",
    ),
    (
        "Mairie de Saint-Aubin: civil-status e-form rejects PDF attachments over 2 MB; they "
        "mention a rival's demo in passing.",
        "Depuis lundi, le formulaire d'actes d'état civil refuse toute pièce jointe PDF de plus "
        "de 2 Mo avec 'erreur serveur', alors que la limite affichée est de 10 Mo. Les agents "
        "demandent aux usagers d'envoyer leurs documents par courriel, une quarantaine de "
        "demandes par jour. Un prestataire concurrent nous a d'ailleurs présenté sa solution "
        "la semaine dernière.",
        "product_defect",
        "high",
        "fr",
        "'erreur serveur' under stated limit → pd; rival demo → revenue at risk → high",
    ),
    (
        "Laboratoires Delcourt: ticket 66890, analysis certificates print mg/L instead of µg/L "
        "since the update; COFRAC audit on the 18th.",
        "Comme signalé dans le ticket 66890, depuis la mise à jour les certificats PDF "
        "indiquent mg/L alors que les valeurs sont en µg/L. Nous avons bloqué l'envoi "
        "automatique aux clients et corrigeons chaque certificat à la main, environ 90 par "
        "jour. L'audit COFRAC a lieu le 18.",
        "product_defect",
        "high",
        "fr",
        "wrong unit printed → pd (ticket only context); audit at risk, manual fix → high",
    ),
    (
        "École de musique Crescendo : le rappel de paiement part aussi vers les familles qui "
        "ont déjà payé par prélèvement.",
        "Depuis février, les familles qui ont réglé par prélèvement reçoivent quand même le "
        "rappel de paiement du trimestre, une quarantaine de familles. Nous leur envoyons un "
        "message d'excuse à chaque fois.",
        "product_defect",
        "medium",
        "fr",
        "product sends wrong reminders for the customer → pd; apology workaround → medium",
    ),
    (
        "Coopérative Terres Vives: the delivery planner only shows the first 20 stops of a "
        "round, screen and print.",
        "Le planning de livraison n'affiche que les 20 premiers arrêts d'une tournée ; les "
        "suivants n'apparaissent ni à l'écran ni à l'impression, alors que la tournée en "
        "compte bien 28 dans le système. Les chauffeurs complètent la liste au stylo.",
        "product_defect",
        "medium",
        "fr",
        "'only the first 20' though 28 stored → pd (wrong output); pen workaround → medium",
    ),
    (
        "Agence Pivot Communication: the scheduler publishes Instagram posts one hour later "
        "than planned; Facebook posts are on time.",
        "Les publications Instagram programmées partent systématiquement une heure après "
        "l'horaire choisi, celles de Facebook sont à l'heure. Nous programmons une heure plus "
        "tôt pour compenser.",
        "product_defect",
        "medium",
        "fr",
        "posts an hour late → pd (wrong result); offset workaround → medium",
    ),
    (
        "Librairie Les Deux Rives: receipts cut the shop name after 20 characters since the "
        "last update.",
        "Depuis la dernière mise à jour, sur les tickets de caisse le nom s'arrête à "
        "'Librairie Les Deux R'. Ce n'est pas grave, mais si vous pouvez regarder un jour.",
        "product_defect",
        "low",
        "fr",
        "name cut since update → pd (regression, small); 'pas grave', cosmetic → low",
    ),
    # ------------------------------------------------------------------ product_defect, es
    (
        "Sonrisa Dental Clinics: the online diary won't load for any user since 08:00 across "
        "seven clinics.",
        "Desde las 8:00 la agenda se queda cargando en todos los ordenadores de las siete "
        "clínicas. No sabemos qué pacientes tenemos citados hoy ni podemos dar citas nuevas. "
        "Estamos llamando a los pacientes de ayer para preguntar si tenían cita.",
        "product_defect",
        "critical",
        "es",
        "agenda no carga para nadie → pd (outage); unusable, no workaround → critical",
    ),
    (
        "Distribuciones Ortega: the stock report leaves out goods received through the "
        "handheld scanners; year-end count 15 January.",
        "El informe de existencias no incluye la mercancía recibida con los lectores de mano, "
        "solo la que se da de alta en la oficina, y eso es casi el 70 % de las entradas. El "
        "inventario anual con la auditora es el 15 de enero; ahora cuadramos a mano con las "
        "hojas del almacén.",
        "product_defect",
        "high",
        "es",
        "report leaves out scanner entries → pd; audit deadline, manual workaround → high",
    ),
    (
        "Inmobiliaria Costa Azul: los recibos de comunidad que envía la plataforma duplican la "
        "cuota de marzo.",
        "La plataforma ha enviado a 210 propietarios el recibo de marzo con la cuota duplicada "
        "(120 € en lugar de 60 €). Todavía no se ha pasado el cobro al banco, sale el día 5. "
        "Hemos avisado por correo a los propietarios.",
        "product_defect",
        "high",
        "es",
        "product sent doubled receipts for the customer → pd; debit date at risk → high",
    ),
    (
        "Hotel Mirador del Sur: ticket 59034, rate changes made on Sundays don't reach Booking "
        "until Monday.",
        "Según el ticket 59034, los cambios de tarifa hechos en domingo no llegan a Booking "
        "hasta el lunes. Mientras tanto los hacemos directamente en la extranet de Booking.",
        "product_defect",
        "medium",
        "es",
        "sync doesn't update → pd (ticket only context); extranet workaround → medium",
    ),
    (
        "Colegio San Fermín: the attendance app does not support second surnames any more; "
        "they are cut off.",
        "En la app de asistencia el segundo apellido de los alumnos aparece cortado o no "
        "aparece, y en el listado exportado se confunden alumnos (tenemos cuatro 'García'). En "
        "la versión anterior salía completo. Usamos el número de matrícula para distinguirlos.",
        "product_defect",
        "medium",
        "es",
        "'does not support' but earlier version did → pd; workaround → medium",
    ),
    (
        "Fundación Manos Abiertas: los certificados de donación suman mal para donantes con "
        "más de 12 donaciones.",
        "Los certificados de donación para Hacienda que genera el programa suman mal en los "
        "donantes con más de 12 donaciones al año: falta la última. Se envían en enero, así "
        "que hay tiempo; de momento los revisamos uno a uno.",
        "product_defect",
        "medium",
        "es",
        "product computes wrong totals for the customer → pd; time left, check → medium",
    ),
    (
        "Talleres Iriarte: saving a work order takes about 20 seconds since the new parts "
        "catalogue was loaded.",
        "Desde que se cargó el nuevo catálogo de recambios, guardar una orden de trabajo tarda "
        "unos 20 segundos. Los mecánicos siguen trabajando, pero se nota al final del día.",
        "product_defect",
        "medium",
        "es",
        "20 s to save → pd (slowness); work continues → medium",
    ),
    (
        "Academia Lingua: los festivos nacionales aparecen un día desplazados en el calendario.",
        "Los festivos nacionales salen un día más tarde en el calendario (el 12 de octubre "
        "aparece el 13). No afecta a las clases porque las marcamos a mano. Cuando podáis.",
        "product_defect",
        "low",
        "es",
        "holidays on wrong day → pd (small); 'cuando podáis', no impact → low",
    ),
    # ------------------------------------------------------------------ feature_gap, en
    (
        "Norbridge University: logins fail for the medical school's separate identity "
        "provider; the account takes one IdP only.",
        "Logins from our medical school fail because they use a separate Azure tenant, and "
        "your admin page only lets us enter one identity provider. Support confirmed one IdP "
        "per account is how it's built. The medical school joins on 1 September and we need "
        "both working by then.",
        "feature_gap",
        "high",
        "en",
        "'how it's built', one IdP → fg (works as designed); go-live at risk → high",
    ),
    (
        "Castleford Foods: the rota tool can't save shifts that cross midnight; their night "
        "bakery goes live 1 March.",
        "Our night bakers work 22:00-06:00 and the rota tool won't let us save a shift that "
        "ends the next day; your help page says shifts must start and end on the same date. We "
        "go live with the night site on 1 March, and splitting every shift in two would break "
        "the overtime rules.",
        "feature_gap",
        "high",
        "en",
        "help page says same-date shifts → fg (by design); go-live at risk → high",
    ),
    (
        "Alvarez & Co Wholesale: their new council contract needs PEPPOL e-invoices from "
        "1 July; we send PDF and CSV only.",
        "Our new council contract requires every invoice to go through PEPPOL from 1 July, and "
        "your system can only send PDF and CSV. If we can't send PEPPOL we'd have to invoice "
        "that client from a different tool. Is it on the way?",
        "feature_gap",
        "high",
        "en",
        "format not offered, 'is it on the way' → fg (invoice is their own); deadline → high",
    ),
    (
        "Greenway Landscaping: the job map doesn't work for sites without a postcode; it only "
        "accepts postcodes.",
        "The job map doesn't work for us: half our sites are parks and verges without a "
        "postcode, and the map only takes postcodes. We pin them to the nearest house for now. "
        "Can coordinates be added?",
        "feature_gap",
        "medium",
        "en",
        "map takes postcodes only, 'can coordinates be added' → fg; workaround → medium",
    ),
    (
        "Penrose Charity Shops: the gift aid form fails for donors living abroad; it was built "
        "for UK addresses only.",
        "The gift aid declaration form won't accept a non-UK postcode, so 40-odd donors who "
        "live abroad can't be recorded. Your team said the form was built for UK addresses "
        "only. We keep them in a spreadsheet.",
        "feature_gap",
        "medium",
        "en",
        "'built for UK addresses only' → fg (as designed); missing feature that matters → medium",
    ),
    (
        "Halloway Manufacturing: the quality dashboard only groups by day; they need it per shift.",
        "The defect-rate dashboard only groups by day, and we need it per shift to see whether "
        "the night crew has a problem. There's no setting for it as far as we and your support "
        "can see. We export and pivot in Excel each week.",
        "feature_gap",
        "medium",
        "en",
        "'no setting for it' → fg (their defects, not ours); Excel workaround → medium",
    ),
    (
        "Oakhill Estate Agents: e-signature stops at page 30, so their 34-40 page leases fail "
        "to go through in one envelope.",
        "Our leases are 34-40 pages and the signing flow stops at page 30; the documentation "
        "lists 30 pages as the maximum per envelope. We split each lease into two envelopes. "
        "Is a higher limit planned?",
        "feature_gap",
        "medium",
        "en",
        "documented maximum, 'is it planned' → fg; split workaround → medium",
    ),
    (
        "Barrow & Lane Solicitors: they need different retention periods per matter type; "
        "the account has a single one.",
        "We need conveyancing files kept for 15 years and everything else for 6, but the "
        "product has one retention period for the whole account. Our compliance review is in "
        "the spring, no fixed date yet. Is that something you'd consider?",
        "feature_gap",
        "medium",
        "en",
        "one period for the account by design → fg; no fixed date → medium",
    ),
    (
        "Skyline Fitness: the class app can't put members on a waitlist when a class is full.",
        "When a spin class is full, members can't join a waitlist in the app; it just says "
        "'Full'. Our front desk keeps a waitlist in a notebook and calls people when a spot "
        "opens. About 25 classes a week are full.",
        "feature_gap",
        "medium",
        "en",
        "no waitlist exists → fg (lacks something); notebook workaround → medium",
    ),
    (
        "Fairholme Nursery: would like to embed short videos in the parent newsletter editor.",
        "It would be nice if we could put a short video in the newsletter instead of a link. "
        "Not a big deal.",
        "feature_gap",
        "low",
        "en",
        "'would be nice' → fg; nice to have → low",
    ),
    (
        "Rowan IT, a reseller: their engineers ask whether the admin console will get a dark "
        "theme.",
        "A few of our engineers asked whether the admin console will get a dark theme. Just a "
        "question.",
        "feature_gap",
        "low",
        "en",
        "'will it get' → fg (is X planned); a question → low",
    ),
    (
        "Kingsbury Golf Club: member directory PDF export can't include photos; they'd like it "
        "for next year's handbook.",
        "The member directory PDF comes out without photos, and the export has no option for "
        "them. We'd like it for next year's handbook, no hurry.",
        "feature_gap",
        "low",
        "en",
        "'no option for them' → fg; 'no hurry' → low",
    ),
    # ------------------------------------------------------------------ feature_gap, de
    (
        "Spedition Kowalski: Tourenplanung hat keine Gefahrgut-Angaben, ADR-Audit am 14. Mai.",
        "Die Tourenplanung funktioniert für uns nicht mehr, seit wir Gefahrgut fahren: es gibt "
        "kein Feld für die UN-Nummer und keine ADR-Hinweise auf dem Ladeschein. Ihr Support hat "
        "bestätigt, dass das im Produkt nicht vorgesehen ist. Das ADR-Audit ist am 14. Mai, bis "
        "dahin brauchen wir eine Lösung.",
        "feature_gap",
        "high",
        "de",
        "'nicht vorgesehen' → fg (lacks it); audit deadline at risk → high",
    ),
    (
        "Hotel Alpenrose: the booking engine fails for group bookings over 9 rooms; the manual "
        "lists 9 as the limit.",
        "Gruppenbuchungen mit mehr als 9 Zimmern gehen über die Buchungsmaske nicht, laut "
        "Handbuch ist das die Obergrenze. Wir nehmen Gruppen per E-Mail an. Gibt es Pläne, das "
        "zu erweitern?",
        "feature_gap",
        "medium",
        "de",
        "'laut Handbuch Obergrenze', 'Pläne' → fg; e-mail workaround → medium",
    ),
    (
        "Musikschule Brandt: teachers would like to see their students' birthdays in the "
        "teacher area.",
        "Wäre schön, wenn Lehrkräfte die Geburtstage ihrer Schüler sehen könnten. Kein Muss, "
        "nur eine Idee.",
        "feature_gap",
        "low",
        "de",
        "'wäre schön', 'nur eine Idee' → fg; nice to have → low",
    ),
    # ------------------------------------------------------------------ feature_gap, fr
    (
        "Clinique vétérinaire des Pins: the reminder module can't send vaccine reminders by "
        "WhatsApp, only SMS and email.",
        "Nos clients ne lisent plus les SMS, ils veulent WhatsApp, mais le module de rappels ne "
        "propose que SMS et e-mail. Est-ce prévu ? En attendant, les assistantes envoient les "
        "rappels depuis le téléphone de la clinique.",
        "feature_gap",
        "medium",
        "fr",
        "only offers SMS/e-mail, 'est-ce prévu' → fg; workaround → medium",
    ),
    (
        "Association Sport Pour Tous : demande s'il sera possible d'importer les adhérents "
        "depuis HelloAsso.",
        "Serait-il possible un jour d'importer directement nos adhésions HelloAsso ? Pour "
        "l'instant on fait un copier-coller, ça marche. Aucune urgence.",
        "feature_gap",
        "low",
        "fr",
        "'serait-il possible un jour' → fg; 'aucune urgence' → low",
    ),
    # ------------------------------------------------------------------ feature_gap, es
    (
        "Grupo Alimentario Neria: the label module can't print the new EU allergen layout; "
        "the rule applies from 1 January.",
        "El módulo de etiquetas no permite el formato de alérgenos que exige la nueva "
        "normativa (negrita y tabla separada): solo tiene la plantilla estándar, y soporte nos "
        "confirmó que no se puede personalizar. La norma entra en vigor el 1 de enero y "
        "tenemos 600 referencias.",
        "feature_gap",
        "high",
        "es",
        "'no se puede personalizar' (by design) → fg; regulatory deadline → high",
    ),
    (
        "Gestoría Peña: el portal de clientes no admite ficheros ZIP, solo PDF e imágenes.",
        "Nuestros clientes nos mandan las facturas del trimestre en un ZIP y el portal lo "
        "rechaza con 'tipo de archivo no permitido'. Ya sabemos que solo acepta PDF e "
        "imágenes, pero nos haría falta. Ahora los descomprimimos y los subimos nosotros.",
        "feature_gap",
        "medium",
        "es",
        "'ya sabemos que solo acepta' → fg (by design); workaround → medium",
    ),
    (
        "Escuela Infantil Arcoíris: asking whether the parent app could show the weekly menu.",
        "¿Sería posible añadir el menú semanal en la app de familias? Ahora lo mandamos en PDF "
        "y funciona bien. Solo es una sugerencia.",
        "feature_gap",
        "low",
        "es",
        "'¿sería posible añadir?' → fg; 'solo una sugerencia' → low",
    ),
    # ------------------------------------------------------------------ commercial_dispute, en
    (
        "Dunmore Hospitality: January invoice charges 140 seats, admin page shows 95 active "
        "users; year-end close on the 31st.",
        "Our January invoice charges 140 seats, but the admin page shows 95 active users; we "
        "removed 45 leavers in November. Finance closes the year on the 31st and will not pay "
        "the invoice as it is. Please send a corrected invoice or a credit note.",
        "commercial_dispute",
        "high",
        "en",
        "seat count on invoice, credit note → cd; year-end deadline at risk → high",
    ),
    (
        "Brackenfield Schools Trust: renewal quote is 18% up; they say clause 9.2 caps "
        "increases at 5% a year.",
        "The renewal quote for September is 18% above this year's price. Clause 9.2 of our "
        "agreement caps increases at 5% a year. The trust's budget is signed off on 20 June "
        "and cannot include this figure.",
        "commercial_dispute",
        "high",
        "en",
        "price rise vs contract clause → cd; renewal and budget date at risk → high",
    ),
    (
        "Quarry Lane Logistics: claiming the contract credit for the 3 May outage, since "
        "resolved; April invoice on hold until agreed.",
        "Following the outage on 3 May (06:00-12:00, resolved since), we are claiming the "
        "service credit in schedule 4 of our contract, 10% of the monthly fee. Our accounts "
        "team will hold the April invoice until the credit is agreed.",
        "commercial_dispute",
        "high",
        "en",
        "service credit for an outage already over → cd; payment held → revenue at risk → high",
    ),
    (
        "Penhallow Surveyors: card charged twice for invoice 20931, £1,240 each time.",
        "Our card was charged £1,240 on 1 March and again on 3 March for invoice 20931. Please "
        "refund one of them.",
        "commercial_dispute",
        "medium",
        "en",
        "double charge, refund → cd; no deadline → medium",
    ),
    (
        "Merritt Digital Agency: invoice 8812 has £560 API overage; their gateway logs show "
        "about half the billed calls.",
        "Invoice 8812 includes £560 overage for 1.2 million API calls in February. Our gateway "
        "logs show 610,000 calls from our keys that month. Can you send the usage breakdown "
        "behind the charge?",
        "commercial_dispute",
        "medium",
        "en",
        "usage-based charge questioned on an invoice → cd; no deadline → medium",
    ),
    (
        "Thornbury Parish Council: still invoiced for the SMS add-on they cancelled on 12 October.",
        "We cancelled the SMS add-on on 12 October (your confirmation ref. C-4471), but the "
        "November and December invoices still include it at £45 a month. Please credit the "
        "£90.",
        "commercial_dispute",
        "medium",
        "en",
        "billed after cancelling, credit → cd; no deadline → medium",
    ),
    (
        "Glenmore Veterinary Group: asking for pro-rata credit on licences for three clinics "
        "closed in January.",
        "We closed our Ayr, Troon and Girvan clinics on 31 January and removed their 18 users "
        "the same week. The contract runs to August. Can the licences for those clinics be "
        "credited for the remaining months?",
        "commercial_dispute",
        "medium",
        "en",
        "licences, contract term, credit → cd; no deadline → medium",
    ),
    (
        "Ashgrove Retail: Q2 invoice issued in USD though the order form prices in GBP; £300 "
        "in bank fees.",
        "The Q2 invoice came in US dollars and our bank charged £300 in conversion and fees. "
        "Our order form states pricing in GBP. Please reissue it in pounds and cover the fees.",
        "commercial_dispute",
        "medium",
        "en",
        "invoice currency vs order form, fees → cd; no deadline → medium",
    ),
    (
        "Silverline Couriers: asking for a credit for last Tuesday's five-hour tracking "
        "outage, working fine since.",
        "Tracking was down from 9 to 2 last Tuesday and has been fine since. Our customers saw "
        "no delivery updates for five hours. We'd like a credit on this month's bill for that.",
        "commercial_dispute",
        "medium",
        "en",
        "outage over, asking credit on the bill → cd; no deadline → medium",
    ),
    (
        "Fairway Medical Billing: our last three invoices lack their PO number, so their "
        "payables system rejects them.",
        "Our accounts payable system rejects any invoice without our purchase order number, "
        "PO-77120. Your last three invoices don't have it, so they are sitting unpaid. Can they "
        "be reissued with the PO?",
        "commercial_dispute",
        "medium",
        "en",
        "our invoices to them need reissuing → cd (money/terms); no deadline → medium",
    ),
    (
        "Hollins Dance School: asks whether the 15% annual prepay discount applies if they "
        "switch mid-year.",
        "If we switch from monthly to annual billing now, halfway through the year, do we "
        "still get the 15% prepay discount? Just asking before the next invoice.",
        "commercial_dispute",
        "low",
        "en",
        "discount/billing terms → cd; 'just asking', a question → low",
    ),
    (
        "Westerby Books: wants future invoices addressed to their new trading name from 1 April.",
        "We changed our trading name to Westerby & Co on 1 April. Could future invoices show "
        "the new name? Nothing wrong with the old ones.",
        "commercial_dispute",
        "low",
        "en",
        "invoice details → cd (money/contract admin); minor request → low",
    ),
    # ------------------------------------------------------------------ commercial_dispute, de
    (
        "Ingenieurbüro Falk: Kündigung zum 31.12. nicht verarbeitet, stattdessen Rechnung über "
        "drei weitere Jahre.",
        "Wir haben am 2. Oktober fristgerecht zum 31. Dezember per Einschreiben gekündigt. Jetzt "
        "kam eine Rechnung über drei weitere Jahre, 21.600 €. Bitte bestätigen Sie die "
        "Kündigung schriftlich bis Monatsende, sonst geht die Sache an unsere Anwältin.",
        "commercial_dispute",
        "high",
        "de",
        "Kündigung vs Rechnung → cd (contract terms); deadline + lawyer → high",
    ),
    (
        "Pflegedienst Sonnenschein: billed for 60 licences after reducing to 45 in the admin "
        "portal in March.",
        "Im März haben wir im Admin-Portal auf 45 Lizenzen reduziert, die Rechnungen für April "
        "und Mai lauten aber weiter auf 60. Bitte schreiben Sie uns die Differenz gut, zweimal "
        "15 Lizenzen.",
        "commercial_dispute",
        "medium",
        "de",
        "licence count on invoices, 'gutschreiben' → cd; no deadline → medium",
    ),
    # ------------------------------------------------------------------ commercial_dispute, fr
    (
        "Imprimerie Roussel : la facture d'avril ne tient pas compte de la remise de 10 % "
        "prévue au contrat.",
        "La facture d'avril n° F-2291 ne tient pas compte de la remise de 10 % prévue à "
        "l'article 4 de notre contrat. Merci de nous envoyer un avoir de 186 €.",
        "commercial_dispute",
        "medium",
        "fr",
        "remise contractuelle, avoir → cd; no deadline → medium",
    ),
    (
        "Résidences Beausoleil: asking for a commercial gesture on March's invoice for the "
        "two-day portal outage in February, now fixed.",
        "Suite à l'interruption du portail résidents les 12 et 13 février, résolue depuis, "
        "nous souhaitons un geste commercial sur la facture de mars. Les familles n'ont pas pu "
        "consulter les plannings pendant deux jours.",
        "commercial_dispute",
        "medium",
        "fr",
        "outage 'résolue', credit on invoice → cd; no deadline → medium",
    ),
    (
        "Cabinet Dentaire Aubry: question on how a part-time third chair is counted in the "
        "per-chair price.",
        "Nous ouvrons un troisième fauteuil deux jours par semaine. Est-il facturé comme un "
        "fauteuil entier ? Simple question avant de l'activer.",
        "commercial_dispute",
        "low",
        "fr",
        "pricing terms → cd; 'simple question' → low",
    ),
    # ------------------------------------------------------------------ commercial_dispute, es
    (
        "Hoteles Brisa: la renovación llega un 25 % más cara y su presupuesto se cierra el "
        "30 de noviembre.",
        "La propuesta de renovación sube de 14.000 € a 17.500 € al año, sin cambios en el "
        "número de hoteles ni de usuarios. Nuestro presupuesto de 2025 se cierra el 30 de "
        "noviembre y con esa cifra no nos lo aprueban. Necesitamos una propuesta revisada antes.",
        "commercial_dispute",
        "high",
        "es",
        "price rise at renewal → cd; budget deadline, renewal at risk → high",
    ),
    (
        "Supermercados Valle Verde: Q2 invoice charges 32 stores; four closed in March and "
        "were deactivated in the panel.",
        "La factura del segundo trimestre incluye 32 tiendas, pero cerramos 4 en marzo y las "
        "dimos de baja en el panel. Pedimos un abono por esas cuatro, 1.120 € en total.",
        "commercial_dispute",
        "medium",
        "es",
        "store count on invoice, abono → cd; no deadline → medium",
    ),
    (
        "Asesoría Luna: asks whether they can pay by bank transfer instead of card from January.",
        "¿Podemos pasar a pagar por transferencia en vez de con tarjeta a partir de enero? No "
        "hay ningún problema con los pagos actuales.",
        "commercial_dispute",
        "low",
        "es",
        "payment terms → cd; a question, no problem → low",
    ),
    # ------------------------------------------------------------------ relationship_at_risk, en
    (
        "Aldgate Clinics: Priya Shah, who runs the platform for them, leaves 30 April; renewal "
        "is 14 June and no successor is named.",
        "Priya, who set up and ran the platform here, finishes on 30 April. Nobody has been "
        "named to take over the system, and our renewal date is 14 June. The new practice "
        "manager has said she isn't attached to any of our tools.",
        "relationship_at_risk",
        "high",
        "en",
        "champion leaving before renewal → rr; renewal at risk → high",
    ),
    (
        "Tern Valley Housing: weekly logins down from 220 to 60; two teams started a HomeHub "
        "trial last week.",
        "Our housing officers have mostly stopped using the case screens, they say it takes "
        "too many clicks, and two teams started a trial of HomeHub last week. Renewal is in "
        "September and we'll compare both then.",
        "relationship_at_risk",
        "high",
        "en",
        "falling logins + competitor trial → rr (clicks = annoyance); renewal at risk → high",
    ),
    (
        "Broadleaf Packaging: their new head of procurement is putting the planning software "
        "out to tender in October.",
        "Our new head of procurement is running a tender for our planning software in October; "
        "you'll get the invitation, as will Plexa and OrbitPlan. Our licence count of 85 stays "
        "the same in the tender.",
        "relationship_at_risk",
        "high",
        "en",
        "tender vs named rivals → rr (competitor evaluation); renewal at risk → high",
    ),
    (
        "Marchbank Law: only 12 of 60 licences used last quarter; renewal review in March "
        "looks shaky.",
        "We looked at usage for the review: 12 of our 60 licences logged in during the last "
        "quarter. At the March review I'll be asked why we keep paying for it, and I don't "
        "have a good answer.",
        "relationship_at_risk",
        "high",
        "en",
        "low usage, renewal in doubt → rr (licences only a number); renewal at risk → high",
    ),
    (
        "Coldwater Brewing: their main user Jake moved to a sister brewery; his replacement "
        "runs on spreadsheets; renewal in 8 weeks.",
        "Jake has moved to our sister brewery and I've taken over. Honestly, I run production "
        "from spreadsheets and don't yet see what the system adds. Renewal is in eight weeks.",
        "relationship_at_risk",
        "high",
        "en",
        "champion gone, successor unconvinced → rr; renewal at risk → high",
    ),
    (
        "Lumen Learning Centres: parents find the app dated; their centres manager has booked "
        "a Classly demo; contract ends July.",
        "Parents say the app looks dated next to the one their other school uses, and our "
        "centres manager has booked a demo with Classly for next week. Nothing is decided; our "
        "contract ends in July.",
        "relationship_at_risk",
        "high",
        "en",
        "competitor demo before contract end → rr (dated look is taste); → high",
    ),
    (
        "Ferrous Metals Recycling: site managers prefer the new ERP's weighbridge module; 40 "
        "licences renew in November.",
        "Our new ERP comes with a weighbridge module and the site managers would rather have "
        "one system. I'm not sure I can keep the 40 licences past renewal in November unless "
        "there's a clear reason to.",
        "relationship_at_risk",
        "high",
        "en",
        "renewal in doubt vs alternative → rr; renewal at risk → high",
    ),
    (
        "Pebble Street Bakery Group: daily app users fell from about 30 to 9 since the January "
        "store reshuffle.",
        "Since we reorganised the stores in January, daily users went from about 30 to 9; the "
        "new shift leads weren't trained on it. We're happy with the product, we just need "
        "people using it again.",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage, 'happy with the product' → rr; no threat → medium",
    ),
    (
        "Harlow County Libraries: volunteer hour entries down 40% since the coordinator who "
        "championed the app left in July.",
        "Entries from volunteers are down about 40% since the summer. The volunteer "
        "coordinator who pushed the app left in July and the post is vacant. We have no plans "
        "to change anything and would like help getting it going again.",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage, champion gone, 'no plans to change' → rr; no threat → medium",
    ),
    (
        "Copperfield Nurseries: only 3 of 11 sites sent parent reports from the app this term; "
        "last year all did.",
        "Looking at the stats, only 3 of our 11 nurseries sent any parent reports this term, "
        "where last year all of them did. Staff say they've gone back to paper diaries. Could "
        "someone run a refresher?",
        "relationship_at_risk",
        "medium",
        "en",
        "usage falling to paper → rr ('only 3' is adoption); no threat → medium",
    ),
    (
        "Kellan Engineering: work orders raised in the system fell from ~300 to ~80 a month "
        "since their planner retired.",
        "Work orders raised in the system fell from about 300 a month to about 80 since Dave "
        "retired in March. His replacement keeps a whiteboard. Renewal isn't until next year.",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage after champion left → rr; renewal far, no threat → medium",
    ),
    (
        "Maple Row Accountants: client portal logins fell from 520 in January to 170 in May.",
        "Client portal logins went from 520 in January to 170 in May. Most of our staff now "
        "send documents by email because that's what clients ask for. We'd like ideas to turn "
        "that around.",
        "relationship_at_risk",
        "medium",
        "en",
        "falling logins → rr; no threat → medium",
    ),
    # ------------------------------------------------------------------ relationship_at_risk, de
    (
        "Zahnarztpraxen Weber: Ansprechpartnerin Frau Lenz geht Ende Juni, Verlängerung im "
        "Juli ist offen.",
        "Frau Lenz, die das System bei uns eingeführt hat, verlässt uns Ende Juni. Ihr "
        "Nachfolger kennt nur Dentaplan aus seiner alten Praxis und möchte sich das vor der "
        "Verlängerung im Juli noch einmal ansehen.",
        "relationship_at_risk",
        "high",
        "de",
        "champion leaving, successor eyes Dentaplan → rr; renewal at risk → high",
    ),
    (
        "Stadtbibliothek Eichenau: 14 of 50 licences in use; their IT wants the city's shared "
        "platform at renewal.",
        "Aktuell sind nur 14 von 50 Lizenzen aktiv. Unsere IT-Abteilung möchte zur "
        "Vertragsverlängerung im Herbst auf die städtische Gesamtplattform wechseln, die nichts "
        "extra kostet. Ich würde gern bleiben, brauche aber Argumente.",
        "relationship_at_risk",
        "high",
        "de",
        "switch planned at renewal → rr (licences only a number); renewal at risk → high",
    ),
    (
        "Feinkost Meyer: orders entered through the app fell from 120 to 45 a week since the "
        "spring team reshuffle.",
        "Seit der Umstellung der Teams im Frühjahr werden nur noch etwa 45 statt 120 "
        "Bestellungen pro Woche über die App erfasst, der Rest läuft per Telefon. Mit dem "
        "Produkt sind wir zufrieden, es fehlt eher an Schulung.",
        "relationship_at_risk",
        "medium",
        "de",
        "falling usage, 'zufrieden' → rr; no threat → medium",
    ),
    # ------------------------------------------------------------------ relationship_at_risk, fr
    (
        "Groupe scolaire Sainte-Marthe : le nouveau responsable administratif compare trois "
        "outils avant le renouvellement de juin.",
        "Notre nouveau responsable administratif a demandé des démonstrations à Pronotes et à "
        "ÉcoleDirecte avant notre renouvellement de juin. Il trouve l'interface des bulletins "
        "trop lourde. Rien n'est décidé.",
        "relationship_at_risk",
        "high",
        "fr",
        "competitor demos before renewal → rr (UI taste, no breakage); → high",
    ),
    (
        "Transports Giraud: Marc, who has run the tool since day one, leaves in three weeks; "
        "60 licences renew in September.",
        "Marc, qui pilote l'outil chez nous depuis le début, part dans trois semaines. Personne "
        "n'est encore désigné pour reprendre, et nos 60 licences arrivent à échéance en "
        "septembre.",
        "relationship_at_risk",
        "high",
        "fr",
        "champion leaving before renewal → rr; renewal at risk → high",
    ),
    (
        "Office de Tourisme du Lac: weekly staff logins fell from 25 to 8 after the summer season.",
        "Depuis la fin de la saison, seuls 8 agents sur 25 se connectent chaque semaine. Ce "
        "n'est pas un problème d'outil, l'équipe est réduite et a perdu l'habitude. On "
        "aimerait une petite formation en novembre.",
        "relationship_at_risk",
        "medium",
        "fr",
        "falling logins, 'pas un problème d'outil' → rr; no threat → medium",
    ),
    # ------------------------------------------------------------------ relationship_at_risk, es
    (
        "Bodegas Herrán: trialling VinoTrack at their two new wineries; may move the whole "
        "group at October renewal.",
        "Hemos empezado una prueba de VinoTrack en las dos bodegas nuevas; dicen que su app de "
        "campo es más sencilla. Si funciona bien, en octubre valoraremos pasar todo el grupo.",
        "relationship_at_risk",
        "high",
        "es",
        "competitor trial, whole group may move → rr; renewal at risk → high",
    ),
    (
        "Clínicas Fisio Norte: los pacientes activos en la app de ejercicios han bajado de 400 "
        "a 150.",
        "Los pacientes activos en la app de ejercicios han bajado de unos 400 a 150 en tres "
        "meses. Los fisios nuevos no la recomiendan porque no la conocen. Nos gustaría una "
        "sesión para el equipo.",
        "relationship_at_risk",
        "medium",
        "es",
        "falling usage, training ask → rr; no threat → medium",
    ),
    # ------------------------------------------------------------------ service_failure, en
    (
        "Cardew Engineering: ticket 61220 on last month's import failure closed three times "
        "without an explanation; ISO audit on the 22nd.",
        "Ticket 61220 about last month's import failure has been closed three times as "
        "'resolved' with no explanation. The imports have worked since the 9th, but our ISO "
        "auditor wants to see what went wrong and what changed, and the audit is on the 22nd.",
        "service_failure",
        "high",
        "en",
        "ticket closed without answer, defect already fixed → sf; repeated + audit → high",
    ),
    (
        "Birchwood Care Group: our trainer missed their onboarding session twice; 40 carers "
        "were booked each time.",
        "Your trainer didn't join the session on 4 March or the rebooked one on 11 March, and "
        "40 carers were taken off the floor each time. We go live on the 1st and they still "
        "haven't been trained.",
        "service_failure",
        "high",
        "en",
        "missed onboarding twice → sf; repeated + go-live at risk → high",
    ),
    (
        "Sterling Events: no updates for six days during last week's checkout problem; they "
        "learned of the fix from a customer.",
        "During last week's checkout problem we asked for updates daily and got none for six "
        "days. We found out it was fixed when a customer told us. We need to know who to call "
        "next time and what updates to expect.",
        "service_failure",
        "high",
        "en",
        "no status updates, problem fixed → sf; repeated failure → high",
    ),
    (
        "Hendry Pharmacy Chain: four April tickets got first replies after 5-8 working days "
        "against a one-day response term.",
        "We logged four tickets in April and each got its first response after five to eight "
        "working days; our support plan says one working day. One was about a till printer, "
        "the others were small. We'd like this reviewed.",
        "service_failure",
        "high",
        "en",
        "response term breached four times → sf (SLA breach); repeated → high",
    ),
    (
        "Marston Schools: their quarterly review was cancelled on our side on the morning of "
        "5 February, no new date offered.",
        "Our quarterly review was cancelled on your side on the morning of 5 February, and no "
        "new date has been offered since. Can we have a date in March?",
        "service_failure",
        "medium",
        "en",
        "missed meeting, once → sf; no deadline → medium",
    ),
    (
        "Lowther Museum Trust: ticket 59911 closed as 'cannot reproduce' the next day without "
        "anyone contacting them.",
        "Ticket 59911 was closed as 'cannot reproduce' the day after we opened it; nobody asked "
        "us for the steps or a screenshot. The slowness went away after the weekend, but we'd "
        "like to know how tickets get closed without contact.",
        "service_failure",
        "medium",
        "en",
        "ticket closed without contact, issue gone → sf; once, no deadline → medium",
    ),
    (
        "Northfield Dental Lab: no reply for two weeks to their request for a full 2023 data "
        "export.",
        "We asked support on 2 May for a full export of our 2023 records for our accountant. "
        "Two weeks on we've had the automatic acknowledgement and nothing else. The accountant "
        "wants it some time this quarter.",
        "service_failure",
        "medium",
        "en",
        "request unanswered → sf; no hard deadline → medium",
    ),
    (
        "Oxley Rowing Club: promised support callback on moving admin rights to their new "
        "treasurer never came.",
        "Support said on Tuesday someone would call to move the admin rights to our new "
        "treasurer. Nobody called. The old treasurer can still do it for now.",
        "service_failure",
        "medium",
        "en",
        "promised callback missed → sf; workaround, once → medium",
    ),
    (
        "Pemberton Florists: the welcome pack promised at their kick-off call never arrived.",
        "At the kick-off call we were told we'd get a welcome pack with the quick-start "
        "guides. It never came. We're managing fine, just mentioning it.",
        "service_failure",
        "low",
        "en",
        "promise at onboarding not kept → sf; 'managing fine' → low",
    ),
    # ------------------------------------------------------------------ service_failure, de
    (
        "Brauerei Kessler: no status updates during last week's two-day scanner outage despite "
        "five requests.",
        "Während des Ausfalls der Scanner-Schnittstelle am 8. und 9. Mai haben wir fünfmal nach "
        "dem Stand gefragt und keine einzige Rückmeldung bekommen. Das Problem ist gelöst, aber "
        "unsere Lagerleitung musste zwei Tage lang raten, ob sie Personal umplanen soll.",
        "service_failure",
        "high",
        "de",
        "keine Rückmeldung, problem 'gelöst' → sf; repeated (5 asks) → high",
    ),
    (
        "Kanzlei Roth & Partner: the agreed training on 12 March didn't happen and nobody "
        "cancelled; they want a new date.",
        "Die vereinbarte Schulung am 12. März hat nicht stattgefunden: der Trainer war nicht im "
        "Call, und abgesagt hat auch niemand. Wir bitten um einen neuen Termin in den nächsten "
        "Wochen.",
        "service_failure",
        "medium",
        "de",
        "missed training, once → sf; no deadline → medium",
    ),
    # ------------------------------------------------------------------ service_failure, fr
    (
        "Mutuelle Horizon : trois relances sur le ticket 70455 restées sans réponse en deux "
        "semaines.",
        "Nous avons relancé le ticket 70455 les 3, 8 et 14 avril sans obtenir de réponse. Le "
        "problème d'export s'est résolu depuis, mais notre contrat prévoit une réponse sous "
        "48 h et nous voulons savoir ce qui s'est passé.",
        "service_failure",
        "high",
        "fr",
        "ticket unanswered, export 'résolu' → sf (SLA breach); repeated → high",
    ),
    # ------------------------------------------------------------------ service_failure, es
    (
        "Logística Tajo: nobody from our team joined the last three weekly rollout check-ins, "
        "since 2 April.",
        "Es la tercera reunión semanal de seguimiento a la que no se conecta nadie de vuestro "
        "equipo (2, 9 y 16 de abril). Estamos en pleno despliegue en los almacenes de Toledo y "
        "Getafe y las dudas se acumulan.",
        "service_failure",
        "high",
        "es",
        "missed meetings three times → sf; repeated, rollout under way → high",
    ),
    (
        "Ópticas Miravisión: el ticket 62108 se cerró sin respuesta y la duda sobre permisos "
        "sigue abierta.",
        "El ticket 62108, sobre cómo dar permisos de solo lectura a los ópticos, aparece como "
        "cerrado, pero nadie nos respondió. Seguimos sin saber cómo hacerlo.",
        "service_failure",
        "medium",
        "es",
        "ticket closed without an answer → sf; once, no deadline → medium",
    ),
    (
        "Papelería Quintana: a training webinar was moved without telling them; they'll watch "
        "the recording.",
        "El webinar de formación del jueves se cambió de hora y no nos avisaron; entramos y no "
        "había nadie. No pasa nada, veremos la grabación si nos la enviáis.",
        "service_failure",
        "low",
        "es",
        "session moved without notice → sf; 'no pasa nada' → low",
    ),
    # ------------------------------------------------------------------ executive_intervention, en
    (
        "Rowntree Freight: their CEO wants a call with our CEO today; the tracking portal has "
        "been down since 6am.",
        "From our CEO, Helen Marsh: our tracking portal has been down since 6am and 90 "
        "customers can't see their shipments. I expect to speak to your chief executive today, "
        "not tomorrow. Please give me a time before 3pm.",
        "executive_intervention",
        "critical",
        "en",
        "their CEO asks for our CEO → ei; portal down for all → critical",
    ),
    (
        "Seacliff Medical Practice Group: their COO is copied; the prescription screen fails "
        "in all six practices since 08:30.",
        "Copying our COO, Dr Anil Rao. Since 08:30 the prescription screen errors on 'Sign' in "
        "all six practices, so no repeat prescriptions can be issued. Dr Rao wants your "
        "executive sponsor on a call at 13:00.",
        "executive_intervention",
        "critical",
        "en",
        "COO copied, asks for executive sponsor → ei; core function stopped → critical",
    ),
    (
        "Greystone Retail Group: their CFO writes about 300 seats billed for closed stores and "
        "wants our CRO on the phone.",
        "I am the CFO of Greystone. Your March invoice bills 300 seats for stores we closed in "
        "December and told your team about in writing. I would like a call with your chief "
        "revenue officer this week to settle it.",
        "executive_intervention",
        "high",
        "en",
        "CFO writes, asks for our CRO (about a bill) → ei; executive involvement → high",
    ),
    (
        "Bellmont Hotels: their CEO is copied on booking confirmations with wrong arrival "
        "dates; wants a fix plan by Friday.",
        "Cc: Laura Bellmont, CEO. About 5% of this month's booking confirmations show the "
        "wrong arrival date, and guests turn up on the wrong day. Laura wants a written plan "
        "from your leadership by Friday; our front desks are checking every booking by phone "
        "meanwhile.",
        "executive_intervention",
        "high",
        "en",
        "CEO copied to demand a plan → ei; workaround exists, exec involvement → high",
    ),
    (
        "Ashby Academy Trust: the chair of trustees asks to meet our CEO after implementation "
        "slipped twice.",
        "I'm writing as chair of the Ashby Academy Trust board. Your implementation has "
        "slipped twice and the new date of 1 September is now at risk. I'd like a meeting with "
        "your chief executive before the summer break.",
        "executive_intervention",
        "high",
        "en",
        "board chair asks for our CEO → ei; go-live at risk, exec → high",
    ),
    (
        "Pioneer Analytics, a reseller: their CTO wants our executive sponsor to own the "
        "reporting API slowness.",
        "This is Ravi Kapoor, CTO at Pioneer. The reporting API has taken 20-30 seconds per "
        "call since the 2 June release and our clients' dashboards time out; we're caching "
        "overnight to cope. I want your executive sponsor for our account to own this and "
        "report to me twice a week.",
        "executive_intervention",
        "high",
        "en",
        "CTO demands our executive sponsor → ei; caching workaround, exec → high",
    ),
    # ------------------------------------------------------------------ executive_intervention, de
    (
        "Maschinenbau Renz AG: Vorstand verlangt Termin mit unserer Geschäftsführung wegen "
        "doppelter Jahresrechnung über 48.000 €.",
        "Als Vorstand der Renz AG erwarte ich eine Klärung der doppelt gestellten "
        "Jahresrechnung über 48.000 €. Ihr Vertrieb antwortet seit drei Wochen nicht. Ich bitte "
        "um einen Termin mit Ihrer Geschäftsführung bis Ende nächster Woche.",
        "executive_intervention",
        "high",
        "de",
        "Vorstand writes, asks for our Geschäftsführung (about a bill) → ei; exec → high",
    ),
    # ------------------------------------------------------------------ executive_intervention, fr
    (
        "Distrilog France: their managing director is copied; warehouse scanners can't "
        "confirm any shipment since 6am.",
        "Je mets en copie notre directeur général, M. Fabre. Depuis 6 h, aucun colis ne peut "
        "être validé en expédition : les scanners affichent 'erreur de synchronisation'. "
        "3 000 commandes attendent, les transporteurs passent à 16 h, et M. Fabre demande un "
        "appel avec votre direction dans l'heure.",
        "executive_intervention",
        "critical",
        "fr",
        "directeur général copied, demands our direction → ei; orders not going out → critical",
    ),
    (
        "Groupe Hospitalier Val-de-Loire : la DAF conteste la hausse de 22 % et demande à "
        "parler à notre PDG.",
        "En tant que directrice administrative et financière, je conteste la hausse de 22 % "
        "annoncée pour le renouvellement. Je souhaite en discuter directement avec votre "
        "président-directeur général avant le 15 du mois.",
        "executive_intervention",
        "high",
        "fr",
        "their DAF (CFO) asks for our PDG about a price rise → ei; exec involvement → high",
    ),
    # ------------------------------------------------------------------ executive_intervention, es
    (
        "Constructora Ibarra: their chief executive asks for our CEO after three weeks of "
        "wrong overtime totals in site-hour reports.",
        "Soy el consejero delegado de Constructora Ibarra. Los informes de horas de obra llevan "
        "tres semanas sumando mal las horas extra y estamos corrigiendo cada parte a mano. "
        "Quiero hablar con vuestro director general esta semana.",
        "executive_intervention",
        "high",
        "es",
        "consejero delegado asks for our CEO about a defect → ei; exec, workaround → high",
    ),
]
