"""Readable text reports of the critique and retrieval evaluations (pure formatting)."""

from __future__ import annotations

from coach.evals.critique import CritiqueEvaluation, NearMissResult, PairResult
from coach.evals.critique_expert import (
    GOOD_OVER_POOR,
    GOOD_OVER_STOCK,
    SPEARMAN_TARGET,
    ExpertAgreement,
    Scored,
)
from coach.evals.retrieval import RetrievalEvaluation, RetrievalScores

ID_WIDTH = 44


def render_critique_evaluation(result: CritiqueEvaluation) -> str:
    """The critique evaluation: pairs, near-misses and repeatability."""
    rep = result.repeatability
    return "\n".join(
        [
            f"Offline critique on {result.pairs} good/poor pairs and {result.near_misses} "
            f"near-misses, each transcript critiqued {rep.runs} times",
            "",
            f"pairwise accuracy {result.pairwise_accuracy:.3f} "
            f"({sum(r.correct for r in result.pair_results)} of {result.pairs} good above poor)"
            f"   gap mean {result.mean_gap:.1f}, min {result.min_gap}",
            f"{'pair':<{ID_WIDTH}} {'good':>5} {'poor':>5} {'gap':>5}",
            *(_pair_row(r) for r in result.pair_results),
            "",
            f"near-miss detection {result.detection_rate:.3f} (kind or skill)   "
            f"by kind alone {result.detection_rate_by_kind:.3f}",
            f"the expected kind was also named for the unflawed version of "
            f"{result.named_on_base} of {result.near_misses}",
            f"{'near-miss':<{ID_WIDTH}} {'score':>5} {'base':>5}  {'expected':<20} named",
            *(_near_miss_row(r) for r in result.near_miss_results),
            "",
            f"repeatability {rep.rate:.3f} ({rep.identical} of {rep.transcripts} transcripts "
            f"gave identical JSON on {rep.runs} runs)",
            *(f"  differs: {ref}" for ref in rep.differing),
        ]
    )


def render_expert_agreement(result: ExpertAgreement, name: str) -> str:
    """Agreement with an expert's scores: the figures, each against its target, then each
    transcript's expert score beside the critique's."""
    n = result.scenarios
    rows = [
        ("Spearman with the expert's scores", f"{result.spearman:.3f}", f">= {SPEARMAN_TARGET}"),
        (f"good at least {GOOD_OVER_POOR} above poor", f"{result.good_over_poor}/{n}", f"{n}/{n}"),
        ("good > middle > poor", f"{result.ordered}/{n}", f"{n}/{n}"),
        (
            f"stock phrases at least {GOOD_OVER_STOCK} below good",
            f"{result.stock_below_good}/{n}",
            f"{n}/{n}",
        ),
        ("the near-miss's flaw named", f"{result.near_miss_named}/{n}", f"{n}/{n}"),
        ("quotes verbatim", f"{result.quotes_verbatim:.0%}", "100%"),
        ("growth areas cited", f"{result.growth_cited:.0%}", "100%"),
    ]
    return "\n".join(
        [
            f"Offline critique against the expert's scores: {result.transcripts} transcripts "
            f"of {n} scenarios ({name})",
            "",
            f"{'':<40} {'result':>8} {'target':>8}",
            *(f"{label:<40} {got:>8} {target:>8}" for label, got, target in rows),
            "",
            f"{'transcript':<{ID_WIDTH}} {'expert':>6} {'coach':>6}  named",
            *(_scored_row(s) for s in result.scored),
        ]
    )


def _scored_row(s: Scored) -> str:
    flaw = f"   [near-miss: {s.flaw}{'' if s.flaw in s.named else ', NOT NAMED'}]" if s.flaw else ""
    return f"{s.file:<{ID_WIDTH}} {s.expert:6d} {s.overall:6d}  {', '.join(s.named)}{flaw}"


def render_retrieval_evaluation(result: RetrievalEvaluation, embeddings: str) -> str:
    """The retrieval evaluation: overall, by query style, and the queries that missed."""
    k = result.k
    return "\n".join(
        [
            f"Guidance retrieval over {result.overall.queries} labelled queries "
            f"({embeddings} embeddings, shipped corpus in a temporary store)",
            "",
            f"{'queries':<12} {'n':>4} {f'recall@{k}':>10} {f'MRR@{k}':>8}",
            _scores_row("all", result.overall),
            *(_scores_row(style.value, s) for style, s in result.by_style.items()),
            "",
            f"not in the top {k} ({len(result.misses)}):",
            *(f"  [{m.style.value}] {m.query}" for m in result.misses),
        ]
    )


def _pair_row(r: PairResult) -> str:
    mark = "" if r.correct else "   <- poor not below good"
    return f"{r.id:<{ID_WIDTH}} {r.good:5d} {r.poor:5d} {r.gap:5d}{mark}"


def _near_miss_row(r: NearMissResult) -> str:
    named = ", ".join(a.kind or a.title for a in r.named)
    verdict = "named" if r.by_kind else "skill only" if r.by_skill else "MISSED"
    if r.base_by_kind:
        verdict += ", also on base"
    base = "-" if r.base_overall is None else str(r.base_overall)
    return (
        f"{r.id:<{ID_WIDTH}} {r.overall:5d} {base:>5}  {r.expected.kind:<20} {named}   [{verdict}]"
    )


def _scores_row(name: str, s: RetrievalScores) -> str:
    return f"{name:<12} {s.queries:4d} {s.recall:10.3f} {s.mrr:8.3f}"
