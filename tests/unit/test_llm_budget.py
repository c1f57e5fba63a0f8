"""Token counting without network, and the truncation policy for long threads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.budget import Part, TokenCounter, fact_lines, fit_thread, shrink
from mailbot.drafting.llm_prompt import build_messages, category_infos
from mailbot.drafting.offline import OfflineDrafter
from mailbot.drafting.redact import Redactor, header_names
from mailbot.inbound.message import ForwardedMessage, ForwardedThread
from mailbot.routing import Routing


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An empty tiktoken cache, and any download attempt fails the test."""
    import tiktoken.load

    def refuse(blobpath: str) -> bytes:
        raise AssertionError(f"tiktoken tried to download {blobpath}")

    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tiktoken.load, "read_file", refuse)


@pytest.mark.usefixtures("no_download")
@pytest.mark.parametrize("model", ["gpt-4o-mini", "gpt-3.5-turbo", "qwen15", ""])
def test_uncached_encoding_falls_back_to_the_estimate(model: str) -> None:
    counter = TokenCounter(model)
    assert counter.method == "estimate"
    assert counter.count("a" * 300) == 100 and counter.count("") == 0


def test_cache_disabled_by_empty_dir_means_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "")
    assert TokenCounter("gpt-4o").method == "estimate"


def test_fact_lines_keep_numbers_dates_and_amounts() -> None:
    text = "Hello there\nWe lost EUR 9,800\nNo figures here\nSince 26 Feb\nTicket #12077"
    assert fact_lines(text) == ["We lost EUR 9,800", "Since 26 Feb", "Ticket #12077"]


def test_shrink_keeps_head_fact_lines_and_tail() -> None:
    lines = ["Opening line one", "Opening line two", "Opening line three"]
    lines += [f"filler sentence without figures {'x' * 40}" for _ in range(200)]
    lines[100] = "The overtime cost EUR 9,800 so far"
    lines += ["Closing line"]
    count = TokenCounter("estimate-only").count
    short = shrink("\n".join(lines), 200, count)
    assert count(short) <= 200
    assert short.startswith("Opening line one") and short.endswith("Closing line")
    assert "EUR 9,800" in short and "shortened" in short


def _parts(n: int) -> list[Part]:
    parts = [Part("--- message 1 (customer)", "It broke after v5.0.3. Ticket #12077.")]
    for i in range(2, n):
        body = f"Any update? {'blah ' * 120}"
        if i == n // 2:
            body += "\nOvertime cost us EUR 9,800."
        parts.append(Part(f"--- message {i}", body))
    parts.append(Part(f"--- message {n} (latest)", "Billing for 2,300 customers is delayed."))
    return parts


def test_fit_thread_policy_on_a_long_thread() -> None:
    count = TokenCounter("estimate-only").count
    parts = _parts(40)
    fitted = fit_thread("P1 please, Vertex is angry.", parts, 0, 1200, count)
    total = count(fitted.note) + sum(count(p.header) + count(p.body) + 2 for p in fitted.parts)
    assert total <= 1200
    assert fitted.note == "P1 please, Vertex is angry."
    assert fitted.parts[0] == parts[0]  # the first customer message survives whole
    assert fitted.parts[-1] == parts[-1]  # and so does the latest
    assert fitted.cut_messages > 0 and fitted.truncated
    joined = "\n".join(p.body for p in fitted.parts)
    assert "EUR 9,800" in joined  # a cut message's figures are kept


def test_fit_thread_leaves_a_short_thread_alone() -> None:
    count = TokenCounter("estimate-only").count
    parts = _parts(3)
    fitted = fit_thread("note", parts, 0, 6000, count)
    assert fitted.parts == tuple(parts) and not fitted.truncated


def test_whole_prompt_respects_the_budget(routing: Routing) -> None:
    start = datetime(2026, 2, 1, tzinfo=UTC)
    messages = tuple(
        ForwardedMessage(
            sender="hannah@vertex.example",
            sender_name="Hannah",
            date=start + timedelta(days=i),
            date_text="",
            subject="Billing runs",
            body=f"Still failing, day {i}. " + "words " * 300,
        )
        for i in range(60)
    )
    request = DraftRequest(
        ForwardedThread("Critical. Ticket #12077.", messages), today="2026-03-10"
    )
    counter = TokenCounter("qwen15")
    chat, fitted = build_messages(
        request,
        categories=category_infos(routing),
        offline=OfflineDrafter().draft(request),
        own_domains=frozenset({"example.com"}),
        counter=counter,
        budget=6000,
    )
    assert sum(counter.count(m["content"]) for m in chat) <= 6000
    assert fitted.cut_messages > 0
    assert "day 0." in chat[1]["content"] and "day 59." in chat[1]["content"]
    assert "message(s) were cut for length" in chat[1]["content"]


def test_the_budget_holds_for_the_redacted_prompt(routing: Routing) -> None:
    """Placeholders are longer than "Bob": the thread is counted after redaction."""
    start = datetime(2026, 2, 1, tzinfo=UTC)
    messages = tuple(
        ForwardedMessage(
            sender="bob@vertex.example",
            sender_name="Bob Ray",
            date=start + timedelta(days=i),
            date_text="",
            subject="Billing runs",
            body=f"Still failing, day {i}. " + "Bob Ray " * 120,
        )
        for i in range(40)
    )
    request = DraftRequest(ForwardedThread("Critical.", messages), today="2026-03-10")
    counter = TokenCounter("qwen15")
    redactor = Redactor(header_names(request))
    chat, _ = build_messages(
        request,
        categories=category_infos(routing),
        offline=OfflineDrafter().draft(request),
        own_domains=frozenset({"example.com"}),
        counter=counter,
        budget=6000,
        redact=redactor.redact,
    )
    assert "Bob" not in chat[1]["content"] and "<PERSON_1>" in chat[1]["content"]
    assert sum(counter.count(m["content"]) for m in chat) <= 6000
