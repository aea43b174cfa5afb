"""Answers built from the learner's own words: yes/no in the question's terms, an offer said
back, the thing a question is about, and summaries that put words in the other's mouth."""

from __future__ import annotations

import pytest

from coach.practice.answers import (
    in_full,
    in_my_words,
    yes_no_answer,
    yes_no_answers,
)
from coach.practice.contradiction import contradicts
from coach.practice.offered import offered
from coach.practice.reply_parts import focus
from coach.practice.reply_times import time_told
from coach.practice.summary_check import _shrinks, misreads, says_back


@pytest.mark.parametrize(
    ("question", "yes", "no"),
    [
        ("Did you send it?", "Yes, I did.", "No, I didn't."),
        ("Was Margit there?", "Yes, Margit was.", "No, Margit wasn't."),
        ("Are you okay?", "Yes, I am.", "No, I'm not."),
        ("Can you make Thursday?", "Yes, I can.", "No, I can't."),
        ("Has anyone asked you?", "Yes, someone has.", "No, nobody has."),
        ("Can I ask, did you agree with Marcus?", "Yes, I did.", "No, I didn't."),
    ],
)
def test_yes_no_answers_in_the_questions_terms(question: str, yes: str, no: str) -> None:
    assert yes_no_answer(question, True) == yes
    assert yes_no_answer(question, False) == no


def test_other_ways_of_giving_the_same_answer_are_distinct() -> None:
    answers = yes_no_answers("Did you send it?", False)
    assert answers[:2] == ["No, I didn't send it.", "No, I didn't."]
    assert len(set(answers)) == len(answers) >= 4


def test_an_offer_is_said_back_in_the_other_persons_words() -> None:
    assert (
        offered("Would it help if I introduced you to Sinead?") == "If you introduced me to Sinead?"
    )
    assert (
        offered("I could write to Gareth today and own it.")
        == "You'd write to Gareth today and own it?"
    )
    assert offered("What happened next?") is None
    # too long to say back whole: cut before a clause of its own, not mid-thought
    long_offer = (
        "If it's useful, I could talk you through how I stayed in touch without it feeling "
        "like pressure."
    )
    assert offered(long_offer) == "You'd talk me through how you stayed in touch?"
    # an offer put as one is the offer, not the promise before it (from counterpart-83)
    both = "I'll send it today. And if it's useful, I can dig out the template from my course."
    assert offered(both) == "You'd dig out the template from your course?"
    assert in_my_words("I'll send you my notes") == "you'll send me your notes"


def test_you_as_the_subject_of_a_present_verb_becomes_i() -> None:
    assert in_my_words("before I say anything about a problem you bring") == (
        "before you say anything about a problem I bring"
    )
    assert in_my_words("did I make you feel small") == "did you make me feel small"


def test_a_subject_longer_than_its_determiner_and_noun_is_not_said_back() -> None:
    """From counterpart-82: "Is the client side easy to work with?" is no "it is side easy..."."""
    assert in_full("Is the client side easy to work with?", False) is None
    assert in_full("Is the business case drafted already?", True) is None
    assert in_full("Is this a big job?", True) == "Yes, it is a big job."
    assert in_full("Was the meeting useful?", True) == "Yes, it was useful."


def test_a_verb_after_a_swapped_subject_agrees_with_it() -> None:
    assert in_my_words("been where I am, wanting to go") == "been where you are, wanting to go"
    assert in_my_words("when I was new here") == "when you were new here"
    question = "Have you ever been where I am, wanting to go after something?"
    assert (
        in_full(question, True) == "Yes, I have been where you are, wanting to go after something."
    )


def test_you_before_a_past_tense_verb_is_its_subject_not_before_a_feeling() -> None:
    assert in_my_words("closer to what you pictured") == "closer to what I pictured"
    assert in_my_words("I found you worried") == "you found me worried"


def test_a_question_whose_subject_is_every_or_any_is_not_said_back_in_full() -> None:
    question = "Would every couple of weeks be closer to what you pictured?"
    assert in_full(question, False) is None  # not "No, it wouldn't couple of weeks be..."
    assert yes_no_answers(question, False)[0] == "No, it wouldn't."


def test_an_offer_put_after_a_colon_is_not_said_back_as_done() -> None:
    offer = "Here's something I could do: before I say anything about a problem you bring, I ask."
    assert offered(offer) is None  # not "You'd do: before you say anything...?"


def test_the_thing_a_question_is_about() -> None:
    assert focus("How many presses are you running on days?") == "The presses?"
    assert focus("How is your mum doing now?") == "My mum?"
    assert focus("How long have you been at Northvale?") == "Northvale?"
    # what they did is no thing to ask back about ("The grow?")
    assert focus("Where did you grow up?") is None
    # nor a verb after "who" or "what", or before its particle ("The shows?", "The happens?")
    assert focus("Who actually shows up to one of these?") is None
    assert focus("What happens to the notes?") == "The notes?"
    assert focus("Which clients signed up?") == "The clients?"


def test_a_summary_that_says_what_was_never_said_is_a_misreading() -> None:
    earlier = [
        "The hours dipped because I stopped recording the training time. The juniors need it."
    ]
    assert not misreads(
        "So the hours dipped because the training time stopped being recorded.", earlier
    )
    assert misreads(
        "So basically it's a time management problem and you need to say no more.", earlier
    )


def test_the_speakers_own_side_in_a_summary_is_not_words_put_in_their_mouth() -> None:
    earlier = [
        "Ines had been chasing for a week and getting nothing, so I gave her a date on Tuesday.",
        "I heard 'take the lead' as the client and the dates being mine now.",
    ]
    own_side = (
        "So Ines had been chasing for a week, you heard 'take the lead' as the client and the "
        "dates being yours, and you gave her a date on Tuesday. What I had in my head was you "
        "presenting on the calls while I kept hold of the dates and the Halvorsen account."
    )
    put_in_their_mouth = (
        "So Ines had been chasing for a week, you heard 'take the lead' as the client and the "
        "dates being yours, and you gave her a date on Tuesday. You were presenting on the "
        "calls while the lab manager kept hold of the dates and the Halvorsen account."
    )
    assert not misreads(own_side, earlier)
    assert misreads(put_in_their_mouth, earlier)


def test_a_shrinking_word_said_back_from_their_own_line_is_no_misreading() -> None:
    earlier = [
        "Ines had been chasing for a week and getting nothing, so I gave her a date.",
        "Strictly speaking, I did what I heard you ask, really.",
    ]
    said_back = "Ines chased for a week and got nothing from anyone, so you picked your own date."
    shrunk = (
        "Ines chased for a week and got nothing from anyone, so you simply picked your own date."
    )
    assert not misreads(said_back, earlier)
    assert misreads(shrunk, earlier)


def test_nothing_that_opens_what_it_was_nothing_of_shrinks_nothing() -> None:
    # from counterpart-125: "what I said in the car gave you nothing you could act on" said
    # back their "I still don't know what else I was supposed to read", and was corrected
    earlier = ["I still don't know what else I was supposed to read from the room."]
    assert not _shrinks("So what I said in the car gave you nothing you could act on.", earlier)
    assert _shrinks("So the car was nothing, really, a passing remark.", earlier)


def test_a_summary_mostly_of_new_claims_is_a_misreading_though_it_says_back_the_last_turn() -> None:
    """Picking up the last turn does not make the rest of a summary something they said."""
    last = "The team is shaken about the twenty-two minutes. Owen is waiting for you to talk."
    summary = (
        "So the team is shaken about the twenty-two minutes and Owen is waiting, and I should "
        "post an apology in the channel tonight explaining the paging policy and the rollback "
        "checklist, and the dashboards will cover the rest for the directors."
    )
    assert says_back(summary, last)
    assert misreads(summary, [last], said_back=True)
    picked_up = "So the team is shaken about the twenty-two minutes."
    assert not misreads(picked_up, [last], said_back=True)


def test_a_paraphrase_of_their_last_turn_says_it_back_and_a_new_claim_does_not() -> None:
    last = (
        "Without CONCURRENTLY? We had exactly this at Memphis. The CI check that would have "
        "caught it sat on my group's backlog for two years. That part is mine."
    )
    paraphrase = (
        "So the check that would've caught this has been sitting on your group's backlog "
        "since Memphis, and you're carrying some of Tuesday yourself."
    )
    invented = "So the whole team blames you for the outage and wants a new lead."
    assert says_back(paraphrase, last)
    assert not says_back(invented, last)
    assert not says_back(paraphrase, None)


@pytest.mark.parametrize(
    ("question", "yes", "full"),
    [
        (
            "Did you talk to Gareth about the date?",
            False,
            "No, I didn't talk to Gareth about the date.",
        ),
        ("Was Margit there?", True, "Yes, Margit was there."),
        ("Have you seen the email itself?", False, "No, I haven't seen the email itself."),
        ("Did you talk to Gareth?", True, "Yes, I talked to Gareth."),  # not "Yes, I did talk"
        (
            "Did you end up picking up any of their files?",
            True,
            "Yes, I ended up picking up some of their files.",
        ),
        ("Was the meeting useful?", True, "Yes, it was useful."),
        ("Is two o'clock okay for you?", True, "Yes, it is okay."),  # a number and its noun
        ("Are two weeks enough?", False, "No, they aren't enough."),  # a plural subject
        (
            "Have you gone for anything yet, or is it more browsing at this stage?",
            True,
            "Yes, I have gone for something.",
        ),
        (
            "So can I ask, did you ever raise the rota with your manager before last week?",
            False,
            "No, I didn't ever raise the rota with my manager before last week.",
        ),
        (  # a rest of more than ten words is cut where a phrase starts
            "Did you ever raise the rota with your manager or anyone on the ward before last week?",
            False,
            "No, I didn't ever raise the rota with my manager or anyone.",
        ),
        (  # ... and not repeated when no phrase starts early enough
            "Did you ever raise the matter of the rota and the weekend cover and the pay again?",
            False,
            None,
        ),
        (  # an afterthought at the end is not repeated
            "Have you managed to make a start on the outline at all?",
            True,
            "Yes, I have managed to make a start on the outline.",
        ),
        (  # nor a discourse word it trails off with
            "Have you had a mentor before, then?",
            False,
            "No, I haven't had a mentor before.",
        ),
        ("Is that fair, or has it grown in the retelling?", True, "Yes, it is fair."),  # "that"
        ("Is that your coffee?", False, "No, it isn't my coffee."),  # alone is the subject
        # (from counterpart-127: "one of" is what it is, not part of the subject)
        (
            "Is that one of those little field notebooks?",
            True,
            "Yes, it is one of those little field notebooks.",
        ),
        ("Is that one okay?", True, "Yes, it is okay."),  # "that one" is the subject
        # a two-word subject leaves a noun where the verb should be: no full answer, unless
        # the verb comes straight after it
        ("Did the head teacher ever come back to you about it?", True, None),
        ("Did the head teacher say anything to you?", False, "No, they didn't say anything to me."),
        # "ever" belongs to the question: "Yes, it made it to me.", not "it ever made it"
        ("Did that version ever make it to you?", True, "Yes, it made it to me."),
        ("Have you ever been in my shoes?", True, "Yes, I have been in your shoes."),
        # a subject that runs on past its first word leaves no verb phrase to say back
        ("Will people from terminal ops be in that room?", False, None),
        ("Has anyone from there called you?", True, None),
        ("Was Margit in the room?", True, "Yes, Margit was in the room."),  # "be": whole
    ],
)
def test_an_answer_in_full_says_back_what_a_short_question_was_about(
    question: str, yes: bool, full: str | None
) -> None:
    assert in_full(question, yes) == full


def test_an_answer_in_full_reads_the_question_from_its_own_auxiliary() -> None:
    # Not from "were", a later auxiliary inside the question ("No, I didn't soon.").
    assert (
        in_full("Did you tell her you were leaving soon?", False)
        == "No, I didn't tell her I was leaving soon."
    )
    assert in_my_words("if you were me, you said") == "if I was you, I said"


def test_a_summary_that_says_they_will_do_what_they_said_they_would_not_is_caught() -> None:
    said = ["I'm not going to go and lean on Gareth for you, if that's where this is heading."]
    assert contradicts("So you'll join the call, and you'll help me lean on Gareth.", said)
    assert not contradicts("So you'll join the call, but you won't lean on Gareth.", said)
    assert not contradicts("So leaning on Gareth was never the plan.", said)


def test_a_summary_that_gives_a_reason_they_denied_is_caught() -> None:
    said = [
        "And Priya's file says personal reasons. That's not why she went. She went because of him."
    ]
    assert contradicts("He shouts at them, and Priya left for personal reasons.", said)
    assert not contradicts("And Priya left because of him, not for personal reasons.", said)
    assert not contradicts("And Priya left because of the general counsel.", said)


def test_only_the_clause_a_negation_sits_in_is_negated() -> None:
    said = ["I'll phone him Monday, not to beg on your behalf, just so your name has a face."]
    assert not contradicts("So you'll phone Curtis on Monday and put a face to my name.", said)
    assert contradicts("So you'll beg on my behalf.", said)


@pytest.mark.parametrize(
    ("text", "said_back"),
    [
        (
            "One thing I could do, only if you want, is raise the staffing gap with the head.",
            "You'd raise the staffing gap with the head?",
        ),
        (
            "So what I'll do is, I'll have a word with Margit about the Alder Street corner "
            "myself, this week.",
            "You'd have a word with Margit about the Alder Street corner yourself?",
        ),
        ("Here's something I can do, then. I won't take notes.", None),
        (
            "What I could do is write you a short brief for the call, who's on it, what "
            "they're upset about.",
            "You'd write me a short brief for the call?",
        ),
    ],
)
def test_an_offer_is_said_back_as_what_is_offered(text: str, said_back: str | None) -> None:
    assert offered(text) == said_back


@pytest.mark.parametrize(
    ("clause", "said_back"),
    [
        ("if you still want it", "if I still want it"),
        ("how have you been", "how have I been"),
        ("the one you sent", "the one I sent"),
        ("it made you feel small", "it made me feel small"),
        ("I could call you", "you could call me"),
    ],
)
def test_you_as_a_subject_becomes_i_and_as_an_object_me(clause: str, said_back: str) -> None:
    assert in_my_words(clause) == said_back


def test_an_offer_is_said_back_as_its_first_clause_and_the_first_that_names_something() -> None:
    tally = (
        "Next three sessions, no stories. I'll keep a tally on a post-it and you can hold me to it."
    )
    tables = "I could come. I'm free then. I could sit at one of the tables, so you're not alone."
    assert offered(tally) == "You'd keep a tally on a post-it?"
    assert offered(tables) == "You'd sit at one of the tables?"


@pytest.mark.parametrize(
    ("question", "yes", "answer"),
    [
        ("Do you know her at all?", True, "Yes, I know her."),
        ("Does she know about it?", True, "Yes, she does."),
        ("Was monthly not really enough for you?", True, "Yes, it was."),
        ("Is this something you've talked to anyone else about?", False, "No, it isn't."),
        ("Was coming to this your idea?", False, "No, it wasn't."),
        ("Is everything okay with you?", True, "Yes, it is okay with me."),
        ("Did Year 8 leave you any biscuits?", True, "Yes, Year 8 left me some biscuits."),
        ("Did Room 4 get cleaned?", False, "No, Room 4 didn't get cleaned."),
        ("Is press 9 running today?", True, "Yes, it is running today."),
    ],
)
def test_a_yes_no_answer_says_back_only_what_it_can_say_right(
    question: str, yes: bool, answer: str
) -> None:
    assert yes_no_answers(question, yes)[0] == answer


def test_when_something_told_happened_is_answered_with_the_time_it_was_told_with() -> None:
    latest = "Home's a lot. My mum had a stroke and she lives with us now."
    known = ["My mum had a stroke in July. She's recovering, and she lives with us now."]
    assert time_told("When did that happen?", [latest], known) == "In July."
    assert time_told("How long ago was that?", ["I started at Northvale two years ago."], []) == (
        "Two years ago."
    )
    assert time_told("What happened then?", [latest], known) is None  # not asked when
    assert time_told("When did that happen?", ["It was a long week."], known[:0]) is None
    # "may" that places nothing in time is no month
    assert time_told("When was that?", ["I may have left it too late."], []) is None
    assert time_told("When was that?", ["It started back in May."], []) == "Back in May."


@pytest.mark.parametrize(
    ("question", "yes", "answer"),
    [
        # someone named by their role is "they", not "it"
        ("Did the head teacher get in touch with you after that meeting?", True, "Yes, they did."),
        ("Does your supervisor know?", False, "No, they don't."),
        ("Is your manager back from leave?", True, "Yes, they are."),
        # "the numbers" are "they", with "have"
        ("Have the numbers come in?", True, "Yes, they have."),
    ],
)
def test_a_short_answer_names_people_and_plurals_rightly(
    question: str, yes: bool, answer: str
) -> None:
    assert yes_no_answer(question, yes) == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the participle after a longer noun, not the noun's second word said back
        (
            "Has the head teacher been in touch with you since the meeting?",
            "No, they haven't been in touch with me since the meeting.",
        ),
        ("Has the corrected spec gone to the client yet?", "No, it hasn't gone to the client."),
        ("Has the head office replied?", "No, it hasn't replied."),
    ],
)
def test_a_full_answer_after_has_says_back_the_verb_not_the_noun(
    question: str, answer: str
) -> None:
    assert in_full(question, False) == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the subject's last noun is not the verb
        (
            "Did the fire alarm go off again like it did in March?",
            "Yes, it went off again like it did in March.",
        ),
        ("Did the new hire start on Monday?", "Yes, it started on Monday."),
        ("Did the meeting go well?", "Yes, it went well."),
    ],
)
def test_a_full_answer_after_did_finds_the_verb_past_a_longer_noun(
    question: str, answer: str
) -> None:
    assert in_full(question, True) == answer


def test_a_subject_that_runs_on_gets_the_short_answer() -> None:
    assert in_full("Did your wife's conference in Edinburgh go well?", True) is None
    assert yes_no_answer("Did your wife's conference in Edinburgh go well?", True) == "Yes, it did."
