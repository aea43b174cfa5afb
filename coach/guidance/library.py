"""The guidance library for trainers: upload documents, ingest them, see and search the store."""

from __future__ import annotations

import re
from pathlib import Path

from coach.guidance.ingest import IngestReport, Progress, ingest_paths
from coach.guidance.passages import SUPPORTED_SUFFIXES, GuidanceError, Passage
from coach.people.models import Viewer
from coach.people.roles import require_staff
from coach.resources import shipped_dir
from coach.services import CoachServices

UPLOADS = "guidance-uploads"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def uploads_dir(services: CoachServices) -> Path:
    """Where uploaded guidance files are kept, under the data dir."""
    return services.settings.data_dir / UPLOADS


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder: my notes.md -> my-notes.md."""
    cleaned = _UNSAFE.sub("-", Path(name).name).strip(".-")
    return cleaned or "upload"


def save_upload(viewer: Viewer, services: CoachServices, name: str, data: bytes) -> Path:
    """Keep an uploaded file under the data dir; GuidanceError if it cannot be used."""
    require_staff(viewer)
    file_name = safe_name(name)
    if Path(file_name).suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise GuidanceError(f"{name}: unsupported file type; upload one of {kinds}.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise GuidanceError(f"{name}: larger than 20 MB; split it into smaller files.")
    if (shipped_dir("guidance") / file_name).exists():
        raise GuidanceError(f"{name}: a shipped guidance file has this name; rename yours.")
    folder = uploads_dir(services)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_bytes(data)
    return path


def ingest_uploads(
    viewer: Viewer, services: CoachServices, paths: list[Path], progress: Progress | None = None
) -> IngestReport:
    """Ingest saved uploads into the store; per-file problems are in the report."""
    require_staff(viewer)
    from coach.backends.guidance_files import load_guidance_file

    with services.guidance() as (store, notices):
        if store is None:
            raise GuidanceError(" ".join(notices))
        return ingest_paths(store, load_guidance_file, paths, progress)


def stored_sources(viewer: Viewer, services: CoachServices) -> dict[str, int]:
    """Each source in the store with its number of chunks."""
    require_staff(viewer)
    with services.guidance() as (store, notices):
        if store is None:
            raise GuidanceError(" ".join(notices))
        return dict(sorted(store.sources().items()))


def search_guidance(
    viewer: Viewer, services: CoachServices, query: str, k: int = 5
) -> list[Passage]:
    """The passages closest to ``query``, best first."""
    require_staff(viewer)
    if not query.strip():
        return []
    with services.guidance() as (store, notices):
        if store is None:
            raise GuidanceError(" ".join(notices))
        return store.search(query.strip(), k=k)


def is_upload(services: CoachServices, source: str) -> bool:
    """Whether a stored source came from an upload (rather than the shipped corpus)."""
    return (uploads_dir(services) / source).exists()
