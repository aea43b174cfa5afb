"""The app's pages: where their scripts live, what they are called, how to go to one."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

import streamlit as st

UI_DIR = Path(__file__).resolve().parent


class PageSpec(NamedTuple):
    script: str
    title: str
    icon: str


PAGES: dict[str, PageSpec] = {
    "sign-in": PageSpec("sign_in.py", "Sign in", ":material/login:"),
    "library": PageSpec("library.py", "Scenario library", ":material/menu_book:"),
    "brief": PageSpec("brief.py", "Brief", ":material/description:"),
    "practice": PageSpec("practice.py", "Practice", ":material/forum:"),
    "sessions": PageSpec("history.py", "My sessions", ":material/history:"),
}


def page(
    name: str, *, default: bool = False, visibility: Literal["visible", "hidden"] = "visible"
) -> st.Page:
    """The st.Page called ``name``."""
    spec = PAGES[name]
    return st.Page(
        UI_DIR / spec.script,
        title=spec.title,
        icon=spec.icon,
        url_path=name,
        default=default,
        visibility=visibility,
    )


def signed_out_pages() -> list[st.Page]:
    """Sign-in, also under every other page's address: a deep link signs in, then opens."""
    sign_in = PAGES["sign-in"]
    aliases = [
        st.Page(UI_DIR / sign_in.script, title=sign_in.title, url_path=name, visibility="hidden")
        for name in PAGES
        if name != "sign-in"
    ]
    return [page("sign-in", default=True), *aliases]


def learner_pages() -> list[st.Page]:
    # The brief needs a scenario chosen in the library, so it is reached from there only.
    return [
        page("library", default=True),
        page("brief", visibility="hidden"),
        page("practice"),
        page("sessions"),
    ]


def go(name: str) -> None:
    """Switch to the page called ``name`` (ends this script run)."""
    st.switch_page(UI_DIR / PAGES[name].script)


def link(name: str, label: str | None = None) -> None:
    """A link to the page called ``name``."""
    spec = PAGES[name]
    st.page_link(UI_DIR / spec.script, label=label or spec.title, icon=spec.icon)
