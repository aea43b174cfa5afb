"""From counterpart-76's and -77's misses: a feeling the persona said it did not have, a quarter
of an hour, "every couple of weeks" set beside a length in the persona's sentence, a day the
learner named earlier, and a name found only inside another word ("Sam" in "Same"). A summary
that changes one is corrected, naming what the persona said; one that keeps it, or joins two
things in a sentence, is not."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_detail, changes_a_fact, corrects
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_lengths import changes_a_length
from coach.scenarios.library import ScenarioLibrary

BAFFLED = [
    "Since the car I've been trying to turn it into something I can do. And to be accurate, "
    "it didn't hurt. It baffled me."
]
SLOT = [
    "I don't need much of your time. A short slot, thirty minutes, every couple of weeks. "
    "I know you run a whole department."
]
FIFTEEN = ["Yes, I'll take the first fifteen minutes, so they see someone senior cares."]


def test_a_feeling_they_said_they_did_not_have_is_corrected_with_the_one_they_had() -> None:
    claim = "So you were hurt by what I said in the car."
    assert changed_feeling(claim, BAFFLED) == ("baffled", "hurt")
    assert wrong_detail(claim, BAFFLED) == ("baffled", "hurt")
    assert not changes_a_fact("So what I said in the car baffled you.", BAFFLED, "")
    assert changed_feeling("So you were confused by it.", BAFFLED) is None


def test_a_feeling_said_with_not_is_not_one_they_told() -> None:
    history = ["I'm not angry. I'm tired, that's all."]
    assert changed_feeling("So you're exhausted by it.", history) is None
    assert changed_feeling("So you're angry with me.", history) == ("tired", "angry")


def test_a_quarter_of_an_hour_is_fifteen_minutes() -> None:
    assert not changes_a_length("So you'll sit in for the first quarter of an hour.", FIFTEEN)
    half = "So you'll sit in for the first half hour."
    assert wrong_detail(half, FIFTEEN) == ("fifteen minutes", "half hour")
    three = ["It took three quarters of an hour to get through security."]
    assert not changes_a_length("So security took forty-five minutes.", three)
    assert changes_a_length("So security took twenty minutes.", three)


def test_a_length_set_beside_how_often_in_their_sentence_is_checked_against_it() -> None:
    claim = "So, about an hour every couple of weeks, with questions from your list."
    assert changes_a_length(claim, SLOT)
    assert wrong_detail(claim, SLOT) == ("thirty minutes", "an hour")
    assert not changes_a_length("So thirty minutes every couple of weeks, no more.", SLOT)


def test_a_summary_sentence_joining_two_things_sets_neither_beside_the_other() -> None:
    history = [
        "Weekly, or every two weeks. Then we had two coffees a month apart, and I wasn't sure.",
        "I'd take thirty focused minutes every two weeks over a long lunch every quarter.",
    ]
    claim = (
        "You'd pictured weekly or every two weeks, and our two coffees a month apart left you "
        "unsure. You'd rather have thirty focused minutes every two weeks than a long lunch."
    )
    assert not changes_a_length(claim, history)


def test_a_day_the_learner_named_earlier_is_no_day_put_in_their_mouth() -> None:
    scenario = ScenarioLibrary().get("asking-for-help")
    history = [scenario.opening_line, "Yes, I'll take the first fifteen minutes. No date."]
    claim = "So you'll join the first fifteen minutes on Thursday, and there's no date from you."
    asked = ["Would you be on the first fifteen minutes of Thursday's call?"]
    assert corrects(claim, history, scenario)
    assert not corrects(claim, history, scenario, heard=asked)
    assert corrects(claim.replace("Thursday", "Friday"), history, scenario, heard=asked)


def test_a_name_inside_another_word_of_the_scenario_is_still_a_name_nobody_used() -> None:
    history = ["Priya and Tom from my team were sitting there. Owen heard within a week."]
    known = '{"closings": ["Right. Thank you. Same time next month?"]}'
    claim = "So Priya and Sam from your team recognised it, and it got back to Owen."
    assert changes_a_detail(claim, history, known)
    assert not changes_a_detail(claim.replace("Sam", "Tom"), history, known)
