"""The SQL schema (SQLAlchemy 2 typed ORM). Nothing is ever deleted (SPEC §3).

The same tables run on SQLite and PostgreSQL; types are chosen to mean the same on both
(timezone-aware timestamps are stored as UTC, JSON as text).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    cast,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from mailbot.domain import (
    Category,
    Direction,
    Sentiment,
    Severity,
    Status,
)
from mailbot.store.schema_base import Base, UTCDateTime, one_of
from mailbot.store.tables_ops import (
    Account,
    AccountDomain,
    DraftJob,
    InboundAttempt,
    MailboxCursor,
    OutboxItem,
    Quarantined,
    ReplyTrack,
    ScheduledRun,
    SendCount,
)

__all__ = [
    "Account",
    "AccountDomain",
    "Audit",
    "Base",
    "BriefVersion",
    "Counter",
    "DraftJob",
    "Escalation",
    "Event",
    "InboundAttempt",
    "MailboxCursor",
    "MessageRecord",
    "OutboxItem",
    "Quarantined",
    "ReplyTrack",
    "ScheduledRun",
    "SendCount",
    "UTCDateTime",
    "one_of",
]


class Counter(Base):
    """Per-year sequence for ESC-YYYY-NNNN, incremented under a row lock."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Escalation(Base):
    __tablename__ = "escalations"
    __table_args__ = (
        Index("ix_escalations_status_progress", "status", "last_progress_at"),
        Index("ix_escalations_csm_status", "csm", "status"),
        Index("ix_escalations_created", "created_at"),
        Index("ix_escalations_closed", "closed_at"),  # the digest's window (migration 0002)
        one_of("escalations", "status", Status),
        one_of("escalations", "category", Category),
        one_of("escalations", "severity", Severity),
        one_of("escalations", "sentiment", Sentiment),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))
    sentiment: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(Text, default="")
    account_name: Mapped[str] = mapped_column(String(200), default="")
    account_domain: Mapped[str] = mapped_column(String(200), default="")
    arr: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    csm: Mapped[str] = mapped_column(String(320))
    owner: Mapped[str] = mapped_column(String(320), default="")
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    teams: Mapped[list[str]] = mapped_column(JSON, default=list)
    route_level: Mapped[int] = mapped_column(Integer, default=0)
    draft_version: Mapped[int] = mapped_column(Integer, default=1)
    customer_communication: Mapped[str] = mapped_column(Text, default="")
    pending_question: Mapped[bool] = mapped_column(Boolean, default=False)
    source_message_id: Mapped[str] = mapped_column(String(998), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    routed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_progress_at: Mapped[datetime | None] = mapped_column(nullable=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(nullable=True)
    next_update_due: Mapped[datetime | None] = mapped_column(nullable=True)
    # Duplicates (issue 19, migration 0005): the customer thread's keys, and the links.
    forwarded_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    customer_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    # What the duplicate check compares of the customer's text (migration 0009); None: not
    # kept (an older row), read from the raw forward.
    customer_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    duplicate_of: Mapped[str] = mapped_column(String(20), default="")
    duplicate_reason: Mapped[str] = mapped_column(Text, default="")
    merged_into: Mapped[str] = mapped_column(String(20), default="")


# PostgreSQL (migration 0010): the forwarded ids indexed by element, so a forward's
# certain-duplicate check (every forward) finds the escalations citing its customer mail
# by index (``?|``) instead of reading each open escalation's list as text (4.9 ms against
# 0.04 ms with 20,000 of one CSM's open). SQLite reads the lists as before.
Index(
    "ix_escalations_forwarded_ids", cast(Escalation.forwarded_ids, JSONB), postgresql_using="gin"
).ddl_if(dialect="postgresql")


class BriefVersion(Base):
    __tablename__ = "brief_versions"
    __table_args__ = (UniqueConstraint("escalation_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, object]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    drafter: Mapped[str] = mapped_column(String(100))
    drafter_note: Mapped[str] = mapped_column(Text, default="")
    prompt_version: Mapped[str] = mapped_column(String(40), default="")
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]


class MessageRecord(Base):
    """Every message in or out; the unique Message-ID is our dedupe key."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_escalation", "escalation_id", "created_at"),
        one_of("messages", "direction", Direction),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    direction: Mapped[str] = mapped_column(String(3))  # Direction
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    in_reply_to: Mapped[str] = mapped_column(Text, default="")
    references: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class Event(Base):
    """The audit trail: one row per transition or scheduled action (SPEC §3)."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_escalation", "escalation_id", "id"),
        one_of("events", "from_status", ["", *Status]),  # "": no status (not a transition)
        one_of("events", "to_status", ["", *Status]),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(998), default="")


class Audit(Base):
    """Refusals and security decisions that change nothing (unknown sender, bad token)."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    message_id: Mapped[str] = mapped_column(String(998), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    action: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    escalation_ref: Mapped[str] = mapped_column(String(20), default="")
