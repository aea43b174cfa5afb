"""Who uploaded each guidance file (the UploadOwners port), in the guidance_uploads table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import GuidanceUpload, utc_now


class SqlUploadOwners:
    """The owner of each uploaded file name."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def owner_of(self, file_name: str) -> int | None:
        with self._reading.begin() as db:
            row = db.get(GuidanceUpload, file_name)
            return None if row is None else row.owner_id

    def claim(self, file_name: str, owner_id: int) -> bool:
        """Record ``owner_id`` as the file's owner unless someone else owns it; whether they do."""
        try:
            with self._writing.begin() as db:
                if db.get(GuidanceUpload, file_name) is None:
                    db.add(
                        GuidanceUpload(
                            file_name=file_name, owner_id=owner_id, uploaded_at=self._clock()
                        )
                    )
        except IntegrityError:  # another upload of the same name won the race
            pass
        return self.owner_of(file_name) == owner_id
