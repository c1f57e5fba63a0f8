"""Category evaluation batch 3: executive involvement versus the problem it is about.

130 whole short customer emails (2-15 lines), each labelled with one category.

Labels:   executive_intervention 65, product_defect 45, service_failure 10,
          commercial_dispute 5, relationship_at_risk 5 (feature_gap 0).
Language: en 80, de 17, fr 17, es 16.
About one item in four carries a one-line CSM note (30 of 130).

Written and labelled blind, by hand, from the defs-1 category bullets quoted in the
task only: no repository file was read, and nothing (no classifier, bench script or
test) was run on the items before or after labelling; only a syntax check and a count
of items per label and language were run.

Borders aimed at:
- the customer's CEO/CFO/COO/CIO/CTO, managing director, founder-CEO, president,
  Geschäftsführer, PDG/directeur général, consejero delegado/director general or board
  chair writing about a defect, an outage, an invoice or our service (title sometimes
  only in the signature or in a forwarded "From: ... (Chief Financial Officer)" block);
  an executive copied to demand action (Cc: lines, "I've copied our COO"); a manager
  relaying that the CEO/board demands action; the customer asking for our CEO, CRO,
  executive sponsor or leadership -> executive_intervention, with the defect told in
  full detail and the executive part one line or a signature;
- against: VPs, directors, heads of, team leads and managers writing (signatures in all
  four languages), executives merely named (a user of the app, "I'll mention it to our
  CFO", a new CTO arriving), "board"/"director" in other senses (planning board, board
  game shop, staff directory, film director, circuit boards, a school board's meetings
  as product data, a notice board), and an executive assistant writing on her own
  account -> mostly product_defect, plus service_failure, commercial_dispute and
  relationship_at_risk.
- CSM notes that mention a customer CEO: a CEO calling to demand a fix counts as the
  C-level demanding action; a CEO mentioned in passing does not.

This is a dev (tuning) set, not a held-out set.
"""

from __future__ import annotations

# (note, text, category, language, why) — why: the words that decided the category and
# the defs-1 bullet it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------------------
    # executive_intervention — English (40)
    # ------------------------------------------------------------------------------
    (
        "",
        "Hello,\n"
        "Since your update last Thursday the Shopify connector has been creating every\n"
        "web order twice in our warehouse system. Yesterday we shipped 212 duplicate\n"
        "parcels before the packing team noticed. Same order number, two different\n"
        "internal IDs, both marked paid.\n"
        "I want someone to explain by tomorrow what happened and how you will stop it.\n"
        "\n"
        "Martin Oyelaran\n"
        "Chief Executive Officer\n"
        "Bramblewood Outdoor Ltd",
        "executive_intervention",
        "en",
        "signed 'Chief Executive Officer', wants an explanation by tomorrow -> C-level "
        "writes to demand action",
    ),
    (
        "Came in via their accounts team this morning.",
        "Hi,\n"
        "Forwarding the note below. Can you sort it this week please.\n"
        "\n"
        "---------- Forwarded message ----------\n"
        "From: Priya Raman (Chief Financial Officer)\n"
        "Sent: Monday, 10 March 2025 08:14\n"
        "To: Daniel Hurst\n"
        "Subject: Invoice INV-88213\n"
        "\n"
        "Daniel - this bills us for 140 seats again. We agreed 95 in January and I have\n"
        "the email. Do not pay it. Get them to reissue before month end and tell me when\n"
        "it's done.\n"
        "\n"
        "Daniel Hurst\n"
        "Accounts Payable, Kestrel Freight",
        "executive_intervention",
        "en",
        "forwarded 'From: ... (Chief Financial Officer)': 'Get them to reissue' -> "
        "C-level writes to demand action",
    ),
    (
        "",
        "-----Original Message-----\n"
        "From: Tomasz Wierzbicki\n"
        "Sent: 14 May 2025 07:52\n"
        "To: Support\n"
        "Cc: Helen Achebe (Chief Executive)\n"
        "Subject: Night staff still locked out - day 3\n"
        "\n"
        "Hello,\n"
        "Night staff at all four of our care homes still cannot sign in with their\n"
        "Microsoft accounts. The page loops back to the login screen after the code is\n"
        "entered. Medication rounds are being recorded on paper and typed in the next\n"
        "morning. We need this working tonight.\n"
        "\n"
        "Tomasz Wierzbicki\n"
        "IT Coordinator, Harrowgate Care Group",
        "executive_intervention",
        "en",
        "'Cc: Helen Achebe (Chief Executive)' on 'need this working tonight' -> C-level "
        "copied to demand action",
    ),
    (
        "",
        "Hi team,\n"
        "The weekly utilisation report now takes 20-25 minutes to generate and times out\n"
        "about half the time. Three weeks ago it took under a minute. Nothing has changed\n"
        "on our side, same number of sites (31), same filters. Ticket 44190 has the HAR\n"
        "files.\n"
        "\n"
        "I've copied our COO, Rachel Dunmore, because she needs these numbers for Monday's\n"
        "planning and wants to know what you are doing about it.\n"
        "\n"
        "Best,\n"
        "Ollie Brandt\n"
        "Operations Analyst, Northgate Facilities",
        "executive_intervention",
        "en",
        "'I've copied our COO ... wants to know what you are doing' -> C-level copied to "
        "demand action",
    ),
    (
        "Their whole portal has been down since about 6am, they're a big one.",
        "Support,\n"
        "Our customer portal has returned a 502 since 05:40 this morning. Our clients\n"
        "cannot download their statements and the phones have not stopped. Your status\n"
        "page says all systems operational, which is not true.\n"
        "\n"
        "Our CEO is in copy and expects an answer today on cause and fix time.\n"
        "\n"
        "Regards,\n"
        "Imogen Lachlan\n"
        "Client Services Manager\n"
        "Halden & Frew Wealth",
        "executive_intervention",
        "en",
        "'Our CEO is in copy and expects an answer today' -> C-level copied to demand action",
    ),
    (
        "",
        "Hi Sam,\n"
        "Following up on the barcode issue: the handheld scanners still drop the last\n"
        "digit of EAN-13 codes when the app is in offline mode, so about one pallet in ten\n"
        "is booked to the wrong SKU. We've been correcting by hand every evening for two\n"
        "weeks.\n"
        "\n"
        "Our CEO has asked me to get a date from you for the fix, in writing, by end of\n"
        "week.\n"
        "\n"
        "Thanks,\n"
        "Grace Mbeki\n"
        "Warehouse Systems Lead",
        "executive_intervention",
        "en",
        "'Our CEO has asked me to get a date from you' -> C-level demands action through a manager",
    ),
    (
        "",
        "Good afternoon,\n"
        "On Tuesday night roughly 1,800 donor records lost their Gift Aid declarations\n"
        "after the scheduled merge job ran. The declarations are simply blank now. We have\n"
        "not been able to find them in the audit log either.\n"
        "\n"
        "This is now with our trustees: the board wants an explanation by Friday and a\n"
        "plan to restore the data.\n"
        "\n"
        "Kind regards,\n"
        "Siobhan Carey\n"
        "Database Manager, Riverlight Hospice",
        "executive_intervention",
        "en",
        "'the board wants an explanation by Friday' -> customer's board demands action",
    ),
    (
        "",
        "To whom it may concern,\n"
        "We have had four tickets open since February. Two were closed with no reply, one\n"
        "was answered with a link to a help article that does not describe our setup, and\n"
        "one has had no response at all. Our account manager left and nobody told us who\n"
        "replaced him.\n"
        "\n"
        "I would like to speak to your CEO. Please arrange it.\n"
        "\n"
        "Lorraine Ashdown\n"
        "Practice Manager, Ashdown & Pike Dental",
        "executive_intervention",
        "en",
        "'I would like to speak to your CEO' -> customer asks for our CEO",
    ),
    (
        "Long-standing customer, renewal is in September.",
        "Hi Jonas,\n"
        "The recurring sync failures with our ERP (purchase orders arriving without line\n"
        "items, see tickets 3312, 3340, 3361) have now cost us two production days this\n"
        "quarter.\n"
        "\n"
        "Before we discuss renewal I want a call with the executive sponsor you assigned\n"
        "to our account when we signed. Who is it now, and when can they meet?\n"
        "\n"
        "Regards,\n"
        "Felix Aarons\n"
        "Head of Procurement, Carrow Plastics",
        "executive_intervention",
        "en",
        "'a call with the executive sponsor you assigned to our account' -> asks for our "
        "executive sponsor",
    ),
    (
        "",
        "Hello,\n"
        "I have been patient. Since the migration, appointment reminders go out at the\n"
        "wrong time (an hour early since the clocks changed), and patients are turning up\n"
        "to a locked door. Your engineers have acknowledged it twice and nothing has\n"
        "changed.\n"
        "\n"
        "I'd like someone at your leadership level to call me this week.\n"
        "\n"
        "Dr Anjali Mehta\n"
        "Lead GP, Fernhill Surgery",
        "executive_intervention",
        "en",
        "'someone at your leadership level to call me' -> customer asks for our leadership",
    ),
    (
        "",
        "Dear Mr Whitlock,\n"
        "Your renewal quote shows a 22% increase on the same 60 licences. Your colleague\n"
        "says the price list changed and there is nothing he can do.\n"
        "I understand your Chief Revenue Officer is the person who signs off exceptions.\n"
        "Please put me in touch with him or her directly.\n"
        "\n"
        "Yours sincerely,\n"
        "Martina Cole\n"
        "Office Manager, Cole Brothers Joinery",
        "executive_intervention",
        "en",
        "'put me in touch with' your 'Chief Revenue Officer' -> customer asks for our CRO",
    ),
    (
        "",
        "hey folks,\n"
        "me again. the invoice PDFs your app generates have started putting our VAT\n"
        "number on the customer's address line instead of ours, so every invoice since\n"
        "the 3rd is technically wrong and my accountant is having kittens. ~90 invoices\n"
        "out the door.\n"
        "need a fix + a way to regenerate them. can someone ring me today?\n"
        "\n"
        "cheers\n"
        "Ben\n"
        "\n"
        "Ben Kowalczyk | Founder & CEO | Tinderbox Studio",
        "executive_intervention",
        "en",
        "signed 'Founder & CEO', 'can someone ring me today' -> C-level writes to demand action",
    ),
    (
        "",
        "Dear Support,\n"
        "Our volunteers' rota app has been showing shifts on the wrong days since Sunday.\n"
        "Last night nobody turned up to the shelter's evening kitchen because the rota\n"
        "said Tuesday and it was Monday. This affects 140 volunteers.\n"
        "Please tell me today what is being done.\n"
        "\n"
        "Margaret Osei\n"
        "President, St Brigid's Night Shelter Association",
        "executive_intervention",
        "en",
        "signed 'President', 'tell me today what is being done' -> C-level writes to demand action",
    ),
    (
        "",
        "Dear Sir or Madam,\n"
        "I chair the board of Lowfield Housing Co-operative. Our tenants were unable to\n"
        "report repairs through your portal for the whole of last weekend, including a\n"
        "gas leak that had to be phoned through to a neighbour's relative. That cannot\n"
        "happen again.\n"
        "The board expects a written account of the outage and the steps you are taking,\n"
        "by the 20th.\n"
        "\n"
        "Alan Treharne\n"
        "Chair, Lowfield Housing Co-operative",
        "executive_intervention",
        "en",
        "board chair: 'The board expects a written account' -> customer's board demands action",
    ),
    (
        "",
        "Team,\n"
        "Your REST API has been returning intermittent 500s on POST /shipments since\n"
        "02:00 UTC. Roughly 8% of calls fail; retries succeed on the second or third\n"
        "attempt, which is creating duplicate labels. Request IDs attached.\n"
        "Need root cause and ETA within the hour.\n"
        "\n"
        "R. Castellanos\n"
        "CIO, Tidewater Logistics",
        "executive_intervention",
        "en",
        "signed 'CIO', 'Need root cause and ETA within the hour' -> C-level writes to "
        "demand action",
    ),
    (
        "",
        "Hi,\n"
        "As CTO I signed off on your platform, so I'll be direct. The mobile app crashes\n"
        "on launch for every Android 14 device we own since yesterday's release - 300+\n"
        "field engineers affected. Rolling back isn't an option for us through the Play\n"
        "Store.\n"
        "I need a hotfix today or a sideloadable build of the previous version.\n"
        "\n"
        "Aoife Brennan\n"
        "Fenwick Energy Services",
        "executive_intervention",
        "en",
        "'As CTO ... I need a hotfix today' -> C-level writes to demand action",
    ),
    (
        "",
        "Good morning,\n"
        "Since Friday the timesheet approvals screen shows 0 hours for every contractor\n"
        "who worked across two sites in the same week. We pay from these figures on\n"
        "Thursday. My team has checked the raw clock-ins and they are there; it's your\n"
        "totals that are wrong.\n"
        "Please confirm by return that this will be corrected before Thursday's pay run.\n"
        "\n"
        "Regards,\n"
        "Gareth Pryce\n"
        "Managing Director\n"
        "Pryce Scaffolding Ltd",
        "executive_intervention",
        "en",
        "signed 'Managing Director', 'confirm by return' -> C-level writes to demand action",
    ),
    (
        "",
        "I'm the Chief Operating Officer at Verdant Labs and I've just learned that our\n"
        "onboarding, which your team scheduled for three sessions in April, has been\n"
        "cancelled twice by your side with less than an hour's notice. We've paid for\n"
        "implementation.\n"
        "I want a named person and a confirmed plan in my inbox by Wednesday.\n"
        "\n"
        "Dana Whitford",
        "executive_intervention",
        "en",
        "'I'm the Chief Operating Officer ... I want a named person and a plan' -> "
        "C-level writes to demand action",
    ),
    (
        "Their CEO called me this morning wanting to know when this gets fixed.",
        "Hi,\n"
        "The route optimiser is assigning deliveries to vans that are marked off the\n"
        "road. Today 14 drops went to VAN-07, which is in the garage. Drivers are phoning\n"
        "in to swap manually. Started after Tuesday's release I think.\n"
        "\n"
        "Kev Adeyemi\n"
        "Transport Supervisor, Quickhaul Couriers",
        "executive_intervention",
        "en",
        "note: customer's CEO called 'wanting to know when this gets fixed' -> C-level "
        "demands action",
    ),
    (
        "Their CFO has been added to this thread now.",
        "From: Lucy Tran\n"
        "To: Billing\n"
        "Cc: Robert Halvorsen (CFO)\n"
        "Subject: RE: Credit note for March outage\n"
        "\n"
        "Hi,\n"
        "Still no credit note for the 11 hours of downtime on 4 March, despite the SLA in\n"
        "our contract (99.9%, schedule 3). Robert has asked that this is settled before\n"
        "our quarter close on the 31st.\n"
        "\n"
        "Lucy Tran\n"
        "Finance Operations",
        "executive_intervention",
        "en",
        "'Cc: Robert Halvorsen (CFO)', 'Robert has asked that this is settled' -> C-level "
        "copied to demand action",
    ),
    (
        "",
        "Dear team,\n"
        "I am writing on behalf of Mr Erik Lindqvist, our Chief Executive. He was made\n"
        "aware this morning that the board portal lost the annotations all directors had\n"
        "made on the Q2 pack before Thursday's meeting.\n"
        "Mr Lindqvist would like a call with your CEO tomorrow. Could you propose times?\n"
        "\n"
        "Kind regards,\n"
        "Charlotte Ames\n"
        "Executive Assistant to the CEO\n"
        "Norbury Mutual",
        "executive_intervention",
        "en",
        "on behalf of 'our Chief Executive', 'a call with your CEO' -> C-level demands "
        "action, asks for our CEO",
    ),
    (
        "",
        "Hello,\n"
        "Lab results are attaching to the wrong patient record when two patients share a\n"
        "surname and date of birth. We have found three cases this week; one led to a\n"
        "prescription being held for the wrong person. This is a patient safety issue.\n"
        "I expect a call from someone senior today and a written fix plan.\n"
        "\n"
        "Dr Helena Voss\n"
        "Chief Medical Officer\n"
        "Lakeside Clinics",
        "executive_intervention",
        "en",
        "signed 'Chief Medical Officer', 'I expect a call ... today' -> C-level writes "
        "to demand action",
    ),
    (
        "",
        "Hi again,\n"
        "See below from Paul. We still have the same problem this morning.\n"
        "\n"
        "> On Mon 7 Apr, Paul Ferreira (COO) wrote:\n"
        "> Chris, the stock levels in the dashboard are still a day behind the tills. I\n"
        "> need it fixed before the Easter weekend - chase the supplier and tell them\n"
        "> that from me.\n"
        "\n"
        "So: the nightly stock sync is finishing, according to your log, but the\n"
        "dashboard shows yesterday's numbers until around 11am. Can you look please?\n"
        "\n"
        "Chris Dunne\n"
        "Retail Systems, Corner Larder Stores",
        "executive_intervention",
        "en",
        "quoted '(COO) wrote: ... tell them that from me' -> C-level demands action, relayed",
    ),
    (
        "",
        "Not good enough.\n"
        "\n"
        "Your payroll export has put the wrong tax code on 40 staff two months running. I\n"
        "am not waiting for 'a future release'. Fix it or tell me who I should speak to\n"
        "at your company who can.\n"
        "\n"
        "Nadia Farouk\n"
        "CEO, Farouk Home Care\n"
        "\n"
        "On Tue 3 Nov, Support wrote:\n"
        "> Thank you for your patience. Our engineers are aware of the tax code mapping\n"
        "> issue and a fix is planned for a future release.",
        "executive_intervention",
        "en",
        "signed 'CEO', 'Fix it or tell me who I should speak to' -> C-level writes to "
        "demand action",
    ),
    (
        "",
        "Hi support,\n"
        "A few things since the 2.14 update:\n"
        "- the floor plan editor freezes when a room has more than 40 desks\n"
        "- booking confirmations go to the old email address for about 1 in 5 users\n"
        "- check-in QR codes on floors 3 and 4 show 'invalid' even when the booking\n"
        "  exists\n"
        "Our facilities team has gone back to a spreadsheet for floors 3-4.\n"
        "\n"
        "Thanks,\n"
        "Mei Lin\n"
        "Workplace Coordinator\n"
        "\n"
        "PS our CEO Mark is copied - he wants this closed before the weekend.",
        "executive_intervention",
        "en",
        "PS 'our CEO Mark is copied - he wants this closed' -> C-level copied to demand action",
    ),
    (
        "",
        "Dear Sir/Madam,\n"
        "I write as Chair of Governors at Holmwood Primary. Since January, the parent\n"
        "payments module has shown some families as owing for school dinners they have\n"
        "already paid for, and reminder letters have gone home. Several parents have\n"
        "complained to the governing board.\n"
        "The governors require a full explanation and confirmation of corrected balances\n"
        "before our meeting on 12 February.\n"
        "\n"
        "Yours faithfully,\n"
        "Rev. Dorothy Okafor\n"
        "Chair of Governors",
        "executive_intervention",
        "en",
        "Chair of Governors: 'The governors require a full explanation' -> customer's "
        "board demands action",
    ),
    (
        "",
        "Dear colleagues,\n"
        "I am told by our Revenues team that your system has issued 2,300 council tax\n"
        "reminder notices to residents who are on direct debit and fully paid up. We are\n"
        "now handling the complaints.\n"
        "I expect your most senior person to contact me before close of business\n"
        "tomorrow.\n"
        "\n"
        "Sarah Pennington\n"
        "Chief Executive\n"
        "Eastmere District Council",
        "executive_intervention",
        "en",
        "signed 'Chief Executive', wants 'your most senior person to contact me' -> "
        "C-level demands action",
    ),
    (
        "",
        "Hello,\n"
        "We have been charged twice for the annual subscription - two debits of £18,400\n"
        "on 1 and 2 July, same reference. My finance team raised it a fortnight ago and\n"
        "has had no refund and no explanation.\n"
        "Refund the duplicate this week and confirm to me personally.\n"
        "\n"
        "Oliver Strand\n"
        "CEO, Strand Boutique Hotels",
        "executive_intervention",
        "en",
        "signed 'CEO', 'Refund ... and confirm to me personally' -> C-level writes to "
        "demand action",
    ),
    (
        "Their lab manager sent this to me directly.",
        "Hi Sunita,\n"
        "The sample tracker is rounding concentrations to one decimal place in the\n"
        "export (the screen shows 0.034 mg/L, the CSV shows 0.0). Our QA reports for two\n"
        "clients have gone out with zeros. cc Dr Ravi Chandran, our CTO, who wants a\n"
        "timeline from you before he calls the clients.\n"
        "\n"
        "Best,\n"
        "Ellen Marsh\n"
        "Lab Manager, Cairnfield Analytical",
        "executive_intervention",
        "en",
        "'cc ... our CTO, who wants a timeline from you' -> C-level copied to demand action",
    ),
    (
        "",
        "Hi,\n"
        "Quick one but important. The finance dashboard totals for Q3 don't match the\n"
        "ledger: revenue is overstated by exactly the value of credit notes (looks like\n"
        "they're added instead of subtracted). Our board meets Thursday and has asked for\n"
        "a written explanation of the discrepancy from you before then.\n"
        "\n"
        "Thanks\n"
        "Jo Whitaker\n"
        "Financial Controller",
        "executive_intervention",
        "en",
        "'Our board ... has asked for a written explanation ... from you' -> customer's "
        "board demands action",
    ),
    (
        "",
        "Dear Billing team,\n"
        "This is our third request about the seat count. You are invoicing 250 users; we\n"
        "have had 180 since the reduction we signed in May (attached). Our CFO has asked\n"
        "me to take this directly to your CFO or CEO if it isn't resolved this week.\n"
        "\n"
        "Regards,\n"
        "Hamish Boyd\n"
        "Procurement Manager, Glenbrae Distillers",
        "executive_intervention",
        "en",
        "'Our CFO has asked me to take this directly to your CFO or CEO' -> C-level demands action",
    ),
    (
        "",
        "Hello Marcus,\n"
        "Thanks for the call. As discussed, the scheduling engine keeps double-booking\n"
        "our theatre rooms when a surgeon's session is edited after 6pm. We've logged 9\n"
        "clashes this month.\n"
        "One more thing: when we signed, we were promised an executive sponsor at your\n"
        "end. We've never met them. Could you set up a meeting with them this month?\n"
        "\n"
        "Kind regards,\n"
        "Nicola Hart\n"
        "Theatre Operations Manager, Wexcombe Private Hospital",
        "executive_intervention",
        "en",
        "asks to meet 'an executive sponsor at your end' -> customer asks for our "
        "executive sponsor",
    ),
    (
        "Reply to last week's outage summary.",
        "Three outages in a month. This is unacceptable. Call me.\n"
        "\n"
        "J. Patel\n"
        "CEO, Patel Pharmacy Group\n"
        "Sent from my iPhone",
        "executive_intervention",
        "en",
        "signed 'CEO', 'Call me' -> C-level writes to demand action",
    ),
    (
        "",
        "Hi,\n"
        "Status from our side after the weekend maintenance:\n"
        "• SSO works for staff, fails for students (error AADSTS50105)\n"
        "• gradebook shows last year's classes for 11 teachers\n"
        "• parent app push notifications not sending since Saturday\n"
        "Term starts Monday. I need a call with your engineering lead tomorrow morning.\n"
        "\n"
        "Samuel Greene\n"
        "Chief Information Officer\n"
        "Oakridge Academy Trust",
        "executive_intervention",
        "en",
        "signed 'Chief Information Officer', 'I need a call' -> C-level writes to demand action",
    ),
    (
        "",
        "Hi there\n"
        "our client reporting dashboards are showing sessions from the wrong GA property\n"
        "since monday - client A is seeing client B's traffic numbers. thats a\n"
        "confidentiality problem for us not just a bug. pls switch off the shared links\n"
        "untill its fixed and call me\n"
        "\n"
        "Tash\n"
        "--\n"
        "Natasha Ivers\n"
        "Founder / CEO\n"
        "Ivers Digital",
        "executive_intervention",
        "en",
        "signed 'Founder / CEO', 'switch off ... and call me' -> C-level writes to demand action",
    ),
    (
        "",
        "FYI below - can you help? Our Group CFO is expecting a reply from you directly.\n"
        "\n"
        "From: Lars Engström (Group Chief Financial Officer)\n"
        "Sent: 2 September 2025 17:03\n"
        "To: Amy Cho\n"
        "Subject: Renewal\n"
        "\n"
        "Amy, the renewal letter says +15% with no change in scope. Our contract caps\n"
        "increases at CPI. I want their answer this week, in writing.\n"
        "\n"
        "Amy Cho\n"
        "IT Vendor Manager, Nordvik Marine",
        "executive_intervention",
        "en",
        "forwarded '(Group Chief Financial Officer)': 'I want their answer this week' -> "
        "C-level demands action",
    ),
    (
        "Their COO is on the thread now, see the cc.",
        "From: Dev Raman\n"
        "Sent: 19 June 2025 11:40\n"
        "To: Support\n"
        "Cc: Claire Hutton (COO)\n"
        "Subject: Returns not refunding\n"
        "\n"
        "Hello,\n"
        "Returns processed in the back office since Monday show as 'refunded' but no\n"
        "money reaches the customer's card. We have 63 cases and a wave of chargebacks\n"
        "coming. Please escalate.\n"
        "\n"
        "Dev Raman\n"
        "E-commerce Manager",
        "executive_intervention",
        "en",
        "'Cc: Claire Hutton (COO)' on 'Please escalate' -> C-level copied to demand action",
    ),
    (
        "",
        "Hello,\n"
        "The OPC-UA connector stopped reading spindle temperatures from line 2 after your\n"
        "agent update on 14 Oct. Values freeze at the last reading, so the alarm\n"
        "thresholds never trigger. We had one spindle overheat yesterday. Line 2 is now\n"
        "stopped.\n"
        "I want your engineering team on site or on a call today.\n"
        "\n"
        "Walter Brunner\n"
        "President & CEO\n"
        "Brunner Precision Machining Inc.",
        "executive_intervention",
        "en",
        "signed 'President & CEO', 'I want your engineering team ... today' -> C-level "
        "writes to demand action",
    ),
    (
        "",
        "Hi,\n"
        "Writing after this morning's leadership meeting. Our COO and CFO have both asked\n"
        "me to get a written commitment from you on the fix date for the invoice matching\n"
        "errors (purchase invoices matched to the wrong PO when the supplier reuses PO\n"
        "numbers). We've paid two suppliers twice because of it.\n"
        "\n"
        "Best regards,\n"
        "Hannah Rees\n"
        "AP Team Lead, Coastline Builders Merchants",
        "executive_intervention",
        "en",
        "'Our COO and CFO have both asked me to get a written commitment' -> C-level "
        "demands action",
    ),
    (
        "They were at the user day last year and liked it, this is new.",
        "Hi,\n"
        "Our search index has been broken for ten days: new products don't appear in site\n"
        "search until someone re-saves them by hand. We sell 4,000 SKUs. We've been told\n"
        "'engineering is looking' five times.\n"
        "\n"
        "Before we decide on renewal I would like fifteen minutes with your CEO, not\n"
        "another support agent.\n"
        "\n"
        "Tom Whelan\n"
        "Head of E-commerce, Whelan & Daughters",
        "executive_intervention",
        "en",
        "'fifteen minutes with your CEO' -> customer asks for our CEO",
    ),
    # ------------------------------------------------------------------------------
    # executive_intervention — German (9)
    # ------------------------------------------------------------------------------
    (
        "",
        "Guten Tag,\n"
        "seit dem Update vom 12. März exportiert Ihr Modul die DATEV-Buchungssätze mit\n"
        "vertauschten Soll- und Habenkonten. Unser Steuerbüro hat die Februar-Buchhaltung\n"
        "komplett zurückgeschickt. Betroffen sind rund 1.400 Buchungen.\n"
        "Ich erwarte bis morgen Mittag eine Rückmeldung, wie und bis wann das korrigiert\n"
        "wird.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Jürgen Hollmann\n"
        "Geschäftsführer\n"
        "Hollmann Haustechnik GmbH",
        "executive_intervention",
        "de",
        "signed 'Geschäftsführer', 'Ich erwarte bis morgen Mittag eine Rückmeldung' -> "
        "C-level writes to demand action",
    ),
    (
        "",
        "Hallo zusammen,\n"
        "seit 7:30 Uhr lässt sich in keiner unserer neun Filialen eine Kartenzahlung\n"
        "abschließen, die Kasse bleibt bei 'Autorisierung läuft' hängen. Barzahlung geht.\n"
        "Unser Geschäftsführer ist in Kopie und erwartet heute noch eine Antwort zu\n"
        "Ursache und Dauer.\n"
        "\n"
        "Gruß\n"
        "Sabine Kurz\n"
        "Filialorganisation, Bäckerei Kurz",
        "executive_intervention",
        "de",
        "'Unser Geschäftsführer ist in Kopie und erwartet heute noch eine Antwort' -> "
        "C-level copied to demand action",
    ),
    (
        "",
        "Von: Markus Heilmann\n"
        "Gesendet: Dienstag, 4. Februar 2025 09:12\n"
        "An: Support\n"
        "Cc: Dr. Katrin Vollmer (CFO)\n"
        "Betreff: Doppelte Lastschriften Mitgliedsbeiträge\n"
        "\n"
        "Sehr geehrte Damen und Herren,\n"
        "beim Lastschriftlauf am 1. Februar wurden 312 Mitglieder doppelt belastet. Die\n"
        "Datei aus Ihrem System enthielt jede Zeile zweimal. Wir brauchen umgehend eine\n"
        "Erklärung und eine bereinigte Datei für die Rückbuchung.\n"
        "\n"
        "Markus Heilmann\n"
        "Mitgliederverwaltung, FitWerk Studios",
        "executive_intervention",
        "de",
        "'Cc: Dr. Katrin Vollmer (CFO)' on 'brauchen umgehend eine Erklärung' -> C-level "
        "copied to demand action",
    ),
    (
        "",
        "Hallo Herr Brandt,\n"
        "die Schichtplanung zeigt weiterhin für alle Mitarbeitenden mit Teilzeitvertrag\n"
        "falsche Sollstunden (immer 40 statt der vertraglichen Stunden). Die Zuschläge\n"
        "werden dadurch falsch berechnet. Ticket 7781 ist seit drei Wochen offen.\n"
        "Unsere Geschäftsführung hat mich gebeten, bis Freitag einen verbindlichen Termin\n"
        "für die Korrektur von Ihnen zu bekommen.\n"
        "\n"
        "Viele Grüße\n"
        "Tanja Reuter\n"
        "Teamleiterin Personal",
        "executive_intervention",
        "de",
        "'Unsere Geschäftsführung hat mich gebeten, ... einen verbindlichen Termin' -> "
        "C-level demands action",
    ),
    (
        "Their IT lead, they've had the data issue since the weekend.",
        "Guten Morgen,\n"
        "nach der Migration am Wochenende fehlen in unserem Dokumentenarchiv sämtliche\n"
        "Mieterakten aus dem Jahr 2019. Die Ordner sind da, aber leer. Ein Wiederherstellen\n"
        "über den Papierkorb funktioniert nicht.\n"
        "Der Vorstand erwartet bis Freitag eine schriftliche Erklärung und einen Plan zur\n"
        "Wiederherstellung.\n"
        "\n"
        "Freundliche Grüße\n"
        "Stefan Albers\n"
        "Leiter IT, Wohnbau Rheinaue eG",
        "executive_intervention",
        "de",
        "'Der Vorstand erwartet bis Freitag eine schriftliche Erklärung' -> customer's "
        "board demands action",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "seit sechs Wochen bekommen wir auf unsere Tickets keine inhaltliche Antwort.\n"
        "Zwei wurden ohne Lösung geschlossen, der vereinbarte Schulungstermin ist zweimal\n"
        "ausgefallen.\n"
        "Ich bitte um ein Gespräch mit jemandem aus Ihrer Geschäftsleitung, nicht mit dem\n"
        "Support.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Claudia Feldmann\n"
        "Praxismanagerin, Physiotherapie am Markt",
        "executive_intervention",
        "de",
        "'Gespräch mit jemandem aus Ihrer Geschäftsleitung' -> customer asks for our leadership",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "mir wurde heute berichtet, dass Ihr Portal seit gestern Abend die Kontoauszüge\n"
        "unserer Mitglieder anderen Mitgliedern anzeigt. Ich erwarte, dass Sie den Zugang\n"
        "sofort sperren und mich bis 16 Uhr persönlich informieren.\n"
        "\n"
        "Dr. Heinrich Falk\n"
        "Vorstandsvorsitzender\n"
        "Spar- und Bauverein Lindental eG",
        "executive_intervention",
        "de",
        "signed 'Vorstandsvorsitzender', 'mich bis 16 Uhr persönlich informieren' -> "
        "C-level writes to demand action",
    ),
    (
        "From their dispatch team, they want someone on it today.",
        "Hallo,\n"
        "die Tourenplanung berechnet seit Montag alle Fahrzeiten ohne Mautstrecken,\n"
        "obwohl die Option aktiv ist. Unsere Fahrer kommen im Schnitt 40 Minuten später\n"
        "an als geplant, Zeitfenster bei Kunden werden verpasst.\n"
        "Ich habe unseren COO, Herrn Aydin, in Kopie gesetzt; er möchte heute einen\n"
        "Rückruf.\n"
        "\n"
        "Grüße\n"
        "Lukas Benz\n"
        "Disposition, Benz Spedition",
        "executive_intervention",
        "de",
        "'unseren COO ... in Kopie gesetzt; er möchte heute einen Rückruf' -> C-level "
        "copied to demand action",
    ),
    (
        "",
        "Liebes Team,\n"
        "wir haben im Januar die Einführung für unsere sechs Kitas gebucht. Der Kick-off\n"
        "wurde verschoben, die Schulung der Leitungen hat nie stattgefunden und auf meine\n"
        "drei Mails kam keine Antwort. Ab 1. April sollen die Eltern die App nutzen.\n"
        "Ich möchte diese Woche mit Ihrer Geschäftsführung sprechen.\n"
        "\n"
        "Herzliche Grüße\n"
        "Miriam Okonkwo\n"
        "Gründerin und Geschäftsführerin, Kleine Entdecker gGmbH",
        "executive_intervention",
        "de",
        "signed 'Geschäftsführerin', 'mit Ihrer Geschäftsführung sprechen' -> C-level "
        "writes, asks for our leadership",
    ),
    # ------------------------------------------------------------------------------
    # executive_intervention — French (8)
    # ------------------------------------------------------------------------------
    (
        "",
        "Bonjour,\n"
        "Depuis la mise à jour de jeudi, les bons de livraison édités par votre logiciel\n"
        "n'affichent plus les numéros de lot. Nos clients pharmaciens refusent les\n"
        "colis : 37 retours depuis lundi.\n"
        "Je souhaite un retour écrit d'ici demain midi sur la cause et la date de\n"
        "correction.\n"
        "\n"
        "Cordialement,\n"
        "Philippe Marchand\n"
        "PDG, Laboratoires Marchand",
        "executive_intervention",
        "fr",
        "signed 'PDG', 'un retour écrit d'ici demain midi' -> C-level writes to demand action",
    ),
    (
        "",
        "Bonjour,\n"
        "Le module de réservation de salles plante dès qu'on sélectionne une plage de\n"
        "plus de deux jours (écran blanc puis déconnexion). Nos séminaires de mai sont\n"
        "bloqués.\n"
        "Je mets en copie notre directeur général, M. Fabre, qui attend une réponse avant\n"
        "vendredi.\n"
        "\n"
        "Bien à vous,\n"
        "Élodie Garnier\n"
        "Responsable événementiel, Domaine des Trois Sources",
        "executive_intervention",
        "fr",
        "'en copie notre directeur général ... qui attend une réponse' -> C-level copied "
        "to demand action",
    ),
    (
        "Transmis par leur chef de projet.",
        "Bonjour Julien,\n"
        "Toujours le même problème : les feuilles de temps validées repassent en\n"
        "brouillon après la synchronisation de nuit. Les équipes ressaisissent tout le\n"
        "lundi matin.\n"
        "Notre DG m'a demandé d'obtenir une date de correction ferme de votre part cette\n"
        "semaine.\n"
        "\n"
        "Merci,\n"
        "Karim Benali\n"
        "Chef de projet SI",
        "executive_intervention",
        "fr",
        "'Notre DG m'a demandé d'obtenir une date de correction' -> C-level demands "
        "action through a manager",
    ),
    (
        "",
        "Madame, Monsieur,\n"
        "Suite à la panne de votre plateforme du 3 au 4 juin, les inscriptions aux\n"
        "activités d'été de notre centre social ont été perdues pour 212 familles. Nous\n"
        "avons dû tout reprendre au téléphone.\n"
        "Le conseil d'administration attend une explication écrite d'ici vendredi.\n"
        "\n"
        "Salutations,\n"
        "Nathalie Roux\n"
        "Coordinatrice, Centre social Les Tilleuls",
        "executive_intervention",
        "fr",
        "'Le conseil d'administration attend une explication écrite' -> customer's board "
        "demands action",
    ),
    (
        "",
        "Bonjour,\n"
        "Votre support nous répond depuis trois semaines que le problème de facturation\n"
        "électronique est « en cours d'analyse ». Nos factures Chorus Pro sont rejetées\n"
        "une sur deux pour un format de date invalide.\n"
        "Je souhaite désormais un interlocuteur au niveau de votre direction générale.\n"
        "\n"
        "Sophie Lemaire\n"
        "Responsable comptabilité, Groupe Lemaire BTP",
        "executive_intervention",
        "fr",
        "'un interlocuteur au niveau de votre direction générale' -> customer asks for "
        "our leadership",
    ),
    (
        "",
        "Bonjour,\n"
        "Votre facture n° F-2025-0412 applique le tarif 2025 alors que notre avenant signé\n"
        "en décembre maintient le tarif 2024 jusqu'en juin. Écart : 6 840 € HT.\n"
        "Merci d'émettre un avoir sous huit jours. Je ne validerai aucun paiement avant.\n"
        "\n"
        "Isabelle Moreau\n"
        "Directrice financière (CFO)\n"
        "Transports Moreau & Fils",
        "executive_intervention",
        "fr",
        "signed 'Directrice financière (CFO)', 'émettre un avoir sous huit jours' -> "
        "C-level writes to demand action",
    ),
    (
        "From the head of the association herself, she's not happy.",
        "Bonjour,\n"
        "Pour la troisième fois ce mois-ci, les reçus fiscaux générés par votre outil\n"
        "portent le mauvais montant (le don de décembre est compté deux fois). Nous en\n"
        "avons envoyé 480.\n"
        "Je veux qu'on m'appelle aujourd'hui.\n"
        "\n"
        "Monique Duval\n"
        "Présidente, Association Les Amis du Vieux Port",
        "executive_intervention",
        "fr",
        "signed 'Présidente', 'Je veux qu'on m'appelle aujourd'hui' -> C-level writes to "
        "demand action",
    ),
    (
        "",
        "Bonjour,\n"
        "Je vous transfère le message de notre directeur ci-dessous.\n"
        "\n"
        "De : Thierry Bonnet (Directeur général)\n"
        "Envoyé : lundi 17 novembre 2025 08:02\n"
        "À : Anne Perrin\n"
        "Objet : Appli mobile\n"
        "\n"
        "Anne, l'appli des techniciens ne synchronise plus les photos d'intervention\n"
        "depuis vendredi. Les clients contestent nos factures faute de preuve. Obtenez un\n"
        "correctif cette semaine.\n"
        "\n"
        "Anne Perrin\n"
        "Assistante de direction, Bonnet Maintenance",
        "executive_intervention",
        "fr",
        "forwarded 'De : ... (Directeur général)': 'Obtenez un correctif' -> C-level "
        "writes to demand action",
    ),
    # ------------------------------------------------------------------------------
    # executive_intervention — Spanish (8)
    # ------------------------------------------------------------------------------
    (
        "",
        "Buenos días:\n"
        "Desde la actualización del martes, el TPV de nuestros 14 restaurantes duplica\n"
        "las comandas que se envían a cocina. Ayer se tiraron más de 300 platos.\n"
        "Quiero una explicación y una fecha de solución antes de mañana a las 12.\n"
        "\n"
        "Un saludo,\n"
        "Javier Ortega\n"
        "Consejero delegado\n"
        "Grupo Ortega Restauración",
        "executive_intervention",
        "es",
        "signed 'Consejero delegado', 'Quiero una explicación ... antes de mañana' -> "
        "C-level writes to demand action",
    ),
    (
        "",
        "Hola:\n"
        "El portal de pacientes no envía los SMS de recordatorio desde el viernes. Hoy\n"
        "han faltado 41 pacientes a sus citas.\n"
        "Pongo en copia a nuestro director general, que espera una respuesta hoy mismo.\n"
        "\n"
        "Saludos,\n"
        "Lucía Navarro\n"
        "Coordinadora de Admisión, Clínica Dental Navarro",
        "executive_intervention",
        "es",
        "'en copia a nuestro director general, que espera una respuesta hoy' -> C-level "
        "copied to demand action",
    ),
    (
        "Sent to me by their ops lead.",
        "Hola Marta:\n"
        "Seguimos igual: el módulo de inventario resta dos veces las unidades cuando un\n"
        "pedido se divide en dos envíos. Tenemos stock negativo en 120 referencias.\n"
        "Nuestro CEO me ha pedido que consiga una fecha de corrección por escrito esta\n"
        "semana.\n"
        "\n"
        "Gracias,\n"
        "Diego Ferrer\n"
        "Responsable de Operaciones, Ferrer Moda",
        "executive_intervention",
        "es",
        "'Nuestro CEO me ha pedido que consiga una fecha' -> C-level demands action "
        "through a manager",
    ),
    (
        "",
        "Buenas tardes:\n"
        "El cierre contable de septiembre no cuadra: el informe de tesorería omite los\n"
        "cobros con tarjeta del último día del mes. Son unos 86.000 € sin reflejar.\n"
        "El consejo de administración quiere una explicación antes del viernes.\n"
        "\n"
        "Atentamente,\n"
        "Raúl Campos\n"
        "Controller, Bodegas Campos",
        "executive_intervention",
        "es",
        "'El consejo de administración quiere una explicación' -> customer's board demands action",
    ),
    (
        "",
        "Buenos días:\n"
        "Llevamos dos meses con el mismo error en las nóminas (los atrasos no se\n"
        "prorratean) y cinco tickets abiertos. Cada mes lo corregimos a mano.\n"
        "Quiero hablar con su CEO o con alguien de dirección, no con soporte.\n"
        "\n"
        "Carmen Ibáñez\n"
        "Jefa de RR. HH., Colegio San Isidro",
        "executive_intervention",
        "es",
        "'hablar con su CEO o con alguien de dirección' -> customer asks for our CEO",
    ),
    (
        "",
        "Hola:\n"
        "En la factura de octubre nos cobran 85 licencias; desde julio tenemos 60, según\n"
        "el anexo firmado. Además la subida del 9% no está en el contrato.\n"
        "Necesito la factura rectificada antes del día 15.\n"
        "\n"
        "Elena Ruiz\n"
        "Directora financiera (CFO)\n"
        "Ruiz Logística S.L.",
        "executive_intervention",
        "es",
        "signed 'Directora financiera (CFO)', 'Necesito la factura rectificada' -> "
        "C-level writes to demand action",
    ),
    (
        "He wrote to me directly, forwarding.",
        "Estimados señores:\n"
        "Desde el lunes, la plataforma de donaciones rechaza todos los pagos con Bizum y\n"
        "muestra 'error 402'. Estamos en plena campaña de Navidad.\n"
        "Les ruego que me llamen hoy.\n"
        "\n"
        "Antonio Vidal\n"
        "Presidente, Fundación Mar Abierto",
        "executive_intervention",
        "es",
        "signed 'Presidente', 'Les ruego que me llamen hoy' -> C-level writes to demand action",
    ),
    (
        "Came through their warehouse manager.",
        "Hola:\n"
        "Las etiquetas de envío salen con el código postal cortado (solo 4 dígitos)\n"
        "desde la actualización. Correos nos está devolviendo paquetes.\n"
        "He puesto en copia a nuestro director de operaciones (COO), que quiere una\n"
        "llamada mañana a primera hora.\n"
        "\n"
        "Un saludo,\n"
        "Pablo Serrano\n"
        "Jefe de Almacén, Serrano Hogar",
        "executive_intervention",
        "es",
        "'en copia a nuestro director de operaciones (COO), que quiere una llamada' -> "
        "C-level copied to demand action",
    ),
    # ------------------------------------------------------------------------------
    # product_defect — English (28)
    # ------------------------------------------------------------------------------
    (
        "",
        "Hi,\n"
        "Our dock scheduling board stopped accepting bookings for slots after 3pm - the\n"
        "button greys out. Carriers are emailing us instead and we're keying them in by\n"
        "hand.\n"
        "This needs to be fixed today. I'm escalating it as VP because it's costing us.\n"
        "\n"
        "Rob Ferris\n"
        "VP Operations, Meridian Cold Chain",
        "product_defect",
        "en",
        "booking button greys out -> product_defect (broken); a VP is not C-level",
    ),
    (
        "",
        "Hello,\n"
        "Since Tuesday the iPad app crashes whenever a housekeeper marks a room as\n"
        "'inspected'. It happens on every iPad we have (iPadOS 17.5). Room status is now\n"
        "being shouted down the corridor.\n"
        "\n"
        "Thanks,\n"
        "Leanne Morrow\n"
        "Director of Operations\n"
        "The Quayside Hotel",
        "product_defect",
        "en",
        "'app crashes' -> product_defect (crashes); Director of Operations is not C-level",
    ),
    (
        "From their finance team, fairly urgent I think.",
        "Hi all,\n"
        "The aged debtors report is double-counting part-paid invoices: an invoice for\n"
        "£1,000 with £400 paid shows £1,000 outstanding in the 30-day column and £600 in\n"
        "the 60-day column. Our month-end is on Friday.\n"
        "\n"
        "Regards,\n"
        "Victoria Addo\n"
        "Head of Finance, Kellerman Print",
        "product_defect",
        "en",
        "report 'double-counting' -> product_defect (wrong data); Head of Finance is not C-level",
    ),
    (
        "",
        "Hi,\n"
        "Small but annoying: the expense app rotates receipt photos 90° on upload from\n"
        "Android, so they come out sideways in the PDF. Everyone has noticed - our CEO\n"
        "uses the app too and his are sideways as well. Any fix coming?\n"
        "\n"
        "Cheers,\n"
        "Priyanka Shah\n"
        "Office Manager",
        "product_defect",
        "en",
        "receipts 'rotated ... sideways' -> product_defect, however small; CEO merely a user",
    ),
    (
        "",
        "Hello,\n"
        "The VAT summary in the quarterly export rounds each line before summing, so our\n"
        "total is off by a few pence against the ledger (£0.07 this quarter). Not urgent,\n"
        "I'll mention it to our CFO at some point, but wanted it logged.\n"
        "\n"
        "Thanks,\n"
        "Gavin Lord\n"
        "Bookkeeper, Lord & Finch Architects",
        "product_defect",
        "en",
        "export total 'off by a few pence' -> product_defect, however small; CFO merely named",
    ),
    (
        "",
        "Hi,\n"
        "The /v2/contacts endpoint times out (30s) whenever we page past offset 10,000.\n"
        "Smaller pages don't help. Our nightly CRM sync has failed four nights in a row.\n"
        "Our new CTO starts next month and I'd like this sorted before then so she doesn't\n"
        "inherit it.\n"
        "\n"
        "Thanks,\n"
        "Ahmed Siddiqui\n"
        "Integration Developer, Bluewater Insurance Brokers",
        "product_defect",
        "en",
        "endpoint 'times out' -> product_defect (errors); incoming CTO merely named",
    ),
    (
        "",
        "Hey,\n"
        "The planning board view won't load for anyone in our Leeds team - spinner\n"
        "forever. List view is fine, so we're getting by, but the board is how we run\n"
        "stand-ups. Browser console shows 'TypeError: cannot read properties of\n"
        "undefined (reading lanes)'.\n"
        "\n"
        "Ta,\n"
        "Jess\n"
        "Team Lead, Delivery",
        "product_defect",
        "en",
        "'planning board view won't load' -> product_defect; the board is a product view",
    ),
    (
        "",
        "Hello!\n"
        "We run a small board game shop and café. Since yesterday our online shop shows\n"
        "every game as 'out of stock' even though the stock numbers in the back office\n"
        "are right. Saturday is our busiest day for web orders so hoping someone can look\n"
        "soon.\n"
        "\n"
        "Many thanks,\n"
        "Owen Pritchard\n"
        "Shop Manager, The Meeple Parlour",
        "product_defect",
        "en",
        "every game shown 'out of stock' wrongly -> product_defect (wrong data); board "
        "game shop, no board",
    ),
    (
        "",
        "Hi,\n"
        "The staff directory sync with Azure AD is dropping anyone whose surname contains\n"
        "an apostrophe (O'Neill, D'Souza...). 17 people have vanished from the directory\n"
        "and can't be found in the rota or the phone list.\n"
        "\n"
        "Best,\n"
        "Kieran Walsh\n"
        "IT Support Analyst, Greenhill College",
        "product_defect",
        "en",
        "sync 'dropping' people -> product_defect (lost data); a directory, not a director",
    ),
    (
        "Production company, they start filming next week.",
        "Hi,\n"
        "The call sheet PDF export has stopped including the director's notes section and\n"
        "the second page of cast times is blank. Our director wants the call sheets out\n"
        "by 6pm each day for the shoot starting Monday, so we're copy-pasting into Word\n"
        "for now.\n"
        "\n"
        "Thanks,\n"
        "Rosa Delgado\n"
        "Production Coordinator, Harbourlight Films",
        "product_defect",
        "en",
        "PDF export missing sections -> product_defect; 'director' is the film director",
    ),
    (
        "",
        "Hello,\n"
        "The public calendar on our website (your embed) shows the school board's\n"
        "meetings one hour late since the clocks changed. The admin side shows 7pm, the\n"
        "website shows 8pm. Two parents turned up late to Tuesday's meeting.\n"
        "\n"
        "Regards,\n"
        "Donna Haskins\n"
        "Communications Officer, Pine Valley School District",
        "product_defect",
        "en",
        "calendar 'one hour late' -> product_defect (wrong data); school board is only event data",
    ),
    (
        "",
        "Hi,\n"
        "When I book meetings for the leadership team through the Outlook add-in, the\n"
        "room is reserved but the Teams link is missing from the invite about half the\n"
        "time. I then have to edit every invite by hand. This is my own workflow, nobody\n"
        "else has asked me to raise it.\n"
        "\n"
        "Thanks,\n"
        "Sophie Lang\n"
        "Executive Assistant to the CEO\n"
        "Marlow Capital Partners",
        "product_defect",
        "en",
        "'Teams link is missing' -> product_defect; executive assistant writing on her own account",
    ),
    (
        "",
        "Hi,\n"
        "Third week of the same thing: scheduled posts publish to Instagram with the image\n"
        "missing (caption only). We've lost two client approvals over it.\n"
        "If this isn't fixed by the end of the month we'll move to another tool, simple\n"
        "as.\n"
        "\n"
        "Kris Holm\n"
        "Head of Social, Polestar Creative",
        "product_defect",
        "en",
        "posts publish 'with the image missing' -> product_defect; churn threat doesn't "
        "change category",
    ),
    (
        "",
        "Hello,\n"
        "I'm escalating this as the department manager. The patient check-in kiosk\n"
        "freezes after the first scan of the day until someone reboots it. We've rebooted\n"
        "it every morning for a week.\n"
        "\n"
        "Patrick O'Hare\n"
        "Outpatients Department Manager, St Columba's Hospital",
        "product_defect",
        "en",
        "kiosk 'freezes' -> product_defect; department manager, not C-level",
    ),
    (
        "",
        "Hi team,\n"
        "The board pack export to PDF cuts off every chart at the right margin (landscape\n"
        "pages only). Our board meeting is next Wednesday and I need to send the pack out\n"
        "on Monday. Any workaround in the meantime?\n"
        "\n"
        "Thanks,\n"
        "Ruth Akindele\n"
        "Company Secretary, Hartfield Housing Trust",
        "product_defect",
        "en",
        "export 'cuts off every chart' -> product_defect; the board only reads the "
        "pack, demands nothing",
    ),
    (
        "Their CEO spoke at our user conference last year; this one is from the warehouse team.",
        "Hello,\n"
        "The label printer integration prints two labels for every parcel since this\n"
        "morning's update. We're binning the duplicates but it's slowing the line down.\n"
        "\n"
        "Thanks,\n"
        "Marek Novak\n"
        "Warehouse Shift Lead, Alder & Finch Home",
        "product_defect",
        "en",
        "'prints two labels for every parcel' -> product_defect; note names CEO only as "
        "a past speaker",
    ),
    (
        "",
        "Dear Support,\n"
        "The ward observations screen takes 15-20 seconds to save each set of vital signs\n"
        "since last Thursday. On a 28-bed ward that adds up to hours per shift. Nurses\n"
        "are writing obs on paper and entering them later.\n"
        "\n"
        "Kind regards,\n"
        "Fiona Gallagher\n"
        "Director of Nursing\n"
        "Ashby Community Hospital",
        "product_defect",
        "en",
        "'takes 15-20 seconds to save' -> product_defect (slowness); Director of Nursing "
        "is not C-level",
    ),
    (
        "",
        "Hi,\n"
        "The recipe costing page has started using last year's supplier prices for\n"
        "dairy. All our menu margins look 6-8% better than they are. Other categories\n"
        "seem fine.\n"
        "\n"
        "Cheers,\n"
        "Luca Bianchi\n"
        "Executive Chef, The Grain Store Kitchen",
        "product_defect",
        "en",
        "costing uses 'last year's supplier prices' -> product_defect (wrong data); "
        "Executive Chef not C-level",
    ),
    (
        "",
        "Hello,\n"
        "I deleted a project by mistake and the 30-day restore isn't working: the\n"
        "'Restore' button on the trash page gives 'Something went wrong' every time. It's\n"
        "our biggest client's project with two years of drawings.\n"
        "I haven't told our MD yet, hoping you can get it back first!!\n"
        "\n"
        "Sally Brooks\n"
        "Studio Manager, Brooks Ward Interiors",
        "product_defect",
        "en",
        "restore 'gives Something went wrong' -> product_defect; MD explicitly not involved",
    ),
    (
        "Their office manager, sounds like a privacy thing.",
        "Hi,\n"
        "When I log into the analytics dashboard as our CEO's delegate, the 'My reports'\n"
        "tab shows reports belonging to a user at a different company (names I don't\n"
        "recognise). I've logged out and back in. Screenshot attached. Please look at\n"
        "this urgently.\n"
        "\n"
        "Hannah Cole\n"
        "Office Manager, Dunmore & Reid",
        "product_defect",
        "en",
        "shows another company's reports -> product_defect (wrong data); CEO only the "
        "account owner",
    ),
    (
        "",
        "Hi,\n"
        "We make control boards for HVAC units. Since the import template change, serial\n"
        "numbers for boards with a letter suffix (e.g. CB-2210A) are imported without the\n"
        "suffix, so A and B variants merge into one record. Traceability is broken for\n"
        "~600 units.\n"
        "\n"
        "Regards,\n"
        "Stefan Ionescu\n"
        "Quality Engineer, Therma Controls",
        "product_defect",
        "en",
        "serials imported wrongly, records merge -> product_defect; 'boards' are circuit boards",
    ),
    (
        "",
        "Hello,\n"
        "Our CFO left last month and we need to move the billing admin role to me. The\n"
        "'Transfer ownership' button gives error 500 every time. I can't see invoices or\n"
        "update the card on file.\n"
        "\n"
        "Thanks,\n"
        "Moira Grant\n"
        "Finance Manager, Larkspur Nurseries",
        "product_defect",
        "en",
        "button 'gives error 500' -> product_defect (errors); departed CFO merely named",
    ),
    (
        "",
        "Site's down. 503 on everything since 14:10. Checkout dead.\n\nNick\nOps, Pebble & Pine",
        "product_defect",
        "en",
        "'503 on everything', 'Checkout dead' -> product_defect (outage)",
    ),
    (
        "",
        "Hi,\n"
        "I'm afraid it's still happening after the fix you mentioned. Parent consent\n"
        "forms signed on phones still show as 'unsigned' in the trip register.\n"
        "\n"
        "On Tue 3 Nov, Support wrote:\n"
        "> Hi Aisha, our team deployed a fix for consent form signatures last night.\n"
        "> Could you check and let us know?\n"
        "\n"
        "Aisha Rahman\n"
        "Trips Coordinator, Elmstead High School",
        "product_defect",
        "en",
        "signed forms 'still show as unsigned' -> product_defect (wrong data)",
    ),
    (
        "",
        "Hi,\n"
        "Performance since the weekend:\n"
        "- search: 12-15s (was <1s)\n"
        "- opening a case file: 8s\n"
        "- saving notes: sometimes fails with 'timeout', text lost\n"
        "We have 45 fee earners using this all day. Please investigate.\n"
        "\n"
        "Graham Tully\n"
        "IT Manager, Tully Marsh Solicitors",
        "product_defect",
        "en",
        "search 12-15s, 'text lost' -> product_defect (slowness, lost data)",
    ),
    (
        "",
        "Hi,\n"
        "The mobile app shows yesterday's driver routes when you open it before 6am.\n"
        "Pull to refresh fixes it, so the drivers are coping, but new starters keep\n"
        "getting caught out.\n"
        "\n"
        "Cheers,\n"
        "Darren\n"
        "\n"
        "PS no need to loop in anyone senior, we just need it fixed at some point.",
        "product_defect",
        "en",
        "app 'shows yesterday's driver routes' -> product_defect; explicitly no senior involvement",
    ),
    (
        "",
        "Hello,\n"
        "Since Monday, MFA push notifications to the authenticator app arrive 2-4 minutes\n"
        "late, so logins time out. About 300 of our 1,200 users are affected. SMS\n"
        "fallback works. Please treat this as a priority.\n"
        "\n"
        "Regards,\n"
        "Andrea Kimura\n"
        "Senior Director, IT Infrastructure\n"
        "Coastal Federal Credit Union",
        "product_defect",
        "en",
        "push 'arrive 2-4 minutes late, so logins time out' -> product_defect; Senior "
        "Director not C-level",
    ),
    (
        "Go-live is next week for them.",
        "Hi,\n"
        "During testing the kiosk check-in for the exhibition opening kept printing\n"
        "visitor badges with the wrong event date (tomorrow's date). Our CEO will be at\n"
        "the opening and I'd rather the badges weren't wrong in front of her. Can you\n"
        "look before Thursday?\n"
        "\n"
        "Many thanks,\n"
        "Tom Ridley\n"
        "Events Manager, Harbour Gallery",
        "product_defect",
        "en",
        "badges print 'the wrong event date' -> product_defect; CEO only attending, "
        "demands nothing",
    ),
    # ------------------------------------------------------------------------------
    # service_failure — English (6)
    # ------------------------------------------------------------------------------
    (
        "",
        "Hello,\n"
        "We have five tickets open with no reply at all, the oldest from 2 September\n"
        "(#55102, #55118, #55240, #55301, #55377). Chasing through the portal does\n"
        "nothing. I'm not even asking for answers today, just for someone to acknowledge\n"
        "them.\n"
        "\n"
        "Regards,\n"
        "Bernadette Quinn\n"
        "Head of Customer Service, Quinn Travel",
        "service_failure",
        "en",
        "'five tickets open with no reply' -> service_failure (tickets unanswered)",
    ),
    (
        "",
        "Hi,\n"
        "This is the second onboarding session your trainer has missed. We had 14 sales\n"
        "reps sitting in a room on Tuesday for 40 minutes before we gave up. No email,\n"
        "no call. Please tell me who is actually running our onboarding.\n"
        "\n"
        "Thanks,\n"
        "Craig Henning\n"
        "VP Sales, Brightline Solar",
        "service_failure",
        "en",
        "'second onboarding session your trainer has missed' -> service_failure; VP not C-level",
    ),
    (
        "They're unhappy about how the ticket was handled, not the product.",
        "Hi,\n"
        "Ticket 88412 was closed as 'resolved' this morning with no reply. I asked a\n"
        "simple question about how to set up approval chains and nobody answered it.\n"
        "That's the second time. Our COO asked me last month how support was working out\n"
        "and I said fine; I'd like to keep saying that.\n"
        "\n"
        "Linda Park\n"
        "Systems Administrator, Orchard Veterinary Group",
        "service_failure",
        "en",
        "'closed as resolved ... with no reply' -> service_failure; COO merely mentioned",
    ),
    (
        "",
        "Hello,\n"
        "Outages happen and I accept that. What I don't accept is Tuesday: six hours with\n"
        "the status page saying 'investigating' and not a single update, while my team\n"
        "fielded calls from every branch. Please explain how you communicate during\n"
        "incidents and what will change.\n"
        "\n"
        "Aaron Blake\n"
        "Director of IT, Westway Credit Union",
        "service_failure",
        "en",
        "'six hours ... not a single update' -> service_failure (no status updates)",
    ),
    (
        "",
        "Hi,\n"
        "Our contract gives us a 4-hour first response on priority tickets. The last\n"
        "three got first responses after 19, 26 and 31 hours. I've attached the\n"
        "timestamps. I'd like to understand why and what you'll do about it.\n"
        "\n"
        "Kind regards,\n"
        "Nora Eriksen\n"
        "Service Delivery Manager, Polaris Managed IT",
        "service_failure",
        "en",
        "4-hour response missed at '19, 26 and 31 hours' -> service_failure (SLA breach)",
    ),
    (
        "Says the account manager never showed up to the quarterly review.",
        "Hello,\n"
        "We set aside an afternoon for the quarterly review on the 14th. Your account\n"
        "manager didn't join and we haven't heard from him since. This is the second\n"
        "review missed this year.\n"
        "\n"
        "Regards,\n"
        "Philippa Stone\n"
        "Director of Procurement, Caldwell Foods",
        "service_failure",
        "en",
        "'account manager didn't join', 'second review missed' -> service_failure "
        "(missed meetings)",
    ),
    # ------------------------------------------------------------------------------
    # commercial_dispute — English (3)
    # ------------------------------------------------------------------------------
    (
        "",
        "Hi,\n"
        "We were charged twice for October (£2,340 on the 1st and again on the 3rd).\n"
        "Please refund the second payment to the card on file. Invoice numbers below.\n"
        "INV-20931, INV-20977\n"
        "\n"
        "Thanks,\n"
        "Ellie Morgan\n"
        "Finance Manager, Morgan & Daughters Bakery",
        "commercial_dispute",
        "en",
        "'charged twice', 'refund' -> commercial_dispute (double charges, refunds)",
    ),
    (
        "",
        "Hello,\n"
        "Our renewal quote shows a 19% increase for the same 80 seats and the same plan.\n"
        "We weren't told about a price change and our budget for next year is fixed. Can\n"
        "we discuss keeping last year's rate, or a multi-year option?\n"
        "\n"
        "Regards,\n"
        "Tariq Hussain\n"
        "Head of Procurement, Allbright Schools Partnership",
        "commercial_dispute",
        "en",
        "'19% increase' on renewal -> commercial_dispute (price rises); Head of not C-level",
    ),
    (
        "",
        "Hi,\n"
        "Invoice 4471 bills us for 65 seats; we reduced to 50 in August (your\n"
        "confirmation attached). Please issue a credit note for the difference. Our CFO\n"
        "signs off anything over £10k in the monthly run, so I need the credit note\n"
        "before the 20th to keep it out of her pile.\n"
        "\n"
        "Thanks,\n"
        "Jamie Fletcher\n"
        "Accounts Payable Lead, Northfield Vets",
        "commercial_dispute",
        "en",
        "seat count, 'credit note' -> commercial_dispute; CFO only named as approver",
    ),
    # ------------------------------------------------------------------------------
    # relationship_at_risk — English (3)
    # ------------------------------------------------------------------------------
    (
        "",
        "Hi Megan,\n"
        "Personal news: I'm leaving Harrow Hill at the end of next month. I've been the\n"
        "one pushing the platform here and honestly I'm not sure anyone else will keep\n"
        "the workflows going. My replacement hasn't been hired yet. Renewal is in March.\n"
        "Thought you should know.\n"
        "\n"
        "Best,\n"
        "Simon Reyes\n"
        "Digital Programme Lead, Harrow Hill Housing",
        "relationship_at_risk",
        "en",
        "'I'm leaving', 'Renewal is in March' -> relationship_at_risk (champion leaving)",
    ),
    (
        "FYI, they've been quiet for a while.",
        "Hello,\n"
        "Just to be transparent: we've been asked to review our project tools this\n"
        "quarter and will be looking at two other vendors alongside you. Usage has\n"
        "dropped on our side, partly because the field teams never really took to it.\n"
        "Happy to talk.\n"
        "\n"
        "Regards,\n"
        "Megan Wood\n"
        "Director of Digital, Crestline Civil Engineering",
        "relationship_at_risk",
        "en",
        "'two other vendors', 'Usage has dropped' -> relationship_at_risk (competitor evaluation)",
    ),
    (
        "",
        "Hi,\n"
        "Heads up: our new CTO starts next month and one of her first jobs is a review of\n"
        "all our SaaS contracts. Logins to your tool are down a lot since the summer and\n"
        "I'll have a hard time making the case for renewal. Could we look at usage\n"
        "together?\n"
        "\n"
        "Thanks,\n"
        "Rahul Menon\n"
        "IT Manager, Silverbeck Logistics",
        "relationship_at_risk",
        "en",
        "'Logins ... down', 'hard time making the case for renewal' -> "
        "relationship_at_risk; CTO not yet involved",
    ),
    # ------------------------------------------------------------------------------
    # others — German (8): product_defect 6, service_failure 1, commercial_dispute 1
    # ------------------------------------------------------------------------------
    (
        "",
        "Hallo,\n"
        "die Synchronisation zwischen Ihrer App und unserem Kalender bricht seit Dienstag\n"
        "nach etwa 200 Einträgen ab. Termine ab Mitte Mai fehlen in der App komplett.\n"
        "Bitte um kurzfristige Prüfung.\n"
        "\n"
        "Viele Grüße\n"
        "Petra Lindner\n"
        "Leiterin IT, Stadtwerke Obertal",
        "product_defect",
        "de",
        "'Synchronisation bricht ab', 'Termine fehlen' -> product_defect; Leiterin IT not C-level",
    ),
    (
        "",
        "Moin,\n"
        "das Planungsboard lädt bei uns seit dem Update nur noch die ersten drei Spalten,\n"
        "der Rest bleibt leer. In der Listenansicht ist alles da. Wir nutzen das Board\n"
        "täglich in der Frühbesprechung.\n"
        "\n"
        "Gruß\n"
        "Henning Jahnke\n"
        "Abteilungsleiter Montage, Jahnke Fensterbau",
        "product_defect",
        "de",
        "'Planungsboard lädt ... nur noch drei Spalten' -> product_defect; board is a product view",
    ),
    (
        "Small one from a long-time customer.",
        "Hallo,\n"
        "in der iOS-App werden Umlaute in Kundennamen seit dem letzten Update als\n"
        "Fragezeichen angezeigt (M?ller statt Müller). Unser Geschäftsführer nutzt die\n"
        "App auch und hat es ebenfalls bemerkt. Keine Eile, aber es sieht unschön aus.\n"
        "\n"
        "Grüße\n"
        "Nina Vogt\n"
        "Vertriebsinnendienst",
        "product_defect",
        "de",
        "Umlaute 'als Fragezeichen angezeigt' -> product_defect, however small; "
        "Geschäftsführer only a user",
    ),
    (
        "",
        "Guten Tag,\n"
        "seit zwei Wochen werden Lieferscheine mit falschem Gewicht gedruckt (Brutto und\n"
        "Netto vertauscht). Unsere Spediteure beschweren sich. Wenn das bis Monatsende\n"
        "nicht behoben ist, sehen wir uns nach einer anderen Lösung um.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Oliver Kranz\n"
        "Bereichsleiter Logistik, Kranz Baustoffe",
        "product_defect",
        "de",
        "'Brutto und Netto vertauscht' -> product_defect; churn threat doesn't change category",
    ),
    (
        "",
        "Sehr geehrte Damen und Herren,\n"
        "über die Online-Terminbuchung werden seit Montag Termine doppelt vergeben: zwei\n"
        "Patienten erhalten denselben Slot bestätigt. Heute früh waren es sechs Fälle.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Julia Seidel\n"
        "Praxismanagerin, Hausarztpraxis am Lindenplatz",
        "product_defect",
        "de",
        "'Termine doppelt vergeben' -> product_defect (wrong data); no C-level",
    ),
    (
        "",
        "Hallo Support,\n"
        "das Schwarze Brett im Mitarbeiterportal zeigt neue Aushänge erst nach 24 Stunden\n"
        "an. Die Dienstpläne fürs Wochenende hängen wir dort aus, deshalb ist das gerade\n"
        "ärgerlich.\n"
        "\n"
        "Danke und Gruß\n"
        "Jana Wolff\n"
        "Assistenz der Geschäftsführung, Pflegedienst Sonnenhof",
        "product_defect",
        "de",
        "Aushänge 'erst nach 24 Stunden' -> product_defect; notice board, assistant "
        "writes for herself",
    ),
    (
        "",
        "Hallo,\n"
        "wir haben seit drei Wochen zwei offene Tickets (#2231 und #2240) ohne jede\n"
        "Antwort. Die automatische Eingangsbestätigung kam, danach nichts mehr. Können\n"
        "Sie bitte jemanden zuweisen?\n"
        "\n"
        "Viele Grüße\n"
        "Sandra Beck\n"
        "Teamleiterin Kundenservice, Beck Reisen",
        "service_failure",
        "de",
        "'zwei offene Tickets ... ohne jede Antwort' -> service_failure (tickets unanswered)",
    ),
    (
        "Billing question, forwarded from their accounting.",
        "Guten Tag,\n"
        "für den Monat Mai haben wir zwei Rechnungen mit unterschiedlichen Nummern, aber\n"
        "identischem Inhalt erhalten (RE-5521 und RE-5538). Beide wurden abgebucht. Bitte\n"
        "erstatten Sie den doppelten Betrag.\n"
        "\n"
        "Freundliche Grüße\n"
        "Heike Sommer\n"
        "Buchhaltung, Sommer Elektro GmbH",
        "commercial_dispute",
        "de",
        "'zwei Rechnungen ... Beide wurden abgebucht', 'erstatten' -> commercial_dispute",
    ),
    # ------------------------------------------------------------------------------
    # others — French (9): product_defect 6, service_failure 2, relationship_at_risk 1
    # ------------------------------------------------------------------------------
    (
        "",
        "Bonjour,\n"
        "Depuis lundi, l'import des relevés bancaires échoue avec le message « format non\n"
        "reconnu » pour les fichiers CAMT.053 de notre banque. Les fichiers n'ont pas\n"
        "changé. Merci de regarder rapidement.\n"
        "\n"
        "Cordialement,\n"
        "Vincent Laurent\n"
        "Responsable informatique, Mutuelle des Artisans",
        "product_defect",
        "fr",
        "import 'échoue ... format non reconnu' -> product_defect; responsable "
        "informatique not C-level",
    ),
    (
        "",
        "Bonjour,\n"
        "Sur Android, l'appli se déconnecte toute seule toutes les dix minutes depuis la\n"
        "dernière version. Ça touche tout le monde chez nous, notre DG utilise aussi\n"
        "l'appli et s'en est plaint à la machine à café. Rien de bloquant mais c'est\n"
        "pénible.\n"
        "\n"
        "Bonne journée,\n"
        "Camille Girard\n"
        "Chargée de communication",
        "product_defect",
        "fr",
        "'l'appli se déconnecte toute seule' -> product_defect; DG merely a user",
    ),
    (
        "Forwarded from their ops manager.",
        "Bonjour,\n"
        "Les tournées affichent un kilométrage total faux : la somme ne prend pas en\n"
        "compte le retour au dépôt. Nos indemnités chauffeurs sont calculées là-dessus.\n"
        "\n"
        "Merci,\n"
        "Hugo Petit\n"
        "Responsable des opérations, Petit Transports",
        "product_defect",
        "fr",
        "'kilométrage total faux' -> product_defect (wrong data); not C-level",
    ),
    (
        "",
        "Bonjour,\n"
        "Dans le module de planning de tournage, le champ « réalisateur » disparaît des\n"
        "fiches après chaque enregistrement. Il faut le ressaisir à chaque fois. Le\n"
        "tournage commence dans dix jours.\n"
        "\n"
        "Merci d'avance,\n"
        "Léa Fontaine\n"
        "Régisseuse générale, Studio Nacre Productions",
        "product_defect",
        "fr",
        "champ 'disparaît ... après chaque enregistrement' -> product_defect (lost "
        "data); film director field",
    ),
    (
        "",
        "Bonjour,\n"
        "L'annuaire des agents ne se met plus à jour depuis la synchronisation LDAP du\n"
        "2 mars. Les nouveaux arrivants n'apparaissent pas et ne peuvent pas se connecter.\n"
        "\n"
        "Cordialement,\n"
        "Sylvie Mercier\n"
        "Service informatique, Mairie de Saint-Aubin",
        "product_defect",
        "fr",
        "'annuaire ne se met plus à jour', 'ne peuvent pas se connecter' -> "
        "product_defect; a directory",
    ),
    (
        "",
        "Bonjour,\n"
        "Quand j'exporte l'agenda du comité de direction en PDF, les réunions récurrentes\n"
        "n'apparaissent qu'une fois. C'est moi qui prépare ce document chaque semaine, je\n"
        "le corrige à la main en attendant.\n"
        "\n"
        "Merci,\n"
        "Aurélie Blanc\n"
        "Assistante de direction, Cabinet Blanc & Associés",
        "product_defect",
        "fr",
        "récurrences 'n'apparaissent qu'une fois' -> product_defect; assistant writes for herself",
    ),
    (
        "",
        "Bonjour,\n"
        "La formation de démarrage prévue jeudi n'a pas eu lieu : personne ne s'est\n"
        "connecté de votre côté et nous n'avons reçu aucun message. Douze collaborateurs\n"
        "avaient bloqué leur après-midi. Pouvez-vous nous proposer une nouvelle date et\n"
        "nous expliquer ce qui s'est passé ?\n"
        "\n"
        "Cordialement,\n"
        "Martine Caron\n"
        "Responsable formation, Caron Assurances",
        "service_failure",
        "fr",
        "'formation de démarrage ... n'a pas eu lieu' -> service_failure (missed onboarding)",
    ),
    (
        "They say support closed their ticket without answering.",
        "Bonjour,\n"
        "Notre ticket 60417 a été clôturé hier avec la mention « résolu », alors que\n"
        "personne ne nous a répondu. La question portait sur les droits d'accès des\n"
        "stagiaires.\n"
        "\n"
        "Bien cordialement,\n"
        "Thomas Roussel\n"
        "Chef de service, Lycée Jean-Moulin",
        "service_failure",
        "fr",
        "'clôturé ... alors que personne ne nous a répondu' -> service_failure",
    ),
    (
        "",
        "Bonjour Claire,\n"
        "Je voulais vous prévenir : je quitte l'entreprise fin juin. C'est moi qui ai\n"
        "porté le projet ici et je ne suis pas certaine que mon successeur continuera.\n"
        "Le renouvellement tombe en septembre.\n"
        "\n"
        "Amitiés,\n"
        "Julie Morel\n"
        "Cheffe de projet digital, Maison Morel",
        "relationship_at_risk",
        "fr",
        "'je quitte l'entreprise', 'renouvellement' -> relationship_at_risk (champion leaving)",
    ),
    # ------------------------------------------------------------------------------
    # others — Spanish (8): product_defect 5, service_failure 1, commercial_dispute 1,
    # relationship_at_risk 1
    # ------------------------------------------------------------------------------
    (
        "",
        "Hola:\n"
        "Desde la actualización de anoche, el panel de pedidos tarda más de un minuto en\n"
        "cargar y a veces devuelve 'Error 504'. Afecta a todas las tiendas.\n"
        "\n"
        "Saludos,\n"
        "Inés Molina\n"
        "Jefa de Sistemas, Calzados Molina",
        "product_defect",
        "es",
        "'tarda más de un minuto', 'Error 504' -> product_defect; Jefa de Sistemas not C-level",
    ),
    (
        "Minor thing from their accounts team.",
        "Buenas:\n"
        "El informe de IVA trimestral redondea mal los céntimos: nos sale 0,03 € de\n"
        "diferencia con contabilidad. No es urgente; se lo comentaré a nuestro CFO en\n"
        "algún momento, pero quería dejarlo registrado.\n"
        "\n"
        "Gracias,\n"
        "Jorge Castillo\n"
        "Administración, Castillo Reformas",
        "product_defect",
        "es",
        "'redondea mal los céntimos' -> product_defect, however small; CFO merely named",
    ),
    (
        "",
        "Hola:\n"
        "El tablero de planificación no deja arrastrar tarjetas entre columnas en\n"
        "Safari. En Chrome funciona. Medio equipo usa Mac.\n"
        "\n"
        "Un saludo,\n"
        "Andrés Gil\n"
        "Jefe de Proyecto, Agencia Brújula",
        "product_defect",
        "es",
        "'no deja arrastrar tarjetas' -> product_defect; 'tablero' is a product board",
    ),
    (
        "",
        "Buenos días:\n"
        "El directorio de profesores no muestra a los docentes dados de alta después del\n"
        "1 de septiembre. Tampoco aparecen en el buscador de la app de familias.\n"
        "\n"
        "Atentamente,\n"
        "Rosa Herrera\n"
        "Secretaria académica, Colegio Santa Clara",
        "product_defect",
        "es",
        "'directorio ... no muestra a los docentes' -> product_defect; a staff directory",
    ),
    (
        "",
        "Hola:\n"
        "La app de fidelización no suma puntos a las compras pagadas con tarjeta regalo.\n"
        "Los clientes se quejan en caja. Nuestro nuevo director general empieza el mes\n"
        "que viene y me gustaría tenerlo resuelto antes.\n"
        "\n"
        "Gracias,\n"
        "Marcos León\n"
        "Gerente de tienda, Librería La Hoja",
        "product_defect",
        "es",
        "'no suma puntos' -> product_defect; incoming director general merely named",
    ),
    (
        "",
        "Hola:\n"
        "El lunes nos prometieron una llamada de seguimiento sobre la migración y nadie\n"
        "llamó. Tampoco hemos recibido el resumen que quedaron en enviar. Es la segunda\n"
        "vez.\n"
        "\n"
        "Saludos,\n"
        "Verónica Soto\n"
        "Responsable de Proyectos, Soto Ingeniería",
        "service_failure",
        "es",
        "'nos prometieron una llamada ... y nadie llamó' -> service_failure (missed meetings)",
    ),
    (
        "",
        "Buenos días:\n"
        "La propuesta de renovación incluye una subida del 14% sin cambios en el\n"
        "servicio. El contrato dice que cualquier subida debe avisarse con 90 días y nos\n"
        "ha llegado con 30. Solicito que se mantenga la tarifa actual.\n"
        "\n"
        "Un saludo,\n"
        "Nuria Prieto\n"
        "Responsable de Compras, Hospital Veterinario Sur",
        "commercial_dispute",
        "es",
        "'subida del 14%', 'El contrato dice' -> commercial_dispute (price rises, contract terms)",
    ),
    (
        "Heads up from their operations coordinator.",
        "Hola Sergio:\n"
        "Te aviso con franqueza: estamos probando otra plataforma en dos de nuestras\n"
        "sedes. El uso de la vuestra ha caído mucho desde que se fue Laura, que era quien\n"
        "la impulsaba. Si quieres, hablamos la semana que viene.\n"
        "\n"
        "Un abrazo,\n"
        "Pilar Domínguez\n"
        "Coordinadora de Operaciones, Academias Domínguez",
        "relationship_at_risk",
        "es",
        "'probando otra plataforma', 'El uso ... ha caído' -> relationship_at_risk",
    ),
]
