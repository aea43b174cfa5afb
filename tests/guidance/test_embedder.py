"""The hashing embedder: unit vectors whose cosine reflects shared, weighted vocabulary."""

from __future__ import annotations

import numpy as np
import pytest

from coach.guidance.embedder import DEFAULT_DIMENSIONS, HashingEmbedder, features, weighted_features


@pytest.fixture(scope="module")
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


def cosine(embedder: HashingEmbedder, a: str, b: str) -> float:
    return float(embedder.vector(a) @ embedder.vector(b))


def test_vectors_are_unit_length_and_deterministic(embedder: HashingEmbedder) -> None:
    text = "Reflect the feeling before you ask another question."
    first = np.array(embedder.embed_query(text))
    again = np.array(HashingEmbedder().embed_documents([text])[0])
    assert first.shape == (DEFAULT_DIMENSIONS,)
    assert np.linalg.norm(first) == pytest.approx(1.0, abs=1e-5)
    assert np.array_equal(first, again)


def test_text_without_content_words_gives_a_zero_vector(embedder: HashingEmbedder) -> None:
    vector = embedder.vector("and then, if it is so...")
    assert not np.isnan(vector).any()
    assert float(np.abs(vector).sum()) == 0.0


def test_name_identifies_version_and_dimensions() -> None:
    assert HashingEmbedder(1024).name.startswith("hashing-v")
    assert HashingEmbedder(1024).name.endswith("-1024")
    assert HashingEmbedder(1024).name != HashingEmbedder(2048).name


def test_too_few_dimensions_are_refused() -> None:
    with pytest.raises(ValueError):
        HashingEmbedder(8)


def test_word_forms_meet_through_stemming(embedder: HashingEmbedder) -> None:
    related = cosine(embedder, "reflecting her feelings", "a reflection of feeling")
    unrelated = cosine(embedder, "reflecting her feelings", "a deadline for the report")
    assert related > 0.4
    assert related > unrelated + 0.3


def test_british_and_american_spellings_meet(embedder: HashingEmbedder) -> None:
    assert cosine(embedder, "summarise the behaviour", "summarize the behavior") > 0.9


@pytest.mark.parametrize(
    ("word", "synonym", "stranger"),
    [
        ("paraphrase", "reflect", "deadline"),
        ("apologise", "sorry", "career"),
        ("deadline", "commitment", "silence"),
        ("yes/no question", "closed question", "open question"),
    ],
)
def test_domain_synonyms_share_a_dimension(
    embedder: HashingEmbedder, word: str, synonym: str, stranger: str
) -> None:
    assert cosine(embedder, word, synonym) > cosine(embedder, word, stranger) + 0.1


def test_features_include_stems_pairs_concepts_and_character_grams() -> None:
    found = set(features("Open questions help"))
    assert {"w:open", "w:quest", "b:open_quest", "s:open"} <= found
    assert any(f.startswith("c:") for f in found)


def test_repeated_words_count_sublinearly() -> None:
    once = weighted_features("silence")["w:silenc"]
    four_times = weighted_features("silence silence silence silence")["w:silenc"]
    assert once < four_times < 4 * once


def test_stopwords_and_ubiquitous_domain_words_are_ignored() -> None:
    found = features("The mentor and the mentee")
    assert found == []


def test_vector_is_the_hashed_sum_of_weighted_features(embedder: HashingEmbedder) -> None:
    # The fast path (cached slots, tabled count weights) must match the plain definition,
    # or stores built before and after would disagree.
    import zlib

    text = "Listen, listen and listen again: reflect feelings; reflected feelings help."
    expected = np.zeros(embedder.dimensions, dtype=np.float64)
    for feature, weight in weighted_features(text).items():
        h = zlib.crc32(feature.encode("utf-8"))
        expected[h % embedder.dimensions] += weight * (1.0 if (h >> 31) & 1 else -1.0)
    expected = expected.astype(np.float32)
    expected /= np.linalg.norm(expected)
    assert np.allclose(embedder.vector(text), expected, atol=1e-7)
    assert np.array_equal(embedder.vector(text), HashingEmbedder().vector(text))
