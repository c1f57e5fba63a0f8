"""eval_set_e situations, part 1: product defects told in other words (as a need, as a
how-to question, as "missing", as a request) and a privacy defect. Hand-written; every
label decided by hand from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_1 = (
    Situation(
        "occupancy-report-again", "en", "Harbourlight Hostels", "harbourlight-hostels.com",
        "Nadia Okoro|Revenue Manager", "Need the occupancy report working again", "2026-02-09",
        "We need the weekly occupancy report to work again. Since your release on 3 February "
        "it arrives as an empty PDF every Monday (headers, no rows) for all 9 hostels. "
        "Building it by hand from the booking list takes me most of Monday morning.",
        "Harbourlight Hostels: weekly occupancy report PDF empty since the 3 Feb release, "
        "all 9 sites.",
        "Thanks Nadia, I've passed the example PDFs to our engineers and will update you here.",
        PD, '"We need the weekly occupancy report to work again. Since your release on 3 '
        'February it arrives as an empty PDF" (it worked and broke: a defect told as a need)',
        "", ("9 hostels", "3 February", "empty PDF"),
        (
            Take("calm", "medium", 1,
                 "I can keep doing it by hand for the moment, [no drama], just let me know "
                 "when it's sorted.",
                 sev_why="an empty report with a manual workaround and no deadline"),
            Take("frustrated", "high", 3,
                 "The owners' quarterly review is on Thursday 12 March and I still have no "
                 "working report. [This is the third Monday I've rebuilt it by hand and I've "
                 "had enough of chasing.]",
                 sev_why='"quarterly review is on Thursday 12 March" (a dated deadline at risk)'),
            Take("frustrated_but_patient", "medium", 4,
                 "Still empty this Monday. [I know your engineers are on it, so I'll keep "
                 "building it by hand for now], but please keep me posted.",
                 sev_why="a real problem with a workaround, no deadline"),
        ),
    ),
    Situation(
        "vat-column-blank", "en", "Kestrel Outdoor Supply", "kestreloutdoor.co.uk",
        "Martin Hale|Head of Finance Operations",
        "How do I get the VAT column back in the sales export?", "2026-04-20",
        "Quick one: how do I get the VAT column to show in the sales CSV export? It was "
        "always there, but since the update last week the column is still in the file and "
        "every row is blank. I've tried the export settings and ticked 'include tax' again, "
        "no change. We file our VAT from this export.",
        "Kestrel Outdoor: VAT column blank in the sales CSV export since last week's update; "
        "they file VAT from it. Head of Finance Ops writing.",
        "Hi Martin, thanks, I've reproduced it and raised it with engineering as ticket 77140.",
        PD, '"how do I get the VAT column ... since the update last week ... every row is '
        'blank" (a how-to question about wrong data after an update: a defect)',
        "", ("VAT column", "include tax", "77140"),
        (
            Take("concerned", "high", 3,
                 "Our VAT return is due on 7 May and [I'm a bit worried we won't have clean "
                 "figures in time]. Is there a date for the fix?",
                 sev_why='"Our VAT return is due on 7 May" (a compliance date at risk)'),
            Take("calm", "medium", 1,
                 "[No panic on our side], we can pull the tax from the invoices report in "
                 "the meantime.",
                 sev_why="wrong data with a workaround (the invoices report), no deadline"),
            Take("angry", "high", 5,
                 "[This is unacceptable]: you broke a column we file tax returns from and "
                 "nobody told us. I want a fix and an explanation by Friday 1 May, not "
                 "another 'we're looking into it'.",
                 sev_why='a tax filing depends on it, fix demanded "by Friday 1 May" (dated)'),
        ),
    ),
    Situation(
        "belege-fehlen", "de", "Bäckerei Sommerfeld GmbH", "baeckerei-sommerfeld.de",
        "Jana Richter|Leitung Buchhaltung", "Belege der Filiale Nord fehlen", "2026-03-09",
        "In der Belegübersicht fehlen seit dem 3. März alle Kassenbelege der Filiale Nord. "
        "Im Tagesabschluss-Export sind sie noch vorhanden, nur die Übersicht zeigt für diese "
        "Filiale nichts mehr an. Die anderen 5 Filialen sind vollständig. Wir brauchen die "
        "Übersicht für die tägliche Kassenabstimmung.",
        "Bäckerei Sommerfeld: receipts of the Nord branch missing from the receipts overview "
        "since 3 March; still in the daily export.",
        "Hallo Frau Richter, danke für die Beispiele, unsere Entwicklung prüft das gerade.",
        PD, '"fehlen seit dem 3. März alle Kassenbelege ... zeigt ... nichts mehr an" (data '
        'missing from a view that showed it: wrong, not a missing capability)',
        "", ("Filiale Nord", "3. März", "5 Filialen"),
        (
            Take("calm", "medium", 1,
                 "Über den Export kommen wir vorerst zurecht, [keine Eile].",
                 sev_why="a wrong view with a workaround (the export), no deadline"),
            Take("concerned", "high", 3,
                 "Am 20. März kommt unser Steuerprüfer, [und mir ist nicht wohl dabei], wenn "
                 "die Übersicht bis dahin unvollständig ist.",
                 sev_why='"Am 20. März kommt unser Steuerprüfer" (an audit date at risk)'),
            Take("frustrated", "high", 5,
                 "Jetzt ist wieder eine Woche vergangen. [Ich frage zum dritten Mal nach] und "
                 "weiß immer noch nicht, wann das behoben ist.",
                 sev_why='"zum dritten Mal" (chased three times: high per defs-1\'s rules)'),
        ),
    ),
    Situation(
        "patients-visible", "en", "Pinewood Dental Group", "pinewooddental.co.uk",
        "Sarah Whitcombe|Practice Systems Lead", "We can see another practice's patients",
        "2026-05-14",
        "This morning one of our receptionists searched for a patient and the results "
        "included 4 patients who are not ours: names, dates of birth and phone numbers from "
        "what looks like another practice on your system. We've taken screenshots and "
        "stopped using search. We need to know whose data this is and whether our patients "
        "are visible to them.",
        "Pinewood Dental: patient search shows another practice's patients (names, DOB, "
        "phone numbers) since this morning.",
        "",
        PD, '"the results included 4 patients who are not ours" (another customer\'s data '
        'shown: the product is wrong)',
        "another customer's personal data shown now (a privacy breach)",
        ("4 patients", "dates of birth", "screenshots"),
        (
            Take("calm", "critical", 1,
                 "[We're handling it calmly on our side] and have informed our data "
                 "protection lead; please call me as soon as you can."),
            Take("concerned", "critical", 2,
                 "[We're worried about our duty to report this within 72 hours], so please "
                 "tell us today what has happened."),
            Take("angry", "critical", 3,
                 "Still nothing from you. [This is a disaster and completely unacceptable]: "
                 "patient data leaking between practices and nobody has even acknowledged "
                 "it. Call me now."),
        ),
    ),
    Situation(
        "postcode-search", "en", "Alder & Finch Opticians", "alderfinch.co.uk",
        "Gareth Lloyd|Branch Manager", "Customer search by postcode", "2026-03-23",
        "Would it be possible for the customer search to find people by postcode again? "
        "Until the March update, typing a postcode brought the customer up; now it says 'no "
        "results' even for postcodes I can see on the record. Searching by surname still "
        "works.",
        "Alder & Finch Opticians: customer search by postcode returns no results since the "
        "March update; surname search works.",
        "Hi Gareth, thanks, I've logged it with support and will let you know what they find.",
        PD, '"find people by postcode again? Until the March update ... now it says \'no '
        'results\'" (a defect asked for as a request)',
        "a search that broke, with a workaround (surname), no deadline",
        ("no results", "March update", "by surname"),
        (
            Take("calm", "medium", 1,
                 "[When you get a chance], it's no emergency, we're searching by surname "
                 "meanwhile."),
            Take("concerned", "medium", 2,
                 "Having thought about it, [I'm a little uneasy] that other searches might be "
                 "affected too. Could someone check?"),
            Take("frustrated_but_patient", "medium", 3,
                 "It's a nuisance at the front desk, if I'm honest. [We'll manage with "
                 "surnames until it's fixed], just keep me in the loop."),
        ),
    ),
)
# fmt: on
