"""From counterpart-258's misses (measured once unseen first): a feeling the persona told of
someone else ("Weirdly, she was the nervous one; I was fairly calm."), given to the persona in
a summary ("You've been nervous about saying this"), is put right."""

from __future__ import annotations

from coach.practice.summary_feelings import feeling_taken_from_another, misplaced_feeling

REHEARSED = [
    "Thanks for making the time.",
    "I practised it on my brother, Kofi. Funnily enough, he was the anxious one; I was fine.",
]


def test_a_feeling_told_of_someone_else_given_to_the_persona_is_put_right() -> None:
    claim = "So you've been anxious about raising it and practised on your brother."
    assert feeling_taken_from_another(claim, REHEARSED) == ("he was the anxious one", "me")
    assert misplaced_feeling(claim, REHEARSED, []) == ("he was the anxious one", "me")
    named = ["Dan was furious when he heard about the cut."]
    assert feeling_taken_from_another("and you were angry about the cut", named) == (
        "Dan was furious",
        "me",
    )


def test_the_feeling_left_with_them_or_told_by_the_persona_too_is_left_alone() -> None:
    assert feeling_taken_from_another("So Kofi was anxious and you were fine.", REHEARSED) is None
    both = ["He was the anxious one. I was anxious too, if I'm honest."]
    assert feeling_taken_from_another("So you were anxious.", both) is None
