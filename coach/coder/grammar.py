"""Grammar the skill coder reads: leading hedges, question form, tags and grammatical person.

Every pattern is applied to one lower-case clause with straight apostrophes. ``LEAD``
lets hedges ("I think", "maybe") and a leading condition ("if it helps,") come before
the move itself; patterns that must open a clause start with it.
"""

from __future__ import annotations

import re

from coach.models import Act

# Hedges and leading conditions a speaker puts before the move itself.
_HEDGE = (
    r"i think|i guess|i suppose|i believe|maybe|perhaps|possibly|probably|to be honest|"
    r"i wonder (?:if|whether)|i'm wondering (?:if|whether)|i was wondering (?:if|whether)|"
    r"it seems to me|in my view|my sense is|"
    r"(?:next time|in future|in the future|going forward|for next time)(?: [^,]{1,60}(?=,))?|"
    r"(?:if|when|once|before|after|whenever)\b[^,]{1,60},"
)
LEAD = rf"^(?:(?:{_HEDGE})(?: that)?,? )*"

# Leading words that carry no act. The first group needs a comma after it.
FILLERS = (
    r"^(?:(?:well|right|look|listen|now|honestly|frankly|anyway|actually|thanks|thank you|"
    r"sure|yes|yeah|no|mm|hmm|um|uh|oh|ah|great|good|cool|alright|hi|hello|hey|fair enough|"
    r"(?:you're|you are|that's) (?:absolutely |probably )?(?:right|fair|true)),\s*|"
    r"(?:okay|ok|and|but|so(?! far)|oh|yeah|then)\b,?\s*)+"
)

# --- question form ---------------------------------------------------------------------

INTERROGATIVE = (
    r"^(?:how|what|why|when|where|who|whom|whose|which|in what|do|does|did|is|are|was|were|am|"
    r"can|could|will|would|shall|should|have|has|had|may|might|must|isn't|aren't|wasn't|weren't|"
    r"don't|doesn't|didn't|can't|couldn't|won't|wouldn't|haven't|hasn't|shouldn't|any|anything|"
    r"anyone|ok|okay|right|really)\b"
)
# Wh-questions that ask for a short fact are closed; other what/how/why are open.
CLOSED_WH = (
    r"^(?:what time|what day|what date|which|how (?:many|much|long|often|old|soon|far)|when|"
    r"where|who|whom|whose|what(?:'s| is| was| are) (?:the|your|our) (?:deadline|date|name|"
    r"number|budget|time|title|due date))\b"
)
OPEN_WH = r"^(?:how|what|why|in what ways?)\b"
# A choice between given answers ("..., in writing or face to face?") is closed.
CHOICE = r"\bor [^,]{1,30}$"
TAG = (
    r",? (?:right|is that right|is that fair|yeah|no|isn't it|wasn't it|aren't you|don't you|"
    r"didn't you|did i get that right|have i got that right|does that sound right|am i right|"
    r"correct|ok|okay)$"
)
# --- grammatical person ---------------------------------------------------------------

# "You're expected to..." states a rule or a permission, not the listener's view.
SECOND_PERSON = (
    r"^you\b(?!(?:'re| are) (?:allowed|expected|required|entitled|welcome|free) to|'ll |"
    r" will | can | could always | get to | won't )"
)
FIRST_PERSON = r"^(?:i|i'm|i've|i'd)\b"
OWN = r"^(?:my|me|part of me)\b"
# A clause that comments on the one before ("..., and that's not easy"; "; it got me a meeting").
COMMENT = r"^(?:that|it|this)\b"
# The listener's beliefs reported back: what follows is their view, not the speaker's advice.
REPORTED_MIND = (
    LEAD + r"you (?:\w+ )?(?:feel|felt|think|thought|believe|believed|worry|fear|assume|assumed)"
    r"(?: like| that)? (?!you should have)"
)
# First-person clauses that offer, promise or state a view rather than share experience.
FIRST_PERSON_INFO = (
    r"^(?:i'll|i will|i'm going to|i can|i could|i'd be (?:happy|glad)|i'm happy to|i'm here|"
    r"i agree|i disagree|i don't agree|i promise|i can't|i won't|"
    r"i'm not (?:blaming|saying|critici[sz]ing|trying|here to)|"
    r"i'm (?:not )?(?:on call|away|out of (?:the )?office|off|on leave|available|around|only))\b"
)

# The listener as the one who experiences ("keeps you saying yes", "feels wrong to you").
LISTENER = (
    r"\byou\b|\byour (?:confidence|self-esteem|trust|sense of|energy|motivation|mood|sleep)\b"
)
EXPERIENCE = (
    r"\b(?:feel|feels|felt|feeling|hurt|hurts|guilt|guilty|fear|afraid|worry|worries|shame|"
    r"pressure|hard|harder|wrong|used to|shapes?|shaped|weighs?|keeps? you|kept you|leaves? you|"
    r"left you|makes? you|made you|stops? you|holds? you|drives? you|helps? you|gets? pushed|"
    r"matters?|important(?! (?:that|for) you)|toll|going through|worried|upset|angry|scared|lonely|"
    r"shaken|knocked|(?:to|for) you$)\b"
)
# "You can take this to HR", "you'll get the rota": facts and options, not the listener's view.
YOU_FACT = r"^you(?:'ll| will| can| could always| get to| won't)\b"
# "So what you want is X, Y and Z": a restatement that lists several points is a summary.
RESTATED_LIST = (
    r"^(?:[\w']+,\s*)*(?:so\b|what you\b)[^?]*?\byou[^?]*?[,:] (?!but\b)[^,]{3,80},? and "
)

_SECOND_PERSON = re.compile(SECOND_PERSON)
_FIRST_PERSON = re.compile(FIRST_PERSON)
_FIRST_PERSON_INFO = re.compile(FIRST_PERSON_INFO)
_LISTENER = re.compile(LISTENER)
_EXPERIENCE = re.compile(EXPERIENCE)
_YOU_FACT = re.compile(YOU_FACT)
_OWN = re.compile(OWN)


def act_by_person(core: str) -> Act:
    """The act of a clause no pattern claimed, read from its grammatical person."""
    if _FIRST_PERSON.match(core):
        return Act.INFORMATION if _FIRST_PERSON_INFO.match(core) else Act.SELF_DISCLOSURE
    if _SECOND_PERSON.match(core):
        return Act.REFLECTION
    # "The guilt keeps you saying yes": the listener's experience, whatever the subject.
    if _LISTENER.search(core) and _EXPERIENCE.search(core) and not _YOU_FACT.match(core):
        return Act.REFLECTION
    return Act.SELF_DISCLOSURE if _OWN.match(core) else Act.INFORMATION
