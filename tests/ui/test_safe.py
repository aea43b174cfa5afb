"""md(): whatever people write is shown as written, never interpreted as Markdown or HTML."""

from __future__ import annotations

import re

import pytest

from coach.ui.safe import md

HOSTILE = [
    "![pixel](https://tracker.example/p.png)",
    "<img src=x onerror=alert(1)>",
    "<form action='https://evil.example'><input type=password></form>",
    "[click me](javascript:alert(1))",
    "**bold** _it_ `code` ~~strike~~",
    ":red[alarm] :material/warning: $x^2$",
    "# Heading\n- item\n+ item\n1. first",
    "| a | b |\n|---|---|",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_every_active_character_is_escaped(text: str) -> None:
    escaped = md(text)
    unescaped = re.sub(r"\\(.)", r"\1", escaped.replace("  \n", "\n")).replace("\u200b", "")
    assert unescaped == text  # nothing lost
    assert "://" not in escaped.replace("\\", "")  # no autolink
    for active in "![]()<>*_`~:$#|":
        assert re.search(rf"(?<!\\){re.escape(active)}", escaped) is None


def test_plain_words_stay_readable() -> None:
    assert md("It's fine, really. Thanks!") == "It's fine, really. Thanks\\!"
