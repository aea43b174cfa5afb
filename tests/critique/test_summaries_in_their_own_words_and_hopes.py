"""From expert-157's building-trust near-miss, left over from the last session: a long summary
in the learner's own words, opened as one ("Let me check I've heard you right: ..."), checked
("Is that it?") and confirmed ("Yeah. That's about it."), is a summary though it shares few
words with any one line; and "I hope this was a useful start." is a hope for the talk, no
verdict."""

from __future__ import annotations

from coach.critique.summaries import summary_checked
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind

_BEFORE = [
    "Had a mentor before. Company one. Told him some things I shouldn't have.",
    "So you trusted the process once, and it was used against you. What's the job been like?",
    "Lonely, if you want the word. The crew clam up when I come in. I eat at my desk now.",
    "You got the promotion and lost your people, all at once.",
    "The computer side is the worst. My daughter fixes my spreadsheets on Sundays.",
]


def test_a_long_summary_in_their_own_words_checked_and_confirmed_is_one() -> None:
    summary = (
        "Let me check I've heard you right: you didn't ask for this, the last mentor cost you, "
        "you've lost the break room and the people in it, and the reporting side upstairs is "
        "where you feel most exposed and least like yourself. Is that it?"
    )
    lines = [*_BEFORE, summary, "Yeah. That's about it."]
    assert 5 in summary_checked(session(*lines))
    short = "Let me check I've heard you right: it's all been hard. Is that it?"
    assert 5 not in summary_checked(session(*_BEFORE, short, "Yeah. That's about it."))
    unconfirmed = [*_BEFORE, summary, "Not really, no."]
    assert 5 not in summary_checked(session(*unconfirmed))


def test_expert_157s_summary_and_hope_are_read_rightly() -> None:
    near_miss = expert_lines("expert-157", "building-trust-near_miss.json")
    found = kinds(*near_miss)
    assert K.NO_SUMMARY not in found  # "Let me check I've heard you right: ... Is that it?"
    assert K.JUDGMENT not in found  # "I hope this was a useful start."
    assert K.NO_NEXT_STEP in found  # the near-miss's own flaw
