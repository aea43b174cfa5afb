"""The words that tell a learner's move (pattern data for coach.practice.moves)."""

from __future__ import annotations

import re


def phrases(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(patterns) + r")(?![\w'])", re.I)


# Words of parting, wherever they stand: "Take care.", "Have a good weekend!"
GOODBYE = r"good ?bye|bye for now|take care|have a (?:good|nice|lovely) (?:evening|weekend|day|one)"
CLOSING = phrases(
    r"thanks?(?: you)?(?: so much| again)? for (?:your time|coming|today|talking|this|being"
    r" (?:so )?(?:open|honest|straight))",
    r"let's (?:leave|stop|end|call) it (?:there|here|a day)",
    r"(?:see|talk to|speak to|catch) you (?:on \w+|next \w+|then|soon|later|tomorrow|in \w+"
    r"|\w+day)",
    GOODBYE,
    r"i'll let you (?:go|get back)|we'll (?:pick|leave) (?:this|it) (?:up|there)",
    # "We'll pick the rest up in a fortnight, at a time that suits your rota."
    r"we'll pick (?:the rest|the rest of it|that) up\b",
    r"that's (?:all|everything|it) (?:from me|for (?:today|now))",
    r"(?:a )?good place to (?:stop|leave it|finish|end)|leave it there|stop (?:it )?there",
    r"same time next (?:week|month|time)|i'll leave you (?:to|be)|i'll let you get (?:on|back)",
    r"let's wrap (?:up|it up|this up)",
    r"i've kept you (?:long enough|too long)",
    r"we're (?:at|out of) time|let's pick (?:it|this) up (?:next|another|again)",
    r"(?:i'm going to|i'll) (?:go|head off|get going) (?:and|now|before)",
    r"(?:i'd|i) (?:better|should) (?:get|go|let you)",
    r"thank(?:s| you)(?:,? \w+)?,? for (?:the time|your time|hearing me out|listening"
    r"|making (?:the )?time|being (?:so )?(?:straight|honest|open))",
    r"this (?:was|has been) (?:really |so |very )?(?:useful|helpful|good)",
    # leaving to come back: "Let me pull the details together and come back tomorrow. Thanks
    # for seeing me." (thanks for seeing me only at the end: at the start it greets)
    r"(?:come|get) back to you (?:tomorrow|later|next week|on \w+day)|come back (?:tomorrow|later"
    r"|next week|on \w+day)(?= *[.!]|$)",
    r"thank(?:s| you)(?:,? \w+)?,? for seeing me(?= *[.!]* *$)",
    # the next meeting settled to part on: "Thursday at ten, then, in my office."
    # (or after a word of thanks or assent: "Great. Friday at lunch, then.")
    r"(?:^|(?<=[.!] ))\W*(?:\w+day|tomorrow)(?: (?:at )?[\w:.]+)?(?: [\w:.]+)?,? then[,.!]",
)
COMMIT_INVITE = phrases(
    r"what would you like to (?:bring|do|try|send|take) (?:next|first|before|by|away|on)",
    r"what (?:will|are|would) you (?:going to |be able to |actually )?(?:do|try|take|commit)",
    r"what (?:are|were) you going to \w+|what will you (?:\w+ )?(?:send|bring|write|do|try|say"
    r"|take|change|start|tell)",
    r"what(?:'s| is| would be) (?:your|the) (?:very )?(?:first|next|one) (?:step|move)",
    r"what(?:'s| is| would be) (?:your|the) (?:very )?(?:first|next|one) thing (?:you'll|you will"
    r"|you're going to|you can|to do)",
    r"(?:sum|say|read) (?:up|back|it back)? ?what (?:you'll|you will|you're going to|we(?:'ve)?"
    r" agreed|you've agreed|you're taking)",
    r"what (?:are|will) you (?:taking away|going to take)",
    r"what(?:'s| is) one thing you(?:'ll| will| can| could)",
    r"what do you (?:want|plan|intend|think you'll) (?:to )?do (?:first|next|before|by|this|after)",
    r"so what(?:'s| is) (?:the|your) plan",
    r"(?:what|which) (?:step|part) (?:will|can) you (?:own|take)",
    r"can you (?:tell me|say) what you(?:'ll| will| plan)",
    r"can i count on (?:you|having|getting)",
    r"(?:is that|is it) something you can (?:honestly |really )?(?:say yes to|commit to|do)",
    r"what (?:could|can) you commit to|(?:will|would) you (?:commit|try it|give it a go|do that)"
    r" (?:this|by|before|next|today|tomorrow|on)",
    r"would you be up for \w+ing\b",
    r"can we (?:shake on|agree on|lock) (?:that|it|this)|are you in\?|pin (?:the next one|it|that)"
    r" down",
    r"when (?:will you|do you think you(?:'ll| will| can| could)) (?:ask|tell|send|do|talk|raise"
    r"|bring|write|email|book|speak)",
    r"what(?:'s| is) one (?:small |little |tiny )?thing you(?:'ll| will| can| could)",
    r"(?:can|will) you commit to|will you bring (?:one|it|them|that)|can i put you down for",
    r"(?:one|a) (?:thing|step) you(?:'d| would| could| will| can)? (?:take on|do|try|commit to)",
    r"which (?:one|of (?:those|them|these))(?: are| will)? you (?:actually )?(?:going to )?"
    r"(?:do|try)",
    r"what(?:'ll| will) you do (?:on|by|before|this|next|then|first)",
    r"so can we agree(?:,? then)?",
)
PLAN_INVITE = phrases(
    r"what (?:would|could|might|will) (?:actually |really |best |most )?(?:help|make (?:it|this"
    r"|that|things) (?:better|easier|work))",
    r"what would you (?:want|like|need) to (?:happen|change|see)",
    r"what would make [\w' ]{1,40}?(?:work|better|easier|possible)",
    r"what would you (?:want|like) [\w' ]{1,30}? to look like",
    r"what would (?:feel|seem|be) (?:doable|manageable|realistic|possible|fair)",
    r"where does (?:that|this) leave (?:us|you|things)",
    r"what (?:would|might|do) you (?:want|like) to do (?:next|now|about)",
    r"what (?:would|might|could) be (?:worth|useful|helpful|most useful|good to)",
    r"where (?:would|do|should|shall) (?:you|we) (?:like to |want to )?(?:go|start|begin)"
    r"(?: from here)?",
    r"what would you like (?:us |me )?to (?:put in place|change|try|do|see|happen|agree)",
    r"what (?:should|would|could) (?:good|success|better|a good (?:week|meeting|session))"
    r" look like",
    r"what would (?:a|an|the) [\w' -]{1,30}? look like",
    r"what (?:could|would|might) make [\w' -]{1,40}? (?:easier|better|work|lighter|possible"
    r"|manageable|doable|worth)",
    r"what(?:,? if anything,)? would you want [\w' ]{1,30}? (?:to be for|from|to get out of)",
    r"if you could change (?:one|any) thing",
    r"how do you think (?:we|i|you) (?:should|could|might|ought to) (?:handle|deal|approach"
    r"|tackle|do|fix|sort|play)",
    r"how would you (?:go about|approach|tackle|start|handle)",
    r"what would you do(?: first)?,? (?:if you were me|in my (?:shoes|place|position))",
    r"what do you (?:reckon|suggest|recommend) (?:i|we) (?:do|try)",
    r"what would you like (?:to do|us to do|to happen|to see|me to do|from me|to change)",
    r"what do you (?:want|need|think) (?:to happen|from me|us to do|would help|we should)",
    r"where (?:do|shall|should|can) we go from here",
    r"how (?:do|shall|should|could|can|might) we (?:move forward|move on|take (?:this|it) forward"
    r"|handle|fix|sort|approach|make|deal|get|tackle|change|avoid|do)",
    r"what (?:should|shall|could|can|might) (?:we|you|i) do",
    r"what (?:options|ideas|choices) (?:do you|have you|can you|are there)",
    r"what would (?:good|success|a good outcome|better|a fair|the right|help) (?:look like|be)",
    r"what would (?:you suggest|you propose|make (?:this|it) work|it take)",
    r"any (?:ideas|thoughts) (?:on|about) (?:how|what)",
    r"how would you like to (?:handle|approach|play|proceed|tackle)",
    r"what do you think (?:we|you|i) (?:should|could|ought to) do",
    r"what(?:'s| is| would be) (?:a|the|one) (?:(?:good|small|first|next|sensible|realistic"
    r"|useful) )*(?:step|way forward|place to start)",
    r"what can i do",
    r"how can i (?:help|support)",
    r"what do you think (?:should|needs to|ought to) happen",
    r"what do you think would (?:actually |really )?(?:be doable|work|help)",
    r"what would you want to (?:have|walk in with|take in)",
    r"if (?:you were|it was|it were) (?:you|me)\b[^?]*\bwhat would you",
)
_STEP_VERBS = (
    r"meet|try|agree|set|book|start|schedule|look|go|put|make|plan|write|aim|check|catch|talk"
    r"|fix|sort|draft|run|do|get|share|review|call|move the|swap|split|keep|block|pilot|trial"
)
PROPOSES = re.compile(
    r"^\W*(?:(?:so|okay|ok|right|then|well|and),? )*(?:how about|what about if|what if (?:we|i)"
    r"|let's|let us|shall we|should we|why don't we|would you be (?:up for|willing|open|ok|okay"
    r"|happy)|(?:could|can) we (?=(?:\w+ ){0,2}(?:" + _STEP_VERBS + r")\b)|i (?:suggest|propose)"
    r"|what if you and (?:\w+ ){1,2}(?:sat|went|talked|had|met|spent|looked|did|made|got|took)\b"
    r"|here's (?:what|an idea|a thought|my|a proposal|a suggestion)"
    r"|one (?:idea|option|suggestion)\b"
    r"|(?:could|can) we do this|how about this|here's where i've landed"
    r"|my (?:suggestion|proposal)"
    r"|one (?:option|idea) (?:is|would be)|would it work (?:if|for)"
    r"|(?:does|would) (?:that|it) work (?:if|for you if))\b",
    re.I,
)
OFFER = phrases(
    r"would it (?:help|be useful|be helpful|make a difference|be okay|be ok)(?: to you)?,? if\b",
    r"would you like me to|(?:do|would) you want me to|shall i|should i (?:introduce|send|talk"
    r"|speak|ask|come|check|have|put|set|book|find|call|email|join|cover|look)",
    r"(?:i'd|i could|i can|i'm happy to|i'd be happy to|happy to|i'm glad to|i'd be glad to"
    r"|i'll|i would) (?:happily |gladly |also )?(?:introduce|put you in touch|send|share|check"
    r"|ask|talk to|speak to|have a word|come (?:with|along|to)|join|sit in|look (?:at|over)"
    r"|read|review|cover|take (?:on|over)|help|set up|book|find|connect|email|call|make|"
    r"vouch|recommend|mention|lend|give you|go with|back you|raise it|flag|write|draft"
    r"|message|text|apologi[sz]e|say sorry|own it|do (?:that|it|the))",
    r"if you(?:'d)? like,? (?:i|you|we)",
    r"if it helps,? i|my offer is|i can offer|let me (?:introduce|send|help|talk|speak|find|set"
    r"|book|take|cover)",
    r"what i(?: could| can|'ll| will|'m going to| am going to) do(?:,? then,?)? is",
    r"(?:i could|i can|i'll) put (?:my|the|some|a)",
    r"what (?:we|i) could do is|what i'm thinking is,? [^.?!]*\bi(?:'ll| will| could)\b",
    r"if it helps,? (?:i'm|i am) (?:around|free|happy)|we could do (?:half an hour|ten minutes"
    r"|twenty minutes|a session|an hour)",
    r"i(?:'d| would) be (?:happy|glad) to go (?:through|over)|i'll dig out",
    r"here's something i (?:can|could) do|if you (?:ever )?want(?:ed)?,? (?:we|i) could",
    r"i (?:can|could|'ll|will) get (?:it|that|this|them) (?:onto|into|over|to you)",
    # the meeting offered back: "If now's bad I can come back once your board's done."
    r"(?:i can|i could|i'll|i will|happy to) come back (?:later|another time|tomorrow|after"
    r"|once|when|on|next|in)",
)
# An offer or a plan said in a turn that opens like a summary ("So what I'll do is...", "Okay,
# here's a thought, tell me if it's rubbish: ..."): the plan is the move.
PLAN_OR_OFFER = phrases(
    r"what if i do this|what about this:|my plan (?:for \w+ )?(?:is\b|:)|here's what i'm thinking",
    r"here's what we(?:'ll| will| could| can) do",
    r"what i(?:'ll| will) do,? (?:[^.?!]{0,40}?,)? is",
    r"here's (?:my plan|a thought|an idea|what i'm thinking|where i've landed|a proposal"
    r"|a suggestion|my (?:proposal|suggestion))",
    r"would (?:this|that|something like this) work(?: for you)?:",
    r"how about this|(?:could|can) we do this|so here's (?:what|my)",
    r"what i(?: could| can|'ll| will|'m going to| am going to) do(?:,? then,?)? is",
)
REQUEST = phrases(
    r"(?:could|can|would|will) you (?:please |possibly |maybe |perhaps |just )?(?:send|let"
    r"|tell|give|bring|make|do|try|write|draft|come|join|share|keep|check|look|read|call|email"
    r"|update|copy|stop|start|hold|talk|speak|ask|agree|confirm|take|help|introduce|sit|cover"
    r"|review|put|set|book|find|show|walk|flag|message|text|mention|spare|be)",
    r"i(?:'d| would) (?:like|love) you to|i need you to|i'm asking (?:you|if you)",
    r"(?:my|the) (?:specific |one )?ask (?:is|would be)",
    r"would you (?:mind|be willing|consider)",
    r"is there any (?:way|chance) you (?:could|can|would|might)",
)
# Asking for a favour, which makes the next question a request: "Could I ask you a favour?
# Next time, could you bring who's on what?"
ASKS_FAVOUR = phrases(
    r"(?:could|can|may) i ask you (?:a favou?r|to)|i(?:'d| would) like to ask you (?:something"
    r"|a favou?r|to)|can i ask you to|one thing i(?:'d| would) ask (?:of )?you"
    r"|(?:could|can|may) i ask (?:one thing|something|a favou?r|one favou?r) (?:of|from) you",
)
ADVICE = phrases(
    r"what if you (?:just |maybe |tried |pitched |asked |told |went |put |framed )",
    r"would it (?:maybe |perhaps |not )?help (?:to|if you)\b",
    r"(?:couldn't|can't|why can't) you just|wouldn't it (?:just )?be (?:easier|better|simpler"
    r"|quicker) (?:if|to)|wouldn't it make (?:more )?sense",
    r"what works for me is|the simplest thing (?:is|would be) (?:you|to|for you)",
    r"(?:it'd|it would) be (?:better|easier|simpler) if (?:we|you) just",
    r"you could (?:honestly |just |always )+\w+",
    r"you(?:'ve| have) (?:just |simply |really )?got to",
    r"you (?:should|shouldn't|need to|have to|must|ought to|might want to|could try|'d better)",
    r"why (?:don't you|not just)",
    r"have you (?:thought about|considered|tried)",
    r"(?:my|the best|my honest|one piece of) advice",
    r"i(?:'d| would)? (?:suggest|recommend|advise) you",
    r"if i were you",
    r"what (?:you need|i'd do|i would do) (?:is|to)",
    r"the (?:fix|trick|key|solution|secret) (?:is|here is)",
    # A task put as an order: "Honestly, grab the trust's template and fill in the boxes.",
    # "Just block out an hour." (not "Grab a seat", "Take your time", "Send me the posting").
    r"(?:^|[.!?]\s+)(?:honestly,? |just |so,? |look,? )*(?:grab|use|try|book|block out|fill in"
    r"|write up|draft|pick|start with|break) (?:the|an?|some|one|your)\b(?! seat)",
)
SMALL_TALK = re.compile(
    r"(?:^|[.!?]\s+|,\s*)(?:do you mind if i|can i (?:just )?(?:pull|get|grab|take) (?:my|out)"
    r"|(?:just )?(?:let me|i'll) (?:just )?(?:put|shut|close|open|grab|move))"
    r"|^\W*(?:hi|hello|hey|hiya|morning|afternoon|evening|good (?:morning|afternoon|evening)"
    r"|sorry (?:i'm|i am|for being|to be) (?:a bit |a few minutes |so )?late|sorry to keep you"
    r"|thanks for (?:coming|making (?:the )?time|waiting|fitting me in)|how (?:are you|are things"
    r"|was your (?:weekend|journey|trip|holiday|week|drive))|nice to (?:see|meet)|can i get you"
    r"|(?:grab|have|take) a seat|come in|do you want (?:a |some )?(?:coffee|tea|water)"
    r"|is now (?:still )?(?:a good|ok|okay)|have you got (?:a minute|five minutes|time))",
    re.I,
)
# The room's or the day's warmth: "this warm in here", "freezing out there", "the heating".
ROOM_WEATHER = (
    r"(?:warm|hot|cold|chilly|freezing|boiling|stuffy|roasting|warmer|hotter|colder|chillier"
    r"|grim|wet|miserable|foul|grey|dreary|windy|lovely|glorious|gorgeous)"
    r" (?:in here|out there|outside|today|this morning|down (?:on )?(?:the|that) floor)"
    r"|degrees (?:warmer|hotter|colder)|the heating|downpour|bucketing"
    r"|pouring (?:down|out there|with rain)"
)
# Last night's game: "Did you catch the Mud Hens game last night?"
SPORT = (
    r"(?:catch|see|watch|the|that) (?:the )?(?:[\w-]+ ){0,2}(?:game|match|race)"
    r" (?:last night|yesterday|at the weekend|on (?:saturday|sunday))"
)
# The forecast and things about the building: "forecasting snow for Friday", "a proper kettle
# in the staff room", "the lobby tree went up yesterday".
AROUND_THE_PLACE = (
    # (a kettle, not "Kettle Ridge")
    r"forecast(?:ing)? (?:snow|rain|sun|a heatwave|storms?)|(?-i:kettle)\b"
    r"|staff ?room"
    r"|(?:lobby|christmas|office) tree"
    # the office's occasions: "any of Margaret's leaving cake?", "the Christmas quiz"
    r"|(?:leaving|birthday) (?:cake|do|drinks|card)|christmas (?:quiz|party|do|jumpers?)"
    r"|office party|bake sale|quiz night"
    # a cake in the break room and whose it is: "Is it your birthday?"
    r"|(?:sheet|birthday) cake|(?:is|was) it your birthday"
)
# An aside announced as one: "Random thing before we start: ...?", "Random question: are you
# still cycling in?", "No rush. Random thought while you look: ...?", "Totally off-topic,
# but..." (not "this is kind of a random question" before a question on the topic)
# (or "Changing the subject completely for a second: did you get to that exhibition?")
ASIDE = (
    r"(?:^|(?<=[.!?] ))\W*random (?:thing|question|thought)|off[- ]topic"
    r"|(?:^|(?<=[.!?] ))\W*(?:chang(?:e|ing) (?:of )?(?:the )?subject|on a (?:lighter|different)"
    r" note)\b"
)
ANNOUNCED_ASIDE = phrases(ASIDE)
SMALL_TALK_TOPIC = phrases(
    r"coffee|tea|weather|grim out|rain(?:ing)?|journey|weekend|traffic|parking|holiday|trip"
    r"|train|commute|the drive|(?:grab|have|take) a seat|water|biscuit|lunch|alright for you"
    r"|okay for you|ok for you|comfortable|echoey|this room|housekeeping|printer|the window"
    r"|the door|my notebook|my laptop|my phone|come back (?:if|another)|now's (?:a )?bad"
    r"|this chair|my email|my emails|cats?|dogs?|puppy|kitten|bedtime|diggers?"
    r"|shut (?:the|that) door|(?:a|a couple of|a few|five|ten) minutes late"
    r"|(?:need to|have to|got to) (?:be out|leave|go) by|only got (?:this|the) room"
    r"|is now (?:still )?(?:ok|okay|good"
    r"|a good time|alright)|can you hear me|connection|come back (?:later|after)"
    r"|innings|extra time|kick-?off|car park|the lifts?|stairs|(?:two|three|four|five|six) flights",
    AROUND_THE_PLACE,
    # somewhere to eat: "did you ever try that Ethiopian place on Leather Lane?"
    r"restaurant|caf[eé]|ramen|(?:try|tried|trying) (?:that|the) (?:new )?(?:\w+ ){0,2}place\b",
    ROOM_WEATHER,
    SPORT,
    ASIDE,
)
# Questions that are pleasantries however they are phrased: "How was your weekend, anyway?",
# "Get up to much?", "Unrelated, but...?", "Have you tried the new coffee machine yet?"
PLEASANTRY_QUESTION = phrases(
    r"how(?:'s| is| was| has| have) (?:your|the) (?:weekend|week|day|morning|journey|trip"
    r"|holiday|commute|drive|break)(?: been| going)?",
    r"(?:get|got|getting) up to (?:much|anything)",
    r"(?:do|did|doing) anything (?:nice|fun|good)|unrelated,? but|coffee machine|flat white",
    ASIDE,
    r"(?:at|over|this|last) (?:the )?weekend",
    ROOM_WEATHER,  # "Is it always this warm in here, or is that the presses?"
    SPORT,
    AROUND_THE_PLACE,
)
SUMMARY_OPENER = phrases(
    r"so:",
    r"what i'm taking (?:from|away from) (?:this|that|today)",
    r"(?:can|could|may) i (?:just )?check (?:i've|i have|that i've|that i have) (?:got|understood)",
    r"so there(?:'s| are| were) (?:\w+ )?(?:things|parts|pieces|bits)",
    r"what i've (?:got|heard) (?:is|so far)|let me say (?:back|it back)",
    r"let me (?:check|see if|sum|recap|play (?:it |that )?back|make sure|say (?:it|that) back"
    r"|pull (?:it|that|this) together|just check)",
    r"(?:so,? )?to (?:sum up|recap|pin (?:it|that) down|pull (?:it|that|this|everything)"
    r" together)",
    # "So, to check: ...", "Just to check I've got it" (not "easy to check:", "Not to check on")
    r"(?:(?<=^)|(?<=[.!?] )|(?<=just )|(?<=so )|(?<=so, ))to check\b(?! on\b)",
    r"what i'm hearing|if i've got (?:this|that|it) right|so far (?:we've|you've)",
    r"so,? (?:bottom line|in short|basically|overall|all in all)",
    r"(?:putting|pulling) (?:it|that|this) (?:all )?together",
    # where things stand, gathered: "So here's where we are: ...", "Here's what I've got."
    r"(?:so,? )?here's where (?:we are|we've (?:got|landed|ended up))",
    r"here's what i've (?:got|heard)",
    r"so (?:the deal|your condition) is",  # "So the deal is: I start a survey-data chapter..."
)
# A yes/no question after a clause of when or if: "When I said take the lead, did you take that
# to include giving Halvorsen dates?" (not "When you say the room, who do you mean?")
LEADING_CLAUSE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:when|if) (?:i|you|we|he|she|they) [^,?]{3,90},\s*(?=(?:did|do|does|was"
    r"|were|is|are|have|has|had|can|could|would|will|should|shall)\b)",
    re.I,
)
FACT_WORDS = re.compile(
    r"^\W*(?:(?:and|but|so|okay|ok|right|well),? )*(?:who|whom|whose|when|where|which|"
    r"how (?:many|much|long|often|old|soon|far)|what (?:time|day|date|year|month|number|name"
    r"|percentage|score|grade|figure)|what (?:did|does|do|was|were|is|are|has|had) (?:\w+ ){0,3}"
    r"(?:say|said|tell|told|decide|decided|ask|asked|want|wanted|mean|call|called|send|sent))\b",
    re.I,
)
OPEN_ASKS = re.compile(
    r"^\W*(?:tell me|talk me through|walk me through|say more|help me understand"
    r"|can you tell me (?:a (?:bit|little) )?more)|\bhow did you (?:handle|deal with|manage|cope"
    r"|get through)\b|^\W*(?:so\W+)?what do you reckon\b",
    re.I,
)
FORMULA = phrases(
    r"tell me more|how does (?:that|it) make you feel|how are you feeling(?: about (?:that|it))?"
    r"|what's that like|how's that|go on"
)
# Sayings that would fit anyone's story, often with a tag ("These things happen, don't they?").
PLATITUDE = phrases(
    r"it is what it is|at the end of the day|make the best of (?:it|things)|these things happen"
    r"|life gets in the way|trust the process|(?:a|the) learning curve|part of the journey"
    r"|learn from (?:it|this|that) and move (?:on|forward)|(?:it'll|it will|things will) work out"
    r"|these things usually do|you can'?t pour from an empty cup|comes down to communication"
    r"|onwards and upwards|every cloud|that's life|such is life|everything happens for a reason"
    r"|no right or wrong (?:way|answer)|whatever works for you|(?:we|you) both get something out"
    r"|nothing to worry about|you'll be (?:fine|ok|okay|alright)|(?:a|the) learning journey"
    r"|it's all part of it|you're doing (?:great|fine|brilliantly)|opportunity to grow"
    r"|no such thing as failure|(?:ready|up) for (?:the|a) (?:next )?challenge|keep growing"
    r"|(?:i'm|i am) a fast learner|figure it out as i go|you know what they say|a safe space"
    r"|what doesn't kill you|it (?:gets|will get|'ll get) easier|everyone struggles (?:in|at|with)"
    r"|feedback(?:'s| is) a gift|a learning experience|understand where you're coming from"
    r"|(?:i've been|i'm) trying everything|what's best for the (?:customer|team|business)"
    r"|^\W*(?:(?:go on|okay|ok|mm|right),? )?say (?:a (?:little|bit) )?more\W*$",
)
TAG_ONLY = re.compile(
    r"^\W*(?:[^?]*,\s*)?(?:isn't it|aren't they|don't they|doesn't it|didn't it|wasn't it|yeah"
    r"|right|you know|eh|no|okay|ok|honestly|seriously|really)\?$",
    re.I,
)
YES_NO_INSIDE = re.compile(
    r"(?:^|, )(?:did|do|does|was|were|is|are|have|has|had|can|could|will|would) (?:you|he|she"
    r"|they|it|we|i|that|there|the|this|your|his|her|their|our|my|[A-Z]\w+)\b"
)
TAGGED = re.compile(
    r",\s*(?:yeah|right|yes|no|didn't you|did you|isn't it|wasn't it|weren't you|haven't you"
    r"|correct|true|am i right)\?$",
    re.I,
)
THANKS_BY_NAME = re.compile(r"\b(?:Thanks|Thank you)(?: so much| again)?,? [A-Z][a-z]+\b")
FAREWELL = phrases(r"go and|good luck|message me|next (?:week|time|month)|see you|catch you|bye")
SAYS_BACK = re.compile(r"^\W*(?:so|and|sounds like|it sounds|you)\b", re.I)
# A plan about how the two of them meet, not about the persona's problem: "How about we keep the
# next one short", "we split these meetings", "we block out half an hour, no agenda"; put before
# the persona is understood it is no advice, for it tells them nothing to do about their matter.
OUR_MEETINGS = re.compile(
    r"^(?=.*\b(?:we|us|our)\b).*\b(?:next one|next time|meetings?|sessions?|check-?ins?"
    r"|catch-?ups?|agenda)\b",
    re.I | re.S,
)
# A step of one's own put forward: "What if I write you...", "Here's what I was thinking: I...".
MY_OWN_STEP = re.compile(
    r"\b(?:what if|how about|suppose) i\b|\bi (?:could|can|'ll|will|might)\b"
    r"|:\s*i (?!(?:think|feel|mean|guess|know|wonder|hope|am)\b)[a-z]+"
    # a mentee's plan for their own work: "Here's what I'm thinking: one sentence up top..."
    r"|\bhere's what i(?:'m| am| was|'d been) (?:thinking|planning)\b|\bmy plan is\b",
    re.I,
)
