"""The detail a saying-back got wrong, as the persona puts it right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail


def test_a_count_given_another_number_is_named_with_the_persona_words() -> None:
    history = ["Luis and me came up together. Same shift, eleven years."]
    assert wrong_detail("So you worked the same shift for fifteen years.", history) == (
        "eleven years",
        "fifteen years",
    )


def test_a_weekday_moved_is_named_as_each_put_it() -> None:
    history = ["The second one's two weeks on Thursday, with set 4."]
    assert wrong_detail("So he's coming this Thursday.", history) == (
        "two weeks on Thursday",
        "this Thursday",
    )


def test_a_label_keeps_its_capital() -> None:
    assert wrong_detail("So it's your Year 10 class.", ["It's my Year 9 class."]) == (
        "Year 9",
        "Year 10",
    )


def test_nothing_is_named_when_the_persona_gave_several_or_the_count_is_one() -> None:
    several = ["Year 8 wouldn't leave. The plan is for Year 9."]
    assert wrong_detail("So the observation is with Year 10.", several) is None
    team = ["Three associates and a trainee. Down from four associates in the summer."]
    assert wrong_detail("So you're down one associate since the summer.", team) is None
    assert wrong_detail("So you worked together for eleven years.", ["Eleven years."]) is None


def test_a_deed_given_to_another_person_names_who_did_it() -> None:
    history = [
        "It's the twenty minutes before you paged Bea, who rolled it back. And Owen, who"
        " approved your change, thinks you've been avoiding him."
    ]
    claim = "So Owen, who rolled it back, thinks I've been avoiding him, and I paged Bea late."
    assert wrong_detail(claim, history) == ("Bea", "Owen")
    right = "So Bea rolled it back, and Owen, who approved it, thinks I've been avoiding him."
    assert wrong_detail(right, history) is None


def test_a_date_put_on_another_weekday_is_named() -> None:
    history = ["The third evening is Thursday the fourteenth. Ten days."]
    assert wrong_detail("So the third one is Friday the fourteenth.", history) == (
        "Thursday the fourteenth",
        "Friday the fourteenth",
    )
    assert wrong_detail("So the third one is Thursday the fourteenth.", history) is None


def test_a_time_of_day_moved_is_named_as_each_put_it() -> None:
    """A clock time the persona gave is put right where the summary gives another beside a
    word both clauses share; the same time written another way is no change, and a time with
    nothing in common with the persona's is left alone."""
    said = ["Denise said to be here at three, so here I am.", "I leave at half five, mostly."]
    claim = "So Denise told you to come at four, and you leave at half five."
    assert wrong_detail(claim, said) == ("at three", "at four")
    assert wrong_detail("You leave at half four these days.", said) == (
        "at half five",
        "at half four",
    )
    assert wrong_detail("So Denise told you to be here at 3 o'clock.", said) is None
    assert wrong_detail("And the bus comes at four.", said) is None


def test_words_given_to_another_listener_are_put_right() -> None:
    """Who someone said a thing to, changed in a summary, is put right in the persona's words;
    the same listener, or a sentence that shares nothing with what was told, is left alone."""
    said = ["Shanice, my most experienced, said to me last week she feels like a debt collector."]
    claim = "And Shanice told Graham she feels like a debt collector."
    assert wrong_detail(claim, said) == ("to me", "to Graham")
    assert wrong_detail("And Shanice told you she feels like a debt collector.", said) is None
    assert wrong_detail("And Shanice told Graham about the rota.", said) is None
    assert wrong_detail("Marcus told you.", ["Marcus told Gareth about the messages."]) is None
    heard = ["Marcus said to Gareth that your messages have got sharp."]
    assert wrong_detail("Marcus told you my messages got sharp.", heard) == ("to Gareth", "to me")


def test_a_length_of_time_changed_is_named_as_each_put_it() -> None:
    history = ["I cancelled our July session by text, twenty minutes before. Sorry."]
    claim = "So you cancelled July by text about two hours beforehand."
    assert wrong_detail(claim, history) == ("twenty minutes", "two hours")
    assert wrong_detail("So you cancelled July by text, twenty minutes before.", history) is None
