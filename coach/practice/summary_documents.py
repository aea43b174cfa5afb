"""A document a summary names in place of the one that was talked about (pure): "you sent me
your interview guide" after "I emailed you my one-page research plan", "I hold the apology
letter" after "there's an email to Meridian in my drafts". Split from
coach.practice.summary_check; coach.practice.detail_fix names the one put right.

A document is its kind ("plan", "letter") and the word before it that says which ("research
plan", "apology letter"). A summary's document is put right only when none of its words was
said and the clause that gave another document shares two words with the summary's clause
("the claims upload test"), or a name ("Meridian"), so a summary that brings in a document of
its own, about something else, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.calendar_words import DAYS_AND_MONTHS
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# Kinds of document: things written, sent, printed or signed.
_KINDS = (
    "plan|report|guide|letter|email|e-mail|deck|slides|spreadsheet|memo|proposal|note|notes|cv"
    "|contract|agenda|template|checklist|timesheet|rota|handbook|write-up|document|doc"
    "|presentation|tracker|invoice|budget|application|script|outline|draft|drafts|printout|pack"
    "|case|policy|study|lease|leases|agreement|agreements|minutes|timeline|posting|résumé"
    "|portfolio|schedule|spec|drawings"
)
# "business case", "case study": a case that is a document only with the word before it.
_ONLY_WITH_WHICH = {"case": {"business"}, "study": {"case"}}
# Kinds that are a document only with a word before them that says which ("loan agreements",
# not "an agreement"), or, for minutes, "of" after them ("the minutes of the last one").
_NEEDS_WHICH = frozenset({"agreement", "agreements"})
_MINUTES_OF = re.compile(r"\s+of\b")
_DOCUMENT = re.compile(rf"\b(?:([a-z][a-z'-]*) )?({_KINDS})\b", re.I)
# Words before a kind that do not say which document it is ("my new plan", "a one-page plan").
_NOT_WHICH_WORDS = (
    "a an the my your his her their our its this that these those new old first last final"
    " short long full whole same other own revised updated latest rough quick proper written"
    " one-page two-page single-page signed unsigned printed sent unsent little big another"
    " and or of to in for with on at which what"
)
_NOT_WHICH = frozenset(_NOT_WHICH_WORDS.split())
# Words a clause and the other document's sentence may share that tie nothing together.
_LOOSE = stems("you your me my i we our it that this what about have has had was were said")
# Words a clause must share with the other document's sentence to be about the same thing,
# unless one of them is a name ("the apology letter to Meridian", "an email to Meridian").
TIED = 2
_MID_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")
_DATES = re.compile(rf"(?:{DAYS_AND_MONTHS})\b", re.I)
_CLAUSE = re.compile(r"[,;:]|\band\b|\bbut\b|\bso\b", re.I)


def changed_document(
    claim: str, history: Sequence[str], learner: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The document talked about and the one the summary names instead, as each was written,
    or None (``learner``: the learner's earlier turns, whose documents were said too)."""
    said = [line for line in [*history, *learner] if line]
    heard = set().union(*(stems(line) for line in said)) if said else set()
    for clause in _CLAUSE.split(claim):
        for which, kind, written in _documents(clause):
            if stems(f"{which} {kind}") & heard:
                continue  # a word of it was said: "the plan", "the research doc"
            context = stems(_without(clause, written)) - _LOOSE
            other = _other_document(said, context, kind)
            if other:
                return other, written
    return None


def _documents(text: str) -> list[tuple[str, str, str]]:
    """The documents ``text`` names: which, kind, and as written ("apology letter")."""
    found = []
    for match in _DOCUMENT.finditer(text):
        which = (match.group(1) or "").lower()
        kind = match.group(2).lower()
        if which in _NOT_WHICH:
            which = ""
        needed = _ONLY_WITH_WHICH.get(kind)
        if needed is not None and which not in needed:
            continue
        if (kind in _NEEDS_WHICH and not which) or (
            kind == "minutes" and not _MINUTES_OF.match(text, match.end())
        ):
            continue
        written = f"{which} {match.group(2)}" if which else match.group(2)
        found.append((which, kind, written))
    return found


def _other_document(said: Sequence[str], context: set[str], kind: str) -> str | None:
    """The document named in the clause of ``said`` most tied to ``context`` (sharing TIED
    words with it, or a name), as written; None when no tied clause names one."""
    best: tuple[int, str] | None = None
    for line in said:
        for sentence in sentences(line):
            names = _names(sentence)
            for clause in _CLAUSE.split(sentence):
                shared = context & (stems(clause) - _LOOSE)
                if len(shared) < TIED and not shared & names:
                    continue
                for which, other_kind, written in _documents(clause):
                    if stems(written) & shared or (which, other_kind) == ("", kind):
                        continue  # the shared word is the document itself, or the same kind
                    if best is None or len(shared) > best[0]:
                        best = (len(shared), written)
    return best[1] if best else None


def _names(sentence: str) -> set[str]:
    """The stems of the names inside ``sentence``, not days or months ("Meridian")."""
    return stems(" ".join(n for n in _MID_NAME.findall(sentence) if not _DATES.match(n)))


def _without(text: str, phrase: str) -> str:
    return re.sub(rf"\b{re.escape(phrase)}\b", " ", text, flags=re.I)
