"""From counterpart-278's to -281's misses (each set measured once unseen first): a step the
learner proposed and the persona refused at once ("Should we wait until after my committee?"
"No. Scratch that.") said back as the plan; a date with its month first ("by October
fifteenth" after "by the first of October"); the teller named wrongly though named in the
persona's line ("Gareth told you himself" after "Marcus said something to me. Your notes to
Gareth..."); steps told "afterwards" or "once he's agreed" turned round; a town told by its
office ("Big Four, Cleveland office"); feeling "about twenty-two again"; someone else "getting
fed up"; the persona's own part in a meeting given to someone named; and no part of a day
moved when the summary only adds "tomorrow" to a time the persona gave ("by noon")."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_dates import redated
from coach.practice.summary_decided import unsettled
from coach.practice.summary_feelings import changed_feeling, feeling_taken_from_another
from coach.practice.summary_order import reversed_steps
from coach.practice.summary_places import moved_place
from coach.practice.summary_times import moved_part_of_day
from coach.practice.summary_told import another_teller, part_given_to_another


def test_a_proposal_refused_at_once_said_back_as_the_plan_is_put_right() -> None:
    history = [
        "Come in.",
        "Then you want Tomás. He'll want them on the summer plan.",
        "No. Scratch that. Plans get locked in March. I'll write him tonight and copy you.",
    ]
    heard = [
        "I'm keeping the field plan.",
        "Should we wait until after my committee on March 18th, so I've got their sign-off?",
    ]
    claim = "So we'll hold off on the email until after the committee so it carries the sign-off."
    assert unsettled(claim, history, heard) == "ruled_out"
    assert unsettled(claim, history) is None  # (the learner's question is what was refused)
    agreed = ["Come in.", "Then you want Tomás.", "Yes. Wait for the committee; it helps."]
    assert unsettled(claim, agreed, heard) is None


def test_a_date_with_its_month_first_is_read_as_a_date() -> None:
    said = ["If there aren't six structures holding water by the first of October, you switch."]
    claim = "If I don't have six structures wet by October fifteenth, I switch."
    assert redated(claim, said) == ("the first", "the fifteenth")
    assert redated("If I don't have six structures wet by October 1st, I switch.", said) is None


def test_the_teller_named_wrongly_is_put_right_though_named_as_the_one_told_of() -> None:
    said = [
        "Since you ask, yes. Marcus said something to me. Your notes to Gareth have got a bit "
        "pointed lately, and you messaged two of his engineers yourself."
    ]
    claim = (
        "So Gareth told you himself that my notes have got pointed and I messaged his engineers."
    )
    assert another_teller(claim, said) == ("Marcus", "Gareth")
    assert another_teller("So Marcus told you my notes have got pointed.", said) is None


def test_steps_told_afterwards_or_once_agreed_turned_round_are_put_right() -> None:
    huddle = [
        "Worst way there is. Denise read it out at the Monday huddle with him standing there. "
        "I caught him at lunch afterwards to say something."
    ]
    turned = "So you told him yourself at lunch, and then Denise announced it at the Monday huddle."
    assert reversed_steps(turned, huddle)
    kept = "So Denise read it out at the Monday huddle, and then you caught him at lunch."
    assert not reversed_steps(kept, huddle)
    once = [
        "Go and see Gareth in person, not on chat. Once he's agreed what goes in the release, "
        "then the one-pager goes to Meridian. Not before."
    ]
    assert reversed_steps("So I send Meridian the one-pager first, then I go and see Gareth.", once)


def test_a_town_told_by_its_office_is_where_it_was() -> None:
    said = ["I was twenty-six, Big Four, Cleveland office. They put me in charge of a first audit."]
    claim = "So you were twenty-six, at the Big Four in Columbus, in charge of a first audit."
    assert moved_place(claim, said) == ("in Cleveland", "in Columbus")
    assert moved_place("So you were twenty-six, at the Big Four in Cleveland.", said) is None


def test_young_again_and_someone_else_fed_up_are_feelings_told() -> None:
    junior = ["You step in with the answer. And I feel about twenty-two again, the intern."]
    assert changed_feeling("And it leaves you annoyed with me.", junior) == ("junior", "annoyed")
    fed_up = ["Ines had been chasing for a week. She was getting fed up. Not with me, mind."]
    claim = "So you'd got fed up with a week of being chased by Ines."
    assert feeling_taken_from_another(claim, fed_up) == ("she was getting fed up", "me")


def test_the_personas_part_given_to_someone_named_is_put_right() -> None:
    said = ["Send it tonight. Here's the catch. I'm the facilitator on Friday. I can't coach you."]
    claim = "So on Friday Jasmine is the one facilitating, which is why you can't stand up for me."
    assert part_given_to_another(claim, said) == ("me", "Jasmine")
    assert wrong_detail(claim, said) == ("me", "Jasmine")
    assert part_given_to_another("So on Friday you're the one facilitating.", said) is None


def test_tomorrow_added_to_a_time_the_persona_gave_moves_no_part_of_the_day() -> None:
    said = [
        "Okay. Send it tonight. You'll have my notes by noon, and Thursday at four we run it once."
    ]
    claim = "Tonight I send you the draft, by noon tomorrow you send back notes"
    assert moved_part_of_day(claim, said) is None
    moved = [
        "I'll get a note to him tonight, after supper, with you copied. Then it's Tomás Reyes."
    ]
    claim = "And you'll email Tomás Reyes first thing tomorrow morning with me copied in"
    assert moved_part_of_day(claim, moved) == ("tonight", "first thing tomorrow morning")
