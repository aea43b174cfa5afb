"""Phrases for arguing with what was raised, and for taking it in (pattern data, and the one
reading they share).

Split from coach.critique.judgment_cues: a defence (an excuse, a yes-but, a charge denied
before it is made, a fault played down), a justification, and owning one's part, which an
explanation in the same turn does not undo.
"""

from __future__ import annotations

import re

from coach.critique.cues import NOT_DENIED, ON_ME, QUOTATION, phrases

MAXIM = r"(?:that )?(?:an?|the) (?:good|great|real|best) \w+"  # theirs: "a good reference is..."
# Arguing with what the counterpart raised instead of hearing it.
DEFENSIVE = phrases(
    r"that's not (?:fair|true|what happened|right|how it was)",
    # a mentee's case made against the mentor's worry: "Last summer was a once-in-a-decade
    # drought, though.", "It wasn't the design that failed.", "Anyone would have had dry ponds
    # in a year like that.", "My situation's pretty different from hers, though."
    r"(?:different|too early|too late|too soon|too much|a one-off|once-in-a-\w+ \w+)"
    r"(?: from \w+)?,? though(?=\s*[.!]|\s*$)",
    r"it wasn't (?:the|my|our) \w+ that (?:failed|went wrong|was (?:wrong|the problem))",
    # the learner's lapse explained away: "It genuinely was just the inspection week, nothing
    # more.", "It wouldn't have changed anything."
    r"\b(?:was|is) (?:just|only) [^.!?]{1,40}, nothing more\b"
    r"|\b(?:it|that|sending it) wouldn't have (?:changed anything|made (?:any|much|a) difference)",
    r"anyone would have (?:had|done|made|missed|struggled|hit)\b",
    # their complaint made everyone's ("The scheme's thin for everybody, though."), someone they
    # raised vouched for ("I've worked with Pete for six years and he isn't like that.")
    r"\bfor (?:everybody|everyone|all of us),? though\b"
    r"|\b(?:he|she|they) (?:really |just )?(?:isn't|aren't|is not|are not) like that\b",
    # one's own standing put up against a challenge: "Look, I don't have to be here.", "I
    # think I've earned a fair shot before I get lumped in with whoever that was."
    r"i (?:don't|do not) have to be here|i(?:'ve| have) earned (?:a|the|my|some)\b"
    r"|before i get (?:lumped|tarred|grouped)"
    # "I think I've given this team plenty. I'm not walking out on anyone."
    r"|i(?:'ve| have) given (?:this|the|my) (?:team|place|job|unit|clinic) (?:plenty|enough)\b"
    r"|i'm not (?:walking out on|abandoning|dumping|leaving) (?:anyone|anybody)\b",
    # a lapse made everyone's: "Honestly, that audit caught everybody in the spring."
    # (not hard times granted all round: "Right, yes, Leeds has hit everyone.")
    r"\b(?:caught|tripped up) (?:everybody|everyone|all of us)\b",
    r"in (?:my )?defen[cs]e|in (?:all )?fairness",
    # their story set aside as not about this: "But my design's different... I don't think
    # it's the same risk."
    r"\bi don't think (?:it's|it is|that's|this is) the same (?:risk|thing|situation|case)\b",
    # not "it has to be fair", "you're being careful to be fair to Margit", nor a point
    # conceded to them: "to be fair to you, that part is on the practice"
    r"(?<!has )(?<!have )(?<!had )(?<!needs )(?<!need )(?<!careful )(?<!trying )(?<!tried )"
    # (nor fairness to oneself: "no version where you get to be fair to yourself")
    r"(?<!want )(?<!wanted )(?<!get )to be fair(?! to (?:you|them|him|her|yourself)\b)",
    r"with (?:all due )?respect(?! to\b)",  # not "with respect to your husband"
    # not "what I just said about eight o'clock", which names the words just said, nor owning
    # a half left out: "Two very different sentences, and I only said one of them."
    r"(?<!what )i (?:only|just) (?:did|said|meant|asked|went|wanted to (?:help|say|make sure|be"
    r"|do))(?! (?:one|half|part) of\b)",
    # not owning a fault ("while I was just being disorganised"), nor intent set aside ("a real
    # breach, whatever I was trying to do")
    r"(?<!while )(?<!whatever )(?<!however )i (?:really |honestly )?was (?:only|just|busy|trying"
    r"|being)(?! (?:\w+ )?(?:disorganised|disorganized|careless|thoughtless|lazy|vague|clumsy))",
    r"you (?:have|need|'ve got) to understand",
    r"i didn't (?:name|mention|mean|call|blame|single out) (?:you|anyone|it|her|him)\b.{0,20}"
    r"\bthough\b",
    r"i was (?:really |very |quite )?careful",
    r"(?<!if )(?<!that )(?<!what )i (?:genuinely|honestly|really) (?:thought|meant|believed"
    r"|didn't|did not|wasn't)"
    r"(?! (?:know|realise|realize|see|notice))",
    r"(?:that's|it's|that was) (?:partly|only|just) because you",
    r"i (?:hear|get|understand)(?: (?:that|you|what you're saying|why[^.,;?]{0,40}))?,? but",
    # Their complaint played down or its cause defended: "I don't think the hub is as fixed as
    # it feels", "it'll settle once the last tranche closes", "I'd put it in some context", "I
    # really doubt it's personal", "There really wasn't any need to keep it off the record."
    # (not comfort for a worry: "don't worry, these things blow over")
    r"(?:\b(?:isn't|is not|'s not|wasn't|was not)|i don't think (?:[\w']+ ){1,4}(?:is|was|are))"
    r" (?:really |quite )?as \w+ as (?:it|you|they)"
    r" (?:feels?|felt|seems?|seemed|looks?|looked|think|thought)\b",
    r"\bit(?:'ll| will) (?:all )?(?:settle|blow over|calm down) (?:once|when|after)\b",
    r"i(?:'d| would) put (?:it|that|this) in (?:some )?context",
    r"i (?:really |honestly )?doubt (?:it's|it is|it was|that's|that it's) personal",
    r"there (?:really )?(?:wasn't|was no|was not) (?:any |really any )?need to"
    r" (?!apologi|be sorry|rush|explain)\w+",
    # Their account argued down: "it would have reached the councillor either way", "I did say
    # that, but...", "I think I was pretty clear on that", "so it wasn't as if nothing happened"
    # (and "You weren't abandoned, Emre, you were trusted.": ARGUED_DOWN)
    # their word for it denied, or their fear said not to apply: "It isn't a poster, though.",
    # "What happened to you couldn't happen the same way today.", "It's not like I've always
    # been behind a desk."
    r"(?:it|that|this) (?:isn't|is not|wasn't|'s not) (?:a|an) \w+,? though\b",
    r"(?:couldn't|could not|wouldn't|would not|can't|cannot) happen (?:\w+ ){0,3}(?:today|now"
    r"|any ?more)\b",
    r"(?:it's|it is|it was) not like (?:i|i've|i'm|i'd|we|we've|we're)\b",
    r"(?:it|that|this|she|he|they) would(?:n't)? have [^.?!]{0,40}\b(?:either way|anyway"
    r"|regardless)\b",
    r"i (?:did|do) say (?:that|so),? but|i was (?:pretty |very |quite |really |perfectly )?clear"
    r" (?:on|about) (?:that|this|it)\b|(?:it|that) (?:wasn't|isn't|was not|is not) as (?:if"
    r"|though)",
    # One's own words held up as plain enough, and their reading of a remark waved off: "I'd
    # have thought it was fairly clear.", "...which is pretty standard for client meetings",
    # "that's just studio banter"
    r"i(?:'d| would) have thought (?:it|that|this) was (?:\w+ )?(?:clear|obvious)"
    r"|which is (?:pretty |fairly |quite |perfectly )?(?:standard|normal)\b"
    r"|(?:that's|it's|it was|that was) (?:just|only) (?:\w+ )?banter\b",
    # Arguing back in so many words: "I'd push back a little", "I have to push back on that"
    # (not the invitation "here's a proposal, and push back on it")
    r"i(?:'d| would| have to| must|'m going to| am going to) push back\b",
    # One's own record held up against their doubt: "I'd hope eighteen months of working
    # together would count for something"; their silence made their fault: "I'd rather have
    # heard about them in the summer"
    r"i(?:'d| would) (?:hope|have thought|think)\b[^.!?]*\bcount for something\b"
    r"|i(?:'d| would) rather have (?:heard|known)\b",
    # Yes-but: agreeing in a word, then arguing on ("Yeah, but if I don't give them a date...").
    r"(?:yeah|okay|ok|sure|right),? but (?:if|i|we|they|that|it|you|then|what|how|he|she"
    r"|last|this|the)\b",
    r"well,? (?:someone|somebody) (?:has|had|needs?) to",
    r"yes,? but\b",
    r"i had (?:no|good|my) reasons?|you don't understand|that's (?:a bit )?rich",
    r"i (?:didn't|did not) (?:name|single out|blame|mean) (?:you|anyone|her|him|them)\b",
    r"it was (?:just|only) (?:a|an) (?:story|joke|example|comment|bit of fun)",
    # Their habit held against them: "You never said anything", "you often ask me what I'd
    # do" (not praise, "You always do.", their saying agreed with, "like you always say", nor
    # their silence said back, "you never said so because...", nor a silence shared, "I never
    # said that out loud, and you never said yours")
    # (nor their maxim taken up: "You always say a good reference is one story...")
    rf"(?<!like )(?<!as )you (?:often|always|never) (?:ask|say(?! {MAXIM})|want|told"
    r"|said(?! so\b| yours\b)|do(?!\W*$|[.!,]))",
    # (not granted and turned back to them: "Lots of people are tired in their first year, and
    # yet you seem to be carrying it...", "Plenty of people find the first year brutal, and
    # it's still not all right for you to be running on five hours.")
    r"(?:plenty|lots) of (?:people|others|researchers|mentors|mentees)"
    r"(?![^.!?]*\b(?:and yet|but|yet) you\b)(?![^.!?]*\bstill\b[^.!?]*\byou\b)",
    r"i don't (?:think|see) (?:that's|it's|it was|that was|'\w+' is) (?:really |quite "
    r"|entirely )?(?:a )?(?:fair|true|a problem|that bad)(?! (?:to|on) (?:you|them|him|her))",
    # Played down: "That was a one-off.", "It's not a design flaw."
    r"(?:that|it) was (?:just |only )?(?:a one-off|one bad (?:year|day|week|month))",
    # (a mentee's too: "Honestly, last year was a one-off.", "I don't think water is the real
    # problem.", "But my situation's really different.", "six structures is setting me up to
    # fail")
    r"last (?:year|season|time|winter|summer) was (?:just |only |really )?(?:a one-off|a fluke"
    r"|unusual)",
    r"i don't think (?:\w+ ){1,2}is the (?:real )?(?:problem|issue)\b",
    r"\bmy (?:situation|case|project|plan)(?:'s| is) (?:really |completely |totally |quite )?"
    r"different\b",
    r"setting me up to fail",
    r"(?:it's|that's|it is|that is) not (?:a|the) (?:\w+ )?(?:flaw|fault)\b",
    # A plan defended by its own design: "I've built slack to November precisely so..."
    r"i've (?:built|planned|allowed|put|left|designed)\b[^.?!;]{0,60}\bprecisely"
    r" (?:so|because|to)\b",
    # It was everyone, not me: "everybody's notes were late", "that's not really a me thing".
    r"(?:everybody|everyone)(?:'s| else's)? (?:\w+ )?(?:was|were) (?:late|behind|the same)",
    r"not (?:really |just )?a me (?:thing|problem)",
    # "the staffing thing isn't really on me", "half the team was behind, it wasn't just me",
    # "it feels a little unfair to bring that into a reference"
    r"(?:isn't|is not|wasn't|was not) (?:really |entirely |all )?on me\b"
    # (the clause ending there: not "it isn't just me it costs", "support that isn't just me")
    r"|\bit (?:wasn't|was not|isn't|is not) (?:just|only) me(?=\W*$|[.!;])"
    r"|(?:it|that) (?:feels|seems) (?:a (?:little|bit) |rather |quite |pretty )?unfair to"
    r" (?:bring|raise|put|hold|use|drag)\b",
    # A fault denied, and listening called a lecture: "last summer wasn't my fault", "I came
    # here for support, not to get lectured" (not a denial held up in quotes: "not as a 'see,
    # not my fault' thing")
    r"(?<!see, )(?:wasn't|isn't|was not|is not|not|hardly) (?:really |entirely |all |even )?my"
    r" fault",
    r"not to (?:get |be )?lectured",
    r"i'm not (?:arguing|fighting|being defensive|making excuses)",
    # A charge denied before it is made: "I'm not piling on, I'm just telling you what
    # happened.", "I'm not blaming, I'm being realistic.", "If this is about me messaging his
    # engineers, someone had to."
    r"i(?:'m| am) not \w+ing(?: \w+)?[,;] i(?:'m| am) (?:(?:just|only) \w+ing|being \w+)",
    r"if (?:this|it|that)(?:'s| is) about me \w+ing\b",
    r"(?:someone|somebody) (?:had|has) to(?=\W*$|[.!;])",
    # An excuse disowned as it is made: "That's context, not an excuse.", "not an excuse, but"
    r"(?:that's|it's|this is|that is) (?:\w+ )?(?:context|an explanation|a reason),? not an excuse",
    r"not (?:as )?an excuse,? but",
    # One's own good faith argued when they doubt it: "I've explained how this works twice
    # now", "I'm not sure what more I can say to convince you", "judge me on what I do", "I'd
    # never put my name to anything like that".
    r"(?:i've|i have) (?:already )?(?:explained|told you|said|been through)\b[^.?!]{0,50}"
    r"\b(?:twice|three times|more than once)\b",
    r"(?:not sure|don't know) what (?:more|else) (?:i can|i could|to) (?:say|do) to (?:convince"
    r"|persuade|reassure)",
    # (not their intent said back: "now you're going to judge me by what I do")
    r"(?<!going to )(?<!'ll )(?<!will )judge me (?:on|by) what i do"
    r"|(?<!swore )(?<!swear )i(?:'d| would) never (?:put my name to"
    r"|do (?:that|anything like that)(?! to\b))",  # not a vow of one's own ("I swore I'd never")
    # The reason for one's own habit: "I tell them because my own first mentor did"
    r"i (?:tell|told|do|did|say|said) (?:them|it|that|those|these) because (?:my|i|that's)",
    # Their worry argued down, gently: "I would say, though, that I've been very careful",
    # "it's not as though the firm doesn't value that work", "The process is more robust than
    # people assume", "I've never seen him cross a line"
    r"i(?:'d| would) (?:gently )?say,? though,? (?!you\b)\w+|it's not as though (?:the|we|i|they"
    r"|he|she)\b"
    r"|more robust than (?:people|you|anyone) (?:assume|think|imagine)"
    r"|(?:i've|i have) never seen (?:him|her|them) cross a line",
    # ...or the one they raised vouched for, the firm too: "I've never heard him raise his
    # voice... Are you sure it was about him?", "the firm's better on flexibility than its
    # reputation", "more understanding than you'd think"
    r"(?:i've|i have) never (?:once )?(?:seen|heard|known) (?:him|her|them) (?:raise (?:his|her"
    r"|their) voice|lose (?:his|her|their) temper|shout|be rude)"
    r"|are you sure (?:it was|that was|that's|it's) (?:about|because of|down to)\b"
    r"|better (?:on|at|about) [a-z]+ than (?:its|their|his|her) reputation"
    r"|more (?:understanding|flexible|supportive|reasonable) than (?:people|you|anyone)"
    r"(?:'d| would)? (?:assume|think|imagine|expect)",
)
# A justification that owning the fault afterwards does not undo: "I genuinely thought leaving
# your name out would be enough, that's why I used it... That's on me."
JUSTIFIES = phrases(
    r"that's (?:exactly )?why i (?:used|did|chose|kept|went with)\b",
    # a point granted, then turned: "I can see how you got there. In fairness, though, I did
    # say 'updates'... I don't think I was being unclear, exactly."
    r"in (?:all )?fairness,? though\b|to be fair,? though\b"
    r"|i (?:don't|do not) think i was (?:being )?(?:unclear|wrong|unfair|harsh|rude|vague)\b",
    # one's own act made anyone's: "Anyone would have sent something brisk. There was nothing
    # sinister behind it."
    # (or one's own result: "last summer wasn't a failure of the design... anyone would have
    # lost those ponds")
    r"anyone would have (?:sent|done|said|reacted|written|lost|missed|failed)\b"
    r"|\b(?:wasn't|was not|isn't|is not) a failure of (?:the|my|our) \w+"
    r"|there was nothing (?:sinister|personal|malicious) (?:behind|in|about) it\b",
)
# Taking in what was raised, which an explanation in the same turn does not undo: "That's hard
# to hear, but it's fair. I was trying to get a read on scope, but I can see how it looked."
# The learner owning their own part: "That's on me", "I should have asked".
OWNING = (
    ON_ME,
    # "That was careless of me", "That was a careless word of mine"
    r"(?:that|it) was (?:an? )?(?:careless|thoughtless|clumsy|unfair|lazy|wrong)(?: \w+)? of"
    r" (?:me|mine)",
    r"i (?:should|shouldn't) have",
    # one's own act called what it was: "It was a bad message.", "That was a poor way to put it."
    # (not their act: "fixing it quietly instead of flagging it was a poor call")
    r"(?<!ing )(?:it|that) was an? (?:bad|poor|careless|clumsy|thoughtless|lousy|rubbish|unfair)"
    r" (?:message|email|note|text|call|choice|decision|thing to (?:say|do)|way to (?:put it"
    r"|start (?:this|it)))",  # "That was a careless way to start this and I'm sorry for it."
    NOT_DENIED + r"my (?:fault|mistake)",
)
TAKES_IT = phrases(
    # (not denied: "I don't think it's fair to read replying as me being okay with it.")
    r"(?<!don't think )(?<!do not think )(?:that's|it's|that is|it is) (?:fair|a fair point"
    r"|true|hard to hear)",
    # "That's the harder thing to hear, and it's right."
    r"(?:a |the )?hard(?:er|est)? (?:thing |part |bit )?to hear",
    r"(?:and|but) (?:it's|that's|it is|that is) (?:right|fair|true)(?=\W*$|[.!;,])",
    r"there's me thinking|and (?:here|there) i was thinking",
    r"fair (?:enough|point|comment)|you're right|you are right|which is (?:exactly )?your point",
    r"i can see (?:it|that|why|how|what)",
    *OWNING,
    # owning the learner's own part: "the feedback I gave you in the car was vague"
    r"i was wrong",
    r"(?:(?:the|my) (?:\w+ )?(?:feedback|comment|remark|words?)|what) i (?:gave|said|used)"
    r"[^.?!]*\b(?:was|wasn't) (?:vague|unfair|wrong|clumsy|unclear|careless)",
)


HELD_UP_WORDS = 3  # a word or two quoted to dispute it ("I don't think 'sharp' is fair") is said


def defends(text: str, heard: str | None = None) -> bool:
    """An argument with what was raised, in a turn that does not also take it in, or a word
    put in for someone they raised, whatever was granted first ("I can see it feels very
    different. I'd just say, in fairness to Graham..."); not words the learner holds up in
    quotes to disown. Their word argued down ("You weren't abandoned, you were trusted.")
    counts only as theirs: when ``heard`` (what they just said) is given, it must hold the
    word ("You weren't sulking, you were bracing" reads them kindly after they owned being
    frosty)."""
    said = QUOTATION.sub(  # a saying held up, not said: "Not as 'so it's not my fault'"
        lambda m: " " if len(m.group(0).split()) >= HELD_UP_WORDS else m.group(0), text
    )
    downed = [m.group(1).lower() for m in ARGUED_DOWN.finditer(said)]
    theirs = [w for w in downed if heard is None or re.search(rf"\b{w}\b", heard, re.I)]
    argued = bool(DEFENSIVE.search(said) or theirs) and not TAKES_IT.search(said)
    return bool(JUSTIFIES.search(said) or _FAIR_TO_THEM.search(said)) or argued


# Their word for what happened argued down: "You weren't abandoned, Emre, you were trusted."
ARGUED_DOWN = re.compile(r"(?<![\w'])you weren't (\w+),(?: \w+,)? you were \w+(?!\w)", re.I)


# A word put in for someone named: "in fairness to Graham", "to be fair to Margit".
_FAIR_TO_THEM = re.compile(  # (opening a clause: not "careful to be fair to Margit")
    r"(?:^|[.,;:!?]\s*|\b(?:just|but|though|and|so) )(?:in (?:all )?fairness|to be fair) to"
    r" (?-i:[A-Z][a-z]+)\b",
    re.I,
)


# The counterpart hearing a turn as a defence: "Nobody said you were.", "Arguing with me isn't
# how you get a stronger letter." (not "That's the comfortable version.", said of a summary
# that left the hard part out as often as of a defence)
HEARD_AS_DEFENCE = re.compile(
    r"^\W*(?:(?:hm+|mm+|okay|ok)[.,!]?\s+)?nobody said you (?:were|did|had|didn't|weren't)\b"
    r"|\barguing with me (?:isn't|is not|won't|will not|doesn't|does not|gets)\b"
    r"|\b(?:no need to|don't) get defensive\b|\byou(?:'re| are) (?:being |getting )?defensive\b"
    # someone the learner stood up for whom they had not blamed: "Understood. I did not say it
    # was her fault.", "Of course. I did not mean the practice."
    r"|\bi (?:didn't|did not|never) say it was (?:his|her|their|anyone's) fault\b"
    r"|\bi (?:didn't|did not) mean (?:the (?:practice|firm|company|school|department|office"
    r"|clinic|trust|council)|anything against)\b",
    re.I,
)
