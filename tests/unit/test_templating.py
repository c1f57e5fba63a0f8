"""templating.render: what jinja2's ``Template.render`` gives, with the strict and
escaping rules intact (it hands the caller's context to the template as is)."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError

from mailbot.templating import environment, render, render_mail

CONTEXT = {
    "title": "ESC-2026-0001: <b>done</b>",
    "org": "Acme & Co",
    "esc": {"ref": "ESC-2026-0001", "status": "acknowledged"},
    "results": ["owner set to <Mike>", "acknowledged"],
    "unprocessed": ["frobnicate"],
    "ignored": [],
}


@pytest.mark.parametrize("name", ["email/confirmation.txt.j2", "email/confirmation.html.j2"])
def test_the_same_text_as_jinja_renders(name: str) -> None:
    assert render(name, **CONTEXT) == environment().get_template(name).render(**CONTEXT)


def test_html_is_still_escaped_and_text_is_not() -> None:
    text, html = render_mail("confirmation", **CONTEXT)
    assert "owner set to <Mike>" in text
    assert "owner set to &lt;Mike&gt;" in html and "&lt;b&gt;done" in html


def test_a_missing_variable_still_fails_loudly() -> None:
    context = {k: v for k, v in CONTEXT.items() if k != "results"}
    with pytest.raises(UndefinedError):
        render("email/confirmation.txt.j2", **context)


def test_the_context_is_not_changed_by_rendering() -> None:
    context = dict(CONTEXT)
    render("email/confirmation.html.j2", **context)
    assert context == CONTEXT
