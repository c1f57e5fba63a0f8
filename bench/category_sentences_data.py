"""Blind category sentences (issue 18, session 31): 180 short customer messages, 30 per category
(product_defect, feature_gap, service_failure, commercial_dispute, relationship_at_risk,
executive_intervention), 100 in English, 27 in German, 27 in French and 26 in Spanish, about one in
four with a one-line CSM note that never names the category. Every item was written and labelled by
hand, blind: the only source read was the defs-1 category bullets quoted in the task brief; no
repository file (classifier, rules, tests or other evaluation sets) was opened, and nothing was run
on the items before labelling. The items aim at the borders where a keyword reader goes wrong:
regressions and documented-but-missing functions that sound like gaps versus true gaps that sound
like breakage; wrong money computed by the product's own invoicing, payroll, refund or payment
functions versus disputes about our bill, prices, seats, credit notes and contract terms; defects
and service complaints told with churn threats versus real relationship signals (champion leaving,
falling usage, competitor evaluation or renewal in doubt with no problem named); unanswered or
closed tickets, missed meetings, missing status updates and SLA breaches versus defects merely cited
with a ticket number; and C-level or board writers, copied executives and requests for our CEO or
executive sponsor versus VP, director and head-of writers and executives merely mentioned. Plain,
unremarkable items of each category are mixed in. This is a dev (tuning) set, not a held-out set:
once results on it have been looked at, it must not be used to claim generalisation.
"""

from __future__ import annotations

# (note, text, category, language, why) — why: the words that decided the category and the
# defs-1 bullet it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Customer since 2019.",
        "Since Monday's release, the invoices our accounting module generates for our tenants add "
        "VAT twice on service charges. About thirty went out before a tenant noticed. When will "
        "this be corrected, and how do we reissue them?",
        "product_defect",
        "en",
        "the product's own invoicing computes wrong totals for the customer's tenants: wrong data",
    ),
    (
        "",
        "The CSV export of the appointment list no longer includes the insurance ID column. It "
        "was there until last week's update, and our billing staff rely on it every morning. "
        "Please put it back.",
        "product_defect",
        "en",
        "'no longer includes… was there until the update': a regression, not a missing feature",
    ),
    (
        "",
        "Since Tuesday there's no way to save a draft lesson plan: the Save button just spins and "
        "nothing is stored. Several teachers lost an hour of work yesterday.\nKaren Boyd\nHead of "
        "Digital Learning\nNorthfield Academy",
        "product_defect",
        "en",
        "'no way to save since Tuesday' = broken save, lost work; head-of is not C-level",
    ),
    (
        "Renewal in June, they're one of our biggest logos.",
        "This is the fourth time this month the route planner has crashed when we load more than "
        "200 stops. Our dispatchers are back on spreadsheets. Frankly, if this isn't fixed by the "
        "end of the month we'll start looking at other providers.",
        "product_defect",
        "en",
        "repeated crash; the threat to leave is about the defect, so severity, not category",
    ),
    (
        "",
        "Reference: ticket #58213. The availability calendar still shows rooms as free after "
        "they've been booked, and we had two double bookings at the weekend. Please treat this as "
        "urgent.",
        "product_defect",
        "en",
        "wrong availability data; the ticket number is only a reference, support not blamed",
    ),
    (
        "",
        "Loading the monthly stock report now takes over four minutes; it used to take about ten "
        "seconds. Nothing has changed on our side, same stores and same data volume. It's making "
        "our Monday review meeting painful.",
        "product_defect",
        "en",
        "slowness of the product with unchanged data",
    ),
    (
        "Third email from them this morning.",
        "Is the portal down? None of our lawyers can log in this morning; every page returns a "
        "502 error. We have court filing deadlines today.",
        "product_defect",
        "en",
        "outage: nobody can log in, 502 errors",
    ),
    (
        "",
        "I'm writing because the dashboards have shown wrong revenue figures for three days: "
        "every deal closed in EUR is counted as USD. My team has already sent these numbers to "
        "our regional managers. I need a fix and a corrected dataset today.\nTom Reiner\nVP Sales "
        "Operations\nCarrow Industrial",
        "product_defect",
        "en",
        "wrong data in dashboards; a VP is not C-level, so categorise by the problem",
    ),
    (
        "",
        "When our front-desk staff click 'Refund' on a guest's card payment in the POS, they get "
        "'Transaction failed (code 4410)' and the guest never receives the money. We've been "
        "doing refunds manually through the bank since Friday.",
        "product_defect",
        "en",
        "the product's refund function errors; money it handles for the hotel, not our bill",
    ),
    (
        "",
        "Our CEO is presenting the donor report at Thursday's gala, so I pulled it early, and the "
        "spring campaign total is about $12,000 lower than the sum of the donations list. Could "
        "someone check why the report and the list disagree?",
        "product_defect",
        "en",
        "report and list disagree = wrong data; the CEO is only mentioned, demands nothing",
    ),
    (
        "",
        "Small thing, but the date picker on the booking form starts the week on Sunday even "
        "though we set Monday in the settings. A couple of parents have booked the wrong day "
        "because of it.",
        "product_defect",
        "en",
        "a setting the product ignores: a defect, however small",
    ),
    (
        "Startup, signed last quarter.",
        "After last night's sync, about 150 contact records lost their phone numbers; the fields "
        "are simply empty now. Is there any way to restore them from a backup?",
        "product_defect",
        "en",
        "lost data after a sync",
    ),
    (
        "Field inspection team, 80 mobile users.",
        "Your help centre says inspectors can attach photos to a work order in the mobile app, "
        "but the attach button has been missing from the iOS app since version 5.2. On Android "
        "it's still there. Our inspectors need it on site.",
        "product_defect",
        "en",
        "documented function gone on one platform since a version: broken, not a gap",
    ),
    (
        "",
        "The March payroll run calculated overtime at 1.25 instead of 1.5 for all night-shift "
        "staff, even though the rule in the settings says 1.5. We caught it before payment, but "
        "we need to know whether February was affected too.",
        "product_defect",
        "en",
        "the product's payroll computes the wrong amount against its own setting",
    ),
    (
        "",
        "Residents keep calling us because the online parking permit form shows 'payment "
        "declined' even when the payment has gone through. We've found at least a dozen people "
        "who were charged and never got a permit.\nNadia Hussain\nDigital Services Manager\n"
        "Eastbrook Borough Council",
        "product_defect",
        "en",
        "the permit form's payment step reports wrongly; money the product handles, not our bill",
    ),
    (
        "Long-standing customer, usually very positive.",
        "We've enjoyed working with you for five years, which is why this is hard to write. Since "
        "the new version, the rota screen freezes every time a nurse swaps a shift, and the staff "
        "have run out of patience. I don't know how much longer I can defend the tool internally "
        "if this continues.",
        "product_defect",
        "en",
        "the freeze is the problem; worry about the relationship is sentiment, not category",
    ),
    (
        "",
        "Ticket 7731 is still open and the barcode scanner integration still drops roughly every "
        "tenth scan. To be fair, your support team has been responsive, but the problem itself "
        "isn't going away.\nPriya Nair\nWarehouse Operations Director\nNorthgate Logistics",
        "product_defect",
        "en",
        "dropped scans; support is praised, so the open ticket is no service failure",
    ),
    (
        "",
        "Seit dem Update am Montag stürzt die App auf unseren Handscannern ab, sobald ein "
        "Lieferschein mehr als 50 Positionen hat. Unsere Fahrer müssen die Lieferungen jetzt auf "
        "Papier quittieren. Bitte geben Sie uns schnell Bescheid, wann das behoben ist.",
        "product_defect",
        "de",
        "'stürzt ab' since an update: crash",
    ),
    (
        "Kunde seit 2020.",
        "Der DATEV-Export der Rechnungsdaten enthält seit dieser Woche die Kostenstelle nicht "
        "mehr. Bis letzten Freitag war das Feld immer dabei, und ohne Kostenstelle kann unsere "
        "Buchhaltung nicht buchen.",
        "product_defect",
        "de",
        "field dropped from an export that had it until Friday: regression on the customer's data",
    ),
    (
        "",
        "Ehrlich gesagt sind wir kurz davor, uns nach einer Alternative umzusehen. Zum dritten "
        "Mal in zwei Wochen sind Termine einfach aus dem Praxiskalender verschwunden, und "
        "Patienten standen vor verschlossener Tür. Das muss jetzt endlich behoben werden.",
        "product_defect",
        "de",
        "appointments vanish = lost data; the threat to leave is about the defect",
    ),
    (
        "",
        "Seit ein paar Tagen braucht das Bürgerportal über eine Minute, um ein Formular "
        "abzuschicken. Viele Bürgerinnen und Bürger brechen ab und rufen dann bei uns an.\nMit "
        "freundlichen Grüßen\nStefan Vogt, Leiter IT\nStadtverwaltung Lindenau",
        "product_defect",
        "de",
        "slowness; Leiter IT is not C-level",
    ),
    (
        "",
        "In unserem Webshop wird der Rabattcode seit gestern doppelt abgezogen, aus 10 % werden "
        "20 %. Wir haben schon über hundert Bestellungen zu einem zu niedrigen Preis. Könnt ihr "
        "das bitte sofort prüfen?",
        "product_defect",
        "de",
        "the shop computes discounts wrongly: money the product handles, not our bill",
    ),
    (
        "",
        "Depuis la mise à jour de jeudi, les bulletins générés par la plateforme affichent des "
        "moyennes fausses : les coefficients ne sont plus pris en compte. Les conseils de classe "
        "commencent lundi, pouvez-vous corriger cela rapidement ?",
        "product_defect",
        "fr",
        "wrong averages since an update; 'conseils de classe' are school meetings, not a board",
    ),
    (
        "Groupe de trois hôtels, d'habitude très calmes.",
        "Bonjour, depuis ce matin impossible d'accéder au logiciel de réservation : message « "
        "Service indisponible » sur tous les postes. Les réceptions de nos trois hôtels sont "
        "bloquées.",
        "product_defect",
        "fr",
        "outage: 'service indisponible' everywhere",
    ),
    (
        "",
        "Au sujet du ticket 20931 (merci pour la réponse rapide) : le module de facturation "
        "calcule toujours mal la part prise en charge par les mutuelles, et les montants envoyés "
        "sont faux. Pouvez-vous nous dire quand un correctif sera disponible ?\nClaire Dubois\n"
        "Responsable administrative\nCentre médical des Lilas",
        "product_defect",
        "fr",
        "the product's billing module computes wrong amounts; support answered quickly",
    ),
    (
        "",
        "Nous avons perdu toutes les notes de dossier saisies vendredi après-midi par nos avocats "
        "; elles n'apparaissent plus nulle part. C'est la deuxième fois cette année et, je vous "
        "le dis franchement, la confiance de nos équipes en prend un coup.",
        "product_defect",
        "fr",
        "lost data; the loss of trust is sentiment about the defect",
    ),
    (
        "",
        "Desde la actualización del martes, el módulo de nóminas calcula mal la retención de IRPF "
        "en los contratos a tiempo parcial. Hemos detectado el error en 14 nóminas de este mes. "
        "¿Podéis decirnos cuándo estará corregido?",
        "product_defect",
        "es",
        "payroll module computes wrong withholding since an update",
    ),
    (
        "",
        "Hola, la app de pedidos de nuestros repartidores se cierra sola cada vez que intentan "
        "escanear un código QR. Pasa en todos los móviles Android desde ayer.",
        "product_defect",
        "es",
        "'se cierra sola': crash on QR scan",
    ),
    (
        "",
        "Un detalle menor: en el PDF de confirmación de la reserva, el nombre del huésped sale "
        "cortado cuando tiene más de 25 caracteres. No es urgente, pero queda poco profesional.",
        "product_defect",
        "es",
        "truncated name in output: a defect, however small",
    ),
    (
        "Cliente grande, renovación en mayo.",
        "Si el informe de inventario sigue mostrando existencias que no tenemos, vamos a tener "
        "que replantearnos seguir con ustedes. Esta semana hemos vendido online tres productos "
        "agotados por culpa de ese dato erróneo.",
        "product_defect",
        "es",
        "wrong stock data; the threat to leave rests on the defect",
    ),
    (
        "",
        "Does the platform support exporting timesheets as XML for our payroll provider? We only "
        "see CSV and PDF. If it isn't available, is it on the roadmap?",
        "feature_gap",
        "en",
        "'does it support… on the roadmap': a capability that isn't there",
    ),
    (
        "They opened a second warehouse in May.",
        "Your app can't handle more than one warehouse per account, which is becoming a real "
        "problem now that we've opened a second site. I know it was never sold to us as "
        "multi-site, but we need to know whether that's coming.",
        "feature_gap",
        "en",
        "'can't handle' but never sold as multi-site: works as designed, lacks something",
    ),
    (
        "",
        "We'd love to be able to send appointment reminders by WhatsApp as well as SMS. Is that "
        "something you're planning?",
        "feature_gap",
        "en",
        "asks whether a new channel is planned",
    ),
    (
        "",
        "From January our IT security policy requires SAML single sign-on for every tool we use. "
        "As far as I can tell, your product only supports Google login today. Is SAML planned, "
        "and if so, when?\nJonas Berg\nHead of IT\nBerg & Partner Architects",
        "feature_gap",
        "en",
        "'only supports… is SAML planned': missing capability",
    ),
    (
        "",
        "When it comes to rotating timetables your scheduler just doesn't work for us: it only "
        "lets us define one fixed weekly pattern. Plenty of schools run A/B weeks. Any chance "
        "this gets added?",
        "feature_gap",
        "en",
        "'doesn't work for us' means a pattern it was never built for; 'gets added'",
    ),
    (
        "Retail chain, 40 stores.",
        "Is there an API endpoint for bulk-updating product prices? Updating 3,000 SKUs one by "
        "one in the UI isn't realistic for us. We'd happily beta-test if something is in the "
        "works.",
        "feature_gap",
        "en",
        "asks for an endpoint that doesn't exist; prices are the customer's data",
    ),
    (
        "",
        "The report builder doesn't support pivot tables, which is a headache every quarter when "
        "we prepare the board pack: we copy everything into Excel. Is anything like that on the "
        "roadmap?",
        "feature_gap",
        "en",
        "'doesn't support… roadmap'; the board is only the report's audience",
    ),
    (
        "Elevator maintenance, 150 technicians.",
        "We need the mobile app to work offline: our technicians are often in basements with no "
        "signal. I understand it's online-only by design, but without an offline mode the app is "
        "of limited use to us. Is it planned?\nMarta Kowalski\nVP Field Service\nHelix Elevators",
        "feature_gap",
        "en",
        "'online-only by design… is it planned'; a VP is not C-level",
    ),
    (
        "",
        "Can guests pick their own room from a floor plan during online booking? Other hotels' "
        "booking engines offer it and our guests keep asking. If not, please log this as a "
        "request.",
        "feature_gap",
        "en",
        "asks for a capability other engines have; other hotels are not our competitors",
    ),
    (
        "",
        "We'd like to track matter budgets in more than one currency. At the moment everything is "
        "forced into GBP, which doesn't suit our cross-border work. Is multi-currency on your "
        "roadmap?",
        "feature_gap",
        "en",
        "money inside the product, but it works as designed in one currency; 'roadmap'",
    ),
    (
        "",
        "Is it possible to add a second approval step to permit applications, so that a "
        "supervisor signs off before a permit is issued? We've been through the settings and "
        "there's only ever one approver.",
        "feature_gap",
        "en",
        "asks to add a step the product doesn't have",
    ),
    (
        "",
        "Your customer portal doesn't support Dutch, which is a problem for half of our clients "
        "in Belgium. Are more languages planned?",
        "feature_gap",
        "en",
        "'doesn't support… planned'",
    ),
    (
        "",
        "Your invoicing module doesn't handle partial payments: an invoice is either paid or "
        "unpaid. Lots of our clients pay in instalments. Is partial payment tracking planned?",
        "feature_gap",
        "en",
        "invoicing lacks a capability by design; not our bill and not a wrong result",
    ),
    (
        "Nonprofit, 12 users, very engaged.",
        "This comes up at every team meeting: we need to be able to link a donor to more than one "
        "campaign. The one-campaign-per-donor limit just isn't how fundraising works. Where is "
        "this on the roadmap?",
        "feature_gap",
        "en",
        "a design limit; asks about the roadmap",
    ),
    (
        "",
        "Is there any way to restrict who can see salary fields? Right now anyone with HR access "
        "sees everything. We'd need field-level permissions before rolling out to the regional "
        "managers.",
        "feature_gap",
        "en",
        "asks for a permission level that doesn't exist",
    ),
    (
        "",
        "Does your MES connect to Siemens OPC UA servers? We only saw Rockwell in the connector "
        "list. We're planning a new line for Q3 and need to know whether to budget for middleware.",
        "feature_gap",
        "en",
        "missing connector; the budget is theirs, not our bill",
    ),
    (
        "",
        "Quick question: is a HubSpot integration on the roadmap at all? We moved our CRM to "
        "HubSpot last month and now copy leads over by hand.",
        "feature_gap",
        "en",
        "roadmap question for a missing integration",
    ),
    (
        "",
        "Gibt es eine Möglichkeit, die Dienstpläne als iCal-Abo in Outlook einzubinden? Wir "
        "finden nur den PDF-Export. Falls das nicht geht: Ist so etwas geplant?",
        "feature_gap",
        "de",
        "asks whether a capability exists or is planned",
    ),
    (
        "Kunde seit drei Jahren, 25 Nutzer.",
        "Euer Tool kann keine E-Rechnungen im XRechnung-Format erzeugen, und das ist für uns ein "
        "echtes Problem, weil unsere öffentlichen Auftraggeber ab nächstem Jahr nur noch "
        "XRechnung annehmen. Steht das auf eurer Roadmap?",
        "feature_gap",
        "de",
        "'kann keine… Roadmap': a format the product's invoicing lacks, not our bill",
    ),
    (
        "",
        "Wir bräuchten eine Schnittstelle zu unserem Schulverwaltungsprogramm, damit wir die "
        "Schülerdaten nicht jedes Halbjahr von Hand pflegen müssen. Ist da etwas in Planung?\n"
        "Viele Grüße\nAndrea Schulte, Koordination Digitales\nGesamtschule Am Rhein",
        "feature_gap",
        "de",
        "asks for an interface that doesn't exist; 'in Planung'",
    ),
    (
        "",
        "Unterstützt das Gästeportal weitere Sprachen? Wir haben viele Gäste aus Italien und "
        "Frankreich, und aktuell gibt es nur Deutsch und Englisch.",
        "feature_gap",
        "de",
        "asks about languages the product lacks",
    ),
    (
        "",
        "Est-il prévu de pouvoir signer électroniquement les mandats directement dans l'outil ? "
        "Aujourd'hui, nous devons exporter en PDF et passer par un autre service.",
        "feature_gap",
        "fr",
        "'est-il prévu': a missing capability",
    ),
    (
        "",
        "Votre logiciel ne gère pas les tournées sur plusieurs jours, et c'est un vrai blocage "
        "pour nos chauffeurs longue distance. Je sais que ce n'était pas prévu au départ, mais "
        "est-ce dans votre feuille de route ?",
        "feature_gap",
        "fr",
        "'ne gère pas', never intended; asks about the roadmap",
    ),
    (
        "Demande relayée par leur expert-comptable.",
        "Serait-il possible d'ajouter un export au format FEC pour notre expert-comptable ? Nous "
        "n'avons trouvé que l'export Excel.",
        "feature_gap",
        "fr",
        "asks to add an export format",
    ),
    (
        "",
        "Nous aimerions pouvoir envoyer les reçus fiscaux à tous nos donateurs en un seul envoi "
        "groupé. Actuellement, il faut les générer un par un. Est-ce une fonctionnalité envisagée "
        "?",
        "feature_gap",
        "fr",
        "tax receipts are the customer's data; the product lacks a bulk send",
    ),
    (
        "",
        "L'application ne permet pas de gérer plusieurs établissements avec un seul compte "
        "administrateur, ce qui nous pose problème depuis le regroupement de nos trois écoles. "
        "Avez-vous une solution ou une évolution prévue ?\nNathalie Perrin\nResponsable "
        "informatique\nGroupe scolaire Saint-Exupéry",
        "feature_gap",
        "fr",
        "'ne permet pas… évolution prévue': missing capability",
    ),
    (
        "",
        "¿Tenéis previsto integrar el TPV con Bizum? Muchos clientes nos lo piden en caja y ahora "
        "mismo solo podemos cobrar con tarjeta.",
        "feature_gap",
        "es",
        "'¿tenéis previsto?': a payment method the product lacks",
    ),
    (
        "",
        "La plataforma no permite programar el envío automático de informes a los clientes, así "
        "que cada lunes los mandamos a mano. ¿Está en vuestra hoja de ruta?",
        "feature_gap",
        "es",
        "'no permite… hoja de ruta'",
    ),
    (
        "Quieren abrir tres clínicas más en Colombia este año.",
        "El sistema no nos sirve para las clínicas de Colombia porque no soporta la facturación "
        "electrónica de la DIAN. Sabemos que nunca se ofreció para ese país, pero queremos saber "
        "si lo van a incluir.",
        "feature_gap",
        "es",
        "'no soporta', never offered there: a gap that sounds like breakage",
    ),
    (
        "",
        "¿Es posible que los huéspedes hagan el check-in online desde el móvil? No lo encontramos "
        "en la configuración y creemos que todavía no existe.",
        "feature_gap",
        "es",
        "asks for a function that does not exist yet",
    ),
    (
        "",
        "I opened ticket #40122 about the broken SSO login on 3 May. It's now 24 May and nobody "
        "has replied, not even an acknowledgement. Can someone tell me whether anyone is looking "
        "at it at all?",
        "service_failure",
        "en",
        "ticket unanswered for three weeks; the defect is only its topic",
    ),
    (
        "Second time they've raised this with me.",
        "Your support team closed our ticket about the duplicated shipments as 'resolved' without "
        "a single reply. Nothing was resolved and nobody asked us anything. Please reopen it and "
        "have someone actually respond.",
        "service_failure",
        "en",
        "ticket closed without an answer",
    ),
    (
        "",
        "Our onboarding session was booked for 10am today. Twelve of our staff sat in the meeting "
        "room for forty minutes and nobody from your side joined or sent a message. This is the "
        "second time the kickoff has fallen through.",
        "service_failure",
        "en",
        "missed onboarding session",
    ),
    (
        "",
        "Thursday's outage was fixed within the afternoon, and I accept that things break. What I "
        "don't accept is that your status page said 'all systems operational' the whole time and "
        "nobody emailed us a single update. We had 300 drivers on the road with no idea what was "
        "going on.",
        "service_failure",
        "en",
        "no status updates; the outage itself is accepted, the complaint is communication",
    ),
    (
        "Renewal in September.",
        "Our contract guarantees 99.9% uptime, and your own status page shows 99.1% for October. "
        "That is a clear breach of the SLA. I'd like a written explanation of what happened and "
        "what you are changing.",
        "service_failure",
        "en",
        "SLA/uptime breach; asks for an explanation, not money",
    ),
    (
        "",
        "This is the second quarterly review our account manager has cancelled at the last "
        "minute, and for the one before that he simply didn't turn up. We'd like to work with "
        "someone who actually shows up.",
        "service_failure",
        "en",
        "meetings cancelled and missed by our account manager",
    ),
    (
        "",
        "On Monday your support agent promised to call back 'within the hour' about our payment "
        "import failing. It's Thursday. I've phoned twice since and been told both times that "
        "someone will ring me.",
        "service_failure",
        "en",
        "promised callback never came; the failing import is only the topic",
    ),
    (
        "",
        "Ticket 88310 has been passed between three support teams in two weeks, and every new "
        "person asks us the same questions again. We've sent the same screenshots four times now.",
        "service_failure",
        "en",
        "support process failing: ticket bounced, same questions repeated",
    ),
    (
        "They're mid-implementation, go-live planned for July.",
        "We were promised a dedicated implementation consultant for the migration. Three weeks "
        "in, we've had three different people, none of whom had read the project notes, and the "
        "data-mapping workshop was cancelled twice.\nHelen Carter\nVP Operations\nBrightline "
        "Freight",
        "service_failure",
        "en",
        "our people failed: consultant churn, cancelled workshops; a VP is not C-level",
    ),
    (
        "",
        "Our contract gives priority tickets a four-hour response time. The priority ticket we "
        "raised on Friday morning got its first response on Monday afternoon. I'd like to "
        "understand how that happened.",
        "service_failure",
        "en",
        "response-time SLA breached",
    ),
    (
        "",
        "The admin training for our new school office staff, which your team booked for "
        "Wednesday, didn't happen: the trainer never logged in, and nobody has contacted us since "
        "to rebook. Term starts next week.",
        "service_failure",
        "en",
        "trainer no-show, no rebooking",
    ),
    (
        "",
        "After the data incident two weeks ago you promised us a written root-cause report within "
        "five working days. We still haven't received it, and my emails asking for it go "
        "unanswered.",
        "service_failure",
        "en",
        "promised report never sent, emails unanswered; the incident itself is past",
    ),
    (
        "Mid-size account, very friendly.",
        "Hi, just a gentle nudge: back in March we asked our account manager to set up a data "
        "export walkthrough for our new analyst, and we haven't heard back. Could someone else "
        "pick it up?",
        "service_failure",
        "en",
        "request to our account manager never followed up",
    ),
    (
        "",
        "You ran maintenance on Saturday morning, in the middle of our busiest check-in window, "
        "without giving us any notice. Your own terms say planned maintenance is announced 72 "
        "hours in advance.",
        "service_failure",
        "en",
        "process failure: maintenance without the promised notice",
    ),
    (
        "Small account but very vocal online.",
        "Honestly, the software is fine. It's your support that's driving us away: every ticket "
        "waits a week for a first answer, and half of them are closed before we've confirmed "
        "anything is fixed.",
        "service_failure",
        "en",
        "slow answers and premature closures; the software is said to be fine",
    ),
    (
        "",
        "Ticket 3391, raised nine days ago as urgent because our e-filing integration rejects "
        "every document: still no answer. I've tried chat, email and phone.\nDaniel Okafor\n"
        "Director of Legal Operations\nHarlow & Finch LLP",
        "service_failure",
        "en",
        "urgent ticket unanswered for nine days; a director is not C-level",
    ),
    (
        "",
        "Our migration to your new platform was due to go live on 1 April. Your project team has "
        "missed both milestone dates and hasn't sent a status update in three weeks. Our "
        "residents' services team keeps asking me for a new date and I have nothing to tell them.",
        "service_failure",
        "en",
        "missed milestones and no status updates",
    ),
    (
        "Dritte Mail von ihnen diese Woche.",
        "Wir haben vor drei Wochen ein Ticket wegen der fehlerhaften Lohnabrechnung eröffnet (Nr. "
        "55120) und seitdem keine einzige Antwort bekommen. Auch telefonisch erreichen wir "
        "niemanden. So geht das nicht.",
        "service_failure",
        "de",
        "ticket unanswered for three weeks; the defect is only its topic",
    ),
    (
        "",
        "Der vereinbarte Onboarding-Termin am Dienstag ist ohne jede Absage ausgefallen, niemand "
        "von Ihnen war in der Videokonferenz. Wir hatten extra fünf Mitarbeitende aus der "
        "Produktion dafür freigestellt.",
        "service_failure",
        "de",
        "missed onboarding, no cancellation",
    ),
    (
        "",
        "Euer Support hat unser Ticket kommentarlos geschlossen: keine Antwort, keine Rückfrage, "
        "einfach auf „erledigt“ gesetzt. Das Problem besteht weiterhin.\nJulia Brandt\n"
        "Teamleitung Empfang\nHotel Seeblick",
        "service_failure",
        "de",
        "ticket closed without an answer",
    ),
    (
        "",
        "Laut Vertrag garantieren Sie eine Verfügbarkeit von 99,5 %. Im September lag sie nach "
        "Ihrer eigenen Statusseite bei 97,8 %, und eine Erklärung dazu haben wir bis heute nicht "
        "erhalten. Wir erwarten eine schriftliche Stellungnahme.\nReferat Digitalisierung\nStadt "
        "Lindenau",
        "service_failure",
        "de",
        "uptime SLA breached, no explanation; no money asked",
    ),
    (
        "",
        "Cela fait deux semaines que notre ticket sur l'erreur de synchronisation est resté sans "
        "réponse. Nous avons relancé trois fois par e-mail et une fois par téléphone, sans "
        "résultat.",
        "service_failure",
        "fr",
        "ticket unanswered for two weeks despite reminders",
    ),
    (
        "Association, 200 bénévoles.",
        "Notre chargée de compte devait nous rappeler la semaine dernière pour organiser la "
        "formation des nouveaux bénévoles. Nous n'avons eu aucune nouvelle, alors que la "
        "formation était prévue pour ce samedi.",
        "service_failure",
        "fr",
        "promised callback and training set-up never happened",
    ),
    (
        "",
        "Pendant la panne de mardi, nous n'avons reçu aucune information de votre part : pas "
        "d'e-mail, rien sur la page de statut. C'est par nos propres clients que nous avons "
        "appris que le service était rétabli. Ce manque de communication n'est pas acceptable.",
        "service_failure",
        "fr",
        "no status updates during the outage; the complaint is communication",
    ),
    (
        "",
        "La réunion de lancement prévue avec votre équipe projet a été annulée deux fois la "
        "veille, et personne ne nous a proposé de nouvelle date. Notre mise en service est "
        "désormais bloquée.\nMarc Lefèvre\nResponsable logistique\nTransports Girard",
        "service_failure",
        "fr",
        "kickoff cancelled twice, no new date",
    ),
    (
        "",
        "Abrimos una incidencia hace diez días por el error al generar los albaranes y nadie nos "
        "ha contestado. Ni siquiera un acuse de recibo. ¿Hay alguien leyendo los tickets?",
        "service_failure",
        "es",
        "ticket unanswered for ten days; the defect is only its topic",
    ),
    (
        "Segunda vez que lo reclaman.",
        "Vuestro equipo de soporte cerró nuestra incidencia sin darnos ninguna respuesta. El "
        "problema sigue ahí y ni siquiera sabemos si alguien llegó a mirarlo.",
        "service_failure",
        "es",
        "ticket closed without an answer",
    ),
    (
        "",
        "La sesión de capacitación que teníamos agendada para el jueves no se realizó: el "
        "consultor nunca se conectó y nadie nos avisó. Teníamos a todo el equipo de recepción "
        "esperando.",
        "service_failure",
        "es",
        "trainer no-show, no notice",
    ),
    (
        "",
        "El contrato establece que las incidencias críticas se atienden en menos de dos horas. La "
        "nuestra, marcada como crítica, tardó dos días en recibir la primera respuesta. Queremos "
        "una explicación por escrito.",
        "service_failure",
        "es",
        "response-time SLA breached; asks for an explanation",
    ),
    (
        "",
        "Hola, desde que nuestra gestora de cuenta dejó vuestra empresa en enero nadie nos ha "
        "contactado, y las dos reuniones de seguimiento que teníamos previstas no se han "
        "celebrado. ¿Nos podéis decir quién es ahora nuestro interlocutor?",
        "service_failure",
        "es",
        "our account manager left without handover, planned meetings missed",
    ),
    (
        "",
        "We've been charged twice for the annual subscription this month: two identical debits of "
        "$14,400 on our corporate card, on 2 and 3 June. Please refund the duplicate.\nAccounts "
        "Payable\nGreenfield Dental Group",
        "commercial_dispute",
        "en",
        "double charge, refund",
    ),
    (
        "",
        "Our latest invoice bills us for 85 seats, but we deactivated 20 users in March and only "
        "65 are active. Can you correct the invoice before we pay it?",
        "commercial_dispute",
        "en",
        "seat count on our invoice",
    ),
    (
        "Renewal in six weeks.",
        "We've just received your renewal notice with a 22% price increase. Our contract caps "
        "increases at 5% per year. We won't sign at the new price.",
        "commercial_dispute",
        "en",
        "price rise against a contract cap; 'won't sign' is about the price",
    ),
    (
        "",
        "In April we agreed with your team that we'd receive a credit note for the two months the "
        "reporting module was unavailable to us. We still haven't received it, and the May "
        "invoice was charged in full.",
        "commercial_dispute",
        "en",
        "credit note not issued, invoice charged in full",
    ),
    (
        "",
        "We sent our notice of non-renewal on 15 September, but you've invoiced us for another "
        "year, saying the notice period is 90 days. Our signed order form says 60. Please cancel "
        "the invoice.",
        "commercial_dispute",
        "en",
        "notice period and an invoice; the decision to leave is already made",
    ),
    (
        "",
        "Your invoice INV-20931 includes a £2,500 'premium support' line that we never ordered. "
        "Please send a corrected invoice.\nSophie Grant\nHead of Finance\nMarlow Hotels Group",
        "commercial_dispute",
        "en",
        "invoice line never ordered; head of finance is not C-level",
    ),
    (
        "",
        "Our CFO is on leave until the 20th, so I'm handling supplier invoices this month. The "
        "March invoice is in USD although our contract is in EUR, and the conversion has cost us "
        "about €900. Can you reissue it in EUR?",
        "commercial_dispute",
        "en",
        "invoice currency vs contract; the CFO is only mentioned, demands nothing",
    ),
    (
        "",
        "We're a registered charity and sent you our VAT exemption certificate last year, but "
        "your invoices still add 20% VAT. Could you refund the VAT charged since January and "
        "update our account?",
        "commercial_dispute",
        "en",
        "our invoices to them charge VAT wrongly; refund",
    ),
    (
        "Customer since 2021, 40 seats.",
        "When we signed, your sales rep told us we could drop from 40 to 25 seats at any "
        "anniversary. Now we're told the minimum is 40 for the whole term. Please show us where "
        "that is written in our contract.",
        "commercial_dispute",
        "en",
        "seat minimum and contract terms",
    ),
    (
        "",
        "We cancelled the SMS credits add-on in February but were charged for it in both March "
        "and April. Please refund both months.",
        "commercial_dispute",
        "en",
        "charged after cancellation; refund",
    ),
    (
        "Third email from them this week.",
        "This is ridiculous. Three invoices in a row carry the wrong PO number, so our accounts "
        "department rejects them, and now your collections team is threatening to suspend our "
        "account for non-payment. Fix the PO number and call off collections.",
        "commercial_dispute",
        "en",
        "wrong PO on our invoices and payment collection",
    ),
    (
        "",
        "Your quote for adding our second plant was $18 per user per month, but the invoice shows "
        "$24. Please honour the quoted price.",
        "commercial_dispute",
        "en",
        "invoice price differs from the quote",
    ),
    (
        "",
        "Hello, could you split this year's invoice into two, one for the primary school and one "
        "for the secondary, as agreed when we renewed? Our finance office can't process it as a "
        "single invoice.",
        "commercial_dispute",
        "en",
        "invoice split agreed at renewal",
    ),
    (
        "",
        "A 15% increase in the middle of our contract is not something we agreed to. If you want "
        "us to stay, the price stays where it is until our term ends in 2026.",
        "commercial_dispute",
        "en",
        "mid-contract price rise; the threat to leave is about price",
    ),
    (
        "",
        "We were billed for twelve months of the analytics add-on, but it was only switched on "
        "for us in July. I'd like a prorated credit note for January to June.\nLaura Chen\n"
        "Director of Finance & Administration\nOakridge Community Health",
        "commercial_dispute",
        "en",
        "billed period vs activation, credit note; a director is not C-level",
    ),
    (
        "Startup plan, 8 users.",
        "We're on the startup plan, which your website lists at $99 a month for up to 10 users. "
        "We have 8 users but were charged $249 this month. What happened?",
        "commercial_dispute",
        "en",
        "charged more than the listed plan price",
    ),
    (
        "",
        "Your renewal draft adds a clause allowing you to change prices with 30 days' notice. "
        "That isn't in our current agreement, and our procurement team won't accept it. Please "
        "send a draft without it.",
        "commercial_dispute",
        "en",
        "contract terms in a renewal draft",
    ),
    (
        "",
        "Uns wurde die Jahreslizenz doppelt abgebucht, einmal am 1. und einmal am 3. des Monats. "
        "Bitte erstatten Sie den doppelten Betrag umgehend.",
        "commercial_dispute",
        "de",
        "double charge, refund",
    ),
    (
        "",
        "Unser Geschäftsführer ist diese Woche im Urlaub, deshalb kümmere ich mich darum: In der "
        "letzten Rechnung sind 120 Lizenzen berechnet, aktiv sind aber nur 95 Nutzer. Die 25 "
        "Kolleginnen und Kollegen aus dem Außendienst wurden bereits im Januar deaktiviert.",
        "commercial_dispute",
        "de",
        "licence count on our invoice; the managing director is only mentioned",
    ),
    (
        "Großkunde, Verlängerung im Januar.",
        "Die angekündigte Preiserhöhung um 18 % zum 1. Januar widerspricht unserem Vertrag, der "
        "höchstens 3 % pro Jahr vorsieht. Bitte bestätigen Sie uns, dass es beim vertraglich "
        "vereinbarten Preis bleibt.\nKatrin Möller\nLeitung Einkauf\nMöbelwerk Sauerland GmbH",
        "commercial_dispute",
        "de",
        "price rise against contract; Leitung Einkauf is not C-level",
    ),
    (
        "",
        "Für den zweiwöchigen Ausfall im Februar wurde uns eine Gutschrift zugesagt. Die ist bis "
        "heute nicht gekommen, und die Märzrechnung wurde trotzdem in voller Höhe abgebucht.",
        "commercial_dispute",
        "de",
        "promised credit note missing; the outage is past",
    ),
    (
        "",
        "Laut Vertrag verlängert sich unser Abo jeweils um 12 Monate. Ihr habt es jetzt aber um "
        "24 Monate verlängert und die Rechnung entsprechend gestellt. Bitte korrigiert Laufzeit "
        "und Rechnung.",
        "commercial_dispute",
        "de",
        "renewal term and invoice contrary to contract",
    ),
    (
        "",
        "Nous avons été facturés deux fois pour l'abonnement du mois d'octobre. Merci de procéder "
        "au remboursement du doublon dans les meilleurs délais.",
        "commercial_dispute",
        "fr",
        "double invoicing, refund",
    ),
    (
        "",
        "Votre dernière facture compte 40 utilisateurs, alors que notre contrat en prévoit 30 et "
        "que nous n'en avons jamais activé davantage. Pouvez-vous nous envoyer une facture "
        "rectifiée ?",
        "commercial_dispute",
        "fr",
        "user count on our invoice",
    ),
    (
        "Client depuis 2019.",
        "Vous nous aviez promis un avoir pour les frais de mise en service facturés par erreur. "
        "Trois mois plus tard, nous n'avons toujours rien reçu. Merci de nous l'adresser avant "
        "notre prochaine échéance.",
        "commercial_dispute",
        "fr",
        "credit note for wrongly invoiced fees",
    ),
    (
        "",
        "Une hausse de 12 % à la reconduction, sans aucune nouvelle fonctionnalité, est difficile "
        "à justifier auprès de notre service financier. Nous demandons le maintien du tarif "
        "actuel pour l'année à venir.\nIsabelle Roux\nResponsable des achats\nMairie de "
        "Saint-Aubin",
        "commercial_dispute",
        "fr",
        "price rise at renewal; 'nouvelle fonctionnalité' is an argument, not a request",
    ),
    (
        "",
        "Nos habéis cobrado dos veces la cuota de noviembre. Os adjunto el extracto bancario. Por "
        "favor, devolvednos el importe duplicado.",
        "commercial_dispute",
        "es",
        "double charge, refund",
    ),
    (
        "",
        "La factura de este trimestre incluye 15 licencias más de las que tenemos contratadas. "
        "Según nuestro contrato somos 50 usuarios, no 65.",
        "commercial_dispute",
        "es",
        "seat count on our invoice vs contract",
    ),
    (
        "Cuenta importante en México.",
        "Nos llegó el aviso de renovación con un aumento del 20 %. En la negociación del año "
        "pasado se acordó que el precio se mantendría durante tres años. Les pedimos respetar lo "
        "pactado.\nRicardo Ibarra\nGerente de Compras\nDistribuidora del Bajío",
        "commercial_dispute",
        "es",
        "price rise against an agreement; Gerente de Compras is not C-level",
    ),
    (
        "",
        "Solicitamos el reembolso del módulo de reservas online: lo dimos de baja en marzo y nos "
        "lo siguen cobrando cada mes. Ya son tres cuotas de 45 € cobradas de más.",
        "commercial_dispute",
        "es",
        "charged after cancellation; refund",
    ),
    (
        "",
        "I wanted to let you know personally that I'm leaving Harbor Logistics at the end of the "
        "month. I've been the main person pushing the platform here, and honestly I don't know "
        "who will own it after me. You might want to reach out to the team soon.",
        "relationship_at_risk",
        "en",
        "champion leaving, no owner after",
    ),
    (
        "",
        "I've been looking at our usage stats: only about a third of our stores logged in last "
        "month, down from nearly all of them in the spring. I'm not sure the regional managers "
        "see the value any more. Could we talk about how to turn that around?",
        "relationship_at_risk",
        "en",
        "falling usage, value in doubt, no problem named",
    ),
    (
        "Renewal in April.",
        "Heads-up: our new operations lead has asked us to compare three scheduling platforms, "
        "yours included, before the renewal. Nothing is wrong as such, it's just a fresh pair of "
        "eyes. I'd rather you heard it from me.",
        "relationship_at_risk",
        "en",
        "competitor evaluation with no problem named",
    ),
    (
        "",
        "We're merging with another school trust in September, and they use a different system. "
        "At this point I honestly can't say whether we'll renew with you next year.",
        "relationship_at_risk",
        "en",
        "merger makes renewal uncertain",
    ),
    (
        "",
        "Just so you know, the two people on our side who were trained as admins have both moved "
        "to other departments. Nobody is really using the reporting any more.",
        "relationship_at_risk",
        "en",
        "internal admins gone, usage dropped",
    ),
    (
        "Big account, renewal in March, please look.",
        "We've decided to pause the rollout to our remaining clinics while we review our digital "
        "strategy for next year. I can't promise anything about the renewal at this stage.",
        "relationship_at_risk",
        "en",
        "rollout paused, renewal in doubt, no problem named",
    ),
    (
        "",
        "I should be transparent: we had a demo from another vendor last week and some of the "
        "team liked it. I'm not unhappy with you, but I need to show my manager we've looked at "
        "the options before we renew.",
        "relationship_at_risk",
        "en",
        "competitor demo with no complaint",
    ),
    (
        "",
        "Our budget for next year is still being set, and every tool is being reviewed from "
        "scratch. I'll be honest: your platform is on the list of things that may not make the "
        "cut.\nAmir Haddad\nHead of Marketing\nLumen Retail",
        "relationship_at_risk",
        "en",
        "renewal in doubt in a tool review; no dispute about our price or terms",
    ),
    (
        "",
        "This is my last week at Fairview Dental; I've accepted a role elsewhere. My replacement "
        "starts in six weeks and, to be frank, she has used one of your competitors before and "
        "liked it.",
        "relationship_at_risk",
        "en",
        "champion leaving; the successor favours a competitor",
    ),
    (
        "Customer since 2017.",
        "Our lawyers have gone back to email and shared drives for most matters, and use of the "
        "workspace has dropped a lot since the summer. I don't think anything is broken; people "
        "just aren't in the habit.",
        "relationship_at_risk",
        "en",
        "falling usage with nothing broken",
    ),
    (
        "",
        "Our volunteer coordinators stopped using the app when the last season ended and haven't "
        "come back. I'm not sure we'll carry on with it next year if this continues.",
        "relationship_at_risk",
        "en",
        "usage stopped, renewal uncertain",
    ),
    (
        "",
        "Big news on our side: we've been acquired, and the parent company has its own customer "
        "support stack. No decisions yet, but I'd expect them to want everyone on the same tools "
        "eventually.",
        "relationship_at_risk",
        "en",
        "acquisition puts the account in doubt; 'support stack' is theirs",
    ),
    (
        "",
        "Our Ohio plant, which was your biggest user group here, closes in the autumn. The "
        "remaining sites have always been lukewarm about the system, so I'm not sure where that "
        "leaves us.",
        "relationship_at_risk",
        "en",
        "biggest user group disappearing, lukewarm remainder",
    ),
    (
        "Municipality, contract value around €60k a year.",
        "Our procurement rules require a public tender for any contract over €50,000, so the "
        "renewal will go out to tender in January. You're welcome to bid, but I can't say how it "
        "will turn out.",
        "relationship_at_risk",
        "en",
        "renewal goes to open competition; no dispute about terms",
    ),
    (
        "",
        "A quick note before our check-in: we've stopped using the forecasting module entirely, "
        "and the team mostly uses the tool for basic reporting now. I'd like an honest "
        "conversation about whether it still fits us.",
        "relationship_at_risk",
        "en",
        "falling usage, fit questioned, nothing named as broken or lacking",
    ),
    (
        "",
        "Our revenue manager, who championed the system, has resigned, and her successor prefers "
        "the tools she used at her previous hotel. We may be revisiting things in the new year.",
        "relationship_at_risk",
        "en",
        "champion gone, successor prefers another tool",
    ),
    (
        "",
        "Ich wollte euch vorwarnen: Ich wechsle zum 1. Juli in eine andere Firma. Ich war hier "
        "die treibende Kraft hinter der Einführung, und wer das Thema nach mir übernimmt, steht "
        "noch nicht fest.",
        "relationship_at_risk",
        "de",
        "champion leaving, no successor",
    ),
    (
        "",
        "Die Nutzung in unseren Filialen ist seit dem Frühjahr deutlich zurückgegangen, viele "
        "Teams arbeiten wieder mit Excel. Technische Probleme gibt es keine, es fehlt wohl "
        "einfach die Gewohnheit. Ob wir unter diesen Umständen verlängern, ist offen.",
        "relationship_at_risk",
        "de",
        "falling usage, renewal open, nothing broken",
    ),
    (
        "Verlängerung im Oktober.",
        "Kurze Info: Wir schauen uns gerade zwei andere Anbieter an, weil unser neuer "
        "Bereichsleiter das so möchte. Eigentlich sind wir mit euch zufrieden, aber die "
        "Entscheidung liegt nicht bei mir.",
        "relationship_at_risk",
        "de",
        "competitor evaluation with no problem; Bereichsleiter is not C-level",
    ),
    (
        "",
        "Unsere Praxis wird zum Jahresende Teil eines größeren MVZ, das bereits ein anderes "
        "System nutzt. Ob wir euch danach noch brauchen, kann ich im Moment nicht sagen.",
        "relationship_at_risk",
        "de",
        "merger into a group using another system; future in doubt",
    ),
    (
        "",
        "Je tenais à vous prévenir que je quitte l'association fin juin. C'est moi qui avais "
        "porté le projet en interne et, pour l'instant, personne n'a été désigné pour reprendre "
        "le suivi.",
        "relationship_at_risk",
        "fr",
        "champion leaving, no successor",
    ),
    (
        "",
        "Nous constatons que nos équipes utilisent de moins en moins la plateforme depuis la "
        "rentrée. Il n'y a aucun souci technique, mais les habitudes se perdent. Je ne suis pas "
        "certaine que nous renouvelions en l'état.",
        "relationship_at_risk",
        "fr",
        "falling usage, renewal uncertain, no problem named",
    ),
    (
        "Renouvellement en avril.",
        "En toute transparence, nous avons demandé une démonstration à un autre éditeur. Nous ne "
        "sommes pas mécontents de vous, mais nous devons comparer avant le renouvellement.",
        "relationship_at_risk",
        "fr",
        "competitor evaluation with no complaint",
    ),
    (
        "",
        "Notre cabinet fusionne avec un autre cabinet au printemps, et ils travaillent avec un "
        "outil concurrent. Il est probable qu'un seul des deux outils soit conservé.\nÉlodie "
        "Marchand\nResponsable des systèmes d'information\nCabinet Lavigne Avocats",
        "relationship_at_risk",
        "fr",
        "merger with a competitor's customer; renewal in doubt",
    ),
    (
        "",
        "Depuis le départ de notre responsable des réservations, plus personne ne se connecte "
        "vraiment à l'outil. Les nouveaux arrivants préfèrent leurs anciennes méthodes.",
        "relationship_at_risk",
        "fr",
        "champion gone, usage collapsed",
    ),
    (
        "",
        "Os escribo para avisaros de que dejo la empresa a final de mes. He sido yo quien ha "
        "defendido la herramienta aquí dentro, y todavía no sé quién se va a hacer cargo de ella.",
        "relationship_at_risk",
        "es",
        "champion leaving, no owner",
    ),
    (
        "Cliente desde 2020, 30 sedes.",
        "El uso de la plataforma ha caído bastante en los últimos meses; en algunas sedes ya casi "
        "nadie entra. No es que falle nada, simplemente la gente ha vuelto a sus hojas de cálculo.",
        "relationship_at_risk",
        "es",
        "falling usage with nothing broken",
    ),
    (
        "",
        "Les cuento que estamos evaluando otras dos soluciones antes de la renovación. No hay "
        "ninguna queja concreta; es una revisión que hacemos cada tres años con todos los "
        "proveedores.",
        "relationship_at_risk",
        "es",
        "competitor evaluation with no complaint",
    ),
    (
        "",
        "Con el cambio de proveedor informático del colegio se están revisando todas las "
        "herramientas, y la renovación con vosotros está en el aire. Os lo digo para que no os "
        "pille por sorpresa.",
        "relationship_at_risk",
        "es",
        "renewal in doubt in a tool review",
    ),
    (
        "",
        "Nuestro equipo de recepción ha cambiado casi por completo esta temporada y la gente "
        "nueva apenas usa el sistema. No sé si el año que viene seguiremos con vosotros.",
        "relationship_at_risk",
        "es",
        "staff turnover, usage down, renewal uncertain",
    ),
    (
        "",
        "I'm the CEO of Brightway Foods. For the third day running your order portal has been "
        "rejecting our wholesale orders, and we are losing significant business. I expect a call "
        "from your CEO today with a plan.\nDaniel Brooks\nChief Executive Officer\nBrightway Foods",
        "executive_intervention",
        "en",
        "customer CEO writes and asks for our CEO, about a defect",
    ),
    (
        "",
        "Copying our CFO, Maria Lopez, who has asked me to make clear that we will not pay the Q3 "
        "invoice until the duplicate charges are refunded. She expects a written answer by Friday.",
        "executive_intervention",
        "en",
        "CFO copied in to demand action on a billing matter",
    ),
    (
        "Third email from them this week.",
        "We've gone back and forth with your support and account teams for two months on the data "
        "migration. I'd now like to speak with the executive sponsor for our account on your "
        "side. Can you set up a call this week?",
        "executive_intervention",
        "en",
        "asks for our executive sponsor",
    ),
    (
        "",
        "I sit on the board of Riverside Community Clinic, and our staff have brought the "
        "scheduling outages to the board's attention. The board expects a remediation plan from "
        "your leadership before our meeting on the 14th.\nDr. Helen Ward\nBoard Member, Riverside "
        "Community Clinic",
        "executive_intervention",
        "en",
        "board member writes to demand action",
    ),
    (
        "",
        "Your team has missed our go-live date for the second time. As COO, I'm not prepared to "
        "accept a third. I want your Chief Revenue Officer on a call with me this week.\nMark "
        "Ellison\nChief Operating Officer\nNorthline Freight",
        "executive_intervention",
        "en",
        "COO writes and demands our CRO, about a missed go-live",
    ),
    (
        "Small account, 12 seats.",
        "I'm getting involved personally: our renewal quote is 30% higher than last year and "
        "nobody on your side can explain why. I expect a proposal reflecting what we agreed by "
        "Monday.\nSarah Quinn\nManaging Director\nQuinn Interiors Ltd",
        "executive_intervention",
        "en",
        "managing director writes to demand action on a price rise",
    ),
    (
        "",
        "I've been told our usage has dropped and that my team is looking at alternatives. Before "
        "we decide anything, I want a meeting with your CEO to understand where this partnership "
        "is going.\nPatrick Osei\nCEO, Lakeshore Schools Trust",
        "executive_intervention",
        "en",
        "customer CEO writes and asks for our CEO; relationship topic",
    ),
    (
        "",
        "Please send me the email address of your CEO. Nobody in your company seems able to "
        "correct our invoice, so I'm going to the top.",
        "executive_intervention",
        "en",
        "asks for our CEO, whatever the writer's rank",
    ),
    (
        "Hotel group, 14 properties.",
        "As CFO I need this resolved today: since Friday your payments module has been settling "
        "card transactions to the wrong bank account. Our controller opened ticket #9912, and I "
        "am now asking your executive team to take ownership.\nAlicia Moreno\nChief Financial "
        "Officer\nSunset Hotels",
        "executive_intervention",
        "en",
        "CFO writes to demand executive ownership of a defect",
    ),
    (
        "",
        "cc: Jordan Lee, our CEO. Jordan has asked to be kept on this thread and wants a date by "
        "which the reporting errors will be fixed. Please reply to all.",
        "executive_intervention",
        "en",
        "customer CEO copied in, demanding a fix date",
    ),
    (
        "",
        "Hi, founder and CEO of Stackwise here. We're a small customer, I know, but our API "
        "integration has been down for 48 hours, and I'd like someone senior on your side to own "
        "it. Could your CTO or VP of Engineering call me today?",
        "executive_intervention",
        "en",
        "customer CEO writes and asks for our executives",
    ),
    (
        "",
        "I'm the Chief Medical Officer at Lakeview Hospital. Since the weekend our clinicians "
        "can't see lab results in the patient timeline. This is a patient-safety issue, and I "
        "expect your leadership to call me within the hour.",
        "executive_intervention",
        "en",
        "C-level (CMO) writes to demand action",
    ),
    (
        "",
        "As chair of the board of Hope Harbor Foundation, I'm writing because I'm told the donor "
        "database has been unreliable for weeks. The board wants a named senior contact on your "
        "side and a written plan by the end of the month.",
        "executive_intervention",
        "en",
        "board chair writes to demand action",
    ),
    (
        "Renewal stuck since May.",
        "Could you please loop in your executive sponsor for our account? The renewal terms have "
        "been stuck for six weeks, and I think it now needs someone with authority on your side.\n"
        "Owen Phillips\nHead of Procurement\nCastlegate Manufacturing",
        "executive_intervention",
        "en",
        "asks for our executive sponsor, though the topic is contract terms",
    ),
    (
        "",
        "I've copied our CEO because last night's data loss affected our own customers directly. "
        "We expect a full incident report and a call with your leadership by tomorrow.\nKevin "
        "Nash\nCTO, Parcelly",
        "executive_intervention",
        "en",
        "CTO writes and copies the CEO to demand action",
    ),
    (
        "",
        "As Chief Operating Officer of Hale & Moreno LLP, I'm asking for a meeting with your CEO. "
        "Our attorneys haven't had a working calendar sync for a month, and I'm told your support "
        "team has stopped replying.",
        "executive_intervention",
        "en",
        "COO writes and asks for our CEO; topic is a defect and support",
    ),
    (
        "",
        "Als Geschäftsführer erwarte ich, dass die doppelt abgebuchten 8.400 € bis Freitag wieder "
        "auf unserem Konto sind. Andernfalls übergebe ich die Angelegenheit unserem Anwalt.\n"
        "Thomas Becker\nGeschäftsführer\nBecker Metallbau GmbH",
        "executive_intervention",
        "de",
        "managing director writes to demand a refund",
    ),
    (
        "Gemeinnütziger Verein, seit 2018 Kunde.",
        "Ich schreibe Ihnen als Vorstandsvorsitzende unseres Vereins. Die wiederholten Ausfälle "
        "der Spendenplattform haben unserer Weihnachtskampagne erheblich geschadet. Ich bitte "
        "noch in dieser Woche um ein Gespräch mit Ihrer Geschäftsführung.",
        "executive_intervention",
        "de",
        "board chair writes and asks for our management",
    ),
    (
        "",
        "Ich habe unseren CEO, Herrn Dr. Wagner, in Kopie gesetzt. Er erwartet bis morgen eine "
        "verbindliche Aussage, wann die falschen Lagerbestände korrigiert werden.",
        "executive_intervention",
        "de",
        "customer CEO copied in, demanding a date",
    ),
    (
        "",
        "Wir kommen mit eurem Support seit Wochen nicht weiter. Ich möchte die Sache jetzt direkt "
        "mit eurem Geschäftsführer besprechen, bitte schlagt mir einen Termin vor.",
        "executive_intervention",
        "de",
        "asks for our managing director",
    ),
    (
        "",
        "Als CFO der Kliniken Nordheide bestehe ich darauf, dass die vertraglich vereinbarte "
        "Preisbindung eingehalten wird. Bitte lassen Sie mir bis Ende der Woche ein korrigiertes "
        "Angebot zukommen.\nDr. Ingrid Hofmann\nCFO, Kliniken Nordheide",
        "executive_intervention",
        "de",
        "CFO writes to demand action on a price question",
    ),
    (
        "",
        "En tant que PDG, je ne peux plus accepter que nos commandes soient bloquées chaque lundi "
        "matin. J'attends un appel de votre directeur général avant jeudi.\nFrançois Meunier\n"
        "PDG, Meunier Distribution",
        "executive_intervention",
        "fr",
        "customer CEO (PDG) writes and asks for our CEO",
    ),
    (
        "Client important, renouvellement en juin.",
        "Je mets en copie notre directrice administrative et financière, qui demande que les "
        "frais facturés à tort soient remboursés avant la clôture du mois. Sans réponse d'ici "
        "vendredi, elle bloquera le paiement de vos prochaines factures.",
        "executive_intervention",
        "fr",
        "CFO (DAF) copied in to demand a refund",
    ),
    (
        "",
        "Après trois mois sans avancée sur notre déploiement, je souhaite que votre sponsor "
        "exécutif prenne le dossier en main. Pouvez-vous organiser un échange avec lui cette "
        "semaine ?",
        "executive_intervention",
        "fr",
        "asks for our executive sponsor",
    ),
    (
        "",
        "Je vous écris en tant que directrice générale de l'association. Notre responsable "
        "informatique nous quitte et l'utilisation de votre outil a fortement baissé. Avant de "
        "décider du renouvellement, je souhaite rencontrer votre direction.",
        "executive_intervention",
        "fr",
        "customer CEO writes and asks for our leadership; relationship topic",
    ),
    (
        "",
        "En tant que membre du conseil d'administration de la clinique, j'ai été saisi des "
        "plaintes de nos médecins sur la lenteur du logiciel. Le conseil exige un plan d'action "
        "écrit de votre direction d'ici quinze jours.",
        "executive_intervention",
        "fr",
        "board member writes to demand action",
    ),
    (
        "",
        "Como director general de la empresa, exijo una solución inmediata: llevamos una semana "
        "sin poder facturar a nuestros clientes desde vuestra plataforma. Quiero hablar hoy mismo "
        "con vuestro CEO.\nJavier Ortega\nDirector General\nOrtega Logística",
        "executive_intervention",
        "es",
        "customer CEO writes and asks for our CEO, about a defect",
    ),
    (
        "",
        "Pongo en copia a nuestra directora financiera (CFO), que pide que se anule la subida de "
        "precio antes de aprobar la renovación. Sin esa confirmación no firmaremos.",
        "executive_intervention",
        "es",
        "CFO copied in to demand action on a price rise",
    ),
    (
        "Tercer correo esta semana.",
        "Ya hemos hablado con soporte, con nuestro gestor de cuenta y con su responsable, y nadie "
        "resuelve nada. Solicito una reunión esta misma semana con su CEO o con el sponsor "
        "ejecutivo de nuestra cuenta.",
        "executive_intervention",
        "es",
        "asks for our CEO or executive sponsor",
    ),
    (
        "",
        "Les escribe el consejero delegado del hotel. No voy a tolerar otro fin de semana sin "
        "sistema de reservas. Espero un plan por escrito de su dirección antes del lunes.",
        "executive_intervention",
        "es",
        "CEO (consejero delegado) writes to demand action",
    ),
]
