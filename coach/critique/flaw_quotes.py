"""The words that show a flaw (pure): for each turn a growth area quotes, the sentence that
carries the flaw ("I'd push back a little", the questions piled up, the saying), else the
turn's longest sentence."""

from __future__ import annotations

from collections.abc import Callable

from coach.critique import absent_cues, advice_cues, cues, judgment_cues
from coach.critique.defending_cues import defends
from coach.critique.evidence import CodedSession, longest_sentence, sentence_acts, sentences
from coach.critique.flaws import vague_step
from coach.critique.judging import undenied
from coach.critique.models import Evidence
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.critique.self_focus import my_story
from coach.models import Act
from coach.scenarios.models import FlawKind


def _asks(sentence: str) -> bool:
    return sentence.endswith("?")


def _formula(sentence: str) -> bool:
    return bool(PLATITUDE.search(sentence)) or Act.STOCK_PHRASE in sentence_acts(sentence)


# Put-downs found by their words, which the coder may read otherwise ("It's like they don't
# value what we do.", "...people have started wondering if she's milking it.").
_PUT_DOWNS = (
    absent_cues.BLAME_ABSENT,
    judgment_cues.ACCUSES,
    judgment_cues.LABELS_THEIR_IDEA,
    judgment_cues.POLITE_JUDGMENT,
    judgment_cues.SOFT_LABEL,
    judgment_cues.GRADES_THEM,
)


def _puts_down(sentence: str) -> bool:
    return undenied(sentence, *_PUT_DOWNS)


def _judges(sentence: str) -> bool:
    return _puts_down(sentence) or Act.JUDGMENT in sentence_acts(sentence)


def _says_back(sentence: str) -> bool:
    """A sentence that tells them back what they said ("Right, so he rated it as requires
    improvement..."), not the learner's own news or plan beside it."""
    told_back = cues.SAYS_BACK.search(sentence) or cues.SAYS_BACK_OF_OTHERS.search(sentence)
    return bool(told_back) or bool(sentence_acts(sentence) & {Act.REFLECTION, Act.SUMMARY})


def _advises(sentence: str) -> bool:
    return bool(advice_cues.ADVICE.search(sentence)) or Act.ADVICE in sentence_acts(sentence)


SHOWS: dict[FlawKind, Callable[[str], bool]] = {
    FlawKind.DEFENSIVE: defends,
    FlawKind.STACKED_QUESTIONS: _asks,
    FlawKind.CLOSED_QUESTIONS: _asks,
    FlawKind.STOCK_PHRASES: _formula,
    FlawKind.JUDGMENT: _judges,
    FlawKind.PREMATURE_ADVICE: _advises,
    FlawKind.NO_NEXT_STEP: vague_step,
    FlawKind.CONTENT_ONLY_REFLECTIONS: _says_back,
    FlawKind.SELF_FOCUS: my_story,
}


# Where a flaw's words are plain, a sentence in them is quoted before one the coder reads as it
# ("he should have caught it" before "That's my change."; "Stories grow legs, don't they?"
# before "Oh, Yasmin.").
FIRST: dict[FlawKind, Callable[[str], bool]] = {
    FlawKind.JUDGMENT: _puts_down,
    FlawKind.STOCK_PHRASES: lambda s: bool(PLATITUDE.search(s) or SAYING_GIVEN.search(s)),
}


def flaw_quote(kind: FlawKind, session: CodedSession, turn: int) -> Evidence:
    """The first sentence of ``turn`` that shows ``kind`` (in its plain words, if any does),
    else its longest sentence."""
    said = sentences(session.text(turn))
    plain, shows = FIRST.get(kind), SHOWS.get(kind)
    found = [s for s in said if plain and plain(s)] or [s for s in said if shows and shows(s)]
    return Evidence(turn=turn, quote=found[0]) if found else longest_sentence(session, turn)
