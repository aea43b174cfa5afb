"""The debrief's "How you sounded" section, for a conversation with spoken turns."""

from __future__ import annotations

import streamlit as st

from coach.critique.models import DeliveryReport
from coach.ui.debrief_sections import citations
from coach.ui.safe import md
from coach.voice import thresholds as limits


def section(report: DeliveryReport | None) -> None:
    """Pace, fillers, pauses and share of talk, then what to work on with its guidance."""
    if report is None:
        return
    m = report.measures
    st.subheader("How you sounded", anchor="delivery", divider="gray")
    st.caption(
        f"Measured from the word timings of your {m.spoken_turns} spoken turns "
        f"({m.speaking_seconds:.0f} seconds of speech)."
    )
    share_note = "estimated: some replies were not read aloud" if m.share_estimated else ""
    cards = [
        ("Words a minute", f"{m.words_per_minute:.0f}",
         f"Your pace. Comfortable: {limits.SLOW_WPM}-{limits.FAST_WPM}."),
        ("Filler words a minute", f"{m.fillers_per_minute:.1f}",
         f"{m.fillers} in all; a habit above {limits.MAX_FILLERS_PER_MINUTE:g} a minute."),
        ("Long pauses", str(len(m.long_pauses)),
         f"Silences of {limits.LONG_PAUSE_SECONDS:g} s or more inside your turns."),
        ("Your share of talk", f"{m.talk_share:.0%}",
         f"Aim under {m.share_limit:.0%}. {share_note}".strip()),
    ]  # fmt: skip
    for column, (label, value, explanation) in zip(st.columns(4), cards, strict=True):
        with column.container(border=True, height="stretch"):
            st.metric(label, value)
            st.caption(md(explanation))
    if not report.notes:
        st.success("Your delivery gave the conversation room.", icon=":material/graphic_eq:")
    for note in report.notes:
        with st.container(border=True):
            st.markdown(f"**{md(note.title)}**")
            st.markdown(md(note.detail))
            if note.guidance:
                citations(note.guidance)
