"""sentence-transformers is optional: without it, a clear sentence says how to install it."""

from __future__ import annotations

import importlib.util

import pytest

from coach.backends.local_embeddings import INSTALL_HINT, SentenceTransformerEmbedder
from coach.errors import CoachError

installed = importlib.util.find_spec("sentence_transformers") is not None


@pytest.mark.skipif(installed, reason="sentence-transformers is installed")
def test_missing_extra_is_reported_with_the_install_command() -> None:
    with pytest.raises(CoachError) as err:
        SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    assert INSTALL_HINT in str(err.value)
    assert "COACH_EMBEDDINGS=hashing" in str(err.value)
