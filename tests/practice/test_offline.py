"""Tests for coach.practice.offline: replies drawn from the right pool, never repeated, seeded."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from pydantic import ValidationError

from coach.models import PersonaState, PersonaUpdate, Reaction
from coach.practice.offline import OfflineCounterpart, OfflineLines, offline_lines
from coach.scenarios.library import load_scenario
from coach.scenarios.models import Scenario
from tests.paths import TEST_DATA

DATA = TEST_DATA

POOL_OF = {
    Reaction.ELABORATE: "elaborations",
    Reaction.SHORT_ANSWER: "short_answers",
    Reaction.DEFLECT: "deflections",
    Reaction.WITHDRAW: "withdrawals",
    Reaction.CONFIRM: "confirmations",
    Reaction.CORRECT: "corrections",
    Reaction.ACKNOWLEDGE: "acknowledgements",
    Reaction.NEUTRAL: "fillers",
}


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(DATA / "late-reports.yaml")


def update(reaction: Reaction, newly: tuple[str, ...] = ()) -> PersonaUpdate:
    return PersonaUpdate(
        state=PersonaState(trust=50, unlocked=list(newly)),
        reaction=reaction,
        trust_delta=0,
        reasons=[],
        newly_unlocked=list(newly),
    )


def session(
    scenario: Scenario, reactions: list[Reaction], text: str = "I see.", seed: int = 0
) -> list[str]:
    """The counterpart's replies to a run of turns, after the opening line."""
    counterpart = OfflineCounterpart(scenario, seed=seed)
    history = [scenario.opening_line]
    for reaction in reactions:
        history.append(counterpart.reply(update(reaction), text, history))
    return history[1:]


def pool(scenario: Scenario, name: str) -> list[str]:
    return list(getattr(scenario.material, name))


def first_word(line: str) -> str:
    return line.split()[0].strip(".,!?").lower()


# --- what is said -----------------------------------------------------------------


@pytest.mark.parametrize(("reaction", "name"), POOL_OF.items())
def test_each_reaction_draws_from_its_own_pool(
    scenario: Scenario, reaction: Reaction, name: str
) -> None:
    replies = session(scenario, [reaction] * len(pool(scenario, name)))
    assert sorted(replies) == sorted(pool(scenario, name))


def test_closed_questions_get_short_answers_only(scenario: Scenario) -> None:
    replies = session(scenario, [Reaction.SHORT_ANSWER] * 3, text="Was it late again?")
    short = pool(scenario, "short_answers")
    assert all(reply in short for reply in replies)


def test_elaboration_uses_the_topic_the_learner_mentioned(scenario: Scenario) -> None:
    deadline = scenario.material.topics[0]
    replies = session(scenario, [Reaction.ELABORATE] * 3, text="What makes the DEADLINE hard?")
    assert sorted(replies) == sorted(deadline.lines)
    fourth = session(scenario, [Reaction.ELABORATE] * 4, text="the deadline")[-1]
    assert fourth in pool(scenario, "elaborations")


def test_elaboration_without_a_topic_is_an_elaboration(scenario: Scenario) -> None:
    replies = session(scenario, [Reaction.ELABORATE] * 3, text="What's going on for you?")
    assert all(reply in pool(scenario, "elaborations") for reply in replies)


def test_exhausted_pools_fall_back_in_order(scenario: Scenario) -> None:
    replies = session(scenario, [Reaction.ELABORATE] * 36)
    topic_lines = [line for t in scenario.material.topics for line in t.lines]
    fallbacks = offline_lines().fallbacks
    assert sorted(replies[:8]) == sorted(pool(scenario, "elaborations"))
    assert sorted(replies[8:14]) == sorted(topic_lines)
    assert sorted(replies[14:18]) == sorted(pool(scenario, "fillers"))
    assert sorted(replies[18:34]) == sorted(fallbacks)
    assert all(reply not in fallbacks for reply in replies[34:])
    assert all(any(reply.startswith(f) for f in fallbacks) for reply in replies[34:])


def test_correction_is_a_correction_line_and_nothing_else(scenario: Scenario) -> None:
    reply = session(scenario, [Reaction.CORRECT])[0]
    assert reply in pool(scenario, "corrections")


# --- disclosures -------------------------------------------------------------------


@pytest.mark.parametrize("reaction", list(Reaction))
def test_unlocked_disclosure_is_said_verbatim(scenario: Scenario, reaction: Reaction) -> None:
    counterpart = OfflineCounterpart(scenario, seed=3)
    reply = counterpart.reply(update(reaction, ("family",)), "x", [scenario.opening_line])
    assert reply.endswith(scenario.disclosure("family").text)


def test_confirmed_disclosure_leads_with_a_confirmation(scenario: Scenario) -> None:
    counterpart = OfflineCounterpart(scenario)
    reply = counterpart.reply(update(Reaction.CONFIRM, ("doubt",)), "x", ["Hello."])
    lead = reply.removesuffix(scenario.disclosure("doubt").text).strip()
    assert lead in pool(scenario, "confirmations")


def test_disclosure_gets_a_bridge_rather_than_repeat_the_first_word(scenario: Scenario) -> None:
    for seed in range(10):
        counterpart = OfflineCounterpart(scenario, seed=seed)
        reply = counterpart.reply(update(Reaction.ELABORATE, ("family",)), "x", ["My, my."])
        assert first_word(reply) != "my"
        assert reply.removesuffix(scenario.disclosure("family").text).strip() in (
            offline_lines().bridges
        )


# --- never repeated --------------------------------------------------------------------


@pytest.mark.parametrize("reaction", list(Reaction))
def test_sixty_turns_of_one_reaction_never_repeat(scenario: Scenario, reaction: Reaction) -> None:
    replies = session(scenario, [reaction] * 60)
    assert len(set(replies)) == 60
    assert scenario.opening_line not in replies


def test_a_mixed_long_session_never_repeats_a_material_line(scenario: Scenario) -> None:
    reactions = random.Random(7).choices(list(Reaction), k=80)
    replies = session(scenario, reactions, text="the deadline and the workload")
    assert len(set(replies)) == len(replies)
    material = [line for name in POOL_OF.values() for line in pool(scenario, name)]
    assert all(replies.count(line) <= 1 for line in material)


def test_lines_already_in_history_are_not_used(scenario: Scenario) -> None:
    short = pool(scenario, "short_answers")
    counterpart = OfflineCounterpart(scenario)
    history = [scenario.opening_line, *short[:-1]]
    assert counterpart.reply(update(Reaction.SHORT_ANSWER), "x", history) == short[-1]
    history.append(short[-1])
    assert counterpart.reply(update(Reaction.SHORT_ANSWER), "x", history) in (
        pool(scenario, "fillers")
    )


def test_remembers_its_own_lines_without_history(scenario: Scenario) -> None:
    counterpart = OfflineCounterpart(scenario)
    replies = [counterpart.reply(update(Reaction.WITHDRAW), "x", []) for _ in range(30)]
    assert len(set(replies)) == 30


# --- variety and determinism ----------------------------------------------------------


def test_same_seed_same_session(scenario: Scenario) -> None:
    reactions = random.Random(1).choices(list(Reaction), k=30)
    assert session(scenario, reactions, seed=5) == session(scenario, reactions, seed=5)


def test_seeds_vary_the_choice(scenario: Scenario) -> None:
    firsts = {session(scenario, [Reaction.ELABORATE], seed=s)[0] for s in range(20)}
    assert len(firsts) > 3


def test_avoids_starting_like_the_previous_reply(scenario: Scenario) -> None:
    material = scenario.material.model_copy(
        update={"fillers": ["So, yes.", "So, anyway.", "So it goes.", "Hm, right."]}
    )
    varied = scenario.model_copy(update={"material": material})
    for seed in range(20):
        counterpart = OfflineCounterpart(varied, seed=seed)
        assert counterpart.reply(update(Reaction.NEUTRAL), "x", ["So, hello."]) == "Hm, right."


def test_consecutive_replies_alternate_first_words_when_they_can(scenario: Scenario) -> None:
    lines = ["I tried.", "I waited.", "I asked.", "You know.", "You see.", "You guessed."]
    material = scenario.material.model_copy(update={"elaborations": lines})
    varied = scenario.model_copy(update={"material": material})
    for seed in range(10):
        replies = session(varied, [Reaction.ELABORATE] * 6, text="x", seed=seed)
        assert sorted(replies) == sorted(lines)
        assert all(first_word(a) != first_word(b) for a, b in pairwise(replies))


# --- shipped fallback lines -------------------------------------------------------------


def test_shipped_fallbacks_are_many_and_distinct() -> None:
    lines = offline_lines()
    assert len(set(lines.fallbacks)) == len(lines.fallbacks) >= 12
    assert len(set(lines.bridges)) == len(lines.bridges)


def test_fallback_lines_need_twelve() -> None:
    with pytest.raises(ValidationError):
        OfflineLines(fallbacks=["Hm."] * 11, bridges=["So."])
