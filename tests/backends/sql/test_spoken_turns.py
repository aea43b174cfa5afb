"""Spoken turns in the database: word timings always, the recording only when kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.backends.sql.repository import SqlRepository, open_repository
from coach.models import Difficulty, Recording, Speaker, Speech, WordTiming

SPEECH = Speech(
    duration=2.5,
    words=[WordTiming(word="Um", start=0.2, end=0.5), WordTiming(word="why?", start=0.9, end=1.3)],
)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SqlRepository]:
    repository = open_repository(f"sqlite:///{tmp_path / 'coach.db'}")
    yield repository
    repository.engine.dispose()


def _session(repo: SqlRepository) -> int:
    return repo.create_session(
        repo.ensure_user("ada"), "giving-feedback", Difficulty.STANDARD, "llm"
    )


def test_a_spoken_turn_keeps_its_timings_and_only_a_kept_recording(repo: SqlRepository) -> None:
    session = _session(repo)
    repo.add_turn(session, Speaker.COUNTERPART, "Hello.")
    spoken = repo.add_turn(session, Speaker.LEARNER, "Um why?", speech=SPEECH)
    kept = repo.add_turn(
        session,
        Speaker.LEARNER,
        "Um why?",
        speech=SPEECH,
        recording=Recording(audio=b"RIFF-audio", media_type="audio/wav"),
    )
    record = repo.get_session(session)
    assert record.turns[spoken].speech == SPEECH
    assert record.turns[0].speech is None
    assert repo.recording(session, spoken) is None
    assert repo.recording(session, kept) == Recording(audio=b"RIFF-audio")


def test_a_reply_read_aloud_records_its_length_on_the_last_reply_only(
    repo: SqlRepository,
) -> None:
    session = _session(repo)
    repo.add_turn(session, Speaker.COUNTERPART, "Hello.")
    repo.add_turn(session, Speaker.LEARNER, "Hi.")
    assert repo.set_reply_speech(session, Speech(duration=1.0)) is False  # last is the learner's
    repo.add_turn(session, Speaker.COUNTERPART, "So.")
    assert repo.set_reply_speech(session, Speech(duration=3.2)) is True
    turns = repo.get_session(session).turns
    assert [t.speech for t in turns] == [None, None, Speech(duration=3.2)]


def test_a_kept_recording_goes_with_its_session(repo: SqlRepository) -> None:
    session = _session(repo)
    repo.add_turn(session, Speaker.COUNTERPART, "Hello.")
    index = repo.add_turn(
        session, Speaker.LEARNER, "Hi.", speech=SPEECH, recording=Recording(audio=b"x")
    )
    repo.delete_last_exchange(session)
    assert repo.recording(session, index) is None
