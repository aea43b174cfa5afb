"""Form widgets whose values live in the session under one prefix, seeded from a saved form.

Streamlit forgets a widget's value when its page is not drawn, so the studio keeps the whole
form as data (state.studio_form) and seeds each widget from it when the widget is missing:
a draft survives trying it out, visiting another page, or adding and removing rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import streamlit as st

PREFIX = "sf-"
T = TypeVar("T")


def forget_all() -> None:
    """Drop every form widget's value so the next run seeds them from the saved form."""
    for key in [k for k in st.session_state if str(k).startswith(PREFIX)]:
        del st.session_state[key]


def _seed(key: str, value: Any) -> str:
    full = PREFIX + key
    if full not in st.session_state:
        st.session_state[full] = value
    return full


def text(label: str, key: str, value: str, *, help: str | None = None) -> str:
    return st.text_input(label, key=_seed(key, value), help=help)


def area(label: str, key: str, value: str, *, help: str | None = None, height: int = 110) -> str:
    return st.text_area(label, key=_seed(key, value), help=help, height=height)


def number(label: str, key: str, value: float | None, **limits: Any) -> Any:
    return st.number_input(label, key=_seed(key, value), **limits)


def slider(label: str, key: str, value: int, low: int, high: int, help: str | None = None) -> int:
    return st.slider(label, low, high, key=_seed(key, value), help=help)


def check(label: str, key: str, value: bool) -> bool:
    return st.checkbox(label, key=_seed(key, value))


def choose(
    label: str, key: str, value: T, options: Sequence[T], label_of: Callable[[T], str] = str
) -> T:
    """One of ``options``; a saved value no longer offered falls back to the first."""
    full = _seed(key, value)
    if st.session_state[full] not in options:
        st.session_state[full] = options[0]
    return st.selectbox(label, options, key=full, format_func=label_of)


def choose_many(
    label: str,
    key: str,
    values: Sequence[T],
    options: Sequence[T],
    label_of: Callable[[T], str] = str,
    help: str | None = None,
) -> list[T]:
    """Some of ``options``; saved values no longer offered (a renamed row) are dropped."""
    full = _seed(key, list(values))
    st.session_state[full] = [v for v in st.session_state[full] if v in options]
    return st.multiselect(label, options, key=full, format_func=label_of, help=help)


def words(value: str) -> str:
    """An enum value as words ("open_question" -> "open question")."""
    return str(value).replace("_", " ")
