"""Text people wrote (learners, trainers, an LLM), made safe for Streamlit's Markdown.

Every Markdown-rendering call that shows such text wraps it in ``md``. The characters that make
Markdown or Streamlit's extensions do something (images, links, emphasis, code, HTML, tables,
formulas, colour directives and icons) are backslash-escaped, as are list markers at the start of
a line, so the text is shown exactly as written: no image is fetched and no link is made.
"""

from __future__ import annotations

import re

_ACTIVE = re.compile(r"([\\`*_\[\]()<>#!|~$:{}^=])")
_BULLET = re.compile(r"(?m)^(\s*)([-+])")
_NUMBERED = re.compile(r"(?m)^(\s*\d+)(\.)")


def md(text: object) -> str:
    """``text`` as literal Markdown: shown exactly as written, line breaks kept."""
    escaped = _ACTIVE.sub(r"\\\1", str(text))
    escaped = _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\1\\\2", escaped))
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")
