"""From expert-259's to -261's misses (each measured once unseen first): advice met with "I'm
not sure it quite answers what I was asking" came too soon; their own word denied and the
thing named again ("That's not wasted, that's a list we haven't used yet.") is no judgment; a
summary answered "Nothing." when it asked what it missed was confirmed; and a mentee whose
ask comes among an account of sixty words or more gave the context behind it."""

from __future__ import annotations

from coach.critique import reactions
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_advice_that_misses_what_they_asked_came_too_soon() -> None:
    for reply in (
        "Hm. I'm not sure it quite answers what I was asking.",
        "Right. That doesn't really get at what I was after.",
    ):
        assert reactions.NOT_WHAT_I_ASKED.search(reply), reply
    assert not reactions.NOT_WHAT_I_ASKED.search("That answers what I was asking, thanks.")
    assert named("expert-261", "clarifying-expectations", K.PREMATURE_ADVICE) == (True, False)


def test_their_own_word_turned_round_is_no_judgment() -> None:
    lines = (
        "I had my questions written out both times and never took them out. I felt I'd wasted"
        " the hour.",
        "That's not wasted, that's a list we haven't got to yet. What's at the top of it?",
        "The modelling work, mostly.",
    )
    assert K.JUDGMENT not in flaw_kinds(*lines)
    # a word of the learner's own, not theirs, denied and named again is still read as before
    blunt = (
        "I had my questions written out both times and never took them out.",
        "That's not organised, that's timid. You should have just asked.",
        "Oh. Right.",
    )
    assert K.JUDGMENT in flaw_kinds(*blunt)


def test_nothing_missed_confirms_a_summary() -> None:
    assert reactions.CONFIRMED.search("Nothing. Honestly, that's tidier than my notes.")
    assert reactions.CONFIRMED.search("Nothing at all.")
    assert not reactions.CONFIRMED.search("Nothing seems to help, though.")


def test_an_ask_inside_a_long_account_has_its_context() -> None:
    account = (
        "Thanks for seeing me. On Monday the board picks who leads the Ashford rollout. It's the"
        " first rollout they've done outside the city, and the client needs it live before the"
        " spring budget. I want to lead it, and I know the board only gives that to an analyst"
        " when a director speaks for her. So, plainly: will you speak for me on Monday? And I"
        " know the Selby report was late in June. That was my doing."
    )
    lines = (
        "Come in, sit down. You wanted ten minutes?",
        account,
        "Slow down. I'm one voice of five. What have you done since June?",
        "I've sent a weekly status note to every lead since July, and I ran the Corby handover"
        " on my own.",
        "Okay. I'll think about Monday and tell you by Friday.",
    )
    assert K.NO_CONTEXT not in flaw_kinds(*lines, role=LearnerRole.MENTEE)
    short = (lines[0], "Will you speak for me on Monday?", *lines[2:])
    assert K.NO_CONTEXT in flaw_kinds(*short, role=LearnerRole.MENTEE)
