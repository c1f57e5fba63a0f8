"""``draft update`` with an LLM configured: a drafting job, so reply processing never waits.

The model rewrites the template's factual draft (already free of internal names, ticket
ids and notes) following the CSM's guidance; its answer is data, redacted again, and any
failure falls back to the template. Only the CSM receives the result.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from mailbot.domain import DraftJobStatus
from mailbot.outbox.customer_update import (
    LANGUAGE_NAMES,
    PURPOSE,
    UpdateFacts,
    facts_of,
    send_update_draft,
)
from mailbot.outbox.mailer import Mailer
from mailbot.outbox.update_text import redact
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.db import Database
from mailbot.store.tables import DraftJob, Escalation
from mailbot.templating import render

if TYPE_CHECKING:  # the openai client is imported when a job needs it, not at start-up
    from mailbot.drafting.llm import LLMClient

__all__ = ["PURPOSE", "llm_text", "run"]
log = logging.getLogger(__name__)
_MAX_CHARS = 3000


def llm_text(client: LLMClient, facts: UpdateFacts, guidance: str) -> str:
    """The model's update text, redacted; :class:`LLMFailure` when it gives none."""
    from mailbot.drafting.llm import LLMFailure

    language = LANGUAGE_NAMES.get(facts.language, "English")
    messages = [
        {"role": "system", "content": render("customer_update.system.j2", language=language)},
        {
            "role": "user",
            "content": render(
                "customer_update.user.j2", draft=facts.template_text(), guidance=guidance
            ),
        },
    ]
    reply = client.complete(messages)
    if reply.refusal or reply.finish_reason in ("length", "content_filter"):
        raise LLMFailure(f"no usable answer ({reply.refusal or reply.finish_reason})")
    try:
        text = json.loads(reply.content).get("update", "")
    except (ValueError, AttributeError) as exc:
        raise LLMFailure("the answer was not the JSON object asked for") from exc
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_CHARS:
        raise LLMFailure("the answer had no update text of a sensible length")
    return redact(text, facts.names)


def _client(settings: Settings) -> LLMClient:
    from mailbot.drafting.llm import LLMClient, LLMConfig

    config = LLMConfig(
        base_url=settings.llm_base_url,
        model=settings.llm_model or "",
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
    )
    return LLMClient(config, schema_mode=False)  # a free-text field: json_object suffices


def run(db: Database, settings: Settings, routing: Routing, now: datetime, job: DraftJob) -> None:
    """Read the facts, ask the model outside any transaction, then mail the CSM.

    ``drafting.llm`` (and with it the ``openai`` client, ≈ 0.5 s of imports) is imported
    here, when a job needs it, so start-up without an LLM does not pay for it.
    """
    from mailbot.drafting.llm import LLMFailure

    guidance = job.csm_context[0] if job.csm_context else ""
    with db.session() as session:
        esc = session.get(Escalation, job.escalation_id)
        if esc is None:
            return
        facts = facts_of(Mailer(session, settings, routing, now), esc)
    note = f"Written by {settings.llm_model}: check every sentence before you send it."
    try:
        text, by_llm = llm_text(_client(settings), facts, guidance), True
    except LLMFailure as exc:
        log.warning("customer update for job %d: LLM failed (%s); template used", job.id, exc)
        text, by_llm = facts.template_text(), False
        note = f"LLM unavailable ({exc.reason}); the template was used."
    with db.session() as session:
        row = session.get(DraftJob, job.id)
        esc = session.get(Escalation, job.escalation_id)
        if row is None or esc is None or row.status != DraftJobStatus.PENDING:
            return
        row.status = DraftJobStatus.DONE
        mailer = Mailer(session, settings, routing, now)
        send_update_draft(
            mailer, esc, text, guidance, language=facts.language, note=note, by_llm=by_llm
        )
