"""Practising out loud in a real browser: Chromium's fake microphone plays a WAV file into
Streamlit's recorder, the local stand-in server transcribes it and reads replies aloud, and
the debrief shows how the learner sounded.

The stand-in decides what each recording "said" (it cannot hear the tone in the file), with
word timings from which the delivery is measured. One transcription fails on purpose: the
learner sees one sentence, loses nothing, and tries again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

from coach.people.models import Role
from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.e2e import served_app
from tests.e2e.browser_steps import WINDOW, Album, Visit
from tests.e2e.conftest import ARTIFACTS, PASSWORD
from tests.openai_payloads import speech_wav
from tests.openai_stub import OpenAIStub, heard, reply, status

pytestmark = pytest.mark.e2e

SCENARIO = "giving-feedback"
TURNS = [
    ("Um, how did the Riverside evening feel from where you stood?", "Rough, honestly."),
    ("Uh, rough how? What, um, what happened?", "The drainage question. I talked over Helen."),
    ("So you talked over her, and, um, it's been bothering you.", "Yeah. It has."),
]
EDITED = "Rough how? What happened?"  # the learner corrects the second transcription


@pytest.fixture(scope="module")
def microphone_browser(
    playwright: Playwright, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Browser]:
    """Chromium whose microphone is a WAV file, allowed without asking."""
    sound = tmp_path_factory.mktemp("microphone") / "voice.wav"
    sound.write_bytes(speech_wav("a few seconds of a learner speaking into the microphone"))
    fake_microphone = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={sound}",
    ]
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *fake_microphone]
    )
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def voice_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, OpenAIStub]]:
    """The app with the stand-in server configured for chat, transcription and speech."""
    with served_app.with_model(
        tmp_path_factory.mktemp("e2e-voice") / "data",
        {"vera": Role.LEARNER},
        PASSWORD,
        ARTIFACTS / "e2e-voice-server.log",
        COACH_MAX_RETRIES="0",
    ) as served:
        yield served


def record(page: Page) -> None:
    """Press record, let the fake microphone play for a moment, and stop."""
    page.get_by_role("button", name="Record").click()
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Stop recording").click()


def test_learner_speaks_three_turns_hears_replies_and_reads_their_delivery(
    microphone_browser: Browser, voice_app: tuple[str, OpenAIStub], request: pytest.FixtureRequest
) -> None:
    url, server = voice_app
    album = Album(ARTIFACTS / "screenshots" / request.node.name)
    context = microphone_browser.new_context(viewport=WINDOW, permissions=["microphone"])
    vera = Visit(context.new_page(), url, album, "vera")
    vera.sign_in(PASSWORD)
    vera.page.locator(f".st-key-brief-{SCENARIO}").get_by_role("button").click()
    vera.button("Start practice").click()
    main = vera.main()
    expect(main.get_by_text("Speak your turn")).to_be_visible()
    vera.shot("practice-with-microphone")
    main.get_by_text("Server voice", exact=True).click()

    # A server fault: one sentence, nothing lost, and the same recording goes through after.
    server.enqueue(status(503), route="transcriptions")
    record(vera.page)
    expect(main.get_by_text("Could not transcribe your recording")).to_be_visible()
    expect(main.get_by_text("Nothing was lost")).to_be_visible()
    vera.shot("transcription-failed")
    server.enqueue(heard(TURNS[0][0], pauses={5: 2.5}), route="transcriptions")
    vera.button("Transcribe again").click()

    for number, (said, answer) in enumerate(TURNS):
        if number:
            server.enqueue(heard(said), route="transcriptions")
            record(vera.page)
        box = main.get_by_label("What you said (correct it before sending)")
        expect(box).to_have_value(said)
        if number == 1:
            box.fill(EDITED)
        server.enqueue(reply(answer))
        vera.button("Send").click()
        expect(main.get_by_test_id("stChatMessage").last).to_contain_text(answer)
        expect(main.get_by_test_id("stAudio")).to_have_count(1)  # the reply, read aloud
        expect(box).to_have_count(0)  # a fresh microphone for the next turn
    vera.shot("spoken-conversation")

    messages = main.get_by_test_id("stChatMessage")
    expect(messages.filter(has_text=EDITED)).to_have_count(1)
    assert len(server.transcription_requests) == 4  # the failed one, then three
    assert all(r["response_format"] == "verbose_json" for r in server.transcription_requests)
    assert [r["input"] for r in server.speech_requests] == [answer for _, answer in TURNS]

    vera.button("End session").click()
    expect(vera.heading("How you sounded")).to_be_visible(timeout=30_000)
    pace = main.get_by_test_id("stMetric").filter(
        has=vera.page.get_by_text("Words a minute", exact=True)
    )
    expect(pace.get_by_test_id("stMetricValue")).to_have_text(re.compile(r"^\d+$"))
    expect(main.get_by_text("Swap filler words for a breath")).to_be_visible()
    vera.shot("delivery-debrief")
    context.close()


def test_wav_the_fake_microphone_plays_is_real_audio(tmp_path: Path) -> None:
    """The file handed to Chromium is WAV a recorder can play (a check on the fixture)."""
    from coach.voice.audio import wav_seconds

    assert wav_seconds(speech_wav("one two three four five")) == pytest.approx(2.0)
