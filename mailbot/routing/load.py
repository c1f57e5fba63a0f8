"""Read and validate the routing file, turning pydantic's errors into "key: fix" lines."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from mailbot.errors import ConfigError
from mailbot.routing.model import RoutingConfig
from mailbot.routing.rules import Routing


def _key(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if item == "[key]":  # pydantic marks an invalid dict key this way
            continue
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif str(item).startswith(("function-", "lax-", "str", "is-instance")):
            continue  # union branch names carry no meaning for the reader
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def _problem(err: dict[str, object]) -> str:
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def load_routing(path: Path) -> Routing:
    """Load the routing file; ConfigError names the file, the key and the fix."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError("MAILBOT_ROUTING_FILE", f"file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML: {exc}") from exc
    try:
        config = RoutingConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        key = _key(loc)
        problem = _problem(dict(err))
        if err["type"] == "enum" and "[key]" in loc:
            problem = f"unknown name; {problem.lower()}"
        if not loc and ": " in problem:  # cross-reference checks name their own key
            key, problem = problem.split(": ", 1)
        raise ConfigError(f"{path.name}: {key}", problem) from exc
    return Routing(config)
