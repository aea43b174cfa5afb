"""Word-level knowledge for the hashing embedder: stopwords, light stemming, domain synonyms.

Pure and deterministic: changing anything here changes every vector, so bump
``VOCABULARY_VERSION`` (the embedder's name includes it and stores built with the old
vocabulary then ask to be re-ingested).
"""

from __future__ import annotations

import re
from functools import lru_cache

VOCABULARY_VERSION = 1

_STOPWORD_TEXT = """
    a about above after again against all almost also am an and any anything are as at be
    because been before being below between both but by can could did do does doing done
    down during each either else even ever every few for from further get gets getting go
    goes going got had has have having he her here hers herself him himself his how however
    i if in into is it its itself just let lets like may me might more most much must my
    myself no nor not now of off often on once one only or other others our ours ourselves
    out over own per quite rather really same say says shall she should so some something
    sometimes still such than that the their theirs them themselves then there these they
    thing things this those though through thus to too under until up upon us very want
    was way ways we well were what whatever when where whether which while who whom whose
    will with within without would yet you your yours yourself yourselves use used using
    make makes making made instead many need needs often try tries trying also put take
"""
# Words every passage of a mentoring library uses: they carry no signal, only noise.
_DOMAIN_STOPWORDS = "mentor mentors mentee mentees mentoring mentorship"
STOPWORDS = frozenset(_STOPWORD_TEXT.split() + _DOMAIN_STOPWORDS.split())

# Each line is one concept; any of its words or two-word phrases adds the concept as a
# feature, so "paraphrase" and "reflect" share a dimension. Words are written plainly and
# stemmed when the table is built. General mentoring and listening vocabulary only.
_CONCEPTS = {
    "closed": "closed, yes, yes-no, either-or, leading question",
    "open": "open, open-ended, exploratory, curious, curiosity, tell me more, wonder",
    "reflect": "reflect, paraphrase, mirror, rephrase, echo, say back, play back",
    "summary": "summary, summarise, recap, sum up, pull together, wrap up, synthesise",
    "apology": "apologise, apology, sorry, regret, amends, repair",
    "commitment": "deadline, commitment, commit, promise, due, overdue, late, follow through,"
    " accountable, accountability, missed, slipped, deliver",
    "advice": "advice, advise, suggest, suggestion, recommend, recommendation, tip, solution,"
    " fix, solve, rescue, instruct, tell them what to do, righting reflex",
    "emotion": "feeling, emotion, emotional, upset, frustrated, frustration, angry, anger,"
    " anxious, anxiety, worried, worry, stressed, stress, overwhelmed, hurt, sad, afraid,"
    " fear, nervous, embarrassed, ashamed",
    "silence": "silence, silent, pause, quiet, wait, sit with, space to think",
    "judgment": "judge, judgment, judgemental, criticise, criticism, blame, lecture, moralise,"
    " condescending, scold, shame, disapproval",
    "affirm": "affirm, affirmation, praise, compliment, acknowledge, recognise, appreciate,"
    " validate, strength, encourage, credit",
    "feedback": "feedback, critique, appraisal, performance review",
    "goal": "goal, objective, aim, target, aspiration, ambition, outcome, purpose",
    "trust": "trust, rapport, safety, safe, psychological safety, relationship, openness",
    "interrupt": "interrupt, interruption, cut off, talk over, jump in, finish sentence",
    "listen": "listen, listener, listening, attention, attentive, attend, hear, presence, focus",
    "defensive": "defensive, resistance, resist, pushback, reluctant, withdraw, shut down,"
    " guarded, closed off, deflect",
    "conflict": "conflict, disagreement, disagree, tension, argument, dispute, clash",
    "career": "career, promotion, progression, growth, development, path, future, next step",
    "workload": "workload, overwork, burnout, burnt out, overload, capacity, too much,"
    " exhausted, tired",
    "boundary": "boundary, limit, scope, expectation, ground rules, contract",
    "stacked": "stacked, multiple questions, several questions, barrage, double-barrelled,"
    " compound question",
    "clarify": "clarify, clarification, check understanding, misunderstand, ambiguous",
    "disclosure": "self-disclosure, personal experience, anecdote, personal story",
    "nonverbal": "nonverbal, body language, eye contact, tone, posture, gesture",
    "mistake": "mistake, error, failure, fail, setback, slip, messed up",
    "doubt": "impostor, imposter, self-doubt, inadequate, not good enough, confidence",
    "motivation": "motivation, motivate, engaged, engagement, disengaged, drive, energy",
    "why": "why, justify, justification, interrogate, interrogation",
}

# Porter-like in three steps: an ending ("-ing", "-s"), then up to two derivational
# suffixes ("-ation", "-al"), then tidying, so "questioning", "questions" and "question"
# meet. The second derivational strip needs a longer stem to avoid "moral" -> "mor".
_INFLECTIONS = ("ingly", "edly", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
_DERIVATIONS = (
    "izations", "ization", "ations", "ation", "fulness", "ements", "ement", "ments", "ment",
    "ness", "ities", "ity", "ions", "ion", "ives", "ive", "ism", "ful", "ous", "able", "ible",
    "al", "ize", "ate",
)  # fmt: skip
_RESTORE_E = ("at", "bl", "iz")  # "motivat(ing)" -> "motivate", whose "-ate" then goes
_NO_STRIP_S = ("ss", "us", "is")
_BRITISH = ((re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"), (re.compile(r"iour"), "ior"))
_TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Lowercase words (hyphenated words kept whole, apostrophes dropped)."""
    return [t.replace("'", "").replace("’", "") for t in _TOKEN.findall(text.lower())]


@lru_cache(maxsize=100_000)
def americanise(word: str) -> str:
    """Fold British spellings onto American ones so both stem alike."""
    if len(word) > 5:
        for pattern, replacement in _BRITISH:
            word = pattern.sub(replacement, word)
    return word.replace("judgement", "judgment")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Strip suffixes; crude, but applied alike to queries and documents."""
    word = americanise(word)
    if word.isdigit() or len(word) <= 3:
        return word
    inflection = _suffix(word, _INFLECTIONS, 3)
    if inflection:
        word = word[: -len(inflection)]
        word = word + "e" if word.endswith(_RESTORE_E) else _undouble(word)
    for min_stem in (3, 4):
        derivation = _suffix(word, _DERIVATIONS, min_stem)
        if derivation is None:
            break
        word = word[: -len(derivation)]
    return _tidy(word)


def _suffix(word: str, suffixes: tuple[str, ...], min_stem: int) -> str | None:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return None if suffix == "s" and word.endswith(_NO_STRIP_S) else suffix
    return None


def _tidy(word: str) -> str:
    # Endings that differ between forms of one word: "judg(e)", "apolog(y)", "commit(t)".
    if len(word) > 3 and word[-1] in "ey":
        word = word[:-1]
    return _undouble(word)


def _undouble(word: str) -> str:
    # "committ" -> "commit", so "committed" meets "commit".
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The words that carry meaning, in order; hyphenated words count as their parts."""
    parts = (part for token in tokens(text) for part in token.split("-"))
    return [p for p in parts if len(p) > 1 and p not in STOPWORDS]


def content_stems(text: str) -> list[str]:
    """The stems of the content words, in order."""
    return [stem(w) for w in content_words(text)]


def _build_concepts() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    singles: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for concept, words in _CONCEPTS.items():
        for phrase in words.split(","):
            stems = content_stems(phrase)
            # A phrase that shrinks to one word ("tell me more") would make that word a synonym.
            if len(stems) == 1 and len(tokens(phrase)) == 1:
                singles.setdefault(stems[0], concept)
            elif len(stems) >= 2:
                pairs.setdefault((stems[0], stems[1]), concept)
    return singles, pairs


CONCEPT_WORDS, CONCEPT_PAIRS = _build_concepts()


def concepts(stems: list[str]) -> list[str]:
    """The domain concepts named by a sequence of stems (single words and word pairs)."""
    found = [CONCEPT_WORDS[s] for s in stems if s in CONCEPT_WORDS]
    found += [CONCEPT_PAIRS[p] for p in zip(stems, stems[1:], strict=False) if p in CONCEPT_PAIRS]
    return found
