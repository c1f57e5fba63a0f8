"""Blind severity emails, fourth batch (issue 18, session 31).

140 customer emails of 3 to 8 sentences, written by hand for this batch: 77 English, 21 German,
21 French and 21 Spanish, in varied industries and mail styles (greeting, context, problem,
cost, ask, sign-off; some with a signature, some short and terse; the decisive sentence sits
first, in the middle, last or in a PS). Every item was labelled by hand with a category and a
severity before anything was run on it. Labelling was blind: only the defs-1 Category and
Severity bullets quoted in the task were read, no repository file (no classifier code, rules,
tests or other evaluation sets).

Three groups:
- 50 commercial_dispute (25 high, 25 medium): money or contract problems that put revenue or
  the renewal at risk, carry a hard date (year-end close, budget lock, audit, VAT return, PO
  expiry) or were failed repeatedly, told in everyday words; against billing questions and
  disputes with no deadline and no threat, some irritated in tone but medium on the defs.
- 50 service_failure (25 high, 25 medium): our people failing repeatedly, past a contractual
  response time, or endangering a dated event, told as a story; against one unanswered or
  wrongly closed ticket, one missed meeting or one slow first answer, with no deadline.
- 40 product_defect (20 critical, 20 high): the business stopped or harmed now (no check-ins,
  no orders, no payments, payroll not going out, data lost, privacy breach), said without
  "down", "outage", "critical" or "urgent"; against an important function broken for many with
  a painful workaround, or a dated event at risk, while work still goes on.

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Hi Priya,\n\n"
        "Quick one before our renewal call next week. We were charged twice for the March "
        "invoice (INV-20931, $18,400 each time), and the refund we were promised in April still "
        "hasn't landed. Our finance team has told me plainly that they will not sign the renewal "
        "paperwork until that money is back in our account. I'd rather the renewal didn't stall "
        "over this, so can you get someone to confirm a refund date this week?\n\n"
        "Thanks,\nDerek Osei\nOperations Manager, Northgate Freight",
        "commercial_dispute",
        "high",
        "en",
        "'will not sign the renewal paperwork until that money is back': renewal at risk",
    ),
    (
        "Hello Tom,\n\n"
        "Our fiscal year closes on 31 January and the auditors start the week after. The "
        "December invoice you sent lists 240 seats at list price instead of the 180 seats at the "
        "rate in our order form, so it is about £9,000 too high. I can't book it as it stands, "
        "and I can't leave it open over year-end either. Please send a corrected invoice or a "
        "credit note before the 28th so we can close the books.\n\n"
        "Kind regards,\nHelen Marsh\nFinancial Controller, Thornbury Home Stores",
        "commercial_dispute",
        "high",
        "en",
        "'before the 28th so we can close the books', auditors next: hard year-end deadline",
    ),
    (
        "Hi again Marcus,\n\n"
        "This is the third time I'm asking for the credit note for the two months of the "
        "analytics add-on we cancelled in June. I first wrote on 3 July, then again on 19 July "
        "after your colleague told me it was 'in progress', and I've heard nothing since. Our "
        "accounts payable team flags the open amount to me every week. Could you please just "
        "issue it, or tell me who can?\n\n"
        "Nadia Rahman\nFinance Assistant, Kiteline Studios",
        "commercial_dispute",
        "high",
        "en",
        "'third time I'm asking for the credit note': failed repeatedly",
    ),
    (
        "Dear Ms. Varga,\n\n"
        "We received your renewal quote this morning, and the per-seat price has gone up 38% "
        "with no change in what we use. That is well outside what we budgeted, and I have been "
        "asked to get comparison quotes from two other vendors before we commit to anything. We "
        "have been happy with the product, so I would prefer to find a number that works for "
        "both of us. Can we talk about the pricing before the end of the month?\n\n"
        "Best regards,\nOwen Pritchard\nProcurement Lead, Halcyon Hotels",
        "commercial_dispute",
        "high",
        "en",
        "38% rise, 'comparison quotes from two other vendors': revenue/renewal at risk",
    ),
    (
        "Hi Jenna,\n\n"
        "The invoice we received on Monday bills us for a 36-month minimum term. The order form "
        "our team signed says 12 months, and our legal counsel has now reviewed both documents "
        "and agrees with us. She has asked me to formally dispute the invoice and to request a "
        "call with whoever owns the contract on your side before the due date of 15 October. "
        "Until this is settled we won't be paying any part of it.\n\n"
        "Regards,\nSimon Adebayo\nVendor Management, Ridgeline Health",
        "commercial_dispute",
        "high",
        "en",
        "contract-term dispute with legal counsel, payment withheld, due date: revenue at risk",
    ),
    (
        "Hi Leo,\n\n"
        "I look after the finances of a small charity, so I'll be direct. Your direct debit took "
        "$14,200 from our account yesterday instead of the usual $1,420; it looks as if someone "
        "added a zero. That is a large hole in our monthly budget, and the money is committed to "
        "our food deliveries for the rest of the month. Please reverse the charge today and "
        "confirm by email.\n\n"
        "Thank you,\nMargaret Okafor\nFinance Officer, Riverbend Food Bank",
        "commercial_dispute",
        "high",
        "en",
        "$14,200 taken instead of $1,420, 'reverse it today': overcharge large enough to hurt",
    ),
    (
        "Hello,\n\n"
        "Our SOC 2 auditors have asked for proof that last year's invoices match the contract, "
        "and three of them don't: the support tier billed is Premium, while we contracted "
        "Standard. Audit fieldwork starts on 4 March and the auditor has already listed this as "
        "an open item. I need either corrected invoices or a signed letter from you explaining "
        "the difference by 1 March.\n\n"
        "Regards,\nKatrin Holm\nCompliance Analyst, Fjord Payments",
        "commercial_dispute",
        "high",
        "en",
        "audit fieldwork 4 March, corrected invoices needed by 1 March: audit deadline at risk",
    ),
    (
        "Hi Rachel,\n\n"
        "Our budget for next year locks this Friday. The renewal quote you sent last week is 25% "
        "higher than this year, and finance have told me they will enter last year's figure and "
        "nothing more. If we can't land on a price within that number by Thursday, the line "
        "simply won't be in the budget and we can't renew in January. Can we get on a call "
        "tomorrow to work something out?\n\n"
        "Cheers,\nAnkit Sharma\nSales Operations, Brightwave Media",
        "commercial_dispute",
        "high",
        "en",
        "budget locks Friday, 'we can't renew in January': renewal at risk with a hard date",
    ),
    (
        "Sam,\n\n"
        "Invoice 4471 charges us for 500 seats. We have 310 users and told you so in writing in "
        "May and again in August. Accounts payable has put all your invoices on hold until it's "
        "corrected. Fix it please.\n\n"
        "D. Kowalski\nIT Procurement, Vistula Foods",
        "commercial_dispute",
        "high",
        "en",
        "told you in May and again in August, invoices on hold: repeated, revenue at risk",
    ),
    (
        "Hi Olivia,\n\n"
        "I was surprised to find a new 'platform fee' of $2,000 a month on this quarter's "
        "invoice. Nothing in our contract mentions it, and nobody told us it was coming. Our "
        "agreement fixes prices until the end of the term, so as far as we're concerned this "
        "breaches it. I have asked our lawyer to look at it, and in the meantime we are "
        "withholding payment of the whole invoice. I'd like a written explanation by the end of "
        "next week.\n\n"
        "Best,\nCarlos Mendes\nOperations Manager, Lumen Dental Group",
        "commercial_dispute",
        "high",
        "en",
        "lawyer involved, whole invoice withheld over an unannounced fee: contract dispute, "
        "revenue",
    ),
    (
        "Good morning,\n\n"
        "Your invoices to our Irish entity carry no VAT number and the reverse-charge wording is "
        "missing, so our tax advisers won't let us claim them. Our VAT return is due on the "
        "19th, and these invoices represent about €60,000 of input tax. Please reissue the four "
        "invoices from this year with the correct details before then.\n\n"
        "Many thanks,\nAoife Brennan\nAccounts, Corrib Engineering",
        "commercial_dispute",
        "high",
        "en",
        "VAT return due on the 19th, €60,000 at stake: hard deadline at risk",
    ),
    (
        "Hi Ben,\n\n"
        "I'm going to be honest with you because I want this renewal to happen. Over the past "
        "year we've had a wrong invoice almost every quarter: wrong seat counts in Q1, a missing "
        "discount in Q2 and now a duplicate charge in Q3. Each time it got sorted in the end, "
        "but our finance team has lost patience, and at the renewal review on 12 November "
        "they've asked me to explain why we should keep a supplier that can't invoice us "
        "correctly. Could you get the Q3 duplicate reversed before that meeting?\n\n"
        "Thanks,\nGrace Whitmore\nCustomer Programmes, Alder Mutual",
        "commercial_dispute",
        "high",
        "en",
        "wrong invoice every quarter, renewal review on 12 November: repeated, renewal at risk",
    ),
    (
        "Dear Anna,\n\n"
        "In March we paid $32,000 upfront for the onboarding package, which covered 40 hours of "
        "consultant time. Your records show 12 hours used, and you've now told us the remaining "
        "hours expired on 30 June. That isn't in anything we signed. We want the unused hours "
        "refunded or carried over; otherwise we won't be renewing the subscription when it comes "
        "up in September.\n\n"
        "Regards,\nPhilippe Laurent\nIT Manager, Vantage Insurance Brokers",
        "commercial_dispute",
        "high",
        "en",
        "'otherwise we won't be renewing': churn threat over a refund, renewal at risk",
    ),
    (
        "Hi Kate,\n\n"
        "Hope your week's going well. The invoice for the Q2 expansion came through with the "
        "wrong PO number (it quotes PO-7781, which is closed), so our system bounced it. Could "
        "you reissue it with PO-8120?\n\n"
        "Thanks,\nLiam Carter\nPurchasing, Westmoor Water\n\n"
        "PS: PO-8120 itself expires on 30 June. If the corrected invoice isn't in by then, "
        "raising a new PO takes our procurement team about three months, and you wouldn't be "
        "paid until then.",
        "commercial_dispute",
        "high",
        "en",
        "PS: PO expires 30 June, else three months unpaid: hard date, revenue at risk",
    ),
    (
        "Hallo Frau Becker,\n\n"
        "unser Geschäftsjahr endet am 30. Juni, und die Rechnung für das zweite Quartal weist "
        "150 Lizenzen aus, obwohl laut Vertrag nur 95 vereinbart sind. Unsere Buchhaltung kann "
        "die Rechnung so nicht verbuchen, und eine offene Differenz von rund 11.000 € dürfen wir "
        "nicht in den Jahresabschluss mitnehmen. Bitte schicken Sie uns bis spätestens 26. Juni "
        "eine korrigierte Rechnung oder eine Gutschrift.\n\n"
        "Mit freundlichen Grüßen\nStefan Wolf\nBuchhaltung, Wolf & Söhne Haustechnik",
        "commercial_dispute",
        "high",
        "de",
        "Jahresabschluss 30. Juni, Korrektur bis 26. Juni nötig: hard year-end deadline",
    ),
    (
        "Guten Tag Herr Krüger,\n\n"
        "mit dem Verlängerungsangebot ist der Preis pro Nutzer um 30 % gestiegen, ohne dass sich "
        "an unserem Leistungsumfang etwas geändert hat. Das sprengt unser Budget für das nächste "
        "Jahr. Unser Einkauf hat mich gebeten, bis Ende des Monats Vergleichsangebote von zwei "
        "anderen Anbietern einzuholen. Ich würde lieber bei Ihnen bleiben, brauche dafür aber "
        "ein Angebot, das ich intern vertreten kann.\n\n"
        "Viele Grüße\nMiriam Hoffmann\nIT-Koordination, Stadtwerke Nordheide",
        "commercial_dispute",
        "high",
        "de",
        "+30 %, 'Vergleichsangebote von zwei anderen Anbietern': renewal at risk",
    ),
    (
        "Hallo Herr Yilmaz,\n\n"
        "ich frage jetzt zum dritten Mal nach der Gutschrift für die doppelt berechnete "
        "Januarrechnung, zuerst am 5. Februar, dann am 20. Februar. Beide Male hieß es, das "
        "werde „zeitnah“ erledigt. Unsere Kreditorenbuchhaltung hat daraufhin alle offenen "
        "Rechnungen von Ihnen gesperrt, bis die Gutschrift vorliegt. Ich bitte um eine "
        "verbindliche Zusage bis Freitag.\n\n"
        "Gruß\nJ. Brandt\nEinkauf, Brandt Metallbau",
        "commercial_dispute",
        "high",
        "de",
        "'zum dritten Mal', alle Rechnungen gesperrt: failed repeatedly, revenue at risk",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "Sie haben uns eine Vertragsstrafe von 8.500 € für die angebliche Überschreitung der "
        "Nutzerzahl berechnet. Eine solche Strafe ist in unserem Rahmenvertrag nicht vorgesehen. "
        "Unsere Rechtsabteilung hat den Vorgang übernommen und widerspricht der Forderung "
        "hiermit ausdrücklich. Bitte nennen Sie uns bis zum 15. November eine für den Vertrag "
        "zuständige Ansprechperson, damit wir das klären können, bevor im Dezember die "
        "Verlängerung ansteht.\n\n"
        "Mit freundlichen Grüßen\nUlrike Sander\nRechtsabteilung, Bergmann Logistik GmbH",
        "commercial_dispute",
        "high",
        "de",
        "Rechtsabteilung widerspricht, Verlängerung im Dezember: legal dispute, renewal at risk",
    ),
    (
        "Bonjour Camille,\n\n"
        "Nous avons été prélevés deux fois pour la facture de septembre (2 × 7 800 €), et le "
        "remboursement promis il y a un mois n'est toujours pas arrivé. Notre service comptable "
        "m'a clairement dit qu'il ne validerait pas le renouvellement tant que cette somme ne "
        "serait pas revenue sur notre compte. Le renouvellement est prévu le 1er décembre : "
        "pouvez-vous me donner une date de remboursement ferme cette semaine ?\n\n"
        "Cordialement,\nThomas Girard\nResponsable des achats, Groupe Altis",
        "commercial_dispute",
        "high",
        "fr",
        "'ne validerait pas le renouvellement tant que': renewal at risk over a double charge",
    ),
    (
        "Bonjour,\n\n"
        "Nos commissaires aux comptes commencent leur mission le 10 février, et ils ont relevé "
        "que vos factures de l'an dernier appliquent une TVA française de 20 % alors que nous "
        "sommes une entité belge soumise à l'autoliquidation. Sans factures rectifiées, ils "
        "refuseront de valider ces charges. Pouvez-vous nous renvoyer les douze factures "
        "corrigées avant le 5 février ?\n\n"
        "Bien à vous,\nSophie Lambert\nComptabilité fournisseurs, Brasserie Delvaux SA",
        "commercial_dispute",
        "high",
        "fr",
        "commissaires aux comptes le 10 février, factures avant le 5: audit deadline at risk",
    ),
    (
        "Bonjour Julien,\n\n"
        "Votre nouvelle grille tarifaire double le prix de notre formule à partir de janvier. À "
        "ce tarif, nous ne renouvellerons pas : j'ai déjà demandé des démonstrations à deux de "
        "vos concurrents. Si vous avez une marge de manœuvre, c'est maintenant qu'il faut m'en "
        "parler.\n\n"
        "Marc Olivier\nAchats, Imprimerie du Littoral",
        "commercial_dispute",
        "high",
        "fr",
        "prix doublé, 'nous ne renouvellerons pas': churn threat over price, renewal at risk",
    ),
    (
        "Hola Lucía:\n\n"
        "Os escribo porque la factura de renovación incluye 80 licencias más de las que firmamos "
        "en el contrato. Ya lo comenté en la llamada de octubre y después por correo en "
        "noviembre, y sigue igual. Nuestro departamento de compras ha dicho que no aprobará la "
        "renovación hasta que la factura refleje lo pactado. Necesitamos resolverlo antes del 20 "
        "de diciembre, que es cuando cerramos el ejercicio.\n\n"
        "Un saludo,\nJavier Morales\nResponsable de Sistemas, Clínicas Dentales Sonrisa",
        "commercial_dispute",
        "high",
        "es",
        "'no aprobará la renovación hasta que', cierre el 20 de diciembre: renewal at risk",
    ),
    (
        "Buenos días:\n\n"
        "Hemos recibido la propuesta de renovación con una subida del 45 %. Con ese precio no "
        "podemos seguir: nuestro presupuesto para el año que viene ya está cerrado y la "
        "diferencia es de casi 20.000 €. Estamos valorando otras dos plataformas y tomaremos una "
        "decisión antes de fin de mes. Si hay margen para revisar la oferta, os agradecería que "
        "me llamarais esta semana.\n\n"
        "Saludos cordiales,\nElena Ruiz\nCompras, Hoteles Mediterráneo",
        "commercial_dispute",
        "high",
        "es",
        "subida del 45 %, 'valorando otras dos plataformas': renewal at risk",
    ),
    (
        "Hola Andrés:\n\n"
        "Nuestro proyecto está financiado con fondos europeos y la auditoría de justificación es "
        "el 15 de marzo. Las facturas que nos habéis emitido no detallan el concepto ni el "
        "periodo, y sin eso el auditor no las acepta como gasto subvencionable. Si no las "
        "tenemos corregidas antes del día 10, perderíamos la financiación de esa partida. "
        "¿Podéis reemitirlas esta semana?\n\n"
        "Gracias,\nMarta Gil\nGestión de proyectos, Fundación Horizonte",
        "commercial_dispute",
        "high",
        "es",
        "auditoría el 15 de marzo, riesgo de perder la financiación: audit deadline at risk",
    ),
    (
        "Hola:\n\n"
        "Es la tercera vez que pido el reembolso del cargo duplicado de 3.200 € de julio. En "
        "agosto me dijeron que estaba tramitado y en septiembre que faltaba una aprobación "
        "interna. Seguimos sin ver el dinero. Si no está resuelto este mes, no renovaremos el "
        "contrato.\n\n"
        "Raúl Ortega\nAdministración, Transportes Ortega e Hijos",
        "commercial_dispute",
        "high",
        "es",
        "'tercera vez', 'no renovaremos': failed repeatedly plus churn threat",
    ),
    (
        "Hi Sam,\n\n"
        "The October invoice includes a line for 'Premium Support' at $450. We're on the "
        "standard plan and never asked for premium support. Could you remove it and send a "
        "revised invoice? We'll pay the rest as usual.\n\n"
        "Thanks,\nJoanna Reyes\nOffice Manager, Pine & Co Architects",
        "commercial_dispute",
        "medium",
        "en",
        "one wrong $450 line, paying the rest: billing dispute without a deadline",
    ),
    (
        "Hello Priya,\n\n"
        "When we went down from 60 to 45 seats in August, your colleague said we'd receive a "
        "credit note for the unused part of the quarter. I haven't seen it yet. Can you check "
        "whether it has been issued, and if not, send it over?\n\n"
        "Best,\nTom Hale\nAdministration, Greyfriars Language School",
        "commercial_dispute",
        "medium",
        "en",
        "credit note asked for the first time, no date: billing question without a deadline",
    ),
    (
        "Hi Marco,\n\n"
        "Looking at our usage, we only use the reporting module and the API, yet we pay for the "
        "Enterprise plan. I think the Growth plan would cover us at roughly half the price, so "
        "we've probably been overpaying for a while. Can you confirm whether we can switch "
        "mid-term, and whether we'd get a pro-rated credit for the difference?\n\n"
        "Regards,\nFiona Walsh\nRevenue Operations, Keel Analytics",
        "commercial_dispute",
        "medium",
        "en",
        "paying for the wrong plan, asks to switch: billing question without a deadline",
    ),
    (
        "Hi Dana,\n\n"
        "Twelve people have left us since the spring, and I removed their accounts in the admin "
        "panel, but the last two invoices still bill for 85 seats. Can you bring it down to 73 "
        "from the next invoice and credit the difference for the last two months?\n\n"
        "Thanks,\nRobert Finch\nIT Support, Hollis & Reed Surveyors",
        "commercial_dispute",
        "medium",
        "en",
        "seat count to correct, no deadline or threat: billing dispute, medium",
    ),
    (
        "Hi,\n\n"
        "Honestly, this is annoying. We were told the annual prepayment would come with a 10% "
        "discount, and the invoice shows the full price. I don't have time to chase suppliers "
        "over their own quotes. Please send a corrected invoice with the discount we agreed; "
        "I've attached the quote for reference.\n\n"
        "Paul Grant\nPractice Manager, Elmwood Vets",
        "commercial_dispute",
        "medium",
        "en",
        "irritated, but one wrong invoice, no deadline or threat: billing dispute, medium",
    ),
    (
        "Matt,\n\n"
        "I've just noticed we're being invoiced in US dollars although our contract is in euros, "
        "and the exchange rate has cost us about €300 this quarter. Frankly, that's sloppy. "
        "Please switch our invoices to EUR as the contract says and credit the difference on the "
        "next one.\n\n"
        "Ingrid Solberg\nFinance, Nordlys Travel",
        "commercial_dispute",
        "medium",
        "en",
        "'frankly, that's sloppy', but €300 and first report: billing dispute without a deadline",
    ),
    (
        "Good afternoon,\n\n"
        "We are a registered 501(c)(3) and should be exempt from sales tax, but your last "
        "invoice added 8.25% tax. I've attached our exemption certificate. Could you update our "
        "account and refund the tax charged on that invoice?\n\n"
        "Best regards,\nLinda Chow\nAccounting, Bay Area Literacy Project",
        "commercial_dispute",
        "medium",
        "en",
        "tax wrongly added, first request, no date: billing dispute without a deadline",
    ),
    (
        "Hi Kevin,\n\n"
        "Our monthly bill went from $2,300 to $2,780 this month and I can't see why. We didn't "
        "add any users. Can you explain the difference, and correct it if it's a mistake?\n\n"
        "Thanks\nRyan Doyle\nOperations, Tidewater Kayak Tours",
        "commercial_dispute",
        "medium",
        "en",
        "unexplained $480 increase: billing question without a deadline",
    ),
    (
        "Hello Chris,\n\n"
        "We cancelled the SMS add-on on 3 May through the billing page, and the confirmation "
        "email says so, but we were charged for it again on 1 June ($600). Could you refund that "
        "charge? I've forwarded the cancellation confirmation.\n\n"
        "Kind regards,\nSarah Whitfield\nMarketing Coordinator, Harbour Fitness",
        "commercial_dispute",
        "medium",
        "en",
        "one $600 charge after cancelling, first request: billing dispute without a deadline",
    ),
    (
        "Hi Alex,\n\n"
        "Our new procurement manager is tidying up supplier contracts and asked me something I "
        "couldn't answer: is our notice period 30 or 90 days? The order form says 30, but the "
        "terms it links to say 90. We signed on the basis of 30 days and would expect that to "
        "apply, though we're not planning to leave. Could you confirm which applies and send a "
        "corrected order form if needed?\n\n"
        "Thanks,\nHannah Price\nIT Lead, Castle Schools Trust",
        "commercial_dispute",
        "medium",
        "en",
        "notice-period mismatch, 'not planning to leave': contract question without a deadline",
    ),
    (
        "Hi there,\n\n"
        "Since our merger in the summer, your invoices still go to the old company name and "
        "address. Nothing has been rejected so far, but our accounts team will want them in the "
        "right name. Please update the billing entity to Meridian Care Group Ltd, 14 Queen "
        "Street, Leeds, and reissue this month's invoice.\n\n"
        "Regards,\nDavid Nwosu\nAccounts, Meridian Care Group",
        "commercial_dispute",
        "medium",
        "en",
        "billing entity to update, nothing rejected, no date: billing issue, medium",
    ),
    (
        "Dear Ms. Patel,\n\n"
        "When we signed for another year, your sales representative agreed in writing to keep "
        "our loyalty discount of 15%. The first invoice of the new term doesn't show it, which "
        "is disappointing after four years with you. I'd appreciate a corrected invoice; the "
        "email from your representative is attached.\n\n"
        "Yours sincerely,\nGeoffrey Lamb\nAccounts Office, St Aidan's College",
        "commercial_dispute",
        "medium",
        "en",
        "missing discount, 'disappointing' but no deadline or threat: billing dispute, medium",
    ),
    (
        "Hi Naomi,\n\n"
        "September's invoice has a $1,150 overage charge for API calls. Our order form from the "
        "spring gives us 2 million calls a month, but the invoice seems to use the old allowance "
        "of 1 million. Could you check and reissue it with the right allowance?\n\n"
        "Best,\nIgor Petrenko\nBackend Lead, Parcelwise",
        "commercial_dispute",
        "medium",
        "en",
        "overage billed on the old allowance, no deadline: billing dispute, medium",
    ),
    (
        "Hallo Herr Schulz,\n\n"
        "auf der Märzrechnung stehen 42 Lizenzen, wir haben aber seit Februar nur noch 36 aktive "
        "Nutzer. Die sechs Konten haben wir im Admin-Bereich gelöscht. Könnten Sie die Rechnung "
        "entsprechend anpassen und uns die Differenz gutschreiben?\n\n"
        "Danke und viele Grüße\nAnja Peters\nPraxismanagement, Physiotherapie am Markt",
        "commercial_dispute",
        "medium",
        "de",
        "Lizenzzahl zu korrigieren, keine Frist: billing dispute without a deadline",
    ),
    (
        "Guten Tag,\n\n"
        "ehrlich gesagt ärgert mich das: Wir haben im Januar auf jährliche Zahlung umgestellt, "
        "und trotzdem wurde im Februar wieder eine Monatsgebühr von 390 € abgebucht. Bitte "
        "erstatten Sie den Betrag und stellen Sie sicher, dass nur noch jährlich abgerechnet "
        "wird.\n\n"
        "Mit freundlichen Grüßen\nKlaus Meier\nBuchhaltung, Meier Feinmechanik",
        "commercial_dispute",
        "medium",
        "de",
        "'ärgert mich', aber eine falsche Abbuchung, keine Frist: billing dispute, medium",
    ),
    (
        "Hallo Frau Lang,\n\n"
        "bei unserem Wechsel vom Business- in den Team-Tarif im Mai hieß es, dass wir für den "
        "Rest des Quartals eine anteilige Gutschrift bekommen. Bisher ist keine angekommen. "
        "Können Sie nachsehen, ob sie schon erstellt wurde, und sie mir sonst zuschicken?\n\n"
        "Viele Grüße\nTobias Wendt\nVerwaltung, Wendt Gartenplanung",
        "commercial_dispute",
        "medium",
        "de",
        "Gutschrift zum ersten Mal angefragt, keine Frist: billing question, medium",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnungen an uns enthalten keine Bestellnummer. Ohne diese kann unsere "
        "Kreditorenbuchhaltung sie nur mit manueller Freigabe bearbeiten, was jedes Mal "
        "Rückfragen auslöst. Bitte tragen Sie künftig die Bestellnummer 4500012877 ein und "
        "senden Sie uns die Septemberrechnung mit dieser Nummer erneut.\n\n"
        "Mit freundlichen Grüßen\nSabine Krause\nKreditorenbuchhaltung, Technische Hochschule "
        "Emden",
        "commercial_dispute",
        "medium",
        "de",
        "fehlende Bestellnummer, Rechnung neu ausstellen, keine Frist: billing issue, medium",
    ),
    (
        "Bonjour Claire,\n\n"
        "Sur la facture d'avril figure une ligne « Formation » à 1 200 € HT. Nous n'avons suivi "
        "aucune formation ce mois-ci. Pourriez-vous vérifier et nous envoyer un avoir s'il "
        "s'agit d'une erreur ?\n\n"
        "Merci d'avance,\nNathalie Roux\nAssistante administrative, Cabinet Roux & Associés",
        "commercial_dispute",
        "medium",
        "fr",
        "ligne « Formation » facturée à tort, sans échéance: billing dispute, medium",
    ),
    (
        "Bonjour,\n\n"
        "Je trouve ça un peu fort : on nous a facturé 25 licences alors que nous en avons réduit "
        "le nombre à 18 lors du dernier renouvellement, c'est écrit noir sur blanc dans le bon "
        "de commande. Merci de corriger la facture et de nous faire un avoir pour la "
        "différence.\n\n"
        "Pierre Dubois\nResponsable informatique, Transports Dubois",
        "commercial_dispute",
        "medium",
        "fr",
        "ton agacé, mais une facture à corriger, sans échéance ni menace: medium",
    ),
    (
        "Bonjour Hugo,\n\n"
        "Nous payons actuellement l'offre Premium, mais nous n'utilisons plus le module de "
        "planification depuis notre réorganisation. Est-il possible de passer à l'offre Standard "
        "en cours d'année et, le cas échéant, comment serait calculé le prorata ?\n\n"
        "Bien cordialement,\nÉlodie Martin\nContrôle de gestion, Cliniques du Val",
        "commercial_dispute",
        "medium",
        "fr",
        "changement de formule et prorata, sans échéance: billing question, medium",
    ),
    (
        "Bonjour Madame Lefèvre,\n\n"
        "Lors de notre passage au paiement annuel en juin, votre commercial nous a indiqué que "
        "les deux mois déjà réglés en mensuel seraient déduits sous forme d'avoir. Je n'ai rien "
        "reçu pour l'instant. Pourriez-vous me l'envoyer, ou me dire où en est la demande ?\n\n"
        "Cordialement,\nAntoine Mercier\nComptabilité, Librairies Mercier",
        "commercial_dispute",
        "medium",
        "fr",
        "avoir demandé pour la première fois, sans échéance: billing question, medium",
    ),
    (
        "Hola Diego:\n\n"
        "En la factura de mayo aparece un cargo de 250 € por «integración personalizada» que no "
        "hemos contratado. ¿Podéis revisarlo y emitir una factura rectificativa?\n\n"
        "Gracias,\nLaura Sánchez\nAdministración, Academia Lingua",
        "commercial_dispute",
        "medium",
        "es",
        "cargo no contratado de 250 €, sin plazo: billing dispute, medium",
    ),
    (
        "Buenas tardes:\n\n"
        "Me parece poco serio que el descuento del 20 % que acordamos por escrito con vuestro "
        "comercial no aparezca en la factura anual. Adjunto el correo en el que se confirma. Por "
        "favor, enviadnos una factura corregida.\n\n"
        "Un saludo,\nFernando Castillo\nResponsable de compras, Grupo Castillo Alimentación",
        "commercial_dispute",
        "medium",
        "es",
        "'poco serio', pero un descuento olvidado, sin plazo ni amenaza: medium",
    ),
    (
        "Hola Sofía:\n\n"
        "Tenemos 54 usuarios activos, pero nos estáis cobrando 70. Las bajas las hicimos en "
        "marzo desde el panel de administración. ¿Podéis ajustar la cifra en la próxima factura "
        "y abonarnos la diferencia de abril?\n\n"
        "Saludos,\nIsabel Navarro\nOficina técnica, Reformas Navarro",
        "commercial_dispute",
        "medium",
        "es",
        "número de licencias a corregir, primera petición, sin plazo: medium",
    ),
    (
        "Buenos días:\n\n"
        "Somos una empresa con sede en Canarias, así que no nos corresponde IVA sino IGIC, y "
        "vuestras facturas incluyen un IVA del 21 %. ¿Podéis revisar nuestros datos fiscales y "
        "rectificar las facturas de este año?\n\n"
        "Atentamente,\nCarmen Herrera\nContabilidad, Náutica Atlántica S.L.",
        "commercial_dispute",
        "medium",
        "es",
        "IVA aplicado por error, sin plazo ni amenaza: billing dispute, medium",
    ),
    (
        "Hi Priya,\n\n"
        "We kicked off onboarding on 2 September with a plan for weekly sessions with your "
        "implementation consultant. The first session happened. The second was cancelled an hour "
        "before, nobody turned up to the third, and the fourth was moved twice and then dropped. "
        "Our go-live with 300 warehouse staff is on 4 November, and we still haven't configured "
        "the picking workflows. I need a consultant who turns up and a plan that gets us to that "
        "date.\n\n"
        "Regards,\nMartin Cole\nProject Manager, Greenline Distribution",
        "service_failure",
        "high",
        "en",
        "three sessions cancelled or missed, go-live on 4 November: repeated, deadline at risk",
    ),
    (
        "Hello,\n\n"
        "Our contract gives us a 4-hour first response on priority tickets. We raised ticket "
        "#58812 on Monday at 9:10 about the single sign-on setup for our new subsidiary; it is "
        "now Wednesday afternoon and there is still no reply, not even an acknowledgement. The "
        "140 people at the subsidiary are waiting for access and working from shared "
        "spreadsheets in the meantime. Please get someone on it today and tell me why the "
        "response time was missed.\n\n"
        "James Thornton\nIT Service Manager, Aldgate Insurance",
        "service_failure",
        "high",
        "en",
        "contractual 4-hour first response missed by two days: past SLA, high",
    ),
    (
        "Hi Sam,\n\n"
        "I'm escalating this to you because support isn't working for us. Ticket #4410 about "
        "exporting our membership lists was closed as 'resolved' without a reply. I reopened it "
        "as #4431, and that was closed a week later with a link to a help article that has "
        "nothing to do with the question. The third attempt, #4502, has had no answer for nine "
        "days. Can you please find someone who will actually read the question?\n\n"
        "Best,\nEmma Lloyd\nMembership Manager, Guild of Garden Designers",
        "service_failure",
        "high",
        "en",
        "closed without answer twice, then nine days of silence: failed repeatedly",
    ),
    (
        "Dear Olivia,\n\n"
        "This is the second quarterly review in a row that your side has missed without notice. "
        "In May our team of six waited on the call for twenty minutes; last Thursday it happened "
        "again, and nobody has written since to explain or reschedule. These reviews are where "
        "we agree the training plan for our regional offices, so that plan is now on hold. I'd "
        "like a new date this week and a named person who will be there.\n\n"
        "Regards,\nRuth Adeyemi\nHead of Learning, Coastal Credit Union",
        "service_failure",
        "high",
        "en",
        "second quarterly review in a row missed without notice: failed repeatedly",
    ),
    (
        "Hi Tom,\n\n"
        "Your professional services team committed to migrating our historic case files before "
        "our office move on 1 March. The consultant assigned in January has left the company, no "
        "replacement has been introduced, and my last three emails to the services inbox have "
        "gone unanswered. We have five weeks left and nothing has been migrated. Please tell me "
        "by Friday who owns this and how it will be done in time.\n\n"
        "Best regards,\nSiobhan Kearney\nPractice Manager, Kearney & Doyle Solicitors",
        "service_failure",
        "high",
        "en",
        "three emails unanswered, office move on 1 March at risk: repeated, dated event",
    ),
    (
        "Hi Dana,\n\n"
        "The sync problem from yesterday is fixed, thank you. What I want to raise is how we "
        "were treated while it lasted. Between 10am and 4pm we asked your support team for an "
        "update four times, by chat, by phone and twice by email, and got nothing but an "
        "automatic reply. Your status page said everything was fine the whole time, and our "
        "branch staff spent the day guessing what to tell customers. I need to know how you'll "
        "keep us informed next time.\n\n"
        "Thanks,\nGareth Pugh\nBranch Operations, Valley Building Society",
        "service_failure",
        "high",
        "en",
        "four requests for updates ignored during an incident: no status updates, repeated",
    ),
    (
        "Hi,\n\n"
        "Ticket 77120. Our contract says response within one business day. It's been six. Please "
        "have someone call me today.\n\n"
        "H. Brandt\nFacilities IT, Lakeside University",
        "service_failure",
        "high",
        "en",
        "'response within one business day. It's been six': past contractual response time",
    ),
    (
        "Hello Marcus,\n\n"
        "We booked your trainer for 14 and 15 May to train our 60 call-centre agents before we "
        "switch systems on 20 May. On the morning of the 14th, with everybody in the room, we "
        "got an email saying the trainer was ill and someone would be in touch. Nobody has been "
        "in touch. The switch date is fixed by our telephony contract and can't move. Please "
        "confirm replacement dates before the 17th.\n\n"
        "Regards,\nDenise Clarke\nContact Centre Manager, Lighthouse Energy",
        "service_failure",
        "high",
        "en",
        "trainer no-show, no follow-up, switch on 20 May can't move: dated event at risk",
    ),
    (
        "Hi Jenna,\n\n"
        "Since June we've been promised the custom membership report template 'by the end of "
        "next week' four times. Each time the date passed without a word until I chased. The "
        "pack for our annual members' meeting goes out on 30 September, and the report was "
        "supposed to be in it. I'd like a firm date from someone who can actually commit to "
        "it.\n\n"
        "Kind regards,\nAlan Fraser\nGovernance Officer, Highland Housing Association",
        "service_failure",
        "high",
        "en",
        "promised date missed four times, members' pack 30 September: repeated, dated event",
    ),
    (
        "Hi Rachel,\n\n"
        "I've now sent the same screenshots and configuration export to support three times, to "
        "three different agents, because each new person starts the ticket from scratch. Three "
        "weeks in, as far as I can tell, nobody has looked at them. The question itself is how "
        "to set up row-level permissions for our regional managers, which shouldn't take three "
        "weeks. Please assign one person who owns it.\n\n"
        "Thanks,\nNikhil Rao\nData Engineering, Oakhill Retail",
        "service_failure",
        "high",
        "en",
        "same files sent three times to three agents over three weeks: failed repeatedly",
    ),
    (
        "Hello,\n\n"
        "On 2 October we asked your compliance team for the completed security questionnaire, "
        "which our contract says you will provide within ten business days. It is now 30 "
        "October. I've chased twice and been told it is 'with the team'. Our ISO 27001 "
        "surveillance audit is on 12 November, and the auditor will not accept a supplier "
        "without it. Please send it, or tell me today when it will arrive.\n\n"
        "Regards,\nPetra Novak\nInformation Security, Danube Logistics",
        "service_failure",
        "high",
        "en",
        "contractual ten business days long past, audit on 12 November: SLA and deadline",
    ),
    (
        "Hi Ben,\n\n"
        "You're the fourth customer success manager we've had this year, and I say that with no "
        "grudge against you personally. Each handover has lost something: the integration plan "
        "we agreed in February, the training days we were promised, the follow-up on our "
        "reporting setup. Every time I've had to explain our setup from the beginning, and "
        "things we'd agreed simply disappeared. Could we meet this week so I can walk you "
        "through the open promises, and you can tell me who will keep track of them?\n\n"
        "Best,\nLaura Benton\nGroup Operations Manager, Fairway Golf Clubs",
        "service_failure",
        "high",
        "en",
        "fourth CSM this year, agreements lost at each handover: our people failed repeatedly",
    ),
    (
        "Dear Mr. Grant,\n\n"
        "We signed on 1 August and were told someone would contact us within five working days "
        "to schedule onboarding. Six weeks later, after two emails and a voicemail from me, "
        "nobody has. We've told our 40 franchise owners that the new booking system will be live "
        "before the holiday season starts on 15 November, and every week of delay makes that "
        "less likely. Please have the onboarding team call me this week.\n\n"
        "Yours sincerely,\nMichelle Dunn\nFranchise Support Manager, Sparkle Cleaning Co.",
        "service_failure",
        "high",
        "en",
        "six weeks, two emails and a voicemail ignored, 15 November launch: repeated, deadline",
    ),
    (
        "Hi Kate,\n\n"
        "Could you look into ticket #90214 for us? We asked how to bulk-reassign open cases when "
        "an agent leaves, and we still haven't heard back. For now our team leads are "
        "reassigning cases one by one.\n\n"
        "Thanks,\nOmar Haddad\nSupport Operations, Cedar Lane Insurance\n\n"
        "PS: for context, we opened it eight working days ago as high priority, which under our "
        "support agreement means a reply within 24 hours. It's also the third ticket this "
        "quarter that has gone past that.",
        "service_failure",
        "high",
        "en",
        "PS: eight working days on a 24-hour response, third time this quarter: past SLA",
    ),
    (
        "Sehr geehrter Herr Krüger,\n\n"
        "laut unserem Supportvertrag beträgt die Reaktionszeit bei Tickets der Priorität „hoch“ "
        "vier Stunden. Unser Ticket 31877 zur Einrichtung der Schnittstelle zu unserem "
        "Lagerverwaltungssystem ist seit Dienstag offen, ohne jede Rückmeldung. Unser Lager "
        "erfasst die Wareneingänge so lange doppelt, von Hand. Ich erwarte heute noch einen "
        "Rückruf und eine Erklärung, warum die vereinbarte Frist nicht eingehalten wurde.\n\n"
        "Mit freundlichen Grüßen\nFrank Zimmer\nIT-Administration, Zimmer Baustoffe GmbH",
        "service_failure",
        "high",
        "de",
        "vier Stunden Reaktionszeit vereinbart, seit Dienstag keine Antwort: past SLA",
    ),
    (
        "Hallo Frau Neumann,\n\n"
        "wir hatten für den 8. und 9. April Schulungen für unsere 45 Pflegekräfte gebucht, weil "
        "wir am 2. Mai auf Ihr System umstellen. Der erste Termin wurde am Vorabend abgesagt, "
        "der Ersatztermin letzte Woche ebenfalls. Seitdem warten wir auf neue Termine. Die "
        "Umstellung ist mit unserem Träger abgestimmt und lässt sich nicht verschieben. Bitte "
        "nennen Sie mir bis Freitag verbindliche Termine.\n\n"
        "Viele Grüße\nSusanne Roth\nPflegedienstleitung, Seniorenzentrum Am Park",
        "service_failure",
        "high",
        "de",
        "zwei Schulungen abgesagt, Umstellung am 2. Mai fest: repeated, deadline at risk",
    ),
    (
        "Hallo,\n\n"
        "wir haben jetzt dreimal dieselbe Frage zur DATEV-Anbindung gestellt. Zweimal wurde das "
        "Ticket ohne Antwort geschlossen, einmal kam ein Textbaustein, der mit der Frage nichts "
        "zu tun hat. So kommen wir nicht weiter. Ich bitte darum, dass sich jemand meldet, der "
        "die Frage tatsächlich liest.\n\n"
        "Gruß\nMarkus Lehmann\nFinanzbuchhaltung, Lehmann Elektro",
        "service_failure",
        "high",
        "de",
        "dreimal gefragt, zweimal ohne Antwort geschlossen: our people failed repeatedly",
    ),
    (
        "Guten Tag Herr Yilmaz,\n\n"
        "Ihr Projektteam hat uns die Übernahme unserer Altdaten bis zum 15. Dezember zugesagt, "
        "weil unser alter Anbieter zum Jahresende abschaltet. Unser Projektleiter bei Ihnen ist "
        "seit drei Wochen nicht erreichbar, auf E-Mails kommt nur eine Abwesenheitsnotiz, und "
        "eine Vertretung wurde nicht benannt. Wir haben noch nicht einmal einen Testimport "
        "gesehen. Bitte nennen Sie mir bis Mittwoch einen Verantwortlichen und einen "
        "Zeitplan.\n\n"
        "Mit freundlichen Grüßen\nAndrea Schmitt\nProjektleitung, Schmitt Immobilienverwaltung",
        "service_failure",
        "high",
        "de",
        "Projektleiter drei Wochen unerreichbar, Stichtag 15. Dezember: dated event at risk",
    ),
    (
        "Bonjour Camille,\n\n"
        "Notre contrat prévoit une première réponse sous 8 heures ouvrées pour les demandes "
        "prioritaires. Le ticket 20457, ouvert lundi matin au sujet de la configuration des "
        "droits pour notre nouvelle agence, n'a toujours reçu aucune réponse ce jeudi. En "
        "attendant, les 25 conseillers de cette agence travaillent sur des comptes partagés, ce "
        "qui n'est pas acceptable pour nous. Merci de faire le nécessaire aujourd'hui.\n\n"
        "Cordialement,\nLaurent Petit\nResponsable informatique, Mutuelle des Alpes",
        "service_failure",
        "high",
        "fr",
        "première réponse sous 8 heures ouvrées, rien depuis lundi: past SLA, high",
    ),
    (
        "Bonjour Julien,\n\n"
        "Je vous écris au sujet de votre équipe d'intégration. Sur les quatre points "
        "hebdomadaires prévus en octobre, deux ont été annulés le jour même et un n'a jamais eu "
        "lieu, sans explication. Notre nouveau site de Lyon ouvre le 2 décembre et la "
        "configuration des tournées n'est toujours pas faite. J'ai besoin d'un interlocuteur "
        "fiable et d'un planning tenable d'ici vendredi.\n\n"
        "Bien à vous,\nIsabelle Fontaine\nCheffe de projet, Livraisons Express Rhône",
        "service_failure",
        "high",
        "fr",
        "trois points sur quatre annulés ou manqués, ouverture le 2 décembre: repeated, dated",
    ),
    (
        "Bonjour,\n\n"
        "Depuis trois semaines, notre demande concernant l'import des contrats est passée entre "
        "les mains de quatre personnes différentes chez vous. À chaque fois, on nous redemande "
        "les mêmes fichiers et on nous promet un retour « sous 48 heures » qui n'arrive jamais. "
        "Nous avons relancé cinq fois. Je voudrais qu'une seule personne prenne ce dossier en "
        "charge et le suive jusqu'au bout.\n\n"
        "Salutations,\nMathieu Garnier\nGestion des contrats, Assurances Garnier & Fils",
        "service_failure",
        "high",
        "fr",
        "quatre interlocuteurs, cinq relances, promesses non tenues: failed repeatedly",
    ),
    (
        "Bonjour Madame Lefèvre,\n\n"
        "Pourriez-vous m'aider à obtenir le rapport SOC 2 et l'attestation d'hébergement que "
        "nous avons demandés à votre équipe conformité ? Nous en avons besoin pour notre dossier "
        "de certification HDS.\n\n"
        "Merci,\nCaroline Mallet\nQualité, Laboratoires Mallet\n\n"
        "P.-S. : la demande date du 3 septembre, j'ai relancé le 17 et le 30 sans réponse, et "
        "l'auditeur vient le 21 octobre. Sans ces documents, il ne pourra pas clôturer l'audit.",
        "service_failure",
        "high",
        "fr",
        "P.-S.: deux relances sans réponse, auditeur le 21 octobre: repeated, audit at risk",
    ),
    (
        "Hola Lucía:\n\n"
        "El contrato de soporte dice que las incidencias de prioridad alta se responden en menos "
        "de cuatro horas. Abrimos el ticket 66310 el martes a primera hora para configurar los "
        "permisos del nuevo equipo de Valencia y hoy es viernes sin ninguna respuesta. Mientras "
        "tanto, doce comerciales trabajan con hojas de cálculo. Necesito que alguien me llame "
        "hoy.\n\n"
        "Un saludo,\nPablo Jiménez\nSistemas, Grupo Inmobiliario Levante",
        "service_failure",
        "high",
        "es",
        "respuesta en menos de cuatro horas, sin respuesta desde el martes: past SLA",
    ),
    (
        "Buenos días, Andrés:\n\n"
        "La formación para nuestros 30 farmacéuticos se ha cancelado ya dos veces: la primera "
        "por enfermedad del formador y la segunda sin ningún aviso, nos enteramos cuando nadie "
        "se conectó. Empezamos a trabajar con vuestro sistema el 1 de junio en todas las "
        "farmacias y sin formación no podemos hacerlo. Os pido fechas cerradas antes del "
        "viernes.\n\n"
        "Saludos,\nRocío Vidal\nCoordinación, Farmacias Vidal",
        "service_failure",
        "high",
        "es",
        "formación cancelada dos veces, arranque el 1 de junio: repeated, deadline at risk",
    ),
    (
        "Hola Diego:\n\n"
        "Te he escrito tres veces en el último mes para que configuréis nuestras dos tiendas "
        "nuevas y no he tenido respuesta. Tampoco a mis dos llamadas. Entiendo que estéis "
        "ocupados, pero llevamos semanas sin avanzar y la inauguración es el 14 de septiembre. "
        "¿Puedes decirme al menos quién se encarga?\n\n"
        "Gracias,\nSergio Domínguez\nExpansión, Moda Sur",
        "service_failure",
        "high",
        "es",
        "tres correos y dos llamadas sin respuesta, inauguración el 14 de septiembre: repeated",
    ),
    (
        "Hi Sam,\n\n"
        "I opened a ticket last Tuesday (#38211) asking how to change the default currency on "
        "our quotes, and I haven't heard anything back yet. Our team is entering the currency by "
        "hand on each quote for now. Could you give it a nudge?\n\n"
        "Thanks,\nLisa Chen\nSales Ops, Apex Tooling",
        "service_failure",
        "medium",
        "en",
        "one unanswered ticket, manual workaround, no deadline: one unanswered ticket is medium",
    ),
    (
        "Hello,\n\n"
        "Our ticket #12907 about setting up email notifications for overdue tasks was closed "
        "this morning as 'resolved', but nobody replied and the question is still open. Could "
        "you reopen it, please, and have someone answer?\n\n"
        "Regards,\nPeter Haines\nProject Office, Linden Construction",
        "service_failure",
        "medium",
        "en",
        "one ticket closed without an answer, no deadline: wrongly closed ticket is medium",
    ),
    (
        "Hi Olivia,\n\n"
        "We had a call booked with you yesterday at 2pm to go through our dashboard setup, and "
        "nobody joined. I waited about fifteen minutes. I'm sure something came up, but a quick "
        "note would have been nice. Can we find another slot next week?\n\n"
        "Best,\nMaya Goldberg\nAnalytics, Brightside Home Care",
        "service_failure",
        "medium",
        "en",
        "one missed call, rebook next week: one missed meeting, no repetition",
    ),
    (
        "Hi there,\n\n"
        "It took your support team four days to send a first reply to my question about user "
        "roles, and the reply only asked me to describe the issue again, which I had already "
        "done in detail. Not great. I've answered again on the ticket (#55190); please make sure "
        "someone reads it properly this time.\n\n"
        "Cheers,\nTom Barker\nOffice IT, Ridgeway Accountants",
        "service_failure",
        "medium",
        "en",
        "four days to a first reply on one ticket, no deadline: slow first answer, medium",
    ),
    (
        "Dear Mr. Grant,\n\n"
        "Our onboarding call was scheduled for Monday at 10:00, but the consultant didn't join, "
        "and we haven't heard from anyone since. We're planning to go live at some point in the "
        "new year, so there's no fixed date yet, but we would like to get started. Could you "
        "reschedule it?\n\n"
        "Kind regards,\nJudith Marsh\nClerk, Westfield Parish Council",
        "service_failure",
        "medium",
        "en",
        "one missed onboarding call, 'no fixed date yet': one missed meeting, medium",
    ),
    (
        "Hi,\n\n"
        "Ticket 20991 has been open nine days without a reply. It's a question about exporting "
        "our activity logs to CSV. Can someone pick it up?\n\n"
        "Thanks\nK. Osei\nIT, Brookfield Dental",
        "service_failure",
        "medium",
        "en",
        "one ticket unanswered nine days, no SLA or date: one unanswered ticket, medium",
    ),
    (
        "Hello Marcus,\n\n"
        "Support closed my ticket about setting up recurring invoices with an answer that "
        "doesn't apply to our plan. The article they linked is for the Enterprise edition, and "
        "we're on Professional. I replied, but the ticket stays closed. Could you get someone to "
        "reopen it and take another look?\n\n"
        "Regards,\nClaire Beaumont\nBookkeeper, Harbourside Marina",
        "service_failure",
        "medium",
        "en",
        "one ticket closed with a wrong answer, no deadline: wrongly closed ticket, medium",
    ),
    (
        "Hi Jenna,\n\n"
        "After our call two weeks ago you said you'd send the notes and the links to the "
        "training videos. I haven't received them yet, and a couple of new starters are asking. "
        "Could you send them over?\n\n"
        "Thanks,\nDev Patel\nTeam Lead, Clearview Opticians",
        "service_failure",
        "medium",
        "en",
        "one promised follow-up not sent, no deadline: single failure, medium",
    ),
    (
        "Good morning,\n\n"
        "I called your support line on Thursday and was told someone would call me back the same "
        "day about resetting our administrator's two-factor device. Nobody called. Our "
        "administrator can still work from the desktop app, so it isn't stopping us, but I'd "
        "like it sorted. Could someone ring me on 020 7946 0321?\n\n"
        "Many thanks,\nAnne Fielding\nClinic Coordinator, Harley Physio",
        "service_failure",
        "medium",
        "en",
        "one callback not made, still working: one service miss with a workaround, medium",
    ),
    (
        "Hi Rachel,\n\n"
        "Pretty disappointing experience with support this week. I asked a simple question about "
        "merging duplicate contacts, it took three days to get a first reply, and that reply was "
        "a generic link. I'm not after anything dramatic, just someone to explain the merge "
        "rules properly. Could you help or point me to the right person?\n\n"
        "Ben Holloway\nCRM Administrator, Peak Outdoor Gear",
        "service_failure",
        "medium",
        "en",
        "'disappointing', one slow first answer, no deadline or repetition: medium",
    ),
    (
        "Hello Priya,\n\n"
        "On Monday I asked in your chat to speak to a person about how our holiday calendar "
        "affects shift reminders. The bot gave me three articles and then said a colleague would "
        "follow up by email. That was four days ago and nothing has arrived. Could you make sure "
        "someone gets back to me?\n\n"
        "Best regards,\nFrancesca Moretti\nHR Systems, Alpine Outdoor Group",
        "service_failure",
        "medium",
        "en",
        "one promised follow-up missing after four days, no deadline: medium",
    ),
    (
        "Hi Ben,\n\n"
        "I want to give you some feedback on a support chat. The agent who handled my question "
        "about permission groups yesterday was quite curt and closed the chat while I was still "
        "typing, so my question is still unanswered. Could you pass that on and ask someone to "
        "reply to it by email?\n\n"
        "Thanks,\nSarah Kim\nOperations, Greenleaf Grocers",
        "service_failure",
        "medium",
        "en",
        "one chat closed without an answer, no deadline: wrongly closed request, medium",
    ),
    (
        "Hi Dana,\n\n"
        "A week for a first reply on my ticket about the Salesforce field mapping (#70318) seems "
        "long to me. Now that someone has picked it up things are moving, but I'd like to "
        "understand what response time we should expect on our plan. Can you tell me?\n\n"
        "Best,\nHugo Lindqvist\nRevOps, Nordstar Software",
        "service_failure",
        "medium",
        "en",
        "a week for a first reply on one ticket, no deadline: slow first answer, medium",
    ),
    (
        "Hi Kate,\n\n"
        "Thanks for the webinar invite, a couple of us will join. And congratulations on the new "
        "office!\n\n"
        "Best,\nRosa Delgado\nCustomer Care, Sunbeam Travel\n\n"
        "PS: one thing while I have you. I opened a ticket (#61177) ten days ago about setting "
        "up the Spanish version of our customer portal and haven't had a reply. We're running "
        "the portal in English only until then; could you check where it is?",
        "service_failure",
        "medium",
        "en",
        "PS: one ticket unanswered ten days, English-only meanwhile: one unanswered ticket",
    ),
    (
        "Hallo Herr Schulz,\n\n"
        "ich habe vor einer Woche ein Ticket (Nr. 40218) zur Einrichtung von "
        "Abwesenheitsvertretungen aufgemacht und bisher keine Antwort bekommen. Wir regeln das "
        "derzeit über E-Mail-Weiterleitungen; das geht, ist aber umständlich. Könnten Sie "
        "nachhaken?\n\n"
        "Danke und Gruß\nPetra Vogel\nOffice-Management, Vogel Steuerberatung",
        "service_failure",
        "medium",
        "de",
        "ein Ticket eine Woche unbeantwortet, Workaround, keine Frist: medium",
    ),
    (
        "Guten Tag Frau Lang,\n\n"
        "unser Termin am Dienstag zur Abstimmung der Berichte hat leider nicht stattgefunden: "
        "Ihr Kollege war nicht im Call, und eine Absage kam auch nicht. Das kann passieren, aber "
        "über eine kurze Nachricht hätten wir uns gefreut. Können wir einen neuen Termin in den "
        "nächsten zwei Wochen finden?\n\n"
        "Mit freundlichen Grüßen\nHelmut Brandl\nControlling, Brandl Holzbau",
        "service_failure",
        "medium",
        "de",
        "ein verpasster Termin, neuer Termin in zwei Wochen: one missed meeting, medium",
    ),
    (
        "Hallo,\n\n"
        "mein Ticket zur Übertragung der Benutzerrechte auf unseren neuen Standort wurde gestern "
        "als „gelöst“ geschlossen, obwohl niemand geantwortet hat. Bitte öffnen Sie es wieder "
        "und schicken Sie mir eine Antwort.\n\n"
        "Grüße\nOliver Kern\nIT, Kern Gartenbau",
        "service_failure",
        "medium",
        "de",
        "ein Ticket ohne Antwort geschlossen, keine Frist: wrongly closed ticket, medium",
    ),
    (
        "Bonjour Hugo,\n\n"
        "J'ai ouvert un ticket il y a six jours (n° 88310) pour savoir comment paramétrer les "
        "rappels automatiques de rendez-vous, et je n'ai toujours pas de réponse. En attendant, "
        "notre secrétariat envoie les rappels à la main. Pourriez-vous relancer l'équipe ?\n\n"
        "Merci,\nAnne Morel\nCabinet de kinésithérapie Morel",
        "service_failure",
        "medium",
        "fr",
        "un ticket sans réponse depuis six jours, rappels à la main: one unanswered ticket",
    ),
    (
        "Bonjour Claire,\n\n"
        "Nous avions rendez-vous jeudi à 15 h pour faire le point sur l'utilisation de la "
        "plateforme dans nos magasins. Personne ne s'est connecté de votre côté et nous n'avons "
        "reçu aucun message. Pourriez-vous me proposer un autre créneau ?\n\n"
        "Cordialement,\nGilles Bernard\nResponsable réseau, Fleurs & Jardins",
        "service_failure",
        "medium",
        "fr",
        "un rendez-vous manqué, sans échéance ni répétition: one missed meeting, medium",
    ),
    (
        "Bonjour,\n\n"
        "Je suis assez agacée : ma demande sur l'export des factures vers notre logiciel "
        "comptable a été clôturée hier avec un simple « résolu », sans la moindre réponse. Merci "
        "de la rouvrir et de me répondre sur le fond.\n\n"
        "Valérie Chevalier\nComptable, Menuiserie Chevalier",
        "service_failure",
        "medium",
        "fr",
        "ton agacé, mais un seul ticket clôturé sans réponse: wrongly closed ticket, medium",
    ),
    (
        "Bonjour Madame Lefèvre,\n\n"
        "Nous avons attendu cinq jours ouvrés avant d'obtenir une première réponse à notre "
        "question sur la gestion des droits d'accès par service, et cette réponse se contentait "
        "de nous redemander des précisions déjà données. Nous attendons toujours. Pouvez-vous me "
        "dire quel délai de réponse est normal pour notre formule, et faire avancer la demande "
        "?\n\n"
        "Bien cordialement,\nYves Rousseau\nSystèmes d'information, Mairie de Saint-Aubin",
        "service_failure",
        "medium",
        "fr",
        "première réponse au bout de cinq jours, sans échéance: slow first answer, medium",
    ),
    (
        "Hola Sofía:\n\n"
        "Abrí un ticket hace una semana (n.º 51902) preguntando cómo configurar los "
        "recordatorios de pago por SMS y todavía no me ha contestado nadie. De momento los "
        "enviamos a mano. ¿Puedes echarle un vistazo?\n\n"
        "Gracias,\nBeatriz Molina\nAdministración, Gimnasio Olympia",
        "service_failure",
        "medium",
        "es",
        "un ticket sin respuesta una semana, se hace a mano: one unanswered ticket, medium",
    ),
    (
        "Buenos días, Diego:\n\n"
        "El martes teníamos la sesión de seguimiento trimestral con tu compañero y no apareció "
        "nadie. Estuvimos esperando veinte minutos. Supongo que fue un despiste; ¿podemos buscar "
        "otra fecha en las próximas semanas?\n\n"
        "Un saludo,\nÁlvaro Prieto\nOperaciones, Bodegas Prieto",
        "service_failure",
        "medium",
        "es",
        "una reunión perdida, sin fecha límite ni repetición: one missed meeting, medium",
    ),
    (
        "Hola:\n\n"
        "Me ha molestado bastante que cerrarais mi consulta sobre los informes de ventas por "
        "zona sin responderla. Ponía «resuelto» y nada más. ¿Podéis reabrirla y contestarme?\n\n"
        "Saludos,\nNuria Campos\nComercial, Distribuciones Campos",
        "service_failure",
        "medium",
        "es",
        "'me ha molestado', pero una consulta cerrada sin respuesta: medium",
    ),
    (
        "Hola, Andrés:\n\n"
        "Hace cuatro días escribí a soporte para preguntar cómo dar de alta a los monitores de "
        "verano con acceso limitado, y la primera respuesta llegó ayer, pidiéndome datos que ya "
        "había enviado. Ya les he vuelto a contestar. ¿Puedes asegurarte de que alguien lo "
        "revise? Mientras tanto, los monitores apuntan la asistencia en papel.\n\n"
        "Gracias,\nJorge Serrano\nCoordinación, Campamentos Sierra Verde",
        "service_failure",
        "medium",
        "es",
        "primera respuesta tras cuatro días, trabajo en papel: slow first answer, medium",
    ),
    (
        "Hi Priya,\n\n"
        "Since 7:30 this morning nobody at any of our four clinics can check patients in. The "
        "check-in screen spins and then shows a blank page on every computer and tablet we've "
        "tried. The waiting rooms are full, and without check-in our doctors can't open the "
        "visit notes or see any patient history. Please get someone on this now and call me on "
        "0161 496 0877.\n\n"
        "Farah Siddiqui\nPractice Manager, Moorside Family Practice",
        "product_defect",
        "critical",
        "en",
        "nobody at any clinic can check patients in, notes unreachable: work stopped now",
    ),
    (
        "Hi Tom,\n\n"
        "We haven't received a single order since your release last night at 11pm; normally we'd "
        "have around 400 by this time of the morning. The storefront loads and customers can "
        "fill their baskets, but checkout sends them back to the basket with no message. Every "
        "hour of this is lost sales. Can you roll back or fix it right away?\n\n"
        "Jake Morrison\nE-commerce Manager, Trailhead Outfitters",
        "product_defect",
        "critical",
        "en",
        "no orders since the release, checkout failing for everyone: orders not going out",
    ),
    (
        "Hello,\n\n"
        "Our staff opened their payslips in the employee portal this morning, and each one shows "
        "someone else's name and salary. I've had calls from three departments already, and "
        "people are sharing screenshots. We have switched off portal access, but by then about "
        "200 people had logged in. We need to know today what happened and what you're doing "
        "about it.\n\n"
        "Louise Grant\nPayroll Manager, Calder Valley Council",
        "product_defect",
        "critical",
        "en",
        "every payslip shows someone else's salary: privacy breach happening now",
    ),
    (
        "Hi Sam,\n\n"
        "Our tills stopped taking card payments at opening this morning in all 12 shops. Every "
        "card transaction fails with 'terminal not authorised', and the terminals worked fine "
        "yesterday evening. It's a Saturday and we're turning most customers away. Please call "
        "me as soon as you read this: 07700 900812.\n\n"
        "Harriet Lowe\nRetail Operations, Honeycomb Bakeries",
        "product_defect",
        "critical",
        "en",
        "no card payments in any of the 12 shops: payments not going through now",
    ),
    (
        "Morning Dana,\n\n"
        "None of our drivers can see their routes in the app this morning. They log in and the "
        "route list is empty, on all 85 vans. The depot is full of loaded vans that aren't "
        "moving, and our dispatchers don't have the stop lists in any other form. Today's "
        "deliveries should start leaving at 6:30. Please help.\n\n"
        "Steve Rowe\nTransport Manager, Swift Parcels Midlands",
        "product_defect",
        "critical",
        "en",
        "no driver can see a route, vans not moving, no other copy: work stopped now",
    ),
    (
        "Hi Marcus,\n\n"
        "After last night's sync, three months of inspection records have disappeared from our "
        "account: everything from March to May is gone, and our inspectors' devices now show the "
        "same empty history. These are the records we have to show the regulator. We haven't "
        "changed anything on our side. Please tell me whether they can be restored, and stop "
        "whatever caused it before it reaches the rest.\n\n"
        "Regards,\nIan Buckley\nQuality Manager, Northern Lift Safety",
        "product_defect",
        "critical",
        "en",
        "three months of inspection records gone after sync: data lost",
    ),
    (
        "Hi Rachel,\n\n"
        "Today's payroll run won't submit. Every time we press 'Approve and send' it stops at "
        "'Generating bank file' and, after ten minutes, shows an error. We've tried three times "
        "in two browsers. Payday is tomorrow for 1,100 employees and our bank's cut-off is 4pm "
        "today.\n\n"
        "Please call me.\nMonica Ellis\nPayroll Lead, Greenway Hospitals Trust",
        "product_defect",
        "critical",
        "en",
        "payroll run won't submit, bank cut-off today: payroll not going out",
    ),
    (
        "Hello,\n\n"
        "One of our clients has just phoned to say that when she logs into our client portal she "
        "sees another company's invoices and contact details. We checked with two other accounts "
        "and it's the same: each one shows a different client's data. The portal runs on your "
        "platform and we have changed nothing. Please tell me right away whether we should "
        "switch the portal off.\n\n"
        "Regards,\nNeil Harper\nIT Manager, Fenwick Accounting Services",
        "product_defect",
        "critical",
        "en",
        "clients see other companies' invoices and contacts: privacy breach now",
    ),
    (
        "Hi Kate,\n\n"
        "It's Friday evening, and since about 6pm no orders from the tablets have reached the "
        "kitchen screens in any of our three restaurants. Servers are running paper tickets to "
        "the kitchen, but table orders, online orders and payments at the table all sit at "
        "'pending', so we can't close a single bill. We have 300 covers booked tonight.\n\n"
        "Call me please, 07700 900431.\nMarco Bellini\nFloor Manager, Bellini's Trattorie",
        "product_defect",
        "critical",
        "en",
        "no bill can be closed, orders stuck on a Friday night: payments/orders not going out",
    ),
    (
        "Hi Olivia,\n\n"
        "Your nightly import has overwritten the prices of about 6,000 products in our catalogue "
        "with the cost price. Customers bought at those prices before we noticed: 140 orders at "
        "a loss since midnight. We've put the shop into maintenance mode, which means no sales "
        "at all until this is put right. Can someone restore yesterday's prices and find out why "
        "it happened?\n\n"
        "Thanks,\nRuth Carey\nHead of E-commerce, Bloom & Stem",
        "product_defect",
        "critical",
        "en",
        "import overwrote 6,000 prices, shop closed: data corrupted, business harmed now",
    ),
    (
        "Priya,\n\n"
        "No one in our call centre has been able to log in since the password-reset prompt "
        "appeared at 8am; it rejects every new password. That's 120 agents sitting idle with the "
        "phones ringing. Please call.\n\n"
        "Gareth Lewis\nContact Centre, Cymru Water",
        "product_defect",
        "critical",
        "en",
        "120 agents can't log in, phones ringing: unusable for most users, no workaround",
    ),
    (
        "Hallo Herr Krüger,\n\n"
        "seit dem Update heute Nacht können wir in unserem Lager keine Versandetiketten mehr "
        "drucken. Jeder Versuch endet mit einer Fehlermeldung, bei allen Spediteuren und an "
        "allen Packplätzen. Seit Schichtbeginn um 6 Uhr ist kein einziges Paket rausgegangen, "
        "und die Lkw stehen auf dem Hof. Bitte rufen Sie mich sofort an: 0421 987654.\n\n"
        "Gruß\nRalf Peters\nLagerleitung, Hansa Versandhandel",
        "product_defect",
        "critical",
        "de",
        "seit 6 Uhr kein Paket raus, keine Etiketten an allen Packplätzen: orders not going out",
    ),
    (
        "Guten Morgen Frau Neumann,\n\n"
        "seit heute früh ordnet Ihre Software Laborbefunde den falschen Patienten zu. Zwei "
        "unserer Ärzte haben es bemerkt, weil die Werte nicht zu den Diagnosen passten. Wir "
        "wissen nicht, wie viele Befunde betroffen sind, und können uns im Moment auf keinen "
        "Befund im System verlassen. Bitte rufen Sie mich umgehend an.\n\n"
        "Mit freundlichen Grüßen\nBernd Hauser\nLaborleitung, MVZ Rheinaue",
        "product_defect",
        "critical",
        "de",
        "Befunde falschen Patienten zugeordnet: data corrupted and privacy harmed now",
    ),
    (
        "Hallo,\n\n"
        "unser Webshop nimmt seit gestern Abend keine Zahlungen mehr an. Kunden kommen bis zur "
        "Bezahlseite, dann erscheint „Zahlung fehlgeschlagen“, egal ob Karte, PayPal oder "
        "Rechnung. Seit 19 Uhr ist keine einzige Bestellung eingegangen, und heute startet "
        "unsere Rabattaktion. Was können Sie tun?\n\n"
        "Viele Grüße\nJulia Brandt\nE-Commerce, Brandt Naturkosmetik",
        "product_defect",
        "critical",
        "de",
        "seit 19 Uhr keine Bestellung, keine Zahlungsart geht: payments not going through",
    ),
    (
        "Bonjour Julien,\n\n"
        "Depuis l'ouverture ce matin, aucune de nos huit pharmacies ne peut délivrer "
        "d'ordonnance : le logiciel refuse de lire les cartes Vitale et bloque la validation. "
        "Les patients repartent sans leurs médicaments ou attendent au comptoir. Pouvez-vous "
        "m'appeler tout de suite au 04 78 12 34 56 ?\n\n"
        "Cordialement,\nNadia Haddad\nResponsable des opérations, Pharmacies du Rhône",
        "product_defect",
        "critical",
        "fr",
        "aucune pharmacie ne peut délivrer d'ordonnance: work stopped now, no workaround",
    ),
    (
        "Bonjour,\n\n"
        "Ce matin, tous les dossiers clients créés ou modifiés depuis lundi ont disparu de notre "
        "espace. Nos conseillers retrouvent les fiches dans l'état de la semaine dernière : "
        "signatures de mandats, avenants et coordonnées ont été perdus. Nous ne touchons plus à "
        "rien en attendant votre retour. Pouvez-vous nous dire si les données peuvent être "
        "restaurées ?\n\n"
        "Bien à vous,\nFrançois Leroy\nResponsable administratif, Agence Immobilière Leroy",
        "product_defect",
        "critical",
        "fr",
        "dossiers modifiés depuis lundi perdus: data lost",
    ),
    (
        "Camille,\n\n"
        "Depuis 5 h, nos chauffeurs ne reçoivent plus aucune course dans l'application. Les "
        "clients réservent, les réservations restent en attente et personne ne part. Toute notre "
        "activité du matin est à l'arrêt. Rappelez-moi.\n\n"
        "Karim Benali\nExploitation, Navettes Calanques",
        "product_defect",
        "critical",
        "fr",
        "aucun chauffeur ne reçoit de course depuis 5 h: business stopped now",
    ),
    (
        "Hola, Lucía:\n\n"
        "Desde las dos de la tarde no podemos hacer el check-in de ningún huésped en los cinco "
        "hoteles. El sistema no deja asignar habitaciones ni codificar las llaves, y tenemos la "
        "recepción llena con la llegada de un congreso. Necesito que alguien nos llame ya al 971 "
        "123 456.\n\n"
        "Gracias,\nMiguel Ferrer\nJefe de Recepción, Hoteles Tramuntana",
        "product_defect",
        "critical",
        "es",
        "ningún huésped puede hacer check-in en cinco hoteles: work stopped now",
    ),
    (
        "Buenos días, Diego:\n\n"
        "Las nóminas de este mes que se han enviado esta mañana desde vuestra plataforma llevan "
        "el nombre, el DNI y el sueldo de otro trabajador. Ya nos han llamado varios empleados. "
        "Hemos parado los envíos que quedaban, pero más de 300 ya han salido. Necesitamos saber "
        "hoy mismo qué ha pasado y cómo lo contenemos.\n\n"
        "Un saludo,\nCristina Lozano\nRecursos Humanos, Conservas del Cantábrico",
        "product_defect",
        "critical",
        "es",
        "nóminas enviadas con datos de otro trabajador: privacy breach now",
    ),
    (
        "Hola, Andrés:\n\n"
        "Desde la actualización de anoche no se generan las remesas de cobro. Hoy es día 1 y "
        "tenemos que cobrar las cuotas de 4.000 socios, pero el fichero para el banco sale vacío "
        "cada vez que lo intentamos. Si no llega al banco antes de las 15:00, este mes no "
        "cobramos.\n\n"
        "Raquel Ibáñez\nAdministración, Club Deportivo Marítimo",
        "product_defect",
        "critical",
        "es",
        "fichero de cobro vacío, cuotas de 4.000 socios sin cobrar: payments not going out",
    ),
    (
        "Hi Sam,\n\n"
        "Since Tuesday the scheduling board takes one to two minutes to load for every one of "
        "our 25 planners, and it reloads after each change. They've started building rotas in "
        "Excel and typing them in at the end of the day, which costs each of them about two "
        "hours daily and has already caused two double-bookings of carers. Can your team find "
        "out what changed? We can keep going like this for a few days, not much longer.\n\n"
        "Best,\nNora Quinn\nWorkforce Planning, Silverline Care Homes",
        "product_defect",
        "high",
        "en",
        "all 25 planners slowed, Excel workaround costing hours: broken for many, painful "
        "workaround",
    ),
    (
        "Hi Tom,\n\n"
        "The export to our accounting system has failed since Friday: the file downloads, but "
        "the accounting system rejects it because the VAT column is empty. The invoices "
        "themselves look right in your system, so our finance team is re-entering the VAT on "
        "about 900 invoices by hand before importing them. Month-end close is on the 5th and at "
        "this rate we won't make it. Can you get a fix in before then?\n\n"
        "Thanks,\nFelicity Ward\nFinance Systems, Kestrel Engineering",
        "product_defect",
        "high",
        "en",
        "export broken, manual re-entry, close on the 5th at risk: painful workaround, deadline",
    ),
    (
        "Hello Marcus,\n\n"
        "Since Monday's update, your Android app crashes for our field engineers every time they "
        "try to attach a photo to a job. About 70 of our 110 engineers use Android. They're "
        "finishing jobs without photos and emailing them to the office afterwards, where someone "
        "attaches them by hand. It works, but it's eating a full day of office time every day. "
        "Is a fix coming?\n\n"
        "Regards,\nCraig Dalton\nField Service Manager, Brightspark Electrical",
        "product_defect",
        "high",
        "en",
        "70 engineers can't attach photos, office re-attaches by hand: painful workaround",
    ),
    (
        "Hi Olivia,\n\n"
        "We're due to go live with the new booking flow in our 14 clinics on 3 June, and in "
        "testing the SMS confirmations go out with the wrong appointment time, always one hour "
        "off. Everything else in the flow works. If this isn't fixed by the end of next week, "
        "we'll have to postpone the launch, which we've already announced to patients. Could you "
        "tell me whether that's realistic?\n\n"
        "Thanks,\nEmily Stone\nDigital Projects, Orchard Dental Group",
        "product_defect",
        "high",
        "en",
        "wrong SMS times in testing, go-live on 3 June at risk: go-live deadline at risk",
    ),
    (
        "Hi Dana,\n\n"
        "Since yesterday, searching customer records by phone number finds nothing. Our 40 "
        "support agents look customers up by phone on almost every call, so they're now asking "
        "callers for their account number or email, and many callers don't have it to hand. "
        "Calls are taking noticeably longer and the queue builds through the day. Can you have a "
        "look?\n\n"
        "Cheers,\nLiam Byrne\nSupport Team Lead, Shannon Broadband",
        "product_defect",
        "high",
        "en",
        "phone search broken for 40 agents, slower workaround: important function, workaround",
    ),
    (
        "Dear Ms. Varga,\n\n"
        "Since your March release, the audit trail report returns only the first 1,000 entries. "
        "Our external auditors arrive on 22 April and need the full year of user activity, "
        "roughly 180,000 entries. We can pull it in 1,000-entry chunks by changing the date "
        "range each time, but that is days of work for my team. Is a fix planned before the "
        "audit?\n\n"
        "Kind regards,\nGordon McAllister\nInternal Audit, Lochside Bank",
        "product_defect",
        "high",
        "en",
        "report capped at 1,000 entries, auditors on 22 April: audit deadline at risk",
    ),
    (
        "Hi Kate,\n\n"
        "Salesforce sync has been running 6 to 8 hours behind since Monday. Our 60 reps are "
        "working from stale pipeline data and double-checking with customers by phone. The "
        "forecast call with the whole sales team is on Thursday. Need it fixed by then.\n\n"
        "Owen Marsh\nSales Operations, Corbel Software",
        "product_defect",
        "high",
        "en",
        "sync hours behind for 60 reps, forecast call Thursday: broken for many, dated event",
    ),
    (
        "Hello,\n\n"
        "Since Monday, managers can't approve timesheets in bulk: the 'Approve all' button does "
        "nothing, so each of our 35 site managers is approving their people's timesheets one "
        "line at a time. That's over 600 staff, and it's taking most of their day. Payroll "
        "cut-off is Thursday noon, and anything not approved by then means overtime unpaid this "
        "month. Could you look at it today?\n\n"
        "Best wishes,\nClaire Hughes\nPeople Systems, Carrington Facilities",
        "product_defect",
        "high",
        "en",
        "bulk approval broken, one-by-one workaround, Thursday payroll cut-off: deadline at risk",
    ),
    (
        "Hi Rachel,\n\n"
        "Thanks for the new dashboard layout, the team likes it. One request for later: it would "
        "be great to be able to pin favourite reports.\n\n"
        "Best,\nSanjay Mehta\nMarketing, Northern Stage Venues\n\n"
        "PS: more pressing: since the update, the event widget on our venue websites shows every "
        "matinée at 7:30pm instead of 2:30pm. Sales still go through, but the box office is "
        "fielding dozens of calls a day from confused buyers and correcting tickets by hand, and "
        "our summer festival opens on 12 July. Can someone look at this first?",
        "product_defect",
        "high",
        "en",
        "PS: wrong times, box office correcting by hand, festival on 12 July: dated event at risk",
    ),
    (
        "Hi Ben,\n\n"
        "Since last Thursday's update, creating a quote with more than 20 lines takes several "
        "minutes and often times out, so our sales team splits big quotes into smaller ones and "
        "merges the PDFs by hand. It's the busiest quarter of our year, and the 30 people on the "
        "team are doing this several times a day. Can you give me an idea of when it will be "
        "fixed?\n\n"
        "Thanks,\nDaniel Ortiz\nSales Operations, Summit Industrial Supplies",
        "product_defect",
        "high",
        "en",
        "quotes time out for 30 sellers, split-and-merge workaround: broken for many",
    ),
    (
        "Hi Priya,\n\n"
        "For about two hours yesterday afternoon nobody at our college could open the enrolment "
        "forms; they came back on their own around 4pm and have worked since. I'd like to know "
        "what happened, because our enrolment open day is this Saturday, with around 1,500 "
        "applicants expected to fill in those forms on site. If it happens again then, we'd have "
        "no way to take their details. Can you tell me the cause and what's being done so it "
        "doesn't repeat?\n\n"
        "Kind regards,\nHelen Ashworth\nAdmissions Manager, Riverside Sixth Form College",
        "product_defect",
        "high",
        "en",
        "failure already over, open day Saturday at risk: not critical, dated event at risk",
    ),
    (
        "Hallo Frau Becker,\n\n"
        "seit dem letzten Update lassen sich in der Einsatzplanung keine Schichten mehr per "
        "Drag-and-drop verschieben. Unsere 20 Disponenten müssen jede Änderung löschen und neu "
        "anlegen, was bei mehreren Hundert Änderungen am Tag viel Zeit kostet. Die Arbeit läuft "
        "weiter, aber die Planung für die Weihnachtswochen muss bis zum 1. Dezember stehen, und "
        "so schaffen wir das kaum. Können Sie das bis dahin beheben?\n\n"
        "Viele Grüße\nThomas Rieger\nEinsatzplanung, Rieger Sicherheitsdienste",
        "product_defect",
        "high",
        "de",
        "20 Disponenten mit mühsamem Workaround, Planung bis 1. Dezember: deadline at risk",
    ),
    (
        "Guten Tag,\n\n"
        "der Sammelversand von Rechnungen funktioniert seit Montag nicht mehr: Es wird immer nur "
        "die erste markierte Rechnung verschickt. Unser Team verschickt jetzt jede der rund "
        "1.200 Monatsrechnungen einzeln, das dauert Tage. Die Rechnungen müssen bis zum 5. bei "
        "unseren Kunden sein, sonst verschieben sich unsere Zahlungseingänge um einen Monat. "
        "Bitte prüfen Sie, woran das liegt.\n\n"
        "Mit freundlichen Grüßen\nGabriele Fuchs\nDebitorenbuchhaltung, Fuchs Gebäudereinigung",
        "product_defect",
        "high",
        "de",
        "Sammelversand defekt, 1.200 Rechnungen einzeln, Frist am 5.: workaround, deadline",
    ),
    (
        "Hallo Herr Schulz,\n\n"
        "seit Mittwoch braucht die Fahrer-App bei jeder Zustellbestätigung rund 40 Sekunden, bis "
        "die Unterschrift gespeichert ist. Unsere 150 Fahrer schaffen dadurch pro Tour deutlich "
        "weniger Stopps, und wir mussten für diese Woche zwei Aushilfsfahrer dazubuchen. "
        "Zugestellt wird weiterhin, aber lange halten wir das nicht durch. Können Sie sich das "
        "ansehen?\n\n"
        "Gruß\nKerstin Albrecht\nDisposition, Albrecht Kurierdienst",
        "product_defect",
        "high",
        "de",
        "150 Fahrer verlangsamt, Aushilfen gebucht, Zustellung läuft: broken for many",
    ),
    (
        "Bonjour Claire,\n\n"
        "Depuis la mise à jour de jeudi, l'édition des bulletins trimestriels plante dès qu'une "
        "classe dépasse 25 élèves. Nos professeurs principaux contournent le problème en éditant "
        "les bulletins par petits groupes puis en les fusionnant à la main, ce qui prend des "
        "heures. Les conseils de classe commencent le 9 décembre et les bulletins doivent être "
        "prêts avant. Pouvez-vous corriger cela d'ici là ?\n\n"
        "Cordialement,\nSylvie Perrin\nVie scolaire, Lycée Jean-Moulin",
        "product_defect",
        "high",
        "fr",
        "édition plantée, fusion à la main, conseils de classe le 9 décembre: deadline at risk",
    ),
    (
        "Bonjour Hugo,\n\n"
        "Depuis lundi, la synchronisation des stocks entre la boutique en ligne et nos trois "
        "magasins prend jusqu'à quatre heures au lieu de quelques minutes. Nous continuons à "
        "vendre, mais l'équipe vérifie chaque commande web à la main avant l'expédition pour ne "
        "pas vendre des articles déjà partis en magasin. Avec les soldes qui démarrent le 8 "
        "janvier, nous ne pourrons pas tenir ce rythme. Avez-vous une idée de la cause ?\n\n"
        "Bien à vous,\nLéa Marchand\nE-commerce, Maison Marchand",
        "product_defect",
        "high",
        "fr",
        "synchro lente, vérification à la main, soldes le 8 janvier: painful workaround, date",
    ),
    (
        "Bonjour,\n\n"
        "Depuis la dernière version, l'export comptable vers Sage sort avec le jour et le mois "
        "inversés dans les dates. Les données sont justes dans votre logiciel, mais notre "
        "comptable corrige environ 600 lignes à la main chaque semaine. La clôture trimestrielle "
        "est le 10. Merci de nous dire quand ce sera corrigé.\n\n"
        "Éric Vasseur\nComptabilité, Garages Vasseur",
        "product_defect",
        "high",
        "fr",
        "export aux dates inversées, correction à la main, clôture le 10: deadline at risk",
    ),
    (
        "Hola, Sofía:\n\n"
        "Desde la actualización del martes, la app de los repartidores tarda más de un minuto en "
        "cargar cada parada. Siguen repartiendo, pero cada conductor hace unas diez entregas "
        "menos al día y vamos acumulando retraso. Con la campaña de Navidad empezando el día 1, "
        "necesitamos que esto vuelva a la normalidad antes. ¿Sabéis ya qué lo provoca?\n\n"
        "Un saludo,\nIván Romero\nLogística, Frutas Romero",
        "product_defect",
        "high",
        "es",
        "app lenta para todos los repartidores, siguen repartiendo, campaña el día 1: date at risk",
    ),
    (
        "Buenos días:\n\n"
        "Desde hace una semana, los informes de ventas por tienda muestran cero en la columna de "
        "devoluciones, aunque cada devolución sigue bien registrada en el sistema. Nuestros 18 "
        "encargados necesitan ese dato para cuadrar la caja y ahora lo sacan revisando los "
        "tiques de devolución uno a uno. Es muchísimo trabajo extra cada noche. ¿Podéis "
        "revisarlo?\n\n"
        "Gracias,\nMercedes Aguilar\nControl de gestión, Zapaterías Aguilar",
        "product_defect",
        "high",
        "es",
        "informe roto para 18 encargados, cuadre a mano cada noche: painful workaround",
    ),
    (
        "Hola, Andrés:\n\n"
        "Os escribo por el módulo de trazabilidad. Desde el último cambio, el informe de lotes "
        "de un mes completo se queda cargando y acaba dando error; por semanas sí funciona, así "
        "que lo estamos sacando semana a semana y uniendo los archivos. Os lo comento porque el "
        "14 de noviembre tenemos la auditoría IFS y el auditor pedirá el informe de todo el "
        "año.\n\n"
        "Saludos,\nLuis Cabrera\nCalidad, Quesos Cabrera",
        "product_defect",
        "high",
        "es",
        "informe mensual falla, se saca por semanas, auditoría IFS el 14 de noviembre",
    ),
]
