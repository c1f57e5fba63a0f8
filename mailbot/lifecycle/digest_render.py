"""The digest JSON as an email: plain text plus HTML that survives Outlook and Gmail.

The templates only lay out what this module has already formatted, so the JSON stays the
single source of every figure and the two renderings cannot disagree. Bar charts are table
cells with percentage widths and background colours: no images (blocked by default in most
clients) and no CSS beyond inline styles (Outlook's Word engine ignores the rest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mailbot.domain import Category, Severity, Status
from mailbot.templating import render_mail

_CHART_STATUSES = (
    Status.ROUTED,
    Status.ACKNOWLEDGED,
    Status.IN_PROGRESS,
    Status.STALLED,
    Status.RESOLVED,
)
_STATUS_COLOURS = {
    "routed": "#6554c0",
    "acknowledged": "#00b8d9",
    "in_progress": "#0052cc",
    "stalled": "#de350b",
    "resolved": "#36b37e",
}
# Bars and stripes use the bright shade; text uses a darker one that stays readable on white.
_STATUS_TEXT = {
    "routed": "#5243aa",
    "acknowledged": "#00758f",
    "in_progress": "#0052cc",
    "stalled": "#bf2600",
    "resolved": "#006644",
}
_SEVERITY_COLOURS = {
    "critical": ("#de350b", "#bf2600"),
    "high": ("#ff8b00", "#a54800"),
    "medium": ("#ffc400", "#7a5d00"),
    "low": ("#97a0af", "#505f79"),
}
_GREY = ("#97a0af", "#505f79")
_CATEGORY_COLOUR = "#0052cc"
_TEXT_BAR_WIDTH = 20


@dataclass(frozen=True)
class DigestReport:
    """The SPEC §7 JSON (``data``, exactly the seed's fields) and what only the email shows.

    ``currencies`` and ``accounts`` map each listed escalation's id to its ARR's currency and
    to its account, so the email totals ARR per currency with each account once; the
    JSON's per-escalation ``arr_at_risk`` stays as the seed has it. ``resolved`` names the
    escalations resolved during the week (id, account, headline).
    """

    data: dict[str, Any]
    currencies: dict[str, str] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)
    resolved: list[dict[str, str]] = field(default_factory=list)


def label(value: str) -> str:
    """``in_progress`` → ``In progress``: enum values as a reader writes them."""
    return value.replace("_", " ").capitalize()


def _bars(counts: dict[str, int], colours: dict[str, str]) -> list[dict[str, Any]]:
    """One bar per key, scaled so the longest fills the chart (an empty chart stays empty)."""
    top = max(counts.values(), default=0)
    bars = []
    for key, count in counts.items():
        share = count / top if top else 0.0
        bars.append(
            {
                "label": label(key),
                "count": count,
                "width": round(100 * share),
                "colour": colours.get(key, _CATEGORY_COLOUR),
                "text_bar": "#" * round(_TEXT_BAR_WIDTH * share),
            }
        )
    return bars


def _money(amount: int, currency: str = "") -> str:
    if not amount:
        return "-"
    return f"{currency} {amount:,}" if currency else f"{amount:,}"


def arr_totals(report: DigestReport) -> list[str]:
    """ARR at risk per currency, each account once: ``["EUR 85,000", "USD 120,000"]``.

    Amounts in different currencies are never added. An account with several active
    escalations carries one ARR, so it counts once (its largest figure, should two
    escalations have recorded different ones). Amounts with no recorded currency are
    totalled apart, last.
    """
    per_account: dict[tuple[str, str], int] = {}
    for item in report.data["escalations"]:
        ref, amount = item["id"], item["arr_at_risk"]
        key = (report.currencies.get(ref, ""), report.accounts.get(ref, ref))
        per_account[key] = max(per_account.get(key, 0), amount)
    totals: dict[str, int] = {}
    for (currency, _), amount in per_account.items():
        if amount:
            totals[currency] = totals.get(currency, 0) + amount
    order = sorted(totals, key=lambda c: (c == "", c))
    return [_money(totals[c], c) if c else f"{totals[c]:,} (currency not recorded)" for c in order]


def _row(item: dict[str, Any], currency: str) -> dict[str, Any]:
    return {
        **item,
        "category_label": label(item["category"]),
        "status_label": label(item["status"]),
        "sentiment_label": label(item["customer_sentiment"]),
        "severity_colour": _SEVERITY_COLOURS.get(item["severity"], _GREY)[0],
        "severity_text": _SEVERITY_COLOURS.get(item["severity"], _GREY)[1],
        "priority": Severity(item["severity"]).priority,
        "arr_label": _money(item["arr_at_risk"], currency),
        "owner_label": item["owner"] or "not set",
        "due_label": item["next_update_due"] or "-",
        "status_colour": _STATUS_TEXT.get(item["status"], _GREY[1]),
    }


def digest_context(report: DigestReport, *, org: str) -> dict[str, Any]:
    """Everything the two templates need, formatted once."""
    digest = report.data
    due = date.fromisoformat(digest["report_date"])
    first, last = due - timedelta(days=7), due - timedelta(days=1)
    items = digest["escalations"]
    by_category = {c.value: 0 for c in Category}
    by_status = {s.value: 0 for s in _CHART_STATUSES}
    for item in items:
        by_category[item["category"]] = by_category.get(item["category"], 0) + 1
        by_status[item["status"]] = by_status.get(item["status"], 0) + 1
    trends = digest["trends"]
    return {
        "title": f"Weekly escalations digest: {first.day} {first:%b} to {last.day} {last:%b %Y}",
        "org": org,
        "d": digest,
        "period": f"{first:%A} {first.day} {first:%B} to {last:%A} {last.day} {last:%B %Y}",
        "arr_totals": arr_totals(report) or ["-"],
        "category_bars": _bars(by_category, {}),
        "status_bars": _bars(by_status, _STATUS_COLOURS),
        "rows": [_row(i, report.currencies.get(i["id"], "")) for i in items],
        "resolved": report.resolved,
        "most_common": label(trends["most_common_category"])
        if trends["most_common_category"] != "n/a"
        else "n/a",
    }


def render_digest(report: DigestReport, *, org: str) -> tuple[str, str]:
    """(plain text, HTML) for the leadership email."""
    return render_mail("digest", **digest_context(report, org=org))
