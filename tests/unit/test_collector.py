"""The command line tunes the cyclic collector for its own process only."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

import mailbot


@pytest.fixture
def thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_tuning_raises_only_the_youngest_generations_threshold(thresholds: None) -> None:
    gc.set_threshold(700, 11, 12)
    mailbot.tune_collector()
    assert gc.get_threshold() == (mailbot.COLLECT_AFTER, 11, 12)


def test_importing_mailbot_leaves_the_collector_alone() -> None:
    code = "import gc, mailbot.cli; print(gc.get_threshold()[0])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "700"


def test_python_dash_m_mailbot_tunes_it_before_the_cli_loads() -> None:
    code = (
        "import gc, runpy, sys; sys.argv = ['mailbot', '--version']\n"
        "try:\n    runpy.run_module('mailbot', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(gc.get_threshold()[0])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == str(mailbot.COLLECT_AFTER)
