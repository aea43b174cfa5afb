"""What came out is read from the counterpart's own lines; a replay is only an estimate."""

from __future__ import annotations

from coach.critique.evidence import code_transcript
from coach.critique.outcome import outcome_from_transcript, says
from coach.critique.replay import replay_persona
from coach.models import Speaker, Transcript, TranscriptTurn
from coach.scenarios.library import ScenarioLibrary

SCENARIO = ScenarioLibrary().get("building-trust")


def _outcome(transcript: Transcript):  # type: ignore[no-untyped-def]
    replay = replay_persona(
        SCENARIO, transcript.difficulty, transcript, code_transcript(transcript)
    )
    return outcome_from_transcript(SCENARIO, transcript.difficulty, transcript, replay)


def _turns(*pairs: tuple[str, str]) -> Transcript:
    turns = [TranscriptTurn(speaker=Speaker(s), text=t) for s, t in pairs]
    return Transcript(scenario=SCENARIO.id, turns=turns)


def test_a_concern_came_out_when_the_counterpart_said_it_in_its_own_words() -> None:
    disclosure = next(d for d in SCENARIO.disclosures if d.concern)
    transcript = _turns(
        ("counterpart", SCENARIO.opening_line),
        ("learner", "What's the job like, day to day?"),
        ("counterpart", disclosure.text),
    )
    outcome = _outcome(transcript)
    assert not outcome.estimated
    assert [c.id for c in outcome.uncovered] == [disclosure.concern]
    assert outcome.uncovered[0].turn == 1  # after the learner's first turn
    assert disclosure.id in outcome.disclosures


def test_nothing_came_out_when_the_counterpart_said_nothing_of_it() -> None:
    transcript = _turns(
        ("counterpart", SCENARIO.opening_line),
        ("learner", "You should read a leadership book."),
        ("counterpart", "Sure. I'll put it on the list."),
    )
    outcome = _outcome(transcript)
    assert outcome.uncovered == [] and len(outcome.missed) == len(SCENARIO.hidden_concerns)


def test_without_counterpart_lines_the_replay_is_an_estimate() -> None:
    transcript = _turns(("learner", "What's been hardest since the promotion?"))
    assert _outcome(transcript).estimated


def test_a_paraphrase_counts_and_an_unrelated_line_does_not() -> None:
    disclosure = next(d for d in SCENARIO.disclosures if len(d.keywords) >= 2)
    paraphrase = " and ".join(disclosure.keywords[:2]) + ", that's the truth of it."
    assert says(paraphrase, disclosure)
    assert not says("The weather's been fine this week.", disclosure)
