"""From counterpart-252's to -255's misses (each set measured once unseen first): a refusal
that names no step of its own ("So I'm not going to.") rules out the step of the persona's
line before it, so a summary that says the step was decided is corrected; and a feeling the
learner told of themselves ("I've been feeling a bit guilty"), given to the persona in a
summary ("you felt guilty"), is put right."""

from __future__ import annotations

from coach.practice.summary_decided import settles_what_was_open
from coach.practice.summary_feelings import feeling_of_the_listener

FLOATED = [
    "Honestly, I've been turning it over all week.",
    "I did think about asking Priya to move the audit to March. Only the audit, nothing else."
    " But she'd ask what's behind it.",
    "Mm. So I'm not going to. Not yet.",
]


def test_a_step_refused_in_a_bare_line_is_not_said_back_as_decided() -> None:
    claim = "and you've decided to ask Priya to move the audit to March"
    assert settles_what_was_open(claim, FLOATED)
    assert settles_what_was_open("So you're going to ask Priya to move the audit.", FLOATED)


def test_the_step_said_back_as_refused_or_another_step_is_left_alone() -> None:
    assert not settles_what_was_open("So you're holding off asking Priya for now.", FLOATED)
    assert not settles_what_was_open("and you've decided to sleep on it", FLOATED)


def test_a_bare_refusal_opening_the_conversation_rules_out_nothing_before_it() -> None:
    assert not settles_what_was_open(
        "So you've decided to ask Priya to move the audit.", ["I won't."]
    )


def test_the_learners_own_feeling_given_to_the_persona_is_put_right() -> None:
    said = [
        "Oh, don't feel bad about it. I liked hearing about the drawings, honestly.",
        "Mostly my own portfolio. I felt a bit daft asking for that.",
    ]
    told = ["If anything I've been feeling a bit guilty. I talked about myself the whole hour."]
    claim = "So you felt guilty that it was all about me, and you'd like time on your portfolio."
    assert feeling_of_the_listener(claim, said, told) == ("you felt guilty", "me")
    # the learner's very word, though the persona told a feeling of its kind about another thing
    mortified = ["I found the unsent email this morning and I was mortified."]
    assert feeling_of_the_listener("and you were mortified", said, mortified) == (
        "you felt mortified",
        "me",
    )


def test_a_feeling_the_persona_told_too_is_left_alone() -> None:
    said = ["I felt a bit guilty as well, if I'm honest. We both let it drift."]
    told = ["I've been feeling guilty about the last two sessions."]
    assert feeling_of_the_listener("So you felt guilty too.", said, told) is None
    assert feeling_of_the_listener("So you felt guilty.", ["Fine, thanks."], []) is None


def test_the_persona_s_own_feeling_said_back_by_the_learner_stays_the_persona_s() -> None:
    said = ["When you finish my sentences I feel like the work-experience kid."]
    told = ["I can see how that would land, feeling like the junior in the room."]
    assert feeling_of_the_listener("so you feel junior when I jump in", said, told) is None
