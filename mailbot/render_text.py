"""Plain-text renderings for the terminal (`mailbot show`, `mailbot draft`)."""

from __future__ import annotations

from typing import Any


def render_brief(payload: dict[str, Any]) -> str:
    brief = payload["brief"]
    lines = [
        f"HEADLINE: {brief['headline']}",
        "",
        "Customer impact:",
        f"  {brief['customer_impact']}",
        "",
        "Timeline:",
        *[f"  {t['date']}  {t['event']}" for t in brief["timeline"]],
        "",
        "Resolution attempts:",
        *([f"  - {a}" for a in brief["resolution_attempts"]] or ["  (none stated)"]),
        "",
        f"Specific ask: {brief['specific_ask']}",
        f"Customer communication: {brief['customer_communication']}",
        f"Commercial context: {brief['commercial_context'] or '(no account facts)'}",
        "",
        "Suggestions (the CSM decides):",
        f"  category  {brief['category']:<24} {brief['category_rationale']}",
        f"  severity  {brief['severity']:<24} {brief['severity_rationale']}",
        f"  sentiment {brief['sentiment']:<24} {brief['sentiment_rationale']}",
        "",
        f"Drafted by: {payload['drafter']}" + (f" ({payload['note']})" if payload["note"] else ""),
    ]
    if payload.get("flags"):
        lines.append("Flags: " + "; ".join(payload["flags"]))
    return "\n".join(lines)


def held_marker(data: dict[str, Any]) -> str:
    """The daily cap is holding mail about it: say until when (the mail is not lost)."""
    until = data.get("mail_held_until")
    return f"  mail held until {until[:16].replace('T', ' ')} UTC" if until else ""


def render_detail(data: dict[str, Any]) -> str:
    lines = [
        f"{data['id']}  [{data['status']}]  {data['severity']} / {data['category']}",
        f"account: {data['account'] or '-'}   csm: {data['csm']}   owner: {data['owner'] or '-'}",
        f"teams: {', '.join(data['teams']) or '-'}   days open: {data['days_open']}"
        f"   next update due: {data['next_update_due'] or '-'}",
    ]
    if data.get("mail_held_until"):
        lines.append(held_marker(data).strip() + " (daily cap per recipient; see the timeline)")
    lines += _link_lines(data.get("links") or {})
    if data["brief"]:
        lines += ["", f"headline: {data['brief']['headline']}"]
    drafting = data.get("drafting")
    if drafting:
        lines.append(
            f"drafted by {drafting['drafter']} (v{drafting['version']}, prompt "
            f"{drafting['prompt_version'] or '-'}, {drafting['input_tokens']} in / "
            f"{drafting['output_tokens']} out tokens, {drafting['latency_ms']} ms, "
            f"${drafting['cost_usd']:.4f})"
        )
        if drafting["note"]:
            lines.append(f"  {drafting['note']}")
    lines += _attachment_lines(data.get("attachments") or [])
    lines += ["", "timeline:"]
    for ev in data["events"]:
        change = f"{ev['from']} -> {ev['to']}" if ev["from"] != ev["to"] else ""
        lines.append(f"  {ev['at'][:16]}  {ev['kind']:<18} {change:<28} {ev['actor']}")
        if ev["detail"]:
            lines.append(f"      {ev['detail'][:200]}")
    return "\n".join(lines)


def _link_lines(links: dict[str, Any]) -> list[str]:
    """Linked and merged escalations (issue 19), one line each, only when there are any."""
    out = []
    if links.get("merged_into"):
        out.append(f"merged into: {links['merged_into']}")
    if links.get("merged_from"):
        out.append(f"merged from: {', '.join(links['merged_from'])}")
    if links.get("possible_duplicate_of"):
        why = f" ({links['duplicate_reason']})" if links.get("duplicate_reason") else ""
        out.append(f"possible duplicate of: {links['possible_duplicate_of']}{why}")
    if links.get("possible_duplicates"):
        out.append(f"possible duplicates: {', '.join(links['possible_duplicates'])}")
    return out


def _attachment_lines(files: list[dict[str, Any]]) -> list[str]:
    """The thread's files, as the brief lists them, only when there are any."""
    out = ["", "attachments:"] if files else []
    for item in files:
        why = f" ({item['why']})" if item["why"] else ""
        out.append(f"  {item['name']}  {item['type']}, {item['size']}, from {item['origin']}")
        out.append(f"      {item['status']}{why}")
    return out
