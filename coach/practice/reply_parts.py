"""Pieces of an offline reply: what kind of fact a question wants, the question in a turn,
the thing offered or asked about, and whether a mentee's ask is specific (pure)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence

from coach.coder.words import content_words
from coach.practice.answers import COMMON_VERBS, SUBJECTS
from coach.practice.move_cues import ROOM_WEATHER, SMALL_TALK_TOPIC, SPORT
from coach.practice.moves import SMALL_TALK, checks_summary
from coach.practice.reply_times import ASKS_WHEN
from coach.practice.text import sentences
from coach.practice.topics import topic
from coach.practice.trust import mentions
from coach.practice.word_stems import stems
from coach.scenarios.models import Scenario

YES_NO_LEAD = re.compile(r"^\W*(?:yes|yeah|yep|no|nope|not really|not yet|sort of|kind of)\b", re.I)
# What kind of fact a question wants, and how a line that gives it looks.
WANTS = (
    (
        ASKS_WHEN,
        re.compile(
            r"\b(?:\w+day|week|month|year|ago|since|until|tonight|tomorrow|morning|\d"
            r"|january|february|march|april|may|june|july|august|september|october"
            r"|november|december|first|second|third|fourteenth)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\b(?:how (?:many|much|often|far)|what (?:number|figure|percentage))\b", re.I),
        re.compile(
            r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
            r"|hundred|thousand|dozen|half|twice|once|percent)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\bwho\b", re.I),
        re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr)\b"),  # "Mrs. Okonkwo"
    ),
    (
        re.compile(r"\bwhere\b", re.I),
        re.compile(r"\b(?:at|in|on|near|behind|outside|inside|corner|street|room|office)\b", re.I),
    ),
)
SMALL_TALK_KINDS = (
    ("sport", re.compile(SPORT, re.I)),
    ("sorry", re.compile(r"\bsorry\b", re.I)),
    (
        "weather",
        re.compile(
            rf"\b(?:weather|rain(?:ing|y)?|pouring|drenched|soaked|snow(?:ing)?|{ROOM_WEATHER})\b",
            re.I,
        ),
    ),
    ("how", re.compile(r"\bhow (?:are|was|is)\b", re.I)),
    ("greeting", re.compile(r"^\W*(?:hi|hello|hey|hiya|morning|afternoon|evening|good)\b", re.I)),
)


def small_talk(pools: Mapping[str, list[str]], text: str) -> list[str]:
    """The small-talk lines that answer ``text``: last night's game, an apology, the weather or
    the room's warmth, a "how are you", a greeting."""
    kind = next((k for k, pattern in SMALL_TALK_KINDS if pattern.search(text)), "other")
    return pools.get(kind, pools["other"])


def chat(question: str) -> bool:
    """A yes/no question about the day's small things ("Did you get caught in the rain on the
    way over?"): answered in a word, with nothing of the story after it."""
    return bool(SMALL_TALK_TOPIC.search(question))


OFF_THE_STORY = 3  # words a yes/no question must have, none of the story, to be chat
# Something of the learner's put in their hands: "the version I emailed you", "a chance to look"
_SENT_THEM = re.compile(
    r"\b(?:i|we) (?:sent|emailed|shared|gave|forwarded|wrote|drafted|redrew|left)\b"
    r"|\bchance to (?:look|read|see|go through)\b",
    re.I,
)


def off_the_story(question: str, story: set[str], history: Sequence[str]) -> bool:
    """A yes/no question none of whose words are the story's (the scenario's lines, the last
    one said), or all but one, and none of the talk so far: "Are they finally knocking down
    the Annex?" is chat; not "Did you get a chance to look at the version I emailed you?",
    which asks about something of the learner's."""
    asked = stems(question) - COMMON_VERBS
    if len(asked) >= OFF_THE_STORY and not asked & story:
        return True
    talked = story | set().union(*(stems(line) for line in history))
    off = len(asked - talked) >= OFF_THE_STORY and len(asked & talked) <= 1
    return off and not _SENT_THEM.search(question)


_DENIES = re.compile(r"\b(?:not|never|no|nobody|nothing|none)\b|n't\b", re.I)
TOLD_COVER = 0.5  # share of a question's content (weighed by rarity) a sentence must say


def told_answer(question: str, lines: Sequence[str], weights: Mapping[str, float]) -> bool | None:
    """Yes or no to a question the persona's own words already answer: the sentence that says
    the most of what is asked ("Have you ever had a mentor at work?" after "I've never had a
    mentor at work.") answers no when it denies and yes when it does not; None when no
    sentence says TOLD_COVER of it. On the cases, where the writers said which answer fits,
    it was right about seven times in ten where it spoke, the toss of a coin six."""
    asked = stems(question) - COMMON_VERBS
    said = [(weighed(asked & stems(s), weights), s) for line in lines for s in sentences(line)]
    best = max(said, key=lambda pair: pair[0], default=None)  # the first of equals
    if best is None or not asked or best[0] < TOLD_COVER * weighed(asked, weights):
        return None
    return not _DENIES.search(best[1])


def weighed(words: set[str], weights: Mapping[str, float]) -> float:
    """The summed rarity of ``words`` (1 for a word ``weights`` lacks), in a fixed order: a
    set's order changes from one process to the next, and a floating-point sum with it, which
    would break ties differently and make a session replay differently after a restart."""
    return sum(weights.get(w, 1.0) for w in sorted(words))


def polarity(seed: int, question: str) -> bool:
    """Whether a yes/no question without an authored answer is answered yes (two in three)."""
    digest = hashlib.sha256(f"{seed}:{question.lower()}".encode()).digest()
    return digest[0] % 3 != 0


def all_lines(scenario: Scenario) -> list[str]:
    material = scenario.material
    topic_lines = [line for t in material.topics for line in t.lines]
    return [
        *material.elaborations,
        *material.short_answers,
        *topic_lines,
        *(d.text for d in scenario.disclosures),
    ]


def _asked(text: str) -> list[str]:
    return [s for s in sentences(text) if s.endswith("?")]


def last_question(text: str) -> str:
    asked = _asked(text)
    return asked[-1] if asked else text


_AUXILIARY_OPENING = re.compile(
    r"(?:^|,\s*)(?:did|do|does|was|were|is|are|have|has|had|can|could|will|would)\s+\w+", re.I
)
_AFTERTHOUGHT_WORDS = 4  # "Even a bit?", "Or not?": a yes/no question's afterthought


def asks_yes_or_no(text: str) -> bool:
    """Whether the turn ends on a question a yes or no answers ("Is it okay if I send it as a
    shared doc?"), not a statement ("I could send it as a shared doc.")."""
    return text.rstrip().endswith("?") and bool(_AUXILIARY_OPENING.match(yes_no_question(text)))


def yes_no_question(text: str) -> str:
    """The question a yes or no answers: the last, unless it is a short afterthought to an
    earlier yes/no question ("Have you made a start on the outline? Even a bit?")."""
    asked = _asked(text)
    afterthought = len(asked) > 1 and len(asked[-1].split()) <= _AFTERTHOUGHT_WORDS
    if afterthought and not _AUXILIARY_OPENING.search(asked[-1]):
        earlier = [q for q in asked[:-1] if _AUXILIARY_OPENING.search(q)]
        if earlier:
            return earlier[-1]
    return asked[-1] if asked else text


def without_check(text: str) -> str:
    said = sentences(text)
    return " ".join(said[:-1]) if len(said) > 1 and checks_summary(said[-1]) else text


def one_sentence(line: str | None) -> bool:
    return line is not None and len(re.findall(r"[.!?…](?:\s|$)", line.strip())) <= 1


def echo(text: str) -> str | None:
    """The thing offered or asked for, named back as a question ("Sinéad?"), when short."""
    named = topic(last_question(text))
    return f"{named[:1].upper()}{named[1:]}?" if named and len(named.split()) <= 4 else None


def specific(text: str) -> bool:
    """Whether a mentee's ask names something concrete: a day, a person, a number, a thing."""
    return bool(
        re.search(r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|\d)", text, re.I)
        or re.search(r"(?<!^)(?<![.?!] )\b[A-Z][a-z]+", text)
        or len(text.split()) >= 15
    ) and not SMALL_TALK.match(text)


TOPIC_BONUS = 4  # a line under a topic the learner named beats a chance word in common
# The word that makes "how" ask for a kind of fact, which is no word of the thing asked about:
# "How long have you been looking?" is not answered by "Long term, I'd like to lead a team."
_HOW_WHAT = re.compile(r"\bhow (?:long|often|far|soon)\b", re.I)
ASKED_WEIGHT = 2  # a word the learner used counts twice a word of the persona's last line
ASIDE_WEIGHT = 0.5  # a word said around the question, not in it
WITHOUT_THE_FACT = 0.5  # a line about the question that lacks the kind of fact it asks for


def aboutness(
    text: str, thread: str, named: set[str], weights: dict[str, float], question: str = ""
) -> Callable[[str], float]:
    """How much a line is about ``text``: the learner's content words it shares (rare ones
    count more, verbs not at all; outside the ``question`` answered, if one is given, half as
    much), half as much for words of ``thread`` (what the persona said last, which a reply may
    carry on), a topic the learner named, and the kind of fact asked for (a time for "when", a
    number for "how many"; a line without it counts half as much for the learner's words).
    Zero without the learner's words, the thread or a named topic."""
    said = stems(_HOW_WHAT.sub(" ", text)) - COMMON_VERBS  # not "long" in "How long...?"
    aside = said - stems(question) if question else set()  # "I want to be ready before that."
    thread_said = stems(thread) if thread else set()
    asking = " ".join(_asked(text))  # a kind of fact asked for, not said ("...when you left")
    wanted = [gives for asks, gives in WANTS if asks.search(asking)]

    def score(line: str) -> float:
        own = stems(line)
        # Summed in a fixed order and rounded (see weighed).
        asked = sum(
            weights.get(w, 1.0) * (ASIDE_WEIGHT if w in aside else 1.0) for w in sorted(said & own)
        )
        if not (asked or thread_said or line in named):
            return 0.0
        gives = sum(1 for kind in wanted if kind.search(line))
        about = ASKED_WEIGHT * asked + (TOPIC_BONUS if line in named else 0)
        if wanted and not gives:
            about *= WITHOUT_THE_FACT  # "When is it?" is not answered by a line with no time
        total = about + weighed(thread_said & own, weights) + gives
        return round(total, 9)

    return score


_ASKING = frozenset(
    """what when where who whom whose which why how many much long far often soon exactly
    remind me tell again now then yet still actually roughly even just really is are was were
    be been being do does did done doing have has had having get got go going gone run running
    make made think thought know say said mean meant happen happened come came give given
    and but or so the a an out up down in on at there here off over back away about around into
    with for from to of this that these those it its all any some one next last first when's
    what's where's who's how's""".split()  # noqa: SIM905
) | frozenset(
    """see keep take put tell feel look want need use try seem find bring send ask leave let
    start stop keep call show hear help""".split()  # noqa: SIM905
)
_POSSESSIVE = {"your": "My", "my": "Your", "his": "His", "her": "Her", "their": "Their"}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'-]+")
_PARTICLES = frozenset("up out off over round around down".split())  # noqa: SIM905


def focus(question: str) -> str | None:
    """The thing a question is about, said back as a question: "How many presses are you
    running?" -> "The presses?"; "How is your mum doing?" -> "My mum?"."""
    words = _TOKEN.findall(question)
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in _ASKING or lowered in SUBJECTS or lowered in _POSSESSIVE or len(word) < 3:
            continue
        before = words[i - 1].lower() if i else ""
        # a word after "you" is what they did ("Where did you grow up?"), not a thing
        if (before in SUBJECTS or not content_words(lowered)) and not word[:1].isupper():
            continue
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        verb_like = lowered.endswith(("s", "ed"))
        if verb_like and (after in _PARTICLES or before in ("who", "what")):
            continue  # "Who actually shows up?", "What happens to...": a verb, not a thing
        if before in _POSSESSIVE:
            return f"{_POSSESSIVE[before]} {word}?"
        return f"{word}?" if word[:1].isupper() else f"The {word}?"
    return None


SAYS_MORE_WORDS = 18  # an answer to an open question or reflection says at least this much


def too_short(line: str | None) -> bool:
    """Whether a reply to an invitation to say more would be a bare answer."""
    return line is not None and (one_sentence(line) or len(line.split()) < SAYS_MORE_WORDS)


def names_topic(
    text: str, said: set[str], keywords: Sequence[str], worded: Sequence[set[str]]
) -> bool:
    """Whether the learner's turn (``said``: its content words) names a topic: one of its
    ``keywords``, or all the content words of one (``worded``: those of two or more words)
    in any form and order ("Did one of your associates resign?" names "associate
    resigned")."""
    return mentions(text, keywords) or any(words <= said for words in worded)
