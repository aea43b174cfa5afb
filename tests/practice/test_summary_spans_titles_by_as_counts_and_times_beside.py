"""From counterpart-276's and -277's misses (each set measured once unseen first): the end of a
span of dates moved ("from the 3rd to the 21st" after "between the 3rd and the 14th"); a title
given with "as" and no article ("Priya, as practice manager" after "Priya, as project
architect"); "once a week" for "twice a week", and "the weekly Halvorsen call" for "the calls
every fortnight"; and a time of day put beside what it is the time of ("at the Guild crit in
May, the afternoon session" after "The crit evening in May") are all put right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_dates import redated
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_often import changed_rhythm
from coach.practice.summary_times import moved_time_of_day
from coach.practice.summary_titles import retitled

SPAN = [
    "Every injection between the 3rd and the 14th is useless. The column was on its way out.",
]


def test_the_end_of_a_span_of_dates_moved_is_put_right() -> None:
    claim = "So the runs from the 3rd to the 21st were bad because of the column."
    assert redated(claim, SPAN) == ("the 14th", "the 21st")
    assert wrong_detail(claim, SPAN) == ("the 14th", "the 21st")
    assert redated("So the runs from the 3rd to the 14th were bad.", SPAN) is None
    # (a span that moves both ends is not one end moved)
    assert redated("So the runs from the 5th to the 21st were bad.", SPAN) is None


def test_a_title_given_with_as_and_no_article_is_put_right() -> None:
    said = ["An agenda the day before. The catch is that Priya, as project architect, sends it."]
    claim = "So Priya, as practice manager, puts the agenda together. Is that right?"
    assert retitled(claim, said) == ("project architect", "practice manager")
    assert retitled("So Priya, as project architect, sends it.", said) is None


def test_a_rhythm_counted_otherwise_or_tied_by_the_thing_beside_it_is_put_right() -> None:
    twice = ["If you go, I want you out with her twice a week on your visits until your last day."]
    claim = "And I take her out on my visits once a week until my last day."
    assert changed_rhythm(claim, twice) == ("twice a week", "once a week")
    assert changed_rhythm("And I take her on my visits twice a week.", twice) is None
    fortnight = ["On the calls every fortnight? I sit there. Somebody else says the numbers."]
    claim = "And on the weekly Halvorsen call you sit while someone reads your numbers."
    assert changed_rhythm(claim, fortnight) == ("every fortnight", "weekly")
    assert wrong_detail(claim, fortnight) == ("every fortnight", "weekly")
    # (a rhythm beside another thing altogether is no rhythm changed)
    assert changed_rhythm("And you swim weekly at the leisure centre.", fortnight) is None


def test_a_time_of_day_put_beside_what_it_is_the_time_of_is_put_right() -> None:
    said = ["The crit evening in May, the one that dragged on till nearly ten."]
    claim = "And at the Guild crit in May, the afternoon session, I used your situation."
    assert moved_time_of_day(claim, said) == ("evening", "afternoon")
    assert moved_time_of_day("And at the crit in May, the evening one, I did it.", said) is None


def test_a_feeling_word_after_a_full_stop_is_not_the_personas() -> None:
    """ "I was." ends a sentence; the feeling word in the next one ("The furious customers...")
    is nobody's own, where "I felt... furious" is theirs after a pause."""
    claim = "So you felt relieved when it ended."
    stopped = ["Was I there? I was. The furious customers came in all morning."]
    assert changed_feeling(claim, stopped) is None
    assert changed_feeling(claim, ["I felt... furious, honestly."]) == ("furious", "relieved")
