"""Small grammar for answers said back in the persona's words (pure).

"Did you end up picking up any of their files?" is answered "Yes, I ended up picking up some
of their files.", "Was the meeting useful?" "Yes, it was useful.": the past tense of a verb
after "did", "some" for "any" in a yes, a noun phrase as the subject ("the meeting" -> "it"),
and a long rest cut where a phrase ends.
"""

from __future__ import annotations

import re

DETERMINERS = frozenset("the that this your my his her their our these those".split())  # noqa: SIM905
# Numbers that start a subject as a determiner would: "Is two o'clock okay?"
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve half".split())  # noqa: SIM905
_IRREGULAR = {
    "be": "was",
    "begin": "began",
    "bring": "brought",
    "buy": "bought",
    "come": "came",
    "do": "did",
    "feel": "felt",
    "find": "found",
    "get": "got",
    "give": "gave",
    "go": "went",
    "have": "had",
    "hear": "heard",
    "keep": "kept",
    "know": "knew",
    "leave": "left",
    "let": "let",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "put": "put",
    "read": "read",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "send": "sent",
    "sit": "sat",
    "speak": "spoke",
    "spend": "spent",
    "take": "took",
    "tell": "told",
    "think": "thought",
    "write": "wrote",
}
_DOUBLED = frozenset(
    "stop plan drop ship skip step grab slip trip admit commit submit refer prefer regret".split()  # noqa: SIM905
)
_SOME = {"any": "some", "anything": "something", "anyone": "someone", "anybody": "somebody"}
_ADVERBS = frozenset("actually ever really already even just still also finally".split())  # noqa: SIM905
# Words before which a long rest can be cut and still say what it was about.
_PHRASE_STARTS = frozenset(
    "about in on at for with when because after before since while during from".split()  # noqa: SIM905
)
# Endings of nouns that are not verbs ("teacher", "decision"), and verbs that share them.
_NOUN_ENDINGS = ("er", "or", "ion", "ment", "ness", "ity", "ist", "ship", "hood")
_VERBS_LIKE_NOUNS = frozenset(
    """answer offer enter consider remember order discover deliver gather bother matter wonder
    mention question comment border cover register monitor mirror honor honour""".split()  # noqa: SIM905
)
MIN_KEPT = 3
# Words a question trails off with ("gone for something yet", "had a mentor before, then").
_TRAILING = frozenset("yet already then though anyway actually honestly really".split())  # noqa: SIM905


def past(verb: str) -> str:
    """The simple past of a verb: "end" -> "ended", "try" -> "tried", "go" -> "went"."""
    lowered = verb.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    if lowered.endswith("e"):
        return lowered + "d"
    if lowered.endswith("y") and len(lowered) > 2 and lowered[-2] not in "aeiou":
        return lowered[:-1] + "ied"
    short = len(lowered) == 3 and lowered[1] in "aeiou" and lowered[2] in "bdgmnprt"
    if short or lowered in _DOUBLED:
        return lowered + lowered[-1] + "ed"  # "chat" -> "chatted", "plan" -> "planned"
    return lowered + "ed"


def in_the_past(rest: list[str]) -> list[str] | None:
    """A rest after "did I" put in the past: "actually read the bit" -> "actually read the
    bit", "end up picking" -> "ended up picking"; None when no verb comes first (a noun such
    as the "teacher" of "did the head teacher ever...")."""
    for i, word in enumerate(rest):
        if word.lower() in _ADVERBS:
            continue
        if not word.isalpha() or _noun_like(word):
            return None
        return [*rest[:i], past(word), *rest[i + 1 :]]
    return None


# Words after a noun that carry the subject on ("your wife's conference | in Edinburgh").
_RUNS_ON = frozenset("in of from at".split())  # noqa: SIM905
# Verbs that follow a subject's last noun ("the new hire | start on Monday").
_VERBS = frozenset(_IRREGULAR) | frozenset(
    """start happen work help change finish arrive end open close call reply answer agree move
    stop show turn ask look play seem land""".split()  # noqa: SIM905
)


def past_the_subject(rest: list[str]) -> list[str] | None:
    """The rest after "did <two words>" from its verb: "alarm | go off" -> "go off" (the
    subject's last noun dropped: "Did the fire alarm go off?"); None when the subject runs on
    ("conference | in Edinburgh go well")."""
    if len(rest) < 2 or rest[0].lower() in _VERBS or rest[0].lower() in _ADVERBS:
        return rest
    following = rest[1].lower()
    if following in _VERBS:
        return rest[1:]
    return None if following in _RUNS_ON else rest


def _noun_like(word: str) -> bool:
    lowered = word.lower()
    return lowered.endswith(_NOUN_ENDINGS) and lowered not in _VERBS_LIKE_NOUNS


def affirmed(words: list[str]) -> list[str]:
    """The words of a yes: "any of their files" -> "some of their files"."""
    return [_SOME.get(w.lower(), w) for w in words]


def numbered(words: list[str]) -> bool:
    """Whether the word after the subject's first is a number ("did | Year 8 | leave")."""
    return len(words) > 2 and words[2].strip(",.?!").isdigit()


def subject_end(words: list[str]) -> int:
    """Where the subject after the auxiliary ends: "was | Margit | there" -> 2, "was | the
    meeting | useful" -> 3 (a determiner or a number and its noun)."""
    first = words[1].lower() if len(words) > 1 else ""
    if len(words) > 2 and (first in _COUNTS or first.isdigit()) and not words[1].endswith(","):
        return 3  # "is | two o'clock | okay"
    if numbered(words):
        return 3  # "did | Year 8 | leave", "is | press 9 | running"
    if len(words) > 2 and first in DETERMINERS and not words[1].endswith(","):
        alone = words[2].endswith(",") or words[2].lower() in DETERMINERS | {"a", "an"}
        # ("Is that one of those field notebooks?": "that" alone, "one of" what it is)
        alone = alone or (words[2].lower() == "one" and len(words) > 3 and words[3] == "of")
        return 2 if alone else 3  # "Is that fair, or...", "Is that your coffee?": "that" alone
    return 2


def cut(words: list[str], limit: int) -> list[str] | None:
    """The rest cut before the last phrase that keeps it within ``limit`` words ("read the
    bit in the scheme guide | about agreeing how we work"), and before a second question ("gone
    for anything yet, | or is it more browsing"); None when it cannot be."""
    for i, word in enumerate(words[:-1]):
        if word.endswith(",") and words[i + 1].lower() == "or":
            words = words[:i] + [word.rstrip(",")]
            break
    if words and words[0].lower() == "or":
        return None  # only the other alternative is left: "Is that fair, | or has it grown?"
    while words and words[-1].lower().strip(",?") in _TRAILING:
        words = words[:-1]
    if words:
        words = [*words[:-1], words[-1].rstrip(",")]
    if len(words) <= limit:
        return words
    ends = [i for i in range(MIN_KEPT, limit + 1) if words[i].lower() in _PHRASE_STARTS]
    return words[: ends[-1]] if ends else None


# Someone of theirs asked about: "Is your son still cricket mad?" is answered "Yes, he is",
# not "Yes, it is".
_POSSESSIVES = frozenset({"your", "my", "his", "her", "their", "our"})
_HE = frozenset({"son", "husband", "dad", "father", "brother", "boyfriend", "grandad"})
_SHE = frozenset({"daughter", "wife", "mum", "mom", "mother", "sister", "girlfriend", "gran"})


# Someone named by their role: "Did the head teacher get in touch?" is answered "Yes, they
# did", not "Yes, it did" (which of them the persona means, the question does not say).
_ROLES = frozenset(
    """teacher manager director boss supervisor mentor client colleague coordinator consultant
    officer chair counsel nurse doctor engineer partner architect auditor assistant""".split()  # noqa: SIM905
)


def person_meant(words: list[str]) -> str | None:
    """ "he" or "she" for a question's subject that is someone of theirs ("your son", "her
    mum"), "they" for someone named by their role ("the head teacher", "your manager"), from
    the words after its auxiliary; None for anything else."""
    if len(words) < 3:
        return None
    if words[1].lower() in DETERMINERS and any(
        w.strip(",.?!").lower() in _ROLES for w in words[2:4]
    ):
        return "they"
    if words[1].lower() not in _POSSESSIVES:
        return None
    noun = words[2].strip(",.?!").lower()
    return "he" if noun in _HE else "she" if noun in _SHE else None


HAVE = frozenset({"has", "have", "had"})
# How a past participle after "has the X" looks: "replied", "seen", "gone", "brought", "been".
PARTICIPLE = re.compile(
    r"(?:\w+(?:ed|en|wn|ne|ght|lt|nt|pt|rd|ld|id|ot|ung|un)|been|had|made|said|read|put|let|met"
    r"|come|become|set|got|ever|already|just|still|never|always|really|actually)",
    re.I,
)


# How a predicate after "is the X" opens: an adjective, a participle, an adverb, a place.
_PREDICATE = re.compile(
    r"(?:\w+(?:ly|ed|ing|ful|able|ible|ous|ive|ent|ant|ic|al|less|sy|py|dy|ty)|ready|ok|okay"
    r"|fine|good|bad|hard|right|wrong|fair|true|still|done|over|new|free|clear|late|early|here|there|in|on"
    r"|at|up|off|out|back|worth|enough|too|so|as|more|less|all|just|really|quite|very|sure|due"
    r"|open|closed|safe|big|small|long|short|full|high|low|tight|slow|fast|set|keen|able)",
    re.I,
)


_COMPLEMENT_STARTS = frozenset("a an the you us me him her them".split())  # noqa: SIM905


def runs_on(rest: list[str]) -> bool:
    """Whether the subject runs past the words taken for it: the rest opens with a word that
    is no predicate, followed by one that is ("side | easy to work with")."""
    if len(rest) < 2 or rest[0].endswith(",") or rest[0].lower() in _COMPLEMENT_STARTS:
        return False  # "Is this | a big job?", "Is it | eight-thirty, in the small room?"
    first, second = (w.strip(",.?!").lower() for w in rest[:2])
    return not _PREDICATE.fullmatch(first) and bool(_PREDICATE.fullmatch(second))
