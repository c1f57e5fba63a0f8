"""Blind severity sentences (issue 18, session 30): 160 short customer messages (88 EN, 24 DE,
24 FR, 24 ES) written by hand by a helper session and labelled by hand with a category and a
severity taken from the defs-1 definitions in routing/definitions.md (the six category bullets
and the critical/high/medium/low bullets with "What separates critical from high"), before any
drafter, rule or model was run on them. Disclosure: while locating those sections the writer's
terminal also showed the adjoining defs-1 paragraphs that describe how the rules read category
and severity, so the set is blind to the code, evaluation sets and tests but not fully blind to
those prose paragraphs; no other repository file was read apart from the ruff settings in
pyproject.toml. Aimed at the boundaries where a keyword reader goes wrong (stoppage said without
stock words, alarming words used harmlessly, outages that are over). For tuning (dev), not held
out.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Since we opened at nine, the tills in all three of our shops freeze the moment "
        "anything is scanned. We have not rung up a single sale this morning.",
        "product_defect",
        "critical",
        "en",
        "'not rung up a single sale this morning': business stopped now",
    ),
    (
        "None of the pick lists have printed since the 6 am wave, so the trucks are standing "
        "empty at the dock and the drivers are just waiting.",
        "product_defect",
        "critical",
        "en",
        "'trucks standing empty': orders not going out now",
    ),
    (
        "A patient phoned to say our portal showed her someone else's blood results. We "
        "checked and it happens with other logins too.",
        "product_defect",
        "critical",
        "en",
        "another patient's results shown: privacy breach",
    ),
    (
        "Today is payday and the bank rejected the salary file your system produced. Not one "
        "of our 340 staff has been paid.",
        "product_defect",
        "critical",
        "en",
        "'not one of our 340 staff has been paid': payroll not going out",
    ),
    (
        "Our front desk is unable to check anyone in: the room list comes up empty and guests "
        "are queuing in the lobby with their suitcases.",
        "product_defect",
        "critical",
        "en",
        "hotel cannot check in guests now, no workaround: business stopped",
    ),
    (
        "The planning portal has shown a blank page since last night's update. Residents have "
        "no way to lodge applications and the statutory clock keeps running.",
        "product_defect",
        "critical",
        "en",
        "council portal blank now, residents cannot file: production unusable",
    ),
    (
        "After yesterday's sync every price in our catalogue was replaced by the cost price, "
        "and the webshop has been selling at cost all morning.",
        "product_defect",
        "critical",
        "en",
        "prices overwritten, selling at cost now: data corrupted, harm now",
    ),
    (
        "The import wiped four years of customer notes and left the fields blank. The backup "
        "you keep for us seems to hold the same empty data.",
        "product_defect",
        "critical",
        "en",
        "'wiped four years of customer notes': data lost",
    ),
    (
        "Since the restart the dispensing module will not release a single prescription, so "
        "our pharmacists are sending patients away empty-handed.",
        "product_defect",
        "critical",
        "en",
        "no prescriptions dispensed, patients sent away: business stopped now",
    ),
    (
        "Our month-end run said it finished, yet the outbox shows 0 sent and customers have "
        "received no invoices at all.",
        "product_defect",
        "critical",
        "en",
        "'0 sent', no invoices out: invoices not going out",
    ),
    (
        "Every card is declined when guests try to book a table on our site, even our own test "
        "cards. We haven't had one booking since Saturday evening.",
        "product_defect",
        "critical",
        "en",
        "'not one booking since Saturday': bookings/payments stopped now",
    ),
    (
        "Since the SSO change this morning the login page just loops back to itself for the "
        "whole company. Two hundred people are sitting at their desks with nothing to do.",
        "product_defect",
        "critical",
        "en",
        "whole company locked out now, no workaround",
    ),
    (
        "One of our users noticed that changing the number in the web address lets her open "
        "other companies' invoices in your portal.",
        "product_defect",
        "critical",
        "en",
        "other companies' invoices readable: security/privacy breach",
    ),
    (
        "The app on the drivers' handhelds closes the moment they scan a parcel. Not one "
        "delivery has been confirmed today and customers are ringing us.",
        "product_defect",
        "critical",
        "en",
        "no delivery confirmed today: orders stopped now, no workaround",
    ),
    (
        "Checkout shows a blank page after 'Pay now'. It is Saturday afternoon and we have "
        "taken no orders for four hours.",
        "product_defect",
        "critical",
        "en",
        "'taken no orders for four hours': orders not going through now",
    ),
    (
        "Our shipping labels are coming out with other customers' addresses on them. About "
        "thirty parcels went to the wrong people before we spotted it.",
        "product_defect",
        "critical",
        "en",
        "parcels sent to wrong people: data shown to wrong customer",
    ),
    (
        "Everyone who paid by card yesterday has been charged twice and the money has already "
        "left their accounts. Our phones have not stopped ringing.",
        "product_defect",
        "critical",
        "en",
        "end customers charged twice now: payments harmed",
    ),
    (
        "A colleague archived a project and your system deleted every file in it instead, "
        "signed contracts included. The recycle bin is empty.",
        "product_defect",
        "critical",
        "en",
        "'deleted every file', recycle bin empty: data lost",
    ),
    (
        "Since your release last night every order call to the API returns a 500, so nothing "
        "from the webshop is reaching the warehouse.",
        "product_defect",
        "critical",
        "en",
        "'nothing reaching the warehouse': orders not going out",
    ),
    (
        "This morning's supplier payments are marked as sent, but the bank never got the file. "
        "Two suppliers have already put us on stop.",
        "product_defect",
        "critical",
        "en",
        "payments not going out, suppliers stopping us: harm now",
    ),
    (
        "I am the CEO of Harbour Foods. Our ordering system has been unusable since 7 am and "
        "the drivers have nothing to load. I want your CEO on the phone within the hour.",
        "executive_intervention",
        "critical",
        "en",
        "system unusable now, drivers idle: stopped now; CEO writing sets category",
    ),
    (
        "Your newsletter tool has just sent our subscriber list, with names and home "
        "addresses, as an attachment to all 12,000 subscribers.",
        "product_defect",
        "critical",
        "en",
        "subscriber addresses sent to everyone: privacy breach",
    ),
    (
        "The gate scanners reject every ticket tonight and about three thousand fans are stuck "
        "outside the stadium.",
        "product_defect",
        "critical",
        "en",
        "every ticket rejected, fans stuck outside: business stopped now",
    ),
    (
        "The line controller lost its recipes after the patch. Line 2 has not produced "
        "anything since the night shift started.",
        "product_defect",
        "critical",
        "en",
        "'line 2 has not produced anything': production stopped, data lost",
    ),
    (
        "Video consultations drop after ten seconds for every doctor, so we are cancelling "
        "this morning's appointments one after another.",
        "product_defect",
        "critical",
        "en",
        "every consultation drops, appointments cancelled: unusable now",
    ),
    (
        "Yesterday's exam submissions have vanished from the portal. The folder for the whole "
        "Year 11 group is empty.",
        "product_defect",
        "critical",
        "en",
        "'submissions have vanished': data lost",
    ),
    (
        "Key cards encoded with your system open the wrong rooms. A guest walked into an "
        "occupied room last night and we have stopped issuing cards.",
        "product_defect",
        "critical",
        "en",
        "cards open other guests' rooms: security breach, stopped issuing",
    ),
    (
        "Since Monday, anyone who logs into our customer portal sees the balance of whoever "
        "logged in just before them.",
        "product_defect",
        "critical",
        "en",
        "customers see someone else's balance: privacy breach, ongoing",
    ),
    (
        "Seit heute früh druckt keine Kasse mehr Belege, und ohne Beleg dürfen wir nichts "
        "verkaufen. Die Filiale steht.",
        "product_defect",
        "critical",
        "de",
        "'ohne Beleg dürfen wir nichts verkaufen': business stopped now",
    ),
    (
        "Beim heutigen Lohnlauf wurden alle Gehälter mit null Euro überwiesen. 120 "
        "Beschäftigte haben kein Geld bekommen.",
        "product_defect",
        "critical",
        "de",
        "'kein Geld bekommen': payroll not going out",
    ),
    (
        "Nach dem Update sehen unsere Praxismitarbeiter in der Akte die Befunde eines anderen "
        "Patienten.",
        "product_defect",
        "critical",
        "de",
        "another patient's findings shown: privacy breach",
    ),
    (
        "Im Lager lässt sich kein Auftrag mehr kommissionieren, die Scanner melden nur "
        "'Sitzung ungültig'. Die Lkw warten seit zwei Stunden.",
        "product_defect",
        "critical",
        "de",
        "no order can be picked, trucks waiting: orders stopped now",
    ),
    (
        "Die Synchronisierung heute Nacht hat unsere gesamte Kundendatenbank mit einem Stand "
        "von 2021 überschrieben.",
        "product_defect",
        "critical",
        "de",
        "whole customer database overwritten: data lost",
    ),
    (
        "Unsere Gemeinde kann seit Mitternacht keine Termine für Ausweise vergeben, das "
        "Buchungsportal zeigt nur eine weiße Seite.",
        "product_defect",
        "critical",
        "de",
        "council booking portal blank since midnight: site unusable now",
    ),
    (
        "Der Webshop nimmt seit Mittag keine Zahlung mehr an; jede Bestellung bricht an der "
        "Kasse ab.",
        "product_defect",
        "critical",
        "de",
        "every order aborts at checkout: orders not going out",
    ),
    (
        "Depuis ce matin, aucune de nos pharmacies ne délivre d'ordonnance : le logiciel se "
        "ferme dès qu'on lit la carte Vitale.",
        "product_defect",
        "critical",
        "fr",
        "no prescription dispensed in any pharmacy: business stopped now",
    ),
    (
        "Les factures du mois sont parties chez nos clients avec les coordonnées bancaires "
        "d'un autre client.",
        "product_defect",
        "critical",
        "fr",
        "another client's bank details on invoices: data shown to wrong customer",
    ),
    (
        "Impossible d'enregistrer le moindre client à la réception depuis 14 h, la liste des "
        "chambres est vide.",
        "product_defect",
        "critical",
        "fr",
        "hotel cannot register any guest now: business stopped",
    ),
    (
        "Les virements de salaires prévus aujourd'hui ne sont pas partis ; la banque n'a "
        "jamais reçu le fichier.",
        "product_defect",
        "critical",
        "fr",
        "salary transfers not sent: payroll not going out",
    ),
    (
        "Toutes les commandes passées hier sur notre site ont disparu du back-office ; nous ne "
        "savons plus quoi expédier.",
        "product_defect",
        "critical",
        "fr",
        "orders vanished, nothing to ship: data lost, orders stopped",
    ),
    (
        "Notre mairie n'arrive plus à délivrer d'actes d'état civil : l'application plante à "
        "chaque impression.",
        "product_defect",
        "critical",
        "fr",
        "town hall issues no certificates: service stopped now",
    ),
    (
        "Les étiquettes de transport sortent vierges de l'imprimante, si bien qu'aucun colis "
        "n'a quitté l'entrepôt aujourd'hui.",
        "product_defect",
        "critical",
        "fr",
        "'aucun colis n'a quitté l'entrepôt': shipping stopped now",
    ),
    (
        "Un parent d'élève nous signale qu'il voit les bulletins d'autres enfants dans "
        "l'espace famille.",
        "product_defect",
        "critical",
        "fr",
        "other children's reports visible: privacy breach",
    ),
    (
        "Desde las ocho ningún datáfono de las tiendas acepta tarjetas y llevamos toda la "
        "mañana sin vender.",
        "product_defect",
        "critical",
        "es",
        "'toda la mañana sin vender': business stopped now",
    ),
    (
        "La nómina de este mes no ha salido: el banco devolvió el fichero que genera vuestro "
        "programa y la plantilla no ha cobrado.",
        "product_defect",
        "critical",
        "es",
        "'la plantilla no ha cobrado': payroll not going out",
    ),
    (
        "En la clínica, al abrir la historia de un paciente aparece la de otro. Hemos dejado "
        "de pasar consulta.",
        "product_defect",
        "critical",
        "es",
        "wrong patient's record shown, consultations halted: privacy breach",
    ),
    (
        "La actualización de anoche borró todos los pedidos pendientes; el almacén no tiene "
        "nada que preparar y los clientes nos llaman.",
        "product_defect",
        "critical",
        "es",
        "'borró todos los pedidos': data lost, orders stopped",
    ),
    (
        "Nuestra web de reservas da un error 502 a todo el mundo desde la medianoche y no ha "
        "entrado ni una reserva.",
        "product_defect",
        "critical",
        "es",
        "'ni una reserva' since midnight: site unusable now",
    ),
    (
        "El ayuntamiento no puede cobrar ningún impuesto en ventanilla porque la caja se "
        "cuelga al emitir el recibo.",
        "product_defect",
        "critical",
        "es",
        "council cannot take any payment at the counter: stopped now",
    ),
    (
        "Cualquier usuario del portal puede ver las facturas de otros clientes cambiando el "
        "número de la dirección.",
        "product_defect",
        "critical",
        "es",
        "other clients' invoices visible: security breach",
    ),
    (
        "Since the update, reports take about ten minutes to open instead of seconds. They do "
        "appear in the end, but our 60 analysts lose hours every day.",
        "product_defect",
        "high",
        "en",
        "slow but working for 60 analysts: important function impaired for many",
    ),
    (
        "We had a full outage on Tuesday night for about three hours. Everything is back, but "
        "I need the root cause before the regulator's audit on 14 May.",
        "product_defect",
        "high",
        "en",
        "outage over (not critical); dated audit on 14 May at risk",
    ),
    (
        "Go-live is Monday 3 June and the migration still fails on the last 2,000 records. If "
        "it isn't fixed this week we will have to move the launch.",
        "product_defect",
        "high",
        "en",
        "'Go-live is Monday 3 June' at risk: go-live deadline",
    ),
    (
        "Our payroll run is on the 25th and the new tax tables still aren't loaded. We can key "
        "them in by hand, but that is 400 employees.",
        "product_defect",
        "high",
        "en",
        "payroll on the 25th at risk, painful manual workaround",
    ),
    (
        "The barcode scanners lose their connection every few minutes. Pickers reconnect each "
        "time, so orders still leave, but everything takes twice as long.",
        "product_defect",
        "high",
        "en",
        "orders still leave via painful workaround: high, not stopped",
    ),
    (
        "I've copied our CFO. We have been billed twice for three months running and nobody on "
        "your side has sorted it out.",
        "executive_intervention",
        "high",
        "en",
        "'copied our CFO' to push for action: executive involvement",
    ),
    (
        "Our contract renews in August and, to be frank, we have started trialling another "
        "platform alongside yours. What can you offer before then?",
        "relationship_at_risk",
        "high",
        "en",
        "trialling a competitor before the August renewal: renewal at risk",
    ),
    (
        "Maria, who brought your tool in here, leaves at the end of the month, and the renewal "
        "is due in September. Nobody else really knows the system.",
        "relationship_at_risk",
        "high",
        "en",
        "champion leaving before the September renewal",
    ),
    (
        "This is the third time I have asked to rebook the onboarding call, and the third time "
        "nobody from your side turned up.",
        "service_failure",
        "high",
        "en",
        "'third time nobody turned up': our people failed repeatedly",
    ),
    (
        "Ticket 48213 has been open for nine days without a reply, far past the four-hour "
        "response time in our contract.",
        "service_failure",
        "high",
        "en",
        "unanswered past the contractual response time (SLA)",
    ),
    (
        "Term starts on 2 September and we still can't import the timetables for the new year. "
        "Teachers need them on the first day.",
        "product_defect",
        "high",
        "en",
        "term start 2 September at risk: hard deadline",
    ),
    (
        "Thanks for fixing last night's outage. It is the second one this month, though, and "
        "we won't renew on these terms if it happens again.",
        "product_defect",
        "high",
        "en",
        "outage over; churn threat: renewal at risk (category stays defect)",
    ),
    (
        "Our auditors arrive on 12 March and the audit-trail export is missing every change "
        "made before January. It has to be complete by then.",
        "product_defect",
        "high",
        "en",
        "auditors on 12 March: audit deadline at risk",
    ),
    (
        "I'm writing for our managing director, who is copied. She wants a meeting with your "
        "executive sponsor this month about the state of the account.",
        "executive_intervention",
        "high",
        "en",
        "MD copied, asks for our executive sponsor: executive involvement",
    ),
    (
        "Orders still go through, but since the connector broke on Friday every one has to be "
        "re-keyed into the ERP. Our two clerks are typing 300 a day.",
        "product_defect",
        "high",
        "en",
        "every order re-keyed by hand: painful workaround for a broken function",
    ),
    (
        "We are evaluating two other vendors at the moment. The price increase made our "
        "finance team question whether to keep the contract at all.",
        "relationship_at_risk",
        "high",
        "en",
        "competitor evaluation under way: renewal at risk",
    ),
    (
        "Our contract ends on 30 June. Unless the reporting gaps are closed by then, we will "
        "not be renewing.",
        "feature_gap",
        "high",
        "en",
        "churn threat with a date: renewal at risk (gap stays the category)",
    ),
    (
        "The Android app has crashed for about half our field engineers all week. They fill in "
        "paper job sheets and type them up every evening.",
        "product_defect",
        "high",
        "en",
        "broken for half the engineers, daily manual retyping: painful workaround",
    ),
    (
        "We have chased the promised credit note four times since January and each time we are "
        "told it is 'with finance'.",
        "commercial_dispute",
        "high",
        "en",
        "chased four times: our people failed repeatedly",
    ),
    (
        "Your implementation consultant has missed the last two workshops without notice, and "
        "our go-live is 1 October.",
        "service_failure",
        "high",
        "en",
        "missed two workshops (repeated) and go-live 1 October at risk",
    ),
    (
        "Copying our COO, Dana Reyes. The sync errors have now cost us two client deliveries "
        "and she wants a call with someone senior from your side this week.",
        "executive_intervention",
        "high",
        "en",
        "COO copied, asks for a senior call: executive involvement",
    ),
    (
        "We rolled back to the old version so staff can keep working, but that means none of "
        "the new compliance fields, and the compliance deadline is 1 July.",
        "product_defect",
        "high",
        "en",
        "workaround in place; compliance deadline 1 July at risk",
    ),
    (
        "Die Schnittstelle zum Finanzamt läuft seit Montag nicht, wir übertragen die "
        "Umsatzsteuer jetzt von Hand. Abgabefrist ist der 10. April.",
        "product_defect",
        "high",
        "de",
        "manual workaround, filing deadline 10 April at risk",
    ),
    (
        "Unser Geschäftsführer ist in Kopie. Wir erwarten bis Freitag einen Termin mit Ihrer "
        "Geschäftsleitung wegen der wiederholten Störungen.",
        "executive_intervention",
        "high",
        "de",
        "Geschäftsführer in copy, asks for our management: executive involvement",
    ),
    (
        "Unser Vertrag läuft im November aus, und wir testen gerade parallel ein anderes System.",
        "relationship_at_risk",
        "high",
        "de",
        "competitor trial before the November renewal: renewal at risk",
    ),
    (
        "Die Störung gestern Abend ist behoben, aber es war die dritte in diesem Monat. Wenn "
        "das so weitergeht, kündigen wir.",
        "product_defect",
        "high",
        "de",
        "outage over; threat to cancel: churn threat, not critical",
    ),
    (
        "Wir haben dreimal angerufen und zweimal geschrieben, ohne Antwort. Das Ticket zur "
        "Rechnungsvorlage ist seit drei Wochen offen.",
        "service_failure",
        "high",
        "de",
        "chased five times without answer: our people failed repeatedly",
    ),
    (
        "Seit dem Update dauert jede Buchung eine Minute. Es funktioniert, aber unsere 40 "
        "Sachbearbeiter schaffen nur noch die Hälfte.",
        "product_defect",
        "high",
        "de",
        "slow but working for 40 clerks: important function impaired for many",
    ),
    (
        "Notre mise en production est prévue le 15 septembre et l'import des contrats échoue "
        "encore sur un tiers des fichiers.",
        "product_defect",
        "high",
        "fr",
        "go-live 15 September at risk",
    ),
    (
        "Notre directrice générale est en copie : c'est la troisième fois que votre équipe "
        "annule la formation au dernier moment.",
        "executive_intervention",
        "high",
        "fr",
        "CEO copied; our team cancelled three times: executive + repeated failure",
    ),
    (
        "Notre interlocutrice principale part à la retraite en mars, juste avant le "
        "renouvellement, et son successeur préfère l'outil qu'il utilisait avant.",
        "relationship_at_risk",
        "high",
        "fr",
        "champion leaving before renewal, successor prefers a rival",
    ),
    (
        "La panne de lundi est réglée, merci. Mais nous avons perdu une journée de "
        "réservations et nous étudions d'autres solutions pour l'an prochain.",
        "product_defect",
        "high",
        "fr",
        "outage over; studying other solutions: renewal at risk",
    ),
    (
        "Le module de planning plante dès qu'on ajoute un remplaçant ; nos 25 infirmières "
        "refont le planning sur papier tous les jours.",
        "product_defect",
        "high",
        "fr",
        "broken for 25 nurses, redone on paper daily: painful workaround",
    ),
    (
        "Le contrat prévoit une réponse sous 2 heures ; notre ticket sur les exports bloqués "
        "attend depuis quatre jours.",
        "service_failure",
        "high",
        "fr",
        "unanswered past the contractual response time (SLA)",
    ),
    (
        "El cierre fiscal es el 31 de enero y el informe de IVA sigue dando totales distintos "
        "a la contabilidad. Lo estamos cuadrando a mano.",
        "product_defect",
        "high",
        "es",
        "fiscal close 31 January at risk; manual workaround",
    ),
    (
        "Ponemos en copia a nuestro consejero delegado. Queremos hablar con vuestra dirección "
        "antes del viernes.",
        "executive_intervention",
        "high",
        "es",
        "CEO copied, asks for our management: executive involvement",
    ),
    (
        "Estamos probando otra herramienta en paralelo y la renovación es en octubre. "
        "Necesitamos ver mejoras pronto.",
        "relationship_at_risk",
        "high",
        "es",
        "competitor trial before the October renewal",
    ),
    (
        "Hemos escrito tres veces por la factura duplicada y nadie nos ha contestado.",
        "service_failure",
        "high",
        "es",
        "'tres veces' with no answer: our people failed repeatedly",
    ),
    (
        "La app de los repartidores va lentísima desde el lunes. Funciona, pero cada entrega "
        "tarda el doble y nuestros 80 conductores terminan tarde.",
        "product_defect",
        "high",
        "es",
        "slow but working for 80 drivers: impaired for many, not stopped",
    ),
    (
        "La caída de ayer ya está resuelta, pero fue en plena campaña y no vamos a renovar si "
        "vuelve a pasar.",
        "product_defect",
        "high",
        "es",
        "outage over; churn threat: renewal at risk, not critical",
    ),
    (
        "One of our accountants can't open the VAT report; she gets 'Error 403'. Everyone else "
        "is fine and she uses a colleague's screen for now.",
        "product_defect",
        "medium",
        "en",
        "one user, workaround: real problem with workaround, no deadline",
    ),
    (
        "The CSV export drops the leading zeros from postcodes. We fix them in Excel "
        "afterwards, but it is a nuisance.",
        "product_defect",
        "medium",
        "en",
        "fixed up in Excel: real problem with a workaround",
    ),
    (
        "Is there a way to set approval limits per department? Right now all 150 users share "
        "one limit, and that really matters for our finance controls.",
        "feature_gap",
        "medium",
        "en",
        "'really matters': a missing feature that matters",
    ),
    (
        "We were invoiced for 55 seats but only have 48 active users. Could you check and adjust?",
        "commercial_dispute",
        "medium",
        "en",
        "seat count dispute with no deadline",
    ),
    (
        "Logins have dropped from about 90 a week to 30 over the summer. Is there anything we "
        "should do to get people back on?",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage with no threat",
    ),
    (
        "The nightly backup failed twice last week with 'timeout'. Both times it ran fine on "
        "retry.",
        "product_defect",
        "medium",
        "en",
        "failed but fine on retry: problem with a workaround",
    ),
    (
        "You don't support recurring appointments, so reception enters weekly physio sessions "
        "one by one. Please consider adding it.",
        "feature_gap",
        "medium",
        "en",
        "missing feature that matters, weekly chore by hand",
    ),
    (
        "I opened a ticket about the calendar sync two weeks ago and haven't heard back.",
        "service_failure",
        "medium",
        "en",
        "one unanswered ticket: medium",
    ),
    (
        "All the invoices from March show our old address in the footer. Can you fix the "
        "template? We correct the PDFs when customers ask.",
        "product_defect",
        "medium",
        "en",
        "wrong data, corrected on request: workaround, no deadline",
    ),
    (
        "Why did our price go up 8% at renewal? Nobody mentioned it and I would like a breakdown.",
        "commercial_dispute",
        "medium",
        "en",
        "billing question without a deadline",
    ),
    (
        "The open-tasks widget shows 12 when there are 9. The list itself is right, so we just "
        "use the list.",
        "product_defect",
        "medium",
        "en",
        "wrong count, list works: problem with a workaround",
    ),
    (
        "Printing labels from the Mac app fails; from Windows it works, so we moved the "
        "printer to a Windows PC.",
        "product_defect",
        "medium",
        "en",
        "'fails' but workaround in place, no deadline",
    ),
    (
        "We would really like sign-in with Google Workspace. Our 200 staff juggle another "
        "password and it causes a lot of reset requests.",
        "feature_gap",
        "medium",
        "en",
        "missing feature that matters",
    ),
    (
        "The review meeting you booked for Tuesday didn't happen; nobody joined from your "
        "side. Can we find another slot?",
        "service_failure",
        "medium",
        "en",
        "one missed meeting, not repeated: medium",
    ),
    (
        "Our card was charged the annual fee twice in May. Please refund the duplicate.",
        "commercial_dispute",
        "medium",
        "en",
        "double charge, no deadline: billing dispute",
    ),
    (
        "Since the last update, search won't find customers by phone number, only by name. We "
        "search by name for now.",
        "product_defect",
        "medium",
        "en",
        "'for now' workaround, no deadline",
    ),
    (
        "Usage has dropped a little since Jon moved teams. Could someone run a refresher for "
        "the new people?",
        "relationship_at_risk",
        "medium",
        "en",
        "falling usage with no threat",
    ),
    (
        "Could timesheets go straight to our payroll provider? At the moment we re-type them "
        "once a month.",
        "feature_gap",
        "medium",
        "en",
        "missing feature, monthly chore: medium",
    ),
    (
        "When two dispatchers edit the same job at once, one gets a 'save failed' error and "
        "has to reload. It happens a few times a week.",
        "product_defect",
        "medium",
        "en",
        "'save failed' occasionally, reload works: workaround",
    ),
    (
        "Einer unserer Mitarbeiter kann sich seit gestern nicht anmelden, die Mail zum "
        "Zurücksetzen kommt nicht an. Alle anderen arbeiten normal.",
        "product_defect",
        "medium",
        "de",
        "one user locked out, others fine: medium",
    ),
    (
        "Die Rechnung für Oktober enthält zehn Lizenzen mehr als vereinbart. Bitte korrigieren "
        "Sie das.",
        "commercial_dispute",
        "medium",
        "de",
        "billing dispute without a deadline",
    ),
    (
        "Berichte lassen sich leider nicht automatisch per E-Mail verschicken. Für uns wäre "
        "das wirklich wichtig.",
        "feature_gap",
        "medium",
        "de",
        "'wirklich wichtig': a missing feature that matters",
    ),
    (
        "Der PDF-Export bricht bei Dokumenten über 50 Seiten mit einem Fehler ab. Wir teilen "
        "sie vorher auf.",
        "product_defect",
        "medium",
        "de",
        "error with a workaround (splitting), no deadline",
    ),
    (
        "Unser Ticket vom 3. Mai ist noch unbeantwortet. Können Sie bitte nachsehen?",
        "service_failure",
        "medium",
        "de",
        "one unanswered ticket; the date is past, not a deadline",
    ),
    (
        "Die Nutzung im Vertrieb geht seit Monaten zurück. Haben Sie Ideen, wie wir das Team "
        "wieder dafür gewinnen?",
        "relationship_at_risk",
        "medium",
        "de",
        "falling usage with no threat",
    ),
    (
        "Le calcul des congés arrondit mal les demi-journées des temps partiels ; nous "
        "corrigeons quelques fiches à la main chaque mois.",
        "product_defect",
        "medium",
        "fr",
        "wrong result, a few fixed by hand monthly: workaround",
    ),
    (
        "Votre outil ne gère pas plusieurs devises sur une même facture, ce qui nous complique "
        "la vie avec nos clients suisses.",
        "feature_gap",
        "medium",
        "fr",
        "a missing feature that matters",
    ),
    (
        "Nous avons reçu deux factures pour le même trimestre. Pouvez-vous annuler l'une des "
        "deux ?",
        "commercial_dispute",
        "medium",
        "fr",
        "billing dispute without a deadline",
    ),
    (
        "La synchronisation avec Outlook échoue pour une collègue depuis lundi ; elle saisit "
        "ses rendez-vous directement dans l'application.",
        "product_defect",
        "medium",
        "fr",
        "one user, workaround: medium",
    ),
    (
        "Personne n'a répondu à notre demande de formation envoyée il y a trois semaines.",
        "service_failure",
        "medium",
        "fr",
        "one unanswered request: medium",
    ),
    (
        "El informe de ventas resta dos veces las devoluciones; lo corregimos en una hoja de "
        "cálculo cada mes.",
        "product_defect",
        "medium",
        "es",
        "wrong figures, monthly spreadsheet fix: workaround",
    ),
    (
        "Nos habéis cobrado el plan Premium y tenemos contratado el Estándar. ¿Podéis revisarlo?",
        "commercial_dispute",
        "medium",
        "es",
        "billing dispute without a deadline",
    ),
    (
        "Echamos de menos poder firmar documentos desde el móvil; muchos de nuestros 60 "
        "comerciales lo piden.",
        "feature_gap",
        "medium",
        "es",
        "a missing feature that matters",
    ),
    (
        "A una usuaria le sale 'error de carga' al adjuntar archivos de más de 10 MB. De "
        "momento los envía por correo.",
        "product_defect",
        "medium",
        "es",
        "one user, workaround by email: medium",
    ),
    (
        "Desde que se fue nuestra coordinadora, el equipo usa menos la plataforma. ¿Nos "
        "ayudáis a retomarla?",
        "relationship_at_risk",
        "medium",
        "es",
        "falling usage, no renewal or threat named",
    ),
    (
        "Small thing: the 'Sumbit' button on the expense form has a typo. No rush.",
        "product_defect",
        "low",
        "en",
        "typo, 'No rush': cosmetic",
    ),
    (
        "Your colleague forgot to send the slides from last week's training. Could you forward "
        "them when convenient?",
        "service_failure",
        "low",
        "en",
        "slides not sent, 'when convenient': minor",
    ),
    (
        "The message for a wrong password reads 'Incorrect pasword'. Just thought you'd want "
        "to know.",
        "product_defect",
        "low",
        "en",
        "typo in an error message: cosmetic",
    ),
    (
        "Nice to have: a dark mode for the night shift. Not urgent at all.",
        "feature_gap",
        "low",
        "en",
        "'Nice to have', 'not urgent': low",
    ),
    (
        "Our users can't change the colour of calendar labels. Not a big deal; just curious "
        "whether it's planned.",
        "feature_gap",
        "low",
        "en",
        "'not a big deal', a question: low",
    ),
    (
        "Could you send me the March invoice again as a PDF? I can't find it in my inbox.",
        "commercial_dispute",
        "low",
        "en",
        "plain billing request: a question",
    ),
    (
        "The 'Contact us' link in the help centre footer is broken and goes to a 404. Minor, "
        "but figured you'd want it.",
        "product_defect",
        "low",
        "en",
        "broken footer link, 'Minor': cosmetic",
    ),
    (
        "When the window is narrow the date picker overlaps the Save button a little. It is "
        "still clickable.",
        "product_defect",
        "low",
        "en",
        "layout overlap, still works: cosmetic",
    ),
    (
        "What is the difference between the Team and Business plans? We're just drafting next "
        "year's budget.",
        "commercial_dispute",
        "low",
        "en",
        "a plain question",
    ),
    (
        "Would it be possible to sort the user list by last login? Handy for tidying up.",
        "feature_gap",
        "low",
        "en",
        "'handy': nice to have",
    ),
    (
        "The onboarding checklist still shows step 4 unticked although we finished it. "
        "Cosmetic only.",
        "product_defect",
        "low",
        "en",
        "'Cosmetic only'",
    ),
    (
        "We have 300 users and may add another 20 next year. Is there a volume discount?",
        "commercial_dispute",
        "low",
        "en",
        "a pricing question; user count is size, not impact",
    ),
    (
        "Is there a date for the iPad app? We'd love it eventually, no rush before 1 June or "
        "anything.",
        "feature_gap",
        "low",
        "en",
        "wish with a date and 'no rush': low",
    ),
    (
        "The tooltip on 'Archive' says 'Delete', which confused one colleague for a second. "
        "Nothing was lost.",
        "product_defect",
        "low",
        "en",
        "wrong tooltip, 'Nothing was lost': cosmetic",
    ),
    (
        "The sandbox banner says 'Error: demo data outdated', but everything works. Just "
        "letting you know.",
        "product_defect",
        "low",
        "en",
        "harmless banner, 'just letting you know': minor",
    ),
    (
        "Invoices show the due date as 2024-05-31; we'd prefer 31/05/2024 when you get a chance.",
        "feature_gap",
        "low",
        "en",
        "format preference, 'when you get a chance': nice to have",
    ),
    (
        "Thanks for fixing it so fast yesterday. Out of curiosity, what caused the error on "
        "the reports page?",
        "product_defect",
        "low",
        "en",
        "already fixed, a question: low",
    ),
    (
        "Can we get the renewal quote in euros instead of pounds? The renewal isn't until next "
        "spring.",
        "commercial_dispute",
        "low",
        "en",
        "a billing question, renewal far off and not in doubt",
    ),
    (
        "After the update all users see the welcome tour again. Harmless; they just click Skip.",
        "product_defect",
        "low",
        "en",
        "'Harmless', skip works: minor",
    ),
    (
        "Kleiner Schönheitsfehler: im Bericht steht 'Umsazt' statt 'Umsatz'. Keine Eile.",
        "product_defect",
        "low",
        "de",
        "'Schönheitsfehler', 'Keine Eile': cosmetic",
    ),
    (
        "Könnte man die Spalten in der Kundenliste verschieben? Wäre schön, aber nicht dringend.",
        "feature_gap",
        "low",
        "de",
        "'wäre schön, nicht dringend': nice to have",
    ),
    (
        "Kurze Frage: Gilt der neue Preis ab dem 1. Januar oder erst ab der Vertragsverlängerung?",
        "commercial_dispute",
        "low",
        "de",
        "a plain question; the date is not a deadline",
    ),
    (
        "Bei langen Firmennamen wird der Text in der Kopfzeile abgeschnitten. Stört uns kaum.",
        "product_defect",
        "low",
        "de",
        "truncated header, 'stört kaum': cosmetic",
    ),
    (
        "Die Fehlermeldung beim Hochladen gibt es nur auf Englisch. Vielleicht lässt sich das "
        "irgendwann übersetzen.",
        "product_defect",
        "low",
        "de",
        "untranslated message, 'irgendwann': minor",
    ),
    (
        "Tous nos utilisateurs voient un message d'erreur au démarrage, mais il suffit de le "
        "fermer et tout fonctionne.",
        "product_defect",
        "low",
        "fr",
        "dismissable message, everything works: minor",
    ),
    (
        "Petite question : peut-on changer la couleur des boutons pour suivre notre charte ? "
        "Rien de pressé.",
        "feature_gap",
        "low",
        "fr",
        "'Rien de pressé', a question: low",
    ),
    (
        "L'accent manque sur « Déconnexion » dans le menu. Détail purement esthétique.",
        "product_defect",
        "low",
        "fr",
        "'purement esthétique': cosmetic",
    ),
    (
        "Pourriez-vous nous renvoyer la facture de février ? Nous l'avons égarée.",
        "commercial_dispute",
        "low",
        "fr",
        "plain billing request",
    ),
    (
        "Le lien « mot de passe oublié » est cassé sur la version anglaise du site, mais "
        "personne chez nous ne s'en sert.",
        "product_defect",
        "low",
        "fr",
        "broken link nobody uses: minor",
    ),
    (
        "Una duda: ¿se pueden enviar los correos automáticos en catalán? Sin prisa.",
        "feature_gap",
        "low",
        "es",
        "'Sin prisa', a question: low",
    ),
    (
        "En el informe mensual el logotipo sale un poco pixelado. Nada grave.",
        "product_defect",
        "low",
        "es",
        "'Nada grave': cosmetic",
    ),
    (
        "El botón 'Guardar' aparece como 'Save' en la versión en español. Es un detalle.",
        "product_defect",
        "low",
        "es",
        "'Es un detalle': cosmetic",
    ),
    (
        "¿Cuándo vence nuestra próxima factura? Es para la previsión, nada más.",
        "commercial_dispute",
        "low",
        "es",
        "a plain billing question",
    ),
    (
        "Algunos usuarios ven un icono de error junto al nombre del informe, aunque el informe "
        "sale bien. No nos afecta.",
        "product_defect",
        "low",
        "es",
        "'No nos afecta': cosmetic",
    ),
    (
        "Sería genial poder ordenar las tareas arrastrándolas. Solo una sugerencia para el futuro.",
        "feature_gap",
        "low",
        "es",
        "'solo una sugerencia': nice to have",
    ),
]
