"""A verdict on the counterpart's own choice (pure cues and their one check): "Not paging sooner
was the wrong call", "missing it for a week is sloppy for someone with your experience". Split
from coach.critique.judgment_cues, which holds the rest of what judges."""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# A verdict on the counterpart's own choice, said gently: "I think leaving that time off was
# the wrong call", "Not raising it sooner was a mistake, I think".
VERDICT = phrases(
    r"(?:not )?\w+ing\b[^.?!,;]{0,60}\b(?:was|is|were|has been)(?: probably| possibly| maybe"
    r"| perhaps| a bit| a touch| really| just| definitely| honestly| quite)* (?:the wrong (?:call"
    r"|choice"
    r"|decision|move|thing(?: to do)?)|a (?:mistake|misjudge?ment|bad (?:call|idea|move|decision)"
    r"|poor (?:call|choice|decision))|unwise|not (?:wise|smart|a good idea|the right (?:call"
    r"|choice|thing(?: to do)?))"
    # "missing a drifting tailing factor for over a week is sloppy for someone with your
    # experience"
    r"|sloppy|careless|negligent|unprofessional|out of line"
    # how they answered weighed: "answering a frightened homeowner with return periods is a bit
    # cold"
    r"|cold|curt|abrupt|dismissive|arrogant|brusque)",
    # "Keeping it to yourself wasn't the sensible thing to do"
    r"\w+ing\b[^.?!,;]{0,60}\b(?:wasn't|isn't|was not|is not) (?:really |quite )?the (?:sensible"
    r"|right|smart|wise|best) (?:thing(?: to do)?|call|choice|move)\b",
    # what they should have done, or what anyone could: "you really should have told
    # occupational health", "Any band 6 ought to be able to knock one out in an hour."
    r"\byou (?:really |honestly |probably )?should(?:'ve| have) (?:told|said|asked|raised|flagged"
    r"|mentioned)\b|\b(?:any|every) [\w ]{1,20} (?:ought to|should) be able to\b",
    # in hindsight: "it might have served you better to stop me the first time"
    r"it (?:might|would|could|may) have (?:served you|been) (?:better|wiser|kinder to yourself)"
    r"(?! (?:if|had) (?:i|we)\b| for (?:me|us)\b)",
    # their plan weighed: "Taking a four-thousand-pound cut... does sound a bit rash"
    r"\w+ing\b[^.?!;]{0,80}\b(?:does |do )?sounds? (?:a bit |rather |quite |pretty |a little )?"
    r"(?:rash|reckless|hasty|impulsive|unwise|naive|foolish)\b",
    # how they are, weighed: "you're quite quick to go quiet and nod along", "You could be a bit
    # more assertive with me, honestly."
    r"you(?:'re| are) (?:quite |a bit |rather |too |very |so |pretty )?quick to (?:go quiet|nod"
    r"|back down|give in|fold|agree|apologi[sz]e|defer)\b"
    r"|you (?:could|should|need to|ought to) (?:stand to |afford to )?be (?:a bit |a little |a lot"
    r" |much |far )?more (?:assertive|confident|forthright|vocal|direct|proactive|decisive"
    r"|resilient|robust)\b",
    # their answer waved away: "Broadly won't cut it.", "That won't wash with the panel."
    r"\b(?:won't|will not|doesn't|does not|isn't going to) (?:cut it|wash)\b",
    # what they did, weighed as theirs: '"That's not correct" straight at a head teacher was a
    # bit blunt of you', "the email was a bit curt"
    r"\b(?:was|is|that's|that was) (?:a bit |rather |quite |pretty |a little |very |a touch )?"
    r"(?:blunt|rude|harsh|curt|abrupt|cold|sharp|unkind|tactless|careless|sloppy|terse) of you\b"
    r"|\b(?:your|the) (?:email|message|note|reply|tone|manner)s? (?:was|were|is|sounded|came"
    r" across as) (?:a bit |rather |quite |pretty |a little |very |a touch )?(?:curt|blunt|rude"
    r"|abrupt|cold|sharp|terse|dismissive|aggressive)\b",
    # how others might take them, put as the learner's point: "you can see how the team might
    # read it as a bit antisocial", "some of the studio have read it as you keeping your
    # distance"
    r"\bread (?:it|that|this) as (?:a bit |rather |quite |pretty |a little )?(?:antisocial"
    r"|unfriendly|aloof|standoffish|rude|arrogant|difficult|cold)\b"
    r"|\bread (?:it|that|this) as you (?:keeping your distance|being (?:difficult|distant"
    r"|aloof|rude|cold|awkward))\b",
    # how they look, weighed: "Late nights look like you're struggling." (not "It looks like
    # you're struggling with the rota", which says back what they told)
    r"(?<!\bit )(?<!\bthis )\blooks? like you(?:'re| are) (?:struggling|not coping"
    r"|out of your depth|drowning|floundering)\b",
    # a habit of theirs weighed: "twenty-three messages on one Sunday isn't a healthy pattern",
    # "that isn't a good way to look after yourself"
    r"\b(?:isn't|is not|wasn't|was not) (?:a )?(?:very )?(?:healthy|good|sensible|sustainable)"
    r" (?:pattern|habit|way to|way of)\b",
    # how it looks, given as the verdict: "How it looks is that you couldn't keep your team
    # together.", "the optics are that you've lost your grip"
    r"\b(?:how it looks|the optics|what it looks like)(?: from (?:here|outside))?,? (?:is|are)"
    r" (?:that )?you\b",
)
# What makes a verdict someone else's or the learner's own: "So you think not telling anyone
# was a mistake", "Not paging sooner was my mistake", "I don't think leaving it was wrong".
VERDICT_NOT_MINE = phrases(
    r"you (?:think|feel|said|say|reckon|believe|mentioned|called it|'re saying)",
    r"(?:being |were |was )?told (?:you|me|them)",  # a verdict reported: "being told you were..."
    r"i|my|me|myself|mine|we|our|us",
    r"don't|do not|wouldn't|would not|not sure|never|no one|nobody|nothing|none of",
)
VERDICT_HEDGE = phrases(
    r"i(?:'d| would)?(?: \w+ly| still| also| just| do)? (?:think|say|suspect|feel|wonder if|observe"
    r"|add|note|suggest)",
    r"i(?:'ve| have)(?: got)? to say",  # "I have to say, though, missing it ... was sloppy"
    r"if i'm (?:honest|being honest)|i(?:'ll| will) be (?:honest|straight|frank)",
)


def verdict(sentence: str) -> bool:
    """A sentence judging the counterpart's own choice (not the learner's own, not one said
    back, not denied), hedges like "I think" aside."""
    found = VERDICT.search(sentence)
    if not found:
        return False  # whose choice it is shows up to the verdict ("...to stop me" is after it)
    if _OWNED_AFTER.match(sentence, found.end()):
        return False  # "Missing it for a week was sloppy of me."
    return not VERDICT_NOT_MINE.search(VERDICT_HEDGE.sub("", sentence[: found.end()]))


_OWNED_AFTER = re.compile(r"\s+(?:of me|on my part|by me)\b", re.I)
