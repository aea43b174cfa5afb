"""Split guidance text into sections along Markdown headings, then into chunks of bounded size."""

from __future__ import annotations

from collections.abc import Iterable

from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from coach.guidance.passages import Section

HEADER_LEVELS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
# About 150-250 words: one idea per chunk, short enough to quote in a critique.
CHUNK_SIZE = 1200
CHUNK_OVERLAP = 150


def markdown_sections(body: str) -> list[Section]:
    """One section per heading, named by its deepest heading ("" before the first one)."""
    splitter = MarkdownHeaderTextSplitter(HEADER_LEVELS, strip_headers=True)
    sections: list[Section] = []
    for doc in splitter.split_text(body):
        names = [doc.metadata[key] for _, key in HEADER_LEVELS if key in doc.metadata]
        sections.append(Section(heading=names[-1] if names else "", text=doc.page_content))
    return sections


def bounded_sections(
    sections: Iterable[Section], size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP
) -> list[Section]:
    """Sections longer than ``size`` characters cut at paragraph, line or word breaks."""
    splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=overlap)
    result: list[Section] = []
    for section in sections:
        pieces = [section.text] if len(section.text) <= size else splitter.split_text(section.text)
        result.extend(Section(heading=section.heading, text=p) for p in pieces if p.strip())
    return result
