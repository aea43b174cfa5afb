"""Phrases of the learner's own story and of how the other takes it (pattern data, no logic).

Split from coach.critique.cues: the cues of turning the talk to one's own story ("when I was
your age", "that takes me back"), of a first-person sentence that is no story (a plan, a limit),
and of the counterpart's reply asking after the story, setting it aside or remarking on it. Read
by coach.critique.self_focus and coach.critique.detectors.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# Turning the talk to one's own story.
SELF_STORY = phrases(
    r"when i was (?:your age|starting|new|in your|at your|first|going for|up for)",
    r"when i (?:took over|first took over|got promoted|was promoted|was made up)\b",
    # "When I was on this programme, I wrote my first session plan in an evening", "When I made
    # partner I billed two and a half thousand hours"
    r"when i was on (?:this|the|that|a) (?:programme|program|scheme|course|rotation)\b",
    r"when i (?:made|became|got made|was made) (?:partner|senior|sister|consultant|head|lead)\b",
    r"in my (?:day|experience|first|last job|old job|career)",
    r"back when i",
    # "It reminds me of my first lab manager, actually."
    r"(?:that|it|this) reminds me of (?:when|the time|my)\b",
    # "Because I've had my own version of that: I lost a column..."
    r"i(?:'ve| have) had my own version of (?:that|this|it)\b",
    r"i remember when i",
    # "Ah, I remember that dread.", "When I was in Rotterdam for two years I did site meetings"
    r"i remember (?:that|the|this) (?:feeling|dread|fear|panic|nerves)",
    r"when i was (?:in|at) \w+ (?:for|as)\b",
    r"the same (?:thing )?happened to me",
    # "Funnily enough, exactly this happened to me."
    r"(?:exactly|just|precisely) (?:this|that) happened to me"
    r"|(?:this|that) (?:exact|very) (?:thing )?happened to me",
    # "I had exactly the same thing with ward management", "I went through something a bit like
    # it with my dad"
    r"i had (?:exactly |much |pretty much |almost )?(?:a|the) (?:same|similar)",
    r"i went through (?:something|much the same|the same|exactly that)"
    r"(?: (?:a bit|a little|rather|very|quite))?(?: like (?:it|that|this|yours))?\b",
    r"(?:that|it|this) (?:takes|brings|sends) me (?:right |straight |all the way )?back",
    r"i know (?:that|the|exactly that) feeling",
    r"i know that one(?: exactly| too| well)?(?= *[.!,;]| *$)",
    r"(?:i've|i have) been there(?: myself| too)?",
    r"i know (?:a little |a bit |something |exactly |just )?(?:of )?(?:how|what) (?:that|it)"
    r" feels",
    r"years ago,? (?:i|my|a|when|at|on|in)\b",
    # "When I ran my first consultation, back in 2004, I took cake."
    r"when i (?:ran|did|led|had|gave|started) my (?:first|own)\b|back in (?:19|20)\d\d,? i\b",
    r"my (?:first|old|last|previous) (?:[a-z]+ )?(?:boss|mentor|manager|director|editor)"
    r"(?! (?:job|role|post|position))",
    r"i had an? (?:mentor|boss|manager|coach|teacher|supervisor) (?:at|in|on|once|back|years)\b",
    r"(?:same|similar) (?:thing )?(?:happened )?(?:to|with) me",
    r"when i (?:made|got promoted|became|started out|first started|moved up|took over)",
    r"at (?:my|our) (?:old|last|first) (?:site|place|job|firm|school|company)",
    r"(?:let me|i'll) tell you (?:about|what) (?:my|when i|what happened to me)",
    # "I've been through three restructures in Repairs... I felt exactly like you."
    r"i(?:'ve| have) been through (?:\w+ )?(?:restructures|reorganisations|reorgs|redundancies"
    r"|mergers|the same)\b",
    r"i felt exactly (?:like you|the same|as you do)",
    # "Oh, I'm exactly the same. By Thursday afternoon I need a dark room."; "You know, when I
    # was doing my Part 3, I had a director who..."
    r"i(?:'m| am) (?:exactly|just) the same\b",
    r"when i was (?:doing|taking|sitting|training for|studying for|working on) my\b",
    r"when i got my (?:first|own)\b",  # "When I got my first management job they gave me..."
    # "I remember the first time I had to do it", "It's funny, I had a sticky note system...
    # too", "When I was a junior designer", "this is making me think about how I was mentored"
    r"i remember the first time i\b|it's funny,? i (?:had|did|used to|was)\b"
    r"|when i was a (?:junior|young|new|trainee|graduate) \w+"
    r"|(?:makes|making|made) me think (?:about|of) (?:how|when) i\b",
)

# Their reply asking after the learner's own story: "How did you handle yours?", "What'd you
# do about it?"
ASKS_THEIR_STORY = re.compile(
    r"\byours\b|\bwhat(?: did|'d) you do\b|\bhow did you (?:handle|cope|deal|manage|get through)\b"
    r"|\bwhat happened (?:to you|with you|then)\b"
    # or after someone in it, in a few words: "Huh. She come round?", "Did he ever say sorry?"
    r"|(?:^|[.!?]\s+)(?:(?:huh|oh|and|so)\W+)*(?:(?:did|does|has|is|was) )?(?:she|he)\b"
    r"[^.!?]{0,30}\?",
    re.I,
)
# Their reply setting one's story aside: "That's your experience.", "Mine's different.", "It's
# not quite the same thing.", "That's a story about you, though."
STORY_PUT_ASIDE = re.compile(
    r"\b(?:that's|that is|that was) your (?:experience|story|situation)\b"
    r"|\b(?:mine's|mine is|mine was|it's|it was|that's) (?:\w+ )?(?:different|not the same)\b"
    r"|\b(?:it's|it is|that's|that is|it was) not (?:quite|really|exactly) the same\b"
    r"|\b(?:that's|that is|that was) (?:a story|all) about you\b"
    # "That's close. But I don't think it's the same thing.", "That works for you."
    r"|\b(?:don't|do not) think (?:it's|that's|it is|that is) the same\b"
    r"|^\W*(?:that|it) works for you\b(?!\W*\?)",
    re.I,
)
# Their reply remarking on one's story as the learner's: "That's a lovely story.", "That
# sounds... frustrating, for you." (the talk turned to the learner)
STORY_REMARKED = re.compile(
    # (or "That is quite a story. Mine is smaller.")
    r"\b(?:that's|that is|what) (?:a|quite a) (?:(?:lovely|nice|good|great|funny|sweet|sad) )?"
    r"story\b"
    r"|\bsounds?(?:\.{2,}|\u2026)?\s*(?:\w+ )?\w+,? for you\b",
    re.I,
)
# The floor handed back in so many words: "But this is yours, not mine.", "Anyway, enough about
# me.", "Back to you."
HANDS_BACK = re.compile(
    r"\b(?:this|that|today)(?:'s| is) (?:about )?(?:yours|you),? not (?:mine|me)\b"
    r"|\benough (?:about|of) me\b|^\W*(?:(?:but|anyway),? )?back to you\b"
    r"|\b(?:this|that|today) (?:isn't|is not) about me\b",
    re.I | re.M,
)
# A question put as a wondering: "So I wonder what it's been like, these eighteen months."
WONDERS = re.compile(
    r"^\W*(?:so,? |and )?i(?:'m| am)? (?:wonder|wondering|curious) (?:what|how|whether|if)\b", re.I
)
# A first-person sentence that is a plan, a limit or a promise, not the speaker's story.
NOT_A_STORY = phrases(
    r"i(?:'ll| will| won't| am going to|'m going to)|we(?:'ll| will)|let's|let me",
    # their feeling said back, whatever of the learner's it names: "It sounds lonely: a quiet
    # flat, and my blue ticks the one bit of company in it."
    r"^\W*(?:so,? )?(?:it sounds|sounds like|you sound)\b",
    r"i(?:'m| am) (?:off|not available|around|free|here)",
    r"stays? (?:between|with me|here)|confidential\w*",
    # what the conversation is for, framed: "What I want to talk about is two moments",
    # "it's not what I want to spend the hour on", "What reached me is that people went home..."
    r"what i(?:'d)? (?:want|like|wanted|need) to (?:talk about|raise|cover|spend|focus on"
    r"|look at|understand|hear)|what (?:reached|struck|worried|concerned|stayed with) me\b",
)
