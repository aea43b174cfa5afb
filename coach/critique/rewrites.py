"""A better way to say one of the learner's own turns, for each kind of growth area (pure).

Each kind picks the turn that shows the problem best and rebuilds it from the templates in
prompts/rewrites.yaml with the learner's own words: a closed question becomes an open one,
advice becomes a reflection plus an open question, a judgment becomes an observation and
an I-statement, stacked questions become the one that matters, and a question where a
reflection was needed becomes a reflection of what the counterpart just said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from coach.critique.evidence import CodedSession, carrying_sentences, sentence_acts, sentences
from coach.critique.metrics import reflection_depths
from coach.critique.models import Metrics, Rewrite
from coach.critique.phrasing import apply_rules, core, echo, names_feeling
from coach.critique.wording import RewriteTemplates, RuleSet, render
from coach.models import Act

QUESTIONS = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
LISTENING = (Act.REFLECTION, Act.SUMMARY)
SUMMARY_POINTS = 3

Builder = Callable[[CodedSession, int, RewriteTemplates], str]


def rewrite_for(
    kind: str,
    session: CodedSession,
    metrics: Metrics,
    templates: RewriteTemplates,
    avoid: Iterable[int] = (),
) -> Rewrite | None:
    """A rewrite for growth area ``kind``, preferring a turn not in ``avoid``; None if no turns."""
    targets, build = _PLANS.get(kind, _PLANS["few-reflections"])
    candidates = targets(session, metrics)
    if not candidates:  # nothing shows this problem best: reflect instead of what was said
        candidates, build = _plain_targets(session), _reflection(deeper=False)
    if not candidates:
        return None
    skip = set(avoid)
    turn = next((t for t in candidates if t not in skip), candidates[0])
    original = session.text(turn)
    return Rewrite(turn=turn, original=original, suggested=build(session, turn, templates))


# --- choosing the turn ------------------------------------------------------------


def _plain_targets(session: CodedSession) -> list[int]:
    """Turns that were not reflections or summaries, then any learner turn."""
    plain = [t for t in session.learner_turns if not session.coding(t).has(*LISTENING)]
    return plain or session.learner_turns


def _closed_targets(session: CodedSession, metrics: Metrics) -> list[int]:
    closed = session.turns_with(Act.CLOSED_QUESTION)
    only_closed = [t for t in closed if not session.coding(t).has(Act.OPEN_QUESTION)]
    return only_closed + [t for t in closed if t not in only_closed]


def _stacked_targets(session: CodedSession, metrics: Metrics) -> list[int]:
    return [t for t in session.learner_turns if session.coding(t).features.stacked_questions]


def _reflect_targets(session: CodedSession, metrics: Metrics) -> list[int]:
    """Questions or advice that answered something the counterpart said about themselves:
    those that answered a feeling first, then those that answered the most words."""
    heard = {
        t: echo(session.previous_counterpart(t) or "")
        for t in _plain_targets(session)
        if session.coding(t).has(*QUESTIONS, Act.ADVICE)
    }
    found = [t for t, said in heard.items() if said]
    return sorted(
        found,
        key=lambda t: (
            not names_feeling(heard[t] or ""),
            -len(session.previous_counterpart(t) or ""),
        ),
    )


def _summary_targets(session: CodedSession, metrics: Metrics) -> list[int]:
    """Late turns, latest first, once the counterpart has said enough to gather."""
    late = [t for t in session.learner_turns if len(_points(session, t)) >= 2]
    return sorted(late, key=lambda t: (not session.coding(t).has(*QUESTIONS), -t))


def _deepen_targets(session: CodedSession, metrics: Metrics) -> list[int]:
    depths = reflection_depths(session)
    simple = [t for t, depth in depths.items() if depth == "simple"]
    return simple + [t for t in depths if t not in simple]


# --- building the suggestion --------------------------------------------------------


def _replace(text: str, acts: Iterable[Act], replacement: str) -> str:
    """``text`` with its sentences carrying ``acts`` replaced, once, by ``replacement``."""
    wanted = set(acts)
    kept: list[str] = []
    placed = False
    for sentence in sentences(text):
        if not sentence_acts(sentence) & wanted:
            kept.append(sentence)
        elif not placed:
            kept.append(replacement)
            placed = True
    return " ".join(kept) if placed else replacement


def _by_rules(act: Act, rules_of: Callable[[RewriteTemplates], RuleSet], name: str) -> Builder:
    def build(session: CodedSession, turn: int, templates: RewriteTemplates) -> str:
        text = session.text(turn)
        first = carrying_sentences(text, [act])
        suggestion = apply_rules(rules_of(templates), first[0] if first else text, name)
        return _replace(text, [act], suggestion)

    return build


def _one_question(session: CodedSession, turn: int, templates: RewriteTemplates) -> str:
    """The turn's statements and the single question worth asking."""
    text = session.text(turn)
    question = _open_question(text, templates) or text
    return _replace(text, QUESTIONS, question)


def _open_question(text: str, templates: RewriteTemplates) -> str | None:
    """The learner's own first open question, else their first closed one made open."""
    asked = carrying_sentences(text, [Act.OPEN_QUESTION])
    if asked:
        return asked[0]
    closed = carrying_sentences(text, [Act.CLOSED_QUESTION])
    if closed:
        return apply_rules(templates.closed_to_open, closed[0], "closed_to_open")
    return None


def _reflection(deeper: bool) -> Builder:
    def build(session: CodedSession, turn: int, templates: RewriteTemplates) -> str:
        wording = templates.reflection
        heard = echo(session.previous_counterpart(turn) or "")
        template = wording.no_echo if heard is None else wording.deeper if deeper else wording.echo
        reflection = render(template, {"echo": heard or ""}, "reflection")
        question = _open_question(session.text(turn), templates)
        return f"{reflection} {question}" if question else reflection

    return build


def _summary(session: CodedSession, turn: int, templates: RewriteTemplates) -> str:
    wording = templates.summary
    points = _points(session, turn)
    if not points:
        return render(wording.no_points, {}, "summary")
    joined = wording.joiner.join(points[:-1])
    listed = f"{joined}{wording.last_joiner}{points[-1]}" if joined else points[-1]
    return render(wording.points, {"points": listed}, "summary")


def _points(session: CodedSession, turn: int) -> list[str]:
    """The counterpart's recent words about themselves, turned round, most recent last."""
    heard = [echo(text) for text in session.counterpart_before(turn)]
    distinct = list(dict.fromkeys(h for h in heard if h))
    return distinct[-SUMMARY_POINTS:]


def _deepen(session: CodedSession, turn: int, templates: RewriteTemplates) -> str:
    text = session.text(turn)
    said = carrying_sentences(text, [Act.REFLECTION])
    if not said:
        return _reflection(deeper=True)(session, turn, templates)
    deeper = render(templates.deepen, {"reflection": core(said[0])}, "deepen")
    return _replace(text, [Act.REFLECTION], deeper)


_PLANS: dict[str, tuple[Callable[[CodedSession, Metrics], list[int]], Builder]] = {
    "judgment": (
        lambda s, m: list(m.judgment_turns),
        _by_rules(Act.JUDGMENT, lambda t: t.judgment, "judgment"),
    ),
    "premature-advice": (
        lambda s, m: list(m.premature_advice_turns),
        _by_rules(Act.ADVICE, lambda t: t.advice, "advice"),
    ),
    "few-open-questions": (
        _closed_targets,
        _by_rules(Act.CLOSED_QUESTION, lambda t: t.closed_to_open, "closed_to_open"),
    ),
    "stacked-questions": (_stacked_targets, _one_question),
    "few-reflections": (_reflect_targets, _reflection(deeper=False)),
    "missed-concerns": (_reflect_targets, _reflection(deeper=True)),
    "no-summary": (_summary_targets, _summary),
    "simple-reflections": (_deepen_targets, _deepen),
    "deepen": (_deepen_targets, _deepen),
}
