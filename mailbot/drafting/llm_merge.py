"""How the model's three labels and the offline rules' readings become one brief.

The model (llm_classify) answers only category, severity and sentiment; which reading wins
per label was measured (BENCHMARKS.md, sessions 19, 29 and 33) and is written down in
:func:`merge`. The defs-1 rules that need no judgement apply in code whichever reading
wins: the CSM's explicit level, the executive and context floors, the account bump, a
churn threat making severity at least high. Every rationale cites a sentence of the thread.
"""

from __future__ import annotations

from datetime import date

from mailbot.domain import Sentiment, Severity
from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.citing import CITE, READ_FROM, cited, rationale_core, read_from
from mailbot.drafting.csm_level import explicit_severity
from mailbot.drafting.facts import shorten
from mailbot.drafting.headline import rederive
from mailbot.drafting.llm_classify import Labels, rule_found_cue
from mailbot.drafting.rules import CATEGORY_FLOOR, EXEC_FLOOR, _bump_reason
from mailbot.drafting.severity_floors import CONTEXT_FLOOR

# The rungs the model's reading may decide when the rules found no tone cue: on the calm,
# worried or patient rungs it over-calls (calm read as concerned, patience as frustration).
_MODEL_RUNGS = frozenset({Sentiment.THREATENING_CHURN, Sentiment.ANGRY})
# The levels the model's reading may decide when the rules found no severity cue: it reads
# "high" into most complaints (see merge), but "stopped" and "minor" it reads usefully.
_MODEL_LEVELS = frozenset({Severity.CRITICAL, Severity.LOW})


def _rationale(kind: str, value: str, offline: Brief, words: str, why: str = "") -> str:
    """The offline rationale when the label is the rules' own (it cites its sentence);
    else the model's suggestion, what the rules said, and the customer's key sentence."""
    name = kind.lower()
    rules_value, rules_rationale = (
        str(getattr(offline, name).value),
        str(getattr(offline, f"{name}_rationale")),
    )
    if value == rules_value and not why:
        return rules_rationale
    said = rationale_core(rules_rationale).split(": ", 1)[-1]
    head = f"{kind} {value}: " + (why or "suggested by the model")
    head += f" (keyword rules: {rules_value}, {said})"
    if not words:  # no heavy customer sentence: the one the rules read, marked as read
        return read_from(shorten(head, 300), cited(rules_rationale))
    room = 300 - len(head) - len(CITE) - 1
    if room < 40:
        head, room = shorten(head, 300 - len(CITE) - 60), 59
    return f'{head}{CITE}{shorten(words, room)}"'


def _severity(
    labels: Labels, offline: Brief, sentiment: Sentiment, request: DraftRequest, today: date | None
) -> tuple[Severity, str]:
    """The rules' level, or the model's where the rules found no cue and it reads the thread
    as stopped or minor (:data:`_MODEL_LEVELS`), with the defs-1 rules that need no
    judgement applied to it in code: a floor the rules saw (executive involvement, a context
    floor of severity_floors), the account bump, a service failure or a relationship at risk
    never low (rules.CATEGORY_FLOOR), and a churn threat making it at least high
    (also when the churn threat is the model's reading). Returns (level, why it differs)."""
    level, why = offline.severity, ""
    if labels.severity in _MODEL_LEVELS and not rule_found_cue(offline.severity_rationale):
        level = labels.severity
        floor = _floor(rationale_core(offline.severity_rationale))
        if floor and level.rank > Severity.HIGH.rank:
            level = Severity.HIGH
            why = f"{floor} (the model said {labels.severity.value})"
        bump = _bump_reason(request.account, today)
        if bump and level.rank > Severity.HIGH.rank:
            level = sorted(Severity, key=lambda s: s.rank)[level.rank - 1]
            why = f"the model's {labels.severity.value} raised one level ({bump})"
        least = CATEGORY_FLOOR.get(offline.category, level)
        if least.rank < level.rank:  # the model's "low" for a service failure: medium
            level, why = least, f"at least {least} for {offline.category} (the model said low)"
    note = "\n".join([request.thread.note, *request.csm_context])
    if (
        sentiment is Sentiment.THREATENING_CHURN
        and level.rank > Severity.HIGH.rank
        and explicit_severity(note) is None  # the CSM's own level wins (rules.churn_floor)
    ):
        level = Severity.HIGH
        why = f"renewal at risk by a churn threat (the model said {labels.severity.value})"
    return level, why


def _floor(rules_rationale: str) -> str:
    """Why the rules' level is at least high by a defs-1 floor, or "" (read from their
    rationale, which names each floor it applied)."""
    if EXEC_FLOOR in rules_rationale:
        return "executive involvement"
    if CONTEXT_FLOOR in rules_rationale:
        return rules_rationale.split(": ", 1)[-1]
    return ""


def _second_opinion(rationale: str, model: str, rules: str) -> str:
    """The rules' rationale, noting the model's different reading before the sentence it
    cites (within 300 characters; the citation stays whole and last, as :func:`cited`
    reads it)."""
    if model == rules:
        return rationale
    tail = f" [the model suggested {model}]"
    core, sentence = rationale_core(rationale), cited(rationale)
    if not sentence:
        return shorten(rationale, 300 - len(tail)) + tail
    mark = CITE if CITE in rationale else READ_FROM
    head = shorten(core, max(80, 300 - len(tail) - len(mark) - len(sentence) - 1)) + tail
    return f'{head}{mark}{shorten(sentence, 300 - len(head) - len(mark) - 1)}"'


def merge(
    offline: Brief, labels: Labels, request: DraftRequest, words: str, today: date | None
) -> Brief:
    """The offline brief with the labels decided, their rationales, and the headline
    re-said for them.

    Which reading decides (measured; BENCHMARKS.md, session 29): severity is the rules'
    (which hold the CSM's explicit level, the floors and the account bump), or the model's
    where the rules found no cue and it reads the thread as stopped (critical) or minor
    (low). Its "high" over the rules' default medium is not taken: on eval_set_h, written
    blind and tuned for nothing, 3 of 15 such readings were right (eval_set_f 4 of 12,
    eval_set_g 7 of 15), and the path scored 54 % against the rules' 62 %; in session 34
    neither a floor on the model's own probability of "high", nor a hint anchored on
    medium, nor examples in the prompt, nor a second narrow question made it usable on
    dev (bench/severity_probe.py). Its "critical"
    was re-measured in session 33 (f, g, b dev, h): not taking it over the executive
    floor's high, or anywhere the rules found no cue, was no better (h -1, b dev +1).
    Sentiment is the rules' when they found a cue; when they found none,
    the model's only for a churn threat or anger (on eval_set_b dev it read 10 of 13 calm
    customers without a cue as concerned or frustrated), else the rules' calm.
    Category stays the rules': the model's was worse on every set measured (it reads
    "something is missing" as feature_gap); its different reading is noted in the rationale.
    ``words`` is the customer's key sentence, cited when a label is the model's own.
    """
    sentiment = labels.sentiment
    if rule_found_cue(offline.sentiment_rationale) or sentiment not in _MODEL_RUNGS:
        sentiment = offline.sentiment
    severity, why = _severity(labels, offline, sentiment, request, today)
    before = {"severity": offline.severity.value}
    after = {"severity": severity.value}
    category = offline.category
    category_rationale = _second_opinion(
        offline.category_rationale, labels.category.value, category.value
    )
    sentiment_rationale = _rationale("Sentiment", sentiment.value, offline, words)
    if sentiment is offline.sentiment:
        sentiment_rationale = _second_opinion(
            sentiment_rationale, labels.sentiment.value, sentiment.value
        )
    return offline.model_copy(
        update={
            "headline": rederive(offline.headline, before, after),
            "category_rationale": category_rationale,
            "severity": severity,
            "severity_rationale": _second_opinion(
                offline.severity_rationale, labels.severity.value, severity.value
            )
            if severity is offline.severity and not why
            else _rationale("Severity", severity.value, offline, words, why),
            "sentiment": sentiment,
            "sentiment_rationale": sentiment_rationale,
        }
    )
