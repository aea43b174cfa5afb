"""Metrics: exact on a small hand-coded transcript, agreeing with the flaws, reflection depth."""

from __future__ import annotations

import pytest

from coach.coder.anchor import anchor
from coach.coder.reflection_depth import reflection_depth
from coach.critique.evidence import CodedSession
from coach.critique.flaws import find_flaws
from coach.critique.metrics import compute_metrics, reflection_ratio, word_count
from coach.models import Act, CodedTurn, LearnerRole, Transcript, TranscriptTurn, TurnFeatures
from coach.scenarios.models import FlawKind

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


def small_session() -> CodedSession:
    """The hand-coded acts, with the anchors the coder would find in the line before."""
    turns = [TranscriptTurn(speaker=s, text=t) for s, t, _, _ in SMALL]
    coded = [
        None
        if acts is None
        else CodedTurn(
            acts=acts,
            features=TurnFeatures(words=word_count(text), questions=q, stacked_questions=q >= 2),
            anchor=anchor(text, SMALL[i - 1][1]),
        )
        for i, (_, text, acts, q) in enumerate(SMALL)
    ]
    return CodedSession(Transcript(scenario="giving-feedback", turns=turns), coded)


def test_metrics_match_the_hand_computed_values() -> None:
    session = small_session()
    flaws = find_flaws(session, LearnerRole.MENTOR)
    m = compute_metrics(session, flaws)
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
    # advice after two turns that said back what was heard (turns 5 and 7) is not premature
    assert (m.premature_advice, m.premature_advice_turns) == (0, [])
    assert (m.judgments, m.judgment_turns) == (1, [13])


def test_metrics_agree_with_the_flaws_they_count() -> None:
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
    session = CodedSession.of(transcript)
    flaws = find_flaws(session, LearnerRole.MENTOR)
    m = compute_metrics(session, flaws)
    advice = next(f for f in flaws if f.kind is FlawKind.PREMATURE_ADVICE)
    assert m.premature_advice_turns == list(advice.turns) == [1, 5]  # nothing said back first
    assert compute_metrics(session).premature_advice_turns == []  # no flaws given, none counted


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


def test_a_turn_that_is_not_the_learners_has_no_coding() -> None:
    session = small_session()
    with pytest.raises(ValueError):
        session.coding(0)
