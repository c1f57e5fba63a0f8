"""A drafter that tries the LLM and falls back to the offline rules, saying why.

A CSM must always get a draft: an LLM outage, a refusal or garbage output must never leave
an escalation undrafted. The note on every fallback draft names the reason, so the CSM
knows the suggestions are keyword rules, and operators can see how often the LLM fails.
"""

from __future__ import annotations

import logging
import time

from mailbot.drafting.brief import DraftRequest, DraftResult
from mailbot.drafting.injection import scan_request
from mailbot.drafting.llm import LLMDrafter, LLMFailure, estimate_cost
from mailbot.drafting.offline import OfflineDrafter

log = logging.getLogger(__name__)


class FallbackDrafter:
    """Implements :class:`~mailbot.drafting.brief.Drafter`: LLM first, offline on failure."""

    def __init__(self, llm: LLMDrafter, offline: OfflineDrafter) -> None:
        self.llm, self.offline = llm, offline
        self.name = llm.name

    def draft(self, request: DraftRequest) -> DraftResult:
        started = time.monotonic()
        try:
            return self.llm.draft(request)
        except LLMFailure as failure:
            reason, spent = failure.reason, (failure.input_tokens, failure.output_tokens)
        except Exception as exc:  # a bug in the LLM path must not cost the CSM their draft
            log.exception("LLM drafter crashed; drafting offline")
            reason, spent = f"internal error ({type(exc).__name__})", (0, 0)
        log.warning("LLM drafting failed: %s; drafting offline", reason)
        result = self.offline.draft(request)
        flags = list(result.flags)
        for flag in scan_request(request, request.hidden_text):
            if flag not in flags:
                flags.append(flag)
        model = self.llm.client.config.model
        result.note = (
            f"LLM unavailable ({reason}); drafted offline by keyword rules: "
            "please check every suggestion."
        )
        result.flags = flags
        result.input_tokens, result.output_tokens = spent
        result.cost_usd = estimate_cost(model, *spent)
        result.latency_ms = int((time.monotonic() - started) * 1000)
        return result
