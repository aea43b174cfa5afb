"""From expert-224's and -225's misses (each measured once unseen first): sayings that place a
thing ("The last ten percent is where the evenings go."), send them off to be themselves ("Be
yourself in there and the rest follows.") or put what they feel on the job ("That's the job
talking, not you."); and "You explained it clearly." beside the next question, which says
nothing of theirs back."""

from __future__ import annotations

from coach.critique.saying_back import said_back
from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_sayings_about_the_job_are_stock_phrases() -> None:
    sayings = (
        "The last ten percent is where the evenings go.",
        "Be yourself in there and the rest follows.",
        "That's the job talking, not you.",
        "Sunday nights come round for all of us in the first year.",
        "It happens to the best of us.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert not PLATITUDE.search("The last ten minutes is where you lost me.")
    assert not PLATITUDE.search("Be careful what you put in writing to him.")
    assert named("expert-225", "setting-boundaries", K.STOCK_PHRASES) == (True, False)


def test_reassurance_on_the_telling_is_not_saying_back() -> None:
    near_miss = session(*expert_lines("expert-225", "receiving-feedback-near_miss.json"))
    assert not said_back(near_miss, 5)  # "You explained it clearly. What else is on your notes?"
    assert K.NO_REFLECTIONS in kinds(
        *expert_lines("expert-225", "receiving-feedback-near_miss.json")
    )
    good = expert_lines("expert-225", "receiving-feedback-good.json")
    assert K.NO_REFLECTIONS not in kinds(*good)
