"""From counterpart-218 to -228's misses (each measured once unseen first): a summary in one
"So ... you" sentence of three clauses, or announced ("So, to pull it together: ...") though it
ends on an offer, is a summary whatever the coder or the move model read, and its "after
that" at a clause's end puts that clause second ("you planned the whole week first, got the
Year 10 marking done after that" after "I did all the Year 10 marking first... and then I
started planning"); a number given to the same noun the persona counted otherwise ("three
officer posts" after "two officer posts", though "three teams" was said); a post given to
someone the persona said "is the" other ("your HR manager, Denise" after "Denise is the plant
manager here"); and the persona's own feeling put on someone else ("Dan feels selfish",
"she felt terrible") are corrected, in those words."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.models import LearnerRole, Move
from coach.practice.detail_fix import wrong_detail
from coach.practice.move_model import read_move
from coach.practice.moves import classify
from coach.practice.summary_check import changes_a_detail, changes_a_fact
from coach.practice.summary_order import reversed_steps

SUNDAY = [
    "It was fine! Busy. I did all the Year 10 marking first, that took till about nine, and then"
    " I started planning the week, and every time I finished a lesson I just... sent it. So."
    " Yeah. Sorry.",
    "Ha, it's grand. They're all big. Sure, that's teaching.",
]
LISTED = (
    "So on Sunday you planned the whole week first, got the Year 10 marking done after that,"
    " and sent each plan off as you finished it."
)


def test_a_so_you_sentence_of_three_clauses_is_a_summary() -> None:
    assert classify(LISTED, code_turn(LISTED, SUNDAY[-1])) is Move.SUMMARY
    two = "So you planned the week on Sunday."
    assert classify(two, code_turn(two, SUNDAY[-1])) is not Move.SUMMARY


def test_a_summary_announced_is_one_though_it_ends_on_an_offer() -> None:
    text = (
        "So, to pull it together: Mr Dunleavy has asked for a meeting with Jayden's mum on Monday"
        " after school, you're unsure about the observation feedback, and I've said I won't come"
        " to the meeting or speak to him, but I'll help you prepare for both."
    )
    coded = code_turn(text, "I look about twelve.")
    rule = classify(text, coded)
    assert rule is Move.SUMMARY
    assert read_move(text, LearnerRole.MENTOR, 3, rule, coded.confidence) is Move.SUMMARY
    # (an offer that is "easy to check" announces no summary)
    offer = (
        "Understood. I'll make it easy to check: I can get Jess to write a short note about how"
        " I handled Fenwick and send it to you before Thursday."
    )
    coded = code_turn(offer, "A reference in writing beats one in the hallway.")
    rule = classify(offer, coded, LearnerRole.MENTEE)
    assert read_move(offer, LearnerRole.MENTEE, 3, rule, coded.confidence) is Move.OFFER


def test_a_then_at_its_clauses_end_puts_that_clause_second() -> None:
    assert reversed_steps(LISTED, SUNDAY)
    right = (
        "So on Sunday you did the Year 10 marking first, started planning after that, and sent"
        " each plan off as you finished it."
    )
    assert not reversed_steps(right, SUNDAY)


POSTS = [
    "Work's just... different since January. We went live in the hub on the sixth. Three teams"
    " squashed onto one floor: us, service charges, leasehold.",
    "We lost two officer posts as well. 'Realignment', they called it. So I've got nine"
    " officers, eight with Marcus off sick.",
]


def test_a_number_given_to_the_noun_counted_otherwise_is_corrected() -> None:
    claim = (
        "So in January your team moved into the hub alongside service charges and leasehold, you"
        " lost three officer posts in the realignment, and with Marcus off you're running on"
        " eight."
    )
    assert changes_a_detail(claim, POSTS, "")
    assert wrong_detail(claim, POSTS) == ("two officer posts", "three officer posts")
    right = claim.replace("three officer", "two officer")
    assert not changes_a_detail(right, POSTS, "")


HALL = [
    "One: the last consultant had given the head teacher 1.8 seconds. Option B brings it to 0.7,"
    " under the 0.8 target. I've put three items on the agenda.",
]


def test_a_number_said_bare_or_some_of_a_count_is_not_corrected() -> None:
    # (the persona's "brings it to 0.7," may be the same seconds; "the first two items" are
    # two of the three, not another count of them)
    claim = "So Option B gets the hall to 0.7 seconds, and the first two items are done."
    assert not changes_a_detail(claim, HALL, "")
    assert wrong_detail(claim, HALL) is None


DENISE = [
    "Bao. Hi. Denise said to be here at three, so here I am.",
    "Denise is the plant manager here. She's the one who put my name in. That's all I know.",
]


def test_another_post_for_someone_the_persona_said_is_the_one_is_corrected() -> None:
    claim = "So your HR manager, Denise, signed you up, and there are six meetings."
    assert changes_a_fact(claim, DENISE, "")
    assert wrong_detail(claim, DENISE) == ("the plant manager", "your HR manager")
    assert wrong_detail("So your plant manager, Denise, signed you up.", DENISE) is None


LEAH = [
    "The money, which I keep dodging. Wanting it makes me feel selfish; not being brave enough"
    " makes me feel gutless. Dan just keeps saying he'll back whatever I choose.",
]
DEEPA = [
    "I emailed Rhona, the educator, afterwards, and she was completely fine about it. I was the"
    " one who felt terrible. Still do, a bit.",
]


def test_the_personas_feeling_put_on_someone_else_is_corrected() -> None:
    claim = "So the pay is less, and Dan feels selfish about you taking the cut."
    assert wrong_detail(claim, LEAH) == ("I feel selfish", "Dan")
    assert wrong_detail("So you feel selfish wanting it, and Dan backs you.", LEAH) is None
    # (a word after "felt" that is no feeling is no feeling moved: "he got the supervisor job")
    assert wrong_detail("So Luis felt the move hard, and you stayed.", LEAH) is None
    rhona = "So you emailed Rhona afterwards, and she felt terrible about it."
    assert wrong_detail(rhona, DEEPA) == ("I felt terrible", "her")
    assert changes_a_fact(rhona, DEEPA, "")
