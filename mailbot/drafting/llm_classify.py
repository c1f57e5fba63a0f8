"""The short, constrained LLM call: category, severity and sentiment, nothing else.

A 1.5B model on two CPU cores spends most of a full brief's time writing prose (500-700
output tokens at ~27 tokens/s, far slower on a loaded box). So the default LLM path asks
only for the three labels - three enums under a JSON schema, ~33 output tokens - and the
brief itself (timeline, attempts, ask, communication, commercial context, figures) is the
offline extraction, which is deterministic and keeps ~98 % of the key facts. The system
prompt is fixed text (the compact form of routing/definitions.md, inserted from that file by
:mod:`prompt_definitions`) so llama.cpp's prompt cache serves it; only the note, the rules'
readings (a hint) and the thread are new per call.

Only the enums are read from the answer: no model text reaches the brief. :func:`merge`
decides which reading wins per label (measured; see its docstring) and applies the defs-1
rules that need no judgement in code: the CSM's explicit level wins, a strategic account or
a renewal within 90 days raises low/medium by one, a churn threat makes severity at least
high. Every rationale cites a sentence of the thread.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.budget import Fitted, Part, TokenCounter, fit_thread
from mailbot.drafting.citing import CITE, READ_FROM, cited, rationale_core, read_from
from mailbot.drafting.csm_level import explicit_severity
from mailbot.drafting.facts import clean_text, shorten
from mailbot.drafting.headline import rederive
from mailbot.drafting.injection import defuse
from mailbot.drafting.llm_output import ENUMS, OutputInvalid, enum_value, extract_json
from mailbot.drafting.llm_prompt import as_is
from mailbot.drafting.prompt_definitions import compact_definitions
from mailbot.drafting.rules import CATEGORY_FLOOR, EXEC_FLOOR, _bump_reason
from mailbot.drafting.severity_floors import CONTEXT_FLOOR
from mailbot.templating import render, template_source

SYSTEM, USER = "classify.system.j2", "classify.user.j2"
_RELEASE = "classify-1"
_MARGIN = 0.08  # tokenizer mismatch between our count and the server's
# The offline rules' rationales when they found no cue and fell back to a default.
NO_CUE = (
    "no category keywords found",
    "no outage, blocker or low-impact wording found",
    "no frustration, urgency or churn wording found",
)
ORDER = ("category", "severity", "sentiment")
# The rungs the model's reading may decide when the rules found no tone cue: on the calm,
# worried or patient rungs it over-calls (calm read as concerned, patience as frustration).
_MODEL_RUNGS = frozenset({Sentiment.THREATENING_CHURN, Sentiment.ANGRY})
# The levels the model's reading may decide when the rules found no severity cue: it reads
# "high" into most complaints (see merge), but "stopped" and "minor" it reads usefully.
_MODEL_LEVELS = frozenset({Severity.CRITICAL, Severity.LOW})
_QUOTED_LINE = re.compile(r"^\s*>")


@cache
def system_prompt() -> str:
    """The system prompt, the same for every call: the template with the compact
    definitions of routing/definitions.md inserted, rendered once per process."""
    return render(SYSTEM, definitions=compact_definitions())


def prompt_digest() -> str:
    """Eight hex digits of the prompt as the model reads it (the rendered system prompt,
    then the user template): an edit of the definitions is a new version, as a template
    edit is. Hashing the rendered text keeps the digests of the days the definitions were
    written in the template (the same bytes)."""
    digest = hashlib.sha256(system_prompt().encode())
    digest.update(template_source(USER).encode())
    return digest.hexdigest()[:8]


CLASSIFY_VERSION = f"{_RELEASE}+{prompt_digest()}"


class Labels(BaseModel):
    """What the short call may answer: three labels, nothing else."""

    model_config = ConfigDict(extra="forbid")

    category: Category
    severity: Severity
    sentiment: Sentiment


def labels_schema() -> dict[str, Any]:
    """Labels' JSON schema for ``response_format``: every field required, nothing more."""
    schema = Labels.model_json_schema()
    for prop in schema["properties"].values():
        prop.pop("default", None)
        prop.pop("title", None)
    schema["required"] = list(ORDER)
    schema["additionalProperties"] = False
    return schema


def parse_labels(content: str) -> Labels:
    """Labels from the model's raw reply, or OutputInvalid naming each problem.

    Known fields only: whatever else the model adds (a rationale, a headline, "recipients")
    is dropped. Enum spellings are normalised as for the full brief ("P1", "bug", "upset").
    """
    raw = extract_json(content)
    data = {name: enum_value(raw[name], ENUMS[name]) for name in ORDER if name in raw}
    try:
        return Labels.model_validate(data)
    except ValidationError as exc:
        raise OutputInvalid.of(exc) from exc


def _light(body: str) -> str:
    """The message as the customer wrote it, minus quoted history and blank-line runs;
    signatures stay (a title like "CEO" there decides a category)."""
    lines = [line.rstrip() for line in clean_text(body).splitlines()]
    kept = [line for line in lines if not _QUOTED_LINE.match(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _parts(
    request: DraftRequest, own_domains: frozenset[str], redact: Callable[[str], str]
) -> tuple[list[Part], int]:
    parts, first_customer = [], -1
    for number, message in enumerate(request.thread.messages, start=1):
        ours = message.sender.rpartition("@")[2].lower() in own_domains
        if not ours and first_customer < 0:
            first_customer = number - 1
        when = message.date.date().isoformat() if message.date else "undated"
        side = "our colleague" if ours else "customer"
        header = f"--- {number} | {when} | {side} | {defuse(redact(message.subject))}"
        parts.append(Part(header, defuse(redact(_light(message.body)))))
    return parts, first_customer


def build_classify_messages(
    request: DraftRequest,
    *,
    offline: Brief,
    own_domains: frozenset[str],
    counter: TokenCounter,
    budget: int,
    redact: Callable[[str], str] | None = None,
) -> tuple[list[dict[str, str]], Fitted]:
    """The fixed system prompt and a user message within ``budget`` tokens (both together)."""
    redact = redact or as_is
    system = system_prompt()
    parts, first_customer = _parts(request, own_domains, redact)
    note = defuse(redact("\n\n".join([request.thread.note, *request.csm_context]).strip()))
    hints = evidence(offline, redact)
    empty = render(USER, note="", fitted=Fitted("", ()), evidence=hints)
    room = int(budget * (1 - _MARGIN)) - counter.count(system) - counter.count(empty)
    fitted = fit_thread(note, parts, first_customer, room, counter.count)
    user = render(USER, note=fitted.note, fitted=fitted, evidence=hints)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}], fitted


def rule_found_cue(rationale: str) -> bool:
    """Whether an offline rationale rests on words found in the thread (not a default);
    read on the rationale itself, not on the sentence it cites."""
    return not any(mark in rationale_core(rationale) for mark in NO_CUE)


def evidence(offline: Brief, redact: Callable[[str], str] | None = None) -> dict[str, str]:
    """The keyword rules' readings as the prompt states them: the label and the words it
    rests on, or that no cue was found (then the model judges alone)."""
    redact = redact or as_is
    out = {}
    for name in ORDER:
        rationale = getattr(offline, f"{name}_rationale")
        if not rule_found_cue(rationale):
            out[name] = "no cue found"
            continue
        core = rationale_core(rationale).split(": ", 1)[-1]
        out[name] = f"{getattr(offline, name).value} ({defuse(redact(shorten(core, 160)))})"
    return out


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
    eval_set_g 7 of 15), and the path scored 54 % against the rules' 62 %.
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
