"""A mentor's replies to a mentee's ask (pure cues): what is being asked is unclear ("Help with
what?"), the situation behind it is wanted ("Back up. What's the job?"), or a claim is met as
having nothing behind it ("'Ready' is a conclusion."). Split from coach.critique.reactions.
"""

from __future__ import annotations

from coach.critique.cues import phrases

# The other side cannot tell what is being asked of them.
WHAT_IS_ASKED = phrases(
    r"what (?:do|are) you (?:actually |really |exactly )?(?:want|need|asking)(?: me)?(?: for)?"
    r"(?: from me| me to do)?",
    # "And what is it you need from me, exactly?"
    r"what (?:is it|exactly is it|is it exactly) (?:that )?you(?: want| need| are asking"
    r"|'re asking)",
    r"which (?:bit|part|one)\?",
    r"what's (?:the|your) (?:ask|request)\b",  # "Mm-hmm. Okay. And what's the ask?"
    r"(?:can't|cannot) help ['‘]?(?:generally|with everything)",
    r"(?:can't|cannot) do (?:much|anything|a lot) with ['‘\"]?help\b",
    r"pick one",
    r"what exactly (?:do you|are you|would you)",
    r"help with what",
    r"^\W*\w+ (?:at|with|on|about|for) what(?: \w+)?\?",  # "Looking at what things?"
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
# The mentor asking to hear an ask again, plainer: "Say the ask again. Plainer." (the ask was
# heard, under the detail; what comes next is the ask put plainly)
ASK_AGAIN = phrases(
    r"(?:say|give me|tell me|put) (?:the|your|that) ask (?:again|once more|plainer|more plainly)",
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
    # "Give me Tuesday first, your version. Clock times, not how you felt."
    r"(?:give|tell) me (?:\w+ ){1,2}first\b|\byour (?:own )?(?:version|account)(?=\W*$|[.,;])",
    r"need more than that(?: to go on)?|give me something to go on",  # "I'd need more than that"
    r"(?:whoa|woah|hang on|hold on)[,.!]? slow down",
    r"^\W*(?:(?:okay|ok|right|mm|hm+|sure)[.,!]?\s+)?why\?",  # "Okay. Why?" to an ask
    # "Mm-hm. Sorry, which call? About what?", "You might have led with that."
    r"(?:sorry,? )?which (?:call|meeting|customer|client|project|one)\?|\babout what\?"
    r"|you (?:might|could) have (?:led|started|opened) with that",
    # "Such as? ... Show me what you've got and then maybe I'll tell you what I know."
    r"^\W*such as\?|show me what you(?:'ve| have) got\b",
    # "A reference for what, exactly?", "Coordinator of what?", "I'd like to know what I'm
    # writing about.", "I'm writing blind here."
    r"\w+ (?:for|of) what(?:,? (?:exactly|though))?\?",
    r"(?:like|need|want) to know what i(?:'m| am) (?:writing|signing|agreeing|putting my name)",
    r"(?:writing|working|going in|flying|doing this) (?:half )?blind\b",
    # "Hold on. Before I agree to anything, what's the job?", "I can't write to a job nobody's
    # described to me."
    r"before i (?:agree|say yes|commit) to anything,? what(?:'s| is) the \w+\?"
    r"|(?:nobody|no one)(?:'s| has) (?:described|explained) to me\b",
    # "Hm. Slow down. What's happened?": the ask came before any story
    r"slow down\.\s+what(?:'s| has)? happened\?",
    r"tell me (?:more |a bit more |a little more )?first",
    r"(?:give|tell) (?:it to )?me in (?:a few|a couple of|\w+) (?:sentences|words|lines)",
    r"what's (?:brought|prompted) (?:this|that) on",
    # "I might be able to put you in front of somebody, but let's see. Who have you been
    # dealing with?"
    r"who (?:have|'ve) you been (?:dealing|talking|speaking|working|in touch) with\?",
    # "Before I help you do it, convince me it can be done.", "That's a wish, not a plan.",
    # "show me it can be pulled off"
    r"convince me\b|a (?:wish|hope),? not a plan|show me (?:it|that) can be\b",
    # "Tell me what's actually been done, not what's going to happen."
    r"not what(?:'s| is) going to happen\b",
    # "Tell me what you've done, not what you're hoping for.", "That's hoping, not planning.",
    # "I can't help you there till I know who you're up against."
    # (not "Tell me what you've done so far.", which asks for the story, not for the case)
    r"not what you(?:'re| are) hoping(?: for)?\b|not what you hope\b|hoping,? not planning"
    r"|(?:need|have) to know (?:who|what|where|when|how many)\b"
    r"|\bi(?:'d| would)? want to know (?:who|what|where|when|how many)\b"
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
    # "Now, what's the job, exactly?", "I've got neither the story nor the job.", "...when I
    # still don't know what this job even is."
    r"what's (?:the|this|that) (?:job|role|post|position|project|opportunity),? exactly\b",
    r"neither the (?:story|case|job|detail) nor\b",
    r"(?:don't|do not|still don't) know what (?:the|this|that) (?:job|role|post|position"
    r"|programme|program|project) (?:even |actually |really )?is\b",
    # "Possibly. What's the call about?", "Tell me where it's actually at."
    r"what(?:'s| is) (?:the|this|that) (?:\w+ )?about\?",
    # "What's behind it?" (not "What's changed since February?", which may follow up what they
    # told)
    r"what(?:'s| is) behind (?:it|this|that)\?",
    r"tell me where (?:it's|it is|things are|you are|you're) (?:actually |really )?at\b",
)
# A claim answered as having nothing behind it, the case asked for again: "That's a
# conclusion. Where's the support?", "What have you actually changed?"
CLAIM_UNSUPPORTED = phrases(
    r"(?:that's|that is|is) a conclusion|where(?:'s| is) (?:the|your) (?:support|evidence)\b",
    r"what have you actually changed\b",
    # "I'd rather hear what you've already got going than what you're hoping for.", "What's
    # actually set up for this summer?" (answered with the account, the case is made)
    r"(?:rather|like to|want to|need to) hear what you(?:'ve| have) (?:already )?(?:got|done"
    r"|tried|set up|put in place)\b|what(?:'s| is) actually (?:set up|in place|arranged|lined up)",
    # "That's a hope. What's actually nailed down right now?", "In flux is a failure mode."
    r"^\W*(?:that's|that is) a (?:hope|wish)[.!]|what(?:'s| is) (?:actually )?nailed down\b",
    r"(?:in flux|up in the air) is a\b|\bis (?:just )?a feeling[.!]",  # "'Worth the risk' is a..."
    # "What's the support for it?", "'Ready' is your conclusion. Show me the workpapers behind
    # it.", "I'm hearing how much you want it. I'm not hearing how you'd run it."
    r"what(?:'s| is) the (?:support|evidence|basis) for\b|\bis your conclusion\b"
    r"|show me the (?:\w+ )?(?:workpapers|evidence|working|numbers|work) behind\b"
    r"|show me the (?:support|evidence) (?:first|for it)\b"
    r"|i'm not hearing how you(?:'d| would)\b"
    # "Bring me something I can tick and tie."
    r"|bring me something (?:i can|to) (?:tick|check|verify|test|work with|go on)\b",
)
