"""The classify prompt's definitions come from routing/definitions.md, the one written source.

The compact form the model reads sits in the definitions file between two markers; these
tests check that the rendered prompt carries it verbatim, that it defines exactly the
labels of defs-1 (and so of the domain's enums) as the long definitions do, and that a
garbled file fails loudly instead of feeding the model half a file.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.llm_classify import SYSTEM, system_prompt
from mailbot.drafting.prompt_definitions import (
    BEGIN,
    DEFINITIONS_FILE,
    END,
    compact_block,
    compact_definitions,
    load_compact,
)
from mailbot.errors import ConfigError
from mailbot.templating import HERE, render

SOURCE = HERE.parent / "routing" / "definitions.md"  # the file as edited in a checkout
SECTIONS: dict[str, type[StrEnum]] = {
    "CATEGORY:": Category,
    "SEVERITY:": Severity,
    "SENTIMENT:": Sentiment,
}
GOOD = f"# Defs\n\n- `calm`: long form\n\n{BEGIN}\n```text\nCATEGORY: x\n- a: b\n```\n{END}\n"


def _keys_per_section(block: str) -> dict[str, set[str]]:
    """The keys each block of the compact form defines ("- key: ..." lines)."""
    keys: dict[str, set[str]] = {}
    current = ""
    for line in block.splitlines():
        current = next((s for s in SECTIONS if line.startswith(s)), current)
        if line.startswith("- ") and ": " in line:
            keys.setdefault(current, set()).add(line[2:].split(": ", 1)[0])
    return keys


def test_the_rendered_prompt_holds_the_compact_form_verbatim() -> None:
    block = compact_definitions()
    prompt = system_prompt()
    assert prompt.startswith("You label one customer escalation")
    assert prompt.endswith("\n\n" + block + "\n")
    assert block.startswith("CATEGORY:") and "\nSEVERITY:" in block and "\nSENTIMENT:" in block


def test_the_template_cannot_render_without_the_definitions() -> None:
    with pytest.raises(UndefinedError):
        render(SYSTEM)


def test_the_package_reads_the_shipped_definitions_file() -> None:
    assert DEFINITIONS_FILE.parent == HERE / "data"  # package data, also when installed
    assert DEFINITIONS_FILE.read_bytes() == SOURCE.read_bytes()


@pytest.mark.parametrize("header", SECTIONS)
def test_the_compact_form_defines_exactly_the_labels_of_defs1(header: str) -> None:
    values = {member.value for member in SECTIONS[header]}
    assert _keys_per_section(compact_definitions())[header] == values


@pytest.mark.parametrize(
    "value", [m.value for enum in SECTIONS.values() for m in enum], ids=lambda v: str(v)
)
def test_each_label_of_the_compact_form_has_a_long_definition(value: str) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    long_form = text[: text.index(BEGIN)]
    assert f"\n- `{value}`" in long_form
    assert f"\n- {value}: " in "\n" + compact_definitions()


def test_line_breaks_of_the_file_do_not_change_the_block() -> None:
    assert compact_block(GOOD.replace("\n", "\r\n")) == compact_block(GOOD) == "CATEGORY: x\n- a: b"


@pytest.mark.parametrize(
    ("markdown", "problem"),
    [
        (GOOD.replace(BEGIN, ""), "exactly one line '<!-- prompt:begin -->'"),
        (GOOD.replace(END, "<!-- prompt:end ->"), "exactly one line '<!-- prompt:end -->'"),
        (GOOD + f"{BEGIN}\n", "found 2"),
        (GOOD.replace(BEGIN, "@@").replace(END, BEGIN).replace("@@", END), "in that order"),
        (GOOD.replace("```text\n", ""), "code block"),
        (GOOD.replace("```text\nCATEGORY: x\n- a: b\n", "```text\n\n"), "empty"),
    ],
    ids=["no begin", "garbled end", "two begins", "swapped", "no fence", "empty"],
)
def test_a_garbled_file_is_an_error_naming_it(markdown: str, problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        compact_block(markdown, "defs.md")
    assert caught.value.key == "defs.md" and problem in str(caught.value)


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "definitions.md"
    with pytest.raises(ConfigError, match="cannot read the written definitions") as caught:
        load_compact(missing)
    assert caught.value.key == str(missing)
