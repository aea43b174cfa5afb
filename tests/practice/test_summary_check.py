"""Tests for coach.practice.summary_check: which summaries the persona corrects."""

from __future__ import annotations

import pytest

from coach.practice.detail_fix import wrong_detail
from coach.practice.numbers import in_digits
from coach.practice.summary_check import (
    changes_a_detail,
    changes_a_fact,
    changes_a_number,
    corrects,
    leaves_out_disclosure,
)
from coach.practice.summary_days import moves_a_day, names_unsaid_day
from coach.practice.summary_lengths import changes_a_length
from coach.practice.summary_names import gives_to_another, swaps_names
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Disclosure, Scenario


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return ScenarioLibrary().get("giving-feedback")


@pytest.fixture(scope="module")
def disclosures(scenario: Scenario) -> list[Disclosure]:
    return scenario.disclosures


def _told(disclosures: list[Disclosure], disclosure_id: str) -> str:
    return next(d.text for d in disclosures if d.id == disclosure_id)


def test_a_summary_that_skips_what_was_just_disclosed_is_corrected(
    scenario: Scenario, disclosures: list[Disclosure]
) -> None:
    history = [
        "Before both evenings Margit told me to keep to time and not reopen drainage.",
        _told(disclosures, "hiding-in-jargon"),
    ]
    claim = "So Margit told you to keep to time and not reopen drainage."
    assert leaves_out_disclosure(claim, history, disclosures)
    assert corrects(claim, history, scenario)


def test_a_summary_that_picks_up_the_disclosure_is_not_corrected_for_it(
    disclosures: list[Disclosure],
) -> None:
    history = [
        "Before both evenings Margit told me to keep to time and not reopen drainage.",
        _told(disclosures, "hiding-in-jargon"),
    ]
    claim = (
        "So Margit gave you the line to hold, and when the room is angry your English gets "
        "smaller and the technical words are the railing you hold on to."
    )
    assert not leaves_out_disclosure(claim, history, disclosures)


def test_only_a_disclosure_as_the_latest_line_asks_to_be_picked_up(
    disclosures: list[Disclosure],
) -> None:
    history = [_told(disclosures, "hiding-in-jargon"), "Nobody looked at the slides."]
    assert not leaves_out_disclosure("So nobody looked at the slides.", history, disclosures)


def test_a_day_the_persona_never_said_is_a_wrong_detail() -> None:
    history = ["Jayden's mum is coming in on Monday after school."]
    assert names_unsaid_day("So the meeting with Jayden's mum is on Tuesday.", history)
    assert not names_unsaid_day("So the meeting with Jayden's mum is on Monday.", history)
    assert not names_unsaid_day("So the meeting with Jayden's mum is after school.", history)
    fridays = ["I work from home on Fridays, so meetings bunch up on Thursdays."]
    assert names_unsaid_day("So you work from home on Mondays.", fridays)
    assert not names_unsaid_day("So you work from home on Fridays.", fridays)


def test_a_number_changed_from_the_one_they_gave_is_a_wrong_detail() -> None:
    history = ["The column failed, so the date moved. That's your three weeks.", "It's Year 9."]
    assert changes_a_detail("So you moved the date by two weeks.", history, "")
    assert changes_a_detail("So the observation is with Year 10.", history, "")
    assert not changes_a_detail("So you moved the date by three weeks.", history, "")
    # a second number for another thing, beside theirs, changes nothing they said
    both = "So about two weeks of runs were lost, and that's the three weeks."
    assert not changes_a_detail(both, history, "")


def test_another_length_of_time_for_the_same_thing_is_a_wrong_detail() -> None:
    history = [
        "The spring audit. About a third of your visit notes went in more than three days late.",
        "The column was failing and I didn't spot it for nearly a fortnight.",
    ]
    assert changes_a_length("So a third of my notes were more than a week late.", history)
    assert not changes_a_length("So a third of my notes were over three days late.", history)
    assert not changes_a_length("So about two weeks of runs were failing.", history)  # 14 days
    assert not changes_a_length("So you've had a week from hell since then.", history)


def test_lengths_in_any_number_words_compare_by_the_month() -> None:
    history = [
        "Luis and I were on the same shift for eleven years.",
        "So for eighteen months I've brought you the committee version of me.",
    ]
    assert changes_a_length("So you and Luis shared a shift for nineteen years.", history)
    assert not changes_a_length("So you and Luis shared a shift for eleven years.", history)
    # "a year and a half" is eighteen months, not "a year"
    said_again = "So you've brought me the committee version of you for a year and a half."
    assert not changes_a_length(said_again, history)
    assert changes_a_length("So you've brought me the committee version for a year.", history)


def test_a_bare_number_set_against_a_length_is_a_length_in_its_unit() -> None:
    history = ["Now the notices go once someone's eight weeks behind rather than twelve."]
    assert not changes_a_length("So notices moved from twelve weeks to eight.", history)
    assert not changes_a_length("So it's eight weeks of arrears instead of twelve now.", history)
    assert not changes_a_length("So notices went from twelve to eight weeks.", history)
    assert changes_a_length("So notices moved from twelve weeks to six.", history)


def test_a_length_said_in_a_clause_of_its_own_is_of_the_clause_before_it() -> None:
    history = ["I cancelled our July session by text, twenty minutes before. Sorry."]
    assert changes_a_length("So you cancelled July by text about two hours before.", history)
    assert not changes_a_length("So you cancelled July by text, twenty minutes before.", history)
    # the clause before is of the same sentence only
    assert not changes_a_length("So the rota is out two hours early.", ["Sorry. Twenty minutes."])


def test_hours_and_minutes_are_lengths_of_time_too_with_a_word_between() -> None:
    history = [
        "Each lesson takes me about three hours to plan, honestly.",
        "I'd rather have thirty focused minutes every two weeks than a long lunch.",
    ]
    assert changes_a_length("So each lesson takes you about an hour to plan.", history)
    assert not changes_a_length("So each lesson takes you about three hours to plan.", history)
    assert not changes_a_length("So thirty minutes every two weeks, not a long lunch.", history)
    assert changes_a_length("So an hour every two weeks rather than a long lunch.", history)


def test_a_name_nobody_used_is_a_wrong_detail_but_one_from_the_scenario_is_not() -> None:
    history = ["Two of the partners moved to the Leeds office in the summer."]
    assert changes_a_detail("So the partners went to Manchester.", history, "")
    assert not changes_a_detail("So the partners went to Leeds.", history, "")
    assert not changes_a_detail("So Halloran is the client.", history, "Halloran refinancing")
    assert not changes_a_detail("So it's 'Already settled' all over again.", history, "")
    assert not changes_a_detail("So your Sundays are the worst.", history, "")


def test_what_was_said_of_one_person_given_to_another_is_a_wrong_detail() -> None:
    said = ["Priya's off sick this month, and Tom's post has been frozen since June."]
    assert swaps_names("So with Tom off sick and Priya's post frozen, it's all on you.", said)
    assert not swaps_names("So with Priya off sick and Tom's post frozen, it's on you.", said)
    # Names said together in one clause are not told apart; one name alone is no swap.
    assert not swaps_names("Priya and Tom are both away, then.", said)
    assert not swaps_names("So Priya is off sick.", said)


def test_another_number_for_the_same_thing_is_a_wrong_detail() -> None:
    said = ["Send it tonight and we'll run it out loud on Thursday at four, in room 3."]
    assert changes_a_number("So we run it on Thursday at two, in room 3.", said)
    assert not changes_a_number("So we run it on Thursday at four, in room 3.", said)
    # A number nothing beside it ties to theirs, and weeks or days (changes_a_detail's), pass.
    assert not changes_a_number("And you've had two reviews this year.", said)
    assert not changes_a_number("So Thursday, and then two weeks to fix it.", said)
    # A share said in words is a number too: "a quarter" after "one in three", not "a third".
    audit = ["Roughly one in three of your notes went in late."]
    assert changes_a_number("So about a quarter of my notes went in late.", audit)
    assert not changes_a_number("So about a third of my notes went in late.", audit)
    assert not changes_a_number("So that was the third quarter, notes and all.", audit)
    # A figure with a decimal point is one number, not two.
    spec = ["The acoustic spec on the table said 1.8 seconds."]
    assert changes_a_number("So you corrected a spec of 1.2 seconds.", spec)
    assert not changes_a_number("So you corrected a spec of 1.8 seconds.", spec)


def test_what_was_said_of_someone_given_to_another_left_out_is_a_wrong_detail() -> None:
    said = [
        "Shanice is the one who holds the team together.",
        "Marcus on my team has been signed off since April. Stress.",
    ]
    known = "Shanice and Marcus are officers on Leah's team. Let her talk."
    assert gives_to_another("So Shanice has been signed off since April.", said, known)
    assert not gives_to_another("So Marcus has been signed off since April.", said, known)
    # What was said of her own, and days alone, tie nobody to anybody.
    assert not gives_to_another("So Shanice holds the team together.", said, known)
    assert not gives_to_another("So Shanice is off from April.", said, known)


def test_a_full_name_opening_a_sentence_is_a_name_too() -> None:
    said = ["Farah Siddiqui runs the new Analytics and Modelling team. She hires in January."]
    known = "Farah Siddiqui heads the team."
    lead = "Let me make sure I've got this."
    assert changes_a_detail(f"{lead} Hannah Siddiqui's team hires in January.", said, known)
    assert not changes_a_detail(f"{lead} Farah Siddiqui's team hires in January.", said, known)
    # a word the conversation writes in lower case is no first name
    assert not changes_a_detail("So. The Analytics team hires in January.", said, known)


def test_a_name_in_a_trigger_s_keyword_list_is_still_a_person() -> None:
    said = [
        "Shanice is the one who holds the team together.",
        "Marcus on my team has been signed off since April. Stress.",
    ]
    # The scenario as the engine reads it: keyword lists write every name in lower case.
    known = (
        '{"background":"Shanice and Marcus are officers on Leah\'s team.",'
        '"keywords":["marcus","signed off"]}'
    )
    assert gives_to_another("So Shanice has been signed off since April.", said, known)


def test_a_name_opening_the_summary_is_still_a_name() -> None:
    said = ["Shanice is brilliant on the phone.", "Marcus has been signed off since April. Stress."]
    known = "On Leah's team, Shanice and Marcus are officers."
    assert gives_to_another("Let me see. Shanice is signed off with stress.", said, known)
    assert not gives_to_another("Let me see. Marcus is signed off with stress.", said, known)
    # A capitalised word the scenario also writes in lower case is no name at the start.
    known_both_ways = f"{known} Ask Will about April; we will see."
    assert not gives_to_another("Will is signed off with stress.", said, known_both_ways)


def test_a_capitalised_word_or_a_surname_is_not_another_person() -> None:
    said = ["Let me phone Curtis Bell on Monday. Send me the posting tonight."]
    known = "Curtis Bell runs the programme. Let the mentee ask; let them send it."
    assert not gives_to_another("So you phone Curtis on Monday.", said, known)


def test_numbers_compare_however_they_are_written() -> None:
    said = ["It's about four thousand two hundred a year less.", "That's your three weeks."]
    assert (
        in_digits("twenty-six, one of them, two three-hour slots")
        == "26, one of them, 2 3-hour slots"
    )
    assert not changes_a_number("So about 4,200 a year less.", said)
    assert not changes_a_number("So four grand-odd a year less.", said)  # roughly theirs
    assert changes_a_number("So about three thousand a year less.", said)
    assert not changes_a_detail("So you moved it 3 weeks.", said, "")
    assert changes_a_detail("So you moved it 2 weeks.", said, "")


def test_a_day_put_nearer_or_further_off_than_the_persona_put_it() -> None:
    history = ["The observation's two weeks on Thursday, with set 4."]
    assert moves_a_day("So he's watching set 4 this Thursday.", history)
    assert moves_a_day("So it's Thursday week.", history)
    assert not moves_a_day("So he's watching set 4 two weeks on Thursday.", history)
    assert not moves_a_day("So he's watching set 4 on Thursday.", history)  # bare: settles nothing
    assert not moves_a_day("So this Friday is the deadline.", history)  # a day not said: elsewhere


def test_a_deed_put_in_a_clause_of_its_own_is_given_to_the_one_who_did_it() -> None:
    history = [
        "It's the twenty minutes before you paged Bea, who rolled it back. And Owen, who"
        " approved your change, thinks you've been avoiding him."
    ]
    swapped = "So Owen, who rolled it back, thinks I've been avoiding him, and I paged Bea late."
    right = "So Bea rolled it back, and Owen, who approved it, thinks I've been avoiding him."
    assert swaps_names(swapped, history)
    assert not swaps_names(right, history)


def test_a_length_beside_the_same_other_length_is_the_same_thing() -> None:
    said = ["If I could choose, I'd ask for thirty minutes every two weeks, with a purpose."]
    assert changes_a_length("And what you'd choose is an hour every two weeks.", said)
    assert not changes_a_length("And what you'd choose is thirty minutes every two weeks.", said)


def test_a_summary_that_moves_a_time_of_day_is_corrected(scenario: Scenario) -> None:
    """ "Come at four" after "be here at three" is corrected; "at 3 o'clock" is the same time."""
    history = ["Bao. Denise said to be here at three, so here I am.", "Denise's idea. Not mine."]
    assert corrects("So Denise told you to come at four. Right?", history, scenario)
    assert changes_a_fact("So Denise told you to come at four.", history, "")
    assert not changes_a_fact("So Denise said to be here at 3 o'clock.", history, "")


def test_a_summary_that_moves_what_was_told_to_another_place_is_corrected() -> None:
    """ "in Columbus" where the persona said the same thing happened "in Cleveland" is put
    right, naming both, and so is a month; a place said beside something else, or the
    persona's own, is not."""
    history = [
        "I was twenty-six, at a Big Four office in Cleveland. They made me in-charge on a "
        "first-year audit because nobody else was free. I nearly quit."
    ]
    moved = "So at twenty-six, in Columbus, they made you in-charge on a first audit."
    assert changes_a_fact(moved, history, "")
    assert wrong_detail(moved, history) == ("in Cleveland", "in Columbus")
    assert not changes_a_fact(moved.replace("Columbus", "Cleveland"), history, "")
    elsewhere = "So you nearly quit, and now you're thinking of a move to Columbus."
    assert not changes_a_fact(elsewhere, history, "")
    stroke = ["My mum had a stroke in July. She lives with us now."]
    moved_month = "So your mum had the stroke back in June, and she lives with you now."
    assert wrong_detail(moved_month, stroke) == ("in July", "in June")


def test_another_weekday_for_the_same_thing_or_this_coming_one_is_a_moved_day() -> None:
    said = ["I won't promise Thursday.", "Their bookkeeper is part-time, in on Tuesdays."]
    assert moves_a_day("So a bookkeeper who's only in on Thursdays.", said)
    assert not moves_a_day("So a bookkeeper who's only in on Tuesdays.", said)
    # a day starting a new item borrows nothing, and "own" is no telling word
    plan = ["Open Friday with one sentence that owns it.", "We'll run it out loud, Thursday."]
    told = "We run it Thursday. Friday: one sentence that owns it. After Thursday I'm on my own."
    assert not moves_a_day(told, plan)
    later = ["The second one's two weeks on Thursday, with Year 9 set 4."]
    assert moves_a_day("So the next one is this coming Thursday with set 4.", later)


def test_a_length_said_of_something_else_put_beside_another_length_is_a_changed_one() -> None:
    said = [
        "Two coffees a month apart left me unsure.",
        "I'd take thirty focused minutes every two weeks over a long lunch.",
    ]
    assert changes_a_length("So thirty focused minutes once a month, with an agenda.", said)
    assert not changes_a_length("So thirty focused minutes every two weeks, then.", said)
    # three lengths set against each other in one clause say which is which
    weighed = "So thirty focused minutes every two weeks rather than a long coffee once a month."
    assert not changes_a_length(weighed, said)
