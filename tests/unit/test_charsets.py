"""Charset decoding as mail clients do it: WHATWG supersets, UTF-8 first, detection last."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.inbound.charsets import decode_text
from mailbot.inbound.parse import parse_message

MIME = Path(__file__).resolve().parents[1] / "fixtures" / "parse" / "mime"
CASES = sorted(MIME.glob("*.eml"))


@pytest.mark.parametrize(
    ("data", "label", "text"),
    [
        ("朱镕基".encode("gbk"), "GB2312", "朱镕基"),
        ("①㈱".encode("cp932"), "shift_jis", "①㈱"),
        (b"\x93ok\x94", "us-ascii", "“ok”"),
        ("äöü".encode(), "iso-8859-1", "äöü"),
        ("Grüße".encode("latin-1"), "utf-8", "Grüße"),
        (b"plain ascii", "x-unknown-charset", "plain ascii"),
        ("naïve".encode(), None, "naïve"),
    ],
)
def test_decode_text_reads_labels_as_their_supersets(data: bytes, label: str, text: str) -> None:
    assert decode_text(data, label) == text


def test_detection_runs_only_when_the_strict_decode_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    original = charset_normalizer.from_bytes
    calls: list[bytes] = []

    def spy(data: bytes, **kwargs: object) -> object:
        calls.append(data)
        return original(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(charset_normalizer, "from_bytes", spy)
    for path in CASES:
        if path.stem != "undeclared_8bit_cp1251":
            parse_message(path.read_bytes())
    assert calls == []  # every other fixture decodes by its (widened) label or as UTF-8
    parse_message((MIME / "undeclared_8bit_cp1251.eml").read_bytes())
    assert len(calls) == 1
