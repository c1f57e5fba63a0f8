"""LLM latency, tokens and cost are recorded per request, through the real openai client."""

from __future__ import annotations

from mailbot.observe import metrics
from mailbot.routing import Routing
from tests.unit.test_llm_failures import GOOD, FakeServer, Scripted, completion, make_llm, request


def _sample(name: str, **labels: str) -> float:
    for collector in metrics.ALL:
        for family in collector.collect():
            for sample in family.samples:
                if sample.name == name and sample.labels == labels:
                    return float(sample.value)
    return 0.0


def test_llm_requests_record_latency_tokens_and_cost(routing: Routing) -> None:
    server = FakeServer()
    try:
        boom = Scripted(500, {"error": {"message": "boom"}})
        server.script = [boom, Scripted(body=completion(GOOD))]
        before = (
            _sample("mailbot_llm_request_seconds_count", result="ok"),
            _sample("mailbot_llm_request_seconds_count", result="error"),
            _sample("mailbot_llm_tokens_total", direction="input"),
            _sample("mailbot_llm_tokens_total", direction="output"),
            _sample("mailbot_llm_cost_usd_total"),
        )
        result = make_llm(server.url, routing, model="gpt-4o-mini").draft(request())
        after = (
            _sample("mailbot_llm_request_seconds_count", result="ok"),
            _sample("mailbot_llm_request_seconds_count", result="error"),
            _sample("mailbot_llm_tokens_total", direction="input"),
            _sample("mailbot_llm_tokens_total", direction="output"),
            _sample("mailbot_llm_cost_usd_total"),
        )
    finally:
        server.close()
    deltas = [round(a - b, 9) for a, b in zip(after, before, strict=True)]
    assert deltas[:4] == [1, 1, 1000, 200]  # one failed request, one answered
    assert deltas[4] == round(result.cost_usd, 9) and result.cost_usd > 0
