"""From the goods expert-102 and expert-103 flagged: leave not to say ("you never have to tell
me anything about home"), someone else's label reported ("being told you're rude"), their own
blame said back ("as if that's on you") and their own view said back ("And you think you
can't do client meetings") judge nobody; "Take it in whatever order suits you." hands over the
floor; and a mentee's yes/no questions the mentor answered at length drew the mentor out."""

from __future__ import annotations

from coach.critique import advice_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_leave_not_to_say_and_their_own_blame_judge_nobody() -> None:
    told = [
        "My dad had a stroke, and the last mentor wrote 'family circumstances' in my review.",
        "Thank you for telling me. And you never have to tell me anything about home.",
        "Appreciate it.",
    ]
    assert K.JUDGMENT not in kinds(*told)
    carried = [
        "Marcus has been off since April with stress and I keep thinking I should have seen it.",
        "And you're carrying Marcus as well, as if that's on you.",
        "Maybe I am.",
    ]
    assert K.JUDGMENT not in kinds(*carried)


def test_their_view_and_a_reported_label_judge_nobody() -> None:
    lines = [
        "I told my manager once, and I was moved off client work. I'd take rude over that.",
        "You've paid once for being open, so being told you're rude felt like the cheaper risk. "
        "And you think you can't do client meetings as they're run now.",
        "Close. I never said I can't. I said they cost me more.",
    ]
    assert K.JUDGMENT not in kinds(*lines)


def test_whatever_order_hands_over_the_floor() -> None:
    assert advice_cues.TIME_GIVEN.search("Take it in whatever order suits you.")


def test_a_mentees_closed_questions_answered_at_length_drew_the_mentor_out() -> None:
    story = (
        "Since you ask. In 2019 a customer was halfway out the door, and I gave their chief "
        "executive a date engineering owned, not me. We were seven weeks late and they went, "
        "and I had to explain it to my own team."
    )
    lines = [
        "Right. That's a real ask. I'll join Thursday for the first fifteen minutes.",
        "Thank you. Have you ever been in a spot where a customer wanted a date you didn't own?",
        story,
        "That helps. Before Thursday, is there anything you've heard that I'm missing?",
        story.replace("Since you ask.", "Yes, one thing."),
        "Okay. Is that the whole of it?",
        story.replace("Since you ask.", "Nearly."),
    ]
    assert K.CLOSED_QUESTIONS not in kinds(*lines, role=LearnerRole.MENTEE)
    short = [lines[0], lines[1], "Yes, once.", lines[3], "No.", lines[5], "Yes."]
    assert K.CLOSED_QUESTIONS in kinds(*short, role=LearnerRole.MENTEE)
