"""eval_set_c situations, part 4: commercial disputes (labels by hand from defs-1, blind).

Borderline on purpose: one ``double-debit`` take copies the customer's CFO to demand the
refund (executive_intervention per defs-1, high); ``account-suspended`` is a billing error
that stops all work now (commercial_dispute, critical).
"""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PART_4 = (
    Situation(
        "seat-count", "en", "PawsFirst Veterinary Partners", "pawsfirstvets.com",
        "Laura Kinsella|Accounts Payable Lead", "Invoice INV-20931: 64 seats billed, we use 41",
        "2026-03-30",
        "Our Q2 invoice INV-20931 bills us for 64 user seats at EUR 38 per seat per month. We "
        "have 41 active users; the extra 23 seats were for the Oakfield clinic, which we closed "
        "in January and asked you to remove (your colleague confirmed by email on 14 January). "
        "Could you reissue the invoice for 41 seats?",
        "PawsFirst: billed 64 seats, should be 41 after Oakfield closed; the removal was "
        "confirmed in January.",
        "Thanks, I've asked billing to check the seat change from January and reissue if it "
        "wasn't applied.",
        "commercial_dispute", '"bills us for 64 user seats ... We have 41 active users": a seat '
        "count",
        '"Could you reissue the invoice for 41 seats?": a billing dispute without a deadline',
        ("INV-20931", "64 user seats", "41 active users", "EUR 38"),
        (Take("calm", "medium", 1,
              "[Thanks in advance, and no rush before the end of the month.]"),
         Take("frustrated", "medium", 4,
              "[I've now sent the January confirmation three times and I'm getting nowhere.] "
              "Please just reissue it."),
         Take("angry", "medium", 7,
              "[You confirmed the removal in writing and still billed us for 23 seats we don't "
              "have. That is unacceptable.] I expect the corrected invoice and a credit for Q1 "
              "as well, without further discussion.")),
    ),
    Situation(
        "price-uplift", "de", "Hanseatische Schiffsagentur Möller KG", "moeller-schiffsagentur.de",
        "Jan Petersen|Leiter Einkauf", "Preiserhöhung um 18 % zur Verlängerung", "2026-08-03",
        "mit dem Verlängerungsangebot vom 28. Juli erhöhen Sie den Preis für unsere 120 Lizenzen "
        "um 18 %, von 54.000 auf 63.720 EUR im Jahr. In unserem Rahmenvertrag ist eine "
        "Preisanpassung von höchstens 5 % pro Jahr vereinbart (Ziffer 7.2). Bitte prüfen Sie das "
        "Angebot entsprechend.",
        "Möller disputes the 18% uplift in the renewal quote; their framework contract caps "
        "increases at 5% (clause 7.2).",
        "Ich habe das Angebot an unser Vertragsteam gegeben; wir prüfen Ziffer 7.2 und melden "
        "uns bis Ende nächster Woche.",
        "commercial_dispute", '"erhöhen Sie den Preis ... um 18 %" against "höchstens 5 % pro '
        'Jahr": a price rise, contract terms',
        '"Bitte prüfen Sie das Angebot entsprechend": a billing dispute without a deadline',
        ("18 %", "63.720 EUR", "Ziffer 7.2", "120 Lizenzen"),
        (Take("concerned", "medium", 1,
              "[Ich hoffe, dass wir das ohne großen Aufwand klären können], da ich die "
              "Budgetplanung für 2027 bald abschließen muss."),
         Take("threatening_churn", "high", 3,
              "[Ohne Einhaltung der 5 % werden wir nicht verlängern und uns anderweitig "
              "umsehen.]",
              sev_why='"werden wir nicht verlängern": the renewal at risk'),
         Take("frustrated", "medium", 12,
              "Zum wiederholten Mal: Der Vertrag ist eindeutig. Ich verstehe nicht, warum das so "
              "lange dauert, und [ich werde das Thema sonst an Ihre Geschäftsleitung geben].")),
    ),
    Situation(
        "double-debit", "fr", "Éolia Énergies SAS", "eolia-energies.fr",
        "Nathalie Lefèvre|Responsable comptabilité fournisseurs",
        "Double prélèvement facture F-2026-0412", "2026-05-25",
        "notre facture F-2026-0412 de 12 480 EUR a été prélevée deux fois sur notre compte, le "
        "15 et le 18 mai. Pouvez-vous nous rembourser le second prélèvement ? Le relevé "
        "bancaire est en pièce jointe.",
        "Éolia was direct-debited twice for F-2026-0412 (EUR 12,480). Refund needed.",
        "Le double prélèvement est confirmé ; le remboursement est demandé auprès de notre "
        "service financier et devrait arriver sous 10 jours ouvrés.",
        "commercial_dispute", '"a été prélevée deux fois": a double charge',
        '"Pouvez-vous nous rembourser le second prélèvement ?": a billing dispute without a '
        "deadline",
        ("F-2026-0412", "12 480 EUR", "15 et le 18 mai"),
        (Take("frustrated_but_patient", "medium", 3,
              "Dix jours ouvrés, c'est long pour une somme pareille. [Nous patienterons, mais "
              "merci de nous tenir informés.]"),
         Take("angry", "medium", 5,
              "[C'est inadmissible : vous vous servez sur notre compte et il faut attendre dix "
              "jours pour récupérer notre argent !] Je veux le virement cette semaine."),
         Take("angry", "high", 4,
              "Je mets en copie notre directeur financier, Philippe Caron. [Votre erreur bloque "
              "12 480 EUR de notre trésorerie depuis le 18 mai, c'est inacceptable] ; il attend "
              "le remboursement avant vendredi.",
              category="executive_intervention",
              cat_why='"Je mets en copie notre directeur financier": the customer\'s C-level is '
              "copied to demand action, which defs-1 names over the billing subject",
              sev_why='"Je mets en copie notre directeur financier": executive involvement')),
    ),
    Situation(
        "credit-note", "nl", "Bibliotheeknetwerk Rijnstreek", "rijnstreekbibliotheek.nl",
        "Els Verhoeven|Coördinator Financiën", "Creditnota voor storing maart nog niet ontvangen",
        "2026-05-06",
        "na de storing van 12 maart (ruim 9 uur geen toegang tot de uitleenbalie) is ons een "
        "creditnota van EUR 1.150 toegezegd. Die hebben we nog niet ontvangen, en inmiddels is "
        "de factuur voor april-juni wel binnengekomen voor het volle bedrag. Kunnen jullie de "
        "creditnota alsnog sturen of verrekenen met factuur 2026-0588?",
        "Rijnstreek: the EUR 1,150 credit note promised after the March outage was never "
        "issued; they've now had the full Q2 invoice.",
        "Klopt, de creditnota is blijven liggen. Ik zorg dat hij deze week wordt verrekend met "
        "factuur 2026-0588.",
        "commercial_dispute", '"is ons een creditnota van EUR 1.150 toegezegd. Die hebben we nog '
        'niet ontvangen"',
        '"Kunnen jullie de creditnota alsnog sturen of verrekenen": a billing dispute without '
        "a deadline",
        ("EUR 1.150", "12 maart", "2026-0588"),
        (Take("calm", "low", 1, "[Geen enkele haast, als het maar goed komt.]", plevel="P4",
              sev_why='the CSM wrote "P4", which wins for severity'),
         Take("frustrated", "medium", 3,
              "[Dit is al de derde keer dat ik hierover mail, en dat is best vervelend.]"),
         Take("frustrated_but_patient", "medium", 5,
              "Het duurt allemaal wat lang naar ons gevoel. [We wachten de verrekening rustig "
              "af, dank voor het oppakken.]")),
    ),
    Situation(
        "liability-cap", "en", "Harrow & Finch Insurance Brokers", "harrowfinch.co.uk",
        "Simon Rees|Head of Procurement", "Renewal contract: liability cap clause 11.3",
        "2026-05-26",
        "Our legal team has reviewed the renewal contract you sent on 19 May. Clause 11.3 now "
        "caps your liability at 3 months of fees, where our current contract has 12 months. We "
        "can't sign with that change: the signed contract must be in our approvals pack by 23 "
        "June. Please send a version with the 12-month cap restored.",
        "Harrow & Finch object to the new liability cap (3 months vs 12) in the renewal; they "
        "need a signed contract by 23 June.",
        "Our legal team is reviewing clause 11.3; I expect to come back with a revised draft by "
        "12 June.",
        "commercial_dispute", '"Clause 11.3 now caps your liability at 3 months of fees": '
        "contract terms",
        '"the signed contract must be in our approvals pack by 23 June": a hard deadline and '
        "the renewal at risk",
        ("11.3", "3 months", "23 June", "12 months"),
        (Take("concerned", "high", 1,
              "[I'm conscious the timeline is tight], so an early indication of whether this "
              "is negotiable would help."),
         Take("frustrated", "high", 6,
              "[We're now on the fourth round of 'legal is reviewing' and I'm running out of "
              "patience.]"),
         Take("threatening_churn", "high", 16,
              "[If the cap isn't back to 12 months by the 23rd, we won't renew; I have another "
              "supplier's terms on my desk already.]")),
    ),
    Situation(
        "unused-credits", "es", "Traducciones Alhambra S.L.", "alhambra-traducciones.es",
        "Javier Morales|Responsable de Compras", "Reembolso de créditos de palabras no usados",
        "2026-07-13",
        "al cerrar el contrato anual nos quedaron 120.000 créditos de palabras sin usar, que "
        "según el anexo B se pueden reembolsar de forma proporcional. ¿Nos podéis indicar el "
        "importe y cuándo se haría el abono? Por nuestros cálculos serían unos 2.400 EUR.",
        "Alhambra asks for a pro-rata refund of 120k unused word credits (annex B).",
        "",
        "commercial_dispute", '"se pueden reembolsar de forma proporcional": a refund',
        '"¿Nos podéis indicar el importe y cuándo se haría el abono?": a billing question '
        "without a deadline",
        ("120.000 créditos", "anexo B", "2.400 EUR"),
        (Take("calm", "medium", 1, "[Cuando tengáis un momento], sin prisa."),
         Take("concerned", "medium", 2,
              "[Nos preocupa un poco que el abono no llegue antes del cierre trimestral], porque "
              "ya lo tenemos contabilizado."),
         Take("threatening_churn", "high", 3,
              "[Si no se respeta el anexo B, no vamos a firmar el contrato del año que viene.]",
              sev_why='"no vamos a firmar el contrato del año que viene": the renewal at risk')),
    ),
    Situation(
        "account-suspended", "en", "Reelhouse Studios", "reelhouse-studios.com",
        "Sofia Lindgren|Studio Manager", "Account suspended for an invoice we paid", "2026-09-14",
        "This morning all 52 users at Reelhouse were locked out with the message 'Account "
        "suspended - overdue balance'. The invoice in question, INV-88410 for USD 9,600, was "
        "paid on 2 September; the remittance advice is attached. We have a trailer delivery due "
        "tonight and nobody can open a project.",
        "Reelhouse suspended by billing for INV-88410, which they paid on 2 Sept. All 52 users "
        "locked out.",
        "Billing has confirmed the payment and is lifting the suspension; it should be active "
        "again within the hour.",
        "commercial_dispute", "\"Account suspended - overdue balance\" for an invoice \"paid on "
        '2 September": the problem to solve is a billing error',
        '"nobody can open a project": work stopped now for all 52 users, no workaround',
        ("INV-88410", "USD 9,600", "52 users", "2 September"),
        (Take("angry", "critical", 1,
              "[Suspending a paying customer without a single call first is outrageous.] "
              "Unlock us NOW, we have a delivery tonight!"),
         Take("frustrated", "critical", 3,
              "'Within the hour' was two hours ago and we're still locked out. [I really don't "
              "have time to keep chasing this.]"),
         Take("threatening_churn", "critical", 4,
              "[After today I honestly don't know why we'd renew with you.] Please get us back "
              "in and then we'll talk.")),
    ),
)  # fmt: skip
