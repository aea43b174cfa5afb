"""Trainers' guidance uploads: safe names, refused files, ingest with progress, search, roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.guidance.library import GuidanceLibrary, safe_name
from coach.guidance.passages import GuidanceError
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.services import CoachServices
from coach.settings import Settings

ANN = Viewer(id=1, username="ann", role=Role.TRAINER)
LIN = Viewer(id=2, username="lin", role=Role.LEARNER)
NOTE = b"# Silence\n\nLeave a pause of several seconds after a hard question; people fill it.\n"


@pytest.fixture
def library(tmp_path: Path) -> GuidanceLibrary:
    return CoachServices(Settings(data_dir=tmp_path, llm="offline")).guidance_library


def test_safe_name_stays_in_the_folder() -> None:
    assert safe_name("../../etc/my notes.md") == "my-notes.md"
    assert safe_name("...") == "upload"


def test_refused_uploads(library: GuidanceLibrary) -> None:
    with pytest.raises(GuidanceError, match="unsupported file type"):
        library.save_upload(ANN, "slides.pptx", b"x")
    with pytest.raises(GuidanceError, match="shipped guidance file"):
        library.save_upload(ANN, "active-listening.md", NOTE)
    with pytest.raises(AccessError):
        library.save_upload(LIN, "pauses.md", NOTE)


def test_upload_ingest_list_and_search(library: GuidanceLibrary) -> None:
    path = library.save_upload(ANN, "using pauses.md", NOTE)
    calls: list[tuple[int, int, str]] = []
    report = library.ingest_uploads(ANN, [path], lambda *a: calls.append(a))
    assert report.ok and report.added == 1
    assert calls == [(1, 1, "using-pauses.md")]
    sources = library.stored_sources(ANN)
    assert sources["using-pauses.md"] == 1 and library.is_upload("using-pauses.md")
    hits = library.search(ANN, "pause after a hard question", k=3)
    assert "using-pauses.md" in [h.source for h in hits]
    with pytest.raises(AccessError):
        library.stored_sources(LIN)
