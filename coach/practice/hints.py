"""The on-demand hint during practice, chosen by code from the last turns and the persona (pure).

The wording lives in prompts/hints.yaml; this module decides which situation applies.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from coach.coder.skills import code_turn
from coach.models import Act, CodedTurn, PersonaState, Speaker
from coach.practice import persona
from coach.practice.text import sentences
from coach.practice.topics import topic
from coach.prompts import PromptLibrary, shipped_prompts
from coach.scenarios.models import Scenario

GUARDED_BELOW = 35  # trust under which the persona reads as guarded (as persona.openness)
QUESTION_STREAK = 3  # questions in a row without a reflection before the hint says so
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
HINTS_FILE = "hints.yaml"
LISTENING = (Act.REFLECTION, Act.SUMMARY)
QUESTIONS = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)


class HintTemplates(BaseModel):
    """The hint wordings of prompts/hints.yaml, one per situation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: str
    judgment: str
    early_advice: str
    stacked: str
    closed_streak: str
    question_streak: str
    summarise: str
    guarded: str
    on_track: str
    example_with_topic: str
    example_plain: str


class Hint(BaseModel):
    """Which situation the hint answers, and what it says."""

    situation: str
    text: str


def load_hint_templates(prompts: PromptLibrary | None = None) -> HintTemplates:
    """The hint wordings of prompts/hints.yaml (or the folder COACH_PROMPTS_DIR names)."""
    return (prompts or shipped_prompts()).data(HINTS_FILE, HintTemplates)


def suggest_hint(
    scenario: Scenario,
    state: PersonaState,
    history: Sequence[tuple[Speaker, str]],
    templates: HintTemplates,
) -> Hint:
    """A short suggestion for the learner's next turn, from the conversation so far."""
    pairs = learner_turns_in_context(history)
    learner_turns = [text for text, _ in pairs]
    coded = [code_turn(text, context) for text, context in pairs]
    situation, values = _situation(state, coded, learner_turns, templates)
    values |= {
        "name": scenario.persona.name.split()[0],
        "openness": persona.openness(state),
        "unlocked_things": _things(len(state.unlocked)),
    }
    template = string.Template(getattr(templates, situation))
    return Hint(situation=situation, text=" ".join(template.safe_substitute(values).split()))


def _situation(
    state: PersonaState, coded: list[CodedTurn], texts: Sequence[str], templates: HintTemplates
) -> tuple[str, dict[str, object]]:
    """The first situation that applies, with the values only it needs."""
    if not coded:
        return "start", {}
    last = coded[-1]
    if last.has(Act.JUDGMENT):
        return "judgment", {}
    if last.has(Act.ADVICE) and not state.understood:
        return "early_advice", {}
    if last.features.stacked_questions:
        return "stacked", {}
    if (closed := _streak(coded, lambda t: t.has(Act.CLOSED_QUESTION))) >= 2:
        return "closed_streak", {"count": _count(closed), "example": _example(texts[-1], templates)}
    asking = _streak(coded, lambda t: t.has(*QUESTIONS) and not t.has(*LISTENING))
    if asking >= QUESTION_STREAK:
        return "question_streak", {"count": _count(asking)}
    return _by_state(state, coded), {}


def _by_state(state: PersonaState, coded: list[CodedTurn]) -> str:
    if state.unlocked and not any(t.has(Act.SUMMARY) for t in coded):
        return "summarise"
    if state.trust < GUARDED_BELOW:
        return "guarded"
    return "on_track"


def _streak(coded: list[CodedTurn], holds: Callable[[CodedTurn], bool]) -> int:
    """How many of the last turns in a row satisfy ``holds``."""
    count = 0
    for turn in reversed(coded):
        if not holds(turn):
            break
        count += 1
    return count


def _things(number: int) -> str:
    return "one thing" if number == 1 else f"{_count(number)} things"


def _count(number: int) -> str:
    return COUNT_WORDS.get(number, str(number))


def _example(text: str, templates: HintTemplates) -> str:
    """An open question about what the learner's last (closed) question was about."""
    asked = next((s for s in sentences(text) if s.endswith("?")), text)
    about = topic(asked)
    if about is None:
        return templates.example_plain
    return string.Template(templates.example_with_topic).safe_substitute(topic=about)


def learner_turns_in_context(
    history: Sequence[tuple[Speaker, str]],
) -> list[tuple[str, str | None]]:
    """Each learner turn with the counterpart's turn before it."""
    pairs: list[tuple[str, str | None]] = []
    context: str | None = None
    for speaker, text in history:
        if speaker == Speaker.LEARNER:
            pairs.append((text, context))
        else:
            context = text
    return pairs
