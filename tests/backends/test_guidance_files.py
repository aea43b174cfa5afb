"""Reading guidance files (.md, .txt, .pdf) into chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.backends.guidance_files import load_guidance_file
from coach.backends.splitting import CHUNK_SIZE
from coach.guidance.passages import GuidanceError
from tests.minimal_pdf import write_text_pdf

MARKDOWN = """---
title: Using silence
skills: [active-listening]
attribution: Written for the tests.
---
# Using silence

Why silence matters.

## Counting to five

Count slowly before you speak.

### When it gets awkward

Say "go on" and wait again.
"""


def test_markdown_is_split_along_headings_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "silence.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    chunks = load_guidance_file(path)
    assert [(c.heading, c.text) for c in chunks] == [
        ("Using silence", "Why silence matters."),
        ("Counting to five", "Count slowly before you speak."),
        ("When it gets awkward", 'Say "go on" and wait again.'),
    ]
    assert {(c.source, c.title, c.attribution) for c in chunks} == {
        ("silence.md", "Using silence", "Written for the tests.")
    }
    assert all(c.skills == ["active-listening"] for c in chunks)


def test_long_sections_become_several_chunks_under_one_heading(tmp_path: Path) -> None:
    paragraphs = "\n\n".join(f"Paragraph {i} " + "words " * 60 for i in range(12))
    path = tmp_path / "long.md"
    path.write_text(f"## Long section\n\n{paragraphs}\n", encoding="utf-8")
    chunks = load_guidance_file(path)
    assert len(chunks) > 3
    assert all(c.heading == "Long section" and len(c.text) <= CHUNK_SIZE for c in chunks)
    assert chunks[0].title == "Long"


def test_text_files_use_the_file_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "notes_on-pauses.txt"
    path.write_text("Pauses help people think.\n", encoding="utf-8")
    [only] = load_guidance_file(path)
    assert (only.title, only.heading, only.text) == (
        "Notes on pauses",
        "Notes on pauses",
        "Pauses help people think.",
    )


def test_pdf_pages_become_chunks_with_page_headings(tmp_path: Path) -> None:
    path = write_text_pdf(
        tmp_path / "guide.pdf", ["Silence gives time to think.", "Agree dates."], title="Guide"
    )
    chunks = load_guidance_file(path)
    assert [(c.heading, c.text) for c in chunks] == [
        ("Page 1", "Silence gives time to think."),
        ("Page 2", "Agree dates."),
    ]
    assert chunks[0].title == "Guide"


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("missing.md", None, "no such file"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "not a readable PDF"),
        ("blank.pdf", "blank-pdf", "no extractable text"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("empty.md", b"---\ntitle: Empty\n---\n", "has no text"),
        ("typo.md", b"---\ntitel: Oops\n---\nText\n", "titel"),
    ],
)
def test_unusable_files_raise_one_clear_sentence(
    tmp_path: Path, name: str, content: bytes | str | None, fragment: str
) -> None:
    path = tmp_path / name
    if content == "blank-pdf":
        write_text_pdf(path, [""])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(GuidanceError) as err:
        load_guidance_file(path)
    assert fragment in str(err.value)
    assert name in str(err.value)
