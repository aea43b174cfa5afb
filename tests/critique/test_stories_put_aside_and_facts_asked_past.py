"""From expert-270's and -271's misses (each measured once unseen first): a story of one's own
they put aside ("That's your experience.", "I don't think it's the same thing.", "That works
for you.") is self-focus even beside a reflection; a reflection's depth is read without the
question after it ("So you read it several times over. Can I ask why the date moved?") while a
sentence of theirs is left; "yours" after their "mine" names no meaning; and goods are no
longer flagged for asking where a draft "sounds like an excuse" after asking where it is
unclear, or for "go easy on slide four"."""

from __future__ import annotations

from coach.critique import reactions, story_cues
from coach.critique.judging import judged
from coach.critique.listening import content_only_reflections
from coach.critique.self_focus import self_focus
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import session

K = FlawKind
MENTOR = LearnerRole.MENTOR


def test_a_story_of_ones_own_put_aside_is_self_focus() -> None:
    for said in (
        "That's close. But I don't think it's the same thing.",
        "That works for you. I'd want one that works for me.",
    ):
        assert story_cues.STORY_PUT_ASIDE.search(said), said
    assert not story_cues.STORY_PUT_ASIDE.search("Does that work for you?")
    lines = (
        "Site meetings wear me out. By three I've nothing left for the design itself.",
        "So the meetings take it out of you. I had exactly that early on: a director told"
        " me I was too blunt with builders, and I spent a year working out what she meant.",
        "That's your experience. I'm not sure it's the same.",
        "Fair. What would help?",
        "Knowing the agenda the day before.",
        "Here's how I do it: I always say 'interesting, can I add something?' before I"
        " disagree with a client. It's worked for me for twenty years.",
        "That works for you. I'd rather find my own version.",
        "What would your version be?",
        "Say what they were told, then the right figure.",
    )
    flaw = self_focus(session(*lines), MENTOR)
    assert flaw is not None and flaw.turns == (1, 5)
    welcomed = (*lines[:2], "Huh. A year. Yes, that sounds about right.", *lines[3:6])
    assert self_focus(session(*welcomed, "Good. I'll try that."), MENTOR) is None
    assert named("expert-270", "bridging-differences", K.SELF_FOCUS) == (True, False)


def test_facts_said_back_before_a_question_are_content_only() -> None:
    lines = (
        "It was mine, I thought. The client and the dates. So when Ines chased, I gave her one.",
        "So you understood the client and the dates were now yours, and when Ines chased you"
        " gave her a date. What I meant was you presenting on the calls.",
        "Right. I've done the analysis on that account for two years. Someone else presents it.",
        "So you've done the analysis for two years and someone else presents it on the calls."
        " What did you make of it?",
        "I'd rather leave that. Your message said eight words. I read it about five times.",
        "So you read it several times over. Can I ask why the date moved by three weeks?",
        "The column failed. The runs from the third to the fourteenth are invalid.",
        "So the column failed and the runs from the third to the fourteenth have to be repeated.",
        "Yes. Anyway.",
    )
    flaw = content_only_reflections(session(*lines), MENTOR)
    assert flaw is not None and flaw.turns == (1, 3, 5, 7)
    assert named("expert-271", "resolving-misunderstanding", K.CONTENT_ONLY_REFLECTIONS) == (
        True,
        False,
    )
    # (a meaning named in words of its own keeps plain reflections from being content only)
    assert not named("expert-17", "thinking-of-leaving", K.CONTENT_ONLY_REFLECTIONS)[1]


def test_asking_where_a_draft_sounds_like_an_excuse_is_no_judgment() -> None:
    lines = (
        "Come in. What do you need?",
        "Would you read my write-up before Friday and tell me where it's unclear or where it"
        " sounds like an excuse?",
        "I can do that. Send it tonight.",
    )
    assert judged(session(*lines), LearnerRole.MENTEE) == []
    assert not reactions.STUNG.search("Here it is, and go easy on slide four.")
    assert reactions.STUNG.search("Go easy on me, please.")
    assert reactions.STUNG.search("And go easy on the team. They had a rough morning too.")
    # (the learner's own side told is no news to drop from a reflection: "I'll be honest about
    # my side: I'd assumed a monthly coffee...", expert-192's good)
    assert not named("expert-192", "clarifying-expectations", K.CONTENT_ONLY_REFLECTIONS)[1]
    assert named("expert-271", "help-after-a-mistake", K.JUDGMENT, LearnerRole.MENTEE)[1] is False
    assert named("expert-271", "setting-boundaries", K.JUDGMENT)[1] is False
