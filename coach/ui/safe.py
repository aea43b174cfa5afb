"""Text people wrote (learners, trainers, an LLM), made safe for Streamlit's Markdown.

Every Markdown-rendering call that shows such text wraps it in ``md``. The characters that make
Markdown or Streamlit's extensions do something (images, links, emphasis, code, HTML, tables,
formulas, colour directives and icons) are escaped, as are list markers at the start of a line,
so the text is shown exactly as written: no image is fetched and no link is made.
"""

from __future__ import annotations

import re

_ACTIVE = re.compile(r"([\\`*_\[\]()<>#!|~$:{}^=])")
_LINKABLE = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"
_BULLET = re.compile(r"(?m)^(\s*)([-+])")
_NUMBERED = re.compile(r"(?m)^(\s*\d+)(\.)")


def md(text: object) -> str:
    """``text`` as literal Markdown: shown exactly as written, line breaks kept."""
    escaped = _ACTIVE.sub(r"\\\1", str(text))
    # Streamlit links any "scheme://" or "www." it finds in text, escaped or not; an invisible
    # space inside them keeps the words as typed but stops the link.
    escaped = _LINKABLE.sub(_ZERO_WIDTH_SPACE, escaped)
    escaped = _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\1\\\2", escaped))
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")
