"""The compact definitions the classify prompt gives the model, read from routing/definitions.md.

The written definitions (defs-1) and the prompt's short form of them were two hand copies
that nothing tied together. The short form now lives once, in the definitions file itself
(section "The compact form given to the LLM"), between the lines ``<!-- prompt:begin -->``
and ``<!-- prompt:end -->`` as one ``text`` code block, so Markdown shows it as the model
reads it and nobody reflows it; prompts/classify.system.j2 inserts it. The file ships in
the package (mailbot/data/definitions.md links to routing/definitions.md, as the prompts and
the default routing file do), so an installed mailbot reads the same text as a checkout.
A missing or garbled block is an error that names the file: a prompt built from half the
file, or from all of it, must never reach the model.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mailbot.errors import ConfigError
from mailbot.templating import DATA_DIR

DEFINITIONS_FILE = DATA_DIR / "definitions.md"
BEGIN, END = "<!-- prompt:begin -->", "<!-- prompt:end -->"
FENCE_OPEN, FENCE_CLOSE = "```text", "```"


def _marker_line(lines: list[str], marker: str, source: str) -> int:
    """The index of the one line that is ``marker``; a marker missing, repeated or
    misspelt (then it is missing) is an error."""
    found = [i for i, line in enumerate(lines) if line.strip() == marker]
    if len(found) != 1:
        raise ConfigError(
            source, f"needs exactly one line {marker!r} around the compact form, found {len(found)}"
        )
    return found[0]


def compact_block(markdown: str, source: str = "definitions.md") -> str:
    """The compact form: the code block between the markers, without its fences and final
    newline (the template adds that); line breaks are normalised to ``\\n``."""
    lines = markdown.splitlines()
    begin, end = _marker_line(lines, BEGIN, source), _marker_line(lines, END, source)
    inner = lines[begin + 1 : end]
    if len(inner) < 2 or inner[0].strip() != FENCE_OPEN or inner[-1].strip() != FENCE_CLOSE:
        raise ConfigError(
            source,
            f"the compact form must be one {FENCE_OPEN!r} ... {FENCE_CLOSE!r} code block "
            f"between {BEGIN!r} and {END!r}, in that order",
        )
    body = "\n".join(inner[1:-1])
    if not body.strip():
        raise ConfigError(source, "the compact form between the markers is empty")
    return body


def load_compact(path: Path = DEFINITIONS_FILE) -> str:
    """The compact form in ``path``; an unreadable file is a ConfigError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the written definitions: {exc}") from exc
    return compact_block(text, str(path))


@cache
def compact_definitions() -> str:
    """Read once per process: the file changes only with the package, like the templates."""
    return load_compact()
