"""Critique validity cases: the shipped index and transcripts, and the errors the loader gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from coach.critique.wording import load_critique_wording
from coach.errors import CoachError
from coach.evals.critique_cases import (
    CritiqueCaseError,
    default_cases_path,
    load_critique_cases,
    transcript_refs,
)
from coach.models import Speaker

CASES = default_cases_path()


def learner_turns(ref: str) -> int:
    data = json.loads((CASES.parent / ref).read_text(encoding="utf-8"))
    return sum(turn["speaker"] == Speaker.LEARNER for turn in data["turns"])


def test_shipped_cases_load_and_meet_the_brief() -> None:
    case_set = load_critique_cases(CASES)
    cases = case_set.cases
    new_pairs = [p for p in cases.pairs if not p.good.startswith("../")]
    assert len(cases.pairs) >= 12 and len(new_pairs) >= 8
    assert len({p.scenario for p in cases.pairs}) >= 6
    assert "asking-for-help" in {p.scenario for p in new_pairs}
    assert len(cases.near_misses) >= 6
    assert len(case_set.transcripts) == len(transcript_refs(cases))


def test_new_transcripts_have_eight_to_twelve_learner_turns() -> None:
    cases = load_critique_cases(CASES).cases
    refs = [r for p in cases.pairs for r in (p.good, p.poor) if not r.startswith("../")]
    refs += [n.transcript for n in cases.near_misses]
    assert {ref: learner_turns(ref) for ref in refs if not 8 <= learner_turns(ref) <= 12} == {}


def test_near_miss_flaws_are_growth_areas_with_their_skill() -> None:
    wording = load_critique_wording()
    for near in load_critique_cases(CASES).cases.near_misses:
        assert wording.growth_area(near.flaw.kind).skill == near.flaw.skill


def test_near_misses_differ_from_their_base_at_the_flaw() -> None:
    case_set = load_critique_cases(CASES)
    for near in case_set.cases.near_misses:
        assert near.based_on is not None
        flawed = case_set.transcripts[near.transcript].turns
        base = case_set.transcripts[near.based_on].turns
        changed = {i for i, turn in enumerate(flawed) if i >= len(base) or turn != base[i]}
        assert changed, near.id
        assert set(near.turns) <= changed, near.id


def write_case(tmp_path: Path, index: dict[str, object], transcripts: dict[str, dict]) -> Path:
    for name, data in transcripts.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    path = tmp_path / "cases.yaml"
    path.write_text(yaml.safe_dump(index), encoding="utf-8")
    return path


TURNS = [
    {"speaker": "counterpart", "text": "Hello."},
    {"speaker": "learner", "text": "What brings you here today?"},
]
PAIR = {
    "id": "p",
    "scenario": "giving-feedback",
    "situation": "A small test pair.",
    "good": "a.json",
}
NEAR = {
    "id": "n",
    "scenario": "giving-feedback",
    "transcript": "a.json",
    "flaw": {"kind": "judgment", "skill": "feedback"},
    "turns": [1],
    "note": "One judgment in turn one.",
}


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (
            {"near_misses": [{**NEAR, "flaw": {"kind": "rudeness", "skill": "feedback"}}]},
            "near_misses.0.flaw.kind",
        ),
        ({"near_misses": [{**NEAR, "flaw": {"kind": "judgment", "skill": "summaries"}}]}, "cites"),
        ({"near_misses": [{**NEAR, "turns": [0]}]}, "turn 0 is not a learner turn"),
        ({"near_misses": [{**NEAR, "scenario": "building-trust"}]}, "case says 'building-trust'"),
        ({"near_misses": [{**NEAR, "transcript": "gone.json"}]}, "gone.json"),
        ({"near_misses": [{**NEAR, "id": "p"}]}, "repeated: p"),
        ({"near_misses": [{**NEAR, "colour": "red"}]}, "colour"),
    ],
)
def test_bad_cases_are_one_clear_error(
    tmp_path: Path, change: dict[str, object], fragment: str
) -> None:
    index = {"pairs": [{**PAIR, "poor": "a.json"}], **change}
    path = write_case(tmp_path, index, {"a.json": {"scenario": "giving-feedback", "turns": TURNS}})
    with pytest.raises(CoachError) as caught:
        load_critique_cases(path)
    assert fragment in str(caught.value)


def test_a_missing_index_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(CritiqueCaseError, match="missing.yaml"):
        load_critique_cases(tmp_path / "missing.yaml")
