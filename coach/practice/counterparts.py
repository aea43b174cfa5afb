"""The two players of the persona: the offline engine and an LLM behind the ChatModel port."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from coach.models import Difficulty, Mode, PersonaUpdate, Speaker, Usage
from coach.ports import ChatModel
from coach.practice.offline import OfflineCounterpart
from coach.practice.offline_lines import OfflineLines
from coach.practice.prompt import build_messages
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario


class OfflinePlayer:
    """Plays the persona from the scenario's authored material; no model involved."""

    mode = Mode.OFFLINE

    def __init__(self, scenario: Scenario, seed: int = 0, lines: OfflineLines | None = None):
        self._engine = OfflineCounterpart(scenario, seed=seed, lines=lines)

    @property
    def last_usage(self) -> Usage | None:
        return None

    def respond(
        self, update: PersonaUpdate, text: str, history: Sequence[tuple[Speaker, str]]
    ) -> Iterator[str]:
        said = [line for speaker, line in history if speaker is Speaker.COUNTERPART]
        earlier = history[:-1] if history and history[-1] == (Speaker.LEARNER, text) else history
        heard = [line for speaker, line in earlier if speaker is Speaker.LEARNER]
        yield self._engine.reply(update, text, said, heard)


class LLMPlayer:
    """Plays the persona with a chat model: one model call per learner turn."""

    mode = Mode.LLM

    def __init__(
        self, scenario: Scenario, difficulty: Difficulty, model: ChatModel, prompts: PromptLibrary
    ) -> None:
        self._scenario, self._difficulty = scenario, difficulty
        self._model, self._prompts = model, prompts

    @property
    def last_usage(self) -> Usage | None:
        return self._model.last_usage

    def respond(
        self, update: PersonaUpdate, text: str, history: Sequence[tuple[Speaker, str]]
    ) -> Iterator[str]:
        messages = build_messages(self._scenario, self._difficulty, update, history, self._prompts)
        yield from self._model.stream(messages)
