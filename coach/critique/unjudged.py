"""Sentences the coder may read as a verdict that are none (pure): a judgment denied or only
supposed, a feeling said back, a weight or a doubt granted, the choice left with them, a hope
for the talk, their own maxim or view said back, a saying, a limit of one's own, credit for a
fault they found, or someone else's label reported. Split from coach.critique.judging, which
leaves such sentences out of a judging turn.
"""

from __future__ import annotations

import re

from coach.coder.words import FEELINGS
from coach.critique import cues, defending_cues, judgment_cues, reflected_cues
from coach.critique.evidence import sentence_acts
from coach.critique.sayings import PLATITUDE
from coach.models import Act

_WORDS = re.compile(r"[a-z]+")


# Something granted: its weight, by denying it was nothing ("I know that wasn't nothing."), or
# their doubt, hedged ("I am not sure that was the real problem." "That's fair, it may be the
# wrong fix.")
_GRANTED = re.compile(
    r"\b(?:that|it|this)(?:'s| is| was)(?:n't| not) nothing\b"
    r"|^\W*(?:that's fair|fair enough|fair point|you(?:'re| are| may be| might be) right)[,.;:]?"
    r"\s+(?:and )?(?:it|that|this) (?:may|might|could) (?:be|have been)\b",
    re.I,
)
_THEIR_VIEW = re.compile(r"^\W*(?:(?:and|so|but),? )?you (?:think|feel|believe|reckon)\b", re.I)
# A hope about the talk itself: "I hope this was a useful start." (no verdict on them)
_HOPE_FOR_TODAY = re.compile(
    r"^\W*(?:(?:well|anyway|and),? )?i (?:really )?hope (?:this|that|today|it)(?:'s| was| has been"
    r"| is| helped| will)\b(?![^.!?]*\byou(?:'re| are| were)\b)",
    re.I,
)
# Their own maxim taken up: "You always say a good reference is one story and then the numbers."
_THEIR_MAXIM = re.compile(
    rf"^\W*(?:(?:and|but|so),? )?(?:like |as )?you (?:always|often) say {defending_cues.MAXIM}",
    re.I,
)
# An open question about how something has been for them, whatever comes before it.
_ASKS_HOW_IT_WAS = re.compile(
    r"(?:^|[:;,]\s+)(?:so,? )?(?:what|how) (?:has|have|'s) (?:the |this |that |your )?[\w ]{0,30}"
    r"been (?:like )?for you\?$",
    re.I,
)


def not_a_judgment(sentence: str) -> bool:
    """A reassurance that denies a judgment, a verdict only supposed ("...including if I think
    you're not ready yet"), a feeling reflected ("You sound worried"), a saying about how
    things go ("Change is never easy, but it's how we grow."), named as a stock phrase, their
    own view said back as a reflection, a weight or their doubt granted (_GRANTED), or a limit
    of one's own that says nothing of them."""
    if judgment_cues.NOT_A_JUDGMENT.search(sentence) or judgment_cues.SUPPOSED.search(sentence):
        return True
    if _GRANTED.search(sentence):
        return True  # "I know that wasn't nothing.", "That's fair, it may be the wrong fix."
    if _YOURS_TO_DECIDE.match(sentence) or _NOT_MINE.match(sentence):
        return True  # "That's yours to decide.", "That's not my job.": the choice left with them
    if _REPORTED.search(sentence):
        return True  # "somebody turned it into a line saying you were unreliable": theirs
    if _CAUGHT.search(sentence):
        return True  # "The 1.8 in the old spec was wrong and you caught it.": credit, no verdict
    if _HOPE_FOR_TODAY.match(sentence) or _THEIR_MAXIM.match(sentence):
        return True  # "I hope this was a useful start.", "You always say a good reference is..."
    if PLATITUDE.search(sentence) or _ASKS_HOW_IT_WAS.search(sentence):
        return True  # (or asks how it has been: "With the committee hat off: what has this
        # quarter been like for you?")
    if cues.BOUNDARY.search(sentence) and not cues.SECOND_PERSON.search(sentence):
        return True  # one's own limit: "It's getting a bit too much for me to keep up with."
    if not judgment_cues.ADDRESSED.search(sentence):
        return True
    if _THEIR_VIEW.match(sentence) and Act.REFLECTION in sentence_acts(sentence):
        return True  # their own view said back: "And you think you can't do client meetings."
    felt = reflected_cues.FEELING_REFLECTED.search(sentence)
    return bool(felt) and bool(
        set(_WORDS.findall(sentence.lower())) & (FEELINGS | reflected_cues.HURT)
    )


_YOURS_TO_DECIDE = re.compile(
    r"^\W*(?:that's|that is|it's|it is) (?:yours|your call|up to you)(?: to (?:decide|make"
    r"|choose|share|tell|say|keep)(?: or not)?)?\W*$",
    re.I,
)
# The choice not the learner's to make: "That's not my job." (before "It's your call.")
_NOT_MINE = re.compile(
    r"^\W*(?:that's|that is|it's|it is) not my (?:job|place|call|decision|role)\W*$", re.I
)
# A thing's fault found by them: "The figure was wrong and you caught it." (their credit)
_CAUGHT = re.compile(
    r"\b(?:was|were|is|are) (?:wrong|out|off|missing),? and you (?:caught|spotted|noticed|found"
    r"|flagged|picked up|fixed|corrected) (?:it|that|them|the \w+)\b",
    re.I,
)
# A label someone else put on them, reported: "somebody turned it into a line saying you were
# unreliable", "the note claiming you'd been careless" (not the learner's verdict).
_REPORTED = re.compile(
    r"\b(?:somebody|someone|they|he|she|it|the \w+) (?:\w+ ){0,6}(?:saying|claiming|suggesting"
    r"|implying|calling you|that said) (?:that )?you(?:'re| are| were| was|'d been| had been)?\b",
    re.I,
)
