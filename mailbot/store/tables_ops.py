"""The operational tables: the outbox and its daily counts, reply tracks, accounts,
quarantine, inbound attempts, mailbox cursors, scheduled runs and drafting jobs.

Apart from the escalation's own record (tables.py) by concern; tables.py re-exports
them, so ``mailbot.store.tables`` stays the one place to import the schema from.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mailbot.domain import (
    DraftJobStatus,
    DraftPurpose,
    OutboxStatus,
    QuarantineStatus,
)
from mailbot.store.schema_base import Base, one_of


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
    # The wire bytes; empty while the mail waits as ``recipe`` (composed when first
    # claimed, mailbot.outbox.recipe). Read them with recipe.wire_bytes.
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    recipe: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    # OutboxStatus: held (daily cap) goes at next_attempt_at
    status: Mapped[str] = mapped_column(String(10), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # when it first became due (set by its first claim: a held mail's hold end): the
    # give-up clock counts from here, not from queueing (NULL: from created_at)
    due_since: Mapped[datetime | None] = mapped_column(nullable=True)


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
