"""Someone not in the room stood up for by the counterpart (pure cues), after the learner put
them down (coach.critique.absent_cues). Split from coach.critique.absent_cues.
"""

from __future__ import annotations

from coach.critique.cues import phrases

# The counterpart standing up for someone who is not there: "I'm not going to pile on someone
# who isn't here", "Helen isn't dramatic", "That might be how it felt. It isn't what happened."
DEFENDS_ABSENT = phrases(
    r"pile on (?:someone|somebody|him|her|them)|(?:someone|somebody) who isn't here",
    r"^\W*(?:she|he|they) (?:wasn't|weren't|was not|were not) to know\b",  # "She wasn't to know."
    # "And careful calling the team petty.", "So before you go after whoever built staging...",
    # "I won't referee who was slow."
    r"careful (?:calling|labelling|labeling) (?:the \w+|him|her|them|(?-i:[A-Z][a-z]+))\b"
    r"|before you go after (?:whoever|him|her|them|the \w+)\b"
    r"|(?:won't|will not|not going to) referee (?:who|whose|this|that)\b",
    # "That isn't a crime, it just makes the work harder."
    r"(?:that|it) (?:isn't|is not|wasn't|was not|'s not) a crime",
    # "I won't run Tyler down to build your case.", "She did good work. People leave."
    r"(?:won't|will not|not going to|don't want to) run (?:\w+|him|her|them) down"
    # "I'm not going to build your case by knocking Tyler down."
    r"|\b(?:knocking|running|putting|tearing|talking|marking) (?:\w+|him|her|them) down\b"
    # "She's not here to answer for that. Let's leave her out of it.", "She's entitled to be
    # careful.", "Careful. That family has run a good business..."
    r"|(?:isn't|is not|aren't|are not|(?:he|she|they)(?:'s|'re) not) here to answer for\b"
    r"|\bleave (?:him|her|them) out of (?:it|this)\b"
    r"|(?:he's|she's|they're|he is|she is|they are) entitled to\b|^\W*careful[.!]"
    r"|(?:he|she|they) did (?:good|great|fine|solid) work|not a mark against (?:him|her|them)"
    # the label denied, and what they were instead: "He wasn't a control freak. He was
    # thorough.", "My father isn't old-fashioned. He ran a business for thirty years..."
    r"|^\W*(?:he|she|they|my \w+|(?-i:[A-Z][a-z]+))(?: wasn't| isn't| aren't| weren't| was not"
    r"| is not|'s not) (?:an? )?(?:bit of an? )?[\w-]+(?: [\w-]+)?[.!]\s+(?:he|she|they)"
    r" (?:was|is|were|are|ran|did|had|has)\b"
    # "Perhaps. She was good, actually."
    r"|(?:he|she|they) (?:was|were) (?:good|great|excellent),? actually\b",
    # "I'm not going to make her a cartoon.", "I won't... hear this clinic torn down."
    # (or "I don't really want to make him the villain.", "I'd rather not make it about them.")
    r"(?:not going to|won't|will not|(?:don't|do not) (?:really )?want to) make (?:him|her|them)"
    r" (?:into )?(?:an?|the) (?:cartoon|villain|monster|bad guy)"
    r"|hear (?:this|the|my|our) \w+ (?:torn|run|put|talked) down"
    r"|(?:rather not|(?:don't|do not) want to) make (?:it|this) about (?:him|her|them)\b",
    # "I won't sit here and kick someone who's not in the room."
    r"(?:someone|somebody|anyone|people) who(?:'s| is|'re| are)(?: not|n't) (?:here|in the room)",
    # "He's under pressure too.", "I don't really blame them."
    r"(?:he's|she's|they're|he is|she is|they are) under (?:a lot of )?pressure too"
    # "He was under pressure from his own people. It's not that simple."
    r"|(?:he|she|they) (?:was|were) under (?:a lot of |real )?pressure\b"
    # "He's under a lot of pressure from the claims director."
    r"|(?:he's|she's|they're|he is|she is|they are) under (?:a lot of |real )pressure\b"
    r"|i don't (?:really |actually )?blame (?:them|him|her)\b",
    # "She was tired and short-staffed. Same as me.", "The audit team's not the point."
    # (or "Phyllis was a tired woman running a short unit.")
    r"(?:he|she|they|(?-i:[A-Z][a-z]+)) (?:was|were) (?:just |an? )?(?:tired|stretched"
    r"|short-staffed|overworked|exhausted|under-resourced)\b"
    r"|(?:team|people)(?:'s|'re| is| are) not the point",
    # declining to go on with it: "...In another year I'd have been her. Let's not.", "That
    # audit was me and Renée, on a Saturday. Let's stick to what you're going to do."
    r"(?:^|(?<=[.!?]\s))let's not[.!]"
    r"|let's (?:stick to|keep to|get back to) what you(?:'re going to|'ll| will| can)? do\b",
    # "He's not a bad man.", "I don't really want this to turn into slagging Graham off.", "This
    # one isn't, actually."
    r"(?:he|she|they)(?:'s| is|'re| are) not (?:a )?bad (?:man|woman|person|people|lot)\b"
    r"|slagging (?:\w+|him|her|them) off\b|(?:this|that) one (?:isn't|is not|wasn't),? actually\b",
    # "I won't gang up on someone who can't answer back.", "He's protective, not a bottleneck."
    r"gang up on (?:someone|somebody|him|her|them)\b|(?:someone|somebody) who can't answer back"
    r"|(?:he|she|they)(?:'s| is|'re| are) \w+,? not (?:a |an )?(?:bottleneck|problem|blocker"
    r"|obstacle|villain)\b",
    # "Leave Tyler out of this.", "Don't bring Dana into this."
    r"leave (?:\w+|him|her|them) out of (?:this|it)"
    r"|(?:don't|do not|rather you didn't) bring (?:\w+|him|her|them) into (?:this|it)",
    # "Careful how you talk about folks you might cross paths with again.", "Pointing at Owen
    # isn't going to help you", "I'm not going to argue about whose fault it was."
    r"careful (?:how|what) you (?:talk|say|speak|describe)|careful saying (?:that|it|this)"
    r"|(?:pointing (?:the finger )?at|blaming) \w+"
    r" (?:isn't|is not|won't|doesn't|does not)",
    # "...argue about whose fault it was", "I'm not getting into who's to blame."
    r"(?:not going to|won't|don't want to|not here to|i'm not) (?:argue|arguing|debate|get"
    r"|getting|talk|talking) (?:into|about) (?:whose fault|who(?:'s| is| was) to blame)"
    r"|who should(?:'ve| have) [^.?!]{0,30}, i'm not (?:getting|going) into",
    # "I won't referee who's to blame.", "Going after Owen won't help you in that room."
    r"(?:won't|will not|not going to) referee (?:who(?:'s| is) to blame|whose fault)"
    r"|going after \w+ (?:won't|isn't going to|doesn't|does not) help",
    r"(?:he|she|they|[A-Z][a-z]+)(?: isn't| aren't| wasn't| weren't| is not| are not|'s not"
    r"|'re not) (?:being )?"
    r"(?:dramatic|useless|lazy|unreasonable|difficult|precious|obstructive|the problem|hysterical"
    r"|hiding"
    r"|stonewalling|a drama \w+|a nightmare)",
    r"(?:it|that) (?:isn't|is not|wasn't) what happened|that's not fair (?:on|to) (?:him|her|them)"
    # "Hm. Not sure that's fair to her.", "Huh. Or they were on a dry site in July heat..."
    r"|(?:not sure|don't think) (?:that's|it's) fair (?:on|to) (?:him|her|them)"
    r"|^\W*(?:(?:huh|hm+|mm+|well)[.,]?\s+)?or (?:he|she|they) (?:was|were|had)\b"
    r"|to be fair to (?:him|her|them)|in (?:his|her|their) defen[cs]e",
    r"(?:don't|do not) (?:really )?want to (?:talk|go on|get into it) about (?:him|her|them)"
    # "With respect, I would rather not talk about Margit like that."
    r"|(?:would|'d) rather not (?:talk|speak) about (?:\w+|him|her|them) like that"
    # the trait denied, then what they had lived: "I don't think so. She had water in her
    # basement."
    r"|^\W*i don't think so[.!]\s+(?:he|she|they) (?:had|has|have|was|were|lost|lives?)\b",
    # declining to join in: "I'd rather not criticise anyone.", "I'd rather not go in thinking
    # of her like that."
    r"i'd rather not (?:critici[sz]e|blame|judge) (?:anyone|anybody|him|her|them)"
    # "I don't really want to blame anyone.", "She was strict, but she was fair."
    r"|(?:don't|do not) (?:really )?want to blame (?:anyone|anybody|him|her|them)"
    r"|but (?:he|she|they)(?:'s| was| is| were| are) (?:always )?fair\b"
    r"|(?:rather not|don't want to) (?:go in )?think(?:ing)? of (?:him|her|them) like that",
    # "I'd put it differently. Priya was very good.", "I don't want it heard as a complaint
    # about him."
    r"i'd put it differently|(?:don't|do not) want (?:it|this|that) (?:heard|taken) as a"
    r" (?:complaint|dig) about (?:him|her|them)",
    # "Hm. Careful.", "I'd watch how you talk about her. She's got her reasons."
    # (or "She'd be your client, so careful.", "She's allowed to be careful.")
    # (or "Hm. Watch that.", "Mind how you say that.", "That'll do about upstairs.")
    r"(?:^|(?<=[.!?]\s))(?:hm+\W+)?(?:careful|watch that)[.!]|,? so careful[.!]"
    r"|(?:watch|mind) (?:how|what) you (?:say|talk|speak|put)|that(?:'ll| will) do about \w+"
    r"|(?:he|she|they)(?:'s| is|'re| are) allowed to be \w+"
    r"|(?:he|she|they)(?:'s| has|'ve| have)(?: got)? (?:his|her|their) reasons",
    # the word refused ("You won't call it a dead end in my office."), or what they blamed
    # shared by all ("Mm. Everybody uses the same templates.")
    r"(?:won't|will not|don't|do not) call (?:it|this|that|him|her|them) (?:an? )?[\w-]+"
    r"(?: [\w-]+)? in my\b"
    r"|^\W*(?:(?:mm+|hm+|well)[.,]?\s+)?(?:everybody|everyone) (?:uses|has|works with|gets|had)"
    r" the same\b",
)
