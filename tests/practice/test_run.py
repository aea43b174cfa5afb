"""A practice run with an LLM that breaks off: real HTTP to the stub, a real SQLite store.

An interrupted reply is stored as interrupted and never joins the conversation; the learner's
turn waits for its reply and ``retry`` answers that same turn, once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import CoachError, LLMError, ReplyInterrupted
from coach.models import Mode, Speaker, Speech, TurnStatus, WordTiming
from coach.practice.run import PracticeRun
from coach.practice.transcripts import session_json, to_transcript
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, cut_off, reply, status

SCENARIO = "giving-feedback"
ASKED = "What has been getting in the way of the reports?"
PARTIAL = "I hear you, and honestly the"


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIStub):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")
    return CoachServices()


def _run(services: CoachServices) -> PracticeRun:
    return services.practice.start(services.local_viewer("ada"), SCENARIO)


def _interrupted(services: CoachServices, openai_server: OpenAIStub) -> PracticeRun:
    openai_server.enqueue(cut_off(f"{PARTIAL} evenings are long.", after=6))
    run = _run(services)
    received: list[str] = []
    with pytest.raises(ReplyInterrupted):
        received.extend(run.say(ASKED))
    assert "".join(received) == PARTIAL
    return run


def test_an_interrupted_reply_is_kept_apart_from_the_conversation(services, openai_server):
    run = _interrupted(services, openai_server)
    record = services.repository.get_session(run.session_id)
    assert [(t.speaker, t.text) for t in record.turns][-1] == (Speaker.LEARNER, ASKED)
    [broken] = record.interrupted
    assert (broken.text, broken.status, broken.index) == (PARTIAL, TurnStatus.INTERRUPTED, 2)
    assert run.awaiting_reply and run.history[-1] == (Speaker.LEARNER, ASKED)
    assert "in the middle of its reply" in (run.failure or "")
    exported = [t.text for t in to_transcript(record).turns]
    exported += [t["text"] for t in session_json(record)["turns"]]
    assert PARTIAL not in " ".join(exported)


def test_retry_answers_the_same_learner_turn_once(services, openai_server):
    run = _interrupted(services, openai_server)
    openai_server.enqueue(reply("The evenings are the hard part."))
    assert "".join(run.retry()) == "The evenings are the hard part."
    record = services.repository.get_session(run.session_id)
    assert [t.speaker for t in record.turns] == [Speaker.COUNTERPART, Speaker.LEARNER] + [
        Speaker.COUNTERPART
    ]
    assert [t.index for t in record.turns] == [0, 1, 2] and len(record.interrupted) == 1
    first, again = openai_server.chat_requests
    assert again["messages"] == first["messages"]  # same turn, same persona state, no partial
    assert not run.awaiting_reply and run.failure is None


def test_nothing_new_can_be_said_while_a_turn_awaits_its_reply(services, openai_server):
    run = _interrupted(services, openai_server)
    with pytest.raises(CoachError, match="retry it or undo it"):
        list(run.say("Hello?"))
    record = services.repository.get_session(run.session_id)
    assert [t.text for t in record.turns if t.speaker is Speaker.LEARNER] == [ASKED]
    assert len(openai_server.chat_requests) == 1


def test_a_reply_that_never_came_leaves_the_turn_waiting(services, openai_server):
    openai_server.enqueue(status(503))
    run = _run(services)
    with pytest.raises(LLMError, match="HTTP 503"):
        list(run.say(ASKED))
    record = services.repository.get_session(run.session_id)
    assert record.turns[-1].text == ASKED and record.interrupted == []
    openai_server.enqueue(reply("Sorry, where were we?"))
    assert "".join(run.retry()) == "Sorry, where were we?"
    with pytest.raises(CoachError, match="nothing to retry"):
        list(run.retry())


def test_undo_takes_back_the_turn_and_its_broken_reply(services, openai_server):
    run = _interrupted(services, openai_server)
    run = services.practice.undo(services.local_viewer("ada"), run.session_id)
    record = services.repository.get_session(run.session_id)
    assert len(record.turns) == 1 and record.interrupted == [] and not run.awaiting_reply


def test_a_resumed_session_waits_for_the_broken_reply_and_retries_it(services, openai_server):
    run = _interrupted(services, openai_server)
    resumed = services.practice.resume(services.local_viewer("ada"), run.session_id)
    assert resumed.awaiting_reply and resumed.history == run.history
    assert resumed.failure == f"{run.scenario.persona.name}'s reply to your last turn was cut off."
    assert resumed.state == run.state and resumed.last_update == run.last_update
    openai_server.enqueue(reply("Where do I start."))
    assert "".join(resumed.retry()) == "Where do I start."
    first, again = openai_server.chat_requests
    assert again["messages"] == first["messages"]  # the persona's update is the same, replayed


def test_a_resumed_session_whose_reply_never_came_says_so(services, openai_server):
    openai_server.enqueue(status(503))
    run = _run(services)
    with pytest.raises(LLMError):
        list(run.say(ASKED))
    resumed = services.practice.resume(services.local_viewer("ada"), run.session_id)
    assert resumed.failure == f"{run.scenario.persona.name} has not answered your last turn yet."


def test_a_spoken_turn_is_stored_with_its_timings_and_reaches_the_critique(
    services: CoachServices,
) -> None:
    viewer = services.local_viewer("sam")
    run = services.practice.start(viewer, "giving-feedback", mode=Mode.OFFLINE, seed=1)
    speech = Speech(duration=2.0, words=[WordTiming(word="Why?", start=0.3, end=0.7)])
    "".join(run.say("Why?", speech))
    run.reply_read_aloud(Speech(duration=4.0))
    record = services.repository.get_session(run.session_id)
    assert [t.speech for t in record.turns] == [None, speech, Speech(duration=4.0)]
    assert to_transcript(record).turns[1].speech == speech
