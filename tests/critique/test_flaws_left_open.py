"""From expert-70's misses. A close left open: a wait-and-see with only a time to it puts no
step, "let's both sit with it" is vague, the words that show no next step are the vague ones,
and "whenever you're ready" to hear them out is none. Facts said back: a task that "got stuck"
is no feeling, and a title they wrote, quoted, is no meaning of the learner's."""

from __future__ import annotations

from coach.coder.words import feelings
from coach.critique.flaw_quotes import flaw_quote
from coach.critique.listening import _worded, content_only_reflections
from coach.critique.next_step import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
# Five exchanges, the first inviting them to speak "whenever you're ready" (no plan at all).
HEARD = [
    "I've written some notes about how we use the hour.",
    "I'd like to hear them, whenever you're ready. Where would you like to begin?",
    "We end up on your stories and I leave without getting to my thing.",
    "You come with one clear thing and it gets buried under my anecdotes.",
    "Yes. And you have the answer before I've finished describing the problem.",
    "You need room to think aloud, and I leap in before you get there.",
    "Yes. Exactly that.",
    "So the hour drifts to my stories and I jump in too early. Have I got that right?",
    "Yes. That's all of it. So what do we do with it?",
]


def test_a_wait_and_see_with_only_its_time_puts_no_step() -> None:
    waited = session(*HEARD, "That's a nice thought. Let's see how it feels next time.", "Right.")
    tried = session(
        *HEARD,
        "Will you open next time with your question, and we'll see how it feels next time?",
        "Right. Okay.",
    )
    assert next_step_agreed(waited) == []
    assert next_step_agreed(tried) == [9]


def test_no_next_step_shows_in_its_vague_words_not_in_an_invitation_to_speak() -> None:
    lines = [
        *HEARD,
        "I don't think we should fix anything today. Let's both sit with it for a month.",
        "Okay. That's fair, I suppose.",
        "I'm sure it'll be better now. Let's see how it feels next time.",
        "Right. I'll leave the email in the drafts, then.",
    ]
    found = kinds(*lines)
    assert found[K.NO_NEXT_STEP] == (9, 11)  # not turn 1's "whenever you're ready"
    quotes = [flaw_quote(K.NO_NEXT_STEP, session(*lines), t).quote for t in (9, 11)]
    assert quotes == ["Let's both sit with it for a month.", "Let's see how it feels next time."]


def test_a_task_that_got_stuck_is_no_feeling() -> None:
    assert not feelings("you started the outline and got stuck after the title")
    assert not feelings("the bid got stuck on legal")
    assert feelings("you sound stuck") == {"stuck"}


def test_facts_said_back_around_a_quoted_title_are_content_only() -> None:
    lines = [
        "I started the outline twice. I got as far as a title and then I just sat there.",
        "So you opened it twice, wrote the title 'Fluid balance: why the numbers matter', and "
        "stopped there.",
        "Yes. A title and two headings.",
        "What's been happening at home?",
        "My mum had a stroke in July and lives with us. I went onto nights. I sleep four hours.",
        "So your mum's lived with you since July, you're on nights, and you sleep four hours.",
        "That's the gist. She's fine. I'm fine.",
        "Let me check I've got it. You started the outline and got stuck after the title, and "
        "since July you've been on nights. Have I got that right?",
        "Mostly, yes. But it's not that I didn't care about it.",
    ]
    held = session(*lines)
    assert not _worded(held, 1)  # "matter" inside their title is no meaning of the learner's
    assert content_only_reflections(held, LearnerRole.MENTOR) is not None
