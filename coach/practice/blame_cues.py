"""The words of blame and put-downs in a learner's turn (pattern data for coach.practice.moves
and move_model): someone absent blamed, a label put on someone, a put-down to the counterpart's
face. Split from coach.practice.move_cues.
"""

from __future__ import annotations

import re

from coach.coder.evaluative import JUDGMENT

# Blame of someone not in the room ("He just doesn't care", "the district is useless"): a
# mentor hears a mentee's blame as a judgment the conversation has to get past.
_BLAMED = (
    r"(?:'s| is| are|'re| was| were)(?: being)?(?: just| so| completely| totally| really"
    r"| basically| kind of| utterly)* (?:useless|unreasonable|a nightmare|hopeless|incompetent"
    r"|clueless|lazy|impossible|no help|a dead end|ridiculous|a joke|(?:kind of )?a box-ticker"
    r"|a jobsworth)\b"
)
BLAME_ABSENT = re.compile(
    r"(?<![\w'])(?:"
    r"(?i:he|she|they|(?:the|my|our|this)(?: [\w-]+){1,2}|this place)"
    + _BLAMED
    + r"|[A-Z][a-z]+"
    + _BLAMED
    + r"|(?i:(?:he|she|they) (?:just )?(?:doesn't|don't|didn't|never) (?:care|listen|bother)\b)"
    + r"|(?i:(?:he|she|they)(?:'s| has|'ve| have| is) (?:been |just )?blocking\b)"
    r"|(?i:i don't think (?:he|she|they) (?:even )?cares?\b)"
    r"|(?i:(?:he|she|they) should(?:'ve| have) (?:caught|seen|checked|known|stopped)\b)"
    r"|(?i:(?:it's|it is|it was) not my fault|nobody here cares)"
    r")"
)
# Someone labelled by how they seem: "Your PM sounds pretty thin-skinned", "That's poor
# leadership."
_LABEL = (
    r" (?:a bit |rather |quite |really |pretty |a little )?(?:ungrateful|lazy|selfish"
    r"|unprofessional|naive|disloyal|dramatic|thin-skinned|high-handed|petty|controlling"
    r"|insecure|arrogant|spineless)\b"
)
# (not how they fear they would look: "...worrying it would make you look disloyal")
_FEARED = r"(?<!make you )(?<!makes you )(?<!made you )(?<!making you )(?<!would )(?<!might )"
LABELLED = (
    rf"\b{_FEARED}(?:seems?|sounds?|looks?|comes? across as|came across as){_LABEL}"
    r"|\b(?:that's|that is|that was) (?:poor|bad|weak|lousy|terrible) (?:leadership|management)\b"
    r"|\byou (?:were|are|'re) (?:being )?(?:so |really |quite |a bit |pretty )?(?:rude|lazy|selfish"
    r"|unprofessional|arrogant|difficult)\b"
    r"|\b(?:you|that was you) (?:went|going|gone|go) rogue\b"  # "that was you going rogue"
)
# A put-down is heard as one even where the coder's model weighs it otherwise.
# Blame put as a question or a motive, however like a question or a reflection it reads: "Why
# didn't you say something at the time, rather than saving it all up?", "it sounds like you're
# just protecting yourself"
BLAMES = (
    r"\bwhy didn't you (?:just )?(?:say|tell|raise|mention|flag|ask)\b[^?]*\b(?:at the time"
    r"|rather than|instead of)\b|\byou(?:'re| are) (?:just |only )?(?:protecting|covering"
    r"|looking after) (?:yourself|your own)\b"
    # a self-serving motive put on them: "So this is really about protecting your own standing
    # on the panel", "You're really covering your back."
    r"|\b(?:this|it|that)(?:'s| is) (?:really |just |all |only )?about (?:protecting|covering"
    r"|saving|guarding) your(?: own)?\b|\byou(?:'re| are) (?:just |only |really )?(?:protecting"
    r"|covering) (?:yourself|your (?:own )?(?:back|standing|position|reputation))\b"
    # "...it sounds like you care more about your June numbers than about me getting ahead."
    r"|\byou care more about (?:your|the) [^.?!]{1,40}? than (?:about )?(?:me|us|your"
    r" (?:team|people|staff|mentee))\b"
)
# An accusation aimed at the listener: "You're still holding Harlow over me.", "it sounds like
# you're more worried about your grant numbers than about me"
ACCUSES_LISTENER = (
    r"\byou(?:'re| are) (?:still )?holding (?:it|that|this|[A-Z]\w+) over me\b"
    r"|\byou(?:'re| are) more (?:worried|bothered|concerned) about [\w' ]{2,30} than"
    r" (?:about )?me\b"
    # "You're guilt-tripping me with my own patients.", "a bit of a chip on your shoulder"
    r"|\byou(?:'re| are) guilt[- ]?tripping me\b|\bchip on your shoulder\b"
    # their advice put down: "the advice to switch felt a bit out of touch"
    r"|\b(?:your (?:advice|suggestion|idea|feedback)|the advice (?:to|you gave))\b[^.?!]{0,40}"
    r"\b(?:felt|seemed|sounded|was|is) (?:a bit |quite |rather |really |pretty |honestly )?"
    r"(?:out of touch|naive|lazy|generic|patronising|condescending)\b"
)
PUT_DOWN = re.compile(
    "|".join(
        f"(?:{p})"
        for p in [
            *JUDGMENT,
            r"\bbehind my back\b|\bhow dare you\b|\byou (?:let me down|messed (?:it |this )?up"
            r"|screwed (?:it |this )?up|dropped the ball|went rogue)\b",
            LABELLED,
            rf"\bfeels?{_LABEL}",  # the rules' reading only: "you feel selfish" says theirs back
            r"\bwhether you(?:'re| are) (?:really |actually )?(?:\w+ )?material\b",
            r"\byou could(?:'ve| have) (?:said|told me|mentioned|raised) (?:all )?(?:this|that"
            r"|it)\b|\bthe arrogance\b",
            BLAMES,
            # a verdict on how they do their job: "a dip in Q3 tells me you're not really
            # managing your team"
            r"\b(?:tells|shows|says) me you(?:'re| are) not (?:really |actually )?\w+ing\b"
            r"|\byou(?:'re| are) not (?:really |even )?(?:managing|leading|running) your"
            r" (?:team|people|staff|juniors)\b",
            ACCUSES_LISTENER,
        ]
    ),
    re.I,
)
