"""No cue pattern matches everything.

Why: a stray "|" at the end of one line of a long pattern ("...credit note\\b|" followed
by r"|\\b(?:a|pro-?rata) credit ...") makes an empty alternative, which matches every text:
the category bench fell from 85 % to 26 % on one such edit. These tables are edited often
and by hand, so every pattern is checked against text that names nothing.
"""

from __future__ import annotations

import importlib
import re

import pytest

from mailbot.drafting import tone_cues
from mailbot.drafting.ahead import RULE_MODULES
from mailbot.drafting.category_cues import CATEGORY_CUES
from mailbot.drafting.cues import WEAK_CUES
from mailbot.drafting.severity_cues import SEVERITY_CUES
from mailbot.drafting.severity_said import CRITICAL_SAID, HIGH_SAID
from mailbot.drafting.severity_scope import SCOPE_HIGH

PLAIN = ("", "hello", "Thanks, see you on the call.\n\nJane")


def _tables() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for name, table in (("category", CATEGORY_CUES), ("weak", WEAK_CUES),
                        ("severity", SEVERITY_CUES)):  # fmt: skip
        for key, patterns in table.items():
            found += [(f"{name}:{key}:{i}", p) for i, p in enumerate(patterns)]
    tones = ("CHURN", "THREAT", "ANGRY_STRONG", "ANGRY_WEAK", "FRUSTRATED_STRONG",
             "FRUSTRATED_WEAK", "PATIENT", "CONCERNED")  # fmt: skip
    for tone in tones:
        found += [(f"tone:{tone}:{i}", p) for i, p in enumerate(getattr(tone_cues, tone))]
    found += [(f"said_high:{i}", p) for i, p in enumerate(HIGH_SAID)]
    found += [(f"scope_high:{i}", p) for i, p in enumerate(SCOPE_HIGH)]
    found += [(f"said_critical:{i}", p) for i, p in enumerate(CRITICAL_SAID)]
    return found


@pytest.mark.parametrize(
    ("name", "pattern"), _tables(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_cue_matches_plain_text(name: str, pattern: re.Pattern[str]) -> None:
    assert not any(pattern.search(text) for text in PLAIN), name


def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the rule modules hold, alone or in a tuple or dict of them."""
    found: list[tuple[str, re.Pattern[str]]] = []
    for module_name in RULE_MODULES:
        module = importlib.import_module(module_name)
        for attr, value in vars(module).items():
            values = list(value.values()) if isinstance(value, dict) else [value]
            for item in values:
                items = item if isinstance(item, tuple) else (item,)
                found += [(f"{module_name}.{attr}", p) for p in items if isinstance(p, re.Pattern)]
    return found


@pytest.mark.parametrize(
    ("name", "pattern"), _compiled(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_pattern_holds_an_unfilled_name(name: str, pattern: re.Pattern[str]) -> None:
    """A piece written r"...{_BOARD}..." instead of rf"..." keeps the name as literal text
    and never matches; one in rf"...{0,40}..." turns the quantifier into "(0, 40)"."""
    text = pattern.pattern
    assert "{_" not in text and "{TITLE}" not in text and "{DATE}" not in text, name
    assert "(0, " not in text and "(1, " not in text, name
