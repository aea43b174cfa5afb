"""From expert-112's and -113's misses and flagged goods (measured once unseen first): "any
support you can give" and "have you involved somehow" ask for nothing in particular, and
"Support's a big word." or "Involved how?" answer such an ask (not a label that stung); an
ask met with "What's the call about?", or "the details aren't that important", wants its
context; "what I'd ask Gail for first?" in a statement asks nothing open; a short story of
one's own that they answer by telling more is no self-focus, and "after everything this place
has done for you", "I'm a bit disappointed." and "you'd be mad to throw away" judge; a feeling
they take up was heard, not a formula; and an invitation answered with the step, its time and
a step of their own agrees one, as does "I'll have the sheets on your desk Monday"."""

from __future__ import annotations

from coach.coder.questions import QuestionKind, questions, stacked
from coach.critique import asking_cues, case_cues, judgment_cues, reactions, story_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_support_in_general_is_a_vague_ask_and_its_answers_say_so() -> None:
    assert not unmatched(
        asking_cues.VAGUE_ASK,
        (
            "Of course. Just, I suppose, any support you can give around Thursday.",
            "Whatever would be most useful from your side.",
            "So I guess it would be good to have you involved somehow.",
        ),
    )
    assert not asking_cues.VAGUE_ASK.search("What would be most useful from your side?")
    assert not unmatched(
        case_cues.WHAT_IS_ASKED,
        (
            "I won't sort which is which until I hear what you actually want from me.",
            "Support's a big word. Slow down a second.",
            "Involved how? If this is heading towards me leaning on Gareth, I won't.",
        ),
    )
    # the ask, too broad to act on, is no label that hurt
    assert not reactions.STUNG.search("Support's a big word. Slow down a second.")
    assert reactions.STUNG.search("Lazy's a big word.")
    near_miss = expert_lines("expert-112", "asking-for-help-near_miss.json")
    assert FlawKind.VAGUE_ASK in kinds(*near_miss, role=MENTEE)
    assert FlawKind.JUDGMENT not in kinds(*near_miss, role=MENTEE)


def test_an_ask_asked_what_it_is_about_wants_context() -> None:
    assert case_cues.WANTS_CONTEXT.search("Mm-hm. Possibly. What's the call about?")
    assert case_cues.WANTS_CONTEXT.search("Before we get to fixes, tell me where it's actually at.")
    assert not case_cues.WANTS_CONTEXT.search("What's the call? Thursday at two.")
    assert asking_cues.WITHHELD_CONTEXT.search("Honestly the details aren't that important.")
    near_miss = expert_lines("expert-113", "asking-for-help-near_miss.json")
    assert FlawKind.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
    assert FlawKind.NO_CONTEXT not in kinds(
        *expert_lines("expert-113", "asking-for-help-good.json"), role=MENTEE
    )


def test_a_what_inside_a_statement_asks_nothing_open() -> None:
    asked = questions(
        "Would it help if I wrote a plan? The count, the opening balances, what I'd ask Gail "
        "for first?"
    )
    assert [q.kind for q in asked] == [QuestionKind.CLOSED, QuestionKind.CLOSED]
    assert questions("You told him what you thought?")[0].kind is QuestionKind.CLOSED
    for still_open in (
        "So what do you think?",
        "The bit about Tuesday, what you said there, how did that land?",
        "Tyler, what would you do?",
    ):
        assert questions(still_open)[0].kind is QuestionKind.OPEN, still_open
    near_miss = expert_lines("expert-113", "asking-for-stretch-near_miss.json")
    assert FlawKind.CLOSED_QUESTIONS in kinds(*near_miss, role=MENTEE)


def test_one_short_story_they_answer_by_opening_up_is_no_self_focus() -> None:
    for good in ("expert-112", "expert-113"):
        turns = expert_lines(good, "addressing-power-imbalance-good.json")
        assert FlawKind.SELF_FOCUS not in kinds(*turns), good
    lines = [
        "Thanks for seeing me. The quarter's been fine.",
        "Has it? I'll tell you something. In my own partnership year I made the numbers look "
        "better than my life was. My father was ill in Shrewsbury and I was driving up every "
        "other weekend, and I never said a word here, not to anyone at all in the firm.",
        "Honestly? Q3 was heavy. I stopped recording a lot of what I did for the juniors, so the "
        "hours look tidy. They aren't accurate. I've been keeping it all presentable for you.",
    ]
    assert FlawKind.SELF_FOCUS not in kinds(*lines)
    lines[2] = "That's your experience. Mine's different. The quarter was fine, really, honestly."
    assert FlawKind.SELF_FOCUS in kinds(*lines)
    # a long one begun "that takes me back" is still self-focus, however they answer
    near_miss = expert_lines("expert-11", "mutual-accountability-near_miss.json")
    assert FlawKind.SELF_FOCUS in kinds(*near_miss)


def test_their_debt_disappointment_and_madness_judge() -> None:
    assert not unmatched(
        judgment_cues.ACCUSES,
        (
            "Other jobs? Leah, after everything this place has done for you?",
            "I have to say I'm a bit disappointed.",
            "Charities pay peanuts, and you'd be mad to throw away a grade seven.",
        ),
    )
    for kind in (
        "I'm not going to ask you to trust me. You'd be mad to, on one meeting.",
        "I was disappointed in myself.",
        "I'm disappointed I didn't get it.",
    ):
        assert not judgment_cues.ACCUSES.search(kind), kind
    assert story_cues.SELF_STORY.search("I've been through three restructures in Repairs.")
    assert story_cues.SELF_STORY.search("In 2019 I felt exactly like you.")
    poor = expert_lines("expert-113", "thinking-of-leaving-poor.json")
    assert FlawKind.JUDGMENT in kinds(*poor)


def test_a_feeling_they_take_up_was_heard_and_time_to_find_words_is_no_formula() -> None:
    good = expert_lines("expert-113", "receiving-feedback-good.json")
    assert good[5].startswith("So you arrive with something that matters")
    assert good[6].startswith("Lonely is... yeah, maybe.")
    assert FlawKind.STOCK_PHRASES not in kinds(*good)
    lines = [
        "I bring one thing every month and we never get to it.",
        "That sounds frustrating. And maybe a bit lonely.",
        "Lonely is... yeah, maybe. There's nobody else in my discipline here.",
        "That must be hard. Everything happens for a reason.",
        "Right. Anyway.",
    ]
    assert FlawKind.STOCK_PHRASES not in kinds(*lines)
    lines[2] = "Right. Anyway, there's nobody else in my discipline here."
    assert FlawKind.STOCK_PHRASES in kinds(*lines)


def test_an_invitation_answered_with_the_step_and_its_time_agrees_it() -> None:
    good = expert_lines("expert-113", "building-trust-good.json")
    assert good[25].startswith("So, six meetings. What would make them worth your time?")
    assert FlawKind.NO_NEXT_STEP not in kinds(*good)
    good[26] = "Don't know. We'll see how it goes. Press nine's waiting on me."
    assert FlawKind.NO_NEXT_STEP in kinds(*good)
    reference = expert_lines("expert-113", "asking-for-a-reference-good.json")
    assert "on your desk Monday" in reference[15]
    assert FlawKind.NO_NEXT_STEP not in kinds(*reference, role=MENTEE)


def test_questions_listed_with_commas_are_stacked() -> None:
    listed = questions(
        "What would you say about me, what do you think he'll ask, and is there anything you'd "
        "want me to work on first?"
    )
    assert len(listed) == 3 and stacked(listed)
    assert (
        len(questions("Would you be willing, do you know anyone, and is Wednesday too tight?")) == 3
    )
    for one in (
        "So when you left, how did it go?",
        "Is it okay, do you think?",
        "What do you think, is it worth it?",
        "Did it go well, would you say?",
    ):
        assert len(questions(one)) == 1, one
    near_miss = expert_lines("expert-111", "asking-for-a-reference-near_miss.json")
    assert FlawKind.STACKED_QUESTIONS in kinds(*near_miss, role=MENTEE)


def test_a_step_left_to_think_about_how_is_put_off() -> None:
    # expert-110's asking-for-stretch near-miss: "...you go to Linda and tell her about Harlow"
    # met with "I'll think about how to approach Linda." and "I'll try to find a time at some
    # point."
    near_miss = expert_lines("expert-110", "asking-for-stretch-near_miss.json")
    assert (
        near_miss[17]
        == "That's really generous. Thank you. I'll think about how to approach Linda."
    )
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)
    near_miss[17] = "That's really generous. Thank you. I'll see Linda on Wednesday afternoon."
    near_miss[19] = "Okay. Wednesday afternoon, then. And I'll keep the Monday notes going."
    assert FlawKind.NO_NEXT_STEP not in kinds(*near_miss, role=MENTEE)
