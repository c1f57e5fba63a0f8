"""One message is one transaction; a backlog shares one per batch.

Any failure rolls the transaction back and the message is retried, then quarantined
(Mailman's shunt queue), so a bad message never stops the watcher. What happens to a
message inside the transaction is :mod:`mailbot.pipeline`'s tables.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.errors import StoreError
from mailbot.inbound.header_hints import message_id_hint, token_hints
from mailbot.inbound.parse_pool import Parsed
from mailbot.pipeline import Context, run_steps
from mailbot.signing.tokens import genuine_ref
from mailbot.store import ahead, cap_counts, cited, numbered
from mailbot.store import inbound as store_inbound
from mailbot.store.cap_counts import CapContended

log = logging.getLogger(__name__)


def handle(app: App, raw: bytes, parsed: Parsed | None = None, *, exact: bool = False) -> Context:
    """Process one raw message in one transaction; never raises for a bad message.

    Its daily-cap counts are added at commit (:mod:`mailbot.store.cap_counts`); when one
    no longer fits there, the message is handled again counting ``exact``ly.
    """
    ctx = Context(raw=raw, parsed=parsed)
    key = store_inbound.attempt_key(raw)
    try:
        with app.db.session() as session:
            if not exact:
                cap_counts.count_at_commit(session)
            run_steps(app, session, ctx)
            store_inbound.record(session, ctx.record(), app.clock.now())
        return ctx
    except CapContended:
        log.info("a daily-cap count no longer fits at commit; handled again, counted at once")
        return handle(app, raw, parsed, exact=True)
    except StoreError as exc:
        log.warning("database unavailable; message stays in INBOX: %s", exc)
        return Context(raw=raw, outcome=Disposition.RETRY, reason=str(exc), store_failed=True)
    except Exception as exc:  # poison: retried, then quarantined with the reason
        log.exception("processing failed")
        return _failed(app, raw, key, f"{type(exc).__name__}: {exc}")


class ParsedAhead:
    """A batch's raw messages, known at once, paired lazily with their parse results (an
    iterator, consumed once): the batch can look its Message-IDs up before the parses
    arrive."""

    def __init__(self, raws: Sequence[bytes], parsed: Iterator[Parsed]) -> None:
        self.raws, self._parsed, self._next = raws, parsed, 0

    def __iter__(self) -> ParsedAhead:
        return self

    def __next__(self) -> tuple[bytes, Parsed | None]:
        if self._next >= len(self.raws):
            raise StopIteration
        self._next += 1
        return self.raws[self._next - 1], next(self._parsed)


def handle_batch(
    app: App, items: Iterable[tuple[bytes, Parsed | None]], *, exact: bool = False
) -> list[Context]:
    """Several messages in ONE transaction: a backlog pays one commit, not one per message.

    ``items`` is consumed lazily, so the first message is handled while later ones are
    still being parsed. When the raw messages are known at once (a sequence, or
    :class:`ParsedAhead`), their Message-IDs are looked up in one statement first, and the
    escalations their tokens name are locked and read ahead (:mod:`mailbot.store.ahead`).
    Each message is flushed and the session expired after it (but for those locked
    escalations), so the next one sees the store exactly as if the first had committed.
    Any exception rolls back the whole batch and every message is handled again on its
    own: a poison message still costs only itself (retried, then quarantined) and nothing
    is half-stored. After a database failure (StoreError) too, but only until the database
    fails again. The batch's daily-cap counts are added at commit
    (:mod:`mailbot.store.cap_counts`); when one no longer fits there, the whole batch is
    handled again, counting ``exact``ly.
    """
    taken: list[tuple[bytes, Parsed | None]] = []
    contexts: list[Context] = []
    raws: Sequence[bytes] = ()
    if isinstance(items, ParsedAhead):
        raws = items.raws
    elif isinstance(items, Sequence):
        raws = [raw for raw, _ in items]
    rest = iter(items)  # what a failure leaves to handle again: those not yet taken
    try:
        with app.db.session() as session:
            if not exact:
                cap_counts.count_at_commit(session)
            store_inbound.look_ahead(session, [message_id_hint(raw) for raw in raws])
            named = [_refs_named(app, raw) for raw in raws]
            ahead.look_ahead(session, [ref for refs in named for ref in refs])
            opening = [raw for raw, refs in zip(raws, named, strict=True) if not refs]
            cited.look_ahead(session, opening)
            numbered.expect(session, len(opening))
            for raw, parsed in rest:
                taken.append((raw, parsed))
                ctx = Context(raw=raw, parsed=parsed)
                run_steps(app, session, ctx)
                store_inbound.record(session, ctx.record(), app.clock.now())
                ahead.keep_fresh(session)
                ctx.match = ctx.mailer = None  # they hold the session and its expired objects
                contexts.append(ctx)
        return contexts
    except CapContended:
        taken += rest
        log.info("a daily-cap count no longer fits at commit; batch handled again, counted at once")
        return handle_batch(app, taken, exact=True)
    except StoreError as exc:  # the database is unwell: try one message per transaction
        taken += rest
        log.warning(
            "batch of %d failed on the database (%s); one message per transaction", len(taken), exc
        )
        return _one_by_one(app, taken, str(exc))
    except Exception as exc:  # each message then decides for itself
        taken += rest
        log.warning(
            "batch of %d rolled back after %d (%s: %s); handling each on its own",
            len(taken), len(contexts), type(exc).__name__, exc,
        )  # fmt: skip
        return [handle(app, raw, parsed, exact=exact) for raw, parsed in taken]


def _refs_named(app: App, raw: bytes) -> list[str]:
    """The escalations a message's reply tokens name (genuine MACs only): a hint. One that
    names none may open an escalation (:func:`mailbot.store.numbered.expect`)."""
    refs = (genuine_ref(app.secret, token) for token in token_hints(raw, app.settings.address))
    return [ref for ref in refs if ref]


def _one_by_one(app: App, taken: list[tuple[bytes, Parsed | None]], error: str) -> list[Context]:
    """After a batch failed on the database, each message in its own transaction.

    A connection that keeps resetting then still lets most messages commit, where a batch
    would fail as a whole every time. Two database failures in a row (the batch's and a
    message's) mean it is down: the rest stay in the INBOX at no further timeout each.
    """
    contexts: list[Context] = []
    failures = 1
    for raw, parsed in taken:
        if failures >= 2:
            contexts.append(Context(raw=raw, outcome=Disposition.RETRY, reason=error))
            continue
        ctx = handle(app, raw, parsed)
        failures, error = (failures + 1, ctx.reason) if ctx.store_failed else (0, error)
        contexts.append(ctx)
    if failures >= 2:
        log.warning("database unavailable; %d message(s) stay in INBOX", failures - 1)
    return contexts


def _failed(app: App, raw: bytes, key: str, error: str) -> Context:
    try:
        with app.db.session() as session:
            attempts = store_inbound.count_attempt(session, key, error)
            if attempts < app.settings.max_attempts:
                return Context(
                    raw=raw, outcome=Disposition.RETRY, reason=f"attempt {attempts}: {error}"
                )
            ctx = Context(raw=raw, step="failed")
            ctx.finish(Disposition.QUARANTINED, f"failed {attempts} times: {error}")
            store_inbound.record(session, ctx.record(), app.clock.now())
            return ctx
    except StoreError as exc:
        return Context(raw=raw, outcome=Disposition.RETRY, reason=str(exc), store_failed=True)
