"""A better way to say one of the learner's own turns, for each flaw (pure).

A rewrite replaces the turn that shows the flaw with what the learner could have said,
built from the counterpart's own words (coach/critique/voice.py) with the templates of
prompts/rewrites.yaml, in the learner's seat (a mentee's rewrites are a mentee's). It never
keeps the sentence it replaces: a judgment is not carried into its own rewrite. A rewrite
built from their words that fails the grammar check (coach/critique/grammar.py) gives way to
the flaw's plain wording.

- stacked questions keep the learner's first question and drop the rest;
- closed questions become one open question (rules in rewrites.yaml);
- a missing summary gathers two or three of the counterpart's points;
- every other flaw says back what the counterpart had just said, then asks or proposes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.critique.evidence import CodedSession, sentences
from coach.critique.flaws import Flaw
from coach.critique.grammar import problems
from coach.critique.models import Rewrite
from coach.critique.voice import heard, heard_as_mine
from coach.critique.wording import RewriteTemplates, render
from coach.models import Act, LearnerRole, Speaker
from coach.scenarios.models import FlawKind

SUMMARY_POINTS = 3
RECENT_LINES = 3
_LEAD = re.compile(r"^(?:(?:so|okay|ok|right|and|but|well|um|uh),?\s+)+", re.IGNORECASE)


def rewrite_for(
    flaw: Flaw, session: CodedSession, role: LearnerRole, templates: RewriteTemplates
) -> Rewrite | None:
    """The rewrite of the turn that shows ``flaw`` best, or None when there is none to give."""
    turn = _target(flaw, session)
    if turn is None:
        return None
    suggested = _suggestion(flaw.kind, turn, session, role, templates)
    original = session.text(turn).strip()
    if not suggested or suggested == original:
        return None
    return Rewrite(turn=turn, original=original, suggested=suggested)


def _target(flaw: Flaw, session: CodedSession) -> int | None:
    """The flaw's first turn; for a missing summary or step, the learner's last turn; for
    missing reflections, the question answered by the counterpart's fullest line."""
    if flaw.kind in (FlawKind.NO_SUMMARY, FlawKind.NO_NEXT_STEP, FlawKind.VAGUE_ASK) and not (
        flaw.turns
    ):
        return session.learner_turns[-1] if session.learner_turns else None
    if flaw.kind is FlawKind.NO_CONTEXT:
        return session.learner_turns[0] if session.learner_turns else None
    if flaw.kind in (FlawKind.NO_REFLECTIONS, FlawKind.MISSED_CONCERNS):
        candidates = list(flaw.turns) or session.learner_turns
        return max(candidates, key=lambda t: len(session.previous_counterpart(t) or ""))
    return flaw.turns[0] if flaw.turns else None


def _suggestion(
    kind: FlawKind, turn: int, session: CodedSession, role: LearnerRole, templates: RewriteTemplates
) -> str:
    if kind is FlawKind.STACKED_QUESTIONS:
        return _first_question(session.text(turn)) or templates.closed_to_open.plain
    if kind is FlawKind.CLOSED_QUESTIONS:
        return _opened(session.text(turn), templates)
    wording = templates.flaws[kind].for_role(role)
    values = _values(kind, turn, session, role)
    if all(values.values()):
        said = render(wording.with_words, values, f"rewrite {kind.value}")
        if not problems(said):
            return said
    return wording.plain


def _values(kind: FlawKind, turn: int, session: CodedSession, role: LearnerRole) -> dict[str, str]:
    """What the template needs: their words in the learner's voice, or their points."""
    if kind is FlawKind.NO_SUMMARY and role is LearnerRole.MENTOR:
        return {"points": _points(session, turn)}
    if role is LearnerRole.MENTEE and kind in (FlawKind.NO_SUMMARY, FlawKind.NO_NEXT_STEP):
        return {"heard_mine": _last_suggestion(session, turn) or ""}
    if role is LearnerRole.MENTEE and kind in (FlawKind.JUDGMENT, FlawKind.STOCK_PHRASES):
        return {"heard_mine": _own_problem(session, turn) or ""}
    return {"heard": _recent_heard(session, turn) or ""}


def _recent_heard(session: CodedSession, turn: int) -> str | None:
    """What the counterpart said about themselves most recently before ``turn``, from their
    last RECENT_LINES lines (a curt "Sure." has nothing to say back)."""
    lines = _counterpart_lines(session, turn)[-RECENT_LINES:]
    return next((s for s in map(heard, reversed(lines)) if s), None)


def _points(session: CodedSession, turn: int) -> str:
    """Up to three of the counterpart's points (their clauses, in the learner's voice)."""
    lines = _counterpart_lines(session, turn)
    found = [p for p in (heard(line) for line in lines[1:]) if p]  # not the opening line
    chosen = list(dict.fromkeys(found))[-SUMMARY_POINTS:]
    if len(chosen) < 2:
        return ""
    if len(chosen) == 2:
        return f"{chosen[0]}, and {chosen[1]}"
    return "; ".join(chosen[:-1]) + "; and " + chosen[-1]


def _last_suggestion(session: CodedSession, turn: int) -> str | None:
    lines = _counterpart_lines(session, turn)
    return next((s for s in map(heard_as_mine, reversed(lines)) if s), None)


def _counterpart_lines(session: CodedSession, turn: int) -> list[str]:
    turns = session.transcript.turns[: turn + 1]
    return [t.text for t in turns if t.speaker is Speaker.COUNTERPART]


def _own_problem(session: CodedSession, turn: int) -> str | None:
    """The mentee's own statement of the problem, without the blaming sentence."""
    kept = [s for s in sentences(session.text(turn)) if Act.JUDGMENT not in _acts(s)]
    mine = [s.rstrip(".!?") for s in kept if s.lower().startswith(("i ", "i'm", "we "))]
    if not mine:
        return None
    return mine[0] if mine[0].startswith("I") else mine[0][:1].lower() + mine[0][1:]


def _acts(sentence: str) -> frozenset[Act]:
    from coach.critique.evidence import sentence_acts

    return sentence_acts(sentence)


def _first_question(text: str) -> str | None:
    """The turn's first question, unless it judges ("Do you want advice or not?")."""
    asked = [s for s in sentences(text) if s.endswith("?")]
    return next((s for s in asked if Act.JUDGMENT not in _acts(s)), None)


def _opened(text: str, templates: RewriteTemplates) -> str:
    opened = _open_question(text, templates)
    return templates.closed_to_open.fallback if problems(opened) else opened


def _open_question(text: str, templates: RewriteTemplates) -> str:
    """The turn's first closed question as an open one (the other sentences are left out)."""
    asked = [s for s in sentences(text) if s.endswith("?")]
    if not asked:
        return templates.closed_to_open.plain
    core = _LEAD.sub("", asked[0].rstrip("?")).strip()
    for rule in templates.closed_to_open.rules:
        found = rule.match(core)
        if found and all(found.groupdict().values()):
            return render(rule.template, found.groupdict(), "closed_to_open")
    return templates.closed_to_open.fallback


def rewritten_turns(rewrites: Sequence[Rewrite | None]) -> set[int]:
    """The turns a rewrite was given for: strengths must not quote them."""
    return {r.turn for r in rewrites if r is not None}
