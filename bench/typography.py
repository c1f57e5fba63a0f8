"""Copy a labelled set with the typography real mail clients add, to score the drafter on it.

    PYTHONPATH=. python bench/typography.py eval_set_e /tmp/e_curly --curly
    PYTHONPATH=. python bench/typography.py eval_set_e /tmp/e_wrap --wrap 66
    PYTHONPATH=. python bench/draft_eval.py --set /tmp/e_curly --matrix

Why: every labelled set was written with straight apostrophes and one line a paragraph,
but Apple Mail, iOS and Outlook type "we’re" with a curly apostrophe, and plain-text
clients (Thunderbird, mutt, many mobile ones) break lines near 72 columns. A cue written
as "we're leaving" must still be read in both. The copy changes only the bodies' text
(and the labels' key facts the same way), so a score that moves is the typography's doing.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import textwrap
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_OPENING = re.compile(r'(^|[\s(\[])"(?=\S)', re.MULTILINE)


def curly(text: str) -> str:
    """Smart punctuation as autocorrect types it: ’ inside words, “…” around quotes."""
    text = _APOSTROPHE.sub("\u2019", text)
    return _OPENING.sub("\\1\u201c", text).replace('"', "\u201d")


def wrapped(text: str, width: int) -> str:
    """Hard line breaks at ``width`` columns, quoted lines keeping their ``>`` prefix."""
    out: list[str] = []
    for line in text.splitlines():
        prefix = re.match(r"^(?:> ?)*", line)
        lead = prefix.group(0) if prefix else ""
        body = line[len(lead) :]
        if len(line) <= width or not body.strip():
            out.append(line)
            continue
        out.extend(lead + part for part in textwrap.wrap(body, max(20, width - len(lead))))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _retyped(msg: EmailMessage, change: Callable[[str], str], html_too: bool) -> None:
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        subtype = part.get_content_subtype()
        if subtype not in ("plain", "html") or (subtype == "html" and not html_too):
            continue
        if part.get_filename():  # an attached file stays as it was
            continue
        text = part.get_content()
        new = change(text)
        if new != text:
            part.set_content(new, subtype=subtype, charset="utf-8", cte="quoted-printable")


def copy_set(source: Path, out: Path, curly_quotes: bool, width: int) -> int:
    """Write the changed copy of every thread in ``source`` to ``out``; how many."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for eml in sorted(source.glob("*.eml")):
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        if curly_quotes:
            _retyped(msg, curly, html_too=True)
            label["key_facts"] = [curly(f) for f in label["key_facts"]]
        if width:
            _retyped(msg, lambda t: wrapped(t, width), html_too=False)
        (out / eml.name).write_bytes(msg.as_bytes(policy=email.policy.SMTP))
        (out / eml.with_suffix(".json").name).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", help="a folder under bench/ (eval_set_e), or any path")
    parser.add_argument("out", type=Path)
    parser.add_argument("--curly", action="store_true", help="curly apostrophes and quotes")
    parser.add_argument("--wrap", type=int, default=0, help="hard line breaks at N columns")
    args = parser.parse_args()
    source = Path(args.set) if Path(args.set).is_dir() else ROOT / "bench" / args.set
    print(f"{copy_set(source, args.out, args.curly, args.wrap)} threads written to {args.out}")


if __name__ == "__main__":
    main()
