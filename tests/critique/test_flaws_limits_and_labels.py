"""From expert-77's misses: time given to say it ("Take your time.", "No rush. Say it however it
comes out") is no formula; "No. I don't." agrees with "...and you don't want to sign that form
again"; "It's needy, frankly" labels them; one's own limit ("It's getting a bit too much for
me") judges nobody, even when the counterpart apologises. And from expert-76's: a saying about
every thing of a kind ("Every pencil draws its own line.") is a platitude, and "That's the
version that'd fit on a form." confirms a reflection's facts only."""

from __future__ import annotations

from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_time_given_to_say_it_is_no_formula() -> None:
    lines = [
        "I've written some notes. Forgive me if I read.",
        "Take your time. What's on the note about how we use the hour?",
        "The hour drifts.",
        "No rush. Say it however it comes out; it doesn't need to be tidy.",
        "Okay.",
    ]
    assert K.STOCK_PHRASES not in kinds(*lines)
    sayings = [lines[0], "Everything happens for a reason.", "Okay.", "Time heals.", "Okay."]
    assert K.STOCK_PHRASES in kinds(*sayings)


def test_a_no_that_agrees_with_what_they_will_not_do_is_no_verdict_heard() -> None:
    lines = [
        "She walked away in her sixth year with nothing, and I signed the paperwork.",
        "You watched someone you were responsible for lose six years to the weather, and you "
        "don't want to sign that form again.",
        "No. I don't. Okay.",
    ]
    assert K.JUDGMENT not in kinds(*lines)


def test_needy_is_a_label_and_ones_own_limit_is_not() -> None:
    needy = [
        "Oh. Sorry. Okay.",
        "Twenty-three messages on Sunday. It's needy, frankly.",
        "Oh. Right.",
    ]
    assert K.JUDGMENT in kinds(*needy)
    limit = [
        "Oh god. Okay. Yeah.",
        "It's just the messages. It's getting a bit too much for me to keep up with, honestly.",
        "Oh. Okay. Sorry. I'd no idea I was being a nuisance.",
    ]
    assert K.JUDGMENT not in kinds(*limit)


def test_a_saying_about_every_thing_of_a_kind_is_a_platitude() -> None:
    lines = [
        "There are things I do another way, and there's a reason.",
        "Well, different is what makes a studio sing. Every pencil draws its own line.",
        "Right. I'll leave that there.",
        "Good. Onwards; every project's a staircase.",
        "Okay. Thank you.",
    ]
    assert kinds(*lines)[K.STOCK_PHRASES] == (1, 3)
    plain = [
        "The dashboard goes red every Monday, and each of the officers hates it.",
        "Every Monday the dashboard goes red. Each of those letters has your name on it?",
        "Yes.",
        "Every step you've described sounds like a week of work.",
        "It is.",
    ]
    assert K.STOCK_PHRASES not in kinds(*plain)


def test_the_version_that_fits_on_a_form_confirms_facts_only() -> None:
    lines = [
        "Luis and me both went for it. I got it. Now I eat at my desk.",
        "So you and Luis both applied, you were selected, and since then you've been taking "
        "your lunch at your desk rather than in the break room.",
        "That's the version that'd fit on a form. Doesn't matter.",
        "What else is there to it?",
        "In 2017 my dad had a stroke. I swapped shifts. It went in a report.",
        "So in 2017 you swapped shifts for your father's stroke, it was written up, and you "
        "weren't promoted in 2018.",
        "Yep. Those are the facts.",
    ]
    assert kinds(*lines)[K.CONTENT_ONLY_REFLECTIONS] == (1, 5)
