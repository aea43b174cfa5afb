"""From expert-252's and expert-254's misses (each measured once unseen first): a mentor's own
story told across short turns that are nearly all of it ("When I went for my first post, my
boss covered my application in red pen... So I'm a great believer in red pen.") and one that
goes on in sentences naming no one ("Horrible feeling. It worked out in the end.") are
self-focus, "you know" said in passing addressing nobody; what they just said argued down
("The scheme isn't really that thin, though.") or someone they raised stood up for ("I don't
think that's fair on him") is defensive; and a summary that picks up "Farah's team" picks up
what they said of Farah."""

from __future__ import annotations

from coach.critique.contradicting import contradicts
from coach.critique.self_focus import _story_told, _told_of_self
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds, session
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_a_short_story_of_ones_own_that_is_nearly_all_the_turn_is_self_focus() -> None:
    lines = (
        "I wanted to ask how these sessions are meant to work.",
        "When I started at the depot my manager read my first report over a weekend and"
        " covered it in red ink. I was livid, then I got promoted. So I'm a big believer in red"
        " ink. What's on your mind?",
        "Mostly the contract. It ends in March and nobody has said anything.",
        "I had a fixed-term contract myself in my twenties, two years on the harbour"
        " regeneration scheme, never knowing if I'd be kept on. Awful feeling. It sorted itself"
        " out in the end.",
        "Right. Okay.",
    )
    assert K.SELF_FOCUS in flaw_kinds(*lines)
    assert named("expert-254", "clarifying-expectations", K.SELF_FOCUS) == (True, False)


def test_a_story_goes_on_in_sentences_naming_no_one_and_you_know_addresses_nobody() -> None:
    told = "I once nearly went into logistics myself, you know. Awful year. Never again."
    assert _told_of_self(told) == 9  # the sentence about them, "you know" addressing nobody
    assert _story_told(told) == len(told.split())  # and the story going on after it
    assert _story_told("I did that once. What did you do?") == 4
    assert _story_told("So my message read badly. I'm sorry for it.") == 0  # owning, no story


def test_their_word_argued_down_or_someone_stood_up_for_is_defensive() -> None:
    heard = "The handbook is so thin it's useless, and Mr Okoro barely looked at me."
    assert contradicts("The handbook isn't really that thin, though.", heard)
    assert contradicts("I don't think that's fair on him, honestly.", heard)
    assert contradicts("Well, I did answer most of them. I wasn't ignoring you.", heard)
    assert not contradicts("You're not that useless, you know.", heard)  # about them
    assert not contradicts("That's fair. The handbook isn't that thin, but go on.", heard)
    assert not contradicts("The handbook isn't that long.", heard)  # not their word
    assert named("expert-252", "setting-boundaries", K.DEFENSIVE) == (True, False)


def test_a_possessive_is_the_person_it_belongs_to_when_a_summary_gathers() -> None:
    coded = session(
        "I'd like more structure, honestly. Something regular, with a purpose.",
        "What would make it worthwhile?",
        "Farah Siddiqui's new team recruits in January. I'd want someone to look at my models.",
        "Pulling it together: regular sessions with a purpose, and Farah's recruiting in mind."
        " Have I got that right?",
    )
    assert coded.draws_on(3) == 2
