"""Retrieval quality over labelled queries: recall@k and MRR, overall and by query style (pure).

A query is a hit at rank r when any of its expected passages (file name and "## " heading)
is the r-th result. Searching is passed in as a function, so this module never opens a store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coach.errors import CoachError
from coach.inputs import load_yaml
from coach.validation import first_error

# (source, heading) of each result, best first, for a query and a number of results.
Search = Callable[[str, int], Sequence[tuple[str, str]]]


class RetrievalDataError(CoachError):
    """The labelled query file is invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QueryStyle(StrEnum):
    """Direct queries share key words with the passage; paraphrases say it differently."""

    DIRECT = "direct"
    PARAPHRASE = "paraphrase"


class ExpectedPassage(_Strict):
    source: str = Field(min_length=1)
    heading: str = Field(min_length=1)


class LabelledQuery(_Strict):
    """A query and the passages that should come back for it."""

    query: str = Field(min_length=3)
    style: QueryStyle
    expected: list[ExpectedPassage] = Field(min_length=1)


class QueryFile(_Strict):
    queries: list[LabelledQuery] = Field(min_length=1)


class RetrievalScores(_Strict):
    queries: int
    recall: float
    mrr: float


class QueryOutcome(_Strict):
    """Where the first expected passage of one query came back (None: not in the top k)."""

    query: str
    style: QueryStyle
    rank: int | None


class RetrievalEvaluation(_Strict):
    """Every number ``coach eval retrieval`` reports."""

    k: int
    overall: RetrievalScores
    by_style: dict[QueryStyle, RetrievalScores]
    misses: list[QueryOutcome]


def parse_queries(text: str, source: str) -> list[LabelledQuery]:
    """The labelled queries in YAML ``text``; errors name ``source`` and the field."""
    try:
        data: Any = load_yaml(text)
    except yaml.YAMLError as exc:
        raise RetrievalDataError(f"{source}: not valid YAML ({exc}); fix the syntax.") from None
    try:
        return QueryFile.model_validate(data).queries
    except ValidationError as exc:
        where, message = first_error(exc, top="file")
        raise RetrievalDataError(f"{source}: {where}: {message}; fix that query.") from None


def first_relevant_rank(
    ranked: Sequence[tuple[str, str]], expected: Sequence[ExpectedPassage]
) -> int | None:
    """1-based rank of the first result that is one of the expected passages, or None."""
    wanted = {(e.source, e.heading) for e in expected}
    return next((rank for rank, hit in enumerate(ranked, 1) if hit in wanted), None)


def recall_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of queries with an expected passage in the top ``k``."""
    return sum(r is not None and r <= k for r in ranks) / len(ranks) if ranks else 0.0


def mean_reciprocal_rank(ranks: Sequence[int | None], k: int) -> float:
    """Mean of 1/rank over the queries, a miss (or a rank beyond ``k``) counting 0."""
    if not ranks:
        return 0.0
    return sum(1 / r for r in ranks if r is not None and r <= k) / len(ranks)


def scores(ranks: Sequence[int | None], k: int) -> RetrievalScores:
    """Recall@k and MRR@k of one group of queries."""
    return RetrievalScores(
        queries=len(ranks), recall=recall_at_k(ranks, k), mrr=mean_reciprocal_rank(ranks, k)
    )


def evaluate_retrieval(
    queries: Sequence[LabelledQuery], search: Search, k: int
) -> RetrievalEvaluation:
    """Search every query for ``k`` results and score them, overall and per style."""
    outcomes = [
        QueryOutcome(
            query=q.query, style=q.style, rank=first_relevant_rank(search(q.query, k), q.expected)
        )
        for q in queries
    ]
    by_style = {
        style: scores([o.rank for o in outcomes if o.style is style], k)
        for style in QueryStyle
        if any(o.style is style for o in outcomes)
    }
    return RetrievalEvaluation(
        k=k,
        overall=scores([o.rank for o in outcomes], k),
        by_style=by_style,
        misses=[o for o in outcomes if o.rank is None],
    )
