"""Guidance library for trainers: upload documents, see what the store holds, search it."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from coach.guidance.ingest import IngestReport
from coach.guidance.library import MAX_UPLOAD_BYTES
from coach.people.models import Viewer
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, require_role

KINDS = ["md", "markdown", "txt", "pdf"]


def render() -> None:
    viewer = require_role()
    st.title("Guidance library")
    st.caption(
        "The passages critiques cite. Add your own Markdown, text or PDF documents; "
        "they are split into passages and searchable at once."
    )
    _upload(viewer)
    _contents(viewer)
    _search(viewer)


def _upload(viewer: Viewer) -> None:
    with st.form("upload-guidance", clear_on_submit=True):
        files = st.file_uploader(
            "Documents",
            type=KINDS,
            accept_multiple_files=True,
            max_upload_size=MAX_UPLOAD_BYTES // (1024 * 1024),
            help="Markdown may start with front matter (title, skills, attribution).",
        )
        submitted = st.form_submit_button("Add to the library", icon=":material/upload:")
    if submitted and not files:
        st.warning("Choose one or more files first.", icon=":material/warning:")
    elif submitted:
        paths = _save_all(viewer, files)
        if paths:
            _ingest(viewer, paths)


def _save_all(viewer: Viewer, files: list[UploadedFile]) -> list[Path]:
    """Keep each upload under the data dir; a refused file is reported and left out."""
    found = (_save_one(viewer, upload) for upload in files)
    return [path for path in found if path is not None]


def _save_one(viewer: Viewer, upload: UploadedFile) -> Path | None:
    data = upload.getvalue()
    return attempt(lambda: coach_services().guidance_library.save_upload(viewer, upload.name, data))


def _ingest(viewer: Viewer, paths: list[Path]) -> None:
    bar = st.progress(0.0, text="Reading documents…")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"Ingested {name} ({done} of {total})")

    report = attempt(
        lambda: coach_services().guidance_library.ingest_uploads(viewer, paths, progress)
    )
    bar.empty()
    if report is not None:
        _report(report)


def _report(report: IngestReport) -> None:
    (st.warning if report.errors else st.success)(report.summary())
    for error in report.errors:
        st.error(md(error.message), icon=":material/error:")


def _contents(viewer: Viewer) -> None:
    st.subheader("In the library", anchor=False)
    sources = attempt(lambda: coach_services().guidance_library.stored_sources(viewer))
    if sources is None:
        return
    services = coach_services()
    st.caption(f"{len(sources)} documents · {sum(sources.values())} passages · uploads first")
    st.dataframe(
        [
            {
                "Document": name,
                "Passages": count,
                "Origin": "uploaded" if services.guidance_library.is_upload(name) else "shipped",
            }
            for name, count in sorted(
                sources.items(),
                key=lambda item: (not services.guidance_library.is_upload(item[0]), item[0]),
            )
        ],
        hide_index=True,
        height=min(38 + 35 * len(sources), 320),
    )


def _search(viewer: Viewer) -> None:
    st.subheader("Search", anchor=False)
    query = st.text_input("Search the guidance", placeholder="e.g. how to reflect feelings")
    if not query.strip():
        return
    passages = attempt(lambda: coach_services().guidance_library.search(viewer, query))
    if not passages:
        st.info("Nothing matches; try other words.", icon=":material/search_off:")
        return
    for passage in passages:
        with st.container(border=True):
            st.markdown(f"**{md(passage.title)}** · {md(passage.heading)}")
            st.caption(f"{md(passage.source)} · similarity {passage.score:.2f}")
            st.markdown(md(passage.text))


if __name__ == "__main__":
    render()
