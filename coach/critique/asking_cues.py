"""Phrases of a mentee asking for help (pattern data, no logic).

Split from coach.critique.cues: an ask named outright or concrete, a plea or a vague ask with
nothing to say yes to, help wanted in general words, what was already tried, and context held
back when the mentor asks for it.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# A mentee's ask with nothing in it to act on ("help with Thursday generally").
VAGUE_ASK = phrases(
    r"(?:help|advice|thoughts|input|ideas)(?: \w+){0,4},?"  # ("help me with Thursday, generally")
    r" (?:generally|in general|on the whole thing)",
    r"whatever you think(?: would be| is)? best",
    r"whatever you think(?=\W*(?:$|[.!?,]))",  # "Just... whatever you think. Help."
    r"(?:any|some) (?:advice|tips|pointers|ideas)(?: at all)?\?",
    r"just (?:help|fix it|sort it)",
    r"(?:everything|anything),? (?:i guess|really|i suppose)",
    # Input on everything, with nothing named: "your thoughts on all of it", "any perspective
    # you've got", "whatever you'd think is most useful", "how to approach the whole thing".
    r"your (?:thoughts|perspective|take|views?|advice|input) on (?:all of (?:it|this|that)"
    r"|everything|it all|the whole (?:thing|lot))",
    r"any (?:perspective|thoughts|advice|tips|pointers|ideas|wisdom|support|help) (?:you've got"
    r"|you have|you can give)",
    # "Whatever would be most useful from your side.", "have you involved somehow"
    r"(?:^|(?<=[.!?]\s))\W*whatever (?:would be|is|'s|might be|you think would be)"
    r" (?:most )?(?:useful|helpful)",
    # "support me with it somehow", "Whatever feels right to you."
    r"\b(?:involved|help|support|back|there|around)(?: me)?(?: with (?:it|this|that))?,?"
    r" (?:somehow|in some way)\b|\bwhatever feels (?:right|best|comfortable)\b",
    # "help me with it, somehow", "whatever you'd feel good doing", "Whatever you're
    # comfortable with", "anything you could say about how I am with patients"
    r"\bhelp me(?: with (?:it|this|that))?,? (?:somehow|in some way)\b",
    r"\bwhatever you(?:'d| would|'re| are)? (?:feel (?:good|comfortable|okay|ok) (?:doing|with"
    r"|saying|writing)|comfortable with)",
    # (or "anything you felt able to say", "Whatever you think would carry the most weight")
    r"\banything you (?:could|felt able to|feel able to|can|'d like to) (?:say|write)\b",
    r"\bwhatever you think (?:would|will|might) (?:carry|count|matter|work)\b",
    # "keep me in mind, on Thursday or for something bigger", "your support, whatever form you
    # think makes sense", "whatever support you feel comfortable giving"
    r"\bkeep me in mind\b|\bwhatever (?:form|way|shape) you think (?:makes sense|works|is best)"
    r"|\bwhatever (?:support|help) you (?:feel )?comfortable\b",
    # what to say left to them: "Just say whatever.", "I'll leave the details to you."
    r"\bjust (?:say|write|put) whatever\b|\bleave the (?:details|wording|rest) (?:up )?to you\b",
    # (or "Anything you think would help.")
    r"(?<!is there )(?<!there's )(?:whatever|anything) (?:\w+ )?(?:or \w+ )?you(?:'d)? think"
    r" (?:(?:is|would be|'d be|might be|could be) (?:most )?(?:useful|helpful)"
    r"|(?:would|might|could) help)",
    # "help me make the plan work, in whatever way makes sense", "Honestly, anything that gets
    # the structures in this summer."
    r"in whatever (?:way|form|shape) (?:makes sense|you (?:think|can|like)|works)",
    r"^\W*(?:honestly,? |really,? |just )?anything (?:that (?:helps|gets|would)|at all|you can)\b",
    r"(?:approach|handle|tackle) the whole (?:thing|lot)",
    # help with nothing named: "Honestly, I just need help making it work. Can you help?"
    r"i (?:just )?need (?:some )?help (?:making it work|with (?:it|this|that|things)|sorting"
    r" (?:it|this|things) out)\b",
    r"^\W*(?:so,? )?can you help(?: me)?\?",
    # what to say left to them: "Just say something nice.", "It's a coordinator thing. Just say
    # something nice, you know me."
    r"(?:^|(?<=[.!?]\s))\W*(?:just |maybe )?(?:say|write|put) something (?:nice|good|positive"
    r"|kind)\b",
)
# (Mentee) help asked for in general words, and an account promised before it: "I'd really
# like your help making it work" asks; "I want to tell you why, then ask for some help" explains.
WANTS_HELP = phrases(
    r"i(?:'d| would) (?:really )?(?:like|love|appreciate|value) your help",
    r"(?:ask|asking) (?:you )?for (?:your |some )?(?:specific )?help",
    r"i (?:was |am |'m )?(?:hoping|wondering (?:if|whether)) you(?:'d| would| could| might)\b",
    r"(?:ask|asking) (?:you )?(?:if|whether) you(?:'d| would| could| can| might) help\b",
)
EXPLAINS = phrases(
    r"(?:explain|tell you|walk you through|say) (?:why|what|how)",
    # "Can I give you my reasons and what I've already done, and then ask you for something?"
    r"(?:give|tell) you my reasons\b",
    # "I wanted to give you the background first.", "let me fill you in", "Can I give you the
    # short version first?"
    r"(?:give|tell) you (?:the |some |a bit of (?:the )?|a little )?(?:background|context"
    r"|backstory)\b|fill you in\b|(?:give|tell) you the (?:short|quick|brief) version\b",
    # "so let me give you the whole picture first"
    r"(?:give|tell|paint) you the (?:whole|full|big) picture\b",
    # an ask announced, to come after the case: "I've got one specific ask, and then I'd like
    # your view."
    r"\bi(?:'ve| have)(?: got)? (?:one|a|two) (?:specific |clear |concrete |small )?"
    r"(?:ask|request)s?\b(?!\s*:|\s+(?:is|for)\b)",
)
# (Mentee) context held back when asked for it: "y'all know what happened Tuesday", "It's all
# in the doc, honestly."
WITHHELD_CONTEXT = phrases(
    r"(?:you|y'all|you all|everyone|everybody) (?:all )?(?:already )?knows? what happened",
    r"(?:it's|it is|everything's) all in (?:the|my) (?:doc|document|email|notes|report|timeline"
    r"|write-?up|ticket)",
    # "The details are all in the posting; I can send it over."
    r"(?:the )?details(?:'re| are) (?:all )?in the (?:posting|doc|document|email|advert|ad|job"
    r" description|listing|write-?up)",
    r"you(?:'ve| have)? (?:probably |already )*(?:heard|know) (?:the|all the) (?:details|story)",
    # Declining to give it: "I'd rather not go round the houses on it", "I'd rather use the time
    # on how to run the call than go through the history".
    r"rather not go (?:round|around) the houses",
    r"rather not (?:get|go) into (?:the whole thing|it all|all (?:of )?(?:it|that)|the details"
    r"|the (?:back)?story)",
    r"(?:that's|that is|it's|it is) not (?:a lot|much) to go on",  # knowing it, and leaving it
    # Leaving the mentor to read it: "You probably know it better than I do", "The timeline's
    # got all the detail, so it might be quicker if you just read that."
    r"you (?:probably |already |likely )*know (?:it|this|that|all (?:this|that)) better than"
    r" (?:i do|me)",
    r"quicker (?:if|for) you (?:to )?(?:just )?read",
    # "I'll forward you the posting tonight; it explains it better than I would.", "I'd rather
    # not spend your twenty minutes on the posting."
    r"(?:it|posting|doc|document|email|ticket|write-?up)(?:'ll)? explains? it better than i\b"
    r"|rather not spend (?:your|our|the) (?:\w+ )?(?:minutes|time|hour) on (?:the )?(?:posting"
    r"|details|background|history|job|ins and outs)\b",
    r"(?:rather|than) (?:not )?(?:go|get|going|getting) (?:through|into|over) (?:the|all the|all"
    r" that) (?:history|details|background|backstory|ins and outs)",
    # what was asked for, put off: "...but I'd have to look the name up. I can send you the
    # link.", "It's mostly leading a small team, I think. I'll send you the posting."
    r"i'd have to look (?:the name|it|that|them) up",
    # "It's a big account. I'd rather not bore you with all of it."
    r"(?:rather|want to|going to) not bore you with (?:all |the )?(?:of )?(?:it|that|this|details"
    r"|the details|the (?:back)?story)|(?:won't|don't want to|not going to) bore you with\b",
    # "Honestly the details aren't that important."
    r"(?:the )?details (?:aren't|are not|don't|do not) (?:that |really |all that |so )?"
    r"(?:important|matter)",
    r"(?:i think|not sure|i don't know)[.!]\s+i(?:'ll| can| could) send you the (?:link|posting"
    r"|advert|ad|job description|listing)\b",
)
# What a mentee has already tried.
TRIED = phrases(
    # not "I've tried everything", which names nothing tried
    r"i(?:'ve| have)? (?:already|tried(?! everything| it all| all sorts)|asked|spoken|talked"
    r"|emailed|raised|gone|went|escalated|looked|checked|called|rang|messaged|chased|applied"
    r"|updated|drafted|rehearsed|practised|practiced)",
    r"so far i(?:'ve| have)",
    r"i did try",
    # "I've been emailing the district", "I've shortened my timeline", "I sent a few emails. I
    # also talked to last year's crew lead."
    r"i(?:'ve| have) been (?:emailing|chasing|calling|ringing|asking|trying|messaging|writing)",
    r"i(?:'ve| have)? (?:also |already )?(?:sent|talked to|spoke to|wrote to|put in|redrew"
    r"|redrawn|reworked|rewrote|rewritten|shortened|wrote up|written up|wrote an?|written an?"
    r"|posted|put an? (?:apology|note|message|post|update))\b",
    r"what i(?:'ve| have) done",
)
# Naming the ask outright: "My specific ask is...", "So here's the ask:", "My ask,
# specifically: help me find...".
_ASK_OPENER = (
    r"(?:my|the) (?:specific )?ask(?:,? (?:specifically|then|really|simply|honestly),?)?(?: is|:)"
    r"|here(?:'s| is) (?:my|the) (?:specific |one )?ask"
    r"|(?:i've got|i have|i've) (?:two|three|a couple of|a few|one) (?:specific )?asks?\b"
    r"|(?:i've got|i have|i've) (?:two|three|a couple of) things to ask(?: you)?(?: for)?\b"
    # "So, two things: a strong reference from you by Wednesday, and an introduction." (or
    # "So, specifically, two things: a letter by Wednesday...")
    r"|(?:^|(?<=[.!?] ))(?:so,? )?(?:specifically,? )?(?:two|three|a couple of) things"
    r"(?: i need)?:"
    r"(?= (?:a|an|your|the)\b)"
    r"|here(?:'s| is) what i(?:'m| am) asking(?: you)?(?: for)?\b"  # "here's what I'm asking: a"
    # "So there are two things I'm asking: a strong reference by Wednesday, and..."
    r"|(?:two|three|a couple of|a few|the) things? (?:that )?i(?:'m| am) asking(?: you)?(?: for)?"
    r"(?=\s*(?::|is\b|are\b))"
    # "So I'm asking for two things: a letter by Wednesday, and an introduction"
    r"|i(?:'m| am) asking (?:you )?for (?:two|three|a couple of|a few) things(?=\s*:)"
    # "Two things, specifically." (a sentence to itself, the things said after it)
    r"|^\W*(?:so,? )?(?:two|three|a couple of) things,? specifically[.:!]"
)
ASK = phrases(
    _ASK_OPENER,
    r"what i(?:'d| would) (?:like|love|need)(?:, \w+ly,)? (?:from you|is|you to)",
    r"what i(?:'m| am) (?:hoping|asking) (?:for )?is (?:that )?you",
    r"(?:could|would|can|will) you (?:\w+ ){0,3}(?:join|look|read|review|introduce|help|come"
    r"|sit|talk|speak|give|send|check|spare|be)",
    # (or "I'm here to ask you specifically to back me at the panel.")
    r"i(?:'m| am) (?:asking|here to ask) (?:you|for|whether|if)\b",
    # the ask announced: "I just wanted to ask if there were any opportunities coming up."
    r"i (?:just )?(?:wanted|want|was hoping|hoped) to ask (?:you )?(?:if|whether|about|for)",
    r"i need you to",
    r"(?:the (?:bit|thing|part)|what) i (?:really )?need (?:help with|from you)",
    # a soft ask for oneself: "I'd love to be considered for in-charge."
    r"i(?:'d| would) (?:love|like) to be (?:considered|put forward|put up|nominated|in the"
    r" running)",
)
# An ask with nothing concrete to say yes to: "Can you help?", "Can you just sort it out?",
# "Just tell me what to say."
PLEA = phrases(
    r"(?:can|could|will|would) you (?:just |please |maybe )?(?:help(?: me)?(?: out)?|"
    r"sort (?:it|this|that)(?: out)?|fix (?:it|this|that)|deal with (?:it|this|that)|"
    r"do something)"
    r"(?: (?:with|for) (?:it|this|that|them|me))?\??$",
    # Something, with nothing said of what: "Could you write me something?"
    r"(?:(?:can|could|will|would) you|i need you to|i want you to) (?:just |please |maybe )?"
    r"(?:write|say|send|put|do) (?:me )?"
    r"(?:something|anything)(?: nice| good)?(?: (?:for|about) me)?[.?!]?$",
    r"(?:just )?tell me what to (?:do|say)",
    # Someone handed over, with nothing said of what for: "Can you talk to him?"
    r"(?:can|could|will|would) you (?:just |please |maybe )?(?:talk to|speak to|have a word"
    r" with) (?:him|her|them)\??$",
    r"what should i (?:do|say)\?",
    # The decision handed over: "What would you do if you were me?"
    r"what would you do (?:if you were me|in my (?:shoes|place|position))\?",
    # The choice handed over: "What do you think I should go for?"
    r"what (?:do|would) you (?:think|reckon|suggest) i (?:should|ought to) (?:do|say|go for"
    r"|pick|choose|ask for|aim for|apply for)\?",
)
# What a concrete ask asks the other to do (not "help" alone).
# What an answer to "What are you asking me for?" names when it is concrete: a thing to give
# or a time it is wanted by ("A reference by Wednesday. And an introduction.").
ASKED_FOR = phrases(
    r"(?:an?|the|your) (?:reference|introduction|intro|letter|recommendation|sign-?off"
    r"|read(?:-?through)?|(?:second )?look|second pair of eyes|word with|backing)\b",
    # or the thing to do, told: "Back me at Thursday's panel.", "Put my name forward."
    r"^\W*(?:please |just )?(?:back me|sponsor me|nominate me|vouch for me|introduce me|put my"
    r" name|put me forward|read my|join (?:the|my)|sit in on"
    # "Read the timeline tonight and mark it up"
    r"|read (?:the|it|over)|review (?:the|my)|mark (?:it|up|the))\b",
    r"(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
    r"|the end of|next|\d)",
)
CONCRETE_ASK = phrases(
    # a thing asked for by name: "I'd like a reference by Wednesday.", "I'd like to ask you for
    # a strong reference by next Wednesday"
    r"i(?:'d| would) (?:like|love) (?:to ask (?:you )?for )?(?:a|an|your) (?:\w+ )?(?:reference"
    r"|letter|introduction|intro|recommendation)\b",
    # ("I'm hoping you'll sponsor me at the panel")
    r"(?:(?:could|would|can|will|might) you|you (?:could|would|might|can)"
    r"|i(?:'m| am| was) hoping (?:that )?you(?:'ll| will|'d| would| can| could| might))"
    r" (?:\w+ ){0,3}(?:join|look (?:at|over|through)|read|review|"
    r"ask|raise|mention|put in a word|back me|support me|"
    r"introduce|come|sit in|talk to|speak to|send|check|spare|be on|be in|be there|write|call|"
    r"be (?:a|my|one of my) (?:reference|referee)s?|"
    r"ring|email|forward|cover|mentor|vouch|put me|sponsor|nominate|recommend|put my name"
    r"|go through|walk me through|help me (?:with|"
    r"prepare|plan|draft|think|practise|practice|rehearse|work|reach|set up|choose"
    r"|find(?! (?:something|anything|a way|my way|out))))",
    _ASK_OPENER,
    # (", specifically," or ", honestly," beside it: "What I'd like, specifically, is a dry run")
    r"what i(?:'d| would) (?:like|love|need)(?:, \w+ly,)? (?:from you )?is (?:for you to|an?|your"
    r"|the|some)",
    # the ask announced, then put after a colon: "What I'd like from you is specific: mark up
    # the timeline, and let me do one dry run out loud with you"
    r"what i(?:'d| would) (?:like|love|need)(?: from you)? is [^.:?!]{0,25}: (?:to )?(?:let me"
    r"|mark|read|look|review|join|come|introduce|check|sit|send|give|write|go through|walk|back"
    r"|vouch|put)\b",
    # "I'm asking you to back me at Thursday's panel", "asking whether you'd sponsor me", "I'd
    # like you to sponsor me at the panel"
    # ("I'm asking you specifically to back me for that at the panel")
    # ("I want to ask you to back me as in-charge on it.")
    r"(?:(?:i(?:'m| am) (?:asking|here to ask)|i (?:want|wanted) to ask|i(?:'d| would) like to"
    r" ask) (?:you (?:\w+ly )?to|whether you(?:'d| would|'ll"
    r"| will)|if you(?:'d| would|'ll| will))"
    r"|i(?:'d| would) (?:like|love|want) you to|i (?:want|need) you to) (?:\w+ ){0,2}"
    r"(?:back|sponsor|nominate|recommend|support|put|introduce|vouch|write|join|read|review"
    r"|go through|look (?:at|over|through)|check|mark up"
    r"|be (?:that|my|her|his|the|a) (?:manager|sponsor|referee|reference|advocate))\b",
)
# A statement that ends by asking for a nod (", right?", ", you know?"): still an account
# ("...and I just thought, I have to at least try, right?"), not a question, unless it opens
# like one ("Is it..., right?").
TAG_ENDING = re.compile(
    r",\s*(?:right|yeah|you know|no|eh|innit|isn't it|wasn't it|don't you think|yes)\?$", re.I
)
OPENS_A_QUESTION = re.compile(
    r"^\W*(?:\w+,\s*)?(?:is|are|was|were|do|does|did|can|could|would|should|will|have|has|what"
    r"|why|how|when|where|who|which)\b",
    re.I,
)
