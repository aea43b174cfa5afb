"""Small pieces of English for rewrites: topics, -ing forms, echoes in the second person (pure).

These are heuristics for short conversational sentences, not a parser: each one falls back
to something safe (None, or the words unchanged) when it cannot tell.
"""

from __future__ import annotations

import re
import string

from coach.coder.words import FEELINGS
from coach.critique.wording import RuleSet, render

# Leading words that carry no meaning of their own in a spoken sentence.
_LEADING_FILLER = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|look|honestly|actually|anyway|sorry|yeah|yes|no|"
    r"um|uh|oh|hmm|i mean|to be honest|the thing is|i guess|i suppose)\b[,:]?\s+)+",
    re.IGNORECASE,
)
# Tags at the end of a question that add nothing to its topic ("..., right", "... yet").
_TRAILING = re.compile(
    r"(?:,\s*(?:right|okay|ok|yeah|no|is that right|isn't it|didn't you)|"
    r"\s+(?:yet|already|at all|or not))+\s*$",
    re.IGNORECASE,
)
# Words that open a noun phrase the learner could name as the topic ("the report").
_DETERMINERS = frozenset(
    ["the", "my", "your", "our", "his", "her", "their", "this", "these", "those"]
)
_TOPIC_MAX_WORDS = 6
# Words after which a noun phrase has ended ("the coffees | have been going").
_CLAUSE_WORDS = frozenset(
    """is are was were be been being have has had do does did will would can could should
    may might must shall that which who whom to if when because so and but or i you he she
    we they it today tomorrow tonight yesterday now again""".split()  # noqa: SIM905  (a word list reads better as text)
)
_ING_IRREGULAR = {"be": "being", "see": "seeing", "agree": "agreeing", "die": "dying",
                  "lie": "lying", "tie": "tying", "have": "having"}  # fmt: skip
_VOWELS = "aeiou"
_SWAP = {
    "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "i": "you",
    "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
}  # fmt: skip
_SWAP_WORD = re.compile(r"\b(?:i was|i'm|i've|i'd|i'll|i|me|my|mine|myself|am)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b|\?", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me)\b", re.IGNORECASE)
_ECHO_WORDS = (5, 18)
_LOWER_STARTS = frozenset(
    """the a an it its it's that this there they their when so and but then everyone nobody
    everything nothing what you your""".split()  # noqa: SIM905  (a word list reads better as text)
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
        if _is_name(words[start]):
            while start > 1 and _is_name(words[start - 1]):
                start -= 1  # "Farah Siddiqui", not just "Siddiqui"
            return _phrase(words[start:])
        if words[start].lower() in _DETERMINERS and start + 1 < len(words):
            return _phrase(words[start:])
    return None


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word not in ("I", "I'm", "I've", "I'd", "I'll")


def _phrase(words: list[str]) -> str:
    """The noun phrase's words, up to the first word that starts a clause of its own."""
    kept = words[:1]
    for word in words[1:_TOPIC_MAX_WORDS]:
        if word.lower() in _CLAUSE_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


def gerund(phrase: str) -> str:
    """``phrase`` with its first word in -ing form: "finish the report" -> "finishing ..."."""
    first, _, rest = phrase.partition(" ")
    return f"{_ing(first)} {rest}".strip()


def _ing(verb: str) -> str:
    lower = verb.lower()
    if lower in _ING_IRREGULAR:
        return _ING_IRREGULAR[lower]
    if lower.endswith("ing"):
        return verb
    if lower.endswith("ie"):
        return verb[:-2] + "ying"
    if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")) and len(lower) > 2:
        return verb[:-1] + "ing"
    if _short_cvc(lower):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _short_cvc(word: str) -> bool:
    """One-syllable consonant-vowel-consonant words double their last letter (stop, get)."""
    return (
        len(word) in (3, 4)
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
        and sum(ch in _VOWELS for ch in word) == 1
    )


def to_second_person(sentence: str) -> str:
    """The counterpart's first-person words in the learner's "you": "I was" -> "you were"."""

    def swap(match: re.Match[str]) -> str:
        word = match.group().lower()
        return "you were" if word == "i was" else _SWAP[word]

    text = _SWAP_WORD.sub(swap, core(sentence))
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_STARTS:
        first = first.lower()
    return f"{first} {rest}".strip()


def echo(counterpart_text: str) -> str | None:
    """A sentence of the counterpart's, in the second person, that a reflection could echo.

    Prefers a first-person sentence that names a feeling; skips questions and sentences
    about the learner ("you"), which do not turn round cleanly.
    """
    candidates = _echo_candidates(counterpart_text)
    if not candidates:
        return None
    feeling = [s for s in candidates if names_feeling(s)]
    about_self = [s for s in candidates if _FIRST_PERSON.match(core(s))]
    return to_second_person((feeling or about_self or candidates)[0])


def names_feeling(text: str) -> bool:
    """Whether ``text`` has a feeling word in it ("worried", "stuck", "exhausted")."""
    return bool(set(re.findall(r"[a-z]+", text.lower())) & FEELINGS)


def _echo_candidates(text: str) -> list[str]:
    found = re.findall(r"[^.!?\u2026]+[.!?\u2026]*", text)
    low, high = _ECHO_WORDS
    return [
        s.strip()
        for s in found
        if _FIRST_PERSON.search(s)
        and not _SECOND_PERSON.search(s)
        and low <= len(core(s).split()) <= high
        and _starts_a_clause(core(s))
    ]


def _starts_a_clause(text: str) -> bool:
    """Whether the words can follow "It sounds like" ("I froze", not "Only the bit I said")."""
    first = text.split(" ", 1)[0].lower()
    return bool(_FIRST_PERSON.match(first)) or first in _LOWER_STARTS


def apply_rules(rules: RuleSet, sentence: str, name: str) -> str:
    """The first rule that fits ``sentence``, else the fallback on its topic, else ``plain``."""
    text = core(sentence)
    # The move is often the sentence's last clause ("Thanks for that, did you finish it?").
    last_clause = _LEADING_FILLER.sub("", text.rsplit(", ", 1)[-1])
    for part in dict.fromkeys([text, last_clause]):
        for rule in rules.rules:
            match = rule.match(part)
            if match is None:
                continue
            values = _group_values(match, sentence)
            # A rule whose template needs words the sentence lacks (no topic) gives way.
            if set(string.Template(rule.template).get_identifiers()) <= values.keys():
                return render(rule.template, values, name)
    found = topic(sentence)
    if found:
        return render(rules.fallback, {"topic": found}, name)
    return render(rules.plain, {}, name)


def _group_values(match: re.Match[str], sentence: str) -> dict[str, str]:
    """A rule's named groups, each also in -ing form (``rest_gerund``), plus the topic."""
    values: dict[str, str] = {}
    for key, value in match.groupdict().items():
        if value:
            values[key] = value.strip(" ,")
            values[f"{key}_gerund"] = gerund(value.strip(" ,"))
    found = topic(sentence)
    if found:
        values["topic"] = found
    return values
