"""The counterpart's own words, said back by the learner (pure).

A rewrite that says back what the other person said sounds like listening only if it uses
their words. ``heard`` picks the clause of a counterpart line that says most about the speaker
("I walked it eleven times") and shifts it to the learner's voice ("you walked it eleven
times"); ``heard_as_mine`` does the opposite for a mentee repeating the mentor's suggestion
("You could ask Gareth" -> "I could ask Gareth").

Only clauses that survive the shift are picked: about the speaker or someone they name (not
"that's about the size of it", which means nothing out of context), without "we" (whose "we"?)
or words aimed at the listener, and with fillers and hedges taken out ("um", "sort of",
"I suppose"), so the result reads as something a person would say.
"""

from __future__ import annotations

import re

from coach.coder.words import content_words

MIN_WORDS, MAX_WORDS = 4, 18
MIN_CONTENT = 2  # content words a clause needs to be worth saying back
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_LEAD_IN = re.compile(
    r"^(?:(?:well|honestly|look|listen|oh|yeah|yes|no|so|and|but|okay|ok|right|i mean|to be"
    r" honest|the thing is|you know|um|uh|sorry|anyway|actually|mostly|basically|like),?\s+)+",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r",?\s*\b(?:um|uh|erm|sort of|kind of|you know|i suppose|i guess|to be honest|honestly"
    r"|literally|basically|i mean)\b,?",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r",\s*(?:though|no|yeah|yes|really|right|then|anyway|i guess|i suppose|i think|to be honest"
    r"|honestly|as (?:far as )?(?:i|you) (?:know|understand it)|if that makes sense|or something"
    r"|if anything|apparently)$",
    re.IGNORECASE,
)
_ABOUT_SPEAKER = re.compile(r"^(?:i|i'm|i've|i'd|i'll|my)\b", re.I)
_THIRD_PERSON = re.compile(
    r"^(?:(?:he|she|they)(?:'s|'d|'ll|'ve|'re)?|(?:his|her|their) \w+|[A-Za-z][a-z]+(?:'s)?)"
    r" (?:is|isn't|was|wasn't|has|hasn't|had|keeps|kept|said|says|told|asked|wants|wanted|thinks"
    r"|thought|left|went|got|gave|put|called|rang|shouts|shouted|does|did|didn't|doesn't|won't"
    r"|can't|never|always|still|just|stopped|started|made|knows|knew|needs|needed|will|would"
    r"|could|should|might)\b"
)
_DEICTIC = re.compile(r"^(?:it|it's|that|that's|this|there|there's|these|those|here)\b", re.I)
_GROUP = re.compile(r"\b(?:we|we're|we've|we'd|we'll|us|our|ours|let's)\b", re.I)
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.I)
_TO_YOU = {
    "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
    "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
}  # fmt: skip
_TO_ME = {
    "you": "I", "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
    "your": "my", "yours": "mine", "yourself": "myself",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_SUGGESTION_START = ("you", "you'd", "you've", "you're", "you'll", "maybe", "perhaps", "try")


def heard(line: str | None) -> str | None:
    """The clause of ``line`` that says most about the speaker, in the listener's voice."""
    clause = _best_clause(line or "", addressed=False)
    return None if clause is None else _fix_agreement(_shift(clause, _TO_YOU))


def heard_as_mine(line: str | None) -> str | None:
    """The clause of ``line`` that says most to the listener, in the listener's own voice."""
    clause = _best_clause(line or "", addressed=True)
    return None if clause is None else _fix_agreement(_shift(clause, _TO_ME), mine=True)


def _best_clause(line: str, *, addressed: bool) -> str | None:
    said = [s for s in _SENTENCE.findall(line) if not s.strip().endswith("?")]
    candidates = [c for c in map(_clause, said) if c and _fits(c, addressed)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: len(content_words(c)) + 2 * bool(_ABOUT_SPEAKER.match(c)))


def _clause(sentence: str) -> str:
    """The sentence without lead-ins, fillers, end punctuation or a long tail after a comma."""
    text = _LEAD_IN.sub("", sentence.strip().strip("\"'")).rstrip(".!?").strip()
    text = _FILLER.sub("", text).strip(" ,")
    text = re.sub(r"\b(\w+),? \1\b", r"\1", text)  # "and, and" as people say it
    text = _TAIL.sub("", text).strip(" ,")
    text = re.sub(r",?\s*\b(?:and|but|or|so|because)$", "", text)  # trailing off: "and..."
    words = text.split()
    if len(words) > MAX_WORDS and "," in text:
        head = text.split(",")[0]
        if len(head.split()) >= MIN_WORDS:
            return head.strip()
    return text


def _fits(clause: str, addressed: bool) -> bool:
    words = [w.lower() for w in _WORD.findall(clause)]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or clause.endswith("?") or _GROUP.search(clause):
        return False
    if len(content_words(clause)) < MIN_CONTENT:
        return False
    if addressed:
        return words[0] in _SUGGESTION_START
    if _ADDRESSED.search(clause) or _DEICTIC.match(clause):
        return False
    return bool(_ABOUT_SPEAKER.match(clause) or _THIRD_PERSON.match(clause))


def _shift(clause: str, table: dict[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        found = table.get(word.lower().replace("\u2019", "'"))
        return word if found is None else found

    clause = re.sub(r"\bI am\b", "I'm", clause)
    shifted = _WORD.sub(swap, clause)
    return (
        shifted if shifted.startswith("I ") or shifted.startswith("I'") else _lower_first(shifted)
    )


def _fix_agreement(text: str, mine: bool = False) -> str:
    """Verb forms that change with the person: you was -> you were, I are -> I am."""
    if mine:
        return re.sub(r"\bI are\b", "I am", re.sub(r"\bI were\b", "I was", text))
    between = r"((?:just|really|never|always|still|only|even) )?"
    text = re.sub(rf"\byou {between}was\b", r"you \1were", text, flags=re.IGNORECASE)
    return re.sub(rf"\byou {between}wasn't\b", r"you \1weren't", text, flags=re.IGNORECASE)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1 or (first[:1].isupper() and first[1:2].isupper()):
        return text  # an acronym
    if first[:1].isupper() and first.lower() not in _NOT_NAMES and _THIRD_PERSON.match(text):
        return text  # a name
    return text[:1].lower() + text[1:] if first not in ("I", "I'm") else text


_NOT_NAMES = frozenset(
    """he she they his her their nobody nobody's everybody everyone someone somebody anyone
    people everything nothing something one""".split()  # noqa: SIM905
)
