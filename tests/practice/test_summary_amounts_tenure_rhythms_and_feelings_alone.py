"""From counterpart-282's to -285's misses (each set measured once unseen first): a sum of
money in words with no currency ("the fee is fifty-two and a half thousand" after "The quote
went out at forty-two thousand five hundred"), two steps told "A after B" the other way round
from the persona's "A. Then B.", how long someone has been here ("three years" after "Twenty
months here"), a feeling given alone with a softener ("Only uncertain"), pride against
disappointment, and rhythms the persona gave by quarter, by "every other Thursday" or with
the thing in the sentence before; and what must not be corrected for them."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.numbers import in_digits
from coach.practice.summary_check import changes_a_number
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_lengths import changed_length, changes_a_length
from coach.practice.summary_often import changed_rhythm
from coach.practice.summary_order import reversed_steps
from coach.practice.text import sentence_at

QUOTED = [
    "Fine. The quote went out at forty-two thousand five hundred, which is why it looks cheap."
    " It is not cheap work.",
]


def test_a_sum_in_words_with_a_noun_of_money_is_compared() -> None:
    assert in_digits("fifty-two and a half thousand") == "52500"
    claim = "So the fee is fifty-two and a half thousand, though it's more work than it looks."
    assert changes_a_number(claim, QUOTED)
    assert not changes_a_number("So the fee is forty-two and a half thousand.", QUOTED)
    # a number of thousands with no noun of money beside it is no sum
    assert not changes_a_number("So fifty-two thousand people live in the town.", QUOTED)


STEPS = [
    "The rota? I rewrote it last Monday, early and late shifts paired, and split Tomasz and"
    " Ewa. Then Friday was the inspection, and it went fine.",
]


def test_steps_told_after_the_other_way_round_are_corrected() -> None:
    claim = "So you rewrote the rota after Friday's inspection, and split Tomasz and Ewa up."
    assert reversed_steps(claim, STEPS)
    assert not reversed_steps("So you rewrote the rota before Friday's inspection.", STEPS)


HERE = [
    "It was my first big review since I came over. Twenty months here, and mostly at a bench.",
]


def test_how_long_someone_has_been_here_is_put_right() -> None:
    claim = "So you've been here about three years, and this review was a big one for you."
    assert changes_a_length(claim, HERE)
    assert changed_length(claim, HERE) == ("Twenty months", "three years")
    assert not changes_a_length("So you've been here twenty months.", HERE)


UNSURE = [
    "Since then, yes. Not cross, please don't think that. Only uncertain, and a bit anxious I"
    " was doing it wrong.",
]
PROUD = ["Yes, I'll do it. I'm proud of you, honestly. And I'll miss having you about."]


def test_a_feeling_given_alone_with_a_softener_is_told() -> None:
    claim = "So you've been frustrated with me since then."
    assert changed_feeling(claim, UNSURE) == ("uncertain", "frustrated")
    assert changed_feeling("So you've been uncertain since then.", UNSURE) is None


def test_pride_is_not_disappointment_and_the_feeling_left_out_is_said_back() -> None:
    assert changed_feeling("So you're disappointed in me, and you'll miss me.", PROUD) == (
        "proud",
        "disappointed",
    )
    both = ["I'm proud of the design. But afterwards I felt ashamed, sitting in the car."]
    claim = "So you're proud of the design, and afterwards you were angry with them."
    assert changed_feeling(claim, both) == ("ashamed", "angry")
    # "small tables" are no feeling
    assert changed_feeling("So you're thinking small tables for the evening.", PROUD) is None


QUARTERLY = ["Bad timing. The figures go to the funder every quarter, next lot in June."]
OTHER_THURSDAY = ["The review's every other Thursday at two, and I mostly sit on mute."]
CALLS = ["The client loves meetings. We're on with them four times a week, sometimes more."]


def test_rhythms_by_the_quarter_by_every_other_weekday_and_told_before() -> None:
    claim = "So the timing is bad because the figures go to the funder every month."
    assert changed_rhythm(claim, QUARTERLY) == ("every quarter", "every month")
    claim = "So you sit through the weekly review while someone else talks."
    assert wrong_detail(claim, OTHER_THURSDAY) == ("every other Thursday", "weekly")
    claim = "So you're in meetings with the client about once a week."
    assert changed_rhythm(claim, CALLS) == ("four times a week", "once a week")


def test_a_rhythm_offered_beside_theirs_is_left_alone() -> None:
    weekly = ["My old supervisor saw us every Tuesday at nine, with an agenda."]
    claim = "So you'd pictured it weekly or fortnightly, with an agenda like your supervisor's."
    assert changed_rhythm(claim, weekly) is None


def test_the_sentence_a_number_stands_in_is_split_as_sentences_split() -> None:
    text = "Fine. The fee is 48.5 thousand, quoted in May. It is not cheap work."
    assert sentence_at(text, text.index("48.5")) == "The fee is 48.5 thousand, quoted in May."
    assert sentence_at(text, 0) == "Fine."
    assert sentence_at(text, text.index("cheap")) == "It is not cheap work."
