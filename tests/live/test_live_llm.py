"""Live check against a real local model (marker ``live_llm``, off by default).

    PYTHONPATH=. pytest -m live_llm tests/live/test_live_llm.py

Starts scripts/llm-server.sh (xllamacpp + the pinned Qwen GGUF, 127.0.0.1 only) unless a
server already answers on LLM_BASE_URL, drafts three fixtures and checks structure only: a
small model's wording and even its labels vary between runs.
"""

from __future__ import annotations

import os
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.fallback import FallbackDrafter
from mailbot.drafting.llm import LLMClient, LLMConfig, LLMDrafter
from mailbot.drafting.llm_prompt import category_infos
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.parse import parse_message
from mailbot.routing import Routing

pytestmark = pytest.mark.live_llm
ROOT = Path(__file__).resolve().parents[2]
PORT = os.environ.get("LLM_PORT", "18081")
BASE_URL = os.environ.get("LLM_BASE_URL", f"http://127.0.0.1:{PORT}/v1")
FIXTURES = [
    "gmail_oscorp_data_loss",
    "outlook_wayne_renewal_pricing",
    "gmail_stark_champion_leaving",
]


def _up() -> bool:
    try:
        with urllib.request.urlopen(BASE_URL.removesuffix("/v1") + "/health", timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    started = not _up()
    script = str(ROOT / "scripts" / "llm-server.sh")
    if started:
        subprocess.run(
            [script, "start"], check=True, timeout=900, env={**os.environ, "LLM_PORT": PORT}
        )
    yield BASE_URL
    if started:
        subprocess.run(
            [script, "stop"], check=False, timeout=60, env={**os.environ, "LLM_PORT": PORT}
        )


@pytest.mark.parametrize("name", FIXTURES)
def test_live_draft_has_a_valid_structure(server: str, routing: Routing, name: str) -> None:
    config = LLMConfig(base_url=server, model="qwen15", timeout=600, max_tokens=1200)
    llm = LLMDrafter(LLMClient(config), category_infos(routing), frozenset({"example.com"}))
    raw = (ROOT / "tests" / "fixtures" / "forwards" / f"{name}.eml").read_bytes()
    message = parse_message(raw, own_addresses=frozenset({"escalations@example.com"}))
    today = message.date.date().isoformat() if message.date else ""
    result = FallbackDrafter(llm, OfflineDrafter(["example.com"])).draft(
        DraftRequest(message.thread, today=today)
    )
    assert result.drafter == "llm:qwen15", result.note  # the model, not the fallback
    assert result.brief.category in set(Category) and result.brief.severity in set(Severity)
    assert result.brief.sentiment in set(Sentiment)
    assert result.brief.headline and result.input_tokens > 0 and result.output_tokens > 0
    assert "<" not in result.brief.headline and "http" not in result.brief.headline
