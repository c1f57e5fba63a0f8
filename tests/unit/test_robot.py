"""The pure "is this sender a robot?" decision (mailbot.lifecycle.robot)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailbot.lifecycle.robot import (
    STREAK,
    Action,
    Track,
    human_time,
    judge,
    near_same,
    normalise,
)

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
CANNED = "Thank you for your message, we will get back to you."


def _feed(texts: list[str], gap: timedelta, track: Track | None = None) -> list[Action]:
    actions = []
    now = T0
    for text in texts:
        verdict = judge(track, text, now)
        actions.append(verdict.action)
        track = verdict.track
        now += gap
    return actions


def test_normalise_ignores_case_punctuation_spacing_and_numbers() -> None:
    assert normalise("Thank you!  Ticket #4711 received.") == normalise(
        "thank you ticket #4712 received"
    )
    assert normalise("") == ""


def test_near_same_tolerates_a_small_difference_only() -> None:
    assert near_same(normalise(CANNED), normalise(CANNED.replace("we", "We")))
    assert near_same(normalise(CANNED), normalise(CANNED + " Best"))
    assert not near_same(normalise(CANNED), normalise("resolved fixed in 4.2.1"))
    assert not near_same("", normalise(CANNED))


def test_a_fast_repeating_sender_is_stopped_after_streak_replies() -> None:
    actions = _feed([CANNED] * 7, timedelta(seconds=1))
    answered = actions.count(Action.ANSWER)
    assert answered == STREAK - 1 and answered <= 5
    assert actions[STREAK - 1] is Action.STOP
    assert set(actions[STREAK:]) == {Action.IGNORE}


def test_the_same_text_at_a_human_pace_is_always_answered() -> None:
    gap = human_time(normalise(CANNED)) + timedelta(seconds=1)
    assert set(_feed([CANNED] * 8, gap)) == {Action.ANSWER}


def test_slower_than_typing_a_long_text_is_human() -> None:
    long_text = "We looked into it and " * 30
    typing = human_time(normalise(long_text))
    assert typing > timedelta(seconds=60)  # the text takes longer to type than the floor
    assert Action.STOP in _feed([long_text] * 6, typing - timedelta(seconds=5))
    assert set(_feed([long_text] * 6, typing + timedelta(seconds=1))) == {Action.ANSWER}


def test_a_different_text_in_between_resets_the_streak() -> None:
    texts = [CANNED, CANNED, "ack", CANNED, CANNED, "update: building", CANNED]
    assert set(_feed(texts, timedelta(seconds=1))) == {Action.ANSWER}


def test_after_a_stop_a_new_text_is_answered_and_the_robot_text_still_ignored() -> None:
    track = None
    for _ in range(STREAK):
        verdict = judge(track, CANNED, T0)
        track = verdict.track
    assert verdict.action is Action.STOP
    human = judge(track, "resolved: the fix is deployed", T0 + timedelta(seconds=2))
    assert human.action is Action.ANSWER
    again = judge(human.track, CANNED, T0 + timedelta(hours=5))
    assert again.action is Action.IGNORE and again.reason
