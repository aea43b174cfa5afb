"""From expert-149's misses: "exactly this happened to me", "I had exactly the same thing" and
"I went through something a bit like it" begin a story of one's own, and "It's not quite the
same thing." or "That's a story about you, though." sets one aside; "I'll look at what I can
manage and we'll find a rhythm." leaves the step vague; "I wanted to give you the background
first" gives the case, so a mentor asking for more of it is no sign of none; and one story of
one's own told after saying back what they told, which they answer by telling more, models
openness, even when it begins "when I took over"."""

from __future__ import annotations

from coach.critique import asking_cues, plan_cues, story_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_story_they_set_aside_is_self_focus() -> None:
    assert story_cues.SELF_STORY.search("Funnily enough, exactly this happened to me.")
    assert not story_cues.SELF_STORY.search("Exactly this happened to the Harlow order last week.")
    assert story_cues.SELF_STORY.search("I had exactly the same thing with ward management.")
    assert story_cues.SELF_STORY.search("I went through something a bit like it with my dad.")
    assert not story_cues.SELF_STORY.search("I went through the figures again last night.")
    lines = [
        "Meetings take more out of me than they look like they do. By three I'm spent.",
        "Oh, I completely get that. I'm a massive introvert myself. At the practice Christmas "
        "party I'm hiding by the coats by nine, every single year. And Fridays, honestly, when "
        "my kids were small I did a four-day week for three years and it saved my sanity.",
        "It's not quite the same thing. There's a reason I do things the way I do. I'm "
        "keeping it to myself for now, and I'd like to leave it there, thank you.",
    ]
    assert K.SELF_FOCUS in kinds(*lines)
    near_miss = expert_lines("expert-149", "bridging-differences-near_miss.json")
    assert K.SELF_FOCUS in kinds(*near_miss)
    stories = expert_lines("expert-11", "mutual-accountability-near_miss.json")
    assert K.SELF_FOCUS in kinds(*stories)


def test_a_rhythm_to_be_found_is_no_step() -> None:
    said = "I'll look at what I can manage and we'll find a rhythm."
    assert plan_cues.VAGUE_PLAN.search(said)
    assert plan_cues.VAGUE_PLAN.search("We'll settle into a routine.")
    assert not plan_cues.VAGUE_PLAN.search("I'll look at your model on Friday and send notes.")
    near_miss = expert_lines("expert-149", "clarifying-expectations-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss)


def test_the_background_announced_is_context() -> None:
    said = "I've got two things to ask you, but I wanted to give you the background first."
    assert asking_cues.EXPLAINS.search(said)
    assert asking_cues.EXPLAINS.search("Let me fill you in before I ask.")
    assert not asking_cues.EXPLAINS.search("Can you give me some background on Curtis?")
    good = expert_lines("expert-149", "asking-for-a-reference-good.json")
    assert K.NO_CONTEXT not in kinds(*good, role=MENTEE)


def test_one_story_after_theirs_said_back_and_taken_up_is_no_self_focus() -> None:
    good = expert_lines("expert-149", "building-trust-good.json")
    assert K.SELF_FOCUS not in kinds(*good)
    lines = [
        "Luis and me came up together. Eleven years on the same shift. They picked me. Now I "
        "walk into the break room and it goes quiet.",
        "That sounds lonely. Eleven years on the same shift with Luis, and now the break room "
        "goes quiet when you walk in. For what it's worth, when I took over the depot I got the "
        "job over a woman I'd shared lifts with for six years, every single morning, rain or "
        "shine. We don't share lifts anymore. "
        "I'm not saying it's the same, just that I know a bit of that silence.",
        "Six years. Huh. Luis calls me 'jefe' now and it's a joke, except it isn't. You want "
        "to know why I watch what you write? In 2017 I told someone in a programme like this "
        "about my father, and it came back as a note in my file.",
    ]
    assert K.SELF_FOCUS not in kinds(*lines)
    put_aside = [*lines[:2], "That's a story about you, though. Can we get back to the shift?"]
    assert K.SELF_FOCUS in kinds(*put_aside)
