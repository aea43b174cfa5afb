"""A learner who says the counterpart's own verdict back, word for word, is not judging: the
verdict is theirs, repeated to show it landed."""

from __future__ import annotations

from coach.critique.flaws import find_flaws
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import session


def _judged(*lines: str) -> bool:
    found = find_flaws(session(*lines), LearnerRole.MENTOR)
    return any(f.kind is FlawKind.JUDGMENT for f in found)


def test_their_own_verdict_said_back_word_for_word_is_not_a_judgment() -> None:
    their = "By the sound. A good setter hears trouble first. That's not in any dashboard."
    assert not _judged(their, "That's not in any dashboard. I love that.", "Nineteen years.")
