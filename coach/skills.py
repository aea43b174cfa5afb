"""The skill coder: reads one utterance and names the acts it performs (pure, deterministic).

A turn is split into sentences, each sentence into clauses (at ";", dashes, "but", ", so"
and ", and" before "I"/"you"), and each clause is coded on its own; the turn's acts are
the union. The pattern tables live in ``coach.skill_patterns``.

Coding conventions (the labelled examples in tests/data/coder_examples.yaml follow them):

1. Function over form. A question or imperative that invites elaboration ("Tell me
   more", "I'm curious what...") is an open question; advice phrased as a question
   ("Have you thought about...?") is advice only; a request phrased as a question
   ("Could you send it by Friday?") is a request only.
2. A question that blames ("Why did you do something so stupid?") is judgment plus its
   open/closed kind.
3. A reflection offered as a question ("So you felt left out?", "..., right?") is a
   reflection plus a closed question.
4. "You should have..." blames the past: judgment, not advice.
5. A summary absorbs the reflections and facts it is built from, across the whole turn.
6. ``other`` is used only when nothing else applies to the whole turn; acknowledgements
   and clauses under three words add nothing.
7. Uncoded clauses fall back by grammatical person: "you..." is a reflection, "I..."
   (not an offer or promise) is self-disclosure, anything else of three or more words is
   information.

Within a clause, ``CLAUSE_PRECEDENCE`` says which act removes which (judgment removes
reflection and affirmation; request removes advice; ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from coach import skill_patterns as P
from coach.models import Act, CodedTurn, TurnFeatures

_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+[.!?]*")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|\s+[-\u2013\u2014]+\s+|,?\s+but\s+|,\s+so\s+(?!far\b)"
    r"|,\s+and\s+(?=(?:you|i|i'm|i've|i'd|your)\b)"
)
_EDGE_PUNCTUATION = " \t\n\"'.,!?;:\u2026"
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+|[.,]\d+)*")  # 2.5 is one word
_FILLERS = re.compile(P.FILLERS)
_LEAD = re.compile(P.LEAD)
_OTHER = P.compile_table(P.OTHER)
_INVITE = P.compile_table(P.INVITE)
_JUDGMENT = P.compile_table(P.JUDGMENT)
_SUMMARY = P.compile_table(P.SUMMARY)
_ADVICE_QUESTION = P.compile_table(P.ADVICE_QUESTION)
_REQUEST = P.compile_table(P.REQUEST)
_INTERROGATIVE = re.compile(P.INTERROGATIVE)
_CLOSED_WH = re.compile(P.CLOSED_WH)
_OPEN_WH = re.compile(P.OPEN_WH)
_CHOICE = re.compile(P.CHOICE)
_TAG = re.compile(P.TAG)
_SECOND_PERSON = re.compile(P.SECOND_PERSON)
_FIRST_PERSON = re.compile(P.FIRST_PERSON)
_FIRST_PERSON_INFO = re.compile(P.FIRST_PERSON_INFO)
# Question-shaped moves whose function wins over their form, in this order.
_FUNCTION_OVER_FORM = (
    (Act.OPEN_QUESTION, _INVITE),
    (Act.ADVICE, _ADVICE_QUESTION),
    (Act.REQUEST, _REQUEST),
)
_SHORT_CLAUSE = 3
_VOCABULARY = tuple(Act)  # the stable order of acts in a coded turn


def code_turn(text: str) -> CodedTurn:
    """Code one utterance: its acts (stable order, never empty) and surface features."""
    coded = [_code_sentence(s) for s in _sentences(_normalise(text))]
    acts: set[Act] = set().union(*(sentence_acts for sentence_acts, _ in coded))
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


def _code_sentence(sentence: str) -> tuple[set[Act], bool]:
    """Acts of a sentence, and whether it counts as a question."""
    asked = sentence.rstrip(_EDGE_PUNCTUATION.replace("?", "")).endswith("?")
    clauses = _clauses(sentence)
    acts: set[Act] = {Act.SUMMARY} if _SUMMARY.search(_head(sentence)) else set()
    for index, clause in enumerate(clauses):
        # The question mark belongs to the last clause; earlier ones are statements.
        is_last = index == len(clauses) - 1
        acts |= _code_clause(_head(clause), asked and is_last)
    return acts, asked or Act.OPEN_QUESTION in acts


def _code_clause(head: str, asked: bool) -> set[Act]:
    """Acts of one clause, by whether it is asked."""
    return _code_question(head) if asked else _code_statement(head, fallback=True)


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
    acts = _code_statement(_TAG.sub("", head), fallback=False) - {Act.OTHER}
    if acts & {Act.ADVICE, Act.REQUEST}:
        return acts
    return acts | {Act.CLOSED_QUESTION}


def _code_statement(head: str, fallback: bool) -> set[Act]:
    """Acts of a clause that is not asked; ``fallback`` allows the by-person default."""
    if _OTHER.search(head):
        return {Act.OTHER}
    if _INVITE.search(head):
        return {Act.OPEN_QUESTION} | ({Act.JUDGMENT} if _JUDGMENT.search(head) else set())
    acts = {act for act, pattern in P.STATEMENT_TABLES if pattern.search(head)}
    acts = _apply_precedence(acts, P.CLAUSE_PRECEDENCE)
    if acts or not fallback:
        return acts
    return {_default_act(head)}


def _default_act(head: str) -> Act:
    """The act of a clause no pattern claimed, from its grammatical person."""
    core = _LEAD.sub("", head, count=1)
    if len(core.split()) < _SHORT_CLAUSE:
        return Act.OTHER
    if _SECOND_PERSON.match(core):
        return Act.REFLECTION
    if _FIRST_PERSON.match(core) and not _FIRST_PERSON_INFO.match(core):
        return Act.SELF_DISCLOSURE
    return Act.INFORMATION


def _apply_precedence(acts: set[Act], rules: Mapping[Act, frozenset[Act]]) -> set[Act]:
    """Remove the acts that a stronger act present overrides."""
    kept = set(acts)
    for act in acts:
        kept -= rules.get(act, frozenset())
    return kept


def _turn_acts(acts: set[Act]) -> list[Act]:
    """The turn's acts in vocabulary order, with ``other`` only when nothing else applies."""
    acts = _apply_precedence(acts, P.TURN_PRECEDENCE)
    if len(acts) > 1:
        acts.discard(Act.OTHER)
    return [act for act in _VOCABULARY if act in acts] or [Act.OTHER]
