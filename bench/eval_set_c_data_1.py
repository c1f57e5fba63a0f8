"""eval_set_c situations, part 1: product defects (labels by hand from defs-1, blind).

Each Take's labels were decided from routing/definitions.md before the set was generated;
``sev_why``/``cat_why`` quote the thread's deciding words (the generator adds the defs-1
sentence). Borderline on purpose: ``manifest-charset`` is a defect the customer calls a
missing feature; ``overlay-flicker`` has a CSM "P3" that wins over a cosmetic report.
"""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

PART_1 = (
    Situation(
        "soil-probe-sync", "en", "Greenfurrow Agronomics", "greenfurrow-agro.com",
        "Hannah Osei|Head of Field Operations", "Probe readings not syncing since firmware 4.2",
        "2026-04-13",
        "Since the firmware 4.2 rollout on Friday, 212 of our 340 soil-moisture probes have "
        "stopped syncing to FieldSense. The dashboard shows their last reading from 10 April. "
        "Our irrigation schedules for the Lindale and Marsh Road farms run on those readings, so "
        "two agronomists are taking manual readings every morning instead. Ticket FS-77120 has "
        "the probe IDs.",
        "Greenfurrow's probes stopped syncing after 4.2; they are covering with manual readings. "
        "Can we get engineering on this today?",
        "Engineering has reproduced the sync failure on 4.2 and is preparing a patch; I'll "
        "confirm a date by Wednesday.",
        "product_defect", '"212 of our 340 soil-moisture probes have stopped syncing"',
        '"two agronomists are taking manual readings every morning instead": broken for many, '
        "painful workaround",
        ("firmware 4.2", "212", "FS-77120"),
        (Take("concerned", "high", 1,
              "[We're a bit worried about next week]: the heatwave forecast means the schedules "
              "need to be right, and manual readings won't scale to all fields."),
         Take("frustrated_but_patient", "high", 5,
              "It's now day six of manual readings and the team is tired of it, honestly. [That "
              "said, we know your engineers are on it and we'll keep the workaround going until "
              "the patch lands.]"),
         Take("threatening_churn", "high", 18,
              "We are well into week two now. [I have started pricing up what it would cost to "
              "move the probes to another platform before the season peaks.]",
              sev_why='"move the probes to another platform": a churn threat; the workaround '
              "still runs, so not critical")),
    ),
    Situation(
        "vet-double-booking", "de", "Tierarztpraxen Lindenhof GmbH", "lindenhof-tierarzt.de",
        "Sabine Krämer|Praxismanagerin", "Doppelbuchungen im Online-Terminkalender",
        "2026-05-04",
        "seit dem Update vom 28. April vergibt der Online-Terminkalender in unseren 9 Praxen "
        "Termine doppelt. Letzte Woche hatten wir 37 Doppelbuchungen, meistens bei "
        "OP-Vorgesprächen. Wir rufen die betroffenen Tierhalter jetzt jeden Morgen an und "
        "verlegen die Termine von Hand. Ticketnummer: VET-5521.",
        "Lindenhof (9 clinics) gets double bookings since the 28 April update; they re-book "
        "by phone every morning.",
        "Wir haben den Fehler nachgestellt; ein Fix ist für das Release am 12. Mai eingeplant.",
        "product_defect", '"vergibt der Online-Terminkalender ... Termine doppelt"',
        '"Wir rufen die betroffenen Tierhalter jetzt jeden Morgen an": broken for many, '
        "painful workaround",
        ("28. April", "37 Doppelbuchungen", "VET-5521", "9 Praxen"),
        (Take("concerned", "high", 2,
              "[Mir macht Sorge, dass es vor den Sommerferien noch mehr wird], dann sind die "
              "Praxen ohnehin voll."),
         Take("frustrated", "high", 6,
              "Ich frage jetzt zum dritten Mal, ob der Termin hält. [Das ist wirklich "
              "ärgerlich], meine Empfangskräfte telefonieren inzwischen eine Stunde am Tag "
              "hinterher."),
         Take("angry", "high", 14,
              "Sie haben uns einen Termin genannt, aber niemand kann mir sagen, ob er hält, und "
              "ausbaden müssen es unsere Tierhalter. [Das ist inakzeptabel.] Ich erwarte bis "
              "morgen eine verbindliche Zusage!!")),
    ),
    Situation(
        "manifest-charset", "en", "Nordkyst Shipping AS", "nordkyst-shipping.no",
        "Eirik Solberg|Documentation Manager",
        "Manifest export doesn't support Norwegian characters?", "2026-03-09",
        "It looks like your manifest export doesn't support Norwegian characters: consignee "
        "names with ø, å or æ come out as question marks in the EDI file (e.g. 'Tr?ndelag "
        "Fisk'). Norwegian customs rejected 14 manifests last week because of it. Is support "
        "for these characters planned? For now our clerks fix the names by hand in the EDI "
        "file before filing.",
        "Nordkyst asks whether Norwegian characters are 'planned' for the manifest export. "
        "Looks to me like the export mangles them, not a missing feature.",
        "",
        "product_defect", '"consignee names with ø, å or æ come out as question marks": wrong '
        'data, although the customer asks whether support is "planned"',
        '"our clerks fix the names by hand in the EDI file before filing": a workaround, '
        "no deadline",
        ("14 manifests", "EDI", "ø, å or æ"),
        (Take("calm", "medium", 1,
              "[No urgency from our side], the manual fix works, but it would be nice to "
              "know."),
         Take("frustrated", "medium", 2,
              "[This is getting tiresome]: every week the same hand edits, and I still have no "
              "answer whether anyone has even looked at it."),
         Take("threatening_churn", "high", 3,
              "If the export can't write our own language, [I have to ask whether this is the "
              "right system for a Norwegian carrier at all; the contract comes up in the autumn "
              "and this will weigh on it.]",
              sev_why='"the contract comes up in the autumn and this will weigh on it": the '
              "renewal at risk")),
    ),
    Situation(
        "ticket-shop-down", "en", "Harbourside Maritime Museum", "harbourside-museum.org.uk",
        "Claire Pennington|Head of Visitor Services",
        "URGENT: online ticket shop down on exhibition opening day", "2026-06-06",
        "Our online ticket shop has been down since 09:00 this morning: every checkout ends on "
        "'Error 502 - payment session could not be created'. Today is the opening day of the "
        "Shipwrecks exhibition and we had 1,800 timed tickets on sale; nobody can buy one "
        "online. The box office is selling at the door but the queue is round the building.",
        "Harbourside's ticket shop is down on their exhibition opening day. All online "
        "checkouts fail.",
        "Our on-call engineer is on the incident now; next update within 30 minutes.",
        "product_defect", '"every checkout ends on \'Error 502\'"',
        '"nobody can buy one online": orders not going out, now',
        ("09:00", "Error 502", "1,800 timed tickets", "Shipwrecks"),
        (Take("concerned", "critical", 1,
              "[I'm really worried about the afternoon slots], which are the busiest. Please "
              "call me on the number below as soon as you can."),
         Take("angry", "critical", 4,
              "Two hours and all we get is 'next update in 30 minutes'. [This is a disaster of "
              "your making], on the one day that matters most to us this year. I want an "
              "engineer on the phone with my IT lead NOW!!"),
         Take("threatening_churn", "critical", 7,
              "[We will be putting the ticketing contract out to tender after this.] Losing "
              "the opening day is not something we can shrug off.")),
    ),
    Situation(
        "lims-timestamps", "en", "Calloway Bioanalytics", "calloway-bio.com",
        "Ravi Menon|QA Lead", "LIMS: sample results saved with wrong timestamps", "2026-02-16",
        "After last night's LIMS maintenance window, 1,140 sample records from our stability "
        "study were re-saved with the timestamp of the migration (02:14) instead of their "
        "analysis time. The audit trail now shows them all as edited by the system user. These "
        "are GLP records; until they're corrected we cannot release any batch certificates. "
        "Reference: CAL-INC-3308.",
        "Calloway's LIMS records got overwritten timestamps in last night's maintenance. GLP "
        "data - they can't release batches.",
        "We've stopped the job that re-saved the records and are restoring the original "
        "timestamps from the 15 February backup; I'll confirm when the first batch is done.",
        "product_defect", '"1,140 sample records ... were re-saved with the timestamp of the '
        'migration"',
        '"we cannot release any batch certificates": data corrupted, work stopped now',
        ("1,140 sample records", "02:14", "CAL-INC-3308", "GLP"),
        (Take("concerned", "critical", 3,
              "[We're concerned about what our auditor will make of the audit trail] once this "
              "is fixed, so please keep a record of every step you take."),
         Take("frustrated", "critical", 8,
              "We were told 'first batch today' yesterday as well. [I'm tired of chasing this "
              "every few hours]; please just give us a realistic time."),
         Take("angry", "critical", 15,
              "[Your maintenance job corrupted regulated data and your team is treating it like "
              "a routine ticket.] I want a written root-cause report by Friday, not another "
              "'we're looking into it'.")),
    ),
    Situation(
        "overlay-flicker", "en", "Vantage Point Esports", "vantagepoint.gg",
        "Kai Moreno|Broadcast Producer", "Scoreboard overlay flickers when the round timer resets",
        "2026-07-20",
        "Small one: the scoreboard overlay flickers for about half a second every time the "
        "round timer resets to 1:55. It's only visible on the 60 fps output, and viewers "
        "haven't mentioned it. Version 3.8.1 of the overlay kit.",
        "Cosmetic flicker on Vantage Point's scoreboard overlay.",
        "",
        "product_defect", '"the scoreboard overlay flickers": broken, however small',
        "\"viewers haven't mentioned it\": cosmetic",
        ("1:55", "60 fps", "3.8.1"),
        (Take("calm", "low", 1, "[No rush at all], just wanted it on your list."),
         Take("frustrated_but_patient", "low", 2,
              "I reported the same flicker back in spring and it's still there, which is a bit "
              "of a letdown. [No drama though, we'll live with it until a fix comes round.]"),
         Take("concerned", "medium", 1,
              "[I'm slightly worried it gets worse when we move to 120 fps for the finals in "
              "September], so it would be good to know if it's on someone's radar.",
              plevel="P3", sev_why='the CSM wrote "P3", which wins for severity')),
    ),
    Situation(
        "xray-viewer-slow", "pt", "Clínicas Sorriso Atlântico", "sorrisoatlantico.pt",
        "Inês Carvalho|Diretora de Operações", "Visualizador de raio-X muito lento",
        "2026-10-05",
        "desde a atualização 5.1 o visualizador de raio-X demora cerca de 40 segundos a abrir "
        "cada imagem nas nossas 14 clínicas. Os dentistas estão a abrir as imagens no software "
        "do aparelho como alternativa, mas isso obriga a trocar de computador a meio da "
        "consulta.",
        "Sorriso Atlântico: X-ray viewer takes ~40s per image since 5.1 in all 14 clinics; "
        "dentists use the device software instead.",
        "Identificámos o problema no carregamento das imagens e a correção sai na versão 5.1.3.",
        "product_defect", '"demora cerca de 40 segundos a abrir cada imagem": slowness',
        '"obriga a trocar de computador a meio da consulta": important function broken in 14 '
        "clinics, painful workaround",
        ("40 segundos", "14 clínicas", "5.1"),
        (Take("frustrated_but_patient", "high", 2,
              "Não é o ideal e os dentistas queixam-se todos os dias, [mas percebemos que estão "
              "a tratar disso e aguentamos com a alternativa mais umas semanas]."),
         Take("frustrated", "high", 5,
              "Já é a terceira vez que pergunto quando sai a 5.1.3. [Isto está a tornar-se "
              "muito cansativo.]"),
         Take("angry", "high", 10,
              "[É inaceitável que uma atualização vossa nos tenha posto nesta situação] e que "
              "ninguém nos dê uma data. Exijo uma resposta concreta hoje!")),
    ),
    Situation(
        "patient-records-leak", "en", "Brightbay Dental Group", "brightbaydental.co.uk",
        "Owen Price|Practice Systems Manager",
        "Patients from another practice visible in our diary",
        "2026-08-24",
        "This morning reception staff at our Kingsway practice could see patient names, dates of "
        "birth and treatment notes belonging to another dental group in the appointment search. "
        "At least 23 patient records from 'Riverside Smiles' showed up. We have stopped using the "
        "search and told staff not to open anything, but we need to know how this happened and "
        "whether our own patients are visible to others. Our DPO has been informed.",
        "Possible data leak between tenants - Brightbay saw another customer's patients. "
        "Privacy team needs to be in on this.",
        "We've disabled cross-practice search for all tenants while security investigates; we "
        "will report findings by 18:00.",
        "product_defect", '"could see patient names ... belonging to another dental group"',
        '"patient names, dates of birth and treatment notes belonging to another dental group": '
        "a privacy breach",
        ("23 patient records", "Riverside Smiles", "Kingsway"),
        (Take("concerned", "critical", 1,
              "[I'm very concerned about our obligations here]; we may have to notify the ICO "
              "within 72 hours, so we need facts quickly."),
         Take("angry", "critical", 4,
              "[You exposed our patients' medical notes to strangers and I still have no "
              "explanation.] This is a catastrophic failure. I want the full list of who could "
              "see our data, today!"),
         Take("threatening_churn", "critical", 6,
              "Our partners are asking whether we can keep trusting you with patient data. "
              "[Frankly, unless your report is convincing, we will start moving the practices "
              "to another system.]",
              account=Account(96000, "Enterprise", 240, strategic=True))),
    ),
    Situation(
        "payroll-export", "en", "Circular Metals Recovery Ltd", "circularmetals.co.uk",
        "Gareth Hughes|Finance Manager", "Payroll export failing - drivers' wages due Friday",
        "2026-09-22",
        "The timesheet-to-payroll export has failed three times today with 'Export aborted: "
        "invalid pay period (code PX-409)'. Without it our payroll provider can't run the wages "
        "for 180 drivers and yard staff, which are due on Friday 25 September. We've tried "
        "re-running the period close and a different browser; same error.",
        "Circular Metals can't export payroll; 180 staff due to be paid Friday.",
        "Engineering has found the cause (a period-closing bug) and is testing a fix; we aim to "
        "deploy it tomorrow at 07:00.",
        "product_defect", "\"The timesheet-to-payroll export has failed\"",
        '"our payroll provider can\'t run the wages for 180 drivers": payroll not going out',
        ("PX-409", "180 drivers", "Friday 25 September"),
        (Take("frustrated", "critical", 3,
              "Tomorrow 07:00 is cutting it very fine and I've had to chase twice today just to "
              "get that. [This is really frustrating.]"),
         Take("angry", "critical", 5,
              "[If 180 people don't get paid on Friday, that is on you, not on us.] I need a "
              "manual workaround from you TODAY as a fallback, not promises."),
         Take("concerned", "critical", 1,
              "[I'm worried we won't make the provider's cut-off] on Thursday noon; is there any "
              "manual way to get the data out in the meantime?")),
    ),
)  # fmt: skip
