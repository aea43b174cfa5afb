"""From counterpart-105: "Is your son still cricket mad?" was answered "Yes, it is still
cricket mad." Someone of theirs asked about is "he" or "she" in the answer, not "it"."""

from __future__ import annotations

from coach.practice.answers import in_full, yes_no_answer


def test_someone_of_theirs_is_he_or_she() -> None:
    assert in_full("Is your son still cricket mad?", True) == "Yes, he is still cricket mad."
    assert yes_no_answer("Was your sister a tough audience?", False) == "No, she wasn't."
    assert yes_no_answer("Is your car fixed?", True) == "Yes, it is."
    assert yes_no_answer("Is your team okay?", True) == "Yes, it is."
