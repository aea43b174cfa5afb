"""From counterpart-84's and -85's misses: a summary is corrected, and the detail named, when it
gives another share of the same thing ("about half" for "three quarters" of the week), another
part of the day than a clock time said with that day, another weekday where only one was ever
said, two steps the other way round, or another title for the same person or post."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_fact
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_order import months_reversed, reversed_steps
from coach.practice.summary_roles import changed_relative, saying_given_to_you
from coach.practice.summary_titles import retitled

SHARE = ["Now I'd say three quarters of our week goes on letters and the dashboard."]
SLOT = ["Dr Okonjo saw us every Tuesday, nine o'clock sharp. The agenda arrived the day before."]
EMAIL = [
    "Fine. Tuesday, just after four. Ines had been chasing us for over a week.",
    "So I sent her the new timeline and put you on copy.",
]
STEPS = [
    "Twenty-two minutes where you could see the fire and went at it by yourself before you "
    "paged Bea. And Owen has been waiting for you to come see him."
]
LEAD = ["Margit is the project lead. She has two bids this month, so the evenings came to me."]
POST = ["I've got a second interview next Thursday. Midlands Money Advice Trust, service manager."]


def test_another_share_of_the_same_thing_is_put_right() -> None:
    claim = "So about half of your team's week goes on letters and the dashboard."
    assert changes_a_fact(claim, SHARE, "")
    assert wrong_detail(claim, SHARE) == ("three quarters", "half")
    assert not changes_a_fact("So three quarters of your week goes on letters.", SHARE, "")


def test_a_part_of_the_day_against_a_clock_time_that_day() -> None:
    claim = "You'd pictured a weekly slot on Tuesday afternoons, with an agenda the day before."
    assert wrong_detail(claim, SLOT) == ("Tuesday, nine o'clock", "Tuesday afternoons")
    assert not changes_a_fact("A weekly slot on Tuesday mornings, with an agenda.", SLOT, "")
    # a count after a weekday is no time of day
    assert not changes_a_fact(
        "So on Tuesday evening three came.", ["Tuesday, three people came."], ""
    )


def test_another_weekday_where_only_one_was_said() -> None:
    claim = "So on Monday afternoon, after Ines chased for a week, you sent her a real date."
    assert changes_a_fact(claim, EMAIL, "")
    assert wrong_detail(claim, EMAIL) == ("Tuesday", "Monday")
    assert not changes_a_fact("So on Tuesday you sent her a real date.", EMAIL, "")


def test_two_steps_told_the_other_way_round() -> None:
    flipped = "So I paged Bea first and then went off and spent twenty-two minutes on my own."
    kept = "So I spent twenty-two minutes at the fire on my own and only then paged Bea."
    assert reversed_steps(flipped, STEPS)
    assert not reversed_steps(kept, STEPS)
    # "after that" with nothing before it tells no two steps
    assert not reversed_steps(
        "The email never came and then the outline got harder.",
        ["But after that, the outline felt even harder to open."],
    )


def test_another_title_for_a_named_person_or_a_post() -> None:
    claim = "So Margit, as the council's project officer, passed the evenings to you."
    assert retitled(claim, LEAD) == ("the project lead", "the council's project officer")
    assert retitled("So Margit, as the project lead, passed them to you.", LEAD) is None
    post = "So a second interview next Thursday with Midlands Money Advice Trust for a senior "
    assert retitled(post + "adviser role.", POST) == ("service manager", "senior adviser")
    assert retitled(post + "service manager role.", POST) is None


def test_half_my_notes_is_a_share_and_it_makes_you_angry_a_feeling() -> None:
    """From counterpart-87's misses: "about half my visit notes" is a share of the notes, and
    "it makes you angry" gives them a feeling, against "my stomach drops" (dread)."""
    audit = ["Roughly a third of your home-visit notes were filed more than three days late."]
    claim = "And the hard part is the audit: about half my visit notes were late getting in."
    assert wrong_detail(claim, audit) == ("a third", "half")
    ashford = ["So when I hear a customer wants a date, my stomach drops."]
    assert changed_feeling("And now when a customer asks for a date it makes you angry.", ashford)
    assert not changed_feeling("And now a customer asking for a date leaves you worried.", ashford)


def test_a_share_of_the_same_thing_in_other_words_a_father_and_a_saying() -> None:
    """From counterpart-89's misses: "a quarter of the fluid chart errors" is the "Half the
    mistakes" the persona told when their sentences are about the same thing; "your dad" is
    "my father", not another relative; and "You said in the huddle that twelve weeks was
    letting tenants drift" gives the persona what it told someone else saying."""
    errors = [
        "Half the mistakes I pick up on nights are people adding the input column and leaving "
        "out the IV antibiotics."
    ]
    claim = (
        "So about a quarter of the fluid chart errors you see on nights come from people "
        "leaving the IV antibiotics out of the input."
    )
    assert wrong_detail(claim, errors) == ("half", "a quarter")
    assert (
        changed_relative("So you were honest about your dad.", ["My father had a stroke."]) is None
    )
    assert changed_relative("So your uncle.", ["My father had a stroke."]) == (
        "my father",
        "your uncle",
    )
    huddle = [
        "He stood up in the huddle and said twelve weeks was 'letting tenants drift'. I just sat "
        "there."
    ]
    assert saying_given_to_you(
        "You said in the huddle that twelve weeks was letting tenants drift, and Shanice...",
        huddle,
    )
    assert not saying_given_to_you(
        "He said in the huddle that twelve weeks was letting tenants drift, and you sat there.",
        huddle,
    )


def test_months_the_other_way_round_and_a_feeling_done_to_them() -> None:
    """From counterpart-88's and -91's misses: "Your contract finishes first, and then Farah's
    team recruits" puts first what the persona dated later (January, then March); "what I said
    upset you" gives them a feeling other than the confusion they told."""
    dated = [
        "Farah Siddiqui is setting up a new Analytics and Modelling team, and it's recruiting in "
        "January.",
        "My contract is a fixed-term post, funded by the recovery grant, which runs out in March.",
    ]
    flipped = "Your grant-funded contract finishes first, and then Farah's team recruits."
    kept = "Farah's team recruits first, and then your grant-funded contract finishes."
    assert months_reversed(flipped, dated)
    assert not months_reversed(kept, dated)
    confused = ["I wasn't upset by the feedback. I was confused by it."]
    assert changed_feeling("You've gone quieter because what I said upset you.", confused)
    assert not changed_feeling("You've gone quieter because what I said confused you.", confused)
