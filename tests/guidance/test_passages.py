"""Guidance models, front matter and stable chunk ids."""

from __future__ import annotations

import pytest

from coach.guidance.passages import (
    FrontMatter,
    GuidanceError,
    Section,
    build_chunks,
    chunk_id,
    split_front_matter,
    title_from_name,
)


def test_front_matter_is_parsed_and_removed_from_the_body() -> None:
    text = "---\ntitle: Silence\nskills: [listening]\nattribution: CC BY\n---\n# Silence\nWait.\n"
    front, body = split_front_matter(text, "silence.md")
    assert front == FrontMatter(title="Silence", skills=["listening"], attribution="CC BY")
    assert body.strip() == "# Silence\nWait."


def test_text_without_front_matter_gets_defaults() -> None:
    front, body = split_front_matter("# Just text\n", "plain.md")
    assert front == FrontMatter()
    assert body == "# Just text\n"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("---\ntitle: x\n# never closed\n", "never ends"),
        ("---\ntitle: [unclosed\n---\n", "not valid YAML"),
        ("---\n- a list\n---\n", "key: value"),
        ("---\ntitel: typo\n---\n", "titel"),
        ("---\nskills: 3\n---\n", "skills"),
    ],
)
def test_bad_front_matter_names_the_file_and_problem(text: str, fragment: str) -> None:
    with pytest.raises(GuidanceError) as err:
        split_front_matter(text, "bad.md")
    assert "bad.md" in str(err.value)
    assert fragment in str(err.value)


def test_chunk_ids_are_stable_and_depend_on_every_part() -> None:
    same = chunk_id("a.md", "Heading", "Text")
    assert same == chunk_id("a.md", "Heading", "Text")
    assert len(same) == 24
    others = {chunk_id("b.md", "Heading", "Text"), chunk_id("a.md", "Other", "Text")}
    others |= {chunk_id("a.md", "Heading", "Text!"), chunk_id("a.mdH", "eading", "Text")}
    assert same not in others and len(others) == 4


def test_build_chunks_uses_front_matter_and_drops_duplicates_and_blanks() -> None:
    front = FrontMatter(title="Listening", skills=["listening"])
    sections = [
        Section(heading="", text="Intro."),
        Section(heading="Pauses", text="Wait."),
        Section(heading="Pauses", text="Wait."),
        Section(heading="Empty", text="  "),
    ]
    chunks = build_chunks("listening.md", "fallback", sections, front)
    assert [(c.heading, c.text) for c in chunks] == [("Listening", "Intro."), ("Pauses", "Wait.")]
    assert all(c.title == "Listening" and c.skills == ["listening"] for c in chunks)


def test_retagging_a_file_changes_its_chunk_ids() -> None:
    sections = [Section(heading="Pauses", text="Wait.")]
    before = build_chunks("a.md", "A", sections, FrontMatter(skills=["x"]))
    after = build_chunks("a.md", "A", sections, FrontMatter(skills=["y"]))
    assert before[0].chunk_id != after[0].chunk_id


def test_title_from_file_name() -> None:
    assert title_from_name("open-questions.md") == "Open questions"
    assert title_from_name("notes_on_silence.txt") == "Notes on silence"
