"""From the misses of expert-214 and -215 (each measured once unseen first): a reflection
opening on them in its own words ("You were protecting...") before a yes/no question is still
saying back; "That's accurate."
confirms a summary; an example offered after "Would an example help?" "Yes." was asked for;
sayings shaped as "a quiet flat is a blank page" or "you can't titrate from an empty burette"
are stock phrases; "You weren't shutting residents out because you didn't care." and "I'd
trust you to say whatever's true." pass no verdict; "support me with it somehow" and
"Whatever feels right to you." are vague asks; and a long account before the ask, or the
account a mentor asked for ("Give me Tuesday first, your version."), is context."""

from __future__ import annotations

from coach.critique.advice_cues import LEAVE_ASKED, LEAVE_GIVEN
from coach.critique.asking_cues import VAGUE_ASK
from coach.critique.case_cues import WANTS_CONTEXT
from coach.critique.detectors import reflection
from coach.critique.judgment_cues import NOT_A_JUDGMENT
from coach.critique.reactions import HEARD_RIGHT
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_reflection_in_its_own_words_before_a_closed_question_says_back() -> None:
    near_miss = expert_lines("expert-214", "bridging-differences-near_miss.json")
    assert near_miss[11].startswith("You were protecting whether children could hear")
    assert 11 in reflection(session(*near_miss))
    assert K.NO_REFLECTIONS not in kinds(*near_miss)
    assert K.CLOSED_QUESTIONS in kinds(*near_miss)  # its flaw is still named
    # (not the learner's own plan or apology, however long: "You bring last week's OEE and
    # we go through it line by line.")
    planned = expert_lines("expert-56", "building-trust-near_miss.json")
    assert 23 not in reflection(session(*planned))


def test_thats_accurate_confirms_what_was_said_back() -> None:
    confirmed = ("That's accurate. As far as it goes.", "Correct. I've gone over it a lot.")
    assert unmatched(HEARD_RIGHT, confirmed) == []
    assert not HEARD_RIGHT.match("Accurately or not, I still can't see it.")


def test_advice_after_leave_asked_and_given_was_asked_for() -> None:
    assert LEAVE_ASKED.search("Would an example help, the sentence you said and a better one?")
    assert LEAVE_ASKED.search("Can I suggest something?")
    assert not LEAVE_ASKED.search("Would Friday help?")
    assert LEAVE_GIVEN.match("Yes.") and not LEAVE_GIVEN.match("No. Not yet.")
    near_miss = expert_lines("expert-214", "bridging-differences-near_miss.json")
    assert K.PREMATURE_ADVICE not in kinds(*near_miss)
    # the same example, unasked, is advice before the learner has heard them out
    unasked = [
        "Hello. Item three is the feedback.",
        "Keep the substance, change the order: greet her, then offer to walk her through the"
        " calculation. You should say, 'Can I show you why I think that number's out?'",
        "Right.",
    ]
    assert K.PREMATURE_ADVICE in kinds(*unasked)


def test_sayings_of_a_thing_being_another_are_stock_phrases() -> None:
    sayings = (
        "Ah, a quiet flat is a blank page.",
        "Well, a quiet lab's a tidy lab!",
        "And remember, you can't titrate from an empty burette.",
        "But honestly, one observation is a snapshot, not the film.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in ("A third is a real number.", "It's a draft, not a plan.", "A week is a lot."):
        assert not PLATITUDE.search(plain), plain
    near_miss = expert_lines("expert-215", "setting-boundaries-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_a_verdict_denied_in_a_reason_or_trust_given_is_no_judgment() -> None:
    assert NOT_A_JUDGMENT.search("You weren't shutting residents out because you didn't care.")
    assert NOT_A_JUDGMENT.search("Honestly, I'd trust you to say whatever's true.")
    assert not NOT_A_JUDGMENT.search("You were shutting residents out because you didn't care.")
    good = expert_lines("expert-215", "giving-feedback-good.json")
    assert K.JUDGMENT not in kinds(*good)


def test_support_somehow_and_whatever_feels_right_are_vague_asks() -> None:
    vague = (
        "So I guess I was hoping you might support me with it somehow.",
        "Whatever feels right to you.",
        "And on the St. Brendan's side, anything you felt able to say would mean a lot.",
        "Whatever you think would carry the most weight.",
    )
    assert unmatched(VAGUE_ASK, vague) == []
    assert not VAGUE_ASK.search("Could you write the reference letter by Wednesday?")
    near_miss = expert_lines("expert-214", "asking-for-a-reference-near_miss.json")
    assert K.VAGUE_ASK in kinds(*near_miss, role=MENTEE)


def test_an_account_before_the_ask_or_asked_for_is_context() -> None:
    good = expert_lines("expert-214", "disagreeing-with-advice-good.json")
    assert K.NO_CONTEXT not in kinds(*good, role=MENTEE)
    assert WANTS_CONTEXT.search("Depends on you. Give me Tuesday first, your version.")
    middle = expert_lines("expert-214", "help-after-a-mistake-middle.json")
    assert middle[5].startswith("Okay. It went out in the nightly.")
    assert K.NO_CONTEXT not in kinds(*middle, role=MENTEE)
    # an ask with nothing behind it, pressed for the case, still is no context
    bare = [
        "Come in. What do you need?",
        "Can you help me get through Friday?",
        "Give me Tuesday first, your version.",
        "It went badly. Can you just help?",
        "That's not an answer. What actually happened?",
    ]
    assert K.NO_CONTEXT in kinds(*bare, role=MENTEE)
