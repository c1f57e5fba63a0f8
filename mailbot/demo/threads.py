"""The two customer threads the demo forwards, dated relative to today.

Generated rather than stored so the brief reads like a live escalation ("open 12 days")
whenever the demo runs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def _day(moment: datetime) -> str:
    return moment.strftime("%a, %b %-d, %Y at %-I:%M %p")


def acme_forward(now: datetime) -> EmailMessage:
    """Jane forwards Acme's API latency complaint (Gmail style), asking for P1."""
    first, second = now - timedelta(days=12), now - timedelta(days=1)
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane@example.com>"
    msg["To"] = "escalations@example.com"
    msg["Subject"] = "Fwd: API response times since the upgrade"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content(f"""Team,

Acme has been fighting API latency since we rolled out 4.2.1. They are at EUR 85k ARR.
Support ticket #48213 has been open for 12 days without a root cause.

I need engineering to assign an owner today and give Acme an ETA for a fix by Thursday.

Thanks,
Jane

---------- Forwarded message ---------
From: Bob Smith <bob.smith@acme.example>
Date: {_day(first)}
Subject: API response times since the upgrade
To: Jane Doe <jane@example.com>

Hi Jane,

Since the upgrade to 4.2.1 our order sync calls take 12 seconds instead of under
1 second. Our warehouse team cannot confirm shipments until the sync finishes, so about
300 orders a day are delayed.

We opened ticket #48213 with support yesterday. Could you help us get some attention on it?

Best regards,
Bob Smith
Head of IT Operations, Acme Corp

---------- Forwarded message ---------
From: Bob Smith <bob.smith@acme.example>
Date: {_day(second)}
Subject: Re: API response times since the upgrade
To: Jane Doe <jane@example.com>

Hi Jane,

We are now 12 days in. Support asked us to restart the connector and to reduce the batch
size to 50; we tried both and it made no difference. We are running a manual workaround
with two extra people every evening, which costs us roughly EUR 4,000 per week.

Our CFO is asking me when this will be fixed. Please let me know by Friday what the plan is.

Thanks,
Bob
""")
    return msg


def initech_forward(now: datetime) -> EmailMessage:
    """Omar forwards Initech's request for SCIM provisioning (Apple Mail style)."""
    sent = now - timedelta(days=1)
    msg = EmailMessage()
    msg["From"] = "Omar Haddad <omar@example.com>"
    msg["To"] = "escalations@example.com"
    msg["Subject"] = "Fwd: SCIM provisioning for the sales rollout"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content(f"""Initech is blocked rolling out to their 2,000-seat sales org; we don't
support SCIM provisioning with Okta. Please ask product management for a decision on
whether and when we can commit to SCIM.

Begin forwarded message:

From: Peter Gibbons <peter.gibbons@initech.example>
Subject: SCIM provisioning for the sales rollout
Date: {sent.strftime("%B %-d, %Y at %-I:%M:%S %p")} GMT
To: Omar Haddad <omar@example.com>

Hi Omar,

Our security team has made SCIM provisioning a hard requirement for every SaaS tool that
goes to more than 500 users. Your product does not support SCIM with Okta today, so we
cannot onboard the 2,000 sales users we planned for next quarter.

I'm a bit worried about this. Is SCIM on your roadmap, and if so, for when?

Kind regards,
Peter
""")
    return msg
