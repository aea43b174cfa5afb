"""Phrases that make a sentence the coder may read as a verdict a reflection instead (pattern
data): a feeling said back, what they did told back in their words unless a word weighs it,
their fear said back. Split from coach.critique.judgment_cues; coach.critique.judging and
coach.critique.unjudged read them.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# Saying back a feeling ("You sound worried about..."), which the coder can read as a verdict.
FEELING_REFLECTED = phrases(
    r"(?:you|that|it) (?:sounds?|seems?|looks?|must be|must have been|might be|must feel|may be)",
    r"(?:sounds|seems|looks) like you(?:'re| are| were|'ve been| have been| feel| felt)",
    r"i wonder (?:if|whether) (?:it|that|this|you)\b",  # "I wonder if it stung a bit"
)
# Feelings of being wronged that a reflection may name (with coach.coder.words.FEELINGS).
HURT = frozenset("let down burned betrayed wronged shut judged blamed stung".split())  # noqa: SIM905


# What they did, told back in the learner's words ("Seven weeks late, and you lost them anyway,
# and then you had to explain it to your team."): a reflection, unless a word in it weighs the
# deed ("you just left it", "you should have").
NARRATES_THEM = re.compile(
    r"^(?:[\w',]+\s+){0,8}?you (?:\w+ed|had|lost|told|said|went|made|took|gave|got|did|were"
    r"|felt|found|kept|left|put|sent|ran|came|knew|thought|saw|heard|brought|held|spent|won"
    r"|paid|bought|caught|fought|meant|stood|wrote|drove|rode|sat)\b",
    re.I,
)
WEIGHS_IT = phrases(
    r"should(?:n't)?|ought|wrong|mistake|fault|blame|lazy|careless|just|only|even|why|instead"
    r"|failed|bad|poor|again|always|too|really|actually|better|could have|would have"
    r"|need(?:ed)? to|have to|of course|clearly|obviously"
)
# Their fear reflected, no label put on them: "You're worried home will sound like an excuse."
THEIR_FEAR = phrases(
    r"you(?:'re| are| were|'ve been)? (?:worried|afraid|scared|anxious|concerned|nervous"
    r"|fearing|dreading)|you (?:don't|didn't) want (?:it|this|that) (?:to|coming|come|sounding)"
    # their own blame said back: "And you're carrying Marcus as well, as if that's on you."
    r"|as (?:if|though) (?:that|it)(?:'s| is| was| were) (?:on you|your fault|down to you)",
)
