"""From expert-88's misses: questions met with "Slow down. One at a time." or "I'll take the
easier one." were piled; "You will have the plan on Monday." takes on a step; "Lonely's a big
word. Stupid, more like." puts a feeling another way, it is no sting; and "Hold on. Back up. An
index on load_events with no CONCURRENTLY?" recognises a story, it does not ask for one."""

from __future__ import annotations

from coach.critique.next_step import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_questions_taken_one_at_a_time_were_piled() -> None:
    slow = [
        "Come on in. Go ahead.",
        "I've redrawn my timeline and written to the district three times. So could you help me "
        "find a contact there? And would you read my timeline before the committee does?",
        "Slow down. One at a time. The contact first.",
        "Thank you. Why did you think I should switch, was it the dry year or my design?",
        "I'll take the easier one. It was never the science.",
    ]
    assert K.STACKED_QUESTIONS in kinds(*slow, role=MENTEE)
    one = [
        "Come on in. Go ahead.",
        "I've redrawn my timeline and written to the district three times. Could you help me "
        "find a contact there?",
        "Yes. One name comes to mind.",
    ]
    assert K.STACKED_QUESTIONS not in kinds(*one, role=MENTEE)


def test_you_will_have_the_plan_on_monday_takes_on_the_step() -> None:
    lines = ["You wanted to see me.", "I did. How did the evenings go?"]
    lines += ["They were hard.", "Tell me more.", "The room got loud.", "What did you notice?"]
    lines += ["I held on to the technical words.", "What would you want to try next time?"]
    lines += [
        "Tables, not rows. Three plain sentences.",
        "That's a good plan, and it's yours. Shall we rehearse the sentences here on Wednesday? "
        "So: the table plan to me by Monday, practice on Wednesday.",
    ]
    promised = "Evet. That is all of it. I came in ready for worse. Thank you. You will have the "
    agreed = session(*lines, promised + "plan on Monday.")
    assert next_step_agreed(agreed) == [9]
    unsure = session(*lines, "Maybe. I don't know yet. We'll see.")
    assert next_step_agreed(unsure) == []


def test_a_feeling_put_another_way_is_no_sting() -> None:
    lonely = [
        "I did start it. Twice. Then I sat there looking at the screen.",
        "That sounds quite lonely, sitting there with a title and a blinking cursor.",
        "Lonely's a big word. Stupid, more like. I felt daft asking.",
    ]
    assert K.JUDGMENT not in kinds(*lonely)
    stung = [
        "I did start it. Twice. Then I sat there looking at the screen.",
        "That sounds quite lazy, sitting there with a title and a blinking cursor.",
        "Lazy's a strong word. I was on nights.",
    ]
    assert K.JUDGMENT in kinds(*stung)


def test_a_surprised_question_back_is_no_ask_for_context() -> None:
    recognised = [
        "Come in. What do you need?",
        "Tuesday's outage was my migration: a new index on load_events held a lock on the "
        "table for two hours, so the terminals couldn't scan. I've drafted a timeline.",
        "Okay. What have you done so far?",
        "I paged Bea at 6:14 and she rolled it back. Can I show you the part of the timeline "
        "I'm least sure about? The index went in without CONCURRENTLY.",
        "Hold on. Back up. An index on load_events with no CONCURRENTLY? That's Memphis.",
    ]
    assert K.NO_CONTEXT not in kinds(*recognised, role=MENTEE)


def test_what_would_be_worth_talking_about_and_maybe_not_that_strong() -> None:
    """From goods flagged in expert-89: "what would be worth talking about?" asks their choice,
    it advises nothing; "Lonely's a strong word. Ha. Maybe not that strong." grants the word;
    "No need to apologise." and "read as much as you like" give them room, they are no
    formulas."""
    asked = [
        "Thanks for fitting me in. Shall I take you through Kestrel?",
        "You know the process. What you tell me here stays between us. If today weren't about "
        "the update, what would be worth talking about?",
        "Honestly, the hours are about where they should be.",
    ]
    assert K.PREMATURE_ADVICE not in kinds(*asked)
    advised = [
        "Thanks for fitting me in. Shall I take you through Kestrel?",
        "It might be worth taking Kestrel off your plate this quarter.",
        "Right. Maybe.",
    ]
    assert K.PREMATURE_ADVICE in kinds(*advised)
    granted = [
        "I've never known where one ends and the other begins, so you've had the committee "
        "version of me.",
        "So you've been careful, and it sounds like it's been lonely, carrying it on your own.",
        "Lonely's a strong word. Ha. Maybe not that strong. I've done that for fourteen years.",
    ]
    assert K.JUDGMENT not in kinds(*granted)
    room = [
        "Thanks for keeping the ten minutes. I've written some notes, so I may read a bit.",
        "I'm glad you asked for this, and read as much as you like. Where would you like to start?",
        "Okay. The first item is how we spend the hour.",
        "Go on.",
        "And there's something about how fast we land on the answer. Sorry.",
        "No need to apologise. Say it however it comes out; it doesn't have to be neat.",
        "When I start describing a problem, you've usually got the answer before the end.",
    ]
    assert K.STOCK_PHRASES not in kinds(*room)


def test_a_strong_word_granted_with_a_maybe_is_no_sting() -> None:
    """From a good flagged in expert-90: "Lonely's a strong word. Maybe." grants the word with
    its "Maybe."; it is no sting (a word pushed back on and not granted still is)."""
    weighed = [
        "The dip in hours is partly because I stopped putting some of my time down.",
        "So there's a whole layer of work nobody can see, and you've carried it quietly. That "
        "sounds tiring, and a bit lonely.",
        "Lonely's a strong word. Maybe. The whole group has been thin since the partners left.",
    ]
    assert K.JUDGMENT not in kinds(*weighed)
    labelled = [
        "The dip in hours is partly because I stopped putting some of my time down.",
        "So you just stopped recording it. That sounds a bit careless.",
        "Careless is a strong word. The whole group has been thin since the partners left.",
    ]
    assert K.JUDGMENT in kinds(*labelled)
