"""End-to-end fixtures: the app served by Streamlit, Debian's Chromium, one browser per person."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator

import pytest
from playwright.sync_api import Browser

from coach.people.models import Role
from tests.e2e import served_app
from tests.e2e.browser_steps import WINDOW, Album, Visit

ARTIFACTS = served_app.REPO / "test-artifacts"
PASSWORD = "a long enough e2e secret"
# Everyone the flows need; each flow has its own people so the flows do not depend on each other.
PEOPLE = {
    "ada": Role.LEARNER,  # practises and reads her debrief
    "tess": Role.TRAINER,  # runs a cohort
    "cleo": Role.LEARNER,  # is assigned work in tess's cohort
    "ben": Role.LEARNER,  # owns a session ...
    "dora": Role.LEARNER,  # ... that dora tries to open
    "adam": Role.ADMIN,  # adds and disables people
    "remy": Role.LEARNER,  # reloads, opens a second tab, signs out
    "stella": Role.TRAINER,  # writes a scenario in the studio's form, tries it, assigns it
}

VisitFactory = Callable[[str], Visit]


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of the app, served offline from a fresh data folder holding ``PEOPLE``."""
    env = served_app.offline_environment(tmp_path_factory.mktemp("e2e") / "data")
    served_app.add_users(env, PEOPLE, PASSWORD)
    ARTIFACTS.mkdir(exist_ok=True)
    process, served = served_app.start(env, ARTIFACTS / "e2e-server.log")
    try:
        yield served.url
    finally:
        served_app.stop(process)


@pytest.fixture
def visit(request: pytest.FixtureRequest, browser: Browser, app_url: str) -> Iterator[VisitFactory]:
    """Open a fresh browser (own cookies, own Streamlit session) for the person named."""
    album = Album(ARTIFACTS / "screenshots" / request.node.name)
    visits: list[Visit] = []

    def open_for(person: str) -> Visit:
        page = browser.new_context(viewport=WINDOW).new_page()
        visits.append(Visit(page, app_url, album, person))
        return visits[-1]

    yield open_for
    for opened in visits:
        if _failed(request):
            opened.shot("at-failure", settle=False)
        opened.page.context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report on the test, so fixtures can tell that it failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _failed(request: pytest.FixtureRequest) -> bool:
    report = getattr(request.node, "report_call", None)
    return report is not None and report.failed
