"""Sentences and quotes copied verbatim from a learner's turn."""

from __future__ import annotations

from coach.critique.evidence import carrying_sentences, quote, sentences
from coach.models import Act


def test_sentences_are_exact_substrings_and_titles_do_not_split_them() -> None:
    text = "Thanks, Niamh.  I'm curious what Mr. Dunleavy said? It cost 2.5 hours!"
    found = sentences(text)
    assert found == ["Thanks, Niamh.", "I'm curious what Mr. Dunleavy said?", "It cost 2.5 hours!"]
    assert all(s in text for s in found)


def test_the_quote_is_the_sentence_that_carries_the_act() -> None:
    text = "Thanks for coming. You should write it down. What happened next?"
    assert quote(text, [Act.ADVICE]) == "You should write it down."
    assert quote(text, [Act.OPEN_QUESTION]) == "What happened next?"
    assert carrying_sentences(text, [Act.JUDGMENT]) == []
    assert quote(text, [Act.JUDGMENT]) == text  # no single sentence carries it: the whole turn
