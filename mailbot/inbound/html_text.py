"""Offline HTML-to-text for HTML-only mail, with hidden text kept apart.

Only the stdlib ``html.parser`` is used: nothing is fetched, no image or stylesheet is
resolved. Text a reader would not see (``display:none``, ``visibility:hidden``,
``font-size:0``, the ``hidden`` attribute) is a classic prompt-injection vector, so it
is left out of the text and exposed separately for drafting to flag. Blockquotes are
rendered with ``> `` prefixes so the reply splitter treats them like plain-text quotes.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
     "track", "wbr", "param"}
)  # fmt: skip
_BLOCK = frozenset(
    {"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "pre", "section", "article", "header", "footer", "dl", "dt", "dd",
     "center", "address", "form", "fieldset", "hr", "br"}
)  # fmt: skip
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr", "pre"})
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0*)?(?![.\d])"
    r"|mso-hide\s*:\s*all|max-height\s*:\s*0(?![.\d])|opacity\s*:\s*0(?:\.0*)?(?![.\d])",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, hidden, skipped)
        self.lines: list[str] = []
        self.hidden: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.line_depth = 0

    def _state(self) -> tuple[bool, bool]:
        if not self.stack:
            return False, False
        _tag, hidden, skipped = self.stack[-1]
        return hidden, skipped

    def _newline(self, tag: str = "") -> None:
        """End the current line; ``<br>`` always makes one, paragraphs add a blank line."""
        text = _WS.sub(" ", "".join(self.current)).strip()
        if text:
            self.lines.append(("> " * self.line_depth + text).rstrip())
        elif tag == "br":
            self.lines.append("")
        if tag in _PARAGRAPH and self.lines and self.lines[-1]:
            self.lines.append("")
        self.current = []
        self.line_depth = self.quote_depth

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SELF_CLOSING_SIBLINGS and self.stack and self.stack[-1][0] == tag:
            self.handle_endtag(tag)
        if tag in _BLOCK:
            self._newline(tag)
        elif tag in ("td", "th"):
            self.current.append(" ")
        if tag in _VOID:
            return
        hidden, skipped = self._state()
        attr = dict(attrs)
        if "hidden" in attr or _HIDDEN_STYLE.search(attr.get("style") or ""):
            hidden = True
        if tag in _SKIP:
            skipped = True
        self.stack.append((tag, hidden, skipped))
        if tag == "blockquote":
            self.quote_depth += 1
            self.line_depth = self.quote_depth

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for pos in range(len(self.stack) - 1, -1, -1):
            if self.stack[pos][0] == tag:
                if tag in _BLOCK:
                    self._newline(tag)
                closed = self.stack[pos:]
                del self.stack[pos:]
                self.quote_depth -= sum(1 for entry in closed if entry[0] == "blockquote")
                self.line_depth = self.quote_depth if not self.current else self.line_depth
                return

    def handle_data(self, data: str) -> None:
        hidden, skipped = self._state()
        if skipped:
            return
        if hidden:
            self.hidden.append(data)
        else:
            self.current.append(data)

    def finish(self) -> tuple[str, str]:
        self.close()
        self._newline()
        text = _BLANKS.sub("\n\n", "\n".join(self.lines)).strip()
        hidden = _WS.sub(" ", " ".join(self.hidden)).strip()
        return text, hidden


def _convert(html: str) -> tuple[str, str]:
    converter = _Converter()
    try:
        converter.feed(html)
        return converter.finish()
    except Exception:
        # html.parser is lenient, but never let one odd document break parsing.
        return re.sub(r"<[^>]*>", " ", html).strip(), ""


def html_text_and_hidden(html: str) -> tuple[str, str]:
    """Both at once: the readable text and the hidden text, for one conversion."""
    return _convert(html)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, without hidden, script or style content."""
    return _convert(html)[0]


def hidden_html_text(html: str) -> str:
    """The text a reader would not see, so drafting can flag it as suspicious."""
    return _convert(html)[1]
