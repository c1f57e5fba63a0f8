"""What the model may answer, and how its answer becomes a trustworthy Brief.

The JSON schema sent to the model is generated from :class:`Brief` (so enums and limits
can't drift), then tightened: every field required, shorter limits (a small model rambles,
and a short brief is a better brief), and each rationale placed *before* its value so the
model reasons first. Whatever comes back - fenced, chatty, slightly off - is parsed,
normalised and validated against Brief itself, and every string is neutralised: links are
defanged and markup stripped, because the text ends up in mail a human clicks in.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from mailbot.domain import Category, Sentiment, Severity
from mailbot.drafting.brief import Brief
from mailbot.drafting.injection import defuse, visible
from mailbot.errors import DraftingError
from mailbot.links import LINKS, defang_url

ORDER = (
    "headline", "account", "customer_impact", "timeline", "resolution_attempts",
    "specific_ask", "customer_communication", "commercial_context",
    "category_rationale", "category", "severity_rationale", "severity",
    "sentiment_rationale", "sentiment",
)  # fmt: skip
_LIMITS = {
    "headline": 160, "account": 80, "customer_impact": 450, "specific_ask": 300,
    "customer_communication": 250, "commercial_context": 250, "category_rationale": 200,
    "severity_rationale": 200, "sentiment_rationale": 200,
}  # fmt: skip
_ALIASES = {
    "p0": "critical", "p1": "critical", "p2": "high", "p3": "medium", "p4": "low",
    "urgent": "critical", "blocker": "critical", "normal": "medium", "moderate": "medium",
    "neutral": "calm", "positive": "calm", "worried": "concerned", "upset": "frustrated",
    "furious": "angry", "churn": "threatening_churn", "churn_risk": "threatening_churn",
    "bug": "product_defect", "defect": "product_defect", "feature_request": "feature_gap",
    "billing": "commercial_dispute", "executive": "executive_intervention",
}  # fmt: skip
ENUMS: dict[str, type[Category] | type[Severity] | type[Sentiment]] = {
    "category": Category,
    "severity": Severity,
    "sentiment": Sentiment,
}


class OutputInvalid(DraftingError, ValueError):
    """The model's answer can't be made into a Brief; ``problems`` go into the repair request.

    A ValueError too, as it was before it joined the error tree, so no caller's handling changes.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

    @classmethod
    def of(cls, exc: ValidationError) -> OutputInvalid:
        """pydantic's errors as the repair request names them (the first ten)."""
        problems = [
            f"{'.'.join(str(p) for p in err['loc']) or 'reply'}: {err['msg']}"
            for err in exc.errors()
        ]
        return cls(problems[:10])


def llm_schema() -> dict[str, Any]:
    """Brief's JSON schema, all fields required, tighter limits, rationale before value."""
    schema = Brief.model_json_schema()
    props = schema["properties"]
    for name, limit in _LIMITS.items():
        props[name]["maxLength"] = limit
    props["timeline"]["maxItems"] = 8
    props["resolution_attempts"]["maxItems"] = 5
    props["resolution_attempts"]["items"]["maxLength"] = 200
    entry = schema["$defs"]["TimelineEntry"]
    entry["properties"]["event"]["maxLength"] = 200
    entry["properties"]["date"]["maxLength"] = 20
    entry["required"] = ["date", "event"]
    for prop in props.values():
        prop.pop("default", None)
    schema["properties"] = {name: props[name] for name in ORDER}
    schema["required"] = list(ORDER)
    schema["additionalProperties"] = False
    entry["additionalProperties"] = False
    return schema


def extract_json(content: str) -> dict[str, Any]:
    """The first JSON object in ``content``: tolerates ```json fences and chat around it."""
    text = re.sub(r"```(?:json)?", "", content or "").strip()
    decoder = json.JSONDecoder()
    for start in (i for i, ch in enumerate(text) if ch == "{"):
        try:
            value, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    raise OutputInvalid(["the reply contains no JSON object"])


def enum_value(value: Any, kind: type[Category] | type[Severity] | type[Sentiment]) -> Any:
    if not isinstance(value, str):
        return value
    key = re.sub(r"[\s-]+", "_", value.strip().lower())
    key = _ALIASES.get(key, key)
    return key if key in {member.value for member in kind} else value


def _trim(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1].rstrip() + "…"
    return value


def _entry(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {"date": "undated", "event": _trim(str(value), 300)}
    date = value.get("date") or "undated"
    return {"date": _trim(str(date), 40), "event": _trim(str(value.get("event") or ""), 300)}


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Deterministic repairs: known fields only, enum spelling, nulls, lengths, list sizes."""
    out: dict[str, Any] = {}
    for name, field in Brief.model_fields.items():
        if name not in data:
            continue
        value = data[name]
        if name in ENUMS:
            value = enum_value(value, ENUMS[name])
        elif value is None and field.annotation is str:
            value = ""
        elif isinstance(value, list):
            limit = 30 if name == "timeline" else 15
            value = [v for v in value if v][:limit]
            if name == "timeline":
                value = [_entry(v) for v in value]
            else:
                value = [_trim(str(v), 500) for v in value]
        out[name] = _trim(value, _max_length(name))
    return out


def _max_length(name: str) -> int:
    for meta in Brief.model_fields[name].metadata:
        limit = getattr(meta, "max_length", None)
        if isinstance(limit, int):
            return limit
    return 10_000


def parse_brief(content: str) -> Brief:
    """Brief from the model's raw reply, or OutputInvalid naming each problem."""
    data = normalise(extract_json(content))
    try:
        return Brief.model_validate(data)
    except ValidationError as exc:
        raise OutputInvalid.of(exc) from exc


_TAG = re.compile(r"</?[a-zA-Z!][^<>]{0,500}>|<(?=[a-zA-Z/!?])")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,200})\]\(([^)\s]{0,500})\)")


def neutralise_text(text: str, found: list[str]) -> str:
    """Defang links, drop markup and invisible characters; note what was found."""
    text = defuse(text)
    text = _MD_LINK.sub(lambda m: f"{m[1]} ({m[2]})", text)
    for pattern in LINKS:
        for match in pattern.findall(text):
            found.append(f"link {visible(match, 60)}")
        text = pattern.sub(lambda m: defang_url(m[0]), text)
    for match in _TAG.findall(text):
        found.append(f"markup {visible(match, 40)}")
    return _TAG.sub(lambda m: "‹" if m[0] == "<" else "", text)


def neutralise(brief: Brief) -> tuple[Brief, list[str]]:
    """The brief with every string neutralised, and a flag per kind of thing removed."""
    found: list[str] = []
    data = brief.model_dump()
    for name, value in data.items():
        if isinstance(value, str):
            data[name] = neutralise_text(value, found)
        elif name == "resolution_attempts":
            data[name] = [neutralise_text(v, found) for v in value]
        elif name == "timeline":
            for entry in value:
                entry["date"] = neutralise_text(entry["date"], found)
                entry["event"] = neutralise_text(entry["event"], found)
    clean = Brief.model_validate(normalise(data))
    unique = list(dict.fromkeys(found))
    flags = [f"model output contained {item}; neutralised" for item in unique[:8]]
    return clean, flags
