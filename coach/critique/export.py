"""The debrief as downloadable Markdown and PDF, both drawn from the debrief outline (pure)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach.critique.debrief import Block

if TYPE_CHECKING:
    from fpdf import FPDF

MARKDOWN_PREFIX = {
    "title": "# ",
    "heading": "## ",
    "subheading": "### ",
    "paragraph": "",
    "bullet": "- ",
    "quote": "> ",
}
# (font style, size in points, space above in mm) per block kind.
PDF_LOOK = {
    "title": ("B", 18, 0.0),
    "heading": ("B", 13, 5.0),
    "subheading": ("B", 11, 2.5),
    "paragraph": ("", 10, 1.0),
    "bullet": ("", 10, 0.5),
    "quote": ("I", 10, 0.5),
}
# The PDF's built-in fonts are Latin-1 only; typographic marks get their plain equivalents.
PLAIN_MARKS = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
    | {"\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2192": "->"}
)

# Letters that Unicode does not decompose into a Latin base letter and a mark.
BASE_LETTERS = str.maketrans(
    {"\u0131": "i", "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D"}
)


def debrief_markdown(blocks: Sequence[Block]) -> str:
    """The outline as a Markdown document."""
    parts = [MARKDOWN_PREFIX[block.kind] + _one_paragraph(block.text) for block in blocks]
    return "\n\n".join(parts) + "\n"


def debrief_pdf(blocks: Sequence[Block]) -> bytes:
    """The outline as an A4 PDF document."""
    from fpdf import FPDF  # 0.3 s and 20 MiB, so only when a PDF is asked for

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title(_latin1(blocks[0].text) if blocks else "Debrief")
    pdf.add_page()
    for block in blocks:
        _draw(pdf, block)
    return bytes(pdf.output())


def _draw(pdf: FPDF, block: Block) -> None:
    style, size, space = PDF_LOOK[block.kind]
    pdf.ln(space)
    pdf.set_font("Helvetica", style=style, size=size)
    indent = 6 if block.kind in ("bullet", "quote") else 0
    pdf.set_x(pdf.l_margin + indent)
    text = _latin1(block.text)
    if block.kind == "bullet":
        text = "- " + text
    from fpdf.enums import XPos, YPos

    pdf.multi_cell(pdf.epw - indent, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _one_paragraph(text: str) -> str:
    # A line break inside a block would end a Markdown list item or quote early.
    return " ".join(text.split())


def _latin1(text: str) -> str:
    plain = _one_paragraph(text).translate(PLAIN_MARKS)
    return "".join(_latin1_char(char) for char in plain)


def _latin1_char(char: str) -> str:
    """The character, or its closest Latin-1 spelling (Yıldız -> Yildiz, Łódź -> Lódz), or ?."""
    if ord(char) < 256:
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    base = base.translate(BASE_LETTERS)
    return base if base and all(ord(c) < 256 for c in base) else "?"
