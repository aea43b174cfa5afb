"""From expert-94's and expert-95's misses: a word put on them, hedged ("a little
impulsive"), and denied alone ("It's not impulsive.") is a judgment, and so is "seems a little
passive"; facts said back and answered "Yes. Those are the facts." or "Correct, as far as it
goes." are content only, even when they pick up earlier words than the last turn's; "Those
sound like two solid steps, and they're both yours." takes up the steps they named; and a
reflection of what they meant, in other words, that they answer by telling much more, says
back what they said; "aren't partner material", "someone who can't manage a team" and "on your
watch" label them even when they only go along; "When I was going for partner, I billed..."
is a story of one's own."""

from __future__ import annotations

from coach.critique.disputes import rejects_label
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.next_step import next_step_agreed
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind

_LEAVING = [
    "I've been looking at other jobs. I don't know why I'm telling you first.",
    "Thank you for telling me. What's brought this on?",
    "Since the hub, it isn't the same job. And there's a second interview on Thursday.",
]


def test_a_hedged_word_denied_alone_is_a_label() -> None:
    impulsive = [
        *_LEAVING,
        "A second interview. I'll be candid: getting that far without a word to anyone is a "
        "little impulsive. What's drawing you to the Trust?",
        "It's not impulsive. I've been thinking about it since February.",
    ]
    assert K.JUDGMENT in kinds(*impulsive)
    assert rejects_label("It's not impulsive. I've thought about it.", "That's a little impulsive.")
    assert not rejects_label("It's not finished. Nearly.", "Is the report finished yet?")
    passive = [*_LEAVING, "Going along with it seems a little passive for someone like you."]
    assert K.JUDGMENT in kinds(*passive, "Maybe. But it's not your name on the letters.")


def test_facts_said_back_and_confirmed_as_facts_are_content_only() -> None:
    lines = [
        "Three items on the agenda: the acoustic spec, my log, the feedback.",
        "Let's take them in that order. Where are you on the spec?",
        "Option B reaches 0.7 seconds within budget. The original figure would have given 1.8.",
        "Good. On item three: my feedback in the car was vague. How did it look from your side?",
        "I listed what was there. A head teacher holding a wrong number. I honestly can't see "
        "what I should have done instead, and I've thought about it a lot.",
        "So the number was 1.8 seconds when it needed to be under 0.8, and the pupils at the "
        "back would have missed half of every lesson.",
        "Yes. Those are the facts. That wasn't really my point.",
        "What's behind the agenda request?",
        "Meetings take more out of me than shows. I'd rather not list why yet.",
        "So you'd like the agenda in advance, and you work from home on Fridays.",
        "That's the logistics, yes.",
    ]
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*lines)
    assert FACTS_ONLY.search("Correct, as far as it goes.")
    assert FACTS_ONLY.search("Yes. That's the order it happened in.")
    assert not FACTS_ONLY.search("Yes. And it's the order that scared me.")


def test_those_sound_like_steps_takes_up_the_steps_they_named() -> None:
    lines = [
        *_LEAVING,
        "So the job has changed under you, and Thursday is close. That's a lot to hold.",
        "It is. Dan and I haven't even done the numbers properly.",
        "With Thursday coming, what would be useful for you to do before then?",
        "I think I write down what I'd be doing at the Trust, next to what I do now. And I "
        "want to ask the panel about caseloads.",
    ]
    agreed = session(*lines, "Those sound like two solid steps, and they're both yours.")
    assert next_step_agreed(agreed) == [7]
    doubted = session(*lines, "Are you sure that's the best use of the week?")
    assert next_step_agreed(doubted) == []


_MISREAD = [
    "You wanted to talk about Tuesday's email.",
    "I did. Three weeks ago I said 'take the lead on Halvorsen'. What did you take that to mean?",
    "Strictly speaking? What it said. Whatever you had in your head might be a different animal.",
    "That explains it. What I had in mind was narrower, and I never said it. That's on me.",
    "Right. Narrower. On those calls I've got every number in my head and I sit there silent.",
]


def test_what_they_meant_said_in_other_words_and_met_by_more_is_said_back() -> None:
    deep = "It sounds like that sentence felt like being seen after four years, and now it's "
    deep += "being taken back in front of you."
    more = (
        "Fine. It's mortifying, but fine. I heard it as the first rung towards Associate "
        "Principal. Four years a senior and then, finally, lead. I rang Agnieszka from the car "
        "park and we went out for dinner on a school night. So this week has been about coming "
        "home and explaining that."
    )
    asks = [
        "What happened next?",
        "Ines chased a date for eight days and I gave her one.",
        "Why that date?",
        "Two weeks of runs lost to a failed column.",
        "And what did the client say?",
        "Nothing yet.",
    ]
    heard = kinds(*_MISREAD, deep, more, *asks)
    assert K.NO_REFLECTIONS not in heard
    short = kinds(*_MISREAD, deep, "Maybe.", *asks)
    assert K.NO_REFLECTIONS in short


_PARTNER = [
    "Thanks for fitting me in. The Halloran refinancing closed on Friday. So, broadly, all in "
    "hand.",
]


def test_not_partner_material_and_someone_who_cannot_are_labels_met_flatly_or_not() -> None:
    # said to someone who only goes along ("Right. I'll look at it."): no sting to read
    for label in (
        "Your numbers this quarter aren't partner material, frankly.",
        "It sounds like someone who can't manage a team.",
        "And Priya leaving on your watch didn't help either.",
    ):
        assert K.JUDGMENT in kinds(*_PARTNER, label, "Right. I'll look at it."), label
    fair = "Your numbers this quarter are below what the committee expects. How do you see them?"
    assert K.JUDGMENT not in kinds(*_PARTNER, fair, "Right. I'll look at it.")


def test_when_i_was_going_for_partner_is_a_story_of_ones_own() -> None:
    story = (
        "When I was going for partner, I billed two thousand four hundred hours and I was in the "
        "office by seven every single day. Nobody ever questioned my commitment. That's the bar."
    )
    assert K.SELF_FOCUS in kinds(*_PARTNER, story, "Understood.")
    plan = "When the committee meets in April, I'll be in the room, and I'll tell you what I say."
    assert K.SELF_FOCUS not in kinds(*_PARTNER, plan, "Understood.")
