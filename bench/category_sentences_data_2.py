"""Blind evaluation batch 2 for the category classifier: product defects in other words.

150 whole customer emails (2-15 lines each), each labelled with one category.

Per label:
    product_defect        70  (en 42, de 10, fr 9, es 9)
    feature_gap           25  (en 15, de 3, fr 4, es 3)
    relationship_at_risk  25  (en 15, de 3, fr 3, es 4)
    commercial_dispute    20  (en 12, de 3, fr 2, es 3)
    service_failure       10  (en 6, de 1, fr 2, es 1)
    executive_intervention 0
Per language: en 90, de 20, fr 20, es 20. 38 items carry a one-line CSM note (the CSM
forwarding the mail to the escalation desk; the note never names a category or a level).

How it was made: every message was written and labelled by hand, blind, from the defs-1
bullets quoted in the task only. No repository file was read, and nothing (no classifier,
bench script or test) was run on the items before or after labelling; only a syntax check,
a line-length check and a count per label/language/note were run on this file.

Borders it aims at: product defects told in the words of other categories -
  * a need, a wish, a limit or a "can you make it..." question about something the product
    should already do or did until recently (about 25);
  * money the product computes, shows or sends wrong for the customer (their own invoices,
    shop prices, payroll, tax rates, a refund button, rounding) or what a breakage cost them
    (about 15);
  * people and the relationship: users giving up, staff distrusting the numbers, a champion
    fed up, a renewal or a rival named while the problem is a bug (about 15);
  * ordinary defects in unusual words (slow, vanishes, jumps, blank, yesterday's figures,
    duplicates, wrong language, mails that never arrive, a sync that stops halfway).
Against true items of the other side of each border: feature gaps that sound like breakage
or urgency (never supported by design), commercial disputes that mention the product or its
numbers, relationship-at-risk mails with a product annoyance only in passing, and service
failures about a defect where our people's or process's failure is the subject.

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (note, text, category, language, why) — why: the words that decided the category and the
# defs-1 bullet it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------------------------
    # product_defect told as a need, a wish, a limit or a question (25)
    # ------------------------------------------------------------------------------------
    (
        "",
        "Hello,\n"
        "Is there a way to get the weekly totals to include Saturdays and Sundays again? "
        "Since about the 12th the dashboard sums Monday to Friday only, and our depots run "
        "seven days. Nobody here changed a setting that we know of.\n"
        "Thanks,\n"
        "Greta Mills\n"
        "Depot Coordinator, Fenwick Haulage",
        "product_defect",
        "en",
        "'include weekends again ... since the 12th' - totals now wrong: product_defect "
        "(wrong data, however small)",
    ),
    (
        "Forwarding from Brightwater Dental - their patient export changed how it writes IDs "
        "after the last update.",
        "Hi Sam,\n"
        "We need the CSV export to keep the leading zeros on patient numbers. Up to last "
        "month 004512 came out as 004512; now it comes out as 4512 and our lab's system "
        "rejects the file. Can that be put back?\n"
        "Regards,\n"
        "Priya Nandakumar\n"
        "Practice Manager",
        "product_defect",
        "en",
        "'up to last month ... now it comes out as 4512' - export mangles IDs: product_defect "
        "(wrong data)",
    ),
    (
        "",
        "Hey,\n"
        "quick one - the app doesn't let the new badges sign in. We got the blue HID cards in "
        "janaury, the readers beep green, but the kiosk app says 'unknown credential'. The old "
        "grey cards still work. Your spec sheet lists HID iCLASS as supported so I assume it's "
        "something on our end?? Let us know what to try.\n"
        "Tom\n"
        "Facilities, Ashcombe Primary School",
        "product_defect",
        "en",
        "'spec sheet lists HID iCLASS as supported' yet 'unknown credential' - product_defect "
        "(errors)",
    ),
    (
        "",
        "Good afternoon,\n"
        "The user guide (section 4.3) says that when a leave request is approved, a copy goes "
        "to the employee's line manager. It doesn't. We have checked with six managers across "
        "two sites and none has recieved anything since we started in September. Could you "
        "advise how we get this working as described?\n"
        "Kind regards\n"
        "Annette Coyle\n"
        "HR Administrator\n"
        "St. Brigid's Care Homes",
        "product_defect",
        "en",
        "'user guide says a copy goes to the line manager. It doesn't' - product_defect (broken)",
    ),
    (
        "",
        "Can you make the monthly report stop splitting pages in the middle of a row? Half a "
        "line of figures sits at the bottom of page 3 and the other half at the top of page 4. "
        "It never used to do this - our auditors have asked why the printouts look chopped.\n"
        "\n"
        "Jonas Lindqvist\n"
        "Accounts, Nordvik Marine Supplies",
        "product_defect",
        "en",
        "'never used to do this' - report layout broke: product_defect (however small)",
    ),
    (
        "",
        "Hi,\n"
        "Does the room planner still handle 'every second Tuesday'? The option is in the "
        "dropdown and we pick it, but the series gets created for every Tuesday, so we keep "
        "double-booking the community hall. Just want to know if we're using it wrong.\n"
        "Thanks\n"
        "Linda Okafor\n"
        "Bookings Officer, Harrowgate Parish Council",
        "product_defect",
        "en",
        "'option is in the dropdown ... created for every Tuesday' - wrong result: product_defect",
    ),
    (
        "",
        "Hello support,\n"
        "Would it be possible for the client search to find people by part of their surname, "
        "like it did before the summer? Typing 'Fitz' used to bring up all the Fitzgeralds and "
        "Fitzpatricks; now I have to type the full name exactly or I get 'no results'. We have "
        "4,000 clients so it matters.\n"
        "Best,\n"
        "Ciara Doyle\n"
        "Paralegal, Doyle & Rourke Solicitors",
        "product_defect",
        "en",
        "'like it did before the summer ... now no results' - search regressed: product_defect",
    ),
    (
        "",
        "Hi,\n"
        "Three things we need from the label module, in order:\n"
        "- batch number back on the label (it disappeared after the 6.2 update)\n"
        "- best-before date in DD/MM like before, not MM/DD\n"
        "- the barcode to scan first time again, our handhelds now need 3-4 tries\n"
        "All three were fine until the update. Production is labelling by hand for now.\n"
        "Cheers,\n"
        "Rob Hensley\n"
        "Shift Supervisor, Kettle Lane Bakery",
        "product_defect",
        "en",
        "'all three were fine until the update' - label output wrong: product_defect "
        "(broken, wrong data)",
    ),
    (
        "",
        "Hi there,\n"
        "Is there a limit on how many rows the contact import takes? Ours stops at exactly 500 "
        "every time and the rest are silently dropped. Your help page says up to 50,000 per "
        "file. We're trying to load 3,200 donors before our spring appeal.\n"
        "Thanks so much,\n"
        "Beth Carrow\n"
        "Supporter Care, Lanterns Children's Trust",
        "product_defect",
        "en",
        "help page 'up to 50,000' but 'stops at exactly 500 ... silently dropped' - "
        "product_defect (lost data)",
    ),
    (
        "Hotel says reservations made after 11pm land on the next day in the app since the "
        "clocks changed.",
        "Hello,\n"
        "Can we set the system so that a booking made at 23:30 stays on the day it was made? "
        "Since the clocks went back, late bookings show up dated the following day on the "
        "night audit. Didn't happen last winter as far as I know.\n"
        "Alessandro Ricci\n"
        "Night Manager, The Quayside Hotel",
        "product_defect",
        "en",
        "'late bookings show dated the following day ... didn't happen last winter' - "
        "product_defect (wrong data)",
    ),
    (
        "",
        "need the tablet app to keep us logged in for a full shift like it did. now it logs "
        "out every 5 min or so and the nurses re-enter their PIN 40 times a night. the setting "
        "in admin still says 8 hours.\n"
        "- Kev, ward IT, Millbrook Community Hospital",
        "product_defect",
        "en",
        "'setting in admin still says 8 hours' but logs out every 5 min - product_defect (broken)",
    ),
    (
        "",
        "Dear Support,\n"
        "We would like parents to be able to see the files teachers attach to homework. There "
        "is an 'Attachments' tab in the parent view, and teachers can see their files there, "
        "but for parents the tab is always empty. Is there a permission we are missing? We've "
        "looked everywhere.\n"
        "Yours faithfully,\n"
        "Mrs H. Abara\n"
        "Data Manager, Oakfield Academy",
        "product_defect",
        "en",
        "parent view has the tab but 'for parents the tab is always empty' - product_defect "
        "(broken)",
    ),
    (
        "",
        "---------- Forwarded message ---------\n"
        "From: Dale Pritchard <d.pritchard@corrways.co.uk>\n"
        "Sent: Monday, 9 March 09:14\n"
        "To: Transport Office\n"
        "Subject: routes\n"
        "\n"
        "Can someone ask the software people to get the planner to avoid the Station Rd "
        "bridge again? Two of my 4.2m trailers got sent under it this week.\n"
        "\n"
        "---\n"
        "Hi, forwarding the above from one of our drivers. Vehicle height is set on each "
        "trailer profile and the planner respected it until recently. Could you look into it?\n"
        "Megan Hale\n"
        "Transport Planner, Corr Ways Logistics",
        "product_defect",
        "en",
        "height set on profile, planner 'respected it until recently' - product_defect "
        "(wrong, broken)",
    ),
    (
        "",
        "Hi again,\n"
        "Thanks, but we still can't get approval reminders to go to the deputy when the "
        "approver is away.\n"
        "\n"
        "On Tue 3 Nov, Support wrote:\n"
        "> When an approver sets an out-of-office in their profile, reminders\n"
        "> are routed to the nominated deputy automatically.\n"
        "\n"
        "That's exactly what we've done for Carla (out till the 20th, deputy = Ben). Ben got "
        "nothing, Carla's inbox has 31 reminders. Is there another step?\n"
        "Marta Kowalczyk\n"
        "Purchasing, Vale Fabrications Ltd",
        "product_defect",
        "en",
        "support: 'routed to the nominated deputy automatically'; 'Ben got nothing' - "
        "product_defect (broken)",
    ),
    (
        "",
        "Hello,\n"
        "Quick question - is there any way to see pupils' borrowing history beyond the last "
        "7 days? Up to Easter I could scroll back over the whole term, which I need for the "
        "reading awards. Now the list just ends a week ago. Has something been switched off?\n"
        "Many thanks\n"
        "Joyce Whitlow\n"
        "Librarian, Penrose High School",
        "product_defect",
        "en",
        "'up to Easter I could scroll back the whole term ... now ends a week ago' - "
        "product_defect",
    ),
    (
        "",
        "Guten Tag,\n"
        "gibt es eine Möglichkeit, dass unser Logo wieder oben auf den Lieferscheinen "
        "erscheint? Es ist im Profil hinterlegt und war bis vor zwei Wochen auch drauf. "
        "Seitdem ist da nur ein leerer grauer Kasten.\n"
        "Mit freundlichen Grüßen\n"
        "Sabine Krüger\n"
        "Versand, Holzwerk Krüger & Söhne",
        "product_defect",
        "de",
        "'war bis vor zwei Wochen auch drauf ... leerer grauer Kasten' - product_defect "
        "(however small)",
    ),
    (
        "Fleet workshop in Bavaria says the shift planner schedules people on public holidays "
        "although their state is set.",
        "Hallo zusammen,\n"
        "wir bräuchten, dass der Schichtplaner die bayerischen Feiertage berücksichtigt. Das "
        "Bundesland ist in den Einstellungen auf Bayern gesetzt, laut Ihrer Hilfe sollen dann "
        "die Feiertage automatisch gesperrt sein. Trotzdem hat er uns für Fronleichnam und "
        "Mariä Himmelfahrt volle Schichten eingeplant.\n"
        "Gruß\n"
        "Markus Eder\n"
        "Werkstattleitung, Autohaus Eder GmbH",
        "product_defect",
        "de",
        "'laut Ihrer Hilfe ... automatisch gesperrt. Trotzdem ... eingeplant' - "
        "product_defect (broken)",
    ),
    (
        "",
        "Hallo,\n"
        "kann man irgendwo einstellen, dass die App die Schadensfotos wieder in voller "
        "Auflösung hochlädt? Seit dem letzten Update kommen die Bilder nur noch briefmarkengroß "
        "an, man erkennt keine Risse mehr. Die Option „Originalgröße“ ist bei uns angehakt.\n"
        "Viele Grüße\n"
        "Jan Petersen\n"
        "Gutachter, Nordsee Bauprüfung",
        "product_defect",
        "de",
        "'wieder in voller Auflösung ... seit dem Update ... Option angehakt' - "
        "product_defect (broken)",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "für den Monatsabschluss benötigen wir, dass der Export für unseren Steuerberater die "
        "Kostenstellen wieder mitliefert. Bis einschließlich Januar war die Spalte befüllt, im "
        "Februar-Export ist sie bei allen 600 Buchungen leer. An den Stammdaten haben wir "
        "nichts geändert.\n"
        "Mit freundlichen Grüßen\n"
        "Petra Lang\n"
        "Buchhaltung, Lang Dentaltechnik",
        "product_defect",
        "de",
        "'bis einschließlich Januar war die Spalte befüllt ... leer' - product_defect (lost data)",
    ),
    (
        "",
        "Bonjour,\n"
        "est-il possible de faire en sorte que les rappels SMS partent de nouveau la veille du "
        "rendez-vous ? Depuis début mars, ils partent le jour même à 7h, parfois après le "
        "rendez-vous. Le paramètre est toujours sur « J-1 ».\n"
        "Cordialement,\n"
        "Nadia Benali\n"
        "Secrétaire médicale, Cabinet de kinésithérapie des Tilleuls",
        "product_defect",
        "fr",
        "'le paramètre est toujours sur J-1' but sent the same day - product_defect (broken)",
    ),
    (
        "The school's timetable stopped showing substitute teachers after the holidays, they say.",
        "Bonjour à tous,\n"
        "nous aurions besoin que l'emploi du temps affiche les remplaçants comme il le faisait "
        "avant les vacances. Aujourd'hui, quand un professeur est absent, la case reste au nom "
        "du titulaire et les élèves vont dans la mauvaise salle. Les remplacements sont "
        "pourtant bien saisis côté vie scolaire.\n"
        "Merci d'avance,\n"
        "Julien Marchetti\n"
        "CPE, Collège Jean-Moulin",
        "product_defect",
        "fr",
        "'comme il le faisait avant les vacances ... la case reste au nom du titulaire' - "
        "product_defect",
    ),
    (
        "",
        "Bonjour,\n"
        "la notice indique que le boîtier envoie une alerte au responsable quand la "
        "température de la chambre froide dépasse 4 °C. Hier elle est montée à 9 °C pendant "
        "deux heures (on l'a vu sur la courbe dans l'appli) et personne n'a reçu d'alerte. "
        "Pouvez-vous nous dire comment l'activer correctement ?\n"
        "Bien à vous,\n"
        "Éric Fournier\n"
        "Chef de cuisine, Traiteur Fournier",
        "product_defect",
        "fr",
        "'la notice indique ... envoie une alerte' yet none at 9 °C - product_defect (broken)",
    ),
    (
        "",
        "Hola,\n"
        "¿hay alguna forma de que los tickets de cocina vuelvan a salir con el número de mesa? "
        "Desde el viernes salen sin él y los cocineros no saben a qué mesa va cada plato. En "
        "la configuración sigue marcado «mostrar mesa».\n"
        "Un saludo,\n"
        "Iker Etxeberria\n"
        "Encargado de sala, Asador Txoko",
        "product_defect",
        "es",
        "'vuelvan a salir con el número de mesa ... sigue marcado' - product_defect (broken)",
    ),
    (
        "Cleaning company: staff hired this month can't clock in from the phone app, older "
        "staff can.",
        "Buenos días:\n"
        "necesitamos que la aplicación deje fichar a las empleadas que han entrado este mes. "
        "Las damos de alta igual que siempre, les llega el correo de bienvenida, pero al "
        "fichar sale «usuario no habilitado». Las antiguas fichan sin problema. ¿Qué nos "
        "falta?\n"
        "Gracias,\n"
        "Rocío Manzano\n"
        "Coordinadora, Limpiezas Brillante S.L.",
        "product_defect",
        "es",
        "set up 'igual que siempre' but 'usuario no habilitado' - product_defect (errors)",
    ),
    (
        "",
        "Hola equipo,\n"
        "¿se puede conseguir que el buscador del catálogo vuelva a encontrar títulos con "
        "tilde? Si busco «canción» no sale nada; si busco «cancion» sin tilde, sí. Hasta la "
        "actualización de enero funcionaba de las dos maneras y los socios se quejan.\n"
        "Saludos cordiales,\n"
        "Maite Ordóñez\n"
        "Bibliotecaria, Biblioteca Municipal de Tarazona",
        "product_defect",
        "es",
        "'hasta la actualización de enero funcionaba' - search broke: product_defect",
    ),
    # ------------------------------------------------------------------------------------
    # product_defect told as money (15)
    # ------------------------------------------------------------------------------------
    (
        "Their invoices to their own customers went out with the old VAT rate after the update.",
        "Hi,\n"
        "The invoices we send our customers out of your system have been charging 17.5% VAT "
        "since Thursday instead of 20%. The rate under Settings > Tax still shows 20%. About "
        "140 invoices have gone out. We'll have to issue corrections to all of them - please "
        "tell us what's going on.\n"
        "Fiona Grant\n"
        "Bookkeeper, Grant & Hollis Joinery",
        "product_defect",
        "en",
        "their own invoices 'charging 17.5% ... Settings still shows 20%' - product computes "
        "wrong: product_defect",
    ),
    (
        "",
        "Hello,\n"
        "Our webshop is showing prices without the discount we set up for the spring sale - "
        "except on the basket page, where it's applied. So customers see £49 on the product "
        "page and £39.20 at checkout. A few have emailed asking if it's a scam. The sale rule "
        "is set up exactly like the Christmas one, which worked fine.\n"
        "Thanks,\n"
        "Owen Blake\n"
        "E-commerce, Blake's Garden Centre",
        "product_defect",
        "en",
        "shop prices 'without the discount ... applied at checkout' - wrong figures shown: "
        "product_defect",
    ),
    (
        "",
        "Subject: overtime in March run\n"
        "\n"
        "Hi,\n"
        "The March payroll preview doubles overtime for anyone who did a Sunday shift - e.g. "
        "Aisha did 6h on Sunday 9th and it's showing 12h at time-and-a-half. Same rules as "
        "February, which came out right. Pay date is the 28th and we need to finalise by "
        "Wednesday.\n"
        "Regards\n"
        "Claire Donnelly\n"
        "Payroll Administrator, Greenway Care Services",
        "product_defect",
        "en",
        "payroll 'doubles overtime ... same rules as February, which came out right' - "
        "product_defect (wrong data)",
    ),
    (
        "",
        "Hi support,\n"
        "The 'Refund' button on orders has stopped doing anything for partial refunds. Full "
        "refunds go through, but if I change the amount to, say, £12 of £30, I click and the "
        "spinner runs forever. The customer never gets the money back, and I've got 9 "
        "waiting. Doing them through the card terminal by hand for now.\n"
        "Cheers,\n"
        "Nisha Patel\n"
        "Customer Service, Tidy Paws Pet Supplies",
        "product_defect",
        "en",
        "'Refund button has stopped doing anything' (their customers' refunds) - "
        "product_defect (errors)",
    ),
    (
        "",
        "Hello,\n"
        "When we convert EUR invoices to GBP in the ledger, your system seems to round each "
        "line before adding them up, so the totals are off by a few pence against the bank. "
        "On a 300-line invoice from our Dutch supplier it was out by £1.47. Our auditors "
        "flagged 23 of these. Was this always how it worked? Last year's reconciliations "
        "balanced to the penny.\n"
        "Best regards\n"
        "Helen Ashworth\n"
        "Financial Controller, Marlowe Instruments",
        "product_defect",
        "en",
        "'rounds each line ... totals off ... last year's balanced' - miscalculation: "
        "product_defect",
    ),
    (
        "",
        "Hi,\n"
        "I want you to understand what last Saturday cost us. The till app froze from about "
        "11:20 to 13:05 at both shops - card payments wouldn't go through and we turned people "
        "away on our busiest day. Rough estimate £3,800 in lost sales, plus the cake orders we "
        "couldn't take. I need to know why it happened and that it won't happen this "
        "Saturday.\n"
        "Deborah Finch\n"
        "Shop Manager, Finch & Crumb Bakeries",
        "product_defect",
        "en",
        "'till app froze ... card payments wouldn't go through'; £3,800 is the cost, no claim "
        "on fees - product_defect",
    ),
    (
        "",
        "Hi Gareth,\n"
        "\n"
        "Sorry to come back on this. Our Gift Aid statements still show the wrong totals.\n"
        "\n"
        "> From: Gareth (Support)\n"
        "> The statement generator was patched on Monday, please re-run.\n"
        "\n"
        "Re-ran it this morning: Mrs Oduya gave £25 a month all year, the statement says £25 "
        "total. Same for every monthly donor I checked. We can't send these out to 2,000 "
        "supporters.\n"
        "\n"
        "Thanks,\n"
        "Ruth Emeka\n"
        "Supporter Relations, Riverside Hospice",
        "product_defect",
        "en",
        "statement 'says £25 total' for a year of £25 a month - product_defect (wrong data)",
    ),
    (
        "",
        "hi - our quote builder has started adding sales tax to labour lines for our Oregon "
        "customers. Oregon has no sales tax and the customer record says tax exempt. Sent "
        "three quotes out before I noticed, one customer already called us crooks. Please fix "
        "asap\n"
        "Mike T.\n"
        "Estimator, Cascade Roof & Gutter",
        "product_defect",
        "en",
        "quote builder 'adding sales tax ... record says tax exempt' - product_defect (wrong data)",
    ),
    (
        "Wholesaler says the supplier payment file came out empty this morning.",
        "Urgent please.\n"
        "The BACS file the payments module produced for today's supplier run is 0 KB. The run "
        "screen shows 212 payments approved, total £418,260.55, but the file has nothing in "
        "it, so the bank rejected it. Our suppliers are expecting payment today and two have "
        "us on stop. I've tried generating it twice.\n"
        "Steve Corrigan\n"
        "Accounts Payable Lead, Hallam Wholesale Foods",
        "product_defect",
        "en",
        "payment file 'is 0 KB ... 212 payments approved' - product output broken: product_defect",
    ),
    (
        "",
        "Hallo,\n"
        "in unserem Shop werden seit gestern Abend alle Preise für Kunden aus Österreich ohne "
        "Mehrwertsteuer angezeigt, bei Kunden aus Deutschland stimmt es. Es sind schon rund "
        "40 Bestellungen zu falschen Preisen eingegangen. Die Steuerregeln haben wir nicht "
        "angefasst.\n"
        "Bitte um schnelle Rückmeldung.\n"
        "Lea Hoffmann\n"
        "Online-Vertrieb, Kaffeerösterei Hoffmann",
        "product_defect",
        "de",
        "shop prices 'ohne Mehrwertsteuer ... Steuerregeln nicht angefasst' - product_defect",
    ),
    (
        "Home-care provider says night-shift allowances were left off the payslips generated this "
        "month.",
        "Sehr geehrtes Support-Team,\n"
        "bei der Lohnabrechnung für März fehlen bei allen Pflegekräften die Nachtzuschläge, "
        "obwohl die Stunden korrekt erfasst sind (Spalte „Nacht“ ist gefüllt). Im Februar "
        "wurden sie mit denselben Einstellungen richtig berechnet. Die Auszahlung ist am 30., "
        "bis dahin muss das stimmen.\n"
        "Freundliche Grüße\n"
        "Katrin Wolff\n"
        "Personalabteilung, Ambulanter Pflegedienst Sonnenhof",
        "product_defect",
        "de",
        "'fehlen die Nachtzuschläge ... im Februar richtig berechnet' - product_defect "
        "(wrong data)",
    ),
    (
        "",
        "Bonjour,\n"
        "nos factures clients en francs suisses sont arrondies au centime près alors que le "
        "paramètre est réglé sur l'arrondi à 5 centimes, comme l'exige l'usage ici. "
        "Résultat : des montants comme 48,37 CHF que nos clients ne peuvent pas régler en "
        "espèces. Avant la version 8, c'était correct.\n"
        "Meilleures salutations,\n"
        "Laurent Jaccard\n"
        "Comptabilité, Jaccard Horlogerie SA",
        "product_defect",
        "fr",
        "'paramètre réglé sur l'arrondi à 5 centimes ... avant la version 8, correct' - "
        "product_defect",
    ),
    (
        "",
        "Bonjour,\n"
        "mercredi, votre module de réservation en ligne a affiché « complet » sur toutes nos "
        "dates alors que nous avions 30 chambres libres. On ne l'a découvert que le soir. Sur "
        "une journée normale, c'est 15 à 20 réservations : on estime la perte à 4 000 €. Il "
        "faut que nous comprenions ce qui s'est passé.\n"
        "Cordialement,\n"
        "Sophie Garnier\n"
        "Responsable réservations, Hôtel Les Mouettes",
        "product_defect",
        "fr",
        "'a affiché complet ... 30 chambres libres'; 4 000 € is the cost of it - product_defect",
    ),
    (
        "",
        "Buenas tardes,\n"
        "el cierre de caja del TPV no cuadra desde el lunes: el informe suma las propinas dos "
        "veces en el total de tarjeta. Ayer marcaba 2.310 € en tarjeta y el banco nos ha "
        "abonado 2.145 €, que es justo la cifra sin repetir las propinas. Los encargados ya no "
        "se fían del cierre.\n"
        "Saludos,\n"
        "Pablo Cuesta\n"
        "Administración, Grupo La Bodeguilla",
        "product_defect",
        "es",
        "el informe 'suma las propinas dos veces' - wrong totals: product_defect",
    ),
    (
        "Language school: the monthly fee receipts the system sent to parents show the wrong "
        "amount.",
        "Hola,\n"
        "los recibos de octubre que el sistema ha enviado a las familias llevan el importe del "
        "curso pasado (65 €) en lugar del nuevo (72 €). La tarifa está actualizada en la ficha "
        "de cada grupo y en septiembre salió bien. Ya nos han escrito varios padres "
        "preguntando cuál es el correcto.\n"
        "Un saludo,\n"
        "Elena Vidal\n"
        "Secretaría, Academia de Idiomas Babel",
        "product_defect",
        "es",
        "their receipts 'llevan el importe del curso pasado ... tarifa actualizada' - "
        "product_defect",
    ),
    # ------------------------------------------------------------------------------------
    # product_defect told as people and the relationship (15)
    # ------------------------------------------------------------------------------------
    (
        "Clinic group's front-desk staff have gone back to paper because the check-in screen "
        "keeps freezing.",
        "Hi Anna,\n"
        "Honest update: reception at all three clinics has gone back to paper sign-in sheets. "
        "The check-in tablet freezes every time a patient with a hyphenated surname taps their "
        "name, and the team got tired of rebooting it in front of a queue. I can't make them "
        "use it until that's sorted.\n"
        "Best,\n"
        "Marcus Heale\n"
        "Operations Lead, Cedar Physio Clinics",
        "product_defect",
        "en",
        "'tablet freezes every time ...'; paper is the effect - product_defect (crashes)",
    ),
    (
        "",
        "Hi,\n"
        "Our store managers have stopped trusting the stock figures. Three times this month "
        "the app said we had stock of a line that wasn't on the shelf, and once it said zero "
        "when there were two pallets in the back. They've started doing manual counts every "
        "morning, which is the job your system was meant to save them. We need the counts to "
        "be right.\n"
        "Regards,\n"
        "Phil Murray\n"
        "Retail Operations, Murray's Hardware (6 stores)",
        "product_defect",
        "en",
        "'said zero when there were two pallets' - wrong data; distrust is the effect: "
        "product_defect",
    ),
    (
        "",
        "Sam,\n"
        "I've been your biggest fan here for two years and I'm fed up. The rota still sends "
        "shift-swap notifications to the person who gave the shift away instead of the one "
        "who picked it up. I reported this in January. Every week someone misses a shift and "
        "I'm the one who gets the blame for 'that app'. Please just fix it.\n"
        "Jo Kendrick\n"
        "Team Leader, Halden Leisure Centre",
        "product_defect",
        "en",
        "'sends notifications to the person who gave the shift away' - product_defect; "
        "anger is tone",
    ),
    (
        "Renewal is in June; they raise it while asking about the duplicate calendar entries.",
        "Hello,\n"
        "Our renewal comes up in June and I'll be honest, right now it's a hard sell "
        "internally. Since the Outlook sync was changed, every appointment appears twice in "
        "our lawyers' calendars, and when one copy is deleted, both go. Two client meetings "
        "were missed last week. Fix the sync and we're fine.\n"
        "Kind regards,\n"
        "Rebecca Stone\n"
        "Practice Manager, Stone Whitaker LLP",
        "product_defect",
        "en",
        "'every appointment appears twice ... both go'; renewal = churn threat about a defect "
        "- product_defect",
    ),
    (
        "",
        "Hi,\n"
        "One of our site managers has put together a comparison with FieldPro because your "
        "mobile app keeps losing the photos attached to inspections when the signal drops. "
        "They take the photo, it shows a tick, and back at the office it isn't there. I'd "
        "rather stay with you, but I need the photos to stop disappearing.\n"
        "Thanks,\n"
        "Callum Reid\n"
        "Health & Safety Coordinator, Reid Civil Engineering",
        "product_defect",
        "en",
        "'keeps losing the photos'; rival named over a defect - product_defect (lost data)",
    ),
    (
        "",
        "Hiya,\n"
        "so the sales team are basically boycotting the CRM now lol. Not being dramatic - "
        "since Tuesday every time they save a note on a deal it wipes the deal value back to "
        "£0. They've gone back to their spreadsheets and I'm losing the argument for keeping "
        "everyone on one system.\n"
        "Can someone look today?\n"
        "Amy\n"
        "Sales Ops, Tallis Print & Signs\n"
        "\n"
        "PS it's every deal, not just new ones",
        "product_defect",
        "en",
        "'save a note ... wipes the deal value back to £0' - data loss; boycott is the effect: "
        "product_defect",
    ),
    (
        "",
        "From: Owen Price <o.price@brynmawr-school.org>\n"
        "Sent: 14 May 16:02\n"
        "To: Support\n"
        "Cc: Subject leaders\n"
        "Subject: Marks\n"
        "\n"
        "Hi,\n"
        "The subject leaders have asked me to pass on that they no longer believe the "
        "gradebook averages. The weighting for coursework (set to 40%) is being applied as 4% "
        "since the half-term update, and several pupils' predicted grades dropped two levels "
        "overnight. Parents' evening is on the 22nd.\n"
        "Owen Price\n"
        "Assessment Coordinator",
        "product_defect",
        "en",
        "'set to 40% ... applied as 4%' - wrong calculation; distrust is the effect: "
        "product_defect",
    ),
    (
        "",
        "Dear all,\n"
        "We are losing volunteers over this. Our drivers use the app to see who to collect for "
        "the lunch club, and about one morning in three the list comes up with last week's "
        "names. Two of our longest-serving drivers told me yesterday they won't use it any "
        "more. Could someone please explain what's happening?\n"
        "With thanks,\n"
        "Margaret Lowe\n"
        "Volunteer Coordinator, Age Together Bexley",
        "product_defect",
        "en",
        "'list comes up with last week's names' - stale data; volunteers quitting is the "
        "effect: product_defect",
    ),
    (
        "",
        "This is the third time the nightly backup job has failed silently. We only found out "
        "because a user needed a file from Tuesday and there was nothing. If this isn't fixed "
        "properly we will not be renewing in September and we'll tell the other schools in "
        "our network why.\n"
        "D. Okonkwo\n"
        "IT Manager, Westbridge Learning Trust",
        "product_defect",
        "en",
        "'backup job has failed silently ... there was nothing'; non-renewal threat over a "
        "defect - product_defect",
    ),
    (
        "Logistics firm mentions a rival offer while reporting that scanned parcels vanish "
        "from the tour list.",
        "Hallo Herr Brandt,\n"
        "ich sage es offen: Unsere Disponenten haben ein Angebot von LogiSoft auf dem Tisch. "
        "Grund ist, dass gescannte Pakete seit Wochen immer wieder aus der Tourenliste "
        "verschwinden und die Fahrer sie dann nicht zustellen. Wir wollen eigentlich bei Ihnen "
        "bleiben, aber das muss aufhören.\n"
        "Grüße\n"
        "Stefan Albers\n"
        "Disposition, Albers Kurierdienst",
        "product_defect",
        "de",
        "'gescannte Pakete ... verschwinden'; rival offer over a defect - product_defect",
    ),
    (
        "",
        "Guten Morgen,\n"
        "die Ärztinnen in unserer Praxis weigern sich inzwischen, die Diktierfunktion zu "
        "benutzen. Seit dem Update bricht die Aufnahme nach ca. 60 Sekunden einfach ab, ohne "
        "Warnung, und der Text ist weg. Nach dem dritten verlorenen Arztbrief haben sie "
        "aufgegeben. Wir tippen jetzt wieder alles ab.\n"
        "Freundliche Grüße\n"
        "Monika Seidel\n"
        "Praxismanagerin, Gemeinschaftspraxis am Ring",
        "product_defect",
        "de",
        "'bricht die Aufnahme ab ... der Text ist weg'; giving up is the effect - product_defect",
    ),
    (
        "",
        "Bonjour Claire,\n"
        "je suis celle qui a fait entrer votre outil à la mairie, et je commence à le "
        "regretter. Les demandes d'état civil déposées en ligne le week-end n'apparaissent "
        "dans notre file que le mercredi suivant, voire jamais. Les agents me le reprochent à "
        "moi. Je vous demande une correction, pas des excuses.\n"
        "Cordialement,\n"
        "Isabelle Morin\n"
        "Service population, Mairie de Saint-Aubin",
        "product_defect",
        "fr",
        "'n'apparaissent que le mercredi suivant, voire jamais' - product_defect; champion's "
        "anger is tone",
    ),
    (
        "Their contract renewal is next month; the complaint is about the stock alerts.",
        "Bonjour,\n"
        "à un mois du renouvellement, je dois être honnête : l'équipe de la pharmacie ne croit "
        "plus aux alertes de stock. L'appli nous prévient de ruptures sur des produits qu'on a "
        "en rayon, et ne dit rien quand on tombe vraiment à zéro. On a manqué d'insuline deux "
        "fois. Réglez ça et on renouvelle.\n"
        "Bien cordialement,\n"
        "Thomas Lefèvre\n"
        "Pharmacien adjoint, Pharmacie du Marché",
        "product_defect",
        "fr",
        "alerts wrong 'sur des produits qu'on a en rayon'; renewal as leverage - product_defect",
    ),
    (
        "",
        "Hola Marta,\n"
        "te escribo porque los comerciales han dejado de usar la app en las visitas. Cuando no "
        "hay cobertura (en media provincia no la hay) el pedido se queda «enviando» para "
        "siempre y, al volver a tener señal, desaparece. Ya han perdido pedidos de clientes "
        "buenos y dicen que prefieren el papel.\n"
        "Un abrazo,\n"
        "Javier Pons\n"
        "Jefe de ventas, Distribuciones Pons",
        "product_defect",
        "es",
        "'el pedido se queda enviando ... desaparece' - lost data; reps quitting is the "
        "effect: product_defect",
    ),
    (
        "",
        "Buenas,\n"
        "los socios de los tres gimnasios están hartos y alguno ya se ha ido a la competencia. "
        "La app deja reservar la misma plaza de spinning a dos personas: a las 19:00 teníamos "
        "24 bicis y 31 reservas confirmadas. En la oficina ya hay quien propone cambiar de "
        "plataforma, pero lo que queremos es que esto funcione.\n"
        "Saludos,\n"
        "Nerea Gil\n"
        "Coordinadora de actividades, FitZona",
        "product_defect",
        "es",
        "'deja reservar la misma plaza a dos personas'; switching talk over a defect - "
        "product_defect",
    ),
    # ------------------------------------------------------------------------------------
    # product_defect: ordinary defects in unusual words (15)
    # ------------------------------------------------------------------------------------
    (
        "",
        "Morning,\n"
        "Opening a job card has become like wading through treacle - 40 seconds, sometimes a "
        "minute, and the engineers are stood there waiting. Last month it was instant. Same "
        "office, same broadband, same laptops.\n"
        "Liam\n"
        "Service Desk, Pennine Boilers",
        "product_defect",
        "en",
        "'40 seconds, sometimes a minute ... last month instant' - slowness: product_defect",
    ),
    (
        "Architecture practice says comments on drawings are gone when they reopen a project.",
        "Hi,\n"
        "Where do the comments go? We mark up a drawing, save, close the project, and when "
        "someone opens it the next day the pins are still there but the text inside them is "
        "blank. Happened on the Harbour Street scheme and the school extension. The client "
        "review is Friday.\n"
        "Paula Jensen\n"
        "Project Architect, Jensen Ward Architects",
        "product_defect",
        "en",
        "'the text inside them is blank' next day - lost data: product_defect",
    ),
    (
        "",
        "Hello - the cursor keeps jumping. When our transcribers type in the notes box, every "
        "few words it jumps to the start of the box and the next word lands there. Makes the "
        "notes gibberish. Chrome and Edge both. It's been like this since around the 3rd.\n"
        "Regards\n"
        "Hannah Cole\n"
        "Transcription Team Lead, Sefton Medical Records",
        "product_defect",
        "en",
        "'every few words it jumps to the start of the box' - input broken: product_defect",
    ),
    (
        "",
        "Hi,\n"
        "The course certificates come out blank. The PDF downloads, it's the right size and "
        "has our border, but the learner's name, course and date are just... not there. We "
        "have 85 people finishing the forklift course this week who need them.\n"
        "Cheers,\n"
        "Graham Pike\n"
        "Training Administrator, Pike Safety Training",
        "product_defect",
        "en",
        "certificates 'come out blank ... name, course and date not there' - product_defect",
    ),
    (
        "",
        "Hey team,\n"
        "The 8am sales dashboard has been showing yesterday's figures until about 11. So the "
        "morning huddle looks at Tuesday's numbers on a Wednesday. If I press refresh nothing "
        "changes; it catches up by itself late morning. Is the overnight load runing late?\n"
        "Priya\n"
        "Area Manager, Copper Kettle Cafés",
        "product_defect",
        "en",
        "'showing yesterday's figures until about 11' - stale data: product_defect",
    ),
    (
        "",
        "Hello,\n"
        "Something odd with the stock-take since Monday:\n"
        "- each scan is entered twice\n"
        "- sometimes three times if the scanner beeps slowly\n"
        "- the count screen then shows 2x or 3x what's on the shelf\n"
        "We're doing the quarterly count this weekend and can't trust it like this.\n"
        "Thank you\n"
        "Karen Liu\n"
        "Warehouse Supervisor, Eastgate Electrical",
        "product_defect",
        "en",
        "'each scan is entered twice' - duplicate entries: product_defect (wrong data)",
    ),
    (
        "",
        "Hi,\n"
        "Since the weekend, the booking confirmation emails to our guests are arriving in "
        "Portuguese. We're a B&B in Yorkshire, every guest profile is set to English, and so "
        "is the account. A couple of guests thought it was phishing and cancelled.\n"
        "Best wishes,\n"
        "Sally Burrows\n"
        "The Old Forge B&B",
        "product_defect",
        "en",
        "emails 'arriving in Portuguese ... profile set to English' - wrong output: product_defect",
    ),
    (
        "Recruitment agency says candidates never get the interview invitation emails; nothing "
        "has changed their side.",
        "Hi,\n"
        "Our candidates aren't getting interview invitations. The system says 'sent' with a "
        "green tick, but 12 out of 12 candidates I rang this morning had nothing, not even in "
        "spam. Gmail, Outlook, work addresses - all the same. We've had no-shows to "
        "interviews because of it.\n"
        "Thanks,\n"
        "Danielle Moss\n"
        "Senior Consultant, Moss & Carter Recruitment",
        "product_defect",
        "en",
        "system says 'sent' yet 'had nothing, not even in spam' - product_defect",
    ),
    (
        "",
        "Hi,\n"
        "Following up on my mail below - still happening.\n"
        "\n"
        "On Mon 2 Dec, Alan Reeves wrote:\n"
        "> The stock sync to the website stops halfway. It gets to about\n"
        "> product 1,400 of 2,900 and just sits there. The rest keep\n"
        "> their old quantities so we sell things we don't have.\n"
        "\n"
        "This morning it stopped at 1,388. Friday it got to 1,412. We've oversold 17 orders "
        "since.\n"
        "Alan Reeves\n"
        "Online Manager, Reeves Cycles",
        "product_defect",
        "en",
        "'stock sync stops halfway ... rest keep old quantities' - product_defect",
    ),
    (
        "",
        "Hi,\n"
        "bei uns springt die Kalenderansicht ständig zurück auf den heutigen Tag. Man blättert "
        "zur nächsten Woche, will einen Termin eintragen, zack, wieder heute. Passiert alle "
        "paar Sekunden, seit Montag. Die Kolleginnen an der Anmeldung werden wahnsinnig.\n"
        "LG\n"
        "Tanja Vogt\n"
        "Empfang, Tierarztpraxis am Stadtpark",
        "product_defect",
        "de",
        "'springt ständig zurück auf den heutigen Tag' - UI broken: product_defect",
    ),
    (
        "Installer company says appointments entered on phones show up twice or not at all in "
        "the office.",
        "Guten Tag,\n"
        "was wir unterwegs auf dem Handy eintragen, kommt im Büro mal doppelt, mal gar nicht "
        "an. Gestern: 14 Einsätze erfasst, im Büro sind 9 zu sehen, davon 3 zweimal. Die "
        "Abrechnung der Monteure können wir so nicht machen.\n"
        "Mit freundlichen Grüßen\n"
        "Uwe Hartmann\n"
        "Büroorganisation, Hartmann Haustechnik",
        "product_defect",
        "de",
        "'mal doppelt, mal gar nicht' - duplicated and lost entries: product_defect",
    ),
    (
        "",
        "Salut l'équipe,\n"
        "depuis lundi l'appli rame à mort : 30 secondes pour ouvrir une fiche adhérent, "
        "parfois elle mouline et rien ne s'affiche. Avant c'était immédiat. On a 200 "
        "inscriptions à saisir avant la rentrée du club.\n"
        "Merci !\n"
        "Kévin Roux\n"
        "Bénévole secrétariat, Association Sportive de Lunel",
        "product_defect",
        "fr",
        "'rame ... 30 secondes ... avant c'était immédiat' - slowness: product_defect",
    ),
    (
        "",
        "Bonjour,\n"
        "sur l'écran des résultats, on voit les analyses de la veille jusqu'en début "
        "d'après-midi. Les techniciennes relancent les échantillons en pensant qu'ils n'ont "
        "pas été traités. Hier, 40 tubes repassés pour rien. Rien n'a changé chez nous.\n"
        "Cordialement,\n"
        "Amélie Perrin\n"
        "Technicienne référente, Laboratoire BioAnalyse Rhône",
        "product_defect",
        "fr",
        "'on voit les analyses de la veille' - stale data: product_defect",
    ),
    (
        "",
        "Hola,\n"
        "las etiquetas de envío salen en blanco. La impresora tira la etiqueta, pero sin "
        "código ni dirección, solo el marco. Con la misma impresora, desde otro programa, "
        "imprime perfecto. Tenemos 300 paquetes esperando para el camión de las 17:00.\n"
        "Saludos\n"
        "Diego Ramos\n"
        "Almacén, Cerámicas Ramos",
        "product_defect",
        "es",
        "etiquetas 'salen en blanco' only from our app - wrong output: product_defect",
    ),
    (
        "",
        "Buenos días:\n"
        "la importación de alumnos desde la secretaría virtual se queda a medias. Empieza "
        "bien, llega más o menos al 50 % y ahí se para, sin ningún mensaje. Los que no entran "
        "no tienen usuario y no pueden ver las notas. Lo hemos intentado cuatro veces.\n"
        "Atentamente,\n"
        "Carmen Solís\n"
        "Jefa de estudios, IES Valle del Jerte",
        "product_defect",
        "es",
        "importación 'se queda a medias ... se para, sin mensaje' - product_defect",
    ),
    # ------------------------------------------------------------------------------------
    # feature_gap that sounds like breakage or urgency (25)
    # ------------------------------------------------------------------------------------
    (
        "",
        "Hi,\n"
        "Your system fails to handle two currencies on one price list and it's causing us "
        "real pain. We've just opened in Ireland and need EUR and GBP side by side. I checked "
        "the docs and they say one currency per price list, so I know this isn't new - but is "
        "there anything planned? Otherwise we're running two accounts.\n"
        "Regards,\n"
        "Neil Forsyth\n"
        "Sales Manager, Forsyth Outdoor",
        "feature_gap",
        "en",
        "'docs say one currency per price list ... anything planned?' - by design: feature_gap",
    ),
    (
        "",
        "It won't let us book a room for more than one day in a single booking. We have a "
        "three-day conference in May and I've had to make three separate bookings that don't "
        "link to each other. I asked your colleague on chat and she said multi-day bookings "
        "aren't something the system does. That seems mad for a venue product??\n"
        "Tara Quinn\n"
        "Events Coordinator, Lakeside Conference Centre",
        "feature_gap",
        "en",
        "'multi-day bookings aren't something the system does' - lacks it: feature_gap",
    ),
    (
        "They want to know when single sign-on with their identity provider is coming.",
        "I'll ask one more time and I'd like a straight answer: is Okta single sign-on on your "
        "roadmap or not? We were told 'later this year' in 2022 and again in 2023. Our "
        "security team now wants every tool behind SSO by Q3 and I'm running out of ways to "
        "defend you.\n"
        "Chris Walton\n"
        "IT Systems Manager, Aldgate Housing Association",
        "feature_gap",
        "en",
        "'is Okta single sign-on on your roadmap or not?' - feature_gap (roadmap)",
    ),
    (
        "",
        "We can't print a delivery note in Polish. Half our drivers are Polish and the "
        "customers on the Warsaw route keep sending them back. Your language list is English, "
        "French, German and Spanish - always has been, I know. Is Polish ever going to be "
        "added? This is getting urgent for us.\n"
        "Andrzej Nowak\n"
        "Transport Manager, Baltic Freight UK",
        "feature_gap",
        "en",
        "'language list ... always has been ... ever going to be added?' - feature_gap",
    ),
    (
        "",
        "Hi,\n"
        "When I try to attach a video to a care plan I get 'File type not supported'. We need "
        "to record how residents are moved with the hoist - pictures don't show it properly. I "
        "gather from your help page that only images and PDFs can be attached. Any chance of "
        "video? Our inspection is in the autumn.\n"
        "Kind regards,\n"
        "Janet Oyelaran\n"
        "Deputy Manager, Rosemount Nursing Home",
        "feature_gap",
        "en",
        "help page: 'only images and PDFs can be attached ... any chance of video?' - feature_gap",
    ),
    (
        "",
        "Seriously, there's no way to change the price on 800 products at once? I have to "
        "open each one? Support confirmed there's no bulk edit. This is 2024. When is it "
        "coming?\n"
        "- Gemma, Wildflower Home Store",
        "feature_gap",
        "en",
        "'support confirmed there's no bulk edit ... when is it coming?' - feature_gap",
    ),
    (
        "",
        "Hello,\n"
        "Your timesheets don't talk to Xero. Every fortnight our office manager re-types 60 "
        "people's hours by hand and mistakes keep creeping in. I looked at your integrations "
        "page again - Sage and QuickBooks only. We need Xero, full stop. Can this be "
        "prioritised?\n"
        "Ben Adeyemi\n"
        "Operations, Adeyemi Security Services",
        "feature_gap",
        "en",
        "'integrations page - Sage and QuickBooks only ... we need Xero' - does not support: "
        "feature_gap",
    ),
    (
        "School wants report cards to handle split classes with two teachers; it has always "
        "been one teacher per class.",
        "Hi,\n"
        "The report card module fails for our split classes. Where two teachers share a Year "
        "5 group, only one can write comments and sign off - the other gets locked out. I "
        "know that's how it was built (one teacher per class), but primary schools do job "
        "shares all the time. Please tell me this is coming.\n"
        "Mrs D. Ferreira\n"
        "Year 5 Lead, St Anne's Primary",
        "feature_gap",
        "en",
        "'that's how it was built (one teacher per class) ... tell me this is coming' - "
        "feature_gap",
    ),
    (
        "",
        "Not good enough, sorry.\n"
        "\n"
        "On Thu 14 Mar, Support wrote:\n"
        "> The mobile app is read-only for invoices by design; creating and\n"
        "> editing invoices is only available in the web version.\n"
        "\n"
        "Our engineers are on customer sites all day with a phone. They need to raise the "
        "invoice before they leave, not when they get back at 7pm. Is an editable mobile "
        "version planned, yes or no?\n"
        "Rhys Morgan\n"
        "Office Manager, Morgan Electrical Contractors",
        "feature_gap",
        "en",
        "'read-only for invoices by design ... editable mobile version planned?' - feature_gap",
    ),
    (
        "",
        "Hi,\n"
        "We need the export to include our custom fields. At the moment it only gives the "
        "standard columns, which I understand is all it has ever exported, but our funders "
        "want the outcome fields we added ourselves and I'm copying them over by hand for 900 "
        "clients. Is there a way, or something on the way?\n"
        "Thanks\n"
        "Sue Parkinson\n"
        "Monitoring & Evaluation Officer, Northside Advice Centre",
        "feature_gap",
        "en",
        "'all it has ever exported' is standard columns - asks for more: feature_gap",
    ),
    (
        "",
        "Hello,\n"
        "Our insurer has told us we must have two-factor login on every system holding client "
        "data by 1 July, and yours is the only one that can't do it. There's no 2FA option "
        "anywhere in the admin, and your sales rep said it 'isn't available yet'. What's the "
        "timeline? We may have to stop using it otherwise.\n"
        "Regards\n"
        "Louise Barton\n"
        "Compliance Officer, Barton & Lyle Financial Planning",
        "feature_gap",
        "en",
        "'no 2FA option ... isn't available yet ... what's the timeline?' - feature_gap",
    ),
    (
        "Forwarding a request from a pharmacy chain about barcode scanning on older Android "
        "handhelds.",
        "From: Kieran Walsh\n"
        "Sent: Tuesday 08:41\n"
        "To: Helpdesk\n"
        "Subject: FW: scanner app\n"
        "\n"
        "Hi,\n"
        "The scanner app won't install on the Zebra handhelds in 14 of our branches - they run "
        "Android 9. I've seen in your requirements that it needs Android 12 or newer. "
        "Replacing 40 devices isn't in the budget this year. Is support for older Android on "
        "the cards at all?\n"
        "Kieran Walsh\n"
        "Area Manager, HealthFirst Pharmacies",
        "feature_gap",
        "en",
        "'requirements ... Android 12 or newer ... on the cards?' - by-design limit: feature_gap",
    ),
    (
        "",
        "hey folks,\n"
        "any news on recurring invoices? we're a cleaning company, same 120 clients billed the "
        "same amount every month, and every month I click through 120 invoices one by one. "
        "I've upvoted the idea on your forum, it's been 'under consideration' since last "
        "spring. feels like nobody's listening tbh\n"
        "Angie\n"
        "Accounts, Sparkle & Shine Cleaning",
        "feature_gap",
        "en",
        "'any news on recurring invoices? ... under consideration' - not offered: feature_gap",
    ),
    (
        "",
        "Hi,\n"
        "The rota can't cope with our night shifts. A 22:00-06:00 shift has to be entered as "
        "two shifts on two days, which messes up breaks and hours. At onboarding your trainer "
        "said the rota only handles shifts that start and end on the same calendar day. We're "
        "a 24-hour care provider - is overnight shift support planned?\n"
        "Thanks,\n"
        "David Achebe\n"
        "Rota Coordinator, Brightlife Supported Living",
        "feature_gap",
        "en",
        "'only handles shifts that start and end on the same day ... planned?' - feature_gap",
    ),
    (
        "",
        "Urgent - we have an ISO audit on the 18th and the auditor wants a full audit trail of "
        "who changed each procedure document and when. Your system keeps only the latest "
        "version; as far as we can see there's no version history at all, and your "
        "documentation doesn't mention one. Is this something you offer at a higher tier, or "
        "is it on its way?\n"
        "Maria Santos\n"
        "Quality Manager, Precision Castings Ltd",
        "feature_gap",
        "en",
        "'no version history at all ... docs don't mention one ... on its way?' - feature_gap",
    ),
    (
        "They want one login for several shops; the product works per location only.",
        "Hallo,\n"
        "es geht einfach nicht, dass meine Filialleiterinnen mit einem Login alle drei "
        "Standorte sehen. Für jede Filiale braucht man einen eigenen Zugang, und das ständige "
        "Ab- und Anmelden nervt. Ihr Vertrieb hat beim Kauf gesagt, das Produkt sei pro "
        "Standort aufgebaut. Ist da etwas in Planung?\n"
        "Grüße\n"
        "Claudia Brenner\n"
        "Bereichsleitung Filialen, Bäckerei Brenner",
        "feature_gap",
        "de",
        "'das Produkt sei pro Standort aufgebaut ... in Planung?' - feature_gap",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "ab Januar müssen wir Rechnungen an Behörden als XRechnung schicken. Ihr System kann "
        "nur PDF, das steht auch so in der Produktbeschreibung. Wir brauchen dringend eine "
        "Aussage, ob und wann XRechnung kommt, sonst können wir die Stadtwerke nicht mehr "
        "beliefern.\n"
        "Mit freundlichen Grüßen\n"
        "Ralf Schubert\n"
        "Vertriebsinnendienst, Schubert Elektrogroßhandel",
        "feature_gap",
        "de",
        "'kann nur PDF, steht so in der Produktbeschreibung ... ob und wann' - feature_gap",
    ),
    (
        "",
        "Hallo Support,\n"
        "das Tool lässt uns keine Termine für Gruppen anlegen – immer nur eine Person pro "
        "Termin. Für unsere Rückenkurse mit 10 Teilnehmern ist das ein Krampf. In der Doku "
        "steht nichts von Gruppenterminen, und der Chat meinte, das gibt es (noch) nicht. "
        "Wann ist es so weit?\n"
        "VG\n"
        "Nina Schulte\n"
        "Kursorganisation, Physio Vital",
        "feature_gap",
        "de",
        "'der Chat meinte, das gibt es (noch) nicht. Wann ist es so weit?' - feature_gap",
    ),
    (
        "Estate agency asks for electronic signature of leases inside the tool.",
        "Bonjour,\n"
        "votre logiciel ne nous permet toujours pas de faire signer les baux électroniquement. "
        "On doit exporter, envoyer par un autre service, puis réimporter. Je sais que ça n'a "
        "jamais fait partie de l'offre, mais toutes les agences du quartier le proposent. "
        "C'est prévu, oui ou non ?\n"
        "Cordialement,\n"
        "Stéphanie Blanc\n"
        "Gestionnaire locative, Agence Blanc Immobilier",
        "feature_gap",
        "fr",
        "'ça n'a jamais fait partie de l'offre ... c'est prévu ?' - feature_gap",
    ),
    (
        "",
        "Bonjour,\n"
        "ça bloque dès qu'un enfant a deux médecins référents (garde alternée) : le logiciel "
        "n'accepte qu'un seul médecin par dossier, c'est comme ça depuis toujours d'après "
        "votre hotline. Pour un cabinet pédiatrique, c'est un vrai problème. Une évolution "
        "est-elle envisagée ?\n"
        "Merci,\n"
        "Dr Hélène Carpentier\n"
        "Cabinet pédiatrique des Lilas",
        "feature_gap",
        "fr",
        "'n'accepte qu'un seul médecin ... depuis toujours ... évolution envisagée ?' - "
        "feature_gap",
    ),
    (
        "",
        "Franchement, ça fait deux ans qu'on demande un mode hors connexion pour les "
        "techniciens qui travaillent en sous-sol. Deux ans qu'on nous répond « c'est sur la "
        "feuille de route ». Alors, c'est pour quand ? Nos gars notent tout sur papier et "
        "ressaisissent le soir.\n"
        "Patrick Dumont\n"
        "Responsable maintenance, Résidences Azur",
        "feature_gap",
        "fr",
        "'un mode hors connexion ... sur la feuille de route ... pour quand ?' - feature_gap",
    ),
    (
        "",
        "Bonjour,\n"
        "impossible d'avoir les bulletins en anglais pour les élèves de la section "
        "internationale. Le module ne produit les bulletins qu'en français, c'est précisé dans "
        "la documentation. Les familles étrangères n'y comprennent rien. Pouvez-vous nous dire "
        "si une version bilingue est prévue ?\n"
        "Bien à vous,\n"
        "Caroline Weber\n"
        "Secrétariat pédagogique, Lycée international de Ferney",
        "feature_gap",
        "fr",
        "'ne produit les bulletins qu'en français, précisé dans la documentation' - feature_gap",
    ),
    (
        "Travel agency wants to quote in dollars and euros on the same booking; the system "
        "takes one currency per booking.",
        "Hola,\n"
        "el sistema no nos deja poner dos monedas en la misma reserva, y la mitad de nuestros "
        "paquetes llevan hotel en dólares y vuelo en euros. Vuestro comercial ya nos dijo que "
        "el programa trabaja con una sola moneda por reserva. ¿Está previsto cambiarlo? Cada "
        "mes es un lío.\n"
        "Saludos,\n"
        "Lucía Herrera\n"
        "Agente de viajes, Viajes Horizonte",
        "feature_gap",
        "es",
        "'trabaja con una sola moneda por reserva ... ¿está previsto?' - feature_gap",
    ),
    (
        "",
        "Buenas,\n"
        "la app no funciona en las tablets de los camareros porque son iPad antiguos con iOS "
        "14, y en vuestra web pone que hace falta iOS 16 o superior. ¿Vais a sacar una versión "
        "para iOS 14? No podemos cambiar 25 tablets ahora mismo.\n"
        "Gracias,\n"
        "Andrés Molina\n"
        "Responsable de sala, Restaurante El Faro",
        "feature_gap",
        "es",
        "'en vuestra web pone que hace falta iOS 16 o superior' - by-design limit: feature_gap",
    ),
    (
        "",
        "URGENTE\n"
        "Necesitamos que el programa calcule rutas de más de 25 paradas. El límite de 25 está "
        "en la ficha del producto, lo sabemos, pero en la campaña de Navidad hacemos 60 "
        "paradas por furgoneta. ¿Está en la hoja de ruta? Necesitamos saberlo antes de "
        "noviembre.\n"
        "Fernando Ibáñez\n"
        "Jefe de tráfico, Transportes Ibáñez",
        "feature_gap",
        "es",
        "'el límite de 25 está en la ficha del producto ... ¿hoja de ruta?' - feature_gap",
    ),
    # ------------------------------------------------------------------------------------
    # commercial_dispute that mentions the product or its numbers (20)
    # ------------------------------------------------------------------------------------
    (
        "Customer says they were billed twice for March; they've attached the card statement.",
        "Hi,\n"
        "We've been charged £1,140 twice for March - once on the 1st and again on the 3rd, "
        "same reference. I've attached the card statement. Can you refund the second one "
        "please; our finance team closes the month on Friday.\n"
        "Thanks\n"
        "Olivia Grant\n"
        "Office Manager, Hawthorn Dental Group",
        "commercial_dispute",
        "en",
        "'charged £1,140 twice ... refund the second one' - double charge: commercial_dispute",
    ),
    (
        "",
        "Hello,\n"
        "Our invoice is for 85 users but the admin screen shows 61 active accounts, and 24 of "
        "those 85 left the company before the renewal date - we deactivated them in December. "
        "Please reissue the invoice for the seats we actually use.\n"
        "Regards,\n"
        "Tim Spencer\n"
        "IT Coordinator, Spencer & Lowe Chartered Surveyors",
        "commercial_dispute",
        "en",
        "'invoice is for 85 users ... reissue for the seats we use' - seat counts: "
        "commercial_dispute",
    ),
    (
        "",
        "Hi Jenna,\n"
        "We got the renewal notice this morning with a 22% increase. Nothing in our contract "
        "mentions increases above inflation, and we haven't added any users or modules. I'd "
        "like to understand how you got to that number before I put it in next year's budget "
        "- can you send the breakdown?\n"
        "Best\n"
        "Adrian Cole\n"
        "Operations Manager, Greenfields Wildlife Trust",
        "commercial_dispute",
        "en",
        "'renewal notice with a 22% increase ... nothing in our contract' - price rise: "
        "commercial_dispute",
    ),
    (
        "",
        "Hello,\n"
        "After the outage on 4 February your account manager promised a credit note for one "
        "month's fee (£620). Our March invoice arrived today at the full amount with no credit "
        "on it. Please apply the credit and send a corrected invoice.\n"
        "Kind regards\n"
        "Sheila Burke\n"
        "Accounts Payable, Burke Veterinary Group",
        "commercial_dispute",
        "en",
        "'promised a credit note ... invoice at the full amount' - credit notes: "
        "commercial_dispute",
    ),
    (
        "",
        "Hi,\n"
        "We cancelled our subscription on 14 January, inside the 30-day window in our "
        "agreement, and we've been charged the annual fee of £2,400 anyway. The cancellation "
        "confirmation is below. I'd like the full amount back.\n"
        "\n"
        "> Your cancellation request (#44821) has been received. - 14 Jan\n"
        "\n"
        "Regards,\n"
        "George Fitch\n"
        "Fitch Yacht Brokerage",
        "commercial_dispute",
        "en",
        "'charged the annual fee anyway ... full amount back' - refund of our fees: "
        "commercial_dispute",
    ),
    (
        "They question the text-message overage charge on this quarter's bill.",
        "Hi,\n"
        "The Q2 invoice has £486 of 'SMS overage'. Your own usage report in the dashboard says "
        "we sent 9,100 texts this quarter, and our plan includes 10,000. So where did the "
        "overage come from? We won't pay that line until it's explained.\n"
        "Thanks,\n"
        "Raj Bhatt\n"
        "Practice Administrator, Willow Lane Surgery",
        "commercial_dispute",
        "en",
        "'£486 of SMS overage ... won't pay that line' - our invoice questioned: "
        "commercial_dispute",
    ),
    (
        "",
        "Dear Sir/Madam,\n"
        "We have been auto-renewed for three years. Our contract (clause 9.2) says renewal is "
        "for 12 months unless both parties agree otherwise in writing, and we agreed nothing. "
        "Please confirm the term is 12 months and amend the invoice accordingly.\n"
        "Yours faithfully,\n"
        "E. Hargreaves\n"
        "Contracts Officer, Dunmore District Council",
        "commercial_dispute",
        "en",
        "'auto-renewed for three years ... clause 9.2 says 12 months' - contract terms: "
        "commercial_dispute",
    ),
    (
        "",
        "Hi,\n"
        "Your invoices to us have VAT added, but we're a registered charity buying for a "
        "qualifying purpose and we sent you the exemption certificate last year. The last four "
        "invoices include £1,312 of VAT we shouldn't have paid. Can you credit it and fix the "
        "account?\n"
        "Thanks\n"
        "Maureen Tate\n"
        "Finance Officer, Hope Street Food Bank",
        "commercial_dispute",
        "en",
        "'your invoices to us have VAT added ... credit it' - our invoices: commercial_dispute",
    ),
    (
        "",
        "hi, why are we paying for the Advanced Reporting add-on? never asked for it, never "
        "used it, it just appeared on the invoice in October at £95/month. we want it off and "
        "the 5 months refunded.\n"
        "Luke\n"
        "buyer, Harper Pet Foods",
        "commercial_dispute",
        "en",
        "'paying for the add-on ... never asked for it ... refunded' - invoice/refund: "
        "commercial_dispute",
    ),
    (
        "",
        "From: Accounts Payable <ap@kingsmeadschools.org>\n"
        "Sent: 2 April 10:15\n"
        "To: Billing\n"
        "Subject: Invoice INV-20931\n"
        "\n"
        "Good morning,\n"
        "Invoice INV-20931 charges for 1,450 pupil licences. Our census figure this year is "
        "1,212 and your own platform shows 1,209 pupil accounts. The contract prices per "
        "enrolled pupil. Please re-issue at the correct number.\n"
        "Regards\n"
        "Paula Yates\n"
        "Finance Assistant, Kingsmead Schools Partnership",
        "commercial_dispute",
        "en",
        "'charges for 1,450 pupil licences ... re-issue' - licence count on invoice: "
        "commercial_dispute",
    ),
    (
        "",
        "Hello,\n"
        "We've been charged a £75 late payment fee on invoice 5521. Our agreement gives us "
        "60-day terms; we paid on day 41. Please remove the fee. This is the second time - "
        "can you make sure your billing system has our terms right?\n"
        "Many thanks\n"
        "Irene Walsh\n"
        "Purchase Ledger, Dalton Engineering",
        "commercial_dispute",
        "en",
        "'late payment fee ... agreement gives us 60-day terms' - fees, contract terms: "
        "commercial_dispute",
    ),
    (
        "Hotel group says the multi-property discount agreed at signing isn't on their invoices.",
        "Hi Mark,\n"
        "When we signed the second and third hotels you agreed 15% off across all three. The "
        "invoices for this year show full price on all of them - I've gone back through "
        "January to April and it's about £3,900 in total. Could you sort out a credit and "
        "correct the pricing going forward?\n"
        "Cheers,\n"
        "Naomi Fraser\n"
        "Revenue Manager, Highland Coast Hotels",
        "commercial_dispute",
        "en",
        "'agreed 15% off ... invoices show full price ... credit' - pricing/credit: "
        "commercial_dispute",
    ),
    (
        "They object to the price increase announced in the renewal letter.",
        "Guten Tag Frau Neumann,\n"
        "mit Ihrem Schreiben vom 3. März kündigen Sie eine Preiserhöhung um 18 % zum Juli an. "
        "Laut unserem Vertrag (§ 6) sind Anpassungen nur einmal jährlich und höchstens um 5 % "
        "zulässig. Wir bitten um Korrektur und schriftliche Bestätigung.\n"
        "Mit freundlichen Grüßen\n"
        "Henrik Baumann\n"
        "Einkauf, Stadtwerke Lindau",
        "commercial_dispute",
        "de",
        "'Preiserhöhung um 18 % ... laut Vertrag höchstens 5 %' - price rise: commercial_dispute",
    ),
    (
        "",
        "Hallo,\n"
        "auf der Rechnung für das zweite Quartal stehen 40 Lizenzen. In Ihrer "
        "Admin-Oberfläche sehen wir 28 Benutzer, und wir haben im Februar schriftlich 12 "
        "Lizenzen gekündigt (die Bestätigung liegt uns vor). Bitte korrigieren Sie die "
        "Rechnung und schicken Sie eine Gutschrift für die Differenz.\n"
        "Beste Grüße\n"
        "Julia Engel\n"
        "IT-Administration, Engel Steuerberatung",
        "commercial_dispute",
        "de",
        "'auf der Rechnung 40 Lizenzen ... 12 gekündigt ... Gutschrift' - seat counts: "
        "commercial_dispute",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "nach dem Ausfall der Plattform im Januar wurde uns telefonisch eine Gutschrift über "
        "einen Monatsbeitrag (390 €) zugesagt. Die ist bis heute nicht eingegangen, "
        "stattdessen kam eine Mahnung über die volle Februarrechnung. Wir bitten um Klärung, "
        "bevor wir zahlen.\n"
        "Mit freundlichen Grüßen\n"
        "Günter Maas\n"
        "Verwaltung, Maas Sanitätshaus",
        "commercial_dispute",
        "de",
        "'Gutschrift zugesagt ... nicht eingegangen ... Mahnung' - credit note: commercial_dispute",
    ),
    (
        "The association was debited twice for the yearly subscription.",
        "Bonjour,\n"
        "nous avons été prélevés deux fois de 540 € pour l'abonnement annuel (le 2 et le 5 "
        "septembre). Pour une petite association comme la nôtre, c'est beaucoup. Merci de "
        "nous rembourser rapidement le second prélèvement.\n"
        "Cordialement,\n"
        "Marie-Claire Bonnet\n"
        "Bénévole comptabilité, Les Amis du Patrimoine de Figeac",
        "commercial_dispute",
        "fr",
        "'prélevés deux fois ... rembourser le second' - double charge: commercial_dispute",
    ),
    (
        "",
        "Bonjour,\n"
        "vous nous facturez des frais de résiliation de 1 800 € alors que le contrat prévoit "
        "une résiliation sans frais avec trois mois de préavis, que nous avons respectés "
        "(courrier du 12 juin, accusé de réception joint). Nous contestons cette facture.\n"
        "Salutations distinguées,\n"
        "François Giraud\n"
        "Service achats, Clinique vétérinaire des Alpes",
        "commercial_dispute",
        "fr",
        "'frais de résiliation ... le contrat prévoit sans frais' - contract terms: "
        "commercial_dispute",
    ),
    (
        "The invoice counts former employees as paid users, they say.",
        "Hola,\n"
        "la factura de este mes cobra 35 usuarios, pero 9 de ellos son personas que ya no "
        "trabajan aquí y que dimos de baja en la plataforma en abril (se ve en el registro de "
        "actividad). ¿Podéis rehacer la factura con 26 y devolvernos lo cobrado de más desde "
        "mayo?\n"
        "Gracias,\n"
        "Silvia Prieto\n"
        "Administración, Gestoría Prieto",
        "commercial_dispute",
        "es",
        "'la factura cobra 35 usuarios ... rehacer ... devolvernos' - seat counts: "
        "commercial_dispute",
    ),
    (
        "",
        "Buenos días:\n"
        "nos ha llegado la renovación con una subida del 30 %. Llevamos cuatro años con "
        "vosotros, no hemos cambiado de plan y nadie nos avisó. Queremos mantener la tarifa "
        "actual o, como mínimo, que nos expliquéis de dónde sale ese 30 %.\n"
        "Un saludo,\n"
        "Ramón Castillo\n"
        "Responsable de compras, Hoteles Costa Blanca",
        "commercial_dispute",
        "es",
        "'renovación con una subida del 30 % ... mantener la tarifa' - price rise: "
        "commercial_dispute",
    ),
    (
        "",
        "Hola,\n"
        "en marzo nos pasasteis a facturación anual sin pedírnoslo: 1.920 € de golpe, cuando "
        "siempre hemos pagado 160 € al mes. Eso no es lo que firmamos. Os pido que anuléis el "
        "cargo anual y volváis a la cuota mensual.\n"
        "Saludos,\n"
        "Beatriz Lozano\n"
        "Contabilidad, Clínica Dental Sonrisas",
        "commercial_dispute",
        "es",
        "'facturación anual sin pedírnoslo ... no es lo que firmamos' - contract terms: "
        "commercial_dispute",
    ),
    # ------------------------------------------------------------------------------------
    # relationship_at_risk with a product annoyance only in passing (25)
    # ------------------------------------------------------------------------------------
    (
        "Our main contact there is leaving next month; renewal is in the autumn.",
        "Hi Priya,\n"
        "Just wanted you to hear it from me: I'm leaving Corran Logistics at the end of next "
        "month. I've loved working with you. Honestly I'm not sure who picks up the platform "
        "after me - most of the team only log in when I nag them, and the route screen still "
        "annoys them (the tiny fonts!). Renewal is in October. You might want to get in front "
        "of whoever replaces me.\n"
        "All the best,\n"
        "Ewan Reid\n"
        "Planning Lead",
        "relationship_at_risk",
        "en",
        "'I'm leaving ... not sure who picks up the platform ... renewal in October' - "
        "champion leaving",
    ),
    (
        "",
        "Hello,\n"
        "We're doing our annual software review and your tool came out with the lowest use of "
        "anything we pay for: 11 of 60 staff logged in during the last quarter. I don't think "
        "anything's wrong with it as such - the calendar colours are a bit garish but whatever "
        "- people just never got into the habit. I need to decide by June whether we keep "
        "it.\n"
        "Regards\n"
        "Holly Brennan\n"
        "Operations Manager, Brennan & Co Accountants",
        "relationship_at_risk",
        "en",
        "'11 of 60 staff logged in ... decide whether we keep it' - falling usage, renewal in "
        "doubt",
    ),
    (
        "",
        "Hi Tom,\n"
        "Heads up that we're running a trial of CareLink alongside you this quarter. Nothing "
        "dramatic - our new regional manager used it at her last place and wants a "
        "comparison. Your rostering does what we need, apart from the odd slow morning. I'd "
        "just like you to know before you hear it elsewhere, and maybe come in and show her "
        "what you can do.\n"
        "Best wishes\n"
        "Rachel Adams\n"
        "Systems Lead, Meadowbank Home Care",
        "relationship_at_risk",
        "en",
        "'running a trial of CareLink alongside you' - competitor evaluation",
    ),
    (
        "",
        "Hi,\n"
        "I'll be straight with you: I'm struggling to justify the cost to my manager any more. "
        "We use maybe a third of what we pay for, the reports are nice but nobody reads them, "
        "and the one thing staff use daily (the timesheets) is fiddly on phones. I'm not "
        "asking for a discount, I'm asking what we're missing. Can we talk before the renewal "
        "in August?\n"
        "Thanks,\n"
        "Simon Okoro\n"
        "Office Manager, Okoro Architects",
        "relationship_at_risk",
        "en",
        "'struggling to justify the cost ... not asking for a discount ... before the renewal' "
        "- renewal in doubt",
    ),
    (
        "Their practice has been bought by a group that runs a different system; they are not "
        "sure they'll keep us.",
        "Hi Laura,\n"
        "Some news. We've been bought by Allied Dental Partners, who run everything on their "
        "own practice system. Nobody has told us yet whether we'll be moved over. I'd like to "
        "stay - your patient recall is better than theirs, even if the SMS screen is a bit "
        "clunky - but it won't be my call alone. Can you send me something I can show them?\n"
        "Best\n"
        "Karen Whitfield\n"
        "Practice Manager, Millfield Dental",
        "relationship_at_risk",
        "en",
        "'bought by Allied ... whether we'll be moved over' - renewal in doubt",
    ),
    (
        "",
        "Hi,\n"
        "Since our trainer Deepa went on maternity leave, usage has dropped off a cliff - the "
        "dashboards say 3 logins last week against 40 a week in the spring. The new starters "
        "were never shown how to use it, and the old hands find the search a bit slow so "
        "they've gone back to email. Not sure what we do about it but I thought you should "
        "know.\n"
        "Cheers\n"
        "Matt Collins\n"
        "Team Manager, Collins Property Lettings",
        "relationship_at_risk",
        "en",
        "'usage has dropped off a cliff ... 3 logins against 40' - falling usage",
    ),
    (
        "",
        "From: Jenny Ball\n"
        "Sent: Friday 16:47\n"
        "To: Account Team\n"
        "Subject: Handover\n"
        "\n"
        "Hi all,\n"
        "My last day is the 28th. My replacement hasn't been hired yet, and the interim "
        "person, Gary, has never used the system and already says he prefers spreadsheets. "
        "The stock screen still freezes now and then on a Monday, which won't help. The "
        "contract is up for renewal in November. Please keep an eye on us!\n"
        "Jenny Ball\n"
        "Inventory Lead, Tanner Outdoor Clothing",
        "relationship_at_risk",
        "en",
        "'my last day is the 28th ... renewal in November' - champion leaving; freeze only "
        "in passing",
    ),
    (
        "",
        "Dear Mr Hughes,\n"
        "Please note that our contract with you ends in March, and under our procurement rules "
        "we are required to go out to tender. We will be inviting you and at least two other "
        "suppliers to bid. Feedback from staff has been mixed - the online forms work well, "
        "the mapping less so. The tender documents will follow in the next few weeks.\n"
        "Yours sincerely,\n"
        "Amanda Clarke\n"
        "Procurement Officer, Wexley Borough Council",
        "relationship_at_risk",
        "en",
        "'go out to tender ... at least two other suppliers' - competitor evaluation at renewal",
    ),
    (
        "",
        "Hey Sam!\n"
        "Hope you're well. So, I've been looking at our numbers and the instructors have "
        "pretty much stopped using the class app - I think they just find WhatsApp easier, "
        "and the notification sounds drive them mad lol. The members still book through it "
        "fine. But I'm wondering if we're paying for something half the team ignores? Chat "
        "soon?\n"
        "Zoe\n"
        "Studio Coordinator, Pulse Fitness",
        "relationship_at_risk",
        "en",
        "'instructors have pretty much stopped using ... paying for something half the team "
        "ignores' - falling usage",
    ),
    (
        "",
        "Hi,\n"
        "Our funding from the county has been cut by 30% from April and every contract is "
        "being looked at. Yours is on the list. We like the case management system - apart "
        "from the print layout, which we've learned to live with - but I can't promise "
        "anything until the budget settles in February.\n"
        "Regards,\n"
        "Peter Lane\n"
        "Service Coordinator, Haven Family Support",
        "relationship_at_risk",
        "en",
        "'every contract is being looked at. Yours is on the list' - renewal in doubt",
    ),
    (
        "",
        "Hi Grace,\n"
        "I've been moved to the new Birmingham site to set it up, so from next week I won't "
        "be looking after the system here. My colleague Ian will - he's a bit sceptical, he "
        "thinks the booking screen is slow and old-fashioned, and he liked the system they had "
        "at his old company. Might be worth a visit?\n"
        "Thanks\n"
        "Sandra Wilkes\n"
        "Clinic Coordinator, Wilkes Podiatry",
        "relationship_at_risk",
        "en",
        "'I won't be looking after the system here ... he's a bit sceptical' - champion leaving",
    ),
    (
        "",
        "Hi Oliver,\n"
        "\n"
        "On Wed 5 Jun, Oliver (Customer Success) wrote:\n"
        "> Just checking in ahead of your renewal - anything we can help with?\n"
        "\n"
        "To be honest, we're in two minds. The team has shrunk and half of what we bought "
        "goes unused. The export is still a bit fiddly but that's not really the point. We're "
        "also looking at whether the bigger HR suite we already have can cover the same "
        "ground. Let's talk in July.\n"
        "Kate\n"
        "\n"
        "Kate Morrison\n"
        "HR Advisor, Lumen Lighting Ltd",
        "relationship_at_risk",
        "en",
        "'in two minds ... half goes unused ... HR suite can cover the same ground' - renewal "
        "in doubt",
    ),
    (
        "",
        "Honestly not sure we're getting our money's worth anymore. Usage is down, the people "
        "who championed you have left, and apart from the odd glitch in the calendar it's "
        "fine, just... not used. Renewal's in 8 weeks. What have you got?\n"
        "N. Shah\n"
        "Admin, Shah Orthodontics",
        "relationship_at_risk",
        "en",
        "'usage is down, the people who championed you have left ... renewal's in 8 weeks'",
    ),
    (
        "The lab's quality team sat through a demo from another vendor last week.",
        "Hi Ben,\n"
        "Quick one so you're not blindsided: our quality team had a demo from LabTrack last "
        "Thursday and they were quite taken with it. I still think you're a better fit for our "
        "sample workflow, the label printing quirks notwithstanding, but I'm one voice. It "
        "would help to have you come in and walk them through what's new.\n"
        "Regards\n"
        "Dr Ahmed Rahman\n"
        "Lab Manager, Northern Diagnostics",
        "relationship_at_risk",
        "en",
        "'a demo from LabTrack ... quite taken with it' - competitor evaluation",
    ),
    (
        "",
        "Dear Fiona,\n"
        "\n"
        "I wanted to give you some context before our quarterly call.\n"
        "\n"
        "Since the reorganisation in the spring, the two teams that used the portal most have "
        "been merged into one, under a new manager who wasn't here when we chose you. She has "
        "asked me to list every system we use, what it costs and who uses it. Our numbers on "
        "your platform aren't great - around 15 regular users out of 70.\n"
        "\n"
        "The odd annoyance aside (the PDF exports still come out a bit squashed), nobody has a "
        "bad word to say about the product. People have simply drifted away from it.\n"
        "\n"
        "I'd welcome your thoughts on how we turn this round before the review in September.\n"
        "\n"
        "Kind regards,\n"
        "Robert Hale\n"
        "Business Systems Analyst, Marlow Housing Group",
        "relationship_at_risk",
        "en",
        "'drifted away ... 15 regular users out of 70 ... review in September' - falling usage",
    ),
    (
        "Their long-time contact is retiring in the summer; no successor has been named.",
        "Hallo Frau Keller,\n"
        "ich wollte Ihnen persönlich sagen, dass ich Ende Juni in Rente gehe. Ein Nachfolger "
        "steht noch nicht fest. Ehrlich gesagt arbeitet außer mir kaum jemand richtig mit dem "
        "System – die Kollegen finden die Suche etwas umständlich. Die Vertragsverlängerung "
        "steht im Herbst an, da sollten Sie sich rechtzeitig melden.\n"
        "Herzliche Grüße\n"
        "Werner Haas\n"
        "Lagerverwaltung, Haas Baustoffe",
        "relationship_at_risk",
        "de",
        "'Ende Juni in Rente ... Nachfolger steht nicht fest ... Verlängerung' - champion leaving",
    ),
    (
        "",
        "Guten Tag Herr Fischer,\n"
        "zur Info: Wir testen ab nächster Woche parallel das Tool von PlanWerk. Ein neuer "
        "Kollege im Einkauf kennt es aus seiner alten Firma. Mit Ihnen sind wir grundsätzlich "
        "zufrieden, nur die Monatsansicht ist etwas unübersichtlich. Ich würde mich freuen, "
        "wenn Sie uns bei einem Termin zeigen, was es bei Ihnen Neues gibt.\n"
        "Freundliche Grüße\n"
        "Anja Roth\n"
        "Projektkoordination, Roth Messebau",
        "relationship_at_risk",
        "de",
        "'testen parallel das Tool von PlanWerk' - competitor evaluation",
    ),
    (
        "",
        "Hallo,\n"
        "wir haben intern nachgeschaut: Von 45 Lizenzen werden gerade mal 12 regelmäßig "
        "genutzt. Die meisten sind zurück bei Excel, weil sie es gewohnt sind – und weil die "
        "App auf den alten Tablets etwas träge ist. Bevor wir über die Verlängerung reden, "
        "würde ich gern verstehen, ob sich das für uns überhaupt noch lohnt.\n"
        "Grüße\n"
        "Florian Weber\n"
        "Teamleitung Innendienst, Weber Gebäudetechnik",
        "relationship_at_risk",
        "de",
        "'von 45 Lizenzen gerade mal 12 genutzt ... ob sich das noch lohnt' - falling usage",
    ),
    (
        "The person who brought us into the school group is moving to another school in September.",
        "Bonjour Julie,\n"
        "je vous annonce mon départ : je rejoins un autre établissement à la rentrée. C'est "
        "moi qui ai porté le projet ici, et je crains qu'après moi personne ne le défende "
        "vraiment. Les collègues l'utilisent peu, ils trouvent la messagerie un peu lente. Le "
        "contrat arrive à échéance en décembre.\n"
        "Bien amicalement,\n"
        "Nicolas Garnier\n"
        "Référent numérique, Groupe scolaire Saint-Joseph",
        "relationship_at_risk",
        "fr",
        "'je vous annonce mon départ ... personne ne le défende ... échéance' - champion leaving",
    ),
    (
        "",
        "Bonjour,\n"
        "pour être transparente avec vous : notre service qualité nous a demandé de comparer "
        "votre solution avec deux autres d'ici l'été. Rien de grave de notre côté, hormis les "
        "petites lenteurs du planning le lundi matin. Je préfère vous prévenir pour que vous "
        "puissiez préparer une présentation.\n"
        "Cordialement,\n"
        "Sandrine Petit\n"
        "Cadre de santé, EHPAD Les Glycines",
        "relationship_at_risk",
        "fr",
        "'comparer votre solution avec deux autres' - competitor evaluation",
    ),
    (
        "",
        "Bonjour Marc,\n"
        "un petit point avant notre rendez-vous : l'utilisation a nettement baissé depuis l'an "
        "dernier (on est passés d'une trentaine d'utilisateurs actifs à huit). Les gens ne se "
        "plaignent pas vraiment, à part l'export Excel un peu capricieux, mais ils ont repris "
        "leurs habitudes. Je me demande si on renouvelle en l'état.\n"
        "À bientôt,\n"
        "Aurélie Faure\n"
        "Assistante juridique, Cabinet Faure & Associés",
        "relationship_at_risk",
        "fr",
        "'l'utilisation a nettement baissé ... si on renouvelle' - falling usage, renewal in doubt",
    ),
    (
        "Their admin who set everything up is leaving; nobody else knows the system.",
        "Hola Carlos,\n"
        "te escribo para contarte que dejo la empresa el día 30. Soy la única que sabe "
        "configurar la plataforma y, sinceramente, no sé qué pasará después. Al resto del "
        "equipo le cuesta (dicen que el calendario es poco intuitivo). La renovación es en "
        "enero, así que quizá convenga que habléis con quien venga.\n"
        "Un abrazo,\n"
        "Paula Serrano\n"
        "Administradora de sistemas, Agencia Creativa Nube",
        "relationship_at_risk",
        "es",
        "'dejo la empresa ... no sé qué pasará ... renovación en enero' - champion leaving",
    ),
    (
        "",
        "Buenas,\n"
        "os aviso de que este trimestre vamos a probar también TurnoFácil en dos de nuestras "
        "residencias. No es que estemos descontentos, más allá de alguna lentitud al sacar los "
        "cuadrantes, pero nos lo han ofrecido en buenas condiciones y queremos comparar. Me "
        "encantaría que vinierais a enseñarnos las novedades.\n"
        "Saludos,\n"
        "Óscar Medina\n"
        "Coordinador de residencias, Grupo Mayores Vivir",
        "relationship_at_risk",
        "es",
        "'vamos a probar también TurnoFácil ... queremos comparar' - competitor evaluation",
    ),
    (
        "",
        "Hola,\n"
        "revisando gastos he visto que pagamos 20 licencias y solo 6 personas han entrado este "
        "trimestre. Nadie se queja de nada concreto (bueno, de que la app del móvil se cierra "
        "de vez en cuando), simplemente no la usan. Antes de renovar quiero entender si nos "
        "compensa o si estamos tirando el dinero.\n"
        "Gracias,\n"
        "Irene Domínguez\n"
        "Administración, Talleres Domínguez",
        "relationship_at_risk",
        "es",
        "'solo 6 personas han entrado ... antes de renovar ... si nos compensa' - falling usage",
    ),
    (
        "",
        "Estimada Laura:\n"
        "con la fusión de las dos cooperativas se está revisando qué herramientas se "
        "mantienen. La otra cooperativa usa un programa distinto y hay quien propone quedarnos "
        "con ese. Yo prefiero el vuestro, aunque los informes tardan un poco en generarse. "
        "¿Podríais prepararnos una propuesta para la próxima reunión del equipo de compras?\n"
        "Cordialmente,\n"
        "José Luis Navarro\n"
        "Técnico de compras, Cooperativa Agrícola del Ebro",
        "relationship_at_risk",
        "es",
        "'se está revisando qué herramientas se mantienen ... quedarnos con ese' - renewal in "
        "doubt",
    ),
    # ------------------------------------------------------------------------------------
    # service_failure about a defect, where our people or process failed (10)
    # ------------------------------------------------------------------------------------
    (
        "Their ticket about the export that cuts off has had no reply for five weeks.",
        "Hi,\n"
        "Ticket #58213 - the monthly export that cuts off at row 1,000 - was raised on 2 "
        "September. It's now 7 October. No reply, no acknowledgement beyond the automatic one, "
        "nobody assigned. I've chased twice through the portal. The bug is annoying but I can "
        "live with it; being ignored for five weeks I can't. Can someone own this?\n"
        "Frances Holt\n"
        "Data Officer, Thames Valley Housing Co-op",
        "service_failure",
        "en",
        "'raised on 2 September ... no reply ... nobody assigned' - ticket unanswered: "
        "service_failure",
    ),
    (
        "",
        "Hello,\n"
        "You closed my ticket about the duplicate appointment reminders as 'resolved' "
        "yesterday. Nothing was resolved. Nobody replied to me, nobody asked for details, and "
        "patients got two texts again this morning. This is the second time a ticket of mine "
        "has been closed without a word. Please reopen it and tell me who's handling it.\n"
        "Sunita Rao\n"
        "Reception Supervisor, Elmwood Medical Practice",
        "service_failure",
        "en",
        "'closed my ticket as resolved ... nobody replied' - closed without an answer: "
        "service_failure",
    ),
    (
        "",
        "Hi,\n"
        "Your app was down for most of Tuesday afternoon and I accept that things break. What "
        "I don't accept is that your status page said 'All systems operational' the entire "
        "time, the support line went to voicemail, and the only update we got was an email at "
        "9pm saying it was fixed. We had 40 staff with no idea whether to wait or go to paper. "
        "Who decides what gets communicated?\n"
        "Alison Grey\n"
        "Contact Centre Manager, Clearwater Energy Advice",
        "service_failure",
        "en",
        "'status page said All systems operational ... only update at 9pm' - no status "
        "updates: service_failure",
    ),
    (
        "",
        "Hi,\n"
        "On Monday your engineer Raj said he'd call me back by Wednesday with a fix date for "
        "the label bug. It's Friday afternoon. I rang the support line and was told he's 'in "
        "meetings'. I've been promised a callback three times now on this one bug. I just need "
        "someone to do what they say they'll do.\n"
        "Thanks,\n"
        "Gary Lomax\n"
        "Warehouse Manager, Lomax Distribution",
        "service_failure",
        "en",
        "'promised a callback three times' - our people failed: service_failure",
    ),
    (
        "The same issue has been passed between three support teams since May without anyone "
        "taking it.",
        "Hello,\n"
        "Since 12 May our issue with the payslip PDFs has gone: first line -> 'payroll "
        "specialists' -> back to first line -> 'development' -> first line again. Each time I "
        "repeat the whole story. Four tickets, no owner, and every reply asks for the same "
        "screenshots I sent in May. Please give us one named person.\n"
        "Kathryn Doyle\n"
        "HR & Payroll Officer, Doyle Motor Group",
        "service_failure",
        "en",
        "'four tickets, no owner ... same screenshots' - our process failed: service_failure",
    ),
    (
        "",
        "Our contract says urgent issues get a response within 1 hour.\n"
        "\n"
        "On Sat 9 Nov, our on-call wrote:\n"
        "> URGENT - nobody can log in to the booking system.\n"
        "\n"
        "First response from you: Monday 08:52. Forty hours. The login problem sorted itself "
        "out, but the weekend on-call number rang out, the emergency email bounced, and nobody "
        "called us back. I want to know why the out-of-hours process didn't work.\n"
        "Martin Cross\n"
        "IT Service Manager, Cross Country Leisure Parks",
        "service_failure",
        "en",
        "'response within 1 hour ... first response Monday' - SLA breach: service_failure",
    ),
    (
        "Their stock-levels ticket was closed automatically although they had chased three times.",
        "Hallo,\n"
        "unser Ticket zu den falschen Lagerbeständen (Nr. 77410) wurde heute automatisch "
        "geschlossen, „wegen fehlender Rückmeldung“. Die Rückmeldung fehlt auf Ihrer Seite: "
        "Wir haben dreimal nachgefragt, zuletzt am 14., und nie eine Antwort bekommen. Bitte "
        "öffnen Sie das Ticket wieder und sagen Sie uns, wer zuständig ist.\n"
        "Mit freundlichen Grüßen\n"
        "Daniel Wagner\n"
        "IT-Koordination, Wagner Landtechnik",
        "service_failure",
        "de",
        "'automatisch geschlossen ... nie eine Antwort' - closed without an answer: "
        "service_failure",
    ),
    (
        "",
        "Bonjour,\n"
        "mardi à 14h, nous avions une visio prévue avec votre équipe technique pour analyser "
        "le bug des factures PDF tronquées. Nous étions quatre connectés, personne de chez "
        "vous. Aucun message, aucune excuse depuis. C'est le deuxième rendez-vous manqué ce "
        "mois-ci. Qui suit notre dossier ?\n"
        "Cordialement,\n"
        "Vincent Lambert\n"
        "Responsable informatique, Lambert Matériaux",
        "service_failure",
        "fr",
        "'personne de chez vous ... deuxième rendez-vous manqué' - missed meetings: "
        "service_failure",
    ),
    (
        "They reported the calendar sync problem a month ago and have heard nothing since the "
        "first reply.",
        "Bonjour,\n"
        "il y a un mois, vous nous avez répondu « nous analysons le problème de "
        "synchronisation des agendas et revenons vers vous sous 48 h ». Depuis : rien. Pas un "
        "mail, pas un appel, le ticket est toujours « en cours ». On ne demande pas un "
        "miracle, juste de savoir où vous en êtes.\n"
        "Merci,\n"
        "Chloé Renaud\n"
        "Secrétaire, Cabinet dentaire Renaud",
        "service_failure",
        "fr",
        "'revenons vers vous sous 48 h ... Depuis : rien' - no status updates: service_failure",
    ),
    (
        "",
        "Hola:\n"
        "abrimos la incidencia 30912 sobre los pedidos duplicados el 3 de febrero. Hoy es 10 "
        "de marzo. Hemos escrito cinco veces, hemos llamado dos, y la única respuesta ha sido "
        "el acuse automático. El fallo lo podemos ir capeando; lo que no entendemos es que "
        "nadie nos conteste en cinco semanas.\n"
        "Saludos,\n"
        "Alberto Vera\n"
        "Responsable de e-commerce, Deportes Vera",
        "service_failure",
        "es",
        "'la única respuesta ha sido el acuse automático ... nadie nos conteste' - service_failure",
    ),
]
