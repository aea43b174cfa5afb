"""Read one guidance file (.md, .txt, .pdf) into chunks ready for the store."""

from __future__ import annotations

from pathlib import Path

from coach.backends.pdf_text import read_pdf_text
from coach.backends.splitting import bounded_sections, markdown_sections
from coach.guidance.passages import (
    SUPPORTED_SUFFIXES,
    GuidanceChunk,
    GuidanceError,
    Section,
    build_chunks,
    split_front_matter,
    title_from_name,
)


def load_guidance_file(path: Path) -> list[GuidanceChunk]:
    """The chunks of ``path``; raises GuidanceError naming the file if it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise GuidanceError(f"{path.name}: unsupported file type; use one of {kinds}.")
    if suffix == ".pdf":
        chunks = _pdf_chunks(path)
    elif suffix == ".txt":
        chunks = _text_chunks(path)
    else:
        chunks = _markdown_chunks(path)
    if not chunks:
        raise GuidanceError(f"{path.name}: the file has no text; add some or leave it out.")
    return chunks


def _markdown_chunks(path: Path) -> list[GuidanceChunk]:
    front, body = split_front_matter(_read_text(path), path.name)
    sections = bounded_sections(markdown_sections(body))
    return build_chunks(path.name, title_from_name(path.name), sections, front)


def _text_chunks(path: Path) -> list[GuidanceChunk]:
    title = title_from_name(path.name)
    sections = bounded_sections([Section(heading=title, text=_read_text(path))])
    return build_chunks(path.name, title, sections)


def _pdf_chunks(path: Path) -> list[GuidanceChunk]:
    pdf = read_pdf_text(path)
    pages = [Section(heading=f"Page {n}", text=t) for n, t in enumerate(pdf.pages, 1)]
    return build_chunks(path.name, pdf.title or title_from_name(path.name), bounded_sections(pages))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GuidanceError(f"{path}: no such file; check the path.") from None
    except IsADirectoryError:
        raise GuidanceError(f"{path}: is a folder; pass the files inside it.") from None
    except UnicodeDecodeError:
        raise GuidanceError(f"{path.name}: not UTF-8 text; save it as UTF-8.") from None
    except OSError as exc:
        raise GuidanceError(f"{path}: cannot read the file ({exc.strerror}).") from None
