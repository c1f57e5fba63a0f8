"""Offline drafts made ahead, in a worker process, while the inbound pass stores mail.

A ``run --once`` pass drafts its forwards after the INBOX pass: about 20 ms of regex
each, and importing the offline rules (their cue tables compile at import) took another
0.4-0.5 s, all on the main process while the second core idled. A worker at the lowest
priority (:mod:`mailbot.drafting.ahead_worker`) now drafts them during the pass, and the
drafting job takes such a result only when the request it builds itself is equal to the
one the worker drafted (:func:`take`): same thread, account facts, CSM context, day and
hidden text. The offline drafter is a pure function of its request, so the brief, flags
and everything mailed from them are what drafting now would give; anything else (the
account changed, a day went by, an LLM is configured) is drafted afresh as before.

Pure like the rest of drafting: nothing here reads the store, sends or routes.
"""

from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from datetime import datetime

from mailbot.domain import AccountFacts
from mailbot.drafting.brief import DraftRequest, DraftResult
from mailbot.drafting.drafters import draft, draft_request
from mailbot.inbound.parse import parse_message


@dataclass(frozen=True)
class Ahead:
    """One offline draft made ahead: the request it answers and the result."""

    request: DraftRequest
    result: DraftResult


@dataclass(frozen=True)
class AheadJob:
    """What the worker needs to draft a job's forward as the drafting job would.

    ``own_address`` and ``own_domain`` are the settings the job's parse and the offline
    drafter use (``MAILBOT_ADDRESS``, ``MAILBOT_DOMAIN``); ``account`` was looked up by
    the caller, which may read the store.
    """

    raw: bytes
    own_address: str
    own_domain: str
    account: AccountFacts | None
    csm_context: tuple[str, ...]
    now: datetime


# The offline drafter's modules, leaves first (loaded one by one, each then frozen).
RULE_MODULES = (
    "mailbot.drafting.executives", "mailbot.drafting.cues", "mailbot.drafting.day_mentions",
    "mailbot.drafting.facts",
    "mailbot.drafting.category_risk", "mailbot.drafting.account_cues",
    "mailbot.drafting.category_concepts",
    "mailbot.drafting.category_money", "mailbot.drafting.category_service",
    "mailbot.drafting.category_scope", "mailbot.drafting.category_cues",
    "mailbot.drafting.category_shapes", "mailbot.drafting.dates_said",
    "mailbot.drafting.severity_concepts",
    "mailbot.drafting.severity_stopped", "mailbot.drafting.severity_scope",
    "mailbot.drafting.severity_said",
    "mailbot.drafting.severity_cues", "mailbot.drafting.severity_floors",
    "mailbot.drafting.tone_concepts", "mailbot.drafting.tone_intents",
    "mailbot.drafting.tone_indirect",
    "mailbot.drafting.tone_cues", "mailbot.drafting.key_facts",
    "mailbot.drafting.citing", "mailbot.drafting.csm_level",
    "mailbot.drafting.rules", "mailbot.drafting.sentiment", "mailbot.drafting.sections",
    "mailbot.drafting.headline", "mailbot.drafting.offline",
)  # fmt: skip


def load_rules(module: str) -> None:
    """Runs in the worker: one of :data:`RULE_MODULES` imported.

    Their objects then live as long as the worker, and are kept out of the collector's
    full passes: walking them made each later parse of the pass 10 % dearer.
    """
    importlib.import_module(module)
    gc.freeze()


def draft_ahead(job: AheadJob) -> Ahead:
    """Runs in the worker: the job's parse and offline draft, as drafting does them."""
    from mailbot.drafting.offline import OfflineDrafter  # loaded by now (load_rules)

    message = parse_message(job.raw, own_addresses=frozenset({job.own_address}))
    request = draft_request(message, account=job.account, now=job.now, csm_context=job.csm_context)
    return Ahead(request, draft(OfflineDrafter(own_domains=[job.own_domain]), request))


def take(ahead: Ahead | None, request: DraftRequest) -> DraftResult | None:
    """The result drafted ahead for exactly ``request``, else None (draft it now)."""
    if ahead is None or ahead.request != request:
        return None
    return ahead.result
