"""From the misses of expert-218 and -219 (each measured once unseen first): "Back me at
Thursday's panel." answers "What are you asking me to do?" with a concrete ask; a case told
first, as announced ("let me give you the whole picture first"), is no vague ask when the
mentor then asks what is wanted; "I'd rather hear what you've already got going" and "What's
actually set up for this summer?" press for context; questions after nothing but "Okay." or
"Tell me about today's shift." say nothing back; and "That sounds a lonely place to be" reflects
a feeling, no verdict."""

from __future__ import annotations

from coach.critique.asking_cues import ASKED_FOR, EXPLAINS
from coach.critique.case_cues import CLAIM_UNSUPPORTED
from coach.critique.cues import ACKNOWLEDGES
from coach.critique.reflected_cues import FEELING_REFLECTED
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_the_thing_to_do_told_is_a_concrete_ask() -> None:
    told = ("Back me at Thursday's panel.", "Put my name forward as in-charge on Dunmore.")
    assert unmatched(ASKED_FOR, told) == []
    assert not ASKED_FOR.search("Just support me somehow.")
    good = expert_lines("expert-219", "asking-for-stretch-good.json")
    assert K.VAGUE_ASK not in kinds(*good, role=MENTEE)


def test_the_case_told_first_as_announced_is_no_vague_ask() -> None:
    assert EXPLAINS.search("I want to ask you for something, so let me give you the whole picture")
    good = expert_lines("expert-219", "asking-for-a-reference-good.json")
    assert K.VAGUE_ASK not in kinds(*good, role=MENTEE)


def test_asking_what_is_already_in_place_presses_for_context() -> None:
    pressed = (
        "Hold on. I'd rather hear what you've already got going than what you're hoping for.",
        "That's a hope. What's actually set up for this summer?",
    )
    assert unmatched(CLAIM_UNSUPPORTED, pressed) == []
    near_miss = expert_lines("expert-218", "disagreeing-with-advice-near_miss.json")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-218", "disagreeing-with-advice-good.json")
    assert K.NO_CONTEXT not in kinds(*good, role=MENTEE)
    # (answered with the account, the case is made: "So far I've redrawn the timeline...")
    answered = expert_lines("expert-127", "disagreeing-with-advice-good.json")
    assert "What's actually set up right now?" in answered[2]
    assert K.NO_CONTEXT not in kinds(*answered, role=MENTEE)


def test_questions_after_a_bare_okay_say_nothing_back() -> None:
    said = ("Okay.", "I see.", "All right.", "Understood.", "Tell me about today's shift.")
    assert unmatched(ACKNOWLEDGES, said) == []
    assert not ACKNOWLEDGES.match("Okay, so the crew has gone quiet on you.")
    near_miss = expert_lines("expert-219", "building-trust-near_miss.json")
    assert K.NO_REFLECTIONS in kinds(*near_miss)
    good = expert_lines("expert-219", "building-trust-good.json")
    assert K.NO_REFLECTIONS not in kinds(*good)


def test_that_sounds_lonely_reflects_a_feeling() -> None:
    assert FEELING_REFLECTED.search("That sounds a lonely place to be, staring at a page.")
    good = expert_lines("expert-218", "mutual-accountability-good.json")
    assert K.JUDGMENT not in kinds(*good)
