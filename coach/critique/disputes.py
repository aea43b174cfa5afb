"""The counterpart disputing what the learner said (pure): a word put on them ("I'm not sure
'literal' is the problem.", "No. It's not perfectionism.", "Lone wolf. ... No."), or the turn
named as blame of someone absent ("Blaming Owen won't do you any good"). A turn met like this
judged, whatever the coder read in it. Split from coach.critique.judging.
"""

from __future__ import annotations

import re

from coach.coder.words import FEELINGS

# The counterpart disputing a word the learner put on them: "I'm not sure 'literal' is the
# problem.", "No. It's not perfectionism.", "I'm not a worrier."
_DISPUTED = re.compile(
    r"not sure [\"'‘“]([^\"'’”]{2,30})[\"'’”] is\b|\bit(?:'s| is)n?(?:'t| not) (\w+ism)\b"
    # "So 'panicking' isn't the word I'd use."
    r"|[\"'‘“]([^\"'’”]{2,30})[\"'’”] (?:isn't|is not|wasn't) the word\b"
    # "I'm not private. I'm careful.", not "when I'm not around."
    r"|\bi'm not (?:a|an) (\w+)|(?:^|[.!?]\s+)i'm not (\w{4,})\."
    # "I wouldn't say sloppy.", and a reply that opens denying what was said of someone: "She
    # didn't flinch, to be accurate." (after "You could see why Mrs Ferrier flinched.")
    r"|\bi wouldn't (?:say|call (?:it|them|him|her)) (\w{4,})\b"
    r"|^\W*(?:he|she|they) (?:didn't|did not|wasn't|weren't) (\w{4,})\b",
    re.I,
)
# Someone absent cleared of a trait the learner put on them: "She's not prickly." (after "she
# can be prickly with staff"; not a feeling feared for them: "He's not angry. He's waiting.")
_CLEARED = re.compile(r"\b(?:he|she|they)(?:'s| is|'re| are)(?:n't| not) (\w{4,})[.,;]", re.I)
# The label said back on its own, then denied: "Lone wolf. Eleven years on the same shift. No."
_ECHOED = re.compile(r"^\W*(?:\([^)]*\)\s*)?([A-Za-z]+(?: [a-z]+)?)\.\s")
_DENIAL = re.compile(r"(?:^|[.!?]\s+)(?:no|nope|not really|not at all)[.!]", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
DENIED_WITHIN = 3  # sentences of the reply a denial after the echo must come in
LABEL_PREFIX = 6  # letters a disputed word shares with the learner's ("perfectionism", "-ist")


# A word put on them, hedged ("a little impulsive"), then denied alone: "It's not impulsive."
_HEDGED = r"\b(?:a little|a bit|rather|quite|slightly|fairly|somewhat|very|too) "
_NOT_THAT = re.compile(r"(?:^|[.!?]\s+)it(?:'s| is| was)(?:n't| not) (\w{5,})\.", re.I)


# Something called "a X" denied in so many words: "That's not a setup." after "...feels like a
# bit of a setup." (not after a question: "Is it a problem?" "It's not a problem.")
# (or said of someone absent: "She's not a nightmare, she's a client." after "...sounds like
# she's going to be a nightmare")
_NOT_A = re.compile(
    r"(?:^|[.!?]\s+)(?:that|it|this|he|she)(?:'s| is| was)(?:n't| not) an? (\w{4,})[.,;]", re.I
)
_CALLED_A = r"\ban? (?:bit of an? |kind of an? |real |total |complete )?"
# ...not a reading owned as the learner's own: "I'll be honest, I read it as a complaint, and I
# don't think I was right." met with "It wasn't a complaint."
_READ_AS = re.compile(
    r"\b(?:read|took|heard|saw|understood) (?:\w+ ){0,3}as\b|\bwonder(?:ed|ing)? (?:whether|if)\b",
    re.I,
)


def rejects_label(reply: str, said: str) -> bool:
    """Whether ``reply`` disputes a word for the counterpart that the learner used in ``said``."""
    denied = _NOT_THAT.search(reply)
    if denied and re.search(_HEDGED + re.escape(denied.group(1)) + r"\b", said, re.I):
        return True
    said_sentences = _SENTENCE_END.split(said)
    for called in _NOT_A.finditer(reply):
        word = _CALLED_A + re.escape(called.group(1)) + r"\b[^?]*(?:[.!]|$)"
        if any(re.search(word, x, re.I) and not _READ_AS.search(x) for x in said_sentences):
            return True
    used = {w[:LABEL_PREFIX] for w in re.findall(r"[a-z]+", said.lower()) if len(w) >= 4}
    for cleared in _CLEARED.finditer(reply):
        trait = cleared.group(1).lower()
        if trait[:LABEL_PREFIX] in used and trait not in FEELINGS:
            return True
    for found in _DISPUTED.finditer(reply):
        word = next(g for g in found.groups() if g).lower().split()[0]
        if len(word) >= 4 and word[:LABEL_PREFIX] in used:
            return True
    echoed = _ECHOED.match(reply)
    if echoed is None:
        return False
    words = [w for w in echoed.group(1).lower().split() if len(w) >= 4]
    opening = " ".join(_SENTENCE_END.split(reply)[:DENIED_WITHIN])
    return (
        bool(words)
        and all(w[:LABEL_PREFIX] in used for w in words)
        and bool(_DENIAL.search(opening[echoed.end() - 1 :]))
    )


# The counterpart naming what the learner did as blame of someone absent: "Blaming Owen won't
# do you any good", "Blaming the agency isn't going to fix it" (not "Blaming yourself...").
_BLAMING = re.compile(
    r"\bblaming (?!yourself|myself|ourselves|themselves)(?:the \w+|\w+)[^.!?]{0,30}?"
    r"\b(?:won't|doesn't|isn't|will not|does not|is not|never|not going to|gets? (?:you|us)"
    r" nowhere)\b",
    re.I,
)


# ...or says what it will not have put on someone, or done to them: "Let's not put Harlow on
# Jess.", "I'm not going to tear Tyler down to build you up." (not "Don't put pressure on
# yourself": what is put is a deed or a name, and never on oneself)
_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\b"
)
_PUT_ON = re.compile(
    r"\b(?:let's not|don't|do not|we can't|you can't|i won't) (?:put|pin|lay)"
    r" (?:this|that|it|all (?:of )?(?:this|that|it)|the \w+|(?-i:[A-Z]\w+)) on"
    rf" (?:him|her|them|(?!{_DAYS})(?-i:[A-Z][a-z]+))\b"
    r"|\b(?:not going to|won't|will not|not about to) (?:tear|run|put|talk|knock|pull)"
    r" (?!yourself|myself)(?:\w+ ){1,2}down\b"
    # "I don't build a case for one person by tearing down another."
    r"|\bby (?:tearing|knocking|running|pulling) (?:\w+ ){0,2}down\b",
    re.I,
)


def names_blame(reply: str) -> bool:
    """Whether ``reply`` calls the turn before it blaming someone, and says it will not help,
    or refuses to put the thing on them or run them down ("I don't build a case for one person
    by tearing down another.")."""
    return bool(_BLAMING.search(reply) or _PUT_ON.search(reply))
