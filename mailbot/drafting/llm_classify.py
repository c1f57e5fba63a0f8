"""The short, constrained LLM call: category, severity and sentiment, nothing else.

A 1.5B model on two CPU cores spends most of a full brief's time writing prose (500-700
output tokens at ~27 tokens/s, far slower on a loaded box). So the default LLM path asks
only for the three labels - three enums under a JSON schema, ~33 output tokens - and the
brief itself (timeline, attempts, ask, communication, commercial context, figures) is the
offline extraction, which is deterministic and keeps ~98 % of the key facts. The system
prompt is fixed text (the compact form of routing/definitions.md, inserted from that file by
:mod:`prompt_definitions`) so llama.cpp's prompt cache serves it; only the note, the rules'
readings (a hint) and the thread are new per call.

Only the enums are read from the answer: no model text reaches the brief. :func:`llm_merge.merge`
decides which reading wins per label (measured; see its docstring) and applies the defs-1
rules that need no judgement in code: the CSM's explicit level wins, a strategic account or
a renewal within 90 days raises low/medium by one, a churn threat makes severity at least
high. Every rationale cites a sentence of the thread.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.budget import Fitted, Part, TokenCounter, fit_thread
from mailbot.drafting.citing import rationale_core
from mailbot.drafting.facts import clean_text, shorten
from mailbot.drafting.injection import defuse
from mailbot.drafting.llm_output import ENUMS, OutputInvalid, enum_value, extract_json
from mailbot.drafting.llm_prompt import as_is
from mailbot.drafting.prompt_definitions import compact_definitions
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
