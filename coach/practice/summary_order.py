"""Two steps or two dated things told in another order than the persona's (pure).

"I paged Bea first and then went off and spent twenty-two minutes" after "...went at it by
yourself before you paged Bea" is corrected, and so is "Your contract finishes first, and then
Farah's team recruits" after "it's recruiting in January" and "the grant ... runs out in March".
Split from coach.practice.summary_times; summary_check uses it when it decides to correct, and
detail_fix says the persona's "before ..." back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.calendar_words import MONTHS
from coach.practice.summary_times import A_MONTH, CLAUSE
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# A step put before or after something: "before Thursday", "right after the panel".
_ORDER = re.compile(
    r"\b(before|after)\b((?: (?:the|his|her|your|my|our|their))?"
    r" (?!(?:i|you|he|she|we|they|it|this|that|them|him|her|me|us)\b)[A-Za-z]+)",
    re.I,
)
SAME_STEP = 2  # content words a summary's clause shares with the persona's sentence about it


def flipped_order(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's "before ..." and the summary's "after ..." (or the other way round) for
    the same step ("you go see Linda before Thursday and tell her about Harlow" summed up as
    "I go tell Linda about Harlow right after the panel"), or None."""
    said = [s for line in history for s in sentences(line)]
    for clause in CLAUSE.split(claim):
        for found in _ORDER.finditer(clause):
            word = found.group(1).lower()
            other = "after" if word == "before" else "before"
            own = stems(_ORDER.sub(" ", clause))
            for sentence in said:
                theirs = [m for m in _ORDER.finditer(sentence) if m.group(1).lower() == other]
                if not theirs or re.search(rf"\b{word}\b", sentence, re.I):
                    continue
                if len(own & stems(_ORDER.sub(" ", sentence))) >= SAME_STEP:
                    return theirs[0].group(0), found.group(0)
    return None


# Where a summary moves on to the next step: "I paged Bea first and then went off...".
_THEN = re.compile(r"\b(?:and )?(?:only )?then\b|\bafter that\b", re.I)

# A sentence of the persona's in two steps: "...went at it by yourself before you paged Bea."
_STEPS = re.compile(r"^(.+?)\b(before|after)\b(.+)$", re.I)


def reversed_steps(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary tells two steps the other way round from the persona's "A before
    B" (or "B after A"): B's words before its "then", A's after ("I paged Bea first and then
    went off and spent twenty-two minutes" after "Twenty-two minutes where you could see the
    fire and went at it by yourself before you paged Bea"), or from the persona's "A, and then
    B". A "then" that ends its clause ("...got the marking done after that, and...") puts
    that clause second, after all that came before it. A clause of the summary's own "A after
    B" or "B before A" tells them in order too ("you redid the seating plan after Tuesday's
    practical" after "I redid it last Thursday... Then Tuesday was the practical")."""
    told = _told_in_order(claim)
    if not told:
        return False
    if _THEN.search(claim) and _reordered(claim, history):
        return True
    steps = [(first, second, False) for first, second in _two_steps(history)]
    steps += [(first, second, True) for first, second in _told_afterwards(history)]
    return any(_against(told_first, told_then, steps) for told_first, told_then in told)


def _told_in_order(claim: str) -> list[tuple[set[str], set[str]]]:
    """The summary's steps, as the words told first and those told after: on either side of
    its "then", or of a clause's "after" or "before"."""
    told = []
    turn = _THEN.search(claim)
    if turn is not None:
        told_first, told_then = stems(claim[: turn.start()]), stems(claim[turn.end() :])
        after = claim[turn.end() :].lstrip()
        if not after or after[0] in ",;.!":  # "..., got the marking done after that, and..."
            start = claim.rfind(",", 0, turn.start()) + 1
            told_first, told_then = stems(claim[:start]), stems(claim[start : turn.start()])
        told.append((told_first, told_then))
    for clause in CLAUSE.split(claim):
        found = _STEPS.match(clause)
        if found and found[2].lower() == "after":
            told.append((stems(found[3]), stems(found[1])))
        elif found:
            told.append((stems(found[1]), stems(found[3])))
    return told


def _against(
    told_first: set[str], told_then: set[str], steps: Sequence[tuple[set[str], set[str], bool]]
) -> bool:
    """Whether the words told first are those of the second of one of the persona's pairs of
    steps, and the words told after those of its first."""
    for first, second, afterwards in steps:
        if min(len(first), len(second)) < SAME_STEP:
            continue  # "But after that, the outline felt harder": no two steps told
        # (one word of a step told afterwards is enough when the first is said back by three:
        # "you told him yourself at lunch, and then Denise announced it at the Monday huddle")
        shared_then = len(told_then & first)
        loose = afterwards and shared_then > SAME_STEP
        enough = 1 if loose else SAME_STEP
        if (
            len(told_first & second) >= enough
            and shared_then >= SAME_STEP
            and len(told_first & first) < SAME_STEP
        ):
            return True
    return False


_THEN_WORD = re.compile(r"\bthen\b", re.I)
LISTED = 3  # the steps of a line of the persona's told one "then" after another


def _reordered(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary tells in another order the steps of a line of the persona's that
    runs through three or more of them "then" after "then" ("Operator for a few years. Then
    setter... Then line lead." summed up as "then operator, then line lead, then setter"): the
    words only one step has, where the summary has them, run back from a later step to an
    earlier one (in a sentence of the summary's own that runs them "then" after "then")."""
    listed = [
        [stems(word) for word in re.findall(r"[A-Za-z'-]+", s)]
        for s in sentences(claim)
        if len(_THEN_WORD.findall(s)) >= LISTED - 1
    ]
    for line in history if listed else ():
        steps = [stems(part) for part in _THEN_WORD.split(line)]
        if len(steps) < LISTED:
            continue
        own = [step - set().union(*(o for o in steps if o is not step)) for step in steps]
        for said in listed:  # (each sentence's words, one by one, read once for every line)
            at = [min((i for i, w in enumerate(said) if w & mine), default=None) for mine in own]
            found = [(first, n) for n, first in enumerate(at) if first is not None]
            if len(found) >= LISTED and [n for _, n in sorted(found)] != [n for _, n in found]:
                return True
    return False


def _told_afterwards(history: Sequence[str]) -> list[tuple[set[str], set[str]]]:
    """Two steps, the second in a sentence of its own said to come afterwards ("Denise read it
    out at the Monday huddle... I caught him at lunch afterwards.")."""
    return [
        (stems(told[n - 1]), stems(sentence))
        for told in (sentences(line) for line in history)
        for n, sentence in enumerate(told)
        if n and _AFTERWARDS.search(sentence)
    ]


def _two_steps(history: Sequence[str]) -> list[tuple[set[str], set[str]]]:
    """The persona's two steps in order, as the content words of each: from one sentence
    ("A before B", "B after A", "A, and then B"), or from a sentence opening "First" and a
    later one opening "Then" ("First I would like to practise with you... Then, once they
    feel natural, I show Margit the table layout"), or from a sentence opening "Then" (or a
    clause "so I ...") and what the same line told before it ("I swapped it, re-queued every
    sample. That's three weeks. Then I gave Ines the new date")."""
    said = [sentence for line in history for sentence in sentences(line)]
    pairs = []
    for line in history:
        told = sentences(line)
        pairs += [
            (stems(" ".join(told[:n])), stems(sentence))
            for n, sentence in enumerate(told)
            if n and _THEN_OPENS.match(sentence)
        ]
        # what one did because of what the line told before it: "My mum had a stroke back in
        # July. ... Karthik's on days, so I went onto nights to cover the daytime."
        pairs += [
            (stems(" ".join([*told[:n], sentence[: so.start()]])), stems(sentence[so.end() :]))
            for n, sentence in enumerate(told)
            if (so := _SO_I.search(sentence))
        ]
        # the step waiting on the one before it: "Go and see Gareth in person... Once he's
        # agreed what goes in, then the one-pager goes to Meridian." (a step told afterwards in
        # a sentence of its own is _told_afterwards')
        pairs += [
            (stems(" ".join([told[n - 1], sentence[: once.end()]])), stems(sentence[once.end() :]))
            for n, sentence in enumerate(told)
            if n and (once := _ONCE.match(sentence))
        ]
    for n, sentence in enumerate(said):
        found, then = _STEPS.match(sentence), _THEN.search(sentence)
        if found:
            first, second = stems(found[1]), stems(found[3])
            pairs.append((second, first) if found[2].lower() == "after" else (first, second))
        elif then:  # "Jamal's position got frozen in January, and then Tanya went out"
            pairs.append((stems(sentence[: then.start()]), stems(sentence[then.end() :])))
        if _FIRST.match(sentence):  # (the first step runs on until the "Then")
            later = next((m for m in range(n + 1, len(said)) if _NEXT.match(said[m])), None)
            if later is not None:
                pairs.append((stems(" ".join(said[n:later])), stems(said[later])))
    return pairs


_FIRST = re.compile(r"^\W*(?:(?:so|okay|right|well),? )?first(?:ly| of all)?\b", re.I)
# (or what waits on the first: "Once I've read it, we sit down and talk about your patients")
_NEXT = re.compile(
    r"^\W*(?:and )?(?:then|after that|next|second(?:ly)?"
    r"|(?:once|after) (?:i|you|we)(?:'ve| have)|once (?:that|it)(?:'s| is| has))\b",
    re.I,
)
_AFTERWARDS = re.compile(r"\bafterwards\b|\bafter that\W*$", re.I)
_ONCE = re.compile(r"^\W*once (?:he|she|they|i|you|we|that|it)\b[^,]*,(?:\s*then\b)?", re.I)
_SO_I = re.compile(r",? so (?:i|we)\b(?!'d| would| could| might| think| guess)", re.I)
_THEN_OPENS = re.compile(r"^\W*(?:and )?(?:then|after that)\b", re.I)


def months_reversed(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary puts first the one of two things the persona dated later ("Your
    contract finishes first, and then Farah's team recruits" after "it's recruiting in
    January" and "the grant ... runs out in March"): each side of its "then" is told by a
    sentence of the persona's that names a month, and the months run the other way."""
    turn = _THEN.search(claim)
    if turn is None:
        return False
    dated = [
        (MONTHS.index(found.group(1).lower()), stems(A_MONTH.sub(" ", sentence)))
        for line in history
        for sentence in sentences(line)
        if (found := A_MONTH.search(sentence)) and len(A_MONTH.findall(sentence)) == 1
    ]
    first = _dated(stems(claim[: turn.start()]), dated)
    then = _dated(stems(claim[turn.end() :]), dated)
    return first is not None and then is not None and first > then


def _dated(said: set[str], dated: Sequence[tuple[int, set[str]]]) -> int | None:
    """The month of the one dated sentence that shares SAME_STEP words with ``said``."""
    months = {month for month, words in dated if len(said & words) >= SAME_STEP}
    return months.pop() if len(months) == 1 else None
