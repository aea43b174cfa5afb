"""How the learner sounded, measured from the word timings of their spoken turns (pure).

Speaking time is counted from a turn's first word to its last, so the silence before the
learner starts and after they stop recording is not held against them. The counterpart's
time is its reply's audio when it was read aloud by the server, otherwise its words at a
normal pace (and the share is then marked as estimated). Interruptions are not measured:
the practice page takes turns one at a time, so its timings cannot show one.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, Field

from coach.models import LearnerRole, Speaker, Speech, TranscriptTurn, WordTiming
from coach.voice import thresholds as limits


class DeliveryFlag(StrEnum):
    SLOW = "slow"
    FAST = "fast"
    FILLERS = "fillers"
    PAUSES = "pauses"
    TALK_SHARE = "talk_share"


class Pause(BaseModel):
    """A long silence inside one of the learner's spoken turns."""

    turn: int = Field(ge=0, description="0-based index of the turn in the transcript.")
    after: str = Field(description="The words just before the silence.")
    seconds: float


class Delivery(BaseModel):
    """Delivery numbers for one conversation with at least one spoken learner turn."""

    spoken_turns: int
    speaking_seconds: float
    words_per_minute: float
    fillers: int
    fillers_per_minute: float
    fillers_heard: list[str] = Field(default_factory=list, description="Distinct, as heard.")
    long_pauses: list[Pause] = Field(default_factory=list)
    long_pauses_per_minute: float = 0.0
    talk_share: float = Field(ge=0, le=1, description="The learner's share of speaking time.")
    share_estimated: bool = False
    share_limit: float = limits.MAX_MENTOR_SHARE
    flags: list[DeliveryFlag] = Field(default_factory=list)


def measure_delivery(turns: Sequence[TranscriptTurn], role: LearnerRole) -> Delivery | None:
    """The delivery of the learner's spoken turns, or None when none was spoken."""
    spoken = [
        (index, turn.speech)
        for index, turn in enumerate(turns)
        if turn.speaker is Speaker.LEARNER and turn.speech is not None and turn.speech.words
    ]
    if not spoken:
        return None
    seconds = sum(speaking_seconds(speech) for _, speech in spoken)
    minutes = max(seconds / 60, 1e-6)
    words = sum(len(speech.words) for _, speech in spoken)
    heard = [filler for _, speech in spoken for filler in fillers_in(speech.words)]
    pauses = [pause for index, speech in spoken for pause in long_pauses(index, speech.words)]
    share, estimated = talk_share(turns)
    limit = limits.MAX_MENTEE_SHARE if role is LearnerRole.MENTEE else limits.MAX_MENTOR_SHARE
    delivery = Delivery(
        spoken_turns=len(spoken),
        speaking_seconds=round(seconds, 1),
        words_per_minute=round(words / minutes, 1),
        fillers=len(heard),
        fillers_per_minute=round(len(heard) / minutes, 1),
        fillers_heard=sorted(set(heard)),
        long_pauses=pauses,
        long_pauses_per_minute=round(len(pauses) / minutes, 1),
        talk_share=round(share, 3),
        share_estimated=estimated,
        share_limit=limit,
    )
    return delivery.model_copy(update={"flags": flags_of(delivery)})


def flags_of(delivery: Delivery) -> list[DeliveryFlag]:
    """The measures outside the limits in coach.voice.thresholds."""
    checks = [
        (DeliveryFlag.SLOW, delivery.words_per_minute < limits.SLOW_WPM),
        (DeliveryFlag.FAST, delivery.words_per_minute > limits.FAST_WPM),
        (DeliveryFlag.FILLERS, delivery.fillers_per_minute > limits.MAX_FILLERS_PER_MINUTE),
        (
            DeliveryFlag.PAUSES,
            len(delivery.long_pauses) >= limits.MIN_LONG_PAUSES_FLAGGED
            and delivery.long_pauses_per_minute > limits.MAX_LONG_PAUSES_PER_MINUTE,
        ),
        (DeliveryFlag.TALK_SHARE, delivery.talk_share > delivery.share_limit),
    ]
    return [flag for flag, outside in checks if outside]


def speaking_seconds(speech: Speech) -> float:
    """From the first word's start to the last word's end; the audio's length without words."""
    if not speech.words:
        return speech.duration
    return max(speech.words[-1].end - speech.words[0].start, 0.0)


def fillers_in(words: Sequence[WordTiming]) -> list[str]:
    """The filler words and phrases said, in order, lower-cased."""
    plain = [_bare(timing.word) for timing in words]
    found: list[str] = []
    skip = False
    for here, after in zip(plain, [*plain[1:], ""], strict=True):
        if skip:
            skip = False
        elif (here, after) in limits.FILLER_PHRASES:
            found.append(f"{here} {after}")
            skip = True
        elif here in limits.FILLER_WORDS:
            found.append(here)
    return found


def long_pauses(turn: int, words: Sequence[WordTiming]) -> list[Pause]:
    """Silences of LONG_PAUSE_SECONDS or more between two words of one turn."""
    pauses = []
    for position in range(1, len(words)):
        gap = words[position].start - words[position - 1].end
        if gap >= limits.LONG_PAUSE_SECONDS:
            before = " ".join(t.word for t in words[max(0, position - 4) : position])
            pauses.append(Pause(turn=turn, after=before, seconds=round(gap, 1)))
    return pauses


def talk_share(turns: Sequence[TranscriptTurn]) -> tuple[float, bool]:
    """The learner's share of the conversation's speaking time, and whether any was estimated."""
    mine = theirs = 0.0
    estimated = False
    for turn in turns:
        if turn.speech is not None and (turn.speech.words or turn.speech.duration > 0):
            seconds = speaking_seconds(turn.speech)
        else:
            seconds, estimated = len(turn.text.split()) * 60 / limits.NORMAL_PACE_WPM, True
        if turn.speaker is Speaker.LEARNER:
            mine += seconds
        else:
            theirs += seconds
    total = mine + theirs
    return (mine / total if total else 0.0), estimated


def _bare(word: str) -> str:
    return word.strip(".,!?;:\"'()-…").lower()
