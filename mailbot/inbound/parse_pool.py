"""Parse a fetched group on another core while the watcher stores its first messages.

Parsing is pure (bytes in, :class:`InboundMessage` out) and was a sixth of ingest time,
so a backlog parses ahead in a worker process: the watcher's own core is left for the
store work, which must stay in order. Small groups (a live reply arriving by IDLE) are
parsed in-process, where a round trip to the worker would only add latency.

The worker runs exactly :func:`parse_message` with the same limits, so a message gets
the same result either way. If the worker dies (a crash, the OOM killer), cannot start
(EAGAIN, no ``/dev/shm``) or does not answer within ``_ANSWER_TIMEOUT`` (it is then
killed), the group is parsed in-process and the pool is started afresh for the next
group; after ``_MAX_BREAKS`` breaks it stays off and says so. If the watcher's process
dies, even by SIGKILL, the worker notices within a second and exits rather than linger
as an orphan.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from mailbot.errors import ParseError
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import ParseLimits, parse_message

log = logging.getLogger(__name__)

Parsed = InboundMessage | ParseError
# The first messages of a group are parsed here while the worker starts on the rest: its
# first answers took 1-2 ms to arrive, and handling these four gives it 8 ms or so.
_HEAD = 4
_CHUNK = 8  # messages per task: amortises the round trip (0.3 ms against 0.5 ms a parse)
# A short last chunk the worker has not answered yet is parsed here instead.
_TAKE_OVER = 3
# How long to wait for one answer, queued work ahead of it included (at most a group);
# past it the worker counts as dead: it is killed and the group is parsed here.
_ANSWER_TIMEOUT = 60.0
_MAX_BREAKS = 3


def inputs_for(address: str, max_bytes: int) -> tuple[frozenset[str], ParseLimits]:
    """Own addresses and limits, the same wherever a message is parsed (here or a worker)."""
    return frozenset({address}), ParseLimits(max_bytes=max_bytes)


def parse_one(raw: bytes, own: frozenset[str], limits: ParseLimits) -> Parsed:
    """The result of parsing, with a refusal returned rather than raised."""
    try:
        return parse_message(raw, own_addresses=own, limits=limits)
    except ParseError as exc:
        return exc


def _parse_chunk(raws: list[bytes], own: frozenset[str], limits: ParseLimits) -> list[Parsed]:
    """Runs in the worker. Refusals cross back as plain ParseError(reason) objects."""
    results: list[Parsed] = []
    for raw in raws:
        result = parse_one(raw, own, limits)
        results.append(type(result)(str(result)) if isinstance(result, ParseError) else result)
    return results


def kill_pool(executor: ProcessPoolExecutor) -> None:
    """Kill a pool's processes and drop its queued work, without joining them."""
    processes = getattr(executor, "_processes", None) or {}  # no public API on 3.11
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)


def leave_with_parent(parent: int) -> None:
    """Worker initializer: exit once the watcher's process is gone, even after a kill -9.

    A pool worker otherwise waits on its task queue for ever as an orphan; here a daemon
    thread notices the new parent (init) within a second.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the watcher, which stops us
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _chunks(raws: Sequence[bytes]) -> list[list[bytes]]:
    """The head (parsed in-process), then the worker's chunks."""
    sizes = [_HEAD, *[_CHUNK] * (len(raws) // _CHUNK + 1)]
    chunks, start = [], 0
    for size in sizes:
        if start >= len(raws):
            break
        chunks.append(list(raws[start : start + size]))
        start += size
    return chunks


class ParsePool:
    """Parses groups of raw messages, in a worker process when the group is big enough."""

    def __init__(
        self, own: frozenset[str], limits: ParseLimits, processes: int, min_group: int = 16
    ) -> None:
        self._own, self._limits = own, limits
        self._processes, self._min_group = processes, min_group
        self._executor: ProcessPoolExecutor | None = None
        self._breaks = 0

    def warm(self) -> None:
        """Start the worker now, so its start-up overlaps the IMAP login, not the first group.

        A spawned worker needs about 0.1 s to import the parser; a backlog's first group
        would otherwise wait for it. A failure here is left to the first real group to
        find: it falls back in-process and counts the break then.
        """
        try:
            executor = self._pool()
            if executor is not None:
                executor.submit(_parse_chunk, [], self._own, self._limits)
        except Exception as exc:  # the first group that needs the worker reports it
            log.debug("parse worker did not start early: %s", exc)

    def parse_all(self, raws: Sequence[bytes]) -> Generator[Parsed, None, None]:
        """One result per raw message, in order, each as soon as it is ready.

        The first ``_HEAD`` messages are parsed here, while the worker starts on the rest:
        waiting for the worker's first answers cost 2-5 ms a group.
        """
        if len(raws) < self._min_group:
            return self._inline(raws)
        chunks = _chunks(raws)
        try:
            executor = self._pool()
            if executor is None:
                return self._inline(raws)
            futures = [
                executor.submit(_parse_chunk, c, self._own, self._limits) for c in chunks[1:]
            ]
        except Exception as exc:  # no worker (dead, or cannot start: EAGAIN, no /dev/shm)
            self._broken(exc)
            return self._inline(raws)
        return self._collect(chunks, futures)

    def _inline(self, raws: Sequence[bytes]) -> Generator[Parsed, None, None]:
        for raw in raws:
            yield parse_one(raw, self._own, self._limits)

    def _collect(
        self, chunks: list[list[bytes]], futures: list[Future[list[Parsed]]]
    ) -> Generator[Parsed, None, None]:
        """Results in order. No future is ever cancelled: with cancellations, a killed
        worker left a later result waited on for ever (2 runs in 12 of the dead-worker
        test on Python 3.11: the executor's manager thread loses track). Work nobody
        wants any more is parsed and dropped instead. The timeout is for a worker that
        neither answers nor dies (stopped, swapped out): it is killed and the group is
        parsed here, as a small group always is."""
        yield from self._inline(chunks[0])
        for index, future in enumerate(futures, start=1):
            if len(chunks[index]) <= _TAKE_OVER and not future.done():
                yield from self._inline(chunks[index])  # the worker's answer goes unused
                continue
            try:
                results = future.result(timeout=_ANSWER_TIMEOUT)
            except Exception as exc:  # the worker died or hung, or a result did not unpickle
                self._broken(exc)
                for chunk in chunks[index:]:
                    yield from self._inline(chunk)
                return
            yield from results

    def _pool(self) -> ProcessPoolExecutor | None:
        if self._processes < 1 or self._breaks >= _MAX_BREAKS:
            return None
        if self._executor is None:
            # spawn, not fork: the service has other threads, and a fork copies their locks
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                self._processes,
                mp_context=context,
                initializer=leave_with_parent,
                initargs=(os.getpid(),),
            )
        return self._executor

    def _broken(self, exc: Exception) -> None:
        self._breaks += 1
        self.close()  # kills the worker: one that hangs would otherwise block exit
        log.warning(
            "parse worker failed (%s: %s; %d of %d allowed); this group is parsed "
            "in-process%s",
            type(exc).__name__, exc, self._breaks, _MAX_BREAKS,
            "" if self._breaks < _MAX_BREAKS else ", and so is every later one",
        )  # fmt: skip

    def close(self) -> None:
        """Stop the worker; a later group starts a new one.

        The worker is killed, not left to finish the chunk in hand and exit: nobody wants
        its answers any more, and the interpreter's exit joined it, which made a short
        ``run --once`` wait ~0.2 s for a worker still starting up (or tearing down).
        """
        if self._executor is not None:
            kill_pool(self._executor)
            self._executor = None
