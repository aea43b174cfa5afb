"""CoachServices' wiring where processes meet: the guidance store's first use is serialised."""

from __future__ import annotations

import pytest

from coach.backends import file_lock as file_lock_module
from coach.backends.file_lock import file_lock
from coach.services import GUIDANCE_LOCK, CoachServices


def test_the_first_guidance_use_waits_for_another_process_then_opens(
    services: CoachServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_lock_module, "WAIT_S", 0.2)
    with file_lock(services.settings.data_dir / GUIDANCE_LOCK, "another process's ingest"):
        store, notices = services.guidance()
    assert store is None
    assert len(notices) == 1 and "the guidance store" in notices[0]
    store, notices = services.guidance()  # the lock is free: this call opens and ingests
    assert store is not None and store.count() > 0 and notices == []
