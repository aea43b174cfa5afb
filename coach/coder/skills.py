"""The skill coder: reads one utterance and names the acts it performs (pure, deterministic).

A turn is split into sentences, each sentence into clauses (at ";", dashes, "but", ", so"
unless it gives a purpose, and ", and" before a new subject), and each clause is coded on
its own; the turn's acts are the union. A question mark belongs to the last clause unless
an earlier one opens the question ("Would you mind X, so I can Y?"). The pattern tables
live in ``coach.coder.patterns`` and ``coach.coder.evaluative``, the grammar (hedges,
question form, person) in ``coach.coder.grammar``.

Coding conventions (the labelled examples in tests/data/coder_examples.yaml follow them):

1. Function over form. A question or imperative that invites elaboration ("Tell me
   more", "I'm curious what...") is an open question; advice phrased as a question
   ("Have you thought about...?") is advice only; a request phrased as a question
   ("Could you send it by Friday?") is a request only.
2. A question that blames ("Why did you do something so stupid?") is judgment plus its
   open/closed kind.
3. A reflection offered as a question ("So you felt left out?", "..., right?") is a
   reflection plus a closed question: any statement about the listener said as a question.
4. "You should have..." blames the past: judgment, not advice.
5. A summary absorbs the reflections and facts it is built from, across the whole turn.
   Besides recap openers ("To sum up"), a "so ..." restatement about the listener that
   lists several points ("So what you want is X, Y and Z") is a summary.
6. ``other`` is used only when nothing else applies to the whole turn; acknowledgements
   and clauses under three words add nothing.
7. Uncoded clauses fall back by grammatical person: "you..." is a reflection (not "you
   can..."/"you'll...", which state facts), "I..." (not an offer or promise) is
   self-disclosure, a clause whose subject is not "you" but that tells of the listener's
   experience ("The guilt keeps you saying yes") is a reflection, anything else of three
   or more words is information.
8. Praise and blame absorb the by-person readings of the deeds they evaluate: in "You
   came back after last time, and I respect that" the first clause is part of the
   affirmation, not a reflection; a comment clause ("...; it got me a meeting") is part
   of the praise too.

Within a clause, ``CLAUSE_PRECEDENCE`` says which act removes which (judgment removes
reflection and affirmation; request removes advice; ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from coach.coder import grammar as G
from coach.coder import patterns as P
from coach.models import Act, CodedTurn, TurnFeatures

_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+[.!?]*")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|\s+[-\u2013\u2014]+\s+|,?\s+but\s+|,\s+(?=sorry\W*$)"
    # "..., so I can refer back to it" gives a purpose, not a second claim.
    r"|,\s+so\s+(?!far\b|that\b|(?:i|we|you) (?:can|could)\b)"
    r"|,\s+and\s+(?=(?:you|i|i'm|i've|i'd|your|we|that's)\b)"
)
_EDGE_PUNCTUATION = " \t\n\"'.,!?;:\u2026"
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+|[.,]\d+)*")  # 2.5 is one word
_FILLERS = re.compile(G.FILLERS)
_LEAD = re.compile(G.LEAD)
_OTHER = P.compile_table(P.OTHER)
_INVITE = P.compile_table(P.INVITE)
_JUDGMENT = P.compile_table(P.JUDGMENT)
_SUMMARY = P.compile_table(P.SUMMARY)
_ADVICE_QUESTION = P.compile_table(P.ADVICE_QUESTION)
_REQUEST = P.compile_table(P.REQUEST)
_INTERROGATIVE = re.compile(G.INTERROGATIVE)
_CLOSED_WH = re.compile(G.CLOSED_WH)
_OPEN_WH = re.compile(G.OPEN_WH)
_CHOICE = re.compile(G.CHOICE)
_TAG = re.compile(G.TAG)
_COMMENT = re.compile(G.COMMENT)
_REPORTED_MIND = re.compile(G.REPORTED_MIND)
_RESTATED_LIST = re.compile(G.RESTATED_LIST)
# Question-shaped moves whose function wins over their form, in this order.
_FUNCTION_OVER_FORM = (
    (Act.OPEN_QUESTION, _INVITE),
    (Act.ADVICE, _ADVICE_QUESTION),
    (Act.REQUEST, _REQUEST),
)
_SHORT_CLAUSE = 3
_VOCABULARY = tuple(Act)  # the stable order of acts in a coded turn


class _Coded(NamedTuple):
    """Acts a pattern found, and weaker acts read only from grammatical person."""

    found: set[Act]
    default: set[Act]
    comment: set[Act]  # defaults of clauses that comment on another ("that gave us time")


def code_turn(text: str) -> CodedTurn:
    """Code one utterance: its acts (stable order, never empty) and surface features."""
    coded = [_code_sentence(s) for s in _sentences(_normalise(text))]
    acts = _absorb_defaults([c for c, _ in coded])
    questions = sum(asked for _, asked in coded)
    features = TurnFeatures(
        words=len(_WORD.findall(text)), questions=questions, stacked_questions=questions >= 2
    )
    return CodedTurn(acts=_turn_acts(acts), features=features)


def code_turns(texts: Iterable[str]) -> list[CodedTurn]:
    """Code many utterances, in order."""
    return [code_turn(text) for text in texts]


# --- splitting ------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Lower-case with straight quotes, so patterns need only one spelling."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')


def _sentences(text: str) -> list[str]:
    """Sentences with their end punctuation; a decimal point does not end one."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip(_EDGE_PUNCTUATION)]


def _clauses(sentence: str) -> list[str]:
    """Clauses of a sentence that can carry acts of their own."""
    return [c for c in _CLAUSE_BREAK.split(sentence) if c.strip(_EDGE_PUNCTUATION)]


def _head(clause: str) -> str:
    """The clause without edge punctuation and leading fillers ("okay, so ...")."""
    return _FILLERS.sub("", clause.strip(_EDGE_PUNCTUATION), count=1).strip(_EDGE_PUNCTUATION)


# --- coding -----------------------------------------------------------------------


def _code_sentence(sentence: str) -> tuple[_Coded, bool]:
    """Acts of a sentence, and whether it counts as a question."""
    asked = sentence.rstrip(_EDGE_PUNCTUATION.replace("?", "")).endswith("?")
    clauses = [_head(c) for c in _clauses(sentence)]
    asked_index = _asked_clause(clauses) if asked else -1
    coded = _Coded(set(), set(), set())
    for index, head in enumerate(clauses):
        if index == asked_index:
            coded.found.update(_code_question(head))
        else:
            _add_statement(coded, head)
    if _is_summary(sentence):
        # A summary absorbs the parts it restates.
        coded.found.add(Act.SUMMARY)
        coded.default.clear()
        coded.comment.clear()
    return coded, asked or Act.OPEN_QUESTION in coded.found


def _add_statement(coded: _Coded, head: str) -> None:
    """Add a statement clause's acts: found by a pattern, else its by-person default."""
    acts = _code_statement(head)
    if acts:
        coded.found.update(acts)
    else:
        (coded.comment if _COMMENT.match(head) else coded.default).add(_default_act(head))


def _asked_clause(clauses: list[str]) -> int:
    """The clause a question mark belongs to: the last, unless an earlier one asks."""
    asking = [i for i, head in enumerate(clauses) if _opens_question(head)]
    last = len(clauses) - 1
    return last if not asking or last in asking else asking[0]


def _opens_question(head: str) -> bool:
    """Whether a clause opens like a question or a question-shaped move."""
    core = _LEAD.sub("", head, count=1)
    return bool(_INTERROGATIVE.match(core) or _function_over_form(head))


def _is_summary(sentence: str) -> bool:
    """A recap opener, or a "so ..." restatement that lists several points."""
    return bool(_SUMMARY.search(_head(sentence)) or _RESTATED_LIST.search(sentence))


def _code_question(head: str) -> set[Act]:
    """Acts of a clause ending in a question mark."""
    blame = {Act.JUDGMENT} if _JUDGMENT.search(head) else set()
    function = _function_over_form(head)
    if function:
        return function | blame
    core = _LEAD.sub("", head, count=1)
    if _INTERROGATIVE.match(core):
        return {_question_kind(core)} | blame
    return _declarative_question(head)


def _function_over_form(head: str) -> set[Act]:
    """The act a question-shaped clause really performs, if it is not a plain question."""
    for act, pattern in _FUNCTION_OVER_FORM:
        if pattern.search(head):
            return {act}
    return set()


def _question_kind(core: str) -> Act:
    """Open when it invites elaboration, closed when a yes/no or a short fact answers it."""
    if _OPEN_WH.match(core) and not (_CLOSED_WH.match(core) or _CHOICE.search(core)):
        return Act.OPEN_QUESTION
    return Act.CLOSED_QUESTION


def _declarative_question(head: str) -> set[Act]:
    """A statement said as a question ("You finished it?", "..., right?")."""
    statement = _TAG.sub("", head)
    acts = _code_statement(statement) - {Act.OTHER}
    if acts & {Act.ADVICE, Act.REQUEST}:
        return acts
    # A view of the listener offered for checking is a reflection ("So you felt left out?").
    if not acts and _default_act(statement) is Act.REFLECTION:
        acts = {Act.REFLECTION}
    return acts | {Act.CLOSED_QUESTION}


def _code_statement(head: str) -> set[Act]:
    """Acts the patterns find in a clause that is not asked (empty if none)."""
    if _OTHER.search(head):
        return {Act.OTHER}
    if _INVITE.search(head):
        return {Act.OPEN_QUESTION} | ({Act.JUDGMENT} if _JUDGMENT.search(head) else set())
    acts = {act for act, pattern in P.STATEMENT_TABLES if pattern.search(head)}
    if _REPORTED_MIND.match(head):
        # "You feel like you have to be perfect" reports a belief; it does not advise.
        acts.discard(Act.ADVICE)
    return _apply_precedence(acts, P.CLAUSE_PRECEDENCE)


def _default_act(head: str) -> Act:
    """The act of a clause no pattern claimed, from its grammatical person."""
    core = _LEAD.sub("", head, count=1)
    return Act.OTHER if len(core.split()) < _SHORT_CLAUSE else G.act_by_person(core)


def _apply_precedence(acts: set[Act], rules: Mapping[Act, frozenset[Act]]) -> set[Act]:
    """Remove the acts that a stronger act present overrides."""
    kept = set(acts)
    for act in acts:
        kept -= rules.get(act, frozenset())
    return kept


def _absorb_defaults(sentences: list[_Coded]) -> set[Act]:
    """The turn's acts; praise or blame absorbs the weak readings of what it is about."""
    found: set[Act] = set().union(*(c.found for c in sentences))
    default: set[Act] = set().union(*(c.default for c in sentences))
    comment: set[Act] = set().union(*(c.comment for c in sentences))
    if found & {Act.AFFIRMATION, Act.JUDGMENT}:
        default.discard(Act.REFLECTION)
    if Act.AFFIRMATION in found:
        comment.clear()
    return found | default | comment


def _turn_acts(acts: set[Act]) -> list[Act]:
    """The turn's acts in vocabulary order, with ``other`` only when nothing else applies."""
    acts = _apply_precedence(acts, P.TURN_PRECEDENCE)
    if len(acts) > 1:
        acts.discard(Act.OTHER)
    return [act for act in _VOCABULARY if act in acts] or [Act.OTHER]
