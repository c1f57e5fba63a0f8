"""Questions the rest of mailbot asks of the routing file: who is this sender, where
does this category go, who is next on the re-escalation path.

Pure lookups over the validated model; the lifecycle gets roles from here and never
reads addresses itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.domain import AccountFacts, Category, Sentiment, Severity
from mailbot.routing.durations import Duration
from mailbot.routing.model import AccountRule, RoutingConfig, Team


@dataclass(frozen=True)
class RouteDecision:
    """Where an approved brief goes, and why (each reason is shown in the brief)."""

    teams: tuple[str, ...]
    to: tuple[str, ...]
    reasons: tuple[str, ...]


class Routing:
    def __init__(self, config: RoutingConfig) -> None:
        self.config = config

    # --- people -------------------------------------------------------------------
    def is_csm(self, address: str) -> bool:
        return address.lower() in self.config.csms

    def manager_of(self, csm: str) -> str | None:
        person = self.config.csms.get(csm.lower())
        return person.manager if person else None

    def is_manager_of(self, address: str, csm: str) -> bool:
        manager = self.manager_of(csm)
        return manager is not None and manager == address.lower()

    def display_name(self, address: str) -> str:
        address = address.lower()
        person = self.config.csms.get(address) or self.config.managers.get(address)
        return person.name if person and person.name else address

    def team(self, key: str) -> Team:
        return self.config.teams[key]

    def is_team_member(self, address: str, team_keys: tuple[str, ...]) -> bool:
        return any(self.config.teams[key].has_member(address) for key in team_keys)

    def is_known(self, address: str) -> bool:
        """Anyone the routing file names: only they ever get mail in reply."""
        address = address.lower()
        if address in self.config.csms or address in self.config.managers:
            return True
        if any(person.manager == address for person in self.config.csms.values()):
            return True
        return any(team.has_member(address) for team in self.config.teams.values())

    # --- routing --------------------------------------------------------------------
    def teams_at_level(self, category: Category, level: int) -> tuple[str, ...]:
        """Level 0 is the category's teams; level n is the n-th step of its path."""
        rule = self.config.categories[category]
        if level <= 0:
            return rule.teams
        return (rule.path[min(level, len(rule.path)) - 1],)

    def max_level(self, category: Category) -> int:
        return len(self.config.categories[category].path)

    def route(
        self,
        category: Category,
        severity: Severity,
        account: AccountFacts | None,
        sentiment: Sentiment | None = None,
        level: int = 0,
    ) -> RouteDecision:
        teams = list(self.teams_at_level(category, level))
        reasons = [f"{category.value} routes to {', '.join(teams)}"]
        extra: list[str] = []
        if account is not None and level == 0:
            for rule in self.config.account_rules:
                acts = bool(rule.add_teams or rule.add_recipients)
                if acts and _matches(rule, account, severity, sentiment):
                    teams.extend(t for t in rule.add_teams if t not in teams)
                    extra.extend(rule.add_recipients)
                    reasons.append(f"account rule: {rule.name}")
        to = [self.config.teams[t].address for t in teams] + extra
        return RouteDecision(tuple(teams), tuple(dict.fromkeys(to)), tuple(reasons))

    def suggested_category(
        self, account: AccountFacts | None, severity: Severity, sentiment: Sentiment | None
    ) -> tuple[Category, str] | None:
        """An account rule's category suggestion, with the rule's name."""
        if account is None:
            return None
        for rule in self.config.account_rules:
            if rule.suggest_category and _matches(rule, account, severity, sentiment):
                return rule.suggest_category, rule.name
        return None

    # --- clocks ---------------------------------------------------------------------
    def acknowledge_sla(self, category: Category) -> Duration:
        return self.config.categories[category].acknowledge

    def resolution_sla(self, category: Category, severity: Severity) -> Duration:
        return self.config.categories[category].resolution_for(severity)

    def stall_after(self, severity: Severity) -> Duration:
        stall = self.config.stall
        return stall.critical if severity is Severity.CRITICAL else stall.standard

    def cadence(self, severity: Severity) -> Duration:
        return self.config.severity.cadence[severity]


def _matches(
    rule: AccountRule, account: AccountFacts, severity: Severity, sentiment: Sentiment | None
) -> bool:
    if rule.strategic is not None and account.strategic != rule.strategic:
        return False
    if rule.min_arr is not None and (account.arr or 0) < rule.min_arr:
        return False
    if rule.tiers and (account.tier or "").lower() not in {t.lower() for t in rule.tiers}:
        return False
    if rule.severities and severity not in rule.severities:
        return False
    return not (rule.sentiments and sentiment not in rule.sentiments)
