"""Questions one by one: what asks nothing new, open or closed, and when they are stacked."""

from __future__ import annotations

import pytest

from coach.coder.questions import QuestionKind, is_check, questions, stacked, yes_no
from coach.coder.skills import code_turn

OPEN, CLOSED = QuestionKind.OPEN, QuestionKind.CLOSED


@pytest.mark.parametrize(
    ("turn", "kinds"),
    [
        ("What happened on Tuesday?", [OPEN]),
        ("Did you send it?", [CLOSED]),
        ("How long did it take?", [CLOSED]),  # one fact
        ("Three months in, what's the job actually like?", [OPEN]),
        ("Can I ask about the floor? What's going well?", [OPEN]),  # permission asks nothing
        ("Can I check something first: were you expecting more?", [CLOSED]),  # after the colon
        ("Quick one: what did Margit say?", [OPEN]),
        ("Understandably. Can I ask, has the quarter been harder?", [CLOSED]),  # after leave
        ("So, can I ask, what happened next?", [OPEN]),
        ("Can I ask something, Sam?", []),  # leave to ask, and a name
        ("What would help between now and when we next meet?", [OPEN]),  # a span, not two
        ("What happened between you and Ines, and did you tell anyone?", [OPEN, CLOSED]),
        ("Where and when works for you?", [OPEN]),  # question words joined ask one thing
        ("How and why did it start?", [OPEN]),
        ("What about the outline? Does it still make sense?", [CLOSED]),  # names the topic
        ("What about the outline?", [OPEN]),  # on its own it asks
        ("Wait, you worked with him? Was it hard?", [CLOSED]),  # a surprised echo asks nothing
        ("She thanked you? Then my note was less fair.", []),  # a short echo
        ("So the floor's fine and the reports are slow. Have I got that right?", []),  # a check
        ("Right?", []),
        ("Well, what happened then?", [OPEN]),  # short, but a question after its lead-in
        (
            "What did you understand? And is that why you went to Ines, and did you check first?",
            [OPEN, CLOSED, CLOSED],
        ),
    ],
)
def test_real_questions_and_their_kind(turn: str, kinds: list[QuestionKind]) -> None:
    assert [q.kind for q in questions(turn)] == kinds


def test_a_question_after_a_dash_is_asked_from_where_it_starts() -> None:
    """ "Before I go on - is it still Friday at ten?" asks yes or no; a dash inside a
    question's own words does not cut it."""
    asked = questions("A four-page draft. Before I go on - is it still Friday at ten?")
    assert [q.text for q in asked] == ["is it still friday at ten?"] and yes_no(asked[0])
    assert [q.text for q in questions("Is it - I mean - Friday?")] == ["is it - i mean - friday?"]


@pytest.mark.parametrize(
    ("turn", "is_stacked"),
    [
        ("What happened? Was it awful?", True),  # an open one narrowed by a closed one
        ("What's going well? What's hard?", False),  # two open ones, one topic
        ("Was it the column? Was it the method? And when did you know?", True),  # three
        ("Can I ask something? What do you actually want?", False),
        (
            "Let me check I've got it: the column failed. Have I got that right? Anything else?",
            False,
        ),
    ],
)
def test_stacked_questions(turn: str, is_stacked: bool) -> None:
    assert stacked(questions(turn)) is is_stacked
    assert code_turn(turn).features.stacked_questions is is_stacked


def test_yes_no_and_invitations() -> None:
    [did] = questions("Did you notice how it landed?")
    [more] = questions("Is there more you want to say about it?")
    assert yes_no(did) and not yes_no(more)


@pytest.mark.parametrize(
    ("sentence", "checks"),
    [("Have I got that right?", True), ("Did I miss anything?", True),
     ("Is that a fair summary?", True), ("Is that the report you sent?", False),
     ("Is this right?", True), ("I missed something?", True), ("Is this the report?", False)],
)  # fmt: skip
def test_a_summary_check_is_recognised(sentence: str, checks: bool) -> None:
    assert is_check(sentence) is checks


def test_a_question_quoted_is_not_asked() -> None:
    turn = "I'll ask 'ideas or thinking time?' before I offer anything. What would you want?"
    assert [q.text for q in questions(turn)] == ["what would you want?"]
    assert len(questions("Do you want ideas or thinking time? What would you want?")) == 2
