"""Issue 19 §1 and §3 through the in-process pipeline with real stores (SQLite and PG)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from mailbot import views
from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import build_digest
from mailbot.render_text import render_detail
from mailbot.store import repo
from mailbot.store.tables import Escalation
from mailbot.transactions import handle, handle_batch
from tests.support.databases import statements
from tests.support.flow import (
    ACME,
    FORWARDS,
    escalation,
    event_kinds,
    last_mail,
    open_routed,
    outbox,
    reply,
)
from tests.support.mail import parse, reply_to, text_of
from tests.unit.test_llm_failures import FakeServer, Scripted, completion

HOOLI = "rfc822_hooli_no_response.eml"


def forward(app: App, fixture: str, csm: str = "jane@example.com", note: str = "") -> str:
    raw = (FORWARDS / fixture).read_bytes()
    raw = raw.replace(b"jane@example.com", csm.encode()).replace(b"Jane Doe", b"A CSM")
    if note:  # a second forward of the same thread: another Message-ID and note
        raw = raw.replace(b"Message-ID: <", b"Message-ID: <second-", 1)
        raw = raw.replace(b"\n\n", f"\n\n{note}\n\n".encode(), 1)
    ctx = handle(app, raw)
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())
    return ctx.escalation_ref


def newer_open_escalations(app: App, count: int, *, customers: bool = False) -> None:
    """``count`` routed escalations of another CSM (each of its own customer with
    ``customers``), newer than everything before."""
    now = app.clock.now()
    with app.db.session() as session:
        for n in range(count):
            session.add(Escalation(
                ref=f"ESC-2026-{9000 + n}", status="routed", category="product_defect",
                severity="high", sentiment="calm", csm="omar@example.com",
                customer_domains=[f"c{n}.example"] if customers else [],
                account_name=f"Customer {n}" if customers else "",
                created_at=now, updated_at=now,
            ))  # fmt: skip


def show(app: App, ref: str) -> str:
    with app.db.session() as session:
        esc = repo.get_escalation(session, ref)
        assert esc is not None
        return render_detail(views.detail(session, esc, app.clock.now()))


def test_second_csm_forward_is_flagged_and_merged(app: App) -> None:
    first = open_routed(app)
    second = forward(app, ACME, "omar@example.com", note="Acme again, please help.")
    draft = text_of(last_mail(app, "approval_request", "omar@example.com"))
    assert f"POSSIBLE DUPLICATE of {first}" in draft
    assert "same customer domain acme.example" in draft and "CSM Jane Doe" in draft
    assert f"{first} is routed" in draft
    reply(app, last_mail(app, "approval_request", "omar@example.com"), "omar@example.com",
          f"merge {first}")  # fmt: skip
    new, old = escalation(app, second), escalation(app, first)
    assert (new.status, new.merged_into) == ("rejected", first)
    assert event_kinds(app, second)[-1] == "merge"
    assert event_kinds(app, first)[-1] == "merged_from"
    told = outbox(app, "merged_notice")
    assert told and {"jane@example.com", "eng@example.com"} <= set(told[-1].recipients)
    assert f"merged from: {second}" in show(app, first)
    assert f"merged into: {first}" in show(app, second)
    assert old.status == "routed"


def test_separate_keeps_it_apart_and_records_it(app: App) -> None:
    first = open_routed(app)
    second = forward(app, ACME, "omar@example.com", note="Acme again, please help.")
    reply(app, last_mail(app, "approval_request", "omar@example.com"), "omar@example.com",
          "separate")  # fmt: skip
    assert escalation(app, second).status == "draft"
    assert event_kinds(app, second)[-1] == "separate"
    assert f"possible duplicate of: {first}" in show(app, second)
    assert f"possible duplicates: {second}" in show(app, first)
    reply(app, last_mail(app, "approval_request", "omar@example.com"), "omar@example.com",
          "They renew in May.")  # fmt: skip
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())
    revised = outbox(app, "approval_request", "omar@example.com")
    assert len(revised) == 2 and "POSSIBLE DUPLICATE" not in text_of(revised[-1].raw)


def test_a_different_problem_of_the_same_customer_is_not_flagged(app: App) -> None:
    forward(app, "apple_initech_scim_feature.eml")
    forward(app, "gmail_initech_uptime_sla.eml")
    drafts = [text_of(i.raw) for i in outbox(app, "approval_request")]
    assert len(drafts) == 2 and not any("POSSIBLE DUPLICATE" in d for d in drafts)


def test_certain_duplicate_from_the_same_csm_is_merged_without_asking(app: App) -> None:
    first = forward(app, HOOLI)
    second = forward(app, HOOLI, note="Hooli chased again.")
    new = escalation(app, second)
    assert (new.status, new.merged_into) == ("rejected", first)
    assert len(outbox(app, "approval_request")) == 1  # no draft for the merged one
    notice = last_mail(app, "merged_notice", "jane@example.com")
    assert f"Merged into {first}" in str(parse(notice)["Subject"])
    assert event_kinds(app, second)[-1] == "merge"
    with app.db.session() as session:
        esc = repo.get_escalation(session, second)
        assert esc is not None
        assert repo.events_for(session, esc.id)[-1].detail.startswith(f"merged into {first}")


def test_a_certain_duplicate_is_found_behind_many_other_csms_escalations(app: App) -> None:
    """Only the same CSM's open escalations are candidates for an automatic merge, so 200
    newer ones of other CSMs do not hide the first forward."""
    first = forward(app, HOOLI)
    newer_open_escalations(app, 205)

    second = forward(app, HOOLI, note="Hooli chased again.")

    assert escalation(app, second).merged_into == first


def test_a_possible_duplicate_is_flagged_behind_many_other_customers_escalations(
    app: App,
) -> None:
    """The draft's check compares the open escalations of the same customer, however many
    newer ones other customers have open (it read only the newest 200 of all)."""
    first = open_routed(app)
    newer_open_escalations(app, 205, customers=True)

    forward(app, ACME, "omar@example.com", note="Acme again, please help.")

    draft = text_of(last_mail(app, "approval_request", "omar@example.com"))
    assert f"POSSIBLE DUPLICATE of {first}" in draft


def test_the_same_account_named_in_another_case_is_a_candidate(app: App) -> None:
    """An account is the same customer whatever the case its name was written in."""
    first = open_routed(app)
    with app.db.session() as session:
        esc = repo.get_escalation(session, first)
        assert esc is not None
        name, esc.customer_domains, esc.account_domain = esc.account_name, [], ""
    assert name  # the forward's account was looked up by its domain

    with app.db.session() as session:
        esc = repo.get_escalation(session, first)
        assert esc is not None
        esc.account_name = name.upper()
    forward(app, ACME, "omar@example.com", note="Acme again, please help.")

    draft = text_of(last_mail(app, "approval_request", "omar@example.com"))
    assert f"POSSIBLE DUPLICATE of {first}" in draft
    assert "same account" in draft


def test_a_forwarded_message_id_with_like_wildcards_still_finds_its_duplicate(app: App) -> None:
    """The CSM's open escalations are narrowed in SQL by the forwarded ids (LIKE on their
    JSON text, certain.merge_if_certain): ``_`` and ``%`` in an id must match only
    themselves, on both backends."""
    first = forward(app, HOOLI)
    odd = "ca_b%c.7@mail.example"
    with app.db.session() as session:
        esc = repo.get_escalation(session, first)
        assert esc is not None
        esc.forwarded_ids = [odd]  # shares only the odd id with the next forward
    raw = (FORWARDS / HOOLI).read_bytes().replace(b"Message-ID: <", b"Message-ID: <again-", 1)
    raw = raw.replace(b"Message-ID: <hooli-gb-", b"Message-ID: <other-", 1)
    ctx = handle(app, f"References: <{odd}>\n".encode() + raw)
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert escalation(app, ctx.escalation_ref).merged_into == first


def test_a_duplicate_closed_earlier_in_the_same_batch_is_not_merged_into(app: App) -> None:
    """The merge check reads the store without flushing the batch's pending changes
    (dedupe._certain_matches): an escalation the batch has just closed must not be taken
    for open, though its row still says so."""
    ref = open_routed(app, fixture=HOOLI)  # routed to CS and support leadership
    brief = last_mail(app, "routed_brief")
    reply(app, brief, "sam@example.com", "ack\nowner: Sam <sam@example.com>")
    reply(app, brief, "sam@example.com", "resolved called the customer back")
    confirm = last_mail(app, "confirm_resolution", "jane@example.com")
    close = reply_to(confirm, "jane@example.com", "close", when=app.clock.now())
    again = (FORWARDS / HOOLI).read_bytes().replace(b"Message-ID: <", b"Message-ID: <again-", 1)

    contexts = handle_batch(app, [(close, None), (again, None)])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2
    assert escalation(app, ref).status == "closed"
    assert contexts[1].escalation_ref != ref
    assert escalation(app, contexts[1].escalation_ref).merged_into == ""


def test_a_duplicate_open_in_the_same_batch_is_merged_into(app: App) -> None:
    ref = open_routed(app, fixture=HOOLI)
    brief = last_mail(app, "routed_brief")
    ack = reply_to(brief, "sam@example.com", "ack", when=app.clock.now())
    again = (FORWARDS / HOOLI).read_bytes().replace(b"Message-ID: <", b"Message-ID: <again-", 1)

    contexts = handle_batch(app, [(ack, None), (again, None)])

    assert [c.outcome for c in contexts] == [Disposition.PROCESSED] * 2
    assert escalation(app, contexts[1].escalation_ref).merged_into == ref
    assert escalation(app, ref).status == "acknowledged"


def test_merge_into_an_unknown_escalation_is_refused(app: App) -> None:
    forward(app, ACME)
    second = forward(app, "outlook_globex_export_crash.eml")
    omar = "omar@example.com"
    reply(app, last_mail(app, "approval_request", omar), omar, "merge ESC-2026-0999")
    assert escalation(app, second).status == "draft"
    assert "there is no escalation ESC-2026-0999" in text_of(last_mail(app, "confirmation"))


def test_draft_update_answers_the_csm_only(app: App) -> None:
    ref = open_routed(app)
    brief = last_mail(app, "routed_brief")
    reply(app, brief, "mike@example.com", "ack\nowner: Mike Ross <mike@example.com>")
    note = "update: Mike found the slow query (JIRA-4411, ticket #48213); a fix ships Monday"
    reply(app, brief, "mike@example.com", note)
    before = len(outbox(app))
    reply(app, last_mail(app, "confirmation", "jane@example.com"), "jane@example.com",
          "draft update\nmention the fix date")  # fmt: skip
    mails = outbox(app)[before:]
    drafts = [m for m in mails if m.kind == "customer_update_draft"]
    assert len(drafts) == 1 and drafts[0].recipients == ["jane@example.com"]
    assert all(set(m.recipients) <= {"jane@example.com"} for m in mails)
    subject = str(parse(drafts[0].raw)["Subject"])
    assert subject.startswith(f"[{ref}] Customer update draft")
    body = text_of(drafts[0].raw)
    assert "Hello Bob," in body and "Found the slow query; a fix ships Monday" in body
    for internal in ("Mike", "JIRA-4411", "48213", "eng@example.com", "Engineering"):
        assert internal not in body.split("-" * 66)[1], internal
    assert "mention the fix date" in body
    assert event_kinds(app, ref)[-1] == "draft_update"


def test_draft_update_is_in_the_customers_language(app: App) -> None:
    omar = "omar@example.com"
    forward(app, "outlook_de_umbrella_datev.eml", omar)
    reply(app, last_mail(app, "approval_request", omar), omar, "approve")
    reply(app, last_mail(app, "confirmation", omar), omar, "draft update")
    body = text_of(last_mail(app, "customer_update_draft"))
    assert "in German" in body and "Mit freundlichen Grüßen" in body


@pytest.fixture
def llm_server() -> Iterator[FakeServer]:
    fake = FakeServer()
    yield fake
    fake.close()


def with_llm(app: App, url: str) -> App:
    settings = app.settings.model_copy(update={"llm_base_url": url, "llm_model": "test-model"})
    return App(settings=settings, routing=app.routing, db=app.db, clock=app.clock)


def run_jobs(app: App) -> None:
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, app.clock.now())


def test_draft_update_by_llm_is_a_job_and_redacted(app: App, llm_server: FakeServer) -> None:
    ref = open_routed(app)
    llm = with_llm(app, llm_server.url)
    answer = "Hello Bob,\n\nMike from Engineering (JIRA-4411) is testing a fix.\n\nKind regards,"
    llm_server.script = [Scripted(body=completion({"update": answer + "\nJane Doe"}))]
    reply(llm, last_mail(app, "confirmation"), "jane@example.com", "draft update: mention QA")
    assert outbox(app, "customer_update_draft") == []  # a job: the reply did not wait
    run_jobs(llm)
    body = text_of(last_mail(app, "customer_update_draft", "jane@example.com"))
    customer_text = body.split("-" * 66)[1]
    assert "is testing a fix" in customer_text and 'guidance: "mention QA"' in body
    assert "Mike" not in customer_text and "JIRA-4411" not in customer_text
    prompt = json.dumps(llm_server.requests[-1]["messages"])
    assert "mention QA" in prompt and "eng@example.com" not in prompt
    assert event_kinds(app, ref)[-1] == "draft_update"


def test_draft_update_falls_back_to_the_template(app: App, llm_server: FakeServer) -> None:
    open_routed(app)
    llm = with_llm(app, llm_server.url)
    llm_server.script = [Scripted(body=completion("this is not JSON"))]
    reply(llm, last_mail(app, "confirmation"), "jane@example.com", "draft update")
    run_jobs(llm)
    body = text_of(last_mail(app, "customer_update_draft", "jane@example.com"))
    assert "LLM unavailable" in body and "Hello Bob," in body


def test_a_routed_duplicate_merged_later_counts_once_in_the_digest(app: App) -> None:
    first = open_routed(app)
    omar = "omar@example.com"
    second = forward(app, ACME, omar, note="Acme again, please help.")
    reply(app, last_mail(app, "approval_request", omar), omar, "approve")  # flag ignored
    reply(app, last_mail(app, "confirmation", omar), omar, f"merge {first}")
    assert escalation(app, second).status == "rejected"
    told = [str(parse(m.raw)["Subject"]) for m in outbox(app, "merged_notice", "eng@example.com")]
    assert f"[{second}] Merged into {first}: no further work here" in told
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    later = app.clock.now() + timedelta(days=7)
    with app.db.session() as session:
        week = build_digest(session, routing=app.routing, calendar=calendar, week=None, now=later)
    assert (week["new_this_week"], week["active_escalations"]) == (1, 1)
    assert [e["id"] for e in week["escalations"]] == [first]


def test_on_postgresql_the_certain_check_goes_with_the_forwards_insert(app: App) -> None:
    """One round trip a forward fewer (certain.citing_before_insert): on PostgreSQL the
    check is read in the pipeline of the new escalation's INSERT, not by its own query;
    the duplicate is merged all the same, on both backends."""
    first = forward(app, HOOLI)
    with statements(app.db, "SELECT escalations.id, escalations.forwarded_ids") as seen:
        second = forward(app, HOOLI, note="Hooli chased again.")
    assert escalation(app, second).merged_into == first
    assert len(seen) == (0 if app.db.engine.dialect.name == "postgresql" else 1)
