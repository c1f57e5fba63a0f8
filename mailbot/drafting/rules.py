"""Transparent keyword rules for category, severity and sentiment (EN/DE/FR).

The offline drafter must be explainable: every suggestion carries a one-line rationale that
quotes the words it rests on, so a CSM can see at a glance why "critical" was proposed and
overrule it. The CSM's own note weighs more than the customer's words (one and a half
times): it is trusted, but it is a one-line summary whose loose words must not outvote the
customer's own account of the problem.
"""

from __future__ import annotations

from datetime import date

from mailbot.domain import AccountFacts, Category, Sentiment, Severity
from mailbot.drafting.category_cues import CATEGORY_CUES
from mailbot.drafting.category_scope import scoped
from mailbot.drafting.category_shapes import read_shape
from mailbot.drafting.csm_level import Suggestion, explicit_severity
from mailbot.drafting.cues import (
    CHURN_ONLY,
    LEAVING,
    NEGATED,
    WEAK_CUES,
    hits,
    named_in_note,
)
from mailbot.drafting.executives import EXEC_ACTS, EXEC_MENTION, SIGNATURE_TITLE
from mailbot.drafting.facts import without_sentences
from mailbot.drafting.severity_concepts import ONE_USER
from mailbot.drafting.severity_cues import SEVERITY_CUES
from mailbot.drafting.severity_floors import (
    CONTEXT_FLOOR,
    COPIED,
    EASED_NOW,
    OVER,
    eased,
    high_floor,
)
from mailbot.drafting.severity_said import contained, said_critical, said_high
from mailbot.drafting.severity_stopped import STOPPED, unplanned
from mailbot.drafting.tone_concepts import weighed_in_the_past

_NEGATED = NEGATED
_CATEGORY_CUES = CATEGORY_CUES
_CHURN_ONLY = CHURN_ONLY
# Executive involvement is rare and decisive, so it outweighs a generic defect word.
_CATEGORY_WEIGHT = {Category.EXECUTIVE_INTERVENTION: 2}
_CATEGORY_ORDER = tuple(Category)
_TITLED = (SIGNATURE_TITLE,)
_ACTS = (COPIED, EXEC_ACTS)
# what an executive's evidence scores with no strong cue (a title or the board only named)
_WEAK_ONLY = 1
# The problems a threat to leave can be about (defs-1: the threat does not change them).
_PROBLEMS = (
    Category.PRODUCT_DEFECT,
    Category.FEATURE_GAP,
    Category.SERVICE_FAILURE,
    Category.COMMERCIAL_DISPUTE,
)


def _quote(words: list[str], limit: int = 3) -> str:
    return ", ".join(f'"{w}"' for w in words[:limit])


def _evidence(
    category: Category, note: str, customer: str, subject: str, roles: str
) -> tuple[int, list[str], list[str]]:
    """The category's score and quoted words: a cue in the customer's text counts 2, in the
    CSM note 3 (trusted, but a one-line summary: "the export is missing a column" of a
    column that vanished must not outvote the customer's "since the update"), in the
    thread's subject 2 more (what the thread is about); a weak cue (a polite question, a
    word with other senses) half that; executive cues double."""
    cues, weak = _CATEGORY_CUES[category], WEAK_CUES.get(category, ())
    # only the sentences about this kind of problem (category_scope: "since Monday we can't"
    # broke, not a gap; the invoices the product writes are its data, not our bill)
    note, customer, subject = scoped(category, note, customer, subject)
    in_note, weak_note = hits(cues, note), hits(weak, note)
    in_customer, weak_customer = hits(cues, customer), hits(weak, customer)
    score = 3 * len(in_note) + 2 * len(in_customer) + 2 * len(weak_note) + len(weak_customer)
    in_subject = hits(cues, subject)
    score += 2 * len(in_subject) + len(hits(weak, subject))
    strong = bool(in_note or in_customer or in_subject)
    in_note, in_customer = in_note + weak_note, in_customer + weak_customer
    if category is Category.EXECUTIVE_INTERVENTION:
        # their executive writes, is copied (signature, To/Cc, or "I've copied our CEO" in
        # the text: defs-1's "Cc: our MD") or demands, or they ask for ours: decisive
        title = hits(_TITLED, roles) + hits(_ACTS, note) + hits(_ACTS, customer)
        if title:
            in_customer.append(title[0])
            score += 4
        elif not strong:  # a title or the board only named: weak, counted once, not doubled
            named = in_note + in_customer + hits(EXEC_MENTION, note) + hits(EXEC_MENTION, customer)
            return (_WEAK_ONLY, [], named[:1]) if named else (0, [], [])
    return score * _CATEGORY_WEIGHT.get(category, 1), in_note, in_customer


def suggest_category(
    note: str, customer: str, subject: str = "", roles: str = ""
) -> Suggestion[Category]:
    """Keyword scoring over the note, the customer's text and the first subject line;
    ``roles`` is the customers' signatures, names and To/Cc names (for executive titles)."""
    named = named_in_note(note)
    if named:
        value, words = named
        return Suggestion(value, f'Category {value}: the CSM wrote "{words}" in the note')
    note, customer = _NEGATED.sub(" ", note), _NEGATED.sub(" ", customer)
    subject = _NEGATED.sub(" ", subject)
    found = {c: _evidence(c, note, customer, subject, roles) for c in _CATEGORY_ORDER}
    if not any(found[c][0] for c in _PROBLEMS):  # going elsewhere, and over nothing named
        leaving = (hits(LEAVING, note), hits(LEAVING, customer) + hits(LEAVING, subject))
        score, in_note, in_customer = found[Category.RELATIONSHIP_AT_RISK]
        score += 4 * len(leaving[0]) + 2 * len(leaving[1])
        found[Category.RELATIONSHIP_AT_RISK] = (
            score,
            in_note + leaving[0],
            in_customer + leaving[1],
        )
    best: tuple[int, Category, list[str], list[str]] | None = None
    for category, (score, in_note, in_customer) in found.items():
        if score and (best is None or score > best[0]):
            best = (score, category, in_note, in_customer)
    churn = hits(_CHURN_ONLY, note) + hits(_CHURN_ONLY, customer)
    if best is None and churn:
        return Suggestion(
            Category.RELATIONSHIP_AT_RISK,
            f"Category relationship_at_risk: {_quote(churn)} and no other problem named",
        )
    shape = read_shape(note, customer, subject) if best is None else None
    if shape:  # no keyword, but the wording reads as a need, a breakage or a relationship
        return Suggestion(
            shape[0],
            f"Category {shape[0]}: no category keywords found; it reads as"
            f" {shape[0]} ({_quote(shape[1])}), please check",
        )
    if best is None:
        return Suggestion(
            Category.PRODUCT_DEFECT,
            "Category product_defect by default: no category keywords found, please check",
        )
    _, category, in_note, in_customer = best
    parts = []
    if in_note:
        parts.append(f"{_quote(in_note)} in the CSM note")
    if in_customer:
        parts.append(f"{_quote(in_customer)} in the customer's messages")
    return Suggestion(category, f"Category {category.value}: " + "; ".join(parts))


_SEVERITY_CUES = SEVERITY_CUES
# defs-1: executive involvement is at least high; our people failing or the relationship
# itself is never "cosmetic, minor" (one closed ticket or falling usage is medium).
CATEGORY_FLOOR = {
    Category.EXECUTIVE_INTERVENTION: Severity.HIGH,
    Category.SERVICE_FAILURE: Severity.MEDIUM,
    Category.RELATIONSHIP_AT_RISK: Severity.MEDIUM,
}
# How a severity rationale says executive involvement raised it (llm_classify reads it:
# a floor needs no judgement, so it holds for the model's level too).
EXEC_FLOOR = "; at least high"
_ORDER = (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def _present(text: str) -> str:
    """The text without sentences that only tell history ("we evaluated other vendors last
    year and chose you"): defs-1 rates the business effect now, so they rate nothing."""
    return without_sentences(text, weighed_in_the_past)


def _level_words(level: Severity, text: str, whole: str = "") -> list[str]:
    """The level's cue words; for critical also a stop in everyday words, read only in the
    sentences that do not explain it away (severity_stopped: closed, planned, a question),
    and for both what the problem costs (severity_said). ``whole`` is the thread before "no
    rush" was taken out: it holds the said high back, and a workaround said to work the
    generic high cues."""
    words = hits(_SEVERITY_CUES[level], text)
    if level is Severity.CRITICAL:
        words += hits(STOPPED, unplanned(text)) + said_critical(text)
    if level is Severity.HIGH:
        said = said_high(text, whole)
        if not said and contained(whole or text):
            return []  # a workaround said to work, and nothing at stake: defs-1 medium
        words += said
    return words


def _inferred(note: str, customer: str, latest: str = "") -> tuple[Severity, str]:
    """The level the wording says. ``latest``: the newest customer message when the thread
    has several; a stop it says eased (back up, a workaround) is high, not critical."""
    text = note + "\n" + customer
    # one user unable to do something is not "many users" (severity_concepts.ONE_USER),
    # nor is an outage that is over critical (severity_floors.OVER)
    scoped = _NEGATED.sub(" ", ONE_USER.sub(" ", OVER.sub(" ", _present(text))))
    for level in (Severity.CRITICAL, Severity.HIGH):
        words = _level_words(level, scoped, text)
        # eased only when a stop was said, and the newest message says no stop of its own
        easing = ""
        if level is Severity.CRITICAL and words and latest:
            still = _level_words(level, _NEGATED.sub(" ", ONE_USER.sub(" ", latest)))
            easing = "" if still else eased(latest, words)
        if easing:
            return Severity.HIGH, (
                f'the newest message says "{easing}" after {_quote(words, 1)}{EASED_NOW}'
            )
        if words:
            return level, f"the thread says {_quote(words)}"
    words = hits(_SEVERITY_CUES[Severity.LOW], text)
    if words:
        return Severity.LOW, f"the thread says {_quote(words)}"
    return Severity.MEDIUM, "no outage, blocker or low-impact wording found"


def _bump_reason(account: AccountFacts | None, today: date | None) -> str:
    if account is None:
        return ""
    if account.strategic:
        return "strategic account"
    if account.renewal_date and today:
        days = (account.renewal_date - today).days
        if 0 <= days <= 90:
            return f"renewal in {days} days"
    return ""


def suggest_severity(
    note: str,
    customer: str,
    category: Category,
    account: AccountFacts | None = None,
    today: date | None = None,
    roles: str = "",
    latest: str = "",
) -> Suggestion[Severity]:
    """Explicit CSM level, else wording, then a category floor and an account bump.

    ``roles`` (the customers' names, signatures and To/Cc) holding a C-level title means
    their executive writes or is copied: defs-1's "executive involvement", at least high,
    whatever category the problem itself has."""
    explicit = explicit_severity(note)
    if explicit:
        return explicit
    level, reason = _inferred(note, customer, latest)
    floor = CATEGORY_FLOOR.get(category)
    if floor and floor.rank < level.rank:
        level, reason = floor, f"{reason}; at least {floor} for {category}"
    context = high_floor(category, _present(note + "\n" + customer))
    if context and Severity.HIGH.rank < level.rank:
        level, reason = (
            Severity.HIGH,
            f"the thread says {_quote(context)}{CONTEXT_FLOOR}{category})",
        )
    title = SIGNATURE_TITLE.search(roles)
    if title and Severity.HIGH.rank < level.rank:
        level = Severity.HIGH
        reason = f'{reason}{EXEC_FLOOR}: their "{title.group(0)}" writes or is copied'
    bump = _bump_reason(account, today)
    # Commercial weight raises low and medium, never to critical: critical means the
    # customer's business is stopped, which an ARR figure alone cannot tell us.
    if bump and level.rank > Severity.HIGH.rank:
        level = _ORDER[level.rank - 1]
        reason = f"{reason}; raised one level ({bump})"
    return Suggestion(level, f"Severity {level}: {reason}")


def churn_floor(
    severity: Suggestion[Severity], sentiment: Suggestion[Sentiment], note: str
) -> Suggestion[Severity]:
    """defs-1: a churn threat puts the renewal at risk, which is at least high; the CSM's
    own explicit level still wins."""
    if (
        sentiment.value is not Sentiment.THREATENING_CHURN
        or severity.value.rank <= Severity.HIGH.rank
        or explicit_severity(note) is not None
    ):
        return severity
    why = sentiment.rationale.split(": ", 1)[-1]
    return Suggestion(Severity.HIGH, f"Severity high: renewal at risk, {why}")
