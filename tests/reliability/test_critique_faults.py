"""Critiques of a stored session while the OpenAI-compatible server misbehaves.

``CoachServices.critique_session`` asks the real openai client, over HTTP, for structured
output from the local stub, which commits one fault per case. Each ends either retried and
succeeded (an LLM critique) or as the offline critique with a one-line notice saying why;
the session's turns never change and the critique is stored with it. Every case writes its
figures to test-artifacts/reliability/.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coach.critique.llm import MALFORMED_NOTICE, UNREACHABLE_NOTICE
from coach.models import Mode, SessionRecord
from coach.services import CoachServices
from tests.openai_stub import Behaviour, OpenAIStub, cut_off, delay, reply, status, tool_call
from tests.reliability.llm_figures import Figures, llm_settings, unused_port

SCENARIO = "giving-feedback"
LINES = [
    "What has been getting in the way of the reports lately?",
    "You should just make a plan and stick to it.",
    "It sounds like the evenings at home have been hard.",
]
NARRATIVE = "You began with curiosity, moved to advice, then came back to listening."


@dataclass(frozen=True)
class Fault:
    name: str
    behaviours: tuple[Behaviour, ...]  # before a valid answer, which follows unless it is offline
    mode: Mode
    notice: str = ""  # for the offline critique: a phrase its last notice must contain
    waits_at_least: float = 0.0


def _broken(text: str) -> Behaviour:
    return tool_call(text)


FAULTS = [
    Fault("429-burst", (status(429), status(429)), Mode.LLM),
    Fault("429-burst-retry-after", (status(429, retry_after=0.3),) * 2, Mode.LLM, "", 0.6),
    Fault("429-burst-too-long", (status(429),) * 3, Mode.OFFLINE, "after 3 attempts (HTTP 429)"),
    Fault("5xx-burst", (status(500), status(503)), Mode.LLM),
    Fault("5xx-persistent", (status(502),) * 3, Mode.OFFLINE, "after 3 attempts (HTTP 502)"),
    Fault("stall-then-answer", (delay(3),), Mode.LLM),
    Fault("stall-persistent", (delay(3),) * 3, Mode.OFFLINE, "no answer within 0.5 seconds"),
    Fault("drop-mid-body", (cut_off(NARRATIVE, after=40),), Mode.LLM),
    Fault("reset-mid-body", (cut_off(NARRATIVE, after=40, reset=True),), Mode.LLM),
    Fault("drop-persistent", (cut_off(NARRATIVE, after=40),) * 3, Mode.OFFLINE, "was lost"),
    Fault("malformed-then-valid", (_broken('{"narrative": 5}'),), Mode.LLM),
    Fault("wrong-shape-then-valid", (_broken('{"narrative": "Fine."}'),), Mode.LLM),
    Fault("malformed-twice", (_broken("{broken"), _broken('{"rubric": []')), Mode.OFFLINE),
    Fault("prose-twice", (reply("A fine chat."), reply("Truly.")), Mode.OFFLINE),
]


@pytest.fixture(scope="module")
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub() as running:
        yield running


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reliability-critique") / "data"


@pytest.fixture(scope="module")
def services(stub: OpenAIStub, data_dir: Path) -> CoachServices:
    return CoachServices(settings=llm_settings(data_dir, stub.base_url))


@pytest.fixture(scope="module")
def session(services: CoachServices) -> SessionRecord:
    """An ended session played by the offline engine, critiqued in every case."""
    viewer = services.local_viewer("ada")
    run = services.practice.start(viewer, SCENARIO, mode=Mode.OFFLINE, seed=3)
    for line in LINES:
        "".join(run.say(line))
    services.guidance()  # open the guidance library once, outside the timed cases
    return services.practice.end(viewer, run.session_id)


@pytest.fixture(autouse=True)
def _fresh_stub(stub: OpenAIStub) -> None:
    stub.clear()


def _valid_answer(services: CoachServices, record: SessionRecord) -> Behaviour:
    """A draft as a well-behaved model sends it: the measured scores, a learner quote."""
    measured = services.critique(_transcript(record), offline=True)
    turn = next(t.index for t in record.turns if t.text == LINES[1])
    evidence = [{"turn": turn, "quote": LINES[1]}]
    answer: dict[str, Any] = {
        "narrative": NARRATIVE,
        "rubric": [
            {"id": r.id, "score": r.score, "rationale": "As measured.", "evidence": evidence}
            for r in measured.rubric
        ],
        "strengths": [],
        "growth_areas": [],
    }
    return tool_call(answer)


def _transcript(record: SessionRecord):  # type: ignore[no-untyped-def]
    from coach.practice.transcripts import to_transcript

    return to_transcript(record)


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
def test_critique_under_fault(
    fault: Fault,
    services: CoachServices,
    stub: OpenAIStub,
    session: SessionRecord,
    request: pytest.FixtureRequest,
) -> None:
    figures = Figures(test=request.node.name, fault=fault.name, faults_tried=len(fault.behaviours))
    answer = (_valid_answer(services, session),) if fault.mode is Mode.LLM else ()
    stub.enqueue(*fault.behaviours, *answer)
    started = time.monotonic()
    critique = services.critique_session(services.local_viewer("ada"), session.id)
    figures.seconds = time.monotonic() - started
    figures.outcome = "llm critique" if critique.mode is Mode.LLM else "offline critique"
    figures.requests = len(stub.chat_requests)
    figures.notes = critique.notices
    assert critique.mode is fault.mode, critique.notices
    assert figures.seconds >= fault.waits_at_least
    assert all("\n" not in notice for notice in critique.notices)
    if fault.mode is Mode.LLM:
        assert critique.narrative == NARRATIVE
        assert figures.requests == len(fault.behaviours) + 1
    else:
        _assert_offline_notice(critique.notices[-1], fault)
    _assert_session_unchanged(services, session, critique.model_dump(mode="json"), figures)
    figures.write()


def _assert_offline_notice(notice: str, fault: Fault) -> None:
    if fault.name in ("malformed-twice", "prose-twice"):
        assert notice == MALFORMED_NOTICE
    else:
        assert notice.startswith(UNREACHABLE_NOTICE) and fault.notice in notice


def _assert_session_unchanged(
    services: CoachServices, before: SessionRecord, critique: dict[str, Any], figures: Figures
) -> None:
    after = services.repository.get_session(before.id)
    replies = [t.text for t in before.turns if t.speaker == "counterpart"]
    figures.count(after, LINES, replies)
    assert after.turns == before.turns and after.interrupted == []
    assert figures.turns_lost == 0 and figures.partial_replies_stored_as_finished == 0
    assert services.repository.latest_critique(before.id) == critique


def test_critique_with_nothing_listening(
    data_dir: Path, session: SessionRecord, request: pytest.FixtureRequest
) -> None:
    figures = Figures(test=request.node.name, fault="nothing-listening", faults_tried=3)
    down = CoachServices(settings=llm_settings(data_dir, f"http://127.0.0.1:{unused_port()}/v1"))
    critique = down.critique_session(down.local_viewer("ada"), session.id)
    figures.outcome, figures.notes = "offline critique", critique.notices
    assert critique.mode is Mode.OFFLINE
    assert critique.notices[-1].startswith(UNREACHABLE_NOTICE)
    assert "could not connect" in critique.notices[-1]
    _assert_session_unchanged(down, session, critique.model_dump(mode="json"), figures)
    figures.write()
