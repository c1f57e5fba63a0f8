"""eval_set_g situations, part 5: a wish for recurring shifts, our bills (a seat count, a
price rise against a capped contract, a direct debit taken twice), and the relationship
itself (a champion leaving with usage falling, a new owner reviewing every contract).
Hand-written; every label decided by hand from routing/definitions.md (defs-1) while
writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

FG = "feature_gap"
CD = "commercial_dispute"
RAR = "relationship_at_risk"

# fmt: off
SITUATIONS_5 = (
    Situation(
        "turnos-recurrentes", "es", "Banco de Alimentos del Guadalquivir",
        "bancoalimentosguadalquivir.org", "Carmen Ruiz|Coordinadora de voluntariado",
        "Turnos recurrentes para voluntarios", "2026-11-09",
        "Nos encantaría poder crear turnos recurrentes para los voluntarios, por ejemplo todos "
        "los martes de 9 a 13 en el almacén. Ahora mismo creamos cada turno a mano, semana a "
        "semana. ¿Está previsto algo así?",
        "Banco de Alimentos del Guadalquivir: would like recurring volunteer shifts; today each "
        "shift is created by hand, week by week.",
        "Hola Carmen, los turnos recurrentes están en nuestra hoja de ruta; te aviso cuando "
        "tengamos fecha.",
        FG, '"Nos encantaría poder crear turnos recurrentes ... ¿Está previsto algo así?" (a wish '
        "for something never offered)",
        "a question about a nice-to-have, nothing broken",
        ("turnos recurrentes", "semana a semana"),
        (
            Take("calm", "low", 1, "[Ninguna prisa, era solo una pregunta.]"),
            Take("concerned", "medium", 3,
                 "Con la campaña de Navidad tendremos el triple de voluntarios y [me preocupa "
                 "que se nos escape algún turno].",
                 sev_why="a missing feature that matters at a busier time, a manual workaround, "
                 "no hard deadline"),
            Take("frustrated_but_patient", "low", 4,
                 "Es un poco pesado, la verdad, pero [nos apañamos a mano hasta que lo "
                 "tengáis]."),
        ),
    ),
    Situation(
        "seat-count", "en", "Kestrel Heritage Trust", "kestrelheritage.org.uk",
        "Philippa Grant|Finance Officer", "Invoice for 140 seats", "2026-11-30",
        "Your latest invoice, INV-20931, charges us for 140 seats, but we reduced to 95 seats "
        "in September and your account manager confirmed it in writing. That's a difference "
        "of £6,750 for the year. Could you send a corrected invoice or a credit note?",
        "Kestrel Heritage Trust: invoice INV-20931 bills 140 seats; they went down to 95 in "
        "September, confirmed in writing.",
        "Hi Philippa, thanks, I've asked our billing team to check the seat change and come "
        "back to you.",
        CD, '"Your latest invoice ... charges us for 140 seats, but we reduced to 95" (our bill, '
        "a seat count)",
        "a billing dispute without a deadline",
        ("INV-20931", "95 seats"),
        (
            Take("calm", "medium", 1,
                 "[Happy to send over the confirmation email if that helps.]"),
            Take("frustrated", "high", 4,
                 "[This is the second time we've had to correct the same seat count, and it's "
                 "getting tiresome.]",
                 sev_why='"the second time we\'ve had to correct the same seat count" (our '
                 "people failed repeatedly)"),
            Take("threatening_churn", "high", 3,
                 "Our trustees approve the renewal next month, and [they won't renew with a "
                 "supplier that overbills a charity].",
                 sev_why="the renewal made to depend on the bill (churn threat)"),
        ),
    ),
    Situation(
        "hausse-licence", "fr", "Groupe scolaire Sainte-Hélène", "gs-sainte-helene.fr",
        "Marc Delaunay|Intendant", "Augmentation de 18 % à l'échéance", "2026-11-16",
        "Nous avons reçu votre proposition de renouvellement avec une augmentation de 18 % sur "
        "la licence de vie scolaire, alors que notre contrat prévoit une hausse plafonnée à "
        "3 % par an. Pouvez-vous nous expliquer ce calcul ?",
        "Groupe scolaire Sainte-Hélène: renewal quote +18% on the school-life licence; their "
        "contract caps rises at 3% a year.",
        "Bonjour Marc, je vérifie la clause de plafonnement avec notre service juridique et je "
        "reviens vers vous.",
        CD, '"une augmentation de 18 % ... alors que notre contrat prévoit une hausse plafonnée '
        'à 3 %" (a price rise against the contract terms)',
        "a billing question without a deadline",
        ("18 %", "3 % par an"),
        (
            Take("calm", "medium", 1, "[Merci d'avance pour vos explications.]"),
            Take("angry", "high", 3,
                 "Notre conseil d'administration vote le budget le 4 décembre. [Il est "
                 "inadmissible que vous ignoriez notre contrat, j'exige une proposition "
                 "corrigée avant cette date.]",
                 sev_why='"vote le budget le 4 décembre" (a hard date at risk; the board only '
                 "named, not involved)"),
            Take("threatening_churn", "high", 4,
                 "[Si la hausse est maintenue, nous lancerons une consultation pour la rentrée "
                 "prochaine.]",
                 sev_why="the renewal at risk (a tender announced if the rise stays)"),
        ),
    ),
    Situation(
        "debit-twice", "en", "Brightwater Community Energy", "brightwater-energy.coop",
        "Declan Murphy|Finance and Office Manager", "Charged twice for November", "2026-11-25",
        "Your direct debit for November was taken twice from our account, £2,340 on "
        "3 November and again on 5 November. We're a small co-operative and that's a real dent "
        "in our cash flow. We'd like the second payment refunded rather than credited.",
        "Brightwater Community Energy: November direct debit (£2,340) taken twice, on 3 and "
        "5 Nov; they want a refund, not a credit.",
        "Hi Declan, sorry about this; the refund is approved and should reach you within ten "
        "working days.",
        CD, '"Your direct debit for November was taken twice ... refunded" (a double charge on '
        "our bill)",
        "a billing dispute without a deadline",
        ("£2,340", "taken twice"),
        (
            Take("concerned", "medium", 1,
                 "[It's a worry for a small team like ours], so a quick refund would be "
                 "appreciated."),
            Take("frustrated_but_patient", "medium", 3,
                 "Ten working days is longer than we'd like, but [we'll wait for it, thanks "
                 "for sorting it]."),
            Take("angry", "medium", 4,
                 "[Taking our money twice and then making us wait two weeks is not on. I want "
                 "it back this week.]"),
        ),
    ),
    Situation(
        "champion-leaving", "en", "Hearthside Home Care", "hearthsidecare.co.uk",
        "Joanne Pike|Operations Director", "Handover before I leave", "2026-11-02",
        "I wanted to let you know that I'm leaving Hearthside at the end of December. I've been "
        "the one pushing the scheduling system here, and honestly only two of our six branches "
        "use it properly now; the others have drifted back to whiteboards. Our renewal is in "
        "February and I'm not sure who will own it after me.",
        "Hearthside Home Care: their operations director, our champion, leaves at the end of "
        "December; only 2 of 6 branches use scheduling properly; renewal in February.",
        "Hi Joanne, thank you for telling us; could we set up a handover session with your "
        "successor in December?",
        RAR, '"I\'m leaving Hearthside ... only two of our six branches use it properly now ... '
        'not sure who will own it after me" (champion leaving, usage falling, renewal in '
        "doubt; no product problem, no executive)",
        '"I\'m leaving ... Our renewal is in February" (the champion leaving before the '
        "renewal)",
        ("two of our six branches", "end of December"),
        (
            Take("calm", "high", 1,
                 "[Happy to help with a handover in whatever way is useful.]"),
            Take("concerned", "high", 3,
                 "[I'm worried the branches will drop it altogether once I'm gone.]"),
            Take("threatening_churn", "high", 4,
                 "To be frank, [the regional manager is already asking why we'd renew "
                 "something four branches don't use]."),
        ),
    ),
    Situation(
        "new-owner", "en", "Pollard's Garden Centres", "pollardsgarden.co.uk",
        "Kieran Walsh|Head of Retail Systems", "Ownership change at Pollard's", "2026-10-19",
        "Pollard's has been bought by Verdant Retail Group, and their procurement team is "
        "reviewing every software contract across the 22 garden centres. Verdant already uses "
        "a different stock system in its own stores. I've been asked to put together what we "
        "get out of your platform before the review in December.",
        "Pollard's Garden Centres: bought by Verdant Retail Group; procurement reviewing all "
        "software contracts for the 22 centres before December; Verdant runs another stock "
        "system.",
        "Hi Kieran, thanks for the heads-up; I'll send usage figures and savings per store by "
        "Friday.",
        RAR, '"bought by Verdant Retail Group ... reviewing every software contract ... what we '
        'get out of your platform" (a new owner, a vendor review, value in doubt; no product '
        "problem)",
        '"bought by Verdant Retail Group ... before the review in December" (the contract at '
        "risk after a change of owner, with a date)",
        ("Verdant Retail Group", "22 garden centres"),
        (
            Take("concerned", "high", 1, "[I'm a bit anxious about how this review will go.]"),
            Take("calm", "high", 3,
                 "[Friday is perfect, thanks.] I'll combine it with our own numbers."),
            Take("threatening_churn", "high", 5,
                 "[Realistically, unless the figures are compelling, Verdant will move us onto "
                 "their own system next year.]"),
        ),
    ),
)
# fmt: on
