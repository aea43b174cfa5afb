"""From expert-242's to -245's misses (each measured once unseen first): their reading of the
learner put right ("I hadn't gone off the idea. I just forgot to send it.") says nothing of
theirs back; "I'm not sure that's really it." and "That makes it sound like I just didn't care"
reach past facts said back; a label handed back ("Black-and-white. Noted."), a subject dropped
stiffly ("I'll leave that subject alone now.") and "sloppy work" of someone absent met with "She
wasn't to know." are judgments; "That is quite a story. Mine is smaller." remarks on a story of
the learner's own; and in good transcripts "permission to" asks for the answer given, "You must
be shattered" advises nothing, "That's yours to decide." passes no verdict, and "What would feel
like a small step for you?" answered "One page... emailed to you by next Friday." agrees one."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.advice_cues import ADVICE
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.reactions import ASKS_ADVICE
from coach.critique.story_cues import STORY_REMARKED
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_their_reading_put_right_says_nothing_back() -> None:
    assert named("expert-244", "mutual-accountability", K.NO_REFLECTIONS) == (True, False)


def test_replies_that_reach_past_the_facts() -> None:
    replies = (
        "A template, maybe. I'm not sure that's really it.",
        "Mostly. That makes it sound like I just didn't care about it, though.",
    )
    assert unmatched(FACTS_ONLY, replies) == []
    assert not FACTS_ONLY.search("Yes, that's it. That makes it sound manageable.")
    found = named("expert-243", "mutual-accountability", K.CONTENT_ONLY_REFLECTIONS)
    assert found == (True, False)


def test_labels_handed_back_and_absent_blame_defended_are_judgments() -> None:
    assert BLAME_ABSENT.search("The previous consultant's number was sloppy work, frankly.")
    assert DEFENDS_ABSENT.search("She wasn't to know. She's a head teacher, not an acoustician.")
    assert not DEFENDS_ABSENT.search("I wasn't to know either.")
    assert named("expert-245", "bridging-differences", K.JUDGMENT) == (True, False)
    # (thanks before "Noted." is no label handed back)
    assert K.JUDGMENT not in kinds(*expert_lines("expert-166", "bridging-differences-good.json"))


def test_a_story_remarked_on_and_set_beside_their_own() -> None:
    assert STORY_REMARKED.search("That is quite a story. Mine is smaller.")
    assert named("expert-245", "giving-feedback", K.SELF_FOCUS) == (True, False)


def test_asked_for_guessed_left_with_them_and_a_step_sent_by_a_day() -> None:
    assert ASKS_ADVICE.search("Specifically, permission to send the three options in my name.")
    assert not ADVICE.search("You must be shattered, and I can hear how badly you want it.")
    assert ADVICE.search("You must book it today.")
    assert ADVICE.search("You should be proud of them instead of chasing the shiny thing.")
    for set_name, good, flaw in (
        ("expert-243", "bridging-differences-good.json", K.PREMATURE_ADVICE),
        ("expert-243", "setting-boundaries-good.json", K.PREMATURE_ADVICE),
        ("expert-242", "receiving-feedback-good.json", K.JUDGMENT),
        ("expert-244", "mutual-accountability-good.json", K.NO_NEXT_STEP),
    ):
        assert flaw not in kinds(*expert_lines(set_name, good)), good
