"""Is a new forward the same customer problem as an open escalation? (issue 19)

Pure: the caller reads the candidates from the store. Two kinds of evidence:

- certain: the forwards share a customer Message-ID (the same mail was forwarded twice);
- possible: the same customer domain (or account) and a similar problem, scored with
  rapidfuzz over the headline, the customer impact and the customer's own text.

A wrong "possible" costs the CSM one word (``separate``); a missed duplicate costs a team
a second, unlinked escalation, so the threshold leans towards asking.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, utils

SIMILAR_THRESHOLD = 70.0  # 0-100, the weighted score below
_WEIGHTS = (("headline", 0.35), ("impact", 0.25), ("customer_text", 0.40))
TEXT_LIMIT = 2000  # characters of customer text compared (the start says what it is about)


@dataclass(frozen=True)
class ThreadKeys:
    """What a forward is compared by; ``ref``/``status``/``csm`` say who it is."""

    ref: str
    status: str = ""
    csm: str = ""
    message_ids: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    account: str = ""
    headline: str = ""
    impact: str = ""
    customer_text: str = ""


@dataclass(frozen=True)
class Match:
    ref: str
    status: str
    csm: str
    certain: bool
    score: float
    reason: str


def similarity(new: ThreadKeys, old: ThreadKeys) -> float:
    """Weighted token-sort similarity (0-100) of the three texts; a missing text weighs 0."""
    total = weight_sum = 0.0
    for name, weight in _WEIGHTS:
        left = str(getattr(new, name))[:TEXT_LIMIT]
        right = str(getattr(old, name))[:TEXT_LIMIT]
        if not left.strip() or not right.strip():
            continue
        total += weight * fuzz.token_sort_ratio(left, right, processor=utils.default_process)
        weight_sum += weight
    return total / weight_sum if weight_sum else 0.0


def _same_customer(new: ThreadKeys, old: ThreadKeys) -> str:
    shared = sorted(new.domains & old.domains)
    if shared:
        return f"same customer domain {shared[0]}"
    if new.account and new.account.casefold() == old.account.casefold():
        return f"same account {new.account}"
    return ""


def compare(new: ThreadKeys, old: ThreadKeys) -> Match | None:
    """The evidence that ``new`` duplicates ``old``, or ``None``."""
    shared_ids = new.message_ids & old.message_ids
    if shared_ids:
        count = len(shared_ids)
        reason = f"the same forwarded customer message{'s' if count > 1 else ''} ({count})"
        return Match(old.ref, old.status, old.csm, True, 100.0, reason)
    customer = _same_customer(new, old)
    if not customer:
        return None
    score = similarity(new, old)
    if score < SIMILAR_THRESHOLD:
        return None
    reason = f"{customer} and a similar problem, {score:.0f}% similar"
    return Match(old.ref, old.status, old.csm, False, score, reason)


def best_match(new: ThreadKeys, candidates: list[ThreadKeys]) -> Match | None:
    """Certain before possible, then the highest score, then the oldest reference."""
    matches = [m for old in candidates if old.ref != new.ref for m in [compare(new, old)] if m]
    if not matches:
        return None
    return min(matches, key=lambda m: (not m.certain, -m.score, m.ref))
