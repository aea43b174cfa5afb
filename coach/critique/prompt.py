"""The messages that ask an LLM to evaluate a conversation, built from prompts/critique_*.md.

The learner's words reach the model in one place only: inside <transcript> ... </transcript>,
one line per turn, whitespace collapsed and markup escaped, so nothing they typed can end
the transcript, forge a turn or pass as part of the instructions. The code's findings are
given by turn number, never by quoting the learner, for the same reason.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from coach.critique.models import Citation, Critique, Evidence, Metrics, PersonaOutcome
from coach.critique.overall import RANGES, band, load_tone
from coach.models import ChatMessage, Transcript, TranscriptTurn
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario

SYSTEM_TEMPLATE = "critique_system.md"
REQUEST_TEMPLATE = "critique_request.md"
REPAIR_TEMPLATE = "critique_repair.md"


def critique_messages(
    transcript: Transcript,
    scenario: Scenario,
    measured: Critique,
    passages: Sequence[Citation],
    prompts: PromptLibrary,
) -> list[ChatMessage]:
    """The stable instructions, then everything about this conversation."""
    request = prompts.render(
        REQUEST_TEMPLATE,
        scenario_title=scenario.title,
        difficulty=transcript.difficulty.value,
        learner_role=scenario.learner_role.value,
        persona_name=scenario.persona.name,
        persona_role=scenario.persona.role,
        scenario_summary=scenario.summary.strip(),
        brief=_escape(scenario.brief),
        learning_objectives=_bullets(scenario.learning_objectives),
        rubric=rubric_block(scenario, measured),
        overall=overall_block(measured.overall, prompts),
        metrics=metrics_block(measured.metrics),
        findings=findings_block(measured),
        passages=passages_block(passages),
        transcript=transcript_block(transcript),
    )
    return [
        ChatMessage(role="system", content=prompts.render(SYSTEM_TEMPLATE)),
        ChatMessage(role="user", content=request),
    ]


def repair_message(problem: str, prompts: PromptLibrary) -> ChatMessage:
    """The follow-up that asks for valid output after a reply that did not parse."""
    return ChatMessage(role="user", content=prompts.render(REPAIR_TEMPLATE, problem=problem))


def transcript_block(transcript: Transcript) -> str:
    """One ``[turn N] SPEAKER: text`` line per turn, N being the turn's index."""
    return "\n".join(_turn_line(n, turn) for n, turn in enumerate(transcript.turns))


def rubric_block(scenario: Scenario, measured: Critique) -> str:
    scores = {r.id: r for r in measured.rubric}
    lines = []
    for item in scenario.rubric:
        found = scores.get(item.id)
        score = f"{found.score}/4{_turns(found.evidence)}" if found else "not measured"
        lines.append(
            f"- id: {item.id} | {item.title} (weight {item.weight:g}) [measured {score}]\n"
            f"  Good looks like: {' '.join(item.good.split())}"
        )
    return "\n".join(lines)


def overall_block(overall: int, prompts: PromptLibrary) -> str:
    """The measured overall, its band, and what an overview in that band may say."""
    where = band(overall)
    asks = load_tone(prompts).asks(where)
    return f"{overall} out of 100: the {where.value} band ({RANGES[where]}). {asks}"


def metrics_block(metrics: Metrics) -> str:
    """Each metric with its value and, where the model documents it, what it means."""
    lines = []
    for name, info in Metrics.model_fields.items():
        meaning = f" ({info.description.rstrip('.')})" if info.description else ""
        lines.append(f"- {name}: {_value(getattr(metrics, name))}{meaning}")
    return "\n".join(lines)


def findings_block(measured: Critique) -> str:
    strengths = [f"{s.title}{_turns(s.evidence)}" for s in measured.strengths]
    areas = [f"{a.title} [skill: {a.skill}]{_turns(a.evidence)}" for a in measured.growth_areas]
    return "\n".join(
        [
            "Strengths:",
            _bullets(strengths),
            "Growth areas:",
            _bullets(areas),
            "The counterpart:",
            _bullets(_outcome_lines(measured.persona_outcome)),
        ]
    )


def passages_block(passages: Sequence[Citation]) -> str:
    if not passages:
        return "(none: cite nothing)"
    return "\n".join(
        f'<passage chunk_id="{_attr(p.chunk_id)}" source="{_attr(p.source)}" '
        f'title="{_attr(p.title)}" heading="{_attr(p.heading)}">\n{_escape(p.text)}\n</passage>'
        for p in passages
    )


def _turn_line(n: int, turn: TranscriptTurn) -> str:
    return f"[turn {n}] {turn.speaker.value.upper()}: {_escape(turn.text)}"


def _escape(text: str) -> str:
    """One line, with <, > and & escaped so the text cannot open or close an element."""
    return html.escape(" ".join(text.split()), quote=False)


def _attr(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _outcome_lines(outcome: PersonaOutcome) -> list[str]:
    uncovered = [
        f"uncovered: {c.text}" + (f" (turn {c.turn})" if c.turn is not None else "")
        for c in outcome.uncovered
    ]
    missed = [f"never came up: {c.text}" for c in outcome.missed]
    trust = f"trust went from {outcome.trust_start} to {outcome.trust_end} out of 100"
    return [*uncovered, *missed, trust]


def _turns(evidence: Sequence[Evidence]) -> str:
    turns = sorted({e.turn for e in evidence})
    label = "turn" if len(turns) == 1 else "turns"
    return f" ({label} {', '.join(map(str, turns))})" if turns else ""


def _value(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def _bullets(items: Iterable[str]) -> str:
    lines = [f"- {' '.join(item.split())}" for item in items]
    return "\n".join(lines) if lines else "- (none)"
