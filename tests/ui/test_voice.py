"""The practice page's voice panel without a server, and the browser's own voice."""

from __future__ import annotations

import json
import re

import pytest

from coach.services import CoachServices
from coach.ui.voice import NEEDS_SERVER, browser_speech
from tests.ui_session import SCENARIO, button, signed_in

pytestmark = pytest.mark.usefixtures("offline_data_dir")


def test_without_a_server_the_page_says_voice_needs_one_and_offers_the_browsers_voice() -> None:
    at = signed_in(CoachServices())
    at.button(key=f"brief-{SCENARIO}").click().run()
    at = button(at, "Start practice").click().run()
    assert not at.exception
    assert any(NEEDS_SERVER in c.value for c in at.caption)
    [choice] = [w for w in at.get("button_group") if w.label == "Read replies aloud"]
    assert list(choice.options) == ["Off", "Browser voice"]


def test_the_browsers_voice_reads_the_reply_as_data() -> None:
    reply = 'Fine. </script><script>alert("x")</script> "Quoted".'
    script = browser_speech(reply)
    assert script.count("</script>") == 1 and script.endswith("</script>")
    said = re.search(r"SpeechSynthesisUtterance\((.*)\)\); \}</script>$", script)
    assert said is not None and json.loads(said.group(1)) == reply
