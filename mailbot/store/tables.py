"""The SQL schema (SQLAlchemy 2 typed ORM). Nothing is ever deleted (SPEC §3).

The same tables run on SQLite and PostgreSQL; types are chosen to mean the same on both
(timezone-aware timestamps are stored as UTC, JSON as text).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mailbot.domain import (
    Category,
    Direction,
    DraftJobStatus,
    DraftPurpose,
    OutboxStatus,
    QuarantineStatus,
    Sentiment,
    Severity,
    Status,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Always hand back aware UTC datetimes, whatever the backend stores."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def one_of(table: str, column: str, words: Iterable[str]) -> CheckConstraint:
    """``column IN (...)`` named ``ck_<table>_<column>``: the database refuses any other word.

    Built from the code's enums; migration 0006 wrote the same sets for existing databases,
    and a test compares the two, so an enum that gains a member needs a migration.
    """
    values = ", ".join(f"'{word}'" for word in words)
    return CheckConstraint(f"{column} IN ({values})", name=f"ck_{table}_{column}")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict: JSON,
        list: JSON,
    }


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
    duplicate_of: Mapped[str] = mapped_column(String(20), default="")
    duplicate_reason: Mapped[str] = mapped_column(Text, default="")
    merged_into: Mapped[str] = mapped_column(String(20), default="")


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


class OutboxItem(Base):
    """Mail to send, written in the same transaction as the change that causes it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        one_of("outbox", "status", OutboxStatus),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    dedupe_key: Mapped[str | None] = mapped_column(String(300), unique=True, nullable=True)
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    mail_from: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[str]] = mapped_column(JSON)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # OutboxStatus: held (daily cap) goes at next_attempt_at
    status: Mapped[str] = mapped_column(String(10), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)


class SendCount(Base):
    """Mails per recipient per day, for the loop-breaking daily cap."""

    __tablename__ = "send_counts"

    recipient: Mapped[str] = mapped_column(String(320), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ReplyTrack(Base):
    """Recent replies of one sender on one escalation, to notice a robot (migration 0003).

    One row per (escalation, sender), overwritten in place: only the last text and how
    many near-same quick replies came in a row matter, not the history.
    """

    __tablename__ = "reply_tracks"

    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), primary_key=True)
    sender: Mapped[str] = mapped_column(String(320), primary_key=True)
    last_text: Mapped[str] = mapped_column(Text, default="")
    last_at: Mapped[datetime]
    streak: Mapped[int] = mapped_column(Integer, default=1)
    robot_text: Mapped[str] = mapped_column(Text, default="")  # "" until judged a robot
    stopped_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    arr: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    renewal_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    tier: Mapped[str] = mapped_column(String(40), default="")
    strategic: Mapped[bool] = mapped_column(Boolean, default=False)
    csm: Mapped[str] = mapped_column(String(320), default="")


class AccountDomain(Base):
    __tablename__ = "account_domains"

    domain: Mapped[str] = mapped_column(String(253), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)


class Quarantined(Base):
    """Mail we could not handle, kept whole with the reason, for `quarantine reprocess`."""

    __tablename__ = "quarantine"
    # One row per message, however often it is held (migration 0004): the Message-ID, or
    # for mail without one the hash of its bytes (store.inbound.quarantine_key).
    __table_args__ = (
        Index("ux_quarantine_message_key", "message_key", unique=True),
        one_of("quarantine", "status", QuarantineStatus),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    message_key: Mapped[str] = mapped_column(String(998))
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=QuarantineStatus.HELD.value)
    created_at: Mapped[datetime]


class InboundAttempt(Base):
    """Processing attempts per inbound message, so poison is quarantined after N tries."""

    __tablename__ = "inbound_attempts"

    message_key: Mapped[str] = mapped_column(String(998), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class MailboxCursor(Base):
    __tablename__ = "mailbox_cursors"

    folder: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)


class ScheduledRun(Base):
    """One row per (job, slot) so a scheduled send happens once across instances."""

    __tablename__ = "scheduled_runs"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    at: Mapped[datetime]


class DraftJob(Base):
    """A brief to draft, apart from reply processing: a slow LLM never delays an ``ack``."""

    __tablename__ = "draft_jobs"
    __table_args__ = (
        Index("ix_draft_jobs_status", "status", "id"),
        one_of("draft_jobs", "status", DraftJobStatus),
        one_of("draft_jobs", "purpose", DraftPurpose),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    source_message_id: Mapped[str] = mapped_column(String(998))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    csm_context: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default=DraftJobStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(nullable=True)
    claimed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")  # host:pid
    last_error: Mapped[str] = mapped_column(Text, default="")
    # DraftPurpose: a brief, or a customer update (issue 19: ``draft update`` with an LLM)
    purpose: Mapped[str] = mapped_column(String(20), default="brief", server_default="brief")
    created_at: Mapped[datetime]
