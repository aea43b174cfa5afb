"""The configured language model writing critiques of the expert-scored transcripts.

Each transcript goes through the LLM critique exactly as in the app (the code's measures,
the model's draft, one repair after malformed output, the checks, the offline critique as
the fallback). A counting wrapper around the model tells repairs from first-time answers;
the critique's own notices tell what the checks removed and whether it fell back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel

from coach.critique.llm import MalformedOutput, run_critique
from coach.critique.models import Critique
from coach.evals.critique_expert import ExpertTranscript, spearman
from coach.models import ChatMessage, Mode, Transcript, Usage
from coach.ports import GuidanceSearch, StructuredModel
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario

T = TypeVar("T", bound=BaseModel)
Progress = Callable[[str], None]


class CritiqueRecord(BaseModel):
    """One LLM critique of an expert transcript."""

    file: str
    expert: int
    code: int  # the offline critique's overall: what the code alone says
    overall: int
    fell_back: bool  # the model's answer could not be used: the offline critique was shown
    malformed: int  # answers that did not match the structure (0, 1 or 2)
    calls: int
    dropped_quotes: int
    dropped_citations: int
    total_s: float
    usage: Usage


class CritiqueQualification(BaseModel):
    records: list[CritiqueRecord]
    spearman_expert: float
    spearman_code: float


class CountingModel:
    """Passes calls to the model, counting them, malformed answers and tokens."""

    def __init__(self, model: StructuredModel) -> None:
        self._model = model
        self.calls = self.malformed = 0
        self.usages: list[Usage | None] = []
        self.last_usage: Usage | None = None

    def generate(self, messages: Sequence[ChatMessage], schema: type[T]) -> T:
        self.calls += 1
        try:
            return self._model.generate(messages, schema)
        except MalformedOutput:
            self.malformed += 1
            raise
        finally:
            self.last_usage = self._model.last_usage
            self.usages.append(self.last_usage)


def total_usage(usages: Sequence[Usage | None]) -> Usage:
    """The tokens of several calls together (calls that reported none count nothing)."""
    found = [u for u in usages if u is not None]
    return Usage(
        prompt_tokens=sum(u.prompt_tokens for u in found),
        completion_tokens=sum(u.completion_tokens for u in found),
        cached_tokens=sum(u.cached_tokens for u in found),
    )


def qualify_critique(
    items: dict[str, ExpertTranscript],
    scenarios: Callable[[str], Scenario],
    model: StructuredModel,
    store: GuidanceSearch | None,
    prompts: PromptLibrary,
    progress: Progress = lambda _: None,
) -> CritiqueQualification:
    records = []
    for number, (name, item) in enumerate(items.items(), 1):
        progress(f"critique {number} of {len(items)}: {name}")
        records.append(_critique(name, item, scenarios(item.scenario), model, store, prompts))
    return CritiqueQualification(
        records=records,
        spearman_expert=round(
            spearman([r.expert for r in records], [r.overall for r in records]), 3
        ),
        spearman_code=round(spearman([r.code for r in records], [r.overall for r in records]), 3),
    )


def _critique(
    name: str,
    item: ExpertTranscript,
    scenario: Scenario,
    model: StructuredModel,
    store: GuidanceSearch | None,
    prompts: PromptLibrary,
) -> CritiqueRecord:
    transcript: Transcript = item.transcript()
    code = run_critique(transcript, scenario, store, None, prompts=prompts)
    counting = CountingModel(model)
    started = time.perf_counter()
    critique = run_critique(transcript, scenario, store, counting, prompts=prompts)
    return CritiqueRecord(
        file=name,
        expert=item.expert_score,
        code=code.overall,
        overall=critique.overall,
        fell_back=critique.mode is Mode.OFFLINE,
        malformed=counting.malformed,
        calls=counting.calls,
        dropped_quotes=_removed(critique, "quote"),
        dropped_citations=_removed(critique, "citation"),
        total_s=time.perf_counter() - started,
        usage=total_usage(counting.usages),
    )


def _removed(critique: Critique, what: str) -> int:
    """How many ``what``s the checks removed, read from the critique's notices."""
    total = 0
    for notice in critique.notices:
        head = notice.split()
        if notice.startswith("Removed ") and len(head) > 2 and head[2].startswith(what):
            total += int(head[1]) if head[1].isdigit() else 1
    return total
