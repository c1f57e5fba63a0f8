"""Turn a parsed forward into a draft: pick the account, build the request, call a drafter.

Shared by `mailbot draft FILE.eml` and the inbound pipeline, so what an operator sees on the
command line is exactly what a CSM would get by mail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from mailbot.domain import AccountFacts
from mailbot.drafting.brief import Drafter, DraftRequest, DraftResult
from mailbot.drafting.injection import scan_request
from mailbot.errors import StoreError
from mailbot.inbound.message import ForwardedThread, InboundMessage
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.accounts import account_for_domain
from mailbot.store.db import Database


def offline_only(settings: Settings) -> bool:
    """Whether :func:`make_drafter` gives the offline drafter alone (no LLM configured)."""
    return not settings.llm_configured or not settings.llm_model


def make_drafter(
    settings: Settings, routing: Routing | None = None, llm_mode: str | None = None
) -> Drafter:
    """The offline drafter, or - when an LLM is configured - the LLM with offline fallback.

    The fallback wrapper means an LLM outage costs quality, never a draft. ``routing`` is the
    app's already-loaded routing (its category definitions go into the full prompt).
    ``llm_mode``: "classify" (the model suggests the three labels, the rules write the brief)
    or "full" (the model writes the whole brief); see mailbot/drafting/llm.py. Default:
    ``MAILBOT_LLM_MODE``.
    """
    from mailbot.drafting.offline import OfflineDrafter

    offline = OfflineDrafter(own_domains=[settings.domain])
    if offline_only(settings) or not settings.llm_model:  # the second for the type checker
        return offline
    from mailbot.drafting.fallback import FallbackDrafter
    from mailbot.drafting.llm import LLMClient, LLMConfig, LLMDrafter
    from mailbot.drafting.llm_prompt import category_infos
    from mailbot.routing import load_routing

    config = LLMConfig(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
    )
    llm = LLMDrafter(
        LLMClient(config),
        category_infos(routing or load_routing(settings.routing_file)),
        own_domains=frozenset({settings.domain}),
        input_token_budget=settings.llm_input_token_budget,
        redact=settings.llm_redact,
        mode=llm_mode or settings.llm_mode,
    )
    return FallbackDrafter(llm, offline)


def customer_domains(thread: ForwardedThread, own_domain: str) -> list[str]:
    """Domains of the forwarded senders that are not ours, oldest message first."""
    out: list[str] = []
    for message in thread.messages:
        domain = message.sender.rpartition("@")[2]
        if domain and domain != own_domain and domain not in out:
            out.append(domain)
    return out


def find_account(
    db: Database | None, thread: ForwardedThread, own_domain: str
) -> AccountFacts | None:
    if db is None:
        return None
    try:
        with db.session() as session:
            for domain in customer_domains(thread, own_domain):
                facts = account_for_domain(session, domain)
                if facts is not None:
                    return facts
    except (
        SQLAlchemyError,
        StoreError,
    ):  # no accounts table yet (db never upgraded): draft without facts
        return None
    return None


def draft_request(
    message: InboundMessage,
    *,
    account: AccountFacts | None,
    now: datetime,
    csm_context: tuple[str, ...] = (),
) -> DraftRequest:
    """Everything a drafter will see for ``message``: a result drafted for an equal request
    (see :mod:`mailbot.drafting.ahead`) is the result drafting it now would give."""
    # "Today" is the day the CSM forwarded the thread (its Date header, when sane), so a
    # brief describes the situation as escalated and re-drafting an old forward is stable.
    date = message.date
    if date is not None and date.tzinfo is None:  # a naive date must not crash drafting
        date = date.replace(tzinfo=now.tzinfo)
    sent = date if date and date <= now else now
    return DraftRequest(
        thread=message.thread,
        account=account,
        csm_context=csm_context,
        today=sent.date().isoformat(),
        hidden_text=message.hidden_text,
    )


def draft(drafter: Drafter, request: DraftRequest) -> DraftResult:
    """The drafter's result, with what the injection scan flags (the offline drafter too)."""
    result = drafter.draft(request)
    for flag in scan_request(request, request.hidden_text):
        if flag not in result.flags:
            result.flags.append(flag)
    return result


def draft_for(
    drafter: Drafter,
    message: InboundMessage,
    *,
    account: AccountFacts | None,
    now: datetime,
    csm_context: tuple[str, ...] = (),
) -> DraftResult:
    request = draft_request(message, account=account, now=now, csm_context=csm_context)
    return draft(drafter, request)


class LazyDrafter:
    """A :class:`Drafter` made on its first draft.

    Making the offline drafter imports its rules, whose cue tables compile at import (about
    0.15 s): a ``run --once`` whose drafts were all made ahead (:mod:`mailbot.drafting.ahead`)
    never needs it. The result's ``drafter`` field names the drafter that drafted.
    """

    name = "deferred"

    def __init__(self, make: Callable[[], Drafter]) -> None:
        self._make = make
        self._drafter: Drafter | None = None

    def draft(self, request: DraftRequest) -> DraftResult:
        if self._drafter is None:
            self._drafter = self._make()
        return self._drafter.draft(request)
