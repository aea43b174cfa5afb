"""Guidance passages the critique cites: models, Markdown front matter, stable chunk ids.

Pure: no file or network access. Backends read files and split them; this module turns
what they found into validated chunks and defines the store the core searches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coach.errors import CoachError
from coach.inputs import load_yaml
from coach.validation import first_error

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".pdf")
CHUNK_ID_LENGTH = 24  # hex characters of sha256: 96 bits, no collisions at corpus scale


class GuidanceError(CoachError):
    """A guidance file cannot be read or is invalid."""


class FrontMatter(BaseModel):
    """The YAML block at the top of a guidance Markdown file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = Field(default=None, min_length=1)
    skills: list[str] = Field(default_factory=list)
    attribution: str | None = None


class Section(BaseModel):
    """A piece of a document under one heading, before it becomes a chunk."""

    heading: str
    text: str


class GuidanceChunk(BaseModel):
    """One stored piece of guidance, small enough to quote in a critique."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    chunk_id: str
    source: str = Field(description="File name the chunk came from.")
    title: str
    heading: str
    skills: list[str] = Field(default_factory=list)
    text: str
    attribution: str | None = None


class Passage(GuidanceChunk):
    """A chunk returned by a search, with its similarity to the query (higher is closer)."""

    score: float


def split_front_matter(text: str, source: str) -> tuple[FrontMatter, str]:
    """Separate a leading ``---`` YAML block from the Markdown body; none means defaults."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if end is None:
        raise GuidanceError(f"{source}: front matter starts with --- but never ends; close it.")
    return _front_matter(_yaml_mapping("\n".join(lines[1:end]), source), source), "\n".join(
        lines[end + 1 :]
    )


def chunk_id(source: str, heading: str, text: str, *extra: str) -> str:
    """A stable id from content, so ingesting the same text twice stores it once."""
    digest = hashlib.sha256()
    for part in (source, heading, text, *extra):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")  # separator: ("ab", "c") and ("a", "bc") must differ
    return digest.hexdigest()[:CHUNK_ID_LENGTH]


def build_chunks(
    source: str, title: str, sections: Sequence[Section], front: FrontMatter | None = None
) -> list[GuidanceChunk]:
    """Chunks for a document's sections; duplicates within the document are kept once."""
    front = front or FrontMatter()
    title = front.title or title
    # Front matter is part of the id so that retagging a file replaces its chunks.
    tags = (title, ",".join(front.skills), front.attribution or "")
    chunks: dict[str, GuidanceChunk] = {}
    for section in sections:
        text = section.text.strip()
        if not text:
            continue
        heading = section.heading.strip() or title
        cid = chunk_id(source, heading, text, *tags)
        chunks.setdefault(cid, _chunk(cid, source, title, heading, text, front))
    return list(chunks.values())


def embedding_text(chunk: GuidanceChunk) -> str:
    """What is embedded for a chunk: its text after its title and heading.

    The heading is written twice because it states the section's point in a few words,
    which is what a search most often matches.
    """
    return embedding_text_of(chunk.title, chunk.heading, chunk.text)


def embedding_text_of(title: str, heading: str, text: str) -> str:
    """``embedding_text`` from a chunk's parts (a search result's, say)."""
    return f"{heading}. {title}. {heading}.\n{text}"


def title_from_name(file_name: str) -> str:
    """A readable title from a file name: ``open-questions.md`` -> ``Open questions``."""
    stem = file_name.rsplit(".", 1)[0].replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else file_name


def _chunk(
    cid: str, source: str, title: str, heading: str, text: str, front: FrontMatter
) -> GuidanceChunk:
    return GuidanceChunk(
        chunk_id=cid,
        source=source,
        title=title,
        heading=heading,
        skills=list(front.skills),
        text=text,
        attribution=front.attribution,
    )


def _yaml_mapping(block: str, source: str) -> dict[str, object]:
    try:
        data = load_yaml(block)
    except yaml.YAMLError:
        raise GuidanceError(f"{source}: front matter is not valid YAML; fix it.") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise GuidanceError(f"{source}: front matter must be key: value lines; fix it.")
    return data


def _front_matter(data: dict[str, object], source: str) -> FrontMatter:
    try:
        return FrontMatter.model_validate(data)
    except ValidationError as exc:
        where, message = first_error(exc, top="front matter")
        raise GuidanceError(f"{source}: front matter {where}: {message}.") from None
