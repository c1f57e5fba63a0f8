"""Hand-written situations and tones for bench/eval_set_b/ (see bench/gen_eval_set_b.py).

Each situation is one customer problem, written tone-neutral, with its category and
severity decided from routing/definitions.md (defs-1) when it was written; the tone blocks
carry the sentiment. The generator combines them, so the labels are fixed before any
drafter sees the text. All companies, people and figures are invented.
"""

from __future__ import annotations

from typing import NamedTuple


class Situation(NamedTuple):
    slug: str
    lang: str
    category: str
    severity: str
    company: str
    domain: str
    person: str
    subject: str
    note: str  # the CSM's note on top of the forward
    core: str  # the customer's first message, tone-neutral
    facts: tuple[str, ...]  # figures that must survive into the brief (verbatim in text)
    ours: str = ""  # a reply from our side (support or CSM), used in longer threads
    why: str = ""  # the sentence/criterion that decided category and severity


S = Situation
SITUATIONS: tuple[Situation, ...] = (
    S(
        "tollway_gps_gaps",
        "en",
        "product_defect",
        "high",
        "Tollway Haulage",
        "tollway.example",
        "Marcus Webb",
        "Truck positions missing since 4.2",
        "Tollway's telematics feed drops positions for part of the fleet since 4.2.",
        "Since the 4.2 firmware went out, about 180 of our 640 trucks stop reporting GPS positions "
        "for hours at a time. Dispatch is phoning drivers to find out where they are. Ticket "
        "#71804 has the device IDs.",
        ("4.2", "180", "#71804"),
        "We rolled back two pilot trucks to 4.1 and they report normally again; a fix is being "
        "tested.",
        "important function broken for many users, workaround by phone",
    ),
    S(
        "clinicflow_double_booking",
        "en",
        "product_defect",
        "critical",
        "Elm Street Clinics",
        "elmstreetclinics.example",
        "Dr. Priya Nair",
        "Double bookings in patient scheduler",
        "Elm Street's scheduler is double-booking patients across all 9 clinics. They stopped "
        "online booking.",
        "Since yesterday morning the scheduler gives the same slot to two patients. It has "
        "happened 212 times across our 9 clinics and we had to switch off online booking "
        "completely. Reception is rebooking by phone.",
        ("212", "9 clinics"),
        "",
        "production unusable for most users, bookings stopped",
    ),
    S(
        "ledgerly_vat_rounding",
        "en",
        "product_defect",
        "low",
        "Ledgerly Books",
        "ledgerly.example",
        "Sam Okafor",
        "VAT line rounds differently on PDF",
        "Small one from Ledgerly: PDF shows VAT rounded differently from the screen.",
        "On invoice PDFs the VAT line shows 19.99 where the screen shows 20.00. The totals are "
        "right, it is only the displayed VAT line on the PDF. Noticed on INV-2291.",
        ("INV-2291", "19.99"),
        "",
        "cosmetic display difference, totals correct",
    ),
    S(
        "harvest_sync_slow",
        "en",
        "product_defect",
        "medium",
        "Green Acre Co-op",
        "greenacre.example",
        "Linda Marsh",
        "Field app sync takes ages",
        "Green Acre's field app takes minutes to sync, there is a workaround (Wi-Fi at the depot).",
        "Syncing the field app over mobile data takes 6 to 8 minutes per tablet since last "
        "month. On the depot Wi-Fi it is fine, so our 35 agronomists sync there at the end of "
        "the day.",
        ("6 to 8 minutes", "35"),
        "",
        "real problem with a workaround, no deadline",
    ),
    S(
        "vaultline_export_wiped",
        "en",
        "product_defect",
        "critical",
        "Vaultline Legal",
        "vaultline.example",
        "Hugo Brandt",
        "Matter notes overwritten after import",
        "Vaultline lost matter notes: the bulk import overwrote 3,100 records. Data loss.",
        "The bulk import we ran on Monday overwrote the notes on 3,100 client matters with "
        "empty values. Our associates cannot see their case history. We need the previous "
        "versions restored from your backups.",
        ("3,100",),
        "Support confirmed the overwrite and is preparing a restore from the nightly backup.",
        "data lost",
    ),
    S(
        "pulse_ssl_cert",
        "en",
        "product_defect",
        "critical",
        "Pulse Fitness",
        "pulsefit.example",
        "Ana Ruiz",
        "Member app shows certificate error",
        "Pulse Fitness member app is down for everyone: expired certificate on our side.",
        "Since 06:00 every member opening the app gets a certificate error and cannot check "
        "in. That is all 41 studios. Front desks are writing names on paper.",
        ("41 studios", "06:00"),
        "",
        "production down for all users",
    ),
    S(
        "atlas_pdf_signature",
        "en",
        "product_defect",
        "medium",
        "Brookside Realty",
        "brookside.example",
        "Owen Clarke",
        "Signatures land on wrong page",
        "Brookside: e-signature fields move to the wrong page on long contracts. Workaround known.",
        "On contracts longer than 40 pages the signature field lands on the page before the one "
        "we placed it on. Our agents move it back by hand before sending, which works but costs "
        "time. Envelope ENV-55812 is an example.",
        ("40 pages", "ENV-55812"),
        "",
        "problem with a manual workaround",
    ),
    S(
        "fleetcare_audit_gap",
        "en",
        "product_defect",
        "high",
        "Harbourline Ferries",
        "harbourline.example",
        "Grace Holm",
        "Maintenance log missing entries before audit",
        "Harbourline: maintenance log export misses entries, maritime audit on 14 May.",
        "The maintenance log export leaves out every entry made from the mobile app, about 15 % "
        "of the records. Our maritime safety audit is on 14 May and the inspector needs a "
        "complete log.",
        ("15 %", "14 May"),
        "",
        "audit at risk",
    ),
    S(
        "roster_timezone",
        "en",
        "product_defect",
        "medium",
        "Northgate Care Homes",
        "northgatecare.example",
        "Beth Adeyemi",
        "Shift times one hour off",
        "Northgate: shifts show one hour off since the clock change for night staff.",
        "Since the clock change, night shifts in the roster show one hour later than planned. "
        "Managers correct the 23 affected shifts each week by hand.",
        ("23",),
        "",
        "workaround by hand, no deadline",
    ),
    S(
        "quill_typo_footer",
        "en",
        "product_defect",
        "low",
        "Quill & Ink Publishing",
        "quillink.example",
        "Nora Finch",
        "Typo in reader newsletter footer",
        "Quill spotted a typo in the newsletter footer template. Low.",
        "Tiny thing: the footer of the reader newsletter says 'unsubcribe'. Could you correct the "
        "template when you get a chance?",
        ("unsubcribe",),
        "",
        "cosmetic",
    ),
    S(
        "metro_api_500",
        "en",
        "product_defect",
        "high",
        "Metro Parcel",
        "metroparcel.example",
        "Jonas Vik",
        "Label API returning 500s",
        "Metro Parcel's label API calls fail about 1 in 5 with HTTP 500. They retry.",
        "Roughly one in five calls to the shipping label endpoint returns HTTP 500 since "
        "Thursday. Our retries get most labels through but the evening peak of 12,000 parcels "
        "now finishes two hours late.",
        ("HTTP 500", "12,000"),
        "",
        "important function broken, retries as workaround",
    ),
    S(
        "canvas_grades_lost",
        "en",
        "product_defect",
        "critical",
        "Riverbend School District",
        "riverbend.example",
        "Tom Alvarez",
        "Grades disappeared from gradebook",
        "Riverbend: term grades vanished for 3 schools after the sync. Report cards due.",
        "After last night's roster sync, term grades for 3 of our schools are gone from the "
        "gradebook, about 4,800 students. Teachers cannot see what they entered.",
        ("4,800", "3 of our schools"),
        "",
        "data lost",
    ),
    S(
        "lumen_dark_mode",
        "en",
        "feature_gap",
        "low",
        "Lumen Studio",
        "lumenstudio.example",
        "Kai Moreno",
        "Dark mode for the editor?",
        "Lumen asks whether dark mode is on the roadmap. Nice to have.",
        "Our designers asked me whether a dark mode for the editor is planned. Nice to have, "
        "nothing depends on it.",
        ("dark mode",),
        "",
        "nice to have",
    ),
    S(
        "orbit_scim_groups",
        "en",
        "feature_gap",
        "medium",
        "Orbit Insurance Brokers",
        "orbitbrokers.example",
        "Fatima Zahra",
        "SCIM group provisioning",
        "Orbit needs SCIM group push from Okta; we only do users today.",
        "We provision users from Okta through SCIM, but your app does not support group push, so "
        "our IT adds 300 people to teams by hand every quarter. Is group provisioning planned?",
        ("SCIM", "300"),
        "",
        "missing feature that matters, no deadline",
    ),
    S(
        "terra_offline_mode",
        "en",
        "feature_gap",
        "high",
        "TerraBuild",
        "terrabuild.example",
        "Ian McRae",
        "Offline mode needed for tunnel sites",
        "TerraBuild's tunnel project go-live on 1 June needs offline forms, which we lack.",
        "Our inspectors work in tunnels with no signal. Without offline forms we cannot roll "
        "the app out to the Northline tunnel project, whose go-live is 1 June. Is offline "
        "capture on your roadmap before then?",
        ("1 June", "Northline"),
        "",
        "go-live at risk",
    ),
    S(
        "museo_multilingual",
        "en",
        "feature_gap",
        "medium",
        "Harbour Museum Trust",
        "harbourmuseum.example",
        "Elena Costa",
        "Audio guide in more than two languages",
        "Museum wants more than two languages per audio guide stop.",
        "The audio guide only allows two languages per stop. Our summer exhibition needs "
        "English, Welsh and Polish. Could you tell us whether a third language is possible?",
        ("three", "Welsh"),
        "",
        "missing feature, no hard deadline",
    ),
    S(
        "pantry_export_api",
        "en",
        "feature_gap",
        "low",
        "Pantry Foods",
        "pantryfoods.example",
        "Gus Lindqvist",
        "CSV export of supplier list",
        "Pantry asks about CSV export for suppliers. Question only.",
        "Quick question: is there a way to export the supplier list as CSV? We can copy it by "
        "hand for now, it is about 60 rows.",
        ("CSV", "60 rows"),
        "",
        "a question",
    ),
    S(
        "crest_sla_ignored",
        "en",
        "service_failure",
        "high",
        "Crestview Hotels",
        "crestviewhotels.example",
        "Rosa Delgado",
        "Tickets unanswered for two weeks",
        "Crestview: three tickets without any reply for 2 weeks; our SLA is 1 business day.",
        "We opened tickets #40211, #40215 and #40290 two weeks ago and nobody has replied. Our "
        "contract says first response within 1 business day.",
        ("#40211", "1 business day"),
        "",
        "our people failed repeatedly",
    ),
    S(
        "beacon_onboarding_noshow",
        "en",
        "service_failure",
        "medium",
        "Beacon Vet Group",
        "beaconvet.example",
        "Claire Dubois",
        "Onboarding session missed",
        "Beacon: our trainer did not show up for their onboarding session on Tuesday.",
        "Your trainer did not join our onboarding session on Tuesday at 10:00. Eight clinic "
        "managers waited 30 minutes. Can we get a new date?",
        ("10:00", "Eight"),
        "",
        "one missed session, rebooking possible",
    ),
    S(
        "summit_outage_comms",
        "en",
        "service_failure",
        "high",
        "Summit Ticketing",
        "summittix.example",
        "Derek Osei",
        "No status updates during outage",
        "Summit: during Saturday's outage nobody updated the status page for 5 hours.",
        "During Saturday's outage your status page said all systems operational for 5 hours "
        "while our box offices could not sell. We heard nothing from support until Monday.",
        ("5 hours",),
        "",
        "SLA/uptime breach and no communication",
    ),
    S(
        "sprout_closed_ticket",
        "en",
        "service_failure",
        "medium",
        "Sprout Nurseries",
        "sproutnurseries.example",
        "Hannah Kerr",
        "Ticket closed without answer",
        "Sprout's ticket #88120 was closed without an answer.",
        "Ticket #88120 about the parent app login was closed as resolved, but nobody answered "
        "our question. We reopened it yesterday.",
        ("#88120",),
        "",
        "ticket closed without answer, nothing blocked",
    ),
    S(
        "kelp_invoice_double",
        "en",
        "commercial_dispute",
        "medium",
        "Kelp Analytics",
        "kelp.example",
        "Martin Rowe",
        "Charged twice for March",
        "Kelp was charged twice for March (EUR 4,350). They want a refund.",
        "Our card was charged twice for the March subscription, EUR 4,350 each time. Please "
        "refund the second charge.",
        ("EUR 4,350",),
        "",
        "billing dispute, no deadline",
    ),
    S(
        "arrow_seat_count",
        "en",
        "commercial_dispute",
        "medium",
        "Arrow Recruiting",
        "arrowrecruit.example",
        "Zoe Patel",
        "Billed for 150 seats, we use 90",
        "Arrow disputes the seat true-up: billed 150, they count 90 active.",
        "The renewal invoice bills 150 seats, but only 90 users logged in this year. We asked "
        "in January to reduce to 100. Please correct invoice INV-7710.",
        ("150", "INV-7710"),
        "",
        "seat-count dispute",
    ),
    S(
        "cedar_price_rise",
        "en",
        "commercial_dispute",
        "high",
        "Cedar Health Partners",
        "cedarhealth.example",
        "Paul Meyer",
        "32% price increase at renewal",
        "Cedar got a 32% increase in the renewal quote; renewal is on 30 June.",
        "The renewal quote is 32% higher than this year, USD 212,000 instead of USD 160,000. "
        "Our budget was approved on last year's price and the renewal is due 30 June.",
        ("32%", "USD 212,000", "30 June"),
        "",
        "renewal at risk over money",
    ),
    S(
        "mason_credit_note",
        "en",
        "commercial_dispute",
        "low",
        "Mason Architects",
        "masonarch.example",
        "Iris Walsh",
        "Credit note wording",
        "Mason asks for the credit note to name the project. Small admin thing.",
        "Could the credit note CN-301 mention the project name for our accountant? The amount "
        "is fine.",
        ("CN-301",),
        "",
        "admin request",
    ),
    S(
        "solace_champion_leaving",
        "en",
        "relationship_at_risk",
        "high",
        "Solace Energy",
        "solace.example",
        "Victor Lang",
        "Our project lead is leaving",
        "Solace: our champion Victor leaves on 31 May, renewal in July, no successor named.",
        "I wanted you to hear it from me: I am leaving Solace at the end of May. Nobody has "
        "been named to own the platform after me, and the renewal comes up in July.",
        ("31 May", "July"),
        "",
        "champion leaving before renewal",
    ),
    S(
        "ridge_usage_drop",
        "en",
        "relationship_at_risk",
        "medium",
        "Ridgeway Logistics",
        "ridgeway.example",
        "Amy Chen",
        "Fewer planners using the tool",
        "Ridgeway's weekly active users dropped from 220 to 90 since January.",
        "Our planners have gone back to spreadsheets: weekly users fell from 220 to 90 since "
        "January. The new ops director prefers what he knows.",
        ("220", "90"),
        "",
        "falling usage, no threat",
    ),
    S(
        "nimbus_competitor_pilot",
        "en",
        "relationship_at_risk",
        "high",
        "Nimbus Airlines Catering",
        "nimbuscatering.example",
        "Felix Gruber",
        "Running a pilot with another vendor",
        "Nimbus is piloting a competitor in two kitchens for 8 weeks.",
        "Our operations team has started an 8-week pilot of a competing kitchen system in two "
        "of our kitchens. The outcome will feed into the renewal decision.",
        ("8-week", "two"),
        "",
        "competitor evaluation, renewal at risk",
    ),
    S(
        "opal_exec_ceo",
        "en",
        "executive_intervention",
        "high",
        "Opal Pharmacy Chain",
        "opalpharmacy.example",
        "Margaret Liu",
        "Letter from our CEO",
        "Opal's CEO wrote to our CEO about the prescription sync problems. Please loop in the CRO.",
        "I am writing as CEO of Opal Pharmacy. Our 120 branches have had prescription sync "
        "delays for three weeks. I would like to speak with your CEO this week.",
        ("120", "CEO"),
        "",
        "customer CEO asks for our CEO",
    ),
    S(
        "granite_board",
        "en",
        "executive_intervention",
        "critical",
        "Granite Payments",
        "granitepay.example",
        "Robert Haines",
        "Board asking about the settlement outage",
        "Granite: settlement files not generated since last night, their board is asking. P1.",
        "As CFO of Granite Payments I have to explain to our board why no settlement files were "
        "produced last night. 14,000 merchants have not been paid. I need your executive "
        "sponsor on a call today.",
        ("14,000", "CFO"),
        "",
        "payments not going out, executive involvement",
    ),
    S(
        "willow_exec_sponsor",
        "en",
        "executive_intervention",
        "high",
        "Willow Universities",
        "willowuni.example",
        "Prof. Adam Reid",
        "Request for executive sponsor",
        "Willow's Vice-Chancellor wants an executive sponsor before they sign the extension.",
        "Our Vice-Chancellor asked me to request an executive sponsor from your side before we "
        "sign the 3-year extension. The contract value is GBP 480,000.",
        ("GBP 480,000", "3-year"),
        "",
        "executive involvement, contract at stake",
    ),
    S(
        "zeno_security_leak",
        "en",
        "product_defect",
        "critical",
        "Zeno HR",
        "zenohr.example",
        "Laura Becker",
        "Employees see other employees' payslips",
        "Zeno HR reports a security breach: employees can open other people's payslips.",
        "This morning two employees told us they could open other employees' payslips by "
        "changing the number in the link. We have switched off the payslip portal for all "
        "2,600 staff.",
        ("2,600", "payslip"),
        "",
        "security/privacy breach",
    ),
    # German
    S(
        "de_kraft_export",
        "de",
        "product_defect",
        "high",
        "Kraft Maschinenbau",
        "kraftmb.example",
        "Stefan Kraft",
        "Export nach DATEV bricht ab",
        "Kraft: DATEV-Export bricht seit dem Update ab, Monatsabschluss am 5. steht an.",
        "Seit dem Update auf 8.1 bricht der Export nach DATEV bei etwa 2.000 Buchungen ab. "
        "Wir teilen den Export jetzt in kleine Pakete, das dauert aber einen halben Tag. Der "
        "Monatsabschluss ist am 5.",
        ("8.1", "2.000"),
        "",
        "wichtige Funktion gestört, Umgehung vorhanden, Termin in Gefahr",
    ),
    S(
        "de_alpen_rechnung",
        "de",
        "commercial_dispute",
        "medium",
        "Alpenblick Hotels",
        "alpenblick.example",
        "Maria Huber",
        "Rechnung doppelt",
        "Alpenblick: Rechnung RE-4410 wurde zweimal abgebucht.",
        "Die Rechnung RE-4410 über 2.980 EUR wurde zweimal von unserem Konto abgebucht. Bitte "
        "erstatten Sie den doppelten Betrag.",
        ("RE-4410", "2.980 EUR"),
        "",
        "Abrechnungsstreit ohne Frist",
    ),
    S(
        "de_stadt_support",
        "de",
        "service_failure",
        "high",
        "Stadtwerke Lindau",
        "swlindau.example",
        "Jürgen Weiß",
        "Keine Antwort vom Support",
        "Stadtwerke: seit 10 Tagen keine Antwort auf Ticket #61022.",
        "Unser Ticket #61022 ist seit 10 Tagen offen, niemand hat sich gemeldet. Laut Vertrag "
        "gilt eine Reaktionszeit von 4 Stunden.",
        ("#61022", "4 Stunden"),
        "",
        "Support hat wiederholt versagt",
    ),
    S(
        "de_praxis_feature",
        "de",
        "feature_gap",
        "low",
        "Praxisnetz Süd",
        "praxisnetz.example",
        "Dr. Anna Vogel",
        "Terminerinnerung per SMS",
        "Praxisnetz fragt nach SMS-Erinnerungen. Nicht dringend.",
        "Gibt es Pläne, Terminerinnerungen auch per SMS zu verschicken? Die E-Mail-Erinnerung "
        "funktioniert gut, SMS wäre für ältere Patienten schön.",
        ("SMS",),
        "",
        "Frage nach Funktion",
    ),
    S(
        "de_logistik_ausfall",
        "de",
        "product_defect",
        "critical",
        "Nordlicht Logistik",
        "nordlicht.example",
        "Klaus Petersen",
        "Lagerverwaltung komplett ausgefallen",
        "Nordlicht: Lagerverwaltung seit 7 Uhr komplett down, 3 Lager stehen still. P1.",
        "Seit 7 Uhr ist die Lagerverwaltung nicht erreichbar. In allen 3 Lagern steht die "
        "Kommissionierung still, 140 Mitarbeiter warten.",
        ("3 Lager", "140"),
        "",
        "Produktion steht",
    ),
    # French
    S(
        "fr_boulange_facture",
        "fr",
        "commercial_dispute",
        "medium",
        "Boulangeries Martin",
        "bmartin.example",
        "Sophie Martin",
        "Facture incorrecte",
        "Boulangeries Martin conteste la facture FA-2210 (licences en trop).",
        "La facture FA-2210 compte 45 licences alors que nous en utilisons 30 depuis janvier. "
        "Merci de nous envoyer un avoir.",
        ("FA-2210", "45"),
        "",
        "litige de facturation",
    ),
    S(
        "fr_transport_panne",
        "fr",
        "product_defect",
        "critical",
        "TransAlpes",
        "transalpes.example",
        "Luc Bernard",
        "Plus aucune réservation possible",
        "TransAlpes : le moteur de réservation est en panne totale depuis ce matin.",
        "Depuis 8h ce matin, plus aucun client ne peut réserver sur notre site. Nous perdons "
        "environ 900 réservations par jour.",
        ("900", "8h"),
        "",
        "production à l'arrêt",
    ),
    S(
        "fr_mutuelle_roadmap",
        "fr",
        "feature_gap",
        "medium",
        "Mutuelle Horizon",
        "mhorizon.example",
        "Claire Petit",
        "Signature électronique qualifiée",
        "Mutuelle Horizon demande la signature qualifiée eIDAS.",
        "Votre outil ne prend pas en charge la signature électronique qualifiée (eIDAS). Nos "
        "contrats d'adhésion l'exigent à partir de septembre. Est-ce prévu ?",
        ("eIDAS", "septembre"),
        "",
        "fonction manquante importante",
    ),
    S(
        "fr_ecole_depart",
        "fr",
        "relationship_at_risk",
        "high",
        "Groupe Scolaire Lumière",
        "gslumiere.example",
        "Marc Lefèvre",
        "Départ de notre référent",
        "GS Lumière : notre référent part en juin, renouvellement en septembre.",
        "Je quitte le groupe scolaire fin juin. Personne n'a encore été désigné pour reprendre "
        "l'outil et le renouvellement arrive en septembre.",
        ("juin", "septembre"),
        "",
        "champion qui part avant le renouvellement",
    ),
    # Spanish
    S(
        "es_bodega_sync",
        "es",
        "product_defect",
        "high",
        "Bodegas Sierra",
        "bsierra.example",
        "Javier Ortega",
        "Pedidos duplicados en la tienda",
        "Bodegas Sierra: la sincronización duplica pedidos desde la versión 3.6.",
        "Desde la versión 3.6 la sincronización con la tienda online duplica pedidos. Llevamos "
        "340 pedidos duplicados esta semana y los anulamos a mano.",
        ("3.6", "340"),
        "",
        "función importante rota, arreglo manual",
    ),
    S(
        "es_clinica_soporte",
        "es",
        "service_failure",
        "medium",
        "Clínica Dental Sol",
        "clinicasol.example",
        "Lucía Romero",
        "Sin respuesta del soporte",
        "Clínica Sol: ticket #90455 sin respuesta desde hace una semana.",
        "Abrimos el ticket #90455 hace una semana sobre los recordatorios y nadie nos ha "
        "contestado.",
        ("#90455",),
        "",
        "ticket sin respuesta, nada bloqueado",
    ),
    S(
        "es_cadena_precio",
        "es",
        "commercial_dispute",
        "high",
        "Cadena Hoteles Mar",
        "hotelesmar.example",
        "Andrés Vidal",
        "Subida de precio en la renovación",
        "Hoteles Mar: subida del 25% en la renovación del 1 de julio.",
        "La oferta de renovación sube un 25%, de 90.000 EUR a 112.500 EUR. La renovación es "
        "el 1 de julio y no tenemos ese presupuesto.",
        ("25%", "112.500 EUR"),
        "",
        "renovación en riesgo",
    ),
    S(
        "es_ayto_ceo",
        "es",
        "executive_intervention",
        "high",
        "Ayuntamiento de Olmedo",
        "olmedo.example",
        "Carmen Ruiz",
        "Carta de la alcaldesa",
        "Olmedo: la alcaldesa pide hablar con nuestro CEO por los retrasos del portal.",
        "Le escribo en nombre de la alcaldesa. El portal de trámites lleva dos semanas con "
        "retrasos y quiere hablar directamente con su CEO esta semana.",
        ("CEO", "dos semanas"),
        "",
        "implicación de la dirección",
    ),
)

# Tone blocks: the sentiment, written per language. Several phrasings per level, including
# borderline ones (anger without the word, churn implied through the renewal).
TONES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "calm": (
            "No rush on this, whenever your team has a moment.",
            "Thanks in advance, let me know if you need anything from us.",
            "Just flagging it so it is on your radar.",
            "Happy to jump on a call if that is easier.",
        ),
        "concerned": (
            "I am a bit worried about how this will look to our auditors.",
            "We are getting nervous as the date gets closer.",
            "This makes me uneasy, since our busiest week starts soon.",
            "I would feel better knowing someone owns this.",
        ),
        "frustrated_but_patient": (
            "It has been a long three weeks, but I know your engineers are on it and we can "
            "live with the workaround for a little longer.",
            "Honestly this is wearing thin with my team. That said, I appreciate the updates "
            "and we will keep working with you on it.",
            "We are disappointed it is taking this long, though I understand it is not a simple "
            "fix.",
            "This is the second time we have had to raise it. We are still keen to make this "
            "work, so please keep us posted.",
        ),
        "frustrated": (
            "This is the third time I am asking and I still have no answer.",
            "Frankly this is frustrating. We keep chasing and nothing moves.",
            "If this is not sorted by Friday I will take it to your management.",
            "We will have to review our contract terms if this keeps happening.",
            "I have sent the same screenshots twice now. Please read the ticket before asking "
            "again.",
        ),
        "angry": (
            "This is unacceptable. Who signed off on this release?",
            "I want a named engineer and a fix today, not another apology!!",
            "Your team has wasted a week of my staff's time. Fix it NOW and explain how this "
            "HAPPENED.",
            "Nobody on your side seems to care that our people cannot work. I expect a call "
            "from someone senior within the hour.",
        ),
        "threatening_churn": (
            "If this is not fixed this month we will not renew.",
            "We have started looking at other vendors.",
            "Our renewal decision will depend on how you handle this.",
            "I have been asked to prepare an exit plan in case this drags on.",
            "Frankly we are considering cancelling the subscription.",
        ),
    },
    "de": {
        "calm": (
            "Es eilt nicht, danke schon einmal.",
            "Melden Sie sich gerne, wenn Sie Fragen haben.",
        ),
        "concerned": (
            "Wir machen uns etwas Sorgen wegen des Termins.",
            "Das beunruhigt uns, weil bald die Prüfung ansteht.",
        ),
        "frustrated_but_patient": (
            "Das zieht sich jetzt schon lange, aber wir wissen, dass Ihr Team daran arbeitet.",
            "Wir sind enttäuscht, verstehen aber, dass es keine einfache Lösung gibt.",
        ),
        "frustrated": (
            "Ich frage jetzt zum dritten Mal und habe immer noch keine Antwort.",
            "Wenn sich bis Freitag nichts tut, wende ich mich an Ihre Geschäftsleitung.",
        ),
        "angry": (
            "Das ist absolut inakzeptabel. Ich erwarte heute einen Rückruf!!",
            "Ihr Team lässt uns komplett im Stich. Das ist unzumutbar.",
        ),
        "threatening_churn": (
            "Wenn das so bleibt, werden wir den Vertrag kündigen.",
            "Wir prüfen bereits andere Anbieter.",
        ),
    },
    "fr": {
        "calm": (
            "Rien d'urgent, merci d'avance.",
            "N'hésitez pas si vous avez besoin de précisions.",
        ),
        "concerned": (
            "Cela nous inquiète un peu avec l'échéance qui approche.",
            "Nous sommes préoccupés pour la suite.",
        ),
        "frustrated_but_patient": (
            "Cela dure depuis longtemps, mais je comprends que vos équipes y travaillent.",
            "Nous sommes déçus, mais nous restons disposés à trouver une solution avec vous.",
        ),
        "frustrated": (
            "C'est la troisième fois que je relance, toujours sans réponse.",
            "Si rien ne bouge d'ici vendredi, je remonterai le sujet à votre direction.",
        ),
        "angry": (
            "C'est inacceptable. J'exige une réponse aujourd'hui !!",
            "Votre équipe nous laisse tomber, c'est scandaleux.",
        ),
        "threatening_churn": (
            "Si cela continue, nous résilierons le contrat.",
            "Nous étudions déjà d'autres solutions chez un concurrent.",
        ),
    },
    "es": {
        "calm": ("No hay prisa, gracias de antemano.", "Quedo atento por si necesitan algo más."),
        "concerned": (
            "Nos preocupa un poco con la fecha tan cerca.",
            "Estamos algo inquietos por cómo afecta a la temporada.",
        ),
        "frustrated_but_patient": (
            "Esto ya dura demasiado, pero entiendo que su equipo está trabajando en ello.",
            "Estamos decepcionados, aunque seguimos dispuestos a colaborar.",
        ),
        "frustrated": (
            "Es la tercera vez que pregunto y sigo sin respuesta.",
            "Si no se soluciona antes del viernes, lo elevaré a su dirección.",
        ),
        "angry": (
            "Esto es inaceptable. Exijo una solución hoy mismo!!",
            "Su equipo nos ha dejado tirados, es un escándalo.",
        ),
        "threatening_churn": (
            "Si esto sigue así, no renovaremos el contrato.",
            "Ya estamos evaluando otros proveedores.",
        ),
    },
}

# Neutral follow-ups from the customer and replies from our side, for longer threads.
FOLLOW_UPS = {
    "en": (
        "Any news on this?",
        "Checking in on the above.",
        "Is there an update?",
        "We sent the logs you asked for yesterday.",
        "Adding my colleague for visibility.",
    ),
    "de": ("Gibt es schon Neuigkeiten?", "Wir haben die Logs gestern geschickt."),
    "fr": ("Avez-vous du nouveau ?", "Nous avons envoyé les journaux hier."),
    "es": ("¿Hay novedades?", "Ayer enviamos los registros que pidieron."),
}
OUR_REPLIES = {
    "en": (
        "Thanks, we are looking into it and will update you by Friday.",
        "Our engineers restarted the sync service and are watching it.",
        "We have escalated this to the product team and will report back on Monday.",
    ),
    "de": ("Danke, wir prüfen das und melden uns bis Freitag.",),
    "fr": ("Merci, nous analysons le problème et revenons vers vous vendredi.",),
    "es": ("Gracias, lo estamos revisando y les informamos el viernes.",),
}
