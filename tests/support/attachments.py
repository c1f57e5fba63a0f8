"""A CSM's forward carrying files of every kind, for the attachment tests."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from tests.support.mail import parse

FORWARDS = Path(__file__).resolve().parents[1] / "fixtures" / "forwards"
ACME = FORWARDS / "gmail_acme_api_latency.eml"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 12  # every byte value, so a re-encoding shows
PNG = b"\x89PNG\r\n\x1a\n" + bytes(reversed(range(256))) * 4
BIG_CSV = b"date,latency_ms\n" + b"2026-03-01,1234\n" * 400  # 6416 bytes
EXE = b"MZ\x90\x00" + b"\x00" * 200
FILES = [  # name, type, data
    ("latency-report.pdf", "application/pdf", PDF),
    ("latency.csv", "text/csv", BIG_CSV),
    ("fix.exe", "application/octet-stream", EXE),
    ("budget.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", b"PK\x03\x04xx"),
    ("notes.txt", "text/plain", EXE),  # an executable under a harmless name
    ("screenshot.png", "image/png", PNG),
]


def forward_with_files() -> bytes:
    """The Acme forward fixture, its text unchanged, with FILES attached."""
    original = parse(ACME.read_bytes())
    msg = EmailMessage()
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        msg[name] = str(original[name])
    body = original.get_body(preferencelist=("plain",))
    assert body is not None
    msg.set_content(str(body.get_content()))
    for name, ctype, data in FILES:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def attachments(raw: bytes) -> list[tuple[str, bytes]]:
    """(name, decoded bytes) of each attached file, as a mail client would save it."""
    parts = parse(raw).iter_attachments()
    files = [(str(p.get_filename()), p.get_payload(decode=True)) for p in parts]
    return [(name, data) for name, data in files if isinstance(data, bytes)]
