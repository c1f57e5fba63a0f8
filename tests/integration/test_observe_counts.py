"""The counters move at the instrumented points, once per committed or delivered thing.

Values are read from the metric objects before and after (they are process-wide), so the
tests hold whatever ran earlier in the session.
"""

from __future__ import annotations

from datetime import timedelta

from mailbot.app import App
from mailbot.observe import metrics
from tests.harness.smtp import FaultSmtp
from tests.integration.test_followthrough import step_to
from tests.integration.test_outbox import _queue, _send
from tests.support.flow import open_routed


def count(metric: object, **labels: str) -> float:
    child = metric.labels(**labels) if labels else metric  # type: ignore[attr-defined]
    return float(child._value.get())


def test_deliveries_count_sent_deferred_and_failed(app: App, smtp: FaultSmtp) -> None:
    before = {r: count(metrics.OUTBOX, result=r) for r in ("sent", "deferred", "failed")}
    _queue(app)
    smtp.fail_next(1, "451")
    assert _send(app, smtp) == (0, 1, 0)
    app.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
    assert _send(app, smtp) == (1, 0, 0)
    _queue(app, to="mike@example.com")
    smtp.fail_next(1, "550")
    assert _send(app, smtp) == (0, 0, 1)
    after = {r: count(metrics.OUTBOX, result=r) for r in before}
    assert {r: after[r] - before[r] for r in before} == {"sent": 1, "deferred": 1, "failed": 1}


def test_sla_warning_and_breach_are_counted_once_each(app: App) -> None:
    warning, breach = (count(metrics.SCHEDULED, kind=k) for k in ("ack_warning", "ack_breach"))
    open_routed(app, "approve")  # critical: 4 h to acknowledge from Tue 10 Mar 09:00 UTC
    assert step_to(app, "2026-03-10T12:00") == 1
    assert step_to(app, "2026-03-10T12:30") == 0  # the slot is done: never counted twice
    assert step_to(app, "2026-03-10T13:00") == 1
    assert count(metrics.SCHEDULED, kind="ack_warning") == warning + 1
    assert count(metrics.SCHEDULED, kind="ack_breach") == breach + 1
