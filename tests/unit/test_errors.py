"""The error tree drawn in mailbot/errors.py is the real class hierarchy."""

from __future__ import annotations

import re

from mailbot import errors
from mailbot.drafting import llm, llm_output

_CLASSES = {**vars(errors), **vars(llm), **vars(llm_output)}


def _drawn_tree() -> list[tuple[str, str]]:
    """(child, parent) pairs from the box-drawing tree in the module docstring."""
    pairs: list[tuple[str, str]] = []
    stack: list[tuple[int, str]] = []
    for line in (errors.__doc__ or "").splitlines():
        found = re.match(r"^([\s│├└─]*?)(\w+Error|\w+Failure|\w+Invalid)\b", line)
        if not found:
            continue
        depth = len(found.group(1))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            pairs.append((found.group(2), stack[-1][1]))
        stack.append((depth, found.group(2)))
    return pairs


def test_every_drawn_error_derives_from_its_drawn_parent() -> None:
    pairs = _drawn_tree()
    assert ("LLMFailure", "DraftingError") in pairs and len(pairs) >= 12
    for child, parent in pairs:
        assert issubclass(_CLASSES[child], _CLASSES[parent]), (child, parent)


def test_llm_errors_are_ours_and_output_invalid_is_still_a_value_error() -> None:
    assert issubclass(llm.LLMFailure, errors.MailbotError)
    assert issubclass(llm_output.OutputInvalid, errors.DraftingError)
    assert issubclass(llm_output.OutputInvalid, ValueError)
