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
    r"|exactly\b|absolutely\b|that's (?:it|the plan|your plan)\b|good plan\b"
    r"|(?:it|that) does\b|of course\b",
    r"^\W*works(?= ?[.!,])",  # "Works. Send it Friday."
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
    # "That's easy to say", not "That wasn't easy to say" (which thanks them for listening)
    r"(?<!n't )(?<!not )(?<!never )easy (?:for you )?to say|easier said",
    r"(?:like|want|need) to understand (?:the problem|it|this|what)",
    r"(?:i've|i have) (?:already )?tried (?:that|it|this|those|the \w+)|not (?:that|so) simple",
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
)
# The mentor asking for the situation behind an ask.
WANTS_CONTEXT = phrases(
    r"(?:isn't|is not|not) a case|make (?:the|your|a) case|what's (?:the|your) case",
    r"why (?:should|would) (?:i|we|they|the \w+|anyone)\b",
    r"back up(?: a (?:bit|second|minute|step))?|start (?:from|at) the (?:beginning|start)",
    r"start me (?:further|farther|a bit|right) back|i know nothing about",
    r"(?:give|tell) me (?:some |the |a bit of |more )?(?:background|context|the story)",
    # "Tell me what happened first.", "Start with what happened.", "...what's changed since"
    r"(?:tell me|start with|walk me through|take me through) what(?: happened|'s changed)",
    # Asking for the mentee's account first: "Tell me more first. I'd rather hear your
    # version of Tuesday.", "Give it to me in five sentences."
    r"your (?:own )?(?:version|account|side) of (?:it|this|that|what happened|events|\w+day)",
    r"(?:i want|i'd like|i need) (?:to hear )?your (?:own )?version\b|hear it from you",
    r"need more than that(?: to go on)?|give me something to go on",  # "I'd need more than that"
    r"(?:whoa|woah|hang on|hold on)[,.!]? slow down",
    r"^\W*(?:(?:okay|ok|right|mm|hm+|sure)[.,!]?\s+)?why\?",  # "Okay. Why?" to an ask
    # "A reference for what, exactly?", "Coordinator of what?", "I'd like to know what I'm
    # writing about.", "I'm writing blind here."
    r"\w+ (?:for|of) what(?:,? exactly)?\?",
    r"(?:like|need|want) to know what i(?:'m| am) (?:writing|signing|agreeing|putting my name)",
    r"(?:writing|working|going in|flying|doing this) (?:half )?blind\b",
    # "Hm. Slow down. What's happened?": the ask came before any story
    r"slow down\.\s+what(?:'s| has)? happened\?",
    r"tell me (?:more |a bit more |a little more )?first",
    r"(?:give|tell) (?:it to )?me in (?:a few|a couple of|\w+) (?:sentences|words|lines)",
    r"what's (?:brought|prompted) (?:this|that) on",
    # "Before I help you do it, convince me it can be done.", "That's a wish, not a plan.",
    # "show me it can be pulled off"
    r"convince me\b|a (?:wish|hope),? not a plan|show me (?:it|that) can be\b",
    # "Tell me what you've done, not what you're hoping for.", "That's hoping, not planning.",
    # "I can't help you there till I know who you're up against."
    # (not "Tell me what you've done so far.", which asks for the story, not for the case)
    r"not what you(?:'re| are) hoping(?: for)?\b|not what you hope\b|hoping,? not planning"
    r"|(?:need|have) to know (?:who|what|where|when|how many)\b"
    r"|(?:till|until) i know (?:who|what|where|when)\b",
    # "Hang on. What's Thursday?", "Humour me. What's happened, and what's riding on it?"
    r"humou?r me\b|what(?:'s| is) riding on\b|hang on\.? what(?:'s| is)\b",
    r"walk me through (?:it|this|that|why)|before i go anywhere with (?:that|this|it)\b",
    # "it's hard to help with a call when I don't know what's happened"
    r"hard to help(?: \w+){0,3} (?:when|if|without) (?:i don't|i do not|knowing)",
    r"i'd rather hear what you(?:'ve| have) (?:already )?(?:tried|done)|what have you done since\b",
    r"what's (?:actually )?in place",
    # Asking what the thing is before answering: "Tell me what the job actually is.", "A
    # coordinator doing what, for who?"
    r"(?:tell|show) me what (?:the|this|that|it) (?:\w+ )?(?:actually |really |exactly )?is\b",
    r"what (?:exactly |actually )?(?:is|was) (?:the|this|that) (?:job|role|post|position|"
    r"programme|program|project|opportunity)\b",
    r"\bdoing what(?=[,?])|\bfor who(?:m)?\?",
    # "Possibly. What's the call about?", "Tell me where it's actually at."
    r"what(?:'s| is) (?:the|this|that) (?:\w+ )?about\?",
    r"tell me where (?:it's|it is|things are|you are|you're) (?:actually |really )?at\b",
)
# A claim answered as having nothing behind it, the case asked for again: "That's a
# conclusion. Where's the support?", "What have you actually changed?"
CLAIM_UNSUPPORTED = phrases(
    r"(?:that's|that is|is) a conclusion|where(?:'s| is) (?:the|your) (?:support|evidence)\b",
    r"what have you actually changed\b",
    # "That's a hope. What's actually nailed down right now?", "In flux is a failure mode."
    r"^\W*(?:that's|that is) a (?:hope|wish)[.!]|what(?:'s| is) (?:actually )?nailed down\b",
    r"(?:in flux|up in the air) is a\b|\bis (?:just )?a feeling[.!]",  # "'Worth the risk' is a..."
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
)
_FIRST_THING = r"^\W*(?:\([^)]*\)\s*)?"  # at the very start, after a stage direction
_SPOT_ON = r"(?:exactly|spot on|that's it|that's right)\b"
# The counterpart taking a turn as rightly heard, first thing: "Yes. Exactly that.", "(long
# pause) Yeah."
HEARD_RIGHT = re.compile(_FIRST_THING + r"(?:yes\b|yeah\b|yep\b|" + _SPOT_ON + ")", re.I)
# Said back so exactly that it is confirmed, not taken as advice: "Yes. That's it." (a bare
# "Yes." to advice may be taking it up)
HEARD_EXACTLY = re.compile(_FIRST_THING + r"(?:(?:yes|yeah|yep)[.,!]?\s*)?" + _SPOT_ON, re.I)
# The counterpart taking a turn well, first thing: thanks, "That's fair", "Huh. Okay. That's
# more than I expected.", after an "Okay." or a stage direction. Nobody thanks a verdict.
TAKEN_WELL = re.compile(
    _FIRST_THING + r"(?:(?:okay|ok|right|huh|mm|well)[.,!]?\s*)*(?:thank you|thanks|that's fair"
    r"|fair enough|that's kind|that's more than|don't make me (?:teary|cry|tear up|well up))\b",
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
    r" word|i'd go easy|go easy on|steady on",
    # the verdict heard and handed back: "If you think I'm not committed, maybe..."
    # (not "...and, if you think I am, say my name": a hope, the verdict left unsaid)
    r"if (?:you think|that's what you think) (?:i'm|i am|i was|i don't|i didn't)(?!\s*[,.;])",
)
# The word pushed back on, then granted: "Harsh, but fair.", "Lonely is a big word. But yes."
CONCEDED = phrases(
    r"not a wrong one|but not wrong|not wrong,? though|but (?:you're|you are) not wrong"
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
)
# The other side cannot tell what is being asked of them.
WHAT_IS_ASKED = phrases(
    r"what (?:do|are) you (?:actually |really |exactly )?(?:want|need|asking)(?: me)?(?: for)?"
    r"(?: from me| me to do)?",
    # "And what is it you need from me, exactly?"
    r"what (?:is it|exactly is it|is it exactly) (?:that )?you(?: want| need| are asking"
    r"|'re asking)",
    r"which (?:bit|part|one)\?",
    r"(?:can't|cannot) help ['‘]?(?:generally|with everything)",
    r"(?:can't|cannot) do (?:much|anything|a lot) with ['‘\"]?help\b",
    r"pick one",
    r"what exactly (?:do you|are you|would you)",
    r"help with what",
    # "Could be. Depends what you need. 'Make it work' covers a lot of ground."
    r"depends (?:on )?what (?:you need|you're asking|you want)",
    r"covers a lot of ground",
    r"(?:can't|cannot) do ['‘\"]help['’\"]",  # "I can't do 'help'. I can do a phone call..."
    # "...until I hear what you actually want from me.", "Support's a big word.", "Involved how?"
    r"(?:hear|know) what you(?:'re| are)? (?:actually |really |exactly )?(?:want|need|asking)\b",
    # "I can't write 'anything'.", "'Help me somehow' I can't do a whole lot with."
    r"(?:can't|cannot) (?:write|say|do) ['‘\"]anything['’\"]"
    r"|(?:can't|cannot) do (?:much|a (?:whole )?lot) with\W*$",
    r"\b(?:support|help)(?:'s| is) a (?:big|broad|wide) word",
    r"^\W*(?:\w+ )?\w+ how\?",
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
)
