"""What the coder read in a transcript: coded learner turns and verbatim quotes (pure).

A quote is always copied from the learner's own turn text: the sentence that carries the
act being cited (each sentence is coded on its own), or the whole turn when no single
sentence carries it (a summary, for example, can span several sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from coach.coder.skills import code_turn
from coach.coder.words import FEELINGS, content_words
from coach.critique.models import Evidence
from coach.models import Act, CodedTurn, Speaker, Transcript

# Same sentence boundary as the coder: end punctuation, but a decimal point does not end one.
_SENTENCE = re.compile(r"(?:[^.!?\u2026]|\.(?=\d))+[.!?\u2026]*")
_EDGE = " \t\n\"'\u201c\u201d"
SHARED_WITH_EACH = 2  # content words a turn shares with a counterpart turn it draws on
DRAW_WINDOW = 12  # counterpart turns back that a summary can gather
# A possessive or "is" joined to a word, dropped before a turn's words are compared, so that
# "Farah's team" picks up "Farah" and "the team's been stretched" picks up "team".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.I)
ANCHOR_WORDS = 2  # content words picked up that anchor a turn in what was said
WEIGHTY_WORD = 6  # letters of a single picked-up word that anchors on its own
# Long words that say nothing back on their own: a day or month agrees a date ("Good.
# Thursday, then."), "agreed" agrees ("Agreed. What would you want on the calls?").
PLACEHOLDER_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august", "september"),
        *("october", "november", "december", "tomorrow", "tonight", "agreed"),
    }
)
_TOKEN = re.compile(r"[\w'’]+")  # a word, its apostrophes kept
_APOSTROPHE = re.compile("['’]")
# A full stop after these is not the end of a sentence.
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|vs|e\.g|i\.e)\.\s*$")


@dataclass(frozen=True)
class CodedSession:
    """A transcript with the coder's reading of every learner turn (None for the counterpart)."""

    transcript: Transcript
    coded: Sequence[CodedTurn | None]
    names: frozenset[str] = frozenset()  # the counterpart's name: picking it up is no anchor
    _words: dict[int, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, transcript: Transcript, name: str = "") -> CodedSession:
        """Code every learner turn of ``transcript`` (turn acts stored in it are not trusted);
        ``name`` is the counterpart's, whose words are not what a turn picked up."""
        names = frozenset(word.lower() for word in name.split())
        return cls(transcript, code_transcript(transcript), names)

    @property
    def learner_turns(self) -> list[int]:
        return [i for i, c in enumerate(self.coded) if c is not None]

    def text(self, turn: int) -> str:
        return self.transcript.turns[turn].text

    def coding(self, turn: int) -> CodedTurn:
        coded = self.coded[turn]
        if coded is None:
            raise ValueError(f"turn {turn} is not a learner turn")
        return coded

    def turns_with(self, *acts: Act) -> list[int]:
        """Learner turns that contain any of ``acts``, in order."""
        return [i for i, c in enumerate(self.coded) if c is not None and c.has(*acts)]

    def previous_counterpart(self, turn: int) -> str | None:
        """What the counterpart said last before ``turn``, if anything."""
        for earlier in range(turn - 1, -1, -1):
            if self.transcript.turns[earlier].speaker is Speaker.COUNTERPART:
                return self.transcript.turns[earlier].text
        return None

    def next_counterpart(self, turn: int) -> str | None:
        """What the counterpart said right after ``turn``, if anything."""
        following = turn + 1
        turns = self.transcript.turns
        if following < len(turns) and turns[following].speaker is Speaker.COUNTERPART:
            return turns[following].text
        return None

    def next_learner(self, turn: int) -> int | None:
        """The learner's next turn after ``turn``, if any."""
        return next((t for t in self.learner_turns if t > turn), None)

    def previous_learner(self, turn: int) -> int | None:
        """The learner's turn before ``turn``, if any."""
        return next((t for t in reversed(self.learner_turns) if t < turn), None)

    def anchored(self, turn: int) -> bool:
        """Whether the turn picked up what the counterpart had just said: two of their content
        words, or one that carries weight (a feeling, or a long word), never their name."""
        picked = [w.lower() for w in self.coding(turn).anchor.words if w.lower() not in self.names]
        if len(picked) >= ANCHOR_WORDS:
            return True
        return any(
            w in FEELINGS or (len(w) >= WEIGHTY_WORD and w not in PLACEHOLDER_WORDS) for w in picked
        )

    def engaged(self, turn: int, *acts: Act) -> bool:
        """A turn with one of ``acts`` that is not a content-free formula: it picked up the
        counterpart's words, or it is not coded as a stock phrase at all."""
        coded = self.coding(turn)
        if not coded.has(*acts):
            return False
        return self.anchored(turn) or not coded.has(Act.STOCK_PHRASE)

    def draws_on(self, turn: int, shared: int = SHARED_WITH_EACH) -> int:
        """How many of the counterpart's last DRAW_WINDOW turns before this one it picks up
        (``shared`` content words or more from each): a summary gathers several, a reflection
        one. The window keeps the cost of reading a long transcript linear in its turns."""
        own = self._content(turn)
        turns = self.transcript.turns
        window = range(turn - 1, max(-1, turn - 1 - 2 * DRAW_WINDOW), -1)
        earlier = [i for i in window if turns[i].speaker is Speaker.COUNTERPART]
        return sum(len(own & self._content(i)) >= shared for i in earlier)

    def _content(self, turn: int) -> frozenset[str]:
        if turn not in self._words:
            self._words[turn] = frozenset(content_words(_POSSESSIVE.sub("", self.text(turn))))
        return self._words[turn]


def code_transcript(transcript: Transcript) -> list[CodedTurn | None]:
    """The coder's reading of each learner turn (with the counterpart's turn before it as its
    context), aligned with ``transcript.turns``."""
    coded: list[CodedTurn | None] = []
    context: str | None = None
    for turn in transcript.turns:
        if turn.speaker is Speaker.LEARNER:
            coded.append(code_turn(turn.text, context))
        else:
            coded.append(None)
            context = turn.text
    return coded


def names_particular(sentence: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence names a particular after its first word: a number, or a name (not
    one of ``names``, lower-cased; "I" and "I'm" are no names)."""
    later = [w for w in _TOKEN.findall(sentence)[1:] if w.lower() not in names]
    return any(w[0].isdigit() or (w[0].isupper() and _APOSTROPHE.split(w)[0] != "I") for w in later)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it ("Mr. Dunleavy" stays whole)."""
    spans: list[list[int]] = []
    for match in _SENTENCE.finditer(text):
        if spans and _ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]]):
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
    found = (text[start:end].strip(_EDGE) for start, end in spans)
    return [s for s in found if any(ch.isalnum() for ch in s)]


def first_sentences(text: str | None, count: int = 2) -> str:
    """The first ``count`` sentences of a reply, not counting a hesitation ("Um."): where
    agreement or refusal shows."""
    said = [s for s in sentences(text or "") if not _HESITATION.match(s)]
    return " ".join(said[:count])


_HESITATION = re.compile(r"^\W*(?:um+|uh+|erm+|er+)\W*$", re.I)


def sentence_acts(sentence: str) -> frozenset[Act]:
    """The acts the coder finds in one sentence on its own."""
    return _cached_acts(sentence)


@lru_cache(maxsize=4096)
def _cached_acts(sentence: str) -> frozenset[Act]:
    return frozenset(code_turn(sentence).acts)


def carrying_sentences(text: str, acts: Iterable[Act]) -> list[str]:
    """The sentences of ``text`` that, coded alone, perform any of ``acts``."""
    wanted = set(acts)
    return [s for s in sentences(text) if sentence_acts(s) & wanted]


def quote(text: str, acts: Iterable[Act]) -> str:
    """The first sentence carrying one of ``acts``, or the whole turn when none does alone."""
    carrying = carrying_sentences(text, acts)
    return carrying[0] if carrying else text.strip()


def evidence_for(
    session: CodedSession, turns: Iterable[int], acts: Iterable[Act], limit: int = 2
) -> list[Evidence]:
    """Up to ``limit`` quotes, one per turn, of the sentences that carry ``acts``."""
    wanted = tuple(acts)
    return [Evidence(turn=t, quote=quote(session.text(t), wanted)) for t in list(turns)[:limit]]


def longest_sentence(session: CodedSession, turn: int) -> Evidence:
    """The longest sentence of a learner turn, for evidence about the turn as a whole."""
    found = sentences(session.text(turn))
    return Evidence(turn=turn, quote=max(found, key=len) if found else session.text(turn).strip())
