"""The persona rules that make trust follow listening, not formulas: anchoring, formulas that
cost, judgments that never win trust, whole-word and once-only triggers, phases and plans."""

from __future__ import annotations

import pytest

from coach.coder.skills import code_turn
from coach.models import Difficulty, LearnerRole, Move, PersonaState, Phase
from coach.practice.persona import initial_state, plan_agreed, step
from coach.practice.trust import FORMULA_COST, FREE_FORMULAS
from coach.scenarios.library import load_scenario
from coach.scenarios.models import DifficultyLevel, Scenario, TrustTrigger
from tests.paths import TEST_DATA

STD = Difficulty.STANDARD
SAID = "I work most evenings and still fall behind with the Friday reports."


@pytest.fixture
def plain() -> Scenario:
    """late-reports with triggers of its own, starting trust 50 and gain 1 everywhere."""
    scenario = load_scenario(TEST_DATA / "late-reports.yaml")
    triggers = [
        TrustTrigger(description="Calls the work rude", delta=-6, keywords=["rude"]),
        TrustTrigger(description="Praises the charts", delta=5, keywords=["charts"], once=True),
    ]
    levels = {d: DifficultyLevel(starting_trust=50, threshold_shift=0) for d in Difficulty}
    return scenario.model_copy(update={"trust_triggers": triggers, "difficulty": levels})


def said_to(scenario: Scenario, text: str, state: PersonaState | None = None, said: str = SAID):
    current = state or initial_state(scenario, STD)
    return step(scenario, STD, current, code_turn(text, said), text, [said])


def test_a_reflection_earns_trust_only_when_it_picks_up_what_was_said(plain: Scenario) -> None:
    picked_up = said_to(plain, "So you're working most evenings and still falling behind.")
    formula = said_to(plain, "It sounds like there's a lot going on for you right now.")
    assert picked_up.trust_delta > 0
    assert formula.trust_delta <= 0


def test_a_reflection_of_something_said_earlier_counts_too(plain: Scenario) -> None:
    text = "So the Friday reports come when you're already behind from the evenings."
    update = step(
        plain, STD, initial_state(plain, STD), code_turn(text, "Mm."), text, [SAID, "Mm."]
    )
    assert update.trust_delta > 0


def test_formulas_earn_nothing_and_repeated_start_to_cost(plain: Scenario) -> None:
    state = initial_state(plain, STD)
    deltas = []
    for _ in range(FREE_FORMULAS + 2):
        update = said_to(plain, "I hear you. That must be so hard.", state)
        assert update.move is Move.STOCK_PHRASE
        deltas.append(update.trust_delta)
        state = update.state
    assert deltas == [0] * FREE_FORMULAS + [-FORMULA_COST, -FORMULA_COST]
    assert state.formulas == FREE_FORMULAS + 2 and state.unlocked == []


def test_a_judgment_never_wins_trust_whatever_else_it_says(plain: Scenario) -> None:
    update = said_to(plain, "Your charts are fine, but frankly you're being lazy about the rest.")
    assert update.move is Move.JUDGMENT
    assert update.trust_delta < 0 and update.newly_unlocked == []


def test_trigger_keywords_match_whole_words(plain: Scenario) -> None:
    prudent = said_to(plain, "What does prudence look like for you on a Friday?")
    rude = said_to(plain, "Was it rude of them to ask on a Friday?")
    assert not any("rude" in r for r in prudent.reasons)
    assert any("Calls the work rude" in r for r in rude.reasons)


def test_a_once_only_trigger_fires_the_first_time_only(plain: Scenario) -> None:
    first = said_to(plain, "What went into the charts you made this week?")
    second = said_to(plain, "And the charts from last week, what went into those?", first.state)
    assert any("Praises the charts" in r for r in first.reasons)
    assert not any("Praises the charts" in r for r in second.reasons)


def test_phases_move_forward_only(plain: Scenario) -> None:
    turns = [
        ("Morning! Sorry I'm late.", Phase.OPENING),
        ("What have the evenings been like?", Phase.EXPLORING),
        ("What would help with the Friday reports?", Phase.PLANNING),
        ("What has the week been like otherwise?", Phase.PLANNING),
        ("Thanks for your time today. See you next week.", Phase.CLOSING),
    ]
    state = initial_state(plain, STD)
    for text, phase in turns:
        state = said_to(plain, text, state).state
        assert state.phase is phase, text


def test_a_plan_is_agreed_when_the_persona_names_its_own_step(plain: Scenario) -> None:
    state = initial_state(plain, STD)
    state = said_to(plain, "What would help with the Friday reports?", state).state
    assert not plan_agreed(state)
    state = said_to(plain, "So what will you do first, before Friday?", state).state
    assert plan_agreed(state)


def test_a_mentee_earns_trust_by_explaining_and_asking(plain: Scenario) -> None:
    mentee = plain.model_copy(update={"learner_role": LearnerRole.MENTEE})
    context = "The client moved the launch twice and my team has worked three weekends already."
    as_mentee = said_to(mentee, context).trust_delta
    as_mentor = said_to(plain, context).trust_delta
    assert as_mentee > as_mentor


def test_an_offer_taken_up_once_planning_has_begun_agrees_a_plan(plain: Scenario) -> None:
    offer = "I'll send you my template tonight and sit with you on Wednesday to go through it."
    planning = PersonaState(trust=70, phase=Phase.PLANNING, understood=True)
    exploring = PersonaState(trust=70, phase=Phase.EXPLORING, understood=True)
    wary = PersonaState(trust=40, phase=Phase.PLANNING, understood=True)
    after = said_to(plain, offer, planning)
    assert after.move is Move.OFFER and plan_agreed(after.state)
    assert not plan_agreed(said_to(plain, offer, exploring).state)  # not yet planning
    assert not plan_agreed(said_to(plain, offer, wary).state)  # not trusted enough


def test_a_goodbye_once_a_plan_is_agreed_brings_out_what_trust_has_earned(plain: Scenario) -> None:
    """The doorknob moment: a disclosure waiting for a reflection comes out at the goodbye,
    once the persona has committed to a step; never at a goodbye before any plan."""
    goodbye = "Thanks for your time today. See you next week."
    told = ["family"]
    committed = PersonaState(trust=60, phase=Phase.PLANNING, committed=True, unlocked=told)
    no_plan = PersonaState(trust=60, phase=Phase.CLOSING, unlocked=told)
    assert said_to(plain, goodbye, committed).newly_unlocked == ["doubt"]
    assert said_to(plain, goodbye, no_plan).newly_unlocked == []


def test_a_plan_built_on_what_they_just_said_they_want_is_no_advice(plain: Scenario) -> None:
    want = "If I'm presenting, I want to be able to answer the questions myself."
    plan = "Then how about this: you present and answer the questions, and I keep the dates."
    early = step(plain, STD, initial_state(plain, STD), code_turn(plan, SAID), plan, [SAID])
    built = step(plain, STD, initial_state(plain, STD), code_turn(plan, want), plan, [SAID, want])
    assert early.move is Move.ADVICE
    assert built.move is Move.PLAN_PROPOSAL


def test_a_plan_for_how_the_two_of_them_meet_is_no_advice(plain: Scenario) -> None:
    """From counterpart-79's misses: "How about we keep the next one short...?" proposes how
    they meet, not what the persona should do about its matter: it is answered as a plan even
    before the persona is understood; a plan for its matter is still advice then."""
    start = initial_state(plain, STD)
    ours = "How about we keep the next one short, twenty minutes, after your shift?"
    theirs = "How about you send the Friday reports on Thursday night instead?"
    meeting = step(plain, STD, start, code_turn(ours, SAID), ours, [SAID])
    matter = step(plain, STD, start, code_turn(theirs, SAID), theirs, [SAID])
    assert meeting.move is Move.PLAN_PROPOSAL
    assert matter.move is Move.ADVICE


def test_a_mentees_own_step_is_no_advice(plain: Scenario) -> None:
    """From counterpart-86's and -87's misses: a mentee putting forward a step of their own
    ("What if I write you one page tonight...?") proposes a plan for the mentor to answer, even
    before the mentor has heard the whole story; a mentor's step for them is still advice."""
    start = initial_state(plain, STD)
    mine = "What if I write you one page tonight on how I'd catch up the Friday reports?"
    mentee = plain.model_copy(update={"learner_role": LearnerRole.MENTEE})
    own = step(mentee, STD, start, code_turn(mine, SAID), mine, [SAID])
    theirs = "How about you send the Friday reports on Thursday night instead?"
    told = step(mentee, STD, start, code_turn(theirs, SAID), theirs, [SAID])
    assert own.move is Move.PLAN_PROPOSAL
    assert told.move is Move.ADVICE


def test_nothing_is_told_over_a_chat_about_lunch(plain: Scenario) -> None:
    """From counterpart-86's misses: an aside about somewhere to eat ("did you ever try that
    Ethiopian place?") is small talk, answered in a word: no disclosure comes out with it,
    where a question about the matter may bring one."""
    chat = "Did you ever try that Ethiopian place on Leather Lane?"
    matter = "Did the Friday reports go out on time last week?"
    assert said_to(plain, chat).newly_unlocked == []
    assert said_to(plain, matter).newly_unlocked == ["family"]
