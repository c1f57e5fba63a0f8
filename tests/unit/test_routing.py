from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mailbot.domain import AccountFacts, Category, Sentiment, Severity
from mailbot.errors import ConfigError
from mailbot.routing import Routing, load_routing
from mailbot.routing.durations import Duration, Unit

ROUTING = Path(__file__).resolve().parents[2] / "routing" / "routing.toml"


def test_shipped_file_has_the_sample_roster(routing: Routing) -> None:
    assert routing.is_csm("jane@example.com") and routing.is_csm("OMAR@example.com")
    assert routing.manager_of("jane@example.com") == "lisa@example.com"
    assert routing.team("engineering").address == "eng@example.com"
    assert routing.is_team_member("mike@example.com", ("engineering",))
    assert not routing.is_team_member("mike@example.com", ("finance",))
    assert routing.config.digest.recipients == ("cs-leads@example.com",)
    assert routing.config.organisation.escalation_address == "escalations@example.com"
    assert not routing.is_known("stranger@evil.test")


@pytest.mark.parametrize(
    ("category", "teams"),
    [
        (Category.PRODUCT_DEFECT, ("engineering",)),
        (Category.FEATURE_GAP, ("product",)),
        (Category.SERVICE_FAILURE, ("cs-leadership", "support-leadership")),
        (Category.COMMERCIAL_DISPUTE, ("cs-leadership", "finance")),
        (Category.RELATIONSHIP_AT_RISK, ("cs-leadership",)),
        (Category.EXECUTIVE_INTERVENTION, ("exec-office",)),
    ],
)
def test_each_category_routes_per_spec(
    routing: Routing, category: Category, teams: tuple[str, ...]
) -> None:
    assert routing.route(category, Severity.MEDIUM, None).teams == teams


def test_slas_per_spec(routing: Routing) -> None:
    assert str(routing.acknowledge_sla(Category.PRODUCT_DEFECT)) == "4h"
    assert str(routing.acknowledge_sla(Category.EXECUTIVE_INTERVENTION)) == "same_day"
    assert str(routing.resolution_sla(Category.PRODUCT_DEFECT, Severity.CRITICAL)) == "24h"
    assert str(routing.resolution_sla(Category.PRODUCT_DEFECT, Severity.HIGH)) == "48h"
    assert str(routing.resolution_sla(Category.FEATURE_GAP, Severity.LOW)) == "2w"
    assert str(routing.stall_after(Severity.CRITICAL)) == "48h"
    assert str(routing.stall_after(Severity.HIGH)) == "5bd"
    assert str(routing.cadence(Severity.HIGH)) == "2bd"


def test_push_climbs_the_path(routing: Routing) -> None:
    assert routing.teams_at_level(Category.PRODUCT_DEFECT, 1) == ("support-leadership",)
    assert routing.teams_at_level(Category.PRODUCT_DEFECT, 3) == ("exec-office",)
    assert routing.max_level(Category.PRODUCT_DEFECT) == 3
    assert routing.max_level(Category.EXECUTIVE_INTERVENTION) == 0


def test_account_rules_add_leadership_for_strategic_critical(routing: Routing) -> None:
    acme = AccountFacts(name="Acme", arr=85000, strategic=True, renewal_date=date(2026, 5, 1))
    critical = routing.route(Category.PRODUCT_DEFECT, Severity.CRITICAL, acme)
    assert critical.teams == ("engineering", "cs-leadership")
    assert critical.to == ("eng@example.com", "cs-leads@example.com")
    assert any("Strategic" in r for r in critical.reasons)
    assert routing.route(Category.PRODUCT_DEFECT, Severity.HIGH, acme).teams == ("engineering",)
    big = AccountFacts(name="Big", arr=300000)
    assert "cs-leadership" in routing.route(Category.PRODUCT_DEFECT, Severity.CRITICAL, big).teams
    suggestion = routing.suggested_category(acme, Severity.HIGH, Sentiment.THREATENING_CHURN)
    assert suggestion is not None and suggestion[0] is Category.EXECUTIVE_INTERVENTION


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("4h", 4, Unit.HOURS),
        ("48H", 48, Unit.HOURS),
        ("5bd", 5, Unit.BUSINESS_DAYS),
        ("2d", 2, Unit.DAYS),
        ("1w", 1, Unit.WEEKS),
        ("same_day", 0, Unit.SAME_DAY),
    ],
)
def test_durations(text: str, amount: float, unit: Unit) -> None:
    parsed = Duration.parse(text)
    assert (parsed.amount, parsed.unit) == (amount, unit)


@pytest.mark.parametrize("text", ["48 hours", "0h", "-4h", "5 bd x", "soon", ""])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        Duration.parse(text)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("[categories.feature_gap]", "[categories.feature_gapp]", "categories.feature_gapp"),
        ('acknowledge = "48h"', 'acknowledge = "48 hours"', "categories.feature_gap.acknowledge"),
        ('teams = ["product"]', 'teams = ["prodct"]', "categories.feature_gap"),
        ('timezone = "Europe/London"', 'timezone = "Mars/Olympus"', "organisation.timezone"),
        ('business_hours = "09:00-17:30"', 'business_hours = "9-5"', "organisation.business_hours"),
        ('day = "monday"', 'day = "moonday"', "digest.day"),
        ('time = "08:00"', 'time = "8am"', "digest.time"),
        ('manager = "lisa@example.com"', 'manager = "lisa"', "csms.jane@example.com.manager"),
        ('critical = "48h"', 'critical = "2 days"', "stall.critical"),
        ('members = ["mike@example.com"]', 'members = ["mike"]', "teams.engineering.members"),
        ('escalation_address = "escalations@example.com"', "", "organisation.escalation_address"),
    ],
)
def test_invalid_routing_files_name_the_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    text = ROUTING.read_text()
    assert old in text
    bad = tmp_path / "routing.toml"
    bad.write_text(text.replace(old, new, 1))
    with pytest.raises(ConfigError) as info:
        load_routing(bad)
    assert key in str(info.value), str(info.value)


def test_missing_category_is_named(tmp_path: Path) -> None:
    text = ROUTING.read_text()
    start = text.index("[categories.executive_intervention]")
    end = text.index("[severity]")
    bad = tmp_path / "routing.toml"
    bad.write_text(text[:start] + text[end:])
    with pytest.raises(ConfigError, match="executive_intervention"):
        load_routing(bad)
