"""The transport to an OpenAI-compatible endpoint: one completion, retried within a bound.

Apart from the drafter (llm.py), which decides what to ask and what to keep of the
answer: this module only knows HTTP failures. Transient ones (timeouts, connection
errors, 429 with its Retry-After, 5xx) are retried with backoff; a server that rejects
``json_schema`` is asked again with ``json_object`` (no attempt spent); everything else
becomes :class:`LLMFailure` with a reason a CSM can read and the tokens spent so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import openai
from openai import OpenAI

from mailbot import backoff
from mailbot.drafting.llm_output import llm_schema
from mailbot.errors import DraftingError
from mailbot.observe import metrics

# USD per million tokens (input, output); unknown and local models cost 0.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60), "gpt-4o": (2.50, 10.00), "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60), "gpt-4.1-nano": (0.10, 0.40), "gpt-3.5-turbo": (0.50, 1.50),
    "o4-mini": (1.10, 4.40),
}  # fmt: skip


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    """Cost by the longest matching price-table prefix (dated model names included)."""
    names = [name for name in PRICES if model == name or model.startswith(name + "-")]
    if not names:
        return 0.0
    price_in, price_out = PRICES[max(names, key=len)]
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


class LLMFailure(DraftingError):
    """The LLM could not produce a usable brief; ``reason`` is shown in the draft's note."""

    def __init__(self, reason: str, input_tokens: int = 0, output_tokens: int = 0) -> None:
        super().__init__(reason)
        self.reason, self.input_tokens, self.output_tokens = reason, input_tokens, output_tokens


@dataclass(frozen=True)
class LLMConfig:
    base_url: str | None
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    attempts: int = 3
    max_tokens: int = 1200
    backoff: float = 1.0  # first retry wait in seconds, doubled each time
    retry_after_cap: float = 30.0


Schema = tuple[str, dict[str, Any]]  # a response_format json_schema's name and body


@dataclass
class Reply:
    content: str
    finish_reason: str
    refusal: str | None
    input_tokens: int
    output_tokens: int


@dataclass
class LLMClient:
    """Chat completions with bounded retries and the json_schema → json_object fallback."""

    config: LLMConfig
    client: OpenAI | None = None
    sleep: Callable[[float], None] = time.sleep
    schema_mode: bool = True  # becomes False once a server rejects json_schema
    spent: list[int] = field(default_factory=lambda: [0, 0])

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = OpenAI(
                base_url=self.config.base_url,
                api_key=self.config.api_key or "not-needed-for-local-servers",
                timeout=self.config.timeout,
                max_retries=0,  # retries are ours: bounded, logged, with a reason
            )

    def _format(self, schema: Schema | None) -> dict[str, Any]:
        if self.schema_mode:
            name, body = schema or ("brief", llm_schema())
            return {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": body, "strict": True},
            }
        return {"type": "json_object"}

    def _once(
        self, messages: list[dict[str, str]], schema: Schema | None = None, max_tokens: int = 0
    ) -> Reply:
        assert self.client is not None
        started = time.monotonic()
        try:
            response = self.client.chat.completions.create(  # type: ignore[call-overload]
                model=self.config.model,
                messages=messages,
                response_format=self._format(schema),
                max_tokens=max_tokens or self.config.max_tokens,
                temperature=0.0,
                seed=42,
            )
        except Exception:
            metrics.llm_request(time.monotonic() - started, False, 0, 0, 0.0)
            raise
        choice = response.choices[0]
        usage = response.usage
        reply = Reply(
            content=choice.message.content or "",
            finish_reason=str(choice.finish_reason or ""),
            refusal=getattr(choice.message, "refusal", None),
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )
        self.spent[0] += reply.input_tokens
        self.spent[1] += reply.output_tokens
        cost = estimate_cost(self.config.model, reply.input_tokens, reply.output_tokens)
        metrics.llm_request(
            time.monotonic() - started, True, reply.input_tokens, reply.output_tokens, cost
        )
        return reply

    def _wait(self, attempt: int, response: Any = None) -> float:
        cap = self.config.retry_after_cap
        wait = backoff.exponential(attempt, first=self.config.backoff, cap=cap)
        header = response.headers.get("retry-after") if response is not None else None
        asked = backoff.retry_after(header)
        return max(0.0, min(wait if asked is None else asked, cap))

    def complete(
        self, messages: list[dict[str, str]], schema: Schema | None = None, max_tokens: int = 0
    ) -> Reply:
        """One completion; transient errors retried, the rest raised as LLMFailure.

        ``schema`` is the (name, JSON schema) the answer must follow (the brief's when None);
        ``max_tokens`` overrides the configured limit for this call."""
        reason, attempt = "no attempt made", 0
        while attempt < self.config.attempts:
            attempt += 1
            try:
                return self._once(messages, schema, max_tokens)
            except openai.APITimeoutError:
                reason, wait = "timeout", self._wait(attempt)
            except openai.APIConnectionError:
                reason, wait = "connection error", self._wait(attempt)
            except openai.RateLimitError as exc:
                reason, wait = "rate limited (HTTP 429)", self._wait(attempt, exc.response)
            except openai.APIStatusError as exc:
                if self.schema_mode and _rejects_schema(exc):
                    self.schema_mode, attempt = False, attempt - 1  # not the server's fault
                    continue
                if exc.status_code < 500:
                    reason = f"HTTP {exc.status_code} from the LLM server"
                    raise LLMFailure(reason, *self.spent) from exc
                reason, wait = f"server error (HTTP {exc.status_code})", self._wait(attempt)
            if attempt < self.config.attempts:
                self.sleep(wait)
        raise LLMFailure(f"{reason} after {attempt} attempts", *self.spent)


def _rejects_schema(exc: openai.APIStatusError) -> bool:
    text = f"{exc.message} {exc.body}".lower()
    return exc.status_code in (400, 422, 500, 501) and (
        "json_schema" in text or "response_format" in text
    )
