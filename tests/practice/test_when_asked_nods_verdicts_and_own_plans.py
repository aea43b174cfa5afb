"""From counterpart-162's and -163's misses: a question when something happens is answered with
the line that gives its time (from the persona's short answers, or from a catch in its plan
that names the thing), not a line that shares other words with it; a formula asking only for a
nod ("..., right?") is a formula, not a question; a verdict on how they run their team is a
judgment; a mentee's "Here's what I'm thinking:" is a step of their own, not advice; a weekday
"the panel meets" that the persona never gave, and a mother-in-law for the persona's "Mum",
are corrected."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.evals.counterpart import Case, Line, answer_case
from coach.models import Difficulty, LearnerRole, Move, Speaker
from coach.practice.persona import initial_state, step
from coach.practice.reply_times import timed_about, timed_instead
from coach.practice.summary_days import moves_a_day
from coach.practice.summary_roles import changed_relative
from coach.scenarios.library import ScenarioLibrary
from tests.practice.updates import move_read


def _case(scenario: str, history: list[tuple[str, str]], learner: str) -> Case:
    lines = [Line(speaker=Speaker(who), text=text) for who, text in history]
    return Case(
        id="t",
        scenario=scenario,
        difficulty=Difficulty.STANDARD,
        history=lines,
        learner=learner,
        move="topic_question",
        expect={"about": ["x"]},
    )


def test_a_when_question_prefers_the_line_that_gives_a_time() -> None:
    question = "When exactly does the panel sit on Thursday, and where?"
    score = timed_instead(question, "Four people sit on the staffing panel.")
    assert score is not None
    assert score("Thursday, eight-thirty, the small conference room.") > 0
    assert score("Four people sit on the staffing panel.") == 0
    # a line found that gives a time already answers it
    assert timed_instead(question, "Thursday at half eight, as ever.") is None


def test_a_line_of_the_plan_answers_when_only_if_it_names_the_thing() -> None:
    score = timed_about("When does the site visit actually finish?")
    catch = "The catch is I've got the state site visit through Thursday, so the letter is short."
    assert score(catch) == 2
    assert score("I'll have the letter to you by Tuesday night so you can read it.") == 0
    assert timed_about("When does the site visit finish?", 3)(catch) == 0
    assert timed_about("Who runs the site visit?")(catch) == 0  # not a question when


def test_the_plan_answers_a_when_question_nothing_else_does() -> None:
    opening = ScenarioLibrary().get("asking-for-a-reference").opening_line
    case = _case(
        "asking-for-a-reference",
        [
            ("counterpart", opening),
            ("learner", "I applied last Tuesday for a coordinator job. References are due soon."),
            ("counterpart", "Okay. Wednesday. That's tight. I've got the state people in."),
        ],
        "When does the site visit actually finish?",
    )
    reply = answer_case(case, ScenarioLibrary().get(case.scenario)).reply
    assert "site visit through Thursday" in reply


def test_a_formula_asking_for_a_nod_is_a_stock_phrase() -> None:
    context = "Okay. Good, you've started. How are you holding up?"
    nod = "Oh, you know. What doesn't kill you makes you stronger, right?"
    assert move_read(nod, LearnerRole.MENTEE, context) is Move.STOCK_PHRASE
    asked = "What would make Friday feel less like a trial, do you think?"
    assert move_read(asked, LearnerRole.MENTEE, context) is not Move.STOCK_PHRASE


def test_a_verdict_on_how_they_run_their_team_is_a_judgment() -> None:
    context = "On track. The second tranche closed Friday. On paper it's all going well."
    verdict = (
        "On paper, maybe. But losing an associate and a dip in Q3 tells me you're not really "
        "managing your team."
    )
    assert move_read(verdict, LearnerRole.MENTOR, context) is Move.JUDGMENT
    feeling = "So you're not sleeping much, and you're managing your team on top of it."
    assert move_read(feeling, LearnerRole.MENTOR, context) is not Move.JUDGMENT


def test_a_mentees_plan_for_their_own_work_is_no_advice() -> None:
    scenario = ScenarioLibrary().get("help-after-a-mistake")
    said = [scenario.opening_line, "Okay. And?"]
    text = (
        "Here's what I'm thinking: one sentence up top owning it, then the timestamps, then "
        "what we change, with a slide comparing staging and production row counts."
    )
    state = initial_state(scenario, Difficulty.HARD)
    update = step(scenario, Difficulty.HARD, state, code_turn(text, said[-1]), text, said)
    assert update.move is Move.PLAN_PROPOSAL


def test_a_weekday_the_persona_never_gave_is_moved() -> None:
    persona = [
        "Your note said you wanted twenty minutes before Thursday. Okay. What's up?",
        "So I can't promise you anything about Thursday.",
    ]
    claim = "So the panel meets Friday, you're one of four votes."
    assert moves_a_day(claim, persona)
    assert not moves_a_day("So the panel meets Thursday, you're one of four votes.", persona)
    assert not moves_a_day(claim, persona, ["Could we talk again on Friday?"])


def test_a_mother_in_law_is_not_the_mum_they_told_of() -> None:
    persona = ["Honestly? Mum had a stroke back in July. She's living with us."]
    claim = "Since July your mother-in-law has been living with you after her stroke."
    assert changed_relative(claim, persona) == ("my mum", "your mother-in-law")
    assert changed_relative("Since July your mum has been living with you.", persona) is None
    assert changed_relative("Your mother-in-law moved in.", ["My mother-in-law moved in."]) is None


def test_which_day_asks_when() -> None:
    # from counterpart-167: "Which day was the shadowing meant to happen?"
    score = timed_about("Which day was the shadowing meant to happen?")
    assert score("The shadowing day was a Tuesday and I was on nights the Monday.") > 0
    assert score("I was meant to shadow a practice educator on a preceptorship study day.") == 0
    assert timed_about("Which of the two was harder?")("It was Tuesday, the shadowing.") == 0
