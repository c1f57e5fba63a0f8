"""The prompt: trusted context and fenced, untrusted thread, rendered from prompts/*.j2.

What a small model needs to pick the right label is in here: the routing file's category
definitions and SLAs, precise severity and sentiment scales, a worked example, the trusted
account facts, and the offline rules' findings as evidence. The customer thread comes last,
defused (see :mod:`injection`) and fenced as data. ``PROMPT_VERSION`` changes with every
template edit, so each stored draft says exactly which prompt made it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from mailbot.drafting.brief import DraftRequest, DraftResult
from mailbot.drafting.budget import Fitted, Part, TokenCounter, fit_thread
from mailbot.drafting.citing import rationale_core
from mailbot.drafting.facts import extract_facts
from mailbot.drafting.injection import defuse
from mailbot.routing.rules import Routing
from mailbot.templating import TEMPLATE_DIRS, render

SYSTEM, USER = "draft.system.j2", "draft.user.j2"
_RELEASE = "draft-3"
_MARGIN = 0.08  # tokenizer mismatch between our count and the server's


def template_digest(*names: str) -> str:
    """Eight hex digits of the prompt templates' bytes: a changed prompt is a new version."""
    digest = hashlib.sha256()
    for name in names:
        for folder in TEMPLATE_DIRS:
            if (folder / name).exists():
                digest.update((folder / name).read_bytes())
                break
    return digest.hexdigest()[:8]


PROMPT_VERSION = f"{_RELEASE}+{template_digest(SYSTEM, USER)}"


@dataclass(frozen=True)
class CategoryInfo:
    """One category as the model sees it: definition, who gets it, how fast."""

    key: str
    description: str
    acknowledge: str
    next_step: str


def category_infos(routing: Routing) -> tuple[CategoryInfo, ...]:
    """The routing file's definitions and SLAs, in the routing file's order."""
    infos = []
    for category, rule in routing.config.categories.items():
        resolution = rule.resolution
        if isinstance(resolution, dict):
            text = ", ".join(f"{sev.value} {dur.describe()}" for sev, dur in resolution.items())
        else:
            text = resolution.describe()
        infos.append(
            CategoryInfo(
                key=category.value,
                description=rule.description,
                acknowledge=rule.acknowledge.describe(),
                next_step=f"{rule.next_step} within {text}",
            )
        )
    return tuple(infos)


def _account(request: DraftRequest, today: date | None) -> dict[str, Any] | None:
    account = request.account
    if account is None:
        return None
    renewal = ""
    if account.renewal_date:
        renewal = account.renewal_date.isoformat()
        if today:
            renewal += f" (in {(account.renewal_date - today).days} days)"
    return {
        "name": account.name,
        "arr": account.arr_label() or "unknown",
        "renewal": renewal or "unknown",
        "tier": account.tier or "unknown",
        "strategic": "yes" if account.strategic else "no",
    }


def _parts(
    request: DraftRequest, own_domains: frozenset[str], redact: Callable[[str], str]
) -> tuple[list[Part], int]:
    parts, first_customer = [], -1
    for number, message in enumerate(request.thread.messages, start=1):
        domain = message.sender.rpartition("@")[2]
        ours = domain in own_domains
        if not ours and first_customer < 0:
            first_customer = number - 1
        when = message.date.date().isoformat() if message.date else message.date_text or "undated"
        who = f"{message.sender_name} <{message.sender}>".strip()
        side = "our colleague" if ours else "customer"
        header = (
            f"--- message {number} | {when} | {defuse(redact(who))} ({side}) | "
            f"{defuse(redact(message.subject))}"
        )
        parts.append(Part(header, defuse(redact(message.body)).strip()))
    return parts, first_customer


def _evidence(offline: DraftResult, redact: Callable[[str], str]) -> dict[str, str]:
    brief = offline.brief

    def why(rationale: str) -> str:
        return redact(rationale_core(rationale))

    return {
        "category": f"{brief.category.value} ({why(brief.category_rationale)})",
        "severity": f"{brief.severity.value} ({why(brief.severity_rationale)})",
        "sentiment": f"{brief.sentiment.value} ({why(brief.sentiment_rationale)})",
        "commercial": redact(brief.commercial_context),
    }


def as_is(text: str) -> str:
    """No redaction: the text goes to the model as written."""
    return text


def build_messages(
    request: DraftRequest,
    *,
    categories: tuple[CategoryInfo, ...],
    offline: DraftResult,
    own_domains: frozenset[str],
    counter: TokenCounter,
    budget: int,
    redact: Callable[[str], str] | None = None,
) -> tuple[list[dict[str, str]], Fitted]:
    """System + user messages within ``budget`` tokens, and how the thread was fitted.

    ``redact`` (MAILBOT_LLM_REDACT) runs on the untrusted text before it is counted, so
    the budget holds for the placeholders the model will actually see.
    """
    redact = redact or as_is
    today = date.fromisoformat(request.today) if request.today else None
    system = render(SYSTEM, categories=categories)
    parts, first_customer = _parts(request, own_domains, redact)
    note = defuse(redact("\n\n".join([request.thread.note, *request.csm_context]).strip()))
    context: dict[str, Any] = {
        "today": request.today or "unknown",
        "account": _account(request, today),
        "evidence": _evidence(offline, redact),
    }
    all_text = note + "\n" + "\n".join(p.body for p in parts)
    context["figures"] = [defuse(f) for f in extract_facts(all_text)][:20]
    empty = render(USER, note="", fitted=Fitted("", ()), **context)
    overhead = counter.count(system) + counter.count(empty)
    room = int(budget * (1 - _MARGIN)) - overhead
    fitted = fit_thread(note, parts, first_customer, room, counter.count)
    user = render(USER, note=fitted.note, fitted=fitted, **context)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}], fitted


REPAIR = (
    "Your reply could not be used: {problems}. Reply again with only the corrected JSON "
    "object, with every field, and the allowed values for category, severity and sentiment."
)
