"""The exact second look at a search's candidates: rarity weights and cosine order."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.guidance.embedder import features
from coach.guidance.rerank import (
    POOL,
    FeatureRarity,
    FeatureReranker,
    guidance_sections,
    shipped_reranker,
)

SECTIONS = [
    "Mentoring conversations need listening. Silence gives the mentee time.",
    "Mentoring conversations need questions. Ask what and how.",
    "Mentoring conversations need feedback. Name the behaviour and its effect.",
]


def test_a_feature_every_section_has_weighs_less_than_a_rare_one() -> None:
    rarity = FeatureRarity(SECTIONS)
    [common], [rare], [unseen] = (
        features(word)[:1] for word in ("conversations", "silence", "zebra")
    )
    assert rarity.weight(common) < rarity.weight(rare) < rarity.weight(unseen)


def test_candidates_are_scored_by_the_words_that_tell_them_apart() -> None:
    reranker = FeatureReranker(FeatureRarity(SECTIONS))
    silence, questions, _ = reranker.scores("mentoring conversations and silence", SECTIONS)
    assert silence > questions > 0
    assert reranker.scores("", SECTIONS) == [0.0, 0.0, 0.0]


def test_the_pool_is_wider_than_the_results_asked_for() -> None:
    reranker = FeatureReranker(FeatureRarity(SECTIONS))
    assert reranker.pool(1) == POOL
    assert reranker.pool(20) == 200


def test_sections_are_read_from_markdown_without_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Listening\n---\n# Listening\n\n## Silence\nWait.\n\n## Echo\nSay it back.\n",
        encoding="utf-8",
    )
    sections = guidance_sections(tmp_path)
    assert sections == ["# Listening", "Silence\nWait.", "Echo\nSay it back."]


def test_the_shipped_reranker_knows_the_shipped_guidance() -> None:
    reranker = shipped_reranker()
    assert reranker is shipped_reranker()  # read once per process
    [score] = reranker.scores("reflect feelings", ["reflect feelings"])
    assert score == pytest.approx(1.0)
