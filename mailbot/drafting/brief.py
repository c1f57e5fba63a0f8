"""The brief: the structured document a drafter produces and a CSM approves (SPEC §4).

The same pydantic model validates the offline drafter's output, the LLM's JSON (its JSON
schema is generated from it) and the CSM's overrides, so lengths and enums are enforced in
one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from mailbot.domain import AccountFacts, Category, Sentiment, Severity
from mailbot.inbound.message import ForwardedThread


class TimelineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str = Field(max_length=40, description="ISO date (YYYY-MM-DD) or 'undated'")
    event: str = Field(max_length=300)


class Brief(BaseModel):
    model_config = ConfigDict(extra="forbid")

    headline: str = Field(max_length=200)
    customer_impact: str = Field(max_length=800)
    timeline: list[TimelineEntry] = Field(default_factory=list, max_length=30)
    resolution_attempts: list[str] = Field(default_factory=list, max_length=15)
    specific_ask: str = Field(max_length=500)
    customer_communication: str = Field(max_length=400)
    commercial_context: str = Field(default="", max_length=400)
    account: str = Field(default="", max_length=120)
    category: Category
    category_rationale: str = Field(max_length=300)
    severity: Severity
    severity_rationale: str = Field(max_length=300)
    sentiment: Sentiment
    sentiment_rationale: str = Field(max_length=300)


@dataclass(frozen=True)
class DraftRequest:
    """Everything a drafter may look at. Customer text is untrusted; account facts are not."""

    thread: ForwardedThread
    account: AccountFacts | None = None
    csm_context: tuple[str, ...] = ()  # extra notes the CSM added by free-text reply
    today: str = ""  # ISO date, so "renewal in N days" is deterministic
    hidden_text: str = ""  # text the HTML hid from the reader: flagged, never drafted from


@dataclass
class DraftResult:
    """A brief plus how it was made (shown to the CSM and stored per brief version)."""

    brief: Brief
    drafter: str  # "offline" or "llm:<model>"
    note: str = ""  # why this drafter (e.g. "LLM unavailable: timeout; offline drafter used")
    prompt_version: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    cost_usd: float = 0.0
    flags: list[str] = field(default_factory=list)  # suspicious content seen in the input


class Drafter(Protocol):
    """The interface both the offline drafter and the LLM drafter implement."""

    name: str

    def draft(self, request: DraftRequest) -> DraftResult: ...
