"""Choose the text embedder the settings ask for."""

from __future__ import annotations

from coach.guidance.embedder import HashingEmbedder
from coach.ports import TextEmbedder
from coach.settings import EmbeddingBackend, Settings

# The settings default names an OpenAI model; sentence-transformers needs one of its own.
DEFAULT_LOCAL_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def embedder_from_settings(settings: Settings) -> TextEmbedder:
    """``hashing`` (default, offline), ``openai`` (any compatible server) or
    ``sentence-transformers`` (optional extra)."""
    if settings.embeddings is EmbeddingBackend.OPENAI:
        from coach.backends.openai.embeddings import openai_embedder

        return openai_embedder(settings)
    if settings.embeddings is EmbeddingBackend.SENTENCE_TRANSFORMERS:
        from coach.backends.local_embeddings import SentenceTransformerEmbedder

        model = settings.embedding_model
        if model.startswith("text-embedding-"):
            model = DEFAULT_LOCAL_MODEL
        return SentenceTransformerEmbedder(model)
    return HashingEmbedder()
