"""Metrics: exact on a small hand-computed transcript, premature advice, reflection depth."""

from __future__ import annotations

import pytest

from coach.coder.reflection_depth import reflection_depth
from coach.critique.evidence import code_transcript
from coach.critique.metrics import compute_metrics, reflection_ratio, word_count
from coach.critique.replay import replay_persona
from coach.models import Act, CodedTurn, Transcript, TranscriptTurn, TurnFeatures
from coach.scenarios.library import ScenarioLibrary

A = Act
# (speaker, text, hand-coded acts, question count) -- word counts are noted for the sums below.
SMALL = [
    ("counterpart", "I missed the deadline again and I feel terrible.", None, 0),  # 9
    ("learner", "Did you finish the report?", [A.CLOSED_QUESTION], 1),  # 5
    ("counterpart", "No. My manager keeps adding work.", None, 0),  # 6
    ("learner", "What got in the way?", [A.OPEN_QUESTION], 1),  # 5
    ("counterpart", "Meetings, mostly. I get no quiet hour for planning.", None, 0),  # 9
    ("learner", "So you get no quiet hour for planning.", [A.REFLECTION], 0),  # 8, simple
    ("counterpart", "Right. And I am anxious all the time.", None, 0),  # 8
    (
        "learner",
        "It sounds like you are anxious and stuck between your manager and the deadline.",
        [A.REFLECTION],
        0,
    ),  # 14, complex: "stuck" is a feeling they did not name
    ("counterpart", "Yes.", None, 0),  # 1
    ("learner", "You should block out your mornings.", [A.ADVICE], 0),  # 6
    ("counterpart", "I could try that.", None, 0),  # 4
    (
        "learner",
        "How did the week go? Did anyone help?",
        [A.OPEN_QUESTION, A.CLOSED_QUESTION],
        2,
    ),  # 8
    ("counterpart", "Not really.", None, 0),  # 2
    ("learner", "You are being lazy about it.", [A.JUDGMENT], 0),  # 6
    ("counterpart", "That is not fair.", None, 0),  # 4
]


def small_transcript() -> tuple[Transcript, list[CodedTurn | None]]:
    turns = [TranscriptTurn(speaker=s, text=t) for s, t, _, _ in SMALL]
    coded = [
        None
        if acts is None
        else CodedTurn(
            acts=acts,
            features=TurnFeatures(words=word_count(text), questions=q, stacked_questions=q >= 2),
        )
        for _, text, acts, q in SMALL
    ]
    return Transcript(scenario="giving-feedback", turns=turns), coded


def test_metrics_match_the_hand_computed_values() -> None:
    transcript, coded = small_transcript()
    m = compute_metrics(transcript, coded)
    assert m.learner_turns == 7
    assert m.act_counts["closed_question"] == 2 and m.act_counts["open_question"] == 2
    assert m.act_counts["reflection"] == 2 and m.act_counts["summary"] == 0
    assert m.act_counts["advice"] == 1 and m.act_counts["judgment"] == 1
    assert set(m.act_counts) == {a.value for a in Act}
    assert (m.questions, m.open_questions, m.closed_questions) == (4, 2, 2)
    assert m.percent_open_questions == 50.0  # 2 / 4
    assert m.reflections == 2
    assert m.reflection_to_question_ratio == 0.5  # (2 reflections + 0 summaries) / 4
    assert m.reflection_to_question_band == "poor"
    assert m.complex_reflection_share == 0.5  # turn 5 simple, turn 7 complex
    assert m.learner_talk_share == 0.547  # 52 learner words of 95
    assert m.mean_learner_turn_words == 7.4  # 52 / 7
    assert m.stacked_questions == 1
    assert (m.premature_advice, m.premature_advice_turns) == (0, [])  # an open question came first
    assert (m.judgments, m.judgment_turns) == (1, [13])


def test_coder_agrees_with_the_hand_coding_of_the_small_transcript() -> None:
    transcript, coded = small_transcript()
    assert compute_metrics(transcript, code_transcript(transcript)) == compute_metrics(
        transcript, coded
    )


def test_advice_before_any_listening_move_is_premature() -> None:
    transcript = Transcript(
        scenario="giving-feedback",
        turns=[
            TranscriptTurn(speaker="counterpart", text="I froze at the meeting."),
            TranscriptTurn(speaker="learner", text="You should prepare better next time."),
            TranscriptTurn(speaker="counterpart", text="Maybe."),
            TranscriptTurn(speaker="learner", text="What happened at the meeting?"),
            TranscriptTurn(speaker="counterpart", text="They kept asking about the budget."),
            TranscriptTurn(speaker="learner", text="You should write the figures down."),
        ],
    )
    m = compute_metrics(transcript, code_transcript(transcript))
    assert m.premature_advice_turns == [1]


def test_with_a_replay_advice_also_waits_for_the_first_disclosure() -> None:
    scenario = ScenarioLibrary().get("giving-feedback")
    transcript = Transcript(
        scenario=scenario.id,
        turns=[
            TranscriptTurn(speaker="counterpart", text=scenario.opening_line),
            TranscriptTurn(speaker="learner", text="How did the evenings go?"),
            TranscriptTurn(speaker="counterpart", text="Badly."),
            TranscriptTurn(speaker="learner", text="You should use simpler words."),
        ],
    )
    coded = code_transcript(transcript)
    replay = replay_persona(scenario, transcript.difficulty, transcript, coded)
    assert replay.first_disclosure_turn() is None
    assert compute_metrics(transcript, coded).premature_advice_turns == []
    assert compute_metrics(transcript, coded, replay).premature_advice_turns == [3]


@pytest.mark.parametrize(
    ("listening", "questions", "expected"),
    [(4, 2, (2.0, "good")), (3, 3, (1.0, "fair")), (1, 3, (0.33, "poor")),
     (2, 0, (None, "good")), (0, 0, (None, "n/a"))],
)  # fmt: skip
def test_reflection_to_question_bands(
    listening: int, questions: int, expected: tuple[float | None, str]
) -> None:
    assert reflection_ratio(listening, questions) == expected


@pytest.mark.parametrize(
    ("reflection", "previous", "depth"),
    [
        ("So the meetings eat your planning time.", "The meetings eat my planning time.", "simple"),
        ("On the one hand you want it, and on the other it scares you.", "I want it.", "complex"),
        ("You sound worried about the review.", "The review is on Friday.", "complex"),
        ("It sounds like the whole team depends on you.", "I fixed the build again.", "complex"),
        ("You fixed it.", "I fixed it.", None),  # too few content words to tell
        ("It sounds like the build broke.", None, None),  # nothing to compare with
    ],
)
def test_reflection_depth_heuristic(
    reflection: str, previous: str | None, depth: str | None
) -> None:
    assert reflection_depth(reflection, previous) == depth


def test_misaligned_coding_is_a_bug() -> None:
    transcript, coded = small_transcript()
    with pytest.raises(ValueError):
        compute_metrics(transcript, coded[:-1])
