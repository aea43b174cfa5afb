"""Sayings given and heard (pattern data, pure): a saying announced as one, a learner's own
saying said again, and a reply that heard a turn as a formula. Split from
coach.critique.sayings, which holds the sayings themselves; read by coach.critique.formulas.
"""

from __future__ import annotations

import re

from coach.critique import cues

# A saying heard as one: "That's a saying.", "It isn't a 'different strokes' thing.", "You
# keep saying that."
# A saying announced as one, which no question after it makes listening: "you know what I
# always say: every building gets a bit of subsidence", "That's my rule of thumb with any
# reorganisation: ...", "..., as I tell my surveyors."
SAYING_GIVEN = re.compile(
    r"\b(?:you know what )?i always say\b|\bas i (?:like to|often|tend to|keep) say(?:ing)?\b"
    r"|\bas i (?:always )?(?:tell|say to) (?:my|the) \w+"
    r"|\b(?:my|a good) rule of thumb\b|\bas (?:they|people|we) (?:always )?say\b"
    r"|\bas the saying goes\b|\byou know what we (?:always )?say\b"
    r"|\bwhat i always (?:tell|say to) (?:people|everyone|everybody|my \w+)\b"
    # "That's my motto.", "My mantra: ..."; a saying waved at, "Rome, and all that."
    r"|\bmy (?:motto|mantra)\b|^\W*(?:[a-z]+ ){0,2}[a-z]+,? and all that\W*$"
    # "we've got a saying in Repairs: ...", "Sleep on it twice, sign it once, that's my rule."
    r"|\b(?:we've got|we have|there's) a saying\b|\bthat's my (?:rule|golden rule)\W*$"
    # a saying all know: "It's the oldest squeeze in the book."
    r"|\bthe oldest (?:\w+ ){1,2}in the book\b",
    re.I,
)
# A saying of the learner's own said again ("nobody marks the teacher at midnight", "One
# Bunsen at a time!") is a catchphrase; a sentence with a number, a day or a person speaking
# or spoken to ("Thursday at four, then.", "I'll send it") is a plan or a detail said again.
CATCHPHRASE_WORDS = 5  # the words a sentence must share, in a run, with an earlier turn
NOT_A_CATCHPHRASE = re.compile(
    r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
    r"|week|month|i|i'm|i'll|we|we'll|you|your|you're|you'll)\b",
    re.I,
)
HEARD_AS_FORMULA = cues.phrases(
    r"that's (?:just )?a (?:saying|slogan|platitude|cliche|cliché|fridge magnet|poster)",
    r"(?:it|this) (?:isn't|is not|wasn't) (?:a|an) ['\"\u2018\u201c][\w' -]{2,30}['\"\u2019\u201d]"
    r" thing",
    r"you keep saying that|that's what everyone says|everyone (?:keeps )?say(?:s|ing) that",
    # "I don't know what a drawing nobody's dimensioned is meant to tell me."
    r"is (?:meant|supposed) to tell me",
    # "Yeah. Heard it. Denise has it on a mug."
    r"^\W*(?:(?:yeah|yes|sure|right)[.,]?\s+)?heard (?:it|that)(?: one| before)?[.!]",
    r"\b(?:has|had|have|got) (?:it|that|one) on a (?:mug|poster|tea towel|fridge magnet|t-shirt)\b",
    # "Easy to say on a head of service salary."
    # (or "That's an easy thing to say on a head-of-service salary.")
    r"^\W*(?:(?:yeah|well|hm+)[.,]?\s+)?(?:(?:that's |it's )?easy (?:for you )?to say\b"
    r"|(?:that's|it's) an easy thing to say\b)",
    # "If you say so." (said to "...we learn more from a failed run than a clean one.")
    r"^\W*(?:(?:well|hm+|mm+|okay)[.,]?\s+)?if you say so[.!]",
)
