"""What the coder's model reads in a turn (pure): its words, its sentences, the shape of each
sentence, the patterns and word lists that match, and what it shares with the counterpart's
turn before it.

Training (coach/evals/coder_training.py) and coding (coach/coder/skills.py) both call
``turn_features``, so the model always sees features made by the same code.
"""

from __future__ import annotations

import re

from coach.coder import evaluative, grammar, patterns
from coach.coder.lexicon import FILLERS, FORMULA, LEXICON
from coach.coder.words import content_words

Features = dict[str, float]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!.,;:]")
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+[.!?]*")
_LEAD = re.compile(grammar.LEAD)
_PUNCTUATION = frozenset("?!.,;:")
_BY_WORD = {word: name for name, words in LEXICON.items() for word in words}
_PRAISE_WORDS = frozenset("lovely super perfect marvellous fabulous thanks clearly cheers".split())  # noqa: SIM905
# Who a sentence's evaluative words are about: the listener, someone else, or the speaker.
_PERSONS = (
    ("you", frozenset("you your yours yourself yourselves".split())),  # noqa: SIM905
    ("third", frozenset("he she they him her them his hers their theirs".split())),  # noqa: SIM905
    ("self", frozenset("i me my mine myself".split())),  # noqa: SIM905
)
_TABLES: tuple[tuple[str, patterns.PatternTable], ...] = tuple(
    (name, patterns.compile_table(table))
    for name, table in (
        ("apology", patterns.APOLOGY),
        ("summary", patterns.SUMMARY),
        ("request", patterns.REQUEST),
        ("advice", patterns.ADVICE),
        ("advice_question", patterns.ADVICE_QUESTION),
        ("invite", patterns.INVITE),
        ("reflection", patterns.REFLECTION),
        ("i_statement", patterns.I_STATEMENT),
        ("self_disclosure", patterns.SELF_DISCLOSURE),
        ("other", patterns.OTHER),
        ("judgment", evaluative.JUDGMENT),
        ("affirmation", evaluative.AFFIRMATION),
    )
)
_GRAMMAR: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name.lower(), re.compile(getattr(grammar, name)))
    for name in (
        "INTERROGATIVE",
        "CLOSED_WH",
        "OPEN_WH",
        "CHOICE",
        "TAG",
        "SECOND_PERSON",
        "FIRST_PERSON",
        "COMMENT",
        "REPORTED_MIND",
        "YOU_FACT",
        "RESTATED_LIST",
        "EXPERIENCE",
        "LISTENER",
    )
)


def normalise(text: str) -> str:
    """Lower case, straight quotes."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')


def sentences(text: str) -> list[str]:
    """The sentences of normalised text, with their end punctuation."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip(" \"',.!?;:")]


def turn_features(text: str, context: str | None = None) -> Features:
    """Every feature of a learner turn, given the counterpart's turn before it (if any)."""
    lowered = normalise(text)
    tokens = _TOKEN.findall(lowered)
    heard = content_words(context) if context else set()
    features: Features = {}
    _words(features, tokens)
    _shape(features, lowered, tokens)
    said = sentences(lowered)
    for sentence in said:
        _sentence(features, sentence, heard)
    if "formula:bare" in features and any(k.startswith("sent:ov:") for k in features):
        # "That must be so hard. Her only seven, and the night checks...": the formula is
        # followed by what the counterpart said, which makes the turn a reflection.
        features["formula:bare_then_heard"] = 1.0
    _sarcasm(features, said, context)
    _overlap(features, content_words(lowered), heard)  # without a context nothing is picked up
    return features


def _words(features: Features, tokens: list[str]) -> None:
    """Words, pairs and triples, and how many words of each kind in the word lists."""
    for i, token in enumerate(tokens):
        features["w:" + token] = 1.0
        if i + 1 < len(tokens):
            features[f"b:{token}_{tokens[i + 1]}"] = 1.0
            if i + 2 < len(tokens):
                features[f"t:{token}_{tokens[i + 1]}_{tokens[i + 2]}"] = 1.0
        kind = _BY_WORD.get(token)
        if kind is not None:
            features["lex:" + kind] = min(features.get("lex:" + kind, 0.0) + 1.0, 3.0)


def _shape(features: Features, lowered: str, tokens: list[str]) -> None:
    """How the turn starts and ends, its length and how many question marks it has."""
    first = [t for t in tokens if t not in FILLERS][:3]
    for i, word in enumerate(first):
        features[f"s{i}:{word}"] = 1.0
    features["start:" + "_".join(first[:2])] = 1.0
    features["end:" + (tokens[-1] if tokens else "")] = 1.0
    features[f"len:{min(len(tokens) // 5, 8)}"] = 1.0
    features[f"q:{min(lowered.count('?'), 3)}"] = 1.0


def _sentence(features: Features, sentence: str, heard: set[str]) -> None:
    """One sentence: does it share content with the context, its size, its patterns."""
    tokens = _TOKEN.findall(sentence)
    words = [t for t in tokens if t not in FILLERS and t not in _PUNCTUATION]
    own = content_words(sentence)
    link = "ov" if own & heard else ("none" if not own else "new")
    asked = "q" if sentence.endswith("?") else "s"
    size = "short" if len(words) <= 5 else ("mid" if len(words) <= 12 else "long")
    features[f"sent:{link}:{size}:{asked}"] = 1.0
    if words:
        features[f"sentstart:{link}:{words[0]}"] = 1.0
        if len(words) > 1:
            features[f"sentstart2:{link}:{words[0]}_{words[1]}"] = 1.0
    kinds = {kind for word in words if (kind := _BY_WORD.get(word)) is not None}
    for kind in kinds:
        features[f"sentlex:{link}:{kind}"] = 1.0
    if kinds & {"negative", "positive"}:
        target = _target(tokens)
        for kind in kinds & {"negative", "positive"}:
            features[f"about:{target}:{kind}"] = 1.0
    _formula(features, sentence, heard, asked)
    _patterns(features, sentence)


def _sarcasm(features: Features, said: list[str], context: str | None) -> None:
    """Praise in a few words ("Great.", "Lovely. Light reading, then.") after bad news reads
    as its opposite; whether the counterpart's turn was bad news is a feature of its own."""
    told = {_BY_WORD.get(t) for t in _TOKEN.findall(normalise(context))} if context else set()
    for kind in told & {"negative", "positive", "sympathy"}:
        features["ctx:" + str(kind)] = 1.0
    short = [tokens for s in said if len(tokens := _TOKEN.findall(s)) <= 4]
    praised = any(
        _BY_WORD.get(t) == "positive" or t in _PRAISE_WORDS for tokens in short for t in tokens
    )
    if praised:
        features["praise:short"] = 1.0
        if "negative" in told:
            features["praise:short:after_bad"] = 1.0


def _target(words: list[str]) -> str:
    """Whom the sentence is about: ``you`` before ``third`` before ``self``, else ``none``."""
    persons = {word.split("'")[0] for word in words}
    return next((name for name, found in _PERSONS if persons & found), "none")


def _formula(features: Features, sentence: str, heard: set[str], asked: str) -> None:
    """A stock formula, bare or with content of its own (picked up from the context or not)."""
    found = FORMULA.search(sentence)
    if found is None:
        return
    rest = content_words(sentence[: found.start()] + " " + sentence[found.end() :])
    kind = "anchored" if rest & heard else ("bare" if len(rest) < 2 else "more")
    features[f"formula:{kind}"] = 1.0
    features[f"formula:{kind}:{asked}"] = 1.0


def _patterns(features: Features, sentence: str) -> None:
    """Which of the hand-written pattern tables and grammar cues match the sentence."""
    head = _LEAD.sub("", sentence.strip(" ,")).strip()
    for name, table in _TABLES:
        if table.search(head):
            features["tab:" + name] = 1.0
    for name, cue in _GRAMMAR:
        if cue.search(head):
            features["gram:" + name] = 1.0


def _overlap(features: Features, own: set[str], heard: set[str]) -> None:
    """How much of the turn's content the counterpart had just said."""
    shared = own & heard
    features[f"ov:{min(len(shared), 4)}"] = 1.0
    features[f"ovr:{round(len(shared) / max(1, len(own)) * 4)}"] = 1.0
    if not shared:
        features["no_ov"] = 1.0
