"""eval_set_h situations, part 1: defects (veterinary reminder texts, a site diary app,
event ticket scanners, a pharmacy stock report, brewery fermentation logs). Hand-written;
every label decided by hand from routing/definitions.md (defs-1) while writing, before any
drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"

# fmt: off
SITUATIONS_1 = (
    Situation(
        "reminder-clock", "en", "Oakfield Veterinary Group", "oakfieldvets.co.uk",
        "Harriet Lomax|Group Practice Manager", "Reminder texts showing the wrong time",
        "2026-11-02",
        "Since the clocks went back on 25 October, the appointment reminder texts your system "
        "sends our clients give a time one hour later than the booking. A 09:15 vaccination "
        "shows as 10:15 in the text, while the diary itself is right. It's the same at all six "
        "practices. Most clients ring to double-check, so reception are sorting it out on the "
        "phone as the calls come in.",
        "Oakfield Vets: since the clock change, reminder texts to their clients show the "
        "appointment an hour late; the diary itself is fine.",
        "Hi Harriet, thanks for the examples. I've reproduced it and passed it to the "
        "messaging team.",
        PD, '"the appointment reminder texts your system sends our clients give a time one hour '
        'later than the booking" (the product sends a wrong result)',
        "wrong times in the texts, the diary right and clients checking by phone: a real "
        "problem with a workaround, no deadline",
        ("25 October", "one hour later"),
        (
            Take("calm", "medium", 1,
                 "[Could someone take a look when they get a chance?] Happy to send more "
                 "examples."),
            Take("concerned", "high", 3,
                 "Our flu-and-booster clinic day is on Saturday 14 November with just over 200 "
                 "bookings, and [I'm worried half of them will turn up at the wrong time].",
                 sev_why='"Saturday 14 November with just over 200 bookings" (a dated event at '
                 "risk) on top of wrong reminder times"),
            Take("angry", "high", 4,
                 "We had 31 no-shows last week, and every front desk now spends the afternoon "
                 "phoning clients by hand. [Your update caused this and it is simply not good "
                 "enough; I want a fix date today.]",
                 sev_why='"every front desk now spends the afternoon phoning clients by hand" '
                 "(the whole team working around it by hand)"),
        ),
    ),
    Situation(
        "photo-upload", "en", "Brackley & Stone Construction", "brackleystone.co.uk",
        "Declan Hurst|Digital Site Systems Lead", "Site diary app crashing on photo upload",
        "2026-10-05",
        "Since version 4.12 of the site diary app, it crashes as soon as a site manager "
        "attaches a photo on an Android phone. iPhones are fine, but 70 of our 90 site "
        "managers are on Android. For now they email the photos to the office and the admin "
        "team attaches them to the diary entries afterwards, which is eating hours every day. "
        "Crash reports from two phones are attached.",
        "Brackley & Stone: since app 4.12 the site diary crashes on Android when a photo is "
        "attached (70 of 90 site managers); office staff attach the photos by hand.",
        "Hi Declan, thanks for the crash reports. The mobile team has them and is working on "
        "a fix.",
        PD, '"it crashes as soon as a site manager attaches a photo on an Android phone" (a '
        "crash since a version)",
        "an important function broken for most site managers, with a painful workaround (the "
        "office attaching photos by hand)",
        ("version 4.12", "70 of our 90 site managers"),
        (
            Take("frustrated_but_patient", "high", 2,
                 "It's been ten days now and it's wearing thin in the office. [That said, I "
                 "know your mobile people are on it, so we'll keep going with the email "
                 "workaround.]"),
            Take("frustrated", "high", 3,
                 "[This is the third time I've asked for a fix date and I still haven't got "
                 "one.] The admin team are doing two people's work."),
            Take("angry", "critical", 5,
                 "Now, since 6am, the app won't open at all on any phone, Android or iPhone, "
                 "and nobody can complete the morning safety checks, so no site can start "
                 "work. [This is a shambles. Get it working this morning.]",
                 sev_why='"the app won\'t open at all on any phone ... no site can start work" '
                 "(work stopped now for everyone)"),
        ),
    ),
    Situation(
        "gate-scanner", "en", "Tapline Tickets", "tapline.io",
        "Marcus Oyelaran|Head of Live Operations", "Scanner rejecting valid tickets at the gates",
        "2026-11-21",
        "Doors opened at 07:00 for day one of the Harbour Arena trade fair and your scanner app "
        "is rejecting roughly one in three valid tickets with 'code not recognised'. The "
        "tickets are in the system and show as paid. We have about 4,000 people queuing "
        "outside and stewards are checking names against a printed list.",
        "Tapline: trade fair opening this morning, our scanner app rejects about 1 in 3 valid "
        "tickets at the gates; around 4,000 people queuing.",
        "Marcus, we're on it: engineering has been paged and I'm on the bridge call now.",
        PD, '"your scanner app is rejecting roughly one in three valid tickets" (the product '
        "gives a wrong result)",
        "entry to a live event held up for thousands now, the only workaround a printed list: "
        "the business harmed now",
        ("one in three valid tickets", "4,000 people"),
        (
            Take("angry", "critical", 1,
                 "[Your app is wrecking our biggest event of the month. I need someone on the "
                 "phone NOW.]"),
            Take("concerned", "critical", 2,
                 "Still about the same rate of rejections. [I'm worried about crowd safety if "
                 "the queue keeps growing like this], so please keep us posted every 15 "
                 "minutes."),
            Take("threatening_churn", "critical", 3,
                 "Forty minutes in and it's still failing. [If this happens at one more event, "
                 "we will move every venue to another scanning provider.]"),
        ),
    ),
    Situation(
        "report-dates", "en", "Wellbourne Pharmacy", "wellbournepharmacy.co.uk",
        "Anjali Desai|Head of Retail Systems", "Weekly stock report date format", "2026-11-09",
        "A small one: since the update at the start of the month, the weekly stock summary PDF "
        "prints the week-commencing date in American order (11/02/2026 for 2 November) and "
        "cuts long branch names short, so Kingsmead and Riverside Parade both lose their last "
        "word. The figures inside are all correct.",
        "Wellbourne Pharmacy: since this month's update the weekly stock PDF shows the week "
        "date in US order and truncates long branch names; the figures are correct.",
        "Hi Anjali, thanks, I've logged it with the reporting team.",
        PD, '"prints the week-commencing date in American order ... and cuts long branch names '
        'short" (the product shows something wrong, however small)',
        'cosmetic: "The figures inside are all correct"',
        ("11/02/2026", "weekly stock summary PDF"),
        (
            Take("calm", "low", 1, "[No rush at all, I just didn't want it to get lost.]"),
            Take("concerned", "low", 2,
                 "Nothing pressing, but [I'm a little uneasy that a branch manager will file a "
                 "report under the wrong week]."),
            Take("frustrated_but_patient", "low", 3,
                 "It's been like this for five weeks, which is a bit tiresome, but [we can live "
                 "with it until your next release]."),
        ),
    ),
    Situation(
        "gaerprotokolle", "de", "Brauerei Hollerbach GmbH", "brauerei-hollerbach.de",
        "Tobias Reindl|Leiter Qualitätssicherung", "Gärprotokolle seit dem Update verschwunden",
        "2026-11-12",
        "Seit dem Update vom 10. November fehlen in der Software die Gärprotokolle der Tanks 3 "
        "bis 6: Temperatur und Stammwürze ab diesem Tag sind einfach weg, die Kurven brechen "
        "dort ab. Die Sensoren laufen, am Gerät vor Ort sehen wir die Werte, aber in der "
        "Chargenakte kommt nichts mehr an. Ohne diese Protokolle dürfen wir die betroffenen "
        "Sude nicht freigeben.",
        "Hollerbach brewery: since the 10 Nov update the fermentation logs of tanks 3-6 are "
        "missing from the batch records; they can't release those batches without them.",
        "Hallo Tobias, das liegt bei unseren Entwicklern ganz oben, wir prüfen gerade die "
        "Datenbank.",
        PD, '"fehlen in der Software die Gärprotokolle der Tanks 3 bis 6 ... einfach weg" (lost '
        "data)",
        'data lost ("einfach weg") and "Ohne diese Protokolle dürfen wir die betroffenen Sude '
        'nicht freigeben" (harm now)',
        ("Tanks 3 bis 6", "10. November"),
        (
            Take("concerned", "critical", 1,
                 "[Ich mache mir ernsthaft Sorgen, ob die Daten überhaupt noch irgendwo "
                 "liegen.] Können Sie das bitte prüfen?"),
            Take("angry", "critical", 3,
                 "Vier Sude liegen jetzt im Lagertank und wir dürfen keinen davon abfüllen. "
                 "[Das hat uns Ihr Update eingebrockt, und ich erwarte bis heute Abend die "
                 "Daten zurück!]"),
            Take("frustrated", "critical", 4,
                 "Jetzt fehlen auch die Werte von Tank 7. [Ich frage zum dritten Mal nach einem "
                 "Stand und werde jedes Mal nur vertröstet.]",
                 sev_why='"Jetzt fehlen auch die Werte von Tank 7" (data still being lost now)'),
        ),
    ),
)
# fmt: on
