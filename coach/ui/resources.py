"""Long-lived objects shared by every browser session, built once per configuration."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

import streamlit as st

from coach.settings import Settings

if TYPE_CHECKING:  # imported on first use: the sign-in form is drawn before they are needed
    from coach.people.accounts import Accounts
    from coach.people.first_run import FirstRunSetup
    from coach.people.learner_data import LearnerData
    from coach.services import CoachServices


def coach_services() -> CoachServices:
    """The services for the current settings (COACH_* environment variables)."""
    settings = Settings()
    return _services(_settings_key(settings), settings)


def account_service() -> Accounts:
    """Accounts stored in the same database as the practice sessions."""
    return coach_services().accounts


def first_run() -> FirstRunSetup:
    """The one-time first-admin setup of this server."""
    return coach_services().first_run


def learner_data() -> LearnerData:
    """The signed-in learner's debriefs, progress, export, sharing and deletion."""
    return coach_services().learner_data


def warm_up_debrief() -> None:
    """Do the first debrief's one-time work in the background once someone has signed in,
    once per process: open the guidance store, import the critique and debrief code and read
    the critique's wording.

    The first debrief then does not wait over a second for them (the open is shared:
    guidance() locks); not before sign-in, where importing Chroma would slow the first page.
    """
    settings = Settings()
    _warm_up(_settings_key(settings), settings)


@st.cache_resource(show_spinner=False)
def _warm_up(key: str, _settings: Settings) -> threading.Thread:
    return start_debrief_preparation(_services(key, _settings))


def start_debrief_preparation(services: CoachServices) -> threading.Thread:
    """Start the first debrief's one-time work on a thread of its own, and return the thread.

    numpy is imported here first, before the thread starts: the thread's import of Chroma and a
    page's import of the coder's model both import it, and numpy's modules import one another
    in a cycle, so two threads importing it at once can each be handed it half made (a fresh
    app's first practice then failed with an ImportError).
    """
    import numpy  # noqa: F401  (imported for its side effect: complete before any thread)

    opening = threading.Thread(
        target=_prepare_debrief, args=(services,), name="prepare-debrief", daemon=True
    )
    opening.start()
    return opening


def _prepare_debrief(services: CoachServices) -> None:
    services.guidance()
    # The critique's code and the debrief page's modules, otherwise imported on first use.
    from coach.critique import export, llm  # noqa: F401
    from coach.critique.wording import load_critique_wording, load_rewrite_templates
    from coach.ui import debrief_sections  # noqa: F401

    load_critique_wording(services.prompts)
    load_rewrite_templates(services.prompts)


def _settings_key(settings: Settings) -> str:
    # Keyed on the settings so that a changed data dir (as in tests) gets its own services.
    return settings.model_dump_json()


@st.cache_resource(show_spinner=False)
def _services(key: str, _settings: Settings) -> CoachServices:
    from coach.services import CoachServices

    services = CoachServices(_settings)
    if _settings.setup_token is None and services.first_run.is_open():
        _log_setup_link(services)  # started by `streamlit run`, not `coach serve`
    return services


def _log_setup_link(services: CoachServices) -> None:
    """Write the first-admin link to the server log (the terminal running Streamlit)."""
    from coach.people.first_run import setup_link

    address, port = st.get_option("server.address") or "", int(st.get_option("server.port"))
    link = setup_link(address, port, services.first_run.token_for_log())
    print(f"No one can sign in yet. Create the first admin account at:\n  {link}", file=sys.stderr)
