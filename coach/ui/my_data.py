"""My data: what is kept about the learner, a full JSON download, and deleting it all."""

from __future__ import annotations

import streamlit as st

from coach.people.models import Viewer
from coach.ui import routes, state
from coach.ui.resources import learner_data
from coach.ui.safe import md

CONFIRM = "I understand my sessions, transcripts and debriefs will be deleted for good"


def render() -> None:
    viewer = state.require_viewer()
    st.title("My data")
    if notice := state.pop_notice():
        st.success(md(notice), icon=":material/check_circle:")
    export = learner_data().export(viewer)
    sessions = len(export["sessions"])
    _what_is_kept(sessions, len(learner_data().shared_sessions(viewer)))
    _download(viewer)
    _delete(viewer, sessions)


def _what_is_kept(sessions: int, shared: int) -> None:
    st.markdown(
        f"We keep **{sessions} practice session(s)** for you: every turn you and the counterpart "
        "said, how the counterpart's trust moved, and each debrief."
    )
    st.markdown(
        "Your transcripts are private. A trainer sees the scores and metrics of work they "
        f"assigned, and a transcript only if you share it; you share **{shared}** now."
    )
    routes.link("sessions", "Choose what to share under My sessions")


def _download(viewer: Viewer) -> None:
    st.subheader("Download everything", anchor=False)
    st.caption("Sessions, turns and debriefs as one JSON file you can keep or take elsewhere.")
    st.download_button(
        "Download my data (JSON)",
        learner_data().export_json(viewer),
        file_name=f"coach-data-{viewer.username}.json",
        mime="application/json",
        icon=":material/download:",
        on_click="ignore",
    )


def _delete(viewer: Viewer, sessions: int) -> None:
    st.subheader("Delete everything", anchor=False)
    st.caption(
        "Removes all your sessions, transcripts and debriefs. Your account stays, so you "
        "can sign in and start afresh. This cannot be undone."
    )
    confirmed = st.checkbox(CONFIRM, key="confirm-delete", disabled=sessions == 0)
    pressed = st.button(
        "Delete all my data",
        type="primary",
        icon=":material/delete_forever:",
        disabled=not confirmed or sessions == 0,
    )
    if pressed and confirmed:
        removed = learner_data().delete_all(viewer)
        state.set_run(None)
        state.notify(f"Deleted {removed} session(s) with their transcripts and debriefs.")
        st.rerun()


if __name__ == "__main__":
    render()
