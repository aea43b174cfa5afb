"""Turns that visibly stung the counterpart (pure): sarcasm and put-downs the coder can miss,
read from how the counterpart answered. Split from coach.critique.judging, which counts them
as judgment.
"""

from __future__ import annotations

import re

from coach.coder.words import FEELINGS
from coach.critique import cues, judgment_cues, reactions
from coach.critique.evidence import CodedSession, first_sentences
from coach.critique.flaw_base import REACTION_SENTENCES
from coach.critique.turns import turns_where
from coach.models import Act

# A feeling said back, weighed and let stand ("Lonely's a strong word. Although..."), not pushed off
_FEELING_WEIGHED = re.compile(
    rf"^\W*(?:mm+\.?\s*)?(?:{'|'.join(sorted(FEELINGS))})'s a strong word\.\s+"
    r"(?:although|though)\b",
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
        return bool(reactions.STUNG.search(first)) and not reactions.CONCEDED.search(first)

    return turns_where(session, hurt)
