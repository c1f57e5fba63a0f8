"""Whoever received a notice acts on it by replying, within their authority (SPEC §6).

Each reply below comes from the address the notice went to (or, for the refusals, from a
colleague it was forwarded to), through the whole in-process pipeline. Routing is the
shipped file: Jane and Omar are CSMs managed by Lisa; Mike is on engineering
(eng@example.com), Pat on product; critical product defects are routed Tue 10 Mar 09:00.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.handlers import reminders
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.pipeline import Context
from mailbot.signing.tokens import TokenRejected, tokens_from_recipients, verify_token
from mailbot.store.tables import Audit
from mailbot.transactions import handle
from tests.security.support import rewrite
from tests.support.flow import escalation, last_mail, open_routed, outbox, reply
from tests.support.mail import parse, reply_to, text_of

JANE, LISA, OMAR = "jane@example.com", "lisa@example.com", "omar@example.com"
MIKE, PAT, ENG = "mike@example.com", "pat@example.com", "eng@example.com"
STRANGER = "evil@attacker.example"
STALL_TO_PUSH = "'push' on ESC-2026-0001 can only come from the CSM Jane Doe <jane@example.com> "
STALL_TO_PUSH += "or their manager Lisa Cuddy <lisa@example.com>"


def _step_to(app: App, when: str) -> None:
    assert isinstance(app.clock, FrozenClock)
    app.clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
    reminders.scan(app, BusinessCalendar.from_routing(app.routing.config.organisation))


def _stalled(app: App) -> tuple[str, bytes]:
    """A critical escalation acknowledged by Mike and stalled 48 h later; Lisa's notice."""
    ref = open_routed(app, "approve")
    reply(app, last_mail(app, "routed_brief"), MIKE, "ack")
    _step_to(app, "2026-03-12T09:00")
    assert escalation(app, ref).status == "stalled"
    return ref, last_mail(app, "send_stall_notice", LISA)


def _send(app: App, raw: bytes) -> Context:
    return handle(app, raw)


def _audits(app: App) -> int:
    with app.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Audit)) or 0)


def _refusals(app: App, to: str) -> list[str]:
    return [text_of(item.raw) for item in outbox(app, "refusal", to)]


# --- the manager, on the stall notice she received -----------------------------------


def test_the_stall_notice_gives_each_recipient_a_reply_address(app: App) -> None:
    _ref, notice = _stalled(app)
    addresses = [a.addr_spec for a in parse(notice)["Reply-To"].addresses]
    tokens = tokens_from_recipients(addresses, app.settings.address)
    owners = [who for token in tokens for who in (JANE, LISA) if _verifies(app, token, who)]
    assert owners == [JANE, LISA], "one token each, bound to its own recipient"


def _verifies(app: App, token: str, recipient: str) -> bool:
    try:
        verify_token(app.secret, token, recipient=recipient, now=app.clock.now())
    except TokenRejected:
        return False
    return True


def test_manager_pushes_from_the_stall_notice(app: App) -> None:
    ref, notice = _stalled(app)
    reply(app, notice, LISA, "push")
    esc = escalation(app, ref)
    assert (esc.status, esc.route_level, esc.teams) == ("routed", 1, ["support-leadership"])
    assert "pushed by" in text_of(last_mail(app, "routed_brief", "support-leads@example.com"))
    assert outbox(app, "confirmation", LISA), "she hears what was done"


def test_one_copy_per_reply_address_is_one_effect(app: App) -> None:
    """Her reply goes to both reply addresses; the server may deliver a copy for each."""
    ref, notice = _stalled(app)
    raw = reply_to(notice, LISA, "push", when=app.clock.now())
    copies = [rewrite(raw, add=[("Delivered-To", f"escalations+{n}@example.com")]) for n in "ab"]
    outcomes = [_send(app, copy) for copy in copies]
    assert [c.outcome for c in outcomes] == [Disposition.PROCESSED, Disposition.PROCESSED]
    assert "duplicate" in outcomes[1].reason
    assert escalation(app, ref).route_level == 1
    assert len(outbox(app, "confirmation", LISA)) == 1


def test_manager_snoozes_from_the_stall_notice(app: App) -> None:
    ref, notice = _stalled(app)
    reply(app, notice, LISA, "snooze 3d")
    until = escalation(app, ref).snoozed_until
    assert until is not None and until.replace(tzinfo=None) == datetime(2026, 3, 15, 9, 0)


def test_manager_closes_and_answers_from_the_stall_notice(app: App) -> None:
    ref, notice = _stalled(app)
    reply(app, last_mail(app, "routed_brief"), MIKE, "need info: which region?")
    reply(app, notice, LISA, "EU-West, the Frankfurt tenant.")  # context: the answer
    assert "Frankfurt" in text_of(last_mail(app, "info_answer", ENG))
    reply(app, notice, LISA, "customer: told them a fix is coming Friday")
    assert escalation(app, ref).customer_communication.startswith("told them a fix")
    reply(app, last_mail(app, "routed_brief"), MIKE, "resolved: cache fixed")
    reply(app, notice, LISA, "close")
    assert escalation(app, ref).status == "closed"


def test_manager_pushes_from_the_critical_ack_breach_notice(app: App) -> None:
    ref = open_routed(app, "approve")  # critical: the breach goes to team, CSM and manager
    _step_to(app, "2026-03-10T13:00")
    reply(app, last_mail(app, "send_ack_breach", LISA), LISA, "push")
    assert escalation(app, ref).route_level == 1


def test_manager_pushes_from_her_strategy_session_invitation(app: App) -> None:
    ref = open_routed(app, "approve\ncategory: relationship_at_risk")
    invitation = last_mail(app, "manager_invitation", LISA)
    assert "Reply 'push'" in text_of(invitation)
    reply(app, invitation, LISA, "push")
    assert escalation(app, ref).route_level == 1


# --- the CSM on team mail she was copied on; the team's own address -------------------


def test_csm_pushes_from_the_breach_notice_sent_to_team_and_csm(app: App) -> None:
    ref = open_routed(app, "approve")
    _step_to(app, "2026-03-10T13:00")  # 4 h: acknowledgement SLA breached
    breach = last_mail(app, "send_ack_breach", JANE)
    reply(app, breach, JANE, "push")
    assert escalation(app, ref).route_level == 1


def test_team_address_acts_as_the_team(app: App) -> None:
    ref = open_routed(app, "approve")
    reply(app, last_mail(app, "routed_brief"), ENG, "ack")
    esc = escalation(app, ref)
    assert (esc.status, esc.owner) == ("acknowledged", ENG)
    assert outbox(app, "confirmation", ENG)


# --- roster people without authority: told who has it ---------------------------------


def test_team_member_is_told_by_name_who_may_push(app: App) -> None:
    ref = open_routed(app, "approve")
    reply(app, last_mail(app, "routed_brief"), MIKE, "push")
    assert escalation(app, ref).route_level == 0
    confirmation = text_of(last_mail(app, "confirmation", MIKE))
    assert "'push' can only come from the CSM Jane Doe <jane@example.com> or their manager " in (
        " ".join(confirmation.split())
    )


def test_other_team_member_is_told_which_team_may_act(app: App) -> None:
    ref = open_routed(app, "approve")
    audits = _audits(app)
    ctx = _send(app, reply_to(last_mail(app, "routed_brief"), PAT, "ack"))  # forwarded to Pat
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert escalation(app, ref).status == "routed"
    (answer,) = _refusals(app, PAT)
    line = " ".join(answer.split())
    assert "You are not a participant in ESC-2026-0001" in line
    assert "'ack' on ESC-2026-0001 can only come from the team " in line
    assert "Engineering (via support platform) <eng@example.com>" in line
    assert _audits(app) == audits + 1


def test_other_csm_replying_to_a_forwarded_stall_notice_is_told(app: App) -> None:
    ref, notice = _stalled(app)
    ctx = _send(app, reply_to(notice, OMAR, "push"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert escalation(app, ref).route_level == 0
    (answer,) = _refusals(app, OMAR)
    assert STALL_TO_PUSH in " ".join(answer.split())
    assert "escalations+" not in answer and not outbox(app, "confirmation", OMAR)


def test_stranger_replying_to_the_stall_notice_gets_nothing(app: App) -> None:
    ref, notice = _stalled(app)
    audits, queued = _audits(app), len(outbox(app))
    ctx = _send(app, reply_to(notice, STRANGER, "push"))
    assert ctx.outcome is Disposition.QUARANTINED
    assert escalation(app, ref).route_level == 0
    assert len(outbox(app)) == queued and _audits(app) == audits + 1


def test_auto_reply_from_a_colleague_gets_nothing(app: App) -> None:
    _ref, notice = _stalled(app)
    queued = len(outbox(app))
    auto = rewrite(
        reply_to(notice, OMAR, "I am out of office"), add=[("Auto-Submitted", "auto-replied")]
    )
    assert _send(app, auto).outcome is Disposition.PROCESSED
    assert len(outbox(app)) == queued


# --- the [ESC-...] subject tag of someone else's escalation ---------------------------


def _tagged(sender: str, body: str, subject: str = "[ESC-2026-0001] follow-up") -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "escalations@example.com"
    msg["Subject"], msg["Message-ID"] = subject, f"<tag-{sender}-{body[:4]}@example.com>"
    msg.set_content(body)
    return msg.as_bytes()


def test_other_csm_under_the_tag_is_refused_not_a_new_escalation(app: App) -> None:
    ref = open_routed(app, "approve")
    ctx = _send(app, _tagged(OMAR, "push"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert ctx.escalation_ref == ref, "no ESC-2026-0002"
    assert escalation(app, ref).route_level == 0
    (answer,) = _refusals(app, OMAR)
    line = " ".join(answer.split())
    assert "You are not a participant in ESC-2026-0001" in line and STALL_TO_PUSH in line
    assert "To open a new escalation, forward the thread without the [ESC-...] tag" in line


def test_manager_under_the_tag_acts_within_authority(app: App) -> None:
    ref = open_routed(app, "approve")
    ctx = _send(app, _tagged(LISA, "push"))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert escalation(app, ref).route_level == 1
