"""A feeling a summary gives the persona that is of another kind than the one it told (pure):
"you were annoyed with me" after "I'm embarrassed... I made a whole story out of it". Split
from coach.practice.summary_check; coach.practice.detail_fix names the one put right.

Feelings are compared by kind, so that a summary in other words ("worried" for "scared") is
not corrected: only a feeling of another kind, said of them, where they told one of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Feelings by kind: one word of a kind stands for any other of it.
KINDS = (
    "embarrassed ashamed silly stupid humiliated mortified embarrassing humiliating",
    "worried anxious scared afraid nervous frightened terrified panicked wary uneasy apprehensive"
    " worrying scary frightening dread dreading",
    "angry annoyed irritated cross furious frustrated resentful fed offended insulted impatient"
    " frustrating annoying infuriating maddening angered",
    "sad upset hurt disappointed down gutted upsetting stung",
    "tired exhausted drained shattered exhausting draining",
    "relieved glad pleased happy grateful proud",
    "guilty",
    "lonely isolated alone",
    "confused baffled puzzled bewildered confusing baffling unsure uncertain lost",
    "junior small belittled patronised patronized inferior",
    "attacked cornered threatened ambushed",
)
# Feeling made small, told as what one feels like: "I feel like an intern who's taken a problem
# to a grown-up", "I feel like the most junior person in the building", or young again: "I
# feel about twenty-two again" (told as "junior").
_FEEL_LIKE_SMALL = re.compile(
    r"\bi (?:feel|felt|end up feeling) like (?:a|an|the) (?:\w+ ){0,2}?(?:junior|intern|child|kid"
    r"|schoolgirl|schoolboy|student|trainee|work-experience)\b|\bi (?:feel|felt) (?:about |like )?"
    r"(?:(?:twenty|thirty)(?:-[a-z]+)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|\d{1,2}) again\b",
    re.I,
)
KIND_OF = {word: n for n, words in enumerate(KINDS) for word in words.split()}  # word: its kind
# What must not follow a feeling word for it to be one: "unsure what to do" is not knowing how,
# no feeling ("unsure" alone, or of them, is one).
_NOT_AFTER = {
    "unsure": r"(?! (?:what|how|whether|if|where|when|who|which|about)\b)",
    "small": r"(?! [a-z]+s\b)",  # "small tables" are no feeling
}
FEELINGS = "|".join(w + _NOT_AFTER.get(w, "") for w in sorted(KIND_OF, key=len, reverse=True))
# A feeling said of them ("you were annoyed with me") and one they told of themselves ("I'm
# embarrassed", "I felt a bit silly").
_THEIRS_SAID = re.compile(
    rf"\b(?:you(?:'re| are| were| was| felt| feel|'ve been| have been|(?:'d)? got|'d been)"
    # or what it does to them: "it makes you angry", "it left you feeling gutted"
    rf"|(?:makes?|made|leaves?|left) you(?: feel| feeling)?)\s+(?:\w+\s+){{0,2}}?({FEELINGS})\b"
    # or done to them: "because what I said upset you"
    r"|\b(upset|hurt|annoyed|angered|scared|worried|embarrassed|frustrated|confused) you\b"
    # or how they came away: "you came out of that car angry with me"
    rf"|\byou (?:came|walked|went|got|stormed|left)(?: \w+){{0,4}}? ({FEELINGS})"
    r"(?= with\b| about\b| at\b|\s*[,.;])"
    # or what they sat there feeling: "you sat in your car for twenty minutes feeling angry"
    rf"|\byou\b[^.;?!]{{0,60}}?\bfeeling (?:\w+ )?({FEELINGS})\b",
    re.I,
)
# A feeling given as the answer, a sentence to itself: "Pleased. Proud, honestly.", "Ashamed,
# mostly.", "Only uncertain, and a bit anxious..."
_NAMED_ALONE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?:(?:only|just|mostly|mainly|more|a bit|a little) )?({FEELINGS})(?=[.,!])",
    re.I,
)
# Dread told by the body: "my stomach drops", "my heart sinks".
_DREAD = re.compile(
    r"\bmy (?:stomach|heart|gut) (?:drops|dropped|sinks|sank|turns|turned|lurches|knots)\b", re.I
)
_NOT = r"(?!(?:not|never|no)\b)"
_OWN = re.compile(
    # ("I felt... under attack", a pause and all)
    rf"\bi(?:'m| am| was| felt| feel|'ve been| have been| got)(?:\s*(?:\.{{2,}}|\u2026))?\s+"
    rf"(?:{_NOT}\w+\s+){{0,2}}?"
    rf"({FEELINGS})\b"
    # or what it did to them: "It baffled me.", "it really annoyed me"
    rf"|\bit\s+(?:{_NOT}\w+\s+)?({FEELINGS})\s+me\b"
    # "It made me uneasy, and it still does a little."
    rf"|\bit\s+(?:{_NOT}\w+\s+)?(?:makes?|made|leaves|left) me(?: feel| feeling)?\s+({FEELINGS})\b"
    # or how it was for them: "It is embarrassing.", "It's frustrating, honestly."
    rf"|\bit(?:'s| is| was| felt)\s+(?:{_NOT}\w+\s+){{0,2}}?({FEELINGS})\b"
    # or what they went about feeling: "I walked back to my desk feeling a bit lost"
    rf"|\bi\b[^.;?!]{{0,60}}?\bfeeling (?:{_NOT}\w+\s+){{0,2}}?({FEELINGS})\b",
    re.I,
)
# A feeling they say they did not have: "it didn't hurt", "I wasn't upset", "I'm not angry".
_DENIED = re.compile(
    rf"\b(?:it (?:didn't|did not|doesn't|does not|wasn't|was not)|i(?:'m not| am not| wasn't"
    rf"| was not| didn't feel| did not feel))\s+(?:\w+\s+)?({FEELINGS})\b"
    # "Harlow didn't make me angry."
    rf"|\b(?:didn't|did not|doesn't|does not) (?:make|leave) me(?: feel)?\s+({FEELINGS})\b"
    # or denied alone: "Ashamed, mostly. Not angry with anyone."
    rf"|(?:^|(?<=[.!?] ))not ({FEELINGS})\b",
    re.I,
)


# Feelings told without a feeling word, and the word they are told as.
_TOLD_AS = {_DREAD: "dread", _FEEL_LIKE_SMALL: "junior"}


def _told_of_itself(history: Sequence[str]) -> list[str]:
    """The feelings the persona told of itself, as written, in the order told (a feeling told
    without a feeling word as the word it is told as)."""
    return [
        _TOLD_AS.get(m.re) or next(filter(None, m.groups()))
        for line in history
        for m in sorted(
            [
                *_OWN.finditer(line),
                *_DREAD.finditer(line),
                *_NAMED_ALONE.finditer(line),
                *_FEEL_LIKE_SMALL.finditer(line),
            ],
            key=lambda m: m.start(),
        )
    ]


_ANY_FEELING = re.compile(rf"\b(?:{FEELINGS})\b", re.I)  # a feeling word, whoever felt it


def changed_feeling(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The feeling the persona told and the one the summary gave it instead (of another
    kind, or one it said it did not have), or None."""
    told = _told_of_itself(history)
    denied = {
        KIND_OF[next(filter(None, m.groups())).lower()]
        for line in history
        for m in _DENIED.finditer(line)
    }
    kinds = {KIND_OF[word.lower()] for word in told} - denied
    # (the feeling to say back is the last the summary left out: "ashamed", not the "proud"
    # it already said of the design)
    kept = {KIND_OF[word.lower()] for word in _ANY_FEELING.findall(claim)}
    left_out = [word for word in told if KIND_OF[word.lower()] not in kept] or told
    for found in _THEIRS_SAID.finditer(claim):
        said = next(filter(None, found.groups())).lower()
        kind = KIND_OF.get(said)
        if told and kind is not None and kind not in kinds:
            return left_out[-1].lower(), said
    return None


# A feeling a summary puts on someone else: "and Dan feels selfish about you taking the cut",
# "you emailed Rhona afterwards, and she felt terrible about it".
_FELT_BY = re.compile(
    r"\b(?P<who>(?-i:[A-Z][a-zà-ÿ]+)|he|she)\b(?:'s| is| was)? (?:feels|felt|feeling)"
    r" (?:(?:a bit|quite|really|so|very|pretty|awful|terribly) )?(?P<word>[a-z]+)\b",
    re.I,
)
_NOT_A_FEELER = frozenset({"I", "You", "It", "That", "This", "There", "What", "Which", "Who"})
# A feeling the persona told of someone else, which a summary's "she felt ..." may be.
_THIRD_FELT = re.compile(r"\b(?:he|she|they)(?:'s| is| was)? (?:felt|feels|feeling)\b", re.I)
# Feelings of no one kind above that a summary may still put on the wrong person.
_ALSO_FELT = frozenset(
    "selfish terrible awful dreadful responsible useless helpless trapped stuck excited"  # noqa: SIM905
    " jealous torn bad rubbish horrible".split()
)


def feeling_given_to_another(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's own feeling, as it told it ("I feel selfish"), and the one the summary
    gives it to ("Dan"), when the persona told that feeling (the word, or one of its kind) of
    itself and never of them: "Dan feels selfish" after "Wanting it makes me feel selfish...
    Dan just keeps saying he'll back whatever I choose". A pronoun ("she felt terrible") is
    taken for someone else only where the persona told no one else's feeling at all."""
    heard = " ".join(history)
    for found in _FELT_BY.finditer(claim):
        who, word = found.group("who"), found.group("word").lower()
        if who.capitalize() in _NOT_A_FEELER or (word not in KIND_OF and word not in _ALSO_FELT):
            continue
        kin = [w for w, kind in KIND_OF.items() if kind == KIND_OF.get(word)] or [word]
        told = "|".join(sorted(kin, key=len, reverse=True))
        own = re.search(
            rf"\b(?:i(?:'m| am| was| feel| felt)|i was the one who (?:felt|was)|me(?: feel"
            rf"| feeling)?)\s+(?:\w+\s+){{0,2}}?"
            rf"({told})\b",
            heard,
            re.I,
        )
        theirs = re.search(rf"\b{re.escape(who)}\b[^.!?]*\b(?:{told})\b", heard, re.I)
        if own and not theirs and who.lower() not in {"he", "she"}:
            return f"I feel {own.group(1).lower()}", who
        if own and who.lower() in {"he", "she"} and not _THIRD_FELT.search(heard):
            return f"I felt {own.group(1).lower()}", {"he": "him", "she": "her"}[who.lower()]
    return None


# A feeling the learner tells of themselves, as its subject: "I've been feeling a bit guilty",
# "I was mortified" (not "I can see how that would land, feeling like the junior", theirs).
_I_FELT = re.compile(
    rf"\bi(?:'m| am| was| felt| feel|'ve been| have been)(?: feeling)?\s+(?:{_NOT}\w+\s+){{0,2}}?"
    rf"({FEELINGS})\b",
    re.I,
)


def feeling_of_the_listener(
    claim: str, history: Sequence[str], learner: Sequence[str]
) -> tuple[str, str] | None:
    """A feeling the learner told of themselves ("I've been feeling a bit guilty", "I was
    mortified") that the summary gives the persona ("you felt a bit guilty", "you were
    mortified"), when the persona never told one of its kind of itself, or never said the
    learner's very word: the learner's own feeling, as the persona puts it back ("you felt
    guilty"), and who it was given to ("me")."""
    own = {KIND_OF[word.lower()] for word in _told_of_itself(history)}
    theirs = {
        KIND_OF[m.group(1).lower()]: m.group(1).lower()
        for line in learner
        for m in _I_FELT.finditer(line)
    }
    persona = " ".join(history).lower()
    for found in _THEIRS_SAID.finditer(claim):
        word = next(filter(None, found.groups())).lower()
        kind = KIND_OF.get(word)
        if kind is None or kind not in theirs:
            continue
        # (one of its kind the persona told is theirs, unless the summary has the learner's
        # very word, which the persona never said: "mortified" after "I felt silly")
        told_word = theirs[kind] == word and not re.search(rf"\b{word}\b", persona)
        if kind not in own or told_word:
            return f"you felt {theirs[kind]}", "me"
    return None


# A feeling the persona told of someone else: "she was the nervous one", "Dan was furious".
_THEIRS_TOLD = re.compile(
    rf"\b(?P<who>(?-i:[A-Z][a-zà-ÿ]+)|he|she|they)(?:'s| is| was| were| felt| got)(?: getting)?"
    rf"(?: (?:so|really|very|a bit|the))? (?P<word>{FEELINGS})\b(?:(?<=fed) up\b)?(?: one\b)?",
    re.I,
)


_PRONOUN = re.compile(r"(?:he|she|they)\b", re.I)


def feeling_taken_from_another(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """A feeling the persona told of someone else ("Weirdly, she was the nervous one; I was
    fairly calm.") that the summary gives the persona ("You've been nervous about saying
    this"), when the persona never told one of its kind of itself: who had it, as the persona
    puts it back ("she was the nervous one"), and who it was given to ("me")."""
    own = {KIND_OF[word.lower()] for word in _told_of_itself(history)}
    others = {
        KIND_OF[m.group("word").lower()]: m.group(0)
        for line in history
        for m in _THEIRS_TOLD.finditer(line)
        if m.group("who").capitalize() not in _NOT_A_FEELER
    }
    for found in _THEIRS_SAID.finditer(claim):
        kind = KIND_OF.get(next(filter(None, found.groups())).lower())
        if kind is not None and kind in others and kind not in own:
            told = others[kind]
            return (told[0].lower() + told[1:] if _PRONOUN.match(told) else told), "me"
    return None


def misplaced_feeling(
    claim: str, history: Sequence[str], learner: Sequence[str]
) -> tuple[str, str] | None:
    """A feeling the summary gives the persona that was the learner's or someone else's, as
    the persona puts it back and who it was given to, or None."""
    return feeling_of_the_listener(claim, history, learner) or feeling_taken_from_another(
        claim, history
    )
