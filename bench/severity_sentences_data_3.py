"""Blind severity emails, third batch (issue 18, session 31): 140 hand-written customer emails of
three to eight sentences, 60 high, 60 medium, 10 low and 10 critical; 77 in English and 21 each
in German, French and Spanish (written natively, not translated). Every item was written and
labelled by hand with a severity and a category before anything was run on it, blind: only the
defs-1 category and severity bullets quoted in the task were read, no repository file (not the
classifier, its rules, its tests or the other evaluation sets). The batch aims at the boundary
between high and medium, where a keyword reader most often reads a high email as medium: high
items tell the business effect the way customers do, mostly without stock words such as urgent,
critical, ASAP, blocker, deadline or escalate (a team doing by hand what the product should do,
an inspection, term start, season opening, payroll run or board meeting that the problem
threatens, a renewal hinted to depend on it, repeated failures by our people told as a story, a
competitor trial, a champion leaving, an executive of theirs writing or copied), with the
decisive sentence first, in the middle, last or in a PS; medium items are real annoyances with
workarounds and no date, missing features that matter, billing questions, one or two users,
falling usage with no threat, and emails that sound dramatic or long but are medium on the
definitions. Low and critical items are contrast. This is a dev (tuning) set, not held out.
"""

from __future__ import annotations

# (text, category, severity, language, why) — why: the words that decided the level and the
# defs-1 sentence it rests on, one short line
ITEMS: list[tuple[str, str, str, str, str]] = [
    (
        "Hello Sam,\n\n"
        "Since the update on Tuesday the order screen no longer pushes delivery addresses into "
        "the route planner. Our four dispatchers now copy every address across by hand, about 300 "
        "stops a day, and the first wrong routes have already gone out. It works, but it eats "
        "most of their morning and the drivers leave an hour late. Could someone look at the "
        "integration this week?\n\n"
        "Thanks,\nGreta Lindqvist\nOperations, Nordfrakt Logistics",
        "product_defect",
        "high",
        "en",
        "'four dispatchers copy every address by hand': important function, painful workaround",
    ),
    (
        "Hi Priya,\n\n"
        "The medication administration report has been timing out for two weeks whenever we pick "
        "a date range longer than a few days. Our nurses export it day by day and stitch the "
        "files together in Excel, which takes most of a shift per home. Could someone from your "
        "reporting team have a look?\n\n"
        "Best,\nDenise Okafor\nQuality Lead, Brightwater Care Homes\n\n"
        "PS: the state inspectors arrive at our Maple Grove home on the 14th, and they always ask "
        "for the last 90 days.",
        "product_defect",
        "high",
        "en",
        "PS 'inspectors arrive on the 14th', day-by-day workaround: an inspection at risk",
    ),
    (
        "Hi Marcus,\n\n"
        "Heads-up so you're not surprised: our marketing team started a 30-day trial of Hubflow "
        "last week. Nothing is broken on your side, but they feel the campaign builder hasn't "
        "moved in two years, and Hubflow showed them things we asked you for long ago. I'd rather "
        "keep us on your platform, so it would help to have a real conversation about what's "
        "coming before their trial ends.\n\n"
        "Cheers,\nTomás",
        "relationship_at_risk",
        "high",
        "en",
        "'started a 30-day trial of Hubflow': a competitor evaluation puts revenue at risk",
    ),
    (
        "Dear Ms. Hartley,\n\n"
        "I want to put on record how the last two months have gone. Our onboarding call in March "
        "was cancelled by your side an hour before it started, and the replacement was never "
        "scheduled. The ticket I opened about SSO setup was closed twice with a link to an "
        "article that does not cover our identity provider, and each time I reopened it I had to "
        "explain everything again to someone new. We are paying for fifty seats and still running "
        "our projects in the old tool.\n\n"
        "Regards,\nAnil Mehta\nIT Manager, Corvin Architects",
        "service_failure",
        "high",
        "en",
        "onboarding cancelled, ticket closed twice unanswered: our people failed repeatedly",
    ),
    (
        "Hello,\n\n"
        "I'm the CEO of Lantern Bakeries, and I'm writing because my operations team has spent "
        "three weeks trying to get the stock forecast fixed through your support queue. It still "
        "over-orders flour and butter for our twelve shops, and we throw product away every "
        "evening. I would like your VP of Customer Success, or whoever owns this, to call me this "
        "week and tell me who is responsible for fixing it.\n\n"
        "Ruth Abernathy\nCEO, Lantern Bakeries",
        "executive_intervention",
        "high",
        "en",
        "customer CEO writes and asks for our VP: executive involvement is high, never critical",
    ),
    (
        "Hi Jordan,\n\n"
        "We received the renewal quote this morning, and the per-seat price is up 22% with no "
        "change in what we get. Our procurement team signs off on every renewal with an increase "
        "above 10%, and they will want alternatives on the table before they do. I'd honestly "
        "prefer not to go through that exercise, so can we talk about the number before it goes "
        "to them next month?\n\n"
        "Best regards,\nHelena Fisch\nHead of People Ops, Quarry Labs",
        "commercial_dispute",
        "high",
        "en",
        "'up 22%', procurement 'will want alternatives': the renewal is at risk",
    ),
    (
        "Hi team,\n\n"
        "Since Friday roughly one in five of our customers who try to change their bank details "
        "in the self-service portal get an error and give up. Our agents can make the change in "
        "the back office, so every one of those customers ends up on the phone with us, about 200 "
        "extra calls a day. Nothing is lost, but the queue is at 25 minutes and my team is "
        "exhausted. Can your payments people look at it?\n\n"
        "Kind regards,\nLiam O'Rourke\nHead of Customer Care, Greenleaf Energy",
        "product_defect",
        "high",
        "en",
        "'200 extra calls a day' for a broken portal step: many users, painful workaround",
    ),
    (
        "Hi Nadia,\n\n"
        "I wanted you to hear it from me: Friday the 30th is my last day at Pellham Insurance. "
        "I've been the one pushing the analytics rollout here, and honestly nobody else on the "
        "team has gone beyond the standard dashboards. The renewal comes up in September and my "
        "replacement hasn't been named yet. It might be worth getting in front of the claims team "
        "before then.\n\n"
        "All the best,\nChris",
        "relationship_at_risk",
        "high",
        "en",
        "'my last day', renewal in September: champion leaving before renewal",
    ),
    (
        "Hello support,\n\n"
        "We opened ticket #48213 on Monday at 9:10 as Priority 2, asking how to raise the API "
        "rate limit for our new partner integration. Our contract promises a first response on P2 "
        "within four business hours; it is now Wednesday afternoon and the ticket still says "
        "'new'. The same thing happened with our last P2 in May. Please make sure someone picks "
        "it up today.\n\n"
        "Marta Kowalczyk\nIT, Baltic Outdoor",
        "service_failure",
        "high",
        "en",
        "no reply two days after a four-hour contractual response time: past SLA, repeated",
    ),
    (
        "Hi Ben,\n\n"
        "Our external auditors start fieldwork on 3 March, and they have asked for a log of every "
        "change made to vendor bank details, with who made it and when. As far as we can tell "
        "your AP module only keeps the current value, not the history. If we cannot produce that "
        "trail, it goes into the management letter as a control weakness. Is there any way to get "
        "that history out, or is something coming soon?\n\n"
        "Thanks,\nSophie Grant\nFinancial Controller, Ashdown Retail",
        "feature_gap",
        "high",
        "en",
        "'auditors start fieldwork on 3 March', no change history: an audit at risk",
    ),
    (
        "Hi Alex,\n\n"
        "Since the fiscal-year rollover the revenue dashboard counts last quarter twice, so every "
        "total is inflated. The underlying transactions are correct, and our finance team is "
        "rebuilding the figures from raw exports, which is slow but doable. The board meets on "
        "Thursday the 9th, and I would much rather present from your dashboards than from a "
        "spreadsheet we put together overnight.\n\n"
        "Regards,\nMaya Lindholm\nFP&A, Corrigan Health",
        "product_defect",
        "high",
        "en",
        "'board meets on Thursday the 9th', figures rebuilt by hand: a hard date at risk",
    ),
    (
        "Hi Rachel,\n\n"
        "I've copied our COO, Daniel Reyes, because he asked to be kept on this thread from now "
        "on. The shift-swap feature has failed for our night nurses three times this month, and "
        "each time the ward managers had to rebuild the rota on paper. Daniel wants a written "
        "plan from your side by the end of next week, with a named owner.\n\n"
        "Thank you,\nIngrid Holm\nWorkforce Systems, St. Aidan's Hospital",
        "executive_intervention",
        "high",
        "en",
        "customer COO copied and wants a written plan: executive involvement makes it high",
    ),
    (
        "Hi Kenji,\n\n"
        "Could you send me the usage report for last quarter, broken down by team? Our own "
        "numbers show only 40 of our 300 licensed agents logged in last month, and I'd like to "
        "see whether yours agree. I'd also welcome any ideas for getting the floor teams back on "
        "the tool.\n\n"
        "Best,\nOlivia Brandt\n\n"
        "PS: the contract is up at the end of June, and finance has already asked me why we would "
        "renew something the floor doesn't use.",
        "relationship_at_risk",
        "high",
        "en",
        "PS: finance asks 'why we would renew', usage 40 of 300: the renewal is in doubt",
    ),
    (
        "Hello Sam,\n\n"
        "Our lift-ticket web shop opens for the winter season on 1 December, and in staging the "
        "new dynamic pricing rules still apply the child discount to adult tickets. We could "
        "switch dynamic pricing off and go live with last year's flat prices, but that would "
        "throw away the early-bird campaign our whole marketing plan is built around. Can someone "
        "from your product team give us a date for the fix?\n\n"
        "Thanks,\nFlorian Weber\nDigital Sales, Alpenblick Bergbahnen",
        "product_defect",
        "high",
        "en",
        "'opens for the winter season on 1 December', costly fallback: a go-live at risk",
    ),
    (
        "Hi,\n\n"
        "This is my third attempt to get our teacher training sessions on the calendar. Your "
        "implementation consultant missed the kickoff, the make-up session was booked in the "
        "wrong time zone, and last Tuesday nobody from your side joined at all. Our schools go "
        "back on 2 September, and 180 teachers are supposed to be using the gradebook by then.\n\n"
        "Regards,\nPaula Jiménez\nDigital Learning Coordinator, Westbrook School District",
        "service_failure",
        "high",
        "en",
        "three missed sessions, schools go back on 2 September: repeated failure, date at risk",
    ),
    (
        "Dear Mr. Clarke,\n\n"
        "Your invoice for the new term bills us for 450 seats. We reduced to 300 in writing last "
        "October, and your account manager confirmed it by email (attached). Our purchasing rules "
        "don't let me pay an invoice that doesn't match the contract, and I'm not comfortable "
        "signing the renewal while this is open. Please send a corrected invoice.\n\n"
        "Kind regards,\nMargaret Ellison\nProcurement, Hollins College",
        "commercial_dispute",
        "high",
        "en",
        "'not comfortable signing the renewal while this is open': the renewal is at risk",
    ),
    (
        "Hey Luis,\n\n"
        "Since the 4.2 release the bank-statement import no longer matches payments to open "
        "invoices. Our AR team of six now matches every payment by hand; yesterday that was 1,100 "
        "lines. Nothing is lost, it just takes all of their time, and month-end close starts next "
        "Wednesday.\n\n"
        "Cheers,\nAmy Chen\nAccounts Receivable, Polaris Components",
        "product_defect",
        "high",
        "en",
        "'AR team of six matches every payment by hand', month-end close: painful workaround",
    ),
    (
        "Dear Ms. Novak,\n\n"
        "After four months of calls with your account team about the data-residency commitment in "
        "our contract, I would like to speak with your CEO directly. We were promised EU hosting "
        "for our patient files by Q1, and we are still being told 'soon'. Please arrange a "
        "meeting within the next two weeks.\n\n"
        "Sincerely,\nDr. Henrik Aalto\nChief Medical Officer, Nordic Clinics Group",
        "executive_intervention",
        "high",
        "en",
        "customer CMO asks to speak with our CEO: executive involvement makes it high",
    ),
    (
        "Hi Grace,\n\n"
        "Just so you know, our new Head of Digital has asked us to run an RFP for the customer "
        "portal this spring. You're invited, of course, but two of the other vendors are already "
        "demoing to our branch managers next week. If there is anything new you would like to "
        "show us, now would be a good time.\n\n"
        "Regards,\nFinn Gallagher\nDigital Channels, Ardmore Building Society",
        "relationship_at_risk",
        "high",
        "en",
        "'an RFP', other vendors demoing next week: a competitor evaluation",
    ),
    (
        "Hi Sam,\n\n"
        "Since the weekend any contract over 20 pages fails to send for e-signature with a vague "
        "'processing error'. Our sales team now splits each contract into parts, sends them "
        "separately and then explains to the client why they are signing four documents. About "
        "half of this month's deals are that long, and two clients have already asked whether we "
        "know what we're doing. Could you put someone on this?\n\n"
        "Thanks,\nRhea Collins\nSales Ops, Fairline Leasing",
        "product_defect",
        "high",
        "en",
        "contracts split in four for half the deals: important function, painful workaround",
    ),
    (
        "Hello Ahmed,\n\n"
        "We planned to switch our Canadian stores over to your POS on 15 April. In testing we "
        "found that receipts can't show GST and PST as separate lines, which Quebec and BC "
        "require, although we were told during the sales process that provincial tax display was "
        "supported. Without it we can't move those 40 stores, and the rollout plan is already out "
        "to our store managers.\n\n"
        "Best,\nCaroline Dubé\nRetail Systems, Maison Verte",
        "feature_gap",
        "high",
        "en",
        "'switch on 15 April', 40 stores can't move without it: a go-live at risk",
    ),
    (
        "Hi Priya,\n\n"
        "During Tuesday's outage our clinics went three hours without a single update on your "
        "status page, and the support line only played a recording. Things are back up now. But "
        "our front desks had sixty patients in the waiting rooms and no idea whether to keep them "
        "or send them home, and this is the second time since January that we have heard nothing "
        "during an incident. I need to know what changes on your side.\n\n"
        "Regards,\nTheo Marsh\nPractice Systems Manager, Coastline Dental",
        "service_failure",
        "high",
        "en",
        "no status updates, 'the second time since January': our people failed repeatedly",
    ),
    (
        "Hi Jordan,\n\n"
        "We're still waiting for the credit note for the February downtime that your team agreed "
        "to on our call on 12 March. I have asked twice by email since then. Could you chase it "
        "internally and let me know when it will be issued?\n\n"
        "Thanks,\nPriyanka Shah\nIT Vendor Management, Medway Housing\n\n"
        "P.S. Our finance department won't raise the purchase order for the renewal until that "
        "credit is on our account, and the current term ends on the 30th.",
        "commercial_dispute",
        "high",
        "en",
        "P.S. no renewal PO until the credit arrives, term ends on the 30th: renewal at risk",
    ),
    (
        "Hi Dana,\n\n"
        "Since version 7.3 the Android app crashes whenever our field technicians attach a photo "
        "to a work order. About 120 of our 150 technicians are on Android. They now take the "
        "photos with the phone camera, email them to the office, and the office staff attach them "
        "in the web app at night. It works, but the back-office team has been doing overtime "
        "every evening for a week.\n\n"
        "Best regards,\nKarl Jensen\nField Service Manager, Hydrotech Pumps",
        "product_defect",
        "high",
        "en",
        "120 of 150 technicians hit, office doing overtime: many users, painful workaround",
    ),
    (
        "Hi Emma,\n\n"
        "Thanks for the QBR deck. Frankly, the team has gone quiet on the platform since our "
        "reorganisation, and when I asked around, most people said they've gone back to "
        "spreadsheets for planning. I'm being asked to justify every tool we keep into next year, "
        "and as things stand I'm not sure I can make the case for this one. Can we find time "
        "before our budget round in October?\n\n"
        "Regards,\nNiall Brennan\nPMO Lead, Kestrel Energy",
        "relationship_at_risk",
        "high",
        "en",
        "'not sure I can make the case for this one' before the budget round: renewal in doubt",
    ),
    (
        "Hello Jordan,\n\n"
        "I'm copying our CFO, Anneke de Vries. We have now been charged twice for the annual "
        "licence, once by card in January and again by invoice in February, and the refund your "
        "billing team promised six weeks ago has not arrived. Anneke has asked that it be settled "
        "and confirmed to her in writing by Friday.\n\n"
        "Regards,\nPieter Bakker\nFinance Manager, Kroon Logistics",
        "executive_intervention",
        "high",
        "en",
        "customer CFO copied and demands written confirmation: executive involvement, high",
    ),
    (
        "Hi Sam,\n\n"
        "The timesheet export to our payroll provider has been dropping the overtime hours of "
        "anyone who worked across midnight. Our payroll clerks found it by accident and now check "
        "900 timesheets against the clock-in data by hand before each run; so far they've caught "
        "every one. The next run is on the 25th. Can you tell me whether a fix can be in before "
        "then?\n\n"
        "Thanks,\nJoanne Pike\nHR Systems, Redcliff Foods",
        "product_defect",
        "high",
        "en",
        "900 timesheets checked by hand before the run on the 25th: a payroll run at risk",
    ),
    (
        "Hello,\n\n"
        "This is the fourth time my ticket about the broken CSV template has been closed as "
        "'resolved' without anyone replying to what I asked. Each time I get a survey asking how "
        "my experience was. Fourteen property managers upload rent rolls with a template that "
        "your own help centre calls outdated. Please have a person, not the bot, read this one.\n"
        "\nSarah Whitfield\nReal Estate Operations, Havenmark Properties",
        "service_failure",
        "high",
        "en",
        "'the fourth time' closed without an answer: unanswered repeatedly",
    ),
    (
        "Hi Marcus,\n\n"
        "Procurement just told me they have asked Zendrix for a three-year quote for the same "
        "scope we have with you. I wasn't part of that conversation and I don't know who started "
        "it. Our term ends in August. Worth a call this week?\n\n"
        "Jo",
        "relationship_at_risk",
        "high",
        "en",
        "'asked Zendrix for a three-year quote', term ends in August: competitor evaluation",
    ),
    (
        "Dear support team,\n\n"
        "Our timetable import has failed every night since Sunday because the new room codes "
        "contain a slash. Term starts on Monday, and 1,400 students still see last year's "
        "timetable in the app. Our office could type the changes in by hand, but that is roughly "
        "2,000 lessons, so we are hoping you can fix the import instead. We would be grateful for "
        "an answer by Thursday.\n\n"
        "Kind regards,\nMrs E. Thornbury\nData Manager, Kingsmead Academy",
        "product_defect",
        "high",
        "en",
        "'Term starts on Monday', 2,000 lessons by hand otherwise: a dated start at risk",
    ),
    (
        "Hi Leah,\n\n"
        "Thanks for the roadmap preview last week, it was useful. One question: is there any news "
        "on single sign-on with Okta? We've been asking for it for about a year, and it was on "
        "the slide at our last two QBRs.\n\n"
        "Thanks,\nDev Patel\nIT Lead, Calder Media\n\n"
        "P.S. Our security team has made SSO a condition for every tool we keep past the next "
        "budget cycle, which for you means the November renewal.",
        "feature_gap",
        "high",
        "en",
        "P.S. SSO 'a condition for every tool we keep', November renewal: renewal at risk",
    ),
    (
        "Hi Dana,\n\n"
        "Since the database migration last weekend, opening a customer record in the CRM takes 30 "
        "to 40 seconds. Our 80 call-centre agents keep customers on hold while it loads, and our "
        "average call time has gone up by almost two minutes. Some agents now type notes into "
        "Notepad and paste them in at the end of the day. Is there a known cause?\n\n"
        "Regards,\nBeatriz Nunes\nContact Centre Manager, Vista Telecom",
        "product_defect",
        "high",
        "en",
        "80 agents, records take 30-40 seconds, notes in Notepad: many users, painful workaround",
    ),
    (
        "Hi,\n\n"
        "We have had three different account managers since last summer, and each one asked us "
        "for the same background and promised the same follow-ups. The data export we were "
        "promised in October still hasn't been delivered, and the last two check-in calls were "
        "cancelled on the day. I'm running out of ways to explain this to my team.\n\n"
        "Kind regards,\nOwen Fraser\nHead of Analytics, Riverbend Credit Union",
        "service_failure",
        "high",
        "en",
        "promises unkept, two calls cancelled on the day: our people failed repeatedly",
    ),
    (
        "Hallo Herr Becker,\n\n"
        "seit dem Update letzte Woche druckt das Versandmodul die Etiketten nicht mehr im Stapel, "
        "sondern nur noch einzeln. Unser Versand mit acht Leuten klickt jetzt jedes Etikett "
        "einzeln an, bei rund 1.500 Paketen am Tag. In zwei Wochen beginnt das "
        "Weihnachtsgeschäft, und so schaffen wir das Volumen nicht. Können Sie uns sagen, wann "
        "das behoben wird?\n\n"
        "Viele Grüße\nSabine Krüger\nLogistik, Holzspielwaren Krüger GmbH",
        "product_defect",
        "high",
        "de",
        "acht Leute klicken 1.500 Etiketten einzeln, Weihnachtsgeschäft: painful workaround",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben seit dem 3. Mai drei Tickets zur fehlerhaften DATEV-Schnittstelle eröffnet. "
        "Zwei davon wurden ohne Rückmeldung geschlossen, und beim dritten hat uns Ihr Support "
        "gebeten, die gleichen Logdateien zum dritten Mal zu schicken. Unsere Buchhaltung glaubt "
        "inzwischen nicht mehr, dass sich jemand darum kümmert. Bitte nennen Sie uns einen festen "
        "Ansprechpartner.\n\n"
        "Mit freundlichen Grüßen\nThomas Reimann\nLeiter Rechnungswesen, Elbtal Bau AG",
        "service_failure",
        "high",
        "de",
        "zwei Tickets ohne Rückmeldung geschlossen, Logs zum dritten Mal: repeatedly failed",
    ),
    (
        "Sehr geehrter Herr Vogt,\n\n"
        "ich schreibe Ihnen als Geschäftsführer der Stadtwerke Lindau, nachdem mein Team seit "
        "sechs Wochen versucht, die fehlerhaften Zählerstands-Importe klären zu lassen. Ich "
        "möchte zeitnah ein Gespräch mit Ihrer Geschäftsleitung, um zu klären, wer bei Ihnen "
        "verantwortlich ist und bis wann das behoben wird. Bitte schlagen Sie mir bis Freitag "
        "Termine vor.\n\n"
        "Mit freundlichen Grüßen\nDr. Markus Feld\nGeschäftsführer, Stadtwerke Lindau",
        "executive_intervention",
        "high",
        "de",
        "Geschäftsführer writes, asks for our management: executive involvement makes it high",
    ),
    (
        "Hallo Julia,\n\n"
        "kurz zur Info: Unser Vertrieb testet seit Montag parallel ein anderes CRM, die Testphase "
        "läuft bis Ende des Monats. Die Kollegen vermissen vor allem die mobile Erfassung von "
        "Besuchsberichten, die wir bei euch schon länger angefragt haben. Ich würde ungern "
        "wechseln, aber ich muss den Kollegen etwas Konkretes zeigen können. Hast du nächste "
        "Woche Zeit für einen Termin?\n\n"
        "Beste Grüße\nLukas",
        "relationship_at_risk",
        "high",
        "de",
        "'testet seit Montag parallel ein anderes CRM': a competitor evaluation",
    ),
    (
        "Guten Tag Frau Schmitt,\n\n"
        "in der Pflegedokumentation werden seit Dienstag die Handzeichen der Pflegekräfte nicht "
        "mehr in den PDF-Export übernommen. Im System sind die Daten vorhanden, nur im Export "
        "fehlen sie. Unsere Pflegedienstleitung druckt deshalb jede Seite aus und lässt sie von "
        "Hand abzeichnen, was bei 60 Klienten kaum zu schaffen ist. Am 12. kommt der Medizinische "
        "Dienst zur Qualitätsprüfung, und die Prüfer wollen die Nachweise sehen.\n\n"
        "Freundliche Grüße\nMonika Haas\nAmbulanter Pflegedienst Haas",
        "product_defect",
        "high",
        "de",
        "'Am 12. kommt der Medizinische Dienst zur Qualitätsprüfung': an inspection at risk",
    ),
    (
        "Hallo Herr Neumann,\n\n"
        "mit Ihrem Schreiben vom 2. kündigen Sie eine Preiserhöhung von 18 % zum neuen "
        "Vertragsjahr an. In unserem Vertrag steht eine Obergrenze von 5 % pro Jahr (§ 7 Abs. 3). "
        "Unser Einkauf hat mich gebeten, die Kündigungsfrist zum 30. September im Blick zu "
        "behalten, falls wir uns nicht einigen. Ich bitte um eine kurze schriftliche Bestätigung, "
        "dass die vertragliche Obergrenze gilt.\n\n"
        "Mit freundlichen Grüßen\nAnja Lorenz\nIT-Einkauf, Kessler Maschinenbau",
        "commercial_dispute",
        "high",
        "de",
        "'Kündigungsfrist zum 30. September im Blick': contract dispute, renewal at risk",
    ),
    (
        "Hallo zusammen,\n\n"
        "wir wollen zum 1. Juli alle 14 Filialen auf Ihr Kassensystem umstellen. Beim Test ist "
        "uns aufgefallen, dass die Kassen keinen DSFinV-K-Export erzeugen können, den das "
        "Finanzamt bei einer Kassennachschau verlangt. Ohne diesen Export können wir nicht "
        "umstellen und müssten die alten Kassen noch ein Jahr weiter betreiben. Ist das bei Ihnen "
        "geplant, und wenn ja, wann?\n\n"
        "Gruß\nStefan Albrecht\nFilialen & IT, Bäckerei Albrecht",
        "feature_gap",
        "high",
        "de",
        "'zum 1. Juli alle 14 Filialen umstellen' impossible without it: a go-live at risk",
    ),
    (
        "Liebe Frau Wagner,\n\n"
        "unser Einführungsworkshop für die Lehrenden ist jetzt zum zweiten Mal von Ihrer Seite "
        "kurzfristig abgesagt worden, und einen neuen Termin haben wir bis heute nicht. Das "
        "Wintersemester beginnt am 14. Oktober, und rund 200 Lehrende sollen bis dahin ihre Kurse "
        "in der Plattform angelegt haben. Ohne die Schulung schaffen wir das nicht. Bitte melden "
        "Sie sich diese Woche mit einem festen Termin.\n\n"
        "Viele Grüße\nDr. Ines Hoffmann\nE-Learning-Zentrum, Hochschule Rheinland",
        "service_failure",
        "high",
        "de",
        "Workshop zum zweiten Mal abgesagt, Semesterbeginn: repeated failure, date at risk",
    ),
    (
        "Hallo Jan,\n\n"
        "seit eurem Release am Wochenende gehen die Terminbestätigungen nicht mehr per SMS raus, "
        "nur noch per E-Mail. Bei uns buchen viele ältere Patientinnen und Patienten, die keine "
        "E-Mails lesen, deshalb ruft die Rezeption jetzt jeden Tag rund 150 Leute einzeln an. Das "
        "bindet zwei Kolleginnen komplett. Könnt ihr das bitte vorziehen?\n\n"
        "Danke und Gruß\nKatrin Roth\nPraxisverbund Südstadt",
        "product_defect",
        "high",
        "de",
        "Rezeption ruft täglich 150 Leute an, zwei Kolleginnen gebunden: painful workaround",
    ),
    (
        "Bonjour Julien,\n\n"
        "Depuis la mise à jour de lundi, l'import des relevés bancaires ne rapproche plus "
        "automatiquement les écritures. Nos douze collaborateurs font le lettrage à la main pour "
        "plus de 300 dossiers clients, en pleine période de clôture. Nous tenons en faisant des "
        "heures supplémentaires, mais ce ne sera pas tenable jusqu'au dépôt des liasses fiscales "
        "en mai. Pouvez-vous nous donner un délai de correction ?\n\n"
        "Bien cordialement,\nCatherine Morel\nExpert-comptable, Cabinet Morel & Associés",
        "product_defect",
        "high",
        "fr",
        "douze collaborateurs lettrent à la main, liasses en mai: painful workaround, date at risk",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Je suis le président-directeur général du groupe Hôtels Lumière et je vous écris parce "
        "que nos équipes signalent depuis un mois des doubles réservations sur votre moteur de "
        "réservation, plusieurs par semaine. Mes directeurs d'hôtel relogent les clients "
        "concernés chez des confrères, à nos frais. Je souhaite un rendez-vous avec votre "
        "direction générale dans les quinze jours, avec un plan d'action écrit.\n\n"
        "Cordialement,\nBernard Castel\nPDG, Hôtels Lumière",
        "executive_intervention",
        "high",
        "fr",
        "the customer's PDG writes and asks for our direction générale: executive involvement",
    ),
    (
        "Bonjour Claire,\n\n"
        "Je préfère être transparent avec vous : notre équipe marketing a demandé une "
        "démonstration à un autre éditeur la semaine prochaine. Rien de grave chez vous, mais les "
        "équipes trouvent l'outil d'e-mailing lourd et ont l'impression que leurs demandes "
        "restent sans suite. Notre contrat arrive à échéance en juin. Si vous avez des nouveautés "
        "à nous montrer, c'est le bon moment.\n\n"
        "Bien à vous,\nAntoine Mercier",
        "relationship_at_risk",
        "high",
        "fr",
        "'une démonstration à un autre éditeur', contract ends in June: competitor evaluation",
    ),
    (
        "Bonjour,\n\n"
        "C'est la troisième fois ce mois-ci que votre technicien ne se présente pas au "
        "rendez-vous prévu pour installer les bornes dans nos magasins. À chaque fois, nos "
        "responsables de magasin avaient réorganisé les équipes pour l'accueillir, et personne ne "
        "nous a prévenus. Le service client nous répond qu'il « transmet la demande ». Merci de "
        "nous proposer une date ferme et de nous dire qui suit ce dossier chez vous.\n\n"
        "Cordialement,\nNadia Benali\nResponsable des opérations, Fromageries Delacour",
        "service_failure",
        "high",
        "fr",
        "'la troisième fois ce mois-ci' the technician did not come: repeated failure",
    ),
    (
        "Bonjour Madame Petit,\n\n"
        "Depuis vendredi, le module d'inscription à la cantine bloque les familles de plus de "
        "trois enfants : le formulaire se fige au quatrième. Les agents de la mairie saisissent "
        "donc ces dossiers à la main, à partir de formulaires papier. La rentrée est le 2 "
        "septembre et il nous reste environ 400 familles à inscrire. Pourriez-vous regarder ce "
        "problème cette semaine ?\n\n"
        "Bien cordialement,\nJean-Marc Leroy\nService Éducation, Mairie de Saint-Avold",
        "product_defect",
        "high",
        "fr",
        "'La rentrée est le 2 septembre', 400 familles à la main: a dated start at risk",
    ),
    (
        "Bonjour Mathieu,\n\n"
        "Nous avons reçu la facture annuelle : elle compte 25 licences de plus que notre bon de "
        "commande. Pouvez-vous nous envoyer une facture corrigée ou un avoir ?\n\n"
        "Merci,\nÉlodie Garnier\nContrôle de gestion, Groupe Altis\n\n"
        "PS : notre service achats bloque le paiement et ne validera pas le renouvellement, à "
        "signer avant la fin du trimestre, tant que ce point n'est pas réglé.",
        "commercial_dispute",
        "high",
        "fr",
        "PS: achats 'ne validera pas le renouvellement' until fixed: the renewal is at risk",
    ),
    (
        "Bonjour,\n\n"
        "Notre audit de certification ISO 27001 aura lieu le 18 novembre, et l'auditeur nous "
        "demande de montrer que les accès administrateurs sont journalisés. Votre plateforme ne "
        "conserve pas l'historique des connexions administrateur au-delà de 30 jours, et nous ne "
        "trouvons aucune option pour l'étendre. Sans cette preuve, nous risquons une "
        "non-conformité majeure. Existe-t-il une solution, même provisoire ?\n\n"
        "Cordialement,\nHugo Lambert\nResponsable conformité, Assurances Méridionales",
        "feature_gap",
        "high",
        "fr",
        "'audit ISO 27001 le 18 novembre', no log history: an audit at risk",
    ),
    (
        "Bonjour Sophie,\n\n"
        "Je voulais vous prévenir que je quitte l'entreprise à la fin du mois. C'est moi qui ai "
        "porté le projet chez nous, et je ne suis pas sûre que mon successeur, qui vient d'une "
        "société équipée d'un autre outil, y soit aussi attaché. Le renouvellement est prévu pour "
        "septembre. Il serait sans doute utile de le rencontrer rapidement.\n\n"
        "Bien à vous,\nLaure Vidal",
        "relationship_at_risk",
        "high",
        "fr",
        "'je quitte l'entreprise', renewal in September: champion leaving before renewal",
    ),
    (
        "Bonjour,\n\n"
        "Depuis la migration de mardi, l'ouverture d'une intervention dans le planning du bloc "
        "opératoire prend plus d'une minute. Les secrétaires médicales ont recommencé à tenir le "
        "planning sur un tableau blanc et le ressaisissent le soir. Le bloc tourne, mais nous "
        "avons déjà eu deux erreurs de salle cette semaine. Merci de nous dire ce qui est fait de "
        "votre côté.\n\n"
        "Cordialement,\nIsabelle Roussel\nCadre de santé, Clinique des Alpes",
        "product_defect",
        "high",
        "fr",
        "planning on a whiteboard, re-keyed at night: important function, painful workaround",
    ),
    (
        "Hola Andrés,\n\n"
        "Desde la actualización del jueves, las ventas de la tienda online tardan hasta seis "
        "horas en descontarse del stock. Nuestro equipo de almacén revisa a mano cada pedido "
        "antes de enviarlo, unos 600 al día, y ya hemos tenido que cancelar algunos por falta de "
        "producto. En tres semanas llega el Black Friday y así no vamos a dar abasto. ¿Podéis "
        "mirarlo esta semana?\n\n"
        "Un saludo,\nMarina Ortega\nE-commerce, Calzados Ortega",
        "product_defect",
        "high",
        "es",
        "600 pedidos revisados a mano, Black Friday en tres semanas: painful workaround, date",
    ),
    (
        "Buenos días:\n\n"
        "Les escribo porque es la tercera vez que abrimos una incidencia por el mismo problema "
        "con la exportación a Excel y la tercera vez que se cierra sin solución. La última "
        "respuesta nos pedía capturas que ya habíamos enviado dos veces. Todo el equipo de "
        "control de gestión espera ese informe cada lunes. Les pido que alguien se haga cargo del "
        "caso de principio a fin.\n\n"
        "Atentamente,\nJavier Molina\nResponsable de Sistemas, Grupo Hostelero Levante",
        "service_failure",
        "high",
        "es",
        "'la tercera vez que se cierra sin solución': tickets closed unanswered repeatedly",
    ),
    (
        "Estimado Sr. Ruiz:\n\n"
        "Le escribe la directora general de Clínicas Dentales Sonrisa. Llevamos dos meses "
        "comunicando fallos en la sincronización de agendas entre nuestras 18 clínicas y, según "
        "mi equipo, seguimos sin fecha de solución. Le pido una reunión con su consejero delegado "
        "o con la persona de su comité de dirección que pueda comprometerse con un plan. Quedo a "
        "la espera de su propuesta de fecha.\n\n"
        "Atentamente,\nCarmen Villalobos\nDirectora General, Clínicas Dentales Sonrisa",
        "executive_intervention",
        "high",
        "es",
        "directora general writes and asks for our CEO: executive involvement makes it high",
    ),
    (
        "Hola Lucía,\n\n"
        "Te lo cuento para que lo sepas por mí: el equipo de compras nos ha pedido comparar "
        "vuestra plataforma con otras dos antes de renovar en diciembre. Una de ellas ya nos ha "
        "hecho una demo y ha gustado bastante, sobre todo por el precio. Yo quiero seguir con "
        "vosotros, pero necesito argumentos. ¿Podemos vernos la semana que viene?\n\n"
        "Un abrazo,\nDiego Serrano",
        "relationship_at_risk",
        "high",
        "es",
        "'comparar vuestra plataforma con otras dos antes de renovar': competitor evaluation",
    ),
    (
        "Hola equipo,\n\n"
        "Desde la última versión, el cálculo de horas nocturnas no aplica el plus a los turnos "
        "que empiezan antes de las 22:00 y terminan después de medianoche. Nuestro equipo de RR. "
        "HH. revisa a mano los fichajes de 700 empleados para corregirlo antes de cerrar la "
        "nómina del día 28. De momento lo estamos cazando todo, pero les lleva tres días. ¿Tienen "
        "fecha para el arreglo?\n\n"
        "Saludos,\nRocío Fernández\nRR. HH., Limpiezas Atlántico",
        "product_defect",
        "high",
        "es",
        "700 fichajes revisados a mano antes de la nómina del 28: a payroll run at risk",
    ),
    (
        "Buenas tardes, Sr. Domínguez:\n\n"
        "Hemos recibido la propuesta de renovación con una subida del 30 % respecto al año "
        "pasado, sin ningún cambio en el servicio. Con ese precio, nuestro departamento "
        "financiero me ha pedido que busque alternativas antes de firmar nada. Preferiríamos "
        "seguir con ustedes, así que le agradecería que revisaran la oferta.\n\n"
        "Un saludo,\nPatricia Gil\nResponsable de Compras, Transportes Galicia",
        "commercial_dispute",
        "high",
        "es",
        "'subida del 30 %', asked to 'busque alternativas': the renewal is at risk",
    ),
    (
        "Hola Marcos,\n\n"
        "Tenemos previsto lanzar la app de fidelización en México el 1 de marzo, y acabamos de "
        "descubrir que vuestra plataforma no factura en pesos mexicanos ni genera el CFDI que "
        "exige el SAT. En la preventa nos dijeron que México estaba cubierto. Si no se resuelve, "
        "tendremos que retrasar un lanzamiento que ya hemos anunciado a nuestros franquiciados. "
        "¿Qué opciones tenemos?\n\n"
        "Gracias,\nValeria Soto\nProducto Digital, Tacos Don Pepe",
        "feature_gap",
        "high",
        "es",
        "'lanzar en México el 1 de marzo' impossible without CFDI: a launch at risk",
    ),
    (
        "Buenos días:\n\n"
        "El lunes abrimos una incidencia de prioridad alta para preguntar cómo configurar la "
        "asignación automática de tickets para el nuevo turno de noche. Según nuestro contrato, "
        "la primera respuesta debe llegar en dos horas; han pasado dos días y seguimos sin "
        "noticias. Mientras tanto, un supervisor reparte los tickets a mano cada noche. Por "
        "favor, indíquenme quién lleva el caso.\n\n"
        "Atentamente,\nÁlvaro Prieto\nSoporte, Seguros Norte",
        "service_failure",
        "high",
        "es",
        "no reply in two days against a two-hour contractual response: unanswered past SLA",
    ),
    (
        "Hola Sofía,\n\n"
        "El motor de reservas de nuestros tres campings no muestra disponibilidad en julio y "
        "agosto cuando se buscan más de siete noches. Las estancias cortas funcionan y las largas "
        "las estamos cogiendo por teléfono, pero son justo las que más facturan. El día 15 "
        "abrimos las reservas de verano con una campaña de email a 20.000 clientes. ¿Nos podéis "
        "decir algo antes?\n\n"
        "Gracias,\nJordi Puig\nCàmpings Costa Brava",
        "product_defect",
        "high",
        "es",
        "long stays only by phone, campaign to 20.000 on the 15th: revenue and a date at risk",
    ),
    (
        "Hi Sam,\n\n"
        "One of our planners, Rita, can't open the Gantt view: it spins forever on her laptop, "
        "but works for everyone else. We've cleared her cache and tried another browser. She's "
        "using the list view in the meantime, which works but is slower for her. Could someone "
        "take a look?\n\n"
        "Thanks,\nGreta",
        "product_defect",
        "medium",
        "en",
        "one planner, list view as workaround, no date: a real problem with a workaround",
    ),
    (
        "Hello Priya,\n\n"
        "We'd really like to be able to set different approval chains per cost centre. Right now "
        "every purchase request goes through the same two approvers, so the facilities team's "
        "small orders wait in the same queue as IT hardware. It isn't breaking anything, but it "
        "slows people down and it comes up in every team meeting. Is this on the roadmap?\n\n"
        "Best,\nDenise",
        "feature_gap",
        "medium",
        "en",
        "'Is this on the roadmap?', slows people down: a missing feature that matters",
    ),
    (
        "Hi Jordan,\n\n"
        "Our latest invoice (INV-20931) shows 57 seats, but our admin panel lists 52 active "
        "users. I suspect the five people who left in March weren't removed in time, but I'd like "
        "to understand how the count is taken before I approve it. Could you send a breakdown?\n\n"
        "Thanks,\nHelena\nAccounts Payable, Quarry Labs",
        "commercial_dispute",
        "medium",
        "en",
        "57 vs 52 seats, a breakdown requested: a billing question without a deadline",
    ),
    (
        "Hi,\n\n"
        "I'm honestly pretty frustrated. I asked a simple question about exporting our contact "
        "list with custom fields, and the ticket was closed two days later with a link to an "
        "article about importing. Nobody actually read what I wrote. Can someone please reopen it "
        "and answer the question I asked?\n\n"
        "Tom Hadley\nMembership Office, Fenwick Rowing Club",
        "service_failure",
        "medium",
        "en",
        "one ticket closed with the wrong article: one wrongly closed ticket is medium",
    ),
    (
        "Hi Emma,\n\n"
        "I noticed in the admin stats that weekly active users in our support team dropped from "
        "around 40 to about 25 over the last quarter. I think some of the newer hires were never "
        "properly trained and just stick to email. Do you have training material, or a short "
        "session you could run for them? No complaints about the tool itself.\n\n"
        "Cheers,\nNiall",
        "relationship_at_risk",
        "medium",
        "en",
        "active users 40 to 25, asks for training, no threat: falling usage with no threat",
    ),
    (
        "Hello,\n\n"
        "The CSV export of our monthly timesheet report writes dates in US order (MM/DD) even "
        "though our account is set to UK. Excel then reads 04/07 as 4 July instead of 7 April, so "
        "our office manager corrects the date column by hand every month before the figures go "
        "into client billing. It takes her about twenty minutes. Is there a setting we've missed, "
        "or could the export follow the account locale?\n\n"
        "Kind regards,\nJoanne Ellis\nOffice Manager, Thornbury Surveyors",
        "product_defect",
        "medium",
        "en",
        "one person fixes dates by hand monthly: a real problem with a workaround, no date",
    ),
    (
        "Hi Ahmed,\n\n"
        "I have to be honest, it baffles me that your reporting module still can't email a report "
        "on a schedule. Every Monday I log in, run the same three reports and mail them to our "
        "regional leads myself, and when I'm on holiday they simply don't get them. It's fifteen "
        "minutes a week, but it's exactly the kind of thing software is supposed to do for me. "
        "Any chance this is coming?\n\n"
        "Best,\nCaroline",
        "feature_gap",
        "medium",
        "en",
        "scheduled reports missing, done by hand weekly: a missing feature that matters",
    ),
    (
        "Hello,\n\n"
        "We upgraded to the Pro plan on the 3rd by mistake: a colleague clicked through the "
        "upgrade banner thinking it was a free trial. We've downgraded again, but we were charged "
        "the full annual Pro price. Could you refund the difference, or credit it to our next "
        "invoice?\n\n"
        "Many thanks,\nRhea Collins\nOffice Manager, Fairline Studio",
        "commercial_dispute",
        "medium",
        "en",
        "refund for an accidental upgrade, no date: a billing dispute without a deadline",
    ),
    (
        "Hi Dana,\n\n"
        "Our two-person marketing team has noticed that the image library takes about 20 seconds "
        "to load when we filter by tag. Searching by file name is fast, so that's what we do for "
        "now. Is this something you're aware of?\n\n"
        "Thanks,\nBea Lawson\nMarketing, Greyfriars Gin",
        "product_defect",
        "medium",
        "en",
        "two users, slow filter, search by name works: a real problem with a workaround",
    ),
    (
        "Hi Kenji,\n\n"
        "We had our quarterly check-in booked for yesterday at 2pm and nobody from your side "
        "joined. We waited fifteen minutes and then went back to work. I'd appreciate a heads-up "
        "if that happens again. Can we rebook for next week?\n\n"
        "Best,\nOlivia",
        "service_failure",
        "medium",
        "en",
        "one missed check-in, rebooking asked: a single service slip, like one missed ticket",
    ),
    (
        "Hello Priya,\n\n"
        "I want to flag what happened on Tuesday afternoon. For about forty minutes nobody in our "
        "office could load the ticket queue, and customers were ringing the front desk to ask "
        "whether we had received their emails. Everything came back by itself, no data was lost, "
        "and it has been fine since. I'd still like to understand what happened so I can explain "
        "it to my team; could you send a short write-up?\n\n"
        "Thanks,\nTheo Marsh",
        "product_defect",
        "medium",
        "en",
        "forty-minute outage, 'fine since', asks for a write-up: an outage that is over",
    ),
    (
        "Hi Leah,\n\n"
        "Our accountants keep asking whether the expense app could read receipts in other "
        "currencies and convert them automatically. At the moment the handful of people who "
        "travel abroad enter the exchange rate by hand for each receipt, which is fiddly and easy "
        "to get wrong. Is multi-currency support planned?\n\n"
        "Thanks,\nDev",
        "feature_gap",
        "medium",
        "en",
        "'Is multi-currency support planned?', a few users affected: a missing feature",
    ),
    (
        "Hi Jordan,\n\n"
        "We got the notice about next year's pricing. Could you explain what the increase covers, "
        "and whether the storage add-on is now included? I'm putting together our budget figures "
        "and want to enter the right number. No issue with staying, I just need to understand "
        "it.\n\n"
        "Best,\nPriyanka Shah",
        "commercial_dispute",
        "medium",
        "en",
        "'No issue with staying', asks what the increase covers: a billing question",
    ),
    (
        "Hello,\n\n"
        "Since last week new leads from our website form arrive in the CRM without the phone "
        "number. The number is in the form notification email, so our sales rep copies it over "
        "when she picks up the lead. It's only a handful a day, but it would be good to have it "
        "fixed. Could you check the field mapping?\n\n"
        "Regards,\nKarl Jensen",
        "product_defect",
        "medium",
        "en",
        "a handful of leads a day, copied over by one rep: a real problem with a workaround",
    ),
    (
        "Hi Grace,\n\n"
        "FYI, logins from our Leeds branch have dropped to almost nothing since they moved into "
        "the new office. I think they've just fallen out of the habit, and their manager is on "
        "leave until next month. Could you send me the adoption report for that site so I can "
        "raise it with her when she's back?\n\n"
        "Thanks,\nFinn",
        "relationship_at_risk",
        "medium",
        "en",
        "one branch's logins dropped, no threat: falling usage with no threat",
    ),
    (
        "Hi team,\n\n"
        "This is driving me mad. Every time someone comments on a task, I get the notification "
        "email three times, and so does my colleague Pete. We've switched notifications off and "
        "on and checked our filters, and for now we have an Outlook rule deleting the duplicates. "
        "Could you find out why it happens?\n\n"
        "Hannah Price\nStudio Manager, Northlight Design",
        "product_defect",
        "medium",
        "en",
        "two users, duplicate emails filtered by a rule: an annoyance with a workaround",
    ),
    (
        "Hello billing team,\n\n"
        "Our card was charged twice for the March subscription: two identical charges of €240 on "
        "1 March. Could you refund one of them?\n\n"
        "Kind regards,\nAmy Tran\nFinance Assistant, Tranquil Yoga Studios\n\n"
        "PS: the bank statement showing both charges is attached.",
        "commercial_dispute",
        "medium",
        "en",
        "double charge, refund asked, no date: a billing dispute without a deadline",
    ),
    (
        "Hi Luis,\n\n"
        "We're a small law firm, and more and more clients want to sign engagement letters on "
        "their phones. Your signing page has no mobile layout, so the document preview is tiny "
        "and clients call us to ask what they're signing. A proper mobile view would save us a "
        "lot of back-and-forth. Is that something your team is working on?\n\n"
        "Best regards,\nMargaret Doyle\nDoyle & Partners Solicitors",
        "feature_gap",
        "medium",
        "en",
        "no mobile layout, clients call instead: a missing feature that matters",
    ),
    (
        "Hi,\n\n"
        "I opened a ticket eight days ago about our user roles not saving, and I haven't heard "
        "anything back, not even an acknowledgement. We're on the standard plan, so I know "
        "there's no guaranteed response time, but eight days feels long. In the meantime I'm "
        "setting permissions one user at a time. Could you nudge it along?\n\n"
        "Thanks,\nSarah Quinn\nOperations, Ember Coffee Roasters",
        "service_failure",
        "medium",
        "en",
        "one ticket unanswered, 'no guaranteed response time': one unanswered ticket is medium",
    ),
    (
        "Hi Dana,\n\n"
        "The iPad app crashes when I try to rotate a floor plan in the editor. It works fine in "
        "the browser on my laptop, so I do the edits there and only use the iPad on site for "
        "viewing. Just me and one colleague use iPads. Happy to send a screen recording if it "
        "helps.\n\n"
        "Cheers,\nOwen Pritchard\nSite Surveys, Pritchard Fit-Out",
        "product_defect",
        "medium",
        "en",
        "two iPad users, browser works: a real problem with a workaround",
    ),
    (
        "Dear Customer Success team,\n\n"
        "I'd like to raise something that has bothered our finance team for a while. When we "
        "approve a supplier invoice in your system, the approval timestamp is shown in UTC rather "
        "than local time, so invoices approved late in the afternoon look as if they were "
        "approved the next day. Nothing is wrong with the payments themselves, but it confuses "
        "our monthly review and we spend time explaining it. For now we add a note to the "
        "affected invoices. Could timestamps follow the user's time zone?\n\n"
        "Kind regards,\nSophie Grant\nFinancial Controller, Ashdown Retail",
        "product_defect",
        "medium",
        "en",
        "UTC timestamps confuse a review, notes as workaround: a real problem, no date",
    ),
    (
        "Hey Marcus,\n\n"
        "Hope summer's treating you well! We've noticed our designers aren't using the feedback "
        "boards much any more; most of the review chatter has moved into Slack threads. It's not "
        "your tool, more our habits, but I'd love some ideas on how other agencies keep it going. "
        "A quick call sometime?\n\n"
        "Jo",
        "relationship_at_risk",
        "medium",
        "en",
        "designers drifting to Slack, 'not your tool': falling usage with no threat",
    ),
    (
        "Hello Mr. Clarke,\n\n"
        "Our legal team is reviewing the data processing agreement and would like the notice "
        "period for new sub-processors extended from 14 to 30 days. Is that something you can "
        "accept, or should we set up a call with your legal team?\n\n"
        "Kind regards,\nMargaret Ellison\nProcurement, Hollins College",
        "commercial_dispute",
        "medium",
        "en",
        "a contract clause change, no date: a contract question without a deadline",
    ),
    (
        "Hi,\n\n"
        "Percentage discounts on quotes are rounded before tax instead of after, so totals are "
        "sometimes off by a cent or two. A few customers a week notice that the invoice doesn't "
        "match the quote, and our sales admin then issues a corrected invoice. Could you check "
        "the rounding logic?\n\n"
        "Thanks,\nJulie Moss\nSales Admin, Brightline Print",
        "product_defect",
        "medium",
        "en",
        "a few corrected invoices a week: a real problem with a workaround, no date",
    ),
    (
        "Hi Kenji,\n\n"
        "We're building an internal dashboard and would like to pull project budgets through your "
        "API, but the budget fields aren't exposed in the projects endpoint. For now one of our "
        "analysts downloads a CSV each week and uploads it. Is there a plan to add those fields?\n"
        "\nBest,\nDevin Hale\nData Team, Halcyon Engineering\n\n"
        "PS: happy to test an early version if that helps.",
        "feature_gap",
        "medium",
        "en",
        "API lacks budget fields, weekly CSV workaround: a missing feature that matters",
    ),
    (
        "Hi Rachel,\n\n"
        "Our onboarding call for the new reporting module was moved by your team at the last "
        "minute, and I only found out when I joined an empty call. I understand schedules change, "
        "but an email would have saved me the wait. When can we rebook?\n\n"
        "Best,\nIngrid",
        "service_failure",
        "medium",
        "en",
        "one onboarding call moved without notice: a single slip, medium",
    ),
    (
        "Hello,\n\n"
        "The knowledge-base search doesn't find articles when the search term has an accent: "
        "'café' finds nothing, 'cafe' finds everything. Our agents have learned to type without "
        "accents, but new staff keep getting caught out. Could you look into it?\n\n"
        "Thanks,\nLucía Herrera\nSupport Lead, Cafés Andinos",
        "product_defect",
        "medium",
        "en",
        "accent search fails, typing without accents works: a real problem with a workaround",
    ),
    (
        "Hi there,\n\n"
        "Our invoices still go to our old office address and to someone who left last year, so "
        "they land in a shared inbox nobody checks. We've paid everything so far, but a reminder "
        "fee turned up on the last one because we saw it late. Could you update the billing "
        "contact to ap@northfieldvets.co.uk and waive the fee?\n\n"
        "Thanks a lot,\nGemma\nNorthfield Vets",
        "commercial_dispute",
        "medium",
        "en",
        "billing contact and a reminder fee, no date: a billing question without a deadline",
    ),
    (
        "Hi Alex,\n\n"
        "We're losing our minds over the weekly occupancy report. Since last month it counts "
        "rooms blocked for maintenance as available, so occupancy looks lower than it is. The "
        "booking data itself is correct, and our revenue manager recalculates the figure in a "
        "spreadsheet before she shares it. Could someone look at how that report treats blocked "
        "rooms?\n\n"
        "Thanks,\nMaya\nHotel Seabreeze",
        "product_defect",
        "medium",
        "en",
        "one report wrong, one person recalculates: dramatic tone, real problem with workaround",
    ),
    (
        "Hello Ben,\n\n"
        "I've been meaning to write this for a while. Our warehouse team loves the scanner app, "
        "but it only accepts one barcode per product, and about a tenth of our suppliers label "
        "cartons with a different code from the unit. So there's a laminated sheet at each "
        "station that maps one to the other. It works and everyone knows it, but it's clumsy. Is "
        "support for several barcodes per product anywhere on your plans?\n\n"
        "Cheers,\nNed Carver\nWarehouse Lead, Hillside Wholesale",
        "feature_gap",
        "medium",
        "en",
        "one barcode per product, laminated sheet works: a missing feature that matters",
    ),
    (
        "Dear Ms. Hartley,\n\n"
        "Our quarterly usage summary shows that only the finance department still uses the "
        "forecasting module; the sales teams stopped after their templates changed in spring. I "
        "don't think anyone is unhappy with the product, they just never set it up again. Could "
        "your team offer a short refresher for the sales managers?\n\n"
        "Kind regards,\nAnil Mehta",
        "relationship_at_risk",
        "medium",
        "en",
        "sales stopped using a module, nobody unhappy: falling usage with no threat",
    ),
    (
        "Hi, Kai here.\n\n"
        "Bulk-editing prices stopped working for products with variants after your last update. "
        "Single edits still work, so our shop assistant is updating the forty-odd variant "
        "products one by one. Could you take a look?\n\n"
        "Thanks,\nKai Brandt\nBrandt Bike Parts",
        "product_defect",
        "medium",
        "en",
        "bulk edit broken, one person edits 40 items singly: a real problem with a workaround",
    ),
    (
        "Hi,\n\n"
        "I got a reply to my ticket yesterday, but it was clearly meant for another customer: it "
        "talks about a Salesforce integration we don't have. My original question about "
        "bulk-archiving old projects is still open. Could someone please look at it properly?\n\n"
        "Best,\nRuth Ansell\nProject Office, Lakeside Council",
        "service_failure",
        "medium",
        "en",
        "one ticket answered with someone else's reply: one wrongly answered ticket is medium",
    ),
    (
        "Hallo Herr Becker,\n\n"
        "bei unserer Kollegin Frau Yilmaz synchronisiert sich der Kalender seit gestern nicht "
        "mehr mit Outlook. Bei allen anderen funktioniert es. Sie trägt ihre Termine vorerst "
        "doppelt ein. Könnten Sie sich das bitte ansehen?\n\n"
        "Viele Grüße\nSabine Krüger",
        "product_defect",
        "medium",
        "de",
        "eine Kollegin, Termine doppelt eingetragen: a real problem with a workaround",
    ),
    (
        "Guten Tag,\n\n"
        "wir würden gern Sammelrechnungen mit unterschiedlichen Zahlungszielen pro Kunde "
        "verschicken. Im Moment passen wir für die zwölf Kunden mit 60 Tagen Zahlungsziel jede "
        "Rechnung einzeln an. Das ist lästig, aber machbar. Ist so etwas für eine der nächsten "
        "Versionen geplant?\n\n"
        "Mit freundlichen Grüßen\nPetra Sommer\nBuchhaltung, Sommer Elektrotechnik",
        "feature_gap",
        "medium",
        "de",
        "'Ist so etwas geplant?', 'lästig, aber machbar': a missing feature that matters",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "in Ihrer Rechnung vom 1. April wurde Umsatzsteuer in Höhe von 19 % berechnet, obwohl wir "
        "als österreichisches Unternehmen mit gültiger UID-Nummer das Reverse-Charge-Verfahren "
        "erwarten würden. Könnten Sie die Rechnung bitte korrigieren und neu ausstellen? Unsere "
        "UID finden Sie im Anhang.\n\n"
        "Mit freundlichen Grüßen\nGerhard Pichler\nBuchhaltung, Pichler Holzbau GmbH",
        "commercial_dispute",
        "medium",
        "de",
        "wrong VAT on one invoice, no date: a billing dispute without a deadline",
    ),
    (
        "Hallo,\n\n"
        "unser Ticket zur fehlerhaften Umlaut-Darstellung im PDF-Export wurde gestern als gelöst "
        "geschlossen, obwohl das Problem weiterhin besteht. Es gab weder eine Rückfrage noch eine "
        "Erklärung. Einen neuen Screenshot habe ich angehängt. Können Sie das Ticket bitte wieder "
        "öffnen?\n\n"
        "Gruß\nMichael Braun\nVerwaltung, Braun Immobilien",
        "service_failure",
        "medium",
        "de",
        "ein Ticket ohne Erklärung geschlossen: one wrongly closed ticket is medium",
    ),
    (
        "Hallo Julia,\n\n"
        "uns ist aufgefallen, dass die Wissensdatenbank bei uns seit dem Frühjahr deutlich "
        "weniger genutzt wird, vor allem im Außendienst. Ich vermute, dass viele die App nach dem "
        "Handywechsel einfach nicht neu installiert haben. Habt ihr eine Idee, wie wir die Leute "
        "wieder reinholen, vielleicht mit einer kurzen Schulung?\n\n"
        "Viele Grüße\nLukas",
        "relationship_at_risk",
        "medium",
        "de",
        "Nutzung gesunken, Schulung gewünscht, no threat: falling usage with no threat",
    ),
    (
        "Sehr geehrte Frau Schmitt,\n\n"
        "ich bin ehrlich gesagt ziemlich verärgert. Seit dem letzten Update werden in der "
        "Klientenliste die Filter nach jedem Speichern zurückgesetzt, und ich muss sie jedes Mal "
        "neu setzen, bevor ich weiterarbeiten kann. Bei langen Listen ist das eine Zumutung, und "
        "meine Kolleginnen im Büro sehen das genauso. Bitte beheben Sie das.\n\n"
        "Monika Haas",
        "product_defect",
        "medium",
        "de",
        "filters reset after saving, set again by hand: angry tone, an annoyance with workaround",
    ),
    (
        "Hallo Jan,\n\n"
        "für unsere Tourenplanung wäre es sehr hilfreich, wenn man Touren gleich für zwei Wochen "
        "im Voraus kopieren könnte. Aktuell geht das nur Woche für Woche, und unsere Disponentin "
        "verbringt jeden Freitag eine Stunde damit. Ist so etwas geplant?\n\n"
        "Danke und Gruß\nKatrin Roth",
        "feature_gap",
        "medium",
        "de",
        "'Ist so etwas geplant?', one hour a week for one person: a missing feature that matters",
    ),
    (
        "Hallo Herr Neumann,\n\n"
        "wir haben im Mai zwei Lizenzen gekündigt, weil die Mitarbeitenden das Unternehmen "
        "verlassen haben. Auf der aktuellen Rechnung werden sie trotzdem weiter berechnet. Können "
        "Sie das prüfen und uns eine Gutschrift ausstellen?\n\n"
        "Freundliche Grüße\nAnja Lorenz\n\n"
        "PS: Die Kündigungsbestätigung vom 14. Mai hänge ich an.",
        "commercial_dispute",
        "medium",
        "de",
        "zwei gekündigte Lizenzen berechnet, Gutschrift: a billing dispute without a deadline",
    ),
    (
        "Guten Morgen,\n\n"
        "beim Import unserer Artikelliste werden Preise mit Komma als Dezimaltrennzeichen falsch "
        "gelesen, aus 12,50 wird 1250. Wenn wir die Datei vorher in Excel umwandeln, klappt es. "
        "Trotzdem wäre es gut, wenn der Import das deutsche Format verstehen würde. Können Sie "
        "das an die Entwicklung weitergeben?\n\n"
        "Beste Grüße\nStefan Albrecht",
        "product_defect",
        "medium",
        "de",
        "Import liest Komma falsch, Umwandeln in Excel hilft: a real problem with a workaround",
    ),
    (
        "Bonjour Julien,\n\n"
        "Une de nos assistantes n'arrive plus à joindre de documents aux fiches clients depuis "
        "son poste : le bouton ne réagit pas. Sur les autres postes tout fonctionne, donc en "
        "attendant elle passe par l'ordinateur de sa collègue. Pourriez-vous regarder d'où cela "
        "peut venir ?\n\n"
        "Merci d'avance,\nCatherine Morel",
        "product_defect",
        "medium",
        "fr",
        "une assistante, l'autre poste fonctionne: a real problem with a workaround",
    ),
    (
        "Bonjour,\n\n"
        "Nous aimerions pouvoir exporter les feuilles d'émargement en PDF signé, comme le "
        "demandent certains financeurs de formation. Aujourd'hui, nous exportons en Excel puis "
        "nous faisons la mise en forme à la main. Est-ce prévu dans votre feuille de route ?\n\n"
        "Cordialement,\nMarion Lefèvre\nOrganisme de formation Cap Avenir\n\n"
        "PS : je peux vous envoyer un exemple du format attendu.",
        "feature_gap",
        "medium",
        "fr",
        "'Est-ce prévu dans votre feuille de route ?', Excel workaround: a missing feature",
    ),
    (
        "Bonjour,\n\n"
        "Nous avons été prélevés deux fois pour l'abonnement de juin, le 1er et le 3. "
        "Pourriez-vous rembourser le second prélèvement ? Le relevé est en pièce jointe.\n\n"
        "Bien cordialement,\nÉlodie Garnier\nComptabilité, Groupe Altis",
        "commercial_dispute",
        "medium",
        "fr",
        "prélevés deux fois, remboursement demandé: a billing dispute without a deadline",
    ),
    (
        "Bonjour,\n\n"
        "Je suis franchement déçu. J'ai ouvert une demande il y a dix jours sur la configuration "
        "des rôles utilisateurs et je n'ai reçu aucune réponse, pas même un accusé de réception. "
        "Je sais que notre formule n'inclut pas de délai garanti, mais tout de même. Quelqu'un "
        "peut-il s'en occuper ?\n\n"
        "Cordialement,\nPhilippe Marchand\nCabinet Marchand Architectes",
        "service_failure",
        "medium",
        "fr",
        "one ticket unanswered, 'pas de délai garanti': one unanswered ticket is medium",
    ),
    (
        "Bonjour Claire,\n\n"
        "En regardant les statistiques, je vois que nos commerciaux utilisent beaucoup moins "
        "l'application mobile depuis la rentrée. Je pense qu'ils ont pris l'habitude de tout "
        "saisir le soir depuis leur ordinateur. Auriez-vous des conseils ou des exemples d'autres "
        "clients pour relancer l'usage ?\n\n"
        "Bien à vous,\nAntoine Mercier",
        "relationship_at_risk",
        "medium",
        "fr",
        "mobile usage down, asks for tips, no threat: falling usage with no threat",
    ),
    (
        "Bonjour Madame Petit,\n\n"
        "Depuis le passage à l'heure d'hiver, les e-mails envoyés aux parents indiquent l'heure "
        "des réunions avec une heure de décalage. En attendant, nous ajoutons l'heure exacte dans "
        "le texte du message. Pouvez-vous corriger le fuseau horaire ?\n\n"
        "Cordialement,\nJean-Marc Leroy",
        "product_defect",
        "medium",
        "fr",
        "wrong hour in parent e-mails, corrected in the text: a real problem with a workaround",
    ),
    (
        "Bonjour Mathieu,\n\n"
        "Je vais être direct : l'absence de double authentification sur votre application mobile "
        "nous pose un vrai problème de principe. Nos équipes s'en servent pour consulter des "
        "devis, rien de très sensible, et nous avons pour l'instant réservé l'accès mobile aux "
        "seuls responsables d'équipe. Mais c'est le genre de fonction qu'on attend d'un outil "
        "professionnel. Est-ce prévu ?\n\n"
        "Cordialement,\nHugo Lambert",
        "feature_gap",
        "medium",
        "fr",
        "no 2FA on mobile, access restricted meanwhile, no date: a missing feature that matters",
    ),
    (
        "Bonjour,\n\n"
        "Nous avons bien reçu l'avis de changement tarifaire. Pourriez-vous nous préciser si la "
        "hausse s'applique aussi aux licences « lecteur », et à partir de quelle date pour notre "
        "contrat ? Nous voulons simplement mettre notre budget à jour.\n\n"
        "Merci,\nSandrine Robert\nServices généraux, Mutuelle du Littoral",
        "commercial_dispute",
        "medium",
        "fr",
        "questions on a price change, 'simplement mettre notre budget à jour': billing question",
    ),
    (
        "Bonjour,\n\n"
        "Depuis quelques jours, la génération des rapports mensuels prend près de dix minutes au "
        "lieu d'une. Le rapport finit par sortir correctement, et nous le lançons maintenant en "
        "fin de journée. Ce n'est pas bloquant, mais c'est inhabituel. Savez-vous d'où cela vient "
        "?\n\n"
        "Cordialement,\nIsabelle Roussel",
        "product_defect",
        "medium",
        "fr",
        "slow monthly report, run at day's end: a real problem with a workaround",
    ),
    (
        "Hola Andrés,\n\n"
        "Desde ayer, al duplicar un pedido se pierde la dirección de envío y hay que volver a "
        "escribirla. Solo nos pasa con los pedidos recurrentes de un par de clientes, así que la "
        "vamos corrigiendo a mano. ¿Podéis revisarlo?\n\n"
        "Un saludo,\nMarina",
        "product_defect",
        "medium",
        "es",
        "un par de clientes, corregido a mano: a real problem with a workaround",
    ),
    (
        "Buenos días:\n\n"
        "Nos gustaría saber si está previsto poder asignar más de un responsable a cada tarea. "
        "Ahora apuntamos al segundo responsable en un campo de texto, pero así no recibe avisos. "
        "En los proyectos grandes se nota bastante. ¿Está en vuestra hoja de ruta?\n\n"
        "Gracias,\nElena Navarro\nOficina de Proyectos, Constructora Navarro",
        "feature_gap",
        "medium",
        "es",
        "'¿Está en vuestra hoja de ruta?', text-field workaround: a missing feature that matters",
    ),
    (
        "Hola:\n\n"
        "En la factura de este mes aparece un cargo de 180 € por «almacenamiento adicional» que "
        "no recordamos haber contratado. ¿Nos podéis explicar de dónde sale y, si es un error, "
        "emitir un abono?\n\n"
        "Gracias,\nRocío Fernández\nAdministración, Limpiezas Atlántico\n\n"
        "P. D.: os adjunto la factura con la línea marcada.",
        "commercial_dispute",
        "medium",
        "es",
        "unknown 180 € charge, asks for an explanation: a billing question without a deadline",
    ),
    (
        "Buenas tardes:\n\n"
        "La semana pasada teníamos una sesión de formación con su equipo para los nuevos "
        "supervisores y nadie se conectó. No nos avisaron y tampoco hemos recibido una disculpa. "
        "¿Podemos reprogramarla?\n\n"
        "Atentamente,\nÁlvaro Prieto",
        "service_failure",
        "medium",
        "es",
        "one missed training session, rebooking asked: a single slip, medium",
    ),
    (
        "Hola Lucía,\n\n"
        "He visto que el uso de la plataforma en nuestra oficina de Sevilla ha caído bastante "
        "desde que cambiamos de responsable allí. No creo que haya ningún problema con la "
        "herramienta, simplemente nadie la está impulsando. ¿Podríais ayudarnos con una sesión de "
        "bienvenida para el nuevo responsable?\n\n"
        "Un saludo,\nDiego",
        "relationship_at_risk",
        "medium",
        "es",
        "usage down in one office, 'ningún problema con la herramienta': falling usage, no threat",
    ),
    (
        "Hola equipo:\n\n"
        "¡Otra vez lo mismo! Cada vez que exporto el informe de ventas a PDF, los gráficos salen "
        "cortados por la derecha. Lo estoy sacando en Excel y haciendo los gráficos yo misma, y "
        "me lleva media hora cada vez. ¿Hay solución?\n\n"
        "Saludos,\nPatricia Gil",
        "product_defect",
        "medium",
        "es",
        "one user, charts rebuilt in Excel: an exasperated tone, a real problem with a workaround",
    ),
    (
        "Estimado Sr. Ruiz:\n\n"
        "Nuestros pacientes preguntan a menudo si pueden pagar la cita con Bizum al reservar por "
        "internet. Ahora solo se acepta tarjeta, y quienes prefieren Bizum acaban llamando para "
        "reservar y pagan en la clínica. ¿Tienen previsto incorporar este método de pago?\n\n"
        "Atentamente,\nNuria Campos\nCoordinadora de Recepción, Clínicas Dentales Sonrisa",
        "feature_gap",
        "medium",
        "es",
        "'¿Tienen previsto incorporar...?', phone booking as workaround: a missing feature",
    ),
    (
        "Hola Marcos:\n\n"
        "Revisando el contrato hemos visto que la renovación es automática por tres años, cuando "
        "nosotros entendíamos que sería anual. ¿Podríamos hablar para cambiar esa cláusula a "
        "renovación anual? Preferimos dejarlo aclarado con tiempo.\n\n"
        "Gracias,\nValeria Soto",
        "commercial_dispute",
        "medium",
        "es",
        "a contract clause to change, 'con tiempo': contract terms without a deadline or threat",
    ),
    (
        "Buenos días:\n\n"
        "Al imprimir los albaranes desde la tablet del almacén, la impresora térmica corta la "
        "última línea del documento. Desde el ordenador de la oficina salen bien, así que de "
        "momento los imprimimos allí. ¿Es un problema conocido?\n\n"
        "Saludos,\nJordi Puig",
        "product_defect",
        "medium",
        "es",
        "tablet print cut off, office PC works: a real problem with a workaround",
    ),
    (
        "Hi Sam,\n\n"
        "Tiny thing I noticed while approving invoices today: the button on the invoice screen "
        "says 'Recieve payment'. Everything works, it just looks a bit off in front of clients. "
        "No rush at all.\n\n"
        "Cheers,\nGreta",
        "product_defect",
        "low",
        "en",
        "'Recieve' typo, 'No rush at all': cosmetic",
    ),
    (
        "Hello,\n\n"
        "A few of us on the night desk would love a dark mode in the web app; our eyes would "
        "thank you. It's a nice-to-have, nothing more. Is it on your list at all?\n\n"
        "Thanks,\nMarcy\nNight Desk, Riverside Herald",
        "feature_gap",
        "low",
        "en",
        "'a nice-to-have, nothing more': nice to have",
    ),
    (
        "Hi Kenji,\n\n"
        "Quick question when you have a minute: can a single dashboard be exported as an image? "
        "We'd like to drop one into our internal newsletter. If not, no worries, a screenshot "
        "does the job.\n\n"
        "Best,\nOlivia",
        "feature_gap",
        "low",
        "en",
        "a question, 'a screenshot does the job': a question",
    ),
    (
        "Hi support,\n\n"
        "The help-centre link in the app footer still points to the 2022 article on exports. I "
        "found the new one through search easily enough. Just flagging it so you can update the "
        "link whenever it suits.\n\n"
        "Thanks,\nNora Kaplan\nAdmin, Sunridge Dental Lab",
        "product_defect",
        "low",
        "en",
        "an outdated help link, new one found easily: minor",
    ),
    (
        "Hello support,\n\n"
        "On our 34-inch monitors the company logo on the login page looks stretched sideways. "
        "Purely cosmetic, everything else is fine. Just passing it on in case it's an easy fix.\n"
        "\nKind regards,\nBen Adler\nIT, Ostrava Glassworks",
        "product_defect",
        "low",
        "en",
        "'Purely cosmetic' stretched logo: cosmetic",
    ),
    (
        "Hi Grace,\n\n"
        "Just curious: is there a way to show week numbers in the calendar view? Our planners "
        "think in weeks and had them in our old tool. Not important, I just wonder whether I've "
        "missed a setting.\n\n"
        "Thanks,\nFinn",
        "feature_gap",
        "low",
        "en",
        "'Just curious', 'Not important': a question",
    ),
    (
        "Hallo Jan,\n\n"
        "eine Kleinigkeit: Es wäre schön, wenn sich die Spaltenreihenfolge in der Kundenliste "
        "speichern ließe. Im Moment ziehe ich sie nach jedem Login kurz zurecht. Kein Stress, nur "
        "eine Anregung für später.\n\n"
        "Grüße\nKatrin",
        "feature_gap",
        "low",
        "de",
        "'Kleinigkeit', 'Kein Stress': nice to have",
    ),
    (
        "Bonjour,\n\n"
        "Petite remarque : dans le menu, « Paramètres » s'affiche sans accent (« Parametres ») "
        "depuis la dernière version. Rien de grave, tout fonctionne. C'est juste pour vous le "
        "signaler.\n\n"
        "Bonne journée,\nMarion Lefèvre",
        "product_defect",
        "low",
        "fr",
        "missing accent in a menu label, 'Rien de grave': cosmetic",
    ),
    (
        "Bonjour Claire,\n\n"
        "Serait-il possible, un jour, de choisir la couleur des étiquettes dans le tableau de "
        "suivi ? Nos équipes aiment s'y retrouver d'un coup d'œil. Ce serait un petit plus, rien "
        "de pressé.\n\n"
        "Merci et bonne semaine,\nAntoine",
        "feature_gap",
        "low",
        "fr",
        "'un petit plus, rien de pressé': nice to have",
    ),
    (
        "Hola Lucía:\n\n"
        "Una sugerencia pequeña: ¿sería posible elegir el color de cada calendario en la vista "
        "semanal? Ahora todos salen en azul y cuesta un poco distinguirlos. Es un detalle, cuando "
        "podáis.\n\n"
        "Un saludo,\nDiego",
        "feature_gap",
        "low",
        "es",
        "'Una sugerencia pequeña', 'Es un detalle': nice to have",
    ),
    (
        "Hi Sam,\n\n"
        "Since about six this morning nobody can get through checkout on our shop: the payment "
        "step shows a blank page for every customer, card and PayPal alike. It's Saturday, our "
        "busiest day, and we haven't taken a single order in four hours. Our developer has "
        "checked our side and nothing changed there. Please have someone call me on 07700 900123 "
        "as soon as you see this.\n\n"
        "Greta Lindqvist\nNordic Home Store",
        "product_defect",
        "critical",
        "en",
        "'haven't taken a single order in four hours': orders not going out now",
    ),
    (
        "Hello,\n\n"
        "After last night's sync, roughly 3,000 appointments for next week vanished from the "
        "calendar of our physiotherapy clinics. They are not in the recycle bin and the audit log "
        "shows nothing. Our receptionists are rebuilding the days from paper notes and calling "
        "patients to ask when they were booked. Please tell us whether you can restore them from "
        "a backup.\n\n"
        "Ewan Grant\nPractice Manager, Motion Physio",
        "product_defect",
        "critical",
        "en",
        "'3,000 appointments vanished': data lost now",
    ),
    (
        "Priya,\n\n"
        "One of our team leads logged in twenty minutes ago and was looking at another company's "
        "employee directory, with names, home addresses and salary bands. We have told all our "
        "staff to log out and stay out until we hear from you. I need to know how this happened "
        "and whether our own data has been visible to someone else. Please call me.\n\n"
        "Rosa Lindgren\nIT Security, Harbourline Freight",
        "product_defect",
        "critical",
        "en",
        "'another company's employee directory' visible: a security/privacy breach now",
    ),
    (
        "Hello,\n\n"
        "The payroll file for today's run won't generate: every attempt ends with 'export "
        "aborted' after a few minutes. Our bank needs it by 2 pm to pay 800 people today, and we "
        "have no other way to produce it. Can someone from your payroll team get on a call with "
        "us straight away?\n\n"
        "Liz Carter\nPayroll, Hartwell Care Group",
        "product_defect",
        "critical",
        "en",
        "800 people not paid today, no other way to produce the file: payroll not going out",
    ),
    (
        "Hello,\n\n"
        "Since your certificate change an hour ago, none of the handheld scanners in our three "
        "warehouses can log in. Pickers can't confirm a single pick, so nothing is leaving the "
        "building and trucks are queuing at the docks. We have no paper fallback for this volume. "
        "Who can we talk to right now?\n\n"
        "Marek Nowak\nWarehouse Operations, Baltica Distribution",
        "product_defect",
        "critical",
        "en",
        "'nothing is leaving the building', no fallback: production down for all users",
    ),
    (
        "Guten Morgen,\n\n"
        "seit 6 Uhr können unsere Schichtführer an keiner Maschine mehr die Fertigungsaufträge "
        "abrufen, die Anmeldung bricht mit einem Serverfehler ab. Beide Linien stehen, und 40 "
        "Leute warten in der Halle. Einen Papierprozess haben wir dafür nicht mehr. Bitte rufen "
        "Sie mich sofort an: 0711 555 2301.\n\n"
        "Jürgen Maier\nProduktionsleitung, Maier Kunststofftechnik",
        "product_defect",
        "critical",
        "de",
        "'Beide Linien stehen', no paper process: production stopped now",
    ),
    (
        "Hallo Frau Schmitt,\n\n"
        "nach dem Update heute Nacht sind in der Zeiterfassung alle Buchungen der letzten zwei "
        "Wochen verschwunden, bei allen 230 Mitarbeitenden. Im Export von gestern waren sie noch "
        "da, jetzt sind die Tage leer. Wir brauchen diese Daten für die Abrechnung und wissen "
        "nicht, ob sie wiederherstellbar sind. Bitte melden Sie sich heute noch.\n\n"
        "Viele Grüße\nCarina Vogel\nPersonal, Vogel Gebäudeservice",
        "product_defect",
        "critical",
        "de",
        "'alle Buchungen der letzten zwei Wochen verschwunden': data lost now",
    ),
    (
        "Bonjour,\n\n"
        "Ce matin, plusieurs de nos adhérents nous ont appelés parce qu'ils ont reçu par e-mail "
        "les factures d'autres adhérents, avec noms, adresses et montants. Cela vient de l'envoi "
        "automatique de votre module de facturation, lancé à 7 h. Nous avons suspendu tous les "
        "envois, mais des centaines de factures sont déjà parties. Nous avons besoin de savoir "
        "immédiatement combien de personnes sont concernées.\n\n"
        "Cordialement,\nSandrine Robert\nResponsable administrative, Mutuelle du Littoral",
        "product_defect",
        "critical",
        "fr",
        "invoices with other members' data sent out: a privacy breach happening now",
    ),
    (
        "Hola Andrés:\n\n"
        "Desde las 10:00 ninguna de nuestras 25 tiendas puede cobrar con tarjeta: los datáfonos "
        "conectados a vuestro TPV devuelven «error de comunicación». Solo aceptamos efectivo y la "
        "mayoría de los clientes se va sin comprar. Es sábado por la mañana. Llamadme al 612 345 "
        "678 en cuanto leáis esto.\n\n"
        "Marina Ortega\nCalzados Ortega",
        "product_defect",
        "critical",
        "es",
        "'ninguna de nuestras 25 tiendas puede cobrar con tarjeta': payments stopped now",
    ),
    (
        "Buenos días:\n\n"
        "Las remesas de pago a proveedores que generamos ayer desde su módulo de tesorería no han "
        "llegado al banco: el fichero sale vacío. Hoy vencen los pagos a 140 proveedores, varios "
        "con penalización por retraso, y no tenemos otra forma de generar el fichero. Necesitamos "
        "que alguien lo mire ya.\n\n"
        "Atentamente,\nJavier Molina\nTesorería, Grupo Hostelero Levante",
        "product_defect",
        "critical",
        "es",
        "empty payment file, 140 suppliers due today: payments not going out now",
    ),
]
