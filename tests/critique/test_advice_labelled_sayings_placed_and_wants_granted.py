"""From misses read in expert-222 and -223 after they were measured once unseen: advice under a
label ("One practical thing, before anything else: get an offer in writing") or as what the
learner would take to someone ("I'd take the eight weeks straight to Graham"); sayings that
place a thing ("rough edges are where the grip is"), go on with a "but" ("every ending is a
beginning wearing a disguise, but...") or are announced ("as I like to say"); and "That's all I
want." taking a turn well."""

from __future__ import annotations

from coach.critique.advice_cues import ADVICE
from coach.critique.reactions import TAKEN_WELL
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_advice_under_a_label_or_taken_to_someone_is_advice() -> None:
    advice = (
        "One practical thing, before anything else: get an offer in writing before you say a"
        " word to anyone here.",
        "Honestly, I'd take the eight weeks straight to Graham in your next one-to-one.",
    )
    assert unmatched(ADVICE, advice) == []
    assert not ADVICE.search("One practical thing: the room is booked until four.")
    assert not ADVICE.search("I'd take the eight weeks as a warning sign, if I were honest.")
    assert named("expert-223", "thinking-of-leaving", K.PREMATURE_ADVICE) == (True, False)


def test_sayings_that_place_a_thing_or_go_on_with_but_are_sayings() -> None:
    sayings = (
        "Well, rough edges are where the grip is, right?",
        "Still, a crack is just where the glaze tells its story.",
        "Well, every ending is a beginning wearing a disguise, but I'd much rather this was a"
        " beginning.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert not PLATITUDE.search("The staff room is where the rumour started.")
    assert not PLATITUDE.search("Rough edges are where you lose me, honestly.")
    assert not PLATITUDE.search("And Fridays are where the real work gets done.")
    assert not PLATITUDE.search("Every Thursday is a write-off, but we'll manage.")
    assert SAYING_GIVEN.search(
        "Every critique is just the next iteration knocking, as I like to say."
    )
    assert named("expert-222", "receiving-feedback", K.STOCK_PHRASES) == (True, False)


def test_what_they_wanted_granted_takes_a_turn_well() -> None:
    assert TAKEN_WELL.match("That's all I want. Eyes open.")
    assert not TAKEN_WELL.match("That's all I wanted to say about it.")
    good = expert_lines("expert-222", "asking-for-a-reference-good.json")
    assert K.JUDGMENT not in kinds(*good)
