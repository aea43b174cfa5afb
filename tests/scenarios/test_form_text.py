"""The form's text boxes: lists one per line, words between commas (quoted when they hold one)."""

from __future__ import annotations

from coach.scenarios.form_text import commas, lines_of, slug, split_commas


def test_slugs() -> None:
    assert slug("Money worries!", "x") == "money-worries"
    assert slug("  ", "fallback") == "fallback"


def test_words_with_commas_or_quotes_survive_the_comma_box() -> None:
    words = ["4,200", 'the "hub"', "plain"]
    assert split_commas(commas(words)) == words


def test_blank_lines_and_spaces_are_not_items() -> None:
    assert lines_of("  one \n\n two\n") == ["one", "two"]
    assert split_commas("a, , b ,") == ["a", "b"]
