"""Blind evaluation batch 6 for the email-escalation severity classifier.

140 customer emails aimed at the border between ``high`` and ``medium``, across all categories.

Counts per severity: high 65, medium 55, critical 10, low 10.
Counts per category: product_defect 60, service_failure 20, commercial_dispute 20,
relationship_at_risk 15, feature_gap 15, executive_intervention 10.
Counts per language: en 80, de 20, fr 20, es 20.

Every item was written and labelled blind, by hand, from the defs-1 bullets quoted in the task
only: no repository file was read, and nothing was run on the items before labelling (afterwards
only a Python syntax check and a count per label/language).

Borders aimed at:
- high items whose deciding fact is not where a reader looks first: in a quoted earlier message,
  a PS, a forwarded header block's body, the last line before the signature, or said indirectly
  (counts of people hit with a painful workaround, deadlines without the word, the renewal or
  revenue at risk said softly, a rival evaluated, our people failing repeatedly, an executive on
  either side);
- medium items with decoys: strong emotion, many numbers, dates that are not deadlines, counts
  that are not people hit, deadlines comfortably far or already solved, threat-sounding phrases
  that are no threat, long multi-paragraph mails;
- critical and low anchors, some near the border (critical said without "down", low with
  alarming words but "no rush").

Customer text only (with quoted or forwarded earlier messages and signatures); no CSM notes.

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ English: product_defect
    (
        "Hi,\n\n"
        "Since the 7:40 sync this morning every appointment for today shows as 'unassigned' "
        "and the diary screen just spins for all eleven clinicians. Reception can't see who is "
        "booked with whom, so patients are being sent home from the desk. We've tried Chrome, "
        "Edge, the tablet app and the old link. Nothing loads past the spinner.\n\n"
        "Please ring me on 0161 555 0192.\n\n"
        "Helen Marsh\nPractice Manager, Brookfield Physio",
        "product_defect",
        "critical",
        "en",
        "'diary just spins for all eleven clinicians', patients sent home, nothing else works "
        "-> critical: unusable for most users with no workaround",
    ),
    (
        "URGENT-ish, sorry for the caps.\n\n"
        "Last night's import swapped the consignee addresses between orders. We've found 212 "
        "parcels labelled for the wrong customer so far and the vans left at six. Drivers are "
        "phoning in from doorsteps. Can you stop whatever job is doing this before tonight's "
        "import runs?\n\n"
        "Tomasz Nowak\nTransport Planner, Kestrel Freight",
        "product_defect",
        "critical",
        "en",
        "'swapped the consignee addresses' on 212 parcels already out -> critical: data lost "
        "or corrupted",
    ),
    (
        "Subject line says it all really. A parent phoned ten minutes ago: when she logs in to "
        "the portal she sees another family's child - reports, attendance, the medical notes. "
        "A second parent has just emailed the same. I've told the office not to send any more "
        "login reminders. What do we do?\n\n"
        "Ruth Adeyemi\nBusiness Manager, St Aldhelm's Primary",
        "product_defect",
        "critical",
        "en",
        "parent 'sees another family's child ... the medical notes' -> critical: a security or "
        "privacy breach",
    ),
    (
        "Hi both,\n\n"
        "Any news on this? Haven't heard anything since the call.\n\n"
        "Thanks\nGreg\n\n"
        "On Mon 2 Jun, Ana Ribeiro wrote:\n"
        "> Hi Greg, logging what you told me on the phone so it's in writing.\n"
        "> The route optimiser stops after 40 stops per route and silently drops\n"
        "> the rest. Every dispatcher on the night shift is now splitting routes\n"
        "> by hand before they can optimise - roughly an extra hour per shift.\n"
        "> I've passed it to the product team.\n"
        "> Ana",
        "product_defect",
        "high",
        "en",
        "quoted: 'Every dispatcher on the night shift' splitting routes by hand -> high: "
        "important function broken for many users but with a (painful) workaround",
    ),
    (
        "Hello,\n\n"
        "The year-end VAT export puts the reverse-charge amounts in the standard-rate column. "
        "We can move them over in Excel, it's about twenty minutes of fiddling each time, so "
        "not the end of the world.\n\n"
        "Could you have a look when you can?\n\n"
        "Kind regards,\nMaureen Cole\nFinance Officer, Hartley & Vine Joinery\n\n"
        "PS the external auditors arrive on the 14th and have asked for the file exactly as "
        "the system produces it, no edits.",
        "product_defect",
        "high",
        "en",
        "PS: 'external auditors arrive on the 14th', want the unedited file -> high: a go-live, "
        "audit or hard deadline at risk",
    ),
    (
        "Morning,\n\n"
        "The monthly occupancy report has been taking about four minutes to open since the "
        "last update; sometimes it times out and we reload. It does get there eventually.\n\n"
        "Also noticed the room-type filter resets when you go back a page.\n\n"
        "We're sitting through a demo of Tallyline on Wednesday, fwiw.\n\n"
        "James Okafor\nRevenue Manager, The Quayside Hotel Group",
        "product_defect",
        "high",
        "en",
        "last line: 'sitting through a demo of Tallyline' -> high: revenue or the renewal at "
        "risk (competitor evaluation)",
    ),
    (
        "Hi support,\n\n"
        "A bit of background first. We moved the medication rounds onto the tablets in the "
        "autumn and it has mostly been a good change. Since the update on Thursday though, the "
        "round checklist won't save if the tablet drops Wi-Fi for even a second, which on our "
        "older wards is constantly. About two thirds of our nurses are now writing the round "
        "on paper and typing it all in at the end of the shift.\n\n"
        "It works that way, but it's an hour each at the end of a twelve-hour shift and people "
        "are not happy.\n\n"
        "Best,\nSiobhan Kelly\nClinical Systems Lead, Riverside Community Hospital",
        "product_defect",
        "high",
        "en",
        "'two thirds of our nurses' on paper and re-typing at end of shift -> high: important "
        "function broken for many users but with a (painful) workaround",
    ),
    (
        "Bank rec has stopped auto-matching anything with a reference longer than 18 chars. "
        "So basically every BACS payment. The whole accounts team is ticking them off by hand "
        "against the statement. Took us most of yesterday. Ticket 48812 if you need it.\n\n"
        "Dev Patel\nFinancial Controller",
        "product_defect",
        "high",
        "en",
        "'The whole accounts team is ticking them off by hand' -> high: important function "
        "broken for many users but with a (painful) workaround",
    ),
    (
        "Dear team,\n\n"
        "When we try to add a new ward to the bed board the page errors with 'Unexpected "
        "failure (code 5013)'. Adding beds one at a time to an existing ward works, so we've "
        "been creating them under Ward 9 and planning to move them later, which is messy.\n\n"
        "We go live with the new surgical wing on the 3rd, 48 beds.\n\n"
        "Regards,\nColin Baird\nBed Management Lead, North Fells Hospitals",
        "product_defect",
        "high",
        "en",
        "'We go live with the new surgical wing on the 3rd' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hi,\n\n"
        "Stock levels between the shops are lagging about 20 minutes behind the tills since "
        "the weekend. Staff in all 14 branches are phoning each other to check whether "
        "something is really in stock before promising it to a customer.\n\n"
        "Our busiest week of the year starts Monday (half-term + the garden sale).\n\n"
        "Cheers,\nLiam Hurst\nRetail Ops, Greenhouse Garden Centres",
        "product_defect",
        "high",
        "en",
        "'all 14 branches' phoning round + 'busiest week of the year starts Monday' -> high: "
        "many users with a painful workaround; hard deadline at risk",
    ),
    (
        "Can someone look at the below please.\n\n"
        "Mark\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Shah <p.shah@northwayfoods.co.uk>\n"
        "Sent: Tuesday, 9 September 08:12\n"
        "To: Mark Ellis <m.ellis@northwayfoods.co.uk>\n"
        "Subject: tills\n\n"
        "Mark, every till in Leeds and York has stopped printing card receipts since the "
        "update. Payments go through but staff are writing receipts out by hand for anyone "
        "who asks, and the queues on Saturday were awful. Can you get on to them?\n"
        "P",
        "product_defect",
        "high",
        "en",
        "forwarded body: 'every till in Leeds and York', receipts written by hand -> high: "
        "important function broken for many users but with a (painful) workaround",
    ),
    (
        "Hi Sam,\n\n"
        "The Outlook calendar sync is still creating duplicates of every recurring meeting - "
        "some people have the Monday stand-up in their calendar six times. We've told everyone "
        "to switch the sync off and enter bookings in the web app, which they hate.\n\n"
        "The renewal paperwork is on my desk and I'm not signing it like this.\n\n"
        "Regards,\nClaire Dunn\nOffice Manager, Pembury Architects",
        "product_defect",
        "high",
        "en",
        "'renewal paperwork is on my desk and I'm not signing it like this' -> high: revenue or "
        "the renewal at risk (a churn threat)",
    ),
    (
        "Hello,\n\n"
        "Our scheduled Monday reports have been arriving empty for three weeks. I've been "
        "running them by hand each week and forwarding them to the regional managers, which "
        "works.\n\n"
        "I mention it because finance asked me on Friday whether we should keep paying for "
        "this, and I didn't have a great answer.\n\n"
        "Best wishes,\nNadia Hussain\nReporting Analyst, Coldharbour Housing Association",
        "product_defect",
        "high",
        "en",
        "'finance asked me ... whether we should keep paying for this' -> high: revenue or the "
        "renewal at risk",
    ),
    (
        "Hi,\n\n"
        "The document builder is mangling tables when we export to .docx: merged cells split, "
        "column widths go to zero. We rebuild the tables in Word by hand afterwards. For the "
        "Harlow schools bid that's 60-odd tables.\n\n"
        "The tender closes Thursday at noon.\n\n"
        "Thanks,\nOwen Price\nBid Coordinator, Caldmore Facilities",
        "product_defect",
        "high",
        "en",
        "'The tender closes Thursday at noon' -> high: a go-live, audit or hard deadline at risk",
    ),
    (
        "Hi there,\n\n"
        "The audit log export has an empty 'User' column for anything before August. The data "
        "is visible on screen, just not in the CSV, so I've been screenshotting entries one by "
        "one.\n\n"
        "I need the full log pulled together before the auditors arrive, and at this rate "
        "that's not happening.\n\n"
        "Gemma Rowe\nCompliance Officer, Fairbank Credit Union",
        "product_defect",
        "high",
        "en",
        "'before the auditors arrive ... not happening' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "This is now the fourth set of release notes that says 'Fixed: shipping labels print "
        "at the wrong scale'. They still print at 90%. We still reprint them from the PDF at "
        "'actual size'. Each time your support team tells us it's sorted and closes the case.\n\n"
        "I'd like someone to actually test it on a Zebra printer this time.\n\n"
        "K. Lindqvist\nWarehouse Supervisor, Brightwater Outdoor",
        "product_defect",
        "high",
        "en",
        "'fourth set of release notes', support 'closes the case' each time -> high: our people "
        "failed the customer repeatedly",
    ),
    (
        "Hi! Hope you're well. Quick one (ish). Since the new app version the drivers get "
        "logged out every time they take a photo for proof of delivery, then have to log in "
        "again with the 2FA code. It's all 60 of our drivers, every stop, so maybe 40 "
        "re-logins a day each. They've started taking the POD photos on their own phones and "
        "sending them on WhatsApp, which obviously isn't ideal!!\n\n"
        "Thanks so much,\nBecky\n"
        "Becky Adams | Fleet Admin | Swiftline Couriers",
        "product_defect",
        "high",
        "en",
        "'all 60 of our drivers, every stop' re-logging in -> high: important function broken "
        "for many users but with a (painful) workaround",
    ),
    (
        "I am honestly fed up with this. The PDF export of the timesheet cuts off the last "
        "column (Overtime) EVERY time. Every single time! I've been printing it in landscape "
        "instead, which works, but why should I have to?? Please just fix it.\n\n"
        "Lorraine",
        "product_defect",
        "medium",
        "en",
        "'printing it in landscape instead, which works', anger but no deadline -> medium: a "
        "real problem with a workaround and no deadline",
    ),
    (
        "Hello,\n\n"
        "Since 3 March the invoice search has got slow - 8 or 9 seconds per search instead of "
        "about one. For context we have 400 staff, process roughly 9,000 orders a year and "
        "have about 22,000 invoices in the system going back to 2016. If I filter by month "
        "first it comes back instantly, so that's what I'm doing for now.\n\n"
        "Could you look into it?\n\n"
        "Regards,\nPeter Haines\nAccounts Payable, Dunmore Packaging Ltd",
        "product_defect",
        "medium",
        "en",
        "'filter by month first it comes back instantly'; dates and counts are not deadlines "
        "or people hit -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "We joined in 2021 and have been very happy, so this is a small gripe from a loyal "
        "customer! When we import the monthly member list, anyone whose email has a capital "
        "letter gets created twice. The 'merge duplicates' tool catches them all, it's just an "
        "extra step.\n\n"
        "Would be great to get it fixed at some point.\n\n"
        "All the best,\nFran Whitley\nMembership Secretary, Ouse Valley Rowing Club",
        "product_defect",
        "medium",
        "en",
        "'merge duplicates tool catches them all', 'at some point' -> medium: a real problem "
        "with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "Our next inspection isn't until the spring of next year, but I noticed the training "
        "compliance report shows last year's date for three people who renewed their first aid "
        "in June. I've corrected them by hand on the printout. Can you check why it isn't "
        "picking up the new certificates?\n\n"
        "Thank you,\nAlison Grant\nRegistered Manager, Larchwood Care Home",
        "product_defect",
        "medium",
        "en",
        "'inspection isn't until the spring of next year', corrected by hand -> medium: a real "
        "problem with a workaround and no deadline",
    ),
    (
        "Hi Jo,\n\n"
        "Just to close the loop: we went live on Monday and it went fine. We used the CSV route "
        "your colleague suggested for the room-booking import, because the direct import from "
        "our old system still fails on rooms with an ampersand in the name.\n\n"
        "Now the dust has settled, could the direct import be looked at properly? We'll need "
        "it again when we add the annexe rooms, no date for that yet.\n\n"
        "Cheers,\nMarcus Bell\nFacilities Coordinator, Ashgrove Conference Centre",
        "product_defect",
        "medium",
        "en",
        "'we went live on Monday and it went fine' via the CSV route, 'no date for that yet' "
        "-> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Hello again,\n\n"
        "Email notifications for new job requests are arriving 20-30 minutes late. The "
        "requests show up on the dashboard straight away, so the team keeps the dashboard open "
        "in a tab and that's fine for now.\n\n"
        "I mentioned this on chat a week ago and heard nothing, so I'm putting it in writing - "
        "I'd hate to have to chase again.\n\n"
        "Thanks,\nRob Sinclair\nMaintenance Coordinator, Elmstead Estates",
        "product_defect",
        "medium",
        "en",
        "dashboard shows them 'straight away ... fine for now'; 'hate to have to chase' is no "
        "threat -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Dear Support,\n\n"
        "I hope this finds you well. I'm writing on behalf of the finance team at Carrow Lyle "
        "LLP. By way of background, we're a firm of around 120 fee earners across three "
        "offices (Norwich, Ipswich and Cambridge) and we've used the time-recording module "
        "since we moved off our old practice management system in 2019.\n\n"
        "We've noticed that time entries recorded in the mobile app sometimes don't appear in "
        "the desktop list until the fee earner opens the app again. It seems to happen only "
        "when the phone was locked straight after stopping the timer. Nothing is lost - the "
        "entries arrive as soon as the app is opened - but it does mean some time shows up late "
        "in the week.\n\n"
        "Our billing clerk sends a reminder to open the app before the monthly bills are run, "
        "and that has covered it so far. It's just an extra step we'd rather not need.\n\n"
        "Could you investigate and let us know whether a fix is planned?\n\n"
        "With kind regards,\nEleanor Marsh\nFinance Manager, Carrow Lyle LLP",
        "product_defect",
        "medium",
        "en",
        "'Nothing is lost', reminder 'has covered it so far'; 120 fee earners is firm size "
        "-> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Ok, thanks Leo - the reopen-the-form workaround is holding up fine for now, so no "
        "panic on our side. Let me know when the release is out.\n\n"
        "Paula\n\n"
        "On Wed 14 May, Leo (Support) wrote:\n"
        "> Hi Paula, thanks for the screenshots. We've reproduced the issue where\n"
        "> the risk assessment form clears the 'hazard' dropdowns when you add a\n"
        "> fourth row. A fix is scheduled for the next release. In the meantime,\n"
        "> saving and reopening the form brings the values back.\n"
        "> Leo",
        "product_defect",
        "medium",
        "en",
        "'workaround is holding up fine for now, so no panic' -> medium: a real problem with a "
        "workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "All 14 of our branches use the system and it's generally great. One thing: the "
        "head-office 'Branch comparison' report shows the Chester figures under Crewe's name "
        "(the numbers are right, just the label). I know which is which, so I relabel it "
        "before it goes in my monthly pack.\n\n"
        "Thanks,\nHannah Doyle\nCommercial Analyst, Marlowe Opticians",
        "product_defect",
        "medium",
        "en",
        "'All 14 of our branches use the system' is not people hit; one analyst relabels "
        "-> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Hello,\n\n"
        "We process about 30,000 donations a year and claim Gift Aid quarterly. The Gift Aid "
        "claim report rounds each line to the nearest pound rather than the penny, so the "
        "total comes out a few pounds off. I've been recalculating the total in a spreadsheet "
        "before submitting, which takes ten minutes.\n\n"
        "The last claim went in fine; the next one isn't due for another three months.\n\n"
        "Kind regards,\nJanet Okoro\nFundraising Administrator, Hollybrook Hospice",
        "product_defect",
        "medium",
        "en",
        "'recalculating ... ten minutes', 'next one isn't due for another three months' "
        "-> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Honestly this is ridiculous. After midnight the housekeeping board shows every room "
        "as 'dirty' until someone refreshes the page. My night team thought they had 80 rooms "
        "to clean!!! Once you hit refresh it's all correct. Please sort it, it's causing a lot "
        "of eye-rolling.\n\n"
        "Denise\nHead Housekeeper, The Carlton Spa Hotel",
        "product_defect",
        "medium",
        "en",
        "'Once you hit refresh it's all correct' despite 'ridiculous' -> medium: a real "
        "problem with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "The customer search doesn't match names with accents unless you type the accent: "
        "'Jose' doesn't find 'José', 'Muller' doesn't find 'Müller'. Our staff have got used "
        "to searching by postcode instead, which works fine, but it's irritating.\n\n"
        "Many thanks,\nAnthony Reeve\nCustomer Service Manager, Thameside Motors\n\n"
        "PS we're ten years with you next month - any chance of cake?",
        "product_defect",
        "medium",
        "en",
        "'searching by postcode instead, which works fine'; the PS is an anniversary -> medium: "
        "a real problem with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "The grant report deadline was yesterday and we got it in fine using the spreadsheet "
        "version, so no drama. But the 'Outcomes by ward' export still splits people who moved "
        "ward mid-year across two rows. For next year could that be fixed?\n\n"
        "Best,\nSophie Turner\nProjects Officer, Canalside Community Trust",
        "product_defect",
        "medium",
        "en",
        "'deadline was yesterday and we got it in fine', 'for next year' -> medium: a real "
        "problem with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "In the sample queue, if you filter by 'Received' and then sort by date, the sort "
        "ignores the year, so January 2024 sits next to January 2025. Sorting by sample ID "
        "gives us the right order, so we're using that. We run about 5,000 samples a week so "
        "it'd be nice to have it working.\n\n"
        "Dr Hamid Rezaei\nLaboratory Manager, Pennine Analytical",
        "product_defect",
        "medium",
        "en",
        "'Sorting by sample ID gives us the right order'; 5,000 samples is volume, not people "
        "hit -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Hi - the logo on the login page looks horribly stretched on big monitors. It's awful, "
        "honestly, like a hall of mirrors. But no rush whatsoever, just when someone's in "
        "there.\n\n"
        "Tim\nIT, Wrenfield Academy Trust",
        "product_defect",
        "low",
        "en",
        "stretched logo, 'no rush whatsoever' -> low: cosmetic, minor, 'no rush'",
    ),
    (
        "Small one: the German password reset email says 'Passwort zurüksetzen' (missing a c). "
        "One of our Berlin colleagues spotted it and found it funny. Minor, whenever.\n\n"
        "Anika Ross\nHR Systems, Lumen Labs",
        "product_defect",
        "low",
        "en",
        "a typo, 'Minor, whenever' -> low: cosmetic, minor",
    ),
    # ----------------------------------------------------------------- English: service_failure
    (
        "Ticket 20931 closed 'resolved' on 2 May with no reply. Reopened as 21004, closed "
        "9 May, no reply. Reopened as 21177, closed yesterday, no reply. The question in all "
        "three is the same: why are our SMS reminders going out at 3am? Someone please read "
        "it this time.\n\n"
        "Ian Cartwright\nOperations Manager, Bloom Dental Group",
        "service_failure",
        "high",
        "en",
        "three tickets 'closed ... no reply' -> high: our people failed the customer repeatedly",
    ),
    (
        "Hi Rachel,\n\n"
        "Following up on the below. Nobody joined the call this morning either.\n\n"
        "Miriam\n\n"
        "On Thu 12 Jun, Miriam Hale wrote:\n"
        "> Hi Rachel,\n"
        "> Nobody from your side joined our onboarding session today - we had\n"
        "> the whole admissions team waiting for 30 minutes. This is the second\n"
        "> one. We open the new Kirkby campus to students on the 1st and the\n"
        "> admissions team has still not been trained.\n"
        "> Miriam Hale\n"
        "> Registrar, Westmoor College",
        "service_failure",
        "high",
        "en",
        "quoted: 'the second one' missed (now a third) + 'open the new Kirkby campus ... on the "
        "1st' -> high: our people failed the customer repeatedly; a go-live at risk",
    ),
    (
        "Forwarding my last three emails so you can see the history. None has had a reply.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Colm Byrne\n"
        "Sent: 19 August 10:02\n"
        "To: Customer Support\n"
        "Subject: RE: RE: API keys for the new depot\n\n"
        "Hello? Still nothing.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Colm Byrne\n"
        "Sent: 11 August 16:40\n"
        "To: Customer Support\n"
        "Subject: RE: API keys for the new depot\n\n"
        "Chasing this again.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Colm Byrne\n"
        "Sent: 1 August 09:15\n"
        "To: Customer Support\n"
        "Subject: API keys for the new depot\n\n"
        "Could you issue API keys for our Dundalk depot please?\n\n"
        "Colm Byrne\nIT Manager, Byrne Bros Haulage",
        "service_failure",
        "high",
        "en",
        "forwarded chain: three emails over three weeks, 'None has had a reply' -> high: our "
        "people failed the customer repeatedly",
    ),
    (
        "Hi,\n\n"
        "Yesterday afternoon none of our five surgeries could sync for about two hours. Your "
        "status page stayed green throughout and nobody contacted us. We found out from our "
        "own staff.\n\n"
        "I understand incidents happen. But this is the third time since January that we've "
        "heard about an incident from our own people rather than from you, and each time I've "
        "been told communication would improve.\n\n"
        "Regards,\nAmara Nwosu\nHead of IT, Clearwell Veterinary Group",
        "service_failure",
        "high",
        "en",
        "'the third time since January' with no status updates -> high: our people failed the "
        "customer repeatedly",
    ),
    (
        "Hi Daniel,\n\n"
        "Could we find a new date for the quarterly review? The slot on Tuesday didn't happen - "
        "I think the invite got lost on your side.\n\n"
        "Thanks,\nKaren Lowe\nOperations Lead, Lowe & Partners Accountants\n\n"
        "PS That's the second review in a row that hasn't happened, and our renewal comes round "
        "in eight weeks.",
        "service_failure",
        "high",
        "en",
        "PS: 'second review in a row' missed, renewal in eight weeks -> high: our people failed "
        "the customer repeatedly; the renewal at risk",
    ),
    (
        "Hi,\n\n"
        "Pretty annoyed, to be honest - we had four people lined up for the onboarding call at "
        "2 today and no one from your end showed. Can we rebook for sometime next week? Any "
        "afternoon except Friday.\n\n"
        "Tara Quinn\nOffice Manager, Quinn Landscape Design",
        "service_failure",
        "medium",
        "en",
        "one missed call, 'rebook for sometime next week' -> medium: a real problem with a "
        "workaround and no deadline (not repeated)",
    ),
    (
        "Hello,\n\n"
        "I logged a ticket last Thursday (#33710) about adding a second admin user and haven't "
        "had a reply yet. Not urgent as such, but I'd hate to have to chase again, so a quick "
        "acknowledgement would be lovely.\n\n"
        "Thank you,\nGraham Webb\nClerk, Little Hadham Parish Council",
        "service_failure",
        "medium",
        "en",
        "one unanswered ticket, 'Not urgent as such'; 'hate to have to chase' is no threat "
        "-> medium: a real problem with no deadline",
    ),
    (
        "Hi,\n\n"
        "Feedback more than complaint: during last Tuesday's slowdown we didn't get any updates "
        "from you, and I ended up refreshing your status page for an hour. It all came back and "
        "there was no harm done. Could you add us to whatever email alerts exist?\n\n"
        "Many thanks,\nLeah Morgan\nSystems Administrator, Penrose Housing Co-op",
        "service_failure",
        "medium",
        "en",
        "one incident without updates, 'no harm done' -> medium: a real problem with no deadline "
        "(not repeated)",
    ),
    (
        "Dear Customer Success,\n\n"
        "I wanted to give you some feedback on the training session on Wednesday. We have about "
        "400 staff across our warehouse and office, and we'd chosen twelve 'super users' to "
        "attend so they could train everybody else.\n\n"
        "Unfortunately the trainer arrived forty minutes late and then had to leave on time, so "
        "the session was squeezed into under two hours and we didn't get to the reporting "
        "section at all. The trainer was friendly and knowledgeable, so this isn't a complaint "
        "about them personally.\n\n"
        "The super users are managing with the recorded webinars for now, but we'd appreciate "
        "a follow-up session on reporting, ideally in the next month or two - whenever suits "
        "your team.\n\n"
        "Kind regards,\nJulie Barker\nL&D Coordinator, Hexham Distribution",
        "service_failure",
        "medium",
        "en",
        "one late session, 'managing with the recorded webinars', 'whenever suits'; 400 staff "
        "not hit -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Hi,\n\n"
        "Case 5512 was marked resolved but the issue is still there - shift swap requests still "
        "aren't emailing the manager. Managers are checking the swaps page each morning in the "
        "meantime. Could you reopen it please?\n\n"
        "Thanks,\nAbdul Karim\nRota Coordinator, Meadowvale Leisure Centres",
        "service_failure",
        "medium",
        "en",
        "closed once too early, 'checking the swaps page each morning' -> medium: a real problem "
        "with a workaround and no deadline",
    ),
    (
        "Hi Ben, small thing - the invite for Thursday's check-in came through in US time, so "
        "it showed up at 3am for us. I've moved it to 10am UK in my calendar, hopefully that's "
        "what you meant! No need to reply.\n\n"
        "Sarah\nSarah Fielding, Practice Coordinator, Kingsgate Vets",
        "service_failure",
        "low",
        "en",
        "'small thing', already sorted, 'No need to reply' -> low: minor",
    ),
    # -------------------------------------------------------------- English: commercial_dispute
    (
        "Hi,\n\n"
        "Invoice INV-20417 bills us for 85 seats; our order form says 60. Please could you send "
        "a corrected invoice or a credit note for the difference (25 seats x £19 x 12).\n\n"
        "Our books close for the financial year on Friday and I can't post an invoice I know is "
        "wrong.\n\n"
        "Regards,\nMichael Ashdown\nFinancial Accountant, Tenby Marine Ltd",
        "commercial_dispute",
        "high",
        "en",
        "'books close for the financial year on Friday' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hello,\n\n"
        "We received the renewal quote this morning showing a 22% increase on last year. Nobody "
        "told us this was coming, and nothing in our usage has changed.\n\n"
        "I've forwarded it to finance, who have asked me to find out what the alternatives "
        "are.\n\n"
        "Thanks,\nLaura Beckett\nOperations Manager, Crestline Dental",
        "commercial_dispute",
        "high",
        "en",
        "finance 'asked me to find out what the alternatives are' -> high: revenue or the "
        "renewal at risk (competitor evaluation)",
    ),
    (
        "Hi Jonathan,\n\n"
        "Thanks for the call earlier. As discussed, the new per-location pricing would take us "
        "from £14,200 to just over £21,000 a year for the same 18 sites. I'd like to understand "
        "how that was arrived at, and whether there's room to move.\n\n"
        "Best,\nRhiannon Price\nProcurement Manager, Valley Bakeries\n\n"
        "P.S. In fairness I should tell you we've had an intro call with Brightdesk.",
        "commercial_dispute",
        "high",
        "en",
        "PS: 'we've had an intro call with Brightdesk' -> high: revenue or the renewal at risk "
        "(competitor evaluation)",
    ),
    (
        "Hi,\n\n"
        "We reduced from 40 to 30 licences in March (your email of 12 March confirms it) but "
        "we're still being billed for 40. That's three months of overbilling now. Please "
        "refund the difference.\n\n"
        "I won't be countersigning the renewal until this is sorted.\n\n"
        "Simon Hale\nBusiness Manager, Oakfield Veterinary Practice",
        "commercial_dispute",
        "high",
        "en",
        "'I won't be countersigning the renewal until this is sorted' -> high: revenue or the "
        "renewal at risk",
    ),
    (
        "We have been charged TWICE for August. Two identical direct debits of £480 on the 1st. "
        "This is really not good enough. Please refund one of them.\n\n"
        "Victoria Lam\nClinic Administrator, Lam Acupuncture",
        "commercial_dispute",
        "medium",
        "en",
        "double charge, refund asked, no deadline -> medium: a billing question or dispute "
        "without a deadline",
    ),
    (
        "Hi,\n\n"
        "Could you tell me when we can expect credit note CN-0913? It was agreed on 4 April for "
        "£1,250.00 against invoice 77125 (£8,400.00). Our purchase ledger shows it still open "
        "at 31 days. We've paid the other 11 invoices this year on time.\n\n"
        "Thanks,\nAngela Price\nPurchase Ledger Clerk, Wexcombe Foods",
        "commercial_dispute",
        "medium",
        "en",
        "'when we can expect credit note', numbers but no deadline -> medium: a billing "
        "question or dispute without a deadline",
    ),
    (
        "Hello,\n\n"
        "We'll be adding a second site next year (about 30 more users). How would those seats "
        "be priced mid-term - prorated to our renewal date, or a new 12-month term? We have 400 "
        "staff overall so we'd like to understand the model before we grow further. The new "
        "site doesn't open until next spring, so there's plenty of time.\n\n"
        "Kind regards,\nMartin Odell\nIT Manager, Redmarsh Housing Trust",
        "commercial_dispute",
        "medium",
        "en",
        "seat pricing question, 'plenty of time' -> medium: a billing question or dispute "
        "without a deadline",
    ),
    (
        "Hi,\n\n"
        "Our last three invoices went to our old address in Leith. We moved to the Dalkeith "
        "office in January and I updated the billing address in the portal then. Could you "
        "reissue them to the right address, and make sure future ones go there too? I'd hate "
        "to have to chase this again.\n\n"
        "Thanks,\nFiona McRae\nAccounts Assistant, McRae Surveyors",
        "commercial_dispute",
        "medium",
        "en",
        "reissue invoices, no deadline; 'hate to have to chase' is no threat -> medium: a "
        "billing question or dispute without a deadline",
    ),
    (
        "Dear Accounts team,\n\n"
        "We joined in 2021 on the Starter plan and moved to Team in 2023, and we've been happy "
        "with the service throughout.\n\n"
        "Our latest invoice shows the Team plan at £39 per user per month rather than £34. I "
        "couldn't find any notice of the change in our emails, though I appreciate it may have "
        "gone to someone who's since left. Could you point me to the notice, and confirm "
        "whether the new price applies from this month or from our anniversary in February?\n\n"
        "For what it's worth, we're not looking to move - I'd just like to get our budget right "
        "for next year.\n\n"
        "Many thanks,\nOliver Grant\nFinance Assistant, Skylark Events",
        "commercial_dispute",
        "medium",
        "en",
        "price query, 'we're not looking to move', no deadline -> medium: a billing question or "
        "dispute without a deadline",
    ),
    (
        "Hi Priya,\n\n"
        "Just checking on the refund below - it hasn't shown up on our statement yet. Could you "
        "let me know when it was sent?\n\n"
        "Thanks,\nDerek\n\n"
        "On Fri 6 Jun, Priya (Billing) wrote:\n"
        "> Hi Derek,\n"
        "> Apologies for the duplicate charge on the May invoice. I've requested\n"
        "> a refund of £312.00 to the original card. It normally takes 5-10\n"
        "> working days to appear.\n"
        "> Priya",
        "commercial_dispute",
        "medium",
        "en",
        "chasing an agreed refund, no deadline -> medium: a billing question or dispute without "
        "a deadline",
    ),
    (
        "Hi there - tiny thing. Our invoices show the company name as 'BRAMBLE AND CO LTD' in "
        "capitals; we'd prefer 'Bramble & Co'. Purely cosmetic and no rush at all, the accounts "
        "team just asked me to mention it.\n\n"
        "Lucy\nLucy Hart, Office Manager, Bramble & Co",
        "commercial_dispute",
        "low",
        "en",
        "'Purely cosmetic and no rush at all' -> low: cosmetic, minor, 'no rush'",
    ),
    # ------------------------------------------------------------ English: relationship_at_risk
    (
        "Hi Ella,\n\n"
        "Thanks for the new dashboard templates, the team likes them. Could you send the slides "
        "from last week's session too?\n\n"
        "Also, I should let you know I'm moving on at the end of next month. The renewal's in "
        "six weeks and honestly nobody else here really knows the system.\n\n"
        "Best,\nTom Walsh\nCRM Manager, Ardent Home Care",
        "relationship_at_risk",
        "high",
        "en",
        "'moving on at the end of next month', renewal in six weeks -> high: the renewal at risk "
        "(champion leaving before renewal)",
    ),
    (
        "Hello,\n\n"
        "Heads up that procurement has asked every department to get quotes from at least two "
        "other vendors for all software over £10k before the autumn. Ours is on the list. I'd "
        "rather not go through the hassle, but I need something from you I can put in front of "
        "them.\n\n"
        "Regards,\nNicola Brennan\nCustomer Service Manager, Lynton Water",
        "relationship_at_risk",
        "high",
        "en",
        "'quotes from at least two other vendors' -> high: revenue or the renewal at risk "
        "(competitor evaluation)",
    ),
    (
        "Hi,\n\n"
        "Not a support question exactly. We have a new operations director starting, and she's "
        "come from a company that ran Fleetwise. She's asked me for a side-by-side of what we "
        "get from you versus what they had, by the end of the month. I'd like to get it right. "
        "Can we talk this week?\n\n"
        "Jordan Mills\nFleet Systems Analyst, Greyfield Transport",
        "relationship_at_risk",
        "high",
        "en",
        "'a side-by-side of what we get from you versus' Fleetwise -> high: revenue or the "
        "renewal at risk (competitor evaluation)",
    ),
    (
        "FYI - see the note below from our finance lead. I'd like to keep using you but I'll "
        "need help making the case.\n\n"
        "Pat\n\n"
        "-----Original Message-----\n"
        "From: Helen Ross <h.ross@cadencelearning.org>\n"
        "Sent: 22 May 2025 14:31\n"
        "To: Pat Doherty <p.doherty@cadencelearning.org>\n"
        "Subject: Software budget\n\n"
        "Pat, looking at the logins, we've 90 licences and about 25 people using it. Unless you "
        "can show me it's worth it I'd let it lapse at renewal.\n"
        "Helen\nHead of Finance",
        "relationship_at_risk",
        "high",
        "en",
        "forwarded: 'I'd let it lapse at renewal' -> high: revenue or the renewal at risk "
        "(renewal in doubt)",
    ),
    (
        "Hi Marco,\n\n"
        "Hope all's well. Things are a bit tight here this year and we're being asked to "
        "justify every tool we pay for. Honestly, I'm not sure I can justify this one at the "
        "moment - we just haven't got the value we hoped. Could we go through what we're "
        "actually using?\n\n"
        "Cheers,\nAmy Fox\nMarketing Manager, Fox & Finch Interiors",
        "relationship_at_risk",
        "high",
        "en",
        "'not sure I can justify this one' -> high: revenue or the renewal at risk",
    ),
    (
        "Hi Jess, just checking in - did you manage to put together the adoption plan we talked "
        "about?\n\n"
        "Mark\n\n"
        "On Thu 10 Apr, Mark Stevens wrote:\n"
        "> Hi Jess,\n"
        "> Thanks for today's call. To put it in writing: if usage across the\n"
        "> depots hasn't picked up by the time the renewal comes round in July,\n"
        "> we won't be renewing.\n"
        "> Mark Stevens\n"
        "> Logistics Systems Manager, Harbourline",
        "relationship_at_risk",
        "high",
        "en",
        "quoted: 'we won't be renewing' unless usage picks up -> high: revenue or the renewal at "
        "risk (a churn threat)",
    ),
    (
        "Hi,\n\n"
        "I've noticed fewer of our team logging in since the spring - maybe 30 a week now "
        "versus 50 last year. I think people have just forgotten some of the features. Could "
        "you run a refresher session for us sometime?\n\n"
        "Thanks,\nGeorgia Hall\nTeam Lead, Northcote Recruitment",
        "relationship_at_risk",
        "medium",
        "en",
        "'fewer of our team logging in', asks for a refresher -> medium: falling usage with no "
        "threat",
    ),
    (
        "Hi Ravi,\n\n"
        "I find it really disappointing how few of our teachers are using the platform this "
        "term. We put a lot of effort into the launch. I don't think it's anything you've done, "
        "more that everyone is swamped. Any ideas on how other schools keep it going would be "
        "very welcome.\n\n"
        "Best wishes,\nKaren Doyle\nDigital Learning Lead, Fernhill High School",
        "relationship_at_risk",
        "medium",
        "en",
        "'how few of our teachers are using the platform', no threat -> medium: falling usage "
        "with no threat",
    ),
    (
        "Hello,\n\n"
        "Just flagging before your quarterly report lands: our usage will have dropped sharply "
        "over July and August. That's normal for us - the schools are out and most of our "
        "tutors are on holiday. It'll bounce back in September, as it did last year and the "
        "year before.\n\n"
        "Best,\nConor Walsh\nProgramme Manager, BrightPath Tutoring",
        "relationship_at_risk",
        "medium",
        "en",
        "usage 'dropped sharply', seasonal, no threat -> medium: falling usage with no threat",
    ),
    # --------------------------------------------------------------------- English: feature_gap
    (
        "Hi,\n\n"
        "Does the staff app support SAML single sign-on? I can only find OAuth in the "
        "settings.\n\n"
        "Context: we open the new Elm Wing on the 3rd and our IT security policy won't let any "
        "new system go live there without SAML. The ward staff are already trained on your "
        "app.\n\n"
        "Thanks,\nPriyanka Rao\nClinical Applications Manager, Severn Vale Hospital",
        "feature_gap",
        "high",
        "en",
        "'we open the new Elm Wing on the 3rd', no go-live without SAML -> high: a go-live, "
        "audit or hard deadline at risk",
    ),
    (
        "Hello,\n\n"
        "We need the public notices module to produce bilingual English/Welsh notices. I "
        "understand it doesn't do that today. Is there any way to get it, even as a "
        "workaround?\n\n"
        "The tender for the county contract closes Thursday and bilingual output is a "
        "mandatory requirement.\n\n"
        "Diolch,\nGareth Lewis\nDigital Services Officer, Cwm Taf Housing",
        "feature_gap",
        "high",
        "en",
        "'The tender ... closes Thursday', bilingual output mandatory -> high: a go-live, audit "
        "or hard deadline at risk",
    ),
    (
        "Hi,\n\n"
        "We really need shared routes between drivers - two drivers covering one route on "
        "split shifts. Your system doesn't do that, I know. Is it on the roadmap at all?\n\n"
        "We've started a trial of Orbix, which does have it, so it'd be good to know soon.\n\n"
        "Cheers,\nDanny Cole\nTransport Manager, Cole's Fresh Produce",
        "feature_gap",
        "high",
        "en",
        "'We've started a trial of Orbix' -> high: revenue or the renewal at risk (competitor "
        "evaluation)",
    ),
    (
        "Please, PLEASE add bulk edit for product prices. Changing 300 prices one at a time for "
        "the summer range nearly broke me last week. I ended up doing it through the CSV import "
        "in the end, which worked, but it's clunky. Is anything planned?\n\n"
        "Mel\nMel Jordan, E-commerce Manager, Tide & Twine",
        "feature_gap",
        "medium",
        "en",
        "'through the CSV import ... which worked', no deadline -> medium: a missing feature "
        "that matters",
    ),
    (
        "Hello,\n\n"
        "Is there any plan for webhooks on order status changes? We process around 9,000 "
        "orders a year across three channels and currently poll the API every 5 minutes, which "
        "works but feels wasteful. We've been customers since 2021.\n\n"
        "Thanks,\nSergei Ivanov\nIntegration Developer, Balt Trade Supplies",
        "feature_gap",
        "medium",
        "en",
        "polling 'works but feels wasteful'; 9,000 orders is volume -> medium: a missing "
        "feature that matters",
    ),
    (
        "Hi,\n\n"
        "We opened a Dublin office last year and now invoice some clients in euro. Your system "
        "only lets us set one currency per account, so we keep a separate euro account and "
        "reconcile by hand each month. Is multi-currency on the roadmap?\n\n"
        "Regards,\nKate Brennan\nFinance Manager, Northlight Recruitment",
        "feature_gap",
        "medium",
        "en",
        "separate euro account, reconcile by hand, no deadline -> medium: a missing feature "
        "that matters",
    ),
    (
        "Dear Support,\n\n"
        "We've been using your Xero integration for about two years. It's been reliable, and "
        "the team likes not having to key invoices twice.\n\n"
        "One thing we miss is tracking categories. In Xero we tag every sale by region (North, "
        "Midlands, South) and by product line, and the integration doesn't pass these across, "
        "so our bookkeeper adds them in Xero after each sync. That's roughly an hour a "
        "week.\n\n"
        "Is there any plan to support tracking categories? It wouldn't change our world, but it "
        "would save time, and we'd happily test a beta.\n\n"
        "Kind regards,\nRuth Simmons\nBookkeeping Lead, Ridgeway Outdoor Supplies",
        "feature_gap",
        "medium",
        "en",
        "bookkeeper adds them, 'roughly an hour a week', no deadline -> medium: a missing "
        "feature that matters",
    ),
    (
        "Hi,\n\n"
        "The regulator's next full review of our firm is about eighteen months away, and "
        "they'll want a complete, exportable audit trail of client file changes. As far as I "
        "can see we can only view the trail on screen, not export it. Is an export planned? If "
        "not we'll look at printing to PDF, which is workable.\n\n"
        "Best regards,\nAnita Shah\nCompliance Manager, Hollis Shah Solicitors",
        "feature_gap",
        "medium",
        "en",
        "review 'about eighteen months away', print to PDF 'workable' -> medium: a missing "
        "feature that matters",
    ),
    (
        "Hey,\n\n"
        "The shift templates only go Monday to Friday. We run Saturday clinics twice a month so "
        "I copy a Friday shift and drag it across every time. Would be really handy if "
        "Saturdays (and Sundays) were supported properly.\n\n"
        "Jess\nJess Moore, Clinic Coordinator, Peak Podiatry",
        "feature_gap",
        "medium",
        "en",
        "copy-and-drag workaround, no deadline -> medium: a missing feature that matters",
    ),
    # ---------------------------------------------------------- English: executive_intervention
    (
        "To whoever is on call,\n\n"
        "No card payment on our web shop has gone through since about 6am. Customers get as far "
        "as checkout and are bounced back to the basket. It's the first day of our sale. I need "
        "someone senior on the phone in the next half hour.\n\n"
        "Richard Boyle\nChief Executive, Boyle & Sons Outfitters",
        "executive_intervention",
        "critical",
        "en",
        "CEO writes; 'No card payment ... has gone through since about 6am' -> critical: "
        "payments/orders not going out",
    ),
    (
        "Hi team,\n\n"
        "We still have the problem with duplicate patient reminders (case 8821). Please can we "
        "get a date for the fix and a call this week to walk through it.\n\n"
        "I've copied in our CEO, who asked to be kept informed.\n\n"
        "Kind regards,\nZara Ahmed\nPractice Systems Manager, Oakhill Medical Group\n\n"
        "Cc: Dr Paul Renshaw, Chief Executive Officer",
        "executive_intervention",
        "high",
        "en",
        "'I've copied in our CEO' -> high: executive involvement on either side",
    ),
    (
        "Hello,\n\n"
        "I've been going round in circles with your support desk for five weeks about the "
        "broken stock valuation report. At this point I would like to speak to your CEO, or "
        "whoever in your leadership team owns customer relationships. Please arrange this.\n\n"
        "Giles Barrington\nFinance Director, Barrington Wines",
        "executive_intervention",
        "high",
        "en",
        "'I would like to speak to your CEO' -> high: executive involvement on either side",
    ),
    (
        "Hi Sophie, see below from Dana. Can we get this set up?\n\n"
        "Matt\n\n"
        "From: Dana Whitfield\n"
        "Sent: Monday, 16 June 2025 07:52\n"
        "To: Matt Green\n"
        "Cc: Board Office\n"
        "Subject: Re: mobile app crashes\n\n"
        "Matt, I've had three regional managers complain to me directly about this. Get me "
        "their executive sponsor on a call this week.\n"
        "Dana\nChief Executive, Whitfield Care Group",
        "executive_intervention",
        "high",
        "en",
        "forwarded: Chief Executive 'Get me their executive sponsor on a call' -> high: "
        "executive involvement on either side",
    ),
    (
        "Hi,\n\n"
        "Thanks for the update on the export timeouts. The workaround of splitting the export "
        "by month is fine for now.\n\n"
        "Regards,\nLee Chambers\nData Manager, Tallis Print Ltd\n\n"
        "PS Our managing director has asked to be copied on all further correspondence on this "
        "and would like a call with your executive sponsor.",
        "executive_intervention",
        "high",
        "en",
        "PS: 'managing director ... would like a call with your executive sponsor' -> high: "
        "executive involvement on either side",
    ),
    (
        "Dear Account Team,\n\n"
        "The repeated sync failures were discussed at our board meeting on Tuesday. The board "
        "has asked for a written remediation plan from your side, with named owners and dates, "
        "by the end of next week.\n\n"
        "Yours sincerely,\nCatherine Hale\nCompany Secretary, Lindley Building Society",
        "executive_intervention",
        "high",
        "en",
        "'The board has asked for a written remediation plan' -> high: executive involvement on "
        "either side",
    ),
    (
        "Your people keep telling my team the scanning lag is 'being looked at'. I want a named "
        "engineer and a date. Call me.\n\n"
        "A. Mensah\nChief Operating Officer, Kumasi Cold Chain Ltd",
        "executive_intervention",
        "high",
        "en",
        "COO writes demanding a named engineer -> high: executive involvement on either side",
    ),
    # ------------------------------------------------------------------------------- German
    (
        "Hallo,\n\n"
        "der Zahlungsexport für die Gehälter bricht seit heute früh bei 'Datei erzeugen' ab. "
        "Ohne die Datei kann die Bank nichts ausführen, und die Gehälter für 230 Leute müssen "
        "heute raus. Einen anderen Weg sehen wir nicht - 230 Überweisungen von Hand schaffen "
        "wir nicht.\n\n"
        "Bitte dringend zurückrufen: 0711 555 3120.\n\n"
        "Sabine Krüger\nLeitung Personalabrechnung, Krüger Metallbau GmbH",
        "product_defect",
        "critical",
        "de",
        "'die Gehälter für 230 Leute müssen heute raus', Export bricht ab -> critical: payroll "
        "not going out",
    ),
    (
        "Guten Tag,\n\n"
        "seit dem Update am Wochenende werden Rücksendungen an der Kasse nicht mehr ins "
        "Warenwirtschaftssystem übernommen. In allen 14 Filialen tragen die Kolleginnen die "
        "Retouren jetzt abends per Hand in eine Liste ein, und die Zentrale bucht sie am "
        "nächsten Morgen nach.\n\n"
        "Mit freundlichen Grüßen\nThomas Brandt\nIT-Koordination, Modehaus Brandt",
        "product_defect",
        "high",
        "de",
        "'In allen 14 Filialen ... per Hand' -> high: important function broken for many users "
        "but with a (painful) workaround",
    ),
    (
        "Hallo zusammen,\n\n"
        "in der Anlagenbuchhaltung stimmt der Abschreibungsbericht für Q4 nicht mit den "
        "Einzelbuchungen überein - die Summe ist genau um die Zugänge aus Dezember zu niedrig. "
        "Wir können es im Moment in Excel nachrechnen.\n\n"
        "Viele Grüße\nMarkus Hoffmann\nBilanzbuchhalter, Hoffmann & Rieger Logistik\n\n"
        "PS: Die Wirtschaftsprüfer kommen am Montag und wollen den Bericht direkt aus dem "
        "System.",
        "product_defect",
        "high",
        "de",
        "PS: 'Die Wirtschaftsprüfer kommen am Montag' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hallo Frau Yilmaz,\n\n"
        "gibt es hierzu schon etwas Neues?\n\n"
        "Gruß\nJonas Weber\n\n"
        "Am Mo., 3. März schrieb Jonas Weber:\n"
        "> Sehr geehrte Frau Yilmaz,\n"
        "> seit dem letzten Release liest der Belegimport keine PDF-Rechnungen\n"
        "> mehr ein, die mehr als eine Seite haben. Die gesamte Buchhaltung\n"
        "> (elf Personen) tippt diese Rechnungen derzeit von Hand ab.\n"
        "> Mit freundlichen Grüßen\n"
        "> Jonas Weber\n"
        "> Leiter Rechnungswesen, Weber Bau AG",
        "product_defect",
        "high",
        "de",
        "zitiert: 'Die gesamte Buchhaltung (elf Personen) tippt ... von Hand ab' -> high: "
        "important function broken for many users but with a (painful) workaround",
    ),
    (
        "Hallo,\n\n"
        "die Tourenplanung braucht seit zwei Wochen morgens 15 bis 20 Minuten zum Berechnen "
        "statt zwei. Die Disponenten fangen deshalb früher an. Es geht, ist aber lästig.\n\n"
        "Wir schauen uns übrigens parallel gerade Routify an.\n\n"
        "Beste Grüße\nKatrin Vogel\nDisposition, Vogel Getränkelogistik",
        "product_defect",
        "high",
        "de",
        "letzte Zeile: 'schauen uns ... parallel gerade Routify an' -> high: revenue or the "
        "renewal at risk (competitor evaluation)",
    ),
    (
        "Ich bin ehrlich gesagt ziemlich genervt. Seit dem 3. März springt die Kalenderansicht "
        "nach jedem Speichern wieder auf den heutigen Tag zurück. Man kann sich mit einem "
        "Lesezeichen auf die Wochenansicht behelfen, das klappt, aber es nervt jedes Mal!\n\n"
        "Grüße\nPetra Schulz\nPraxismanagerin, Zahnarztpraxis Dr. Lenz",
        "product_defect",
        "medium",
        "de",
        "Lesezeichen 'das klappt'; 'seit dem 3. März' ist keine Frist -> medium: a real problem "
        "with a workaround and no deadline",
    ),
    (
        "Guten Tag,\n\n"
        "wir sind ein Betrieb mit rund 400 Mitarbeitern und nutzen Ihr System seit 2021. Bei "
        "mir (und soweit ich weiß nur bei mir) wird der Export der Urlaubsübersicht als leere "
        "Datei gespeichert, wenn ich Firefox nutze. Mit Edge funktioniert es. Können Sie sich "
        "das anschauen?\n\n"
        "Mit freundlichen Grüßen\nUwe Lange\nPersonalsachbearbeiter, Stadtwerke Kellinghusen",
        "product_defect",
        "medium",
        "de",
        "'nur bei mir', 'Mit Edge funktioniert es'; 400 Mitarbeiter nicht betroffen -> medium: "
        "a real problem with a workaround and no deadline",
    ),
    (
        "Sehr geehrtes Support-Team,\n\n"
        "zunächst vielen Dank für die schnelle Hilfe letzte Woche. Der Umzug in das neue Lager "
        "am Montag hat dank des Tipps mit dem manuellen Lagerplatz-Import gut geklappt, alle "
        "Plätze sind angelegt.\n\n"
        "Trotzdem möchte ich das eigentliche Problem nicht aus den Augen verlieren: Der "
        "automatische Import bricht ab, sobald ein Lagerplatz einen Bindestrich im Namen hat. "
        "Das betrifft bei uns etwa ein Drittel der Plätze. Im Alltag brauchen wir den Import "
        "nicht, nur wenn wir umbauen.\n\n"
        "Können Sie das für ein kommendes Update vormerken? Ein Termin drängt nicht.\n\n"
        "Mit freundlichen Grüßen\nAndreas Koch\nLagerleitung, Koch Ersatzteile GmbH",
        "product_defect",
        "medium",
        "de",
        "Umzug 'hat ... gut geklappt', 'Ein Termin drängt nicht' -> medium: a real problem with "
        "a workaround and no deadline",
    ),
    (
        "Hallo, kleiner Hinweis: Im Menü steht 'Einstellungn' statt 'Einstellungen'. Sieht "
        "furchtbar aus, eilt aber überhaupt nicht.\n\n"
        "Grüße\nLena Bauer",
        "product_defect",
        "low",
        "de",
        "Tippfehler, 'eilt aber überhaupt nicht' -> low: cosmetic, minor, 'no rush'",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "unser Ticket zur fehlerhaften Laborschnittstelle wurde jetzt zum dritten Mal ohne "
        "Antwort geschlossen (Nr. 7710, 7795, 7841). Jedes Mal steht dort 'gelöst', jedes Mal "
        "hat sich niemand bei uns gemeldet. So kann das nicht weitergehen.\n\n"
        "Mit freundlichen Grüßen\nFrank Meier\nIT-Koordination, Klinik am Seepark",
        "service_failure",
        "high",
        "de",
        "'zum dritten Mal ohne Antwort geschlossen' -> high: our people failed the customer "
        "repeatedly",
    ),
    (
        "Hallo Herr Schneider,\n\n"
        "der Schulungstermin heute ist leider wieder ausgefallen, ohne Absage. Können Sie mir "
        "bitte bis morgen einen neuen Termin nennen? Wir eröffnen das neue Haus in Lindau am "
        "1., und das Team dort kennt das System noch gar nicht.\n\n"
        "Viele Grüße\nJulia Wagner\nTeamleitung Empfang, Hotel Seeblick",
        "service_failure",
        "high",
        "de",
        "'wieder ausgefallen' + 'eröffnen das neue Haus in Lindau am 1.' -> high: our people "
        "failed the customer repeatedly; a go-live at risk",
    ),
    (
        "Guten Morgen,\n\n"
        "mir wurde gestern ein Rückruf wegen der Benutzerrechte zugesagt, der leider nicht kam. "
        "Kein Drama, aber könnten Sie sich heute oder morgen melden?\n\n"
        "Danke und Grüße\nMehmet Aydin\nBüroleitung, Aydin Steuerberatung",
        "service_failure",
        "medium",
        "de",
        "ein verpasster Rückruf, 'Kein Drama' -> medium: a real problem with no deadline (not "
        "repeated)",
    ),
    (
        "Hallo,\n\n"
        "uns wurde die Jahreslizenz zweimal in Rechnung gestellt (RE-2025-1180 und "
        "RE-2025-1194, je 6.480 €). Bitte stornieren Sie eine der beiden Rechnungen.\n\n"
        "Unser Steuerberater braucht die Unterlagen für den Jahresabschluss bis Freitag.\n\n"
        "Freundliche Grüße\nClaudia Neumann\nBuchhaltung, Neumann Gartenbau",
        "commercial_dispute",
        "high",
        "de",
        "'für den Jahresabschluss bis Freitag' -> high: a go-live, audit or hard deadline at risk",
    ),
    (
        "Sehr geehrter Herr Braun,\n\n"
        "die angekündigte Preiserhöhung um 15 % zum neuen Vertragsjahr kam für uns sehr "
        "überraschend. Die Verlängerung liegt hier auf meinem Tisch, und so unterschreibe ich "
        "sie nicht.\n\n"
        "Mit freundlichen Grüßen\nStefan Lorenz\nEinkauf, Lorenz Elektrotechnik",
        "commercial_dispute",
        "high",
        "de",
        "'Die Verlängerung liegt ... auf meinem Tisch, und so unterschreibe ich sie nicht' "
        "-> high: revenue or the renewal at risk",
    ),
    (
        "Hallo,\n\n"
        "können Sie mir sagen, wann die zugesagte Gutschrift über 240 € für die zu viel "
        "berechneten Nutzer kommt? Sie steht seit dem 12. Mai offen in unserer Buchhaltung.\n\n"
        "Danke!\nSandra Keller\nVerwaltung, Keller Immobilien",
        "commercial_dispute",
        "medium",
        "de",
        "Frage nach der Gutschrift, keine Frist -> medium: a billing question or dispute "
        "without a deadline",
    ),
    (
        "Hallo Frau Fischer,\n\n"
        "vielen Dank für die Auswertung. Ich möchte Ihnen noch persönlich sagen, dass ich das "
        "Haus Ende Juni verlasse. Eine Nachfolge gibt es noch nicht, und die "
        "Vertragsverlängerung steht im August an.\n\n"
        "Herzliche Grüße\nBirgit Hahn\nProjektleitung Digitalisierung, Diakonie Oberland",
        "relationship_at_risk",
        "high",
        "de",
        "'dass ich das Haus Ende Juni verlasse', Verlängerung im August -> high: the renewal at "
        "risk (champion leaving before renewal)",
    ),
    (
        "Hallo,\n\n"
        "uns ist aufgefallen, dass die Nutzung seit dem Winter deutlich zurückgegangen ist, "
        "besonders im Außendienst. Haben Sie Ideen oder Schulungsmaterial, um das wieder "
        "anzukurbeln?\n\n"
        "Viele Grüße\nFlorian Roth\nVertriebsinnendienst, Roth Landtechnik",
        "relationship_at_risk",
        "medium",
        "de",
        "'Nutzung ... deutlich zurückgegangen', keine Drohung -> medium: falling usage with no "
        "threat",
    ),
    (
        "Guten Tag,\n\n"
        "es wäre sehr hilfreich, wenn man Aufgaben wiederkehrend anlegen könnte (z. B. "
        "monatliche Gerätekontrollen). Momentan kopieren wir sie jeden Monat von Hand. Ist so "
        "etwas geplant?\n\n"
        "Mit freundlichen Grüßen\nNina Schäfer\nQualitätsmanagement, Schäfer Medizintechnik",
        "feature_gap",
        "medium",
        "de",
        "'kopieren wir sie jeden Monat von Hand', keine Frist -> medium: a missing feature that "
        "matters",
    ),
    (
        "Hallo! Ist ein Dunkelmodus für die App geplant? Nur aus Neugier - wäre nett, aber kein "
        "Muss.\n\n"
        "Grüße\nTim Becker",
        "feature_gap",
        "low",
        "de",
        "'Nur aus Neugier - wäre nett, aber kein Muss' -> low: 'nice to have', a question",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "seit 8 Uhr kann in unserem Onlineshop niemand mehr bestellen: Der Bestellknopf liefert "
        "nur eine leere Seite. Heute läuft unsere Frühjahrsaktion mit Newsletter an 60.000 "
        "Empfänger. Ich erwarte innerhalb der nächsten Stunde einen Rückruf von jemandem, der "
        "entscheiden kann.\n\n"
        "Michael Graf\nGeschäftsführer, Graf Naturkost GmbH",
        "executive_intervention",
        "critical",
        "de",
        "Geschäftsführer schreibt; 'kann ... niemand mehr bestellen' -> critical: "
        "payments/orders not going out",
    ),
    # ------------------------------------------------------------------------------- French
    (
        "Bonjour,\n\n"
        "Toutes les transmissions infirmières saisies cette nuit entre 22 h et 6 h ont disparu "
        "des dossiers patients. L'équipe de jour n'a aucune trace des soins donnés. Nous avons "
        "vérifié sur plusieurs postes : rien.\n\n"
        "Merci de nous rappeler immédiatement au 04 72 55 01 88.\n\n"
        "Sophie Marchand\nCadre de santé, Clinique des Tilleuls",
        "product_defect",
        "critical",
        "fr",
        "'transmissions ... ont disparu des dossiers patients' -> critical: data lost or corrupted",
    ),
    (
        "Bonjour,\n\n"
        "Depuis la mise à jour de mardi, la validation des administrations de médicaments sur "
        "tablette échoue une fois sur deux. Environ deux tiers de nos infirmières notent "
        "maintenant tout sur papier puis ressaisissent en fin de poste. Ça marche, mais c'est "
        "une heure de plus chaque jour.\n\n"
        "Cordialement,\nIsabelle Roux\nRéférente informatique, EHPAD Les Glycines",
        "product_defect",
        "high",
        "fr",
        "'deux tiers de nos infirmières' sur papier puis ressaisie -> high: important function "
        "broken for many users but with a (painful) workaround",
    ),
    (
        "Bonjour,\n\n"
        "L'export PDF des mémoires techniques perd les numéros de page et la table des "
        "matières. On refait la mise en page à la main dans Word.\n\n"
        "L'appel d'offres de la métropole se clôt jeudi.\n\n"
        "Bien à vous,\nJulien Garnier\nChargé d'affaires, Garnier Ingénierie",
        "product_defect",
        "high",
        "fr",
        "'L'appel d'offres ... se clôt jeudi' -> high: a go-live, audit or hard deadline at risk",
    ),
    (
        "Bonjour Léa,\n\n"
        "Le module de réservation affiche encore des créneaux déjà pris, et nos secrétaires "
        "doivent rappeler les patients pour les décaler. On s'organise en vérifiant l'agenda "
        "papier en parallèle.\n\n"
        "Bien cordialement,\nNathalie Petit\n"
        "Responsable administrative, Cabinet de radiologie Saint-Roch\n\n"
        "PS : le dossier de renouvellement est sur mon bureau et je ne le signerai pas en "
        "l'état.",
        "product_defect",
        "high",
        "fr",
        "PS : 'je ne le signerai pas en l'état' -> high: revenue or the renewal at risk (a "
        "churn threat)",
    ),
    (
        "Bonjour,\n\n"
        "Je vous transfère le message de notre comptable ci-dessous.\n\n"
        "Marc\n\n"
        "-------- Message transféré --------\n"
        "De : Chantal Lefèvre\n"
        "Envoyé : lundi 12 mai 2025 09:14\n"
        "À : Marc Dubois\n"
        "Objet : lettrage\n\n"
        "Marc, le lettrage automatique ne fonctionne plus depuis vendredi. Toute l'équipe "
        "comptable lettre à la main, on y passe nos matinées.\n"
        "Chantal",
        "product_defect",
        "high",
        "fr",
        "transféré : 'Toute l'équipe comptable lettre à la main' -> high: important function "
        "broken for many users but with a (painful) workaround",
    ),
    (
        "Franchement, c'est exaspérant. Chaque fois que j'imprime une facture depuis l'écran, "
        "la dernière ligne (le total TTC) est coupée. Du coup j'exporte en PDF et j'imprime "
        "depuis le PDF, ça marche. Mais enfin !\n\n"
        "Martine Girard\nSecrétariat, Menuiserie Girard",
        "product_defect",
        "medium",
        "fr",
        "'j'exporte en PDF ... ça marche' malgré 'exaspérant' -> medium: a real problem with a "
        "workaround and no deadline",
    ),
    (
        "Bonjour,\n\n"
        "Depuis le 3 mars, la recherche de commandes est lente (6 à 8 secondes). Nous traitons "
        "environ 9 000 commandes par an et sommes clients depuis 2021. En filtrant d'abord par "
        "mois, le résultat est immédiat, donc on fait comme ça pour l'instant.\n\n"
        "Cordialement,\nPaul Mercier\nService client, Mercier Vins & Spiritueux",
        "product_defect",
        "medium",
        "fr",
        "'En filtrant d'abord par mois, le résultat est immédiat'; dates et volumes sans "
        "échéance -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Bonjour,\n\n"
        "Je vous ai signalé il y a dix jours que les rappels SMS des rendez-vous de novembre "
        "partent avec une heure de décalage. Nous corrigeons le texte à la main pour les "
        "quelques rendez-vous concernés. Je n'aimerais pas devoir relancer encore : pourriez-"
        "vous me confirmer que c'est pris en compte ?\n\n"
        "Merci,\nÉlodie Blanc\nAssistante, Cabinet d'ostéopathie Blanc",
        "product_defect",
        "medium",
        "fr",
        "'corrigeons ... à la main pour les quelques rendez-vous'; 'relancer' n'est pas une "
        "menace -> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Bonjour, petite remarque : sur la page d'accueil, l'icône du calendrier est floue sur "
        "les écrans Retina. Rien d'urgent, c'est purement esthétique.\n\n"
        "Bonne journée,\nHugo Morel",
        "product_defect",
        "low",
        "fr",
        "'Rien d'urgent, c'est purement esthétique' -> low: cosmetic, minor, 'no rush'",
    ),
    (
        "Bonjour,\n\n"
        "C'est la troisième fois que votre équipe ne se présente pas à un rendez-vous prévu "
        "(le 2, le 9 et aujourd'hui le 16). Chaque fois nous avions bloqué l'équipe "
        "pédagogique pour rien.\n\n"
        "Cordialement,\nCatherine Fontaine\nCoordinatrice numérique, Lycée Saint-Exupéry",
        "service_failure",
        "high",
        "fr",
        "'la troisième fois que votre équipe ne se présente pas' -> high: our people failed the "
        "customer repeatedly",
    ),
    (
        "Bonjour Antoine,\n\n"
        "Toujours rien de votre côté ?\n\n"
        "Anne\n\n"
        "Le jeu. 5 juin, Anne Perrin a écrit :\n"
        "> Bonjour Antoine,\n"
        "> Le paramétrage des nouveaux services que vous deviez faire la semaine\n"
        "> dernière n'a pas été fait. Nous ouvrons la nouvelle aile de l'hôpital\n"
        "> le 3 et rien n'est prêt côté planning.\n"
        "> Anne Perrin\n"
        "> Responsable des systèmes d'information, Centre hospitalier de Vienne",
        "service_failure",
        "high",
        "fr",
        "cité : 'Nous ouvrons la nouvelle aile de l'hôpital le 3' -> high: a go-live, audit or "
        "hard deadline at risk",
    ),
    (
        "Bonjour,\n\n"
        "J'ai ouvert un ticket lundi dernier (n° 4521) et je n'ai pas encore eu de réponse. Ce "
        "n'est pas bloquant, nous avons contourné en attendant, mais un petit retour serait "
        "apprécié.\n\n"
        "Cordialement,\nYann Le Gall\nGestionnaire, Transports Le Gall",
        "service_failure",
        "medium",
        "fr",
        "un ticket sans réponse, 'pas bloquant, nous avons contourné' -> medium: a real problem "
        "with a workaround and no deadline",
    ),
    (
        "Bonjour,\n\n"
        "Vous avez prélevé deux fois l'abonnement annuel ce matin (2 × 18 400 €). Notre compte "
        "est maintenant à découvert et la banque refuse de passer le virement des salaires "
        "prévu cet après-midi pour nos 35 salariés.\n\n"
        "Il faut rembourser le second prélèvement aujourd'hui.\n\n"
        "François Lambert\nResponsable comptable, Lambert Paysages",
        "commercial_dispute",
        "critical",
        "fr",
        "'la banque refuse de passer le virement des salaires' -> critical: payroll not going out",
    ),
    (
        "Bonjour,\n\n"
        "Nous avons reçu la facture de renouvellement avec une hausse de 20 %. Sans explication "
        "de votre part, le service financier me demande s'il faut continuer à payer pour cet "
        "outil.\n\n"
        "Bien à vous,\nAurélie Gauthier\nResponsable marketing, Gauthier Cosmétiques",
        "commercial_dispute",
        "high",
        "fr",
        "'me demande s'il faut continuer à payer pour cet outil' -> high: revenue or the renewal "
        "at risk",
    ),
    (
        "Bonjour,\n\n"
        "Pourriez-vous m'expliquer la ligne 'frais de service' de 45 € sur la facture de mai ? "
        "Je ne la retrouve pas dans notre contrat.\n\n"
        "Merci d'avance,\nSylvie Robert\nComptable, Robert & Fils Charpente",
        "commercial_dispute",
        "medium",
        "fr",
        "question sur une ligne de facture, sans échéance -> medium: a billing question or "
        "dispute without a deadline",
    ),
    (
        "Bonjour Thomas,\n\n"
        "Je préfère être transparent : notre nouveau responsable des opérations nous a demandé "
        "de comparer votre solution avec celle de Planitec avant l'été. J'aimerais qu'on en "
        "parle.\n\n"
        "Cordialement,\nNicolas Bertrand\nResponsable logistique, Bertrand Distribution",
        "relationship_at_risk",
        "high",
        "fr",
        "'comparer votre solution avec celle de Planitec' -> high: revenue or the renewal at "
        "risk (competitor evaluation)",
    ),
    (
        "Bonjour,\n\n"
        "J'ai remarqué que nos conseillers utilisent beaucoup moins l'application depuis la "
        "rentrée. Je pense qu'ils ont oublié certaines fonctions. Pourriez-vous organiser une "
        "petite session de rappel ?\n\n"
        "Merci,\nValérie Moulin\nChef d'équipe, Agence immobilière Moulin",
        "relationship_at_risk",
        "medium",
        "fr",
        "'utilisent beaucoup moins l'application', pas de menace -> medium: falling usage with "
        "no threat",
    ),
    (
        "Bonjour,\n\n"
        "Est-il prévu de pouvoir exporter les plannings au format iCal ? Aujourd'hui nous "
        "recopions les plannings dans Google Agenda chaque semaine, c'est faisable mais "
        "long.\n\n"
        "Cordialement,\nJérôme Faure\nCoordinateur, Association Sport Pour Tous Annecy",
        "feature_gap",
        "medium",
        "fr",
        "'recopions ... chaque semaine, c'est faisable mais long', sans échéance -> medium: a "
        "missing feature that matters",
    ),
    (
        "Bonjour, simple curiosité : la personnalisation des couleurs de l'interface est-elle "
        "prévue un jour ? Ce serait sympa, rien de plus.\n\n"
        "Merci !\nCamille Durand",
        "feature_gap",
        "low",
        "fr",
        "'simple curiosité ... Ce serait sympa, rien de plus' -> low: 'nice to have', a question",
    ),
    (
        "Bonjour,\n\n"
        "Malgré trois relances, l'intégration avec notre ERP échoue toujours chaque nuit. Notre "
        "PDG, en copie, souhaite un point avec votre directeur général cette semaine.\n\n"
        "Cordialement,\nÉric Lemoine\nResponsable applications, Lemoine Industries\n\n"
        "Cc : Bernard Lemoine, Président-directeur général",
        "executive_intervention",
        "high",
        "fr",
        "'Notre PDG, en copie, souhaite un point avec votre directeur général' -> high: "
        "executive involvement on either side",
    ),
    # ------------------------------------------------------------------------------ Spanish
    (
        "Hola,\n\n"
        "Desde las 9 de la mañana ningún pedido de la tienda online se está cobrando: el "
        "cliente paga, le sale un error y el pedido no se registra. Llevamos más de 200 "
        "intentos fallidos. Necesitamos a alguien ya.\n\n"
        "Marta Iglesias\nResponsable de e-commerce, Iglesias Calzados",
        "product_defect",
        "critical",
        "es",
        "'ningún pedido de la tienda online se está cobrando' -> critical: payments/orders not "
        "going out",
    ),
    (
        "Buenas tardes,\n\n"
        "Un cliente nos acaba de escribir que, al entrar en su área privada, ve las facturas y "
        "los datos bancarios de otra empresa. Lo hemos comprobado con un segundo usuario y "
        "pasa lo mismo. Hemos desactivado el acceso al portal mientras tanto.\n\n"
        "Saludos,\nJavier Molina\nResponsable de sistemas, Molina Asesores",
        "product_defect",
        "critical",
        "es",
        "'ve las facturas y los datos bancarios de otra empresa' -> critical: a security or "
        "privacy breach",
    ),
    (
        "Hola,\n\n"
        "Desde la actualización del jueves la app no guarda la firma del cliente si no hay "
        "cobertura. Todos los repartidores del turno de noche están haciendo firmar en papel y "
        "luego el equipo de oficina lo escanea por la mañana.\n\n"
        "Un saludo,\nRaúl Ortega\nJefe de tráfico, Ortega Paquetería Express",
        "product_defect",
        "high",
        "es",
        "'Todos los repartidores del turno de noche' firman en papel -> high: important "
        "function broken for many users but with a (painful) workaround",
    ),
    (
        "Buenos días,\n\n"
        "La sincronización de precios entre las tiendas y la web va con unas dos horas de "
        "retraso. Por ahora cambiamos los precios a mano en la web.\n\n"
        "Nuestra semana más fuerte del año empieza el lunes.\n\n"
        "Gracias,\nLucía Navarro\nResponsable de tienda online, Navarro Deportes",
        "product_defect",
        "high",
        "es",
        "'Nuestra semana más fuerte del año empieza el lunes' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hola Diego,\n\n"
        "¿Alguna novedad?\n\n"
        "Gracias,\nElena\n\n"
        "El lun., 2 jun. 2025, Elena Ruiz escribió:\n"
        "> Hola Diego,\n"
        "> El cálculo automático de horas extra no funciona desde el viernes.\n"
        "> Toda la plantilla de administración (nueve personas) lo está\n"
        "> calculando a mano con una hoja de Excel antes de cerrar las nóminas.\n"
        "> Elena Ruiz\n"
        "> Técnica de RRHH, Grupo Hostelero Ruiz",
        "product_defect",
        "high",
        "es",
        "citado: 'Toda la plantilla de administración ... a mano' -> high: important function "
        "broken for many users but with a (painful) workaround",
    ),
    (
        "¡Estoy harta! Cada vez que exporto el listado de socios a Excel, las fechas salen en "
        "formato americano. Las cambio con una fórmula y listo, pero es que no debería hacer "
        "falta.\n\n"
        "Carmen\nCarmen Vidal, Secretaría, Club de Tenis Mediterráneo",
        "product_defect",
        "medium",
        "es",
        "'Las cambio con una fórmula y listo' pese a '¡Estoy harta!' -> medium: a real problem "
        "with a workaround and no deadline",
    ),
    (
        "Hola,\n\n"
        "Somos clientes desde 2021 y tenemos 400 empleados en tres centros. Desde el 3 de "
        "marzo, el informe de absentismo tarda unos dos minutos en generarse. Si lo pido por "
        "centro sale en segundos, así que de momento lo hago así.\n\n"
        "Un saludo,\nAlberto Serrano\nTécnico de RRHH, Serrano Alimentación",
        "product_defect",
        "medium",
        "es",
        "'Si lo pido por centro sale en segundos'; fechas y cifras no son plazo ni afectados "
        "-> medium: a real problem with a workaround and no deadline",
    ),
    (
        "Buenos días,\n\n"
        "La auditoría de calidad no es hasta dentro de unos diez meses, pero quería avisar ya: "
        "el informe de trazabilidad no incluye los lotes devueltos. Los añadimos a mano desde "
        "el listado de devoluciones, que sí los muestra.\n\n"
        "Atentamente,\nPilar Castro\nResponsable de calidad, Conservas Castro",
        "product_defect",
        "medium",
        "es",
        "'no es hasta dentro de unos diez meses', 'Los añadimos a mano' -> medium: a real "
        "problem with a workaround and no deadline",
    ),
    (
        "Hola, un detalle: en la pantalla de inicio el botón 'Guardar' está un poco "
        "desalineado. Horrible a la vista, jaja, pero sin prisa ninguna.\n\n"
        "Saludos,\nPablo",
        "product_defect",
        "low",
        "es",
        "botón desalineado, 'sin prisa ninguna' -> low: cosmetic, minor, 'no rush'",
    ),
    (
        "Hola,\n\n"
        "Es la cuarta vez que pedimos que nos llamen por el problema de la facturación "
        "electrónica y nadie lo hace. Nos dicen 'mañana le llaman' y no llama nadie.\n\n"
        "Saludos,\nManuel Reyes\nAdministración, Talleres Reyes",
        "service_failure",
        "high",
        "es",
        "'Es la cuarta vez ... y nadie lo hace' -> high: our people failed the customer repeatedly",
    ),
    (
        "Hola Sergio,\n\n"
        "La sesión de configuración que teníamos el martes no se hizo; nadie se conectó. "
        "¿Podemos fijar otra?\n\n"
        "Gracias,\nInés Domínguez\nControladora, Domínguez Logística\n\n"
        "PD: la auditoría externa es la semana que viene y sin esa configuración no podemos "
        "sacar los informes que nos piden.",
        "service_failure",
        "high",
        "es",
        "PD: 'la auditoría externa es la semana que viene' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hola,\n\n"
        "Ayer teníamos una llamada de seguimiento a las 11 y nadie apareció. ¿Podemos moverla a "
        "la semana que viene? Cualquier día por la mañana.\n\n"
        "Un saludo,\nRocío Gil\nCoordinadora, Academia de Idiomas Gil",
        "service_failure",
        "medium",
        "es",
        "una llamada perdida, 'la semana que viene' -> medium: a real problem with no deadline "
        "(not repeated)",
    ),
    (
        "Hola,\n\n"
        "Os escribo por la factura de renovación: habéis subido el precio un 18 % sin avisar. "
        "Finanzas me preguntó ayer si deberíamos seguir pagando esto.\n\n"
        "Un saludo,\nAndrea Campos\nResponsable de operaciones, Campos Clínica Dental",
        "commercial_dispute",
        "high",
        "es",
        "'Finanzas me preguntó ... si deberíamos seguir pagando esto' -> high: revenue or the "
        "renewal at risk",
    ),
    (
        "Buenas,\n\n"
        "Nos habéis cobrado dos veces la cuota de abril (2 × 290 €). ¿Podéis devolver una? "
        "Gracias.\n\n"
        "Teresa Santos\nAdministración, Gestoría Santos",
        "commercial_dispute",
        "medium",
        "es",
        "cobro duplicado, sin plazo -> medium: a billing question or dispute without a deadline",
    ),
    (
        "Estimados señores:\n\n"
        "Somos clientes desde 2019 y estamos, en general, muy contentos con el servicio. Les "
        "escribo porque en la última factura aparece el plan Profesional a 49 € por usuario en "
        "lugar de 42 €. No he encontrado ninguna comunicación sobre el cambio, aunque es "
        "posible que llegara a un compañero que ya no está.\n\n"
        "¿Podrían indicarme desde cuándo aplica el nuevo precio y si hay opción de mantener el "
        "anterior hasta nuestro aniversario en enero? No tenemos intención de cambiar de "
        "proveedor; solo quiero cuadrar el presupuesto del año que viene.\n\n"
        "Atentamente,\nFernando Herrera\nAdministrativo, Herrera Arquitectos",
        "commercial_dispute",
        "medium",
        "es",
        "consulta de precio, 'No tenemos intención de cambiar de proveedor' -> medium: a "
        "billing question or dispute without a deadline",
    ),
    (
        "Hola Laura,\n\n"
        "Gracias por la formación de ayer. Os aviso de que me voy de la empresa a final de mes; "
        "nadie más aquí conoce la herramienta y la renovación es en septiembre.\n\n"
        "Un abrazo,\nMiguel Torres\nResponsable de CRM, Torres Seguros",
        "relationship_at_risk",
        "high",
        "es",
        "'me voy de la empresa a final de mes', renovación en septiembre -> high: the renewal "
        "at risk (champion leaving before renewal)",
    ),
    (
        "Hola,\n\n"
        "Hemos visto que el uso de la plataforma ha bajado bastante este trimestre. ¿Tenéis "
        "algún material o sesión para reactivar a los usuarios?\n\n"
        "Saludos,\nNuria Prieto\nCoordinadora de formación, Fundación Abril",
        "relationship_at_risk",
        "medium",
        "es",
        "'el uso ... ha bajado bastante', sin amenaza -> medium: falling usage with no threat",
    ),
    (
        "Hola,\n\n"
        "¿El módulo de almacén permite ubicaciones en varias plantas? No lo encuentro. Abrimos "
        "el nuevo almacén de Zaragoza el día 3 y tiene tres plantas.\n\n"
        "Gracias,\nÓscar Medina\nJefe de almacén, Medina Suministros",
        "feature_gap",
        "high",
        "es",
        "'Abrimos el nuevo almacén de Zaragoza el día 3' -> high: a go-live, audit or hard "
        "deadline at risk",
    ),
    (
        "Hola, pregunta rápida: ¿está previsto un modo oscuro? Sería un detalle bonito, pero "
        "nada urgente.\n\n"
        "Saludos,\nClara",
        "feature_gap",
        "low",
        "es",
        "'Sería un detalle bonito, pero nada urgente' -> low: 'nice to have', a question",
    ),
    (
        "Buenos días,\n\n"
        "Llevamos tres semanas con la sincronización de inventario fallando. Nuestro consejero "
        "delegado, en copia, quiere hablar con vuestro CEO esta semana.\n\n"
        "Saludos,\nGonzalo Rubio\nJefe de sistemas, Rubio Ferretería Industrial\n\n"
        "CC: Álvaro Rubio, Consejero Delegado",
        "executive_intervention",
        "high",
        "es",
        "'consejero delegado, en copia, quiere hablar con vuestro CEO' -> high: executive "
        "involvement on either side",
    ),
]
