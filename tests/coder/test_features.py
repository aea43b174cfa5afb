"""What the coder's model reads: whom evaluative words are about, and praise after bad news."""

from __future__ import annotations

import pytest

from coach.coder import patterns
from coach.coder.features import turn_features


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("You're hopeless with clients.", "about:you:negative"),
        ("He's hopeless with clients, honestly.", "about:third:negative"),
        ("I was hopeless with clients when I started.", "about:self:negative"),
        ("The rota is a shambles.", "about:none:negative"),
        ("Your notes were brilliant.", "about:you:positive"),
    ],
)
def test_evaluative_words_carry_whom_they_are_about(text: str, about: str) -> None:
    found = {name for name in turn_features(text) if name.startswith("about:")}
    assert found == {about}


def test_brief_praise_after_bad_news_is_marked_as_such() -> None:
    bad_news = "I forgot to send the figures, so the client walked. It was a mess."
    after_bad = turn_features("Great. Super reassuring.", bad_news)
    after_good = turn_features("Great. Super reassuring.", "The client signed this morning.")
    assert after_bad["praise:short:after_bad"] == 1.0
    assert "praise:short" in after_good and "praise:short:after_bad" not in after_good
    assert "praise:short" not in turn_features("What did the client say when you rang?")


@pytest.mark.parametrize(
    "text",
    [
        "so you weren't brushing them off.",
        "so it wasn't that the session didn't matter to you.",
        "and you didn't want to be the one who said it.",
    ],
)
def test_a_reflection_in_the_other_persons_defence_is_read_as_one(text: str) -> None:
    assert patterns.compile_table(patterns.REFLECTION).search(text)


@pytest.mark.parametrize("text", ["you're not even listening.", "it's not fair on the team."])
def test_a_denial_that_defends_no_one_is_not_read_as_a_reflection(text: str) -> None:
    assert not patterns.compile_table(patterns.REFLECTION).search(text)
