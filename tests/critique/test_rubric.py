"""Rubric scores from the detectors' evidence, and the overall with what came out and flaws."""

from __future__ import annotations

import pytest

from coach.critique.evidence import CodedSession
from coach.critique.flaws import Flaw
from coach.critique.models import ConcernOutcome, PersonaOutcome, RubricScore
from coach.critique.offline import critique_offline
from coach.critique.rubric import (
    OverallTerms,
    item_credit,
    overall_score,
    overall_terms,
    score_rubric,
)
from coach.critique.wording import load_critique_wording
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import EvidenceKind, FlawKind, RubricItem
from tests.critique.conversation import conversation, expert_transcript

E = EvidenceKind
SCENARIO = ScenarioLibrary().get("building-trust")


def item(*evidence: EvidenceKind) -> RubricItem:
    return RubricItem(
        id="x", title="An item", good="What good looks like, in words.", weight=1,
        evidence=list(evidence),
    )  # fmt: skip


def test_the_core_detector_earns_full_credit_and_the_others_only_a_quarter_each() -> None:
    safe = item(E.CONFIDENTIALITY, E.WARMTH, E.POWER_NAMED)
    assert item_credit(safe, {E.CONFIDENTIALITY: [3]}) == 1.0
    assert item_credit(safe, {E.WARMTH: [5, 7]}) == 0.25  # warmth alone is not confidentiality
    assert item_credit(safe, {E.WARMTH: [5, 7], E.POWER_NAMED: [1]}) == 0.5
    assert item_credit(item(E.REFLECTION), {E.REFLECTION: [5]}) == 0.5  # one of a target of two


def _outcome(out: int, missed: int, *, estimated: bool = False) -> PersonaOutcome:
    concern = ConcernOutcome(id="c", text="c", uncovered=True)
    return PersonaOutcome(
        estimated=estimated,
        uncovered=[concern] * out,
        missed=[concern.model_copy(update={"uncovered": False})] * missed,
        disclosures=[],
        trust_start=30,
        trust_end=40,
    )


def _scores(score: int) -> list[RubricScore]:
    return [
        RubricScore(id=i.id, title=i.title, score=score, rationale="r") for i in SCENARIO.rubric
    ]


def test_the_overall_blends_the_items_with_what_came_out() -> None:
    assert overall_score(SCENARIO, _scores(4)) == 100
    half_out = overall_terms(SCENARIO, _outcome(2, 2), [], 0.5)
    assert half_out == OverallTerms(came_out=0.5, deduction=0.0, floor=10)
    assert overall_score(SCENARIO, _scores(4), half_out) == 85  # 0.7 * 100 + 0.3 * 50
    guessed = overall_terms(SCENARIO, _outcome(0, 5, estimated=True), [], 1.0)
    assert guessed.came_out is None and overall_score(SCENARIO, _scores(4), guessed) == 100


def test_a_flaw_no_item_counts_costs_overall_points_once_and_at_most_fifteen() -> None:
    counted = {k for i in SCENARIO.rubric for k in i.against}
    uncounted = next(k for k in FlawKind if k not in counted)
    one = overall_terms(SCENARIO, _outcome(4, 0), [Flaw(uncounted, (), 2.0)], 0.55)
    held = overall_terms(SCENARIO, _outcome(4, 0), [Flaw(next(iter(counted)), (1,), 2.0)], 0.55)
    many = overall_terms(SCENARIO, _outcome(4, 0), [Flaw(uncounted, (), 5.0)] * 3, 0.55)
    assert (one.deduction, held.deduction, many.deduction) == (7.0, 0.0, 15)
    assert overall_score(SCENARIO, _scores(0), many) == 15  # 30 from what came out, less 15


def test_doing_most_of_the_talking_costs_a_point_for_each_point_over_the_limit() -> None:
    listened = overall_terms(SCENARIO, _outcome(4, 0), [], talk_share=0.5)
    lectured = overall_terms(SCENARIO, _outcome(4, 0), [], talk_share=0.7)
    monologue = overall_terms(SCENARIO, _outcome(4, 0), [], talk_share=0.95)
    assert (listened.talked_over, lectured.talked_over, monologue.talked_over) == (0, 15, 20)
    assert overall_score(SCENARIO, _scores(4), lectured) == 85
    # with no counterpart lines the learner has all the words: no deduction for that
    alone = overall_terms(SCENARIO, _outcome(0, 5, estimated=True), [], talk_share=1.0)
    assert alone.talked_over == 0


def test_the_overall_is_at_least_a_fifth_of_their_share_of_the_words() -> None:
    heard = overall_terms(SCENARIO, _outcome(0, 4), [], talk_share=0.4)
    talked_at = overall_terms(SCENARIO, _outcome(0, 4), [], talk_share=0.8)
    assert (heard.floor, talked_at.floor) == (12, 4)
    assert overall_score(SCENARIO, _scores(0), heard) == 12  # items 0, nothing came out
    assert overall_score(SCENARIO, _scores(0), talked_at) == 4
    assert overall_score(SCENARIO, _scores(4), heard) == 70  # a floor, not a bonus
    alone = overall_terms(SCENARIO, _outcome(0, 5, estimated=True), [], talk_share=1.0)
    assert alone.floor == 0


def test_a_poor_conversation_that_lectures_scores_below_a_middling_one_that_listens() -> None:
    """expert-106's mutual-accountability middle (expert 38) and poor (3) scored 18 and 21: the
    poor one owns nothing and judges once, but its mentor says over two thirds of the words."""
    scenario = ScenarioLibrary().get("mutual-accountability")
    scored = {}
    for kind in ("middle", "poor"):
        transcript = expert_transcript("expert-106", f"mutual-accountability-{kind}.json")
        scored[kind] = critique_offline(transcript, scenario, None).overall
    assert scored["middle"] > scored["poor"]


@pytest.mark.parametrize("score", [0, 1, 2, 3, 4])
def test_the_overall_stays_in_range(score: int) -> None:
    terms = OverallTerms(came_out=0.0, deduction=15)
    assert 0 <= overall_score(SCENARIO, _scores(score), terms) <= 100


def test_an_item_whose_every_turn_of_evidence_carries_a_flaw_against_it_earns_nothing() -> None:
    scenario = ScenarioLibrary().get("asking-for-help")
    asked = next(i for i in scenario.rubric if i.id == "specific-ask")
    session = CodedSession.of(
        conversation(
            "What do you need?",
            "Just tell me what to say on Thursday. Whatever you think.",
            "Okay.",
            "And could you join the first fifteen minutes of Thursday's call?",
            "Yes.",
            scenario="asking-for-help",
        )
    )
    wording = load_critique_wording()
    vague = Flaw(FlawKind.VAGUE_ASK, (1,), 1.5)

    def scored(found: list[int]) -> RubricScore:
        scores = score_rubric(scenario, session, {E.SPECIFIC_ASK: found}, [vague], wording)
        return next(s for s in scores if s.id == asked.id)

    assert scored([1]).score == 0  # the only ask shown is the vague one
    assert scored([1, 3]).score == 3  # a specific ask besides it counts, less the flaw's cost
    # Where it was found, and what undid it; not "no sign yet" of something that was there.
    undone = scored([1]).rationale
    assert "No sign yet" not in undone and "turn 1" in undone and "vague ask" in undone, undone
    assert scored([]).rationale.startswith("No sign yet")


def test_an_item_shown_scores_no_lower_than_one_not_shown_however_many_flaws_hold() -> None:
    scenario = ScenarioLibrary().get("asking-for-help")
    session = CodedSession.of(
        conversation(
            "Your messages to Gareth have been getting sharp.",
            "That's not fair, I was only chasing a date. He's useless.",
            "Okay.",
            "So the messages read as sharp to him. I hear that.",
            "Yes.",
            scenario="asking-for-help",
        )
    )
    flaws = [Flaw(FlawKind.DEFENSIVE, (1,), 5.0), Flaw(FlawKind.JUDGMENT, (1,), 6.0)]

    def score(found: list[int]) -> int:
        scores = score_rubric(
            scenario, session, {E.ANSWER_HEARD: found}, flaws, load_critique_wording()
        )
        return next(s.score for s in scores if s.id == "receives-hard-message")

    assert score([3]) == 1  # heard once (half the target), less two flaws' cost: kept at one
    assert score([]) == 0  # never shown, and undermined
