"""The digest JSON as an email: plain text plus HTML that survives Outlook and Gmail.

The templates only lay out what this module has already formatted, so the JSON stays the
single source of every figure and the two renderings cannot disagree. Bar charts are table
cells with percentage widths and background colours: no images (blocked by default in most
clients) and no CSS beyond inline styles (Outlook's Word engine ignores the rest).
"""

from __future__ import annotations

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


def _money(amount: int) -> str:
    return f"{amount:,}" if amount else "-"


def _row(item: dict[str, Any]) -> dict[str, Any]:
    return {
        **item,
        "category_label": label(item["category"]),
        "status_label": label(item["status"]),
        "sentiment_label": label(item["customer_sentiment"]),
        "severity_colour": _SEVERITY_COLOURS.get(item["severity"], _GREY)[0],
        "severity_text": _SEVERITY_COLOURS.get(item["severity"], _GREY)[1],
        "priority": Severity(item["severity"]).priority,
        "arr_label": _money(item["arr_at_risk"]),
        "owner_label": item["owner"] or "not set",
        "due_label": item["next_update_due"] or "-",
        "status_colour": _STATUS_TEXT.get(item["status"], _GREY[1]),
    }


def digest_context(digest: dict[str, Any], *, org: str) -> dict[str, Any]:
    """Everything the two templates need, formatted once."""
    report = date.fromisoformat(digest["report_date"])
    first, last = report - timedelta(days=7), report - timedelta(days=1)
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
        "total_arr": _money(sum(i["arr_at_risk"] for i in items)),
        "category_bars": _bars(by_category, {}),
        "status_bars": _bars(by_status, _STATUS_COLOURS),
        "rows": [_row(i) for i in items],
        "most_common": label(trends["most_common_category"])
        if trends["most_common_category"] != "n/a"
        else "n/a",
    }


def render_digest(digest: dict[str, Any], *, org: str) -> tuple[str, str]:
    """(plain text, HTML) for the leadership email."""
    return render_mail("digest", **digest_context(digest, org=org))
