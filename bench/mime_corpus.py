"""Real-world MIME from other projects' test suites: what `mailbot parse` / `draft` make of it.

Reads the messages where they are kept (``../shared/corpus-mime`` beside the checkout, or
``--corpus``); nothing is copied into the project. For every file it does what the two
commands do, in-process: ``parse_message``, the ``parse --json`` output (encoded as UTF-8,
as the terminal would), and an offline draft. It counts::

    parsed / refused (by reason) / tracebacks
    texts with U+FFFD or mojibake (UTF-8 read as Latin-1: "Ã¤"), and how many of those are
      worse than Python's own decoding of the same body (policy.default get_content())
    briefs with raw base64, quoted-printable, RFC 2047 encoded-words or HTML tags

One command::

    PYTHONPATH=. python bench/mime_corpus.py            # counts
    PYTHONPATH=. python bench/mime_corpus.py -v         # and which file is in which class
    PYTHONPATH=. python bench/mime_corpus.py --timing   # and parse_message's time alone
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from mailbot.drafting.drafters import draft_for
from mailbot.drafting.offline import OfflineDrafter
from mailbot.errors import ParseError
from mailbot.inbound.explain import explain
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus-mime"
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)  # fixed: the counts must not move with the date
ADDRESS = "escalations@mailbot.example"
_SKIP_NAMES = {"README.md", "SOURCE.md", "LICENSE", "COPYING"}

# Bytes 0x80-0xBF (UTF-8 continuation bytes) as Windows-1252 / Latin-1 would show them.
_CONT = "".join(
    sorted(
        ({bytes([b]).decode("cp1252", "replace") for b in range(0x80, 0xC0)} - {"\ufffd"})
        | {chr(b) for b in range(0x80, 0xC0)}
    )
)
_CONT_CLASS = "[" + re.escape(_CONT) + "]"
MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|\u00f0{_CONT_CLASS}{{3}}"
)
# base64 of text: a long unbroken run mixing upper case, lower case and digits
BASE64 = re.compile(r"(?<![\w/+=])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])"
                    r"(?=[A-Za-z0-9+/]*[0-9])[A-Za-z0-9+/]{40,}={0,2}(?![\w/+=])")  # fmt: skip
QP = re.compile(r"(?:=[89A-F][0-9A-F]){2,}|=3D|=\r?\n")  # 8-bit escapes, "=", soft breaks
ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|br|span|table|tbody|tr|td|th|font|a|img|b|i|u|style|meta"
    r"|blockquote|li|ul|ol|strong|em|center|h[1-6]|o:p)\b[^<>]{0,200}/?>|<!DOCTYPE html",
    re.IGNORECASE,
)
BRIEF_PATTERNS = {
    "base64": BASE64,
    "quoted-printable": QP,
    "encoded-word": ENCODED_WORD,
    "html": HTML_TAG,
}


@dataclass
class Tally:
    files: int = 0
    parsed: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    tracebacks: list[str] = field(default_factory=list)
    bad_text: list[str] = field(default_factory=list)
    worse_than_python: list[str] = field(default_factory=list)
    bad_brief: dict[str, list[str]] = field(default_factory=dict)
    refused_files: list[str] = field(default_factory=list)
    parse_seconds: float = 0.0


def message_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.name not in _SKIP_NAMES)


def bad_text(text: str) -> bool:
    """U+FFFD or a UTF-8-read-as-Latin-1 sequence (files holding U+FFFD are not counted)."""
    return "\ufffd" in text or MOJIBAKE.search(text) is not None


def message_texts(message: InboundMessage) -> list[str]:
    """Everything a CSM or a team reads that came out of the message."""
    texts = [message.text, message.subject, message.sender_name, *message.recipients]
    texts += [a.filename for a in message.attachments]
    for m in message.thread.messages:
        texts += [m.body, m.subject, m.sender_name]
    return texts


def python_body(raw: bytes) -> str:
    """Python's own decoding of the body a reader sees, the yardstick for "worse"."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(msg, EmailMessage)
        body = msg.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body is not None else ""
        return content if isinstance(content, str) else ""
    except Exception:
        return ""


def brief_texts(brief: dict[str, object]) -> list[str]:
    out: list[str] = []
    for value in brief.values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                out.append(str(item.get("event", "")) if isinstance(item, dict) else str(item))
    return out


def measure_one(path: Path, raw: bytes, tally: Tally) -> None:
    start = time.perf_counter()
    try:
        message = parse_message(raw, own_addresses=frozenset({ADDRESS}))
    except ParseError as exc:
        tally.parse_seconds += time.perf_counter() - start
        tally.refused[str(exc)[:80]] += 1
        tally.refused_files.append(f"{path}: {exc}")
        return
    tally.parse_seconds += time.perf_counter() - start
    tally.parsed += 1
    data = explain(message, address=ADDRESS, secret=b"bench-secret", now=NOW)
    json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8")  # print_json
    if any(bad_text(t) for t in message_texts(message)) and b"\xef\xbf\xbd" not in raw:
        tally.bad_text.append(str(path))
        if not bad_text(python_body(raw)) and bad_text(message.text):
            tally.worse_than_python.append(str(path))
    drafter = OfflineDrafter(own_domains=["mailbot.example"])
    result = draft_for(drafter, message, account=None, now=NOW)
    brief = result.brief.model_dump(mode="json")
    json.dumps(brief, ensure_ascii=False).encode("utf-8")
    for text in brief_texts(brief):
        for kind, pattern in BRIEF_PATTERNS.items():
            if pattern.search(re.sub(r"\S*://\S*", " ", text)):  # URLs are not encodings
                files = tally.bad_brief.setdefault(kind, [])
                if str(path) not in files:
                    files.append(str(path))


def measure(corpus: Path) -> Tally:
    tally = Tally()
    for path in message_files(corpus):
        tally.files += 1
        rel = path.relative_to(corpus)
        try:
            measure_one(rel, path.read_bytes(), tally)
        except Exception as exc:  # exactly what the issue counts: a crash of parse or draft
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            tally.tracebacks.append(f"{rel}: {type(exc).__name__} in {frame.name}: {exc}"[:200])
    return tally


def report(tally: Tally, verbose: bool) -> None:
    refused = sum(tally.refused.values())
    briefs = sorted({f for files in tally.bad_brief.values() for f in files})
    print(f"files {tally.files}: parsed {tally.parsed}, refused {refused}, "
          f"tracebacks {len(tally.tracebacks)}")  # fmt: skip
    for reason, count in tally.refused.most_common():
        print(f"  refused {count}: {reason}")
    for line in tally.tracebacks:
        print(f"  traceback: {line}")
    print(f"texts with U+FFFD or mojibake: {len(tally.bad_text)} "
          f"(body worse than Python's own decoding: {len(tally.worse_than_python)})")  # fmt: skip
    kinds = ", ".join(f"{kind} {len(files)}" for kind, files in sorted(tally.bad_brief.items()))
    print(f"briefs with raw transfer encoding or markup: {len(briefs)} ({kinds or 'none'})")
    per_ms = 1000 * tally.parse_seconds / max(tally.files, 1)
    print(f"parse_message: {tally.parse_seconds:.2f} s in all, {per_ms:.2f} ms per file")
    if verbose:
        for title, files in [
            ("refused", tally.refused_files),
            ("U+FFFD/mojibake", tally.bad_text),
            ("worse than Python", tally.worse_than_python),
            *[(f"brief {kind}", files) for kind, files in sorted(tally.bad_brief.items())],
        ]:
            print(f"\n{title}:")
            for name in files:
                print(f"  {name}")


def timing(corpus: Path) -> None:
    """parse_message alone, best of 5: the corpus, and the project's everyday fixtures."""
    fixtures = ROOT / "tests" / "fixtures"
    sets = {
        "corpus-mime": message_files(corpus),
        "tests/fixtures replies+parse+forwards": [
            p
            for sub in ("replies", "parse", "forwards")
            for p in sorted((fixtures / sub).rglob("*.eml"))
        ],
    }
    for name, paths in sets.items():
        raws = [p.read_bytes() for p in paths]
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for raw in raws:
                with contextlib.suppress(ParseError):
                    parse_message(raw)
            best = min(best, time.perf_counter() - start)
        print(f"timing {name}: {len(raws)} files, {1e6 * best / len(raws):.0f} µs per message")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the files per class")
    parser.add_argument("--timing", action="store_true", help="also time parse_message alone")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    report(measure(args.corpus), args.verbose)
    if args.timing:
        timing(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
