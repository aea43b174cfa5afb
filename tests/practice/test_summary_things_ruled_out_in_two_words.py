"""From counterpart-162's misses: a thing the persona ruled out in two words ("Not the office
upstairs.") or with "Skip the..." ("Skip the slides.") is corrected when a summary puts it back;
a thing ruled out is named by all its words, so "two days behind" is no "Not the four days."."""

from __future__ import annotations

from coach.practice.contradiction import takes_what_was_ruled_out

UPSTAIRS = [
    "Don't know yet. Maybe meet after shift, down here. Not the office upstairs. I don't want "
    "people watching me go up there for this.",
    "Three's good. Every two weeks. And I might bring a report I'm stuck on.",
]
SLIDES = [
    "Okay. Skip the slides. Nobody reads slides in a review. Send me the four pages, the "
    "written timeline.",
    "Top. One sentence. Then the times.",
]
DAYS = ["Honestly? Not the four days. Files go late. What bothers me is that you'd known."]


def test_a_place_ruled_out_in_two_words_is_corrected_when_put_back() -> None:
    wrong = "So every two weeks at three, in the office upstairs, and you might bring a report."
    right = "So every two weeks at three, down here after your shift, and you might bring a report."
    assert takes_what_was_ruled_out(wrong, UPSTAIRS)
    assert not takes_what_was_ruled_out(right, UPSTAIRS)


def test_a_thing_to_skip_is_corrected_when_a_summary_keeps_it() -> None:
    wrong = "Okay, so: I send you the slides rather than the written draft, I lead with the times."
    right = "Okay, so: I send you the four pages, not the slides, and I lead with the times."
    assert takes_what_was_ruled_out(wrong, SLIDES)
    assert not takes_what_was_ruled_out(right, SLIDES)


def test_a_thing_ruled_out_is_named_by_all_its_words() -> None:
    assert not takes_what_was_ruled_out("Anything two days behind comes to you.", DAYS)
    assert takes_what_was_ruled_out("So it's the four days themselves that bother you.", DAYS)
