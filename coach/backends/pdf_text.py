"""Text of PDF files, page by page, with pypdf."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from coach.guidance.passages import GuidanceError


@dataclass(frozen=True)
class PdfText:
    """What a PDF says: its title (if its metadata has one) and each page's text."""

    title: str | None
    pages: list[str]


def read_pdf_text(path: Path) -> PdfText:
    """The extractable text of ``path``; raises GuidanceError if it cannot be read."""
    try:
        with _quiet_pypdf():
            title, pages = _title_and_pages(PdfReader(path))
    except FileNotDecryptedError:
        raise GuidanceError(
            f"{path.name}: the PDF is password-protected; save a copy without a password."
        ) from None
    except OSError as exc:
        raise GuidanceError(f"{path.name}: cannot read the file ({exc.strerror}).") from None
    except Exception as exc:  # noqa: BLE001  pypdf raises many types on a damaged file
        raise GuidanceError(
            f"{path.name}: not a readable PDF ({type(exc).__name__}); "
            "export it again or convert it to text."
        ) from None
    if not any(p.strip() for p in pages):
        raise GuidanceError(
            f"{path.name}: the PDF has no extractable text (a scan?); "
            "run OCR on it or use a text file."
        )
    return PdfText(title=(title or "").strip() or None, pages=pages)


def _title_and_pages(reader: PdfReader) -> tuple[str | None, list[str]]:
    if reader.is_encrypted:
        reader.decrypt("")  # many "protected" PDFs open with the empty password
    pages = [page.extract_text() or "" for page in reader.pages]
    title = reader.metadata.title if reader.metadata else None
    return title, pages


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    # pypdf logs its own warnings about damaged files; the user gets our one sentence instead.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)
