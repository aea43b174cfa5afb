"""From counterpart-248's and -249's misses (each measured once unseen first): a number said
alone as a sentence counts what its line is about ("Last Sunday, yeah? I know. Twenty-three.");
a count given as a difference the persona's own numbers hold is no change ("four weeks
earlier" after "at eight weeks instead of twelve"); "since" ties no month to another; someone
with a relative clause tells too ("Denise Pruitt, who runs our Gary terminal, called me");
"you've booked yourself onto the next one" settles what was decided against; "X is the one
who's angry" puts on X a feeling the persona gave someone else; and (from counterpart-250)
which year of a run something fell in is a count ("fourth year" after "sixth year")."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_detail, changes_a_number
from coach.practice.summary_decided import settles_what_was_open
from coach.practice.summary_felt_by import feeling_put_on_another
from coach.practice.summary_times import moved_month
from coach.practice.summary_told import told_another


def test_a_number_said_alone_counts_what_its_line_is_about() -> None:
    said = ["Oh. Right. Saturday night, yes? I know. Thirty-one. I counted them later."]
    assert changes_a_number("and on Saturday night it was twenty-one", said)
    assert not changes_a_number("and on Saturday night it was thirty-one", said)


def test_a_difference_the_persona_gave_is_no_changed_count() -> None:
    said = ["It did. Reviews at six weeks instead of ten, and all of it on the tracker."]
    assert not changes_a_detail("reviews coming four weeks earlier, all on the tracker", said, "")
    assert changes_a_detail("reviews at four weeks now, all on the tracker", said, "")


def test_since_ties_no_month_to_another() -> None:
    said = ["Fair. And I've been applying for other posts since March. Just the one I mean."]
    assert moved_month("So since the merger came in in February, it's changed", said) is None
    assert moved_month("So you've been applying for posts since April", said) == (
        "March",
        "April",
    )


def test_someone_told_in_a_relative_clause_is_put_right() -> None:
    said = ["Marta Kowal, who runs the night desk, rang me on Monday. Her team want a face."]
    claim = "So Marta rang Jonas on Monday to say her team want to see me."
    assert told_another(claim, said) == ("to me", "to Jonas")
    assert told_another("So Marta rang you on Monday about her team.", said) is None


def test_booked_onto_what_was_decided_against_is_corrected() -> None:
    said = ["I nearly signed up for the next course last month, then decided not to. Not yet."]
    assert settles_what_was_open("and you've booked yourself onto the next course", said)
    assert not settles_what_was_open("and you've booked a day off in June", said)


def test_the_one_who_felt_it_is_the_one_the_persona_said() -> None:
    said = ["Yeah. Priya isn't cross with you. She's worried. The cross ones are in finance."]
    assert feeling_put_on_another("So Priya is the one who's cross, and finance took calls.", said)
    assert not feeling_put_on_another("So Priya is the one who's worried.", said)
    fed = [
        "Tom had been chasing for days. Nobody told him a thing and he was fed up. So I answered."
    ]
    assert feeling_put_on_another("So you were the one who was fed up with it.", fed)
    assert not feeling_put_on_another("So Tom was the one who was fed up with it.", fed)


def test_which_year_of_a_run_is_a_count_put_right() -> None:
    said = ["My student Ruth had two dry summers. By her fifth year she had gone, no degree."]
    claim = "So Ruth had two dry summers and left in her third year without the degree."
    assert changes_a_detail(claim, said, "")
    assert wrong_detail(claim, said) == ("fifth year", "third year")
    assert not changes_a_detail("So Ruth left in her fifth year without the degree.", said, "")
