"""Tests for coach.practice.reply_parts.aboutness: which line is most about the learner's
turn."""

from __future__ import annotations

from coach.practice.reply_parts import aboutness, told_answer


def test_the_question_counts_more_than_what_is_said_around_it() -> None:
    """ "I want everything ready the night before" is not what "When is the review?" asks."""
    text = "Right. When is the review, actually? I want everything ready the night before."
    score = aboutness(text, "", set(), {}, "When is the review, actually?")
    answers, aside = "The review? Thursday.", "Everything ready the night before, actually."
    assert score(answers) > score(aside)


def test_a_filler_is_not_a_word_in_common() -> None:
    score = aboutness("What time does it actually start?", "", set(), {}, "")
    assert score("It's actually quite late for me.") == 0.0


def test_a_verb_in_any_form_is_not_a_word_in_common() -> None:
    """ "going" and "thought" say no more about a line than "go" and "think" do."""
    score = aboutness("How many are going to be in the hall?", "", set(), {}, "")
    assert score("It was going to be item one.") == 0.0
    assert score("Two hundred children use the hall.") > 0.0


def test_a_when_in_a_statement_does_not_ask_for_a_time() -> None:
    """ "...when you'd otherwise be catching up" says; only a question asks for a time."""
    score = aboutness("Your weekends go on the hospital, when you'd be resting.", "", set(), {})
    about_it, dated = "The hospital takes my weekends.", "Since March, the hospital."
    assert score(about_it) > score(dated)


def test_a_number_word_gives_the_number_a_question_asks_for() -> None:
    score = aboutness("How many presses?", "", set(), {}, "How many presses?")
    assert score("We run fourteen presses.") > score("The presses are loud.")


def test_a_yes_no_question_the_persona_has_answered_gets_its_answer() -> None:
    said = ["I've never had a mentor at work. The nearest was my supervisor."]
    assert told_answer("Have you ever had a mentor at work?", said, {}) is False
    assert told_answer("Did you have a supervisor?", said, {}) is True
    assert told_answer("Is the canteen any good?", said, {}) is None  # nothing said of it
