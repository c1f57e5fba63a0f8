"""The shapes of bench/eval_set_c/'s hand-written data, and the defs-1 sentences labels cite.

Unlike eval_set_b (tone-neutral situations crossed with shared tone blocks), every thread
of eval_set_c carries its own customer wording, written for it, and its own hand-set
labels: a ``Take`` is one rendering of a ``Situation`` with the sentiment, severity (and,
in borderline cases, category) decided by hand from routing/definitions.md, version defs-1.
The set was written blind to the drafter, so nothing here mirrors how it decides.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = ("product_defect", "feature_gap", "service_failure", "commercial_dispute",
              "relationship_at_risk", "executive_intervention")  # fmt: skip
SEVERITIES = ("critical", "high", "medium", "low")
SENTIMENTS = ("calm", "concerned", "frustrated_but_patient", "frustrated", "angry",
              "threatening_churn")  # fmt: skip

# The defs-1 sentence each label rests on (quoted in every label's rationale).
CAT_DEF = {
    "product_defect": "our product is broken or wrong (errors, crashes, slowness, wrong or "
    "lost data, outage), however small",
    "feature_gap": "the product works as designed but lacks something",
    "service_failure": "our people or process failed (tickets unanswered or closed without "
    "an answer, missed onboarding or meetings, SLA/uptime breach, no status updates)",
    "commercial_dispute": "money or contract terms (invoices, double charges, refunds, "
    "credit notes, price rises, seat counts, contract terms)",
    "relationship_at_risk": "the relationship itself is the subject ... with no executive "
    "involvement",
    "executive_intervention": "the customer's CEO/board/C-level writes or is copied to demand "
    "action, or they ask for our CEO/CRO/executive sponsor",
}
SEV_DEF = {
    "critical": "the customer's business is stopped or harmed now",
    "high": "impaired, at risk, or escalated",
    "medium": "a real problem with a workaround and no deadline",
    "low": 'cosmetic, minor, "no rush", "nice to have", a question',
}
SENT_DEF = {
    "calm": 'neutral or friendly; a question, "no rush"',
    "concerned": "worried about a risk, deadline or trend; polite; no complaint about us",
    "frustrated_but_patient": "a complaint or a long wait, but they say they will keep cooperating",
    "frustrated": "annoyed, repeated chasing ... no patience shown; a threat to escalate is "
    "at least frustrated",
    "angry": 'blame, demands, "unacceptable" ...; anger at us rather than at the situation',
    "threatening_churn": "they say or imply they may leave",
}


@dataclass(frozen=True)
class Account:
    """An accounts-table row for a take; the renewal is counted from the last message."""

    arr: int
    tier: str
    renewal_days: int
    strategic: bool = False
    currency: str = "EUR"


@dataclass(frozen=True)
class Take:
    """One thread of a situation. ``tone`` is the customer's own last words; the phrase in
    [brackets] decided the sentiment and is quoted in the rationale (brackets are removed).
    ``plevel`` is the CSM's explicit level appended to the note (it wins for severity)."""

    sentiment: str
    severity: str
    n: int
    tone: str
    sev_why: str = ""
    note: str = ""
    plevel: str = ""
    category: str = ""
    cat_why: str = ""
    account: Account | None = None


@dataclass(frozen=True)
class Situation:
    """A customer problem, written once; ``person`` is "Name Surname|Title". ``ours`` is the
    last thing we told the customer ("" when nobody on our side answered)."""

    slug: str
    lang: str
    company: str
    domain: str
    person: str
    subject: str
    start: str
    core: str
    note: str
    ours: str
    category: str
    cat_why: str
    sev_why: str
    facts: tuple[str, ...]
    takes: tuple[Take, Take, Take]
