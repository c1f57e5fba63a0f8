"""eval_set_c situations, part 5: relationship at risk (labels by hand from defs-1, blind).

Borderline on purpose: in ``competitor-pilot`` only the CSM knows of the competitor pilot in
one take (sentiment stays the customer's calm words); ``labs-adoption`` has a take raised by
a renewal within 90 days; ``public-tender`` has a CSM "P3" below what the thread suggests.
"""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

PART_5 = (
    Situation(
        "champion-leaving", "en", "Beacon Lane Insurance Brokers", "beaconlane.co.uk",
        "Martin Doyle|Head of Operations", "Handover - I'm leaving Beacon Lane at the end of May",
        "2026-05-11",
        "Some personal news: I'm leaving Beacon Lane on 29 May. My role will be covered by Gemma "
        "Shaw from our Bristol office until a replacement is hired. I've championed the "
        "platform here for four years, so I wanted to make sure the 85 brokers using it are "
        "handed over properly before our renewal in August.",
        "Champion Martin Doyle leaves Beacon Lane on 29 May; renewal in August. We need a "
        "relationship with Gemma Shaw.",
        "Thank you for everything, Martin. I'll set up an introduction call with Gemma next "
        "week.",
        "relationship_at_risk", "\"I'm leaving Beacon Lane on 29 May\": the champion leaving",
        '"before our renewal in August": the champion leaving before the renewal',
        ("29 May", "Gemma Shaw", "85 brokers", "August"),
        (Take("calm", "high", 1,
              "[It's been a pleasure working with you all], and I'm happy to do a handover call "
              "whenever suits."),
         Take("concerned", "high", 3,
              "[I'm a little worried Gemma won't have time to get to know the platform] before "
              "the renewal discussions, given her current workload."),
         Take("threatening_churn", "high", 5,
              "[Between us, Gemma's old firm used a competitor and she has already asked for a "
              "demo of it; I'd get ahead of that.]")),
    ),
    Situation(
        "coach-usage", "en", "Millbrook Athletic Club", "millbrookac.org",
        "Joanne Whitaker|Membership Manager", "Re: Quarterly usage report", "2026-10-12",
        "Thanks for the usage report. You're right that only 14 of our 60 coaches logged in "
        "last month, compared with nearly all of them in the spring. Most of them went back to "
        "the WhatsApp groups over the summer break and haven't switched back. We haven't made "
        "any decisions, it's just where things are.",
        "Millbrook usage is down to 14/60 coaches. No threat yet.",
        "Would a short refresher at your coaches' evening on 22 October help? I can run it on "
        "site.",
        "relationship_at_risk", '"only 14 of our 60 coaches logged in last month": falling usage',
        "\"We haven't made any decisions\": falling usage with no threat",
        ("14 of our 60 coaches", "WhatsApp", "22 October"),
        (Take("calm", "medium", 1, "[Happy to talk it through whenever you're free.]"),
         Take("concerned", "medium", 3,
              "The refresher sounds good. [I am a bit worried the trend continues into the "
              "winter league], though."),
         Take("threatening_churn", "high", 6,
              "[The committee will ask at the AGM whether we still need a paid app at all, and "
              "right now I don't have a good answer.]",
              sev_why='"whether we still need a paid app at all": the renewal at risk')),
    ),
    Situation(
        "competitor-pilot", "en", "Northlight VFX", "northlightvfx.com",
        "Ben Carter|Pipeline Supervisor", "Render farm scheduler - a few questions", "2026-02-23",
        "A few questions about the render scheduler licence: how many concurrent nodes does our "
        "current tier allow, and can we add nodes month by month? We're planning capacity for "
        "two feature projects starting in April.",
        "Heard from Northlight's producers that they're running a pilot of FarmControl "
        "alongside us this quarter. Ben's questions may be part of that comparison.",
        "Your tier allows 120 concurrent nodes; extra nodes can be added monthly at list price.",
        "relationship_at_risk", 'the CSM: "they\'re running a pilot of FarmControl alongside '
        'us": a competitor evaluation',
        '"running a pilot of FarmControl alongside us": a competitor evaluation, the renewal '
        "at risk",
        ("concurrent nodes", "FarmControl", "two feature projects"),
        (Take("calm", "high", 1, "[Thanks, no hurry on this.]"),
         Take("threatening_churn", "high", 3,
              "[To be transparent, we're comparing you with FarmControl this quarter, and the "
              "price of extra nodes will weigh heavily.]"),
         Take("concerned", "high", 4,
              "[I'm a bit worried the monthly node pricing won't fit the budget for the April "
              "projects.]")),
    ),
    Situation(
        "budget-cut", "fr", "Réseau des Médiathèques du Val d'Orne", "mediatheques-valdorne.fr",
        "Sylvie Moreau|Responsable du réseau", "Renouvellement 2027 et budget", "2026-09-28",
        "je vous informe que le conseil communautaire a voté une baisse de 30 % du budget "
        "informatique du réseau pour 2027. Notre abonnement (18 médiathèques) arrive à échéance "
        "le 31 décembre et fait partie des lignes réexaminées.",
        "Val d'Orne: IT budget cut by 30% for 2027; our subscription (renews 31 Dec) is under "
        "review.",
        "Merci pour l'information ; je vous propose un point en octobre pour regarder les "
        "options de périmètre.",
        "relationship_at_risk", '"Notre abonnement ... fait partie des lignes réexaminées": the '
        "renewal in doubt, no executive involved",
        '"arrive à échéance le 31 décembre et fait partie des lignes réexaminées": the renewal '
        "at risk",
        ("30 %", "18 médiathèques", "31 décembre"),
        (Take("concerned", "high", 1,
              "[Je suis un peu inquiète pour la suite], mais je voulais vous prévenir le plus "
              "tôt possible."),
         Take("calm", "high", 3,
              "[Avec plaisir pour un point en octobre], je vous propose le mardi 13 à 10 h."),
         Take("threatening_churn", "high", 4,
              "[Soyons clairs : sans une offre nettement moins chère, nous ne renouvellerons pas "
              "en janvier.]")),
    ),
    Situation(
        "acquired", "en", "Smileworks Dental Clinics", "smileworks-dental.ie",
        "Aoife Brennan|Practice Operations Lead",
        "We've been acquired - what it means for our account", "2026-11-02",
        "Just to let you know that Smileworks has been acquired by Corvia Dental Group; the deal "
        "closed on 30 October. Corvia's IT team will review every system across our 11 clinics "
        "in the first quarter of 2027, including the booking platform. I don't know more than "
        "that yet.",
        "Smileworks acquired by Corvia Dental Group; all their systems are under review in Q1 "
        "2027.",
        "",
        "relationship_at_risk", '"Corvia\'s IT team will review every system ... including the '
        'booking platform": the relationship itself, no executive involved',
        '"will review every system ... including the booking platform": the renewal at risk',
        ("Corvia Dental Group", "30 October", "11 clinics"),
        (Take("calm", "high", 1,
              "[Nothing needed from you right now], just keeping you in the loop."),
         Take("concerned", "high", 2,
              "[I'm a bit nervous about the review], to be honest, because the team here likes "
              "the system."),
         Take("threatening_churn", "high", 3,
              "[Corvia already runs a different booking system in its other 40 clinics, so "
              "unless you can make a strong case, I expect we'll be moved onto theirs.]")),
    ),
    Situation(
        "labs-adoption", "en", "Haldane Clinical Labs", "haldanelabs.com",
        "Peter Nwosu|Lab Systems Manager", "Lower usage in three of our labs", "2026-04-20",
        "Following the reorganisation in March, three of our five labs (Leeds, Cork and "
        "Utrecht) have cut their use of the scheduling module to a few bookings a week; they're "
        "back to planning on whiteboards. The other two labs use it daily. I'd like to "
        "understand what we can do to get adoption back up.",
        "Haldane: adoption dropped in 3 of 5 labs after their reorg.",
        "I'll put together a short adoption plan for the three labs and share it by 30 April.",
        "relationship_at_risk", '"three of our five labs ... have cut their use of the '
        'scheduling module": falling usage',
        "\"I'd like to understand what we can do to get adoption back up\": falling usage with "
        "no threat",
        ("three of our five labs", "Leeds, Cork and Utrecht", "whiteboards"),
        (Take("calm", "medium", 1, "[Let me know what you think when you get a chance.]"),
         Take("concerned", "high", 3,
              "[I'm concerned the numbers will look bad] by the time our renewal comes round.",
              sev_why="falling usage with no threat, raised one level by the renewal within 90 "
              "days (account renewal_date)",
              account=Account(64000, "Growth", 60)),
         Take("frustrated_but_patient", "medium", 5,
              "We had some grumbling that the new dashboards confuse people. [We'll work "
              "through it with your plan, though.]")),
    ),
    Situation(
        "public-tender", "it", "Consorzio Ecologico Valle Brembana", "ecovallebrembana.it",
        "Davide Rinaldi|Responsabile Sistemi", "Rinnovo contratto: obbligo di gara", "2026-07-27",
        "vi informo che, per le nuove regole sugli appalti, il rinnovo del contratto per la "
        "gestione dei 46 centri di raccolta dovrà passare da una gara pubblica. Il bando uscirà "
        "a ottobre e il contratto attuale scade il 31 gennaio.",
        "Valle Brembana must put the renewal out to tender (46 sites); tender in October, "
        "contract ends 31 Jan.",
        "Grazie per l'avviso; prepariamo la documentazione per partecipare alla gara.",
        "relationship_at_risk", '"il rinnovo del contratto ... dovrà passare da una gara '
        'pubblica": the renewal in doubt',
        '"dovrà passare da una gara pubblica": the renewal at risk',
        ("46 centri di raccolta", "31 gennaio", "ottobre"),
        (Take("calm", "medium", 1,
              "[Nessuna urgenza, era solo per avvisarvi per tempo.]",
              plevel="P3", sev_why='the CSM wrote "P3", which wins for severity'),
         Take("concerned", "high", 3,
              "[Sono un po' preoccupato] perché alla gara parteciperanno di sicuro anche "
              "fornitori più economici."),
         Take("threatening_churn", "high", 2,
              "[Vi dico francamente che, con i problemi di quest'anno, non darei per scontato "
              "il rinnovo.]")),
    ),
)  # fmt: skip
