"""The reply-command grammar of SPEC §5, as a pure function of the reply's new text.

Commands are read only from text the sender wrote now (quotes, signatures and forwards
are already gone), one per line, at the start of the line, within the first 20 non-blank
lines. Anything ambiguous ("not resolved yet", "is this resolved?", "I will approve it
tomorrow") is free text, never a command: a wrong state change is worse than asking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mailbot.domain import CommandKind, ParsedCommand
from mailbot.inbound.command_args import command, parse_duration, parse_override
from mailbot.inbound.subject import clean_subject, strip_subject_tags

MAX_COMMAND_LINES = 20

_BULLET = re.compile(r"^(?:[-*•>]+|\d{1,2}[.)])\s+")
_Rule = tuple[re.Pattern[str], CommandKind, Callable[[re.Match[str]], str | None]]


def _rest(match: re.Match[str]) -> str:
    return (match.group("rest") or "").strip(" \t:-–—,.;!")


def _required(match: re.Match[str]) -> str | None:
    """Free-text arguments (update, need info, customer) are kept as written."""
    return (match.group("rest") or "").lstrip(" \t:-–—,;").rstrip() or None


def _none(_match: re.Match[str]) -> str:
    return ""


def _snooze(match: re.Match[str]) -> str | None:
    """``snooze for 2 days`` → ``2d``; ``None`` (not understood) for a duration none can read."""
    unit = (match.group("unit") or "d")[0].lower()
    arg = f"{int(match.group('n'))}{unit}"
    return arg if parse_duration(arg) is not None else None


_REF = re.compile(r"^\[?(ESC-\d{4}-\d{4,8})\]?$", re.IGNORECASE)


def _merge(match: re.Match[str]) -> str | None:
    """``merge ESC-2026-0001``: the reference is required, nothing else on the line."""
    ref = _REF.match((match.group("rest") or "").strip(" \t.!"))
    return ref.group(1).upper() if ref else None


def _guidance(match: re.Match[str]) -> str:
    """``draft update: mention the workaround``: the rest of the line guides the draft."""
    return (match.group("rest") or "").strip(" \t:-–—,;")


def _rule(pattern: str, kind: CommandKind, arg: Callable[[re.Match[str]], str | None]) -> _Rule:
    return re.compile(pattern, re.IGNORECASE), kind, arg


_TAIL = r"(?:[\s:=,.;!\-–—]+(?P<rest>.*))?$"  # words allowed after the keyword
_STRICT = r"(?:\s*(?:[:,.;!\-–—]+\s*(?P<rest>.*))?)$"  # only after punctuation
_RULES: tuple[_Rule, ...] = (
    _rule(rf"^(?:approved?|approving|lgtm){_TAIL}", CommandKind.APPROVE, _none),
    _rule(rf"^(?:reject(?:ed)?|declined?){_TAIL}", CommandKind.REJECT, _rest),
    _rule(rf"^(?:ack(?:ed|'d)?|acknowledged?){_TAIL}", CommandKind.ACK, _none),
    _rule(
        rf"^(?:in[ -]progress|working on (?:it|this)|on it(?=\s*(?:[:,.;!\-–—]|$))){_TAIL}",
        CommandKind.IN_PROGRESS,
        _none,
    ),
    _rule(r"^update\s*[:\-–—]\s*(?P<rest>.*)$", CommandKind.UPDATE, _required),
    _rule(
        r"^(?:need(?:s)?[ -](?:more[ -])?info(?:rmation)?)\s*[:\-–—]?\s*(?P<rest>.*)$",
        CommandKind.NEED_INFO,
        _required,
    ),
    _rule(rf"^resolved{_TAIL}", CommandKind.RESOLVED, _rest),
    _rule(rf"^(?:close[ds]?(?: it)?|confirm(?:ed)?){_STRICT}", CommandKind.CLOSE, _none),
    _rule(rf"^(?:re-?open(?:ed)?){_TAIL}", CommandKind.REOPEN, _rest),
    _rule(
        r"^snooze\s*[:\-]?\s*(?:for\s+)?(?P<n>\d{1,3})\s*"
        r"(?P<unit>d|days?|w|wks?|weeks?|h|hrs?|hours?)?\b(?P<rest>.*)$",
        CommandKind.SNOOZE,
        _snooze,
    ),
    _rule(rf"^push(?: it)?(?: up)?{_STRICT}", CommandKind.PUSH, _none),
    _rule(r"^customer\s*[:\-–—]\s*(?P<rest>.*)$", CommandKind.CUSTOMER, _required),
    _rule(r"^merge\b(?:\s+(?:into|with))?\s*[:\-]?\s*(?P<rest>\S*)$", CommandKind.MERGE, _merge),
    _rule(rf"^(?:keep\s+)?separate{_STRICT}", CommandKind.SEPARATE, _none),
    _rule(
        r"^draft\s+(?:an?\s+)?(?:customer\s+)?update\b(?P<rest>.*)$",
        CommandKind.DRAFT_UPDATE,
        _guidance,
    ),
)
KEYWORDS = frozenset(
    {"approve", "approved", "reject", "ack", "acknowledged", "update", "need", "resolved",
     "close", "closed", "confirmed", "reopen", "snooze", "push", "customer", "owner",
     "severity", "priority", "category", "account", "headline", "ask", "sentiment",
     "merge"}
)  # fmt: skip
OVERRIDE_FIELD = re.compile(
    r"^(?P<field>severity|priority|prio|category|sentiment|account|headline|ask)\s*[:=]\s*"
    r"(?P<value>.+)$|^(?P<field2>severity|priority|category|sentiment)\s+(?P<value2>[\w-]+)$",
    re.IGNORECASE,
)
_SHORT_TAIL = frozenset({CommandKind.APPROVE, CommandKind.ACK, CommandKind.IN_PROGRESS})
_TEXT_COMMANDS = frozenset(
    {CommandKind.UPDATE, CommandKind.NEED_INFO, CommandKind.CUSTOMER, CommandKind.DRAFT_UPDATE}
)
_ARG_KEYWORDS = frozenset(
    {
        "snooze",
        "severity",
        "priority",
        "category",
        "sentiment",
        "update",
        "need",
        "customer",
        "merge",
    }
)
_OWNER = re.compile(r"\bowner\s*[:=]\s*(?P<owner>.+)$", re.IGNORECASE)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten tag|bonjour|hola"
    r"|hej|hoi|thanks|thank you|many thanks|thx|ty|cheers|regards|best|best regards"
    r"|kind regards|warm regards|br|all the best|danke|vielen dank|viele grüße|grüße|gruß"
    r"|lg|vg|mfg|merci|cordialement|gracias|saludos|bedankt|groeten|met vriendelijke groet"
    r"|mvg|tack|mvh)\b[^:?]{0,30}$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:thanks|thank you|many thanks|thx|cheers|regards|best|kind regards|best regards"
    r"|warm regards|br|all the best|danke|viele grüße|grüße|gruß|lg|vg|mfg|cordialement"
    r"|saludos|groeten|met vriendelijke groet|mvg|mvh)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[^\W\d_][\w.' -]{0,40}$")


@dataclass(frozen=True)
class CommandParse:
    """Commands found, the remaining free text, and what was refused or skipped."""

    commands: tuple[ParsedCommand, ...]
    free_text: str
    unrecognised: tuple[str, ...]
    ignored: tuple[str, ...]


@dataclass
class _State:
    commands: list[ParsedCommand]
    free: list[str]
    unrecognised: list[str]
    ignored: list[str]
    owner: str = ""


def parse_commands(new_text: str, subject: str = "") -> CommandParse:
    """Read SPEC §5 commands from a reply's new text (and, if it is empty, its subject)."""
    state = _State([], [], [], [])
    after_sign_off = False
    for number, raw in enumerate(_nonblank_lines(new_text)):
        if number >= MAX_COMMAND_LINES:
            state.free.append(raw)
            continue
        after_sign_off = _read_line(raw, state, after_sign_off)
    _attach_owner(state)
    if not state.commands and not state.free and not state.unrecognised:
        _read_subject(subject, state)
    if clean_subject(subject).strip(" .!").lower() == "status":
        _add(state, command(CommandKind.STATUS, line=subject.strip()), subject)
    return CommandParse(
        commands=tuple(state.commands),
        free_text="\n".join(state.free).strip(),
        unrecognised=tuple(state.unrecognised),
        ignored=tuple(state.ignored),
    )


def _nonblank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _read_line(raw: str, state: _State, after_sign_off: bool) -> bool:
    """Classify one line; returns whether the next line may be a sign-off name."""
    line = _BULLET.sub("", raw).strip()
    owner = _OWNER.match(line)
    if owner and line.lower().startswith("owner"):
        state.owner = state.owner or owner.group("owner").strip()
        return False
    result = _match_command(line)
    if isinstance(result, ParsedCommand):
        _add(state, result, raw)
    elif result == "unrecognised":
        state.unrecognised.append(raw)
    elif _GREETING.match(line):
        state.ignored.append(raw)
        return bool(_SIGN_OFF.match(line))
    elif after_sign_off and _NAME.match(line) and len(line.split()) <= 3:
        state.ignored.append(raw)
    else:
        state.free.append(raw)
    return False


def _match_command(line: str) -> ParsedCommand | str:
    """A command, "unrecognised" for a malformed command, or "" for free text."""
    if re.match(r"^\w+\s*\?", line):
        return ""
    field = OVERRIDE_FIELD.match(line)
    if field:
        value = parse_override(
            field.group("field") or field.group("field2"),
            field.group("value") or field.group("value2"),
        )
        if value is None:
            return "unrecognised"
        return command(CommandKind.OVERRIDE, value, line)
    for pattern, kind, arg_of in _RULES:
        match = pattern.match(line)
        if match:
            if line.endswith("?") and kind not in _TEXT_COMMANDS:
                return ""  # "resolved yet?" asks, it does not tell
            if kind in _SHORT_TAIL and _is_sentence(line, match):
                return ""  # "Approve requests by Friday." is prose, not a command
            arg = arg_of(match)
            if arg is None:
                return "unrecognised"
            if kind is CommandKind.ACK:
                owner = _OWNER.search(match.group("rest") or "")
                arg = owner.group("owner").strip() if owner else ""
            return command(kind, arg, line)
    first = re.split(r"[\s:=,.;!\-]", line.lower(), maxsplit=1)[0]
    if first in KEYWORDS and (":" in line[:30] or (first in _ARG_KEYWORDS and len(line) < 40)):
        return "unrecognised"
    return ""


def _is_sentence(line: str, match: re.Match[str]) -> bool:
    """Plain words (no punctuation) running on after the keyword make a sentence."""
    rest = match.group("rest") or ""
    if not rest or _OWNER.search(rest):
        return False
    joint = line[: match.start("rest")].rstrip()
    return joint[-1:].isalnum() and len(rest.split()) > 3


def _add(state: _State, found: ParsedCommand, raw: str) -> None:
    if any(c.kind == found.kind and c.arg == found.arg for c in state.commands):
        state.ignored.append(raw)
    else:
        state.commands.append(found)


def _attach_owner(state: _State) -> None:
    """An ``owner:`` line completes the ACK (or is one, when no ACK line was given)."""
    if not state.owner:
        return
    for pos, ack in enumerate(state.commands):
        if ack.kind is CommandKind.ACK:
            if not ack.arg:
                state.commands[pos] = command(CommandKind.ACK, state.owner, ack.line)
            return
    line = f"owner: {state.owner}"
    state.commands.append(command(CommandKind.ACK, state.owner, line))


def _read_subject(subject: str, state: _State) -> None:
    line = strip_subject_tags(subject)
    if not line or len(line) > 200:
        return
    result = _match_command(line)
    if isinstance(result, ParsedCommand) and result.kind is not CommandKind.OVERRIDE:
        state.commands.append(result)
