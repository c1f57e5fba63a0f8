"""Blind evaluation batch 7 for the escalation severity classifier: compact escalations.

Each item is what a Customer Success Manager forwards to the escalation desk: a one-line CSM
note followed by the customer's own short message (1-4 sentences).

150 items:
- severity: 70 high, 60 medium, 10 critical, 10 low
- category: 55 product_defect, 25 service_failure, 25 commercial_dispute, 20 feature_gap,
  15 relationship_at_risk, 10 executive_intervention
- language: 90 en, 20 de, 20 fr, 20 es (the CSM note is in the customer's language for
  7 of the 20 items in each non-English language, in English otherwise)

Every item was written and labelled blind, by hand, from the defs-1 bullets quoted in the
task only: no repository file was read and nothing was run on the items before labelling
(only a syntax check and label/language counts afterwards).

Borders aimed at: mostly high vs medium. High items take their level from one concrete,
plainly stated fact (a dated audit, inspection, go-live, month-end close, payroll run,
filing, opening, tender or renewal at risk; a broken function for many users with a costly
workaround; a competitor evaluated; a champion leaving before renewal; our people failing
more than once; an executive involved), without stock words. Medium items are real problems
with a workaround and no deadline, with decoys: start dates that are not deadlines, large
numbers that do no harm, amounts disputed without a deadline. Critical items state a
stopped or harmed business now (about half without the word "down"); low items are
cosmetic, a question or a wish with "no rush".

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (note, text, category, severity, language,
# why) — why: the words that decided the labels and the defs-1 bullets they rest on
ITEMS: list[tuple[str, str, str, str, str, str]] = [
    # ------------------------------------------------------------------ English
    (
        "Brightfield Garden Centres: every card payment on the web shop has failed "
        "since 06:10 this morning.",
        "Since 06:10 every order on our web shop fails at the payment step with "
        "'transaction could not be completed'. We have taken no online orders this "
        "morning; a normal Saturday brings about 300 by noon. Nothing has changed on our side.",
        "product_defect",
        "critical",
        "en",
        "'every order fails at the payment step' -> product_defect (errors); orders not "
        "going out, no workaround -> critical",
    ),
    (
        "Kestrel Logistics: payroll bank submission fails at the last step; 1,140 drivers "
        "due to be paid Friday.",
        "The bank submission for this month's payroll stops with error PAY-417 at the final "
        "step. We have tried three times since 9am. 1,140 drivers are due to be paid on "
        "Friday and the bank cut-off is 15:00 today.",
        "product_defect",
        "critical",
        "en",
        "'payroll stops with error PAY-417', cut-off today -> product_defect; payroll not "
        "going out -> critical",
    ),
    (
        "Orchard Lane Primary: all attendance marks for 3-7 March vanished after Monday "
        "night's update.",
        "Every class register for 3 to 7 March has been blank since your update on Monday "
        "night, 412 pupils in all. We are legally required to keep these records and the "
        "teachers kept no paper copies.",
        "product_defect",
        "critical",
        "en",
        "'register blank since your update' -> product_defect (lost data); data lost -> critical",
    ),
    (
        "Marlow & Finch Solicitors: document portal down for all 140 staff in both offices "
        "since 08:30.",
        "The portal has been down since half eight for everyone. Nobody can open or file a "
        "matter document, and we have three court filings to make today.",
        "product_defect",
        "critical",
        "en",
        "'portal down for everyone', nobody can open documents -> product_defect (outage); "
        "unusable for most, no workaround -> critical",
    ),
    (
        "Pinewood Housing Association: tenant app shows other tenants' repair requests, "
        "including phone numbers and door codes.",
        "A tenant called to say the 'My repairs' page lists her neighbours' requests with "
        "names, phone numbers and key-safe codes. We reproduced it with two test accounts. "
        "About 6,000 tenants use the app.",
        "product_defect",
        "critical",
        "en",
        "other tenants' names and door codes visible -> product_defect; privacy breach -> critical",
    ),
    (
        "Fenwick Dental Group: audit log export skips overnight entries since 2 April; "
        "inspection on 14 May.",
        "The audit log export leaves out every entry made between 18:00 and 08:00, starting "
        "2 April. The inspector needs a complete log for all nine practices on 14 May. We can "
        "rebuild the night entries from the server by hand, but only one practice a day.",
        "product_defect",
        "high",
        "en",
        "export leaves out entries -> product_defect (wrong data); 'inspector needs a "
        "complete log ... on 14 May' -> high (audit at risk)",
    ),
    (
        "Corvid Parcel: about a third of shipping labels fail since last Wednesday; retries "
        "are getting them out.",
        "Roughly one label in three fails with 'carrier response timeout' since last "
        "Wednesday. Retries get most labels through, but the evening peak now finishes two "
        "hours late and some parcels miss the last van.",
        "product_defect",
        "high",
        "en",
        "labels fail with timeout -> product_defect; broken for many, retries cost two hours "
        "-> high (painful workaround)",
    ),
    (
        "Hollins Accountancy: client export times out above roughly 2,000 rows; staff are "
        "splitting it by hand.",
        "The client export stops with a timeout whenever the file goes over about 2,000 rows. "
        "We split it into small batches, which takes one of us half a day, and all 35 "
        "accountants need it every week.",
        "product_defect",
        "high",
        "en",
        "export times out -> product_defect; 35 users, half a day per export -> high "
        "(important function, costly workaround)",
    ),
    (
        "Ridgeway Builders Merchants: purchase invoices stopped auto-matching to orders on "
        "12 March; 1,800 waiting.",
        "Since the 12 March update no purchase invoice matches its order automatically and "
        "1,800 are waiting. Our month-end close is on the 31st; the accounts team can match "
        "about 200 a day by hand.",
        "product_defect",
        "high",
        "en",
        "auto-match stopped after update -> product_defect; 'month-end close is on the 31st' "
        "with 1,800 to do -> high (deadline at risk)",
    ),
    (
        "Sandbank Hotels: about half the room types fail to sync rates to booking channels; "
        "three hotels open 1 June.",
        "When we push rates, about half of the room types come back with 'mapping error' and "
        "we key them into each channel by hand. Our three new hotels open for bookings on "
        "1 June and we can't launch them that way.",
        "product_defect",
        "high",
        "en",
        "'mapping error' on rate push -> product_defect; 'open for bookings on 1 June' -> "
        "high (go-live at risk)",
    ),
    (
        "Tallis Care Homes: timesheet import skips shifts that cross midnight; payroll runs "
        "on the 25th.",
        "The timesheet import drops any shift that crosses midnight, about 900 night shifts a "
        "month across our homes. Payroll runs on the 25th, so our two payroll clerks are "
        "keying them in from the rota printouts.",
        "product_defect",
        "high",
        "en",
        "import drops shifts -> product_defect; payroll run on the 25th kept by manual keying "
        "-> high (deadline at risk; payroll still goes out, so not critical)",
    ),
    (
        "Ashdown Children's Trust: donation report double-counts donors with two addresses; "
        "claim must be filed by 30 April.",
        "The Gift Aid report counts a donation twice when the donor has two addresses, so the "
        "total is about £14,000 too high. We file our claim by 30 April and are checking "
        "3,200 donors against the bank export by hand.",
        "product_defect",
        "high",
        "en",
        "report double-counts -> product_defect (wrong data); 'file our claim by 30 April' -> "
        "high (filing deadline at risk)",
    ),
    (
        "Quayside Marketing: scheduled posts going out two to five hours late for all 60 "
        "client accounts since 20 May.",
        "Since 20 May scheduled posts publish between two and five hours late, for every "
        "client. We now post the time-sensitive ones by hand in the evening. Our renewal is "
        "in August and we will look at other tools if this carries on.",
        "product_defect",
        "high",
        "en",
        "posts publish late -> product_defect (a churn threat about a defect keeps the "
        "category); renewal threat -> high (renewal at risk)",
    ),
    (
        "Northgate Council: accessibility checker crashes on PDFs with form fields; needed "
        "for their 9 October tender.",
        "The accessibility checker crashes on any PDF with form fields, which is most of our "
        "forms. The full report goes into our tender response due 9 October; meanwhile we "
        "check 240 forms one at a time with a free tool.",
        "product_defect",
        "high",
        "en",
        "checker crashes -> product_defect; 'tender response due 9 October' -> high (hard "
        "deadline at risk)",
    ),
    (
        "Greyfield Food Labs: temperature report blank for three freezers, 1-6 June; raw "
        "data is there; inspection 17 June.",
        "The temperature report shows no readings for freezers 4, 7 and 9 from 1 to 6 June, "
        "though the raw export has them. The food safety inspection is on 17 June and the "
        "inspector wants the report; rebuilding it from the raw export means about 40,000 "
        "lines per freezer.",
        "product_defect",
        "high",
        "en",
        "report blank though raw data exists -> product_defect (not lost); 'inspection is on "
        "17 June' -> high (inspection at risk)",
    ),
    (
        "Meridian Recruitment: candidate search takes 40-90 seconds for all 80 consultants "
        "since Monday.",
        "Every candidate search has taken between 40 and 90 seconds since Monday. The "
        "consultants now keep shortlists in spreadsheets and call from those, so every note "
        "gets written twice.",
        "product_defect",
        "high",
        "en",
        "search slow -> product_defect (slowness); 80 users, double note-keeping -> high "
        "(broken for many, painful workaround)",
    ),
    (
        "Lumen Fitness: join form rejects every bank account for the new Didsbury club, "
        "opening 3 March.",
        "The online join form rejects every direct debit for the Didsbury club with 'invalid "
        "branch'. The club opens on 3 March and 450 people have pre-registered; staff are "
        "taking details on paper to key in later.",
        "product_defect",
        "high",
        "en",
        "'invalid branch' rejection -> product_defect; 'club opens on 3 March' -> high "
        "(opening at risk)",
    ),
    (
        "Halberd Software Resellers: licence keys fail to generate for multi-year orders; "
        "74 orders stuck before quarter close.",
        "Any order with a term over 12 months fails at key generation, so 74 orders are "
        "stuck. Our quarter closes on Friday 28 June and they only count once keys are "
        "issued. We're asking customers to take one-year keys and reissuing later.",
        "product_defect",
        "high",
        "en",
        "key generation fails -> product_defect; 'quarter closes on Friday 28 June' -> high "
        "(dated deadline, costly workaround)",
    ),
    (
        "Pemberton Library Service: overdue reminders sent twice to about 300 borrowers a "
        "week since 4 February.",
        "Since 4 February around 300 borrowers a week get the same overdue reminder twice. "
        "It causes a few questions at the desk, nothing more; we've switched off the second "
        "reminder run for now.",
        "product_defect",
        "medium",
        "en",
        "duplicate reminders -> product_defect; workaround, '4 February' is a start date not "
        "a deadline -> medium",
    ),
    (
        "Crestline Logistics: shipment history shows last quarter's 18,000 records in UTC "
        "instead of UK time.",
        "All 18,000 shipment records from last quarter show UTC in the history view instead "
        "of UK time. Billing and tracking use the right times; it only confuses the team when "
        "they look back, and they add the hour in their heads.",
        "product_defect",
        "medium",
        "en",
        "wrong times shown -> product_defect; 18,000 records but no harm, workaround -> medium",
    ),
    (
        "Wrenfield Veterinary: stock counts double for some items after each delivery; "
        "corrected by hand every Monday.",
        "After each delivery some items get counted in twice. Our practice manager corrects "
        "around 25 lines every Monday, about an hour. It started after the March release.",
        "product_defect",
        "medium",
        "en",
        "stock counted twice -> product_defect; weekly manual fix, no deadline -> medium",
    ),
    (
        "Aldgate Studios: project timeline stays blank in Safari for five designers; Chrome "
        "works fine.",
        "the project timeline is blank in safari 17 for our five designers who use macs. "
        "they open it in chrome instead and that works.",
        "product_defect",
        "medium",
        "en",
        "timeline blank in Safari -> product_defect; Chrome works -> medium (workaround, no "
        "deadline)",
    ),
    (
        "Brook & Vale Estate Agents: portrait photos upload sideways since 14 January; "
        "agents rotate each one.",
        "Since 14 January photos taken in portrait on iPhones show up sideways on the "
        "listing. The agents rotate them in the editor before publishing, about 20 listings "
        "a week.",
        "product_defect",
        "medium",
        "en",
        "photos rotated wrongly -> product_defect; manual rotation, date is a start date -> medium",
    ),
    (
        "Harbourside Hotel: housekeeping app logs the 22 room attendants out every half hour "
        "since 2 May.",
        "Since the update on 2 May the housekeeping app logs staff out every 30 minutes. They "
        "log back in and carry on; rooms are still turned over on time, it's just irritating.",
        "product_defect",
        "medium",
        "en",
        "app logs staff out -> product_defect; work continues, start date only -> medium",
    ),
    (
        "Kiln & Co Ceramics: weekly summary email shows sales of £1,240 where the dashboard "
        "shows £12,400.",
        "Last week's summary email says £1,240 in sales; the dashboard and the bank both say "
        "£12,400. We're reading figures from the dashboard for now.",
        "product_defect",
        "medium",
        "en",
        "wrong figure in summary -> product_defect; amount is a decoy, dashboard workaround "
        "-> medium",
    ),
    (
        "Sterling Physio: reminder texts still show the old Mill Road address despite the "
        "settings change on 9 January.",
        "We changed the Eastgate clinic address in settings on 9 January, but reminder texts "
        "still give Mill Road. Reception now rings new patients to confirm where to come, "
        "five or six calls a day.",
        "product_defect",
        "medium",
        "en",
        "setting not applied to texts -> product_defect; phone workaround, no deadline -> medium",
    ),
    (
        "Cobalt Freight Forwarding: about 1 in 50 customs invoices since 11 April lack the "
        "HS code column.",
        "Roughly one customs invoice in 50 generated since 11 April has no HS code column. "
        "Our clerks check each invoice before it goes out and add the codes by hand when "
        "they're missing.",
        "product_defect",
        "medium",
        "en",
        "missing column -> product_defect (wrong output); checked by hand, no deadline -> medium",
    ),
    (
        "Fairhaven Charity Shops: till report ignores the shop filter and always returns all "
        "46 shops.",
        "The till report ignores the shop filter and always gives all 46 shops. Area managers "
        "download it and filter in Excel, which works.",
        "product_defect",
        "medium",
        "en",
        "filter ignored -> product_defect; Excel workaround -> medium",
    ),
    (
        "Oakridge Property Management: new maintenance jobs take up to an hour to reach the "
        "contractor app.",
        "New jobs take 30 to 60 minutes to appear on the contractor app; before April it was "
        "under a minute. For anything pressing our coordinators phone the contractor "
        "directly.",
        "product_defect",
        "medium",
        "en",
        "sync delay -> product_defect (slowness); phone workaround, no deadline -> medium",
    ),
    (
        "Vantage Dental Labs: about 5% of imported orders get the customer reference "
        "doubled, fixed by hand.",
        "Around 5% of orders coming in from the accounting link show the reference twice, "
        "e.g. 'REF-1182REF-1182'. The team fixes them in the order screen, about 15 a week.",
        "product_defect",
        "medium",
        "en",
        "reference doubled -> product_defect (wrong data); weekly manual fix -> medium",
    ),
    (
        "Greenway Cycles: loyalty points for click-and-collect orders not credited; 62 "
        "customers topped up by hand.",
        "Points for online orders collected in store aren't credited automatically. Since "
        "February we've added them by hand for 62 customers, a few minutes each.",
        "product_defect",
        "medium",
        "en",
        "points not credited -> product_defect; manual credit, no deadline -> medium",
    ),
    (
        "Thistle Print Works: proof PDFs lose their crop marks when downloaded in bulk; "
        "single downloads are fine.",
        "When we download proofs in bulk the PDFs come without crop marks. One at a time "
        "they're fine, so we fetch the 10 or so we need each morning individually. Teh bulk "
        "option worked until June.",
        "product_defect",
        "medium",
        "en",
        "bulk PDFs missing crop marks -> product_defect; single download works -> medium",
    ),
    (
        "Juniper Yoga Studios: their logo looks blurry in booking confirmation emails on phones.",
        "Our logo looks a bit fuzzy in the confirmation email on phones. Not a big deal, "
        "whenever you get round to it.",
        "product_defect",
        "low",
        "en",
        "blurry logo -> product_defect (however small); cosmetic, 'not a big deal' -> low",
    ),
    (
        "Birchwood Accounting: payments widget tooltip spells 'Received' as 'Recieved'.",
        "Small one: the tooltip on the payments widget reads 'Recieved'. No rush.",
        "product_defect",
        "low",
        "en",
        "typo in the interface -> product_defect; cosmetic, 'No rush' -> low",
    ),
    (
        "Calder & Moss Solicitors: our trainer missed the 4 March workshop and the "
        "rescheduled one on 18 March.",
        "Your trainer didn't join on 4 March or on 18 March. Twenty lawyers blocked two hours "
        "of their diaries each time, and we still have no new date.",
        "service_failure",
        "high",
        "en",
        "trainer missed two workshops -> service_failure (missed meetings); twice -> high "
        "(our people failed repeatedly)",
    ),
    (
        "Ventnor Logistics: tickets 48812, 48830 and 48901 have had no reply since 2-3 October.",
        "Three tickets opened on 2 and 3 October, 48812, 48830 and 48901, have had no reply "
        "at all. Our contract says first response within one business day.",
        "service_failure",
        "high",
        "en",
        "three tickets unanswered against a one-day response -> service_failure (SLA); "
        "repeated -> high",
    ),
    (
        "Hawthorn Pharmacy Group: no onboarding engineer assigned yet though promised for "
        "1 August; go-live 15 September.",
        "We were promised an onboarding engineer by 1 August to set up our 18 branches. "
        "Nobody has been assigned, and on 15 September our old system is switched off.",
        "service_failure",
        "high",
        "en",
        "engineer not assigned as promised -> service_failure; 'old system is switched off' "
        "on 15 September -> high (go-live at risk)",
    ),
    (
        "Elmstead College: migration planning call moved by our side three times; "
        "enrolment opens 18 August.",
        "Your team has now moved the migration planning call three times, the latest on the "
        "morning of 12 June. The student records have to be moved before enrolment opens "
        "on 18 August.",
        "service_failure",
        "high",
        "en",
        "our team moved the call three times -> service_failure; repeated, plus 18 August -> high",
    ),
    (
        "Northwind Couriers: May uptime 97.1% against 99.9% contracted; incident reports "
        "requested three times, none sent.",
        "Our monitoring shows 97.1% uptime for May against the 99.9% in the contract. We "
        "asked for incident reports after 6, 14 and 27 May and have received none.",
        "service_failure",
        "high",
        "en",
        "'97.1% against the 99.9% in the contract', no reports -> service_failure (uptime "
        "breach); three times -> high (repeated)",
    ),
    (
        "Saltmarsh Events: no status updates for four hours during Tuesday's scanner outage, "
        "same as on 11 April.",
        "During Tuesday's scanner outage we got no update from you for four hours, exactly "
        "like on 11 April. Both times we had about 3,000 guests at the gates and nothing to "
        "tell them.",
        "service_failure",
        "high",
        "en",
        "no status updates -> service_failure; second time -> high (repeated)",
    ),
    (
        "Ferncliff Insurance Brokers: supplier security questionnaire unanswered since 2 May "
        "despite two chasers; audit 3 July.",
        "We sent the supplier security questionnaire on 2 May and chased on 20 May and "
        "6 June. Our external audit on 3 July needs it completed for every supplier.",
        "service_failure",
        "high",
        "en",
        "questionnaire unanswered after chasers -> service_failure; 'external audit on "
        "3 July' -> high (audit at risk)",
    ),
    (
        "Tideway Marine: two tickets on the same chart sync fault closed as resolved "
        "without any reply.",
        "Ticket 7731 about chart sync was closed as resolved on 8 May with no reply, and 7790 "
        "went the same way on 21 May. The sync still fails and our skippers copy routes "
        "across by hand.",
        "service_failure",
        "high",
        "en",
        "tickets closed without an answer, twice -> service_failure; repeated -> high",
    ),
    (
        "Marigold Nurseries: nobody from our side joined their onboarding session on 9 April.",
        "Nobody joined from your side for our onboarding session on 9 April; six of us "
        "waited twenty minutes. Could you send a new date? Any time in the next few weeks "
        "suits.",
        "service_failure",
        "medium",
        "en",
        "missed onboarding -> service_failure; single miss, no deadline -> medium",
    ),
    (
        "Rowan Architects: their ticket on plot scaling was closed on Friday without a reply.",
        "Ticket 55210 on plot scaling was closed on Friday without any reply. We're plotting "
        "at 100% and rescaling by hand, so it's not holding us up, but we'd like an answer.",
        "service_failure",
        "medium",
        "en",
        "one ticket closed without an answer -> service_failure; workaround -> medium",
    ),
    (
        "Carraway Bakeries: engineer call-back promised on 14 November about integration "
        "settings never happened.",
        "Your agent told us on 14 November an engineer would ring about the integration "
        "settings. No call yet. We can keep exporting the file by hand until then.",
        "service_failure",
        "medium",
        "en",
        "promised call-back not made -> service_failure; single, manual export works -> medium",
    ),
    (
        "Wexford Engineering: first reply to their 3 February permissions ticket took four days.",
        "Our ticket of 3 February about user permissions got its first reply on 7 February. "
        "It's fixed now, but four days is longer than we're used to.",
        "service_failure",
        "medium",
        "en",
        "slow first response -> service_failure; one ticket, resolved -> medium",
    ),
    (
        "Pellham Media: recording of the 20 March admin training was promised but never sent.",
        "After the admin training on 20 March we were told the recording would follow. Three "
        "new starters have joined since and we're walking them through it ourselves.",
        "service_failure",
        "medium",
        "en",
        "recording promised, not sent -> service_failure; they cope meanwhile -> medium",
    ),
    (
        "Larkspur Accounting: learned from an auto-reply that their account manager left; "
        "nobody told them the replacement.",
        "We wrote to our account manager on 2 June and got an auto-reply saying she has "
        "left. Who should we contact now?",
        "service_failure",
        "medium",
        "en",
        "no handover communicated -> service_failure (process failed); a real gap, not just "
        "a question, no harm yet -> medium",
    ),
    (
        "Granby Dental: status page said all fine during Tuesday's 40-minute slow booking spell.",
        "On Tuesday between 10:05 and 10:45 booking was very slow for us, but your status "
        "page showed everything green. We'd like it to show these episodes.",
        "service_failure",
        "medium",
        "en",
        "status page not updated -> service_failure (no status updates); once, over -> medium",
    ),
    (
        "Stourton Council: the monthly usage report agreed in their contract was not sent "
        "for April.",
        "The monthly usage report agreed in our contract didn't arrive for April. We use it "
        "for an internal review in the summer, so nothing is held up, but please send it.",
        "service_failure",
        "medium",
        "en",
        "contracted report not sent -> service_failure; 'summer' review is not a deadline -> "
        "medium",
    ),
    (
        "Ingleby Schools Trust: renewal quote is 18% up per pupil; renewal due 30 June.",
        "The renewal quote shows an 18% increase per pupil. Our budget for next year was "
        "approved in March on this year's price, and the renewal is due on 30 June.",
        "commercial_dispute",
        "high",
        "en",
        "price rise on renewal -> commercial_dispute; budget on old price, 'renewal is due "
        "on 30 June' -> high (renewal at risk)",
    ),
    (
        "Harrow Green Clinics: annual invoice is for 240 seats; they reduced to 150 in "
        "writing in January.",
        "The annual invoice charges for 240 seats; we reduced to 150 in writing on "
        "2 January. Our finance committee signs off the budget on 12 September and won't "
        "approve this invoice as it is.",
        "commercial_dispute",
        "high",
        "en",
        "seat count on invoice -> commercial_dispute; 'signs off the budget on 12 September' "
        "-> high (hard deadline)",
    ),
    (
        "Maple Street Dental: new contract adds three-year auto-renewal and 90-day notice; "
        "current term ends 31 March.",
        "The contract you sent adds automatic renewal for three years and a 90-day notice "
        "period. Our current term ends on 31 March and we can't sign it with these terms.",
        "commercial_dispute",
        "high",
        "en",
        "contract terms -> commercial_dispute; contract in question, term ends 31 March -> "
        "high (renewal at risk)",
    ),
    (
        "Pike & Harrow Builders: annual licence of £38,000 charged twice to their card on 3 May.",
        "Our card was charged £38,000 twice on 3 May for the annual licence. The second "
        "charge leaves us short for our supplier payment run on 31 May, so we need it back "
        "before then.",
        "commercial_dispute",
        "high",
        "en",
        "double charge -> commercial_dispute; 'supplier payment run on 31 May' -> high "
        "(dated deadline)",
    ),
    (
        "Oxley Freight: credit note of €4,500 agreed in March never issued; renewal invoice "
        "due 15 July.",
        "In March you agreed a credit note of €4,500 for the February outage. It hasn't been "
        "issued, and our accounts team won't pay the renewal invoice due 15 July until it is.",
        "commercial_dispute",
        "high",
        "en",
        "credit note not issued -> commercial_dispute; renewal payment withheld, 15 July -> "
        "high (renewal at risk)",
    ),
    (
        "Westbury Opticians: still billed for 12 seats after removing three users on 10 January.",
        "We removed three users on 10 January but the February and March invoices still "
        "charge 12 seats. Please correct them and credit the difference, £270.",
        "commercial_dispute",
        "medium",
        "en",
        "seat count billing error -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Fulbright Events: questions £6,800 overage on the March invoice for 41,000 tickets.",
        "The March invoice has £6,800 in overage for 41,000 tickets. We read our contract as "
        "covering up to 50,000 a month. Can you check and send a corrected invoice?",
        "commercial_dispute",
        "medium",
        "en",
        "overage fee contested -> commercial_dispute; amount disputed, no deadline -> medium",
    ),
    (
        "Caldbeck Engineering: invoices still carry the old VAT number since their move on "
        "1 April.",
        "Since we moved on 1 April, your invoices still show our old VAT number. Our "
        "bookkeeper is holding them in a separate folder until corrected ones arrive.",
        "commercial_dispute",
        "medium",
        "en",
        "invoice details wrong -> commercial_dispute; no deadline, move date is a decoy -> medium",
    ),
    (
        "Lindenhurst Vet Group: £420 refund for the cancelled SMS add-on not received after "
        "six weeks.",
        "We cancelled the SMS add-on on 14 February and were told £420 would be refunded. "
        "Nothing has arrived as of today, 28 March.",
        "commercial_dispute",
        "medium",
        "en",
        "refund outstanding -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Shoreline Surf Schools: per-location price went from £35 to £42 without a notice "
        "they saw.",
        "Our last invoice charges £42 per location; last year it was £35. We didn't see any "
        "notice of a change. What is it based on?",
        "commercial_dispute",
        "medium",
        "en",
        "price rise query -> commercial_dispute; billing question without a deadline -> medium",
    ),
    (
        "Amberley Care: April invoice made out to the wrong legal entity; finance can't book it.",
        "The April invoice is addressed to Amberley Care Ltd, but our contract is with "
        "Amberley Care Group Ltd. Finance can't book it until it's reissued.",
        "commercial_dispute",
        "medium",
        "en",
        "invoice to wrong entity -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Brightwater Academy: 3,000 student accounts billed at the staff rate on the last invoice.",
        "The last invoice puts our 3,000 student accounts at the staff rate, €9 instead of "
        "€2, so it's €21,000 too high. Please reissue it.",
        "commercial_dispute",
        "medium",
        "en",
        "wrong rate billed -> commercial_dispute; large amount but no deadline -> medium (decoy)",
    ),
    (
        "Tansy Florists: asking when the 2025 annual invoice will be sent out.",
        "When will the annual invoice for 2025 go out? Just planning cash flow, no rush.",
        "commercial_dispute",
        "low",
        "en",
        "invoice timing -> commercial_dispute (invoices); a question, 'no rush' -> low",
    ),
    (
        "Kingsmere Council: library tender requires the public portal in Welsh; submission "
        "9 October.",
        "The tender for the library contract requires the public portal to be available in "
        "Welsh. Submission is on 9 October and we have to confirm language support in "
        "writing by then.",
        "feature_gap",
        "high",
        "en",
        "portal lacks Welsh -> feature_gap; 'submission is on 9 October' -> high (tender "
        "deadline at risk)",
    ),
    (
        "Blackwater Hospital Trust: go-live on 4 November assumes single sign-on for "
        "clinical users, which we lack.",
        "Our go-live on 4 November assumes staff log in through our existing single sign-on, "
        "but clinical users can only use username and password in your product. "
        "Information governance won't approve go-live without it.",
        "feature_gap",
        "high",
        "en",
        "single sign-on not supported -> feature_gap; 'go-live on 4 November' -> high "
        "(go-live at risk)",
    ),
    (
        "Heronsgate Logistics: needs stock per warehouse location before their renewal on "
        "30 September.",
        "We opened a second warehouse in Leeds and need stock per location; today we run it "
        "as a separate account and re-key every transfer. Our renewal is on 30 September "
        "and we can only renew if this is on your plan by then.",
        "feature_gap",
        "high",
        "en",
        "stock per location not supported -> feature_gap; renewal made conditional on it -> "
        "high (renewal at risk)",
    ),
    (
        "Pennyroyal Bakery: re-enters the same wholesale orders every Monday; asks for "
        "standing orders.",
        "Is there a way to set up standing orders for our 30 wholesale cafés? At the moment "
        "we re-enter the same orders every Monday.",
        "feature_gap",
        "medium",
        "en",
        "no standing orders -> feature_gap; matters, no date -> medium",
    ),
    (
        "Claybourne Surveyors: closing about 200 jobs a month one at a time; asking about "
        "bulk status change.",
        "We close around 200 survey jobs a month and change the status on each one "
        "separately. Is bulk editing on the roadmap?",
        "feature_gap",
        "medium",
        "en",
        "'on the roadmap' bulk edit -> feature_gap; matters, no date -> medium",
    ),
    (
        "Linnet Legal: matter export has no time entries; they merge two reports every month.",
        "The matter export doesn't include time entries, so every month we merge two reports "
        "for our billing review. Having them in one export would help.",
        "feature_gap",
        "medium",
        "en",
        "export lacks time entries by design -> feature_gap; manual merge, no date -> medium",
    ),
    (
        "Greystone Hotels: their door-lock vendor wants to read housekeeping status; staff "
        "update both systems.",
        "Our door-lock supplier wants to read room status from your system, but we can't "
        "find an API for housekeeping. Is one planned? Staff update both systems for now.",
        "feature_gap",
        "medium",
        "en",
        "no housekeeping API, 'is one planned' -> feature_gap; no date -> medium",
    ),
    (
        "Northfield Clinic: team grew from 40 to 90 since January; they want two-factor "
        "login for staff.",
        "We've gone from 40 to 90 staff since January and would like two-factor login for "
        "everyone. Is it available or planned?",
        "feature_gap",
        "medium",
        "en",
        "two-factor login missing -> feature_gap; growth date is not a deadline -> medium",
    ),
    (
        "Quill & Ink Stationers: would like a dark mode for the back office at some point.",
        "Would be lovely to have a dark mode in the back office one day. No rush at all.",
        "feature_gap",
        "low",
        "en",
        "dark mode wish -> feature_gap; 'No rush' -> low",
    ),
    (
        "Hartwell Gallery: suggests letting each user reorder the dashboard tiles.",
        "Just an idea for the future: let each user drag the dashboard tiles into their own "
        "order. Nice to have, nothing more.",
        "feature_gap",
        "low",
        "en",
        "tile reordering -> feature_gap; 'Nice to have' -> low",
    ),
    (
        "Moorland Scout District: leaders ask whether event names can include emoji.",
        "Can we use emoji in event names? A couple of our leaders asked. Not important either way.",
        "feature_gap",
        "low",
        "en",
        "emoji support -> feature_gap; a question -> low",
    ),
    (
        "Castlegate Retail: trialling another stock platform in 12 of 60 stores until the "
        "end of June.",
        "We've started a trial of another stock platform in 12 of our 60 stores, running to "
        "the end of June. We'll compare the two before deciding what to roll out next year.",
        "relationship_at_risk",
        "high",
        "en",
        "trial of another platform -> relationship_at_risk; competitor evaluated -> high",
    ),
    (
        "Fernbrook Care Group: after merging with Linwood Care, the group picks one "
        "platform next quarter.",
        "Since the merger with Linwood Care we run two systems. The group will decide next "
        "quarter which platform we keep for all 34 homes.",
        "relationship_at_risk",
        "high",
        "en",
        "'decide next quarter which platform we keep' -> relationship_at_risk; renewal at "
        "risk -> high",
    ),
    (
        "Palisade Insurance: Dana Okafor, admin and budget owner, leaves on 31 May; renewal "
        "comes up in July.",
        "Dana Okafor, who set the system up and holds the budget for it, leaves us on "
        "31 May. Nobody else here has really worked with your tool, and the renewal comes "
        "up in July.",
        "relationship_at_risk",
        "high",
        "en",
        "champion leaving -> relationship_at_risk; leaves before the July renewal -> high",
    ),
    (
        "Lowther Estates: undecided on renewal with notice date 1 August; 9 of 40 licences in use.",
        "Our notice date is 1 August and we haven't decided whether to renew. Only 9 of the "
        "40 licences are in use and we need to see a case for keeping it.",
        "relationship_at_risk",
        "high",
        "en",
        "renewal undecided -> relationship_at_risk (renewal in doubt); notice date 1 August "
        "-> high",
    ),
    (
        "Kestwick Hospital Trust: their contract goes to open tender in January under "
        "procurement rules.",
        "Procurement rules mean our contract with you goes out to open tender in January. "
        "You're welcome to bid, but there's no preference for the current supplier.",
        "relationship_at_risk",
        "high",
        "en",
        "contract re-tendered -> relationship_at_risk; renewal at risk -> high",
    ),
    (
        "Larchmont Law: two practice heads booked demos with other case-management vendors "
        "next week.",
        "Two of our practice heads have demos with other case-management vendors next week. "
        "They want to know what's changing on your side before our term ends in October.",
        "relationship_at_risk",
        "high",
        "en",
        "demos with other vendors -> relationship_at_risk; competitor evaluation -> high",
    ),
    (
        "Saffron Travel: rollout lead Priya moves to a sister company Friday; no successor, "
        "renewal in six weeks.",
        "Priya, who ran the rollout, moves to our sister company on Friday. No one has been "
        "named to take over the system and the renewal decision is in six weeks.",
        "relationship_at_risk",
        "high",
        "en",
        "champion leaving, no successor -> relationship_at_risk; before renewal -> high",
    ),
    (
        "Harebell Garden Centres: weekly logins fell from about 120 to 70 since March.",
        "Weekly logins across our centres have fallen from about 120 to 70 since March. We "
        "think newer staff never got trained. Any suggestions?",
        "relationship_at_risk",
        "medium",
        "en",
        "falling logins -> relationship_at_risk; no threat -> medium (falling usage)",
    ),
    (
        "Tarnside Hostels: only two staff still use the reports module, down from eleven.",
        "Since our reorganisation in February only two people still open the reports "
        "module, compared with eleven before. Otherwise we're happy with the product.",
        "relationship_at_risk",
        "medium",
        "en",
        "usage dropping -> relationship_at_risk; no threat -> medium (falling usage)",
    ),
    (
        "Redcliffe Pharmacies: their chief executive writes; dispensing system down at all "
        "22 branches since 07:00.",
        "I am writing as chief executive. Since 07:00 none of our 22 pharmacies can release "
        "a prescription; the dispensing screen hangs on 'verifying' and patients are being "
        "turned away. I want someone senior from your company on the phone within the hour.",
        "executive_intervention",
        "critical",
        "en",
        "chief executive writes, wants someone senior -> executive_intervention; no "
        "dispensing at any branch -> critical",
    ),
    (
        "Ellesmere Foods: their COO is now copied and asks for our chief revenue officer.",
        "I've copied our COO, Sarah Lind. The EDI integration has slipped from March to May "
        "to July, and she wants a call with your chief revenue officer before we agree "
        "another date.",
        "executive_intervention",
        "high",
        "en",
        "COO copied, asks for our CRO -> executive_intervention; executive involvement -> high",
    ),
    (
        "Brackenridge University: their CFO asks to meet our CEO about next year's licence terms.",
        "Our chief financial officer would like to meet your CEO about next year's licence "
        "terms before our finance committee meets on 20 November.",
        "executive_intervention",
        "high",
        "en",
        "CFO asks for our CEO -> executive_intervention (even on licence terms); executive "
        "involvement -> high",
    ),
    (
        "Wyvern Hotels: their CEO writes about three weeks of slow booking engine and wants "
        "our exec sponsor.",
        "I'm writing as CEO of Wyvern Hotels. Our booking engine has been slow for three "
        "weeks and conversion has dropped. I'd like to speak to your executive sponsor for "
        "our account this week.",
        "executive_intervention",
        "high",
        "en",
        "CEO writes, asks for executive sponsor -> executive_intervention; executive "
        "involvement -> high",
    ),
    (
        "Hollybush Schools Trust: Chair of Trustees copied, wants a written plan for the "
        "safeguarding report fix.",
        "Copying our Chair of Trustees, who wants a written plan for fixing the safeguarding "
        "report before the board meets on 14 March.",
        "executive_intervention",
        "high",
        "en",
        "board chair copied to demand a plan -> executive_intervention; executive "
        "involvement -> high",
    ),
    (
        "Ardent Logistics: managing director wants a call with our chief executive about "
        "refused outage credits.",
        "Our managing director has read the correspondence about the outage credits and "
        "asks for a call with your chief executive. We won't continue this at account level.",
        "executive_intervention",
        "high",
        "en",
        "MD asks for our chief executive -> executive_intervention; executive involvement -> high",
    ),
    (
        "Fieldfare Media: their CTO asks for a call with our CTO about API rate limits.",
        "Our CTO, Ben Achebe, is asking for a call with your CTO about the API rate limits, "
        "which throttled our publishing jobs four times this month.",
        "executive_intervention",
        "high",
        "en",
        "CTO asks for our CTO -> executive_intervention; executive involvement -> high",
    ),
    # ------------------------------------------------------------------- German
    (
        "Bäckerei Hofmann: Kassensystem in allen 14 Filialen seit 6 Uhr ausgefallen, kein "
        "Verkauf möglich.",
        "Seit 6 Uhr startet die Kasse in keiner unserer 14 Filialen, es kommt nur "
        "'Lizenzserver nicht erreichbar'. Wir können weder kassieren noch Bons drucken.",
        "product_defect",
        "critical",
        "de",
        "'Kasse startet in keiner Filiale' -> product_defect (outage); sales stopped, no "
        "workaround -> critical",
    ),
    (
        "Stadtwerke Lindau: Tuesday's invoice run sent 8,400 bills showing other households' "
        "names and usage.",
        "Der Rechnungslauf vom Dienstag hat 8.400 Rechnungen verschickt, auf denen Name und "
        "Verbrauch eines anderen Haushalts stehen. Den nächsten Lauf haben wir angehalten.",
        "product_defect",
        "critical",
        "de",
        "bills show other households' data -> product_defect; privacy breach -> critical",
    ),
    (
        "Kanzlei Brandt & Vogel: booking export drops all cost centres since 20 February; "
        "month-end close on the 5th.",
        "Der Buchungsexport lässt seit dem Update vom 20. Februar alle Kostenstellen weg. "
        "Monatsabschluss ist am 5., bis dahin tragen zwei Kolleginnen rund 1.500 Buchungen "
        "von Hand nach.",
        "product_defect",
        "high",
        "de",
        "export drops cost centres -> product_defect; 'Monatsabschluss ist am 5.' -> high "
        "(deadline at risk)",
    ),
    (
        "Spedition Krüger: Tourenplanung rechnet seit Montag alle Touren 30 bis 40 Minuten "
        "zu kurz.",
        "Seit Montag sind alle berechneten Touren 30 bis 40 Minuten zu kurz. Unsere 60 "
        "Fahrer machen jeden Abend Überstunden, und die Disponenten planen jede Tour von "
        "Hand nach.",
        "product_defect",
        "high",
        "de",
        "routes miscalculated -> product_defect; 60 drivers, every route re-planned by hand "
        "-> high (broken for many, costly workaround)",
    ),
    (
        "Praxis Dr. Weller: appointment reminder texts going out at 3am instead of 9am since "
        "2 March.",
        "Seit dem 2. März gehen die Terminerinnerungen um 3 Uhr nachts raus statt um 9 Uhr. "
        "Ein paar Patienten haben sich gewundert; wir haben vorerst auf E-Mail-Erinnerungen "
        "umgestellt.",
        "product_defect",
        "medium",
        "de",
        "wrong send time -> product_defect; email workaround, start date only -> medium",
    ),
    (
        "Autohaus Seidel: interne Bestandsliste zeigt bei 2.300 Fahrzeugen das Datum im "
        "falschen Format.",
        "Bei allen 2.300 Fahrzeugen in der internen Bestandsliste steht die Erstzulassung im "
        "amerikanischen Datumsformat. In den Inseraten stimmt es; intern lesen wir es eben "
        "um.",
        "product_defect",
        "medium",
        "de",
        "wrong date format -> product_defect; 2,300 vehicles but no harm, ads correct -> medium",
    ),
    (
        "Hotel Alpenblick: tablet view shows 'Zimmeruebersicht' instead of 'Zimmerübersicht' "
        "in a heading.",
        "Auf dem Tablet steht in der Überschrift 'Zimmeruebersicht' statt 'Zimmerübersicht'. "
        "Nur eine Schönheitssache, kein Stress.",
        "product_defect",
        "low",
        "de",
        "wrong umlaut in heading -> product_defect; cosmetic, 'kein Stress' -> low",
    ),
    (
        "Ingenieurbüro Hartmann: drei Tickets seit dem 6. Mai ohne Antwort, Vertrag sieht "
        "Erstreaktion in einem Werktag vor.",
        "Die Tickets 30112, 30125 und 30140 sind seit dem 6. Mai offen und unbeantwortet. "
        "Laut Vertrag gilt eine Erstreaktion innerhalb eines Werktags.",
        "service_failure",
        "high",
        "de",
        "three tickets unanswered against the contract -> service_failure (SLA); repeated -> high",
    ),
    (
        "Gemeinde Ostheim: our trainer cancelled their staff training twice; switch to the "
        "new system on 1 July.",
        "Die Schulung für das Bürgerbüro wurde von Ihrer Seite zweimal kurzfristig abgesagt, "
        "am 14. und am 28. Mai. Am 1. Juli stellen wir um, und zwölf Mitarbeitende haben das "
        "System noch nie gesehen.",
        "service_failure",
        "high",
        "de",
        "training cancelled twice by our side -> service_failure; repeated plus 1 July "
        "go-live -> high",
    ),
    (
        "Zahnarztpraxis Lindner: their ticket about invoice print layout was closed without "
        "an answer.",
        "Unser Ticket zum Drucklayout der Rechnungen wurde am Freitag ohne Antwort "
        "geschlossen. Wir drucken solange über PDF, das geht. Eine Rückmeldung hätten wir "
        "trotzdem gern.",
        "service_failure",
        "medium",
        "de",
        "ticket closed without an answer -> service_failure; once, PDF workaround -> medium",
    ),
    (
        "Schulverbund Nordheide: renewal offer is 15% above the current price; budget was "
        "set on the old price.",
        "Das Verlängerungsangebot liegt 15 % über dem aktuellen Preis. Unser Haushalt fürs "
        "kommende Schuljahr wurde mit dem alten Preis beschlossen, und die Verlängerung ist "
        "zum 30. Juni fällig.",
        "commercial_dispute",
        "high",
        "de",
        "price rise -> commercial_dispute; budget on old price, renewal due 30 June -> high "
        "(renewal at risk)",
    ),
    (
        "Maschinenbau Ehrlich: neuer Vertragsentwurf verlängert die Kündigungsfrist auf "
        "sechs Monate, Laufzeit endet 31. März.",
        "Im neuen Vertragsentwurf ist die Kündigungsfrist von drei auf sechs Monate "
        "verlängert. Unser Vertrag läuft am 31. März aus, und so unterschreiben wir nicht.",
        "commercial_dispute",
        "high",
        "de",
        "notice period change -> commercial_dispute (contract terms); contract in question "
        "before 31 March -> high",
    ),
    (
        "Physiotherapie Bauer: still billed for 25 users although they have had 19 since January.",
        "Seit Januar haben wir 19 Nutzer, abgerechnet werden weiter 25. Bitte korrigieren "
        "Sie die Rechnungen Februar bis April und schreiben Sie uns die Differenz gut.",
        "commercial_dispute",
        "medium",
        "de",
        "seat count billing -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Landhotel Sommer: annual fee of €1,190 debited twice on 3 April; refund requested.",
        "Die Jahresgebühr von 1.190 € wurde am 3. April zweimal abgebucht. Bitte erstatten "
        "Sie den zweiten Betrag auf unser Konto.",
        "commercial_dispute",
        "medium",
        "de",
        "double debit -> commercial_dispute; refund without deadline -> medium",
    ),
    (
        "Klinikum Rosenau: certification audit on 12 September needs a full export of "
        "master-data changes.",
        "Für das Zertifizierungsaudit am 12. September brauchen wir einen Export aller "
        "Änderungen an Patientenstammdaten. Ihr System zeigt die Historie nur je Datensatz "
        "an, einen Export gibt es nicht.",
        "feature_gap",
        "high",
        "de",
        "history per record only, no export -> feature_gap; 'Zertifizierungsaudit am "
        "12. September' -> high (audit at risk)",
    ),
    (
        "Steuerbüro Maier: Mandanten fragen nach einer Anmeldung mit zweitem Faktor im Portal.",
        "Unterstützt das Mandantenportal eine Anmeldung mit zweitem Faktor? Mehrere "
        "Mandanten haben danach gefragt. Ist das geplant?",
        "feature_gap",
        "medium",
        "de",
        "'Ist das geplant?' two-factor -> feature_gap; matters, no date -> medium",
    ),
    (
        "Möbelhaus Krämer: wants delivery windows by postcode area; coordinating 40-50 "
        "customers a week by phone.",
        "Wir möchten Lieferfenster nach Postleitzahlgebiet vergeben, das System kennt nur "
        "ein Fenster pro Tag. Zurzeit stimmen wir das mit 40 bis 50 Kunden pro Woche "
        "telefonisch ab.",
        "feature_gap",
        "medium",
        "de",
        "only one window per day -> feature_gap; phone workaround, no date -> medium",
    ),
    (
        "Versicherungsmakler Albrecht: sales team testing another CRM alongside ours until "
        "quarter end.",
        "Unser Vertrieb testet bis Quartalsende ein anderes CRM parallel zu Ihrem. Danach "
        "entscheiden wir, mit welchem System wir weiterarbeiten.",
        "relationship_at_risk",
        "high",
        "de",
        "testing another CRM -> relationship_at_risk; competitor evaluated -> high",
    ),
    (
        "Stadtbibliothek Neustadt: Ausleihen über die App seit Januar um etwa 40 Prozent gesunken.",
        "Die Ausleihen über die App sind seit Januar um etwa 40 % zurückgegangen. Wir "
        "vermuten, dass viele die neue Anmeldung nicht verstanden haben. Wie lösen das "
        "andere Bibliotheken?",
        "relationship_at_risk",
        "medium",
        "de",
        "falling usage -> relationship_at_risk; no threat -> medium",
    ),
    (
        "Brauerei Zeller: their Geschäftsführer asks for a meeting with our management "
        "after a third delay.",
        "Als Geschäftsführer bitte ich um ein Gespräch mit Ihrer Geschäftsleitung. Die "
        "Anbindung unseres Lagers wurde jetzt zum dritten Mal verschoben.",
        "executive_intervention",
        "high",
        "de",
        "Geschäftsführer writes, asks for our management -> executive_intervention; "
        "executive involvement -> high",
    ),
    # ------------------------------------------------------------------- French
    (
        "Pharmacies Lemoine : aucune commande grossiste n'est partie depuis hier 19 h, dans "
        "les 11 officines.",
        "Depuis hier 19 h, aucune commande vers le grossiste ne part de nos 11 pharmacies ; "
        "elles restent « en attente d'envoi ». Les premières ruptures arrivent ce matin et "
        "nous n'avons pas d'autre moyen de commander en volume.",
        "product_defect",
        "critical",
        "fr",
        "orders stuck 'en attente d'envoi' -> product_defect; orders not going out, no "
        "workaround -> critical",
    ),
    (
        "Cabinet Dufresne: time report counts mobile hours twice since April; quarterly "
        "client billing on 30 June.",
        "Depuis avril, le rapport des temps compte deux fois les heures saisies sur mobile. "
        "Nous facturons nos clients pour le trimestre le 30 juin et vérifions à la main "
        "environ 300 feuilles de temps.",
        "product_defect",
        "high",
        "fr",
        "hours counted twice -> product_defect (wrong data); billing on 30 June -> high "
        "(deadline at risk)",
    ),
    (
        "Collège Jean-Moulin : l'export des notes vers les bulletins échoue pour 9 classes sur 24.",
        "L'export des notes vers les bulletins s'arrête sur une erreur pour 9 classes sur "
        "24. Les conseils de classe commencent le 12 juin ; en attendant, les professeurs "
        "principaux recopient les moyennes à la main.",
        "product_defect",
        "high",
        "fr",
        "export fails -> product_defect; 'conseils de classe commencent le 12 juin' -> high "
        "(dated deadline)",
    ),
    (
        "Transports Girard: driver app fails to upload delivery photos for about one drop "
        "in five since 3 March.",
        "Depuis la mise à jour du 3 mars, environ une livraison sur cinq arrive sans photo "
        "de preuve. Nos 45 chauffeurs renvoient les photos par messagerie le soir et le "
        "service client les rattache une à une, deux heures par jour.",
        "product_defect",
        "high",
        "fr",
        "photos not uploaded -> product_defect; 45 drivers, two hours a day -> high (painful "
        "workaround)",
    ),
    (
        "Hôtel des Tilleuls : les départs tardifs n'apparaissent plus dans le planning du ménage.",
        "Depuis le 15 janvier, les chambres en départ tardif n'apparaissent pas dans le "
        "planning du ménage. La gouvernante les ajoute à la main chaque matin, cinq ou six "
        "chambres.",
        "product_defect",
        "medium",
        "fr",
        "rooms missing from schedule -> product_defect; daily manual fix, start date only -> "
        "medium",
    ),
    (
        "Agence Morel Immobilier: 4,000 archived listings still show the agency's old phone "
        "number.",
        "Les 4 000 annonces archivées affichent encore notre ancien numéro de téléphone. Les "
        "annonces en ligne sont correctes ; nous corrigeons à la main celles que nous "
        "republions.",
        "product_defect",
        "medium",
        "fr",
        "old number shown -> product_defect; large number but archived, workaround -> medium",
    ),
    (
        "Mairie de Saint-Aubin: planning form rejects attachments over 5 MB though the "
        "stated limit is 20 MB.",
        "Le formulaire de demande d'urbanisme refuse les pièces jointes de plus de 5 Mo, "
        "alors que la limite affichée est de 20 Mo. Les demandeurs nous les envoient par "
        "courriel et nous les ajoutons au dossier, une dizaine par semaine.",
        "product_defect",
        "medium",
        "fr",
        "attachments rejected below stated limit -> product_defect; email workaround -> medium",
    ),
    (
        "Clinique vétérinaire du Parc : notre technicien ne s'est pas présenté deux fois "
        "pour l'installation.",
        "Votre technicien devait installer les postes le 4 puis le 11 avril ; il n'est venu "
        "ni l'une ni l'autre fois, sans prévenir. Nos vétérinaires avaient libéré leur "
        "matinée les deux fois.",
        "service_failure",
        "high",
        "fr",
        "technician no-show twice -> service_failure; repeated -> high",
    ),
    (
        "Groupe Hospitalier Vauban: migration plan promised for 15 May still missing after "
        "two reminders; switchover 2 September.",
        "Le plan de migration promis pour le 15 mai n'est toujours pas arrivé malgré deux "
        "relances. Notre bascule est fixée au 2 septembre et notre service informatique doit "
        "valider le plan avant l'été.",
        "service_failure",
        "high",
        "fr",
        "plan not delivered despite reminders -> service_failure; 'bascule ... 2 septembre' "
        "-> high (go-live at risk)",
    ),
    (
        "Boulangeries Perrin: their ticket on label printing was closed yesterday with no reply.",
        "Le ticket 8812 sur l'impression des étiquettes a été clôturé hier sans réponse. "
        "Nous imprimons depuis un autre poste en attendant, ça fonctionne.",
        "service_failure",
        "medium",
        "fr",
        "ticket closed without an answer -> service_failure; once, workaround -> medium",
    ),
    (
        "Réseau d'écoles Horizon : devis de renouvellement en hausse de 20 %, budget voté "
        "sur l'ancien tarif.",
        "Le devis de renouvellement est 20 % plus cher que cette année. Notre budget a été "
        "voté en mars sur l'ancien tarif et le renouvellement tombe le 31 août.",
        "commercial_dispute",
        "high",
        "fr",
        "price rise -> commercial_dispute; budget voted on old price, renewal 31 August -> "
        "high (renewal at risk)",
    ),
    (
        "Coopérative Agricole du Val: won't sign without the availability penalty clause; "
        "contract ends 30 September.",
        "Nous ne signerons pas le nouveau contrat sans la clause de pénalités en cas "
        "d'indisponibilité, qui figurait dans l'ancien. Le contrat actuel se termine le "
        "30 septembre.",
        "commercial_dispute",
        "high",
        "fr",
        "penalty clause removed -> commercial_dispute (contract terms); contract ends "
        "30 September -> high",
    ),
    (
        "Atelier Chevalier: March invoice still counts 15 users after four were removed in "
        "February.",
        "Nous avons supprimé quatre utilisateurs en février, mais la facture de mars en "
        "compte toujours 15. Merci de corriger et de nous faire un avoir de 160 €.",
        "commercial_dispute",
        "medium",
        "fr",
        "seat count on invoice, credit note -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Librairie Les Mots Passants: asks whether invoices can come as PDF attachments "
        "instead of links.",
        "Petite question : peut-on recevoir les factures en pièce jointe PDF plutôt que par "
        "lien ? Rien de pressé.",
        "commercial_dispute",
        "low",
        "fr",
        "invoice delivery -> commercial_dispute (invoices); a question, 'rien de pressé' -> low",
    ),
    (
        "Val d'Orne council group: tender requires an accessibility statement we don't "
        "offer; bids due 18 October.",
        "L'appel d'offres exige une déclaration d'accessibilité RGAA pour le portail. Votre "
        "produit n'en propose pas et la remise des offres est fixée au 18 octobre.",
        "feature_gap",
        "high",
        "fr",
        "product offers no accessibility statement -> feature_gap; 'remise des offres ... "
        "18 octobre' -> high (tender at risk)",
    ),
    (
        "Cabinet Roussel : demande si la signature électronique des lettres de mission est prévue.",
        "La signature électronique des lettres de mission est-elle prévue ? Aujourd'hui "
        "nous imprimons, faisons signer et scannons, une trentaine par mois.",
        "feature_gap",
        "medium",
        "fr",
        "'est-elle prévue' -> feature_gap; manual workaround, no date -> medium",
    ),
    (
        "Camping Les Pins: booking engine takes full payment only; they want a 30% deposit option.",
        "Le moteur de réservation n'accepte que le paiement complet. Nous aimerions demander "
        "un acompte de 30 %, comme beaucoup de campings. Est-ce sur votre feuille de route ?",
        "feature_gap",
        "medium",
        "fr",
        "no deposit option, 'feuille de route' -> feature_gap; no date -> medium",
    ),
    (
        "Groupe Delorme Distribution: merging with Alvéa; the group will choose one stock "
        "platform by December.",
        "Avec la fusion avec Alvéa, nous aurons deux outils de gestion des stocks. Le groupe "
        "choisira d'ici décembre celui que nous gardons pour les 80 magasins.",
        "relationship_at_risk",
        "high",
        "fr",
        "one platform to be kept -> relationship_at_risk; renewal in doubt by December -> high",
    ),
    (
        "Musée des Arts Textiles : seuls trois agents utilisent encore la billetterie, "
        "contre douze avant l'été.",
        "Depuis l'été, seuls trois agents utilisent encore l'outil, contre douze "
        "auparavant ; les autres sont revenus aux tableurs. Pouvez-vous nous proposer une "
        "remise à niveau ?",
        "relationship_at_risk",
        "medium",
        "fr",
        "usage down to three -> relationship_at_risk; no threat -> medium",
    ),
    (
        "Laboratoires Vernier: their directrice générale writes and wants a call with our "
        "CEO this week.",
        "Je vous écris en tant que directrice générale. Le module de traçabilité promis pour "
        "janvier n'est toujours pas livré et je souhaite échanger avec votre PDG cette "
        "semaine.",
        "executive_intervention",
        "high",
        "fr",
        "directrice générale writes, asks for our PDG -> executive_intervention; executive "
        "involvement -> high",
    ),
    # ------------------------------------------------------------------ Spanish
    (
        "Supermercados Olmedo: tills down in all 30 stores since opening at 09:00; no sales "
        "possible.",
        "Desde la apertura a las 9:00 las cajas de nuestras 30 tiendas están caídas y no "
        "cobran ni con tarjeta ni en efectivo. Las tiendas están llenas y no podemos vender.",
        "product_defect",
        "critical",
        "es",
        "'cajas ... caídas' -> product_defect (outage); no sales, no workaround -> critical",
    ),
    (
        "Gestoría Navarro: el informe trimestral de IVA duplica las rectificativas; "
        "presentación el 20 de abril.",
        "Desde la actualización de marzo, el informe trimestral de IVA suma dos veces las "
        "facturas rectificativas. La presentación es el 20 de abril y estamos revisando a "
        "mano unas 1.200 facturas de 60 clientes.",
        "product_defect",
        "high",
        "es",
        "report sums twice -> product_defect (wrong data); 'presentación es el 20 de abril' "
        "-> high (filing at risk)",
    ),
    (
        "Clínica Dental Sonrisa: online booking rejects about half of patients since "
        "Monday; reception takes the calls.",
        "Desde el lunes la reserva en línea falla para más o menos la mitad de los "
        "pacientes, con un error al validar el teléfono. Las recepcionistas atienden el "
        "doble de llamadas y cerramos la agenda una hora más tarde.",
        "product_defect",
        "high",
        "es",
        "booking fails for half -> product_defect; phone workaround costs an hour a day -> "
        "high (broken for many, painful workaround)",
    ),
    (
        "Hoteles Brisa Marina: las tarifas del hotel de Cádiz no llegan a los canales; abre "
        "el 1 de julio.",
        "Las tarifas del nuevo hotel de Cádiz no se envían a los canales de reserva; las de "
        "los otros hoteles sí. Abrimos el 1 de julio y ya deberíamos estar vendiendo, así "
        "que las cargamos a mano en cada canal.",
        "product_defect",
        "high",
        "es",
        "rates not sent -> product_defect; 'Abrimos el 1 de julio' -> high (opening at risk)",
    ),
    (
        "Academia Lingua: attendance export shows month/day dates since 10 February; fixed "
        "in Excel weekly.",
        "Desde el 10 de febrero la exportación de asistencia sale con las fechas en formato "
        "mes/día. La secretaria las corrige en Excel cada viernes, unos diez minutos.",
        "product_defect",
        "medium",
        "es",
        "wrong date format -> product_defect; weekly manual fix, start date only -> medium",
    ),
    (
        "Ferretería Ruiz: unos 12.000 artículos salen sin categoría en el informe de ventas "
        "desde enero.",
        "Desde que importamos el catálogo nuevo en enero, unos 12.000 artículos aparecen sin "
        "categoría en el informe de ventas. Las ventas son correctas; solo agrupamos a mano "
        "al preparar el informe mensual.",
        "product_defect",
        "medium",
        "es",
        "missing category -> product_defect; 12,000 items but no harm, manual grouping -> medium",
    ),
    (
        "Floristería Camelia: cart icon sits slightly off-centre on the order screen.",
        "El icono del carrito aparece un poco desplazado en la pantalla de pedidos. Nada "
        "grave, cuando puedan.",
        "product_defect",
        "low",
        "es",
        "misaligned icon -> product_defect; cosmetic -> low",
    ),
    (
        "Colegio San Marcos: nuestra formadora faltó a dos sesiones; 35 profesores "
        "reservaron la tarde.",
        "Su formadora no se conectó a la sesión del 7 de marzo ni a la del 21, y 35 "
        "profesores habían reservado la tarde las dos veces. Seguimos sin fecha nueva.",
        "service_failure",
        "high",
        "es",
        "trainer missed two sessions -> service_failure; repeated -> high",
    ),
    (
        "Constructora Almagro: no status update during last Wednesday's slow morning on the "
        "platform.",
        "El miércoles pasado la plataforma fue lenta toda la mañana y no recibimos ningún "
        "aviso. Nos gustaría que nos informaran la próxima vez.",
        "service_failure",
        "medium",
        "es",
        "no notice during slowness -> service_failure (no status updates); once, over -> medium",
    ),
    (
        "Bodegas Ferrán: minutes of Tuesday's review meeting were promised but not yet sent.",
        "Quedaron en enviarnos el acta de la reunión del martes y aún no ha llegado. Sin "
        "prisa, es solo para el archivo.",
        "service_failure",
        "low",
        "es",
        "promised minutes not sent -> service_failure; 'sin prisa', archive only -> low",
    ),
    (
        "Cooperativa Vinícola del Segre: renewal quote counts 80 licences, they use 55; "
        "signature due 15 May.",
        "El presupuesto de renovación cuenta 80 licencias y usamos 55 desde octubre. Tenemos "
        "que firmar antes del 15 de mayo y no lo haremos con esa cifra.",
        "commercial_dispute",
        "high",
        "es",
        "licence count -> commercial_dispute; renewal signature due 15 May -> high (renewal "
        "at risk)",
    ),
    (
        "Ayuntamiento de Villalba: la factura anual incluye un módulo no contratado de 6.400 €.",
        "La factura anual incluye un módulo que no contratamos, 6.400 €. Intervención no "
        "puede pagarla así, y si no se corrige antes del cierre del 15 de diciembre perdemos "
        "la partida presupuestaria.",
        "commercial_dispute",
        "high",
        "es",
        "module billed but not contracted -> commercial_dispute; 'cierre del 15 de "
        "diciembre' -> high (dated deadline)",
    ),
    (
        "Taller Mecánico Pons: monthly fee of €89 charged twice in March.",
        "En marzo nos cobraron dos veces la cuota mensual de 89 €. ¿Pueden devolver el "
        "segundo cargo?",
        "commercial_dispute",
        "medium",
        "es",
        "double charge -> commercial_dispute; no deadline -> medium",
    ),
    (
        "Residencia Los Olivos: last invoice €210 higher with no change in user numbers.",
        "La última factura es 210 € más alta que la anterior y no vemos ningún cambio en el "
        "número de usuarios. ¿Nos pueden explicar a qué corresponde?",
        "commercial_dispute",
        "medium",
        "es",
        "unexplained increase -> commercial_dispute; billing question, no deadline -> medium",
    ),
    (
        "Logística Peñalba: Lisbon depot goes live 1 October and needs labels in Portuguese; "
        "only Spanish and English exist.",
        "El almacén de Lisboa arranca con ustedes el 1 de octubre y las etiquetas deben ir "
        "en portugués. El sistema solo permite español e inglés; sin eso no podemos arrancar "
        "en esa fecha.",
        "feature_gap",
        "high",
        "es",
        "language not supported -> feature_gap; 'arranca ... el 1 de octubre' -> high "
        "(go-live at risk)",
    ),
    (
        "Estudio Vela Arquitectura: preguntan si se podrán exportar planos con capas.",
        "¿Está previsto exportar los planos manteniendo las capas? Ahora salen sin capas y "
        "las rehacemos en nuestro programa, unas dos horas por proyecto.",
        "feature_gap",
        "medium",
        "es",
        "'¿Está previsto?' layers -> feature_gap; costly but no date -> medium",
    ),
    (
        "Óptica Miramar: many clients ignore text reminders; asks about reminders by WhatsApp.",
        "Muchos clientes no leen los SMS y faltan a la cita, unas ocho a la semana. ¿Tienen "
        "previsto enviar recordatorios por WhatsApp?",
        "feature_gap",
        "medium",
        "es",
        "WhatsApp reminders not offered -> feature_gap; matters, no date -> medium",
    ),
    (
        "Distribuciones Castell: operations comparing us with two other vendors before the "
        "September renewal.",
        "Nuestro equipo de operaciones está comparando su plataforma con la de otros dos "
        "proveedores. Decidimos antes de la renovación de septiembre.",
        "relationship_at_risk",
        "high",
        "es",
        "comparing with two vendors -> relationship_at_risk; competitor evaluation before "
        "renewal -> high",
    ),
    (
        "Fundación Aurora: los voluntarios activos en la plataforma han bajado de 200 a unos 100.",
        "Desde enero, los voluntarios que usan la plataforma han pasado de 200 a unos 100. "
        "Creemos que es por el cambio de coordinadores; ¿nos pueden ayudar a reactivarlos?",
        "relationship_at_risk",
        "medium",
        "es",
        "falling usage -> relationship_at_risk; no threat -> medium",
    ),
    (
        "Hospital Santa Clara: their director general is copied and asks for our chief "
        "executive after three delays.",
        "Pongo en copia a nuestro director general. La integración con el laboratorio lleva "
        "tres aplazamientos y quiere hablar con su consejero delegado esta semana.",
        "executive_intervention",
        "high",
        "es",
        "director general copied, asks for our CEO -> executive_intervention; executive "
        "involvement -> high",
    ),
]
