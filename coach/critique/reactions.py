"""How the counterpart answered: agreeing, brushing off, confirming, stung (pattern data).

Searched, ignoring case, in the counterpart's reply to a learner turn (usually its first
sentences); the detectors and flaw finders read them with the learner's own words, so a reply
alone never decides anything.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

AGREE = phrases(
    r"yes\b|yeah\b|yep\b|ok(?:ay)?\b|sure\b|definitely|deal\b|agreed|that works|sounds good"
    r"|(?:that|it|this) (?:would|will|should) work\b|(?:that's|that is) a fair (?:summary|account"
    r"|picture|description)"
    r"|sounds fair|that's fair|let's do|i can do that|i could do that|i will\b|i'll\b|i can\b"
    r"|i'm going to|i am going to|fine by me|happy to|good idea|that would help"
    r"|i(?:'d| would) like to|i want to|i could\b|(?:is|sounds|would be) (?:better|good|great"
    r"|helpful|useful)|works for me|(?:fine|good|great|perfect|brilliant|done|right|fair enough)\b"
    r"|exactly\b|absolutely\b|(?:that's|that is) (?:it|everything|the plan|your plan|the list"
    r"|the whole (?:thing|plan|lot)|all of it)\b|good plan\b"
    r"|(?:it|that) does\b|of course\b",
    r"^\W*works(?= ?[.!,])",  # "Works. Send it Friday."
    # "...can I put fifteen minutes in your diary right now?" "Do it now."
    r"^\W*(?:do it|go ahead|book it|put it in)(?: now| then)?(?= ?[.!,])",
    # "Would a one-page plan help?" "It would."
    r"^\W*(?:it|that|they) (?:would|will|does|do)(?=\s*[.!])",
)
# Thanks that close on what was just proposed: "Thank you. That means more than you think."
THANKS = re.compile(r"^\W*(?:thank you|thanks)\b", re.I)
# A suggestion put off, not taken up: "I'll think about that."
PUT_OFF = r"i'll (?:have a )?think about (?:it|that)"
# Going along without taking anything on: "Sure. I'll put it on the list.", "Yes. I'll deal
# with it on my own."
BRUSH_OFF = phrases(
    r"put it on the list|noted|if you (?:like|want|say so)|whatever",
    r"(?:got|have|need) to (?:go|get back|run)|got a (?:changeover|meeting|call|class|shift)",
    # "I've got samples to pull."
    r"(?:i've|i have) got (?:\w+ ){1,2}to (?:pull|do|finish|get to|see to|run)\b",
    r"we'll see",
    r"i suppose i'll (?:wait|see)|wait to hear|i'll wait and see",
    # not a reminder: "Write that down before you forget it."
    r"(?:i've|i have) said what i (?:wanted|came|needed) to|(?<!you )(?<!we )(?<!i )forget"
    r" (?:i|it|that)\b",
    r"see how it goes",
    r"(?:deal with|sort|handle|manage|do) (?:it|this|that) (?:on my own|by myself)\b",  # alone
    PUT_OFF,
)
# Advice that came before they were ready: "That's easy to say from an office.", "I'd like to
# understand the problem first", "I've tried that".
NOT_READY = phrases(
    # "That's easy to say", not "That wasn't easy to say" (which thanks them for listening) nor
    # "I didn't expect that to be so easy to say" (relief)
    r"(?<!n't )(?<!not )(?<!never )(?<!so )easy (?:for you )?to say|easier said",
    r"(?:like|want|need) to understand (?:the problem|it|this|what)",
    r"(?:i've|i have) (?:already )?tried (?:that|it|this|those|the \w+)|not (?:that|so) simple",
    r"(?:hadn't|haven't|had not|have not) (?:got|gotten|thought) (?:as far as|that far)",  # ahead
    r"(?:i've|i have) already got",
    r"(?:don't|do not) think it's (?:that|so|quite that) (?:simple|easy)",
    r"(?:i'm )?not sure (?:that|this|it)(?:'s| is| was) (?:really |quite )?the (?:problem"
    r"|issue|point)",
    r"(?:can we|could we) go back to",
    r"(?:i )?don't think (?:the|that's the|it's the) (?:problem|issue) is (?:only|just|really)",
    r"(?:not sure|don't think) (?:that|it|this) answers what i",
    PUT_OFF,
    # Not finished telling it: "Can I finish what I was saying first?"
    r"(?:can|could|may) i (?:just )?finish|let me finish|i (?:haven't|hadn't|wasn't) finished",
    r"(?:get|finish) (?:to the end of|the rest of|what i was)|before we (?:solve|fix|jump|sort)",
    r"get through (?:the rest|my (?:list|notes|points))",
    # "I didn't come for a fix, though."
    r"(?:didn't|did not) come (?:here )?(?:for|to get) (?:a |the )?(?:fix|solution|answer)e?s?\b",
    # the fix is the very habit complained of: "I think that's... kind of the thing again",
    # "I think that might be the thing happening again."
    r"(?:that's|that is|that might be|that may be|this is|this might be)\W+(?:kind of |sort of"
    r" |exactly |just )?the (?:same )?(?:thing|problem)(?: (?:happening|going on))? again",
)
# Advice that missed what they asked, wherever in the reply it is said: "Mm. Visibility. People
# do say that. I'm not sure it's quite what I was asking, though.", "That isn't what I'm after."
NOT_WHAT_I_ASKED = phrases(
    r"(?:not sure|don't think|isn't|is not|wasn't|was not) (?:that's |it's |that is |it is |this"
    r" is )?(?:quite |really |exactly )?what i(?: was| am|'m)? (?:asking|asked|after|getting at)",
    # "I'm not sure it quite answers what I was asking."
    r"(?:not sure|don't think|doesn't|does not|didn't) (?:that |it |this )?(?:quite |really )?"
    r"(?:answers?|gets? at) what i(?: was| am|'m)? (?:asking|asked|after|getting at)",
)
# Declining to go where a question went: "I'd rather leave that one today, if it's all the
# same.", "Can we park that?", "Let's not go there."
DECLINES_TOPIC = phrases(
    r"i(?:'d| would) rather (?:leave|park|skip|not (?:get|go) into|not talk about|not say)"
    r" (?:that|it|this)",
    r"if it's all the same(?: to you)?",
    r"(?:can|could) we (?:leave|park|skip) (?:that|it|this)",
    r"let's not (?:go there|get into (?:that|it|this))",
    r"not something i (?:want|'d like|would like) to (?:get into|talk about|go into)",
    # "Not something I'm getting into today.", "It doesn't flatter me. Maybe another day."
    r"not something i(?:'m| am) (?:getting|going) into"
    r"|(?:^\W*|(?<=[.!] ))(?:maybe|perhaps) another (?:day|time)\b",
    # "There's a story, but not a story for today.", "Not one for today."
    r"\bbut not (?:a story|one|something) for (?:today|now|this meeting)\b"
    r"|(?:^\W*|(?<=[.!] ))not (?:a story|one) for (?:today|now)\b",
)
REFUSE = phrases(
    # (not "No, it is mine.": the plan owned, against "or have I made it mine?")
    # (nor "No, that works.", "No, that's fine.": nothing against the step)
    r"\bno\b(?!t)(?!,? (?:it|it's|that|that's)(?: is)? (?:mine|my own|my plan)\b)"
    r"(?!,? (?:that|it|this)(?:'s| is| all)? ?(?:works|fine|good|great|perfect|right)\b)|not really"
    r"|i can't|i won't|i don't think so|don't see the point",
    r"i(?:'d| would) (?:prefer|rather)(?! not to wait)",  # "I'd prefer it written": not that
)
# The counterpart confirming a summary.
CONFIRMED = phrases(
    r"(?:yes|yeah|yep)\b|that's (?:it|right|about (?:the size of )?it|everything|fair|the lot)",
    r"exactly|spot on|pretty much|you've got it|you got it|that covers it|nothing to add",
    r"sums it up|^\W*mostly[.,!]",  # "Mostly. You've made it a bit neat, though."
    r"^\W*nothing(?: at all)?[.!]",  # "What have I missed?" "Nothing. Honestly, that's tidier..."
)
_FIRST_THING = r"^\W*(?:\([^)]*\)\s*)?"  # at the very start, after a stage direction
_SPOT_ON = r"(?:exactly|spot on|that's it|that's right|(?:that's )?(?:accurate|correct))\b"
# The counterpart taking a turn as rightly heard, first thing: "Yes. Exactly that.", "(long
# pause) Yeah."
HEARD_RIGHT = re.compile(_FIRST_THING + r"(?:yes\b|yeah\b|yep\b|" + _SPOT_ON + ")", re.I)
# Said back so exactly that it is confirmed, not taken as advice: "Yes. That's it." (a bare
# "Yes." to advice may be taking it up)
HEARD_EXACTLY = re.compile(_FIRST_THING + r"(?:(?:yes|yeah|yep)[.,!]?\s*)?" + _SPOT_ON, re.I)
# The counterpart taking a turn well, first thing: thanks, "That's fair", "Huh. Okay. That's
# more than I expected.", after an "Okay." or a stage direction. Nobody thanks a verdict.
TAKEN_WELL = re.compile(
    # (or guarded first: "We'll see. Appreciate it, though.")
    _FIRST_THING + r"(?:(?:okay|ok|right|huh|mm|well|we'll see)[.,!]?\s*)*(?:thank you|thanks"
    r"|appreciate (?:it|that)|that's fair"
    r"|fair enough|that's kind|that's more than|don't make me (?:teary|cry|tear up|well up)"
    # what they wanted, granted: "That's all I want. Eyes open."
    r"|that's all i (?:want|wanted|ask|asked|needed)\b(?! (?:to|from)\b))\b",
    re.I,
)
# The counterpart stung by what was just said: hurt, or apologising and backing off.
STUNG = phrases(
    # (not "that's not fair on you": the counterpart owning its own part)
    r"ouch|wow\.|that's (?:a bit )?(?:harsh|unfair|uncalled for|not fair|low)(?! (?:on|to) you)"
    r"|that hurt",
    r"no need (?:for that|to be)|there's no need",
    # (not "I'll stop second-guessing": relief)
    r"sorry[.,!]? (?:i'll|i will) (?:stop|leave it|go|not)"
    # (nor "...so I'll stop there": keeping someone else out of it)
    r"|i'll (?:just )?stop(?! (?:second-guessing|worrying|overthinking|fretting|there))",
    r"forget (?:i said|i asked)",
    # (not "Support's a big word.": the ask, too broad to act on)
    r"\b(?!(?:support|help|everything|anything)\b)\w+(?:'s| is) a (?:strong|harsh|big|hard)"
    # (not gentleness asked for someone else or something, "Go easy on her, though.", "go easy
    # on slide four": only on them, "Go easy on me.", or on a group the learner ran down, "go
    # easy on the team")
    r" word|i'd go easy(?! on (?:her|him|them|(?-i:[A-Z])\w+)\b)"
    r"|go easy on (?:me|us|(?:the|your|my|our) (?:team|crew|staff|people|lot|group|guys|folk"
    r"|others))\b|go easy(?=\s*[.!,]|\s*$)|steady on",
    # the verdict heard and handed back: "If you think I'm not committed, maybe..."
    # (not "...and, if you think I am, say my name": a hope, the verdict left unsaid)
    r"if (?:you think|that's what you think) (?:i'm|i am|i was|i don't|i didn't)(?!\s*[,.;])",
    # a verdict taken as an order, stiffly: "Understood. I will be more professional."
    r"^\W*understood[.!]\s+i(?:'ll| will) (?:try to )?be more (?:professional|careful|polite)\b",
)
# The word pushed back on, then granted: "Harsh, but fair.", "Lonely is a big word. But yes."
CONCEDED = phrases(
    r"not (?:a|the) wrong one|but not wrong|not wrong,? though|but (?:you're|you are) not wrong"
    r"|but (?:it's |that's )?fair\b|fair,? though\b"
    # "Lonely is a big word. But yes."; or put another way: "Lonely's a big word. Stupid, more
    # like."
    r"|^[^.!?]*\bword[.!]\s+but (?:yes|yeah|maybe|perhaps)\b"
    r"|^[^.!?]*\bword[.!]\s+[\w-]+,? more like\b"
    # "Lonely's a strong word. Ha. Maybe not that strong."
    r"|^[^.!?]*\bword[.!]\s+(?:\(?(?:ha|laughs?)\)?[.!]?\s+)?(?:maybe|perhaps),? not (?:that|so)\b"
    r"|^[^.!?]*\bword[.!]\s+(?:maybe|perhaps|probably)[.!]"  # "Lonely's a strong word. Maybe."
    # "Lonely's a strong word. (pause) Maybe not the wrong one." (or "[laughs]")
    r"|^[^.!?]*\bword[.!]\s+(?:[(\[][^)\]]*[)\]]\s*)?(?:maybe|perhaps|probably),? not (?:a|the)"
    r" wrong"
)
# A reply that starts by laughing ("(laughs) Sleeping's a strong word."): amused, not hurt.
LAUGHS_FIRST = re.compile(
    r"^\W*(?:\((?:\w+ )?(?:laughs?|laughing|chuckles?|grins?|smiles?)\b|ha(?:ha)*[.!,]\s+\w+)",
    re.I,
)  # "(laughs)", "Ha. Forklifts."
# A reply that is only yes or no: the question before it closed the conversation down.
BARE_ANSWER = re.compile(
    r"^\W*(?:(?:probably|possibly|i think|i guess|well|um|erm|uh|broadly|mostly|more or less"
    r"|pretty much|basically),? )?(?:yes|yeah|yep|no|nope|"
    r"not really|i guess|maybe|sure|fine|mostly|kind of|sort of|okay|ok|suppose so|i suppose|"
    r"partly|a bit|a little|not exactly|not much|i think so|i do|i don't)\b",
    re.I,
)
# A sentence that hedges without saying anything new: "I mean, I'm not unhappy with it.",
# "I just wasn't sure.", "Hard to say."
HEDGE = re.compile(
    r"^\W*(?:(?:i mean|well|um|erm|honestly|so|but),? )*(?:i(?:'m| am) not (?:unhappy|sure"
    r"|complaining|saying)|i (?:just )?(?:wasn't|am not|'m not) sure|i (?:just )?don't know"
    r"|i suppose|i guess|hard to say|it's (?:fine|okay|ok|nothing)|no big deal|not really"
    r"|it depends|we'll see|who knows)\b[^.!?]*[.!?]?$",
    re.I,
)
# A stage direction in a written transcript: "(pause)", "(long pause)", "[sighs]".
STAGE_DIRECTION = re.compile(r"\s*[(\[][^)\]]{0,40}[)\]]\s*")
# The counterpart asking for advice.
ASKS_ADVICE = phrases(
    r"what (?:would|should|do) (?:you|i) (?:do|say)",
    r"what would you (?:suggest|recommend)",
    r"(?:any|your) (?:advice|suggestions|tips|ideas)",
    r"how (?:would|should|do) (?:you|i) (?:handle|play|approach|deal with|do)",
    r"tell me what to (?:do|say)",
    r"(?:should|could) i\b",
    r"permission to\b",  # "Specifically, permission to send the three options... in my name."
)
# Questions piled up, heard as such: "That's three questions.", "Which one first?", "Bit of
# all three. Pick one."
QUESTIONS_PILED = phrases(
    r"(?:that's|that was|that is) (?:two|three|four|five|a lot of|several|lots of|a few)"
    r" questions",
    r"which (?:one|question|of those) (?:first|do you want)",
    r"^\W*(?:(?:okay|ok|whoa|hang on|wait),? )?one (?:question )?at a time",
    r"^\W*slow down[.!,]\s*one (?:(?:thing|question) )?at a time",  # "Slow down. One at a time."
    r"(?:a )?bit of all (?:three|four)",
    r"pick one",
    # one question of several taken: "I'll take the easier one.", "I'll answer the first one."
    r"i'll (?:take|answer) the (?:easier|easy|simpler|first|last|second|harder|bigger) one",
)
PUSHBACK = phrases(
    r"\bbut\b",
    r"(?:that's|it's) not fair",
    r"i (?:just|only) (?:need|want|thought)",
    r"can't you",
    r"please",
    r"i don't see why",
    r"you (?:always|never)",
)
# The counterpart asking the learner about themselves.
ABOUT_YOU = phrases(
    r"what about you|and you|(?:do|did|have|were|are) you (?:ever|yourself|get|find|like|enjoy"
    r"|have)|what do you (?:get|actually get)|how did you|what was it like for you|your own",
    r"what's in (?:it|this|that) for you|why (?:do|did) you",
    r"what's (?:it|this|that) to you",  # "What's it to you, anyway? You run trucks."
    r"(?<!have )(?<!do )(?<!did )you ever\b",  # said short: "You ever work a line?"
    # what the learner can give, asked: "Can I ask what's realistic for you?"
    r"what(?:'s| is| would be) (?:realistic|possible|doable|manageable) for you",
)
