"""Mail clients' typography does not change what the rules read (issue 18, session 28).

Apple Mail, iOS and Outlook type "we’re" with a curly apostrophe; plain-text clients break
lines near 72 columns. The cue tables are written with straight apostrophes and one line a
sentence, so before ``for_rules`` a curly "we’re" or a line break inside "will not renew"
hid the cue (bench/typography.py measured 2-8 points of sentiment on the dev sets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.draft_eval import OURS, load_items
from bench.typography import copy_set, curly, wrapped
from mailbot.domain import Sentiment
from mailbot.drafting.facts import for_rules
from mailbot.drafting.offline import OfflineDrafter
from mailbot.drafting.sentiment import suggest_sentiment

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If it isn\u2019t fixed, we won\u2019t renew.", Sentiment.THREATENING_CHURN),
        (
            "Any news on this? If this is not fixed this month we will not\nrenew.",
            Sentiment.THREATENING_CHURN,
        ),
        ("C\u2019est inadmissible\u00a0! Nous exigeons une r\u00e9ponse.", Sentiment.ANGRY),
        (
            "Honestly this is\nunacceptable and I expect a call from your\nmanager today.",
            Sentiment.ANGRY,
        ),
    ],
)
def test_curly_apostrophes_and_hard_wraps_read_like_the_plain_text(
    text: str, expected: Sentiment
) -> None:
    assert suggest_sentiment(for_rules(text)).value is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It isn\u2019t \u201cfixed\u201d.", 'It isn\'t "fixed".'),
        ("we will not\nrenew.", "we will not renew."),
        (  # a line the next word would not have fitted on was broken by the client
            "The trustees asked every department to show the value of each paid tool\nBefore"
            " the renewal.",
            "The trustees asked every department to show the value of each paid tool Before"
            " the renewal.",
        ),
        (  # a signature's long lines stay lines (its title is read from them)
            "Kind regards from all of us at Example Logistics,\nMaria Schmidt\n"
            "Chief Executive Officer, Example Logistics GmbH, Hamburg\nTel. +49 40 1234567",
            "Kind regards from all of us at Example Logistics,\nMaria Schmidt\n"
            "Chief Executive Officer, Example Logistics GmbH, Hamburg\nTel. +49 40 1234567",
        ),
        (
            "> it failed\n> since the update\nWe are fine now",
            "> it failed\n> since the update\nWe are fine now",
        ),
        ("First paragraph.\n\nsecond one", "First paragraph.\n\nsecond one"),
        ("We tried:\n- a restart\n- a new cable", "We tried:\n- a restart\n- a new cable"),
        (
            "Kind regards\nJane Doe\nHead of Operations",
            "Kind regards\nJane Doe\nHead of Operations",
        ),
        ("It failed again.\nthen it worked", "It failed again.\nthen it worked"),
    ],
)
def test_for_rules_joins_broken_lines_only(text: str, expected: str) -> None:
    assert for_rules(text) == expected


def test_bench_copy_changes_what_it_says() -> None:
    assert curly('we\'re "done"') == "we\u2019re \u201cdone\u201d"
    assert wrapped("> " + "word " * 30, 40).splitlines()[1].startswith("> word")


@pytest.mark.parametrize("change", ["curly", "wrap"])
def test_every_dev_thread_gets_the_same_suggestions_in_either_typography(
    tmp_path: Path, change: str
) -> None:
    source = ROOT / "bench" / "eval_set_e"
    copy_set(source, tmp_path, curly_quotes=change == "curly", width=66 if change == "wrap" else 0)
    drafter = OfflineDrafter(OURS)

    def labels(where: Path) -> dict[str, tuple[str, str, str]]:
        out = {}
        for name, request, _ in load_items(None, where, "dev"):
            brief = drafter.draft(request).brief
            out[name] = (brief.category.value, brief.severity.value, brief.sentiment.value)
        return out

    plain, changed = labels(source), labels(tmp_path)
    assert len(plain) == 78
    assert {n: v for n, v in changed.items() if v != plain[n]} == {}
