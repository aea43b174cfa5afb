"""``coach bench --load N``: N simulated learners practise at once through the service layer.

Threads, not processes: the web app serves every learner from one process, each browser
session's script in its own thread over one shared CoachServices (st.cache_resource), and
this reproduces that: one CoachServices, one connection pool, one guidance store, N threads.
Many processes at once are what ``tests/reliability`` runs. Each learner starts a session,
says a script of its own, ends it and has it critiqued, with the offline counterpart, against
the configured database (COACH_DATABASE_URL) and guidance store (COACH_CHROMA_URL).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import cycle, islice

from coach.bench.conversation import LEARNER_LINES
from coach.bench.load_report import LoadReport, summarise_load
from coach.models import Mode
from coach.people.models import Viewer
from coach.services import CoachServices
from coach.settings import LLMMode, Settings

LEARNER_PREFIX = "bench-load-"
SCENARIOS = ("giving-feedback", "building-trust", "setting-boundaries", "asking-for-help")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class LoadPlan:
    """How many learners practise at once and how many turns each says."""

    learners: int
    turns: int = 8


@dataclass
class LearnerRun:
    """What one simulated learner did: turn latencies, turns said, the session, any error."""

    viewer: Viewer
    latencies: list[float] = field(default_factory=list)
    said: int = 0
    session_id: int | None = None
    error: str | None = None


def run_load(plan: LoadPlan, settings: Settings | None = None) -> LoadReport:
    """Run ``plan`` against the configured stores; the simulated learners' sessions are removed."""
    services = CoachServices(_offline(settings or Settings()))
    _, notices = services.guidance()  # opened (the corpus ingested) before the clock starts
    viewers = [services.local_viewer(f"{LEARNER_PREFIX}{i + 1}") for i in range(plan.learners)]
    runs = [LearnerRun(viewer) for viewer in viewers]
    seconds = _all_at_once(services, plan, runs)
    stored = [_stored(services, run) for run in runs]
    for viewer in viewers:
        services.learner_data.delete_all(viewer)
    return summarise_load(plan, runs, stored, seconds, services.settings, notices)


def learner_script(learner: int, turns: int) -> list[str]:
    """The learner's lines: the bench's varied lines, each learner starting somewhere else."""
    offset = learner * 5 % len(LEARNER_LINES)
    return list(islice(cycle(LEARNER_LINES[offset:] + LEARNER_LINES[:offset]), turns))


def _offline(settings: Settings) -> Settings:
    return settings.model_copy(update={"llm": LLMMode.OFFLINE})


def _all_at_once(services: CoachServices, plan: LoadPlan, runs: list[LearnerRun]) -> float:
    """Seconds from the start until every learner has finished, each in its own thread."""
    start = threading.Barrier(plan.learners)
    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=plan.learners, thread_name_prefix="learner") as pool:
        for i, run in enumerate(runs):
            pool.submit(_practise, services, plan, run, i, start)
    return time.perf_counter() - began


def _practise(
    services: CoachServices, plan: LoadPlan, run: LearnerRun, i: int, start: threading.Barrier
) -> None:
    start.wait()
    try:
        _converse(services, plan, run, i)
    except Exception as exc:  # noqa: BLE001  every failure is counted, none stops the others
        run.error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _converse(services: CoachServices, plan: LoadPlan, run: LearnerRun, i: int) -> None:
    scenario = SCENARIOS[i % len(SCENARIOS)]
    session = services.practice.start(run.viewer, scenario, mode=Mode.OFFLINE, seed=i)
    run.session_id, run.said = session.session_id, 1  # the counterpart's opening line
    for line in learner_script(i, plan.turns):
        run.said += 2  # the learner's turn and the reply to it
        began = time.perf_counter()
        "".join(session.say(line))
        run.latencies.append(time.perf_counter() - began)
    services.practice.end(run.viewer, session.session_id)
    services.critique_session(run.viewer, session.session_id, offline=True)


def _stored(services: CoachServices, run: LearnerRun) -> int:
    """How many of the learner's turns the database holds, read back after the load."""
    if run.session_id is None:
        return 0
    return len(services.practice.own(run.viewer, run.session_id).turns)
