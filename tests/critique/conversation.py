"""Small conversations for the critique's tests: counterpart and learner lines alternating."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.critique.evidence import CodedSession
from coach.critique.flaws import find_flaws
from coach.evals.critique_expert import ExpertTranscript
from coach.models import LearnerRole, Speaker, Transcript, TranscriptTurn
from coach.scenarios.models import FlawKind
from tests.paths import REPO


def conversation(*lines: str, scenario: str = "giving-feedback") -> Transcript:
    """A transcript whose even lines are the counterpart's and odd lines the learner's."""
    speakers = [Speaker.COUNTERPART, Speaker.LEARNER]
    turns = [TranscriptTurn(speaker=speakers[i % 2], text=t) for i, t in enumerate(lines)]
    return Transcript(scenario=scenario, turns=turns)


def session(*lines: str, name: str = "") -> CodedSession:
    """The coded session of such a conversation."""
    return CodedSession.of(conversation(*lines), name)


def flaw_kinds(
    *lines: str, role: LearnerRole = LearnerRole.MENTOR
) -> dict[FlawKind, tuple[int, ...]]:
    """The flaws the critique names in such a conversation, with the turns that carry each."""
    return {f.kind: f.turns for f in find_flaws(session(*lines), role)}


def expert_transcript(set_name: str, file: str) -> Transcript:
    """A frozen expert-scored transcript (evaluation/critique/SET/FILE) as the critique reads it."""
    path = REPO / "evaluation" / "critique" / set_name / file
    return ExpertTranscript.model_validate_json(path.read_text(encoding="utf-8")).transcript()


def expert_lines(set_name: str, file: str) -> list[str]:
    """The lines of a frozen expert-scored transcript, counterpart's first, as flaw_kinds
    takes them."""
    return [turn.text for turn in expert_transcript(set_name, file).turns]


def named_in_near_miss_and_good(
    set_name: str, stem: str, flaw: FlawKind, role: LearnerRole = LearnerRole.MENTOR
) -> tuple[bool, bool]:
    """Whether the critique names ``flaw`` in the set's ``stem`` near-miss and in its good
    transcript (a rule from a near-miss's miss asserts (True, False))."""
    near_miss = flaw_kinds(*expert_lines(set_name, f"{stem}-near_miss.json"), role=role)
    good = flaw_kinds(*expert_lines(set_name, f"{stem}-good.json"), role=role)
    return flaw in near_miss, flaw in good


def unmatched(pattern: re.Pattern[str], phrases: Iterable[str]) -> list[str]:
    """The phrases ``pattern`` finds nothing in (a test asserts there are none)."""
    return [phrase for phrase in phrases if not pattern.search(phrase)]
