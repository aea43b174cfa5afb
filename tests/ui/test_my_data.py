"""Data rights in the app: download everything, delete everything, share one transcript."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import app_test

from coach.backends.sql.learner_data import SqlLearnerData
from coach.people.models import Role
from coach.services import CoachServices
from tests.ui_session import (
    DownloadCatcher,
    button,
    create_user,
    ended_session,
    open_page,
    shown,
    sign_in,
    texts,
)

pytestmark = pytest.mark.usefixtures("offline_data_dir")


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> DownloadCatcher:
    catcher = DownloadCatcher()
    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", catcher.storage)
    return catcher


def test_download_holds_own_sessions_and_turns(
    services: CoachServices, downloads: DownloadCatcher
) -> None:
    for name in ("ada", "bob"):
        create_user(services, name)
    mine = ended_session(services, "ada", "What happened, from your side?")
    ended_session(services, "bob", "How did it go?")
    at = open_page(sign_in("ada"), "my_data.py")
    assert not at.exception
    assert "**1 practice session(s)**" in texts(at)
    exported = json.loads(downloads.content(at, "Download my data (JSON)"))
    assert exported["user"]["username"] == "ada"
    assert [s["id"] for s in exported["sessions"]] == [mine]
    assert exported["sessions"][0]["turns"][1]["text"] == "What happened, from your side?"


def test_delete_needs_confirmation_then_removes_only_own_data(services: CoachServices) -> None:
    for name in ("ada", "bob"):
        create_user(services, name)
    ended_session(services, "ada", "What happened?")
    theirs = ended_session(services, "bob", "How did it go?")
    at = open_page(sign_in("ada"), "my_data.py")
    assert button(at, "Delete all my data").disabled
    at.checkbox[0].check().run()
    at = button(at, "Delete all my data").click().run()
    assert "Deleted 1 session(s)" in shown(at.success[0].value)
    ada = services.repository.ensure_user("ada")
    assert services.repository.list_sessions(ada) == []
    assert services.repository.get_session(theirs).turns  # bob's session is untouched


def test_my_sessions_links_the_debrief_and_stores_the_share_toggle(services: CoachServices) -> None:
    create_user(services, "ada")
    trainer = services.accounts.create_user("tia", "a long enough secret", Role.TRAINER)
    cohort = services.cohorts.create_cohort(trainer, "Tia's")
    services.cohorts.add_learner(trainer, cohort.id, "ada")
    ada = services.local_viewer("ada")
    services.cohorts.accept(ada, cohort.id)
    session_id = ended_session(services, "ada", "What happened?")
    at = open_page(sign_in("ada"), "history.py")
    toggle = at.toggle(key=f"share-{session_id}")
    assert toggle.value is False
    toggle.set_value(True).run()
    store = SqlLearnerData(services.repository.engine)
    assert store.readers(ada.id) == {session_id: ["tia"]}
    at.run()
    assert at.toggle(key=f"share-{session_id}").value is True
    assert "Shared with tia" in [shown(c.value) for c in at.caption]
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert ("debrief", f"session={session_id}") in links
