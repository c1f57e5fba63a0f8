"""eval_set_c situations, part 2: feature gaps (labels by hand from defs-1, blind).

Borderline on purpose: ``xliff-import`` is a missing feature the customer calls a bug;
``gate-webhooks`` is minor but raised one level for a strategic account; one
``multicurrency-report`` take is raised by a renewal within 90 days.
"""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

KESTREL = Account(140000, "Enterprise", 300, strategic=True)

PART_2 = (
    Situation(
        "library-sso", "en", "Northdale County Libraries", "northdalelibraries.org.uk",
        "Fiona Gallagher|Digital Services Librarian", "SAML single sign-on for staff accounts?",
        "2026-03-23",
        "Quick question from our side: does the staff portal support SAML single sign-on with "
        "Azure AD? Our 46 branch staff currently have separate passwords for it, and the "
        "council's IT team has asked every supplier whether SSO is available or on the roadmap. "
        "We're on the Standard plan.",
        "Northdale asks if SAML SSO is supported or planned for the staff portal.",
        "SAML SSO is on our roadmap for the second half of the year; I'll share the beta "
        "sign-up when it opens.",
        "feature_gap", '"does the staff portal support SAML single sign-on ... or on the '
        'roadmap"',
        '"Quick question": a question',
        ("SAML", "46 branch staff", "Azure AD"),
        (Take("calm", "low", 1,
              "[Whenever you have a moment is fine], there's no deadline attached to this."),
         Take("concerned", "high", 3,
              "The council has now said that from 1 October all staff systems must use SSO. [I'm "
              "a little anxious that 'second half of the year' might be too late for us.]",
              sev_why='"from 1 October all staff systems must use SSO": a hard deadline at risk'),
         Take("frustrated", "medium", 5,
              "This is the third time I've asked for an actual date rather than 'second half of "
              "the year'. [It's frustrating not to get a straight answer.]",
              sev_why='"the third time I\'ve asked for an actual date": a missing feature that '
              "matters, no deadline")),
    ),
    Situation(
        "turbine-bulk-api", "de", "Nordwind Betriebsführung GmbH", "nordwind-bf.de",
        "Tobias Hartmann|Leiter Datenmanagement", "Bulk-Endpunkt für Turbinen-Messwerte?",
        "2026-05-18",
        "wir ziehen die 10-Minuten-Werte von 3.400 Turbinen über Ihre REST-API. Da es nur einen "
        "Endpunkt pro Turbine gibt und das Limit bei 600 Anfragen pro Minute liegt, dauert ein "
        "kompletter Abruf knapp sechs Minuten. Gibt es einen Bulk-Endpunkt oder ist so etwas "
        "auf der Roadmap? Im Moment verteilen wir die Abrufe über mehrere API-Schlüssel.",
        "Nordwind needs bulk reads for 3,400 turbines; there is no bulk endpoint today.",
        "Ein Bulk-Endpunkt ist für Q4 geplant; ich nehme Ihren Anwendungsfall in die "
        "Anforderung auf.",
        "feature_gap", '"Gibt es einen Bulk-Endpunkt oder ist so etwas auf der Roadmap?"',
        '"verteilen wir die Abrufe über mehrere API-Schlüssel": a missing feature that matters, '
        "with a workaround",
        ("3.400 Turbinen", "600 Anfragen pro Minute", "sechs Minuten"),
        (Take("calm", "medium", 1,
              "[Keine Eile], uns reicht erst einmal eine grobe Einschätzung."),
         Take("frustrated_but_patient", "medium", 4,
              "Q4 ist für uns eigentlich zu spät, und das Jonglieren mit den Schlüsseln nervt. "
              "[Wir halten aber durch und testen gern eine frühe Version mit.]"),
         Take("threatening_churn", "high", 7,
              "[Ein Wettbewerber bietet genau das heute an; wir setzen im Juli einen Piloten mit "
              "ihm auf.]",
              sev_why='"wir setzen im Juli einen Piloten mit ihm auf": a competitor evaluation')),
    ),
    Situation(
        "xliff-import", "fr", "Agence Lumière Traductions", "lumiere-traductions.fr",
        "Camille Dubois|Responsable de production", "Bug : import XLIFF 2.0 impossible",
        "2026-04-27",
        "nous avons un bug à l'import : les fichiers XLIFF 2.0 envoyés par notre client "
        "automobile sont refusés avec le message « Format non pris en charge ». Les fichiers "
        "XLIFF 1.2 passent sans problème. Nous convertissons pour l'instant chaque fichier en "
        "1.2 avec un outil externe, ce qui prend environ 20 minutes par lot, pour 35 lots par "
        "mois.",
        "Lumière reports a 'bug': XLIFF 2.0 import refused. As far as I know we only support "
        "1.2 - this is a feature request.",
        "L'import XLIFF 2.0 n'est pas encore pris en charge ; il figure sur la feuille de "
        "route, sans date pour l'instant.",
        "feature_gap", '"Format non pris en charge" for XLIFF 2.0 while 1.2 works: it works as '
        "designed and lacks 2.0, although the customer calls it a bug",
        '"Nous convertissons pour l\'instant chaque fichier en 1.2": a missing feature that '
        "matters, with a workaround",
        ("XLIFF 2.0", "35 lots par mois", "20 minutes"),
        (Take("concerned", "medium", 2,
              "[Nous craignons que le volume augmente à la rentrée] et que la conversion "
              "manuelle devienne difficile à tenir."),
         Take("frustrated", "medium", 3,
              "« Sans date », ce n'est pas une réponse. [Je relance pour la troisième fois et "
              "c'est franchement agaçant.]"),
         Take("angry", "medium", 6,
              "[Vous nous avez vendu un outil « compatible XLIFF » en sachant très bien qu'il ne "
              "gérait pas la 2.0.] C'est inadmissible. J'exige une date ferme, par écrit, d'ici "
              "vendredi !")),
    ),
    Situation(
        "multicurrency-report", "es", "Correduría Mediterránea de Seguros",
        "mediterranea-seguros.es", "Lucía Navarro|Jefa de Administración",
        "Informes de comisiones en varias divisas", "2026-06-15",
        "queríamos saber si el módulo de comisiones puede generar informes en varias divisas. "
        "Ahora mismo todo sale en euros y, para las 12 pólizas que tenemos en libras y dólares, "
        "hacemos la conversión a mano en una hoja de cálculo una vez al mes. Sería un detalle "
        "tenerlo integrado.",
        "Mediterránea asks for multi-currency commission reports (nice to have).",
        "",
        "feature_gap", '"si el módulo de comisiones puede generar informes en varias divisas"',
        '"Sería un detalle tenerlo integrado": nice to have',
        ("12 pólizas", "libras y dólares", "una vez al mes"),
        (Take("calm", "low", 1, "[Sin ninguna prisa], cuando podáis nos contáis."),
         Take("frustrated_but_patient", "low", 2,
              "Lo pedimos también el año pasado y seguimos igual, la verdad. [Pero no pasa nada, "
              "seguimos con la hoja de cálculo hasta que lo tengáis.]"),
         Take("concerned", "medium", 1,
              "[Nos preocupa un poco que el número de pólizas en libras crezca este año] y que "
              "la hoja de cálculo se nos quede corta.",
              sev_why='"Sería un detalle tenerlo integrado": nice to have, raised one level by '
              "the renewal within 90 days (account renewal_date)",
              account=Account(18000, "Growth", 45))),
    ),
    Situation(
        "gate-webhooks", "en", "Kestrel Regional Airport", "kestrel-airport.co.uk",
        "Daniel Achterberg|Head of Airport Systems", "Webhooks for gate changes - on the roadmap?",
        "2026-02-02",
        "Our passenger app polls your flight-info API every 30 seconds to pick up gate changes, "
        "which is about 2.9 million calls a month. Is there a webhook or push option for gate "
        "and stand changes, or is one planned? Polling works, it's just wasteful.",
        "Kestrel wants push/webhooks for gate changes instead of polling.",
        "Webhooks for flight events are on the roadmap; product will share a timeline at the "
        "customer advisory board in March.",
        "feature_gap", '"Is there a webhook or push option for gate and stand changes, or is '
        'one planned?"',
        "\"Polling works, it's just wasteful\": minor; raised one level because the account is "
        "strategic",
        ("30 seconds", "2.9 million calls", "webhook"),
        (Take("calm", "medium", 1,
              "[No pressure on timing], we're just planning next year's app work.",
              account=KESTREL),
         Take("concerned", "medium", 3,
              "[We're a little concerned about the call volume doubling] when the summer "
              "schedule starts, so a rough date would help our planning.", account=KESTREL),
         Take("threatening_churn", "high", 8,
              "[Two other flight-data providers already offer push, and we've agreed to pilot "
              "one of them over the summer.] I'd rather stay, but I need a date.",
              sev_why='"we\'ve agreed to pilot one of them": a competitor evaluation',
              account=KESTREL)),
    ),
    Situation(
        "weighbridge-offline", "nl", "Van Dijk Recycling B.V.", "vandijk-recycling.nl",
        "Mark Jansen|Hoofd Logistiek", "Offline modus bij de weegbrug?", "2026-09-07",
        "bij twee van onze weegbruggen (Zaandam en Heerhugowaard) is het mobiele bereik slecht, "
        "waardoor de app geen weegbonnen kan opslaan. Werkt de app ook offline, of staat een "
        "offline modus op de planning? Nu schrijven de chauffeurs de 60 tot 80 wegingen per dag "
        "op papier en voeren we ze 's avonds in.",
        "Van Dijk needs an offline mode at two weighbridges without signal; the app needs a "
        "connection by design.",
        "De app heeft nu altijd een verbinding nodig; een offline modus staat voor volgend jaar "
        "op de roadmap.",
        "feature_gap", '"Werkt de app ook offline, of staat een offline modus op de planning?"',
        '"schrijven de chauffeurs de 60 tot 80 wegingen per dag op papier": a missing feature '
        "that matters, with a workaround",
        ("Zaandam", "Heerhugowaard", "60 tot 80 wegingen"),
        (Take("calm", "low", 1,
              "[Geen haast hoor], we willen alleen weten waar we aan toe zijn.",
              plevel="Low urgency", sev_why='the CSM wrote "Low urgency", which wins for '
              "severity"),
         Take("frustrated", "medium", 3,
              "Volgend jaar? [Dit begint echt irritant te worden]: we vragen er al sinds de "
              "implementatie naar."),
         Take("frustrated_but_patient", "medium", 4,
              "Het papierwerk is een gedoe en de chauffeurs mopperen. [Maar we snappen dat het "
              "tijd kost en werken er voorlopig omheen.]")),
    ),
    Situation(
        "hdr-review", "en", "Cutline Post Production", "cutlinepost.com",
        "Aisha Bello|Head of Picture Post", "HDR playback in the review player?", "2026-01-19",
        "Our colourists need clients to review grades in HDR, but the review player only plays "
        "SDR Rec.709; HDR10 and Dolby Vision files are tone-mapped down. Is HDR playback "
        "supported in any plan, or on the roadmap? At the moment we run separate in-person "
        "sessions for the 4 features we have in HDR grading this quarter.",
        "Cutline asks for HDR playback in the review player; we are SDR only today.",
        "HDR review isn't supported today; it's on the roadmap but not scheduled for this year.",
        "feature_gap", '"the review player only plays SDR Rec.709 ... Is HDR playback supported '
        'in any plan, or on the roadmap?"',
        '"we run separate in-person sessions": a missing feature that matters, with a '
        "workaround",
        ("HDR10", "Dolby Vision", "Rec.709", "4 features"),
        (Take("calm", "medium", 1,
              "[Just curious where it sits], we can keep doing the in-person sessions for now."),
         Take("angry", "medium", 5,
              "[Your sales team told us in November that HDR review was 'weeks away'. That was "
              "simply not true.] I expect a straight explanation of why we were told that, in "
              "writing, this week."),
         Take("threatening_churn", "high", 20,
              "[If HDR review isn't coming this year, we'll move review to a tool that has it "
              "when our contract ends in March.]",
              sev_why='"we\'ll move review to a tool that has it when our contract ends": the '
              "renewal at risk")),
    ),
)  # fmt: skip
