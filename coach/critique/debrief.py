"""A critique as an ordered outline of headings, paragraphs and bullets (pure).

The web debrief explains the metrics with the same sentences, and the Markdown and PDF
downloads are both drawn from one outline, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from coach.critique.models import Critique, Evidence, GrowthArea, Metrics, PersonaOutcome
from coach.critique.rubric import TALK_SHARE_LIMIT

BlockKind = Literal["title", "heading", "subheading", "paragraph", "bullet", "quote"]


@dataclass(frozen=True)
class Block:
    """One piece of the debrief: its kind decides how a renderer draws it."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class MetricLine:
    """A metric's name, its value as shown, and what it means in one plain sentence."""

    label: str
    value: str
    explanation: str


def metric_lines(m: Metrics) -> list[MetricLine]:
    """The metrics a learner reads, each with a one-line explanation."""
    return [
        MetricLine(
            "Open questions",
            _percent(m.percent_open_questions),
            f"{m.open_questions} of your {m.questions} questions invited more than a yes or no.",
        ),
        MetricLine(
            "Reflections per question",
            f"{_number(m.reflection_to_question_ratio)} · {m.reflection_to_question_band}",
            "How often you gave back what you heard for each question you asked; "
            "2 or more is good, 1 is fair.",
        ),
        MetricLine(
            "Complex reflections",
            _share(m.complex_reflection_share),
            "Reflections that went beyond the words to the meaning or feeling under them.",
        ),
        MetricLine(
            "Your share of the talk",
            _share(m.learner_talk_share),
            f"Of all words spoken; you averaged {m.mean_learner_turn_words:g} words a turn. "
            f"Above {TALK_SHARE_LIMIT:.0%} the overall loses a point for each point more.",
        ),
        MetricLine(
            "Early advice · judgments",
            f"{m.premature_advice} · {m.judgments}",
            "Advice given before showing you understood, then judgments; both close people down.",
        ),
        MetricLine(
            "Stacked questions",
            str(m.stacked_questions),
            "Turns with several questions at once, which leave the other person choosing.",
        ),
    ]


def debrief_outline(
    critique: Critique,
    scenario_title: str,
    good: Mapping[str, str] | None = None,
    transcript: Sequence[tuple[str, str]] = (),
) -> list[Block]:
    """The whole debrief, in reading order; ``good`` maps rubric ids to what good looks like,
    ``transcript`` is the conversation as (who, what they said), added at the end."""
    blocks = [
        Block("title", f"Debrief: {scenario_title}"),
        Block("paragraph", f"Overall score: {critique.overall}/100 ({critique.mode} critique)"),
    ]
    if critique.narrative:
        blocks.append(Block("paragraph", critique.narrative))
    blocks += _rubric(critique, good or {})
    blocks += _metrics(critique.metrics)
    blocks += _strengths(critique)
    blocks += _growth(critique.growth_areas)
    blocks += _concerns(critique.persona_outcome)
    blocks += _transcript(transcript)
    return blocks


def _transcript(turns: Sequence[tuple[str, str]]) -> list[Block]:
    if not turns:
        return []
    blocks = [Block("heading", "Transcript")]
    blocks += [
        Block("paragraph", f"{turn}. {who}: {text}") for turn, (who, text) in enumerate(turns)
    ]
    return blocks


def trust_summary(outcome: PersonaOutcome) -> str:
    """How trust moved and how much came out, in one sentence."""
    total = len(outcome.uncovered) + len(outcome.missed)
    return (
        f"Trust went from {outcome.trust_start} to {outcome.trust_end}; "
        f"{len(outcome.uncovered)} of {total} hidden concerns came out."
    )


def quote_text(evidence: Evidence) -> str:
    return f'Turn {evidence.turn}: "{evidence.quote}"'


def _rubric(critique: Critique, good: Mapping[str, str]) -> list[Block]:
    blocks = [Block("heading", "Rubric scorecard")]
    for item in critique.rubric:
        blocks.append(Block("subheading", f"{item.title}: {item.score}/4"))
        if item.id in good:
            blocks.append(Block("paragraph", f"What good looks like: {good[item.id].strip()}"))
        if item.rationale:
            blocks.append(Block("paragraph", item.rationale))
        blocks += [Block("quote", quote_text(e)) for e in item.evidence]
    return blocks


def _metrics(m: Metrics) -> list[Block]:
    lines = metric_lines(m)
    return [Block("heading", "Your numbers")] + [
        Block("bullet", f"{line.label}: {line.value}. {line.explanation}") for line in lines
    ]


def _strengths(critique: Critique) -> list[Block]:
    blocks = [Block("heading", "What went well")]
    for strength in critique.strengths:
        blocks += [Block("subheading", strength.title), Block("paragraph", strength.detail)]
        blocks += [Block("quote", quote_text(e)) for e in strength.evidence]
    return blocks


def _growth(areas: list[GrowthArea]) -> list[Block]:
    blocks = [Block("heading", "What to work on")]
    for area in areas:
        blocks += [Block("subheading", area.title), Block("paragraph", area.detail)]
        blocks += [Block("quote", quote_text(e)) for e in area.evidence]
        if area.rewrite is not None:
            blocks.append(
                Block("bullet", f'You said (turn {area.rewrite.turn}): "{area.rewrite.original}"')
            )
            blocks.append(Block("bullet", f'Try instead: "{area.rewrite.suggested}"'))
        for citation in area.guidance:
            where = " > ".join(part for part in (citation.title, citation.heading) if part)
            blocks.append(
                Block("bullet", f"Read: {where} ({citation.source}, {citation.chunk_id})")
            )
    return blocks


def _concerns(outcome: PersonaOutcome) -> list[Block]:
    blocks = [
        Block("heading", "What they were holding back"),
        Block("paragraph", trust_summary(outcome)),
    ]
    blocks += [Block("bullet", f"Uncovered (turn {c.turn}): {c.text}") for c in outcome.uncovered]
    blocks += [Block("bullet", f"Missed: {c.text}") for c in outcome.missed]
    return blocks


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}%"


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{round(value * 100)}%"


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"
