"""Spotting hostile content in a forwarded thread, and defusing it before a model reads it.

Detection never changes what the drafter does - the model is told the thread is data, its
output is schema-checked and neutralised, and it chooses no recipients, state or headers.
The flags exist so the CSM, who approves every brief, sees *that* someone tried and *what*
they wrote. Each flag names the place and quotes the text (shortened, made visible).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from mailbot.drafting.brief import DraftRequest
from mailbot.links import defang_links

# (kind of attempt, pattern); EN/DE/FR wording, matched case-insensitively.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for kind, pattern in (
        (
            "instruction override",
            r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:instructions?|prompts?"
            r"|rules|guidelines)\b|\byou are now\b|\bnew instructions\b|\bsystem prompt\b"
            r"|\bignoriere?\b[^.\n]{0,40}\banweisungen\b|\bignorez?\b[^.\n]{0,40}\binstructions\b",
        ),
        (
            "fake system/assistant block",
            r"^\s*(?:#+\s*)?(?:system|assistant|developer|tool)\s*(?:message|prompt)?\s*[:>\]]"
            r"|<\|?(?:im_start|im_end|system|assistant|endoftext)\|?>|\[/?INST\]|<</?SYS>>"
            r"|</?(?:system|assistant|instructions?)>",
        ),
        (
            "request to set severity or category",
            r"\b(?:mark|set|classify|flag|label|treat|rate|escalate)\b[^.\n]{0,30}\b(?:as|to)\b"
            r"[^.\n]{0,15}\b(?:P[0-4]|sev(?:erity)?[ -]?[0-4]|critical|urgent|high|low|"
            r"product_defect|feature_gap|service_failure|commercial_dispute"
            r"|relationship_at_risk|executive_intervention)\b"
            r"|\b(?:severity|priority|category)\s*[:=]\s*\w+"
            r"|\b(?:make|set|change|raise|bump|upgrade)\b[^.\n]{0,20}\b(?:severity|priority"
            r"|category)\b",
        ),
        (
            "request to change recipients",
            r"\b(?:send|forward|cc|bcc|copy|route|deliver|mail)\b[^.\n]{0,40}\b(?:brief|escalation"
            r"|summary|this|it|draft)\b[^.\n]{0,20}\bto\b[^.\n]{0,40}@|\b(?:add|include)\b[^.\n]{0,30}"
            r"@[\w.-]+\b[^.\n]{0,30}\b(?:recipients?|cc|bcc|list)\b|\breply-to\b",
        ),
        (
            "request to approve or change state",
            r"\b(?:auto-?approve|approve (?:this|it|the (?:brief|draft|escalation))"
            r"|(?:already|pre-?)approved|skip (?:the )?(?:approval|review)"
            r"|(?:close|resolve|reject) (?:this|the) (?:escalation|ticket|brief))\b",
        ),
        ("fence marker spoofing", r"<<<|>>>|\bEND OF (?:CUSTOMER )?THREAD\b"),
    )
)
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060-\u2064\ufeff\u00ad]")
_TAGS = re.compile("[\U000e0000-\U000e007f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHAT_TOKEN = re.compile(r"<\|[^|>\n]{0,30}\|>")


def visible(text: str, limit: int = 80) -> str:
    """Text safe to quote in a flag: invisible characters shown as code points, links
    defanged as in the brief (a caution box must not make them clickable), shortened."""

    def show(match: re.Match[str]) -> str:
        return f"U+{ord(match.group(0)):04X}"

    shown = _CONTROL.sub(show, _TAGS.sub(show, _ZERO_WIDTH.sub(show, _BIDI.sub(show, text))))
    shown = defang_links(" ".join(shown.split()))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _strip(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub("", _TAGS.sub("", _ZERO_WIDTH.sub("", _BIDI.sub("", text))))


def defuse(text: str) -> str:
    """Untrusted text as the model may see it: no invisible tricks, no fences, no role tokens.

    Normalising (NFKC) folds full-width and compatibility look-alikes onto plain letters, so
    "ｉｇｎｏｒｅ" reads - and is detected - as "ignore".
    """
    text = _strip(text)
    text = _CHAT_TOKEN.sub(lambda m: m.group(0).replace("<|", "‹").replace("|>", "›"), text)
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››")


def _unicode_flags(where: str, text: str) -> list[str]:
    flags = []
    for name, pattern in (
        ("bidirectional override", _BIDI),
        ("zero-width", _ZERO_WIDTH),
        ("invisible tag", _TAGS),
    ):
        found = pattern.findall(text)
        if found:
            codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in found}))
            flags.append(f"{name} characters ({codes}) in {where}, removed before drafting")
    return flags


def scan_text(where: str, text: str) -> list[str]:
    """Flags for one piece of untrusted text; ``where`` names it for the CSM."""
    flags = _unicode_flags(where, text)
    plain = _strip(text)
    for kind, pattern in _RULES:
        match = pattern.search(plain) or pattern.search(text)
        if match:
            flags.append(f'possible prompt injection ({kind}) in {where}: "{visible(match[0])}"')
    return flags


def _places(request: DraftRequest, hidden_text: str) -> Iterable[tuple[str, str]]:
    for number, message in enumerate(request.thread.messages, start=1):
        who = message.sender or message.sender_name or "unknown sender"
        yield f"message {number} from {who}", f"{message.sender_name}\n{message.subject}\n"
        yield f"message {number} from {who}", message.body
    if hidden_text.strip():
        yield "hidden HTML text", hidden_text


def scan_request(request: DraftRequest, hidden_text: str = "") -> list[str]:
    """All flags for a draft request, without duplicates, in thread order.

    The CSM's own note is trusted and not scanned; text hidden in the HTML (which the
    reader never saw) always earns a flag of its own, since nothing legitimate hides there.
    """
    flags: list[str] = []
    if hidden_text.strip():
        flags.append(
            f'hidden HTML text (invisible to the reader, not given to the model): "'
            f'{visible(hidden_text)}"'
        )
    for where, text in _places(request, hidden_text):
        for flag in scan_text(where, text):
            if flag not in flags:
                flags.append(flag)
    return flags
