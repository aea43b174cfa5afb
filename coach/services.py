"""Wiring: the only module outside cli/ and ui/ that builds backends.

It reads Settings, builds each backend on first use, hands the core its ports, and offers the
use cases the CLI and the web app call. Every use case that touches a learner's data takes
the viewer and checks access in the use-case classes it wires here.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from coach.critique.models import Critique
from coach.errors import CoachError
from coach.guidance.ingest import GuidanceLoader, ensure_shipped_corpus, shipped_corpus_stamp
from coach.guidance.library import GuidanceLibrary
from coach.models import Difficulty, Mode, SessionRecord, Transcript
from coach.people.accounts import Accounts, local_username
from coach.people.admin import Administration
from coach.people.cohorts import Cohorts
from coach.people.first_run import FirstRunSetup, new_token
from coach.people.learner_data import LearnerData
from coach.people.models import Role, Viewer
from coach.people.qualification_runs import QualificationRuns
from coach.people.sso import SingleSignOn
from coach.people.user_admin import UserAdministration
from coach.people.web_sign_ins import WebSignIns
from coach.ports import ChatModel, Counterpart, GuidanceSearch, GuidanceStore, StructuredModel
from coach.practice.offline_lines import offline_lines
from coach.practice.transcripts import to_transcript
from coach.prompts import PromptLibrary
from coach.scenarios.catalog import ScenarioCatalog
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario
from coach.scenarios.studio import ScenarioStudio
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.backends.sql.custom_scenarios import SqlCustomScenarioStore
    from coach.backends.sql.repository import SqlRepository
    from coach.practice.run import PracticeRun
    from coach.practice.sessions import PracticeSessions
    from coach.voice.channel import VoiceChannel

GuidanceOpening = tuple[GuidanceStore | None, list[str]]
GUIDANCE_LOCK = "guidance.lock"  # in the data folder, beside the embedded store


@dataclass
class CoachServices:
    """The application's use cases over backends built lazily from settings."""

    settings: Settings = field(default_factory=Settings)
    _guidance_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # --- backends -------------------------------------------------------------------------

    @cached_property
    def repository(self) -> SqlRepository:
        from coach.backends.sql.repository import SqlRepository, create_engine_for

        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return SqlRepository(create_engine_for(self.settings.resolved_database_url))

    @cached_property
    def custom_scenarios(self) -> SqlCustomScenarioStore:
        from coach.backends.sql.custom_scenarios import SqlCustomScenarioStore

        return SqlCustomScenarioStore(self.repository.engine)

    @cached_property
    def scenarios(self) -> ScenarioCatalog:
        """The shipped scenarios, then those trainers saved (read from the database lazily)."""
        library = ScenarioLibrary(self.settings.scenarios_dir)
        return ScenarioCatalog(library, lambda: self.custom_scenarios)

    @cached_property
    def prompts(self) -> PromptLibrary:
        return PromptLibrary(self.settings.prompts_dir)

    def guidance(self) -> GuidanceOpening:
        """The guidance store with the shipped corpus in it, opened once for this process.

        Returns None and why when it cannot open; the next call tries again.
        """
        with self._guidance_lock:
            opened = self.__dict__.get("_guidance")
            if opened is None or opened[0] is None:
                opened = self._open_guidance()
                self.__dict__["_guidance"] = opened
            return opened

    def _open_guidance(self) -> GuidanceOpening:
        # Imported here: Chroma takes a second to import and most commands never need it.
        from coach.backends.chroma_store import open_guidance_store
        from coach.backends.file_lock import file_lock
        from coach.backends.guidance_files import load_guidance_file

        # One process at a time opens the store and loads the shipped corpus into it: first
        # processes started together otherwise race to create the collection and fail.
        try:
            with file_lock(self.settings.data_dir / GUIDANCE_LOCK, "the guidance store"):
                store = open_guidance_store(self.settings)
                report = ensure_shipped_corpus(store, load_guidance_file)
        except CoachError as exc:
            return None, [f"Guidance library unavailable: {exc}"]
        skipped = [f"Guidance file skipped: {e.message}" for e in report.errors] if report else []
        return store, skipped

    def citations(self) -> tuple[GuidanceSearch | None, list[str]]:
        """What the critique searches for guidance to cite, and notices from opening it.

        An embedded store is searched through a cache on disk that holds while the store and
        the shipped corpus are unchanged, so a critique opens the store (a second's work) only
        for a question it has not asked before.
        """
        if self.settings.chroma_url:
            return self.guidance()
        from coach.backends import search_cache as cache

        notices: list[str] = []

        def open_store() -> GuidanceSearch | None:
            store, found = self.guidance()
            notices.extend(found)
            return store

        settings = self.settings
        context = f"{settings.embeddings}|{settings.embedding_model}|{shipped_corpus_stamp()}"
        revision = cache.StoreRevision(cache.store_revision_path(settings))
        searched = cache.CachedSearch(
            cache.search_cache_path(settings), revision, context, open_store
        )
        return searched, notices

    def empty_guidance_store(self) -> GuidanceStore:
        """A guidance store opened without the shipped corpus (the benchmark fills its own)."""
        from coach.backends.chroma_store import open_guidance_store

        return open_guidance_store(self.settings)

    def guidance_loader(self) -> GuidanceLoader:
        """Reads a guidance file (.md, .txt, .pdf) into chunks."""
        from coach.backends.guidance_files import load_guidance_file

        return load_guidance_file

    def chat_model(self, settings: Settings | None = None) -> ChatModel:
        from coach.backends.openai.chat import OpenAIChatModel

        return OpenAIChatModel(settings or self.settings)

    def voice(self) -> VoiceChannel | None:
        """Speech to text and text to speech through the configured server; None without one."""
        return self._voice if self.settings.voice_available else None

    @cached_property
    def _voice(self) -> VoiceChannel:
        from coach.backends.openai.audio import OpenAIVoice
        from coach.voice.channel import VoiceChannel

        return VoiceChannel(OpenAIVoice(self.settings), self.settings.speech_voice)

    def critique_model(self, *, offline: bool) -> StructuredModel | None:
        """The LLM that refines the critique, or None for the offline critique."""
        if offline or not self.settings.use_llm:
            return None
        from coach.backends.openai.structured import OpenAIStructuredModel

        return OpenAIStructuredModel(self.settings)

    # --- use cases --------------------------------------------------------------------------

    @cached_property
    def accounts(self) -> Accounts:
        from coach.backends.sql.accounts import SqlAccountStore

        return Accounts(SqlAccountStore(self.repository.engine), self.repository)

    @cached_property
    def first_run(self) -> FirstRunSetup:
        """The one-time first-admin setup, with the token ``coach serve`` handed the server
        (COACH_SETUP_TOKEN) or, without one, a new token this process holds."""
        given = self.settings.setup_token
        return FirstRunSetup(self.accounts, given.get_secret_value() if given else new_token())

    @cached_property
    def people(self) -> UserAdministration:
        from coach.backends.sql.accounts import SqlAccountStore
        from coach.backends.sql.learner_data import SqlLearnerData

        sessions = SqlLearnerData(self.repository.engine)
        store = SqlAccountStore(self.repository.engine)
        return UserAdministration(self.accounts, store, sessions.delete_sessions)

    @cached_property
    def web_sign_ins(self) -> WebSignIns:
        from coach.backends.sql.accounts import SqlAccountStore
        from coach.backends.sql.web_sign_ins import SqlWebSignInStore

        people = SqlAccountStore(self.repository.engine)
        return WebSignIns(SqlWebSignInStore(self.repository.engine), people.person)

    @cached_property
    def single_sign_on(self) -> SingleSignOn:
        from coach.backends.sql.accounts import SqlAccountStore

        return SingleSignOn(SqlAccountStore(self.repository.engine), self.repository)

    @cached_property
    def practice(self) -> PracticeSessions:
        from coach.practice.sessions import PracticeSessions  # here, like the critique

        return PracticeSessions(self.repository, self.scenarios.get_for, self.counterpart)

    @cached_property
    def learner_data(self) -> LearnerData:
        from coach.backends.sql.learner_data import SqlLearnerData

        store = SqlLearnerData(self.repository.engine)
        return LearnerData(self.accounts, store, self._critique_record)

    @cached_property
    def cohorts(self) -> Cohorts:
        from coach.backends.sql.cohorts import SqlCohortStore

        return Cohorts(SqlCohortStore(self.repository.engine), self.scenarios.get)

    @cached_property
    def studio(self) -> ScenarioStudio:
        return ScenarioStudio(self.scenarios, self.custom_scenarios)

    @cached_property
    def guidance_library(self) -> GuidanceLibrary:
        from coach.backends.sql.guidance_uploads import SqlUploadOwners

        owners = SqlUploadOwners(self.repository.engine)
        return GuidanceLibrary(
            self.settings.data_dir, self.guidance, self.guidance_loader(), owners
        )

    @cached_property
    def qualification_runs(self) -> QualificationRuns:
        return QualificationRuns(self.settings)

    @cached_property
    def admin(self) -> Administration:
        from coach.backends.sql.admin import SqlAdminStore

        store = SqlAdminStore(self.repository.engine, self.settings.resolved_database_url)
        return Administration(self.settings, store, self.guidance, self.chat_model)

    def counterpart(
        self, scenario: Scenario, difficulty: Difficulty, mode: Mode | None, seed: int | None
    ) -> Counterpart:
        """The offline engine when asked for or when no LLM is configured, else the LLM.

        Without a ``seed`` the offline engine varies its wording from one session to the next.
        """
        from coach.practice.counterparts import LLMPlayer, OfflinePlayer

        if mode is Mode.OFFLINE or not self.settings.use_llm:
            seed = secrets.randbits(32) if seed is None else seed
            return OfflinePlayer(scenario, seed=seed, lines=offline_lines(self.prompts))
        return LLMPlayer(scenario, difficulty, self.chat_model(), self.prompts)

    def local_viewer(self, username: str | None = None) -> Viewer:
        """The person at this terminal: an account without a password, made on first use."""
        name = username or local_username()
        return Viewer(id=self.repository.ensure_user(name), username=name, role=Role.LEARNER)

    def try_out(self, viewer: Viewer, text: str, difficulty: Difficulty) -> PracticeRun:
        """Practise a studio draft without saving it (trainers and admins)."""
        trial = self.studio.trial(viewer, text)
        return self.practice.start(viewer, trial.id, difficulty)

    def critique(self, transcript: Transcript, *, offline: bool = False) -> Critique:
        """Critique a transcript: numbers by code, the narrative by the LLM when configured."""
        scenario = self.scenarios.get(transcript.scenario)
        from coach.critique.llm import run_critique  # here: the sign-in page never needs it

        model = self.critique_model(offline=offline)
        store, notices = self.citations()
        result = run_critique(transcript, scenario, store, model, prompts=self.prompts)
        return result.model_copy(update={"notices": [*result.notices, *notices]})

    def critique_session(
        self, viewer: Viewer, session_id: int, *, offline: bool = False
    ) -> Critique:
        """Critique the viewer's own stored session and store the critique with it."""
        return self._critique_record(self.practice.own(viewer, session_id), offline=offline)

    def _critique_record(self, record: SessionRecord, *, offline: bool = False) -> Critique:
        result = self.critique(to_transcript(record), offline=offline)
        body = result.model_dump(mode="json")
        self.repository.save_critique(record.id, result.mode, result.overall, body)
        return result
