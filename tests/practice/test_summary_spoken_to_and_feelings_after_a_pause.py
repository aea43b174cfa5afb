"""From counterpart-272's and -273's misses (each set measured once unseen first): someone who
"spoke to me" turned round in a summary ("Before each evening you told Margit...") is put
right, a sentence's opening word ("Before", "After") being no teller; a feeling told after a
pause ("I felt... cornered") is one the persona told; and a comparison turned round ("more
angry than worried" after "more worried than mad") is put right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_comparisons import turned_comparison
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_told import told_another

SPOKEN = [
    "Ilse spoke to me before both sessions. Stick to the agenda, she said, and leave the budget"
    " alone.",
]


def test_someone_who_spoke_to_the_persona_turned_round_is_put_right() -> None:
    claim = "Before both sessions you told Ilse you'd stick to the agenda and leave the budget."
    assert told_another(claim, SPOKEN) == ("Ilse to me", "me to Ilse")
    assert wrong_detail(claim, SPOKEN) == ("Ilse to me", "me to Ilse")
    right = "Before both sessions Ilse told you to stick to the agenda and leave the budget."
    assert told_another(right, SPOKEN) is None


def test_a_feeling_told_after_a_pause_is_the_personas() -> None:
    said = ["The second meeting was tense. I felt... cornered, to be honest."]
    assert changed_feeling("So you felt impatient with them.", said) == ("cornered", "impatient")
    assert changed_feeling("So you felt threatened by them.", said) is None


def test_a_comparison_turned_round_is_put_right() -> None:
    said = ["Priya was on the calls too. She's more worried than mad, for what it's worth."]
    claim = "So the drivers were furious, and Priya is more angry than worried."
    assert turned_comparison(claim, said) == ("more worried than mad", "more angry than worried")
    assert wrong_detail(claim, said) == ("more worried than mad", "more angry than worried")
    assert turned_comparison("So Priya is more worried than angry.", said) is None
