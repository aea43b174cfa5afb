"""From counterpart-150's miss: a reflection that puts a weekday the learner named earlier ("...
they'll walk in on Friday" after the learner's "what to do about Friday") beside the persona's
only one ("the phone calls Tuesday") moves no day: the persona said nothing of Friday to
contradict. A weekday nobody but the reflection named is still corrected."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_fact
from coach.practice.summary_days import moves_a_day

PERSONA = [
    "Okay. That's a big question. Let's make it smaller. What happened, in times?",
    "Four pages is too long for that room. Terminal ops took the phone calls Tuesday, from "
    "customers and drivers. Not us.",
]
LEARNER = ["I honestly don't know what to do about Friday. It was my migration."]
REFLECTION = "So the terminal people took the worst of it, and they'll walk in on Friday with it."


def test_a_weekday_the_learner_named_is_theirs_to_bring() -> None:
    assert not moves_a_day(REFLECTION, PERSONA, LEARNER)
    assert not changes_a_fact(REFLECTION, PERSONA, "", LEARNER)
    assert wrong_detail(REFLECTION, PERSONA, "", LEARNER) is None


def test_a_weekday_nobody_named_is_still_corrected() -> None:
    assert moves_a_day(REFLECTION, PERSONA)
    assert changes_a_fact(REFLECTION, PERSONA, "", ["I don't know what to do about the review."])
    assert wrong_detail(REFLECTION, PERSONA) == ("Tuesday", "Friday")
