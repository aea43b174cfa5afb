"""The on-demand hint during practice, chosen by code from the last turns and the persona (pure).

The wording lives in prompts/hints.yaml; this module decides which situation applies.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from coach.coder.skills import code_turn
from coach.critique.phrasing import topic
from coach.errors import PromptError
from coach.models import Act, CodedTurn, PersonaState
from coach.practice import persona
from coach.scenarios.models import Scenario
from coach.validation import field_path

GUARDED_BELOW = 35  # trust under which the persona reads as guarded (as persona.openness)
QUESTION_STREAK = 3  # questions in a row without a reflection before the hint says so
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
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


def parse_hint_templates(text: str, source: str = "prompts/hints.yaml") -> HintTemplates:
    """The templates in ``text`` (YAML); a missing or unknown key names the file and the key."""
    try:
        return HintTemplates.model_validate(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise PromptError(f"{source} is not valid YAML ({exc}); fix it or reinstall.") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{field_path(e['loc'], 'the file')}: {e['msg'].lower()}" for e in exc.errors()
        )
        raise PromptError(f"{source} is not valid ({problems}); fix it or reinstall.") from None


def suggest_hint(
    scenario: Scenario, state: PersonaState, learner_turns: Sequence[str], templates: HintTemplates
) -> Hint:
    """A short suggestion for the learner's next turn."""
    coded = [code_turn(text) for text in learner_turns]
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
    about = topic(text.split("?")[0])
    if about is None:
        return templates.example_plain
    return string.Template(templates.example_with_topic).safe_substitute(topic=about)
