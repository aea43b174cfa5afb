"""What a learner's turn asks of the counterpart: one representative turn per move, and the
turns that look like one move but make another."""

from __future__ import annotations

import pytest

from coach.coder.skills import code_turn
from coach.models import LearnerRole, Move
from coach.practice.move_model import read_move
from coach.practice.moves import classify

BEFORE = "I asked Marta for the figures twice and heard nothing back."


def read_both(text: str, role: LearnerRole) -> tuple[Move, Move]:
    """The rules' reading of a turn and the move model's, given the rules' (as persona.step
    reads it, three lines into a conversation)."""
    rule = classify(text, code_turn(text, "Hello."), role)
    return rule, read_move(text, role, 3, rule)


CASES = [
    ("Morning! Sorry I'm a bit late, the trains were a mess.", Move.SMALL_TALK),
    ("Did you get a coffee on the way up?", Move.SMALL_TALK),
    ("Did Marta reply in the end?", Move.YES_NO_QUESTION),
    ("Sorry, before anything else, did the figures ever arrive?", Move.YES_NO_QUESTION),
    ("You copied Marta in on that, yeah?", Move.YES_NO_QUESTION),
    ("When did you first ask her?", Move.TOPIC_QUESTION),
    ("How many times have you chased it?", Move.TOPIC_QUESTION),
    ("What has it been like, waiting on her?", Move.OPEN_QUESTION),
    ("So you've chased twice and you're still waiting.", Move.REFLECTION),
    (
        "Let me check I've got it: two chases, no reply, and the deadline's Friday. Right?",
        Move.SUMMARY,
    ),
    ("Would it help if I had a word with Marta's manager?", Move.OFFER),
    ("I could introduce you to someone in finance who knows the figures.", Move.OFFER),
    ("Honestly, if now's bad I can come back once your board's done on Friday.", Move.OFFER),
    ("Could you send me the draft by Thursday?", Move.REQUEST),
    ("You should just go over her head.", Move.ADVICE),
    ("Honestly, grab the trust's template and fill in the boxes. It's easy.", Move.ADVICE),
    ("Just block out an hour on Friday for it.", Move.ADVICE),
    ("Frankly, that's lazy of you.", Move.JUDGMENT),
    ("You went behind my back on this.", Move.JUDGMENT),
    ("I hear you. That must be so hard.", Move.STOCK_PHRASE),
    ("What would help, do you think?", Move.PLAN_INVITE),
    ("Where do you want to go from here?", Move.PLAN_INVITE),
    ("How about we ask for the figures together on Monday?", Move.PLAN_PROPOSAL),
    ("Here's what I'd suggest. We book ten minutes with Marta on Monday.", Move.PLAN_PROPOSAL),
    ("So what will you do first?", Move.COMMIT_INVITE),
    ("Okay. Thanks for your time, see you next week.", Move.CLOSING),
    ("Go and get some rest. Thanks, Sam, I mean it.", Move.CLOSING),
]


@pytest.mark.parametrize(
    ("text", "move"), CASES, ids=[m.value + str(i) for i, (_, m) in enumerate(CASES)]
)
def test_each_move(text: str, move: Move) -> None:
    assert classify(text, code_turn(text, BEFORE)) is move


def test_thanks_at_the_start_is_not_a_goodbye() -> None:
    text = "Thanks, Claudette. I'll keep it tight: the Meridian call is on Thursday."
    assert classify(text, code_turn(text, BEFORE)) is not Move.CLOSING
    greeting = "Thanks for seeing me. The reference is due Wednesday and I'd like to ask for it."
    assert classify(greeting, code_turn(greeting, BEFORE)) is not Move.CLOSING


def test_going_away_to_come_back_is_a_goodbye() -> None:
    text = "Let me pull the details together and come back tomorrow. Thanks for seeing me."
    assert classify(text, code_turn(text, BEFORE), LearnerRole.MENTEE) is Move.CLOSING


def test_a_question_with_content_after_a_formula_is_a_question() -> None:
    text = "Thank you for saying that. What else is on your notes?"
    assert classify(text, code_turn(text, BEFORE)) is Move.OPEN_QUESTION


def test_a_mentees_ask_is_a_request() -> None:
    text = "My ask is this: would you join the first fifteen minutes of Thursday's call?"
    assert classify(text, code_turn(text, BEFORE), LearnerRole.MENTEE) is Move.REQUEST


def test_a_proposal_that_offers_something_is_a_plan_and_thanks_for_the_time_is_a_goodbye() -> None:
    plan = "Here's what I'd like to do. I'll ask Linda for fifteen minutes before Thursday."
    goodbye = "Thank you, Martin, for the time and for not going easy on me."
    assert classify(plan, code_turn(plan, BEFORE), LearnerRole.MENTEE) is Move.PLAN_PROPOSAL
    assert classify(goodbye, code_turn(goodbye, BEFORE), LearnerRole.MENTEE) is Move.CLOSING


@pytest.mark.parametrize(
    ("text", "move"),
    [
        (
            "So here's my plan, tell me if I've got it wrong. I see Gareth tomorrow.",
            Move.PLAN_PROPOSAL,
        ),
        ("So what I'm going to do is email Gillian tonight and copy you in.", Move.OFFER),
        ("These things happen, don't they? Life gets in the way sometimes.", Move.STOCK_PHRASE),
        ("Well, everything happens for a reason, doesn't it?", Move.STOCK_PHRASE),
        ("Nothing useful. Honestly, he's been blocking me. He just doesn't care.", Move.JUDGMENT),
        ("Could I ask you a favour? Next time, could you bring who's on what?", Move.REQUEST),
        ("Would you be up for writing down what happened on those calls?", Move.COMMIT_INVITE),
        ("Hang on, let me just shut that door. The walls here are like paper.", Move.SMALL_TALK),
        ("Right, yeah. Sorry, do you mind if I pull my notebook out?", Move.SMALL_TALK),
        ("Five o'clock! Is he still obsessed with diggers?", Move.SMALL_TALK),  # their child
        ("Ha. Does the dog always sit in on your calls?", Move.SMALL_TALK),
        # a hedge at the end leaves the question what it was
        ("Roughly how long has it been building up, would you say?", Move.TOPIC_QUESTION),
        ("Is it getting worse, would you say?", Move.YES_NO_QUESTION),
        (
            "Well, you know what they say. Every challenge is an opportunity to grow.",
            Move.STOCK_PHRASE,
        ),
        (
            "So, next time, will you bring one? Whichever's been the worst this week.",
            Move.COMMIT_INVITE,
        ),
        ("What if you pitched it to the panel as a development thing?", Move.ADVICE),
        ("Um, when is Dunmore's bank deadline, actually?", Move.TOPIC_QUESTION),
        ("Then what if I do this: I go see Linda myself before Thursday.", Move.PLAN_PROPOSAL),
        (
            "Who actually decided the engine comes first? Was that Gareth, or higher up?",
            Move.TOPIC_QUESTION,
        ),
        ("Can you tell me a bit more about what that's like?", Move.OPEN_QUESTION),
        ("Wouldn't it just be easier if you told them end of July?", Move.ADVICE),
        ("Right, well, feedback's a gift, isn't it. I really value it.", Move.STOCK_PHRASE),
        ("I'm conscious we're at time, so let's pick it up next month, yeah?", Move.CLOSING),
        ("Can I ask one thing of you? Stop apologising. You've done nothing wrong.", Move.REQUEST),
        (
            "What if you and Dan sat down this weekend and went through the numbers properly?",
            Move.PLAN_PROPOSAL,
        ),
    ],
)
def test_moves_written_by_other_hands(text: str, move: Move) -> None:
    assert classify(text, code_turn(text, "Hello."), LearnerRole.MENTOR) is move


def test_owning_what_one_never_did_is_not_a_judgment() -> None:
    text = "I'd assumed a monthly catch-up. I never checked that with you, and I should have."
    assert classify(text, code_turn(text, "Hello."), LearnerRole.MENTOR) is not Move.JUDGMENT


def test_you_should_inside_a_reflection_is_not_advice() -> None:
    said = "I felt a bit embarrassed, like I should already know how to write a session."
    text = "It sounds like you felt embarrassed, like you should already know how to do it."
    assert classify(text, code_turn(text, said), LearnerRole.MENTOR) is not Move.ADVICE


def test_the_next_meeting_settled_to_part_on_is_a_closing() -> None:
    """From counterpart-88's misses: "Thursday at ten, then, in my office." parts on the time
    agreed; "Thursday at ten suits me" is no goodbye."""
    text = "Thursday at ten, then, in my office. And thanks for sending the email, I mean that."
    assert classify(text, code_turn(text, "")) is Move.CLOSING
    other = "Thursday at ten suits me. What would you like to cover?"
    assert classify(other, code_turn(other, "")) is not Move.CLOSING
    # from counterpart-122 and -123: after a word of assent, and the rest left for next time
    for text in (
        "Great. Friday at lunch, then. Go and grab a cup of tea before your next thing.",
        "Go home and get some sleep. We'll pick the rest up in a fortnight, at a time that suits.",
    ):
        assert classify(text, code_turn(text, "")) is Move.CLOSING, text
    going = "Great. Friday was the worst of it, then? Tell me what happened."
    assert classify(going, code_turn(going, "")) is not Move.CLOSING


@pytest.mark.parametrize(
    "text",
    [
        "Random thing before we start: is the canteen still doing the curry on Fridays?",
        "Speaking of freezers: someone left a sheet cake in the break room. Is it your birthday?",
        "Totally off-topic, but did the new chairs ever turn up?",
        "Random question: are you still cycling in from Peckham? I saw your bike on Monday.",
    ],
)
def test_an_aside_is_small_talk_to_the_rules_and_the_model(text: str) -> None:
    assert read_both(text, LearnerRole.MENTOR) == (Move.SMALL_TALK, Move.SMALL_TALK)


def test_a_random_question_on_the_topic_is_no_aside() -> None:
    text = "Um, this is kind of a random question. You've worked with ranger districts, right?"
    assert classify(text, code_turn(text, "Hello."), LearnerRole.MENTEE) is not Move.SMALL_TALK


@pytest.mark.parametrize(
    "text",
    [
        "So this is really about protecting your own standing on the panel, not about me.",
        "You're just covering yourself, aren't you?",
        "With respect, it sounds like you care more about your June numbers than about me.",
    ],
)
def test_a_self_serving_motive_put_on_them_is_a_judgment(text: str) -> None:
    assert read_both(text, LearnerRole.MENTEE) == (Move.JUDGMENT, Move.JUDGMENT)


def test_protecting_their_team_said_back_is_no_judgment() -> None:
    text = "So it sounds like protecting your team has been the priority."
    assert classify(text, code_turn(text, "Hello."), LearnerRole.MENTOR) is not Move.JUDGMENT


def test_how_they_fear_they_would_look_is_no_label() -> None:
    feared = "And part of what made this hard to say was worrying it would make you look disloyal."
    assert classify(feared, code_turn(feared, "Hello."), LearnerRole.MENTOR) is not Move.JUDGMENT
    said = "Honestly, that sounds a bit disloyal to me."
    assert classify(said, code_turn(said, "Hello."), LearnerRole.MENTOR) is Move.JUDGMENT


@pytest.mark.parametrize(
    "text",
    [
        "When I said take the lead, did you take that to include giving Halvorsen dates?",
        "When you told me to switch to the survey data, did you mean drop the field work?",
    ],
)
def test_a_yes_no_question_after_a_when_clause_is_yes_no(text: str) -> None:
    assert read_both(text, LearnerRole.MENTOR) == (Move.YES_NO_QUESTION, Move.YES_NO_QUESTION)


def test_a_when_clause_before_a_question_word_asks_about_that() -> None:
    text = "When you say the room, who do you mean?"
    assert classify(text, code_turn(text, "Hello."), LearnerRole.MENTOR) is Move.TOPIC_QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "What might you want to do about the chasing that nobody sees?",
        "What might make Friday's meeting worth the hour it takes?",
    ],
)
def test_what_they_might_do_or_make_worth_it_invites_a_plan(text: str) -> None:
    assert classify(text, code_turn(text, BEFORE)) is Move.PLAN_INVITE


def test_an_aside_announced_after_a_first_sentence_is_small_talk() -> None:
    text = "No rush. Random thought while you look: did you ever get the bike fixed?"
    assert classify(text, code_turn(text, BEFORE)) is Move.SMALL_TALK


def test_sulking_put_on_them_is_a_judgment_not_chat_about_lunch() -> None:
    text = "People have noticed you've been sulking, and eating lunch on your own doesn't help."
    assert classify(text, code_turn(text, BEFORE)) is Move.JUDGMENT
