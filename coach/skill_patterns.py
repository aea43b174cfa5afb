"""Pattern tables for the skill coder: regular expressions per act, compiled once at import.

Tune the coder here. Every pattern is searched in one clause that is lower-case, has
straight apostrophes, no end punctuation and no leading filler ("okay,", "so", "well,").
Patterns that must open the clause start with ``LEAD``, which lets hedges ("I think",
"maybe") and a leading condition ("if it helps,", "next time,") come first. Each table
is joined into a single alternation, so adding a pattern costs almost nothing per call.
"""

from __future__ import annotations

import re

from coach.models import Act

# Hedges and leading conditions a speaker puts before the move itself.
_HEDGE = (
    r"i think|i guess|i suppose|i believe|maybe|perhaps|possibly|probably|to be honest|"
    r"i wonder (?:if|whether)|i'm wondering (?:if|whether)|i was wondering (?:if|whether)|"
    r"it seems to me|in my view|my sense is|"
    r"next time|in future|in the future|going forward|for next time|"
    r"(?:if|when|once|before|after|whenever)\b[^,]{1,60},"
)
LEAD = rf"^(?:(?:{_HEDGE})(?: that)?,? )*"

# Leading words that carry no act. The first group needs a comma after it.
FILLERS = (
    r"^(?:(?:well|right|look|listen|now|honestly|frankly|anyway|actually|thanks|thank you|"
    r"sure|yes|yeah|no|mm|hmm|um|uh|oh|ah|great|good|cool|alright),\s*|"
    r"(?:okay|ok|and|but|so(?! far)|oh|yeah)\b,?\s*)+"
)

# Blame labels for a person, and for what they did ("that was careless").
_LABEL = (
    r"(?:lazy|careless|sloppy|selfish|unprofessional|defensive|dramatic|sensitive|"
    r"overreacting|immature|naive|arrogant|rude|irresponsible|hopeless|useless|incompetent|"
    r"unreliable|disorgani[sz]ed|stubborn|stupid|dumb|childish|clueless|entitled|blunt|"
    r"ungrateful|inconsiderate|thoughtless|disrespectful|paranoid|weak|bossy|a pushover|"
    r"not (?:cut out|good enough|ready|a team player)|the problem)\b"
)
_DEED = (
    r"(?:careless|sloppy|lazy|unprofessional|stupid|dumb|irresponsible|childish|silly|rude|"
    r"unacceptable|thoughtless|inconsiderate|pathetic|ridiculous|immature|no excuse)\b"
)
_MODIFIERS = (
    r"(?: being| just| so| too| far too| really| such| pretty| completely| totally| a| an)*"
)

JUDGMENT = [
    r"\byou(?:'re| are)? (?:always|never|constantly|forever)\b",
    rf"\byou(?:'re| are| were|'ve been| have been){_MODIFIERS} {_LABEL}",
    rf"\b(?:that|this|it)(?:'s| is| was){_MODIFIERS} {_DEED}(?! of me)",
    r"\b(?:kind|sort|type) of (?:person|people) who (?:always|never)\b",
    r"\bwhat were you thinking\b|\bwhat(?:'s| is) wrong with you\b|\bhow could you\b",
    r"\byou should(?:n't)? have (?:been|\w+ed|done|told|known|said|gone|taken|made|seen|"
    r"thought|spoken|sent|come|written|given|got|brought|kept|left|heard|let|run)\b",
    r"\b(?:so|such an?) (?:stupid|careless|dumb|lazy|sloppy|basic)\b|\bpeople like you\b",
    r"^you (?!seemed|sounded|looked|wanted|needed)(?:\w+ed|forgot|did|made|left|broke|lost|came|"
    r"were|was) .*\bagain\b",
    r"\byour (?:own )?fault\b|\bno excuse\b|\beveryone else (?:manages|managed|can|got)\b",
    r"\b(?:don't you|you don't|you didn't) (?:even )?(?:care|listen|bother)\b",
    # "Why didn't you just ask?" blames; "Why don't you just ask?" is advice.
    r"\b(?:can't|didn't|won't) you (?:ever|even|just)\b|\bdon't you (?:ever|even)\b",
    r"\b(?:get over it|grow up|typical of you)\b",
]

APOLOGY = [
    r"^(?:i'm |i am )?(?:really |so |truly )?sorry\b(?! to hear| for your loss|"
    r" you(?:'re| are)? (?:went|going) through| you(?:'re| are) dealing)",
    r"\bi (?:sincerely |really |do |truly )?apologi[sz]e\b|\bmy apologies\b",
    r"\bi owe you an apology\b|\bmy (?:bad|mistake)\b|\bi (?:messed|screwed) up\b",
    r"\b(?:that|it|this)(?: one)?(?:'s| is| was) "
    r"(?:(?:all |entirely )?my (?:fault|mistake)|on me)\b",
]

SUMMARY = [
    r"\bso far,? you(?:'ve| have)\b",
    r"\blet me (?:check|see|make sure) (?:if |that |whether )?i(?:'ve| have)? "
    r"(?:got|understood|understand|heard)",
    r"\b(?:to sum up|in summary|to summari[sz]e|summing up|let me summari[sz]e|to recap|"
    r"let me recap|let me play (?:that|it|this) back|putting (?:it|this|that) (?:all )?together|"
    r"let me pull (?:this|that|it|these) together|pulling (?:this|that|it) together)\b",
    r"\bif i(?:'ve| have) (?:got|understood) (?:this|that|you|it) right\b",
    r"\bwhat i(?:'ve| have) heard (?:so far|today|is)\b",
    r"\byou(?:'ve| have) (?:mentioned|told me|said|raised|described) (?:a few|several|two|"
    r"three|four|a couple of|a number of) ",
    r"\bon (?:the )?one hand\b.*\bon the other\b",
    r"^you(?:'ve| have| are|'re)? [^,]{3,60}, (?!but\b)[^,]{3,60},? and ",
]

AFFIRMATION = [
    r"\byou (?:clearly|obviously|really) (?:put|care|cared|worked|tried|thought|prepared|handled)",
    r"\b(?:well done|good job|great job|nice work|great work|good work|nicely done|kudos|"
    r"congratulations|you earned it|you deserved? it)\b",
    r"\b(?:that|it) took (?:real |a lot of |some )?(?:courage|guts|nerve|honesty|effort)\b",
    r"\bi(?:'m| am) (?:really |so )?(?:impressed|proud)\b",
    r"\bi (?:really )?(?:appreciate|appreciated|admire|value|respect) (?:you|your|that you|"
    r"how\b|the way you|the effort|the work)",
    r"\bthank(?:s| you) (?:so much )?for (?:being|sharing|telling|raising|flagging|trusting|"
    r"speaking up|bringing|your (?:honesty|openness|candou?r|patience|effort|hard work))",
    r"\byou(?:'ve| have) (?:come a long way|grown|made (?:real|great|huge|a lot of) progress)",
    r"\byou(?:'ve| have)? handled (?:that|it|this|a|the)\b.*\b(?:well|calmly|grace|brilliantly)",
    r"\byou(?:'re| are) (?:clearly |really |obviously )?(?:good at|great at|a natural|talented|"
    r"resourceful|committed|dedicated|brave|resilient)\b",
    r"\b(?:that|it)(?:'s| is| was) (?:a |an )?(?:really |very |such a )?(?:great|good|excellent|"
    r"thoughtful|smart|brave|clever|insightful|mature) (?:idea|plan|point|insight|move|call|way|"
    r"instinct|step)\b",
    r"\bit(?:'s| is) clear (?:that )?you (?:care|worked|put|thought|tried)\b",
    r"\b(?:that|this) shows (?:real|a lot of|how much|great)\b",
    r"\byour (?:advice|feedback|support|help)\b.*\b(?:helped|made a difference)\b",
    r"\byou did (?:the right thing|a (?:great|good|brilliant) job|really well)\b",
    r"\byou (?:owned|stepped up|stuck with|followed through|held your nerve|kept your word|"
    r"kept going|kept calm)\b",
    r"^your \w+(?: \w+)? (?:was|were|is) (?:really |very )?(?:strong|excellent|impressive|"
    r"superb|brilliant|outstanding)\b",
]

REQUEST = [
    LEAD + r"(?:could|can|would|will) you (?:please |possibly |kindly |just |also )?(?:send|"
    r"share|give|let|cc|copy|update|email|book|set|check|review|look|read|help|come|join|"
    r"forward|finish|add|loop|keep|stop|move|bring|call|write|draft|prepare|put|be|reply|"
    r"confirm|introduce|show|pass|arrange|cover|lead|meet|schedule|speak|spare|do|find|"
    r"reschedule|take|make)\b",
    LEAD + r"(?:can|could|may) (?:i|we) (?!have |be |ask |say |tell |check |just )\w+",
    LEAD + r"(?:would you mind|is it (?:ok|okay|alright|all right) if (?:we|i)|"
    r"is it possible (?:to|for (?:you|us|me) to)|any chance you could)\b",
    r"\bi(?:'d| would) (?:like|love|prefer|want|rather) (?:you|it if you|us|for you|for us)\b",
    r"\bi(?:'d| would) (?:really )?appreciate (?:it )?if you\b",
    r"\bi(?:'d| would) (?:really )?(?:like|love|appreciate|welcome|value) (?:your|some) "
    r"(?:honest )?(?:help|feedback|advice|input|support|guidance|thoughts|time|views)\b",
    r"\bi(?:'d| would) (?:really )?like (?:a|an|some|more) \w+",
    r"\bmy expectation is\b|\bi expect you\b",
    r"\bi (?:need|want) you to\b|\bi(?: was|'m| am)? (?:hoping|wondering if|wonder if) (?:you|we) "
    r"(?:could|might|would|can)\b",
    r"\bi(?:'d| would) like to (?:talk about|discuss|go over|focus on|raise|spend)\b",
    r"\bit would (?:really )?help (?:me )?if you\b|\bplease\b|^i expect (?:weekly|regular)\b",
    LEAD + r"(?:send|give|show|get|forward|cc|copy|email|call|ping|remind|update|keep|"
    r"loop|tell) (?:me|us)\b(?! more| about| what| how| why)|" + LEAD + r"let (?:me|us) know\b",
    LEAD + r"let's\b(?! (?:get started|begin|start|see|dive in))",
]

ADVICE = [
    r"\byou (?:should|ought to|must)\b(?! have (?:been|\w+ed|done|told|known|said|gone|taken|"
    r"made|seen|thought|spoken|sent|come|written|given|got|brought|kept|left|heard|let|run)\b)",
    r"\byou(?:'ll| will)? (?:need|have) to\b|\byou(?:'d| had) better\b",
    r"\byou (?:could|might|may) (?:also |always |just |even )?(?:want to|consider|try|think "
    r"about|ask|talk|speak|send|write|book|set up|schedule|say|tell|start|bring|raise|email|"
    r"share|block|take|make|give|reach out|frame|offer|propose|suggest|put|use|check|flag|"
    r"mention|look|draft|delegate|prioriti[sz]e|push back|find|sleep on)\b",
    r"\byou might find (?:it|that)\b|\bif i were (?:you|in your)\b|\bmy (?:advice|tip)\b",
    r"\bi(?:'d| would) (?:suggest|recommend|advise|encourage|start|try|ask|talk|go|focus|"
    r"consider|think about|probably|definitely|be careful|push back|write|book|block|keep|"
    r"have a (?:\w+ )?(?:word|chat|conversation)|just)\b",
    r"\bi (?:suggest|recommend|advise|encourage)\b",
    r"\b(?:it|that) (?:might|may|could|would|will) (?:help|be worth|be (?:a good idea|useful|"
    r"helpful|better|wise|smart)) (?:to|if you)\b",
    r"\bit(?:'s| is) (?:worth|a good idea|best|better|wise) (?:to|if you|\w+ing)\b",
    r"\bthe (?:best|first|key|right) (?:thing|step|move) (?:is|would be|to do)\b|\bwhy not\b",
    LEAD + r"(?:try|consider|make sure|remember to|(?:don't|do not)(?! know| think| get| remember)|"
    r"focus on|start by|stop|avoid|"
    r"just|think about|talk to|speak to|tell (?!me)|ask (?!me)|book|block|write|set|take|put|"
    r"prioriti[sz]e|delegate|push back|raise|flag|escalate|bring|schedule|be|share|send (?!me|us)|"
    r"reach out|frame|sleep on|note|aim|plan|prepare|practi[sc]e|keep (?!me|us)|go (?!on))\b",
]

ADVICE_QUESTION = [
    LEAD + r"(?:have|haven't) you (?:tried|thought about|thought of|considered|looked into)\b",
    LEAD + r"why (?:don't you|not)\b(?! ever| even)|" + LEAD + r"what if you\b",
    LEAD + r"(?:how|what) about (?:\w+ing|you \w+|if you)\b",
    LEAD + r"(?:would|wouldn't|won't|could|might) it (?:help|be (?:worth|better|easier|"
    r"a good idea|useful|wise))\b",
    LEAD + r"is it (?:worth|better)\b|" + LEAD + r"shouldn't you\b",
    LEAD + r"(?:could|can|would) you (?:not |maybe |perhaps |just )?(?:try|consider|be open to)\b",
    LEAD + r"(?:don't|do) you think (?:you|it) (?:should|could|might|would be)\b",
]

# Questions or imperatives that invite the other to elaborate: open questions by function.
INVITE = [
    LEAD + r"(?:(?:can|could|would|will) you |you (?:could|can|might) |please |would you mind )?"
    r"(?:tell me (?:more|about|what|how|why|a bit|a little)|say (?:a bit |a little )?more|"
    r"walk me through|talk me through|take me through|describe|explain|help me understand|"
    r"expand on|elaborate|give me an example|share (?:more|a bit|what|how))\b",
    LEAD + r"i(?:'m| am) (?:really )?(?:curious|interested) (?:about|what|how|why|to hear|in)\b",
    LEAD
    + r"i(?:'d| would) (?:love|like) to (?:hear|know|understand) (?:more|about|what|how|why)\b",
    LEAD + r"i (?:just )?want to (?:understand|hear|know) (?:what|how|why|more)\b",
    LEAD + r"i(?:'m| am)? ?wonder(?:ing)? (?:what|how|why)\b|^go on\b|^keep going\b",
]

REFLECTION = [
    r"\b(?:it |that )?sounds? (?:like (?!a plan)|as if|as though|really|pretty|quite|so|very|"
    r"hard|tough|difficult|frustrating|stressful|exhausting|painful|awful|lonely|overwhelming)",
    LEAD + r"(?:it|that|this) (?:must|might|may) (?:be|have been|feel|have felt)\b",
    LEAD + r"(?:it|that|this)(?:'s| is| was| has been)? (?:really |so |quite |pretty |very |"
    r"been )?(?:hard|tough|difficult|frustrating|rough|a lot|exhausting|overwhelming|stressful|"
    r"painful|unfair|lonely|confusing|upsetting|disappointing)\b(?! to (?:say|tell|know))",
    LEAD + r"(?:it )?seems (?:like|that|as if|as though)\b|" + LEAD + r"you (?:seem|sound)\b",
    LEAD + r"(?:i'm hearing|what i(?:'m)? hear|i hear that|i can hear|i get the (?:sense|"
    r"feeling|impression)|i sense|i can see|i can tell|i imagine)\b",
    LEAD + r"i (?:know|understand|get) (?:why|how|that (?:it|this|you)|(?:it|this|that)(?:'s| is|"
    r" was| has been)|you(?:'re| are| were|'ve)?)\b",
    LEAD + r"you(?:'re| are| were|'ve been| have been)? (?:really |quite |a bit |pretty |so |"
    r"clearly |kind of |feeling |still |also |not )*(?:worried|afraid|scared|anxious|nervous|"
    r"concerned|frustrated|angry|upset|hurt|disappointed|stuck|torn|caught|overwhelmed|unsure|"
    r"sure|confused|tired|exhausted|proud|excited|relieved|embarrassed|ashamed|lonely|isolated|"
    r"unheard|invisible|undervalued|sidelined|left out|stretched|uncertain|conflicted|hesitant|"
    r"reluctant|hopeful|wondering|questioning|doubting)\b",
    LEAD + r"you (?:don't |didn't |do |really |still )?(?:think|believe|feel|felt|want|wanted|"
    r"wish|hope|care|worry|wonder|fear|doubt|suspect|value|need(?! to)|'d like|'d rather|"
    r"would like|would rather)\b",
    LEAD
    + r"(?:it's|it is) (?:less|not so much|not really) about\b|"
    + LEAD
    + r"(?:part of you|on (?:the )?one hand|what you(?:'re| are)? (?:need|want|mean|saying|"
    r"feel|care about|hope)|you(?:'re| are) (?:saying|telling me))\b",
]

I_STATEMENT = [
    LEAD + r"i(?:'ve| have)? (?:feel|felt|get|got|become|became|was|am|'m|been)\b(?!.*\bsorry\b)"
    r".*\b(?:when|whenever|that|because|if|since|after|how) (?:you|your)\b",
    r"\b(?:when|whenever) you\b[^.]*, i (?:feel|felt|get|got|was|am|'m|start|find)\b",
    LEAD + r"i(?:'ve| have)? notic(?:e|ed) (?:that )?(?:you|your|when|the)\b",
    LEAD + r"i need(?:ed)?\b(?! you to\b)",
]

SELF_DISCLOSURE = [
    r"\bwhen i (?:started|was|first|joined|began|moved|took|had|got|made)\b",
    r"\bi remember (?:when|my|being|feeling|the first|how|once)\b|\bi used to\b|\bi once\b",
    r"\bi(?:'ve| have) been (?:there|in your|in that|in a similar|through)\b",
    r"\b(?:in|early in|at the start of|earlier in) my (?:career|first|own|last|previous)\b",
    r"\bthe same (?:thing )?happened to me\b|\bi went through\b",
    r"\bwhat (?:helped|worked) (?:for )?me\b",
    r"\bi had (?:a|the same) (?:similar|manager|mentor|boss|lead|colleague|experience)\b",
    r"\bi made (?:the same|a similar|that same|exactly that) mistake\b|\bi struggled with\b",
    r"\bi(?:'ve| have) been (?:struggling|feeling|finding|worried|worrying|stuck|trying|dreading)",
    r"\bi(?:'m| am) (?:really |a bit |quite |so |just |kind of |pretty |still )*(?:worried|"
    r"nervous|anxious|scared|afraid|struggling|overwhelmed|stressed|stuck|lost|exhausted|"
    r"burnt out|burned out|frustrated|embarrassed|ashamed|upset|disappointed|drowning|"
    r"out of my depth|terrified|torn)\b",
    r"\bi (?:feel|felt)\b",
]

# A clause that is only an acknowledgement, greeting or thanks.
OTHER = [
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome)\b",
    r"^(?:nice|good|great|lovely) to (?:see|meet|catch up with|talk to) you\b",
    r"^(?:thanks|thank you|cheers)(?: (?:so much|very much|a lot|again))?(?: for (?:coming|"
    r"making (?:the )?time|your time|the time|meeting|having me|this))?$",
    r"^(?:i see|i understand|i hear you|i get it|i know|got it|makes sense|that makes sense|"
    r"fair enough|that's fair|that's true|sounds good|sounds like a plan|good question|"
    r"no problem|no worries|of course|see you(?: next week| soon| then)?|take care|talk soon|"
    r"(?:you're|you are) (?:probably |absolutely )?right|i'm not sure (?:what you mean|i follow)|"
    r"i don't follow|(?:i'm |i am )?(?:so |really )?sorry to hear (?:that|this|it))"
    r"(?:,? (?:thanks|thank you))?$",
    r"^let's (?:get started|begin|start|dive in)\b",
    r"^(?:i'm |i am )?(?:so |really |truly )?sorry (?:to hear|you(?:'re| are)? (?:went|going) "
    r"through|you(?:'re| are) dealing)\b",
    r"^that's (?:really |very |so )?(?:helpful|useful|interesting|great|good to know)$",
]

# --- question form and defaults ----------------------------------------------

INTERROGATIVE = (
    r"^(?:how|what|why|when|where|who|whom|whose|which|in what|do|does|did|is|are|was|were|am|"
    r"can|could|will|would|shall|should|have|has|had|may|might|must|isn't|aren't|wasn't|weren't|"
    r"don't|doesn't|didn't|can't|couldn't|won't|wouldn't|haven't|hasn't|shouldn't|any|anything|"
    r"anyone|ok|okay|right|really)\b"
)
# Wh-questions that ask for a short fact are closed; other what/how/why are open.
CLOSED_WH = (
    r"^(?:what time|what day|what date|which|how (?:many|much|long|often|old|soon|far)|when|"
    r"where|who|whom|whose|what(?:'s| is| was| are) (?:the|your|our) (?:deadline|date|name|"
    r"number|budget|time|title|due date))\b"
)
OPEN_WH = r"^(?:how|what|why|in what ways?)\b"
# A choice between given answers ("..., in writing or face to face?") is closed.
CHOICE = r"\bor [^,]{1,30}$"
TAG = (
    r",? (?:right|is that right|is that fair|yeah|no|isn't it|wasn't it|aren't you|don't you|"
    r"didn't you|did i get that right|have i got that right|does that sound right|am i right|"
    r"correct|ok|okay)$"
)
# "You're expected to..." states a rule or a permission, not the listener's view.
SECOND_PERSON = r"^you\b(?!(?:'re| are) (?:allowed|expected|required|entitled|welcome) to)"
FIRST_PERSON = r"^(?:i|i'm|i've|i'd|my|me)\b"
# First-person clauses that offer, promise or state a view rather than share experience.
FIRST_PERSON_INFO = (
    r"^(?:i'll|i will|i'm going to|i can|i could|i'd be (?:happy|glad)|i'm happy to|i'm here|"
    r"i agree|i disagree|i don't agree|i promise|i can't|i won't|"
    r"i'm not (?:blaming|saying|critici[sz]ing|trying|here to))\b"
)

# --- precedence ----------------------------------------------------------------

# Within one clause, an act on the left removes the acts on the right.
CLAUSE_PRECEDENCE: dict[Act, frozenset[Act]] = {
    Act.JUDGMENT: frozenset({Act.AFFIRMATION, Act.REFLECTION}),
    Act.REQUEST: frozenset({Act.ADVICE, Act.I_STATEMENT, Act.SELF_DISCLOSURE}),
    Act.ADVICE: frozenset({Act.REFLECTION}),
    Act.AFFIRMATION: frozenset({Act.REFLECTION, Act.SELF_DISCLOSURE}),
    Act.APOLOGY: frozenset({Act.SELF_DISCLOSURE, Act.I_STATEMENT}),
    Act.I_STATEMENT: frozenset({Act.SELF_DISCLOSURE}),
}
# Across the whole turn, a summary absorbs the reflections and facts it is made of.
TURN_PRECEDENCE: dict[Act, frozenset[Act]] = {
    Act.SUMMARY: frozenset({Act.REFLECTION, Act.INFORMATION}),
}


WORD_START = r"\b"


def compile_table(patterns: list[str]) -> re.Pattern[str]:
    """Join a table into one alternation that matches only where a word starts.

    Checking the word start once, instead of a leading word boundary in every pattern,
    makes the search several times faster; patterns keep theirs for readability.
    """
    branches = "|".join(f"(?:{p.removeprefix(WORD_START)})" for p in patterns)
    return re.compile(rf"(?<![\w'])(?:{branches})")


# Clause-level statement tables. SUMMARY is matched on whole sentences because a
# summary's list often spans the clause breaks. The order does not change the result.
STATEMENT_TABLES: tuple[tuple[Act, re.Pattern[str]], ...] = tuple(
    (act, compile_table(table))
    for act, table in (
        (Act.APOLOGY, APOLOGY),
        (Act.JUDGMENT, JUDGMENT),
        (Act.AFFIRMATION, AFFIRMATION),
        (Act.REQUEST, REQUEST),
        (Act.ADVICE, ADVICE),
        (Act.I_STATEMENT, I_STATEMENT),
        (Act.SELF_DISCLOSURE, SELF_DISCLOSURE),
        (Act.REFLECTION, REFLECTION),
    )
)
