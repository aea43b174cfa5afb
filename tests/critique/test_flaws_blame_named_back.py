"""From expert-148's missed judgment: a put-down of someone the counterpart answers "Blaming
Owen won't do you any good" was heard as blame, and something called "a bit of a setup" that
the counterpart denies in so many words ("That's not a setup.") was heard as a label. Neither
holds for blame of oneself, for a question, for a word they never used, or for a reading the
learner owns as their own ("I read it as a complaint, and I don't think I was right.")."""

from __future__ import annotations

from coach.critique.disputes import names_blame, rejects_label
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE
K = FlawKind

_OPENING = [
    "Come in. We've got half an hour. What do you need?",
    "The migration I shipped on Tuesday locked the loads table for two hours. I'm presenting "
    "the timeline at Friday's review and I'd like your help getting ready.",
    "Okay. Tell me what happened with the change itself.",
]


def test_blame_the_counterpart_calls_blame_is_a_judgment() -> None:
    lines = [
        *_OPENING,
        "A plain index build. Staging has a fraction of the rows, and Priya approved it "
        "without even asking about the table size.",
        "Okay. Blaming Priya won't do you any good, on Friday or after. She'd have passed it "
        "from anyone.",
    ]
    assert K.JUDGMENT in kinds(*lines, role=MENTEE)
    assert names_blame("Blaming the agency isn't going to fix the rota.")
    assert not names_blame("Blaming yourself won't get the trucks out any faster.")
    assert not names_blame("Nobody's blaming anyone. Walk me through it.")


def test_a_word_they_deny_in_so_many_words_is_a_label() -> None:
    lines = [
        *_OPENING,
        "Honestly, my lead should be standing up there, not me. Sending the junior up front "
        "feels like a bit of a setup.",
        "She asked you because it's your timeline. That's not a setup. Now, the change.",
    ]
    assert K.JUDGMENT in kinds(*lines, role=MENTEE)
    said = "Sending the junior up front feels like a bit of a setup."
    assert rejects_label("That's not a setup.", said)
    assert not rejects_label("That's not a setup.", "Is this review a setup, do you think?")
    assert not rejects_label("It's not a problem.", "I'll send the timeline tonight.")
    owned = "I'll be honest, I read it as a complaint, and I don't think I was right."
    assert not rejects_label("It wasn't a complaint. It was practical.", owned)
    wondered = "I wondered whether it was a complaint."
    assert not rejects_label("It wasn't a complaint.", wondered)


def test_expert_148s_judging_mentee_is_named() -> None:
    near_miss = expert_lines("expert-148", "help-after-a-mistake-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=MENTEE)
