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
BOB = Viewer(id=3, username="bob", role=Role.TRAINER)
ROOT = Viewer(id=4, username="root", role=Role.ADMIN)
NOTE = b"# Silence\n\nLeave a pause of several seconds after a hard question; people fill it.\n"


@pytest.fixture
def library(tmp_path: Path) -> GuidanceLibrary:
    services = CoachServices(Settings(data_dir=tmp_path, llm="offline"))
    for viewer in (ANN, LIN, BOB, ROOT):  # created in id order, so the ids above hold
        services.accounts.create_user(viewer.username, "a long enough secret", viewer.role)
    return services.guidance_library


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


def test_an_upload_can_be_replaced_only_by_its_owner_or_an_admin(library: GuidanceLibrary) -> None:
    path = library.save_upload(ANN, "pauses.md", NOTE)
    with pytest.raises(GuidanceError, match="another trainer uploaded"):
        library.save_upload(BOB, "pauses.md", b"# Hijacked\n\nSomething else entirely, mind.\n")
    assert path.read_bytes() == NOTE
    library.save_upload(ANN, "pauses.md", NOTE + b"\nA second paragraph.\n")  # the owner may
    library.save_upload(ROOT, "pauses.md", NOTE)  # and so may an admin
    assert path.read_bytes() == NOTE
