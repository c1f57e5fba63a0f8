"""Replies as a mail client writes them (the demo's mail user agent, shared with tests)."""

from mailbot.demo.mua import parse, reply_to, text_of

__all__ = ["parse", "reply_to", "text_of"]
