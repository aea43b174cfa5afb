"""A critique as a readable debrief for the terminal."""

from __future__ import annotations

import textwrap

from coach.critique.models import (
    Critique,
    Evidence,
    GrowthArea,
    Metrics,
    PersonaOutcome,
    RubricScore,
)
from coach.critique.wording import turn_list

WIDTH = 88
INDENT = "    "


def debrief_text(critique: Critique, scenario_title: str) -> str:
    """The whole debrief: verdict, rubric, metrics, strengths, growth areas, persona, notices."""
    parts = [
        f"{scenario_title} — {critique.mode} critique — overall {critique.overall}/100",
        _wrap(critique.narrative, ""),
        _section("Rubric", [_rubric_line(r) for r in critique.rubric]),
        _section("Numbers", _metrics_lines(critique.metrics)),
        _section(
            "What went well", [_strength(s.title, s.detail, s.evidence) for s in critique.strengths]
        ),
        _section("What to work on", [_growth(g) for g in critique.growth_areas]),
        _section("The counterpart", _persona_lines(critique.persona_outcome)),
    ]
    if critique.notices:
        parts.append(_section("Notes", [_wrap(n, "  ") for n in critique.notices]))
    return "\n\n".join(parts) + "\n"


def _section(title: str, lines: list[str]) -> str:
    return "\n".join([title, "-" * len(title), *lines])


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _quote(evidence: Evidence) -> str:
    return _wrap(f'turn {evidence.turn}: "{evidence.quote}"', INDENT)


def _rubric_line(item: RubricScore) -> str:
    bar = "#" * item.score + "." * (4 - item.score)
    lines = [f"  [{bar}] {item.score}/4  {item.title}"]
    if item.rationale:
        lines.append(_wrap(item.rationale, INDENT))
    return "\n".join([*lines, *(_quote(e) for e in item.evidence)])


def _strength(title: str, detail: str, evidence: list[Evidence]) -> str:
    return "\n".join([f"+ {title}", _wrap(detail, "  "), *(_quote(e) for e in evidence)])


def _growth(area: GrowthArea) -> str:
    lines = [f"> {area.title}  ({area.skill})", _wrap(area.detail, "  ")]
    lines += [_quote(e) for e in area.evidence]
    if area.rewrite is not None:
        lines.append(
            _wrap(f'Instead of (turn {area.rewrite.turn}): "{area.rewrite.original}"', "  ")
        )
        lines.append(_wrap(f'Try: "{area.rewrite.suggested}"', "  "))
    for citation in area.guidance:
        lines.append(f"  Read: {citation.source} > {citation.heading or citation.title}")
    return "\n".join(lines)


def _metrics_lines(m: Metrics) -> list[str]:
    percent = "n/a" if m.percent_open_questions is None else f"{m.percent_open_questions:g}%"
    ratio = (
        "n/a" if m.reflection_to_question_ratio is None else f"{m.reflection_to_question_ratio:g}"
    )
    share = m.complex_reflection_share
    complex_text = "n/a" if share is None else f"{round(share * 100)}%"
    return [
        f"  Open questions: {m.open_questions} of {m.questions} question turns ({percent})",
        f"  Reflections and summaries per question: {ratio} ({m.reflection_to_question_band})",
        f"  Complex reflections: {complex_text}",
        f"  Your share of the talk: {round(m.learner_talk_share * 100)}%, "
        f"{m.mean_learner_turn_words:g} words a turn over {m.learner_turns} turns",
        f"  Stacked questions: {m.stacked_questions}; premature advice: "
        f"{_turns(m.premature_advice_turns)}; judgments: {_turns(m.judgment_turns)}",
    ]


def _turns(turns: list[int]) -> str:
    return f"{len(turns)} ({turn_list(turns)})" if turns else "0"


def _persona_lines(outcome: PersonaOutcome) -> list[str]:
    total = len(outcome.uncovered) + len(outcome.missed)
    lines = [
        f"  Trust went from {outcome.trust_start} to {outcome.trust_end}; "
        f"{len(outcome.uncovered)} of {total} hidden concerns came out."
    ]
    lines += [_wrap(f"uncovered (turn {c.turn}): {c.text}", INDENT) for c in outcome.uncovered]
    lines += [_wrap(f"missed: {c.text}", INDENT) for c in outcome.missed]
    return lines
