"""Phrases for advising (pattern data, no logic).

Split from coach.critique.cues: telling the counterpart what to do, in words or as an
instruction; what only hands them the floor or the time ("Take your time", "Start wherever you
like"); and the learner catching themselves fixing too soon.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# Telling the counterpart what to do (the coder's advice, confirmed or caught in the words).
ADVICE = phrases(
    # "You've got to tell him", not "before you've got to the messy part" nor "where you've
    # got to with it" (reached it)
    r"(?<!where )(?<!how far )you(?:'ve| have) (?:just |simply |really )?got to"
    r"(?! (?:the|a|an|that|this|where|there|it|your|my|his|her|our|their)\b)",
    # Advice asked as a question: "Could you set yourself a cut-off, like, stop at nine?"
    r"(?:could|can|would) you (?:maybe |perhaps |just )?(?:try|set yourself|give yourself|stop"
    r" (?:\w+ing)|use the)\b",
    r"one thing that (?:might|could|would|may) help|one thing i(?:'d| would) (?:say|suggest|do)",
    # advice announced: "Here's a thought straight off: set a hard stop at nine.", "Right, two
    # fixes, then: use the department's old lessons..."
    r"\bhere(?:'s| is) (?:a |an |my |one )?(?:quick |simple )?(?:thought|idea|tip|suggestion"
    r"|trick)\b[^.!?]*:|\b(?:one|two|three|a couple of|a few) (?:quick )?(?:fixes|tips"
    r"|suggestions)\b[^.!?]*:",
    # what the learner would do in their place: "I'd raise the eight-week trigger with Graham
    # yourself."
    r"\bi(?:'d| would) (?:\w+ )?(?:raise|talk|speak|go|ask|tell|email|take|push|put|bring|flag"
    r"|book|start|say|call|ring)\b[^.!?]{0,60}\byourself\b",
    # not reported: "When I said you should 'take the lead'..."; not what should have been done
    # to them: "You shouldn't have been the one sent out holding that line."; nor what a
    # thing of theirs is: "the messy part, the bit you need to think through out loud"
    r"(?<!said )(?<!say )(?<!told )(?<!bit )(?<!part )(?<!thing )(?<!things )(?<!space )"
    # nor what they think they must: "a blank page you think you ought to be able to fill"
    r"(?<!room )(?<!you think )(?<!you thought )(?<!you feel )(?<!you felt )(?<!you believe )"
    r"(?<!thinking )(?<!work )(?<!talking )(?<!time )"  # "it cuts off the thinking you need to do"
    # nor where they stand said back: "the junior in the room when you should be the one..."
    r"(?<!when )(?<!where )"
    # nor a question they are left with: "not knowing what you should have done instead"
    r"(?!(?<=what )you should(?:n't)? have\b)(?!(?<=whether )you should(?:n't)? have\b)"
    r"you (?:should|shouldn't|need to|have to|must|ought to"
    r"|might want to|could try|can still|(?:'ll|will) need to|want to make sure|just need"
    r"|really need|'d be better|could always)(?! (?:never )?have been\b)"
    # "you ought to know where I stand" tells them something; "made it feel like you should
    # already know" tells what they felt
    # (nor a state guessed, "You must be shattered")
    r"(?!(?: already)? know\b)(?!(?<=must) be (?:so |really |completely |absolutely )?(?:shattered"
    r"|exhausted|tired|worn out|knackered|fed up|frustrated|gutted|relieved|sick of)\b)",
    r"why (?:don't you|not)",
    r"have you (?:thought about|considered|tried)",
    r"how about (?:you|some|trying|a|an|taking|asking|getting)",
    # (not the learner's own advice looked back on: "my advice gave you nothing to act on")
    # (nor the learner's advice talked about: "trying to find the action inside my advice")
    r"(?<!inside )(?<!in )(?<!of )(?<!about )(?<!from )(?<!with )"
    r"(?:my|the best|my honest|one piece of|a bit of) (?:strong |real |best |honest |own )?"
    r"advice(?! (?:gave|wasn't|didn't|left"
    r"|in the car|that day|last time|back then))",
    r"i(?:'d| would) (?:suggest|recommend|advise)",
    r"i (?:suggest|recommend|advise)",
    # not the power named wryly: "If I were you, I'd be quite careful what I said to me."
    r"if i were you,? i(?:'d| would)(?![^.!?]*\b(?:to|with|about|in front of) me\b)",
    # what the speaker would do in their place: "For the fourteenth I'd ditch the slides."
    # not their own choice backed: "I'd stick to the weather too."
    r"i(?:'d| would) (?:just )?(?:ditch|drop|bin|scrap|skip|lose|lead with|open with|stick to)\b"
    r"(?![^.!?]*\b(?:too|as well)\b)",
    # "I'd take it to him with the figures.", "I'd take the eight weeks straight to Graham"
    r"i(?:'d| would) (?:just )?take (?:it|this|that|the [\w-]+(?: [\w-]+)?) (?:straight |right )?"
    r"(?:to|up with) (?:him|her|them|(?-i:[A-Z])\w+)\b",
    # advice under a label: "Practical point: don't say a word until there's an offer.", "One
    # practical thing, before anything else: get an offer in writing"
    r"^\W*(?:one |a )?(?:practical|quick|small) (?:point|tip|thing)(?:, [^:.!?]{1,30})?\s*:\s*"
    r"(?:don't|do not|try|make|get|keep|push|ask|tell|say|go|put|send|write|stop)\b",
    r"what (?:you need|i'd do|i would do) (?:is|to)",
    r"here's what i(?:'d| would) do|here's how i (?:think|reckon) (?:it|this) works best",
    # a fix announced for both: "here's what I think we do", "could we throw some extra time
    # at it"
    r"here's what (?:i think |i reckon )?we (?:do|should do|need to do)",
    r"(?:could|can) we (?:not )?(?:just )?(?:throw|put) (?:some |more |extra )?(?:\w+ )?\w+ at it",
    r"\bi(?:'d| would) (?:still )?try (?:to |and )?(?:come|go|get|talk|ask|start|keep|make|put|send"
    r"|tell|bring|sit)",
    r"^next time,? (?:start|try|open|begin|say|ask|give|bring|lead|put|tell)\b",
    r"the (?:fix|trick|key|solution|secret) (?:is|here is)",
    # work handed off: "Leave the heater bands to maintenance."
    r"^\W*(?:just )?leave (?:the|that|those|it|this) (?:[\w-]+ ){0,2}to (?:maintenance|the \w+"
    r"|them|someone|somebody|others)\b",
    # a fix announced: "Okay, here's an easy fix: send me your topic the night before"
    r"here's (?:an? |one )?(?:easy |quick |simple )?(?:fix|solution)\b",
    r"give it time",
    # not about the talk itself: "It's worth getting straight before you say another word."
    # (not their choice asked: "what would be worth talking about?")
    r"(?<!\bwhat )(?:it )?(?:might|may|could|would) be worth (?!(?:any|some|no|every)thing\b)"
    r"(?:\w+ )?\w+ing\b"
    r"(?! (?:this |that |it )?straight)"
    r"|it's worth (?!(?:any|some|no|every)thing\b)(?:\w+ )?\w+ing\b"
    r"(?! (?:this |that |it )?straight)",
    r"(?:that's|it's|that is) (?:easily |totally |very |all )?fixable",
    r"^(?:first|firstly|step one|second|secondly|then),? (?:just )?(?:record|log|write|tell|ask"
    r"|book|delegate|push|drop|stop|start|send|put|get|make|take|block|say|talk|raise|flag)\b",
    # not "You didn't just get a new job, you lost your lunch table", nor the speaker's own
    # effort: "Let me try to put it all together", "I'm not going to try to keep you", nor what
    # they would rather not do: "rather understand it than just put new dates in the diary"
    r"(?<!n't )(?<!not )(?<!than )(?<!me )(?<!to )(?<!i )(?<!i'll )(?<!we )"
    r"(?:just|maybe|try to|try and) (?:take|write|tell (?!me)|ask (?!me)|send"
    r"|ignore|leave|use"
    r"|block|put|get|keep|stop|let (?!me|us)|make|go|do|talk|speak)",
)
# A sentence that starts with an instruction; advice only when the coder reads advice too.
IMPERATIVE = re.compile(
    r"^\W*(?:then |so |and |look, |honestly, )?"
    # (after when it is for: "For the fourteenth, cut it to six", "Then next time someone raises
    # Alder Street, try: ...")
    r"(?:(?:for|on|by|before|at) (?:the |your )?\w+(?: \w+)?, |next time [^,.!?]{1,50}, )?"
    r"(?:try|use|keep|put|work on|block|make sure|stop"
    r"|start|push|go in|go and|talk to|speak to|ring|check"
    r"|focus on|remember to|don't|learn to|get|raise|ask to|network|smile|take|give|be|say|tell"
    r"|write|send|read|practise|practice|plan|prepare|ignore|leave|set it up|ditch|drop|cut"
    r"|let(?! me\b| us\b|'s))\b",
    re.I,
)
# A sentence that starts inside a quotation, the quote closing before the sentence goes on:
# 'What I said, "Read the room" wasn't.' mentions the words, telling nobody to do anything.
QUOTE_TAIL = re.compile(r'^[^"“”]+["”](?=[\s,.;:!?]|$)')
# Handing them the time or the floor, which is no advice: "Take your time", "Go on".
TIME_GIVEN = phrases(
    r"take (?:all )?(?:the|your) time(?: you need)?",
    r"take (?:it|this) at (?:your own|whatever|your) pace",  # "Take it at whatever pace suits you"
    r"take (?:it|them|these) in (?:whatever|any) order",  # "Take it in whatever order suits you."
    # their caution granted: "No wonder you're watching where my notes go. You should."
    r"^\W*you should(?=\W*$)",
    r"no (?:rush|hurry|pressure)",
    # the floor handed over: an invitation to speak is not advice
    r"go ahead|fire away|go for it|(?:read|say|tell me) (?:it|as much as|whatever|all of it)",
    r"(?:say|tell me) (?:a (?:bit|little) )?more|go on|keep going|carry on|tell me about\b",
    r"^\W*tell me (?:what|how|where|when|why|which|who)\b",  # "Tell me what you've noticed..."
    # their own item, opened with a question: "Start with the acoustics: where have you got to?"
    r"^\W*(?:start|begin) with (?:the |your )?[\w' -]{1,30}[:,] (?:what|where|how|tell me)\b",
    # welcoming and housekeeping: "Don't worry about two minutes", "Sit down, get your breath"
    r"(?:don't|do not) worry|no worries|sit (?:yourself )?down(?! with)|(?:take|have|grab) a seat",
    r"(?:get|catch) your breath|you should (?:know|ask)\b|let's park",
    r"take (?:the|a|your) (?:second|moment|minute)(?=\W*(?:$|[.!]))",  # "Take the second."
    r"try it (?:rough|roughly|messy|out loud|anyway)",  # "Try it rough.": say it as it comes
    # their own agenda asked for: "please bring the list and put it on the table first thing"
    r"(?:please )?bring (?:the|your) (?:list|questions|agenda)\b",
    # leave to say it badly: "Phrase it badly if you need to.", "Say it however it comes."
    r"(?:phrase|say|put|word) it (?:badly|roughly|clumsily|messily|however|any (?:old )?way)\b",
    # "Take as long as it needs.", "Read from the notes as much as you like."
    r"take as long as (?:it needs|you need|you like|you want)|as much as you (?:like|want|need)",
    # the session's own time shared out: "I'd suggest about ten minutes each for one and two"
    r"i(?:'d| would) suggest (?:about |roughly |maybe )?(?:\w+ )?minutes\b",
    r"take (?:whatever|as much) time|start (?:wherever|where) you (?:like|want)|(?:take it|start)"
    r" from the top|(?:read|talk) away|get your coat off",
    # asked to tell it, or to settle first: "Take me back to the last time you had it open",
    # "Walk me through it", "Stop, breathe."
    r"(?:take|walk|talk) me (?:back )?(?:to|through)\b|(?:stop,? )?(?:breathe|take a breath"
    r"|slow down)(?=\W*(?:$|[.!]))",
)
# The learner catching themselves fixing too soon: "Fair enough, I jumped ahead.", "I've done
# it again, solving it before I've heard you."
CAUGHT_FIXING = phrases(
    # (not the habit they raised, told as a story: "what was happening, when I jumped in")
    r"(?<!when )(?<!whenever )(?<!every time )i (?:jumped|leapt|rushed|skipped) (?:ahead|in"
    r"|straight in|to (?:the )?(?:fix|solution|answer))",
    r"(?:i've|i have) done it again|there i go again",
    r"i did it again(?=\W*(?:$|[.!]))",  # "You're right. I did it again. I'm sorry."
    r"(?:solving|fixing|sorting) (?:it|this|that) (?:already |again )?before i(?:'ve| have)"
    r" (?:heard|listened|understood|asked)",
    r"(?:getting|got|jumped|jumping|run|ran|running) ahead of myself",
    r"(?:i'm|i am) doing it again",
    r"(?:i've|i have) (?:just )?gone straight (?:in|into|to) (?:fixing|solving|sorting|advice)",
    r"(?:i'm|i am|i was) (?:already )?(?:jumping|rushing|leaping) (?:ahead|in|to (?:fix"
    r"|solve|the))",
)
# A point parked for later, which makes what came before it no push: "...so that's fixable.
# Can we come back to it at the end?"
PARKED = re.compile(
    r"^\W*(?:can|could|shall) we (?:come back to|return to|park|leave) (?:it|that|this)\b", re.I
)
# Their need guessed at, not prescribed: "by the time you hit send I'd guess you just need
# someone to tell you it's good enough."
GUESSED_NEED = phrases(
    r"(?:i'd guess|i guess|i imagine|i suspect|i'd bet|i bet|my guess is|i wonder if|i'm"
    r" guessing)(?: that)?[^.?!]*\byou (?:just |really |probably |maybe )?(?:need|want)",
    # what they feel, pictured: "That sounds exhausting, and like each plan is a weight you
    # need to set down somewhere the second it's done."
    r"\b(?:sounds?|feels?|seems?) (?:\w+,? and )?like [^.?!]*\b(?:a|the|some) \w+ you"
    r" (?:just |really )?(?:need|have) to (?:set|put|lay) (?:it )?down\b",
)
# Asking what they need, not telling them: "What would you need to see from me over the next
# few meetings?"
ASKS_THEIR_NEED = re.compile(
    r"^\W*(?:and |so |then )?(?:what|which|how much|how many|who|when|where) (?:would|do|does"
    r"|did|will) you (?:\w+ )?need\b[^.!]*\?$",
    re.I,
)

# The learner asking leave to offer something ("Would an example help?", "Can I suggest
# something?", "Do you want my take?"), answered yes: what follows was asked for.
LEAVE_ASKED = phrases(
    r"would (?:an?|some|my) (?:example|suggestion|idea|thought|tip|script|sentence|take)s?"
    r" (?:help|be useful|be welcome)",
    r"would it help (?:if i|to hear|to have)",
    r"(?:can|could|may) i (?:suggest|offer|share|make a suggestion|give you (?:an?|my|some))\b",
    r"(?:do|would) you (?:want|like) (?:my|a|an|some) (?:take|suggestion|idea|thoughts?|example"
    r"|view|script|tip)s?\b",
)
LEAVE_GIVEN = re.compile(
    r"^\W*(?:\([^)]*\)\s*)?(?:yes|yeah|yep|please|sure|go on|go ahead|it would|that would)\b",
    re.I,
)
