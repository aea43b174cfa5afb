"""From the misses of expert-178 (measured once unseen first): a saying announced as one ("you
know what I always say", "That's my rule of thumb", "as I tell my surveyors") is a formula
whatever it asks after it; "was a bit blunt of you", "the email was a bit curt" and "the team
might read it as a bit antisocial" judge, however honestly put; "What's the support for it?" and
"'Ready' is your conclusion. Show me the workpapers behind it." press for the case behind an
ask; and "I'd like to check I've understood all of it" opens a summary."""

from __future__ import annotations

from coach.critique.case_cues import CLAIM_UNSUPPORTED
from coach.critique.cues import SUMMARY_OPENER
from coach.critique.sayings_given import SAYING_GIVEN
from coach.critique.verdicts import verdict
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_a_saying_announced_as_one_is_a_formula_whatever_it_asks() -> None:
    given = (
        "Well, you know what I always say: every building gets a bit of subsidence.",
        "That's my rule of thumb with any reorganisation: year one you hate the new kitchen.",
        "A door only sticks when the frame's trying to tell you something, as I tell my surveyors.",
    )
    assert unmatched(SAYING_GIVEN, given) == []
    assert not SAYING_GIVEN.search("As I said on Monday, the panel meets on Thursday.")
    near_miss = expert_lines("expert-178", "thinking-of-leaving-near_miss.json")
    assert near_miss[5].endswith("What's changed since the hub?")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_what_they_did_weighed_as_theirs_judges() -> None:
    judged = (
        'Though, to be fair, "That\'s not correct" straight at a head teacher was a bit blunt '
        "of you.",
        "I'll be honest, though, the email was a bit curt.",
        "Though you can see how the team might read it as a bit antisocial.",
        "Some of the studio have read it as you keeping your distance.",
    )
    assert [j for j in judged if not verdict(j)] == []
    assert not verdict("I know my email was a bit curt.")  # the learner's own
    assert not verdict("The email from the councillor was a bit curt.")  # someone else's
    near_miss = expert_lines("expert-178", "bridging-differences-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)


def test_an_ask_pressed_for_its_case_lacks_context() -> None:
    pressed = (
        "Okay. That's a clear ask. What's the support for it?",
        '"Ready" is your conclusion. Show me the workpapers behind it.',
        "I'm hearing how much you want it. I'm not hearing how you'd run it.",
    )
    assert unmatched(CLAIM_UNSUPPORTED, pressed) == []
    near_miss = expert_lines("expert-178", "asking-for-stretch-near_miss.json")
    assert (
        near_miss[3]
        == "I think I'm ready. I've grown a lot this year, and I'd really like the chance."
    )
    assert K.NO_CONTEXT in kinds(*near_miss, role=LearnerRole.MENTEE)
    # (the support given when asked would be context)
    near_miss[3] = (
        "Three things. Fenwick's opening balances this spring were mine, tied back to the old "
        "firm's workpapers and reviewed without a single point. Since Harlow I send a status "
        "note every Monday with anything at risk on it, so nothing sits for a week again. And "
        "Jess, who ran Harlow, has said she'll put in writing that I did more than my share."
    )
    near_miss[15] = (
        "First week: the count plan with the warehouse manager, which of the freezers hold "
        "customers' pallets and which are Dunmore's own, the opening balances tied to the "
        "bank's covenant, and a list of what I'd ask Gail for on day one, so that nothing waits "
        "on me. I'd send you the plan on Monday and flag anything at risk the day I see it."
    )
    assert K.NO_CONTEXT not in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_id_like_to_check_ive_understood_opens_a_summary() -> None:
    assert SUMMARY_OPENER.search("When you're ready, I'd like to check I've understood all of it.")
    good = expert_lines("expert-178", "thinking-of-leaving-good.json")
    assert K.NO_SUMMARY not in kinds(*good)
