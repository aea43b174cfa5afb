"""One Settings object, read from COACH_* environment variables and an optional .env file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import platformdirs
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "gpt-4.1-mini"


class LLMMode(StrEnum):
    AUTO = "auto"
    OPENAI = "openai"
    OFFLINE = "offline"


class EmbeddingBackend(StrEnum):
    """Where guidance embeddings come from."""

    HASHING = "hashing"  # built in, no download
    OPENAI = "openai"  # any OpenAI-compatible /v1/embeddings
    SENTENCE_TRANSFORMERS = "sentence-transformers"  # the optional local-embeddings extra


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("mentor-coach", appauthor=False))


class Settings(BaseSettings):
    """Everything the program can be configured with. Secrets never appear in repr or logs."""

    model_config = SettingsConfigDict(
        env_prefix="COACH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    llm: LLMMode = LLMMode.AUTO
    model: str = DEFAULT_MODEL
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "COACH_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "COACH_OPENAI_BASE_URL")
    )
    request_timeout: float = Field(default=60.0, gt=0, description="Seconds per LLM request.")
    max_retries: int = Field(default=3, ge=0, le=10)
    retry_base_delay: float = Field(default=1.0, ge=0)
    max_retry_delay: float = Field(default=30.0, ge=0)
    temperature: float = Field(default=0.7, ge=0, le=2)
    chroma_url: str | None = Field(
        default=None, description="A Chroma server to use instead of the embedded store."
    )
    transcription_model: str = Field(
        default="whisper-1", description="Speech to text, with word timestamps (voice)."
    )
    speech_model: str = Field(default="gpt-4o-mini-tts", description="Reads replies aloud.")
    speech_voice: str = Field(default="alloy", description="The voice when a persona has none.")
    embeddings: EmbeddingBackend = EmbeddingBackend.HASHING
    embedding_model: str = "text-embedding-3-small"
    setup_token: SecretStr | None = Field(
        default=None, description="The first-admin setup token (set by coach serve)."
    )
    scenarios_dir: Path | None = None
    prompts_dir: Path | None = None

    @property
    def use_llm(self) -> bool:
        """Whether the counterpart is played by an LLM."""
        if self.llm is LLMMode.AUTO:
            return self.openai_api_key is not None or self.openai_base_url is not None
        return self.llm is LLMMode.OPENAI

    @property
    def voice_available(self) -> bool:
        """Whether there is a server to transcribe and speak turns (voice needs one)."""
        return self.use_llm

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'coach.db'}"
