"""Embeddings from an OpenAI-compatible ``/v1/embeddings`` endpoint (OpenAI, Ollama, vLLM...)."""

from __future__ import annotations

from collections.abc import Sequence

import openai

from coach.errors import CoachError
from coach.settings import Settings

BATCH_SIZE = 128  # inputs per request: well under every provider's limit


class OpenAIEmbedder:
    """A TextEmbedder that calls ``client.embeddings.create`` in batches."""

    def __init__(self, client: openai.OpenAI, model: str) -> None:
        self.client = client
        self.model = model

    @property
    def name(self) -> str:
        return f"openai:{self.model}"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), BATCH_SIZE):
            vectors.extend(self._embed(list(texts[start : start + BATCH_SIZE])))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0]

    def _embed(self, batch: list[str]) -> list[list[float]]:
        try:
            # "float" explicitly: the SDK otherwise asks for base64, which not all servers speak.
            response = self.client.embeddings.create(
                model=self.model, input=batch, encoding_format="float"
            )
        except openai.APIConnectionError:
            raise CoachError(
                f"Cannot reach the embeddings server at {self.client.base_url}; start it or set "
                "COACH_EMBEDDINGS=hashing."
            ) from None
        except openai.APIStatusError as exc:
            raise CoachError(
                f"The embeddings server refused model {self.model!r} (HTTP {exc.status_code}); "
                "check COACH_EMBEDDING_MODEL and your API key."
            ) from None
        ordered = sorted(response.data, key=lambda item: item.index)
        return [list(item.embedding) for item in ordered]


def openai_embedder(settings: Settings) -> OpenAIEmbedder:
    """An OpenAIEmbedder configured from settings (key, base URL, model, timeout, retries)."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if key is None and settings.openai_base_url is None:
        raise CoachError(
            "COACH_EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL; set one or use "
            "COACH_EMBEDDINGS=hashing."
        )
    client = openai.OpenAI(
        api_key=key or "not-needed",  # local servers such as Ollama ignore the key
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )
    return OpenAIEmbedder(client, settings.embedding_model)
