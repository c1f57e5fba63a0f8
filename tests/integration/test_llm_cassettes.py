"""The LLM drafter replayed from cassettes recorded against a real OpenAI-compatible server.

Both modes are covered: "classify" (the default: three labels under a JSON schema, the rest
of the brief from the offline extraction; cassettes llm_classify_*.yaml) and "full" (the
model writes the whole brief; llm_draft_*.yaml). Recorded with scripts/llm-server.sh
(xllamacpp + Qwen2.5-Coder-1.5B-Instruct Q4_K_M, pinned, sha256-checked) on 127.0.0.1:18081.
Replay is offline (record_mode "none") and matches on method, path and body, so any prompt
change fails loudly here until re-recorded:

    scripts/llm-server.sh start
    rm tests/cassettes/llm_classify_*.yaml   # "all" appends to a cassette; start clean
    VCR_RECORD_MODE=all PYTHONPATH=. pytest tests/integration/test_llm_cassettes.py
    scripts/llm-server.sh stop

Assertions are on structure, never wording: a re-record may phrase things differently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import vcr

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.llm import LLMClient, LLMConfig, LLMDrafter
from mailbot.drafting.llm_classify import CLASSIFY_VERSION
from mailbot.drafting.llm_prompt import PROMPT_VERSION, category_infos
from mailbot.inbound.parse import parse_message
from mailbot.routing import Routing

HERE = Path(__file__).resolve().parent
CASSETTES = HERE.parent / "cassettes"
FORWARDS = HERE.parent / "fixtures" / "forwards"
BASE_URL = os.environ.get("LLM_BASE_URL", "http://127.0.0.1:18081/v1")
RECORD_MODE = os.environ.get("VCR_RECORD_MODE", "none")
SCRUBBED = ["authorization", "user-agent", "x-stainless-os", "x-stainless-arch",
            "x-stainless-runtime", "x-stainless-runtime-version", "x-stainless-lang",
            "x-stainless-package-version", "x-stainless-async", "x-stainless-retry-count",
            "x-stainless-read-timeout", "x-stainless-timeout",
            "x-stainless-raw-response"]  # fmt: skip

recorder = vcr.VCR(
    cassette_library_dir=str(CASSETTES),
    record_mode=RECORD_MODE,
    match_on=["method", "path", "body"],
    filter_headers=SCRUBBED,
    decode_compressed_response=True,
)
FIXTURES = ["gmail_acme_api_latency", "outlook_fr_soylent_invoice", "apple_initech_scim_feature"]


def _drafter(routing: Routing, schema_mode: bool = True, mode: str = "full") -> LLMDrafter:
    config = LLMConfig(base_url=BASE_URL, model="qwen15", api_key="sk-local", timeout=900)
    client = LLMClient(config, schema_mode=schema_mode)
    return LLMDrafter(client, category_infos(routing), frozenset({"example.com"}), mode=mode)


def _request(name: str) -> DraftRequest:
    raw = (FORWARDS / f"{name}.eml").read_bytes()
    message = parse_message(raw, own_addresses=frozenset({"escalations@example.com"}))
    assert message.date is not None
    return DraftRequest(message.thread, today=message.date.date().isoformat())


@pytest.mark.parametrize("name", FIXTURES)
def test_recorded_drafts_are_valid_briefs(routing: Routing, name: str) -> None:
    with recorder.use_cassette(f"llm_draft_{name}.yaml") as cassette:
        result = _drafter(routing).draft(_request(name))
    assert cassette.play_count == 1 or RECORD_MODE != "none"
    assert result.drafter == "llm:qwen15" and result.prompt_version == PROMPT_VERSION
    brief = result.brief
    assert brief.category in set(Category) and brief.severity in set(Severity)
    assert brief.sentiment in set(Sentiment)
    assert brief.headline and brief.customer_impact and brief.category_rationale
    assert result.input_tokens > 500 and result.output_tokens > 50 and result.cost_usd == 0.0


def test_recorded_json_object_mode_is_valid(routing: Routing) -> None:
    """The fallback path for servers without json_schema, against the real server."""
    with recorder.use_cassette("llm_draft_json_object.yaml"):
        result = _drafter(routing, schema_mode=False).draft(_request("gmail_acme_api_latency"))
    assert result.drafter == "llm:qwen15"
    assert result.brief.category in set(Category) and result.brief.severity in set(Severity)


@pytest.mark.parametrize("name", FIXTURES)
def test_recorded_classifications_are_valid(routing: Routing, name: str) -> None:
    with recorder.use_cassette(f"llm_classify_{name}.yaml") as cassette:
        result = _drafter(routing, mode="classify").draft(_request(name))
    assert cassette.play_count == 1 or RECORD_MODE != "none"
    assert result.drafter == "llm:qwen15" and result.prompt_version == CLASSIFY_VERSION
    assert "suggested by qwen15" in result.note  # the model answered: no fallback
    brief = result.brief
    assert brief.category in set(Category) and brief.severity in set(Severity)
    assert brief.sentiment in set(Sentiment)
    assert brief.headline and brief.customer_impact and brief.category_rationale
    # the short call: a cached ~700-token system prompt plus the thread, ~35 tokens out
    assert 700 < result.input_tokens < 1500 and 10 < result.output_tokens < 60


def test_recorded_classify_json_object_mode_is_valid(routing: Routing) -> None:
    with recorder.use_cassette("llm_classify_json_object.yaml"):
        drafter = _drafter(routing, schema_mode=False, mode="classify")
        result = drafter.draft(_request("outlook_fr_soylent_invoice"))
    assert result.drafter == "llm:qwen15" and "suggested by qwen15" in result.note
    assert result.brief.category in set(Category) and result.brief.severity in set(Severity)


def test_the_same_input_gives_the_same_labels(routing: Routing) -> None:
    """Temperature 0 and a fixed seed: the recorded answer for one fixture is replayed for a
    second identical request too (one interaction, played twice), so the request bytes are
    identical and the labels are."""
    name = FIXTURES[0]
    with recorder.use_cassette(f"llm_classify_{name}.yaml", allow_playback_repeats=True):
        first = _drafter(routing, mode="classify").draft(_request(name)).brief
        again = _drafter(routing, mode="classify").draft(_request(name)).brief
    assert (first.category, first.severity, first.sentiment) == (
        again.category, again.severity, again.sentiment,
    )  # fmt: skip
    assert first == again


def test_cassettes_hold_no_secrets_or_client_fingerprints() -> None:
    assert list(CASSETTES.glob("llm_classify_*.yaml"))
    for path in CASSETTES.glob("llm_*.yaml"):
        text = path.read_text(encoding="utf-8").lower()
        assert "sk-local" not in text and "authorization" not in text
        assert "x-stainless" not in text


def test_a_changed_prompt_is_not_replayed(routing: Routing) -> None:
    if RECORD_MODE != "none":
        pytest.skip("only meaningful when replaying")
    request = _request("gmail_acme_api_latency")
    changed = DraftRequest(request.thread, today="2030-01-01")  # different prompt body
    with (
        recorder.use_cassette("llm_draft_gmail_acme_api_latency.yaml"),
        pytest.raises(Exception, match=r"(?i)cassette|overwrite"),
    ):
        _drafter(routing).draft(changed)
