"""Wiring: builds the backends from Settings and offers the use cases the CLI and UI call."""

from __future__ import annotations

import getpass
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from coach.counterparts import LLMPlayer, OfflinePlayer
from coach.errors import CoachError
from coach.models import Difficulty, Scenario, SessionRecord
from coach.practice import Counterpart, PracticeRun, resume_run, start_run
from coach.prompts import PromptLibrary
from coach.scenarios import ScenarioLibrary
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.backends.sql import SqlRepository


@dataclass
class CoachServices:
    """The application's use cases over backends built lazily from settings."""

    settings: Settings = field(default_factory=Settings)

    @cached_property
    def scenarios(self) -> ScenarioLibrary:
        return ScenarioLibrary(self.settings.scenarios_dir)

    @cached_property
    def prompts(self) -> PromptLibrary:
        return PromptLibrary(self.settings.prompts_dir)

    @cached_property
    def repository(self) -> SqlRepository:
        from coach.backends.sql import SqlRepository, create_engine_for

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
        from coach.backends.openai_chat import OpenAIChatModel

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


def _local_username() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError) as exc:
        raise CoachError("Could not tell who you are; pass --user NAME.") from exc
