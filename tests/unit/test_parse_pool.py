"""The parse worker gives exactly the in-process result, and its death loses nothing.

Real worker processes (spawn), real fixtures: the pool must be invisible to the pipeline
except for speed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailbot.errors import ParseError
from mailbot.inbound import parse_pool
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import ParseLimits
from mailbot.inbound.parse_pool import ParsePool, inputs_for, parse_one
from mailbot.service import started_parser
from mailbot.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OWN = frozenset({"escalations@example.com"})
LIMITS = ParseLimits(max_bytes=200_000)
Corpus = tuple[list[bytes], list[InboundMessage | ParseError]]


def _corpus() -> list[bytes]:
    files = sorted((FIXTURES / "hostile").glob("*.eml")) + sorted(
        (FIXTURES / "forwards").glob("*.eml")
    )
    raws = [f.read_bytes() for f in files]
    return [*raws, b"x" * 300_000]  # over the size limit: refused in the worker too


def _same(got: list[InboundMessage | ParseError], want: list[InboundMessage | ParseError]) -> None:
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        if isinstance(b, ParseError):
            assert type(a) is type(b) and str(a) == str(b)
        else:
            assert a == b


def _kill_worker(pool: ParsePool) -> None:
    executor = pool._executor
    assert executor is not None
    for process in list(executor._processes.values()):  # type: ignore[union-attr]
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)


@pytest.fixture
def pool() -> Iterator[ParsePool]:
    pool = ParsePool(OWN, LIMITS, processes=1, min_group=4)
    yield pool
    pool.close()


@pytest.fixture
def corpus() -> Corpus:
    """The fixtures and what parsing each in-process gives."""
    raws = _corpus()
    return raws, [parse_one(raw, OWN, LIMITS) for raw in raws]


def test_worker_results_equal_in_process_results(pool: ParsePool, corpus: Corpus) -> None:
    raws, want = corpus
    assert any(isinstance(w, ParseError) for w in want)  # refusals cross back as refusals
    assert any(isinstance(w, InboundMessage) for w in want)
    _same(list(pool.parse_all(raws)), want)
    assert pool._executor is not None  # it really went to a worker


def test_small_groups_stay_in_process(pool: ParsePool) -> None:
    raws = _corpus()[:3]
    _same(list(pool.parse_all(raws)), [parse_one(r, OWN, LIMITS) for r in raws])
    assert pool._executor is None


def test_warm_starts_the_worker_before_the_first_group(pool: ParsePool, corpus: Corpus) -> None:
    pool.warm()
    executor = pool._executor
    assert executor is not None
    deadline = time.monotonic() + 30
    while not executor._processes and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.01)
    pids = set(executor._processes)  # type: ignore[attr-defined]
    assert pids  # a worker process is up before any group arrived
    raws, want = corpus
    _same(list(pool.parse_all(raws)), want)
    assert set(executor._processes) == pids  # the group used that same worker
    assert pool._executor is executor


def test_warm_with_no_worker_configured_starts_nothing() -> None:
    pool = ParsePool(OWN, LIMITS, processes=0)
    pool.warm()
    assert pool._executor is None


def test_a_dead_worker_costs_a_restart_not_a_message(
    pool: ParsePool, corpus: Corpus, caplog: pytest.LogCaptureFixture
) -> None:
    raws, want = corpus
    _same(list(pool.parse_all(raws)), want)
    _kill_worker(pool)
    _same(list(pool.parse_all(raws)), want)  # parsed in-process after the break
    assert "1 of 3 allowed); this group is parsed in-process" in caplog.text
    _same(list(pool.parse_all(raws)), want)  # and a fresh worker takes over
    assert pool._executor is not None


@pytest.mark.timeout(60)
def test_a_group_left_early_then_a_dead_worker_never_hangs_the_next_group(
    pool: ParsePool, corpus: Corpus
) -> None:
    raws, want = corpus
    left = pool.parse_all(raws * 3)
    next(left)
    left.close()  # the watcher stopped mid-group: that group's work is still queued
    following = pool.parse_all(raws)  # queued behind it
    _kill_worker(pool)
    _same(list(following), want)  # answered in-process, not waited on for ever


@pytest.mark.timeout(60)
def test_a_worker_that_stops_answering_is_killed_and_the_group_parsed_here(
    pool: ParsePool, corpus: Corpus, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    monkeypatch.setattr(parse_pool, "_ANSWER_TIMEOUT", 0.5)
    raws, want = corpus
    _same(list(pool.parse_all(raws)), want)  # the worker is up
    executor = pool._executor
    assert executor is not None
    (worker,) = list(executor._processes.values())  # type: ignore[union-attr]
    os.kill(worker.pid, signal.SIGSTOP)  # alive, but it will never answer
    _same(list(pool.parse_all(raws)), want)
    assert "parse worker failed (TimeoutError" in caplog.text
    # Killed, so nothing is left to block shutdown. The executor's own thread may reap the
    # worker at the same moment as this join, and the loser of that race sees no exit code
    # for an instant (CPython's Popen.poll): look again until the winner has set it.
    deadline = time.monotonic() + 10
    while worker.exitcode is None and time.monotonic() < deadline:
        worker.join(0.1)
    assert worker.exitcode is not None


def test_after_repeated_deaths_the_pool_stays_off(
    pool: ParsePool, corpus: Corpus, caplog: pytest.LogCaptureFixture
) -> None:
    raws, want = corpus
    for _ in range(parse_pool._MAX_BREAKS):
        list(pool.parse_all(raws[: parse_pool._HEAD + 2]))  # the worker parses the last two
        _kill_worker(pool)
        _same(list(pool.parse_all(raws)), want)
    assert "and so is every later one" in caplog.text
    _same(list(pool.parse_all(raws)), want)
    assert pool._executor is None


def test_a_worker_that_cannot_start_costs_nothing_either(
    pool: ParsePool,
    corpus: Corpus,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parse_pool, "ProcessPoolExecutor", no_processes)
    raws, want = corpus
    for _ in range(parse_pool._MAX_BREAKS + 1):
        _same(list(pool.parse_all(raws)), want)
    assert "Resource temporarily unavailable" in caplog.text
    assert "and so is every later one" in caplog.text
    assert pool._breaks == parse_pool._MAX_BREAKS  # it stopped trying


def test_chunks_start_with_the_head_and_cover_every_message() -> None:
    raws = [bytes([i]) for i in range(30)]
    chunks = parse_pool._chunks(raws)
    assert [len(c) for c in chunks] == [4, 8, 8, 8, 2]
    assert [raw for chunk in chunks for raw in chunk] == raws
    assert parse_pool._chunks([]) == []


_ORPHAN = """
import sys
from mailbot.inbound.parse import ParseLimits
from mailbot.inbound.parse_pool import ParsePool
if __name__ == "__main__":
    pool = ParsePool(frozenset(), ParseLimits(), processes=1, min_group=1)
    list(pool.parse_all([b"From: a@b.example\\r\\n\\r\\nhi\\r\\n"] * 5))  # the 5th: worker
    print(*pool._executor._processes, flush=True)
    sys.stdin.read()
"""


def test_the_worker_does_not_outlive_a_killed_watcher() -> None:
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    assert child.stdout is not None
    worker = int(child.stdout.readline())
    os.kill(worker, 0)  # it is running
    child.kill()
    child.wait(10)
    child.stdout.close()  # the pipes, else their file objects leak (a ResourceWarning)
    assert child.stdin is not None
    child.stdin.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.1)
    assert not _alive(worker), "the parse worker lingers as an orphan"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_run_once_starts_its_worker_before_the_app_is_built(settings: Settings) -> None:
    """``mailbot run --once`` spawns the worker first (service.started_parser), so the
    worker's imports overlap the app's build; the pass then parses in that worker."""
    pool = started_parser(settings.model_copy(update={"parse_processes": 1}))
    try:
        executor = pool._executor
        assert executor is not None  # spawned before any group was handed over
        workers = list(executor._processes.values())
        assert len(workers) == 1 and workers[0].is_alive()
        raws = _corpus()
        inputs = inputs_for(settings.address, settings.max_message_bytes)
        _same(list(pool.parse_all(raws)), [parse_one(r, *inputs) for r in raws])
        assert list(executor._processes.values()) == workers
    finally:
        pool.close()
    assert started_parser(settings.model_copy(update={"parse_processes": 0}))._executor is None
