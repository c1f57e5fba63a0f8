"""A queued mail as a recipe, composed into MIME when it is claimed for sending.

A backlog pass queues a mail for most messages it stores (2,569 for 2,000 in
``bench/ingest.py``) but sends a few dozen of them (``deliver_due``'s limit): composing
each when it was queued was a tenth of storing a message (py-spy, ``bench/handle.py``).
So a mail without attachments is stored as what it is (:class:`OutgoingMail`'s fields,
its sender, loop marker and date) after :func:`compose.check` refused whatever composing
would refuse, and the sender composes it in the transaction that claims it, storing the
bytes (and the message record's size and digest) before the first attempt. Composing is
a pure function of the recipe (the boundary comes from the Message-ID), so the bytes are
the ones the queueing would have written, and every retry sends them unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mailbot.outbox.compose import compose_raw
from mailbot.outbox.mail import OutgoingMail

Recipe = dict[str, Any]
_TUPLES = ("to", "cc", "references", "reply_to")


def recipe_of(
    mail: OutgoingMail, *, from_address: str, from_name: str, loop_marker: str, date: datetime
) -> Recipe:
    """The JSON the outbox row keeps for ``mail`` (which has no attachments)."""
    assert not mail.attachments, "a mail with attachments is composed when queued"
    return {
        "kind": mail.kind, "to": list(mail.to), "cc": list(mail.cc), "subject": mail.subject,
        "text": mail.text, "html": mail.html, "message_id": mail.message_id,
        "in_reply_to": mail.in_reply_to, "references": list(mail.references),
        "reply_to": list(mail.reply_to), "escalation_ref": mail.escalation_ref,
        "from_address": from_address, "from_name": from_name, "loop_marker": loop_marker,
        "date": date.isoformat(),
    }  # fmt: skip


def compose_recipe(recipe: Recipe) -> tuple[str, bytes]:
    """The subject and wire bytes of a stored recipe, exactly as queueing would have made them."""
    fields = {k: recipe[k] for k in ("kind", "subject", "text", "html", "message_id")}
    fields.update({k: tuple(recipe[k]) for k in _TUPLES})
    mail = OutgoingMail(
        **fields, in_reply_to=recipe["in_reply_to"], escalation_ref=recipe["escalation_ref"]
    )
    return compose_raw(
        mail,
        from_address=recipe["from_address"],
        from_name=recipe["from_name"],
        loop_marker=recipe["loop_marker"],
        date=datetime.fromisoformat(recipe["date"]),
    )


def wire_bytes(raw: bytes, recipe: Recipe | None) -> bytes:
    """An outbox row's bytes: stored once claimed, else composed from its recipe."""
    if raw or recipe is None:
        return raw
    return compose_recipe(recipe)[1]
