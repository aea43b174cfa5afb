"""Stemming, spelling folding and the synonym table of the hashing embedder."""

from __future__ import annotations

import pytest

from coach.guidance.vocabulary import americanise, concepts, content_stems, content_words, stem


@pytest.mark.parametrize(
    "forms",
    [
        ["question", "questions", "questioning"],
        ["reflect", "reflected", "reflecting", "reflection", "reflections", "reflective"],
        ["commit", "committed", "commitment"],
        ["judge", "judging", "judgment", "judgement"],
        ["apologise", "apologize", "apologizing", "apology", "apologies"],
        ["motivate", "motivated", "motivating", "motivation"],
    ],
)
def test_forms_of_a_word_share_a_stem(forms: list[str]) -> None:
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_distinct_words_keep_distinct_stems() -> None:
    assert stem("career") != stem("care")
    assert stem("tension") != stem("ten")


def test_short_words_and_numbers_are_left_alone() -> None:
    assert stem("ask") == "ask"
    assert stem("2024") == "2024"


def test_british_spellings_fold_to_american() -> None:
    assert americanise("summarising") == "summarizing"
    assert americanise("behaviour") == "behavior"
    assert americanise("rise") == "rise"  # too short to be an -ise verb


def test_content_words_drop_stopwords_and_split_hyphens() -> None:
    assert content_words("What is an open-ended question?") == ["open", "ended", "question"]


def test_concepts_come_from_words_and_word_pairs() -> None:
    assert "reflect" in concepts(content_stems("paraphrase it"))
    assert "stacked" in concepts(content_stems("several questions at once"))
    assert concepts(content_stems("the weather was nice")) == []
