"""The topic of a short question: the noun phrase it is about ("the report", "Margit") (pure).

A heuristic for short conversational sentences, not a parser: it returns None when it
cannot tell, and the hint that uses it falls back to wording without a topic.
"""

from __future__ import annotations

import re

# Leading words that carry no meaning of their own in a spoken sentence.
_LEADING_FILLER = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|look|honestly|actually|anyway|sorry|yeah|yes|no|"
    r"um|uh|oh|hmm|i mean|to be honest|the thing is|i guess|i suppose)\b[,:]?\s+)+",
    re.IGNORECASE,
)
# Tags at the end of a question that add nothing to its topic ("..., right", "... yet").
_TRAILING = re.compile(
    r"(?:,\s*(?:right|okay|ok|yeah|no|is that right|isn't it|didn't you|though|then|too)|"
    r"\s+(?:yet|already|at all|or not|in the end|by any chance|even a bit|so far|at the time"
    r"|in the first place|for (?:me|us|you)|with (?:me|us)))+\s*$",
    re.IGNORECASE,
)
# Words that open a noun phrase the learner could name as the topic ("the report").
_DETERMINERS = frozenset(
    ["the", "my", "your", "our", "his", "her", "their", "this", "these", "those"]
)
_TOPIC_MAX_WORDS = 6
# Words a noun phrase cannot end on ("your first go at | it").
_DANGLING = frozenset("at on in for of with about from to by into onto".split())  # noqa: SIM905
# Words after which a noun phrase has ended ("the coffees | have been going").
_CLAUSE_WORDS = frozenset(
    """is are was were be been being have has had do does did will would can could should
    may might must shall that which who whom to if when because so and but or i you he she
    we they it today tomorrow tonight yesterday now again""".split()  # noqa: SIM905  (a word list reads better as text)
)


def core(sentence: str) -> str:
    """The sentence without its end punctuation, leading fillers and trailing tag words."""
    text = sentence.strip().replace("\u2019", "'").rstrip(".?!\u2026 ").strip()
    text = _LEADING_FILLER.sub("", text)
    return _TRAILING.sub("", text).strip(" ,;:")


def topic(sentence: str) -> str | None:
    """The last noun phrase of a sentence ("the report", "Margit"), or None."""
    words = [w.strip(",;:") for w in core(sentence).split()]
    for start in range(len(words) - 1, 0, -1):
        if _is_name(words[start]) and not _ends_sentence(words[start - 1]):
            while start > 1 and _is_name(words[start - 1]) and not _ends_sentence(words[start - 2]):
                start -= 1  # "Farah Siddiqui", not just "Siddiqui"
            return _phrase(words[start:])
        if words[start].lower() in _DETERMINERS and start + 1 < len(words):
            return _phrase(words[start:])
    return None


def _ends_sentence(word: str) -> bool:
    """Whether the next word starts a sentence ("Right. So what I'll do": "So" is no name)."""
    return word.endswith((".", "!", "?", "…"))


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word not in ("I", "I'm", "I've", "I'd", "I'll")


def _phrase(words: list[str]) -> str | None:
    """The noun phrase's words, up to the first word that starts a clause of its own or ends
    a sentence ("Friday. What then" is "Friday"), without a preposition it was cut after
    ("your first go at"); None when only the determiner is left."""
    kept: list[str] = []
    for word in words[:_TOPIC_MAX_WORDS]:
        if kept and word.lower() in _CLAUSE_WORDS:
            break
        kept.append(word.rstrip(".!…"))
        if word.endswith((".", "!", "…")):
            break
    while len(kept) > 1 and kept[-1].lower() in _DANGLING:
        kept.pop()
    if len(kept) == 1 and kept[0].lower() in _DETERMINERS:
        return None
    return " ".join(kept)
