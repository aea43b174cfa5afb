"""From counterpart-268's and -269's misses (each set measured once unseen first): a step the
persona weighed and ruled out said back as its plan ("you're going to have a word with Dr.
Hollis", the title's full stop no end of the clause) or as done ("you've asked Priya"), and
put right by how it was left ("That one I decided against."); a feeling it denied ("Not
angry. Stung.") given back; someone it called by their post ("my PM") given a post nobody
said ("your design lead"); a reason in words nobody said ("because she's complained about you
to the head before"); and "Do most of them...?" answered "Yes, they do.", not "Yes, it do."."""

from __future__ import annotations

from coach.practice.answers import in_full, yes_no_answer
from coach.practice.detail_fix import fix_lines, wrong_detail
from coach.practice.offline_lines import offline_lines
from coach.practice.summary_decided import settles_what_was_open, unsettled
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_reasons import reason_never_given
from coach.practice.summary_titles import retitled

LINES = offline_lines()
WEIGHED = [
    "I did think about ringing Dr. Moss on your panel myself. I decided against it. It's your "
    "viva, not mine.",
]


def test_a_step_weighed_and_ruled_out_said_back_as_a_plan_is_put_right() -> None:
    claim = "So you'll read my chapter, and you're going to ring Dr. Moss before the viva."
    assert unsettled(claim, WEIGHED) == "ruled_out"
    assert fix_lines(claim, WEIGHED, LINES) == LINES.unsettled_fixes.ruled_out
    assert not settles_what_was_open("So you'll read my chapter before the viva.", WEIGHED)


def test_a_step_weighed_and_ruled_out_said_back_as_done_is_put_right() -> None:
    said = ["I also thought about emailing Ruth directly for the minutes. I decided not to."]
    assert unsettled("So you've emailed Ruth for the minutes, and that's in hand.", said)
    assert unsettled("So you've emailed Ruth for the minutes.", said) == "ruled_out"
    assert not unsettled("So you thought about emailing Ruth and chose not to.", said)


def test_a_step_left_open_or_nearly_taken_is_put_right_by_how() -> None:
    still_open = ["I might ask Gwen to cover Fridays. I haven't decided yet."]
    assert unsettled("And you're going to ask Gwen to cover Fridays.", still_open) == "open"
    nearly = ["I nearly told Marcus on Monday. So I didn't."]
    assert unsettled("So you told Marcus on Monday.", nearly) == "nearly"
    assert fix_lines("So you told Marcus on Monday.", nearly, LINES) == LINES.unsettled_fixes.nearly


def test_a_feeling_denied_and_another_told_is_put_right() -> None:
    said = ["When the email came I was a bit stung. Not furious. Stung."]
    assert changed_feeling("So you were furious that I said nothing.", said) == ("stung", "furious")
    assert changed_feeling("So you were hurt that I said nothing.", said) is None


def test_someone_called_by_their_post_given_another_is_put_right() -> None:
    said = ["Two days later my PM had heard all about it, and he's been cool with me since."]
    claim = "and two days later it had reached your team lead, and he's been cool with you."
    assert retitled(claim, said) == ("PM", "team lead")
    assert wrong_detail(claim, said) == ("PM", "team lead")
    right = "and two days later it had reached your PM, and he's been cool with you."
    assert retitled(right, said) is None
    elsewhere = "and your sister has been cool with you about something else entirely."
    assert retitled(elsewhere, said) is None


def test_a_reason_in_words_nobody_said_is_corrected() -> None:
    said = ["His dad wants a meeting on Monday. If you were there, he'd take me seriously."]
    invented = "you want me there because the parents have complained to the governors"
    assert reason_never_given(invented, said) == "the parents have complained to the governors"
    heard = "you want me there because he'd take you seriously then"
    assert reason_never_given(heard, said) is None
    asked = ["Have the parents complained to the governors?"]
    assert reason_never_given(invented, said, asked) is None
    assert (
        reason_never_given("you want me there because you think it always goes badly", said) is None
    )


def test_what_do_asks_of_things_is_answered_in_the_plural() -> None:
    assert yes_no_answer("Do most of them arrive after ten?", True) == "Yes, they do."
    assert yes_no_answer("Do the reviews run late?", False) == "No, they don't."
    assert in_full("Do the reviews run late?", True) == "Yes, they run late."
    assert yes_no_answer("Does the review run late?", True) == "Yes, it does."
    assert yes_no_answer("Do you want the notes?", True) == "Yes, I do."
