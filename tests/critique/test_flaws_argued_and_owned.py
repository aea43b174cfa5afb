"""Flaws and their absence in turns that argue back, offer sayings, or own what was said:
"I'd push back a little" defends, "Change is never easy, but it's how we grow" is a saying
and not a verdict, a mentee's "Should I...?" is closed, an answer to their yes/no question is
not a reflection, "the bit you need to think through" is not advice, a long account is
context, and "I finish your sentences with my answer" says their point back."""

from __future__ import annotations

from coach.critique.advising import advised
from coach.critique.defending_cues import defends
from coach.critique.detectors import reflection
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.flaw_quotes import flaw_quote
from coach.critique.judgment_cues import NOT_A_JUDGMENT
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_pushing_back_on_their_doubt_defends_but_inviting_push_back_does_not() -> None:
    assert defends("I understand that, but I'd push back a little. I've kept them apart.")
    assert defends("I have to push back on that. October is one season.")
    assert defends("I'd hope eighteen months of working together would count for something.")
    assert defends("If there were problems in the summer, I'd rather have heard about them.")
    assert not defends("Here's a proposal, and push back on any of it.")
    assert not defends("Did you feel you could push back on her?")


def _tested(ninth: str, fifteenth: str) -> list[str]:
    return [
        "Dates only. We'll see.",
        "That's fair. What's happening on press nine?",
        "Short shots all week. Everyone's blaming the resin lot.",
        "So you've got a diagnosis, and nobody's asked the person who knows the press.",
        "Story of this place. Last time I told a mentor personal things, they got out.",
        ninth,
        "Yeah, I've heard that one.",
        "How have the three months been since the promotion?",
        "Crew's fine. It's just different being the boss. Leave it.",
        fifteenth,
        "Sure. Put it on the list with the rest.",
    ]


def test_sayings_in_place_of_their_story_are_stock_phrases_not_judgments() -> None:
    found = kinds(
        *_tested(
            "Honestly, everyone's got their thing. You're here, and that's half the battle.",
            "Change is never easy, but it's how we grow. You've clearly got what it takes.",
        )
    )
    heard = kinds(
        *_tested(
            "So it got out once, and now you'll decide what comes in here.",
            "Different how? What's changed most with the crew since you became the boss?",
        )
    )
    assert found[K.STOCK_PHRASES] == (5, 9)
    assert K.JUDGMENT not in found
    assert K.STOCK_PHRASES not in heard


def _asking_mentee(third: str) -> list[str]:
    return [
        "Come in. What do you need?",
        "It was my migration that took the scanners down on Tuesday. I've drafted a timeline.",
        "Okay. What have you done since?",
        "I posted an apology. Have you ever been the one who caused an outage like this?",
        "Once. A long time ago. Don't walk in there armoured up.",
        third,
        "Keep the apology to one sentence at the top, then facts and fixes.",
        "Got it. Is the team angry with me?",
        "Maybe. It's the going-it-alone part that rattled them.",
    ]


def test_a_mentee_asking_should_i_asks_a_closed_question() -> None:
    closed = kinds(*_asking_mentee("Should I open with an apology on Friday?"), role=MENTEE)
    opened = kinds(*_asking_mentee("How would you open it on Friday?"), role=MENTEE)
    assert closed[K.CLOSED_QUESTIONS] == (3, 5, 7)
    assert K.CLOSED_QUESTIONS not in opened


def test_an_answer_to_their_yes_no_question_is_not_a_reflection() -> None:
    talk = session(
        "Oh God, okay. Is it the messages? Sorry.",
        "It's partly the messages, and I'm not cross. What's a typical evening like for you?",
        "Every lesson takes me three hours, so I'm at my desk till one most nights.",
        "So each lesson takes about three hours, and you're at your desk until about one.",
    )
    assert reflection(talk) == [3]


def test_a_thing_they_need_to_do_named_and_a_moment_given_are_not_advice() -> None:
    talk = session(
        "When I start describing a problem, you usually have the answer before I've finished.",
        "I take the messy part from you, the bit you need to think through out loud.",
        "Sorry, give me a second.",
        "Take the second.",
        "I think I'll ask for the first half of the hour.",
        "You need to think it through before you ask.",
    )
    assert advised(talk) == [5]


def _disagreeing(third: str) -> list[str]:
    return [
        "I got your email. Go ahead.",
        "I've thought hard about switching to the survey data, and I'm keeping the field plan.",
        "Sure. Walk me through it.",
        third,
        "Hold on. Before I help you do it, convince me it can be done.",
        "I've redrawn the timeline so the installs happen in May. Would you read it?",
        "Yes. Send it Friday.",
    ]


def test_a_long_account_is_context_whatever_the_mentor_then_asks_for() -> None:
    account = (
        "The question is whether the dams help frogs come back to the streams the fire burned."
        " Nobody has post-fire data on that in this region, and the sites are only this fresh"
        " for a few more years. Last summer went badly: three of the ten structures went in,"
        " and two of those ponds were dry by July. Our contact retired in December and nobody"
        " at the district has answered me since. The risk you pointed at is real. I just think"
        " the question is worth it if I can manage the risk."
    )
    bare = "I just think it's worth it and I'd like you to back me."
    assert K.NO_CONTEXT not in kinds(*_disagreeing(account), role=MENTEE)
    assert K.NO_CONTEXT in kinds(*_disagreeing(bare), role=MENTEE)


def test_their_point_about_the_learner_said_back_in_the_first_person_is_a_reflection() -> None:
    said = "When I start describing a problem, you usually have the answer before I've finished."
    owned = session(
        said,
        "That lands. I finish your sentences with my answer, and what it costs you is the"
        " messy part. I'm sorry. What else?",
    )
    argued = session(
        said, "I finish your sentences with my answer because, to be fair, it's quicker."
    )
    assert reflection(owned) == [1]
    assert reflection(argued) == []


def test_a_sentence_saying_back_their_story_counts_inside_a_turn_read_otherwise() -> None:
    said = (
        "My post is fixed-term. It's paid for by the recovery grant, and the grant finishes in"
        " March. Nobody has told me whether my job is staying."
    )
    heard = session(
        said,
        "Thank you for telling me that. You've been sitting through our coffees with March at"
        " the back of your head and nobody telling you whether your post survives. I'm sorry,"
        " I had no idea.",
    )
    thanked = session(said, "Thank you for telling me that. I'm sorry, I had no idea.")
    assert reflection(heard) == [1]
    assert reflection(thanked) == []


def test_praise_agreement_and_their_silence_said_back_do_not_defend() -> None:
    assert defends("But you never said! Why didn't you just stop me?")
    assert defends("You always ask about my career. But stories are how people learn.")
    assert not defends("You will. You always do. But you went quiet just then.")
    assert not defends("One story and the numbers, like you always say.")
    assert not defends("You've been fighting for it, and you never said so because you're kind.")
    assert not defends("If something came up that I honestly thought they had to know, I'd say.")


def test_their_account_argued_down_defends() -> None:
    assert defends("I understand why it felt like that, but you did ask to run them.")
    assert defends("You weren't abandoned, Emre, you were trusted.")
    assert defends("I honestly think it would have reached the councillor either way.")
    assert defends("I did say that, but I also said to message me if you got stuck.")
    assert defends("I think I was pretty clear on that in June.")
    assert defends("I'd mentioned you to Gillian, so it wasn't as if nothing happened.")
    assert not defends("You weren't sure you were allowed to ask for more.")
    assert not defends("How many of the cases would have paid anyway?")


def test_a_formula_and_a_question_say_nothing_back() -> None:
    said = "I'm not sure it landed. My old manager used to say 'and what else?' three times."
    assert reflection(session(said, "Take your time. What else?")) == []
    assert reflection(session("Maybe I just say 'sticky note'.", "'Sticky note' it is.")) == []
    missed = "You're not sure it landed with me, and you miss a manager who kept asking what else."
    assert reflection(session(said, missed)) == [1]


def test_their_own_need_said_back_and_an_invitation_to_say_it_rough_are_not_advice() -> None:
    need = "I need to think out loud to get there, and you come in with the answer."
    talk = session(
        need,
        "You need to think out loud to get to the real problem, and I come in first.",
        "I'm still working out how to say it.",
        "Try it rough. I'd rather hear the messy version.",
        "Okay.",
        "You need to write it down before next time.",
    )
    assert advised(talk) == [5]


def test_facts_confirmed_as_the_facts_or_the_substance_are_facts_only() -> None:
    assert FACTS_ONLY.search("Yes. That's the substance of it.")
    assert FACTS_ONLY.search("Broadly. Those are the facts, yes.")
    assert not FACTS_ONLY.search("Yes. And it's been lonely, if I'm honest.")


def test_their_fear_said_not_to_apply_defends() -> None:
    assert defends("It isn't a poster, though. I've mentored three supervisors.")
    assert defends("What happened to you couldn't happen the same way today.")
    assert defends("It's not like I've always been behind a desk.")
    assert not defends("It's not nothing, though. Here's where we are.")


def test_sayings_of_fortune_and_welcome_are_stock_phrases() -> None:
    found = kinds(
        "I'd hoped you might look at my work. Is that too much of a favour?",
        "Honestly, every question is a good question, and no question is too small.",
        "My contract ends in March. Nobody has said what happens after.",
        "Whatever's round the corner, good people have a way of landing on their feet.",
        "Mm. Yes. I'm sure.",
    )
    assert found[K.STOCK_PHRASES] == (1, 3)


def test_a_mentee_piling_questions_on_the_mentor_stacks_them() -> None:
    found = kinds(
        "Hi, come in. What's on your mind?",
        "Meridian want a date on Thursday and we can't give one. Would you join the call?",
        "I can be on for fifteen minutes.",
        "That helps. Have you ever been in this position yourself? How did it go? And what"
        " would you do differently on Thursday if you were me?",
        "Lead with the numbers. There's a story, but not for today.",
        role=MENTEE,
    )
    assert found[K.STACKED_QUESTIONS] == (3,)


def test_a_long_account_with_a_research_question_in_it_is_context_not_a_vague_ask() -> None:
    account = (
        "The question only works in the field: do the dams help frogs come back to the"
        " streams the fire burned? Eighteen years of survey data can't answer that. Last"
        " summer went badly: three of ten structures in, two of those ponds dry by July, and"
        " our contact retired in December. Since we talked I've redrawn the timeline, emailed"
        " the district three times and applied for a small grant. My committee meets in six"
        " weeks."
    )
    found = kinds(
        "I got your email. Go ahead.",
        "I've thought about switching to the survey data, and I'm keeping the field plan.",
        "Walk me through it.",
        account,
        "Okay. What do you need from me?",
        "Two things: would you help me find a new contact at the district, and would you read"
        " my revised timeline before the committee sees it?",
        "Yes to both. Send it Friday.",
        role=MENTEE,
    )
    assert K.VAGUE_ASK not in found


def test_a_flaw_is_quoted_in_the_sentence_that_shows_it() -> None:
    talk = session(
        "You wear two hats, and I'm never sure which one I'm talking to. So I'm careful.",
        "I understand that, but I'd push back a little. I have never taken anything from our"
        " sessions into a committee discussion, not once, in eighteen long months of this.",
        "Of course. I didn't mean to suggest otherwise.",
        "Fine. Have you got the pipeline? Is it in the shared drive? Did Priya see it?",
    )
    pushed = flaw_quote(K.DEFENSIVE, talk, 1)
    piled = flaw_quote(K.STACKED_QUESTIONS, talk, 3)
    assert pushed.quote == "I understand that, but I'd push back a little."
    assert piled.quote == "Have you got the pipeline?"
    assert flaw_quote(K.NO_SUMMARY, talk, 1).quote.startswith("I have never taken anything")


def test_more_sayings_and_facts_only_replies() -> None:
    found = kinds(
        "I've written some notes. Sorry if I read a bit.",
        "Honestly, every bit of feedback is a chance for me to grow.",
        "You usually have the answer before I've finished.",
        "Thank you. It's all part of us growing together.",
        "Mm. Yeah.",
    )
    assert found[K.STOCK_PHRASES] == (1, 3)
    assert FACTS_ONLY.search("Yes. Those are the words.")
    assert FACTS_ONLY.search("Sort of. You've made it sound simpler than it is.")


def test_slow_down_one_thing_at_a_time_hears_the_questions_as_piled() -> None:
    found = kinds(
        "What's on your mind?",
        "I'd like a reference. Would you write it, do you know anyone there?",
        "Slow down. One thing at a time. Yes, I'll write it.",
        role=MENTEE,
    )
    assert found[K.STACKED_QUESTIONS] == (1,)


def test_running_down_people_absent_is_a_judgment_when_warned_off_and_quoted_as_such() -> None:
    opening = "What's going on?"
    board = "I applied last Tuesday. The board froze Jamal's post. It's like they don't value us."
    tanya = (
        "I'll give notice. Tanya's leave has dragged on so long people wonder if she's milking it."
    )
    warned = kinds(opening, board, "Hm. Careful. Those are the folks who keep the lights on.")
    assert warned[K.JUDGMENT] == (1,)
    watched = kinds(opening, tanya, "I'd watch how you talk about her. She's got her reasons.")
    assert watched[K.JUDGMENT] == (1,)
    taken_up = kinds(opening, board, "Frozen since March. What do you want from me?")
    assert K.JUDGMENT not in taken_up
    talk = session(opening, board, "Hm. Careful.")
    assert flaw_quote(K.JUDGMENT, talk, 1).quote == "It's like they don't value us."


def test_asking_what_they_hoped_for_is_no_judgment() -> None:
    assert NOT_A_JUDGMENT.search("And were you hoping to get something specific out of it?")
    assert NOT_A_JUDGMENT.search("Did you want more than that from these sessions?")
    assert not NOT_A_JUDGMENT.search("Were you hoping nobody would notice. It was careless.")
    assert not NOT_A_JUDGMENT.search("Were you even listening to the brief?")
