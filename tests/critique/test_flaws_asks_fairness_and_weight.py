"""From expert-152's and expert-153's misses: "I know that wasn't nothing." grants a weight and
"...was more than most people would have managed" praises, neither a verdict; "I'm here to ask
you specifically to back me" is a specific ask; the posting that "explains it better than I
would" and "I'd rather not spend your twenty minutes on the posting" hold the case back, and
"Can I give you the short version first?" offers it; a complaint made everyone's ("thin for
everybody, though"), someone raised vouched for ("he isn't like that"), a point granted then
turned ("In fairness, though, I did say..."), and one's own act made anyone's ("Anyone would
have sent something brisk.") defend, and a denied "it's fair" takes nothing in; "What a petty,
small-minded woman.", "she's sloppy with follow-ups" and "nobody upstairs here ever noticed"
put someone absent down, and "Mind how you say that.", "Watch that." and "That'll do about
upstairs." stand up for them; "find our own rhythm", "feel our way" and "hold all of this in
mind" leave the step vague."""

from __future__ import annotations

from coach.critique import (
    absent_cues,
    absent_defended,
    asking_cues,
    defending_cues,
    judgment_cues,
    plan_cues,
)
from coach.critique.unjudged import not_a_judgment
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_weight_granted_and_praise_beside_others_are_no_verdicts() -> None:
    assert not_a_judgment("I know that wasn't nothing.")
    praise = "Texting me at all was more than most people would have managed."
    assert not judgment_cues.POLITE_JUDGMENT.search(praise)
    held_up = "Most people would have checked before changing a client date."
    assert judgment_cues.POLITE_JUDGMENT.search(held_up)
    good = expert_lines("expert-152", "building-trust-good.json")
    assert K.JUDGMENT not in kinds(*good)
    good = expert_lines("expert-152", "mutual-accountability-good.json")
    assert K.JUDGMENT not in kinds(*good)


def test_asks_put_plainly_are_specific() -> None:
    assert asking_cues.CONCRETE_ASK.search("I'm here to ask you specifically to back me at it.")
    good = expert_lines("expert-152", "asking-for-stretch-good.json")
    assert K.VAGUE_ASK not in kinds(*good, role=MENTEE)


def test_the_case_held_back_and_asked_for() -> None:
    assert not unmatched(
        asking_cues.WITHHELD_CONTEXT,
        [
            "I'll forward you the posting tonight; it explains it better than I would.",
            "I'd rather not spend your twenty minutes on the posting.",
        ],
    )
    near_miss = expert_lines("expert-152", "asking-for-a-reference-near_miss.json")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)


def test_arguing_back_in_so_many_words_is_defensive() -> None:
    assert defending_cues.defends("The scheme's thin for everybody, though, Niamh.")
    assert defending_cues.defends("I've worked with Pete for six years and he isn't like that.")
    assert defending_cues.defends("I can see how you got there. In fairness, though, I said it.")
    assert defending_cues.defends("Anyone would have sent something brisk.")
    denied = "I did say that, but I meant the odd question. I don't think it's fair to read it so."
    assert defending_cues.defends(denied)
    assert not defending_cues.defends("That's fair. I did say that, and I meant it.")
    near_miss = expert_lines("expert-152", "setting-boundaries-near_miss.json")
    assert K.DEFENSIVE in kinds(*near_miss)
    near_miss = expert_lines("expert-153", "resolving-misunderstanding-near_miss.json")
    assert K.DEFENSIVE in kinds(*near_miss)


def test_someone_absent_put_down_and_stood_up_for() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        [
            "What a petty, small-minded woman.",
            "People like Phyllis shouldn't be allowed to manage anybody.",
            "She's sweet, but she's sloppy with follow-ups.",
            "Nobody upstairs here ever noticed the cuff program.",
            "The way admin froze the spot tells you how much they rate home visits here.",
        ],
    )
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        ["Hm. Watch that.", "Mind how you say that.", "I noticed. That'll do about upstairs."],
    )
    assert not absent_cues.BLAME_ABSENT.search("Nobody upstairs has seen the numbers yet.")
    near_miss = expert_lines("expert-153", "asking-for-a-reference-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=MENTEE)


def test_a_rhythm_to_be_found_and_a_way_felt_are_no_step() -> None:
    assert not unmatched(
        plan_cues.VAGUE_PLAN,
        [
            "I'd like us to find our own rhythm naturally.",
            "We'll feel our way.",
            "I'll certainly hold all of this in mind as we go.",
        ],
    )
    near_miss = expert_lines("expert-153", "receiving-feedback-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss)


def test_the_short_version_offered_first_is_context() -> None:
    assert asking_cues.EXPLAINS.search("Can I give you the short version first?")
    good = expert_lines("expert-120", "asking-for-a-reference-good.json")
    assert K.NO_CONTEXT not in kinds(*good, role=MENTEE)
