"""Rewrites of a learner's turn: built from the counterpart's words, grammatical, for the role.

The grammar check runs over every rewrite the shipped evaluation transcripts (pairs,
near-misses and the critique's development set) produce: well over a hundred.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from coach.coder.questions import questions
from coach.coder.skills import code_turn
from coach.critique.facts import analyse
from coach.critique.flaws import Flaw
from coach.critique.grammar import problems
from coach.critique.models import Rewrite
from coach.critique.rewrites import rewrite_for
from coach.critique.wording import load_rewrite_templates
from coach.models import Act, LearnerRole, Speaker, Transcript, TranscriptTurn
from coach.practice.transcript_json import parse_transcript_json
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import FlawKind
from tests.paths import REPO

TEMPLATES = load_rewrite_templates()
LIBRARY = ScenarioLibrary()
SETS = ("pairs", "near-misses", "expert-dev")
MENTOR_ONLY = ("Before I suggest anything", "Tell me more about", "What's one step you could take")


def _files() -> list[str]:
    root = REPO / "evaluation" / "critique"
    return sorted(str(p) for folder in SETS for p in (root / folder).glob("*.json"))


@cache
def _load(path: str) -> Transcript:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return parse_transcript_json(json.dumps({k: data[k] for k in ("scenario", "turns")}))


def _rewrites() -> Iterator[tuple[str, Flaw, LearnerRole, Rewrite]]:
    for path in _files():
        transcript = _load(path)
        facts = analyse(transcript, LIBRARY.get(transcript.scenario))
        for flaw in facts.flaws:
            rewrite = rewrite_for(flaw, facts.session, facts.role, TEMPLATES)
            if rewrite is not None:
                yield path, flaw, facts.role, rewrite


@cache
def all_rewrites() -> list[tuple[str, Flaw, LearnerRole, Rewrite]]:
    return list(_rewrites())


def _plain(kind: FlawKind, role: LearnerRole) -> set[str]:
    if kind in (FlawKind.STACKED_QUESTIONS, FlawKind.CLOSED_QUESTIONS):
        return {TEMPLATES.closed_to_open.plain, TEMPLATES.closed_to_open.fallback}
    return {TEMPLATES.flaws[kind].for_role(role).plain}


def test_over_a_hundred_rewrites_are_all_grammatical() -> None:
    found = all_rewrites()
    assert len(found) >= 100
    slips = [(r.suggested, problems(r.suggested)) for _, _, _, r in found if problems(r.suggested)]
    assert slips == []


def test_most_rewrites_use_the_counterparts_words_not_the_plain_fallback() -> None:
    found = all_rewrites()
    own = [r for _, flaw, role, r in found if r.suggested not in _plain(flaw.kind, role)]
    assert len(own) / len(found) >= 0.5, len(own) / len(found)


def test_a_rewrite_replaces_a_real_learner_turn_and_never_keeps_a_judgment() -> None:
    for path, flaw, _, rewrite in all_rewrites():
        turn = _load(path).turns[rewrite.turn]
        assert turn.speaker is Speaker.LEARNER and rewrite.original == turn.text
        assert rewrite.suggested != rewrite.original
        if flaw.kind is FlawKind.JUDGMENT:
            assert Act.JUDGMENT not in code_turn(rewrite.suggested).acts, rewrite.suggested


def test_a_mentees_rewrites_are_a_mentees() -> None:
    mentee = [r for _, _, role, r in all_rewrites() if role is LearnerRole.MENTEE]
    assert mentee
    for rewrite in mentee:
        assert not any(phrase in rewrite.suggested for phrase in MENTOR_ONLY), rewrite.suggested


def test_stacked_questions_keep_one_and_closed_ones_open_up() -> None:
    kinds = {flaw.kind: r for _, flaw, _, r in all_rewrites()}
    stacked = kinds[FlawKind.STACKED_QUESTIONS]
    assert code_turn(stacked.original).features.stacked_questions
    assert len(questions(stacked.suggested)) == 1
    closed = [r for _, f, _, r in all_rewrites() if f.kind is FlawKind.CLOSED_QUESTIONS]
    assert closed and all(Act.OPEN_QUESTION in code_turn(r.suggested).acts for r in closed)


def _conversation(*lines: str, scenario: str = "giving-feedback") -> Transcript:
    speakers = [Speaker.COUNTERPART, Speaker.LEARNER] * len(lines)
    return Transcript(
        scenario=scenario,
        turns=[TranscriptTurn(speaker=s, text=t) for s, t in zip(speakers, lines, strict=False)],
    )


def test_a_judgment_is_answered_with_their_own_words_in_the_learners_voice() -> None:
    transcript = _conversation(
        "I walked that site eleven times before I drew a line.",
        "That was careless of you, frankly.",
    )
    facts = analyse(transcript, LIBRARY.get("giving-feedback"))
    flaw = Flaw(FlawKind.JUDGMENT, (1,), 3.0)
    rewrite = rewrite_for(flaw, facts.session, LearnerRole.MENTOR, TEMPLATES)
    assert rewrite is not None
    assert rewrite.suggested.startswith("So you walked that site eleven times")
    assert "careless" not in rewrite.suggested


@pytest.mark.parametrize("kind", [k for k in FlawKind if k is not FlawKind.MISSED_CONCERNS])
def test_every_flaw_has_wording_for_both_roles(kind: FlawKind) -> None:
    if kind in (FlawKind.STACKED_QUESTIONS, FlawKind.CLOSED_QUESTIONS):
        assert TEMPLATES.closed_to_open.rules
        return
    for role in LearnerRole:
        wording = TEMPLATES.flaws[kind].for_role(role)
        assert problems(wording.plain) == [], wording.plain
