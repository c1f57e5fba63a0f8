"""wire.verify: the last check before a composed mail is stored, so it must refuse every
way a header block can say something other than what was set."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import compat32

import pytest

from mailbot.outbox import wire

GOOD = (
    b"From: mailbot <escalations@example.com>\r\n"
    b"To: Mike <mike@example.com>,\r\n ops@example.com\r\n"
    b"Subject: =?utf-8?q?K=C3=BCndigung?= ESC-2026-0001\r\n"
    b"\r\nbody\r\n"
)
NAMES = ["from", "to", "subject"]


def test_a_well_formed_block_passes_and_agrees_with_the_email_package() -> None:
    wire.verify(GOOD, NAMES)
    assert [n.lower() for n in BytesHeaderParser(policy=compat32).parsebytes(GOOD)] == NAMES


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (GOOD.replace(b"ESC-2026-0001", b"x\nBcc: evil@x.example"), NAMES),  # bare LF
        (GOOD.replace(b"ESC-2026-0001", b"x\rBcc: evil@x.example"), NAMES),  # bare CR
        (GOOD.replace(b"ESC-2026-0001", b"x\r\nBcc: evil@x.example"), NAMES),  # a new field
        (GOOD.replace(b" ops@example.com", b" ops@x\r\n\r\nfake body"), NAMES),  # early body
        (GOOD.replace(b"ESC-2026-0001", b"a\tb"), NAMES),  # a control character
        (GOOD.replace(b"=?utf-8?q?K=C3=BCndigung?=", b"=?utf-8?q?a=0Ab?="), NAMES),  # encoded
        (GOOD.replace(b"Subject:", b"Sub ject:"), NAMES),  # not a field name
        (GOOD.replace(b" ops@", b"ops@"), NAMES),  # a continuation that lost its space
        (GOOD, ["from", "to"]),  # a field nobody set
        (GOOD, [*NAMES, "date"]),  # a field that went missing
        (GOOD.replace(b"\r\n\r\n", b"\r\n"), NAMES),  # no end of the header block
        (GOOD.replace(b"ESC-2026-0001", "Kündigung".encode()), NAMES),  # raw 8-bit
        (GOOD.replace(b",\r\n ops@", b",\r\n\tops@"), NAMES),  # a tab fold (we fold with SP)
        (GOOD.replace(b"Subject:", b":"), NAMES),  # an empty field name
    ],
)
def test_anything_else_is_refused(raw: bytes, names: list[str]) -> None:
    with pytest.raises(ValueError):
        wire.verify(raw, names)
