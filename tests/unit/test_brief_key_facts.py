"""The brief keeps the thread's key facts its prose sections lost: in a sentence nobody
picked, in the part a length limit cut, or only in a quoted earlier message."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from mailbot.drafting.brief import Brief, DraftRequest
from mailbot.drafting.key_facts import with_key_facts
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.message import ForwardedMessage, ForwardedThread

WHEN = datetime(2031, 4, 2, 9, 30, tzinfo=UTC)


def _brief(impact: str) -> Brief:
    return Brief.model_validate(
        {
            "headline": "h", "customer_impact": impact, "specific_ask": "a",
            "customer_communication": "c", "category": "product_defect",
            "category_rationale": "r", "severity": "high", "severity_rationale": "r",
            "sentiment": "concerned", "sentiment_rationale": "r",
        }
    )  # fmt: skip


def _text(brief: Brief) -> str:
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False)


def test_lost_facts_are_listed_once_after_the_impact() -> None:
    fixed = with_key_facts(_brief("Scans fail."), ["OPS-NET-20417", "Scans fail", "ERP"])
    assert fixed.customer_impact == "Scans fail. Also in the thread: OPS-NET-20417; ERP."


def test_a_long_impact_is_cut_to_make_room_and_stays_within_its_limit() -> None:
    long_impact = "In the customer's words: " + "the scanner stalls again " * 40
    fixed = with_key_facts(_brief(long_impact[:800]), ["4,2 Mio. EUR", "clause 11.3"])
    assert len(fixed.customer_impact) <= 800
    assert fixed.customer_impact.endswith("Also in the thread: 4,2 Mio. EUR; clause 11.3.")


def test_nothing_lost_leaves_the_brief_alone() -> None:
    brief = _brief("Seven night nurses chart on paper.")
    assert with_key_facts(brief, ["Seven night nurses"]) is brief


def test_offline_brief_keeps_facts_from_a_buried_sentence_and_a_quoted_message() -> None:
    body = (
        "Hello,\n\nThe ward tablets stopped syncing this morning and the nurses cannot see "
        "the medication plans, so every round is done from printouts. It is a real risk for "
        "patients and the night shift is worried. Please help us today. Apart from that, the "
        "gateway caps us at 300 calls per minute, which is slow.\n\n"
        "> On Monday your colleague wrote:\n> We logged this under OPS-NET-20417.\n\n"
        "Regards,\nDana"
    )
    message = ForwardedMessage("dana@ward.example", "Dana", WHEN, WHEN.isoformat(), "Sync", body)
    thread = ForwardedThread(note="Please look at this.", messages=(message,))
    brief = OfflineDrafter({"example.com"}).draft(DraftRequest(thread, today="2031-04-02")).brief
    assert "300 calls per minute" in _text(brief)
    assert "OPS-NET-20417" in _text(brief)
    assert len(brief.customer_impact) <= 800
