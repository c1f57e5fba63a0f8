"""eval_set_c situations, part 7: small things (labels by hand from defs-1, blind).

Cosmetic defects and nice-to-have questions, whose severity stays low whatever the tone:
``audio-guide-caption`` has an angry take about a typo (severity is business effect, not
tone) and ``berth-report-label`` a concerned one.
"""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PART_7 = (
    Situation(
        "audio-guide-caption", "en", "Thornbury Museum of Natural History",
        "thornbury-museum.org", "Greta Lindholm|Digital Learning Officer",
        "Audio guide: small label issue on stop 14", "2026-04-06",
        "A small thing we noticed: in the audio guide app, stop 14 (the blue whale skeleton) "
        "shows the caption 'Blue Whale - 1.9 m' instead of '19 m' on the map card. The audio "
        "itself is fine, and visitors haven't said anything. App version 2.6.0 on iOS and "
        "Android.",
        "Thornbury: caption typo on audio-guide stop 14. Cosmetic.",
        "",
        "product_defect", "\"shows the caption 'Blue Whale - 1.9 m' instead of '19 m'\": wrong, "
        "however small",
        "\"visitors haven't said anything\": cosmetic",
        ("stop 14", "1.9 m", "2.6.0"),
        (Take("calm", "low", 1,
              "[Whenever it suits your release schedule] is fine by us."),
         Take("frustrated_but_patient", "low", 2,
              "We flagged this once before and it came back after the last update, which is a "
              "little irritating. [No great harm done though, we'll wait for the next "
              "release.]"),
         Take("angry", "low", 3,
              "[This is the THIRD time one of your updates has broken this caption! Who is "
              "testing these releases?!] Fix it properly this time.")),
    ),
    Situation(
        "roster-ical", "de", "Kleintierpraxis am Stadtpark", "kleintier-stadtpark.de",
        "Miriam Schulz|Praxiskoordinatorin", "Dienstplan als iCal-Abo?", "2026-06-29",
        "kurze Frage: Kann man den Dienstplan als iCal-Abo in Outlook oder Google Kalender "
        "einbinden? Unsere 12 Mitarbeitenden schauen bisher in der App nach, das klappt auch. "
        "Es wäre einfach nett, die Schichten im eigenen Kalender zu haben.",
        "Stadtpark asks for an iCal feed of the duty roster. Nice to have.",
        "Ein iCal-Export ist derzeit nicht verfügbar; ich habe den Wunsch an unser Produktteam "
        "weitergegeben.",
        "feature_gap", '"Kann man den Dienstplan als iCal-Abo ... einbinden?"',
        '"Es wäre einfach nett": nice to have',
        ("iCal", "12 Mitarbeitenden", "Dienstplan"),
        (Take("calm", "low", 1, "[Eilt überhaupt nicht], nur falls es schon etwas gibt."),
         Take("frustrated_but_patient", "low", 3,
              "Schade, ehrlich gesagt hatte ich fest damit gerechnet. [Wir kommen aber gut ohne "
              "zurecht und warten ab.]"),
         Take("frustrated", "low", 5,
              "[Das ist jetzt schon meine dritte Nachfrage zu dem Thema, und langsam nervt "
              "es.]")),
    ),
    Situation(
        "harvest-report-language", "it", "Cantine Colle Alto", "cantinecollealto.it",
        "Francesca Moretti|Responsabile Amministrativa", "Report di vendemmia in italiano?",
        "2026-09-14",
        "una domanda: i report di vendemmia che esportiamo in PDF escono in inglese. È possibile "
        "averli in italiano? Li mandiamo ai 27 conferitori, e alcuni preferirebbero la propria "
        "lingua. Non è nulla di urgente.",
        "Colle Alto asks whether harvest reports can be exported in Italian. A question.",
        "Al momento i report sono solo in inglese; la traduzione è nella lista delle richieste, "
        "senza data.",
        "feature_gap", '"È possibile averli in italiano?": something the product lacks',
        '"Non è nulla di urgente": a question',
        ("27 conferitori", "PDF", "in italiano"),
        (Take("calm", "low", 1, "[Grazie mille in anticipo!]"),
         Take("frustrated", "low", 3,
              "[Sinceramente trovo piuttosto irritante che manchi una cosa così semplice.]"),
         Take("frustrated_but_patient", "low", 1,
              "Peccato che non ci sia già; [ci arrangiamo traducendoli a mano e aspettiamo con "
              "calma.]")),
    ),
    Situation(
        "berth-report-label", "en", "Baltic Reach Container Lines", "balticreach.com",
        "Piotr Zielinski|Planning Analyst", "ETA column labelled ETD in the berth report",
        "2026-02-09",
        "The weekly berth report labels the arrival column 'ETD' instead of 'ETA' (the values "
        "themselves are correct arrival times). It's been like that since version 7.3. Our "
        "planners know, so it's more of a tidy-up than anything.",
        "Baltic Reach: wrong column header in the berth report (ETD for ETA). Cosmetic.",
        "Thanks Piotr, logged as BUG-6602 for the next maintenance release.",
        "product_defect", "\"labels the arrival column 'ETD' instead of 'ETA'\": wrong, however "
        "small",
        '"more of a tidy-up than anything": cosmetic',
        ("ETD", "7.3", "berth report"),
        (Take("calm", "low", 1, "[Only whenever you're next in that area of the code.]"),
         Take("concerned", "low", 3,
              "[I'm a little worried a new planner will misread it one day], so I'd be glad to "
              "see it in the next release."),
         Take("frustrated_but_patient", "low", 4,
              "Still there in 7.4, which is a shame. [Not a big deal, we'll carry on as we are "
              "until BUG-6602 ships.]")),
    ),
)  # fmt: skip
