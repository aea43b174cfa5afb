"""Tests for coach.practice.persona: the rules of notes/persona_rules.md, one behaviour each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coach.models import (
    Act,
    Anchor,
    CodedTurn,
    Difficulty,
    LearnerRole,
    Move,
    PersonaState,
    Reaction,
    TurnFeatures,
)
from coach.practice.persona import (
    VOLUNTEER_MARGIN,
    effective_threshold,
    initial_state,
    openness,
    step,
)
from coach.practice.trust import turn_change
from coach.scenarios.library import load_scenario
from coach.scenarios.models import DifficultyLevel, Scenario, TrustTrigger
from tests.paths import REPO, TEST_DATA

DATA = TEST_DATA
SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))
STD = Difficulty.STANDARD


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(DATA / "late-reports.yaml")


@pytest.fixture
def plain(scenario: Scenario) -> Scenario:
    """The scenario with triggers that never fire and gain 1 everywhere."""
    never = [TrustTrigger(description="never fires", delta=5, keywords=["zzzz"])] * 2
    levels = {d: DifficultyLevel(starting_trust=50, threshold_shift=0) for d in Difficulty}
    return scenario.model_copy(update={"trust_triggers": never, "difficulty": levels})


def turn(*acts: Act, questions: int = 0, anchored: bool = True) -> CodedTurn:
    """A coded turn; reflections, summaries and credit pick up the counterpart's words unless
    ``anchored`` is False. The coder is sure of the acts, as the move reader sees them."""
    return CodedTurn(
        acts=list(acts),
        features=TurnFeatures(words=10, questions=questions, stacked_questions=questions >= 2),
        anchor=Anchor(score=0.5, words=["deadline"] if anchored else []),
        confidence={act: 0.9 for act in acts},
    )


def state(
    trust: int = 50, unlocked: tuple[str, ...] = (), understood: bool = False
) -> PersonaState:
    return PersonaState(trust=trust, unlocked=list(unlocked), understood=understood)


def with_level(scenario: Scenario, **level: float) -> Scenario:
    levels = dict(scenario.difficulty)
    levels[STD] = levels[STD].model_copy(update=level)
    return scenario.model_copy(update={"difficulty": levels})


# --- trust ---------------------------------------------------------------------

SPEC_DELTAS = {
    Act.REFLECTION: 8,
    Act.SUMMARY: 7,
    Act.OPEN_QUESTION: 6,
    Act.AFFIRMATION: 4,
    Act.APOLOGY: 3,
    Act.SELF_DISCLOSURE: 2,
    Act.I_STATEMENT: 1,
    Act.CLOSED_QUESTION: -1,
    Act.REQUEST: 0,
    Act.INFORMATION: 0,
    Act.OTHER: 0,
    Act.JUDGMENT: -14,
}


@pytest.mark.parametrize(("act", "expected"), SPEC_DELTAS.items())
def test_each_act_moves_trust_by_its_base_delta(plain: Scenario, act: Act, expected: int) -> None:
    update = step(plain, STD, state(50), turn(act), "x")  # no words: the move is the act's
    assert update.trust_delta == expected
    assert update.state.trust == 50 + expected


def test_advice_costs_before_understanding_and_helps_after(plain: Scenario) -> None:
    assert step(plain, STD, state(50), turn(Act.ADVICE), "x").trust_delta == -8
    assert step(plain, STD, state(50, understood=True), turn(Act.ADVICE), "x").trust_delta == 1


def test_stacked_questions_cost_three(plain: Scenario) -> None:
    update = step(plain, STD, state(50), turn(Act.OPEN_QUESTION, questions=2), "x")
    assert update.trust_delta == 6 - 3
    assert "stacked questions -3" in update.reasons


def test_each_act_counts_once_per_turn(plain: Scenario) -> None:
    update = step(plain, STD, state(50), turn(Act.REFLECTION, Act.REFLECTION), "x")
    assert update.trust_delta == 8


def test_keyword_trigger_matches_case_insensitively(scenario: Scenario) -> None:
    update = step(scenario, STD, state(50), turn(Act.OTHER), "This stays BETWEEN US.")
    assert update.trust_delta == 5
    assert "trigger 'mentions confidentiality' +5" in update.reasons


def test_act_trigger_matches_on_the_act_alone(scenario: Scenario) -> None:
    praise = "You got the Friday report in on time, and it was clear."  # not a bare "Well done"
    assert step(scenario, STD, state(50), turn(Act.AFFIRMATION), praise).trust_delta == 4 + 2


@pytest.mark.parametrize(
    ("acts", "text", "expected"),
    [
        ((Act.REFLECTION,), "you sound tired", 8),
        ((Act.OTHER,), "the workload", 0),
        ((Act.REFLECTION,), "you sound worn down by the workload", 8 + 4),
    ],
)
def test_trigger_with_acts_and_keywords_needs_both(
    scenario: Scenario, acts: tuple[Act, ...], text: str, expected: int
) -> None:
    assert step(scenario, STD, state(50), turn(*acts), text).trust_delta == expected


def test_gain_scales_rises_and_rounds_half_up(scenario: Scenario) -> None:
    assert step(scenario, Difficulty.EASY, state(50), turn(Act.REFLECTION), "x").trust_delta == 10
    assert step(scenario, Difficulty.HARD, state(50), turn(Act.REFLECTION), "x").trust_delta == 6
    half = with_level(scenario, gain=1.5)
    assert step(half, STD, state(50), turn(Act.APOLOGY), "x").trust_delta == 5  # 4.5 -> 5


def test_gain_leaves_falls_alone(scenario: Scenario) -> None:
    assert step(scenario, Difficulty.EASY, state(50), turn(Act.JUDGMENT), "x").trust_delta == -14


def test_turn_change_is_clamped(scenario: Scenario) -> None:
    heard = "So whatever you tell me stays between us, and it has been a heavy few weeks for you."
    rise = step(scenario, STD, state(50), turn(Act.REFLECTION, Act.SUMMARY), heard)
    assert rise.trust_delta == 15
    bad = turn(Act.JUDGMENT, Act.ADVICE, Act.CLOSED_QUESTION, questions=2)
    fall = step(scenario, STD, state(50), bad, "your colleague manages")
    assert fall.trust_delta == -25


def test_a_formula_earns_nothing_but_what_harms_in_it_still_costs(scenario: Scenario) -> None:
    """A judgment the move reader takes for a stock phrase is still a judgment."""
    level = scenario.difficulty[STD]
    judged = turn(Act.JUDGMENT, Act.STOCK_PHRASE)
    change, reasons, _ = turn_change(scenario, level, state(50), judged, "x", Move.STOCK_PHRASE)
    assert change < 0 and any(r.startswith("judgment") for r in reasons), reasons
    formula = turn(Act.STOCK_PHRASE, Act.REFLECTION)
    assert turn_change(scenario, level, state(50), formula, "x", Move.STOCK_PHRASE)[0] == 0


def test_trust_stays_within_0_and_100(plain: Scenario) -> None:
    assert step(plain, STD, state(95), turn(Act.REFLECTION), "x").state.trust == 100
    assert step(plain, STD, state(5), turn(Act.JUDGMENT), "x").state.trust == 0


def test_initial_state_starts_at_the_levels_trust(scenario: Scenario) -> None:
    for level in Difficulty:
        start = initial_state(scenario, level)
        assert start.trust == scenario.difficulty[level].starting_trust
        assert (start.unlocked, start.turn, start.understood) == ([], 0, False)


def test_turn_counter_advances(scenario: Scenario) -> None:
    assert step(scenario, STD, state(), turn(Act.OTHER), "x").state.turn == 1


# --- disclosures ------------------------------------------------------------------


def test_threshold_is_shifted_by_difficulty_and_clamped(scenario: Scenario) -> None:
    family = scenario.disclosure("family")
    assert effective_threshold(scenario, Difficulty.EASY, family) == 25
    assert effective_threshold(scenario, STD, family) == 35
    assert effective_threshold(scenario, Difficulty.HARD, family) == 45
    assert effective_threshold(with_level(scenario, threshold_shift=-40), STD, family) == 0
    assert effective_threshold(with_level(scenario, threshold_shift=40), STD, family) == 75


def test_unlocks_exactly_at_the_shifted_threshold(plain: Scenario) -> None:
    hard = with_level(plain, threshold_shift=10)  # family needs 45
    assert step(hard, STD, state(45), turn(Act.OTHER), "x").newly_unlocked == ["family"]
    assert step(hard, STD, state(44), turn(Act.OTHER), "x").newly_unlocked == []


def test_acts_condition(plain: Scenario) -> None:
    """Just past its threshold, a disclosure needs its acts; well past it (VOLUNTEER_MARGIN),
    any move that listens will do."""
    near = state(40, unlocked=("family",))  # 46 after an open question, 48 after a reflection
    assert step(plain, STD, near, turn(Act.OPEN_QUESTION), "x").newly_unlocked == []
    assert step(plain, STD, near, turn(Act.REFLECTION), "x").newly_unlocked == ["doubt"]
    far = state(45 + VOLUNTEER_MARGIN, unlocked=("family",))
    assert step(plain, STD, far, turn(Act.OPEN_QUESTION), "x").newly_unlocked == ["doubt"]
    assert step(plain, STD, far, turn(Act.INFORMATION), "x").newly_unlocked == []


def test_an_answer_to_an_ask_waits_for_the_ask(plain: Scenario) -> None:
    """From counterpart-81's missed open question: a disclosure that answers a request ("That's
    something I can say yes to") is never volunteered to a listener, however trusting; the
    request itself still draws it."""
    doubt = plain.disclosure("doubt")
    asked = doubt.model_copy(
        update={"unlock": doubt.unlock.model_copy(update={"acts": [Act.REQUEST]})}
    )
    waiting = plain.model_copy(
        update={"disclosures": [asked if d.id == "doubt" else d for d in plain.disclosures]}
    )
    far = state(45 + VOLUNTEER_MARGIN, unlocked=("family",))
    assert step(waiting, STD, far, turn(Act.OPEN_QUESTION), "x").newly_unlocked == []
    assert step(waiting, STD, far, turn(Act.REQUEST), "x").newly_unlocked == ["doubt"]


def test_topics_condition(plain: Scenario) -> None:
    done = state(90, unlocked=("family", "doubt", "quitting"))
    assert step(plain, STD, done, turn(Act.OPEN_QUESTION), "and then?").newly_unlocked == []
    asked = step(plain, STD, done, turn(Act.OPEN_QUESTION), "What about your Career?")
    assert asked.newly_unlocked == ["offer"]


def test_after_waits_for_earlier_disclosures(plain: Scenario) -> None:
    only_family = state(90, unlocked=("family",))
    update = step(plain, STD, only_family, turn(Act.OPEN_QUESTION), "x")
    assert "quitting" not in update.newly_unlocked
    both = state(90, unlocked=("family", "doubt"))
    assert step(plain, STD, both, turn(Act.OPEN_QUESTION), "x").newly_unlocked == ["quitting"]


def test_one_disclosure_per_turn_in_file_order(plain: Scenario) -> None:
    current, order = state(95), []
    for _ in range(4):
        update = step(plain, STD, current, turn(Act.REFLECTION), "your future career")
        assert len(update.newly_unlocked) <= 1
        order += update.newly_unlocked
        current = update.state
    assert order == ["family", "doubt", "offer", "quitting"]
    assert current.unlocked == order


def test_judgment_blocks_unlocking(plain: Scenario) -> None:
    update = step(plain, STD, state(100), turn(Act.JUDGMENT, Act.REFLECTION), "career")
    assert update.state.trust >= 35  # still above the first threshold
    assert update.newly_unlocked == []
    assert update.state.unlocked == []


# --- reactions and understanding --------------------------------------------------


@pytest.mark.parametrize(
    ("acts", "understood", "expected"),
    [
        ((Act.JUDGMENT, Act.ADVICE, Act.REFLECTION), False, Reaction.WITHDRAW),
        ((Act.ADVICE, Act.REFLECTION), False, Reaction.DEFLECT),
        ((Act.ADVICE,), True, Reaction.NEUTRAL),
        ((Act.SUMMARY, Act.REFLECTION), True, Reaction.CONFIRM),
        ((Act.REFLECTION, Act.CLOSED_QUESTION), False, Reaction.ELABORATE),
        ((Act.OPEN_QUESTION,), False, Reaction.ELABORATE),
        ((Act.CLOSED_QUESTION, Act.AFFIRMATION), False, Reaction.SHORT_ANSWER),
        ((Act.AFFIRMATION,), False, Reaction.ACKNOWLEDGE),
        ((Act.APOLOGY,), False, Reaction.ACKNOWLEDGE),
        ((Act.INFORMATION,), False, Reaction.NEUTRAL),
    ],
)
def test_reaction_priority(
    plain: Scenario, acts: tuple[Act, ...], understood: bool, expected: Reaction
) -> None:
    update = step(plain, STD, state(10, understood=understood), turn(*acts), "x")
    assert update.reaction is expected


def test_summary_confirms_when_it_covers_every_disclosure(plain: Scenario) -> None:
    told = state(10, unlocked=("family", "doubt"), understood=True)
    full = "So your mother needs you, and you fear you're the wrong person."
    partial = "So your mother needs you and the reports slipped."
    assert step(plain, STD, told, turn(Act.SUMMARY), full).reaction is Reaction.CONFIRM
    assert step(plain, STD, told, turn(Act.SUMMARY), partial).reaction is Reaction.CORRECT


def test_summary_before_any_disclosure_confirms(plain: Scenario) -> None:
    assert (
        step(plain, STD, state(10), turn(Act.SUMMARY), "So: reports.").reaction is Reaction.CONFIRM
    )


def test_understood_after_an_understanding_move(plain: Scenario) -> None:
    closed = step(plain, STD, state(10), turn(Act.CLOSED_QUESTION, Act.ADVICE), "x")
    assert not closed.state.understood
    for act in (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY):
        assert step(plain, STD, state(10), turn(act), "x").state.understood


def test_understood_after_any_disclosure(plain: Scenario) -> None:
    update = step(plain, STD, state(60), turn(Act.CLOSED_QUESTION), "x")
    assert update.newly_unlocked == ["family"]
    assert update.state.understood


def test_understood_is_kept(plain: Scenario) -> None:
    assert step(plain, STD, state(10, understood=True), turn(Act.OTHER), "x").state.understood


@pytest.mark.parametrize(
    ("trust", "label"),
    [
        (0, "guarded"),
        (34, "guarded"),
        (35, "cautious"),
        (59, "cautious"),
        (60, "open"),
        (100, "open"),
    ],
)
def test_openness_labels(trust: int, label: str) -> None:
    assert openness(state(trust)) == label


# --- listeners over whole conversations -------------------------------------------

GOOD = [Act.OPEN_QUESTION, Act.REFLECTION, Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY] * 3
# A mentee asking for help listens too, and also makes a specific request.
GOOD_MENTEE = [Act.REQUEST, Act.OPEN_QUESTION, Act.REFLECTION, Act.OPEN_QUESTION, Act.SUMMARY] * 3
POOR = [Act.CLOSED_QUESTION, Act.ADVICE, Act.CLOSED_QUESTION, Act.JUDGMENT, Act.ADVICE] * 3


def play(
    scenario: Scenario, level: Difficulty, acts: list[Act], text: str | Callable[[Act], str]
) -> PersonaState:
    current = initial_state(scenario, level)
    for act in acts:
        said = text(act) if callable(text) else text
        current = step(scenario, level, current, turn(act, questions=1), said).state
    return current


def curious_text(scenario: Scenario) -> Callable[[Act], str]:
    """What a good listener says, as each act, about one topic of each topic-gated disclosure
    (said as a person would, so that the move reader reads the act the turn is coded as)."""
    topics = ", ".join(d.unlock.topics[0] for d in scenario.disclosures if d.unlock.topics)
    said = {
        Act.OPEN_QUESTION: f"What has it been like for you, all of it: {topics}?",
        Act.REFLECTION: f"So {topics}, all of that has been weighing on you.",
        Act.SUMMARY: f"Let me check I've got it all: {topics}. Have I got that right?",
        Act.REQUEST: f"Could you help me with this: {topics}?",
    }
    return lambda act: said.get(act, topics)


def good_acts(scenario: Scenario) -> list[Act]:
    return GOOD_MENTEE if scenario.learner_role is LearnerRole.MENTEE else GOOD


def assert_good_beats_poor(scenario: Scenario) -> None:
    for level in Difficulty:
        good = play(scenario, level, good_acts(scenario), curious_text(scenario))
        poor = play(scenario, level, POOR, "Okay.")
        assert good.trust > poor.trust, level
        assert len(good.unlocked) > len(poor.unlocked), level


def test_good_listener_earns_more_than_poor_one(scenario: Scenario) -> None:
    assert_good_beats_poor(scenario)
    everything = play(scenario, STD, GOOD, curious_text(scenario)).unlocked
    assert set(everything) == {d.id for d in scenario.disclosures}
    assert play(scenario, STD, POOR, curious_text(scenario)).unlocked == []


# An empty folder (scenarios still being written) makes pytest skip this test.
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenarios_reward_good_listening(path: Path) -> None:
    assert_good_beats_poor(load_scenario(path))


def test_asked_what_would_help_a_trusting_persona_says_what_is_in_the_way(
    plain: Scenario,
) -> None:
    done = state(90, unlocked=("family", "doubt", "quitting"))
    invited = step(plain, STD, done, turn(Act.OPEN_QUESTION), "What would help, do you think?")
    assert invited.move is Move.PLAN_INVITE and invited.newly_unlocked == ["offer"]
    guarded = state(5, unlocked=("family", "doubt", "quitting"))
    assert (
        step(plain, STD, guarded, turn(Act.OPEN_QUESTION), "What would help?").newly_unlocked == []
    )


def test_a_reassurance_sharing_only_everyday_words_is_not_a_reflection(scenario: Scenario) -> None:
    said = ["There's nothing wrong with the reports, I just feel I'm always behind."]
    formula = step(
        scenario,
        STD,
        state(40),
        turn(Act.REFLECTION, anchored=False),
        "There's nothing wrong with feeling like that.",
        said,
    )
    picked = step(
        scenario,
        STD,
        state(40),
        turn(Act.REFLECTION, anchored=False),
        "So the reports are fine, and it's being behind that gets to you.",
        said,
    )
    assert formula.state.trust < picked.state.trust


def test_a_tie_on_the_learners_words_goes_to_the_disclosure_closest_to_what_was_just_said(
    plain: Scenario,
) -> None:
    said = ["Hello.", "I keep wondering whether they hired the wrong person."]
    tied = step(plain, STD, state(95), turn(Act.REFLECTION), "That stays with you.", said)
    assert tied.newly_unlocked == ["doubt"]  # not "family", first in the file
    plain_tie = step(plain, STD, state(95), turn(Act.REFLECTION), "That stays with you.")
    assert plain_tie.newly_unlocked == ["family"]


def test_a_reflection_unlocks_the_disclosure_closest_to_what_it_says_back(plain: Scenario) -> None:
    said = [
        "Hello.",
        "Sometimes I wonder whether they hired the wrong person. The reports show it.",
    ]
    text = "And that's stayed with you ever since spring."
    assert step(plain, STD, state(95), turn(Act.REFLECTION), text, said).newly_unlocked == [
        "doubt"  # not "family", which shares only "spring" with the learner's words
    ]


def test_a_summary_answers_a_disclosure_that_waits_for_a_reflection(plain: Scenario) -> None:
    family, doubt, *rest = plain.disclosures
    far = family.model_copy(update={"unlock": family.unlock.model_copy(update={"min_trust": 99})})
    reflected = doubt.unlock.model_copy(update={"acts": [Act.REFLECTION]})
    waits = doubt.model_copy(update={"unlock": reflected})
    waiting = plain.model_copy(update={"disclosures": [far, waits, *rest]})
    summed = step(waiting, STD, state(38), turn(Act.SUMMARY), "So the reports, the evenings.")
    asked = step(waiting, STD, state(38), turn(Act.CLOSED_QUESTION), "Is it the reports?")
    assert summed.newly_unlocked == ["doubt"] and asked.newly_unlocked == []


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, your PM sounds pretty thin-skinned if one anecdote changes how he treats you.",
        "Signing someone up without asking sounds pretty high-handed to me.",
        "She sent you out there gagged and left you to take the flak. That's poor leadership.",
    ],
)
def test_a_label_on_someone_stays_a_judgment_however_it_opens(
    scenario: Scenario, text: str
) -> None:
    assert step(scenario, STD, state(40), turn(Act.REFLECTION), text).move is Move.JUDGMENT
    said_back = "So you feel selfish for wanting it and a coward for hesitating."
    assert step(scenario, STD, state(40), turn(Act.REFLECTION), said_back).move is not (
        Move.JUDGMENT
    )


@pytest.mark.parametrize(
    "text",
    [
        "That order's fine. How was your weekend, anyway? Get up to much?",
        "Is it always this warm in here, or is that the presses?",
        "Before the update, did you get caught in that downpour? I looked like I'd swum it.",
        "You look like you got caught as well. Is it still bucketing down out there?",
        "Thanks. Did you catch the Guardians game last night? I only saw the last innings.",
        "Is it just me, or is it ten degrees hotter down on that floor than in the car park?",
        # from counterpart-78: grim weather and the stairs
        "It's grim out there, isn't it? And the lift's broken again, so I'm guessing you did "
        "all four flights as well?",
        # from counterpart-103: an aside said to be one, and the new coffee machine
        "Unrelated, but was one of them at that place on Bishopsgate with the terrible coffee? "
        "I've been three times and never had a decent cup.",
        "Have you tried the new coffee machine downstairs yet? Someone said it does a decent "
        "flat white.",
        # from counterpart-119: the forecast and the new kettle
        "Ha. Did you see they're forecasting snow for Friday?",
        "Before we start, have you seen they've finally put a proper kettle in the staff room?",
        # from counterpart-133: the office's occasions
        "Actually, first things first: did you manage to get any of Margaret's leaving cake in "
        "the kitchen? I was promised lemon drizzle.",
        "Speaking of time of year, are you going to the Christmas quiz? I hear the tax team "
        "have been practising since October.",
    ],
)
def test_a_pleasantry_the_rules_recognise_stays_small_talk(scenario: Scenario, text: str) -> None:
    assert step(scenario, STD, state(40), turn(Act.OPEN_QUESTION, questions=2), text).move is (
        Move.SMALL_TALK
    )
