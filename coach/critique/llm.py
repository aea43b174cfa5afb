"""The LLM critique: the code's critique first, then a model's draft that code checks (pure).

The model only ever refines: metrics come from code, scores stay within a point of the
measured ones and together move the overall a few points at most, its overview must fit the
band of the overall shown, and anything it claims about the learner's words is checked
against the transcript. When the model cannot be reached or keeps answering in a broken shape, the
learner gets the offline critique with a notice saying so.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.critique.checks import checked_critique
from coach.critique.draft import LLMCritiqueDraft
from coach.critique.growth import citation_from
from coach.critique.models import Citation, Critique
from coach.critique.offline import OFFLINE_NOTICE, critique_offline, measure
from coach.critique.overall import load_tone
from coach.critique.prompt import critique_messages, repair_message
from coach.errors import CoachError, LLMError
from coach.models import ChatMessage, Mode, Transcript
from coach.ports import GuidanceSearch, StructuredModel
from coach.prompts import PromptLibrary, shipped_prompts
from coach.scenarios.models import Scenario

PASSAGES_PER_AREA = 2
SCENARIO_PASSAGES = 3
MAX_PASSAGES = 8  # enough to ground a few growth areas without burying the transcript
MALFORMED_NOTICE = (
    "The LLM critique failed (the model's answer was not in the expected shape twice), "
    "so this is the offline critique."
)
UNREACHABLE_NOTICE = "The LLM critique failed, so this is the offline critique."


class MalformedOutput(CoachError):
    """The model answered, but not in the shape asked for; ``raw`` is what it sent."""

    def __init__(self, problem: str, raw: str = "") -> None:
        super().__init__(
            f"The language model's answer did not match the expected structure ({problem}); "
            "try again."
        )
        self.problem = problem
        self.raw = raw


def run_critique(
    transcript: Transcript,
    scenario: Scenario,
    store: GuidanceSearch | None,
    model: StructuredModel | None,
    *,
    prompts: PromptLibrary | None = None,
) -> Critique:
    """The critique the CLI and UI show: with the LLM when a model is given, else offline."""
    if model is None:
        return critique_offline(transcript, scenario, store, prompts=prompts)
    return critique_with_llm(transcript, scenario, store, model, prompts=prompts)


def critique_with_llm(
    transcript: Transcript,
    scenario: Scenario,
    store: GuidanceSearch | None,
    model: StructuredModel,
    *,
    prompts: PromptLibrary | None = None,
) -> Critique:
    """The offline critique refined by the model's checked draft, or the offline one on failure."""
    library = prompts or shipped_prompts()
    measured = measure(transcript, scenario, store, prompts=library)
    passages = guidance_for(measured.critique, scenario, store)
    messages = critique_messages(transcript, scenario, measured.critique, passages, library)
    try:
        draft = draft_with_repair(model, messages, library)
    except MalformedOutput:
        return _offline(measured.critique, MALFORMED_NOTICE)
    except LLMError as exc:
        return _offline(measured.critique, f"{UNREACHABLE_NOTICE} {exc}")
    refined = _without_caveat(measured.critique)
    return checked_critique(
        draft,
        refined,
        transcript,
        scenario,
        passages,
        narrate=measured.narrate,
        tone=load_tone(library),
        evidence_turns=measured.evidence_turns,
        terms=measured.terms,
    )


def draft_with_repair(
    model: StructuredModel, messages: Sequence[ChatMessage], prompts: PromptLibrary
) -> LLMCritiqueDraft:
    """The model's draft; after a malformed answer, one more try that names the problem.

    The broken answer itself is not sent back: it may repeat the learner's words outside the
    transcript's delimiters, and the model does better rewriting from the material anyway.
    """
    try:
        return model.generate(messages, LLMCritiqueDraft)
    except MalformedOutput as exc:
        return model.generate([*messages, repair_message(exc.problem, prompts)], LLMCritiqueDraft)


def guidance_for(
    measured: Critique, scenario: Scenario, store: GuidanceSearch | None
) -> list[Citation]:
    """The passages the model may cite: the code's citations, then searches for its findings."""
    cited = [c for area in measured.growth_areas for c in area.guidance]
    if store is None:
        return cited[:MAX_PASSAGES]
    found = [
        p
        for area in measured.growth_areas
        for p in store.search(f"{area.title}. {area.detail}", PASSAGES_PER_AREA, [area.skill])
    ]
    about_scenario = " ".join([scenario.summary, *scenario.learning_objectives])
    found += store.search(about_scenario, SCENARIO_PASSAGES, scenario.skills)
    unique: dict[str, Citation] = {}
    for passage in [*cited, *map(citation_from, found)]:
        unique.setdefault(passage.chunk_id, passage)
    return list(unique.values())[:MAX_PASSAGES]


def _without_caveat(measured: Critique) -> Critique:
    """The measured critique without the offline caveat, which describes rules-only scoring."""
    notices = [n for n in measured.notices if n != OFFLINE_NOTICE]
    return measured.model_copy(update={"notices": notices})


def _offline(measured: Critique, notice: str) -> Critique:
    return measured.model_copy(
        update={"mode": Mode.OFFLINE, "notices": [*measured.notices, notice]}
    )
