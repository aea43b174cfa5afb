"""Wiring: builds the backends from Settings and offers the use cases the CLI and UI call."""

from __future__ import annotations

import getpass
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from coach.critique.llm import run_critique
from coach.critique.models import Critique
from coach.errors import CoachError
from coach.guidance.ingest import ensure_shipped_corpus
from coach.models import Difficulty, SessionRecord, Transcript
from coach.ports import Counterpart, GuidanceStore, StructuredModel
from coach.practice.counterparts import LLMPlayer, OfflinePlayer
from coach.practice.run import PracticeRun, resume_run, start_run
from coach.practice.transcripts import to_transcript
from coach.prompts import PromptLibrary
from coach.scenarios.catalog import ScenarioCatalog
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.backends.sql.custom_scenarios import SqlCustomScenarioStore
    from coach.backends.sql.repository import SqlRepository


@dataclass
class CoachServices:
    """The application's use cases over backends built lazily from settings."""

    settings: Settings = field(default_factory=Settings)

    @cached_property
    def scenarios(self) -> ScenarioCatalog:
        """The shipped scenarios, then those trainers saved (read from the database lazily)."""
        library = ScenarioLibrary(self.settings.scenarios_dir)
        return ScenarioCatalog(library, lambda: self.custom_scenarios)

    @cached_property
    def custom_scenarios(self) -> SqlCustomScenarioStore:
        from coach.backends.sql.custom_scenarios import SqlCustomScenarioStore

        return SqlCustomScenarioStore(self.repository.engine)

    @cached_property
    def prompts(self) -> PromptLibrary:
        return PromptLibrary(self.settings.prompts_dir)

    @cached_property
    def repository(self) -> SqlRepository:
        from coach.backends.sql.repository import SqlRepository, create_engine_for

        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return SqlRepository(create_engine_for(self.settings.resolved_database_url))

    def counterpart(
        self,
        scenario: Scenario,
        difficulty: Difficulty,
        *,
        offline: bool,
        seed: int | None = None,
    ) -> Counterpart:
        """The offline engine, or the configured LLM unless ``offline`` is asked for.

        Without a ``seed`` the offline engine varies its wording from one session to the next.
        """
        if offline or not self.settings.use_llm:
            return OfflinePlayer(scenario, seed=secrets.randbits(32) if seed is None else seed)
        from coach.backends.openai.chat import OpenAIChatModel

        return LLMPlayer(scenario, difficulty, OpenAIChatModel(self.settings), self.prompts)

    def start_practice(
        self,
        scenario_id: str,
        difficulty: Difficulty = Difficulty.STANDARD,
        *,
        username: str | None = None,
        offline: bool = False,
        seed: int | None = None,
    ) -> PracticeRun:
        """Open a stored practice session with the persona's opening line."""
        scenario = self.scenarios.get(scenario_id)
        user_id = self.repository.ensure_user(username or _local_username())
        counterpart = self.counterpart(scenario, difficulty, offline=offline, seed=seed)
        return start_run(scenario, difficulty, user_id, self.repository, counterpart)

    def resume_practice(self, session_id: int, *, offline: bool = False) -> PracticeRun:
        """Continue a stored session where it stopped."""
        record = self.repository.get_session(session_id)
        scenario = self.scenarios.get(record.scenario_id)
        counterpart = self.counterpart(scenario, record.difficulty, offline=offline)
        return resume_run(scenario, record, self.repository, counterpart)

    def session(self, session_id: int) -> SessionRecord:
        return self.repository.get_session(session_id)

    @contextmanager
    def guidance(self) -> Iterator[tuple[GuidanceStore | None, list[str]]]:
        """The guidance store with the shipped corpus in it, or None and why it cannot open."""
        # Imported here: Chroma takes seconds to import and most commands never need it.
        from coach.backends.chroma_store import open_guidance_store
        from coach.backends.guidance_files import load_guidance_file

        try:
            store = open_guidance_store(self.settings)
        except CoachError as exc:
            yield None, [f"Guidance library unavailable: {exc}"]
            return
        try:
            report = ensure_shipped_corpus(store, load_guidance_file)
            skipped = (
                [f"Guidance file skipped: {e.message}" for e in report.errors] if report else []
            )
            yield store, skipped
        finally:
            store.close()

    def critique_model(self, *, offline: bool) -> StructuredModel | None:
        """The LLM that refines the critique, or None for the offline critique."""
        if offline or not self.settings.use_llm:
            return None
        from coach.backends.openai.structured import OpenAIStructuredModel

        return OpenAIStructuredModel(self.settings)

    def critique(self, transcript: Transcript, *, offline: bool = False) -> Critique:
        """Critique a transcript: numbers by code, the narrative by the LLM when configured."""
        scenario = self.scenarios.get(transcript.scenario)
        model = self.critique_model(offline=offline)
        with self.guidance() as (store, notices):
            result = run_critique(transcript, scenario, store, model, prompts=self.prompts)
        return result.model_copy(update={"notices": [*result.notices, *notices]})

    def critique_session(self, session_id: int, *, offline: bool = False) -> Critique:
        """Critique a stored session and store the critique with it."""
        result = self.critique(to_transcript(self.session(session_id)), offline=offline)
        self.repository.save_critique(
            session_id, result.mode, result.overall, result.model_dump(mode="json")
        )
        return result


def _local_username() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError) as exc:
        raise CoachError("Could not tell who you are; pass --user NAME.") from exc
