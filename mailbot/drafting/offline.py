"""The offline drafter: a complete brief from keyword rules, with no LLM and no I/O.

It is the default when no LLM is configured and the fallback when the LLM fails, so it has
to be always available, deterministic and fast (a few milliseconds). Customer text is only
ever matched and quoted, never obeyed: an instruction hidden in a forwarded mail can at
most end up quoted in the brief, which the CSM reads before approving, and it is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from mailbot.drafting import sections
from mailbot.drafting.brief import Brief, DraftRequest, DraftResult
from mailbot.drafting.citing import cite_sentence, read_from
from mailbot.drafting.csm_level import Suggestion
from mailbot.drafting.facts import body_core, clean_text, domain_of, for_rules, shorten
from mailbot.drafting.headline import (
    category_label,
    commercial_context,
    customer_domain,
    customer_name,
    days_open,
    headline,
    issue_summary,
)
from mailbot.drafting.key_facts import key_facts, with_key_facts
from mailbot.drafting.rules import EXEC_FLOOR, churn_floor, suggest_category, suggest_severity
from mailbot.drafting.sentiment import suggest_sentiment
from mailbot.inbound.message import ForwardedMessage, ForwardedThread

PROMPT_VERSION = "offline-1"
NOTE = "Drafted offline by keyword rules (no LLM configured): please check every suggestion."
MAX_MESSAGES = 25  # newest kept: a 500-message chain must not make drafting slow
MAX_CHARS = 8_000  # per message body / note
MAX_FACT_SCAN = 40_000  # characters scanned for key facts: the list shows at most eight

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget) (?:all |any )?(?:the |your )?(?:previous|prior|above|earlier"
    r"|preceding) (?:instructions|prompts?|rules)|\bsystem prompt\b|\byou are now\b"
    r"|\bnew instructions\b|^\s*(?:system|assistant)\s*:"
    r"|\bmark (?:this|it) (?:as )?(?:P0|P1|critical)\b"
    r"|\b(?:send|forward|cc) (?:the|this) (?:brief|escalation) to\b",
    re.IGNORECASE | re.MULTILINE,
)


_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|antw|r)\s*:\s*)+", re.I)


def _roles(message: ForwardedMessage) -> str:
    """Where a customer's job title shows: their name, the To/Cc names and the short lines
    at the end of the message (the signature), which the prose (body_core) leaves out.
    Hard-wrapped prose is joined first, so its broken lines do not pass for a signature."""
    own = [line.strip() for line in for_rules(clean_text(message.body)).splitlines()]
    tail = [line for line in own if line and not line.startswith(">")][-6:]
    signature = [line for line in tail if len(line) < 70 and not line.endswith(("?", "!"))]
    return "\n".join([message.sender_name, *message.recipient_names, *signature])


def _today(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _quoted(body: str) -> str:
    """An earlier message quoted with ">" (its own prose), which body_core leaves out: a
    figure said only there is still a fact of the thread."""
    lines = [line.lstrip("> ") for line in body.splitlines() if line.lstrip().startswith(">")]
    return body_core("\n".join(lines)) if lines else ""


def _bounded(thread: ForwardedThread) -> ForwardedThread:
    """The newest messages, each cut to a fixed length: drafting time stays bounded."""
    messages = tuple(
        replace(m, body=m.body[:MAX_CHARS], subject=m.subject[:300])
        for m in thread.messages[-MAX_MESSAGES:]
    )
    return ForwardedThread(note=thread.note[:MAX_CHARS], messages=messages)


def _flags(whole: ForwardedThread, thread: ForwardedThread) -> list[str]:
    """Suspicious content worth showing the CSM; drafting itself is unaffected by it."""
    flags: list[str] = []
    texts = [thread.note] + [m.body for m in thread.messages]
    if any(clean_text(t) != t.replace("\r", "") for t in texts):
        flags.append("invisible or control characters removed from the thread")
    for text in texts:
        match = _INJECTION.search(text)
        if match:
            flags.append(
                f'possible prompt injection in the thread: "{shorten(match.group(0), 80)}"'
            )
            break
    if whole != thread:
        flags.append(
            f"long thread: only the newest {MAX_MESSAGES} messages and the first {MAX_CHARS}"
            " characters of each were read"
        )
    return flags


def _cited(
    picked: Suggestion[Any],
    texts: tuple[str, ...],
    main: str,
    category: Suggestion[Any] | None = None,
) -> str:
    """The rationale citing the sentence that decided it (defs-1): its cue's sentence; for
    an executive floor with no severity cue, the category's; else, when no cue decided (a
    default), the sentence the default was read from (``main``), marked as only read."""
    rationale = shorten(picked.rationale, 300)
    cited = cite_sentence(rationale, *texts)
    if cited == rationale and category is not None and EXEC_FLOOR in rationale:
        cited = cite_sentence(rationale, *texts, cue=category.rationale)
    return cited if cited != rationale else read_from(rationale, main)


class OfflineDrafter:
    """Implements :class:`~mailbot.drafting.brief.Drafter` with transparent rules.

    ``own_domains`` are the organisation's mail domains: forwarded messages from them are
    our side of the conversation (what the customer was told), not the customer's words.
    """

    name = "offline"

    def __init__(self, own_domains: Iterable[str] = ()) -> None:
        self.own_domains = frozenset(d.lower() for d in own_domains)

    def _said(self, message: ForwardedMessage) -> sections.Said:
        domain = domain_of(message.sender)
        return sections.Said(
            who=message.sender_name or message.sender or "unknown sender",
            customer=domain not in self.own_domains,
            day=message.date.date() if message.date else None,
            text=body_core(message.body),
        )

    def customer_words(self, request: DraftRequest, limit: int = 240) -> str:
        """The customer's single heaviest sentence, verbatim (for the LLM brief's checks)."""
        said = [self._said(m) for m in _bounded(request.thread).messages]
        best = sections.weighty_customer_sentences(said, 1)
        return shorten(best[0], limit) if best else ""

    def key_facts(self, request: DraftRequest) -> list[str]:
        """The thread's key facts (note, each message's prose and what it quotes), for the
        line that lists those a brief lost, whichever drafter wrote it."""
        thread = _bounded(request.thread)
        sources = [body_core(thread.note), *(clean_text(c) for c in request.csm_context)]
        for message in thread.messages:
            sources += [body_core(message.body), _quoted(message.body)]
        text = "\n\n".join(t for t in sources if t)
        return key_facts(text[:MAX_FACT_SCAN])

    def draft(self, request: DraftRequest) -> DraftResult:
        whole, account = request.thread, request.account
        today = _today(request.today)
        thread = _bounded(whole)
        messages = thread.messages
        note = "\n\n".join(
            [body_core(thread.note), *(clean_text(c[:MAX_CHARS]) for c in request.csm_context)]
        ).strip()
        said = [self._said(m) for m in messages]
        theirs = [(m, s) for m, s in zip(messages, said, strict=True) if s.customer] or list(
            zip(messages, said, strict=True)
        )
        customer_text = for_rules(
            "\n\n".join(f"{clean_text(m.subject)}\n\n{s.text}" for m, s in theirs)
        )
        read_note = for_rules(note)  # the rules read for_rules text; the brief quotes as written

        subject = for_rules(clean_text(theirs[0][0].subject)) if theirs else ""
        roles = "\n".join(_roles(m) for m, s in theirs if s.customer)
        topic = _SUBJECT_PREFIX.sub("", subject)
        category = suggest_category(read_note, customer_text, topic, roles)
        latest = for_rules(theirs[-1][1].text) if sum(s.customer for _, s in theirs) > 1 else ""
        severity = suggest_severity(
            read_note, customer_text, category.value, account, today, roles, latest
        )
        sentiment = suggest_sentiment(customer_text)
        severity = churn_floor(severity, sentiment, read_note)
        domain = customer_domain(whole, self.own_domains, account)
        customer = customer_name(thread, domain, account)
        label = category_label(category.value)
        what = f"{label}: {clean_text(issue_summary(whole, ''))}".rstrip(": ")
        main = sections.main_sentence(said, note)

        brief = Brief(
            headline=headline(
                what, customer, severity.value, days_open(whole, today), account, today
            ),
            customer_impact=sections.customer_impact(said, note),
            timeline=sections.timeline(said, note, today),
            resolution_attempts=sections.resolution_attempts(said, note),
            specific_ask=sections.specific_ask(note, said, category.value),
            customer_communication=sections.customer_communication(said, note, today),
            commercial_context=commercial_context(account, note, today),
            account=shorten(customer, 120),
            category=category.value,
            category_rationale=_cited(category, (read_note, customer_text, roles), main),
            severity=severity.value,
            severity_rationale=_cited(severity, (read_note, customer_text, roles), main, category),
            sentiment=sentiment.value,
            sentiment_rationale=_cited(sentiment, (customer_text,), sections.main_sentence(said)),
        )
        brief = with_key_facts(brief, self.key_facts(request))
        return DraftResult(
            brief=brief,
            drafter=self.name,
            note=NOTE,
            prompt_version=PROMPT_VERSION,
            flags=_flags(whole, thread),
        )
