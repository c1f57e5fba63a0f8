"""The weekly digest on a hand-built week, on SQLite and PostgreSQL.

The week is ISO 2026-W10: Monday 2 March 00:00 to Monday 9 March 00:00, Europe/London, which
is UTC in March before the clocks change, so every time below is both. The digest is built
at Monday 9 March 08:00, when it is due. Each escalation's comment gives its story; the
expected figures are worked out in the test that checks them.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from sqlalchemy.orm import Session

from mailbot.domain import ACTIVE_STATUSES, Category, Sentiment, Severity
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import (
    DigestReport,
    build_digest,
    build_report,
    iso_week_bounds,
    render_digest,
)
from mailbot.routing import Routing
from mailbot.store.db import Database
from mailbot.store.tables import BriefVersion, Escalation, Event

NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "digest" / "week.html"


def t(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


MIKE = {"owner": "mike@example.com", "owner_name": "Mike Ross"}
# Number, "category severity sentiment", status changes ("MM-DD HH:MM status" in UTC, the
# first one creates it) and the row's other fields.
WEEK: list[tuple[int, str, str, dict[str, Any]]] = [
    # 1: open since February, in progress all week.
    (1, "product_defect critical frustrated_but_patient",
     "02-25 10:00 draft, 02-25 11:00 routed, 02-25 13:00 acknowledged, 02-26 09:00 in_progress",
     {"account_name": "Acme Corp", "arr": 85000, "currency": "EUR",
      "next_update_due": t(3, 9, 10), **MIKE}),
    # 2: new; acknowledged 25h after routing.
    (2, "feature_gap high concerned",
     "03-02 09:00 draft, 03-02 10:00 routed, 03-03 11:00 acknowledged, 03-04 15:00 in_progress",
     {"account_name": "Globex", "arr": 120000, "currency": "USD", "owner": "pat@example.com",
      "next_update_due": t(3, 10)}),
    # 3: new; acknowledged 2h12 after routing; resolved on Monday 07:00, after the week.
    (3, "service_failure critical angry",
     "03-04 14:00 draft, 03-04 14:30 routed, 03-04 16:42 acknowledged, 03-09 07:00 resolved",
     {"account_name": "Initech", "owner": "lisa@example.com"}),
    # 4: stalled since 20 February (a reminder this week is added below: no status change).
    (4, "commercial_dispute medium frustrated",
     "02-10 09:00 draft, 02-10 12:00 routed, 02-11 09:00 acknowledged, 02-12 09:00 in_progress, "
     "02-20 09:00 stalled",
     {"account_name": "Umbrella", "arr": 40000, "currency": "EUR", "owner": "fran@example.com",
      "owner_name": "Fran Fine"}),
    # 5: stalled on Tuesday, back in progress on Thursday.
    (5, "product_defect high frustrated",
     "02-20 09:00 draft, 02-20 09:30 routed, 02-20 12:00 acknowledged, 02-23 09:00 in_progress, "
     "03-03 10:00 stalled, 03-05 11:00 in_progress",
     {"account_name": "Hooli", "arr": 250000, "currency": "USD", **MIKE}),
    # 6: resolved Wednesday, reopened, resolved again Thursday 12:00 (10 days 3h after
    # routing); awaiting the CSM's confirmation, so still active.
    (6, "relationship_at_risk high threatening_churn",
     "02-23 08:00 draft, 02-23 09:00 routed, 02-23 15:00 acknowledged, 02-24 09:00 in_progress, "
     "03-04 10:00 resolved, 03-04 15:00 in_progress, 03-05 12:00 resolved",
     {"account_name": "Stark & Sons <Ltd>", "arr": 500000, "currency": "GBP",
      "owner": "lisa@example.com"}),
    # 7: new on Friday, not acknowledged yet.
    (7, "product_defect medium calm", "03-06 09:00 draft, 03-06 09:30 routed",
     {"account_name": "Wayne"}),
    # 8: resolved Tuesday (exactly 15 days after routing) and closed Wednesday.
    (8, "product_defect low concerned",
     "02-16 09:00 draft, 02-16 10:00 routed, 02-16 11:00 acknowledged, 02-17 09:00 in_progress, "
     "03-03 10:00 resolved, 03-04 09:00 closed",
     {"account_name": "Soylent", "arr": 30000, "currency": "USD",
      "subject": "Fwd: Soylent exports fail"}),
    # 9: still a draft; 10: rejected; 11: drafted Sunday night, approved Monday 07:30.
    (9, "product_defect high calm", "03-05 10:00 draft", {}),
    (10, "feature_gap low calm", "03-03 09:00 draft, 03-03 10:00 rejected", {}),
    (11, "executive_intervention critical angry", "03-08 22:00 draft, 03-09 07:30 routed", {}),
    # 12: closed in January, long before the four-week trend window.
    (12, "service_failure low calm",
     "01-05 09:00 draft, 01-05 10:00 routed, 01-20 09:00 resolved, 01-21 09:00 closed",
     {"closed_at": t(1, 21)}),
]  # fmt: skip


def _event(esc_id: int, at: datetime, kind: str, old: str, new: str) -> Event:
    return Event(escalation_id=esc_id, at=at, actor="x@example.com", kind=kind,
                 from_status=old, to_status=new)  # fmt: skip


def _add(session: Session, n: int, what: str, timeline: str, fields: dict[str, Any]) -> None:
    """An escalation created at its first change, with one event per status change."""
    category, severity, sentiment = what.split()
    changes = [
        (datetime.strptime(f"2026-{c[:11]}", "%Y-%m-%d %H:%M").replace(tzinfo=UTC), c[12:])
        for c in timeline.split(", ")
    ]
    esc = Escalation(
        ref=f"ESC-2026-{n:04d}", status=changes[-1][1], category=category, severity=severity,
        sentiment=sentiment, csm="jane@example.com", created_at=changes[0][0],
        updated_at=changes[-1][0], **fields,
    )  # fmt: skip
    session.add(esc)
    session.flush()
    previous = ""
    for at, status in changes:
        session.add(_event(esc.id, at, status if previous else "created", previous, status))
        if status == "routed":  # what the routing effect records: no status change
            session.add(_event(esc.id, at, "routed_to", status, status))
        previous = status


def _brief(esc_id: int, version: int, headline: str) -> BriefVersion:
    return BriefVersion(escalation_id=esc_id, version=version, content={"headline": headline},
                        content_hash="x", drafter="offline", created_at=t(2, 23))  # fmt: skip


def seed_week(db: Database) -> None:
    with db.session() as session:
        for n, what, timeline, fields in WEEK:
            _add(session, n, what, timeline, fields)
        session.add(_event(4, t(3, 3), "stall_reminder", "stalled", "stalled"))
        # 6 has two brief versions (the latest headline counts); 8 none (its subject shows).
        session.add(_brief(6, 1, "Stark may not renew"))
        session.add(_brief(6, 2, "Stark & Sons threaten to leave -- P2, GBP 500k ARR"))


@pytest.fixture
def report(db: Database, routing: Routing) -> DigestReport:
    seed_week(db)
    calendar = BusinessCalendar.from_routing(routing.config.organisation)
    with db.session() as session:
        return build_report(session, routing=routing, calendar=calendar, week=None, now=NOW)


@pytest.fixture
def digest(report: DigestReport) -> dict[str, Any]:
    return report.data


def test_every_figure_matches_the_hand_count(digest: dict[str, Any]) -> None:
    assert digest["report_date"] == "2026-03-09"  # the Monday after the week
    # Active at the end: 1, 2, 5 in progress; 3 acknowledged (resolved only after the week);
    # 4 stalled; 6 resolved; 7 routed. Not 8 (closed), 9/11 (drafts then), 10 (rejected).
    assert digest["active_escalations"] == 7
    assert digest["new_this_week"] == 3  # first routed in the week: 2, 3, 7 (11 is Monday)
    assert digest["resolved_this_week"] == 2  # 6 (twice, counted once) and 8; 3 is later
    assert digest["stalled"] == 1  # 4; 5 recovered
    # 6: 10d 3h = 10.125 days; 8: 15.0 days; mean 12.5625 -> 12.6.
    assert digest["average_resolution_time_days"] == 12.6
    # Acknowledged this week: 2 after 25h, 3 after 2.2h; mean 13.6.
    # Active during the week: 1-8 (8 until Wednesday); stalled during it: 4 and 5 -> 2/8.
    # First routed in the four weeks from 9 February: 1, 5, 7, 8 product_defect (4 of 8).
    assert digest["trends"] == {
        "most_common_category": "product_defect",
        "avg_time_to_acknowledge": "13.6 hours",
        "stall_rate": "25%",
    }
    # Most severe first, then longest open (whole days to Monday 00:00). 3 was resolved
    # after the week, so its update due is rebuilt: critical, 24h after routing on 4 March.
    pick = itemgetter("status", "days_open", "owner", "arr_at_risk", "next_update_due")
    rows = [(r["id"][-2:], *pick(r)) for r in digest["escalations"]]
    assert rows == [
        ("01", "in_progress", 11, "Mike Ross (mike@example.com)", 85000, "2026-03-09"),
        ("03", "acknowledged", 4, "Lisa Cuddy (lisa@example.com)", 0, "2026-03-05"),
        ("05", "in_progress", 16, "Mike Ross (mike@example.com)", 250000, None),
        ("06", "resolved", 13, "Lisa Cuddy (lisa@example.com)", 500000, None),
        ("02", "in_progress", 6, "pat@example.com", 120000, "2026-03-10"),
        ("04", "stalled", 26, "Fran Fine (fran@example.com)", 40000, None),
        ("07", "routed", 2, "", 0, None),
    ]
    pick = itemgetter("account", "category", "severity", "customer_sentiment")
    expected = ("Acme Corp", "product_defect", "critical", "frustrated_but_patient")
    assert pick(digest["escalations"][0]) == expected


def test_a_past_week_is_rebuilt_from_the_event_log(db: Database, routing: Routing) -> None:
    seed_week(db)
    calendar = BusinessCalendar.from_routing(routing.config.organisation)
    with db.session() as session:
        w09 = build_digest(session, routing=routing, calendar=calendar, week="2026-W09", now=NOW)
        w10 = build_digest(session, routing=routing, calendar=calendar, week="2026-W10", now=NOW)
    # 23 Feb - 2 Mar. Active at the end: 1, 5, 6, 8 in progress, 4 stalled (6 and 8 are
    # resolved or closed today). New: 1 and 6. Acks: 1 after 2h, 6 after 6h -> 4.0.
    # Stall rate: only 4 of the 5 active (1, 4, 5, 6, 8) -> 20%. Most common category
    # since 2 February: 1, 5, 8 product_defect.
    assert {k: v for k, v in w09.items() if k != "escalations"} == {
        "report_date": "2026-03-02", "active_escalations": 5, "new_this_week": 2,
        "resolved_this_week": 0, "stalled": 1, "average_resolution_time_days": 0.0,
        "trends": {"most_common_category": "product_defect",
                   "avg_time_to_acknowledge": "4.0 hours", "stall_rate": "20%"},
    }  # fmt: skip
    statuses = {r["id"][-2:]: r["status"] for r in w09["escalations"]}
    assert statuses == {"01": "in_progress", "04": "stalled", "05": "in_progress",
                        "06": "in_progress", "08": "in_progress"}  # fmt: skip
    assert w10["active_escalations"] == 7 and w10["report_date"] == "2026-03-09"
    with db.session() as session, pytest.raises(ValueError, match="not started"):
        build_digest(session, routing=routing, calendar=calendar, week="2026-W12", now=NOW)


def test_an_empty_store_gives_zeros_and_n_a(db: Database, routing: Routing) -> None:
    calendar = BusinessCalendar.from_routing(routing.config.organisation)
    with db.session() as session:
        empty = build_digest(session, routing=routing, calendar=calendar, week=None, now=NOW)
    assert empty["active_escalations"] == empty["new_this_week"] == 0
    assert empty["average_resolution_time_days"] == 0.0 and empty["escalations"] == []
    assert empty["trends"] == {
        "most_common_category": "n/a",
        "avg_time_to_acknowledge": "n/a",
        "stall_rate": "0%",
    }
    _validate(empty)
    text, html = render_digest(DigestReport(empty), org="Example Inc.")
    assert "No active escalations" in text and "No active escalations" in html


def _schema() -> dict[str, Any]:
    source = resources.files("mailbot.lifecycle") / "digest.schema.json"
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return schema


def _validate(digest: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())
    jsonschema.Draft202012Validator(_schema()).validate(json.loads(json.dumps(digest)))


def test_the_digest_matches_the_strict_schema(digest: dict[str, Any]) -> None:
    _validate(digest)
    assert list(digest) == list(_schema()["properties"])  # the seed's field order
    for bad in (
        {**digest, "extra": 1},
        {**digest, "stalled": "1"},
        {**digest, "report_date": "9 March 2026"},
        {**digest, "escalations": [{**digest["escalations"][0], "status": "closed"}]},
        {**digest, "trends": {**digest["trends"], "stall_rate": "0.25"}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, _schema(), cls=jsonschema.Draft202012Validator)


def test_the_schema_enums_are_the_domain_vocabulary() -> None:
    item = _schema()["$defs"]["escalation"]["properties"]
    assert item["category"]["enum"] == [c.value for c in Category]
    assert item["severity"]["enum"] == [s.value for s in Severity]
    assert item["customer_sentiment"]["enum"] == [s.value for s in Sentiment]
    assert set(item["status"]["enum"]) == {s.value for s in ACTIVE_STATUSES}


def test_rendering_shows_every_figure(report: DigestReport) -> None:
    text, html = render_digest(report, org="Example Inc.")
    for line in (
        "Active escalations:        7",
        "New this week:             3",
        "Resolved this week:        2",
        "Stalled:                   1",
        "Average resolution time:   12.6 days",
        # 1 and 4 EUR, 2 and 5 USD, 6 GBP; never added across currencies.
        "ARR at risk (active):      EUR 125,000; GBP 500,000; USD 370,000",
        "Product defect             3  ####################",
        "Feature gap                1  #######",
        "13.6 hours",
        "25%",
        "ESC-2026-0004  medium (P3)  Stalled, 26 days open",
    ):
        assert line in text
    assert "Stark & Sons <Ltd>" in text  # plain text is not escaped
    # Resolved this week, named: 6 (still active) by its latest headline, 8 (closed since,
    # so not in the active list) by its subject, having no brief.
    assert (
        "RESOLVED THIS WEEK\n"
        "  ESC-2026-0006  Stark & Sons <Ltd> -- Stark & Sons threaten to leave -- P2, GBP 500k"
        " ARR\n  ESC-2026-0008  Soylent -- Fwd: Soylent exports fail\n"
    ) in text
    assert "<b>ESC-2026-0008</b></td><td" in html and "Fwd: Soylent exports fail" in html
    assert "Stark &amp; Sons threaten to leave" in html
    assert "Stark &amp; Sons &lt;Ltd&gt;" in html and "<Ltd>" not in html
    totals = "EUR 125,000 &middot; GBP 500,000 &middot; USD 370,000"
    for figure in (">7<", ">3<", ">2<", ">1<", ">12.6<", "13.6 hours", "25%", totals):
        assert figure in html
    # Category bars scale to the largest (3): 100 % then 33 %; in_progress is the blue bar.
    blue = re.findall(r'<td width="(\d+)%" height="14" bgcolor="#0052cc"', html)
    assert blue == ["100", "33", "33", "33", "33", "100"]
    assert not re.search(r"<(script|img|style|link)\b|class=", html)


def test_arr_at_risk_is_totalled_per_currency_counting_each_account_once(
    db: Database, routing: Routing
) -> None:
    acme = {"account_name": "Acme Corp", "account_domain": "acme.example", "arr": 85000}
    with db.session() as session:  # two Acme escalations, one Globex: all active all week
        _add(session, 1, "product_defect critical calm", "02-25 10:00 draft, 02-25 11:00 routed",
             {**acme, "currency": "EUR"})  # fmt: skip
        _add(session, 2, "feature_gap high calm", "02-26 10:00 draft, 02-26 11:00 routed",
             {**acme, "currency": "EUR"})  # fmt: skip
        _add(session, 3, "feature_gap high calm", "02-26 10:00 draft, 02-26 11:00 routed",
             {"account_name": "Globex", "arr": 120000, "currency": "USD"})  # fmt: skip
    calendar = BusinessCalendar.from_routing(routing.config.organisation)
    with db.session() as session:
        report = build_report(session, routing=routing, calendar=calendar, week=None, now=NOW)
    # The JSON keeps each escalation's own figure (the seed's field) ...
    assert [r["arr_at_risk"] for r in report.data["escalations"]] == [85000, 85000, 120000]
    text, html = render_digest(report, org="Example Inc.")
    # ... the email totals per currency, Acme once: not 290,000 of mixed money.
    assert "ARR at risk (active):      EUR 85,000; USD 120,000\n" in text
    assert "ARR at risk EUR 85,000 &middot; USD 120,000)" in html
    assert "ARR at risk: EUR 85,000 --" in text and "290,000" not in text + html


def test_the_committed_fixture_is_a_fresh_render(report: DigestReport) -> None:
    """Template changes show up here; regenerate with MAILBOT_REGENERATE_FIXTURES=1."""
    _, html = render_digest(report, org="Example Inc.")
    if os.environ.get("MAILBOT_REGENERATE_FIXTURES") == "1":
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(html, encoding="utf-8")
    assert Path(FIXTURE).read_text(encoding="utf-8") == html


@pytest.mark.parametrize(
    ("week", "now", "start", "end", "label"),
    [
        ("2026-W10", NOW, t(3, 2, 0), t(3, 9, 0), "2026-W10"),
        (None, NOW, t(3, 2, 0), t(3, 9, 0), "2026-W10"),
        (None, t(3, 8, 23, 30), t(2, 23, 0), t(3, 2, 0), "2026-W09"),  # W10 not over yet
        # 00:30 BST on Monday 30 March is still Sunday in UTC: London's week has ended.
        (None, t(3, 29, 23, 30), t(3, 23, 0), t(3, 29, 23), "2026-W13"),
        ("2026-w14", NOW, t(3, 29, 23), t(4, 5, 23), "2026-W14"),
        ("2026-W01", NOW, datetime(2025, 12, 29, tzinfo=UTC), t(1, 5, 0), "2026-W01"),
    ],
)
def test_iso_week_bounds(
    week: str | None, now: datetime, start: datetime, end: datetime, label: str
) -> None:
    assert iso_week_bounds(week, now, LONDON) == (start, end, label)


@pytest.mark.parametrize("week", ["2025-W53", "2026-W00", "last week", "2026-10"])
def test_a_bad_week_says_how_to_write_one(week: str) -> None:
    with pytest.raises(ValueError, match="2026-W10"):
        iso_week_bounds(week, NOW, LONDON)
