"""MAILBOT_LLM_REDACT: the hosted model sees placeholders, the stored brief the originals.

The LLM is a loopback OpenAI-compatible server (tests/support/fake_llm.py) that records
each request body and answers with a brief made of the placeholders it was sent, as a
model quoting the customer would. The mail goes through the real pipeline and draft jobs.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.store.tables import BriefVersion
from mailbot.transactions import handle
from tests.harness.servers import ROSTER
from tests.security.crashproc import Worker, subject_has
from tests.support.fake_llm import FakeLLM, fake_llm
from tests.support.flow import ACME, FORWARDS
from tests.support.mail import text_of

PRIVATE = {
    "email": "bob.smith@acme.example",
    "cc email": "carol.jones@acme.example",
    "name": "Bob Smith",
    "cc name": "Carol Jones",
    "csm name": "Jane Doe",
    "phone": "+44 20 7946 0958",
    "iban": "DE89 3704 0044 0532 0130 00",
    "card": "4111 1111 1111 1111",
}
_TOKEN = re.compile(r"<(?:EMAIL|PERSON|PHONE|IBAN|CARD)_\d+>")


def forward() -> bytes:
    """The Acme forward with a Cc'd colleague and a phone, IBAN and card in Bob's mail."""
    raw = (FORWARDS / ACME).read_bytes().decode()
    raw = raw.replace(
        "Subject: Re: API response times since the upgrade\nTo: Jane Doe <jane@example.com>",
        "Subject: Re: API response times since the upgrade\nTo: Jane Doe <jane@example.com>\n"
        "Cc: Carol Jones <carol.jones@acme.example>",
    )
    extra = (
        f"Call me on {PRIVATE['phone']} or mail {PRIVATE['cc email']}. Refund the "
        f"EUR 4,000 to IBAN {PRIVATE['iban']}, not the card {PRIVATE['card']}; "
        f"{PRIVATE['cc name']} in finance agrees.\n\nThanks,\nBob"
    )
    return raw.replace(
        "Please let me know by Friday what the plan is.\n\nThanks,\nBob", extra
    ).encode()


def scripted(request: dict[str, Any]) -> dict[str, Any]:
    """A valid brief whose text is every placeholder the model was shown."""
    user = request["messages"][-1]["content"]
    tokens = " ".join(dict.fromkeys(_TOKEN.findall(user)))
    return {
        "headline": "API latency since 4.2.1 blocks order sync",
        "customer_impact": f"Contacts: {tokens}"[:800],
        "timeline": [],
        "resolution_attempts": [],
        "specific_ask": "Assign an engineering owner today.",
        "customer_communication": "An ETA by Thursday.",
        "commercial_context": "",
        "account": "",
        "category": "product_defect",
        "category_rationale": "a regression after an upgrade",
        "severity": "high",
        "severity_rationale": "orders delayed daily",
        "sentiment": "frustrated",
        "sentiment_rationale": "12 days without a root cause",
    }


def draft_through(app: App, fake: FakeLLM, redact: bool, mode: str = "full") -> dict[str, Any]:
    """Draft the forward through the jobs; "full" mode by default, where the model's own
    text (its placeholders) reaches the brief and must be restored."""
    settings = app.settings.model_copy(
        update={"llm_base_url": fake.base_url, "llm_model": "fake-hosted", "llm_redact": redact}
    )
    ctx = handle(app, forward())
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    drafter = make_drafter(settings, llm_mode=mode)
    assert run_draft_jobs(app.db, drafter, settings, app.routing, app.clock.now())
    with app.db.session() as session:
        version = session.scalars(select(BriefVersion)).one()
        assert version.drafter == "llm:fake-hosted", version.drafter_note
        return {"content": version.content, "note": version.drafter_note}


def test_the_model_sees_no_original_and_the_brief_has_them_back(app: App) -> None:
    with fake_llm(scripted) as fake:
        stored = draft_through(app, fake, redact=True)
    assert fake.bodies, "the LLM was never asked"
    for body in fake.bodies:
        prompt = json.dumps(json.loads(body)["messages"], ensure_ascii=False)
        for what, original in PRIVATE.items():
            assert original.lower() not in prompt.lower(), f"{what} reached the model"
            assert original.lower() not in body.lower(), f"{what} reached the model"
        assert "Bob" not in prompt.replace("<PERSON", "")  # the signature's first name too
        for token in ("<EMAIL_1>", "<PERSON_1>", "<PHONE_1>", "<IBAN_1>", "<CARD_1>"):
            assert token in prompt
    impact = str(stored["content"]["customer_impact"])
    assert not _TOKEN.search(json.dumps(stored["content"]))
    for what, original in PRIVATE.items():
        if what == "csm name":  # only in the headers, so never in the prompt at all
            continue
        assert original in impact, f"{what} not restored: {impact}"
    assert "redacted for the model" in stored["note"]


def test_the_short_labels_call_is_redacted_too(app: App) -> None:
    """The default ("classify") call sends the thread too: nothing private in it, and the
    brief (the offline extraction plus the model's labels) carries no placeholder."""
    with fake_llm(scripted) as fake:
        stored = draft_through(app, fake, redact=True, mode="classify")
    assert fake.bodies, "the LLM was never asked"
    for body in fake.bodies:
        assert '"name":"labels"' in body.replace(" ", "")  # the short call, not the brief
        for what, original in PRIVATE.items():
            assert original.lower() not in body.lower(), f"{what} reached the model"
        prompt = json.dumps(json.loads(body)["messages"], ensure_ascii=False)
        assert "<IBAN_1>" in prompt and "<PHONE_1>" in prompt, prompt[-1500:]
    assert not _TOKEN.search(json.dumps(stored["content"]))
    assert "suggested by fake-hosted" in stored["note"]  # the model's answer was used
    assert "redacted for the model" in stored["note"]


def test_without_the_setting_the_thread_goes_as_written(app: App) -> None:
    """The control: the same flow unredacted sends the originals (so the test above bites)."""
    with fake_llm(scripted) as fake:
        stored = draft_through(app, fake, redact=False)
    prompt = json.dumps(json.loads(fake.bodies[0])["messages"], ensure_ascii=False)
    assert PRIVATE["email"] in prompt and PRIVATE["iban"] in prompt
    assert "redacted" not in stored["note"]


@pytest.mark.mail
def test_redaction_end_to_end_over_real_mail(
    mail_servers: Any, sqlite_template: Path, tmp_path: Path
) -> None:
    """A forward through SMTP and Dovecot, `mailbot run --once` as a process, a hosted model
    on loopback: nothing private leaves, and Jane's draft mail has the originals back."""
    for user in ROSTER:
        mail_servers.clear(user)
    path = tmp_path / "store.sqlite3"
    shutil.copy(sqlite_template, path)
    with fake_llm(scripted) as fake:
        worker = Worker(
            mail_servers,
            f"sqlite:///{path}",
            tmp_path / "data",
            MAILBOT_LLM_BASE_URL=fake.base_url,
            MAILBOT_LLM_MODEL="fake-hosted",
            MAILBOT_LLM_REDACT="1",
            OPENAI_API_KEY="sk-test-not-a-secret",
        )
        worker.send(forward())
        worker.run_ok()
    assert fake.bodies, "the LLM was never asked"
    for body in fake.bodies:
        for what, original in PRIVATE.items():
            assert original.lower() not in body.lower(), f"{what} reached the model"
    drafts = [m for m in mail_servers.fetch_all("jane") if subject_has("Draft for approval")(m)]
    assert len(drafts) == 1
    text = text_of(drafts[0])  # the default short call: the brief is the offline extraction
    assert "redacted for the model" in text and "suggested by fake-hosted" in text
    assert not _TOKEN.search(text)
