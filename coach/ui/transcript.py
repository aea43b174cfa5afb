"""A conversation drawn as chat messages, for the practice page and the session history."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from coach.models import Speaker
from coach.ui.safe import md

LEARNER_AVATAR = ":material/person:"
COUNTERPART_AVATAR = ":material/support_agent:"
# Speakers are compared by value, not identity: a code reload makes a new Speaker class
# while runs kept in session state still hold members of the old one.


def message(speaker: Speaker, counterpart: str) -> st.delta_generator.DeltaGenerator:
    """A chat message container for one turn (the learner is "You")."""
    learner = speaker == Speaker.LEARNER
    container = st.chat_message(
        speaker_name(speaker, counterpart), avatar=LEARNER_AVATAR if learner else COUNTERPART_AVATAR
    )
    # Avatars alone do not say who spoke; a quiet name line does.
    container.caption(md(speaker_name(speaker, counterpart)))
    return container


def show(turns: Iterable[tuple[Speaker, str]], counterpart: str) -> None:
    """Every turn in order."""
    for speaker, text in turns:
        with message(speaker, counterpart):
            st.markdown(md(text))


def speaker_name(speaker: Speaker, counterpart: str) -> str:
    return "You" if speaker == Speaker.LEARNER else counterpart
