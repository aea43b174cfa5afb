"""Persona replay over a transcript, and what it says about the hidden concerns."""

from __future__ import annotations

import pytest

from coach.critique.evidence import code_transcript
from coach.critique.replay import PersonaReplay, persona_outcome, replay_persona
from coach.models import Difficulty, Speaker, Transcript
from coach.practice import persona
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario
from tests.paths import REPO

TRANSCRIPTS = REPO / "evaluation" / "critique" / "pairs"
LIBRARY = ScenarioLibrary()


def load(name: str) -> Transcript:
    return Transcript.model_validate_json((TRANSCRIPTS / name).read_text(encoding="utf-8"))


def replayed(
    name: str, difficulty: Difficulty | None = None
) -> tuple[Transcript, Scenario, Difficulty, PersonaReplay]:
    transcript = load(name)
    scenario = LIBRARY.get(transcript.scenario)
    level = difficulty or transcript.difficulty
    replay = replay_persona(scenario, level, transcript, code_transcript(transcript))
    return transcript, scenario, level, replay


def test_replay_steps_the_persona_once_per_learner_turn_in_order() -> None:
    transcript, scenario, level, replay = replayed("giving-feedback-good.json")
    learner = [i for i, t in enumerate(transcript.turns) if t.speaker is Speaker.LEARNER]
    assert [s.turn for s in replay.steps] == learner
    coded = code_transcript(transcript)
    state = persona.initial_state(scenario, level)
    assert replay.start == state
    for step in replay.steps:
        text, coding = transcript.turns[step.turn].text, coded[step.turn]
        assert coding is not None
        expected = persona.step(scenario, level, state, coding, text)
        assert step.before == state and step.update == expected
        state = expected.state
    assert replay.end == state


def test_state_before_a_turn_is_the_state_after_the_previous_learner_turn() -> None:
    _, _, _, replay = replayed("giving-feedback-good.json")
    first, second = replay.steps[0], replay.steps[1]
    assert replay.state_before(first.turn) == replay.start
    assert replay.state_before(second.turn) == first.after
    assert replay.state_before(second.turn + 1) == second.after


def test_outcome_of_a_good_listener_names_the_uncovered_concerns_and_when() -> None:
    transcript, scenario, level, replay = replayed("giving-feedback-good.json")
    outcome = persona_outcome(scenario, level, replay)
    assert outcome.uncovered, "a good listener uncovers something"
    all_ids = [c.id for c in scenario.hidden_concerns]
    assert sorted(c.id for c in outcome.uncovered + outcome.missed) == sorted(all_ids)
    earned = replay.disclosure_turns()
    assert outcome.disclosures == list(earned)
    for concern in outcome.uncovered:
        assert concern.turn is not None
        assert transcript.turns[concern.turn].speaker is Speaker.LEARNER
        disclosure_turns = [
            earned[d.id] for d in scenario.disclosures if d.concern == concern.id and d.id in earned
        ]
        assert concern.turn == min(disclosure_turns)
    assert outcome.trust_start == scenario.difficulty[level].starting_trust
    assert outcome.trust_trace[-1] == {"turn": replay.steps[-1].turn, "trust": outcome.trust_end}
    assert len(outcome.trust_trace) == len(replay.steps)


def test_a_poor_listener_uncovers_less_and_loses_trust() -> None:
    _, scenario, level, good = replayed("giving-feedback-good.json")
    _, _, _, poor = replayed("giving-feedback-poor.json")
    good_outcome = persona_outcome(scenario, level, good)
    poor_outcome = persona_outcome(scenario, level, poor)
    assert len(poor_outcome.uncovered) < len(good_outcome.uncovered)
    assert poor_outcome.trust_end < poor_outcome.trust_start < good_outcome.trust_end


def test_harder_difficulty_never_earns_more_disclosures() -> None:
    easy = replayed("setting-boundaries-good.json", Difficulty.EASY)[3]
    hard = replayed("setting-boundaries-good.json", Difficulty.HARD)[3]
    assert len(hard.disclosure_turns()) <= len(easy.disclosure_turns())
    assert hard.start.trust < easy.start.trust


def test_a_concern_behind_two_disclosures_counts_from_the_first() -> None:
    base = LIBRARY.get("giving-feedback")
    data = base.model_dump(mode="json")
    data["disclosures"][1]["concern"] = data["disclosures"][0]["concern"]
    scenario = Scenario.model_validate(data)
    transcript = load("giving-feedback-good.json")
    level = transcript.difficulty
    replay = replay_persona(scenario, level, transcript, code_transcript(transcript))
    outcome = persona_outcome(scenario, level, replay)
    earned = replay.disclosure_turns()
    shared = data["disclosures"][0]["concern"]
    first = min(earned[data["disclosures"][0]["id"]], earned[data["disclosures"][1]["id"]])
    assert next(c for c in outcome.uncovered if c.id == shared).turn == first
    assert data["disclosures"][1]["id"] in outcome.disclosures


def test_misaligned_coding_is_rejected() -> None:
    transcript = load("giving-feedback-good.json")
    scenario = LIBRARY.get(transcript.scenario)
    with pytest.raises(ValueError):
        replay_persona(scenario, transcript.difficulty, transcript, [])
