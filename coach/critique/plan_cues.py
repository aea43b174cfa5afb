"""Phrases for steps and plans (pattern data, no logic).

Split from coach.critique.cues: a step proposed or taken on ("I'll send it tonight", "Let's
meet on Thursday"), one left too vague to hold anyone to ("at some point", "we'll pick it up
next time"), a decision left for later, a step tried out, a step of one's own said as a bare
verb, and what a summary of a plan says that a summary of what happened does not. Read by
coach.critique.next_step, coach.critique.step_reactions and the flaws.
"""

from __future__ import annotations

import re

from coach.critique.cues import phrases

# A step put in the present after the time it is for: "Tomorrow morning I go find Owen",
# "Thursday at four we run it once".
AHEAD = (
    r"(?:tomorrow|tonight|(?:on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))"
)
_TIME_FIRST_STEP = (
    AHEAD + r"(?: morning| afternoon| evening| night)?(?: at \w+(?::\d\d)?)?,? (?:i|we|you)"
    r" (?!was\b|were\b|did\b|had\b|went\b|got\b|said\b|told\b|thought\b|felt\b)[a-z]+"
)
PLAN = phrases(
    _TIME_FIRST_STEP,
    r"what (?:will|would|could|can|might) (?:you|we) (?:like to |want to )?(?:do|try|change|agree"
    r"|take)",
    r"what (?:do|does) (?:you|we) (?:want|need) to (?:do|try|change)",
    r"you (?:might|could|may) (?:want to|try|start)",
    r"what if (?:you|we)",
    r"i'd like us to",
    r"we could\b",
    r"(?:shall|should) i\b",
    # a step of one's own, with its day, put as a question: "Could I pick them up Thursday?"
    r"(?:could|can|may) i (?:pick|come|drop|bring|send|call|collect|swing)\b[^.?!]{0,40}"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|next week)\b",
    r"what(?:'s| is) (?:one|the|a) (?:next )?step",
    r"(?:next|first) step",
    r"(?:shall|should|can|could) we (?:agree|meet|try|set|plan|book|check|look|go|start|do)",
    r"let's (?:agree|meet|try|set|plan|book|check|look|go|start|do|say)",
    # not a day told of ("On Tuesday you told the residents it was settled") or a day things
    # come out ("than find out on Thursday")
    r"(?<!find out )(?<!found out )(?<!happens )(?<!happened )"
    r"(?:by|before|on|next) (?:monday|tuesday|wednesday|thursday|friday|the end of|next week"
    r"|tomorrow|our next|the next)(?!,? (?:you|i|we|he|she|they) (?:\w+ed|told|said|went|was"
    r"|were|had|did|made|came|got|sent|gave|took|saw|ran|felt|thought|knew|left|spoke)\b)",
    r"(?:will|would) you (?:be willing|try|send|do|bring|book|ask|talk|write|check)",
    r"how about (?:we|you)",
    r"what if we",
    r"(?:sum|recap) up what (?:we|you)",
    r"what (?:have|did) we agree",
    r"i(?:'ll| will) (?:send|do|book|ask|write|check|introduce|call|email|look|make|bring|talk"
    r"|speak|raise|come|ring|set up|sit|go through|draft|forward|copy|find|share|put|meet"
    r"|visit|go (?:and|to) see|see(?! (?:how|what|if|whether|about|where)))",
    r"will be (?:in|on) your (?:inbox|desk)",  # "Posting and numbers will be in your inbox"
    # "I'll have the handover sheets for my twelve highest-risk patients on your desk Monday."
    r"i(?:'ll| will) have (?:[\w'-]+ ){1,8}?(?:on your desk|in your inbox|(?:done|ready|caught"
    r" up|finished|written|sent|drafted) (?:by|before))\b",
    # a time a step is done by: "by four tomorrow", "first thing"
    r"by (?:noon|midday|lunchtime|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\d{1,2})(?::\d\d)?(?:\s*(?:am|pm|o'clock))?)(?= (?:today|tomorrow|on|this|next)\b)",
    r"first thing (?:tomorrow|on \w+day|in the morning)",
    r"we(?:'ll| will) (?:go through|meet|look|start|work|talk|try|write|review|check|sit|walk"
    r"|agree|draft|do)",
    r"next (?:time|session|week|month|meeting|call|fortnight)",
    r"(?:in|from) (?:a|one|two|three|four|six) (?:weeks?|days?|months?|fortnight)",
    # (not "every month that drifts is a month closer to March")
    r"(?:every|each) (?:other )?(?:week|fortnight|month|monday|tuesday|wednesday|thursday|friday)"
    r"(?! (?:that|which|you|we|i|it)\b)",
    r"(?:bring|send me|email me|book)\b",
    r"here's (?:my|the|what) (?:part|plan|i'd suggest)",
    r"(?:does|would|will) (?:that|this) (?:work|suit)(?: for you)?\?",  # putting a plan to them
)
# Trying a concrete step out: "Will you send the first one tomorrow, and we'll see how it
# feels?" puts the step and leaves only how it works open; the trial's own time goes with it
# ("Let's see how it feels next time." puts no step).
TRIAL = re.compile(
    r"\b(?:and |then )?(?:we'll |we can |let's |let us )?see how (?:it|that|this)"
    r" (?:feels|goes|works)(?: (?:next (?:time|session|week|month)|after (?:a|one|two) \w+))?",
    re.I,
)
# A step too vague to hold anyone to.
# Leaving the decision itself for later: "Let me sit with the Linda part tonight... I'll let
# you know where I land."
_DECIDES_LATER = (
    r"(?:i'll|i will|let me|i need to|i'll need to) (?:reflect on|think about|mull over|sit with)"
    r" (?:it|this|that|all|the \w+ part)|let you know (?:where i land|what i decide|which way i"
    r" go)"
)
# A part of an agreed step left to think about how to do ("I'll think about how to approach
# Linda.", "I'll definitely think about how best to approach her."): a step put off once
# agreed, but beside a step of its own no vague plan.
_THINKS_HOW = (
    r"(?:i'll|i will|let me|i need to) (?:definitely |really |properly )?(?:have a )?think"
    r" (?:about )?(?:how(?: best)?|the best way)"
    r" (?:to|i(?:'d|'ll| will|"
    r" should| might)) (?:approach|handle|do|raise|tackle|put|say)\b"
)
DECIDES_LATER = phrases(_DECIDES_LATER, _THINKS_HOW)
VAGUE_PLAN = phrases(
    r"whenever (?:you're|you are|you feel) ready",
    # "Drop me a line whenever something comes up."
    r"whenever (?:it|something|anything) comes up\b",
    r"when things (?:settle|calm down|are quieter)",
    r"if you feel like it",
    r"no pressure",
    r"we'll see",
    r"let's not set",
    r"at some point",
    r"we'll (?:work|sort|figure) (?:it|that|this|all (?:that|this)|everything|the rest) out",
    r"let(?:'s| us) (?:both |all )?sit with (?:it|this|that)\b",  # "Let's both sit with it"
    # "I'll sit with the date and see how spring looks."
    r"i(?:'ll| will) (?:just )?sit with (?:it|this|that|the \w+)\b",
    # "Understood. I'll do my best. Let's see how it goes." (a sentence to itself)
    r"^\W*i(?:'ll| will) (?:do|try) my best\W*$",
    r"let(?:'s| me| us) (?:just )?see (?:how|what|where)|(?:adjust|figure it out) as we go"
    r"|see how (?:we|you|i) go\b"  # "Let's try it differently next time and see how we go."
    # "We'll work out the details as we go.", "Let's not rush into anything."
    r"|(?:work|figure|sort) (?:out )?the (?:details|rest|specifics) (?:out )?as we go"
    r"|let's not rush (?:into )?(?:anything|it|this|things)\b"
    # "Shall we see where we are next month?", "I'll certainly hold them in mind."
    r"|see where (?:we|you|i|things) (?:are|stand|get to|end up)\b"
    r"|hold (?:them|it|that|those|this) in mind\b"
    r"|play (?:it|this|that|things) by ear",
    r"(?:find|pick|book) a (?:time|date) (?:nearer|closer|later|when)",
    r"(?:nearer|closer) (?:to )?the time\b",  # "I'll send you something, maybe, nearer the time."
    # "I'll find a slot sometime after Thursday and let you know."
    # ("Some time in the next few weeks, whenever suits you.")
    r"\bsometime (?:after|before|next|this|soon|later|in the)\b"
    r"|\bsome time (?:soon|later|in the next|over the next)\b",
    # "Let's keep the door open and see where it takes us."
    r"see where (?:it|this|that|things) (?:takes|leads|goes)\b",
    # "Let me look at my diary over the next week or two and see what's realistic."
    r"see what(?:'s| is) (?:realistic|possible|doable|feasible)",
    # (or "We'll pick it up next month." after "Let's not rush into anything.")
    r"we'll pick (?:it|this|that) (?:all )?up (?:then|later|another time|next (?:session|time"
    r"|month|week)|in a (?:fortnight|month))",
    # stopping, with nothing set: "Shall we leave it there and pick up properly next time?"
    r"leave (?:it|things) there and pick (?:it |this |that |things )?up(?: \w+ly| again)?"
    r" (?:next time|another time|later)\b",
    r"i'll (?:figure|work) (?:it |that |this |something )?out|i'll figure (?:out )?the best way",
    # "I'll work out how best to approach Linda.", "I'll see what I can do."
    r"i'll (?:figure|work) out how (?:best )?to|i'll see what i can do",
    # "Let me think about the best way to approach Linda."
    r"let me (?:have a )?think about the best way",
    # "I'll tell you how Thursday goes."
    r"i'll (?:let you know|tell you) how (?:it|things|that|\w+day) (?:goes|go|went)|keep me posted",
    # "I'll try to find a moment.", "And maybe I'll put something together...", "I'll keep you
    # posted."
    r"i(?:'ll| will) try (?:to|and) find (?:a|the) (?:moment|time|minute|chance)\b"
    r"|maybe i(?:'ll| will| could) put (?:something|a few things|some \w+) together\b"
    r"|i(?:'ll| will) keep you (?:posted|updated|in the loop)\b",
    r"i need to think about (?:how|it|that|this)",
    # "I'm going to really reflect on all of it before next time."
    r"\bi(?:'m going to|'ll| will) (?:really |properly |genuinely )?(?:reflect|think) (?:on|about)"
    r" (?:it|this|that|all (?:of )?(?:it|this|that)|everything|what you(?:'ve| have)? said)\b",
    r"no rush",
    r"same (?:time|again) next (?:week|month|time)",
    # "Let's both mull it over and see how next month feels."
    # (or "See how the interview goes.")
    r"mull (?:it|that|this|things) over|sleep on (?:it|that)|see how (?:next \w+|the next \w+"
    r"|things|it|the \w+) (?:feels|goes|pans out|shakes? out|plays? out)",
    _DECIDES_LATER,
    r"i'll have a (?:think|proper think)\b",
    # "I'll look at what I can manage and we'll find a rhythm."
    r"(?:i'll|i will|let me) (?:look at|see|check) what i can (?:manage|fit in|offer|spare)\b"
    r"|(?:find|settle into|fall into) (?:a|our|some)(?: own)? (?:rhythm|routine|pattern)\b"
    # "We'll feel our way.", "I'll certainly hold all of this in mind."
    r"|\bfeel (?:our|my|your) way\b|hold all (?:of )?(?:this|that|it|them) in mind\b",
    r"take (?:all )?(?:of )?(?:this|it|that) away and think|(?:don't|do not) want to rush",
    r"(?:i'll|we'll) be in touch|whenever that is|let me have a think|(?:get|come) back to you"
    r"(?: on| about|\s*[.!]|\s*$)",
    r"(?:work|figure|sort) (?:out )?(?:the|that|it) \w* ?when we get there",
    # Putting it off: "We can come back to that next time", "Let it settle", "Leave it with me".
    r"(?:we can|we'll|let's) (?:look at|talk about|come back to|revisit|pick up) (?:it|that|this"
    r"|all (?:that|this)) (?:next time|another time|later|some other time)",
    # (or all of it: "We'll pick everything up next time.")
    r"(?:we can|we'll|let's) pick (?:it|that|this|everything|it all|all of (?:it|this|that))"
    r" (?:all )?up (?:properly |again )?(?:next time"
    r"|another time|later|some other time)",
    r"let(?:'s)? (?:it )?(?:park|table) (?:that|it|this)|let it settle|see how you feel",
    r"no need to (?:decide|do|plan) (?:anything )?(?:now|today|yet)|leave it with me",
    # "Let's check in again soon, yeah?", "my door's always open"
    r"(?:check in|catch up|touch base|talk|speak|meet|chat)(?: again)? soon\b"
    r"|door(?:'s| is) always open",
    # No time at all: "as soon as I can", "once it's in better shape", "find a good moment".
    r"as soon as (?:i|we) (?:can|get a chance)|once (?:it's|it is) (?:in )?(?:better|good"
    r"|decent|proper) shape|(?:find|pick|wait for) (?:a|the) (?:good|right) (?:moment|time)",
)
# A step of one's own said as a bare verb, in answer to "What are you going to do?":
# "Go and see him tomorrow, in person."
BARE_STEP = re.compile(
    r"^\W*(?:(?:okay|ok|right|well|so|first|honestly|first thing),? )*(?:go|see|talk|speak|call"
    r"|email|write|send|ask|book|meet|draft|sit down|check|apologi[sz]e|say sorry|get|set up"
    r"|find|ring|message|put)\b",
    re.I,
)
# What a summary of a plan says and a summary of what happened does not: "So, next month: you
# send the topic the day before... let's take five minutes to check."
FUTURE_STEP = phrases(
    # "From Monday the training time goes down as non-chargeable"
    r"next (?:month|week|time|session|meeting|one)|from now on|let's|we(?:'ll| will)"
    r"|from (?:next \w+|" + AHEAD + r")\b"
    r"|you(?:'ll| will)|i(?:'ll| will)|we meet",
    # a step put in the present for a time to come: "You email Tomás tonight and copy me."
    r"(?:you|i|we) \w+ [^.!?]{0,80}\b(?:tonight|tomorrow|this week|(?:by|on) (?:mon|tues|wednes"
    r"|thurs|fri)day)\b|\bthis week,? (?:you|i|we) (?!was\b|were\b|did\b|had\b)\w+",
    _TIME_FIRST_STEP,
    # steps listed by who takes them: "You: email Tomás tonight... Me: reply to Tomás..."
    # (not a clause ending on "you": "the job's changed under you: eight weeks")
    r"(?<![a-z] )(?:you|me|us)\s*: [a-z]+",
    # the next meeting set: "So: two weeks from today, three o'clock, this room."
    r"\b(?:one|two|three|four|a) weeks? from (?:today|now)\b",
)
