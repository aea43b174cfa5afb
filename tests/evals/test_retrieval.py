"""Retrieval metrics on hand-made ranks, the labelled query file, and ``coach eval retrieval``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coach.cli import evaluate  # noqa: F401  (registers ``coach eval``)
from coach.cli.app import app
from coach.errors import CoachError
from coach.evals.retrieval import (
    ExpectedPassage,
    LabelledQuery,
    QueryStyle,
    evaluate_retrieval,
    first_relevant_rank,
    mean_reciprocal_rank,
    parse_queries,
    recall_at_k,
)
from coach.resources import shipped_dir

runner = CliRunner()
QUERIES = shipped_dir("evaluation") / "retrieval" / "queries.yaml"
A, B, C = ("a.md", "One"), ("b.md", "Two"), ("c.md", "Three")


def expected(*hits: tuple[str, str]) -> list[ExpectedPassage]:
    return [ExpectedPassage(source=s, heading=h) for s, h in hits]


def test_first_relevant_rank() -> None:
    assert first_relevant_rank([A, B, C], expected(C, B)) == 2
    assert first_relevant_rank([A, B], expected(C)) is None
    assert first_relevant_rank([("a.md", "Two")], expected(A, B)) is None  # pairs, not parts


def test_recall_and_mrr_on_hand_computed_ranks() -> None:
    ranks = [1, 3, None, 6]
    assert recall_at_k(ranks, 5) == 0.5
    assert mean_reciprocal_rank(ranks, 5) == pytest.approx((1 + 1 / 3) / 4)
    assert recall_at_k(ranks, 10) == 0.75
    assert mean_reciprocal_rank(ranks, 10) == pytest.approx((1 + 1 / 3 + 1 / 6) / 4)
    assert (recall_at_k([], 5), mean_reciprocal_rank([], 5)) == (0.0, 0.0)


def test_evaluate_retrieval_overall_and_by_style() -> None:
    queries = [
        LabelledQuery(query="first", style=QueryStyle.DIRECT, expected=expected(A)),
        LabelledQuery(query="second", style=QueryStyle.DIRECT, expected=expected(B)),
        LabelledQuery(query="third", style=QueryStyle.PARAPHRASE, expected=expected(C)),
    ]
    results = {"first": [A, B, C], "second": [A, B, C], "third": [A, B]}
    asked: list[int] = []

    def search(query: str, k: int) -> Sequence[tuple[str, str]]:
        asked.append(k)
        return results[query][:k]

    result = evaluate_retrieval(queries, search, k=2)
    assert asked == [2, 2, 2]
    assert (result.overall.recall, result.overall.mrr) == (pytest.approx(2 / 3), 0.5)
    direct = result.by_style[QueryStyle.DIRECT]
    assert (direct.queries, direct.recall, direct.mrr) == (2, 1.0, 0.75)
    assert result.by_style[QueryStyle.PARAPHRASE].recall == 0.0
    assert [m.query for m in result.misses] == ["third"]


def test_shipped_queries_parse_with_both_styles() -> None:
    queries = parse_queries(QUERIES.read_text(encoding="utf-8"), str(QUERIES))
    assert len(queries) >= 78
    assert {q.style for q in queries} == set(QueryStyle)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("queries: [", "not valid YAML"),
        ("queries:\n  - {query: hello there, style: vague, expected: []}", "queries.0.style"),
        ("queries:\n  - {query: hello there, style: direct, expected: []}", "queries.0.expected"),
    ],
)
def test_bad_query_files_are_one_clear_error(text: str, fragment: str) -> None:
    with pytest.raises(CoachError) as caught:
        parse_queries(text, "q.yaml")
    assert str(caught.value).startswith("q.yaml") and fragment in str(caught.value)


def test_cli_on_a_subset_of_the_shipped_queries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_dir = tmp_path / "user-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(user_dir))
    monkeypatch.setenv("COACH_EMBEDDINGS", "hashing")
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    subset = tmp_path / "queries.yaml"
    subset.write_text(yaml.safe_dump({"queries": data["queries"][:12]}), encoding="utf-8")

    result = runner.invoke(
        app, ["eval", "retrieval", "--queries", str(subset), "-k", "3", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["k"], report["embeddings"], report["overall"]["queries"]) == (3, "hashing", 12)
    assert 0.0 <= report["overall"]["mrr"] <= report["overall"]["recall"] <= 1.0
    assert set(report["by_style"]) <= {"direct", "paraphrase"}
    assert not user_dir.exists()  # the corpus went into a throwaway store

    text = runner.invoke(app, ["eval", "retrieval", "--queries", str(subset)])
    assert text.exit_code == 0, text.output
    assert "recall@5" in text.output and "MRR@5" in text.output and "direct" in text.output
