"""From expert-83's two missed near-misses: "Tyler's the safe, boring pick" and "She used you as
a stepping stone", met with "I won't run Tyler down" or "She did good work. People leave.",
judge someone absent; "I'm asking you to be that manager" and "What I'd like, specifically, is a
dry run of that timeline" are specific asks; and a question for more ("Is there anything else
I'm missing?") checks no summary."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE
OPENING = "Come on in. Your note said you wanted twenty minutes before Thursday. What's up?"


def test_a_rival_written_off_and_stood_up_for_is_judged() -> None:
    boring = [
        OPENING,
        "Honestly, Tyler's the safe, boring pick. He'll do what he's told and no more.",
        "I won't run Tyler down to build your case. Make the case for you.",
    ]
    assert K.JUDGMENT in kinds(*boring, role=MENTEE)
    stone = [
        OPENING,
        "It's like the person you sponsored last year. She used you as a stepping stone.",
        "She did good work. People leave. That's not a mark against her.",
    ]
    assert K.JUDGMENT in kinds(*stone, role=MENTEE)
    fair = [OPENING, "Tyler's done good work too, I know that.", "He has."]
    assert K.JUDGMENT not in kinds(*fair, role=MENTEE)


def test_being_that_manager_and_a_dry_run_are_specific_asks() -> None:
    context = "Dunmore goes to the panel on Thursday and a staff accountant needs a sponsor."
    manager = session(OPENING, f"{context} I'm asking you to be that manager.", "Okay.")
    assert specific_ask(manager) == [1]
    dry_run = session(
        OPENING,
        "I've written a four-page timeline. What I'd like, specifically, is a dry run of that "
        "timeline with you before Friday's review.",
        "Okay. That I can do.",
    )
    assert specific_ask(dry_run) == [1]
    assert (
        specific_ask(session(OPENING, f"{context} I'm asking you to think about it.", "Hm.")) == []
    )


def test_asking_for_anything_else_checks_no_summary() -> None:
    told = (
        "We logged a CI check for that kind of index two years ago, and it has sat on my "
        "group's backlog ever since. Put it in the timeline, plainly. That piece is on me."
    )
    lines = [
        OPENING,
        "I'd like a dry run of my timeline before Friday's review.",
        "Okay. Send it over tonight.",
        "I will. What do you think I should change?",
        told,
        "That changes the timeline. So there was a known gap, and the fix sat on the backlog; "
        "you want it in there as a fact, not an excuse. Is there anything else I'm missing?",
        "Yes. Talk to Owen.",
        "Okay. I'll send it tonight.",
        "Good.",
        "Thanks. See you Thursday.",
        "See you.",
    ]
    assert K.NO_SUMMARY in kinds(*lines, role=MENTEE)
    lines[5] = lines[5].replace("Is there anything else I'm missing?", "Have I got that right?")
    assert K.NO_SUMMARY not in kinds(*lines, role=MENTEE)
