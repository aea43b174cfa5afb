"""The guidance library for trainers: upload documents, ingest them, see and search the store."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from coach.guidance.ingest import GuidanceLoader, IngestReport, Progress, ingest_paths
from coach.guidance.passages import SUPPORTED_SUFFIXES, GuidanceError, Passage
from coach.people.models import Role, Viewer
from coach.people.roles import require_staff
from coach.ports import GuidanceStore, UploadOwners
from coach.resources import shipped_dir

UPLOADS = "guidance-uploads"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

StoreOpener = Callable[[], tuple[GuidanceStore | None, list[str]]]


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder: my notes.md -> my-notes.md."""
    cleaned = _UNSAFE.sub("-", Path(name).name).strip(".-")
    return cleaned or "upload"


class GuidanceLibrary:
    """Trainers' uploads under the data dir, ingested into the guidance store."""

    def __init__(
        self, data_dir: Path, store: StoreOpener, load: GuidanceLoader, owners: UploadOwners
    ) -> None:
        self.uploads = data_dir / UPLOADS
        self._store, self._load, self._owners = store, load, owners

    def save_upload(self, viewer: Viewer, name: str, data: bytes) -> Path:
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
        self._claim(viewer, file_name)
        self.uploads.mkdir(parents=True, exist_ok=True)
        path = self.uploads / file_name
        path.write_bytes(data)
        return path

    def ingest_uploads(
        self, viewer: Viewer, paths: list[Path], progress: Progress | None = None
    ) -> IngestReport:
        """Ingest saved uploads into the store; per-file problems are in the report."""
        require_staff(viewer)
        return ingest_paths(self._open(), self._load, paths, progress)

    def stored_sources(self, viewer: Viewer) -> dict[str, int]:
        """Each source in the store with its number of chunks."""
        require_staff(viewer)
        return dict(sorted(self._open().sources().items()))

    def search(self, viewer: Viewer, query: str, k: int = 5) -> list[Passage]:
        """The passages closest to ``query``, best first."""
        require_staff(viewer)
        if not query.strip():
            return []
        return self._open().search(query.strip(), k=k)

    def is_upload(self, source: str) -> bool:
        """Whether a stored source came from an upload (rather than the shipped corpus)."""
        return (self.uploads / source).exists()

    def _claim(self, viewer: Viewer, file_name: str) -> None:
        """Only the person who first uploaded a name (or an admin) may replace that file."""
        if viewer.role == Role.ADMIN and self._owners.owner_of(file_name) is not None:
            return
        if not self._owners.claim(file_name, viewer.id):
            raise GuidanceError(
                f"{file_name}: another trainer uploaded a file with this name; rename yours."
            )

    def _open(self) -> GuidanceStore:
        store, notices = self._store()
        if store is None:
            raise GuidanceError(" ".join(notices))
        return store
