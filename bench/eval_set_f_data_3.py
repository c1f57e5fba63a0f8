"""eval_set_f situations, part 3: our people and process failing (a missed onboarding
call, a defect ticket closed unanswered for the second time, a status page that said all
was well during an outage that is over) and a double card charge.
Hand-written; every label decided by hand from routing/definitions.md (defs-1) while
writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

SF = "service_failure"
CD = "commercial_dispute"

# fmt: off
SITUATIONS_3 = (
    Situation(
        "empty-kickoff", "en", "Kestrel Architecture", "kestrelarch.com",
        "Marcus Oyelaran|Studio Operations Manager", "Onboarding session on Tuesday",
        "2026-03-09",
        "Our onboarding session was booked for Tuesday at 10:00. Twelve of our architects "
        "cleared their diaries for it and nobody from your side joined the call. We haven't "
        "heard anything since.",
        "Kestrel: nobody from our side joined their onboarding session on Tuesday at 10:00; "
        "12 architects waited.",
        "",
        SF, '"nobody from your side joined the call" (a missed onboarding session)',
        "one missed session, no deadline named",
        ("Twelve of our architects", "Tuesday at 10:00"),
        (
            Take("frustrated_but_patient", "high", 1,
                 "Not the start we'd hoped for. [These things happen, so let's just get a new "
                 "date in and carry on.]",
                 plevel="P2", sev_why="the CSM's note says P2 (the CSM's level wins)"),
            Take("angry", "medium", 3,
                 "[Twelve people sat in front of an empty call for half an hour. Is that the "
                 "level of service we should expect from now on?] I want a written "
                 "explanation and a new date."),
            Take("threatening_churn", "high", 5,
                 "[We signed on the strength of your onboarding plan. If the first month looks "
                 "like this, I can't see us staying on after the trial period.]",
                 sev_why="a churn threat: the renewal at risk"),
        ),
    ),
    Situation(
        "closed-unanswered", "en", "Meridian Insurance Brokers", "meridianbrokers.co.uk",
        "Helen Castellanos|Operations Director", "Ticket 58213 closed without a reply",
        "2026-04-20",
        "Ticket 58213, about the commission statements showing the wrong split, was closed on "
        "Friday as 'resolved' without a single reply. It's the second ticket of ours closed "
        "that way this month.",
        "Meridian: ticket 58213 (wrong commission split) closed as resolved with no reply; the "
        "second such closure this month.",
        "Hi Helen, I've reopened it and asked the support lead why it was closed.",
        SF, '"closed on Friday as \'resolved\' without a single reply" (a defect named as the '
        "topic of a ticket closed unanswered)",
        '"the second ticket of ours closed that way" (our people failed repeatedly)',
        ("58213", "second ticket"),
        (
            Take("frustrated", "high", 3,
                 "[I really shouldn't have to chase you just to get a ticket read, never mind "
                 "answered.]"),
            Take("calm", "high", 1,
                 "[Could you find out what happened and let me know?]"),
            Take("angry", "high", 4,
                 "[Frankly, I expected better. Closing tickets to tidy up your statistics is "
                 "not support, and I want your support lead to call me today.]"),
        ),
    ),
    Situation(
        "statusseite", "de", "Spedition Hartmann & Söhne", "hartmann-spedition.de",
        "Melanie Brandl|IT-Koordinatorin", "Keine Information während der Störung",
        "2026-05-11",
        "Während der Störung am Mittwochvormittag stand auf Ihrer Statusseite drei Stunden lang "
        "„Alle Systeme betriebsbereit“. Wir haben deshalb zwei Stunden lang in unserem eigenen "
        "Netzwerk nach dem Fehler gesucht.",
        "Hartmann: während der inzwischen behobenen Störung am Mittwoch zeigte die Statusseite "
        "drei Stunden lang 'alles in Ordnung'.",
        "Hallo Melanie, danke, ich habe das an unser Incident-Team gegeben und frage nach der "
        "Nachbetrachtung.",
        SF, '"stand auf Ihrer Statusseite drei Stunden lang „Alle Systeme betriebsbereit“" (no '
        "status updates during an outage)",
        "a service failure about an outage that is over, once, no deadline",
        ("drei Stunden", "Statusseite"),
        (
            Take("concerned", "medium", 1,
                 "[Mir macht Sorge, dass wir uns beim nächsten Mal wieder nicht auf die "
                 "Statusseite verlassen können.]"),
            Take("frustrated_but_patient", "medium", 3,
                 "Das war ein ärgerlicher Vormittag für uns. [Wir wissen, dass so etwas "
                 "passieren kann, und warten gern auf Ihre Nachbetrachtung.]"),
            Take("frustrated", "medium", 3,
                 "[Ich werde das im nächsten Quartalsgespräch mit unserem Einkauf ansprechen "
                 "und die SLA-Regelung auf den Tisch bringen.]"),
        ),
    ),
    Situation(
        "charged-twice", "en", "Lantern Bay Hotels", "lanternbayhotels.com",
        "Sofia Marchetti|Finance Manager", "Invoice INV-20931 charged twice", "2026-02-02",
        "Our card was charged twice for your invoice INV-20931 (£4,860) on the 3rd. Could you "
        "refund the duplicate payment?",
        "Lantern Bay: our invoice INV-20931 (£4,860) charged twice to their card; they want "
        "the duplicate refunded.",
        "Hi Sofia, thanks, finance have the request for the refund.",
        CD, '"charged twice for your invoice INV-20931" (a double charge on our bill)',
        "a billing dispute without a deadline",
        ("INV-20931", "£4,860"),
        (
            Take("calm", "high", 1,
                 "[Thanks very much, and sorry if this should have gone somewhere else.]",
                 sev_why="a billing dispute (medium), raised one level: renewal within 90 days",
                 account=Account(61000, "growth", 45, currency="GBP")),
            Take("angry", "medium", 3,
                 "[Three weeks to give back money you took by mistake. I'd like it returned "
                 "this week, with interest, and an apology wouldn't go amiss.]"),
            Take("concerned", "high", 3,
                 "Our year end closes on 31 March, and [I'm anxious the books won't reconcile] "
                 "if the refund hasn't arrived by then.",
                 sev_why='"year end closes on 31 March" (a hard deadline at risk)'),
        ),
    ),
)
# fmt: on
