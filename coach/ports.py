"""Protocols the core depends on; backends implement them, tests pass their own."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from coach.guidance.passages import GuidanceChunk, Passage
from coach.models import (
    Act,
    ChatMessage,
    Difficulty,
    Mode,
    PersonaState,
    PersonaUpdate,
    Reaction,
    Recording,
    SessionRecord,
    Speaker,
    Speech,
    TurnStatus,
    Usage,
)
from coach.people.cohort_models import (
    AssignmentRow,
    CohortRow,
    Invitation,
    Member,
    SessionFacts,
)
from coach.people.models import Attempt, Credentials
from coach.scenarios.models import SavedScenario
from coach.voice.audio import Heard

T = TypeVar("T", bound=BaseModel)
LockPolicy = Callable[[int], timedelta | None]  # failures in a row -> how long to lock, if at all


class ChatModel(Protocol):
    """A chat model that streams its reply. ``last_usage`` holds the usage of the last call."""

    last_usage: Usage | None

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        """Yield the reply's text as it arrives. Exactly one model call per invocation.

        Raises ReplyInterrupted when the reply stops after it began without being finished,
        LLMError when no reply could be had at all.
        """
        ...


class Repository(Protocol):
    """Storage of users, practice sessions and their turns."""

    def ensure_user(self, username: str, role: str = "learner") -> int:
        """The id of the user called ``username``, created (without password) if absent."""
        ...

    def create_session(
        self, user_id: int, scenario_id: str, difficulty: Difficulty, mode: Mode
    ) -> int:
        """Start a practice session and return its id."""
        ...

    def add_turn(
        self,
        session_id: int,
        speaker: Speaker,
        text: str,
        *,
        acts: Sequence[Act] | None = None,
        persona_state: PersonaState | None = None,
        reaction: Reaction | None = None,
        usage: Usage | None = None,
        status: TurnStatus = TurnStatus.COMPLETE,
        speech: Speech | None = None,
        recording: Recording | None = None,
    ) -> int:
        """Append a turn, committed before returning; returns its 0-based index in storage.

        An interrupted reply (``status``) is kept for the record: ``get_session`` lists it in
        ``interrupted``, never in ``turns``. ``speech`` is a spoken turn's word timings;
        ``recording`` its audio, passed only when the learner chose to keep it.
        """
        ...

    def set_reply_speech(self, session_id: int, speech: Speech) -> bool: ...  # read aloud

    def get_session(self, session_id: int) -> SessionRecord:
        """The session with its turns; raises NotFoundError if absent."""
        ...

    def end_session(self, session_id: int) -> None:
        """Mark the session ended now."""
        ...

    def list_sessions(self, user_id: int) -> list[SessionRecord]:
        """The user's sessions, newest first."""
        ...

    def delete_last_exchange(self, session_id: int) -> int:
        """Delete the last learner turn and what followed it; how many turns went."""
        ...

    def save_critique(self, session_id: int, mode: Mode, overall: int, body: dict[str, Any]) -> int:
        """Store a critique with its session; returns its id."""
        ...


class AccountStore(Protocol):
    """Storage of users' credentials and sign-in failures."""

    def count_sign_in_users(self) -> int: ...
    def find(self, username: str) -> Credentials | None: ...
    def add(self, username: str, password_hash: str, role: str) -> int: ...
    def set_password_hash(self, user_id: int, password_hash: str) -> None: ...
    def begin_attempt(self, username: str, now: datetime, lock: LockPolicy) -> Attempt:
        """Count an attempt for ``username`` (any name, known or not) in one atomic step.

        A name locked at ``now`` is not counted and comes back with ``locked_until``; otherwise
        the attempt counts as a failure until ``clear_attempts`` says it succeeded, and
        ``lock(failures)`` decides whether the name is locked from now on.
        """
        ...

    def clear_attempts(self, username: str) -> None: ...


class SessionSource(Protocol):
    """Where practice sessions are read from (the repository)."""

    def get_session(self, session_id: int) -> SessionRecord: ...
    def list_sessions(self, user_id: int) -> list[SessionRecord]: ...


class CohortStore(Protocol):
    """Storage of cohorts, their members and assignments, and facts about members' sessions."""

    def create_cohort(self, name: str, trainer_id: int) -> int: ...
    def cohorts_of_trainer(self, trainer_id: int) -> list[CohortRow]: ...
    def cohort(self, cohort_id: int) -> CohortRow | None: ...
    def members(self, cohort_id: int) -> list[Member]: ...
    def find_user(self, username: str) -> Member | None: ...
    def add_member(self, cohort_id: int, user_id: int, accepted_at: datetime | None) -> bool:
        """Add the user (accepted when ``accepted_at`` is given); False if already in it."""
        ...

    def accept_member(self, cohort_id: int, user_id: int, when: datetime) -> bool:
        """Mark a pending membership accepted; False if there was none pending."""
        ...

    def invitations_of(self, user_id: int) -> list[Invitation]: ...
    def remove_member(self, cohort_id: int, user_id: int) -> None: ...
    def add_assignment(
        self, cohort_id: int, scenario_id: str, difficulty: str, due_at: datetime | None
    ) -> int: ...
    def assignments(self, cohort_id: int) -> list[AssignmentRow]: ...
    def assignments_of_learner(self, user_id: int) -> list[AssignmentRow]: ...
    def sessions_of(self, user_ids: list[int], scenario_ids: list[str]) -> list[SessionFacts]: ...
    def trainers_of(self, user_id: int) -> set[int]: ...  # of the cohorts they accepted
    def session_facts(self, session_id: int) -> SessionFacts | None: ...


class AccountLookup(Protocol):
    """Finding a user's stored account by username."""

    def find(self, username: str) -> Credentials | None: ...


class UserRegistry(Protocol):
    """Creating a user who has no password (the repository does this)."""

    def ensure_user(self, username: str, role: str = "learner") -> int: ...


class LearnerDataStore(Protocol):
    """Where critiques and sharing choices are kept, and sessions erased."""

    def latest_critiques(self, user_id: int) -> dict[int, dict[str, Any]]: ...
    def critiques(self, user_id: int) -> list[dict[str, Any]]: ...
    def readers(self, user_id: int) -> dict[int, list[str]]:
        """Each shared session of the user with the usernames of the trainers who may read it."""
        ...

    def share(self, session_id: int, user_id: int, when: datetime) -> int:
        """Share with the trainers of the user's accepted cohorts now; how many they are."""
        ...

    def unshare(self, session_id: int) -> None: ...
    def delete_sessions(self, user_id: int) -> int: ...


class CustomScenarioStore(Protocol):
    def custom_yaml(self) -> list[tuple[str, str]]: ...
    def saved(self) -> list[SavedScenario]: ...
    def find(self, scenario_id: str) -> SavedScenario | None: ...
    def save(self, scenario_id: str, text: str, author_id: int) -> None: ...
    def delete(self, scenario_id: str) -> None: ...


class CustomScenarioSource(Protocol):
    """Where saved custom scenarios are read from."""

    def custom_yaml(self) -> list[tuple[str, str]]:
        """(scenario id, YAML text) of every saved scenario, oldest first."""
        ...


class Counterpart(Protocol):
    """Whatever plays the persona: the offline engine or an LLM."""

    mode: Mode

    @property
    def last_usage(self) -> Usage | None:
        """Token usage of the last reply, when a model produced it."""
        ...

    def respond(
        self, update: PersonaUpdate, text: str, history: Sequence[tuple[Speaker, str]]
    ) -> Iterator[str]:
        """Yield the reply to ``text``; ``history`` is the whole conversation, ending with it.

        Raises ReplyInterrupted if the reply breaks off after it began.
        """
        ...


class GuidanceSearch(Protocol):
    """Search over guidance: all the critique needs of a store."""

    def search(self, query: str, k: int = 5, skills: Sequence[str] | None = None) -> list[Passage]:
        """The ``k`` chunks closest to ``query``, best first; ``skills`` keeps chunks tagged
        with any of them."""
        ...


class GuidanceStore(GuidanceSearch, Protocol):
    """Where guidance chunks are kept and searched."""

    def upsert(self, chunks: Sequence[GuidanceChunk]) -> None: ...  # add or replace by id
    def delete_source(self, source: str) -> None: ...  # every chunk that came from it
    def delete_ids(self, chunk_ids: Sequence[str]) -> None: ...
    def chunk_ids(self, source: str) -> set[str]: ...
    def sources(self) -> dict[str, int]: ...  # each source with its number of chunks
    def count(self) -> int: ...
    def close(self) -> None: ...  # release files or the connection

    def read_stamp(self, key: str) -> str | None: ...  # e.g. the shipped corpus's hash
    def write_stamp(self, key: str, value: str) -> None: ...


class TextEmbedder(Protocol):
    """Turns texts into vectors; ``name`` identifies the model and version for a store."""

    @property
    def name(self) -> str: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...  # to store
    def embed_query(self, text: str) -> list[float]: ...  # to search with


class StructuredModel(Protocol):
    """A model that answers with an instance of a schema. ``last_usage``: the last call's."""

    last_usage: Usage | None

    def generate(self, messages: Sequence[ChatMessage], schema: type[T]) -> T:
        """One model call; LLMError if it cannot be reached, MalformedOutput if unparseable."""
        ...


class AdminStore(Protocol):
    """Database housekeeping for admins."""

    def masked_url(self) -> str: ...  # the database URL with any password hidden
    def table_counts(self) -> dict[str, int]: ...
    def delete_sessions_started_before(self, cutoff: datetime) -> int: ...


class UploadOwners(Protocol):
    """Who uploaded each guidance file."""

    def owner_of(self, file_name: str) -> int | None: ...

    def claim(self, file_name: str, owner_id: int) -> bool:
        """Record the owner unless another person owns the name; True if ``owner_id`` owns it."""
        ...


class VoiceServer(Protocol):
    """Speech to text with word timings, and text to speech as WAV; CoachError on failure."""

    def transcribe(self, audio: bytes, file_name: str) -> Heard: ...
    def speak(self, text: str, voice: str) -> bytes: ...
