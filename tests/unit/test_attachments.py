"""Issue 19 §2: which files go with a routed brief, how they are written, where from."""

from __future__ import annotations

import base64
import io
import struct
import time
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from mailbot.drafting.brief import DraftRequest
from mailbot.drafting.budget import TokenCounter
from mailbot.drafting.llm_prompt import build_messages, category_infos
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.message import AttachedFile
from mailbot.inbound.parse import parse_message, thread_files
from mailbot.outbox.attachments import ATTACHED, BLOCKED, OVER_CAP, dangerous, plan
from mailbot.outbox.mail import MailAttachment
from mailbot.outbox.wire import attachment_part, with_attachments
from mailbot.routing import Routing
from tests.support.tnef import build_tnef, tnef_attribute

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 4
DOCX = b"PK\x03\x04" + b"\x00" * 26 + b"word/document.xml" + b"\x00" * 50
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100


def _file(name: str, ctype: str, data: bytes) -> AttachedFile:
    return AttachedFile(name, ctype, data)


@pytest.mark.parametrize(
    ("name", "ctype", "data", "why"),
    [
        ("setup.exe", "application/octet-stream", b"xx", ".exe file"),
        ("RUN.BAT", "text/plain", b"echo", ".bat file"),
        ("fix.ps1", "text/plain", b"Get-Item", ".ps1 file"),
        ("tool.jar", "application/zip", b"xx", ".jar file"),
        ("report.docm", "application/octet-stream", b"xx", ".docm file"),
        ("budget.XLSM.", "application/octet-stream", b"xx", ".xlsm file"),  # trailing dot
        ("report.pdf", "application/x-msdownload", b"%PDF", "declared as application/x-msd"),
        ("deck.pptx", "application/vnd.ms-powerpoint.presentation.macroEnabled.12", b"xx",
         "declared as"),
        ("invoice.pdf", "application/pdf", b"MZ\x90\x00rest", "Windows executable"),
        ("notes.txt", "text/plain", b"#!/bin/sh\nrm -rf /\n", "a script"),
        ("data.bin", "application/octet-stream", b"\x7fELF\x02\x01", "Linux executable"),
        ("report.docx", "application/octet-stream", DOCX + b"word/vbaProject.bin", "macro"),
        ("lib.zip", "application/zip", b"PK\x03\x04..META-INF/MANIFEST.MF", "Java archive"),
        ("old.doc", "application/msword", OLE + "_VBA_PROJECT".encode("utf-16-le"), "macros"),
    ],
)  # fmt: skip
def test_executables_scripts_and_macro_documents_are_blocked(
    name: str, ctype: str, data: bytes, why: str
) -> None:
    file = _file(name, ctype, data)
    assert why in dangerous(file)
    result = plan([file], cap_bytes=10**6)
    assert result.send == ()
    assert result.listed[0].status == BLOCKED and why in result.listed[0].why


@pytest.mark.parametrize(
    ("name", "ctype", "data"),
    [
        ("report.pdf", "application/pdf", PDF),
        ("report.docx", "application/vnd.openxmlformats", DOCX),
        ("old.doc", "application/msword", OLE),
        ("log.txt", "text/plain", b"2026-03-01 error 500\n"),
        ("screen.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ],
)
def test_ordinary_files_are_sent(name: str, ctype: str, data: bytes) -> None:
    result = plan([_file(name, ctype, data)], cap_bytes=10**6)
    assert result.send == (MailAttachment(name, ctype, data),)
    assert result.listed[0].status == ATTACHED


def test_the_cap_skips_what_does_not_fit_and_keeps_going() -> None:
    files = [
        _file("a.pdf", "application/pdf", b"a" * 600),
        _file("big.csv", "text/csv", b"b" * 600),  # 1200 > 1000
        _file("c.png", "image/png", b"c" * 400),  # 1000: fits exactly
        _file("d.txt", "text/plain", b"d"),
    ]
    result = plan(files, cap_bytes=1000)
    assert [a.filename for a in result.send] == ["a.pdf", "c.png"]
    statuses = [(item.filename, item.status) for item in result.listed]
    assert statuses == [
        ("a.pdf", ATTACHED), ("big.csv", OVER_CAP), ("c.png", ATTACHED), ("d.txt", OVER_CAP)
    ]  # fmt: skip
    assert "would exceed 1000 B" in result.listed[1].why


def test_a_zero_cap_sends_no_file_but_lists_every_one() -> None:
    result = plan([_file("a.pdf", "application/pdf", PDF)], cap_bytes=0)
    assert result.send == () and result.listed[0].status == OVER_CAP


def test_before_approval_an_allowed_file_will_be_attached() -> None:
    result = plan([_file("a.pdf", "application/pdf", PDF)], cap_bytes=10**6)
    assert result.context(approved=False)[0]["status"] == "will be attached"
    assert result.context()[0] == {
        "name": "a.pdf", "type": "application/pdf", "size": "1.0 KB",
        "origin": "the forward itself", "status": "attached", "why": "",
    }  # fmt: skip


def _mixed(files: tuple[MailAttachment, ...]) -> EmailMessage:
    headers = ['Content-Type: text/plain; charset="utf-8"', "MIME-Version: 1.0"]
    content, body = with_attachments(headers, "hello\r\n", files)
    raw = ("\r\n".join(["From: a@example.com", *content]) + "\r\n\r\n" + body).encode("ascii")
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_files_are_written_byte_identical_after_the_text() -> None:
    files = (
        MailAttachment("report.pdf", "application/pdf", PDF),
        MailAttachment("Rechnung € 100 — " + "é" * 80 + ".pdf", "application/pdf", b"\x00\xff"),
        MailAttachment("朱镕.txt", "text/plain", b"plain"),
    )
    parsed = _mixed(files)
    parts = list(parsed.iter_parts())
    assert parsed.get_content_type() == "multipart/mixed"
    assert parts[0].get_content_type() == "text/plain"
    got = [(p.get_filename(), p.get_content_type(), p.get_payload(decode=True)) for p in parts[1:]]
    assert got == [(f.filename, f.content_type, f.data) for f in files]


@pytest.mark.parametrize(
    ("name", "ctype", "sent_name", "sent_type"),
    [
        ("../../etc/passwd", "text/plain", "passwd", "text/plain"),
        ("C:\\Users\\x\\evil.pdf", "application/pdf", "evil.pdf", "application/pdf"),
        ("a\r\nBcc: victim@example.com", "text/plain", "a  Bcc: victim@example.com", "text/plain"),
        ("ok.pdf", "application/pdf\r\nBcc: x@example.com", "ok.pdf", "application/octet-stream"),
        ('say "hi".txt', "text/plain", 'say "hi".txt', "text/plain"),
        ("..", "text/plain", "attachment-1", "text/plain"),
        ("", "", "attachment-1", "application/octet-stream"),
    ],
)
def test_hostile_names_and_types_cannot_break_the_part(
    name: str, ctype: str, sent_name: str, sent_type: str
) -> None:
    part = attachment_part(MailAttachment(name, ctype, b"data"))
    head = part.split("\r\n\r\n", 1)[0]
    assert [line.split(":")[0] for line in head.split("\r\n") if not line.startswith(" ")] == [
        "Content-Type", "Content-Disposition", "Content-Transfer-Encoding"
    ]  # fmt: skip
    (sent,) = list(_mixed((MailAttachment(name, ctype, b"data"),)).iter_attachments())
    assert (sent.get_filename(), sent.get_content_type()) == (sent_name, sent_type)
    assert sent.get_payload(decode=True) == b"data"


def _forward(attachments: list[tuple[str, str, bytes]], inner: EmailMessage | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "jane@example.com"
    msg["To"] = "escalations@example.com"
    msg["Subject"] = "Fwd: sync broken"
    msg.set_content("Please look at this.\n")
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if inner is not None:
        msg.add_attachment(inner)
    return msg.as_bytes()


def _customer_mail() -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = "Bob Buyer <bob@customer.example>"
    inner["Date"] = "Mon, 09 Mar 2026 10:00:00 +0100"
    inner["Subject"] = "Orders stuck"
    inner.set_content("Orders have been stuck since Monday.\n")
    inner.add_attachment(b"order,status\n1,stuck\n", maintype="text", subtype="csv",
                         filename="orders.csv")  # fmt: skip
    return inner


def test_thread_files_say_which_message_carried_them() -> None:
    raw = _forward([("report.pdf", "application/pdf", PDF)], _customer_mail())
    files = thread_files(raw)
    assert [(f.filename, f.origin, f.data) for f in files] == [
        ("report.pdf", "", PDF),
        ("orders.csv", "Bob Buyer <bob@customer.example>, Mon, 09 Mar 2026 10:00:00 +0100",
         b"order,status\n1,stuck\n"),
    ]  # fmt: skip
    listed = plan(files, 10**6).context()
    assert [item["origin"] for item in listed] == ["the forward itself", files[1].origin]


def test_winmail_dat_is_unpacked_into_its_files_and_body() -> None:
    tnef = build_tnef([("report.pdf", PDF), ("run.exe", b"MZ\x90")], body="Sent from Outlook")
    raw = _forward([("winmail.dat", "application/ms-tnef", tnef)], None)
    message = parse_message(raw)
    assert message.unreadable == ""
    assert "Sent from Outlook" in message.text
    assert [a.filename for a in message.attachments] == ["winmail.dat", "report.pdf", "run.exe"]
    files = thread_files(raw)
    assert [(f.filename, f.content_type, f.data) for f in files] == [
        ("report.pdf", "application/pdf", PDF),
        ("run.exe", "application/octet-stream", b"MZ\x90"),
    ]
    assert files[0].note == "unpacked from winmail.dat"
    result = plan(files, 10**6)
    assert [a.filename for a in result.send] == ["report.pdf"]


def test_unreadable_winmail_dat_is_still_flagged_and_listed() -> None:
    raw = _forward([("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22garbage")], None)
    assert "winmail.dat" in parse_message(raw).unreadable
    (file,) = thread_files(raw)
    assert file.filename == "winmail.dat" and "could not be unpacked" in file.note


def test_base64_of_a_file_is_not_text_of_the_message() -> None:
    """The PDF's bytes and base64 stay out of the text that drafting reads."""
    raw = _forward([("report.pdf", "application/pdf", PDF)], None)
    message = parse_message(raw)
    assert base64.b64encode(PDF)[:40].decode() not in message.text
    assert "%PDF" not in message.text


def test_no_file_content_reaches_the_llm_prompt(routing: Routing) -> None:
    """Files are listed and forwarded, never read into the prompt (README: Attachments)."""
    pdf = b"%PDF-1.4\nBT (SECRET-PDF-TEXT) Tj ET\n"
    tnef = build_tnef([("inner.txt", b"SECRET-TNEF-FILE")], body="Outlook body text.")
    raw = _forward(
        [
            ("notes.txt", "text/plain", b"SECRET-ATTACHMENT-SENTENCE"),
            ("report.pdf", "application/pdf", pdf),
            ("winmail.dat", "application/ms-tnef", tnef),
        ],
        None,
    )
    request = DraftRequest(parse_message(raw).thread, today="2026-03-10")
    chat, _ = build_messages(
        request,
        categories=category_infos(routing),
        offline=OfflineDrafter().draft(request),
        own_domains=frozenset({"example.com"}),
        counter=TokenCounter(""),
        budget=6000,
    )
    prompt = "\n".join(m["content"] for m in chat)
    assert "Please look at this." in prompt and "Outlook body text." in prompt
    for secret in ("SECRET-ATTACHMENT", "SECRET-PDF", "SECRET-TNEF", "%PDF", "JVBERi0"):
        assert secret not in prompt


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "mapi",
    [
        struct.pack("<I", 0xFFFFFFFF),  # 4 billion properties in 4 bytes
        struct.pack("<IHHI", 1, 0x1002, 0x0001, 0xFFFFFFFF),  # 4 billion 2-byte values
        struct.pack("<IHHI", 1, 0x0102, 0x0001, 0xFFFFFFFF),  # 4 billion binary values
    ],
    ids=["properties", "short-values", "binary-values"],
)
def test_winmail_dat_with_impossible_counts_is_refused_at_once(mapi: bytes) -> None:
    """tnefparse would loop as often as the count says (hours); it is flagged instead."""
    tnef = build_tnef([("a.pdf", PDF)]) + tnef_attribute(1, 0x9003, 0x0006, mapi)
    started = time.monotonic()
    raw = _forward([("winmail.dat", "application/ms-tnef", tnef)], None)
    assert "winmail.dat" in parse_message(raw).unreadable
    assert time.monotonic() - started < 5


def _zip(*members: tuple[str, bytes]) -> bytes:
    """A real zip archive, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _password_flagged(archive: bytes) -> bytes:
    """The archive with every entry marked encrypted (zipfile cannot write encryption)."""
    data = bytearray(archive)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= 0x1
            start = data.find(signature, start + 4)
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "ctype", "data", "why"),
    [
        ("logs.zip", "application/zip", _zip(("logs/app.log", b"ok"), ("invoice.exe", b"MZ")),
         "it holds 'invoice.exe', a .exe file"),
        ("logs.zip", "application/octet-stream", _zip(("tools\\fix.PS1", b"Get-Item")),
         "it holds 'fix.PS1'"),
        ("bundle.bin", "application/octet-stream", _zip(("run.bat", b"echo")), "'run.bat'"),
        ("outer.zip", "application/zip", _zip(("inner.zip", _zip(("x.js", b"alert(1)")))),
         "it holds 'x.js', a .js file (executable, script or macro-enabled document) "
         "(inside 'inner.zip')"),
        ("deep.zip", "application/zip",
         _zip(("a.zip", _zip(("b.zip", _zip(("c.txt", b"c"))))))  ,
         "too deep or too large"),
        ("secret.zip", "application/zip", _password_flagged(_zip(("report.pdf", b"%PDF"))),
         "password-protected"),
        ("broken.zip", "application/zip", b"PK\x03\x04 not really a zip", "damaged archive"),
        ("broken.pdf", "application/x-zip-compressed", b"garbage", "damaged archive"),
    ],
)  # fmt: skip
def test_archives_holding_executables_or_uncheckable_files_are_blocked(
    name: str, ctype: str, data: bytes, why: str
) -> None:
    file = _file(name, ctype, data)
    assert why in dangerous(file)
    assert plan([file], cap_bytes=10**6).listed[0].status == BLOCKED


@pytest.mark.parametrize(
    ("name", "ctype", "data"),
    [
        ("logs.zip", "application/zip", _zip(("logs/", b""), ("logs/app.log", b"x" * 5000))),
        ("outer.zip", "application/zip", _zip(("inner.zip", _zip(("notes.txt", b"n"))))),
        ("report.docx", "application/octet-stream", DOCX),  # starts like a zip, unreadable
        ("sheet.xlsx", "application/octet-stream", _zip(("xl/workbook.xml", b"<x/>"))),
    ],
)  # fmt: skip
def test_archives_of_ordinary_files_are_sent(name: str, ctype: str, data: bytes) -> None:
    file = _file(name, ctype, data)
    assert dangerous(file) == ""
    assert plan([file], cap_bytes=10**6).send[0].data == data


def test_a_zip_bomb_is_judged_by_its_directory_without_unpacking() -> None:
    bomb = _zip(*((f"part{n}.txt", b"\0" * 2_000_000) for n in range(50)), ("a.exe", b"MZ"))
    assert len(bomb) < 200_000  # 100 MB of zeros compressed
    assert "'a.exe'" in dangerous(_file("bomb.zip", "application/zip", bomb))
