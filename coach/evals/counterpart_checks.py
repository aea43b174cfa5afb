"""What a fitting counterpart reply must do, checked by code (pure).

The checks read the reply's function from its words, as the responsiveness set's brief
defines them (evaluation/counterpart/README.md): a yes/no question is answered yes or no in
the first sentence, a topical question with words about the topic, a summary is confirmed or
corrected at the start, an offer or request is accepted, declined or questioned, early advice
is not simply adopted, a judgment gets a short reply that reveals nothing new, a plan
invitation gets an idea, a proposal a response, an invitation to commit a first-person step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

_WORD = re.compile(r"[a-zà-ÿ0-9']+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_STOP = frozenset(
    """a an the and or but so of to in on at for with about from by as is are was were be been
    it its it's this that these those i i'm i've i'd i'll me my you you're your we our they
    their he she his her him them there here what which who how when where why not no yes do
    did does have has had can could would should will just really very then than if""".split()  # noqa: SIM905  (a word list reads better as text)
)


def _lead(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + pattern + r")(?![\w'])", re.I)


YES_NO = _lead(
    r"yes|yeah|yep|yup|no|nope|nah|not really|not at all|not yet|not exactly|not quite|sort of|"
    r"kind of|a bit|a little|partly|mostly|never|always|absolutely|definitely|of course|sure|"
    r"maybe|i think so|i don't think so|i guess|once|twice|both|neither|"
    r"(?:i|he|she|they|we|it|that|there|you|\w+)\s+(?:did|was|were|is|am|are|have|has|had|do|"
    r"does|can|could|will|would|should|didn't|wasn't|weren't|isn't|aren't|haven't|hasn't|"
    r"hadn't|don't|doesn't|can't|couldn't|won't|wouldn't|shouldn't)(?:n't)?(?: not)?\W*$"
)
CONFIRMS = _lead(
    r"yes|yeah|yep|exactly|that's it|that's right|that's about it|that's fair|right|pretty much|"
    r"more or less|broadly|mostly|spot on|i think so|correct|you've got it|you have it|"
    r"that sums it up|basically|that's (?:a )?fair (?:summary|enough)|fair enough|mm|mhm|true"
)
CORRECTS = _lead(
    r"no|not quite|not exactly|not really|partly|close|almost|well|hmm|that's not|that isn't|"
    r"it's not|it isn't|i wouldn't|i'm not|i didn't|i haven't|actually|sort of|kind of|"
    r"i'd put it|that's one|half|nearly|that's (?:only )?part of it|part of it|mostly"
)
ACCEPTS = re.compile(
    r"\b(?:yes|yeah|please|thank you|thanks|that would help|that'd help|that would be|"
    r"i'd like that|i would like that|sounds good|okay|ok|sure|i can|i will|i'll|happy to|fine|"
    r"great|that works|of course|definitely|i'd appreciate|i could|alright|all right|good idea)\b",
    re.I,
)
DECLINES = re.compile(
    r"\b(?:no|not yet|i'd rather not|i would rather not|i don't think|i can't|i won't|"
    r"maybe not|not sure|not now|i'd rather|leave it|no need|i don't want)\b",
    re.I,
)
ADOPTS = _lead(
    r"good idea|great idea|you're right|i'll do that|i will do that|that's what i'll do|"
    r"(?:okay|ok|sure|yes|right),? i'll (?:do|try) (?:that|it)|will do"
)
DEFLECTS = re.compile(
    r"\b(?:tried|not that simple|not so simple|isn't that simple|it's not|it isn't|i don't think|"
    r"but|not sure|maybe|i know|easy to say|easier said|wouldn't|won't work|doesn't work|"
    r"don't know|not the point|not really|i guess|perhaps|already|the problem|the thing is|"
    r"i can't|not yet|hm|hmm|well|though|noted|in hand|on the list|we'll see|i'll see|"
    r"i'll think|heard that|managing|instead|back up|hold on|before i|official version"
    r"|(?:i'm|i am) not (?:going to|about to|writing|doing|sure)|(?:doesn't|don't) feel like"
    r"|i'd rather (?:hear|you|start with)|(?:didn't|doesn't|won't) help|told me that before)\b",
    re.I,
)
CLOSES = re.compile(
    r"\b(?:thanks|thank you|bye|goodbye|see you|talk soon|speak soon|take care|cheers|"
    r"until next|next week|next time|good luck|have a good|see you then|catch you)\b",
    re.I,
)
CONTRIBUTES = re.compile(
    r"\b(?:i could|we could|maybe i|maybe we|maybe you|what if|i might|i'd like to|i would like to|"
    r"maybe (?:a|an|one|just|something|start|smaller)|"
    r"i want to|how about|perhaps|i think i should|i should|i need to|i'll|i will|i'm going to|"
    r"could you|it would help if|it'd help if|if you could|can we|could we|let's|i'd want|"
    r"one thing|would it help|i'd rather|i'd need|i'd suggest|my idea|the first step|i can|"
    r"(?:might|would|could) help|what i'd (?:like|want|suggest|do)|if i were you)\b"
    r"|(?:^|[.!?]\s+)(?:talk|go|ask|write|send|try|start|book|call|bring|put|get|make|tell"
    r"|keep|take|show|pick|use|give|offer|find|check|set)\b",
    re.I,
)
RESPONDS = re.compile(
    r"\b(?:yes|yeah|okay|ok|that works|sounds good|fine|sure|i can do|deal|agreed|good|but|"
    r"though|the only thing|the problem|the trouble|the catch|except|not sure|what about|"
    r"instead|rather|maybe|i'd prefer|as long as|if|alright|all right|i could|i'll|i will|"
    r"could we|can we|no|i'd like that|i'd welcome|that would help)\b",
    re.I,
)
COMMITS = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise|i commit|"
    r"my first step|first thing i'll|i can have)\b",
    re.I,
)

BRIEF_WORDS = 20
HEDGE_WORDS = 3  # a first sentence this short ("Mostly, yes.") is read with the next
GUARDED_WORDS = 30
WITHDRAWN_WORDS = 25
ELABORATE_WORDS = 15
NEW_SUBSTANCE = 0.3  # share of a still-private disclosure's content words that gives it away


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in _STOP and len(w) > 2}


def first_sentence(text: str) -> str:
    said = sentences(text)
    return said[0] if said else ""


def mentions_any(reply: str, about: Iterable[str]) -> bool:
    """Whether the reply uses one of ``about`` in any form ("meet" matches "meeting")."""
    lowered = reply.lower()
    tokens = words(reply)
    for word in about:
        word = word.lower().strip()
        if " " in word or "-" in word:
            if word in lowered:
                return True
            continue
        stem = word[: max(4, len(word) - 2)] if len(word) > 4 else word
        if any(t.startswith(stem) for t in tokens):
            return True
    return False


def gives_away(reply: str, private: Sequence[str]) -> bool:
    """Whether the reply says a good part of any still-private disclosure."""
    said = content_words(reply)
    for text in private:
        wanted = content_words(text)
        if wanted and len(said & wanted) / len(wanted) >= NEW_SUBSTANCE:
            return True
    return False


Check = Callable[[str, object, Sequence[str]], bool]


def _answer(reply: str, value: object, private: Sequence[str]) -> bool:
    return bool(YES_NO.search(first_sentence(reply))) or bool(YES_NO.match(reply))


def _summary(reply: str, value: object, private: Sequence[str]) -> bool:
    said = sentences(reply)
    first = said[0] if said else ""
    if len(words(first)) <= HEDGE_WORDS and len(said) > 1:
        first = f"{first} {said[1]}"  # "Mostly, yes. But it's not that I didn't care."
    clause = re.split(r"[,;:—–-]", first, maxsplit=1)[0]
    if len(words(clause)) == 1 and not CONFIRMS.search(clause):
        clause = re.split(r"[,;:—–-]", first, maxsplit=2)[1] if "," in first else clause
    lowered = first.lower()
    corrects = bool(CORRECTS.search(first)) or " but" in lowered or " though" in lowered
    if value == "correct":
        return corrects
    return bool(CONFIRMS.search(clause)) and not corrects


def _respond(reply: str, value: object, private: Sequence[str]) -> bool:
    opening = " ".join(sentences(reply)[:2])
    return "?" in opening or bool(ACCEPTS.search(opening)) or bool(DECLINES.search(opening))


def _deflect(reply: str, value: object, private: Sequence[str]) -> bool:
    return not ADOPTS.search(reply) and ("?" in reply or bool(DEFLECTS.search(reply)))


def _withdraw(reply: str, value: object, private: Sequence[str]) -> bool:
    return len(words(reply)) <= WITHDRAWN_WORDS and not gives_away(reply, private)


def _guarded(reply: str, value: object, private: Sequence[str]) -> bool:
    return len(words(reply)) <= GUARDED_WORDS and not gives_away(reply, private)


def _brief(reply: str, value: object, private: Sequence[str]) -> bool:
    return len(words(reply)) <= BRIEF_WORDS and len(sentences(reply)) <= 2


def _elaborate(reply: str, value: object, private: Sequence[str]) -> bool:
    return len(sentences(reply)) >= 2 and len(words(reply)) >= ELABORATE_WORDS


def _close(reply: str, value: object, private: Sequence[str]) -> bool:
    return bool(CLOSES.search(reply))


def _plan(reply: str, value: object, private: Sequence[str]) -> bool:
    if value == "commit":
        return bool(COMMITS.search(reply)) and len(words(reply)) >= 6
    if value == "contribute":
        return bool(CONTRIBUTES.search(reply))
    return bool(RESPONDS.search(reply))


def _about(reply: str, value: object, private: Sequence[str]) -> bool:
    return isinstance(value, list) and mentions_any(reply, value)


CHECKS: Mapping[str, Check] = {
    "answer": _answer,
    "summary": _summary,
    "offer": _respond,
    "request": _respond,
    "deflect": _deflect,
    "withdraw": _withdraw,
    "guarded": _guarded,
    "brief": _brief,
    "elaborate": _elaborate,
    "close": _close,
    "plan": _plan,
    "about": _about,
}


def failed_checks(reply: str, expect: Mapping[str, object], private: Sequence[str]) -> list[str]:
    """The names of the expectations ``reply`` does not meet (empty: it fits).

    Args:
        private: the texts of the disclosures not yet made when the reply was given.
    """
    return [key for key, value in expect.items() if not CHECKS[key](reply, value, private)]
