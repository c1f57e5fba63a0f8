"""Measure mailbot's reply splitter against the public reply-parser corpus.

The corpus (``/work/shared/corpus``, see its README) is read in place and never copied
into the project. Each upstream project states its expectations differently; this script
encodes the ones that name the visible reply text: discourse's ``trimmed/`` files, the
exact/contains/excludes statements of the github, zapier, crisp, alfonsrv and talon
tests (as summarised in each folder's SOURCE.md). Texts are compared after collapsing
whitespace, so a difference in blank lines does not count as a failure.

Usage: ``PYTHONPATH=. python bench/corpus_replies.py [--verbose] [--corpus DIR]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mailbot.inbound.html_text import html_to_text
from mailbot.inbound.parse import parse_message
from mailbot.inbound.quotes import reply_text

Check = tuple[str, str | tuple[str, ...]]  # (mode, expected): exact|starts|contains|excludes


@dataclass(frozen=True)
class Case:
    project: str
    name: str
    got: str
    checks: tuple[Check, ...]


HERE_IS = "Here is another email"
GITHUB: dict[str, tuple[Check, ...]] = {
    "email_2_1": (("exact", "Outlook with a reply"),),
    "email_2_2": (("exact", "Outlook with a reply directly above line"),),
    "email_2_3": (("exact", "Outlook with a reply directly above line"),),
    "email_iPhone": (("exact", HERE_IS),),
    "email_BlackBerry": (("exact", HERE_IS),),
    "email_multi_word_sent_from_my_mobile_device": (("exact", HERE_IS),),
    "email_sent_from_my_not_signature": (
        ("exact", HERE_IS + "\nSent from my desk, is much easier then my mobile phone."),
    ),
    "email_1_4": (("starts", "Awesome"), ("excludes", "Loader")),
    "email_1_6": (("starts", "I get"), ("excludes", "Was this")),
    "email_1_7": (("contains", ":+1:"), ("excludes", "Steps 0-2")),
    "email_1_3": (("starts", "Oh thanks."), ("excludes", "Russell Brown wrote")),
    "email_1_2": (("contains", "You can list the keys"), ("excludes", "riak-users mailing list")),
    "email_one_is_not_on": (("contains", "One outstanding question"), ("excludes", "Oct 1, 2012")),
    "greedy_on": (("contains", "On your remote host"), ("excludes", "On 9 Jan 2014")),
    "correct_sig": (("excludes", "rick"),),
    "email_bullets": (("contains", "   - "),),
}
ZAPIER: dict[str, tuple[Check, ...]] = {
    "email_gmail": (("exact", "This is a test for inbox replying to a github message."),),
    "email_2_1": (("exact", "Outlook with a reply"),),
    "email_2_2": (("exact", "Outlook with a reply directly above line"),),
    "email_2_3": (("exact", "Outlook with a reply above headers using unusual format"),),
    "email_headers_no_delimiter": (("exact", "And another reply!"),),
    "email_iPhone": (("excludes", "Sent from my iPhone"),),
    "email_one_is_not_on": (("excludes", "On Oct 1, 2012, at 11:55 PM, Dave Tapley wrote:"),),
    "email_partial_quote_header": (
        ("contains", ("On your remote host you can run:", "telnet 127.0.0.1 52698")),
        ("contains", "This should connect to TextMate"),
    ),
    "email_1_4": (("starts", "Awesome"),),
    "email_1_6": (("starts", "I get"),),
    "email_1_7": (("contains", ":+1:"), ("excludes", "Steps 0-2")),
}
LOREM_FILES = [
    "email_7",
    "email_8",
    "email_9",
    "email_10",
    "email_11",
    "email_12",
    "email_13",
    "email_14",
    "email_15",
    "email_16",
    "email_17",
    "email_18",
    "email_22",
    "email_23",
    "email_24",
    "email_25",
    "email_26",
    "email_portuguese",
    "email_german",
    "email_german_2",
    "email_german_3",
    "email_german_outlook",
    "email_norwegian_gmail",
    "email_finnish",
    "email_italian",
    "email_russian",
    "email_tricky_12_no_space_after_header",
    "email_outlook_split_line_from",
    "email_gmail_split_line_from",
    "email_msn",
    "email_fr_multiline",
    "email_en_multiline_2",
    "email_original_message",
    "email_original_message_2",
    "email_danish_dash_separator",
    "email_french_dash_separator",
    "email_tricky_15_original_message_variations",
    "email_ios_outlook",
    "email_ios_outlook_fr",
    "email_tricky_10_special_chars_in_name",
    "email_tricky_14_long_quote_header",
    "email_french_2",
]
CRISP_OTHER: dict[str, tuple[Check, ...]] = {
    "email_3": (("exact", "Oh thanks.\nHaving the function would be great.\n-Abhishek Kona"),),
    "email_4": (("starts", "Awesome"), ("excludes", "Loader")),
    "email_6": (("starts", "I get"), ("excludes", "Was this")),
    "email_sent_from": (
        (
            "exact",
            "Hi it can happen to any texts you type, as long as you type in between words or "
            "paragraphs.",
        ),
    ),
    "email_zoho": (
        (
            "exact",
            "What is the best way to clear a Riak bucket of all key, values after\nrunning a test?",
        ),
    ),
    "email_emoji": (("contains", ("🎉", "John Doe", "CEO at Pandaland", "@pandaland")),),
    "email_one_is_not_on": (("contains", "One outstanding question"), ("excludes", "Oct 1, 2012")),
    "email_tricky_5_mixed_languages": (("starts", "Fusce bibendum"),),
}
ALFONSRV: dict[str, tuple[Check, ...]] = {
    "email_sent_from_iPhone": (("exact", HERE_IS),),
    "email_sent_from_BlackBerry": (("exact", HERE_IS),),
    "email_sent_from_multi_word_mobile_device": (("exact", HERE_IS),),
    "email_sent_from_not_signature": (("contains", "Sent from my desk, is much easier than"),),
    "email_headers_no_delimiter": (("exact", "And another reply!"),),
    "email_2_3": (("exact", "Outlook with a reply above headers using unusual format"),),
    "email_danish_1": (("contains", "Hej Peter"), ("excludes", "Hej Anders")),
    "email_danish_2": (("contains", "Jeg har modtaget filerne."), ("excludes", "Her er filerne")),
    "email_danish_3": (("contains", "Svar."), ("excludes", "Hej")),
    "email_danish_4": (("excludes", "Oprindelig meddelelse"),),
    "email_danish_5": (("contains", "Svar."),),
    "email_ja_1_2": (
        ("contains", "お世話になっております。織田です。"),
        ("excludes", "かしこまりました"),
    ),
    "email_nl_1_2": (("starts", "Outlook met een antwoord"), ("excludes", "Google Apps Sync")),
    "email_pl_1_1": (("contains", "Czesc Anno"),),
    "email_pl_1_2": (("excludes", "Dnia 28 lutego 2023"),),
    "email_swedish_1": (("contains", "Ursäkta mitt sena svar!"), ("excludes", "Hej Person B")),
    "email_swedish_2": (("contains", "Hello Anna,"),),
    "email_sv_anon_1": (("contains", "Berättar gärna."), ("excludes", "Kan inte se att det")),
}
HTML_EXPECTED = "Hi. I am fine.\nThanks,\nAlex"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def passes(case: Case) -> bool:
    got = norm(case.got)
    for mode, expected in case.checks:
        values = (expected,) if isinstance(expected, str) else expected
        for value in (norm(v) for v in values):
            ok = {
                "exact": got == value,
                "starts": got.startswith(value),
                "contains": value in got,
                "excludes": value not in got,
                "nospace": re.sub(r"\s", "", case.got) == re.sub(r"\s", "", value),
            }[mode]
            if not ok:
                return False
    return True


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def from_table(
    root: Path, project: str, folder: str, table: dict[str, tuple[Check, ...]]
) -> Iterator[Case]:
    for name, checks in table.items():
        path = root / project / folder / f"{name}.txt"
        if path.exists():
            yield Case(project, name, reply_text(read(path)), checks)


def discourse(root: Path) -> Iterator[Case]:
    base = root / "discourse-email_reply_trimmer" / "test"
    for path in sorted((base / "emails").glob("*.txt")):
        expected = base / "trimmed" / path.name
        if expected.exists():
            got = reply_text(read(path))
            yield Case("discourse", path.stem, got, (("exact", read(expected)),))


def crisp(root: Path) -> Iterator[Case]:
    project = "crisp-oss-email-reply-parser"
    lines = read(root / project / "test/fixtures/email_7.txt").splitlines()
    lorem = norm(" ".join(lines[:5]))
    table = dict.fromkeys(LOREM_FILES, (("exact", lorem),)) | CRISP_OTHER
    yield from from_table(root, project, "test/fixtures", table)


def talon(root: Path) -> Iterator[Case]:
    base = root / "mailgun-talon" / "tests" / "fixtures"
    for path in sorted((base / "standard_replies").glob("*.eml")):
        special = path.with_name(f"{path.stem}_reply_text")
        expected = read(special) if special.exists() else "Hello"
        got = parse_message(path.read_bytes()).new_text
        yield Case("talon", path.stem, got, (("exact", expected),))
    for path in sorted((base / "html_replies").glob("*.html")):
        got = reply_text(html_to_text(read(path)))
        yield Case("talon-html", path.stem, got, (("nospace", HTML_EXPECTED),))


def all_cases(root: Path) -> Iterator[Case]:
    yield from from_table(root, "github-email_reply_parser", "test/emails", GITHUB)
    yield from from_table(root, "zapier-email-reply-parser", "test/emails", ZAPIER)
    yield from crisp(root)
    yield from discourse(root)
    yield from talon(root)
    yield from from_table(root, "alfonsrv-mail-parser-reply", "test/emails", ALFONSRV)


def timing(root: Path) -> list[tuple[str, float]]:
    """The upstream performance guards: both must split in well under a second."""
    names = ("github-email_reply_parser/test/emails/email_long_quote.txt",
             "github-email_reply_parser/test/emails/pathological.txt")  # fmt: skip
    out = []
    for name in names:
        text = read(root / name)
        start = time.perf_counter()
        reply_text(text)
        out.append((name.rsplit("/", 1)[-1], time.perf_counter() - start))
    return out


def report(cases: list[Case], verbose: bool, emit: Callable[[str], None]) -> int:
    projects = sorted({case.project for case in cases}, key=[c.project for c in cases].index)
    total = ok_total = 0
    for project in projects:
        mine = [case for case in cases if case.project == project]
        failed = [case for case in mine if not passes(case)]
        total, ok_total = total + len(mine), ok_total + len(mine) - len(failed)
        emit(f"{project:12s} files {len(mine):3d}  match {len(mine) - len(failed):3d}")
        for case in failed if verbose else []:
            emit(f"    FAIL {case.name}: got {norm(case.got)[:110]!r}")
    emit(f"{'TOTAL':12s} files {total:3d}  match {ok_total:3d}  ({100 * ok_total / total:.0f}%)")
    return ok_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    report(list(all_cases(args.corpus)), args.verbose, print)
    for name, seconds in timing(args.corpus):
        print(f"timing      {name}: {seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
