"""Phrases for judging (pattern data, and the one reading they share), split from
coach.critique.cues: what counts as a judgment of the listener (blunt, polite, a soft label, a
put-down of their idea, blame of someone absent the counterpart stands up for), what denies or
reflects one instead. Arguing with what was raised is in defending_cues."""

from __future__ import annotations

from coach.critique.cues import phrases
from coach.critique.defending_cues import OWNING

# A judgment of the listener's character wrapped in kindness: "a very you thing to do", "it's
# very like you", "not really what I'd expect from someone going for Associate Principal",
# "said with love, work on that instinct", "you're almost too polite... something to work on".
POLITE_JUDGMENT = phrases(
    r"(?:a|such a|very|so|typical) you thing(?: to do)?",
    # (not thanks for something of theirs: "Thank you, that's very you.")
    r"(?<!thank you, )(?<!thanks, )(?:that's|that is|it's|it is|how) (?:so|very|just"
    r"|typical(?:ly)?) you(?=\s*[,.!?;:])",
    r"(?:it's|that's|it is|that is) (?:so|very|quite|typically) like you\b"
    r"(?! (?:said|say|mentioned))",
    # "not how I'd expect someone on the programme to handle it", "made me wonder whether your
    # heart was still in it", "The others in your cohort are juggling too and got theirs in."
    r"(?:not|isn't|wasn't) (?:really |quite |exactly )?(?:what|how) i(?:'d| would) expect"
    r" (?:(?:from|of) )?(?:someone|a|an|you|anyone)\b",
    r"(?:wonder|wondered|wondering|doubt|doubted|question) (?:whether|if) your heart (?:is|was"
    r"|'s) (?:still |really )?in it|your heart (?:isn't|wasn't|is not|was not) (?:really )?in it",
    r"(?:the others|everyone else|the rest of (?:them|the cohort|your cohort|the group))\b"
    r"[^.!?]{0,60}\b(?:they've|they have|have|got|managed)\b[^.!?]{0,20}\b(?:theirs|it) (?:in"
    r"|done)\b",
    r"(?:and )?(?:i think )?somewhere you (?:knew|know) that",
    r"you(?:'re| are) (?:almost |maybe |perhaps |a bit |far |much )?too (?:polite|nice|kind"
    r"|considerate|accommodating|modest|humble|soft|trusting)\b|something (?:for you )?to work on",
    r"(?:that|this|your) (?:instinct|tendency|habit) (?:to|of)\b",
    r"(?:i mean (?:this|it|that) kindly|said with love|no offence|don't take this the wrong way"
    r"|i say this as"
    r" a friend)[^.?!]*\byou(?:r|'re)?\b[^.?!]*\b(?:always|never|need to work on|instinct"
    r"|tendency|habit|the kind of|too|seem to|tend to)\b",
    r"(?:perfectionism|habit|pattern|tendency) that (?:isn't|is not|doesn't|does not) (?:serving"
    r"|helping) you",
    r"(?:isn't|is not|wasn't|was not) (?:really |entirely |quite |very )?(?:a )?(?:sustainable"
    r"|appropriate|professional|acceptable)\b(?! for me)",
    # a trait named as the cause: "That's the perfectionist in you, isn't it?"
    r"(?:that's|it's|that is|it is) (?:just )?the \w+ in you\b",
    # a motive read into what they do: "you sometimes ask about my career to avoid getting to
    # your own problem" (not what they want from it: "what would you want to get out of this?")
    r"\byou (?:\w+ )?(?:ask|talk|say|do|bring|mention|change|make|use|go)\w*\b[^.?!]{0,40}"
    r"(?<!want |hope |like )\bto (?:avoid|get out of|dodge|put off|deflect|steer clear of)\b",
    # disappointment ("I'd have hoped you'd feel able to..."), a verdict on the choice they
    # weigh ("It'd be a shame to throw away seven years"), "No offence, but..."
    r"i(?:'d| would) have (?:hoped|expected|thought) (?:that )?you(?:'d| would)?\b",
    # what others would have done held up to them: "most people would have checked before
    # changing a client date" (not a feeling shared: "most people would have felt the same")
    r"(?<!more than )(?<!better than )(?:most|many|other) people(?: in your (?:shoes|position))?"
    r" would(?: have|'ve) (?!felt|found|been|struggled|reacted|done the same|wanted)\w+",
    r"(?:it'd|it would|that'd|that would) be (?:a (?:real )?(?:shame|waste|pity)|madness) to"
    r" (?:throw|give|walk|chuck|waste|leave|turn)|no offen[cs]e,? but\b",
    # their fitness for the work doubted: "The real question is whether you're right for client
    # meetings", and a diagnosis guessed at: "you might be a bit on the spectrum"
    r"(?:whether|if) you(?:'re| are) (?:really |quite |actually )?(?:right for|cut out for"
    r"|suited (?:to|for))\b",
    r"(?:might|may|could) be (?:a bit |a little |slightly )?on the spectrum|have you (?:ever )?"
    r"been (?:assessed|diagnosed|tested)\b|(?:everyone|everybody)(?:'s| is) a (?:bit|little)"
    r" (?:autistic|ocd|adhd)\b",
)
# Praise or a label that grades the person, not what they did: "You're a superwoman", "that's
# exactly who you are", "you were made for partnership", "the mark of a real leader", "you're
# clearly someone who holds things in". A verdict still, however warm, and it closes people
# down (judging.judged lets it pass when they open up).
GRADES_THEM = phrases(
    r"(?:that's|that is) (?:exactly |just |so |simply )?who you are",
    r"you(?:'re| are) (?:such )?an? (?:natural|superwoman|superman|superstar|genius|born \w+)\b",
    r"you(?:'re| are| were) (?:just )?(?:made|born|built|cut out) for\b",
    r"\bmark of an? (?:real|true|great|natural|good) \w+",
    r"you(?:'re| are) exactly what an? [\w -]{1,30} looks like",
    # the person summed up as a kind: "You're clearly someone who holds things in"
    r"\byou(?:'re| are) (?:clearly |obviously |really |just |definitely |probably |such )?"
    r"(?:someone|somebody|the (?:kind|sort|type) of (?:person|people)|a person) who\b",
    # the learner's filing of them: "I'd sort of had you down as a bit of a lone wolf"
    r"(?:had|got|pegged|marked|clocked|written) you (?:down )?(?:as|for) (?:a|an|the|one of)\b",
)
# A label for the listener, however softly put: "you can be a bit rigid", "you came across
# as dismissive", "you're a bit of a worrier".
SOFT_LABEL = phrases(
    r"you(?:'re| are| were| can be| could be| came across as| come across as| seemed| seem"
    r"|'ve been| have been)(?: a bit| quite| rather| sometimes| often| too| very| a little| maybe"
    r"| perhaps)* (?:rigid|inflexible|prickly|touchy|precious|dismissive|closed(?: off)?|cold"
    r"|abrupt|arrogant|defensive|negative|difficult|brusque|curt|condescending|patronising"
    r"|patronizing|timid|meek)\b|no need to be so (?:timid|meek)\b",
    # their way of working labelled: "that's a pattern that reads as disorganised"
    r"(?:reads|comes across|looks) as (?:a bit |rather |quite |pretty )?(?:disorgani[sz]ed"
    r"|chaotic|unreliable|sloppy|careless|unprofessional|lazy)\b",
    r"you(?:'re| are| can be|'ve been| have been| strike me as| struck me as)(?: a bit| quite"
    r"| such| rather| sometimes| often| a little| maybe"
    r"| perhaps)*(?: of)? an? (?:worrier|perfectionist|control freak|people[- ]pleaser|pushover"
    r"|soft touch|overthinker|textbook over-?preparer|drama queen|martyr|doormat)\b",
    # "Your numbers aren't partner material", "It sounds like someone who can't manage a
    # team.", "Priya leaving on your watch"
    r"(?:aren't|isn't|are not|is not|not) (?:really |quite |yet )?(?:partner|manager|management"
    r"|leadership|senior|promotion) material\b|on your watch\b",
    r"sounds? like (?:someone|somebody|a person) who (?:can't|cannot|doesn't|won't|isn't)\b",
    # "Be honest with me, are you too soft on them?"
    r"(?:are you|you're|you are) (?:being )?(?:too|a bit|far too) soft (?:on|with)\b",
)
# A put-down of the other's idea or work, however hedged ("that's a slightly naive idea", "can
# come across as a bit transactional"; not care in one's own wording, "without making it sound
# like an excuse"): the coder reads these as information.
LABELS_THEIR_IDEA = phrases(
    r"(?<!making it )(?<!make it )(?:that's|that is|that was|it's|it is|this is|sounds?|seems?"
    r"|looks?|feels?|comes? across as) (?:a |an )?(?:(?:bit|little|slightly|rather|quite|pretty"
    r"|very|somewhat|frankly|honestly),? )*(?:naive|unrealistic|rigid|old-fashioned|silly|pointless"
    r"|ridiculous|childish|immature|lazy|sloppy|careless|unprofessional|amateurish|half-baked"
    r"|misguided|overcomplicated|needy|clingy|passive|impulsive|rash|hasty|transactional"
    r"|old[- ]school|simplistic|black[- ]and[- ]white"
    r"|a waste of time|over the top|overkill|like (?:hiding|an excuse|avoidance|giving up"
    r"|running away|sulking|whining|overreacting|self-pity|laziness|a cop-?out|a cop out"
    r"|cheating|a shortcut|a joke))",
    # their way of seeing it called academic: "that's a very academic way of seeing it" (not
    # "none of this is academic")
    r"\ban? (?:(?:very|rather|bit|little|quite|slightly|somewhat) )*academic (?:way|view|take"
    r"|approach|reading)\b",
    # "waiting for a clear week is a bit of a cop-out"
    r"(?:is|was|'s) (?:a bit of |kind of |a real |such )?a cop-?out\b",
    # "nodding along to a fix you don't buy is a habit worth breaking"
    r"(?:is|'s) (?:a|one) habit (?:worth|you'd do well) (?:breaking|to break)\b",
    # a label for the route they chose: "feels like a rather conflict-avoidant route"
    r"(?:sounds?|seems?|looks?|feels?) like (?:a|an) (?:(?:bit|little|slightly|rather|quite"
    r"|pretty|very|somewhat) )*(?:conflict-avoidant|avoidant|passive-aggressive|passive|naive"
    r"|rash|hasty|drastic|extreme|cowardly|roundabout|unwise|self-defeating)\b",
    # absent people written off: "they've been hopeless", "nobody there seems to care"
    r"(?:they've|they have|he's|she's|he has|she has) been (?:\w+ )?(?:hopeless|useless"
    r"|pathetic|a joke|clueless|a nightmare)",
    r"nobody (?:there |here |in \w+ )?(?:seems to |even |actually )?cares?\b",
    r"(?:that's|that is|it's|some of (?:that|this|it)(?:'s| is)) (?:on you|your (?:own )?"
    r"(?:fault|doing|problem))",
)
# An accusation put to the listener's face, or their feelings waved away: "You went behind my
# back", "You overstepped.", "Calm down, don't take it personally." (not "you felt I went
# behind your back", which says their side back).
ACCUSES = phrases(
    r"(?<!feel )(?<!felt )(?<!think )(?<!thought )(?<!that )(?<!not )you (?:went (?:behind my"
    r" back|over my head|rogue)|overstepped|undermined me|embarrassed me|showed me up)\b",
    r"^\W*(?:oh,? )?calm down\b|(?<!i )don't take it (?:so )?personally|are you (?:even |really )?"
    r"(?:committed|serious) (?:to|about) [^?]{1,40} or not\b",
    # "Don't sulk.", "Stop being so touchy.", "No more excuses.", "...committed to this or not?"
    r"^\W*(?:oh,? )?(?:don't|do not|stop) (?:sulk|sulking|pout|pouting|being so (?:sensitive"
    r"|touchy|precious|dramatic)|be (?:so )?(?:sensitive|touchy|precious|dramatic))\b",
    r"(?:it's|that's|it is) your attitude|(?:there's|there is) no excuse for|no more excuses\b",
    r"(?:doesn't|does not) (?:look|seem|sound) like you(?:'re| are) taking (?:this|it) seriously",
    # their news met with one's disappointment or their debt: "after everything this place has
    # done for you? ... I have to say I'm a bit disappointed.", "you'd be mad to throw away..."
    r"after (?:everything|all) (?:this place|the firm|the company|the team|we|i|they)"
    r"(?:'ve| has| have) done for you",
    r"i(?:'m| am|'ve been| have been) (?:a bit |a little |quite |very |really |so |honestly )?"
    r"disappointed(?= in you| with you| that you|\s*[.!]|\s*$)",
    r"you(?:'d| would) be (?:mad|crazy|insane|nuts|daft|foolish|stupid) to [a-z]+",
)
# A sentence that denies what it names ("It doesn't sound silly", "not an excuse").
DENIED = phrases(
    r"(?:doesn't|does not|didn't|did not|isn't|is not|wasn't|was not|don't|do not|won't|will not"
    r"|wouldn't|would not|never|not)"
    r"(?: \w+){0,3} (?:sound|seem|look|find|think|call|see)s?\b(?! like you(?:'re| are) taking)",
    r"i (?:doubt|don't think) (?:it's|that's|it is|that is)",  # "I doubt it's just you."
    r"(?:isn't|is not|wasn't|not|nothing) (?:a |an )?(?:bit )?(?:like )?(?:an? )?(?:excuse|silly"
    r"|stupid|weak|failure|embarrassing)|\bnot a (?:black )?mark against you",
)
# The learner owning their part, after which "It was a lazy instruction." judges their own.
OWNS = phrases(
    *OWNING,
    r"i got (?:that|it|this) wrong",
    # owning what the learner never did: "I've never been straight with you about...", "I'd
    # been taking the shape for granted and never checked it with you"
    r"i(?:'ve| have|'d| had)? never (?:been (?:straight|honest|clear|open)|checked|asked|told)"
    r"\b|i(?:'d| had| have|'ve)? been taking (?:\w+ ){0,4}for granted",
    # the floor owned as taken: "I spent an hour on the tram extension and you never got a turn"
    r"i (?:spent|took up|used up|hogged) (?:an|the|the whole|most of the|all the) (?:hour|time"
    r"|session|meeting)\b",
    # "That's partly my doing too.", "That one's down to me."
    r"(?:that|it|this|one)(?:'s| is| was) (?:partly |mostly |largely |all )?(?:my doing"
    r"|down to me)",
)
# Who or what a judgment is about (them by name, last: "...was blunt, Callum."; "that week" is a
# time): a sentence with none of these ("Go and sort out press nine.") is a send-off.
ADDRESSED = phrases(
    r"you|you're|your|yourself|it|it's|that's|(?<=, )(?-i:[A-Z][a-z]+)(?=\W*$)|(?:that|this)"
    r"(?! (?:quarter|week|month|year|morning|afternoon|evening|time|term|spring|summer|autumn"
    r"|winter|weekend)\b)"
)
# A verdict only supposed ("...including if I think you're not ready yet"): not one given.
SUPPOSED = phrases(
    r"(?:if|whether) i (?:think|find|feel|reckon|decide) (?:you're|you are)",
    r"whether (?:or not )?(?:you're|you are)",
)
# The learner wondering at their own effect: "I'm wondering if it landed as me pulling away."
OWN_EFFECT = phrases(
    r"i(?:'m| am) wondering (?:if|whether) (?:it|that|what i said) (?:landed|came across|sounded)"
    r" as me\b|\bi wonder (?:if|whether) (?:i|what i said|that landed)\b",
)
# Reassurance that denies a judgment ("It doesn't sound like an excuse to me").
NOT_A_JUDGMENT = phrases(
    # the verdict denied as the reason: "not because you don't care", "it was never that you...",
    # "You weren't shutting residents out because you didn't care."
    r"\b(?:not|never|(?:you (?:weren't|were not|aren't|are not|didn't|did not)\b[^.!?]{0,60}))"
    r" (?:because|that) you(?:'re| are| were|'ve| have| don't| do not| didn't| did not| can't)\b",
    r"\bi(?:'d| would)? trust you to\b",  # trust given: "I'd trust you to say whatever's true."
    # leave given not to say: "And you never have to tell me anything about home."
    r"you (?:never|don't|do not|won't) (?:ever )?(?:have|need) to (?:tell|say|share|explain"
    r"|talk|justify|prove)\b",
    # someone else's label reported: "being told you're rude felt like the cheaper risk", "what
    # it is to be told you're too useful to let go"
    r"\b(?:be|being|been|was|were|get|got|getting) (?:told|called) (?:that )?you(?:'re| are"
    r"| were)\b",
    # the learner's own promise of what will go out: "Well, it'll go this week." (the email)
    r"^\W*(?:(?:well|okay|so|and),? )?it(?:'ll| will) (?:go(?: out)?|be sent|get sent"
    r"|be with you|reach you)\b",
    # what it cost them to say it: "And I can tell that wasn't easy for you to say."
    r"\b(?:wasn't|was not|isn't|is not|can't have been|couldn't have been) (?:an? )?easy"
    r" (?:thing )?(?:for you )?to (?:say|tell me|share|admit|bring up|raise)\b",
    # their concern granted: "That's a fair worry.", "It's a reasonable question."
    r"(?:that's|it's|that is|it is) (?:a |an )?(?:very |really |perfectly )?(?:fair|reasonable"
    r"|understandable|natural|real|legitimate) (?:worry|concern|point|question|fear)\b",
    r"(?:isn't|is not|wasn't|was not|aren't|doesn't (?:sound|look|seem)(?: like)?"
    r"|don't think (?:it's|that's|you're|you were|it was)|not|never|nothing|no)"
    r" (?:a |an |at all |remotely |even )?"
    r"(?:silly|excuse|lazy|stupid|wrong|your fault|overreacting|dramatic|weak|failure|petty"
    r"|touchy|daft|unreasonable|too much|a problem|burden|selfish|rude|complaint|criticism|verdict"
    r"|weakness|mistake|nonsense|being difficult|humiliating|embarrassing|shameful|pathetic"
    r"|ridiculous|dumb)",
    r"(?:don't|do not|didn't) (?:find|think|see|call) (?:that|it|this|you|any of (?:that|it))"
    r"(?: as)? (?:\w+ )?(?:embarrassing|silly|stupid|weak|lazy|an excuse|a failure|wrong|petty)",
    # their own work's failings asked for: "tell me where it's unclear or sounds like an excuse"
    r"(?:tell me|let me know|show me|point out) (?:[\w',]+ ){0,6}?(?:(?:where|if|whether|when|how)"
    r" (?:it|this|that|my \w+|i) (?:sounds?|reads?|looks?|comes? across)|(?:what|where|if|whether)"
    r" i(?:'ve| have)? (?:got (?:it )?wrong|missed|left out|misheard|misunderstood))"
    r"|\bmark up anything (?:that(?:'s| is)? )?(?:[\w ]{0,20} )?(?:sounds?|reads?) like\b",
    # a forecast that they will cope, a brush-off perhaps but no verdict: "But you'll find
    # someone, you always do.", "Honestly, you guys will be fine."
    r"you(?:'ll| will| guys will| lot will) (?:be (?:fine|okay|ok|alright|all right)|manage|cope"
    r"|find (?:someone|somebody|a way)|figure it out|work it out)|you always do\b",
    # a question about what they hoped for: "And were you hoping to get something specific
    # out of it?", "Did you want more than that?"
    r"^\W*(?:and |so |but )?(?:were|are|did|do|had|have) you (?:\w+ )?(?:hoping|hoped|hope"
    r"|wanting|wanted|want|expecting|expected|expect|imagining|picturing)\b[^.!]*\?$",
    # how a thing struck them, said back: "It sounded wrong to you, because it's the sentence
    # your mother heard from the front of that room."
    r"\b(?:it|that|this|which) (?:sounded|felt|seemed|looked) (?:so |really |a bit |quite )?"
    r"[a-z]+ to you\b",
    # a feeling heard in them: "You sound quite bothered by it." (not "You sound defensive.")
    r"\byou (?:sound|seem) (?:quite |really |a bit |a little |pretty |so |very )?(?:bothered"
    r"|worried|upset|frustrated|tired|anxious|hurt|torn|relieved|disappointed|fed up|uneasy"
    r"|overwhelmed|stretched|exhausted|nervous|embarrassed|lonely|sad|stuck)\b",
    # a big change or a hard bind acknowledged ("That's a big change.", "a horrible bind")
    r"^\W*(?:that's|that is|it's|it is|what) (?:a |such a )?(?:(?:big|huge|major|real|massive)"
    r" (?:change|shift|adjustment|step|move)|(?:horrible|awful|hard|tough|rotten|impossible"
    r"|cruel|miserable|lonely|difficult) (?:bind|spot|position|corner|dilemma|place to be))\b"
    r"|\bas well as anyone\b",
    # who it is, as someone said: "Keisha from my certification class says it's a Curtis Bell."
    r"\b(?:says|said|tells me|told me)(?: that)? (?:it's|it is) (?:a |an )?(?-i:[A-Z][a-z]+)\b",
    # thanks for the talk itself: "Thanks, Martin, this was really helpful."
    r"^\W*(?:thanks|thank you)\b[^.!?]*\b(?:this|that|it|today)(?: was|'s been| has been)"
    r" (?:really |so |very |super |incredibly )?(?:helpful|useful|good|great)\b",
)
# Telling them they are not at fault, or that the learner will stay: "You're not in trouble",
# "I'm not going anywhere". Who apologises to this ("Sorry, I'll stop") is anxious, not stung.
REASSURES = phrases(
    r"(?:you're|you are|you aren't|you're not) (?:not )?in (?:any )?trouble|not telling you off",
    r"not (?:about|because of|a comment on|a criticism of) you\b",
    r"(?:you (?:haven't|have not|didn't|did not) done? (?:anything|a thing) wrong)",
    r"i'm not going anywhere|i am not going anywhere|i'm (?:still|always) (?:here|your \w+)",
    # "It doesn't upset me and it doesn't change what I think of you."
    r"(?:doesn't|does not|won't|will not|hasn't|has not) change (?:what|how) i (?:think|feel)"
    r" (?:of|about) you",
)
