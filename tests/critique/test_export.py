"""The debrief outline and its Markdown and PDF renderings."""

from __future__ import annotations

import io

from pypdf import PdfReader

from coach.critique.debrief import debrief_outline, metric_lines
from coach.critique.export import debrief_markdown, debrief_pdf
from tests.critique_samples import sample_critique

GOOD = {"curiosity-first": "Asks before telling, and waits for the answer."}


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_outline_holds_score_rubric_rewrite_citation_and_concerns() -> None:
    critique = sample_critique(overall=37)
    texts = [block.text for block in debrief_outline(critique, "After Riverside", GOOD)]
    assert texts[0] == "Debrief: After Riverside"
    assert "Overall score: 37/100 (offline critique)" in texts
    assert "Curiosity before solutions: 3/4" in texts
    assert f"What good looks like: {GOOD['curiosity-first']}" in texts
    assert any("chunk-0042" in text and "Asking permission" in text for text in texts)
    assert 'Try instead: "What would help?"' in texts
    assert "Missed: Things are hard at home." in texts


def test_metric_lines_explain_each_number() -> None:
    lines = {line.label: line for line in metric_lines(sample_critique(percent_open=75.0).metrics)}
    assert lines["Open questions"].value == "75%"
    assert lines["Reflections per question"].value == "0.5 · poor"
    assert all(line.explanation.endswith(".") for line in lines.values())


def test_missing_metrics_read_as_not_applicable() -> None:
    lines = metric_lines(sample_critique(percent_open=None, ratio=None).metrics)
    assert lines[0].value == "n/a"
    assert lines[1].value.startswith("n/a")


def test_markdown_has_headings_bullets_and_quotes() -> None:
    markdown = debrief_markdown(debrief_outline(sample_critique(), "After Riverside", GOOD))
    assert markdown.startswith("# Debrief: After Riverside\n")
    assert "\n## Rubric scorecard\n" in markdown
    assert "\n### Curiosity before solutions: 3/4\n" in markdown
    assert '\n> Turn 7: "You should prepare better."\n' in markdown


def test_pdf_is_valid_and_carries_the_score_and_citation() -> None:
    data = debrief_pdf(debrief_outline(sample_critique(overall=61), "After Riverside", GOOD))
    assert data.startswith(b"%PDF-")
    text = _pdf_text(data)
    assert "Overall score: 61/100" in text
    assert "chunk-0042" in text


def test_pdf_survives_text_outside_latin1() -> None:
    critique = sample_critique()
    critique.narrative = "“Quoted” — with an ellipsis… from Emre Yıldız in Łódź, and 漢字."
    text = " ".join(_pdf_text(debrief_pdf(debrief_outline(critique, "Tea — for two"))).split())
    assert '"Quoted" - with an ellipsis... from Emre Yildiz in Lódz, and ??.' in text
    assert "Tea - for two" in text


def test_markdown_quotes_the_rubric_evidence_and_ends_with_the_transcript() -> None:
    critique = sample_critique()
    item = critique.rubric[0]
    said = [("Emre", "You wanted to see me."), ("You", "How did the evenings go for you?")]
    markdown = debrief_markdown(debrief_outline(critique, "After Riverside", GOOD, said))
    rubric_part = markdown.split("## Rubric scorecard")[1].split("\n## ")[0]
    assert item.evidence and all(e.quote in rubric_part for e in item.evidence)
    transcript = markdown.split("\n## Transcript\n")[1]
    assert "0. Emre: You wanted to see me." in transcript
    assert "1. You: How did the evenings go for you?" in transcript
    assert "## Transcript" not in debrief_markdown(debrief_outline(critique, "After Riverside"))
