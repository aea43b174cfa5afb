"""Delivery measured from hand-made word timings."""

from __future__ import annotations

import pytest

from coach.models import LearnerRole, Speaker, Speech, TranscriptTurn, WordTiming
from coach.voice.delivery import (
    DeliveryFlag,
    fillers_in,
    long_pauses,
    measure_delivery,
    speaking_seconds,
    talk_share,
)


def timed(
    text: str, *, start: float = 0.5, step: float = 0.4, gaps: dict[int, float] | None = None
) -> Speech:
    """Words ``step`` seconds apart from ``start``; ``gaps`` adds silence before word i."""
    words, clock = [], start
    for position, word in enumerate(text.split()):
        clock += (gaps or {}).get(position, 0.0)
        words.append(WordTiming(word=word, start=clock, end=clock + step * 0.8))
        clock += step
    return Speech(duration=clock + 1.0, words=words)


def learner(text: str, speech: Speech | None = None) -> TranscriptTurn:
    return TranscriptTurn(speaker=Speaker.LEARNER, text=text, speech=speech)


def counterpart(text: str, seconds: float | None = None) -> TranscriptTurn:
    speech = Speech(duration=seconds) if seconds is not None else None
    return TranscriptTurn(speaker=Speaker.COUNTERPART, text=text, speech=speech)


def test_speaking_time_runs_from_first_word_to_last() -> None:
    speech = timed("one two three four", start=2.0, step=0.5)  # 2.0 .. 3.5 + 0.4
    assert speaking_seconds(speech) == pytest.approx(1.9)
    assert speaking_seconds(Speech(duration=4.2)) == 4.2


def test_fillers_are_counted_with_their_punctuation_stripped_and_phrases_once() -> None:
    words = timed("Um, so I- uh, you know, I mean it. Erm... like really").words
    assert fillers_in(words) == ["um", "uh", "you know", "i mean", "erm"]


def test_a_word_that_only_looks_like_a_filler_inside_a_phrase_is_not_counted_twice() -> None:
    assert fillers_in(timed("you know you know").words) == ["you know", "you know"]
    assert fillers_in(timed("I know what you mean").words) == []


def test_long_pauses_are_silences_of_two_seconds_or_more_between_words() -> None:
    words = timed("I think that we could maybe try", gaps={3: 2.5, 6: 1.0}).words
    pauses = long_pauses(4, words)
    assert len(pauses) == 1
    assert pauses[0].turn == 4
    assert pauses[0].after == "I think that"
    assert pauses[0].seconds == pytest.approx(2.5 + 0.4 - 0.32, abs=0.05)


def test_pace_and_filler_rate_come_from_the_spoken_turns_only() -> None:
    # 30 words, 0.4 s apart: 11.92 s of speech -> about 151 words a minute.
    spoken = timed(" ".join(["word"] * 27 + ["um", "uh", "um"]))
    turns = [
        counterpart("What happened on Thursday?", seconds=2.0),
        learner("typed words that were never spoken " * 5),
        counterpart("Go on.", seconds=1.0),
        learner("word " * 30, spoken),
    ]
    delivery = measure_delivery(turns, LearnerRole.MENTOR)
    assert delivery is not None
    assert delivery.spoken_turns == 1
    assert delivery.words_per_minute == pytest.approx(30 / (11.92 / 60), rel=0.01)
    assert delivery.fillers == 3
    assert delivery.fillers_heard == ["uh", "um"]
    assert delivery.fillers_per_minute == pytest.approx(3 / (11.92 / 60), rel=0.01)
    assert DeliveryFlag.FILLERS in delivery.flags  # 15 a minute
    assert DeliveryFlag.SLOW not in delivery.flags and DeliveryFlag.FAST not in delivery.flags


def test_no_spoken_turn_means_no_delivery() -> None:
    assert (
        measure_delivery([counterpart("Hi."), learner("Hello there.")], LearnerRole.MENTOR) is None
    )


def test_slow_and_fast_pace_are_flagged() -> None:
    slow = timed("a " * 20, step=1.0)  # 60 a minute
    fast = timed("a " * 40, step=0.25)  # 240 a minute
    for speech, flag in ((slow, DeliveryFlag.SLOW), (fast, DeliveryFlag.FAST)):
        delivery = measure_delivery(
            [counterpart("Well?", 1.0), learner("a", speech)], LearnerRole.MENTOR
        )
        assert delivery is not None and flag in delivery.flags


def test_talk_share_uses_measured_audio_and_says_when_it_estimated() -> None:
    mine = timed("a " * 10, step=0.5)  # 4.9 s
    measured = [counterpart("x", seconds=15.1), learner("a " * 10, mine)]
    share, estimated = talk_share(measured)
    assert share == pytest.approx(4.9 / 20.0, rel=0.01)
    assert estimated is False
    # An unspoken reply of 30 words counts as 12 s at 150 words a minute.
    share, estimated = talk_share([counterpart("word " * 30), learner("a " * 10, mine)])
    assert share == pytest.approx(4.9 / 16.9, rel=0.01)
    assert estimated is True


def test_a_mentor_doing_most_of_the_talking_is_flagged_but_a_mentee_has_more_room() -> None:
    speech = timed("a " * 20, step=0.4)  # 7.92 s
    turns = [counterpart("x", seconds=6.0), learner("a " * 20, speech)]  # share 0.57
    mentor = measure_delivery(turns, LearnerRole.MENTOR)
    mentee = measure_delivery(turns, LearnerRole.MENTEE)
    assert mentor is not None and DeliveryFlag.TALK_SHARE in mentor.flags
    assert mentee is not None and DeliveryFlag.TALK_SHARE not in mentee.flags


def test_pauses_are_flagged_only_when_frequent() -> None:
    one = timed("a " * 60, step=0.4, gaps={30: 3.0})  # one pause in about 27 s
    many = timed("a " * 20, step=0.4, gaps={5: 2.5, 10: 2.5, 15: 2.5})  # three in about 15 s
    quiet = measure_delivery([counterpart("x", 30.0), learner("a", one)], LearnerRole.MENTOR)
    halting = measure_delivery([counterpart("x", 30.0), learner("a", many)], LearnerRole.MENTOR)
    assert quiet is not None and DeliveryFlag.PAUSES not in quiet.flags
    assert len(quiet.long_pauses) == 1
    assert halting is not None and DeliveryFlag.PAUSES in halting.flags
