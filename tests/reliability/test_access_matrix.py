"""Every use case that touches a learner's data or account, for every role and relationship.

The world: learner Lin practised two sessions, one shared with her trainer Tess (she accepted
Tess's cohort), one private. Lou is another learner; Tom trains another cohort; Ivo invited Lin
to his cohort but she has not accepted; Ada is an admin. Each use case is tried through the
service API by each of them, and the outcome is checked against the rule it must follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from coach.errors import CoachError, NotFoundError
from coach.models import Difficulty, Mode
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.services import CoachServices
from tests.reliability.figures import record

PASSWORD = "a long enough secret"
ALLOWED, MISSING, REFUSED = "allowed", "not found", "refused"
CHECKED: list[str] = []


@dataclass
class World:
    services: CoachServices
    people: dict[str, Viewer]
    shared: int
    private: int
    cohort: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    from coach.settings import Settings

    services = CoachServices(Settings(data_dir=tmp_path_factory.mktemp("matrix"), llm="offline"))
    make = services.accounts.create_user
    people = {
        "self": make("lin", PASSWORD),
        "other learner": make("lou", PASSWORD),
        "trainer, same cohort": make("tess", PASSWORD, Role.TRAINER),
        "trainer, other cohort": make("tom", PASSWORD, Role.TRAINER),
        "trainer, invitation pending": make("ivo", PASSWORD, Role.TRAINER),
        "admin": make("ada", PASSWORD, Role.ADMIN),
    }
    lin = people["self"]
    cohort = services.cohorts.create_cohort(people["trainer, same cohort"], "Tess's").id
    services.cohorts.add_learner(people["trainer, same cohort"], cohort, "lin")
    services.cohorts.accept(lin, cohort)
    services.cohorts.create_cohort(people["trainer, other cohort"], "Tom's")
    pending = services.cohorts.create_cohort(people["trainer, invitation pending"], "Ivo's").id
    services.cohorts.add_learner(people["trainer, invitation pending"], pending, "lin")
    shared, private = (_ended_session(services, lin) for _ in range(2))
    services.learner_data.set_shared(lin, shared, True)
    return World(services, people, shared, private, cohort)


def _ended_session(services: CoachServices, viewer: Viewer) -> int:
    run = services.practice.start(viewer, "giving-feedback", mode=Mode.OFFLINE, seed=5)
    list(run.say("What happened at the consultation, from your side?"))
    return services.practice.end(viewer, run.session_id).id


def _open_session(services: CoachServices, viewer: Viewer) -> int:
    run = services.practice.start(viewer, "giving-feedback", mode=Mode.OFFLINE, seed=5)
    list(run.say("How are you finding the project?"))
    return run.session_id


UseCase = Callable[[World, Viewer], Any]

# Each use case, and which relationships may use it (everyone else is refused).
OWN_DATA: dict[str, UseCase] = {
    "resume": lambda w, v: w.services.practice.resume(v, _open_session(w.services, _lin(w))),
    "undo": lambda w, v: w.services.practice.undo(v, _open_session(w.services, _lin(w))),
    "end": lambda w, v: w.services.practice.end(v, _open_session(w.services, _lin(w))),
    "critique": lambda w, v: w.services.critique_session(v, w.private, offline=True),
    "read session": lambda w, v: w.services.learner_data.session(v, w.private),
    "stored critique": lambda w, v: w.services.learner_data.latest_critique(v, w.private),
    "share": lambda w, v: w.services.learner_data.set_shared(v, w.private, False),
}
SELF_ONLY = {"self"}
RULES: dict[str, tuple[UseCase, set[str]]] = {
    **{name: (case, SELF_ONLY) for name, case in OWN_DATA.items()},
    "read shared transcript": (
        lambda w, v: w.services.cohorts.shared_transcript(v, w.shared, w.services.repository),
        {"trainer, same cohort"},
    ),
    "read unshared transcript": (
        lambda w, v: w.services.cohorts.shared_transcript(v, w.private, w.services.repository),
        set(),
    ),
    "cohort work": (lambda w, v: w.services.cohorts.work(v, w.cohort), {"trainer, same cohort"}),
    "cohort members": (
        lambda w, v: w.services.cohorts.members(v, w.cohort),
        {"trainer, same cohort"},
    ),
    "assign to cohort": (
        lambda w, v: w.services.cohorts.assign(
            v, w.cohort, "giving-feedback", Difficulty.EASY, None
        ),
        {"trainer, same cohort"},
    ),
    "retention": (
        lambda w, v: w.services.admin.database_status(v),
        {"admin"},
    ),
    "list people": (lambda w, v: w.services.people.people(v), {"admin"}),
    "disable and re-enable a learner": (
        lambda w, v: (
            w.services.people.disable(v, w.people["other learner"].id),
            w.services.people.enable(v, w.people["other learner"].id),
        ),
        {"admin"},
    ),
    "reset a learner's password": (
        lambda w, v: w.services.people.reset_password(v, w.people["other learner"].id),
        {"admin"},
    ),
    "create a learner account": (
        lambda w, v: w.services.people.add(v, f"new-{v.username}", Role.LEARNER),
        {"trainer, same cohort", "trainer, other cohort", "trainer, invitation pending", "admin"},
    ),
}
RELATIONSHIPS = [
    "self",
    "other learner",
    "trainer, same cohort",
    "trainer, other cohort",
    "trainer, invitation pending",
    "admin",
]


def _lin(world: World) -> Viewer:
    return world.people["self"]


def _outcome(call: Callable[[], Any]) -> str:
    try:
        call()
    except AccessError:
        return REFUSED
    except NotFoundError:
        return MISSING
    except CoachError as exc:  # any other refusal must still be a refusal, not a crash
        return f"error: {exc}"
    return ALLOWED


@pytest.mark.parametrize("relationship", RELATIONSHIPS)
@pytest.mark.parametrize("use_case", sorted(RULES))
def test_only_the_rightful_people_reach_a_learners_data(
    world: World, use_case: str, relationship: str
) -> None:
    case, allowed = RULES[use_case]
    viewer = world.people[relationship]
    outcome = _outcome(lambda: case(world, viewer))
    if relationship in allowed:
        assert outcome == ALLOWED, f"{relationship} should be able to {use_case}: {outcome}"
    else:
        assert outcome in (MISSING, REFUSED), f"{relationship} reached {use_case}: {outcome}"
    CHECKED.append(f"{use_case} / {relationship}: {outcome}")


def test_the_export_and_deletion_reach_only_the_viewers_own_sessions(world: World) -> None:
    services = world.services
    for relationship in RELATIONSHIPS:
        viewer = world.people[relationship]
        exported = services.learner_data.export(viewer)["sessions"]
        assert bool(exported) == (relationship == "self"), relationship
        owners = {services.repository.get_session(s["id"]).user_id for s in exported}
        assert owners <= {viewer.id}, relationship
    record(
        "access_matrix",
        use_cases=len(RULES) + 1,
        relationships=len(RELATIONSHIPS),
        cases_checked=len(CHECKED) + len(RELATIONSHIPS),
    )
