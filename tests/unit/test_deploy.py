"""The deployment recipes: Containerfile, systemd unit, example environment, HEALTHCHECK probe.

The image cannot be built on every machine (no registry to pull a base image from), so
the Containerfile is checked as text for the properties that matter (non-root, volume,
health check, entry point, no secrets) and the image's configuration is run for real:
``mailbot check`` with the image's environment, and the probe against a live server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mailbot.metrics_server import MetricsServer
from mailbot.observe.metrics import WatchStatus
from mailbot.observe.probe import main as probe_main
from mailbot.observe.probe import probe_url
from mailbot.settings import ENV_NAMES
from mailbot.store.db import Database
from tests.harness.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
SECRETISH = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|CREDENTIAL", re.I)
URL_WITH_PASSWORD = re.compile(r"://[^/\s:@]+:[^/\s@]+@")


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("#")
    ))  # fmt: skip
    out = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def final_stage() -> list[tuple[str, str]]:
    steps = instructions((ROOT / "Containerfile").read_text())
    last_from = max(i for i, (word, _) in enumerate(steps) if word == "FROM")
    return steps[last_from:]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for word, args in final_stage():
        if word == "ENV":
            env.update(dict(re.findall(r"(\w+)=(\S+)", args)))
    return env


def test_containerfile_runs_as_non_root_with_a_volume_healthcheck_and_entry_point() -> None:
    steps = dict(final_stage())  # last value of each instruction
    users = [args for word, args in final_stage() if word == "USER"]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert re.fullmatch(r"\d+:\d+", users[-1])  # numeric: runAsNonRoot can verify it
    assert json.loads(steps["ENTRYPOINT"]) == ["mailbot"]
    assert json.loads(steps["CMD"]) == ["run"]
    assert "mailbot.observe.probe" in steps["HEALTHCHECK"]
    assert image_env()["MAILBOT_DATA_DIR"] in json.loads(steps["VOLUME"])
    base = re.search(r"PYTHON_IMAGE=(\S+)", (ROOT / "Containerfile").read_text())
    assert base is not None and "slim" in base[1]


def test_containerfile_bakes_in_no_secrets() -> None:
    for word, args in instructions((ROOT / "Containerfile").read_text()):
        if word in {"ENV", "ARG", "LABEL"}:
            for key in re.findall(r"(\w+)=", args):
                assert not SECRETISH.search(key), f"{word} {key} looks like a secret"
            assert not URL_WITH_PASSWORD.search(args)
        if word == "COPY":
            assert not re.search(r"\.env|secret|\.key|sqlite", args, re.I), args
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", "*.env", "*.key", "*.sqlite3"} <= set(ignored)


def test_the_images_environment_passes_mailbot_check(tmp_path: Path) -> None:
    """What `podman run IMAGE check` does, minus the image: the same settings, for real."""
    env = {**os.environ, **image_env(), "MAILBOT_DATA_DIR": str(tmp_path / "data")}
    env["PATH"] = os.environ["PATH"]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *sys.path])
    result = subprocess.run(
        [sys.executable, "-m", "mailbot", "check"], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "settings: ok" in result.stdout and "database: ok" in result.stdout
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["mailbot"] == "mailbot.cli:main"  # the ENTRYPOINT's executable


def test_probe_url_asks_loopback_for_a_wildcard_address() -> None:
    assert probe_url({}) is None
    assert probe_url({"MAILBOT_METRICS_ADDRESS": "0.0.0.0:9108"}) == "http://127.0.0.1:9108/healthz"
    assert probe_url({"MAILBOT_METRICS_ADDRESS": "[::]:9"}) == "http://[::1]:9/healthz"
    assert probe_url({"MAILBOT_METRICS_ADDRESS": "10.0.0.5:80"}) == "http://10.0.0.5:80/healthz"


def test_probe_exit_code_follows_the_live_server(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    port = free_port()
    env = {"MAILBOT_METRICS_ADDRESS": f"0.0.0.0:{port}"}
    assert probe_main(env) == 1  # nothing listens yet
    server = MetricsServer(f"127.0.0.1:{port}", db, WatchStatus()).start()
    try:
        assert probe_main(env) == 0  # alive, even before the first IMAP pass (not ready)
    finally:
        server.stop()
        db.dispose()
    assert probe_main({}) == 1


def unit_options() -> dict[str, list[str]]:
    options: dict[str, list[str]] = {}
    for line in (ROOT / "deploy" / "mailbot.service").read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            options.setdefault(key.strip(), []).append(value.strip())
    return options


def test_systemd_unit_is_hardened_and_restarts_on_failure() -> None:
    opts = unit_options()
    assert opts["DynamicUser"] == ["yes"]
    assert opts["ProtectSystem"] == ["strict"]
    assert opts["StateDirectory"] == ["mailbot"]
    assert opts["Restart"] == ["on-failure"]
    assert opts["NoNewPrivileges"] == ["yes"]
    assert opts["ExecStart"][0].endswith("mailbot run")
    assert "MAILBOT_DATA_DIR=%S/mailbot" in opts["Environment"]
    assert "MAILBOT_SECRET_KEY_FILE=%d/secret_key" in opts["Environment"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    unit = (ROOT / "deploy" / "mailbot.service").read_text()
    copy = tmp_path / "mailbot.service"  # the binary is not installed here: stand in /bin/true
    copy.write_text(unit.replace("/opt/mailbot/bin/mailbot", "/bin/true"))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_example_environment_names_only_known_settings_and_holds_no_secret() -> None:
    known = set(ENV_NAMES.values()) | {f"{v}_FILE" for v in ENV_NAMES.values()}
    for line in (ROOT / "deploy" / "mailbot.env.example").read_text().splitlines():
        line = line.lstrip("#").strip()
        if re.match(r"^[A-Z_]+=", line):
            key, _, value = line.partition("=")
            assert key in known, key
            assert not URL_WITH_PASSWORD.search(value), line
            if SECRETISH.search(key):
                assert key.endswith("_FILE"), f"{key}: secrets come from files"


def test_the_build_context_holds_what_the_package_data_links_point_to() -> None:
    """mailbot/data links into routing/ and prompts/: a build without them ships no defaults."""
    copied = {
        args.split()[0] for word, args in instructions((ROOT / "Containerfile").read_text())
        if word == "COPY" and not args.startswith("--from")
    }  # fmt: skip
    for link in (ROOT / "mailbot" / "data").iterdir():
        if link.is_symlink():
            target = link.resolve().relative_to(ROOT)
            assert target.parts[0] in copied, f"{link.name} -> {target} is not copied"
