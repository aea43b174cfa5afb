"""Settings for admins: the LLM connection and its qualification, embeddings, data retention,
database and store."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from coach.models import Mode
from coach.people import admin
from coach.people.models import Role, Viewer
from coach.settings import Settings
from coach.ui import frame, qualify_admin
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, require_role, show_notice

PROCESS_ONLY = (
    "Changes here apply to this server process until it restarts. To keep them, set "
    "`OPENAI_BASE_URL` and `COACH_MODEL` in the server's environment or `.env` file."
)


def render() -> None:
    viewer = require_role(Role.ADMIN)
    settings = coach_services().settings
    st.title("Settings")
    st.caption("How this server talks to the language model, keeps data and stores guidance.")
    show_notice()
    _connection(viewer, settings)
    qualify_admin.section(viewer)
    _embeddings(settings)
    _retention(viewer)
    _status(viewer)


def _connection(viewer: Viewer, settings: Settings) -> None:
    st.subheader("Language model", anchor=False)
    mode = Mode.LLM if settings.use_llm else Mode.OFFLINE
    key = "set" if settings.openai_api_key else "not set"
    st.markdown(
        f"New sessions run in **{frame.mode_label(mode)}** mode (COACH_LLM={settings.llm.value}). "
        f"API key: **{key}** (never shown; set OPENAI_API_KEY on the server)."
    )
    if settings.llm.value == "offline":
        st.caption("COACH_LLM=offline keeps the built-in engine even when a connection is set.")
    with st.form("llm-connection", border=True):
        base_url = st.text_input(
            "Base URL",
            value=settings.openai_base_url or "",
            placeholder="empty for api.openai.com, or e.g. http://localhost:11434/v1",
        )
        model = st.text_input("Model", value=settings.model)
        row = st.container(horizontal=True)
        test = row.form_submit_button("Test connection", icon=":material/network_check:")
        apply = row.form_submit_button("Apply to this server", type="primary")
        st.caption(PROCESS_ONLY)
    if test:
        _test(viewer, settings, base_url, model)
    if (
        apply
        and attempt(lambda: coach_services().admin.apply_connection(viewer, base_url, model))
        is None
    ):
        st.toast("Connection applied to this server process.", icon=":material/check:")
        st.rerun()


def _test(viewer: Viewer, settings: Settings, base_url: str, model: str) -> None:
    with st.spinner("Sending one short request…"):
        answer = attempt(lambda: coach_services().admin.check_connection(viewer, base_url, model))
    if answer is not None:
        st.success(f"Connected. The model replied: “{md(answer)}”", icon=":material/check_circle:")


def _embeddings(settings: Settings) -> None:
    st.subheader("Embeddings", anchor=False)
    st.markdown(f"Guidance is embedded with **{admin.embedder_label(settings)}**.")
    st.caption(
        "Set with COACH_EMBEDDINGS (hashing, openai or sentence-transformers) and "
        "COACH_EMBEDDING_MODEL; changing it needs `coach ingest --rebuild guidance/`."
    )


def _retention(viewer: Viewer) -> None:
    st.subheader("Data retention", anchor=False)
    with st.form("retention", border=True):
        days = st.number_input(
            "Delete practice sessions started more than this many days ago",
            min_value=1,
            value=365,
            step=30,
        )
        sure = st.checkbox(
            "I understand: their transcripts, critiques and scores are deleted for good."
        )
        delete = st.form_submit_button("Delete old transcripts", icon=":material/delete:")
    if delete and not sure:
        st.warning("Tick the confirmation first.", icon=":material/warning:")
    elif delete:
        now = datetime.now(UTC)
        removed = attempt(
            lambda: coach_services().admin.delete_old_transcripts(viewer, int(days), now)
        )
        if removed is not None:
            st.success(f"Deleted {removed} session(s) older than {int(days)} days.")


def _status(viewer: Viewer) -> None:
    st.subheader("Status", anchor=False)
    database = attempt(lambda: coach_services().admin.database_status(viewer))
    store = attempt(lambda: coach_services().admin.store_status(viewer))
    left, right = st.columns(2, gap="large")
    with left, st.container(border=True):
        st.markdown("**Database**")
        if database is not None:
            st.code(database.url, language=None, wrap_lines=True)
            st.dataframe(
                [{"Table": name, "Rows": count} for name, count in database.counts.items()],
                hide_index=True,
            )
    with right, st.container(border=True):
        st.markdown("**Guidance store**")
        if store is not None:
            st.metric("Passages", store.chunks)
            st.metric("Documents", store.sources)
            st.caption(f"Embedder: {md(store.embedder)}")
            if store.problem:
                st.error(md(store.problem))


if __name__ == "__main__":
    render()
