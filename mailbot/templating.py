"""The one jinja2 environment, for prompts and mail alike.

``StrictUndefined`` turns a missing variable into an error at render time instead of an
empty hole in a mail a customer-facing person reads. HTML templates are autoescaped, so
customer and model text can never become markup.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Template

from mailbot.links import defang_links

HERE = Path(__file__).resolve().parent
# Shipped with the package (links to the repository's prompts/ and routing/ in a checkout).
DATA_DIR = HERE / "data"
TEMPLATE_DIRS = (HERE / "templates", DATA_DIR / "prompts")


def _autoescape(name: str | None) -> bool:
    return bool(name and name.endswith(".html.j2"))


@cache
def environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in TEMPLATE_DIRS]),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The templates ship inside the package and change only with it: checking each
        # file's mtime on every render was 1-2 % of handling a message.
        auto_reload=False,
    )
    env.filters["days"] = lambda n: f"{n} day{'' if n == 1 else 's'}"
    env.filters["defang"] = defang_links  # flags stored before links were defanged in them
    return env


@cache
def _template(name: str) -> Template:
    """Compiled once per process: the templates change only with the package."""
    return environment().get_template(name)


def template_source(name: str) -> str:
    """A template's text as jinja reads it, for digests that name a prompt's version."""
    env = environment()
    if env.loader is None:  # pragma: no cover - the environment above always has one
        raise LookupError(name)
    return env.loader.get_source(env, name)[0]


def render(name: str, **context: Any) -> str:
    """What ``Template.render`` gives, for a fraction of its set-up per mail.

    The context is handed to the template as is (``shared``): without the environment's
    globals (``range``, ``namespace``…, which no template uses; a use would fail loudly,
    ``StrictUndefined``), so it is not copied into a new dict with them on every render.
    """
    template = _template(name)
    try:
        return "".join(template.root_render_func(template.new_context(context, shared=True)))
    except Exception:
        return environment().handle_exception()


def render_mail(kind: str, **context: Any) -> tuple[str, str]:
    """Render ``email/<kind>.txt.j2`` and ``email/<kind>.html.j2``."""
    return render(f"email/{kind}.txt.j2", **context), render(f"email/{kind}.html.j2", **context)
