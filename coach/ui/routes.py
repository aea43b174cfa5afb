"""The app's pages: where their scripts live, what they are called, how to go to one."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

import streamlit as st

from coach.people.models import Role
from coach.people.roles import allowed_pages

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
    "debrief": PageSpec("debrief.py", "Debrief", ":material/insights:"),
    "progress": PageSpec("progress.py", "Progress", ":material/trending_up:"),
    "my-data": PageSpec("my_data.py", "My data", ":material/shield_person:"),
    "cohorts": PageSpec("cohorts.py", "Cohorts", ":material/groups:"),
    "dashboard": PageSpec("dashboard.py", "Cohort dashboard", ":material/monitoring:"),
    "studio": PageSpec("studio.py", "Scenario studio", ":material/edit_note:"),
    "guidance-admin": PageSpec("guidance_admin.py", "Guidance library", ":material/library_books:"),
    "people": PageSpec("people.py", "People", ":material/group:"),
    "settings": PageSpec("settings_admin.py", "Settings", ":material/settings:"),
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
        page("debrief", visibility="hidden"),
        page("progress"),
        page("my-data"),
    ]


# Sidebar sections of the staff pages; coach.people.roles decides which a role may open.
STAFF_SECTIONS = {
    "Training": ["cohorts", "dashboard", "studio", "guidance-admin"],
    "Administration": ["people", "settings"],
}


def pages_for(role: Role) -> list[st.Page] | dict[str, list[st.Page]]:
    """The learner pages, plus the staff pages ``role`` may open, in sidebar sections."""
    allowed = allowed_pages(role)
    sections = {
        title: [page(name) for name in names if name in allowed]
        for title, names in STAFF_SECTIONS.items()
    }
    staff = {title: pages for title, pages in sections.items() if pages}
    return {"Practice": learner_pages(), **staff} if staff else learner_pages()


WIDE_PAGES = {"dashboard", "studio"}  # side-by-side charts, the editor next to its preview


def layout(current: st.Page) -> Literal["centered", "wide"]:
    """The layout the page is drawn in."""
    return "wide" if current.url_path in WIDE_PAGES else "centered"


def go(name: str, query_params: dict[str, str] | None = None) -> None:
    """Switch to the page called ``name`` (ends this script run)."""
    st.switch_page(UI_DIR / PAGES[name].script, query_params=query_params)


def link(name: str, label: str | None = None, query_params: dict[str, str] | None = None) -> None:
    """A link to the page called ``name``."""
    spec = PAGES[name]
    st.page_link(
        UI_DIR / spec.script, label=label or spec.title, icon=spec.icon, query_params=query_params
    )
