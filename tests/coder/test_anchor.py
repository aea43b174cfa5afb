"""The anchor: the share of a turn's content words the counterpart had just used."""

from __future__ import annotations

from coach.coder.anchor import anchor


def test_stems_match_across_word_forms_and_case() -> None:
    found = anchor("Worried about the Handover?", "I worry the handovers will go wrong.")
    assert found.words == ["Worried", "Handover"] or found.words == ["worried", "handover"]
    assert found.score == 1.0


def test_a_word_with_a_silent_e_matches_its_ing_and_ed_forms() -> None:
    found = anchor("When are they aiming to file?", "Halvorsen are filing in the autumn.")
    assert [w.lower() for w in found.words] == ["file"]
    assert anchor("So you agree?", "I agreed to the move.").score > 0


def test_function_words_and_formulas_pick_up_nothing() -> None:
    assert anchor("I hear you, that sounds awful.", "It has been really hard.").score == 0.0
    assert anchor("Okay.", "Okay, so the rota changed.").words == []
    # Saying and telling are how anyone talks, not something picked up.
    assert anchor("Say a little more.", "You keep saying that.").words == []


def test_no_context_means_no_anchor() -> None:
    assert anchor("You were protecting the design.", None).score == 0.0
