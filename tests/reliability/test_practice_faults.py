"""Practice turns through the whole stack while the OpenAI-compatible server misbehaves.

The services, the practice run, the real openai client and a SQLite store talk over HTTP to
the local stub, which commits one fault per case. Each case ends in one of three outcomes:
retried and succeeded; a one-line error with the learner's turn kept; or an interrupted
reply kept apart. Then the server behaves and ``retry`` answers the same turn. Every case
counts what was stored and writes it to test-artifacts/reliability/.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coach.errors import LLMError, ReplyInterrupted
from coach.models import SessionRecord
from coach.practice.run import PracticeRun
from coach.services import CoachServices
from tests.openai_stub import Behaviour, OpenAIStub, cut_off, delay, reply, stall, status
from tests.reliability.llm_figures import Figures, llm_settings, unused_port

SCENARIO = "giving-feedback"
ASKED = "What has been getting in the way of the reports lately?"
WHOLE = "Honestly, the evenings at home have been hard, and the reports slipped."
AGAIN = "It is the evenings, mostly. They have been hard."


@dataclass(frozen=True)
class Fault:
    """What the server does to one learner turn, and what the learner should see."""

    name: str
    behaviours: tuple[Behaviour, ...]
    outcome: str  # "succeeded" (after retries), "error" or "interrupted"
    says: str = ""  # a phrase the one-line message must contain
    waits_at_least: float = 0.0


FAULTS = [
    Fault("429-burst", (status(429), status(429)), "succeeded"),
    Fault("429-burst-retry-after", (status(429, retry_after=0.3),) * 2, "succeeded", "", 0.6),
    Fault("429-burst-too-long", (status(429),) * 3, "error", "after 3 attempts (HTTP 429)"),
    Fault("429-retry-after-too-long", (status(429, retry_after=120),), "error", "wait 120 s"),
    Fault("5xx-burst", (status(500), status(502)), "succeeded"),
    Fault("5xx-persistent", (status(503),) * 3, "error", "after 3 attempts (HTTP 503)"),
    Fault("stall-before-reply", (delay(3),), "succeeded"),
    Fault("stall-mid-stream", (stall(WHOLE, after=4, seconds=3),), "interrupted", "nothing more"),
    Fault("drop-before-reply", (cut_off(WHOLE, after=0),), "succeeded"),
    Fault("drop-mid-stream", (cut_off(WHOLE, after=4),), "interrupted", "closed before the"),
    Fault("reset-mid-stream", (cut_off(WHOLE, after=4, reset=True),), "interrupted", "was lost"),
    Fault("no-answer-silent-server", (delay(3),) * 3, "error", "no answer within 0.5 seconds"),
]


@pytest.fixture(scope="module")
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub() as running:
        yield running


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reliability") / "data"


@pytest.fixture(scope="module")
def services(stub: OpenAIStub, data_dir: Path) -> CoachServices:
    return CoachServices(settings=llm_settings(data_dir, stub.base_url))


@pytest.fixture(autouse=True)
def _fresh_stub(stub: OpenAIStub) -> None:
    stub.clear()


def _start(services: CoachServices) -> PracticeRun:
    return services.practice.start(services.local_viewer("ada"), SCENARIO)


def _first_attempt(run: PracticeRun) -> tuple[str, str, float]:
    """The learner's turn under the fault: the outcome, its message and how long it took."""
    started = time.monotonic()
    try:
        reply_text = "".join(run.say(ASKED))
    except ReplyInterrupted as exc:
        return "interrupted", str(exc), time.monotonic() - started
    except LLMError as exc:
        return "error", str(exc), time.monotonic() - started
    assert reply_text == WHOLE
    return "succeeded", "", time.monotonic() - started


def _stored(services: CoachServices, run: PracticeRun) -> SessionRecord:
    return services.repository.get_session(run.session_id)


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
def test_practice_turn_under_fault(
    fault: Fault, services: CoachServices, stub: OpenAIStub, request: pytest.FixtureRequest
) -> None:
    figures = Figures(test=request.node.name, fault=fault.name, faults_tried=len(fault.behaviours))
    stub.enqueue(*fault.behaviours, reply(WHOLE))
    run = _start(services)
    figures.outcome, message, figures.seconds = _first_attempt(run)
    figures.notes += [message] if message else []
    assert figures.outcome == fault.outcome, message
    assert fault.says in message and "\n" not in message
    assert figures.seconds >= fault.waits_at_least
    record = _stored(services, run)
    assert record.turns[-1].text == (WHOLE if fault.outcome == "succeeded" else ASKED)
    assert len(record.interrupted) == (fault.outcome == "interrupted")
    figures.requests = len(stub.chat_requests)
    if fault.outcome != "succeeded":
        _retry_after_recovery(run, stub)
        figures.requests += len(stub.chat_requests)
    figures.count(_stored(services, run), [ASKED], [WHOLE, AGAIN])
    figures.write()
    _assert_nothing_lost(figures)


def _retry_after_recovery(run: PracticeRun, stub: OpenAIStub) -> None:
    """The server behaves again: retry answers the same turn, with the same prompt."""
    stub.clear()
    stub.enqueue(reply(AGAIN))
    assert run.awaiting_reply
    assert "".join(run.retry()) == AGAIN
    [body] = stub.chat_requests
    users = [m["content"] for m in body["messages"] if m["role"] == "user"]
    assert users == [ASKED]
    assert all(WHOLE[:10] not in m["content"] for m in body["messages"])  # no partial reply


def _assert_nothing_lost(figures: Figures) -> None:
    assert figures.turns_lost == 0
    assert figures.learner_turns_duplicated == 0
    assert figures.partial_replies_stored_as_finished == 0
    assert figures.replies_finished == 1


def test_practice_turn_with_nothing_listening_then_resumed(
    services: CoachServices, stub: OpenAIStub, data_dir: Path, request: pytest.FixtureRequest
) -> None:
    """No server at all: the turn is kept; resumed once a server answers, it is answered."""
    figures = Figures(test=request.node.name, fault="nothing-listening", faults_tried=3)
    down = CoachServices(settings=llm_settings(data_dir, f"http://127.0.0.1:{unused_port()}/v1"))
    run = _start(down)
    figures.outcome, message, figures.seconds = _first_attempt(run)
    figures.notes.append(message)
    assert figures.outcome == "error" and "could not connect" in message
    resumed = services.practice.resume(services.local_viewer("ada"), run.session_id)
    _retry_after_recovery(resumed, stub)
    figures.requests = len(stub.chat_requests)  # the three to nowhere are not counted
    figures.count(_stored(services, run), [ASKED], [WHOLE, AGAIN])
    figures.write()
    _assert_nothing_lost(figures)


def test_a_session_that_meets_every_fault(
    services: CoachServices, stub: OpenAIStub, request: pytest.FixtureRequest
) -> None:
    """One learner turn per fault in one session, each retried until it has its reply."""
    figures = Figures(test=request.node.name, fault="every-fault", outcome="completed")
    run = _start(services)
    sent: list[str] = []
    started = time.monotonic()
    for n, fault in enumerate(FAULTS):
        sent.append(f"Turn {n}: what else has been going on for you?")
        answer = (reply(WHOLE),) if fault.outcome == "succeeded" else ()
        stub.enqueue(*fault.behaviours, *answer)
        figures.faults_tried += len(fault.behaviours)
        _until_answered(run, sent[-1], stub)
    figures.seconds = time.monotonic() - started
    figures.requests = len(stub.chat_requests)
    record = _stored(services, run)
    figures.count(record, sent, [WHOLE, AGAIN])
    figures.write()
    assert figures.turns_lost == 0 and figures.learner_turns_duplicated == 0
    assert figures.partial_replies_stored_as_finished == 0
    assert figures.replies_finished == len(FAULTS)
    assert figures.replies_interrupted == sum(f.outcome == "interrupted" for f in FAULTS)
    users = [m["content"] for m in stub.chat_requests[-1]["messages"] if m["role"] == "user"]
    assert users == sent  # the counterpart saw each turn once, and no partial reply


def _until_answered(run: PracticeRun, text: str, stub: OpenAIStub) -> None:
    """Say ``text``; after a failure, retry (the server behaving again) until it is answered."""
    try:
        "".join(run.say(text))
    except LLMError:
        stub.enqueue(reply(AGAIN))
        "".join(run.retry())
