"""From expert-264's and -265's misses (each measured once unseen first): kinds likened to
others ("Good people are like good routes..."), "nobody ever caught a bus standing behind the
shelter", "every line starts with one stop" and crossing a junction when the lights change are
sayings; a mentor asking who the mentee has been dealing with wants the context behind the
ask; and a short ask answering "what is it you want me to do?" ("Could you read the
timeline?") is a specific one."""

from __future__ import annotations

from coach.critique import case_cues
from coach.critique.asking import specific_ask
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import session, unmatched

K = FlawKind


def test_kinds_likened_and_old_sayings_reworded_are_sayings() -> None:
    sayings = (
        "Good people are like good routes, they always get funded in the end.",
        "Managers are like buses.",
        "Nobody ever caught a bus standing behind the shelter, Joaquín.",
        "Every line starts with one stop, eh?",
        "Well, we'll cross each junction when the lights change.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    plain = (
        "Nobody ever asked the team.",
        "Every session starts with your agenda.",
        "Some people are like that with everyone.",
        "Clients are like that, you know.",
    )
    assert [p for p in plain if PLATITUDE.search(p)] == []
    assert named("expert-265", "clarifying-expectations", K.STOCK_PHRASES) == (True, False)


def test_asking_who_they_have_been_dealing_with_wants_the_context() -> None:
    assert case_cues.WANTS_CONTEXT.search("Let's see. Who have you been dealing with?")
    assert not case_cues.WANTS_CONTEXT.search("Who have you told about the offer?")
    near_miss, good = named(
        "expert-264", "disagreeing-with-advice", K.NO_CONTEXT, LearnerRole.MENTEE
    )
    assert (near_miss, good) == (True, False)


def test_a_short_ask_answering_what_they_want_is_specific() -> None:
    lines = (
        "Come in. What's up?",
        "It's the outage on Monday. Can you help me get ready for Friday?",
        "Help how? Between now and Friday, what is it you want me to do?",
        "Could you read the timeline?",
        "Yes. Send it tonight.",
    )
    assert specific_ask(session(*lines)) == [3]
    vague = (*lines[:3], "Just help, really.", lines[4])
    assert specific_ask(session(*vague)) == []
