"""Flaws read in their context: a mentee's yes/no questions that shut the mentor down, a step
left to "next time" that the counterpart has to ask the time of, a fact said back about where
someone lives; and what is not a flaw: their story said back with "mine" in it, a point
conceded "to be fair to you", a mentor framing what the talk is for, a mentee's checked
restatement of the terms, a label that others might pin on them said back."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.critique.asking_cues import PLEA
from coach.critique.cues import MEANING
from coach.critique.detectors import exploration
from coach.critique.next_step import next_step_agreed
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

MENTEE = LearnerRole.MENTEE
K = FlawKind


def _mentee_talk(third: str, fifth: str) -> list[str]:
    return [
        "Come in. You wanted to talk about the grant application?",
        "Yes. I've drafted the budget and I'd like you to read it before Friday's deadline.",
        "I can do that. I'd have done it differently, but it's your call.",
        third,
        "Yes. Once.",
        fifth,
        "Partly. Maybe.",
        "Would you be willing to go through the staffing line with me on Thursday?",
        "Happy to. Bring the spreadsheet and we'll go through it line by line.",
        "Thank you. I'll bring it at ten, with the two options costed.",
        "Good. Ten it is.",
    ]


def test_a_mentees_yes_no_questions_that_shut_the_mentor_down_are_named() -> None:
    shut = kinds(
        *_mentee_talk(
            "Did something go wrong for you with a budget like this before?",
            "Is that why you'd do it differently?",
        ),
        role=MENTEE,
    )
    opened = kinds(
        *_mentee_talk(
            "What would you have done differently, and why?",
            "What happened the time it went wrong for you?",
        ),
        role=MENTEE,
    )
    assert shut[K.CLOSED_QUESTIONS] == (3, 5)
    assert K.CLOSED_QUESTIONS not in opened


def test_a_mentees_ask_is_not_a_closed_question() -> None:
    asks = _mentee_talk(
        "Could you read the staffing section first, since that's the weakest part?",
        "Would you be willing to tell the panel chair you've seen it?",
    )
    assert K.CLOSED_QUESTIONS not in kinds(*asks, role=MENTEE)


def test_handing_over_the_decision_draws_nobody_out() -> None:
    assert PLEA.search("What would you do if you were me?")
    assert PLEA.search("Honestly, what would you do in my shoes?")
    lines = [
        "It's been a hard month on the ward.",
        "What would you do if you were me?",
        "I'd take the secondment, but it's not my life.",
        "What made the month so hard, from where you stood?",
        "The rota, mostly.",
    ]
    assert exploration(session(*lines)) == [3]


def _closing(ninth: str, tenth: str) -> list[str]:
    return [
        "Thanks for making time. I wasn't sure what these sessions were for.",
        "What did you picture when you signed up?",
        "Something regular. Half an hour every couple of weeks, with a purpose.",
        "So you wanted a rhythm, and got coffees that drifted.",
        "Yes. That's it exactly.",
        "What would you want the first of those half hours to be about?",
        "My modelling work, and whether it's good enough for the analytics team.",
        "So an honest read on your work is the thing you came for.",
        "Yes.",
        ninth,
        tenth,
    ]


def test_a_step_left_to_next_time_that_they_ask_the_time_of_is_no_step() -> None:
    vague = session(
        *_closing(
            "Good. Let me look at my diary, you think about where to start, and we can pick it "
            "up properly next time.",
            "Okay. Yes. Sorry, when would next time be, roughly?",
        )
    )
    timed = session(
        *_closing(
            "Good. Let's book the first half hour for Tuesday at nine, and you bring one model.",
            "Okay. Tuesday at nine, with the ridership model.",
        )
    )
    assert next_step_agreed(vague) == []
    assert next_step_agreed(timed) == [9]


def test_a_bare_works_agrees_to_the_step() -> None:
    lines = _closing(
        "Then I'll send you two of my own plans tonight, and you send me one page by Friday. "
        "Does that work?",
        "Works. Friday it is.",
    )
    assert next_step_agreed(session(*lines)) == [9]


def test_where_they_live_said_back_is_a_fact_not_a_meaning() -> None:
    assert not MEANING.search("So your flatmate's moved out and you're living on your own now.")
    assert MEANING.search("That's a lot to be holding on your own.")


def test_their_story_said_back_with_mine_in_it_is_not_self_focus() -> None:
    lines = [
        "The flat's gone quiet since Shona left. Your replies at night were the company, really.",
        "It sounds lonely. The flat went quiet when Shona left, and at the end of a long night "
        "the one steady voice in it was mine. That makes the messages make a lot more sense to "
        "me, and it makes me want to be careful with what I say next.",
        "Yeah. It is lonely.",
        "That takes me back. I lived on my own for two years in a bedsit above a chip shop, and "
        "I rang my mother every night because I had nobody else to talk to at all.",
        "Right.",
        "Back when I was teaching, I learned to cook that year, and I took up running, and I "
        "joined a choir because I needed people, and honestly it was the making of me.",
        "Okay.",
    ]
    assert kinds(*lines)[K.SELF_FOCUS] == (3, 5)


def test_a_point_conceded_to_them_is_not_a_defence() -> None:
    opening = "Margit told me to leave drainage alone. Those were the words I was given."
    conceded = "So the worry was ruled out before you started. And to be fair to you, that part "
    conceded += "is on the practice, not on you."
    defended = "To be fair, we did brief you properly before the evening."
    assert K.DEFENSIVE not in kinds(opening, conceded, "I didn't expect you to say that.")
    assert kinds(opening, defended, "I see.")[K.DEFENSIVE] == (1,)


def test_a_mentor_framing_what_the_talk_is_for_is_not_self_focus() -> None:
    lines = [
        "Is it the email from the councillor's office?",
        "It's connected, yes. The email is why it came onto my desk, but it's not what I want "
        "to spend the hour on. What I want to talk about is two moments at the consultations. "
        "What reached me is that people went home feeling the door had been shut on them, and "
        "some of them have been let down before. I'd like to hear it from where you stood.",
        "The evenings. I made forty slides for the first one.",
    ]
    assert K.SELF_FOCUS not in kinds(*lines)


def _terms(restated: str) -> list[str]:
    return [
        "You wanted to talk about the field plan.",
        "Yes. I want to keep the field design, and I'd like your backing at committee.",
        "Could be. I'd want a survey chapter underway by spring, and a stop date we agree now: "
        "under six structures holding water by October first, and the survey data becomes the "
        "thesis.",
        restated,
        "That's the whole deal.",
        "Then I'll send you the revised timeline by Friday, before committee.",
        "Good. Friday.",
        "Thank you. And I'll write to the district on Monday.",
        "Fine.",
        "I'll see you at committee, then.",
        "See you there.",
    ]


def test_a_mentees_checked_restatement_of_the_terms_is_a_summary() -> None:
    checked = _terms(
        "That's fair. So: a survey chapter begun this spring. A stop date of October first, "
        "under six structures holding water, and the survey data becomes the thesis. And on "
        "that basis you'd back the field plan. Have I got it?"
    )
    unchecked = _terms("That's fair. I can live with that.")
    assert K.NO_SUMMARY not in kinds(*checked, role=MENTEE)
    assert K.NO_SUMMARY in kinds(*unchecked, role=MENTEE)


def test_a_label_others_might_pin_on_them_said_back_is_no_judgment() -> None:
    before = "Nobody at work knows about my mum. I didn't want a sob story attached to my name."
    said_back = "And you've been holding it by yourself so nobody would think you were making "
    said_back += "excuses."
    labelled = "Honestly, you were making excuses about the outline."
    assert Act.JUDGMENT not in code_turn(said_back, before).acts
    assert Act.JUDGMENT in code_turn(labelled, before).acts


def test_a_checked_summary_answered_with_a_step_put_off_is_no_step() -> None:
    lines = [
        "Since January the job's changed: letters at eight weeks, and the dashboard every day.",
        "What's that been like for you?",
        "Grim. And there's a second interview at the Trust on Thursday.",
        "What's pulling you towards the Trust?",
        "It looks like the old job. But there's March, and I can't tell if I'm running.",
        "So part of it is whether the Trust is where you'd go anyway, with March underneath.",
        "Yeah. That's it.",
        "Let me check I've got it, and correct me. Since January the job's changed under you: "
        "eight weeks, the dashboard. There's a second interview on Thursday. And March sits "
        "underneath. Fair?",
        "That's fair. All of it. I suppose I need to talk to Dan properly at some point.",
        "That might help. Let it settle, see how Thursday feels, and we'll pick it up next month.",
        "Yeah. Okay. I'll see how it goes.",
    ]
    assert next_step_agreed(session(*lines)) == []
    assert kinds(*lines)[K.NO_NEXT_STEP]


def test_explaining_confidentiality_is_not_advice() -> None:
    lines = [
        "It's a bit odd saying this to you, because you're on the board with Graham.",
        "None taken. It's worth getting straight before you say another word. Nothing you tell "
        "me in here goes to him, or to HR. Who gets told is your decision.",
        "Okay. Thanks.",
    ]
    advised = [lines[0], "It's worth getting it checked by a GP this week.", "Okay."]
    assert K.PREMATURE_ADVICE not in kinds(*lines)
    assert kinds(*advised)[K.PREMATURE_ADVICE] == (1,)


def test_a_mentee_who_asks_only_yes_no_questions_of_the_mentor() -> None:
    def talk(*questions: str) -> list[str]:
        lines = ["Okay. Where are you with Friday?"]
        for question in questions:
            lines += [
                f"I've drafted the timeline. {question}",
                "Bad enough. It worked out. Keep it "
                "calm and factual on Friday and you'll be fine, I promise you that.",
            ]
        return lines

    closed = talk(
        "Has something like this ever happened to you?",
        "Was it bad?",
        "Is it about the paging?",
        "Is that because of the sign-off rule?",
    )
    opened = talk(
        "Has something like this ever happened to you?",
        "What was it like for you, the first time?",
        "Is it about the paging?",
        "Is that because of the sign-off rule?",
    )
    assert kinds(*closed, role=MENTEE)[K.CLOSED_QUESTIONS] == (1, 3, 5, 7)
    assert K.CLOSED_QUESTIONS not in kinds(*opened, role=MENTEE)


def test_a_label_the_counterpart_says_back_and_denies_is_a_judgment() -> None:
    before = "I eat in the office most days now."
    labelled = kinds(
        before,
        "That's hard. You strike me as a pretty independent sort, someone who keeps to himself.",
        "Independent. Eleven years on the same shift. No. It goes quiet when I walk in.",
    )
    denied = kinds(
        before,
        "You're clearly a very private person, and after that I'd be the same.",
        "Private. (pause) I had a barbecue every summer for years. I'm not private. I'm careful.",
    )
    assert denied[K.JUDGMENT] == (1,)
    heard = kinds(
        before,
        "So it's the quiet when you walk in that gets to you?",
        "Quiet. Yeah. It goes quiet when I walk in, every time.",
    )
    assert labelled[K.JUDGMENT] == (1,)
    assert K.JUDGMENT not in heard


def test_an_ask_the_mentor_slows_down_to_ask_what_happened_lacks_context() -> None:
    lines = [
        "Come in. Twenty minutes? Go on.",
        "Quick one: could you be on my Meridian call on Thursday at two?",
        "Hm. Slow down. What's happened?",
        "Meridian were promised SMS reminders this quarter and it has slipped twice, because the "
        "team moved to the scheduling engine. I've written a cut-down plan and asked for a date.",
        "Okay. That's clearer.",
    ]
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1,)
