"""`mailbot parse` / `draft` on hostile real-world MIME: a result, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbot.cli_common import print_json
from tests.integration.test_cli import FIXTURES, mailbot

MIME = FIXTURES / "parse" / "mime"


def test_parse_json_of_rfc6532_headers_prints_decoded_addresses(tmp_path: Path) -> None:
    # strict UTF-8 like a terminal (a pipe in the C locale would smuggle surrogates through)
    strict = {"PYTHONIOENCODING": "utf-8:strict"}
    result = mailbot(tmp_path, "parse", str(MIME / "rfc6532_utf8_headers.eml"), "--json", **strict)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "märy@exämple.net" in data["recipients"]
    assert data["subject"] == "Zahlungsausfall bei Müller"


def test_draft_of_a_base64_forward_quotes_the_forwarded_text(tmp_path: Path) -> None:
    result = mailbot(tmp_path, "draft", str(MIME / "rfc822_forward_base64.eml"), "--json")
    assert result.returncode == 0, result.stderr
    assert "Our checkout fails since Monday" in result.stdout


def test_print_json_survives_a_stray_surrogate(capsys: pytest.CaptureFixture[str]) -> None:
    print_json({"recipients": ["m\udcc3\udca4ry@example.net"]})
    out = capsys.readouterr().out
    assert json.loads(out) == {"recipients": ["m\ufffd\ufffdry@example.net"]}
