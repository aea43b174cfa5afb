"""A learner's rights over their data: read their debriefs, export, share and delete (owner only).

Every method takes the viewer and checks ownership here, in the service layer, so a page
that forgets to hide a button still cannot reach another person's sessions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from coach.critique.models import Critique
from coach.critique.progress import ProgressPoint, progress_points
from coach.errors import session_not_found
from coach.models import SessionRecord
from coach.people.accounts import Accounts
from coach.people.models import Viewer
from coach.ports import LearnerDataStore
from coach.practice.transcripts import persona_trace

EXPORT_FORMAT = "coach-learner-data/1"


class LearnerData:
    """The signed-in learner's debriefs, progress, export, sharing and deletion."""

    def __init__(
        self,
        accounts: Accounts,
        store: LearnerDataStore,
        critic: Callable[[SessionRecord], Critique],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._accounts, self._store, self._critic, self._clock = accounts, store, critic, clock

    def session(self, viewer: Viewer, session_id: int) -> SessionRecord:
        """The viewer's own session, loaded once; anyone else's is refused as missing."""
        return self._accounts.session_for(viewer, session_id)

    def debrief(self, viewer: Viewer, record: SessionRecord) -> Critique:
        """The stored critique of the viewer's own loaded session, or a new one stored now."""
        if record.user_id != viewer.id:
            raise session_not_found(record.id)
        body = self._store.latest_critiques(viewer.id).get(record.id)
        stored = None if body is None else _critique(body)
        return stored if stored is not None else self._critic(record)

    def latest_critique(self, viewer: Viewer, session_id: int) -> Critique | None:
        """The stored critique of the viewer's own session, or None if it has none yet."""
        self._accounts.session_for(viewer, session_id)
        body = self._store.latest_critiques(viewer.id).get(session_id)
        return None if body is None else _critique(body)

    def critique(self, viewer: Viewer, session_id: int) -> Critique:
        """Critique the viewer's own session now (and store the critique with it)."""
        return self._critic(self._accounts.session_for(viewer, session_id))

    def progress(self, viewer: Viewer) -> list[ProgressPoint]:
        """The viewer's critiqued sessions, oldest first."""
        critiques = {
            session_id: critique
            for session_id, body in self._store.latest_critiques(viewer.id).items()
            if (critique := _critique(body)) is not None
        }
        return progress_points(self._accounts.sessions_of(viewer), critiques)

    def shared_sessions(self, viewer: Viewer) -> set[int]:
        """Ids of the viewer's sessions whose transcript a trainer may read."""
        return set(self._store.readers(viewer.id))

    def readers(self, viewer: Viewer) -> dict[int, list[str]]:
        """Each of the viewer's shared sessions with the trainers who may read it."""
        return self._store.readers(viewer.id)

    def set_shared(self, viewer: Viewer, session_id: int, shared: bool) -> int:
        """Share one of the viewer's own transcripts, or stop sharing it.

        A share names its readers when it is made: the trainers of the cohorts the learner is
        in now. A trainer who joins the learner's life later sees nothing shared before.
        Returns how many trainers may read it.
        """
        self._accounts.session_for(viewer, session_id)
        if not shared:
            self._store.unshare(session_id)
            return 0
        return self._store.share(session_id, viewer.id, self._clock())

    def export(self, viewer: Viewer) -> dict[str, Any]:
        """Everything stored about the viewer's practice: sessions, turns and critiques."""
        readers = self._store.readers(viewer.id)
        sessions = [
            _session_json(self._accounts.session_for(viewer, r.id), readers.get(r.id, []))
            for r in self._accounts.sessions_of(viewer)
        ]
        return {
            "format": EXPORT_FORMAT,
            "exported_at": self._clock().isoformat(),
            "user": {"username": viewer.username, "role": viewer.role.value},
            "sessions": sessions,
            "critiques": self._store.critiques(viewer.id),
        }

    def export_json(self, viewer: Viewer) -> str:
        """The export as indented JSON text, ready to download."""
        return json.dumps(self.export(viewer), indent=2, ensure_ascii=False)

    def delete_all(self, viewer: Viewer) -> int:
        """Delete the viewer's sessions, turns and critiques; returns how many sessions went."""
        return self._store.delete_sessions(viewer.id)


def _critique(body: dict[str, Any]) -> Critique | None:
    # A critique stored by an older version may not fit today's model; it is then recomputed.
    try:
        return Critique.model_validate(body)
    except ValidationError:
        return None


def _session_json(record: SessionRecord, readers: list[str]) -> dict[str, Any]:
    return {
        "id": record.id,
        "scenario": record.scenario_id,
        "difficulty": record.difficulty.value,
        "mode": record.mode,
        "started_at": record.started_at.isoformat(),
        "ended_at": None if record.ended_at is None else record.ended_at.isoformat(),
        "shared_with": readers,
        "turns": [t.model_dump(mode="json") for t in record.turns],
        # Replies the language model broke off: stored, so exported, but not part of the talk.
        "interrupted_replies": [t.model_dump(mode="json") for t in record.interrupted],
        "persona_trace": persona_trace(record),
    }
