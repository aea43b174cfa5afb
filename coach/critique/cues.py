"""Phrases the critique's detectors look for (pattern data, no logic).

Each pattern is searched, ignoring case, in a learner turn or a counterpart turn after the coder
has read it; the detectors (coach/critique/detectors.py) combine them with the coder's acts and
anchors, so no single phrase decides a score on its own.
"""

from __future__ import annotations

import re


def phrases(*patterns: str) -> re.Pattern[str]:
    """Any of ``patterns``, each starting and ending at a word's edge."""
    alternatives = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(r"(?<![\w'])(?:" + alternatives + r")(?!\w)", re.I)


# The learner asks for the other's view, not just facts.
PERSPECTIVE = phrases(
    r"how (?:do|did|would) you (?:see|feel|read|think|find|experience)",
    r"(?:from )?your (?:side|point of view|perspective|end|view)",
    r"what (?:do|did) you (?:actually |really |most )?(?:make of|think|reckon|notice|want|need"
    r"|hope|love|enjoy|like)",
    r"what(?:'s| is| was) (?:it|that) (?:been )?like",
    r"what(?:'s| is) your (?:take|read|sense|view)",
    r"how (?:was|is) (?:that|it) for you",
    r"what (?:matters|mattered) (?:most )?to you",
    r"help me understand",
    r"tell me (?:about|more about|what|how)",
    r"talk me through",
    r"in your (?:words|own words|eyes)",
    r"\bfor you\b",
    r"how (?:are|have|were) you (?:finding|feeling|doing|getting on|coping)",
    r"\bmatters? (?:so much |most )?to you",
    r"what makes (?:this|these|it|that)",
    r"what (?:would|do) you (?:like|want|need)",
)
# A concrete observation: when or where it happened, what was said or done.
SPECIFIC = phrases(
    r"(?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week"
    r"|month|time|evening|night|meeting|call)",
    r"(?:in|at|during) (?:the|that|our|your) (?:meeting|call|session|consultation|review"
    r"|presentation|handover|evening|workshop|interview|briefing|stand-?up)",
    r"\byesterday\b|\btwice\b|\bthree times\b|\btwo times\b|\bevery (?:time|night|evening)\b",
    r"you (?:said|told|wrote|sent|cut|talked|interrupted|answered|left|missed|didn't|did not)",
    r"\b\d+(?:[.:]\d+)?\b",
)
IMPACT = phrases(
    r"the (?:effect|impact|result|consequence)",
    r"(?:it|that|which) (?:meant|means|left|made|cost|put)",
    r"as a result",
    r"i (?:felt|was|got) (?:worried|concerned|uncomfortable|stuck|surprised|embarrassed|anxious)",
    r"(?:residents|the client|the team|people|they|the board|patients|parents) (?:felt|were|got"
    r"|heard|saw|thought)",
    r"the (?:residents|client|team|board) (?:lost|left|stopped)",
)
# A limit, said plainly.
BOUNDARY = phrases(
    r"i (?:can't|cannot|won't|will not|am not able to|'m not able to|need to stop|'m going to stop"
    r"|am going to stop|don't|do not) (?:be|answer|reply|respond|take|do|keep|look|read|check)",
    r"(?:from now on|going forward|in future|from next week)",
    r"(?:not|no) (?:after|before|on|at) (?:\d|nine|ten|eight|seven|six|weekends?|sundays?"
    r"|saturdays?|evenings?|nights?|midnight)",
    # "Could we keep WhatsApp to before eight?", "the late messages are getting a lot for me"
    r"(?:keep|limit) (?:\w+ ){0,2}to (?:before|after|between|during|office hours|working hours)",
    r"(?:getting|got|become|becoming) (?:a bit |rather |far )?(?:a lot|too much) for me",
    r"(?:only|just) (?:on|during|in|between) \w+",
    r"between (?:\w+ )?\w+ (?:and|&) \w+",
    r"what i can (?:do|offer|give)",
    r"i need (?:us|you|it|to keep|some)",
    r"(?:outside|beyond) (?:my|the) (?:role|hours|remit)",
    r"that's not (?:something|a thing) i can",
    r"(?:switching|switch|turning|turn) off (?:for|at|after|from)",
    r"(?:i'm|i am) (?:off|offline|unavailable|not available) (?:after|from|at|on|in the)",
    r"(?:after|past) (?:six|seven|eight|nine|ten|eleven|\d{1,2}(?:[.:]\d\d)?)"
    r"(?: ?(?:pm|p\.m\.|o'clock))?"
    r"(?! (?:years?|months?|weeks?|days?|minutes?|hours?|sessions?))",
    r"(?:at|on|all) (?:the )?weekends?",
    r"i(?:'ll| will) (?:see|read|answer|reply to|pick up) (?:it|them|that|anything|those)"
    r" (?:in the morning|tomorrow|the next day|on \w+day)",
    r"that's my limit|my limit is",
)
CAPITULATE = phrases(
    r"(?:ok(?:ay)?|fine|alright),? (?:then,? )?(?:i'll|i will|just this once|you can)",
    r"just this (?:once|time)",
    r"forget (?:what i said|it)",
    r"never mind",
)
POWER = phrases(
    r"two hats|both hats|another hat|wearing (?:my|the) \w+",
    r"(?:i|i'm|i also|i also) (?:sit|am|'m) on the (?:\w+ )?(?:committee|panel|board"
    r"|leadership team)",
    # "this year I'm also on the committee that decides your case in April"
    r"i(?:'m| am) (?:also |now )?on the (?:\w+ )?(?:committee|panel|board)",
    r"decides? (?:on )?your (?:case|promotion|application|probation)",
    r"(?:hold|holding|wear|wearing) (?:the|both|two) (?:roles|hats)|hold the two",
    r"(?:judge|decide on|assess|vote on|sign off) your (?:case|promotion|application|probation)",
    r"(?:into|to|in|at) (?:the )?(?:committee|panel)",
    r"step back from (?:that|the) (?:part of the )?decision",
    r"where (?:mentor|one) (?:stops|ends)",
    r"(?:my|the) (?:role|position) (?:as|on)",
    r"because i(?:'m| am) your (?:manager|boss|mentor|supervisor|assessor)",
    r"(?<!-)\b(?:power|assess(?:ing|ment)?|evaluat(?:e|ing|ion))\b|\bdecide your\b",
)
CONFIDENTIAL = phrases(
    r"confidential\w*",
    r"between (?:us|you and me|the two of us)",
    r"stays (?:here|in this room|with me|between us)|nothing goes (?:back|further|beyond)",
    # "Nothing goes to Denise, HR or a file.", "I don't take notes", "the program gets one
    # thing from me: the dates we met"
    r"nothing (?:from (?:here|this room|these|our) \w*\s?)?goes (?:to|anywhere)\b",
    r"i (?:don't|do not|won't|never) (?:take|keep|write) (?:any )?notes",
    r"the dates we met|(?:gets?|sees?) (?:only |just )?(?:the )?dates\b",
    r"(?:won't|will not|wouldn't|never) (?:go|get|be passed|be shared|share it|tell anyone"
    r"|mention it|pass it on|repeat it|say anything)",
    r"who knows,? and when,? is your (?:call|decision)|you decide who (?:knows|hears)",
    # "Nothing you tell me in here goes to him, or to HR."
    r"nothing (?:you (?:tell|say|share)(?: (?:me|with me))?|of (?:this|it))\b[^.!?]{0,30}"
    r"\bgoes (?:to|back|further|beyond|anywhere)\b",
)
# Owning one's part: "That's on me", "it's partly on us as a practice".
ON_ME = r"(?:that's|that was|it's|it was) (?:also |partly )?on (?:me|us)"
# Before "my fault": "It wasn't my fault" denies one.
NOT_DENIED = r"(?<!\bnot )(?<!n't )(?<!\bhardly )"  # "it's hardly my fault" owns nothing
OWNERSHIP = phrases(
    ON_ME,
    NOT_DENIED + r"my (?:part|fault|mistake|bad|share)",
    r"i (?:should have|should've|shouldn't have|dropped|forgot|missed|let you"
    r"|never sent|got that wrong|was wrong)",
    # "I didn't follow up" owns a part; "I didn't name you" denies one, and "I didn't want to
    # bother her" excuses it.
    r"i (?:didn't|did not) (?!name|mean|say|call|blame|single|mention|know|think|realise"
    r"|realize|see|want|expect)\w+",
    r"i (?:owe you|take responsibility|own that)",
    # one's own manner owned: "I was probably a bit blunt.", "I was too vague in the car."
    r"i was (?:probably |perhaps |maybe |definitely |clearly )?(?:a bit |a little |too |quite "
    r"|pretty |far too |very )?(?:blunt|harsh|vague|sharp|abrupt|curt|unclear|short with you"
    r"|unfair|dismissive|careless)\b",
    # one's own words owned: "I probably wasn't as clear as I could have been", "I could have
    # been clearer"
    r"i (?:probably |perhaps |maybe |definitely |clearly )?(?:wasn't|was not) (?:as |very )?"
    r"(?:clear|specific|explicit)\b(?! (?:about|on) (?:your|you|what you))",
    r"i could(?:'ve| have) been (?:a (?:lot|bit) )?(?:clearer|more (?:clear|specific|explicit))",
    # "What I said in the car was vague."
    r"what i said\b[^.!?]{0,40}\bwas (?:(?:a bit|too|pretty|quite) )?(?:vague|unclear|unfair"
    r"|wrong|careless|unhelpful|not (?:fair|clear|helpful))\b",
    # "That message was mine, and it was careless."
    r"\b(?:that|the|my) (?:message|email|note|text|comment|remark|wording|phrase|call|decision)"
    r" (?:was|is) (?:all )?mine\b",
)
EXPECTATIONS = phrases(
    r"what (?:do|would) you (?:hope|want|need|expect|like) (?:from|to get|out of)",
    r"what would (?:make|be) (?:this|these|it|our sessions?) (?:useful|worth|good|helpful)",
    r"what are you hoping",
    r"what (?:did|do) you (?:picture|imagine|have in mind)",
    # "What were you expecting when you signed up?", "What had you pictured?"
    r"what (?:were|are) you expecting\b|what had you (?:pictured|imagined|in mind)\b",
    r"what would (?:be |feel )?(?:useful|helpful|most useful|worth)",
    r"what (?:do|would) you (?:actually |really )?want(?: to get)? (?:from|out of)",
    r"what (?:are|were) you hoping",
    r"what (?:do|would) you want (?:these|this|our) (?:sessions?|meetings?|time)",
)
# A check said before the summary it checks: "Can I check I've got it all? You'll join..."
CHECK_FIRST = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|sorry),? )*(?:can|could|may) i (?:just )?(?:check|make sure)"
    r" (?:i've|i have"
    r"|that i've|that i have|what i've) (?:got|understood|heard)",
    re.I,
)
# The start of a summary: gathering what has been said so far.
SUMMARY_OPENER = phrases(
    r"so (?:far|to (?:sum|recap|pin it down)|if i've got|what i'm hearing|from what)",
    # "Can I check I've got the whole of it?", "Can I make sure I've got all of it?"
    r"(?:can|could|may) i (?:just )?(?:check|make sure) (?:i've|i have|that i've) (?:got"
    r"|understood|heard)",
    # "Can I play the plan back to check I've got it?"
    r"(?:can|could|may) i (?:just )?(?:play|read|say|put) (?:the (?:plan|whole thing|lot)|it"
    r"|that|this|everything|it all) back\b",
    r"let me (?:check|see if|sum|summari[sz]e|recap"
    r"|play (?:it |that |the whole thing |it all )?back|make sure"
    r"|say (?:(?:it|that|everything|all of (?:it|that)|it all) )?back"
    r"|put (?:it|that|this) (?:all )?together|pull (?:it|that|this) together"
    r"|read (?:it|that) back|put (?:it|that|this|everything) (?:all )?back)",
    r"to (?:sum up|summari[sz]e|recap|pin (?:it|that) down|pull (?:it|that|this) together)",
    # "Can I try and pull together what you've told me?", "...what we've said"
    r"(?:pull|put|bring|draw|gather) together (?:what|everything|all) (?:you've|you have|we've"
    r"|we have) (?:told|said|shared|covered)"
    # "Let me try to pull together what we might agree, and you tell me where it's wrong."
    r"|(?:pull|put|bring|draw|gather) together what we (?:might|could|can|should) agree\b",
    # ("Can I try pulling together what I've heard...?")
    r"(?:pull(?:ing)?|put(?:ting)?|bring(?:ing)?|draw(?:ing)?|gather(?:ing)?) together (?:what"
    r"|everything) i(?:'ve| have) (?:heard|got)",
    # "Can I try pulling item three together, to check I've understood?"
    r"(?:pull(?:ing)?|put(?:ting)?|bring(?:ing)?|draw(?:ing)?) (?:item \w+|(?:the|that|this)"
    r" (?:\w+ )?(?:part|bit|item|thread)s?) together\b",
    # "Let me try the version we could write down, and you correct it."
    r"let me (?:try|have a go at|draft) (?:the|a|my) (?:version|draft|wording)\b[^.?!]{0,40}"
    r"\byou correct\b",
    # "Let me try pulling all of this together, and please correct me."
    r"(?:pulling|putting|bringing|drawing) (?:all (?:of )?)?(?:it|that|this|everything)"
    r" (?:all )?together",
    # "Let me pull together where we've got to"
    r"(?:pull|put|bring|draw|gather) together where (?:we've|we have|we are|we're) (?:got|got"
    r" to|landed|ended up)",
    # "Can I try and put the pieces together?", "...pull it together", "put the whole of it
    # back to you"
    r"(?:put|pull|bring|draw|piece|gather|putting|pulling|bringing|drawing) (?:it|that|this"
    r"|everything|it all|all of (?:it|that)|the (?:pieces|whole thing|whole of it|threads|bits"
    r"|whole picture|picture))"
    r" (?:all )?together",
    # "Can I play back where we've got to, to check I've got it?"
    r"(?:can|could|may) i (?:just )?play back (?:where|what)\b",
    r"(?:put|pull|bring|draw|piece) (?:the (?:pieces|whole thing|whole of it|threads|bits)"
    r"|it all|all of (?:it|that)) back",
    r"in short|putting (?:it|that|this) (?:all )?together|if i've got this right",
    # "Then let me say them now, and you correct me."
    r"let me say (?:them|it|those|that|it all)(?: now)?,? (?:and|then) you (?:correct|stop) me",
    r"what i(?:'m| am) hearing",
    r"what we(?:'ve| have|'d| would) (?:agreed|agree|said|covered)",
    r"(?:so|right),? (?:here's|that's) (?:the plan|what we've got|where we are)",
    r"^\W*(?:okay,? |right,? |so,? )?here's what (?:i've|i have|we've|we have) got\b",
    r"(?:can|could|may) i (?:just )?check (?:i've|i have|that i've) (?:got|understood|heard)"
    r" (?:it|this|that|everything|you|all of it)",
    # "Can I say back where we landed?", "Let me try to pull together the rest of it",
    # "Let me try putting them together now"
    r"(?:can|could|may) i (?:try (?:and |to )?)?say (?:it |that |everything )?back\b",
    r"(?:pull|put|bring|draw|gather) together the rest|putting them (?:all )?together",
    r"(?:have i|did i) got (?:it|this|that|everything) (?:all|right)\?",
    # "When you're ready, I'd like to check I've understood all of it"
    r"i(?:'d| would) like to (?:check|make sure) (?:i've|i have|that i've) (?:got|understood"
    r"|heard)",
    # "Let me put it side by side, and you correct me.", "So: deviation raised tomorrow..."
    r"(?:put|lay|set) (?:it|that|this|them|it all|the two) (?:out )?side by side|^\W*so:",
)
# A check that asks for mistakes, which a "No" confirms: "Anything I've got wrong or left out?"
CHECKS_FOR_MISTAKES = phrases(
    r"(?:anything|what) (?:i've|i have|have i|i) (?:got wrong|missed|left out|forgot(?:ten)?)",
    r"did i (?:miss|leave out|forget|get anything wrong)",
    # "Is anything missing or wrong?" (not "Anything missing?" alone after a list of what
    # went wrong: "No. That's it." agrees the list, not a step)
    r"is anything (?:missing or wrong|wrong or missing)\?",
    # "Have I got it right, or is anything missing?": the list checked both ways
    r"got (?:it|that|this|everything|all that) right,? or (?:is )?anything (?:missing|wrong"
    r"|left out)\?",
    # "Stop me if any of that's off.", "Correct me where I've got it wrong."
    r"(?:stop|correct|tell) me (?:if|where) [^.?!]{0,25}\b(?:off|wrong|missing|not right)\b",
    # overreach asked after: "Does that sound doable, or have I steamrollered you?" "No, ..."
    r"have i (?:steamrollered|steamrolled|bulldozed|pushed|rushed|overstepped|gone too far"
    r"|been too \w+)",
    r"(?:anything|is any of (?:that|it|this)) (?:there )?(?:that )?(?:feels?|sounds?) (?:like )?too"
    r" much",
    r"anything (?:in (?:that|there|it) )?(?:you'd|you would|you want to|to) (?:change|add"
    r"|correct)",
    r"would you (?:change|add|correct) anything",
    r"(?:anything|what) (?:i've|i have) put in your mouth",
    r"have i (?:missed|left out|forgotten|got anything wrong)",
)
# A sentence whose subject is the speaker, after a lead-in ("And on the team: I can't...").
FIRST_PERSON_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|well|look|honestly|now|okay|ok|right)\b,? )?(?:[^:]{0,40}: )?"
    r"(?:i|i'm|i'll|i've|i'd|what i|all i|my)\b",
    re.I,
)
# A sentence that starts by proposing what to do together.
PROPOSES = re.compile(
    r"^\W*(?:then |so |right, |okay, |ok, )?(?:let's|let us|how about|shall we)\b", re.I
)
# A closed question that proposes or asks for something rather than asking about them.
PROPOSAL = phrases(
    r"(?:shall|should|can|could|may) (?:we|i)",
    r"(?:would|could|will|can) you (?:be willing|mind|send|join|come|bring|do|try|let|give|take"
    r"|help|look|check)",
    r"(?:does|would) (?:that|this|it) (?:work|help|suit|be (?:ok|okay|all right|useful|helpful))",
    r"how about|is that (?:ok|okay|all right)|do you mind|would you like",
)
# Putting one's own side or part on the table, as a boundary or an apology needs: "I'll be
# honest about my side", "Here's my side", "I want to own something".
OWN_SIDE = phrases(
    r"(?:about|here's|here is|on|for) my side\b|(?:about|from) my end\b",
    # naming one's own power in the room: "This year I'm wearing two hats."
    r"(?:wearing|wear|have|with) two (?:hats|roles)\b",
    r"i (?:want|need|'d like|would like) to own\b",
    r"\bown (?:my part|something|my bit)\b",
    # the speaker's side a boundary rests on: "Let me tell you what it's like this end"
    r"(?:what it's|what it is|how it is|how it's) like (?:at |from |on )?(?:this|my) end",
)
# A word of the learner's own story: first person singular.
FIRST_PERSON = re.compile(r"(?<![\w'])(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)(?![\w'])", re.I)
SECOND_PERSON = re.compile(
    r"(?<![\w'])(?:you(?! know,)|your|yours|yourself|you're|you've|you'd|you'll)(?![\w'])",
    re.I,
)
# Telling them back what they said, as a statement: "So you went back over it properly",
# "So in every meeting you're doing two jobs at once"; and what turns that into advice.
SAYS_BACK = re.compile(
    r"^\W*(?:(?:okay|ok|right|and),? )?so,? (?:[\w'’-]+,? ){0,6}?you(?:'d|'ve|'re|’d|’ve|’re)?\b",
    re.I,
)
# Or what they told of someone else, in their words: "Right, so he rated behaviour management
# as requires improvement, he didn't make much eye contact..." (with enough of their words)
SAYS_BACK_OF_OTHERS = re.compile(r"^\W*(?:(?:okay|ok|right|and),? )?so,? (?:he|she|they)\b", re.I)
# The learner's own news or plan, not what they said: "I've got Year 11 mocks coming.", "I won't
# sit in, but...", "Here's what I need to change on my side."
MY_NEWS = re.compile(
    r"^\W*(?:and |but |so )?(?:i(?:'ve| have) got|i won't|i will not|i(?:'m| am) not going to"
    r"|here's what i)\b",
    re.I,
)
TELLS_TO = phrases(
    r"you (?:should|must|need to|have to|ought to|could try|might want to|'d better|had better)"
)

# A word of acknowledgement or an invitation that says nothing of theirs back: "Okay.", "I
# see.", "Understood.", "All right.", "Tell me about today's shift."
ACKNOWLEDGES = re.compile(
    r"^\W*(?:(?:okay|ok|right|all right|alright|i see|understood|sure|got it|mm+|fair enough)"
    r"\W*|(?:tell|talk) me (?:about|more about) [^.!?]{1,40}[.!])$",
    re.I,
)
# Words held up in quotation marks, single or double, straight or curly (an apostrophe inside
# a word kept): "Not as 'so it's not my fault'", a title 'Why the numbers matter', "totally fine".
QUOTATION = re.compile(
    r"(?<!\w)['\u2018](?:[^'\u2019]|['\u2019](?=\w)){3,80}?['\u2019](?!\w)"
    r"|[\"\u201c][^\"\u201d]{3,80}[\"\u201d]"
)


# Time given to say it: "Take your time.", "No rush.", "Say it however it comes out.", "No need
# to apologise." (narrower than advice_cues.TIME_GIVEN, which also hands over the floor with
# "go on" or "don't worry": as a stock-phrase exemption those cost a named near-miss and a
# stock transcript)
TIME_TO_SAY_IT = phrases(
    r"take (?:all )?(?:the|your) time(?: you need)?(?=\W*$)",
    r"no (?:rush|hurry)(?=\W*$)",
    r"(?:say|tell me|find) (?:it|them|the words) (?:however|whichever way|any way)",
    r"(?:half-formed|unfinished|messy|rough|unpolished) is (?:fine|okay|ok|good)",
    # "No need to apologise.", "read as much as you like"
    r"no need to apologi[sz]e(?=\W*$)|(?:read|say|take) as (?:much|long) as you (?:like|need)",
    # "Tell me the rest, whenever you're ready."
    r"(?:tell me|say|share|go on)\b[^.!?]*\bwhenever you(?:'re| are) ready(?=\W*$)",
)

# What something means to them, in words the feeling list lacks: "the part you loved", "a lot
# to have been carrying", "not leaving yourself much room", "a proper hole"; not where they
# live ("you're living on your own now" is a fact said back); how something felt to them ("asking
# felt daft"), or a feeling seen on them ("your whole face changed", "you lit up").
MEANING = re.compile(
    r"\b(?:(?<!i )(?<!what )(?<!which )(?:felt|feels) (?:so |really |a bit |pretty |quite )?"
    r"(?!like\b)[a-z]{3,}"
    r"|your (?:whole )?(?:face|voice|eyes) (?:changed|lit|dropped|went|fell)"
    r"|you (?:lit up|went quiet|smiled|brightened)"
    # (not the noun: "family matters are off limits")
    r"|lov(?:e|ed|es)|hates?|hated|(?<!family )(?<!personal )(?<!other )(?<!money )(?<!these )"
    r"(?<!those )matter(?:s|ed)?|(?<!i )(?:means?|meant)|carry(?:ing)?"
    # (not weighing a choice up: "What would you need to know to weigh it up?")
    r"|weigh(?:s|ing)?(?! (?:it |them |things |that |this |everything |the \w+ )?up\b)"
    r"|costs?|a lot|much room|proper|the (?:real|hardest|worst)"
    r"|the (?:part|bit) (?:you|that)|yours|why you (?:do|came|got|went|chose|stay|started)"
    r"|(?<!living )(?<!live )(?<!lives )(?:on your own"
    r"|by yourself|alone)|fair|trust(?:ed)?"
    r"|safe)\b",
    re.I,
)
MATTERS_TO_ME = re.compile(r"\b(?:matters?|means?|meant) (?:a lot |so much )?to me\b", re.I)
# Where they live is a fact, not a feeling: "you live alone now", "you've been on your own in
# the flat since October".
LIVES_ALONE = re.compile(
    r"\b(?:liv(?:e|es|ing) (?:alone|on (?:your|her|his|their) own|by (?:yourself|herself"
    r"|himself))|(?:alone|on your own|by yourself) in the (?:flat|house|place|home|apartment)"
    # "you've been on your own since then" (after a flatmate moved out): how long, a fact
    r"|(?:'ve|have|has) been (?:alone|on your own|by yourself) since)\b",
    re.I,
)
