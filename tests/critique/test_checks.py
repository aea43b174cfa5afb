"""The checks that keep an LLM's critique honest: quotes, citations, rewrites, scores."""

from __future__ import annotations

import pytest

from coach.critique.checks import DraftChecks, checked_critique, normalise, quote_holds
from coach.critique.draft import (
    DraftEvidence,
    DraftGrowthArea,
    DraftRewrite,
    DraftRubricScore,
    DraftStrength,
    LLMCritiqueDraft,
)
from coach.critique.models import (
    Citation,
    Critique,
    Evidence,
    GrowthArea,
    Metrics,
    PersonaOutcome,
    RubricScore,
    Strength,
)
from coach.critique.rubric import overall_score
from coach.models import Speaker, Transcript, TranscriptTurn
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario

LEARNER_TURN = "So what's been  getting in the way of the reports, from where you sit?"
TRANSCRIPT = Transcript(
    scenario="giving-feedback",
    turns=[
        TranscriptTurn(speaker=Speaker.COUNTERPART, text="You wanted to talk about the reports?"),
        TranscriptTurn(speaker=Speaker.LEARNER, text=LEARNER_TURN),
        TranscriptTurn(
            speaker=Speaker.COUNTERPART, text="Honestly, the deadlines feel impossible."
        ),
        TranscriptTurn(speaker=Speaker.LEARNER, text="Okay."),
        TranscriptTurn(
            speaker=Speaker.LEARNER, text="You should just plan better & start earlier."
        ),
    ],
)
PASSAGE = Citation(
    source="open-questions.md", chunk_id="a1b2c3", text="Open questions invite a story.", title="Q"
)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return ScenarioLibrary().get("giving-feedback")


def _measured(scenario: Scenario, scores: list[int]) -> Critique:
    rubric = [
        RubricScore(id=item.id, title=item.title, score=score, rationale="measured")
        for item, score in zip(scenario.rubric, scores, strict=True)
    ]
    area = GrowthArea(title="Ask", detail="Ask first.", skill="open-questions", guidance=[PASSAGE])
    return Critique(
        overall=overall_score(scenario, rubric),
        mode="offline",
        scenario=scenario.id,
        metrics=_metrics(),
        rubric=rubric,
        strengths=[Strength(title="Measured strength", detail="From code.")],
        growth_areas=[area],
        persona_outcome=PersonaOutcome(
            uncovered=[], missed=[], disclosures=[], trust_start=30, trust_end=40
        ),
        notices=["from the code"],
    )


def _metrics() -> Metrics:
    return Metrics(
        learner_turns=3,
        act_counts={"open_question": 1},
        questions=1,
        open_questions=1,
        closed_questions=0,
        percent_open_questions=100.0,
        reflections=0,
        reflection_to_question_ratio=0.0,
        reflection_to_question_band="poor",
        complex_reflection_share=None,
        learner_talk_share=0.6,
        mean_learner_turn_words=8.0,
        stacked_questions=0,
        premature_advice=1,
        premature_advice_turns=[4],
        judgments=0,
        judgment_turns=[],
    )


def _ev(turn: int, quote: str) -> DraftEvidence:
    return DraftEvidence(turn=turn, quote=quote)


def test_normalise_straightens_quotes_collapses_space_and_decodes_entities():
    assert normalise("  what\u2019s \n\t \u201cgetting\u201d  in &amp; out ") == (
        'what\'s "getting" in & out'
    )


@pytest.mark.parametrize(
    "evidence",
    [
        _ev(1, "what's been getting in the way"),
        _ev(1, "what\u2019s been   getting in the way"),  # curly apostrophe, extra spaces
        _ev(1, "\u201cfrom where you sit?\u201d"),  # wrapped in quotation marks
        _ev(3, "Okay."),  # one word is fine when it is the whole turn
        _ev(4, "plan better &amp; start earlier"),  # as the escaped transcript showed it
    ],
)
def test_verbatim_learner_quotes_hold(evidence):
    assert quote_holds(TRANSCRIPT, evidence)


@pytest.mark.parametrize(
    "evidence",
    [
        _ev(1, "what has been getting in the way"),  # paraphrase
        _ev(2, "the deadlines feel impossible"),  # the counterpart's words
        _ev(4, "what's been getting in the way"),  # real words, wrong turn
        _ev(9, "Okay."),  # no such turn
        _ev(1, "reports"),  # a single word out of a longer turn
        _ev(1, "   "),
    ],
)
def test_other_quotes_do_not_hold(evidence):
    assert not quote_holds(TRANSCRIPT, evidence)


def test_kept_quotes_are_the_learners_exact_words():
    checks = DraftChecks(TRANSCRIPT, [])
    kept = checks.evidence([_ev(1, " \u201cwhat\u2019s been getting\u201d"), _ev(3, "Okay")])
    assert kept == [Evidence(turn=1, quote="what's been  getting"), Evidence(turn=3, quote="Okay")]


def test_failing_quotes_are_dropped_and_counted():
    checks = DraftChecks(TRANSCRIPT, [PASSAGE])
    kept = checks.evidence([_ev(1, "getting in the way"), _ev(2, "deadlines feel impossible")])
    assert kept == [Evidence(turn=1, quote="getting in the way")]
    assert checks.log.dropped_quotes == 1
    assert checks.log.notices() == ["Removed 1 quote the evaluator attributed to you wrongly."]


def test_only_citations_of_given_passages_survive():
    checks = DraftChecks(TRANSCRIPT, [PASSAGE])
    assert checks.citations(["nope", " a1b2c3 ", "a1b2c3"]) == [PASSAGE]
    assert checks.log.dropped_citations == 1


def test_rewrite_takes_the_original_from_the_transcript():
    checks = DraftChecks(TRANSCRIPT, [])
    rewrite = checks.rewrite(DraftRewrite(turn=4, suggested=" What have you tried so far? "))
    assert rewrite is not None
    assert (rewrite.original, rewrite.suggested) == (TRANSCRIPT.turns[4].text, rewrite.suggested)
    assert rewrite.suggested == "What have you tried so far?"
    assert checks.rewrite(DraftRewrite(turn=2, suggested="Not the learner's turn.")) is None
    assert checks.log.dropped_rewrites == 1


@pytest.mark.parametrize(
    ("measured", "asked", "kept"), [(1, 4, 2), (3, 0, 2), (2, 3, 3), (4, 4, 4)]
)
def test_rubric_score_stays_within_one_point_of_the_measured_one(measured, asked, kept):
    checks = DraftChecks(TRANSCRIPT, [])
    base = RubricScore(id="x", title="Curiosity", score=measured)
    draft = DraftRubricScore(id="x", score=asked, rationale="Why.", evidence=[_ev(3, "Okay.")])
    result = checks.rubric_item(base, draft)
    assert result.score == kept
    assert result.rationale == "Why." and result.evidence == [Evidence(turn=3, quote="Okay.")]
    assert bool(checks.log.clamped) == (kept != asked)


def test_rubric_score_without_surviving_evidence_is_the_measured_one():
    checks = DraftChecks(TRANSCRIPT, [])
    base = RubricScore(id="x", title="Curiosity", score=1, rationale="measured")
    draft = DraftRubricScore(id="x", score=2, rationale="Made up.", evidence=[_ev(1, "invented")])
    assert checks.rubric_item(base, draft) == base
    assert checks.log.unsupported == ["Curiosity"]


def test_checked_critique_keeps_code_metrics_and_recomputes_overall(scenario):
    measured = _measured(scenario, [1, 1, 1, 1, 1])
    light = min(scenario.rubric, key=lambda item: item.weight)  # one point moves it 3 points
    draft = LLMCritiqueDraft(
        narrative="  You opened with curiosity, then moved to advice.  ",
        rubric=[
            DraftRubricScore(
                id=light.id, score=4, rationale="Asked.", evidence=[_ev(1, "So what")]
            ),
            DraftRubricScore(id="made-up-item", score=4, rationale="?", evidence=[]),
        ],
        strengths=[DraftStrength(title="Praise for nothing", detail="?", evidence=[_ev(2, "x y")])],
        growth_areas=[
            DraftGrowthArea(
                title="Hold the advice",
                detail="Ask before advising.",
                skill="open-questions",
                evidence=[_ev(4, "You should just plan better")],
                rewrite=DraftRewrite(turn=4, suggested="What would help most?"),
                chunk_ids=["unknown-chunk"],
            ),
            DraftGrowthArea(title="Vague", detail="?", skill="summaries", evidence=[]),
        ],
    )
    critique = checked_critique(draft, measured, TRANSCRIPT, scenario, [PASSAGE])
    assert critique.mode == "llm"
    assert (
        critique.metrics == measured.metrics
        and critique.persona_outcome == measured.persona_outcome
    )
    assert critique.narrative == "You opened with curiosity, then moved to advice."
    expected = [2 if item.id == light.id else 1 for item in scenario.rubric]
    assert [r.score for r in critique.rubric] == expected  # 4 clamped to measured + 1
    assert critique.overall == overall_score(scenario, critique.rubric) > measured.overall
    assert critique.strengths == measured.strengths  # the only LLM strength had no real quote
    [area] = critique.growth_areas  # the area about nothing the learner said is gone
    assert area.rewrite is not None and area.rewrite.original == TRANSCRIPT.turns[4].text
    assert area.guidance == [PASSAGE]  # its own citation was unknown: it borrows the code's
    assert critique.notices[0] == "from the code"
    assert any("citation" in n for n in critique.notices)
    assert any(light.title in n and "4 -> 2" in n for n in critique.notices)


def _every_item(scenario: Scenario, score: int, narrative: str) -> LLMCritiqueDraft:
    evidence = [_ev(1, "So what")]
    return LLMCritiqueDraft(
        narrative=narrative,
        rubric=[
            DraftRubricScore(id=item.id, score=score, rationale="Judged.", evidence=evidence)
            for item in scenario.rubric
        ],
    )


def test_scores_may_move_the_overall_only_a_few_points(scenario):
    measured = _measured(scenario, [1, 1, 0, 0, 1])
    draft = _every_item(scenario, 4, "You moved from advice to questions.")
    critique = checked_critique(draft, measured, TRANSCRIPT, scenario, [])
    assert critique.overall == overall_score(scenario, critique.rubric)
    assert 0 < critique.overall - measured.overall <= 5
    [kept] = [n for n in critique.notices if n.startswith("Kept the measured score")]
    assert f"from {measured.overall} to 42" in kept and "more than 5 points" in kept


def test_an_overview_that_contradicts_the_score_is_replaced_by_the_codes(scenario):
    measured = _measured(scenario, [1, 1, 0, 0, 1])
    draft = _every_item(scenario, 1, "Outstanding work.")
    critique = checked_critique(
        draft, measured, TRANSCRIPT, scenario, [], narrate=lambda overall: f"Code: {overall}."
    )
    assert critique.narrative == f"Code: {critique.overall}."
    assert any(
        n.startswith("Replaced the evaluator's overview") and "praise does not fit" in n
        for n in critique.notices
    )


def test_an_overview_that_fits_is_kept_and_an_empty_one_gets_the_codes(scenario):
    measured = _measured(scenario, [1, 1, 0, 0, 1])
    fitting = checked_critique(
        _every_item(scenario, 1, "You asked, then advised."), measured, TRANSCRIPT, scenario, []
    )
    assert fitting.narrative == "You asked, then advised."
    assert not any("overview" in n for n in fitting.notices)
    empty = checked_critique(
        _every_item(scenario, 1, " "), measured, TRANSCRIPT, scenario, [], narrate=str
    )
    assert empty.narrative == str(empty.overall)


def test_a_models_area_words_only_the_code_area_about_the_same_turns(scenario):
    def code_area(kind: str, turn: int) -> GrowthArea:
        quote = Evidence(turn=turn, quote=TRANSCRIPT.turns[turn].text)
        return GrowthArea(
            kind=kind, title=kind, detail="d", skill="open-questions", evidence=[quote]
        )

    measured = _measured(scenario, [1, 1, 1, 1, 1]).model_copy(
        update={"growth_areas": [code_area("closed_questions", 1), code_area("stacked", 3)]}
    )
    draft = LLMCritiqueDraft(
        narrative="You asked.",
        rubric=[],
        strengths=[],
        growth_areas=[
            DraftGrowthArea(
                title="Open it up",
                detail="Ask openly.",
                skill="open-questions",
                evidence=[_ev(1, "So what")],
            )
        ],
    )
    critique = checked_critique(draft, measured, TRANSCRIPT, scenario, [PASSAGE])
    assert [a.title for a in critique.growth_areas] == ["Open it up", "stacked"]
