"""Shared AppTest steps for the learner's pages: an isolated app, users, signing in."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from coach.models import Mode
from coach.services import CoachServices

APP = Path(__file__).resolve().parents[1] / "app.py"
PASSWORD = "a long enough secret"
SCENARIO = "giving-feedback"


def create_user(services: CoachServices, name: str) -> int:
    return services.accounts.create_user(name, PASSWORD).id


def signed_in(services: CoachServices, name: str = "ada") -> AppTest:
    """The app with ``name`` (created now) signed in, on the library."""
    create_user(services, name)
    return sign_in(name)


def sign_in(name: str) -> AppTest:
    """The app with the existing user ``name`` signed in, on the library."""
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    fields = {field.label: field for field in at.text_input}
    fields["Username"].input(name)
    fields["Password"].input(PASSWORD)
    return button(at, "Sign in").click().run()


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def shown(markdown: str) -> str:
    """What a reader sees of Markdown source that escapes people's words (coach.ui.safe)."""
    unescaped = re.sub(r"\\(.)", r"\1", markdown).replace("\u200b", "")
    return unescaped.replace("  \n", "\n")


def texts(at: AppTest) -> str:
    return "\n".join(shown(m.value) for m in at.markdown)


def open_page(at: AppTest, script: str, session_id: int | None = None) -> AppTest:
    """Switch to ``coach/ui/<script>``, with ``?session=ID`` when given."""
    at.query_params.clear()
    if session_id is not None:
        at.query_params["session"] = str(session_id)
    return at.switch_page(f"coach/ui/{script}").run()


def ended_session(services: CoachServices, name: str, *lines: str) -> int:
    """A stored, ended offline session of ``name`` in which they said ``lines``."""
    viewer = services.local_viewer(name)
    run = services.practice.start(viewer, SCENARIO, mode=Mode.OFFLINE, seed=7)
    for line in lines:
        list(run.say(line))
    return services.practice.end(viewer, run.session_id).id


def chart_values(at: AppTest) -> list[list[dict[str, Any]]]:
    """The inline data rows of each Altair chart on the page, one list per chart."""
    return [_rows(chart.proto) for chart in at.get("vega_lite_chart")]


def _rows(proto: Any) -> list[dict[str, Any]]:
    # Streamlit moves a chart's top-level data out of the spec into Arrow bytes.
    arrow = [proto.data.data] if proto.HasField("data") else []
    arrow += [dataset.data.data for dataset in proto.datasets]
    tables = [pa.ipc.open_stream(data).read_all().to_pylist() for data in arrow if data]
    return [*(row for table in tables for row in table), *_values(json.loads(proto.spec))]


def _values(spec: Any) -> list[dict[str, Any]]:
    if isinstance(spec, dict):
        rows = spec.get("values") if isinstance(spec.get("values"), list) else []
        return [*rows, *(row for v in spec.values() for row in _values(v))]
    if isinstance(spec, list):
        return [row for item in spec for row in _values(item)]
    return []


class DownloadCatcher:
    """Keeps the in-memory media stores AppTest makes, so a test can read what it offers."""

    def __init__(self) -> None:
        self.stores: list[MemoryMediaFileStorage] = []

    def storage(self, endpoint: str) -> MemoryMediaFileStorage:
        store = MemoryMediaFileStorage(endpoint)
        self.stores.append(store)
        return store

    def content(self, at: AppTest, label: str) -> bytes:
        """The bytes behind the download button labelled ``label``."""
        button = next(b for b in at.get("download_button") if b.proto.label == label)
        name = button.proto.url.rsplit("/", 1)[-1]
        for store in reversed(self.stores):
            try:
                return bytes(store.get_file(name).content)
            except MediaFileStorageError:
                continue
        raise AssertionError(f"no stored file behind {label!r}")
