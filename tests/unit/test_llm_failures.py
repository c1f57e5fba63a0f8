"""The LLM drafter against a scripted OpenAI-compatible server on 127.0.0.1.

The server returns exactly what each test scripts (429s, 500s, slow answers, broken JSON,
refusals), so retries, the json_schema fallback, the one repair request and the offline
fallback are exercised through the real ``openai`` client and real HTTP.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.drafters import make_drafter
from mailbot.drafting.fallback import FallbackDrafter
from mailbot.drafting.llm import LLMClient, LLMConfig, LLMDrafter, LLMFailure, estimate_cost
from mailbot.drafting.llm_prompt import PROMPT_VERSION, category_infos
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.message import ForwardedMessage, ForwardedThread
from mailbot.routing import Routing
from mailbot.settings import load_settings

OURS = frozenset({"example.com"})
GOOD = {
    "headline": "Sync errors at Acme -- 300 orders a day delayed",
    "account": "Acme Corp",
    "customer_impact": "Orders are delayed.",
    "timeline": [{"date": "2026-03-01", "event": "Errors started"}],
    "resolution_attempts": ["Restarted the connector"],
    "specific_ask": "Engineering to fix by Friday.",
    "customer_communication": "Waiting for an ETA.",
    "commercial_context": "",
    "category_rationale": "errors since the upgrade",
    "category": "product_defect",
    "severity_rationale": "orders blocked",
    "severity": "high",
    "sentiment_rationale": "polite but pressing",
    "sentiment": "frustrated_but_patient",
}


@dataclass
class Scripted:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def completion(
    content: str | dict[str, Any], finish: str = "stop", refusal: str | None = None
) -> dict[str, Any]:
    text = content if isinstance(content, str) else json.dumps(content)
    message = {"role": "assistant", "content": text, "refusal": refusal}
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200},
    }  # fmt: skip


class FakeServer:
    """Answers POST /v1/chat/completions from a script; records every request body."""

    def __init__(self) -> None:
        self.script: list[Scripted] = []
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                outer.requests.append(json.loads(self.rfile.read(length)))
                step = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                time.sleep(step.delay)
                payload = json.dumps(step.body).encode()
                try:
                    self.send_response(step.status)
                    for key, value in {"content-type": "application/json", **step.headers}.items():
                        self.send_header(key, value)
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # client timed out first
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    yield fake
    fake.close()


def make_llm(
    url: str, routing: Routing, sleeps: list[float] | None = None, **config: Any
) -> LLMDrafter:
    """The whole-brief ("full") mode unless ``mode`` says otherwise: these tests are about
    the client and the brief's parsing; the short labels call is in test_llm_classify."""
    model = config.pop("model", "test-model")
    mode = config.pop("mode", "full")
    settings: dict[str, Any] = {"timeout": 2.0, "backoff": 0.5, **config}
    client = LLMClient(
        LLMConfig(base_url=url, model=model, **settings),
        sleep=(sleeps if sleeps is not None else []).append,
    )
    return LLMDrafter(client, category_infos(routing), OURS, mode=mode)


def request(body: str = "Since the upgrade the sync fails with errors.") -> DraftRequest:
    message = ForwardedMessage(
        sender="bob@acme.example", sender_name="Bob", date=None, date_text="",
        subject="Sync errors", body=body,
    )  # fmt: skip
    return DraftRequest(
        ForwardedThread(note="Please help.", messages=(message,)), today="2026-03-10"
    )


def test_good_reply_becomes_a_brief_with_accounting(server: FakeServer, routing: Routing) -> None:
    server.script = [Scripted(body=completion(GOOD))]
    result = make_llm(server.url, routing).draft(request())
    assert result.drafter == "llm:test-model"
    assert result.brief.severity == "high" and result.brief.category == "product_defect"
    assert (result.input_tokens, result.output_tokens) == (1000, 200)
    assert result.prompt_version == PROMPT_VERSION and result.cost_usd == 0.0
    assert result.latency_ms >= 0
    sent = server.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    props = sent["response_format"]["json_schema"]["schema"]["properties"]
    assert set(props) == set(Brief.model_fields)
    assert (
        sent["messages"][0]["role"] == "system"
        and "product_defect" in sent["messages"][0]["content"]
    )


def test_price_table_by_model_name() -> None:
    assert estimate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert estimate_cost("gpt-4o-mini-2024-07-18", 1000, 0) == pytest.approx(0.00015)
    assert estimate_cost("qwen15", 10**6, 10**6) == 0.0


def test_429_honours_retry_after_with_cap(server: FakeServer, routing: Routing) -> None:
    sleeps: list[float] = []
    limited = {"error": {"message": "slow down", "type": "rate_limit"}}
    server.script = [
        Scripted(429, limited, {"retry-after": "2"}),
        Scripted(429, limited, {"retry-after": "999"}),
        Scripted(body=completion(GOOD)),
    ]
    result = make_llm(server.url, routing, sleeps).draft(request())
    assert result.drafter == "llm:test-model"
    assert sleeps == [2.0, 30.0]  # the second Retry-After is capped
    assert len(server.requests) == 3


def test_5xx_three_times_falls_back_offline_and_says_why(
    server: FakeServer, routing: Routing
) -> None:
    sleeps: list[float] = []
    server.script = [Scripted(500, {"error": {"message": "boom"}})]
    drafter = FallbackDrafter(make_llm(server.url, routing, sleeps), OfflineDrafter(OURS))
    result = drafter.draft(request())
    assert result.drafter == "offline"
    assert result.note.startswith("LLM unavailable (server error (HTTP 500) after 3 attempts)")
    assert "drafted offline" in result.note
    assert len(server.requests) == 3 and sleeps == [0.5, 1.0]  # exponential backoff


def test_timeout_is_retried_then_reported(server: FakeServer, routing: Routing) -> None:
    server.script = [Scripted(body=completion(GOOD), delay=1.0)]
    llm = make_llm(server.url, routing, timeout=0.2)
    with pytest.raises(LLMFailure, match=r"^timeout after 3 attempts$"):
        llm.draft(request())


def test_connection_refused_is_reported(routing: Routing) -> None:
    llm = make_llm("http://127.0.0.1:9/v1", routing)
    result = FallbackDrafter(llm, OfflineDrafter(OURS)).draft(request())
    assert "connection error after 3 attempts" in result.note and result.drafter == "offline"


def test_client_errors_are_not_retried(server: FakeServer, routing: Routing) -> None:
    server.script = [Scripted(401, {"error": {"message": "bad key"}})]
    with pytest.raises(LLMFailure, match="HTTP 401"):
        make_llm(server.url, routing).draft(request())
    assert len(server.requests) == 1


def test_invalid_json_gets_one_repair_request(server: FakeServer, routing: Routing) -> None:
    server.script = [
        Scripted(body=completion('{"headline": "half')),
        Scripted(body=completion(GOOD)),
    ]
    result = make_llm(server.url, routing).draft(request())
    assert result.drafter == "llm:test-model"
    repair = server.requests[1]["messages"]
    assert repair[-2]["role"] == "assistant" and repair[-1]["role"] == "user"
    assert "could not be used" in repair[-1]["content"]
    assert result.input_tokens == 2000  # both requests are accounted for


def test_still_invalid_after_repair_falls_back(server: FakeServer, routing: Routing) -> None:
    server.script = [Scripted(body=completion("Sure! Here is your brief: none."))]
    result = FallbackDrafter(make_llm(server.url, routing), OfflineDrafter(OURS)).draft(request())
    assert result.drafter == "offline" and len(server.requests) == 2
    assert "invalid output after one repair" in result.note
    assert result.input_tokens == 2000


def test_fenced_and_chatty_json_is_accepted(server: FakeServer, routing: Routing) -> None:
    chatty = "Here you go:\n```json\n" + json.dumps(GOOD) + "\n```\nHope this helps!"
    server.script = [Scripted(body=completion(chatty))]
    assert make_llm(server.url, routing).draft(request()).brief.headline == GOOD["headline"]


def test_server_rejecting_json_schema_gets_json_object(
    server: FakeServer, routing: Routing
) -> None:
    rejected = {"error": {"message": "response_format type json_schema is not supported"}}
    server.script = [Scripted(400, rejected), Scripted(body=completion(GOOD))]
    llm = make_llm(server.url, routing)
    assert llm.draft(request()).drafter == "llm:test-model"
    assert [r["response_format"]["type"] for r in server.requests] == ["json_schema", "json_object"]
    assert llm.client.schema_mode is False  # remembered: no second rejected request next time


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (completion(GOOD, refusal="I can't help with that"), "the model refused"),
        (
            completion('{"headline": "cut', finish="length"),
            "output truncated (finish_reason=length)",
        ),
        (completion(GOOD, finish="content_filter"), "content filter"),
    ],
)
def test_refusal_and_truncation_fall_back(
    server: FakeServer, routing: Routing, reply: dict[str, Any], reason: str
) -> None:
    server.script = [Scripted(body=reply)]
    result = FallbackDrafter(make_llm(server.url, routing), OfflineDrafter(OURS)).draft(request())
    assert result.drafter == "offline" and reason in result.note


def test_cost_is_estimated_for_priced_models(server: FakeServer, routing: Routing) -> None:
    server.script = [Scripted(body=completion(GOOD))]
    result = make_llm(server.url, routing, model="gpt-4o-mini").draft(request())
    assert result.cost_usd == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)


def test_make_drafter_uses_llm_only_when_configured(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "x" * 20}
    assert isinstance(make_drafter(load_settings(env)), OfflineDrafter)
    env |= {"MAILBOT_LLM_BASE_URL": "http://127.0.0.1:9/v1", "MAILBOT_LLM_MODEL": "m"}
    drafter = make_drafter(load_settings(env))
    assert isinstance(drafter, FallbackDrafter) and drafter.name == "llm:m"


def test_full_mode_brief_lists_the_key_facts_the_model_left_out(
    server: FakeServer, routing: Routing
) -> None:
    server.script = [Scripted(body=completion(GOOD))]
    body = "Since the upgrade the sync fails. Seven night nurses chart on paper (clause 11.3)."
    brief = make_llm(server.url, routing).draft(request(body)).brief
    assert "Seven night nurses" in brief.customer_impact
    assert "clause 11.3" in brief.customer_impact
