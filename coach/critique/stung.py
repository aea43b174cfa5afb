"""Turns that visibly stung the counterpart (pure): sarcasm and put-downs the coder can miss,
read from how the counterpart answered. Split from coach.critique.judging, which counts them
as judgment.
"""

from __future__ import annotations

import re

from coach.coder.words import FEELINGS
from coach.critique import cues, judgment_cues, reactions
from coach.critique.evidence import CodedSession, first_sentences, sentences
from coach.critique.flaw_base import REACTION_SENTENCES
from coach.critique.turns import turns_where
from coach.models import Act

# A feeling said back, weighed and let stand ("Lonely's a strong word. Although...", "Yeah.
# That's pretty much it. Lonely's a big word. But yeah.", "...Maybe not that strong."), not
# pushed off
_FEELING_WEIGHED = re.compile(
    r"^\W*(?:(?:mm+|yeah|yes)\.?\s*)?(?:that's (?:pretty much |about )?it\.\s*)?"
    rf"(?:{'|'.join(sorted(FEELINGS))})'s a (?:strong|big) word\.\s+"
    # (a laugh between: "Lonely's a strong word. (laughs) Mm. Maybe not that strong.")
    r"(?:[\[(]laughs?[\])]\s*)?(?:mm+\.\s*)?(?:although|though|but|maybe not)\b",
    re.I,
)


# A reply that opens on relief: the turn landed, whatever the counterpart takes back after it.
_RELIEVED = re.compile(
    r"^\W*(?:(?:oh|honestly),? )?(?:it's|that's|what) (?:such )?a relief\b", re.I
)


def stung(session: CodedSession) -> list[int]:
    """Turns the counterpart was visibly hurt by ("Ouch", "Sorry, I'll stop"): sarcasm and put-
    downs the coder can miss. Not a turn that apologised, set a limit, put the learner's own
    side, kept their words private or reassured them, which an anxious counterpart may answer
    with an apology of its own; nor a reply that laughs first."""

    def hurt(t: int) -> bool:
        text, reply = session.text(t), session.next_counterpart(t) or ""
        if session.coding(t).has(Act.APOLOGY) or cues.BOUNDARY.search(text):
            return False
        if judgment_cues.REASSURES.search(text) or cues.OWN_SIDE.search(text):
            return False  # "You're not in trouble." met with "Sorry, I'll stop": anxious
        if cues.CONFIDENTIAL.search(text):
            return False  # "What you tell me stays with me." met with "Okay. Wow.": relief
        if reactions.LAUGHS_FIRST.match(reply) or _FEELING_WEIGHED.match(reply):
            return False  # "(laughs) Sleeping's a strong word.", "Mm. Lonely's a strong word."
        if _RELIEVED.match(reply):
            return False  # "It's a relief to say it, honestly. ...sorry. Forget I said that."
        first = first_sentences(reply, REACTION_SENTENCES)
        if _handed_back(text, reply) or _LEAVES_IT.search(first):
            return True  # "Black-and-white. Noted.", "Right. I'll leave that subject alone now."
        return bool(reactions.STUNG.search(first)) and not reactions.CONCEDED.search(first)

    return turns_where(session, hurt)


# The subject dropped, stiffly: "Right. I'll leave that subject alone now."
_LEAVES_IT = re.compile(r"\bi'll leave (?:that|it|the) (?:subject |topic )?alone\b", re.I)
_NOTED = re.compile(r"^\W*noted\W*$", re.I)
_ACKNOWLEDGED = re.compile(
    r"^(?:thank you|thanks|okay|ok|right|fine|yes|yeah|sure|understood|good|got it|all right"
    r"|alright)$"
)
HANDED_BACK_WORDS = 3  # the most words of their label a reply hands back before "Noted."


def _handed_back(text: str, reply: str) -> bool:
    """A reply that hands the learner's word for them back, then "Noted." ("...you can be
    quite black-and-white..." "Black-and-white. Noted.")."""
    said = sentences(reply)
    if len(said) < 2 or not _NOTED.match(said[1]):
        return False
    word = said[0].strip(" .!").lower()
    if _ACKNOWLEDGED.match(word):
        return False  # "Thank you. Noted.": thanks, then the point taken
    return 0 < len(word.split()) <= HANDED_BACK_WORDS and word in text.lower()
