"""From expert-268's and -269's misses (each measured once unseen first): a fix answered
"Maybe. Um. I didn't come for a fix, though. Can I get through the rest first?" came too
soon (a hesitation is no sentence of the answer); "Right, so he marked..." tells back what
they said of someone else when it picks up enough of their words; and a reflection's depth is
read without the learner's own news and advice that follow it in the same turn, and quoted by
the sentence that says back."""

from __future__ import annotations

from coach.critique import reactions
from coach.critique.advising import premature_advice
from coach.critique.detectors import reflection
from coach.critique.evidence import first_sentences
from coach.critique.flaw_quotes import flaw_quote
from coach.critique.listening import content_only_reflections
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import session

K = FlawKind


def test_a_hesitation_is_no_sentence_of_the_answer() -> None:
    assert first_sentences("Um. Maybe. I'm not sure yet. We'll see.") == "Maybe. I'm not sure yet."
    assert first_sentences("Erm... Okay. Fine.") == "Okay. Fine."
    assert first_sentences("Umbrellas, mostly. And boots.") == "Umbrellas, mostly. And boots."


def test_a_fix_they_did_not_come_for_came_too_soon() -> None:
    for said in (
        "I didn't come for a fix, though.",
        "I did not come here for solutions.",
        "Can I get through the rest first?",
    ):
        assert reactions.NOT_READY.search(said), said
    assert not reactions.NOT_READY.search("I didn't come for the coffee, honestly.")
    lines = (
        "Every month I bring one question, and every month the hour goes on your old projects.",
        "Quick fix: you email me the question the day before and I'll stick to it.",
        "Mm. Um. I didn't come for a fix, though. Can I get through the rest first?",
        "Of course. Go on.",
        "The second thing is harder to say.",
    )
    flaw = premature_advice(session(*lines), LearnerRole.MENTOR)
    assert flaw is not None and flaw.turns == (1,)
    answered = (*lines[:2], "Yes, that would help. I'll send it on Sundays.", *lines[3:])
    assert premature_advice(session(*answered), LearnerRole.MENTOR) is None
    assert named("expert-268", "receiving-feedback", K.PREMATURE_ADVICE) == (True, False)


def test_what_they_told_of_someone_else_said_back_in_their_words_is_a_reflection() -> None:
    told = (
        "Mr Pike graded my lesson as requires improvement, and he barely made eye contact when "
        "he fed back. My second observation is in a fortnight, a Tuesday, with 9C. That's why I "
        "wanted you to talk to him."
    )
    plan = (
        " And that's why you want me to talk to him. I won't do that, because it isn't my place,"
        " but I'll help you get ready. We could use the next two sessions on 9C."
    )
    back = (
        "Right, so he graded it as requires improvement, he didn't make eye contact in the "
        "feedback, and the next one is a Tuesday in a fortnight with 9C."
    )
    assert reflection(session(told, back + plan)) == [1]
    # and a growth area on the reflections quotes the saying back, not the plan beside it
    quote = flaw_quote(K.CONTENT_ONLY_REFLECTIONS, session(told, plan.strip() + " " + back), 1)
    assert quote.quote == back
    guessed = "Right, so he sounds like a difficult man to work for."
    assert reflection(session(told, guessed + plan)) == []


def test_facts_said_back_before_news_of_ones_own_are_content_only() -> None:
    lines = (
        "Each report takes me two evenings, because the template is blank and I build every "
        "table from scratch, and I send it the minute it's done.",
        "So each report takes you two evenings, the template is blank, you build every table "
        "from scratch, and you send it when it's done. I've got a new baby at home, so I won't "
        "answer anything after seven from now on.",
        "Oh. Right. Of course.",
        "What else is going on?",
        "My manager moved the deadline, my laptop died, and the client wants weekly calls now.",
        "Right, so the manager moved the deadline, the laptop died, and the client wants weekly "
        "calls. I'm away next week, so we'll pick it up after that.",
        "Okay.",
        "And the rest?",
        "The audit is on the fifth, the auditor is new, and the files are in two places.",
        "So the audit is on the fifth, with a new auditor, and the files are in two places. "
        "I'll ask Sam to help you sort the files, and I'm free on the fourth.",
        "Okay. Thanks.",
    )
    flaw = content_only_reflections(session(*lines), LearnerRole.MENTOR)
    assert flaw is not None and flaw.kind is K.CONTENT_ONLY_REFLECTIONS
    assert named("expert-269", "setting-boundaries", K.CONTENT_ONLY_REFLECTIONS) == (True, False)
    # (a reflection that owns the learner's part or asks to see their list is read whole)
    for set_name, stem in (
        ("expert-10", "clarifying-expectations"),
        ("expert-17", "thinking-of-leaving"),
    ):
        assert not named(set_name, stem, K.CONTENT_ONLY_REFLECTIONS)[1], set_name
