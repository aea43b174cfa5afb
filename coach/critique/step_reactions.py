"""Phrases of the counterpart's reply about a step (pattern data, no logic).

Split from coach.critique.reactions: the counterpart taking on a step of its own, the learner
taking up one it proposed, nothing wrong in a checked plan, approval of wording rather than of
a step, a step it names or proposes for itself, and asking what the learner will actually do.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases
from coach.critique.plan_cues import AHEAD

# The counterpart taking on a concrete step of its own: "I'll bring last week's OEE report.",
# "I'll sit down with Dan on Sunday" (not "I'll think about it", "I'm going to tell you
# something").
OWN_STEP = phrases(
    r"i(?:'ll| will|'m going to| am going to)(?: just| also| then| still| properly| definitely)?"
    r" (?:bring|send|write|reply|respond|confirm|email|e-mail|call|ring|ask(?! you\b)|talk|speak"
    r"|book|draft|start|note"
    r"|finish|sit down|go through|put|meet|message|text|tell(?! you\b)|raise|record|log|block"
    r"|hold off|stop|set up|print|share|forward|fill in|sign|drop|pick up|show(?! you\b)"
    r"|have (?:it|the|my|last \w+'s)|get (?:it|the|a|my)|make (?:a|the|time)|mark up"
    r"|look (?:at|over|through)|read|check|introduce|copy|join"
    r"|hold (?:the |a )?(?:\w+day|slot|time|date)"
    r"|(?:come|turn up|show up) (?:with|in with|prepared)"
    # backing them: "I'll go to bat for the field plan", "I'll back the plan to your committee"
    r"|go to bat for|back (?:the|your|you|it|this))\b",
    # what they will be given: "You will have the plan on Monday.", "You'll get it by Friday."
    r"you(?:'ll| will) (?:have|get) (?:it|the|my|a)\b(?=[^.?!]*\b(?:by|on|tomorrow|tonight|today"
    r"|first thing|this week|next week)\b)",
    # what they will send back, by when, said short: "Notes back to you by noon, and four
    # o'clock is yours."
    r"^\W*(?:my )?(?:notes|comments|feedback|mark-?ups?|edits|thoughts)(?: back)?(?: to you)?"
    r" by (?:noon|tonight|tomorrow|lunchtime|the end of|first thing|\w+day|\d)",
    # the plan claimed as theirs: "It is mine. All of it." (to "Does that feel like your plan?")
    r"^\W*(?:it's|it is|that's|that is) (?:all )?mine\b",
)
# The learner taking up what the counterpart just proposed: "Deal.", "Perfect, yes.", "I meant
# it." (to "If you meant that, maybe you..."), "Tuesday night, got it."
TAKES_UP = re.compile(
    r"^\W*(?:deal|agreed|done|perfect|great|brilliant|lovely|excellent|that works|sounds good"
    r"|good|absolutely|of course|please do|yes(?![,.!]? but\b)"
    # "I can do that. ... Here, after shift, just the two of us."
    r"|i can (?:do|manage) (?:that|this)(?![,.!]? but\b)(?! (?:if|once|when|after)\b)"
    r"|(?:that's|that is|sounds like) a (?:good|great|solid|sound) plan|i meant it"
    # "Those sound like two solid steps, and they're both yours.", "That all sounds like yours.",
    # "That sounds like a plan that's yours."
    # (or "Both of those sound like yours.")
    r"|(?:both of (?:those|these|them)|(?:those|these|they|that)(?: all| both)?)"
    r" (?:sound|seem|look)s? like (?:an? )?(?:(?:two|three|both"
    r"|good|solid|real|clear|sound|sensible|concrete|great) )*(?:steps?|plans?|yours)"
    r"|(?:[\w']+ ){0,3}[\w']+,? got it"
    # "That sounds like it's yours."
    r"|(?:that|it|this)(?: all)? (?:sounds|seems|looks) like (?:it's|it is|they're|they are)"
    r" (?:all |both )?yours"
    # "Those both sound right, and they're yours."
    r"|(?:those|these|both of (?:those|these))(?: all| both)? (?:sound|seem|look)s? (?:right|good"
    r"|sensible|solid|sound|clear),? and (?:they're|they are) (?:all |both )?yours)\b"
    # "'Sticky note' it is.", "Thursday it is!"
    r"|^\W*(?!(?:that|this|what|how|so|which|it|there|here)\b)['\"\u2018\u201c]?[\w' -]{1,30}"
    r"['\"\u2019\u201d]?,? it is[.!]"
    # "Tomorrow night, then.", "Thursday at four, then."
    r"|^\W*(?!(?:and|but|so|okay|ok|right|well|fine)\b)[\w' -]{1,30}, then[.!]",
    re.I,
)
# "Nothing wrong": a no to a check for mistakes, "Anything I've got wrong?" "No, that is all of
# it." or "Nothing. That's all of it." (not "No, not quite", "No, but...").
NOTHING_WRONG = re.compile(
    r"^\W*(?:no|nope|nah|nothing)\b(?![^.!?]*\b(?:but|not|wrong|missed|left out|except"
    r"|apart from)\b)",
    re.I,
)
# One more thing added to the plan checked: "Have I missed anything?" "One thing. Stage
# loggers... Put one in every pond."
ONE_MORE = re.compile(r"^\W*(?:just )?one (?:more |other )?thing\b[.:,]", re.I)
# One detail changed, the rest agreed: "Only the time. QA stand-up is at nine, so let's say
# half eight. Otherwise that's all of it."
ONE_CHANGE = re.compile(
    r"^\W*(?:just|only) (?:the|one|that) [^.!?]*[.!?].*\botherwise,? (?:that's|that is|it's"
    r"|you've got) (?:all of it|it|right|everything|the lot|fine|good)\b",
    re.I | re.S,
)
# Approval of how something would be said, not agreement to a step: "Good. That's exactly how
# to say it." after a mentee rehearses a sentence for the meeting.
WORDING = phrases(
    r"(?:that's|that is) (?:exactly |just )?(?:how|the way) to (?:say|put|open|start) (?:it|that)",
    r"say it (?:like that|that way|just like that)",
)
# A step the counterpart names for itself when asked what would help: "I think I go on Thursday
# and ask them...", "I need to talk to Dan properly."
NAMES_OWN_STEP = phrases(
    # "I think I go on Thursday", "I think... I go on Thursday", said short too: "I think go on
    # Thursday and ask them"
    # (or "I think I need to walk in on Thursday and ask them...")
    r"i think\W+(?:i(?:'ll| will| should| could| need to| want to| have to)? )?(?:go|ask|talk"
    r"|speak|tell|write|send|call|sit down|try|start|book|put|walk (?:in|into|over|up))",
    r"i (?:need|want|ought|have) to (?:talk|speak|ask|tell|write|send|call|sit down|go|start"
    r"|book|walk (?:in|into|over|up))",
    # put time-first: "next time I bring last week's OEE report"
    # (or with the part of the day and who with: "Sunday night, Dan and I sit down with...")
    r"(?:next time|" + AHEAD + r")(?: (?:morning|afternoon|evening|night))?,? (?:\w+ and )?i"
    r" (?:bring|send|write|email|call|ask|talk|go|start|book|put|show|sit down)\b",
)
# The counterpart putting forward a step of its own as a question: "Could we start each
# session with ten minutes of my questions?"
PROPOSES_STEP = phrases(
    r"(?:could|can|shall) we (?:start|begin|try|agree|meet|do|keep|have|set|put|book|make)",
    r"(?:maybe|perhaps) (?:if )?(?:i|we) (?:could|sent|send|start|try|do|bring|keep)",
    r"what if (?:i|we)\b|how about (?:i|we)\b",
    # a step for the learner: "If you meant it about the notes, maybe you show me the report"
    r"(?:maybe|perhaps) you (?:could |can )?(?:show|sit|bring|send|come|walk|take|go|look)\b",
    # a step of its own put as a question: "Could I prepare three sentences and practise them?"
    # a step of its own put as what it would do: "I'd email you my question the evening before"
    r"i(?:'d| would) (?:email|send|bring|write|draft|message|text|book|prepare) (?:you|it|the|my)"
    r"\b",
    r"(?:could|can|shall|may) i (?:\w+ )?(?:prepare|practise|practice|bring|send|draft|write"
    r"|run|book|try|come)\b",
    # a change to how they meet, or to what the learner does: "Could the first ten minutes be
    # mine, before anything else?", "could you ask me whether I want ideas?"
    r"(?:could|can) the (?:first|last|next) (?:\w+ )?(?:minutes|half|part|session|bit)"
    r" (?:be|start)\b",
    r"(?:could|can|would) you (?:ask|check with|wait for|let) me\b",
)
# The counterpart asking what the learner will actually do: no step is agreed yet.
ASKS_FOR_PLAN = phrases(
    r"what (?:are|will) you (?:going to |gonna )?do\b",
    r"what (?:do|should|shall|can) (?:i|we) (?:actually )?do\b|where do (?:i|we) go from here",
    r"what(?:'s| is) (?:your|the) (?:plan|next step|first step)\b",
    r"what happens (?:now|next)\?|what happens between now and (?:then|\w+day)\b",
    # pressed for when, or told a step is none: "When? It has to be before Thursday.", "'See
    # what I can do' isn't a plan."
    r"^\W*when\?|(?:isn't|is not|that's not|not) (?:a|much of a) plan\b",
    # asked when they will do it: "When are you seeing Gareth, Owen?"
    r"\bwhen (?:are|will) you (?:going to |gonna )?(?:see|seeing|talk|talking|speak|speaking"
    r"|call|calling|tell|telling|send|sending|ask|asking|raise|raising)\b",
    # still asking for a time: "Would there be a time to look at it before January?"
    r"\b(?:would|is) there (?:be )?a time (?:to|for|when)\b",
)
# The times put to them said to work: "Thursday works. Nine works."
_A_TIME = (
    # (a day of the month's weeks too: "Second Tuesday works.")
    r"(?:(?:the )?(?:first|second|third|fourth|last) )?"
    rf"(?:{AHEAD}|nine|ten|eleven|noon|\d{{1,2}}(?::\d\d)?(?:\s*[ap]m)?)"
    # (and its hour: "Thursday at four works.")
    r"(?: at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon"
    r"|\d{1,2}(?::\d\d)?(?:\s*[ap]m)?))?"
    r"(?: morning| afternoon| evening| night| o'clock)?"
)
TIME_WORKS = re.compile(
    rf"^\W*{_A_TIME} (?:works|suits(?: me)?|is fine|is good|is perfect)\b", re.I
)
# A time said back on its own, as a yes to it: "Thursday at four." (after "Does Thursday at
# four still work?")
TIME_SAID_BACK = re.compile(rf"^\W*({_A_TIME})[.!]", re.I)
# The counterpart still waiting to hear whether the step is on: "Then right now I don't know
# what I'm walking in with Thursday. I'd like to know by Wednesday night."
STILL_UNDECIDED = phrases(
    r"i don't know what i'm (?:walking in with|getting|working with)",
    r"i(?:'d| would) (?:like|need) to know (?:by|before)\b",
)
