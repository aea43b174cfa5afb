"""Small pieces of an answer built from the learner's own words (pure).

"Was Margit there?" is answered "Yes, Margit was." or "No, Margit wasn't."; an offer "if I
introduced you to Sinéad" is taken up as "If you introduced me to Sinéad"; a summary that
says things the persona never said is one to correct. These keep a reply tied to what was
just asked even where a scenario has no line written for it.
"""

from __future__ import annotations

import re

from coach.coder.words import feelings, stem
from coach.practice.answer_grammar import (
    DETERMINERS,
    HAVE,
    PARTICIPLE,
    affirmed,
    cut,
    in_the_past,
    numbered,
    past_the_subject,
    person_meant,
    runs_on,
    subject_end,
)
from coach.practice.topics import core
from coach.practice.word_stems import STEM

_AUXILIARIES = frozenset(
    """did do does was were is are am have has had can could will would should shall
    may might""".split()  # noqa: SIM905  (a word list reads better as text)
)
_NEGATIVE = {"can": "can't", "will": "won't", "shall": "shan't", "am": "am not"}
SUBJECTS = {
    "you": "I",
    "i": "you",
    "we": "we",
    "he": "he",
    "she": "she",
    "they": "they",
    "it": "it",
    "that": "it",
    "this": "it",
    "there": "there",
    "anyone": "someone",
    "anybody": "somebody",
}
_FIRST_PERSON = {
    ("I", "are"): "am",
    ("I", "were"): "was",
    ("you", "am"): "are",
    ("you", "was"): "were",
}
_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "you": "me",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "i'm": "you're",
    "i'll": "you'll",
    "i'd": "you'd",
    "i've": "you've",
    "you're": "I'm",
    "you'll": "I'll",
    "you'd": "I'd",
    "you've": "I've",
}
_WORD = re.compile(r"[\w']+|[^\w']+")


def _asked(question: str) -> list[str]:
    """The words of the yes/no question itself, from its auxiliary ("Can I ask, did you
    agree?" -> "did you agree"), or of the whole question when none opens a clause."""
    words = core(question).split()
    starts = [
        i
        for i, w in enumerate(words)
        if w.lower() in _AUXILIARIES and (i == 0 or words[i - 1].endswith(","))
    ]
    return words[starts[-1] :] if starts else words


_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do"}


def yes_no_answer(question: str, yes: bool) -> str:
    """A short answer in the question's own terms: "No, I didn't." for "Did you...?"."""
    words = _asked(question)
    if len(words) < 2 or words[0].lower() not in _AUXILIARIES:
        return "Yes." if yes else "Not really."
    aux, subject = words[0].lower(), _answer_subject(words)
    if subject == "they":
        aux = _PLURAL.get(aux, aux)  # "Is the head teacher happy?" -> "Yes, they are."
    aux = _FIRST_PERSON.get((subject, aux), aux)
    if yes:
        return f"Yes, {subject} {aux}."
    if aux == "am":
        return "No, I'm not."
    if subject in ("someone", "somebody"):
        return f"No, nobody {aux}."
    negative = _NEGATIVE.get(aux, f"{aux}n't")
    return f"No, {subject} {negative}."


LONGER_NOUN = 3  # words a subject after "has the" may run on before its participle
FULL_ANSWER_WORDS = 10  # a question's rest longer than this is not repeated in the answer
# A rest that is negated ("was monthly not enough") or holds a clause of its own ("something
# you've talked about") is not said back: the bare yes or no is clearer.
_NOT_SAID_BACK = re.compile(
    r"\b(?:not|never|no)\b|n't\b|\b(?:you've|you're|you'd|i've|i'm|i'd|we've|they've)\b", re.I
)
_DO = frozenset({"do", "does", "did"})
_QUANTIFIERS = frozenset("every each any some all most no".split())  # noqa: SIM905
_BE = frozenset({"is", "are", "was", "were", "am"})  # "Was Margit | in the room?" is whole
# Words that carry a subject on past its first word ("people from terminal ops", "anything
# nice"): what follows is no verb phrase to say back.
_STILL_THE_SUBJECT = frozenset("from of with in at on about for by nice good new else".split())  # noqa: SIM905


def in_full(question: str, yes: bool) -> str | None:
    """The short answer with the rest of the question said back, so the answer names what it
    is about: "Did you talk to Gareth?" -> "No, I didn't talk to Gareth."; None when the
    question has no short rest to repeat."""
    short = yes_no_answer(question, yes)
    words = _asked(question)
    rest = cut(words[subject_end(words) :], FULL_ANSWER_WORDS)
    if ", " not in short or not rest or _NOT_SAID_BACK.search(" ".join(rest)):
        return None
    if words[1].lower().endswith("ing") and not words[1].lower().endswith("thing"):
        return None  # "Was coming | to this your idea?": a subject that runs on, not a name
    if words[0].lower() not in _BE and rest[0].lower() in _STILL_THE_SUBJECT:
        return None  # "Will people | from terminal ops be...": the subject runs on
    if words[1].lower() in _QUANTIFIERS:
        return None  # "Would every | couple of weeks be closer...": no subject to say back
    if words[0].lower() in _BE and words[1].lower() in DETERMINERS and runs_on(rest):
        return None  # "Is the client | side easy to work with?": a longer noun than two words
    if words[0].lower() in HAVE and words[1].lower() in DETERMINERS:
        # "Has the head | teacher been in touch?": the participle after a longer noun
        found = [i for i, w in enumerate(rest[:LONGER_NOUN]) if PARTICIPLE.fullmatch(w)]
        if not found:
            return None  # "Has the head | office anything...": no participle to say back
        rest = rest[found[0] :]
    if words[0].lower() in _DO and words[1].lower() in DETERMINERS:
        verb_on = past_the_subject(rest)  # "Did the fire alarm | go off?"
        if verb_on is None:
            return None  # "Did your wife's conference | in Edinburgh go well?"
        rest = verb_on
    if words[0].lower() in _DO and in_the_past(rest) is None:
        return None  # no verb after the subject: "did the head | teacher say...", a longer noun
    if yes and words[0].lower() in _DO:
        if words[0].lower() == "does":
            return None  # "Does she know?" would need "knows": the short answer will do
        # "Yes, I ended up picking up some of their files", not "Yes, I did end up picking";
        # "Do you know her?" -> "Yes, I know her."
        kept = _without_ever(affirmed(rest))  # "Yes, it made it to me."
        verb = in_the_past(kept) if words[0].lower() == "did" else kept
        subject = _answer_subject(words)
        said = in_my_words(" ".join(verb)).rstrip("?.!, ") if verb else ""
        return f"Yes, {subject} {said}." if said else None
    # "Have you ever been...?" -> "Yes, I have been...", not "Yes, I have ever been..."
    said = in_my_words(" ".join(_without_ever(affirmed(rest)) if yes else rest)).rstrip("?.!, ")
    return f"{short.rstrip('.')} {said}." if said else None


def _without_ever(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() != "ever"]


def yes_no_answers(question: str, yes: bool) -> list[str]:
    """Ways of giving the same answer, so that a second "Did you...?" is not answered with the
    very same words; the first says back a short question's rest, so it names its topic."""
    first = yes_no_answer(question, yes)
    full = in_full(question, yes)
    core_answer = first.split(", ", 1)[1].rstrip(".") if ", " in first else ""
    if yes:
        others = [f"{core_answer}, yes." if core_answer else "", "Yeah.", "Yes, I think so."]
    else:
        others = [f"{core_answer}, no." if core_answer else "", "Not really, no.", "No."]
    return [*([full] if full else []), first, *(o[:1].upper() + o[1:] for o in others if o)]


def _subject_of(words: list[str]) -> str:
    """Who the answer is about, from the question's words after its auxiliary: a name with its
    number whole ("Did Year 8 leave...?" -> "Year 8 did.")."""
    subject = person_meant(words) or _subject(words[1])
    if words[1][:1].isupper() and numbered(words):
        return f"{subject} {words[2].strip(',.?!')}"
    return subject


def _answer_subject(words: list[str]) -> str:
    """Who the answer is about, "they" for what "are", "were", "have" or "do" asks of a thing
    ("Are two weeks enough?", "Do the meetings run late?" -> "Yes, they do.")."""
    subject = _subject_of(words)
    return (
        "they" if subject == "it" and words[0].lower() in ("are", "were", "have", "do") else subject
    )


def _subject(word: str) -> str:
    bare = word.strip(",.?!").lower()
    if bare in SUBJECTS:
        return SUBJECTS[bare]
    if word[:1].isupper():
        return word.strip(",.?!")  # a name: "Was Margit there?" -> "Margit was."
    return "it"  # "Was the meeting useful?" -> "it was"


def in_my_words(clause: str) -> str:
    """The learner's clause with the persons swapped: "if I call you" -> "if you call me";
    "you" as the subject of a verb becomes "I" ("you were leaving" -> "I was leaving")."""
    pieces = _WORD.findall(clause)
    words = [i for i, piece in enumerate(pieces) if piece.strip() and piece[0].isalnum()]
    following = {i: _verb_after(pieces, words[n + 1 :]) for n, i in enumerate(words)}
    before = {i: pieces[j].lower() for j, i in zip(words, words[1:], strict=False)}
    swapped = []
    for i, piece in enumerate(pieces):
        lowered = piece.lower()
        after = following.get(i) or ""
        if (
            lowered == "you"
            and before.get(i) not in _CAUSING
            and (
                after in _SUBJECT_OF
                # "what you pictured"; not "I found you tired", a feeling of theirs
                or (after.endswith("ed") and len(after) > 4 and not feelings(after))
                or before.get(i) in _CLAUSE_START | _AUXILIARIES
            )
        ):
            swapped.append("I")
        elif lowered in _AGREES_WITH and swapped[-2:-1] == [_AGREES_WITH[lowered][0]]:
            swapped.append(_AGREES_WITH[lowered][1])  # "where I am" -> "where you are"
        else:
            swapped.append(_SWAP.get(lowered, piece) if lowered in _SWAP else piece)
    return "".join(swapped)


# A verb after a swapped subject, put to agree with it: (subject, verb said back).
_AGREES_WITH = {"were": ("I", "was"), "am": ("you", "are"), "was": ("you", "were")}
# Verbs after which "you" is their subject: "you were", "you can", "you said".
_SUBJECT_OF = frozenset(
    "were are was am have had will would can could should might must did do does said "  # noqa: SIM905
    "told thought think want wanted need needed sent made got gave wrote asked mentioned "
    "brought went left took raised meant bring say ask see know feel get go come like mean try "
    "use tell hear find keep give take make".split()
)
# Verbs after which "you" is their object, before a bare verb: "make you feel", "let you go".
_CAUSING = frozenset("make makes made let lets help helps see saw hear heard watch".split())  # noqa: SIM905
# Words after which "you" starts a clause, so is its subject: "if you still want it".
_CLAUSE_START = frozenset(
    "if when whether because unless once since so until while before after though although".split()  # noqa: SIM905
)
_ADVERBS = frozenset("still really just already also ever even only actually".split())  # noqa: SIM905


def _verb_after(pieces: list[str], rest: list[int]) -> str | None:
    """The next word, past an adverb ("you still want" -> "want")."""
    said = [pieces[j].lower() for j in rest[:2]]
    return said[1] if len(said) > 1 and said[0] in _ADVERBS else (said[0] if said else None)


# Verbs say little about which line answers a question about a thing, in any of their forms
# ("going", "thought"), and nor do the fillers a question is wrapped in ("What time does it
# actually sit?"). Cut as stems() cuts, or a form longer than that never matches.
COMMON_VERBS = frozenset(
    stem(word)[:STEM]
    for word in """see saw seen keep kept take took taken put tell told feel felt look want need
    use try tried seem find found bring brought send sent ask leave left let start stop call show
    shown hear heard help make made get got gotten go going went gone do doing did done say saying
    said think thinking thought know knew known come coming came give giving gave given run ran
    actually basically honestly literally probably definitely really right sure anyway anything
    everything something""".split()  # noqa: SIM905
)
