"""From expert-262's and -263's misses (each measured once unseen first): a verdict that names
them at its end ("...was blunt, Callum.") is addressed to them, whatever it quotes; what
something made them feel ("it made a hard task feel pointless") is no label for their idea; a
short story of the learner's own that first said back what they told, asked after in a few
words ("Huh. She come round?") and handed back ("But this is yours, not mine."), is no
self-focus; and a mentee who wrote up a timeline and put an apology out said what they had
done."""

from __future__ import annotations

from coach.critique import asking_cues, judgment_cues, story_cues
from coach.critique.asking import tried_already
from coach.critique.judging import _labels_their_idea
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds, session
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_a_verdict_that_names_them_last_is_addressed_to_them() -> None:
    said = "'That's wrong' in front of the whole panel was abrupt, Priya."
    assert judgment_cues.ADDRESSED.search(said)
    assert not judgment_cues.ADDRESSED.search("The train was late, as usual.")
    assert named("expert-263", "bridging-differences", K.JUDGMENT) == (True, False)


def test_what_something_made_them_feel_is_no_label() -> None:
    assert not _labels_their_idea("And my silence made a hard task feel pointless.")
    assert _labels_their_idea("Honestly, the whole plan feels pointless.")
    assert _labels_their_idea("It makes the plan look a bit naive.")  # a label, however put


def test_a_story_said_beside_theirs_and_handed_back_is_no_self_focus() -> None:
    assert story_cues.ASKS_THEIR_STORY.search("Huh. She come round?")
    assert story_cues.ASKS_THEIR_STORY.search("Did he ever say sorry?")
    assert not story_cues.ASKS_THEIR_STORY.search("She left at six. The shift was short.")
    assert story_cues.HANDS_BACK.search("Slowly. But this is yours, not mine.")
    assert story_cues.HANDS_BACK.search("Anyway, enough about me.")
    lines = (
        "Thanks for making the time. I'll be straight, I didn't pick this.",
        "That's fair. What's the job been like since you moved up?",
        "Kemal and me started the same week. Twelve years on the same line. We both went for the"
        " job and they gave it to me. Now the canteen goes quiet when I walk in, so I eat at my"
        " desk.",
        "That sounds lonely. You got the job and lost the table you ate at, and the people you"
        " grew up on the line with. I've had a version of that. When I took over the depot I got"
        " it ahead of a man I'd shared lifts with for five years. He didn't speak to me for a"
        " month. I still think about it.",
        "Huh. He come round?",
        "In the end. It took a long while. But this is yours, not mine. What's the hardest part of"
        " eating at your desk?",
        "The quiet, mostly. And knowing they think I changed.",
    )
    assert K.SELF_FOCUS not in flaw_kinds(*lines)
    assert named("expert-262", "building-trust", K.SELF_FOCUS)[1] is False


def test_a_timeline_written_up_and_an_apology_put_out_is_what_was_done() -> None:
    for said in ("I wrote up a timeline.", "And I put an apology in the channel."):
        assert asking_cues.TRIED.search(said), said
    assert not asking_cues.TRIED.search("I put it off all week.")
    lines = (
        "Come in. What's going on?",
        "It's about the outage on Monday. The change was mine.",
        "Okay. What have you done since?",
        "I wrote up a timeline. And I put an apology in the team channel.",
        "Right. And what do you need from me?",
    )
    assert tried_already(session(*lines)) == [3]
