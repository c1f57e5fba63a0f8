"""Blind severity sentences, second batch (issue 18, session 30).

120 short customer messages written from scratch by a helper session that read only the six
category bullets and the critical/high/medium/low severity bullets of routing/definitions.md
(nothing else in the repository). Each item was labelled by hand with severity and category
before anything was run on it. The set aims at the boundary between high and medium: 60 high
(many people hit with a painful workaround, a dated go-live/audit/filing at risk, renewal at
risk, executive involvement, repeated failures by our people) and 60 medium (workaround and no
deadline, missing features, billing questions, one or two users, falling usage with no threat,
and some that sound dramatic but are medium). About 55 % English, 15 % each German, French,
Spanish. For tuning (dev), not held out.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Since Monday's update the bulk export in the claims module times out for all 45 "
        "adjusters. They now copy each claim into a spreadsheet by hand, which costs each of them "
        "about two hours a day.",
        "product_defect",
        "high",
        "en",
        "all 45 adjusters, two hours of manual copying a day; P2 important function broken for "
        "many, painful workaround",
    ),
    (
        "Our route optimiser ignores the delivery windows we set, for every dispatcher in three "
        "depots. We re-plan each route by hand every morning and the drivers leave an hour late.",
        "product_defect",
        "high",
        "en",
        "every dispatcher in three depots re-plans by hand; P2 broken for many with painful "
        "workaround",
    ),
    (
        "The invoice PDFs your system sends to our clients show last month's VAT rate. About 900 "
        "customers got one this week and we are sending corrected copies one by one.",
        "product_defect",
        "high",
        "en",
        "wrong invoices sent to ~900 customers, manual correction; P2 important function wrong "
        "for many",
    ),
    (
        "Knowledge base search returns nothing for articles older than 2023, for our whole "
        "support floor of 120 people. They dig through an old export folder instead and handling "
        "time has tripled.",
        "product_defect",
        "high",
        "en",
        "120 agents, handling time tripled; P2 broken for many with painful workaround",
    ),
    (
        "The grade export to our student information system rounds every score down. Term reports "
        "go out on 14 March and teachers are re-keying grades for 2,000 students to make it.",
        "product_defect",
        "high",
        "en",
        "term reports on 14 March at risk; P2 hard deadline at risk",
    ),
    (
        "Our clinic booking portal goes live on 3 June and the SMS reminders still fail for about "
        "half of the test patients. If this is not fixed before then we will have to push the "
        "launch.",
        "product_defect",
        "high",
        "en",
        "go-live 3 June at risk; P2 go-live at risk",
    ),
    (
        "The audit trail report skips every entry made through the mobile app. Our external "
        "auditors arrive on 22 April and right now we can only give them a full log by stitching "
        "raw exports together.",
        "product_defect",
        "high",
        "en",
        "auditors on 22 April; P2 audit at risk",
    ),
    (
        "Payroll runs on the 28th and the overtime calculation applies the weekend rate to "
        "weekday night shifts. We can fix the 300 affected payslips by hand, but it takes the "
        "whole HR team two days.",
        "product_defect",
        "high",
        "en",
        "payroll on 28th at risk, 300 payslips fixed by hand; P2 hard deadline at risk, painful "
        "workaround",
    ),
    (
        "Since the weekend every operator's dispatch console takes fifteen seconds per page "
        "instead of one. Calls still get answered, but the queue backs up every afternoon and we "
        "have added extra staff.",
        "product_defect",
        "high",
        "en",
        "every operator, big slowdown, extra staff; P2 broken for many with painful workaround",
    ),
    (
        "We were told SAML login would be ready before our rollout to 1,400 hospital staff on 1 "
        "September. Without it we fail the hospital's security review and the rollout date slips.",
        "feature_gap",
        "high",
        "en",
        "rollout 1 September at risk; P2 go-live at risk",
    ),
    (
        "Our tax filing is due on 31 January and your platform still cannot produce the new "
        "e-invoicing XML the authority requires. Our accountants will have to build every file by "
        "hand unless something changes soon.",
        "feature_gap",
        "high",
        "en",
        "tax filing 31 January at risk; P2 hard deadline at risk",
    ),
    (
        "This is the fourth time I have asked for an update on ticket 55120. It was closed twice "
        "without a single reply, and our warehouse team is still working around the label "
        "problem.",
        "service_failure",
        "high",
        "en",
        "fourth chase, closed unanswered twice; P2 our people failed repeatedly",
    ),
    (
        "Your onboarding consultant missed our kickoff and then the rescheduled session last "
        "Thursday. We have lost two weeks of our implementation plan and nobody has told us why.",
        "service_failure",
        "high",
        "en",
        "two missed meetings in a row; P2 our people failed repeatedly",
    ),
    (
        "We have chased your support team five times in three weeks about the broken SSO sync. "
        "Every reply asks for the same logs we already sent.",
        "service_failure",
        "high",
        "en",
        "chased five times; P2 our people failed repeatedly",
    ),
    (
        "Our launch to the franchise network is on 10 October and we still do not have the data "
        "migration your services team promised for last month. Two calls with them were cancelled "
        "at the last minute.",
        "service_failure",
        "high",
        "en",
        "launch 10 October at risk, two cancelled calls; P2 deadline at risk, repeated failure",
    ),
    (
        "Your renewal quote is up 38 % with no change in seats. Procurement has told me to get "
        "other quotes before we sign anything, and the contract ends on 30 June.",
        "commercial_dispute",
        "high",
        "en",
        "other quotes before renewal; P2 renewal at risk (competitor evaluation)",
    ),
    (
        "We have been billed for 250 seats for three quarters while we have 140 active accounts. "
        "Our year-end close is 31 March and the auditors will ask about this overpayment.",
        "commercial_dispute",
        "high",
        "en",
        "year-end close and audit on 31 March; P2 audit or hard deadline at risk",
    ),
    (
        "Just so you know, two of our regional teams have started a trial of a competing "
        "ticketing tool. If it goes well, we will not renew in the autumn.",
        "relationship_at_risk",
        "high",
        "en",
        "competitor trial, will not renew; P2 churn threat, competitor evaluation",
    ),
    (
        "Maria, who pushed for your platform here, leaves at the end of the month, and our "
        "renewal is in eight weeks. Nobody else really knows what we get out of it.",
        "relationship_at_risk",
        "high",
        "en",
        "champion leaves before renewal; P2 champion leaving before renewal",
    ),
    (
        "We were acquired last quarter and the new owners are reviewing every software contract "
        "over 20k. Right now I cannot show them enough usage to justify keeping yours.",
        "relationship_at_risk",
        "high",
        "en",
        "new owner reviewing contracts; P2 renewal at risk",
    ),
    (
        "Our team keeps asking whether we should move to another vendor when the contract is up. "
        "The last few months have been rough and I am running out of arguments to keep you.",
        "relationship_at_risk",
        "high",
        "en",
        "considering another vendor at contract end; P2 churn threat",
    ),
    (
        "I am copying our CEO, who asked me this morning why the dashboard figures in our board "
        "pack do not match our finance system. We need someone senior from your side on a call "
        "this week.",
        "executive_intervention",
        "high",
        "en",
        "CEO copied; P2 executive involvement",
    ),
    (
        "As Chief Operating Officer I want to understand why three of our plants still enter "
        "production counts by hand six weeks after go-live. Please have your executive sponsor "
        "contact me.",
        "executive_intervention",
        "high",
        "en",
        "COO writes, asks for sponsor; P2 executive involvement",
    ),
    (
        "Our CFO has asked to be copied on this thread from now on. The reconciliation module "
        "still mismatches card payments and her team spends its evenings fixing it.",
        "executive_intervention",
        "high",
        "en",
        "CFO copied; P2 executive involvement",
    ),
    (
        "I would like to speak with your CRO directly. Our managing director has lost patience "
        "with how the rollout has gone and wants an honest conversation before the next contract "
        "year.",
        "executive_intervention",
        "high",
        "en",
        "asks for our CRO, MD involved; P2 executive involvement",
    ),
    (
        "The scheduling app double-books rooms whenever two coordinators edit the same day. This "
        "happens in all eleven of our conference centres, and staff now check every booking "
        "against a paper sheet.",
        "product_defect",
        "high",
        "en",
        "all eleven centres, paper cross-check; P2 broken for many with painful workaround",
    ),
    (
        "Since the last release none of our 60 recruiters get email alerts for new applications. "
        "They refresh the inbox page by hand all day so candidates do not wait.",
        "product_defect",
        "high",
        "en",
        "60 recruiters refreshing by hand all day; P2 broken for many with painful workaround",
    ),
    (
        "Our customer launch event is on Saturday and the ticket scanner app crashes on older "
        "Android phones, which most of our volunteers use. We could borrow devices, but we need "
        "to know today whether a fix is coming.",
        "product_defect",
        "high",
        "en",
        "launch event Saturday at risk; P2 hard deadline at risk",
    ),
    (
        "The currency conversion in quotes uses a rate from two weeks ago. Our reps have sent "
        "about 400 quotes with wrong totals and are now calling each client to correct them.",
        "product_defect",
        "high",
        "en",
        "~400 wrong quotes sent to clients; P2 important function wrong for many",
    ),
    (
        "We had three check-ins booked with our account manager this quarter and he did not turn "
        "up to any of them. The issues we raised in January are still open.",
        "service_failure",
        "high",
        "en",
        "three missed meetings; P2 our people failed repeatedly",
    ),
    (
        "We are comparing your quote with two other vendors this month. Price is part of it, but "
        "mostly adoption never took off, and we decide by the end of May.",
        "relationship_at_risk",
        "high",
        "en",
        "comparing two other vendors; P2 competitor evaluation",
    ),
    (
        "The SOC 2 evidence export leaves out permission changes made by admins. Our auditor's "
        "fieldwork starts on 5 May and without those records we will be rebuilding them from "
        "screenshots.",
        "product_defect",
        "high",
        "en",
        "audit fieldwork 5 May at risk; P2 audit at risk",
    ),
    (
        "Our Chief Medical Officer is copied here. Since the upgrade the lab results screen takes "
        "over a minute to open on ward terminals, and nurses on four wards phone the lab instead.",
        "executive_intervention",
        "high",
        "en",
        "CMO copied, four wards slowed; P2 executive involvement",
    ),
    (
        "Seit dem letzten Update bricht der Sammelexport der Lieferscheine bei allen 30 "
        "Disponenten ab. Wir kopieren die Daten jetzt Zeile für Zeile in Excel, das kostet jeden "
        "Tag mehrere Stunden.",
        "product_defect",
        "high",
        "de",
        "alle 30 Disponenten, Stunden Handarbeit; P2 broken for many with painful workaround",
    ),
    (
        "Am 1. Juli geht unser neues Kundenportal live, und die Anmeldung über die App schlägt "
        "bei etwa jedem dritten Testnutzer fehl. Wenn das bis Mitte Juni nicht behoben ist, "
        "müssen wir den Start verschieben.",
        "product_defect",
        "high",
        "de",
        "Go-live 1. Juli gefährdet; P2 go-live at risk",
    ),
    (
        "Ich habe jetzt dreimal nach dem Stand zu Ticket 8812 gefragt, zweimal wurde es ohne "
        "Antwort geschlossen. Unsere Buchhaltung arbeitet seit drei Wochen mit einer manuellen "
        "Umgehung.",
        "service_failure",
        "high",
        "de",
        "dreimal nachgefragt, zweimal ohne Antwort geschlossen; P2 our people failed repeatedly",
    ),
    (
        "Wir testen gerade in zwei Vertriebsteams parallel ein anderes CRM. Wenn sich bis zur "
        "Verlängerung im Herbst nichts ändert, wechseln wir.",
        "relationship_at_risk",
        "high",
        "de",
        "Konkurrenz im Test, Wechsel angedroht; P2 churn threat, competitor evaluation",
    ),
    (
        "Unser Geschäftsführer hat mich gebeten, ihn hier in Kopie zu setzen. Die Lagerbestände "
        "im Dashboard stimmen seit Wochen nicht mit dem ERP überein, und wir erwarten einen "
        "Termin mit Ihrer Geschäftsleitung.",
        "executive_intervention",
        "high",
        "de",
        "Geschäftsführer in Kopie; P2 executive involvement",
    ),
    (
        "Die automatisch versendeten Mahnungen enthalten seit Montag falsche Fälligkeitsdaten. "
        "Rund 700 Kunden haben so eine Mahnung bekommen, und unser Team ruft sie jetzt einzeln "
        "an.",
        "product_defect",
        "high",
        "de",
        "falsche Mahnungen an ~700 Kunden; P2 important function wrong for many",
    ),
    (
        "Die Verlängerung soll 40 % teurer werden, ohne zusätzliche Leistungen. Unser Einkauf "
        "holt bereits Vergleichsangebote ein; der Vertrag läuft am 30. September aus.",
        "commercial_dispute",
        "high",
        "de",
        "Vergleichsangebote vor Vertragsende; P2 renewal at risk",
    ),
    (
        "Für die Betriebsprüfung am 15. November brauchen wir einen GoBD-konformen Export, den "
        "Ihre Software nicht anbietet. Ohne ihn müssen wir alle Belege eines Jahres von Hand "
        "zusammenstellen.",
        "feature_gap",
        "high",
        "de",
        "Betriebsprüfung 15. November; P2 audit at risk",
    ),
    (
        "Herr Becker, der Ihre Lösung bei uns eingeführt hat, verlässt uns Ende März, zwei Monate "
        "vor der Vertragsverlängerung. Im Moment setzt sich sonst niemand für die Verlängerung "
        "ein.",
        "relationship_at_risk",
        "high",
        "de",
        "Champion geht vor Verlängerung; P2 champion leaving before renewal",
    ),
    (
        "Depuis la mise à jour, la génération des plannings prend vingt minutes au lieu de trente "
        "secondes pour tous nos chefs d'équipe. Ils préparent les plannings sur papier puis les "
        "ressaisissent le soir.",
        "product_defect",
        "high",
        "fr",
        "tous les chefs d'équipe, ressaisie le soir; P2 broken for many with painful workaround",
    ),
    (
        "La rentrée est le 2 septembre et l'import des emplois du temps échoue pour la moitié de "
        "nos classes. Nos secrétariats les saisissent à la main, mais nous n'y arriverons pas à "
        "temps dans nos 40 établissements.",
        "product_defect",
        "high",
        "fr",
        "rentrée 2 septembre en jeu; P2 hard deadline at risk",
    ),
    (
        "C'est notre troisième relance sur ce dossier, toujours sans réponse. Votre consultant a "
        "aussi annulé deux réunions de suite et notre déploiement prend du retard.",
        "service_failure",
        "high",
        "fr",
        "troisième relance, deux réunions annulées; P2 our people failed repeatedly",
    ),
    (
        "Nous avons lancé l'essai d'une solution concurrente pour nos équipes commerciales. Si "
        "elle convient, nous ne renouvellerons pas le contrat en janvier.",
        "relationship_at_risk",
        "high",
        "fr",
        "essai concurrent, non-renouvellement; P2 churn threat, competitor evaluation",
    ),
    (
        "Je mets en copie notre directrice générale, qui suit désormais ce dossier. Les factures "
        "clients produites par votre outil comportent des erreurs de TVA depuis trois semaines et "
        "nous attendons un appel de votre direction.",
        "executive_intervention",
        "high",
        "fr",
        "directrice générale en copie; P2 executive involvement",
    ),
    (
        "Nous payons 180 licences alors que nous n'en utilisons que 95. Notre clôture annuelle "
        "est le 31 décembre et le commissaire aux comptes va poser la question.",
        "commercial_dispute",
        "high",
        "fr",
        "clôture et audit au 31 décembre; P2 audit or hard deadline at risk",
    ),
    (
        "Les relevés envoyés automatiquement à nos adhérents affichent un solde erroné depuis "
        "lundi. Environ 1 200 adhérents sont concernés et nous leur écrivons un par un pour "
        "corriger.",
        "product_defect",
        "high",
        "fr",
        "relevés faux envoyés à ~1 200 adhérents; P2 important function wrong for many",
    ),
    (
        "Notre nouvel actionnaire passe en revue tous les contrats logiciels ce trimestre. Avec "
        "l'usage actuel, je ne pourrai pas défendre le renouvellement du vôtre.",
        "relationship_at_risk",
        "high",
        "fr",
        "nouvel actionnaire revoit les contrats; P2 renewal at risk",
    ),
    (
        "Notre client lance son programme de fidélité le 15 avril et votre plateforme ne gère "
        "toujours pas les points en deux devises, comme promis. Sans cela, nous devrons reporter "
        "le lancement.",
        "feature_gap",
        "high",
        "fr",
        "lancement client 15 avril en jeu; P2 go-live at risk",
    ),
    (
        "Desde la última actualización, el módulo de inventario tarda más de un minuto en cargar "
        "para todos los dependientes de nuestras 25 tiendas. Apuntan las existencias en papel y "
        "las cargan al cerrar.",
        "product_defect",
        "high",
        "es",
        "todas las 25 tiendas, papel y recarga; P2 broken for many with painful workaround",
    ),
    (
        "La declaración trimestral de IVA vence el 20 de julio y el informe fiscal de su programa "
        "duplica algunas facturas rectificativas. El equipo contable lo corrige a mano, pero no "
        "sé si llegaremos.",
        "product_defect",
        "high",
        "es",
        "declaración de IVA 20 de julio en riesgo; P2 hard deadline at risk",
    ),
    (
        "Es la cuarta vez que pido que alguien me llame sobre la integración con el banco. Dos "
        "tickets se cerraron sin respuesta y seguimos conciliando los pagos a mano cada día.",
        "service_failure",
        "high",
        "es",
        "cuarta petición, dos tickets cerrados sin respuesta; P2 our people failed repeatedly",
    ),
    (
        "Estamos probando otra plataforma de reservas en dos de nuestros hoteles. La renovación "
        "es en marzo y, tal como están las cosas, no la vamos a firmar.",
        "relationship_at_risk",
        "high",
        "es",
        "prueba de competidor, no renovarán; P2 churn threat, competitor evaluation",
    ),
    (
        "Pongo en copia a nuestro consejero delegado, que ha pedido explicaciones por los "
        "retrasos en la implantación. Queremos una reunión con su director ejecutivo esta misma "
        "semana.",
        "executive_intervention",
        "high",
        "es",
        "consejero delegado en copia; P2 executive involvement",
    ),
    (
        "Los recordatorios de citas enviados a los pacientes muestran una hora equivocada desde "
        "el cambio de horario. Unos 600 pacientes los recibieron y recepción los está llamando "
        "uno por uno.",
        "product_defect",
        "high",
        "es",
        "recordatorios erróneos a ~600 pacientes; P2 important function wrong for many",
    ),
    (
        "Nos han facturado la renovación con una subida del 30 % que no figura en el contrato. Si "
        "no se corrige antes del cierre del 31 de diciembre, compras nos pide buscar otro "
        "proveedor.",
        "commercial_dispute",
        "high",
        "es",
        "buscar otro proveedor si no se corrige; P2 renewal at risk",
    ),
    (
        "Abrimos la nueva planta el 1 de octubre y su sistema sigue sin permitir turnos nocturnos "
        "que pasan de medianoche. Sin esa función, los 200 empleados de la planta tendrán que "
        "fichar en papel.",
        "feature_gap",
        "high",
        "es",
        "apertura 1 de octubre, 200 empleados; P2 go-live at risk",
    ),
    (
        "Nuestra responsable de proyecto, que defendía su herramienta, deja la empresa en dos "
        "semanas, justo antes de la renovación. El nuevo equipo ya ha pedido demostraciones a "
        "otros proveedores.",
        "relationship_at_risk",
        "high",
        "es",
        "champion se va antes de renovar, otros proveedores; P2 champion leaving, competitor "
        "evaluation",
    ),
    (
        "The CSV export drops the leading zeros in our postcodes. We fix it in Excel afterwards, "
        "so nothing is held up, but please look at it.",
        "product_defect",
        "medium",
        "en",
        "fixed in Excel afterwards; P3 real problem with a workaround, no deadline",
    ),
    (
        "One of our planners, Tom, cannot upload attachments over 5 MB to work orders. He emails "
        "them to a colleague who uploads them for him.",
        "product_defect",
        "medium",
        "en",
        "one planner, colleague uploads; P3 real problem with a workaround",
    ),
    (
        "We would really like to schedule reports to go out weekly instead of exporting them by "
        "hand every Monday. Is that on your roadmap?",
        "feature_gap",
        "medium",
        "en",
        "manual weekly export, roadmap question; P3 missing feature that matters",
    ),
    (
        "Your mobile app has no offline mode, which matters for our field technicians in rural "
        "areas. For now they fill in a paper form and sync later.",
        "feature_gap",
        "medium",
        "en",
        "paper form then sync; P3 missing feature that matters",
    ),
    (
        "Our last invoice lists 55 seats but we went down to 50 in March. Could you check and "
        "issue a credit note?",
        "commercial_dispute",
        "medium",
        "en",
        "seat count on invoice, no date; P3 billing dispute without a deadline",
    ),
    (
        'Could you explain the line "platform fee" on invoice INV-20931? It was not on our '
        "earlier invoices.",
        "commercial_dispute",
        "medium",
        "en",
        "billing question; P3 billing question without a deadline",
    ),
    (
        "Logins from our sales team have dropped quite a bit since the summer. We are still happy "
        "with the product; I would just like ideas to get people using it again.",
        "relationship_at_risk",
        "medium",
        "en",
        "usage down, still happy; P3 falling usage with no threat",
    ),
    (
        "I waited four days for a first reply on my ticket about calendar sync. It is sorted now, "
        "but that felt slow.",
        "service_failure",
        "medium",
        "en",
        "one slow reply, now solved; P3 real problem, not repeated",
    ),
    (
        "Our onboarding call yesterday did not happen because nobody joined from your side. Can "
        "we rebook for next week?",
        "service_failure",
        "medium",
        "en",
        "one missed call, rebook; P3 single failure with easy fix",
    ),
    (
        "This is absolutely infuriating!!! Every time I open the report builder it forgets my "
        "column layout. I rebuild it from a saved template, but I am losing my mind.",
        "product_defect",
        "medium",
        "en",
        "strong tone but one user with template workaround; P3 real problem with a workaround",
    ),
    (
        "We imported 2.3 million transaction records last night and about 40 failed validation "
        "because of the date format. We can correct those by hand; could the importer accept ISO "
        "dates?",
        "product_defect",
        "medium",
        "en",
        "big volume, 40 rows fixed by hand; P3 real problem with a workaround",
    ),
    (
        "Your platform was down for about an hour yesterday afternoon. Everything came back and "
        "we lost nothing, but could you send a short explanation of what happened?",
        "product_defect",
        "medium",
        "en",
        "outage over, nothing lost; P3 real problem, no ongoing harm",
    ),
    (
        "We plan to move our second warehouse onto the platform some time next year. The scanner "
        "profile does not support our older Zebra devices; is support for them planned?",
        "feature_gap",
        "medium",
        "en",
        "move next year, no date at risk; P3 missing feature that matters",
    ),
    (
        "The weekly utilisation dashboard takes about 30 seconds to load for our two analysts and "
        "sometimes times out. Refreshing once usually fixes it.",
        "product_defect",
        "medium",
        "en",
        "two analysts, refresh works; P3 real problem with a workaround",
    ),
    (
        "We need to tag contacts with more than one region, but the field only takes a single "
        "value. We use a note field for now, which makes filtering awkward.",
        "feature_gap",
        "medium",
        "en",
        "note-field workaround; P3 missing feature that matters",
    ),
    (
        "We were charged in USD this time instead of EUR, so our bank added conversion fees. Can "
        "you refund the difference and fix the currency on our account?",
        "commercial_dispute",
        "medium",
        "en",
        "refund request, no date; P3 billing dispute without a deadline",
    ),
    (
        "Use of the learning module has fallen since our training lead went on parental leave. We "
        "are not planning any change, but a refresher session for the team would help.",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage, no change planned; P3 falling usage with no threat",
    ),
    (
        "When I duplicate a project the task due dates are not shifted, so I adjust each one. "
        "Only I do this and it takes ten minutes, but it is annoying.",
        "product_defect",
        "medium",
        "en",
        "one user, ten minutes by hand; P3 real problem with a workaround",
    ),
    (
        "Your support agent closed my ticket as fixed, but the problem with the PDF footer is "
        "still there. I have reopened it.",
        "service_failure",
        "medium",
        "en",
        "closed once without fix; P3 single failure, not repeated",
    ),
    (
        "I am furious. My account got locked three times this week because of the new password "
        "policy. IT unlocks me each time, but seriously, what is going on?",
        "product_defect",
        "medium",
        "en",
        "angry but one user, IT unlocks; P3 real problem with a workaround",
    ),
    (
        "Does your API support webhooks for status changes? We poll every five minutes at the "
        "moment, which works but feels clumsy.",
        "feature_gap",
        "medium",
        "en",
        "polling works; P3 missing feature that matters",
    ),
    (
        "We would like to understand why our price per seat went up 5 % at renewal. We will renew "
        "either way, but we would like the reasoning in writing.",
        "commercial_dispute",
        "medium",
        "en",
        "will renew anyway; P3 billing question, renewal not at risk",
    ),
    (
        "Our fiscal year closes in December and we would like the new cost-centre field before "
        "then. We have a spreadsheet that covers it until then.",
        "feature_gap",
        "medium",
        "en",
        "date far off, spreadsheet covers it; P3 missing feature, deadline not at risk",
    ),
    (
        "The time zone on shared calendar invites is wrong for our two colleagues in Singapore. "
        "They know to add eight hours, but it causes some confusion.",
        "product_defect",
        "medium",
        "en",
        "two colleagues, add hours; P3 real problem with a workaround",
    ),
    (
        "Our shared inbox gets roughly 12,000 alerts a day from your system and since Tuesday "
        "some arrive twice. Our two on-call engineers filter them with a mail rule for now.",
        "product_defect",
        "medium",
        "en",
        "big volume, two engineers, mail rule; P3 real problem with a workaround",
    ),
    (
        "I was promised a call back from your billing team last Friday and did not get one. Could "
        "someone reach out this week?",
        "service_failure",
        "medium",
        "en",
        "one missed call-back; P3 single failure, not repeated",
    ),
    (
        "It would help our accountants a lot if the expense module could split one receipt across "
        "two projects. Right now they enter it twice with half the amount each.",
        "feature_gap",
        "medium",
        "en",
        "enter twice as workaround; P3 missing feature that matters",
    ),
    (
        "Only about a third of our licences were used last quarter. Before renewal next year, "
        "could we review whether we are on the right plan?",
        "relationship_at_risk",
        "medium",
        "en",
        "low usage, renewal far off, no threat; P3 falling usage with no threat",
    ),
    (
        "What a disaster of a morning: after the update the barcode on my station's shipping "
        "labels slid off the printable area. I shrink it by hand each time and it scans, but "
        "please fix the template.",
        "product_defect",
        "medium",
        "en",
        "dramatic but one station, manual fix; P3 real problem with a workaround",
    ),
    (
        "Sorting by last modified in the documents view does not work in folders with more than "
        "500 files. We use the search box instead.",
        "product_defect",
        "medium",
        "en",
        "search box workaround; P3 real problem with a workaround",
    ),
    (
        "We paid invoice 4471 twice by mistake on our side. Could you refund the second payment "
        "or keep it as credit for next quarter?",
        "commercial_dispute",
        "medium",
        "en",
        "refund or credit, no date; P3 billing question without a deadline",
    ),
    (
        "The API returned 502 errors for about 20 minutes last night. Our retry logic picked "
        "everything up, so no harm done, but you may want to look at it.",
        "product_defect",
        "medium",
        "en",
        "outage over, retries covered it; P3 real problem, no ongoing harm",
    ),
    (
        "We run courses in Welsh and the learner portal has no Welsh language option. Learners "
        "manage in English, but several have asked for it.",
        "feature_gap",
        "medium",
        "en",
        "learners manage in English; P3 missing feature that matters",
    ),
    (
        "Beim PDF-Export der Angebote fehlt manchmal die zweite Seite. Ich exportiere dann "
        "einfach noch einmal, dann klappt es.",
        "product_defect",
        "medium",
        "de",
        "erneuter Export hilft; P3 real problem with a workaround",
    ),
    (
        "Können wir in Ihrer Software wiederkehrende Termine mit Ausnahmen anlegen? Im Moment "
        "löschen wir die Feiertage jedes Mal von Hand.",
        "feature_gap",
        "medium",
        "de",
        "Feiertage von Hand löschen; P3 missing feature that matters",
    ),
    (
        "Auf der letzten Rechnung stehen zwei Lizenzen für Mitarbeitende, die uns schon im Januar "
        "verlassen haben. Bitte korrigieren Sie das und schicken Sie uns eine Gutschrift.",
        "commercial_dispute",
        "medium",
        "de",
        "Lizenzzahl, Gutschrift, keine Frist; P3 billing dispute without a deadline",
    ),
    (
        "Der vereinbarte Schulungstermin am Dienstag ist ausgefallen, ohne dass uns jemand "
        "Bescheid gegeben hat. Können wir einen neuen Termin finden?",
        "service_failure",
        "medium",
        "de",
        "ein verpasster Termin; P3 single failure, not repeated",
    ),
    (
        "Das ist wirklich zum Verzweifeln! Meine Filter in der Auftragsliste sind nach jedem "
        "Login weg. Ich habe mir eine gespeicherte Ansicht angelegt, aber es nervt gewaltig.",
        "product_defect",
        "medium",
        "de",
        "starke Worte, ein Nutzer, gespeicherte Ansicht; P3 real problem with a workaround",
    ),
    (
        "Die Nutzung im Kundenservice ist seit dem Frühjahr deutlich zurückgegangen. Wir sind "
        "grundsätzlich zufrieden, würden aber gern gemeinsam überlegen, woran das liegt.",
        "relationship_at_risk",
        "medium",
        "de",
        "Nutzung sinkt, zufrieden; P3 falling usage with no threat",
    ),
    (
        "Gestern Vormittag war das Portal etwa 45 Minuten nicht erreichbar. Inzwischen läuft "
        "alles wieder und es sind keine Daten verloren gegangen; wir hätten nur gern eine kurze "
        "Ursachenanalyse.",
        "product_defect",
        "medium",
        "de",
        "Ausfall vorbei, nichts verloren; P3 real problem, no ongoing harm",
    ),
    (
        "Wir synchronisieren täglich rund 80.000 Artikel über Ihren Shop-Connector, und bei etwa "
        "15 davon fehlen die Bilder. Die pflegen wir derzeit von Hand nach.",
        "product_defect",
        "medium",
        "de",
        "große Menge, 15 Artikel von Hand; P3 real problem with a workaround",
    ),
    (
        "Für die Einführung in unserer Schweizer Niederlassung im nächsten Jahr bräuchten wir die "
        "Schweizer Mehrwertsteuersätze. Ist das geplant?",
        "feature_gap",
        "medium",
        "de",
        "Einführung erst nächstes Jahr; P3 missing feature, no deadline at risk",
    ),
    (
        "L'export Excel des interventions inverse le jour et le mois dans les dates. Nous "
        "corrigeons le format dans Excel, mais c'est pénible.",
        "product_defect",
        "medium",
        "fr",
        "correction dans Excel; P3 real problem with a workaround",
    ),
    (
        "Votre application ne permet pas de signer électroniquement les bons de livraison. Nos "
        "deux livreurs font signer sur papier puis scannent les bons.",
        "feature_gap",
        "medium",
        "fr",
        "deux livreurs, papier puis scan; P3 missing feature that matters",
    ),
    (
        "Pourriez-vous nous expliquer la hausse de 8 % sur notre dernière facture ? Nous n'avons "
        "pas changé d'offre.",
        "commercial_dispute",
        "medium",
        "fr",
        "question de facture, sans date; P3 billing question without a deadline",
    ),
    (
        "Mon ticket sur la synchronisation des contacts est resté sans réponse pendant une "
        "semaine. C'est réglé maintenant, mais j'aimerais un délai plus court à l'avenir.",
        "service_failure",
        "medium",
        "fr",
        "une attente, réglé; P3 single failure, not repeated",
    ),
    (
        "C'est insupportable ! Chaque fois que je veux imprimer un devis, la mise en page saute. "
        "J'exporte en PDF puis j'imprime, ça marche, mais franchement…",
        "product_defect",
        "medium",
        "fr",
        "ton fort, un utilisateur, export PDF; P3 real problem with a workaround",
    ),
    (
        "Nous constatons que nos équipes utilisent de moins en moins le module de planification. "
        "Le contrat n'est pas remis en cause, mais pourriez-vous nous proposer une formation ?",
        "relationship_at_risk",
        "medium",
        "fr",
        "usage en baisse, contrat pas en cause; P3 falling usage with no threat",
    ),
    (
        "Votre plateforme a été indisponible une demi-heure ce matin. Tout est revenu à la "
        "normale et rien n'a été perdu ; pouvez-vous nous dire ce qui s'est passé ?",
        "product_defect",
        "medium",
        "fr",
        "panne terminée, rien perdu; P3 real problem, no ongoing harm",
    ),
    (
        "Une de nos comptables ne voit plus le bouton de validation des notes de frais depuis "
        "hier. Sa collègue valide à sa place en attendant.",
        "product_defect",
        "medium",
        "fr",
        "une utilisatrice, collègue valide; P3 real problem with a workaround",
    ),
    (
        "Nous ouvrirons un site en Belgique l'an prochain et aurions besoin des modèles de "
        "factures en néerlandais. Est-ce prévu dans votre feuille de route ?",
        "feature_gap",
        "medium",
        "fr",
        "ouverture l'an prochain; P3 missing feature, no deadline at risk",
    ),
    (
        "El buscador de clientes no encuentra los nombres con tilde si se escriben sin ella. "
        "Buscamos por el NIF y así sí aparecen.",
        "product_defect",
        "medium",
        "es",
        "buscar por NIF funciona; P3 real problem with a workaround",
    ),
    (
        "Nos haría falta poder asignar una tarea a dos técnicos a la vez. Ahora la duplicamos, lo "
        "que funciona pero complica los informes.",
        "feature_gap",
        "medium",
        "es",
        "duplicar la tarea; P3 missing feature that matters",
    ),
    (
        "En la factura de mayo aparece un cargo por almacenamiento adicional que no hemos pedido. "
        "¿Podrían revisarlo y abonarlo si es un error?",
        "commercial_dispute",
        "medium",
        "es",
        "cargo dudoso, sin fecha; P3 billing dispute without a deadline",
    ),
    (
        "La reunión de seguimiento del jueves se canceló sin aviso. ¿Podemos buscar otra fecha la "
        "semana que viene?",
        "service_failure",
        "medium",
        "es",
        "una reunión cancelada; P3 single failure, not repeated",
    ),
    (
        "¡Esto es un desastre! Tenemos 50.000 productos en el catálogo y al importar la tarifa "
        "nueva fallaron 12 líneas. Las hemos corregido a mano, pero quiero saber por qué ha "
        "pasado.",
        "product_defect",
        "medium",
        "es",
        "tono fuerte, gran volumen, 12 líneas a mano; P3 real problem with a workaround",
    ),
    (
        "El uso de la aplicación móvil ha bajado en nuestros equipos de campo. Seguimos contentos "
        "con ustedes; ¿tienen algún material para animar a la gente a usarla?",
        "relationship_at_risk",
        "medium",
        "es",
        "uso en baja, contentos; P3 falling usage with no threat",
    ),
    (
        "A mi compañera Lucía le sale un error al adjuntar facturas desde el móvil. Desde el "
        "ordenador funciona bien, así que de momento las sube desde ahí.",
        "product_defect",
        "medium",
        "es",
        "una usuaria, sube desde el ordenador; P3 real problem with a workaround",
    ),
    (
        "Anoche el servicio de pagos estuvo caído unos diez minutos, de madrugada. Los cobros se "
        "reintentaron solos y todo cuadra; solo queremos un breve informe.",
        "product_defect",
        "medium",
        "es",
        "caída terminada, todo cuadra; P3 real problem, no ongoing harm",
    ),
    (
        "Para la auditoría del año que viene nos gustaría exportar el historial de cambios de "
        "permisos. Ahora lo sacamos con una consulta manual; ¿está previsto añadirlo?",
        "feature_gap",
        "medium",
        "es",
        "auditoría lejana, consulta manual; P3 missing feature, deadline not at risk",
    ),
]
