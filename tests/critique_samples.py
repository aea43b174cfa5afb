"""Critiques for tests: written out in full, so a test states exactly what it renders."""

from __future__ import annotations

from coach.critique.models import (
    Citation,
    ConcernOutcome,
    Critique,
    Evidence,
    GrowthArea,
    Metrics,
    PersonaOutcome,
    Rewrite,
    RubricScore,
    Strength,
)


def sample_metrics(percent_open: float | None = 50.0, ratio: float | None = 0.5) -> Metrics:
    return Metrics(
        learner_turns=4,
        act_counts={"open_question": 1, "closed_question": 1, "reflection": 1, "advice": 1},
        questions=2,
        open_questions=1,
        closed_questions=1,
        percent_open_questions=percent_open,
        reflections=1,
        reflection_to_question_ratio=ratio,
        reflection_to_question_band="poor",
        complex_reflection_share=1.0,
        learner_talk_share=0.143,
        mean_learner_turn_words=6.0,
        stacked_questions=0,
        premature_advice=1,
        premature_advice_turns=[7],
        judgments=0,
        judgment_turns=[],
    )


def sample_critique(overall: int = 37, **metrics: float | None) -> Critique:
    """A critique of a four-turn conversation with one cited growth area."""
    return Critique(
        overall=overall,
        mode="offline",
        scenario="giving-feedback",
        narrative="You asked good questions and gave advice too early.",
        metrics=sample_metrics(**metrics),
        rubric=[
            RubricScore(
                id="curiosity-first",
                title="Curiosity before solutions",
                score=3,
                rationale="Open questions in 2 of 4 turns.",
                evidence=[Evidence(turn=3, quote="What happened, from your side?")],
            ),
            RubricScore(id="owned-next-step", title="A next step he owns", score=1),
        ],
        strengths=[Strength(title="You asked questions", detail="Two of four turns.")],
        growth_areas=[
            GrowthArea(
                title="Understand before you advise",
                detail="You offered advice in turn 7.",
                skill="active-listening",
                evidence=[Evidence(turn=7, quote="You should prepare better.")],
                rewrite=Rewrite(
                    turn=7, original="You should prepare better.", suggested="What would help?"
                ),
                guidance=[
                    Citation(
                        source="pitfall-advice.md",
                        chunk_id="chunk-0042",
                        text="Giving advice too early is the most common mistake.",
                        title="Pitfall: advice before understanding",
                        heading="Asking permission",
                    )
                ],
            )
        ],
        persona_outcome=PersonaOutcome(
            uncovered=[
                ConcernOutcome(id="fear", text="He fears being sidelined.", uncovered=True, turn=5)
            ],
            missed=[ConcernOutcome(id="home", text="Things are hard at home.", uncovered=False)],
            disclosures=["fear"],
            trust_start=30,
            trust_end=48,
            trust_trace=[
                {"turn": 1, "trust": 29},
                {"turn": 3, "trust": 35},
                {"turn": 5, "trust": 48},
            ],
        ),
    )
