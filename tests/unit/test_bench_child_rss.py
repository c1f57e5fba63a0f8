"""The benchmarks' peak RSS of a child is the child's own, whatever the bench holds.

A child forked straight from a big process inherited that process's high-water mark in
``ru_maxrss``, which made the 10k-backlog memory figure the bench's (163-199 MB) rather
than mailbot's (~100 MB).
"""

from __future__ import annotations

import sys

from bench.common import run_timed

_BIG = 160 * 1024 * 1024  # the bench's own memory, larger than a bare interpreter's


def test_a_childs_peak_is_not_the_parents() -> None:
    held = bytearray(_BIG)
    held[::4096] = b"\1" * len(range(0, _BIG, 4096))  # touch every page: real RSS
    run = run_timed([sys.executable, "-c", "pass"], {})
    assert run.returncode == 0
    assert run.peak_rss_mb < 100, run.peak_rss_mb
    assert run.tree_rss_mb < 100, run.tree_rss_mb
    del held


def test_a_childs_own_peak_and_exit_code_are_reported() -> None:
    code = "import sys; big = bytearray(120 << 20); sys.exit(3)"
    run = run_timed([sys.executable, "-c", code], {})
    assert run.returncode == 3
    assert run.peak_rss_mb > 120, run.peak_rss_mb


def test_what_the_tree_holds_at_once_counts_each_process_and_shared_pages_once() -> None:
    """A child and its child, each touching 60 MB for half a second: held at once ~120 MB
    RSS, and the PSS no more than the RSS (their interpreters' shared pages once)."""
    inner = (
        "import time; b = bytearray(60 << 20); b[::4096] = bytes(len(b) // 4096); time.sleep(0.5)"
    )
    code = (
        "import subprocess, sys, time\n"
        f"p = subprocess.Popen([sys.executable, '-c', {inner!r}])\n"
        "b = bytearray(60 << 20); b[::4096] = bytes(len(b) // 4096); p.wait()\n"
    )
    run = run_timed([sys.executable, "-c", code], {})
    assert run.returncode == 0
    assert 120 <= run.held_rss_mb <= run.tree_rss_mb + 1, (run.held_rss_mb, run.tree_rss_mb)
    assert 100 <= run.held_pss_mb <= run.held_rss_mb, (run.held_pss_mb, run.held_rss_mb)
