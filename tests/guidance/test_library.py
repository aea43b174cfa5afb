"""Trainers' guidance uploads: safe names, refused files, ingest with progress, search, roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.guidance.library import (
    ingest_uploads,
    is_upload,
    safe_name,
    save_upload,
    search_guidance,
    stored_sources,
)
from coach.guidance.passages import GuidanceError
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.services import CoachServices
from coach.settings import Settings

ANN = Viewer(id=1, username="ann", role=Role.TRAINER)
LIN = Viewer(id=2, username="lin", role=Role.LEARNER)
NOTE = b"# Silence\n\nLeave a pause of several seconds after a hard question; people fill it.\n"


@pytest.fixture
def services(tmp_path: Path) -> CoachServices:
    return CoachServices(Settings(data_dir=tmp_path, llm="offline"))


def test_safe_name_stays_in_the_folder() -> None:
    assert safe_name("../../etc/my notes.md") == "my-notes.md"
    assert safe_name("...") == "upload"


def test_refused_uploads(services: CoachServices) -> None:
    with pytest.raises(GuidanceError, match="unsupported file type"):
        save_upload(ANN, services, "slides.pptx", b"x")
    with pytest.raises(GuidanceError, match="shipped guidance file"):
        save_upload(ANN, services, "active-listening.md", NOTE)
    with pytest.raises(AccessError):
        save_upload(LIN, services, "pauses.md", NOTE)


def test_upload_ingest_list_and_search(services: CoachServices) -> None:
    path = save_upload(ANN, services, "using pauses.md", NOTE)
    calls: list[tuple[int, int, str]] = []
    report = ingest_uploads(ANN, services, [path], lambda *a: calls.append(a))
    assert report.ok and report.added == 1
    assert calls == [(1, 1, "using-pauses.md")]
    sources = stored_sources(ANN, services)
    assert sources["using-pauses.md"] == 1 and is_upload(services, "using-pauses.md")
    hits = search_guidance(ANN, services, "pause after a hard question", k=3)
    assert "using-pauses.md" in [h.source for h in hits]
    with pytest.raises(AccessError):
        stored_sources(LIN, services)
