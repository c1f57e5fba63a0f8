"""Blind severity emails, fifth batch (issue 18, session 31).

100 customer emails about product defects (category product_defect), hand-labelled with a
severity before anything was run on them: 45 high, 45 medium, 10 low. Languages: 55 English,
15 German, 15 French, 15 Spanish. Written and labelled blind: only the defs-1 category and
severity bullets quoted in the task were read, no repository file (no classifier code, rules,
tests or other evaluation sets). The batch aims at the boundary between high and medium for
defects: high items tell the business harm through consequences in everyday words (their
customers complaining, refunds, lost bookings or revenue, overtime, a regulator, a contract
penalty, a season or event coming, an owner or executive asking, a threat to switch, the same
bug back a third time, many users with a workaround that eats hours, wrong figures sent out),
mostly without stock words; medium items are real defects with a workaround and no deadline,
some long, angry or full of numbers and dates that do not make them urgent; low items are
cosmetic. Mail styles vary (formal, terse, chatty, bullets, forwarded notes, a PS, a buried
fact). This is a dev (tuning) set, not held out.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Hi Sam,\n\n"
        "Since your update last Tuesday, the booking widget on our website shows rooms as sold "
        "out on roughly half the dates we test, even when we have plenty free. Guests who "
        "really want to stay with us phone instead, so our two front desk people do little "
        "else all day. Everyone else just books the place down the road: we reckon we lost "
        "about 30 reservations last weekend alone. The owner asked me this morning why "
        "occupancy dropped right before summer, and the season opens in three weeks. Could you "
        "get someone on it?\n\nThanks,\nMarta\nSeaview Inn",
        "product_defect",
        "high",
        "en",
        "'lost about 30 reservations', season in three weeks, owner asking: revenue at risk",
    ),
    (
        "Dear Support Team,\n\n"
        "Since the clocks changed on Sunday, the appointment reminder texts from your system "
        "show a time one hour later than the actual appointment. The calendar itself is "
        "correct; only the messages are wrong. This affects all four of our clinics. Yesterday "
        "alone eleven patients arrived after their slot had passed, and several were very "
        "upset at having taken time off work for nothing. Our receptionists are now phoning "
        "every patient the day before to confirm the real time, which takes close to three "
        "hours per site each day. We would be grateful for a fix and an explanation.\n\n"
        "Kind regards,\nDr. Helen Achebe\nPractice Manager, Northgate Family Clinics",
        "product_defect",
        "high",
        "en",
        "wrong times sent to patients of all four clinics, 3h/site of calls: many hit, painful "
        "workaround",
    ),
    (
        "Since 5.2 went in, every sale on our tills takes 35-40 seconds to finalise after the "
        "card is approved. That is all 12 stores, every till. On Saturday the queue in Leeds "
        "went out the door and staff watched people put their baskets down and leave. We've "
        "opened extra tills and pulled office staff onto the shop floor to cope. Please roll "
        "this back or fix it before this weekend.",
        "product_defect",
        "high",
        "en",
        "every sale 40s at all 12 stores, customers walking out: core process much slower for "
        "everyone",
    ),
    (
        "Hello,\n\n"
        "The route optimiser has been ignoring customer delivery windows since the update on "
        "the 3rd. Every morning our dispatchers re-plan all 45 routes by hand, which takes "
        "them about two hours before the trucks can leave. Even so, some drops are late: "
        "FreshWay, our largest customer, has complained twice this week and pointed us to the "
        "late-delivery penalty in our contract with them. We can keep going like this for a "
        "little while, but not for long.\n\nRegards,\nTom Briggs\n"
        "Transport Planning, Briggs & Sons Haulage",
        "product_defect",
        "high",
        "en",
        "all routes re-planned by hand, largest customer citing a contract penalty: revenue at "
        "risk",
    ),
    (
        "Hi,\n\nForwarding this from our billing manager:\n\n"
        "> Since the last release, the time export to our billing system rounds every entry up "
        "to the full hour. The entries in the app are correct, only the export is off. We only "
        "noticed after three clients queried their invoices, one of them quite angrily. We now "
        "check every invoice line by hand before it goes out, which has eaten most of my "
        "week.\n\n"
        "Our managing partner has asked me to raise this with you directly. The next invoice "
        "run goes out on the 1st.\n\nBest,\nJonathan Reeve\nOffice Manager, Reeve Hallam LLP",
        "product_defect",
        "high",
        "en",
        "overstated invoices reached clients, managing partner involved: executive, painful "
        "workaround",
    ),
    (
        "Good afternoon,\n\n"
        "The gradebook is calculating term averages wrongly: the weighting we set for exams "
        "(60%) is ignored and everything is averaged equally. The marks themselves are all "
        "there and correct. Report cards go home to parents on the 20th, so our 38 teachers "
        "are recalculating every student's average in spreadsheets in the evenings. Several "
        "have already told me they cannot keep this up. Could you let us know when a "
        "correction will be available?\n\nMrs P. Okafor\n"
        "Deputy Head, St Aidan's Secondary School",
        "product_defect",
        "high",
        "en",
        "report cards to parents on the 20th, 38 teachers recalculating: hard date at risk, "
        "many hit",
    ),
    (
        "Hey team,\n\n"
        "We run our whole support desk on your platform, and since Thursday new-ticket "
        "notifications reach our agents two to four hours late. All 30 agents are affected. "
        "We've told everyone to refresh the queue by hand every few minutes, which works but "
        "kills their focus. Our own customers have a four-hour first-response commitment from "
        "us, and we've already missed it on about 60 tickets and had to issue service credits. "
        "Let me know what you find.\n\nPriya\nHead of Support, Lumio",
        "product_defect",
        "high",
        "en",
        "service credits paid, all 30 agents on manual refresh: revenue harmed, many hit",
    ),
    (
        "Hello again,\n\n"
        "The shift report export is broken again: the downtime column comes out empty. This is "
        "the third time. You fixed it in March, it came back in June, you fixed it again, and "
        "now here we are. Our supervisors on all three shifts are typing downtime in from "
        "their paper logs, roughly an hour per shift. Our plant manager has said plainly that "
        "if it breaks a fourth time we will look at other MES vendors. I'd rather not go "
        "there, so please find the actual cause this time.\n\nRegards,\nDaniel Weiss\n"
        "Production Engineering, Kessler Components",
        "product_defect",
        "high",
        "en",
        "same bug back a third time, plant manager weighing other vendors: repeated failure, churn",
    ),
    (
        "Dear Support,\n\n"
        "Our donation receipts are going out with the wrong tax-deductible amount: for gifts "
        "that include an event ticket, the system deducts the ticket value twice. The "
        "donations themselves are recorded correctly. About 400 donors received these receipts "
        "last month, and our phone has not stopped ringing. We are reissuing corrected "
        "receipts one by one, and our auditor has reminded us that what we report to the tax "
        "authority must match what donors receive. Please treat this as a priority.\n\n"
        "Sincerely,\nAnne-Marie Duval\nDevelopment Director, Harbour Light Foundation",
        "product_defect",
        "high",
        "en",
        "wrong deductible amounts sent to 400 donors, tax authority: wrong figure goes out, "
        "many hit",
    ),
    (
        "Hello,\n\n"
        "Since the portal update, citizens cannot upload any attachment over 5 MB to a "
        "building permit application, and most site plans are bigger than that. Applicants now "
        "email us the files and our two clerks attach them to each application by hand. We get "
        "about 50 applications a week, so this eats most of their time and the backlog is "
        "growing. A councillor raised it at Monday's council meeting after a local builder "
        "complained to the press. We need to be able to tell them when it will be fixed.\n\n"
        "Regards,\nKaren Lindqvist\nPlanning Services, Town of Millbrook",
        "product_defect",
        "high",
        "en",
        "most applicants hit, clerks re-attaching by hand, councillor raised it: many hit, "
        "escalated",
    ),
    (
        "Hi there,\n\n"
        "Our menu price changes are no longer syncing to online orders. We raised prices "
        "across all six restaurants on the 1st, and online orders are still charged the old "
        "prices. With delivery now about 40% of our sales, that's money walking out the door "
        "on every order. For now each manager updates the online menu by hand every evening, "
        "and they keep missing items. Our owner went through the figures with me yesterday and "
        "wants to know when this will stop.\n\nCheers,\nLuca\nOperations, Trattoria Group",
        "product_defect",
        "high",
        "en",
        "old prices on every online order at six sites, owner asking: revenue lost, many hit",
    ),
    (
        "Hi,\n\nSummary of where we are with the dashboard slowness:\n\n"
        "- Since the data migration on the 12th, the main sales dashboard takes 60-90 seconds "
        "to load.\n- This hits all 300 of our sales reps, several times a day.\n"
        "- Workaround: reps pull a CSV export each morning and work from that, which means "
        "stale numbers all day.\n"
        "- Our CRO has asked for a weekly status update until this is resolved.\n\n"
        "Can we get a call this week with someone who can tell us what changed?\n\nThanks,\n"
        "Owen",
        "product_defect",
        "high",
        "en",
        "all 300 reps slowed, CRO wants weekly updates: many hit with workaround, executive "
        "involved",
    ),
    (
        "Hi Sam,\n\nMy ops manager wrote this to me last night, passing it on as is:\n\n"
        "> The scanning app is freezing every 20 to 30 scans on the handhelds. Pickers have to "
        "close and reopen it, lose the pick they were on, and start over. We're down about a "
        "quarter on picks per hour, and I've had to book Saturday overtime two weeks running "
        "to get orders out.\n\n"
        "This is on all 40 handhelds in both warehouses. What can you tell me?\n\nRegards,\n"
        "Grace Mensah\nLogistics Director, Northline Distribution",
        "product_defect",
        "high",
        "en",
        "all 40 handhelds, picks down a quarter, weekend overtime: core process slowed for "
        "everyone",
    ),
    (
        "Hello,\n\n"
        "Your checkout has been calculating sales tax wrong for orders shipping to Canada "
        "since around the 10th: it charges GST only and skips the provincial part. We still "
        "owe the full amount, so every Canadian order since then has cost us the difference "
        "out of our own margin. Our accountant puts it at a little over $6,000 so far. We've "
        "switched off shipping to Canada for now, and that's about a fifth of our sales. "
        "Please let me know when we can turn it back on.\n\nThanks,\nJess Tran\n"
        "Founder, Kettle & Crane",
        "product_defect",
        "high",
        "en",
        "paying the tax gap, Canada sales (a fifth) paused: revenue harmed, painful workaround",
    ),
    (
        "Dear support,\n\n"
        "Since your last update, roughly one in three insurance claims we export is rejected "
        "by our clearinghouse because the provider ID field is formatted wrongly. Our billing "
        "team opens each rejected claim, fixes it by hand and resubmits, and they are now "
        "about a week behind. Across our five practices that is a lot of money arriving weeks "
        "late. The practice owners ask me about the cash position every day. Can you tell us "
        "when a fix is coming?\n\nBest regards,\nDr. Samuel Ortiz\nOrtiz Dental Group",
        "product_defect",
        "high",
        "en",
        "a third of claims rejected at five practices, cash late, owners asking: revenue harmed",
    ),
    (
        "Hi Sam,\n\n"
        "Hope you had a good break! Quick update from our side first: we finished rolling the "
        "mobile app out to the last region in May, and the technicians mostly like it, "
        "especially the photo notes. Our trainer says the new checklist editor is much easier "
        "too. One thing I do need to flag, though. Since the update two weeks ago, the "
        "scheduler double-books a technician about once a day somewhere across our three "
        "regions, and last week two customers waited at home for a visit nobody came to. One "
        "of them cancelled their maintenance contract with us on the spot. Our coordinators "
        "now check every day's schedule by hand before it's sent. Otherwise all good, and see "
        "you at the user group in October!\n\nBest,\nNadia",
        "product_defect",
        "high",
        "en",
        "customers stood up, one cancelled a contract, daily manual checks: revenue lost, all "
        "regions",
    ),
    (
        "Hi,\n\n"
        "At our last concert the ticket scanner app took four or five seconds per ticket "
        "instead of being instant, on every device. Queues at the gates were 40 minutes, "
        "people missed the opening act, and we spent the following week answering complaints "
        "and refund requests. We got through the night by checking names against printed "
        "lists. Our festival on the 14th has 8,000 guests, and we can't run those gates on "
        "paper. Has anything been found on your side?\n\nThanks,\nRuth Bellamy\n"
        "Gate Operations, Summerfield Events",
        "product_defect",
        "high",
        "en",
        "refund requests, 8,000-guest festival on the 14th: event at risk, every device slow",
    ),
    (
        "Hello,\n\n"
        "Our client portal won't accept any upload over ten pages; clients get a generic error "
        "and either give up or email the documents instead. We then save each attachment into "
        "the right client folder by hand. It's manageable at the moment, at maybe 30 documents "
        "a day, but tax season starts next month and that number goes up four- or fivefold. My "
        "partners have asked me whether we should tell clients to stop using the portal "
        "altogether. We'd really rather not, so any news would help.\n\nKind regards,\n"
        "Michael Osei, CPA\nOsei & Partners",
        "product_defect",
        "high",
        "en",
        "all clients hit, manual filing, tax season next month: hard date at risk, partners "
        "involved",
    ),
    (
        "Third time now. The inventory sync between your app and our webshop stopped again "
        "overnight, same as in February and April. We oversold 18 items before we noticed, and "
        "had to refund and apologise to every one of those customers. We're running the sync "
        "by hand every hour in the meantime. If this isn't fixed properly this time, we'll "
        "move to ShopStack when our contract comes up.\n\nDev",
        "product_defect",
        "high",
        "en",
        "third recurrence, refunds, threat to move at contract end: repeated failure, churn threat",
    ),
    (
        "Hi Sam,\n\n"
        "Thanks for the webinar invite, I've registered two of us. Would you also be able to "
        "send the slides afterwards? Our team lead wants to share them with the night shift.\n"
        "\nCheers,\nBeth\n\n"
        "PS: Something I should have mentioned sooner. Since Monday the timesheet export to "
        "payroll drops all overtime lines for the night shift, which is about 60 people. HR is "
        "adding them back by hand from the paper sheets, and payroll runs on Friday. If "
        "anything is missed, those people will be short in their pay, and they will not be "
        "quiet about it.",
        "product_defect",
        "high",
        "en",
        "60 people's overtime re-keyed by hand, payroll runs Friday: hard date at risk, many hit",
    ),
    (
        "Hello,\n\n"
        "Since the weekend, room status changes in the housekeeping app no longer reach the "
        "front desk at any of our five properties. Twice now guests have been handed keys to a "
        "room that had not been cleaned, and we comped both nights. We're passing status by "
        "radio and paper lists between housekeeping and reception, which slows check-in badly "
        "at peak times. We've also picked up two one-star reviews mentioning dirty rooms. We'd "
        "appreciate an update today on what is being done.\n\nRegards,\nSophie Laurent\n"
        "Operations Manager, Bayside Hotels",
        "product_defect",
        "high",
        "en",
        "five properties, comped nights, bad reviews, radio workaround: guests harmed, many hit",
    ),
    (
        "Dear Support,\n\n"
        "The audit trail report returns nothing for any record changed before 1 May. The "
        "history itself is still there: we can see each entry when we open the individual "
        "records. Our ISO 9001 surveillance audit is on the 14th, and the auditor will ask for "
        "exactly this report. If we can't produce it, we'll have to pull the history out "
        "record by record for whatever sample she chooses, which could take days. Please "
        "advise whether a fix can be in place before then.\n\nYours sincerely,\nRobert Hale\n"
        "Quality Manager, Hale Precision Ltd",
        "product_defect",
        "high",
        "en",
        "ISO audit on the 14th needs the report, history intact: audit at risk (not data loss)",
    ),
    (
        "Hi,\n\n"
        "The commercial invoices your system generates for export shipments are using exchange "
        "rates from weeks ago; the rate table stopped updating on the 2nd. So the customs "
        "values we declare are off, sometimes by 4-5%. Our customs broker flagged it yesterday "
        "and warned that repeated errors can lead to checks on all our shipments. We're now "
        "recalculating and correcting each invoice by hand before it leaves, about 70 a day. "
        "Could you look into this quickly?\n\nBest,\nIngrid Falk\n"
        "Export Coordinator, Nordic Timber Supply",
        "product_defect",
        "high",
        "en",
        "wrong values declared to customs, broker warning, 70/day fixed by hand: figure to "
        "authorities",
    ),
    (
        "Hi,\n\n"
        "Since Tuesday about 40% of our calls to your API come back with 429 errors, even "
        "though we're well under our plan's limits. Our own customers see it as failed syncs "
        "in our app. We've added retries, which helps somewhat, but tickets from our customers "
        "have doubled this week. Our CEO emailed your CEO last night, so you may hear about "
        "this from that side too. I'd like a technical contact I can work with directly.\n\n"
        "Thanks,\nMarcus Lee\nCTO, Fieldbook",
        "product_defect",
        "high",
        "en",
        "their customers hit, tickets doubled, CEOs involved: executive involvement, workaround",
    ),
    (
        "Hello,\n\n"
        "Your system sent our automatic renewal reminders to about 2,000 members with last "
        "year's price instead of the new one. Members were then charged the correct new price, "
        "and many feel misled: we've had dozens of complaints at reception and several angry "
        "Facebook posts. We've refunded the difference to anyone who asks, which is already a "
        "few thousand pounds. We've paused the automatic reminders and are sending them "
        "ourselves for now. Please tell us what went wrong and how to make sure it doesn't "
        "happen again.\n\nRegards,\nChris Dunn\nMembership Manager, FitHub Gyms",
        "product_defect",
        "high",
        "en",
        "wrong price sent to 2,000 members, refunds given: wrong figure to customers, revenue hit",
    ),
    (
        "Hi,\n\n"
        "The 'average handle time' on the team performance report seems to include lunch "
        "breaks, so it comes out much too high. We only look at that report in our Monday team "
        "meeting. I can work out the right figure from the raw export in a couple of minutes, "
        "so it's not holding us up. Could you have a look when you get a chance?\n\nThanks,\n"
        "Alan",
        "product_defect",
        "medium",
        "en",
        "one internal report wrong, rebuilt in minutes, no date: real defect with workaround",
    ),
    (
        "To whoever reads this,\n\n"
        "I am fed up. Every single time I export an invoice as PDF, the first file comes out "
        "completely blank and I have to click export again. It has done this for a month, for "
        "me and for one colleague. We pay good money for this software and I should not have "
        "to click everything twice like it's 1998. The second attempt always works, but that "
        "is not the point. Fix it, please.\n\nGloria Park\nAccounts, Park Interiors",
        "product_defect",
        "medium",
        "en",
        "two users, second attempt works, no date: contained bug; tone is not severity",
    ),
    (
        "Hello,\n\n"
        "We've had the product since 2019 and honestly never had much to complain about, but "
        "here's one. Searching contacts doesn't find names with an apostrophe, so O'Brien or "
        "D'Souza just don't come up. We search by email address instead and that works fine. "
        "About 3 of our 200 users have mentioned it so far. Would be great to get it fixed in "
        "a future release.\n\nBest,\nFiona",
        "product_defect",
        "medium",
        "en",
        "apostrophe search, email search works, 3 of 200 users: workaround, numbers not urgent",
    ),
    (
        "Hi,\n\nThe tablet in exam room 3 at our Eastside clinic logs the doctor out every ten "
        "minutes, even during a consultation. The other eight tablets are fine and we've "
        "checked that the settings are the same. She logs back in and carries on, it just "
        "interrupts her. We've reinstalled the app without luck. Any ideas?\n\nThanks,\n"
        "Tomasz, IT\nEastside Medical",
        "product_defect",
        "medium",
        "en",
        "one device, logging back in works: contained defect with workaround",
    ),
    (
        "Dear support,\n\n"
        "In class 7B the attendance screen has listed one student twice since she transferred "
        "from 7C last week. The teacher marks the first entry and ignores the second, and the "
        "office tidies up the weekly report by hand. No other classes seem affected. Could you "
        "remove the duplicate or tell us how to do it ourselves?\n\nKind regards,\n"
        "Janet Moore\nSchool Office, Hillcrest Primary",
        "product_defect",
        "medium",
        "en",
        "one class, one student, simple workaround: contained defect",
    ),
    (
        "Hi,\n\n"
        "The address import rejects CSV files that use semicolons as separators, which is what "
        "our Excel produces by default. We do this import about once a month when a new "
        "customer list comes in. For now we open the file, resave it with commas and import "
        "again. It's a bit of a faff but it works. Could semicolons be supported, or could the "
        "error message at least say what's wrong?\n\nCheers,\nGavin\n"
        "Dispatch, QuickDrop Couriers",
        "product_defect",
        "medium",
        "en",
        "monthly import, resaving works: defect affecting an occasional task",
    ),
    (
        "Hello,\n\n"
        "The gift card liability report times out whenever I run it for a full year. Quarter "
        "by quarter it works, so I run it four times and add the totals up. I only need it "
        "once a year for our accountant, and she's happy with the quarterly figures. Just "
        "letting you know so it can go on the list.\n\nRegards,\nHannah\n"
        "Finance, Oak & Ivy Stores",
        "product_defect",
        "medium",
        "en",
        "yearly report times out, quarterly runs work: workaround, occasional task",
    ),
    (
        "Hi,\n\n"
        "The {client_middle_name} merge field in the engagement letter template comes out "
        "empty, even when the client record has a middle name. Other templates seem fine, and "
        "the other fields in this one fill correctly. Our paralegals type the name in before "
        "sending. Can you take a look?\n\nBest,\nRachel Stein\nParalegal, Stein & Moreau",
        "product_defect",
        "medium",
        "en",
        "one field in one template, typed by hand: contained defect with workaround",
    ),
    (
        "hey!\n\n"
        "small but annoying one: the Slack integration sometimes posts the same notification "
        "twice, maybe once or twice a day in our #orders channel. nothing's missing, it's just "
        "noise, and people have started asking whether there are two orders. we've told them "
        "to check the order number. can you look into it?\n\nthx\nJo",
        "product_defect",
        "medium",
        "en",
        "duplicate posts, nothing lost, check order number: annoying but contained",
    ),
    (
        "Dear team,\n\n"
        "The channel report for one of our booking sites shows commission at 15% when our "
        "contract says 12%. The payments we receive are correct; only the figure in your "
        "report is wrong. Our accountant reconciles it by hand at month end, which takes her "
        "about half an hour. We'd appreciate it if you could correct the rate calculation.\n\n"
        "With thanks,\nEleanor Price\nFront Office Supervisor, The Old Rectory Hotel",
        "product_defect",
        "medium",
        "en",
        "one report wrong, payments right, half-hour monthly fix: workaround, no deadline",
    ),
    (
        "Hello,\n\n"
        "In the maintenance planner, the calendar view stops showing recurring tasks after six "
        "months. The list view shows them all correctly, so our planners use that when they "
        "look further ahead. It really only matters for annual planning. Could you confirm "
        "whether this is a known bug?\n\nRegards,\nStefan Novak\n"
        "Maintenance, Brightline Plastics",
        "product_defect",
        "medium",
        "en",
        "calendar view only, list view works: real defect with workaround, no deadline",
    ),
    (
        "Hi there,\n\n"
        "Our volunteer sign-up form won't accept phone numbers that start with +, so people "
        "with international numbers get an error. A few have emailed us, and we add them by "
        "hand. It's maybe two or three people a month. Could you allow the + sign?\n\n"
        "Many thanks,\nBeatrice\nVolunteer Coordinator, Riverside Food Bank",
        "product_defect",
        "medium",
        "en",
        "two or three sign-ups a month added by hand: real but contained defect",
    ),
    (
        "Hello,\n\n"
        "On our public meeting agendas page, attachment downloads fail in Safari on Mac and "
        "iPhone with a 'file not found' message. The same links work in Chrome, Firefox and "
        "Edge. We've added a note to the page suggesting another browser, and only a handful "
        "of residents have called about it. Can you fix it for Safari?\n\nRegards,\n"
        "Web Team, City of Fairhaven",
        "product_defect",
        "medium",
        "en",
        "one browser, others work, handful of calls: workaround, no deadline",
    ),
    (
        "Dear Sirs,\n\n"
        "On 3 March 2021 we signed with your company on the promise of 'rock-solid "
        "purchasing'. Imagine my surprise, then, when the 'Duplicate' button on purchase "
        "orders started copying the WRONG SUPPLIER onto the new order!!! Naturally we spotted "
        "it before anything was sent, but I am appalled. We now create those orders from "
        "scratch, which costs a couple of minutes each, and we do perhaps five a week. I "
        "expect this to be corrected.\n\nGeoffrey Pike\nPurchasing, Hammond Joinery",
        "product_defect",
        "medium",
        "en",
        "caught before sending, five POs a week from scratch: angry tone, dates not urgent",
    ),
    (
        "Hi,\n\nA couple of issues with the Android app that our field staff have noticed:\n\n"
        "- Photo attachments fail on the first try about one time in five; the second try "
        "always works.\n"
        "- The job list forgets the filter you set when you switch to another app and back.\n\n"
        "Neither stops anyone working, but they come up often enough that I wanted to report "
        "them.\n\nThanks,\nIvan",
        "product_defect",
        "medium",
        "en",
        "retry works, filter resets: intermittent glitches that retrying fixes",
    ),
    (
        "Hi Sam,\n\nForwarding a note from my colleague in finance:\n\n"
        "'The VAT summary export puts the totals in the wrong column whenever there's a credit "
        "note in the period. I just move them over before filing, takes a minute. Not a big "
        "deal, but it should be fixed.'\n\nCould you log this as a bug?\n\nThanks,\nLena",
        "product_defect",
        "medium",
        "en",
        "wrong column, moved in a minute: real defect with workaround",
    ),
    (
        "Hi Sam!\n\n"
        "Hope things are good. Small one from me: when I edit a meeting on my phone, the "
        "change sometimes doesn't make it to Outlook. If I open the meeting in your app and "
        "save it again, it syncs straight away. It's only happened to me and one other person "
        "on the team that I know of. Not the end of the world, but it did make me turn up at "
        "the wrong time once!\n\nCheers,\nAmira",
        "product_defect",
        "medium",
        "en",
        "occasional sync miss, re-saving fixes it, two users: intermittent glitch",
    ),
    (
        "Hello,\n\n"
        "Our daily sales report, scheduled for 07:00, covers midnight to midnight UTC rather "
        "than our local time, so the last two hours of each day end up in the next day's "
        "report. The weekly totals are right; it's just split wrongly between days. Our store "
        "manager runs the report manually for the exact day when she needs it. Could the "
        "schedule use our account's time zone?\n\nBest regards,\nPaul",
        "product_defect",
        "medium",
        "en",
        "day window shifted, manual run gives the right day: workaround, no deadline",
    ),
    (
        "Hi,\n\n"
        "Users with the 'Viewer' role can't open attachments on projects, although the role "
        "description says they should. It affects two of our contractors. For now our admin "
        "downloads the files and sends them over. Could you check the permission?\n\nThanks,\n"
        "Derek",
        "product_defect",
        "medium",
        "en",
        "two contractors, files sent by admin: few users, workaround",
    ),
    (
        "Hello,\n\n"
        "Some context first: we have about 1,200 employees across 14 sites and have used your "
        "HR suite since 2018. This issue concerns only the training records module, which is "
        "used by one HR coordinator. When certificates are added through the bulk import, the "
        "expiry reminder never fires; certificates added one by one work fine. She now runs a "
        "filtered list of upcoming expiries every Monday, which takes her about 15 minutes and "
        "catches everything. Could you look into why imported records don't trigger "
        "reminders?\n\nKind regards,\nMargaret Ellis\nHR Systems, Castell Foods",
        "product_defect",
        "medium",
        "en",
        "one module, one user, weekly list catches all: big numbers do not make it urgent",
    ),
    (
        "Hi,\n\n"
        "We noticed in our logs that your webhook retries after a failed delivery don't follow "
        "the backoff your docs describe; they fire every few seconds instead. During our "
        "maintenance window last Sunday that meant about 3,000 retries in ten minutes, our "
        "rate limiter blocked your IPs, and we had to replay a few dozen events by hand "
        "afterwards. Nothing was lost in the end, and normal traffic is fine. Could your "
        "engineers check the retry logic?\n\nRegards,\nNina Kowalski\n"
        "Platform Engineer, Parcelry",
        "product_defect",
        "medium",
        "en",
        "only during their own downtime, events replayed: real defect with workaround",
    ),
    (
        "Hello,\n\n"
        "On the orders table, if I sort by date and go to page 2, the sort resets to the "
        "default. Our two order processors work oldest-first, so a couple of times they've "
        "picked up the wrong order before noticing. Our workaround is to filter to the last "
        "seven days and show 200 rows per page so nobody has to change page. Could you fix the "
        "sorting?\n\nThanks,\nKim",
        "product_defect",
        "medium",
        "en",
        "two users, filter + bigger page avoids it: real contained defect with workaround",
    ),
    (
        "Bulk edit of product tags fails with an error as soon as more than 50 products are "
        "selected. We split the work into batches of 50, which works. We retag the catalogue "
        "maybe once a quarter. Please fix.",
        "product_defect",
        "medium",
        "en",
        "batches of 50 work, quarterly task: workaround, occasional task",
    ),
    (
        "Hi,\n\n"
        "The waitlist feature only texts the first patient on the list when a slot opens. If "
        "that patient declines, nobody else is notified, even though the setting says it "
        "should move on to the next. Our receptionist calls the next person manually, which "
        "happens a few times a month. Can you check this?\n\nThanks,\nOlivia\n"
        "Reception Lead, Greenway Physio",
        "product_defect",
        "medium",
        "en",
        "a few times a month, receptionist phones: contained defect with workaround",
    ),
    (
        "Honestly, who tests this? The date picker on the expense form won't let me pick any "
        "date in the previous month once we're past the 5th. I have to type the date in by "
        "hand, which works, but I submit my expenses late every single month so it drives me "
        "up the wall. I've been using business software for 25 years and this is just sloppy. "
        "Sort it out please.\n\nKeith",
        "product_defect",
        "medium",
        "en",
        "typing the date works, one user: angry tone, still a contained defect",
    ),
    (
        "Hi,\n\n"
        "Just a small one, no rush at all: the order confirmation email says 'We have recieved "
        "your order'. Nobody has complained, I just spotted it myself. Could someone correct "
        "the spelling at some point? Thanks!\n\nLiz",
        "product_defect",
        "low",
        "en",
        "typo in an email, 'no rush at all': cosmetic",
    ),
    (
        "Hello,\n\n"
        "On large monitors the logo on the login page sits a little off-centre, about a "
        "centimetre to the left. Everything works fine. It's purely cosmetic and not urgent. "
        "If it can be nudged in a future release, great.\n\nRegards,\nMartin",
        "product_defect",
        "low",
        "en",
        "logo alignment, 'purely cosmetic': cosmetic",
    ),
    (
        "Hi Sam,\n\n"
        "Nice to have rather than anything else: the 'Save' button in Settings is a slightly "
        "different green from the ones everywhere else. One of our designers noticed it and "
        "now can't unsee it. No rush whatsoever. Thanks!\n\nAbby",
        "product_defect",
        "low",
        "en",
        "button colour, 'nice to have', 'no rush': cosmetic",
    ),
    (
        "Hello,\n\n"
        "Quick question: the footer of the customer portal still says '© 2022'. Is that "
        "something we can change ourselves, or does it need to come from your side? Not "
        "important, just tidying up. Thanks in advance.\n\nRobin",
        "product_defect",
        "low",
        "en",
        "outdated footer year, a question, 'not important': cosmetic",
    ),
    (
        "Hi,\n\n"
        "In the reports section, long column headers get cut off ('Departm...'). Hovering "
        "shows the full name, so it's not really a problem. Just a cosmetic thing. No hurry.\n"
        "\nBest,\nSara",
        "product_defect",
        "low",
        "en",
        "truncated header, hover shows it, 'no hurry': cosmetic",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "seit dem Update am Montag zeigt die Online-Terminbuchung an allen sechs Standorten "
        "unserer Praxisgemeinschaft keine Nachmittagstermine mehr an, obwohl der Kalender frei "
        "ist. Die Patientinnen und Patienten rufen deshalb alle an, und unsere "
        "Telefonleitungen sind von morgens bis abends belegt. Unsere MFAs tragen die Termine "
        "von Hand ein und machen seit Tagen Überstunden. Viele Anrufer kommen gar nicht erst "
        "durch und buchen bei anderen Praxen. Wir bitten um eine zeitnahe Rückmeldung, wann "
        "das behoben ist.\n\nMit freundlichen Grüßen\nDr. Katrin Vogel\n"
        "Praxisgemeinschaft am Stadtpark",
        "product_defect",
        "high",
        "de",
        "alle sechs Standorte, Überstunden, Patienten buchen woanders: many hit, revenue lost",
    ),
    (
        "Hallo zusammen,\n\n"
        "die Tourenberechnung dauert seit dem letzten Release 20 bis 25 Minuten statt wie "
        "bisher zwei. Das betrifft alle unsere Disponenten an beiden Standorten. Die Lkw "
        "kommen dadurch jeden Morgen eine halbe Stunde später vom Hof, und unser größter Kunde "
        "hat uns diese Woche schriftlich auf die Vertragsstrafe bei verspäteter Anlieferung "
        "hingewiesen. Wir planen inzwischen die Hälfte der Touren wieder mit der alten "
        "Excel-Liste. Bitte gebt uns Bescheid, was ihr herausfindet.\n\nGruß\nJens Köhler\n"
        "Disposition, Köhler Logistik GmbH",
        "product_defect",
        "high",
        "de",
        "alle Disponenten langsam, Kunde verweist auf Vertragsstrafe: core process slow, "
        "revenue risk",
    ),
    (
        "Guten Tag,\n\n"
        "seit Donnerstag druckt das System in allen 14 Filialen Regaletiketten mit den alten "
        "Aktionspreisen, obwohl die Aktion beendet ist. An der Kasse wird dann der normale "
        "Preis berechnet, und die Kundschaft beschwert sich zu Recht. Wir erstatten die "
        "Differenz, und in einer Filiale war bereits das Ordnungsamt wegen der "
        "Preisauszeichnung da. Unsere Mitarbeitenden schreiben die Etiketten jetzt von Hand, "
        "was pro Filiale mehrere Stunden kostet. Wir brauchen hier schnell eine Lösung.\n\n"
        "Mit freundlichen Grüßen\nSvenja Albers\nFilialorganisation, Frischmarkt Albers",
        "product_defect",
        "high",
        "de",
        "alle 14 Filialen, Erstattungen, Ordnungsamt: wrong figure to customers, authority "
        "involved",
    ),
    (
        "Sehr geehrtes Support-Team,\n\n"
        "bei der Nebenkostenabrechnung wird der Verteilerschlüssel nach Wohnfläche seit dem "
        "Update falsch angewendet: Die Beträge passen nicht zu den hinterlegten Quadratmetern. "
        "Die Stammdaten selbst sind korrekt. Wir müssen rund 400 Abrechnungen bis zum 31. "
        "Dezember verschicken, sonst können wir Nachzahlungen von den Mietern nicht mehr "
        "verlangen. Derzeit rechnen zwei Kolleginnen jede Abrechnung in Excel nach. Bitte "
        "teilen Sie uns mit, bis wann eine Korrektur möglich ist.\n\nMit freundlichen Grüßen\n"
        "Thomas Brandt\nBrandt Hausverwaltung",
        "product_defect",
        "high",
        "de",
        "400 Abrechnungen bis 31.12., sonst Nachzahlungen verloren: hard date and revenue at risk",
    ),
    (
        "Hallo Herr Sommer,\n\n"
        "der Stücklistenexport ins ERP schneidet schon wieder alle Positionen ab Nummer 100 "
        "ab. Das ist jetzt das dritte Mal: Im Januar und im April hieß es jeweils, der Fehler "
        "sei behoben. Die Arbeitsvorbereitung gleicht jede große Stückliste wieder von Hand "
        "ab, und bei uns sind das fast alle. Unser Geschäftsführer hat mich gestern gefragt, "
        "ob wir uns nicht nach einem anderen System umsehen sollten. Ich hätte gern eine "
        "dauerhafte Lösung und keine weitere Zwischenlösung.\n\nViele Grüße\nAndreas Huber\n"
        "IT-Leitung, Huber Maschinenbau",
        "product_defect",
        "high",
        "de",
        "drittes Mal, Geschäftsführer denkt an Wechsel: repeated failure, churn risk, executive",
    ),
    (
        "Liebe Kolleginnen und Kollegen vom Support,\n\n"
        "seit den Herbstferien zeigt die Vertretungsplan-App an unseren drei Schulen den "
        "Lehrkräften häufig falsche Räume an. Jeden Morgen stehen Klassen vor verschlossenen "
        "Türen, und der Unterricht beginnt verspätet. Die Sekretariate drucken den Plan "
        "inzwischen aus und hängen ihn aus, was jeden Morgen eine gute Stunde kostet. Mehrere "
        "Eltern haben sich beim Schulamt beschwert, und die Schulleitung soll dort nächste "
        "Woche Stellung nehmen. Können Sie uns sagen, woran es liegt?\n\nFreundliche Grüße\n"
        "Sabine Roth\nSchulverwaltung, Schulverbund Nord",
        "product_defect",
        "high",
        "de",
        "drei Schulen, Eltern beim Schulamt, Aushang als Notlösung: many hit, authority involved",
    ),
    (
        "Hallo Frau Weber,\n\n"
        "ich leite Ihnen die Nachricht unserer Leiterin Buchhaltung weiter:\n\n"
        "„Der DATEV-Export lässt seit dem Update alle Stornobuchungen weg. Wir tragen sie "
        "jeden Tag von Hand nach, das sind ungefähr zwei Stunden. Der Monatsabschluss muss in "
        "acht Tagen beim Steuerberater sein, und bis dahin schaffen wir das so kaum.“\n\n"
        "Können Sie uns sagen, ob das bis dahin behoben wird?\n\nBeste Grüße\nMarkus Lenz",
        "product_defect",
        "high",
        "de",
        "Monatsabschluss in acht Tagen, täglich 2h Nacharbeit: hard date at risk",
    ),
    (
        "Hallo,\n\n"
        "der Auslastungsbericht zeigt bei Teilzeitkräften falsche Prozentwerte an, weil er "
        "offenbar immer mit 40 Stunden rechnet. Wir nutzen den Bericht nur intern für die "
        "Wochenplanung. Bis auf Weiteres rechnen wir die Werte in Excel nach, das dauert ein "
        "paar Minuten. Könnt ihr euch das bei Gelegenheit anschauen?\n\nDanke und Gruß\nPetra",
        "product_defect",
        "medium",
        "de",
        "ein interner Bericht, Excel-Nachrechnung: real defect with workaround",
    ),
    (
        "Guten Tag,\n\n"
        "ich bin ehrlich gesagt ziemlich verärgert. Ihre Kundensuche findet keine Namen mit "
        "Umlauten: Wenn ich „Müller“ eingebe, kommt nichts, obwohl wir Dutzende Müllers haben! "
        "Für eine deutsche Software ist das eigentlich peinlich. Wir suchen jetzt über die "
        "Kundennummer, was funktioniert, aber das kann doch nicht die Lösung sein. Ich "
        "erwarte, dass das im nächsten Update behoben ist.\n\nMit freundlichen Grüßen\n"
        "H. Schäfer",
        "product_defect",
        "medium",
        "de",
        "Suche per Kundennummer funktioniert, kein Termin: angry tone, contained defect",
    ),
    (
        "Hallo Herr Sommer,\n\n"
        "wir sind seit 2018 Kunde und haben insgesamt 80 Nutzer. Bei zwei Kollegen verliert "
        "der Kalenderexport (ICS) die Zeitzone, sodass Termine in Outlook eine Stunde "
        "verschoben erscheinen. Bei allen anderen klappt es. Die beiden schauen vorerst direkt "
        "in der Web-Ansicht nach. Haben Sie eine Idee, woran das liegen könnte?\n\n"
        "Viele Grüße\nClaudia Frank",
        "product_defect",
        "medium",
        "de",
        "2 von 80 Nutzern, Web-Ansicht als Umweg: few users, workaround",
    ),
    (
        "Guten Tag,\n\n"
        "im Meldeschein-PDF werden sehr lange Nachnamen abgeschnitten, zum Beispiel bei "
        "Doppelnamen. Das kommt bei uns vielleicht zweimal im Monat vor. Die Rezeption ergänzt "
        "den Namen dann von Hand auf dem Ausdruck. Könnten Sie das Feld verbreitern oder einen "
        "Zeilenumbruch einbauen?\n\nMit freundlichen Grüßen\nRezeption, Hotel Seeblick",
        "product_defect",
        "medium",
        "de",
        "zweimal im Monat, Nachtrag von Hand: contained defect with workaround",
    ),
    (
        "Hallo,\n\n"
        "die Inventurliste lässt sich nicht nach Lagerplatz sortieren, obwohl die Option "
        "angeboten wird; die Reihenfolge bleibt einfach gleich. Wir machen die Inventur einmal "
        "im Jahr, die nächste erst im Herbst. Zur Not exportieren wir die Liste und sortieren "
        "sie in Excel. Schön wäre es trotzdem, wenn es bis dahin funktioniert.\n\nGruß\n"
        "Oliver Kraus\nLager, Kraus Werkzeuge",
        "product_defect",
        "medium",
        "de",
        "jährliche Inventur, Excel-Sortierung: occasional task, workaround",
    ),
    (
        "Liebes Support-Team,\n\n"
        "beim Import unserer Mitgliederliste bricht der Vorgang ab, sobald bei einem Mitglied "
        "das Geburtsdatum fehlt. Die Fehlermeldung sagt leider nicht, in welcher Zeile. Wir "
        "behelfen uns, indem wir vor dem Import ein Platzhalterdatum eintragen und es danach "
        "wieder löschen. Das machen wir etwa zweimal im Jahr. Könnt ihr leere Felder "
        "zulassen?\n\nHerzliche Grüße\nUte Berger\nSchriftführerin, TSV Lindenau",
        "product_defect",
        "medium",
        "de",
        "Import zweimal im Jahr, Platzhalter als Umweg: occasional task, workaround",
    ),
    (
        "Hallo,\n\nzwei Dinge, die uns im Dashboard auffallen:\n\n"
        "- Gesetzte Filter werden nach dem Abmelden nicht gespeichert.\n"
        "- Der Export über mehr als ein Jahr bricht manchmal mit einem Timeout ab; beim "
        "zweiten Versuch klappt er.\n\n"
        "Beides nervt, hält aber niemanden auf. Wann ist mit einer Korrektur zu rechnen?\n\n"
        "Gruß\nFelix",
        "product_defect",
        "medium",
        "de",
        "Filter neu setzen, zweiter Versuch klappt: intermittent glitches, retrying fixes",
    ),
    (
        "Hallo,\n\n"
        "in den Einstellungen steht bei uns „Rechnugsadresse“ statt „Rechnungsadresse“. "
        "Funktional ist alles in Ordnung. Ist nur ein Schönheitsfehler. Keine Eile, nur falls "
        "ihr ohnehin etwas an der Seite macht.\n\nViele Grüße\nJana",
        "product_defect",
        "low",
        "de",
        "Tippfehler, 'Schönheitsfehler', 'keine Eile': cosmetic",
    ),
    (
        "Bonjour,\n\n"
        "Depuis la mise à jour de mardi, chaque encaissement prend plus de trente secondes sur "
        "toutes les caisses de nos neuf boulangeries. Le matin, la file d'attente déborde sur "
        "le trottoir et des clients repartent sans rien acheter. Nous avons mis une deuxième "
        "vendeuse en caisse dans chaque magasin, mais cela ne suffit pas aux heures de pointe. "
        "Avec les fêtes de fin d'année dans trois semaines, nous ne pouvons pas rester comme "
        "ça. Pouvez-vous nous dire ce qui se passe ?\n\nCordialement,\nÉlodie Marchand\n"
        "Responsable des opérations, Maison Marchand",
        "product_defect",
        "high",
        "fr",
        "toutes les caisses, clients qui repartent, fêtes dans trois semaines: core process slow",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Depuis la dernière version, l'export des temps vers notre logiciel de facturation "
        "duplique certaines lignes. Les saisies dans votre application sont justes ; c'est "
        "l'export qui pose problème. Trois clients ont contesté leurs honoraires ce mois-ci, "
        "dont un client historique du cabinet qui s'est montré très mécontent. L'associé "
        "gérant m'a demandé de vous écrire et souhaite un point d'ici vendredi. En attendant, "
        "nous vérifions chaque facture ligne par ligne avant envoi.\n\n"
        "Veuillez agréer nos salutations distinguées,\nCaroline Dubois\n"
        "Secrétaire générale, Dubois Lefèvre Avocats",
        "product_defect",
        "high",
        "fr",
        "honoraires contestés par des clients, associé gérant impliqué: executive, client harm",
    ),
    (
        "Bonjour,\n\n"
        "Les rappels de vaccination envoyés par votre logiciel indiquent une date décalée "
        "d'une semaine par rapport au rendez-vous réel. Le planning est juste, seuls les SMS "
        "et les e-mails sont faux. Cela touche nos quatre cliniques : cette semaine, une "
        "vingtaine de clients se sont présentés le mauvais jour, certains après avoir pris une "
        "demi-journée de congé. Nos assistantes appellent désormais chaque client la veille "
        "pour confirmer. Merci de regarder cela rapidement.\n\nBien cordialement,\n"
        "Dr Julien Morel\nCliniques vétérinaires du Val",
        "product_defect",
        "high",
        "fr",
        "mauvaise date envoyée aux clients des quatre cliniques, appels manuels: many hit",
    ),
    (
        "Bonjour,\n\n"
        "Le portail d'inscription au centre de loisirs affiche « complet » pour les semaines "
        "d'été alors qu'il reste une soixantaine de places. Les familles appellent la mairie "
        "ou se déplacent, et deux agents saisissent les inscriptions à la main toute la "
        "journée. Un adjoint au maire a été interpellé sur le sujet au dernier conseil "
        "municipal. Les inscriptions pour l'été se terminent dans deux semaines, et les "
        "familles sans place devront s'organiser autrement. Pouvez-vous nous dire quand ce "
        "sera corrigé ?\n\nCordialement,\nService Enfance-Jeunesse\nMairie de Saint-Aubin",
        "product_defect",
        "high",
        "fr",
        "adjoint au maire interpellé, fin des inscriptions dans deux semaines: escalated, date "
        "at risk",
    ),
    (
        "Bonjour,\n\n"
        "Depuis jeudi, votre application chauffeurs se ferme dès qu'on arrive à l'écran de "
        "signature de livraison, sur tous nos téléphones Android, soit 35 chauffeurs sur 40. "
        "Les chauffeurs font signer des bons papier, que nous ressaisissons au bureau le soir, "
        "environ trois heures par jour. Notre principal client exige la preuve de livraison "
        "électronique sous 24 heures et nous a déjà rappelé que le contrat prévoit des "
        "pénalités. Merci de nous tenir au courant.\n\nCordialement,\nKarim Benali\n"
        "Exploitation, Benali Transports",
        "product_defect",
        "high",
        "fr",
        "35 chauffeurs sur 40, ressaisie 3h/jour, pénalités contractuelles: many hit, revenue risk",
    ),
    (
        "Salut l'équipe,\n\n"
        "La synchronisation avec HubSpot est encore cassée : les nouveaux contacts ne "
        "remontent plus depuis lundi. C'est la troisième fois depuis janvier, et à chaque fois "
        "on nous a dit que c'était réglé. Nos commerciaux recopient les leads à la main, ce "
        "qui leur prend une bonne heure par jour. Franchement, si ça recommence, on va "
        "regarder sérieusement chez un concurrent. Vous pouvez nous dire ce qui est prévu pour "
        "que ça tienne cette fois ?\n\nThomas\nRevOps, Kalio",
        "product_defect",
        "high",
        "fr",
        "troisième fois, menace d'aller chez un concurrent: repeated failure, churn threat",
    ),
    (
        "Bonjour,\n\n"
        "Depuis lundi, votre channel manager envoie à Booking et Expedia nos tarifs de basse "
        "saison au lieu des tarifs de juillet. Nous avons vendu une quarantaine de nuits à 30 "
        "% sous notre prix, et ces réservations sont fermes. Chaque matin, notre "
        "réceptionniste corrige les tarifs à la main sur les extranets, mais ils sont de "
        "nouveau écrasés dans la journée. Notre directeur m'a demandé de chiffrer la perte "
        "pour le propriétaire. Pourriez-vous nous dire ce qui se passe ?\n\nCordialement,\n"
        "Anaïs Roux\nRevenue manager, Hôtel des Remparts",
        "product_defect",
        "high",
        "fr",
        "nuits vendues 30 % sous le prix, directeur et propriétaire impliqués: revenue lost",
    ),
    (
        "Bonjour,\n\n"
        "Le rapport mensuel des absences compte les samedis comme jours ouvrés pour les "
        "salariés à temps partiel. Nous le corrigeons à la main avant de l'envoyer au service "
        "paie, ce qui prend une vingtaine de minutes. Cela ne concerne que ce rapport ; les "
        "soldes de congés affichés sont justes. Pourriez-vous corriger le calcul ?\n\n"
        "Merci d'avance,\nSandrine\nRH, Ateliers Vasseur",
        "product_defect",
        "medium",
        "fr",
        "un seul rapport, corrigé en 20 minutes par mois: real defect with workaround",
    ),
    (
        "Bonjour,\n\n"
        "Je vous écris parce que j'en ai assez. Chaque fois que je colle un texte depuis Word "
        "dans l'éditeur de modèles, toute la mise en forme saute : les listes, le gras, les "
        "titres, tout disparaît. J'ai perdu un temps fou la semaine dernière avant de "
        "comprendre. Oui, je sais qu'on peut coller en texte brut puis remettre la mise en "
        "forme, c'est ce que nous faisons, mais c'est pénible. Pour un outil à ce prix, c'est "
        "franchement décevant. Merci de corriger ça.\n\nIsabelle Garnier\n"
        "Communication, Réseau Solidaire 44",
        "product_defect",
        "medium",
        "fr",
        "coller en texte brut contourne, pas d'échéance: angry tone, contained defect",
    ),
    (
        "Bonjour Sam,\n\n"
        "Nous sommes clients depuis 2017 et nous avons environ 150 utilisateurs. Deux d'entre "
        "eux, sur d'anciens iPhone, ne reçoivent plus les notifications de l'application "
        "depuis la dernière mise à jour. Ils consultent les alertes par e-mail en attendant, "
        "ce qui fonctionne. Est-ce un problème connu ?\n\nBonne journée,\nMathieu",
        "product_defect",
        "medium",
        "fr",
        "2 utilisateurs sur 150, e-mail comme contournement: few users, workaround",
    ),
    (
        "Bonjour,\n\n"
        "L'import CSV des élèves rejette les prénoms composés avec un trait d'union, comme "
        "Jean-Baptiste ou Marie-Lou. À la rentrée, cela concernait cinq élèves sur 420, que "
        "nous avons saisis à la main. Ce n'est pas bloquant, mais ce serait bien de le "
        "corriger avant le prochain import. Merci !\n\nSecrétariat, Collège Jules-Ferry",
        "product_defect",
        "medium",
        "fr",
        "5 élèves sur 420 saisis à la main: contained defect with workaround",
    ),
    (
        "Bonjour,\n\n"
        "Depuis quelques jours, l'étiquette d'expédition s'imprime parfois en double, environ "
        "une fois sur vingt. Nos préparateurs jettent simplement la deuxième. Une fois, "
        "l'étiquette en trop a été collée par erreur sur un autre colis, que nous avons pu "
        "récupérer avant la livraison. Pouvez-vous regarder d'où vient le problème ?\n\n"
        "Cordialement,\nLaurent Petit\nEntrepôt, Petit Distribution",
        "product_defect",
        "medium",
        "fr",
        "une fois sur vingt, on jette le doublon: intermittent glitch with workaround",
    ),
    (
        "Bonjour,\n\n"
        "Sur le tableau de bord des dons, quand on change le filtre de campagne, le total "
        "affiché reste parfois celui de l'année précédente. En rechargeant la page, le bon "
        "chiffre apparaît. Nous nous en servons pour nos réunions d'équipe, donc nous "
        "vérifions maintenant deux fois avant de communiquer un chiffre. Pourriez-vous "
        "corriger ce problème d'affichage ?\n\nMerci,\nClaire Fontaine\n"
        "Trésorière, Les Amis du Parc",
        "product_defect",
        "medium",
        "fr",
        "recharger la page corrige, usage interne: intermittent glitch, retrying fixes",
    ),
    (
        "Bonjour,\n\n"
        "Petite coquille dans le menu : « Paramêtres » s'écrit sans accent circonflexe. Rien "
        "d'urgent, bien sûr. Ce serait juste plus joli si c'était corrigé dans une prochaine "
        "version. Merci !\n\nNathalie",
        "product_defect",
        "low",
        "fr",
        "coquille dans le menu, 'rien d'urgent': cosmetic",
    ),
    (
        "Bonjour,\n\n"
        "L'icône de l'application apparaît un peu floue sur les écrans Retina des Mac. C'est "
        "purement esthétique, tout fonctionne. Aucune urgence. Bonne journée !\n\nPierre",
        "product_defect",
        "low",
        "fr",
        "icône floue, 'purement esthétique', 'aucune urgence': cosmetic",
    ),
    (
        "Hola,\n\n"
        "Desde la actualización del martes, el sistema de reservas asigna la misma mesa a dos "
        "grupos distintos los viernes y sábados por la noche, en nuestros cinco locales. El "
        "fin de semana pasado tuvimos a familias esperando de pie más de media hora y acabamos "
        "invitando siete cenas. Ahora los encargados revisan todas las reservas a mano cada "
        "tarde, más o menos una hora por local. En mayo empiezan las comuniones y tenemos casi "
        "todo el mes reservado con grupos grandes. ¿Podéis decirnos cuándo estará "
        "solucionado?\n\nUn saludo,\nJavier Ortega\nGrupo La Brasa",
        "product_defect",
        "high",
        "es",
        "cenas invitadas en cinco locales, comuniones en mayo: revenue lost, season coming",
    ),
    (
        "Buenos días:\n\n"
        "Desde hace una semana, la agenda tarda entre 30 y 40 segundos en guardar cada cambio, "
        "para todas las recepcionistas de nuestras tres sedes. Los pacientes esperan en el "
        "mostrador mientras les damos cita, y las colas llegan hasta la puerta. Ya tenemos "
        "varias reseñas negativas en Google que mencionan la espera. El personal de recepción "
        "se queda una hora más cada día para sacar el trabajo. Les agradecería que me "
        "explicaran cómo lo están abordando.\n\nAtentamente,\nLucía Ferrer\n"
        "Gerente, Clínica Dental Ferrer",
        "product_defect",
        "high",
        "es",
        "todas las recepcionistas lentas, reseñas negativas, horas extra: core process slow",
    ),
    (
        "Hola:\n\n"
        "El cálculo de portes aplica la tarifa peninsular a los envíos a Canarias desde el día "
        "5. Es decir, estamos cobrando a nuestros clientes bastante menos de lo que nos cuesta "
        "el transporte, en unos 80 envíos diarios. De momento corregimos cada albarán a mano "
        "antes de facturar, lo que ocupa a una persona casi toda la jornada. El director "
        "financiero ya me ha preguntado dos veces cuándo estará resuelto. Quedo a la espera de "
        "vuestras noticias.\n\nSaludos,\nMarta Gil\nAdministración, TransIslas",
        "product_defect",
        "high",
        "es",
        "80 envíos/día cobrados de menos, director financiero pregunta: revenue risk, executive",
    ),
    (
        "Estimados señores:\n\n"
        "Desde la última actualización, los justificantes del registro electrónico de nuestro "
        "ayuntamiento salen con la fecha del día anterior. En la base de datos la fecha es "
        "correcta; el error está solo en el PDF que recibe el ciudadano. Como muchos trámites "
        "tienen plazos legales, varios vecinos han presentado reclamaciones y uno ha acudido "
        "al Defensor del Pueblo. El personal de registro emite a mano certificados de "
        "corrección, unos cincuenta al día. Les rogamos nos indiquen cuándo estará corregido.\n"
        "\nAtentamente,\nSecretaría General\nAyuntamiento de Valdemoro del Río",
        "product_defect",
        "high",
        "es",
        "fecha errónea en justificantes oficiales, Defensor del Pueblo: wrong figure, authority",
    ),
    (
        "Hola Sam,\n\n"
        "Otra vez se ha parado la sincronización de stock con nuestra tienda online. Es la "
        "tercera vez desde enero. Vendimos 25 productos que ya no teníamos y hemos tenido que "
        "devolver el dinero y pedir disculpas a esos clientes, y algunos nos han dejado malas "
        "valoraciones. Mientras tanto actualizo el stock a mano dos veces al día. Si vuelve a "
        "pasar, nos cambiamos de plataforma; ya estamos mirando alternativas.\n\nPablo\n"
        "Tienda Verde Natural",
        "product_defect",
        "high",
        "es",
        "tercera vez, devoluciones, mirando alternativas: repeated failure, churn threat",
    ),
    (
        "Buenas tardes:\n\n"
        "La plataforma está calculando mal la media ponderada de la evaluación: no aplica los "
        "porcentajes que hemos configurado para exámenes y trabajos. Las notas individuales "
        "están bien. Los boletines se entregan a las familias dentro de dos semanas, así que "
        "los 52 profesores están recalculando las medias a mano por las tardes. Además, la "
        "inspección educativa revisa este trimestre nuestros criterios de evaluación. ¿Nos "
        "podéis decir para cuándo habrá una corrección?\n\nUn saludo,\nJefatura de Estudios\n"
        "Colegio San Ignacio",
        "product_defect",
        "high",
        "es",
        "boletines en dos semanas, 52 profesores recalculando, inspección: date at risk, many hit",
    ),
    (
        "Hola,\n\n"
        "El informe de ventas por vendedor no descuenta las devoluciones, así que las cifras "
        "salen algo infladas. Solo lo usamos internamente para el seguimiento mensual. Lo "
        "ajustamos en Excel con el listado de devoluciones y nos lleva unos minutos. ¿Podéis "
        "revisarlo cuando podáis?\n\nGracias,\nRaúl",
        "product_defect",
        "medium",
        "es",
        "un informe interno, ajuste en Excel: real defect with workaround",
    ),
    (
        "Buenos días:\n\n"
        "Estoy harta. El botón de «Guardar borrador» a veces no guarda nada, y no aparece "
        "ningún mensaje de error. Si vuelvo a pulsarlo, funciona, y no he perdido nada porque "
        "ahora siempre lo compruebo, pero me pasa varias veces a la semana. ¡No entiendo cómo "
        "algo tan básico puede fallar! Por favor, arréglenlo.\n\nCarmen Ruiz\n"
        "Administración, Ruiz Asesores",
        "product_defect",
        "medium",
        "es",
        "volver a pulsar funciona, nada perdido: intermittent glitch, tone is not severity",
    ),
    (
        "Hola:\n\n"
        "Somos clientes desde 2020 y tenemos unos 120 usuarios. A cuatro de ellos les falla el "
        "inicio de sesión con Google desde hace unos días; les aparece un error genérico. "
        "Pueden entrar con usuario y contraseña sin problema. ¿Sabéis a qué se debe?\n\n"
        "Saludos,\nEsteban\nSistemas, Grupo Alda",
        "product_defect",
        "medium",
        "es",
        "4 de 120 usuarios, entran con contraseña: few users, workaround",
    ),
    (
        "Buenas tardes:\n\n"
        "El informe de ocupación por tipo de habitación cuenta las suites dos veces, por lo "
        "que el total supera el número real de habitaciones. Lo usamos solo para la "
        "planificación mensual interna. Nuestra jefa de recepción lo corrige restando las "
        "suites a mano. Les agradeceríamos que lo revisaran.\n\nSaludos cordiales,\n"
        "Hotel Mirador del Puerto",
        "product_defect",
        "medium",
        "es",
        "informe interno, corrección manual sencilla: contained defect with workaround",
    ),
    (
        "Hola,\n\n"
        "En el planificador de mantenimiento, las tareas quincenales no aparecen en la vista "
        "de calendario; las mensuales y semanales sí. En la vista de lista están todas, así "
        "que los técnicos la usan para consultarlas. No se ha quedado ninguna tarea sin hacer, "
        "pero es incómodo. ¿Es un fallo conocido?\n\nGracias y un saludo,\nIñaki Etxeberria\n"
        "Mantenimiento, Forjas del Norte",
        "product_defect",
        "medium",
        "es",
        "vista de calendario, la lista funciona: real defect with workaround",
    ),
    (
        "Hola:\n\n"
        "El formulario de inscripción de voluntarios rechaza los correos con subdominio, como "
        "nombre@correo.universidad.es. Nos ha pasado con tres o cuatro personas este "
        "trimestre, casi todas estudiantes. Las damos de alta nosotros a mano cuando nos "
        "escriben. ¿Podríais corregirlo?\n\nUn abrazo,\nAlba\n"
        "Coordinación de voluntariado, Fundación Puentes",
        "product_defect",
        "medium",
        "es",
        "tres o cuatro personas por trimestre, alta manual: contained defect",
    ),
    (
        "Hola,\n\n"
        "Os paso un par de cosas de la app móvil que nos han comentado los comerciales:\n\n"
        "- Con 4G, a veces la subida de fotos falla; al reintentarlo, funciona.\n"
        "- El teclado tapa el campo de observaciones en algunos Android pequeños; hay que "
        "desplazar la pantalla.\n\n"
        "Nada que les impida trabajar, pero resulta molesto. Gracias.\n\nSilvia",
        "product_defect",
        "medium",
        "es",
        "reintentar funciona, desplazar la pantalla: intermittent glitches with workaround",
    ),
    (
        "Hola:\n\n"
        "En el menú aparece «Configuracion» sin tilde. Es una tontería, pero queda feo. Sin "
        "prisa ninguna. ¡Gracias!\n\nMaría José",
        "product_defect",
        "low",
        "es",
        "falta una tilde, 'sin prisa ninguna': cosmetic",
    ),
    (
        "Buenas,\n\n"
        "El logotipo de los correos de confirmación sale un poco descentrado cuando se abren "
        "en Outlook. En Gmail se ve bien. No es nada urgente, solo estético. Saludos.\n\nDiego",
        "product_defect",
        "low",
        "es",
        "logo descentrado, 'solo estético', 'nada urgente': cosmetic",
    ),
]
