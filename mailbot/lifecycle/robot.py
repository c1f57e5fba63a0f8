"""Is this sender answering like a robot? A pure decision: no I/O, the caller passes ``now``.

Automatic-reply headers catch most responders, but not all: a "Thank you for your message,
we will get back to you" robot on a team member's mailbox drove 50-102 mails in 70 s, every
answer a bogus team update. What gives such a robot away is repetition that no person
produces: the same (or nearly the same) new text, from the same sender on the same thread,
again and again, each reply quicker than a person could read our mail and type it.

After :data:`STREAK` such replies in a row the sender's text is taken as a robot's and no
longer answered on that thread (it was answered ``STREAK - 1`` times). A different text
from the same sender is a person again and is processed; so is anybody else.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from mailbot.domain import Track

STREAK = 4  # near-same quick replies in a row that make a robot (answers: STREAK - 1)
SIMILAR = 0.9  # share of words in common that makes two texts "near-same"
HUMAN_MIN = timedelta(seconds=60)  # read our mail, think, answer: a person needs this
HUMAN_CHARS_PER_SECOND = 5.0  # a fast typist (300 characters a minute)
_KEEP = 1000  # characters of normalised text kept and compared

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+")


class Action(StrEnum):
    ANSWER = "answer"  # process the reply as usual
    STOP = "stop"  # this reply completes a robot streak: do not answer, tell the CSM
    IGNORE = "ignore"  # the robot's text again, after it was stopped: do not answer


@dataclass(frozen=True)
class Verdict:
    action: Action
    track: Track  # to store
    reason: str = ""


def normalise(text: str) -> str:
    """Case, punctuation, spacing and numbers (ticket ids, dates) do not make a text new."""
    lowered = _DIGITS.sub("0", text.lower())
    return " ".join(_NON_WORD.sub(" ", lowered).split())[:_KEEP]


def near_same(a: str, b: str) -> bool:
    """Both normalised; equal, or nearly all their words in common (Dice on word counts).

    Linear in the text, unlike an edit distance: it runs for most team replies, and a
    canned answer differs from itself in a name or a number (made "0"), not in wording.
    """
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    shared = sum((Counter(words_a) & Counter(words_b)).values())
    return 2 * shared / (len(words_a) + len(words_b)) >= SIMILAR


def human_time(text: str) -> timedelta:
    """The least time a person needs to send ``text`` in answer to a mail."""
    typing = timedelta(seconds=len(text) / HUMAN_CHARS_PER_SECOND)
    return max(HUMAN_MIN, typing)


def judge(track: Track | None, new_text: str, now: datetime) -> Verdict:
    """Decide about one reply given the sender's track on this thread (None: first reply)."""
    text = normalise(new_text)
    if track is not None and track.robot_text and near_same(text, track.robot_text):
        return Verdict(Action.IGNORE, track, "the same text as the robot stopped before")
    fresh = Track(last_text=text, last_at=now, streak=1, robot_text=_kept(track))
    if track is None:
        return Verdict(Action.ANSWER, fresh)
    gap = now - track.last_at  # checked first: cheaper than comparing the texts
    if gap >= human_time(text) or not near_same(text, track.last_text):
        return Verdict(Action.ANSWER, fresh)
    streak = track.streak + 1
    if streak < STREAK:
        return Verdict(Action.ANSWER, replace(fresh, streak=streak))
    reason = (
        f"the same text {streak} times in a row, {gap.total_seconds():.0f} s after the "
        f"last (a person needs at least {human_time(text).total_seconds():.0f} s)"
    )
    return Verdict(Action.STOP, replace(fresh, streak=streak, robot_text=text), reason)


def _kept(track: Track | None) -> str:
    return track.robot_text if track is not None else ""
