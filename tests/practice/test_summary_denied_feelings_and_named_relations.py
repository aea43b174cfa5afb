"""From counterpart-179's misses (measured once unseen first): a summary that gives the persona
a feeling it denied ("So you've come to hate the job" after "I don't hate the job") is
corrected, and so is one that makes someone named another relation ("your sister Shona" after
"Shona, my flatmate"), with the right relation named in the correction."""

from __future__ import annotations

from coach.practice.contradiction import (
    affirms_a_denied_feeling,
    contradicts,
    takes_what_was_ruled_out,
)
from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_roles import other_persons, renamed_relation

JOB = [
    "Don't get me wrong, I don't hate the job. Most days are fine. It's that I get in at night "
    "and can't name one thing I did that helped anybody.",
    "It is a bit. And honestly, I've been scrolling vacancies most evenings since February.",
]
FLAT = [
    "Honestly, that's just when I finish planning. Three hours a lesson, easily.",
    "Yeah. Shona, my flatmate, moved to Bristol in October, so it's just me there now.",
]


def test_a_feeling_they_denied_is_corrected_when_a_summary_gives_it_back() -> None:
    wrong = "So you've come to hate the job, and you've been looking at vacancies since February."
    assert affirms_a_denied_feeling(wrong, JOB)
    assert contradicts(wrong, iter(JOB))  # (any iterable of lines will do)
    right = "So you don't hate the job, but you can't name one thing that helped anybody."
    assert not affirms_a_denied_feeling(right, JOB)
    assert not affirms_a_denied_feeling("So you hate the evenings on your own.", JOB)


def test_someone_named_as_another_relation_is_corrected() -> None:
    wrong = "Since your sister Shona moved to Bristol you've been living alone."
    assert renamed_relation(wrong, FLAT) == ("my flatmate", "your sister")
    assert wrong_detail(wrong, FLAT) == ("my flatmate", "your sister")
    assert renamed_relation("Since your flatmate Shona moved to Bristol.", FLAT) is None
    assert renamed_relation("Since Shona, your friend from college, moved away.", FLAT) == (
        "my flatmate",
        "your friend",
    )


def test_a_post_said_after_the_name_and_a_post_of_two_words() -> None:
    """From counterpart-183's misses: "Denise Harlow. Plant manager." and "your HR manager,
    Denise"; a word fewer ("your manager Denise") only says less."""
    told = ["Good.", "Denise Harlow. Plant manager. She put my name down. Told me on Tuesday."]
    wrong = "So your HR manager, Denise, put your name down without asking."
    assert renamed_relation(wrong, told) == ("my plant manager", "your HR manager")
    assert renamed_relation("So your plant manager, Denise, put your name down.", told) is None
    assert renamed_relation("So your manager Denise put your name down.", told) is None


def test_a_thing_ruled_out_beside_another_is_named_after_its_place_word() -> None:
    """From counterpart-183's misses: "Not on paper, not on your phone." rules out the phone,
    and a clause of purpose after "so" is a clause of its own."""
    notes = [
        "Nowhere. No notes. Not on paper, not on your phone. You want to remember it, remember it."
    ]
    wrong = "And I'll keep a few notes on my phone so we don't lose the thread."
    assert takes_what_was_ruled_out(wrong, notes)
    assert not takes_what_was_ruled_out("No notes on paper or on the phone, then.", notes)


def test_what_someone_will_do_keeps_its_purpose() -> None:
    """A purpose after "so" stays with what someone will do, where what was denied can sit
    (counterpart-177's asking-for-help-14, lost while the purpose was split off everywhere)."""
    said = [
        "I can do the first fifteen minutes. I can't overrule Gareth, and I can't give them a date."
    ]
    wrong = (
        "And you'll have a word with Marcus about moving people back onto reminders so we can "
        "give Meridian a date."
    )
    assert contradicts(wrong, said)


def test_a_friend_made_family_is_corrected_and_a_friend_by_another_word_is_not() -> None:
    """From counterpart-186's misses: "Luis, your brother-in-law" after "My buddy Luis"."""
    told = ["My buddy Luis and I started on the same shift, eleven years side by side."]
    wrong = "So Luis, your brother-in-law, went for the same job."
    assert renamed_relation(wrong, told) == ("my buddy", "your brother-in-law")
    assert renamed_relation("So your mate Luis went for the same job.", told) is None
    assert renamed_relation("So your friend Luis went for the same job.", told) is None


def test_a_relation_given_to_the_wrong_person_is_corrected() -> None:
    """From counterpart-188 (measured once unseen first): "Priya, your trainee" after "Four
    associates until Priya resigned in July. Josh, our trainee, has been brilliant." is
    corrected with the one who is the trainee."""
    told = [
        "We're three associates and a trainee now. Four associates until Priya resigned in "
        "July. Josh, our trainee, has been brilliant."
    ]
    wrong = "So you're a trainee down since Priya, your trainee, resigned in July."
    assert renamed_relation(wrong, told) == ("Josh", "Priya")
    assert renamed_relation("So Josh, your trainee, has been brilliant.", told) is None
    # (nor when the summary names the trainee too: it may be telling both)
    both = "So Priya, your trainee's mentor, left, and Josh, your trainee, stayed."
    assert renamed_relation(both, told) is None


def test_a_degree_student_made_another_degrees_is_corrected() -> None:
    """From counterpart-191 and -195 (each measured once unseen first): "Tomás Reyes, your
    former PhD student" after "Tomás Reyes. He was my master's student" is corrected; "former"
    says nothing of which."""
    told = [
        "The name you want is Tomás Reyes. He was my master's student, and he's the hydrologist."
    ]
    wrong = "So Tomás Reyes, your former PhD student, is now the district hydrologist."
    assert renamed_relation(wrong, told) == ("my master's student", "your former phd student")
    right = "So Tomás Reyes, your former master's student, is now the district hydrologist."
    assert renamed_relation(right, told) is None


def test_a_relation_put_on_another_named_person_is_corrected() -> None:
    """From counterpart-191's and -194's misses (read, not addressed when measured): "the
    meeting Kacper's mum asked for" after "Jayden's mum wants to meet about his detentions"."""
    told = ["Grand! Busy. Jayden's mum wants to meet about his detentions, Monday after school."]
    wrong = "So there's the Monday meeting Kacper's mum asked for about his detentions."
    assert other_persons(wrong, told) == ("Jayden's mum", "Kacper's mum")
    assert other_persons(wrong.replace("Kacper", "Jayden"), told) is None
    # (nor where the summary names both, nor a thing of someone's: "Kacper's seat")
    assert other_persons("So Kacper's mum and Jayden's mum both asked.", told) is None
    assert other_persons("So Kacper's seat moved.", ["Jayden's seat moved."]) is None
