"""With an LLM configured, the browser shows LLM mode and the model's words stream in.

The app talks to a local OpenAI-compatible stand-in over real HTTP. A reply it breaks off
is not shown; Retry has the same turn answered. The critique at the end gets nonsense from
it and falls back to the offline critique with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from coach.people.models import Role
from tests.e2e import served_app
from tests.e2e.browser_steps import WINDOW, Album, Visit
from tests.e2e.conftest import ARTIFACTS, PASSWORD
from tests.openai_stub import OpenAIStub, cut_off, reply

pytestmark = pytest.mark.e2e

SCENARIO = "giving-feedback"
MODEL_REPLY = "Honestly? The residents kept asking about the flooding and I froze a bit."
BROKEN_OFF = "Mostly the part where the chair"
RETRIED = "Mostly the part where the chair asked me to answer for the council."


@pytest.fixture(scope="module")
def llm_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, OpenAIStub]]:
    """The app served with the stand-in model configured, and the stand-in itself."""
    data = tmp_path_factory.mktemp("e2e-llm") / "data"
    log = ARTIFACTS / "e2e-llm-server.log"
    with served_app.with_model(data, {"lena": Role.LEARNER}, PASSWORD, log) as served:
        yield served


def test_learner_practises_with_the_llm(
    browser: Browser, llm_app: tuple[str, OpenAIStub], request: pytest.FixtureRequest
) -> None:
    url, model = llm_app
    album = Album(ARTIFACTS / "screenshots" / request.node.name)
    lena = Visit(browser.new_context(viewport=WINDOW).new_page(), url, album, "lena")
    lena.sign_in(PASSWORD)
    lena.page.locator(f".st-key-brief-{SCENARIO}").get_by_role("button").click()
    lena.button("Start practice").click()
    expect(lena.page.get_by_text("LLM mode")).to_be_visible()

    model.enqueue(reply(MODEL_REPLY))
    answer = lena.say("What was the hardest moment of those evenings for you?")
    assert answer.strip() == MODEL_REPLY
    assert len(model.chat_requests) == 1
    lena.shot("llm-reply")

    model.enqueue(cut_off(f"{BROKEN_OFF} asked me to answer for it.", after=6))
    box = lena.page.get_by_test_id("stChatInputTextArea")
    box.fill("Which part of it stays with you?")
    box.press("Enter")
    main = lena.main()
    expect(lena.button("Retry")).to_be_visible()
    expect(main.get_by_text("stopped in the middle of its reply")).to_be_visible()
    expect(box).to_be_disabled()
    expect(main.get_by_text(BROKEN_OFF)).to_have_count(0)
    lena.shot("reply-cut-off")
    model.enqueue(reply(RETRIED))
    lena.button("Retry").click()
    # While the page reruns, the streamed copy and the stored one can both be on screen for
    # a moment; once it settles there is exactly one.
    expect(main.get_by_text(RETRIED).last).to_be_visible()
    expect(main.get_by_text(RETRIED)).to_have_count(1)
    expect(box).to_be_editable()
    expect(lena.button("Retry")).to_have_count(0)
    assert len(model.chat_requests) == 3
    lena.shot("reply-retried")

    lena.button("End session").click()
    score = main.get_by_test_id("stMetric").filter(has_text="Overall score")
    expect(score.get_by_test_id("stMetricValue")).to_have_text(re.compile(r"^\d{1,3}/100$"))
    expect(main.get_by_text(re.compile("offline", re.IGNORECASE)).first).to_be_visible()
    lena.shot("debrief-after-llm")
    lena.page.context.close()
