"""From counterpart-70's misses: a sum of money, half an hour, a role given another's deed. A
summary that changes one is corrected, naming what the persona said; a paraphrase is not."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_fact
from coach.practice.summary_roles import swapped_role

EMAILED = [
    "The head teacher emailed me afterwards to thank me for catching it.",
    "The last consultant's report had given her the wrong figure and she would have signed it.",
]
SHOUTS = ["It was Halloran. Their general counsel shouts at my juniors on calls."]
OPTIONS = [
    "Option B gets us to 0.7 seconds. It adds £4,800 to the ceiling package, and the "
    "contingency for the hall is £6,000, so it fits.",
    "Option A costs £2,100 but fails. Option C costs £9,300.",
]


def test_a_deed_given_to_another_role_is_corrected_by_naming_both() -> None:
    chair = "So the chair of governors emailed to thank you for catching the wrong figure."
    director = "So their finance director has been shouting at your juniors on calls."
    assert swapped_role(chair, EMAILED) == ("the head teacher", "the chair of governors")
    assert wrong_detail(director, SHOUTS) == ("their general counsel", "their finance director")
    assert changes_a_fact(chair, EMAILED, "")


def test_the_same_role_or_a_group_in_other_words_is_no_swap() -> None:
    same = "So the head teacher emailed to thank you for catching it."
    kids = ["The children at the back couldn't hear a word in the hall."]
    assert swapped_role(same, EMAILED) is None
    assert swapped_role("So the kids at the back couldn't hear a word.", kids) is None


def test_a_sum_of_money_changed_is_corrected_with_the_nearest_said() -> None:
    claim = "So B gets to 0.7 seconds for an extra £3,800, inside the £6,000 contingency."
    assert changes_a_fact(claim, OPTIONS, "")
    assert wrong_detail(claim, OPTIONS) == ("£4,800", "£3,800")
    kept = "So B gets to 0.7 seconds for an extra £4,800, inside the £6,000 contingency."
    assert not changes_a_fact(kept, OPTIONS, "")


def test_half_an_hour_and_every_fortnight_are_lengths() -> None:
    offered = ["Here's what I can do: the first fifteen minutes on Thursday, at director level."]
    claim = "So you'll join the first half hour of Thursday's call, at director level."
    assert wrong_detail(claim, offered) == ("fifteen minutes", "half hour")
    fortnight = ["Half an hour every fortnight would be more use than a long lunch."]
    assert not changes_a_fact(
        "Thirty focused minutes every two weeks over a long lunch.", fortnight, ""
    )


def test_a_deed_given_to_another_role_the_persona_named_is_corrected() -> None:
    history = [
        "My old lab manager used to ask 'and what else?' three times before offering an idea. "
        "My sister, when I practised on her, just kept saying 'just say it'."
    ]
    sister = "What you'd like more of is what your sister used to do: ask 'and what else?'."
    manager = (
        "What you'd like more of is what your old lab manager used to do: ask 'and what else?'."
    )
    assert swapped_role(sister, history) == ("my old lab manager", "your sister")
    assert swapped_role(manager, history) is None


def test_another_part_of_the_same_day_is_corrected() -> None:
    history = ["I'll call over there first thing Monday morning, before my eight o'clock huddle."]
    claim = "So you'll call them Monday afternoon once your huddle's done."
    assert wrong_detail(claim, history) == ("Monday morning", "Monday afternoon")
    assert not changes_a_fact("So you'll call them Monday morning.", history, "")


def test_a_bare_number_three_words_from_its_length_counts_in_its_unit() -> None:
    history = ["So notices go out at eight weeks of arrears now instead of twelve."]
    claim = "Graham's escalation means notices go out at eight weeks instead of twelve."
    assert not changes_a_fact(claim, history, "")


def test_another_year_is_corrected_and_named() -> None:
    history = ["Back in 2011 I had a doctoral student, Annika, working on ice-jam floods."]
    claim = "So back in 2014 your student Annika worked on ice-jam floods."
    assert changes_a_fact(claim, history, "")
    assert wrong_detail(claim, history) == ("2011", "2014")


def test_a_feeling_of_another_kind_is_corrected_but_a_near_word_is_not() -> None:
    history = [
        "I kept checking for two weeks. And I'm embarrassed, but I made a whole story of it."
    ]
    claim = "So when the email never arrived, you were annoyed with me."
    assert wrong_detail(claim, history) == ("embarrassed", "annoyed")
    assert not changes_a_fact("So you felt a bit silly about the story you made.", history, "")


def test_another_job_title_said_of_them_is_corrected() -> None:
    history = ["I'm a data analyst in the Revenue and Ridership team. I build the dashboards."]
    claim = "So you're the team lead in Revenue and Ridership, behind the dashboards."
    assert wrong_detail(claim, history) == ("a data analyst", "the team lead")
    assert swapped_role("So you're a data analyst behind the dashboards.", history) is None


def test_a_step_put_after_what_it_had_to_come_before_is_corrected() -> None:
    history = [
        "I'll put you forward. And you go see Linda before Thursday and tell her about Harlow."
    ]
    claim = "I go tell Linda about Harlow myself right after the panel."
    assert wrong_detail(claim, history) == ("before Thursday", "after the panel")
    assert not changes_a_fact("I go and tell Linda about Harlow before Thursday.", history, "")


def test_a_share_changed_is_corrected() -> None:
    history = ["My recorded hours are down by about a tenth, but I didn't do less."]
    assert changes_a_fact("So your hours are down by about a quarter.", history, "")
    assert not changes_a_fact("So your hours are down by about a tenth.", history, "")


def test_ids_and_topic_lists_do_not_make_a_name_a_common_word() -> None:
    known = (
        '{"disclosures":[{"id":"halloran-strain","text":"The Halloran deal is thin.",'
        '"unlock":{"topics":["halloran","kestrel"]}}],"background":"Halloran and Kestrel."}'
    )
    history = [
        "The associate we lost in the summer was on the Halloran team, so that deal's been "
        "running thin. Kestrel's been untouched."
    ]
    claim = "So the associate who resigned in the summer came off the Kestrel team."
    assert wrong_detail(claim, history, known) == ("Halloran", "Kestrel")


def test_another_family_member_is_corrected_by_naming_who_they_told_of() -> None:
    history = ["Derry! My mum and dad have the pharmacy on the Strand Road."]
    claim = "So your uncle runs a pharmacy there that everyone expected you to take on."
    assert wrong_detail(claim, history) == ("my mum and dad", "your uncle")
    assert not changes_a_fact("So your mum and dad run the pharmacy in Derry.", history, "")
