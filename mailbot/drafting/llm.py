"""The LLM drafter: any OpenAI-compatible endpoint, through the official ``openai`` client.

Failure is normal for a remote model (timeouts, 429s, restarts, a server that rejects
``json_schema``), so the client retries what is transient, within a bound, and turns
everything else into :class:`LLMFailure` with a reason a CSM can read; the fallback
drafter then drafts offline. The model's answer is data: it is parsed and validated
(:mod:`llm_output`), neutralised, and it never chooses recipients, state or headers - a
Brief has no such fields.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from mailbot.drafting.brief import Brief, DraftRequest, DraftResult
from mailbot.drafting.budget import Fitted, TokenCounter
from mailbot.drafting.facts import extract_facts
from mailbot.drafting.injection import scan_request
from mailbot.drafting.key_facts import with_key_facts
from mailbot.drafting.llm_classify import (
    CLASSIFY_VERSION,
    Labels,
    build_classify_messages,
    labels_schema,
    parse_labels,
)
from mailbot.drafting.llm_client import (
    PRICES,
    LLMClient,
    LLMConfig,
    LLMFailure,
    Reply,
    Schema,
    estimate_cost,
)
from mailbot.drafting.llm_merge import merge
from mailbot.drafting.llm_output import (
    OutputInvalid,
    neutralise,
    parse_brief,
)
from mailbot.drafting.llm_prompt import PROMPT_VERSION, REPAIR, CategoryInfo, build_messages
from mailbot.drafting.offline import OfflineDrafter
from mailbot.drafting.reconcile import add_customer_words, add_missing_figures, csm_severity
from mailbot.drafting.redact import Redactor, header_names, redact_messages

__all__ = [
    "CLASSIFY_BUDGET", "CLASSIFY_MAX_TOKENS", "PRICES", "LLMClient", "LLMConfig", "LLMDrafter",
    "LLMFailure", "Reply", "Schema", "estimate_cost",
]  # fmt: skip

T = TypeVar("T")
# Input tokens for the short call, as TokenCounter counts them (a character estimate for
# local models: ~1.45x the Qwen tokenizer's count on this prompt): the fixed system prompt
# (~980 counted, 674 real, served from the prompt cache) plus note, hints and thread.
CLASSIFY_BUDGET = 2300
CLASSIFY_MAX_TOKENS = 100  # three labels in JSON: ~33 tokens


class LLMDrafter:
    """Implements :class:`~mailbot.drafting.brief.Drafter`; raises LLMFailure on failure.

    ``mode`` "classify" (the default) asks the model only for category, severity and
    sentiment with their deciding sentences (:mod:`llm_classify`) and takes the rest of the
    brief from the offline extraction: ~5x fewer output tokens, a cached system prompt.
    "full" asks the model for the whole brief (:mod:`llm_prompt`), as before.
    """

    def __init__(
        self,
        client: LLMClient,
        categories: tuple[CategoryInfo, ...],
        own_domains: frozenset[str] = frozenset(),
        input_token_budget: int = 6000,
        redact: bool = False,
        mode: str = "classify",
        classify_budget: int = CLASSIFY_BUDGET,
    ) -> None:
        if mode not in ("classify", "full"):
            raise ValueError(f"LLM drafting mode must be classify or full, not {mode!r}")
        self.client, self.categories = client, categories
        self.own_domains = frozenset(d.lower() for d in own_domains)
        self.budget = input_token_budget
        self.mode = mode
        self.classify_budget = min(classify_budget, input_token_budget)
        self.redact = redact  # MAILBOT_LLM_REDACT: personal data never leaves as itself
        self.counter = TokenCounter(client.config.model)
        self.offline = OfflineDrafter(self.own_domains)
        self.name = f"llm:{client.config.model}"

    @property
    def prompt_version(self) -> str:
        return CLASSIFY_VERSION if self.mode == "classify" else PROMPT_VERSION

    def _check(self, reply: Reply) -> None:
        if reply.refusal:
            raise LLMFailure(f"the model refused ({reply.refusal[:80]})", *self.client.spent)
        if reply.finish_reason == "length":
            raise LLMFailure("output truncated (finish_reason=length)", *self.client.spent)
        if reply.finish_reason == "content_filter":
            raise LLMFailure("output blocked by the provider's content filter", *self.client.spent)

    def _answer(
        self,
        messages: list[dict[str, str]],
        parse: Callable[[str], T],
        schema: Schema | None = None,
        max_tokens: int = 0,
    ) -> T:
        """The parsed answer, after at most one repair request; else LLMFailure."""
        reply = self.client.complete(messages, schema, max_tokens)
        self._check(reply)
        try:
            return parse(reply.content)
        except OutputInvalid as first:
            repair = REPAIR.format(problems="; ".join(first.problems)[:600])
            messages = [
                *messages,
                {"role": "assistant", "content": reply.content[:4000]},
                {"role": "user", "content": repair},
            ]
        reply = self.client.complete(messages, schema, max_tokens)
        self._check(reply)
        try:
            return parse(reply.content)
        except OutputInvalid as second:
            reason = f"invalid output after one repair ({second.problems[0][:100]})"
            raise LLMFailure(reason, *self.client.spent) from second

    def _brief(self, messages: list[dict[str, str]]) -> Brief:
        """The whole brief from the model ("full" mode)."""
        return self._answer(messages, parse_brief)

    def _labels(self, messages: list[dict[str, str]]) -> Labels:
        """Category, severity and sentiment with their quotes ("classify" mode)."""
        schema = ("labels", labels_schema())
        return self._answer(messages, parse_labels, schema, CLASSIFY_MAX_TOKENS)

    def _full(
        self, request: DraftRequest, evidence: DraftResult, redactor: Redactor | None
    ) -> tuple[Brief, Fitted, list[str]]:
        messages, fitted = build_messages(
            request,
            categories=self.categories,
            offline=evidence,
            own_domains=self.own_domains,
            counter=self.counter,
            budget=self.budget,
            redact=redactor.redact if redactor is not None else None,
        )
        note_text = "\n".join([request.thread.note, *request.csm_context])
        figures = extract_facts(
            note_text + "\n" + "\n".join(m.body for m in request.thread.messages)
        )
        if redactor is not None:  # a safety net: the thread was redacted before fitting
            messages = redact_messages(messages, redactor)
        model_brief = self._brief(messages)
        if redactor is not None:
            model_brief = redactor.restore_brief(model_brief)
        brief = csm_severity(model_brief, note_text)
        brief = add_customer_words(brief, self.offline.customer_words(request))
        brief = with_key_facts(add_missing_figures(brief, figures), self.offline.key_facts(request))
        brief, output_flags = neutralise(brief)
        return brief, fitted, output_flags

    def _classify(
        self, request: DraftRequest, evidence: DraftResult, redactor: Redactor | None
    ) -> tuple[Brief, Fitted, list[str]]:
        messages, fitted = build_classify_messages(
            request,
            offline=evidence.brief,
            own_domains=self.own_domains,
            counter=self.counter,
            budget=self.classify_budget,
            redact=redactor.redact if redactor is not None else None,
        )
        if redactor is not None:  # a safety net: the thread was redacted before fitting
            messages = redact_messages(messages, redactor)
        labels = self._labels(messages)  # enums only: no model text reaches the brief
        words = self.offline.customer_words(request)
        brief = merge(evidence.brief, labels, request, words, _today(request.today))
        return brief, fitted, []

    def draft(self, request: DraftRequest) -> DraftResult:
        started = time.monotonic()
        self.client.spent = [0, 0]
        evidence = self.offline.draft(request)
        redactor = Redactor(header_names(request)) if self.redact else None
        if self.mode == "classify":
            brief, fitted, output_flags = self._classify(request, evidence, redactor)
            budget = self.classify_budget
        else:
            brief, fitted, output_flags = self._full(request, evidence, redactor)
            budget = self.budget
        if request.account is not None:  # trusted facts beat whatever the model wrote
            brief = brief.model_copy(update={"account": request.account.name[:120]})
        flags = scan_request(request, request.hidden_text) + output_flags
        note = f"Drafted by {self.client.config.model} (prompt {self.prompt_version})"
        if self.mode == "classify":
            note = (
                f"Category, severity and sentiment suggested by {self.client.config.model} "
                f"(prompt {self.prompt_version}); the other sections by keyword rules"
            )
        if redactor is not None:
            note += f"; {len(redactor.back)} personal detail(s) redacted for the model"
        if fitted.truncated:
            note += f"; long thread shortened ({fitted.cut_messages} message(s) cut)"
            flags.append(
                f"long thread: {fitted.cut_messages} message(s) cut to fit the "
                f"{budget}-token budget (numbers, dates and amounts kept)"
            )
        for flag in evidence.flags:  # the offline reading's own findings (e.g. a long thread)
            if flag not in flags:
                flags.append(flag)
        tokens_in, tokens_out = self.client.spent
        return DraftResult(
            brief=brief,
            drafter=self.name,
            note=note + ": please check every suggestion.",
            prompt_version=self.prompt_version,
            input_tokens=tokens_in,
            output_tokens=tokens_out,
            latency_ms=int((time.monotonic() - started) * 1000),
            cost_usd=estimate_cost(self.client.config.model, tokens_in, tokens_out),
            flags=flags,
        )


def _today(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None
