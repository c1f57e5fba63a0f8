"""How a rationale cites the sentence that decided it (defs-1), and how that citation is
read back: the LLM's evidence block shows a rationale without it (:func:`rationale_core`),
and the merge of the model's labels cites what the rules cited (:func:`cited`).

Apart from rules.py, which decides the labels, because every drafter's rationale is cited
the same way, whichever rule or model decided it.
"""

from __future__ import annotations

import re

from mailbot.drafting.facts import sentences, shorten

# defs-1: a rationale cites the sentence that decided it. The sentence is appended after
# this mark; the LLM's evidence block keeps only the part before it (rationale_core), so
# the recorded prompts stay byte-identical until the cassettes are re-recorded.
CITE = ' — from: "'
# When no cue decided (a default level), the rationale says so and cites the sentence the
# default was read from under this other mark: it names what was read, not a decisive cue.
READ_FROM = '; read from: "'
_QUOTED = re.compile(r'"([^"]{2,80})"')


def _holding(cue: str, text: str) -> str | None:
    """The first sentence of ``text`` holding ``cue``: as written, else (the CSM's level
    quoted with its punctuation, ". Low.") its words alone, a sentence of just those first."""
    told = sentences(text)
    found = next((s for s in told if cue in s.lower()), None)
    words = cue.strip(" \t\n.,;:!?")
    if found or not words:
        return found
    exact = next((s for s in told if s.lower().strip(" .,;:!?") == words), None)
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
    return exact or next((s for s in told if pattern.search(s.lower())), None)


def cite_sentence(rationale: str, *texts: str, limit: int = 300, cue: str = "") -> str:
    """The rationale plus the first sentence of ``texts`` holding its first quoted cue (or
    ``cue``'s, when another rationale's words decided it, such as the category's for an
    executive floor); unchanged when none holds it or it already cites one."""
    quoted = _QUOTED.search(cue or rationale)
    room = limit - len(rationale) - len(CITE) - 1
    if quoted is None or room < 30 or rationale != rationale_core(rationale):
        return rationale
    for text in texts:
        found = _holding(quoted.group(1).lower(), text)
        if found:
            return f'{rationale}{CITE}{shorten(found, room)}"'
    return rationale


def read_from(rationale: str, sentence: str, limit: int = 300) -> str:
    """A rationale no cue decided, citing the sentence its default was read from (the
    customer's main complaint), marked as such; unchanged when it already cites one."""
    if not sentence or rationale != rationale_core(rationale):
        return rationale
    room = limit - len(READ_FROM) - 1
    head = shorten(rationale, max(room - 60, room - len(sentence)))
    return f'{head}{READ_FROM}{shorten(sentence, room - len(head))}"'


def cited(rationale: str) -> str:
    """The sentence a rationale cites (after either mark), or ""."""
    for mark in (CITE, READ_FROM):
        if mark in rationale:
            return rationale.split(mark, 1)[1].removesuffix('"')
    return ""


def rationale_core(rationale: str) -> str:
    """The rationale without its cited sentence (what the LLM is shown as evidence)."""
    return rationale.split(CITE, 1)[0].split(READ_FROM, 1)[0]
