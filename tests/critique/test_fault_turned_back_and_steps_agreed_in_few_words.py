"""From expert-266's and -267's misses (each measured once unseen first): the fault turned back
on them ("it cuts both ways: you could have chased me on it", "if you'd just dropped me a
line", "I did check with you in June") is defensive; a feeling said back and weighed ("Yeah.
That's pretty much it. Lonely's a big word. But yeah.") did not sting; "That is everything."
agrees; and a day asked for ("Which day suits?") answered with the time and one's own step
("Two weeks. Three o'clock, here. I'll have last week's OEE with me.") is a step agreed."""

from __future__ import annotations

from coach.critique import reactions, step_reactions
from coach.critique.contradicting import contradicts
from coach.critique.next_step import next_step_agreed
from coach.critique.stung import stung
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import session

K = FlawKind


def test_the_fault_turned_back_on_them_is_defensive() -> None:
    heard = "I kept waiting for the introduction and it never came."
    for said in (
        "Well, I do think it cuts both ways: you could have chased me on it.",
        "Honestly, if you'd just dropped me a line, I'd have sent it that afternoon.",
        "Although I did check with you in June that it worked.",
    ):
        assert contradicts(said, heard), said
    assert not contradicts("I should have chased it myself. That's on me.", heard)
    assert named("expert-266", "mutual-accountability", K.DEFENSIVE) == (True, False)


def test_a_feeling_said_back_and_weighed_did_not_sting() -> None:
    lines = (
        "I used to eat with the crew every day. Now I eat at my desk.",
        "So you got the job and lost your table. That sounds lonely.",
        "Yeah. That's pretty much it. Lonely's a big word. But yeah.",
        "What would make the days easier?",
        "Not sure yet.",
    )
    assert stung(session(*lines)) == []
    hurt = (*lines[:2], "Ouch. Right. Lonely's a big word.", *lines[3:])
    assert stung(session(*hurt)) == [1]


def test_that_is_everything_agrees() -> None:
    assert reactions.AGREE.search("Evet. That is everything. Thank you.")
    assert not reactions.AGREE.search("That is not what I meant.")


def test_a_day_asked_for_and_answered_with_a_time_and_a_step_is_agreed() -> None:
    assert step_reactions.OWN_STEP.search("I'll have last week's OEE with me.")
    lines = (
        "Denise put me forward. I didn't ask for this.",
        "Understood. What you say here stays here; what we use these for is up to you.",
        "Okay. Maybe you sit with me on the OEE report one day. Line by line.",
        "Deal. Here, after shift, rather than upstairs? Which day suits?",
        "Two weeks. Three o'clock, here. I'll have last week's OEE with me.",
    )
    assert next_step_agreed(session(*lines)) == [3]
