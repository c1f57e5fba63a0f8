"""Routing rules: the validated routing file and the lookups built on it."""

from mailbot.routing.load import load_routing
from mailbot.routing.rules import RouteDecision, Routing

__all__ = ["RouteDecision", "Routing", "load_routing"]
