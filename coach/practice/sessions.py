"""Practice use cases for a signed-in person: start, resume, undo and end their own sessions.

Every method takes the viewer and checks, here in the service layer, that the session is
theirs; another person's session is refused with the same words as a missing one.
"""

from __future__ import annotations

from collections.abc import Callable

from coach.errors import CoachError, NotFoundError, session_not_found
from coach.models import Difficulty, Mode, SessionRecord
from coach.people.models import Viewer
from coach.ports import Counterpart, Repository
from coach.practice.run import PracticeRun, resume_run, start_run
from coach.scenarios.models import Scenario

CounterpartFactory = Callable[[Scenario, Difficulty, Mode | None, int | None], Counterpart]


class PracticeSessions:
    """The practice loop's use cases over the repository, for one viewer at a time."""

    def __init__(
        self,
        repository: Repository,
        scenario: Callable[[int, str], Scenario],
        counterpart: CounterpartFactory,
    ) -> None:
        self._repository, self._scenario, self._counterpart = repository, scenario, counterpart

    def own(self, viewer: Viewer, session_id: int) -> SessionRecord:
        """The viewer's own session; anyone else's is refused as missing."""
        try:
            record = self._repository.get_session(session_id)
        except NotFoundError:
            raise session_not_found(session_id) from None
        if record.user_id != viewer.id:
            raise session_not_found(session_id)
        return record

    def start(
        self,
        viewer: Viewer,
        scenario_id: str,
        difficulty: Difficulty = Difficulty.STANDARD,
        *,
        mode: Mode | None = None,
        seed: int | None = None,
    ) -> PracticeRun:
        """Open a session for the viewer with the persona's opening line.

        Args:
            mode: Force the offline engine or the LLM; None uses the settings.
            seed: Fixes the offline engine's wording (tests, scripted runs).
        """
        scenario = self._scenario(viewer.id, scenario_id)
        counterpart = self._counterpart(scenario, difficulty, mode, seed)
        return start_run(scenario, difficulty, viewer.id, self._repository, counterpart)

    def resume(self, viewer: Viewer, session_id: int, *, mode: Mode | None = None) -> PracticeRun:
        """Continue the viewer's open session, with the counterpart it started with unless
        ``mode`` says otherwise; a reply that broke off is waiting to be asked for again."""
        record = self.own(viewer, session_id)
        if record.ended_at is not None:
            raise CoachError(f"Session {session_id} has ended; read its debrief instead.")
        return self._rebuild(record, mode)

    def undo(self, viewer: Viewer, session_id: int) -> PracticeRun:
        """Take back the viewer's last turn and the reply to it."""
        record = self.own(viewer, session_id)
        if record.ended_at is not None:
            raise CoachError(f"Session {session_id} has ended; it can no longer change.")
        self._repository.delete_last_exchange(session_id)
        return self._rebuild(self._repository.get_session(session_id))

    def end(self, viewer: Viewer, session_id: int) -> SessionRecord:
        """Close the viewer's session and return it as stored."""
        self.own(viewer, session_id)
        self._repository.end_session(session_id)
        return self._repository.get_session(session_id)

    def _rebuild(self, record: SessionRecord, mode: Mode | None = None) -> PracticeRun:
        scenario = self._scenario(record.user_id, record.scenario_id)
        counterpart = self._counterpart(scenario, record.difficulty, mode or record.mode, None)
        return resume_run(scenario, record, self._repository, counterpart)
