"""Pattern tables for the skill coder: regular expressions per act, compiled once at import.

Tune the coder here. Every pattern is searched in one clause that is lower-case, has
straight apostrophes, no end punctuation and no leading filler ("okay,", "so", "well,").
Patterns that must open the clause start with ``^`` or ``LEAD`` (from
``coach.coder.grammar``), which lets hedges ("I think", "maybe") and a leading condition
("if it helps,", "next time,") come first. Each table is joined into two alternations, one
matched at the clause start and one searched, so a pattern costs little per call.
Judgment and affirmation live in ``coach.coder.evaluative``.
"""

from __future__ import annotations

import re

from coach.coder.evaluative import AFFIRMATION, JUDGMENT
from coach.coder.grammar import LEAD
from coach.models import Act

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

REQUEST = [
    LEAD + r"(?:could|can|would|will) you (?:please |possibly |kindly |just |also )?(?:send|"
    r"share|give|let|cc|copy|update|email|book|set|check|review|look|read|help|come|join|"
    r"forward|finish|add|loop|keep|stop|move|bring|call|write|draft|prepare|put|reply|"
    r"confirm|introduce|show|pass|arrange|cover|lead|meet|schedule|speak|spare|do|find|"
    r"be (?!willing|open|able|interested|comfortable|prepared)|"
    r"reschedule|take|make|redo|resend|rewrite|fix|change|slow|speed)\b",
    LEAD + r"(?:could|can) you (?:please |just )?tell (?:me|us) (?!more|about|what|how|why|if|"
    r"whether)",
    LEAD + r"(?:can|could|may) (?:i|we) (?!have |be |ask |say |tell |check |just |give you )\w+",
    LEAD + r"(?:would you mind|(?:is|would) it (?:still |really )?(?:be )?(?:ok|okay|alright|"
    r"all right|possible) (?:if|for) (?:we|i|me|us)\b|"
    r"is it possible (?:to|for (?:you|us|me) to)|any chance you could)\b",
    r"\bi(?:'d| would) (?:like|love|prefer|want|rather) (?:you|it if you|us|for you|for us)\b",
    r"\bi(?:'d| would) (?:really )?appreciate (?:it )?if you\b",
    r"\b(?:would|could) you be (?:willing|able|open) to \w+ (?:me|us|my|our)\b",
    # Asking for an action, not for talk: "would you be willing to join the call?"
    r"\b(?:would|could) you be (?:willing|able) to (?!tell|talk|say|share|explain|describe|"
    r"walk|think|reflect)\w+",
    r"\bare you (?:willing|able) to (?!tell|talk|say|share|explain|describe|walk)\w+ (?:me|us|"
    r"my|our|the|a|an|this|that)\b",
    r"\b(?:my|the) (?:ask|request) (?:is|would be)\b|\bwhat i(?:'m| am) asking (?:for|is)\b|"
    r"\bi(?:'m| am) asking (?:you|if you|whether you) (?:to|could|would|can)\b",
    r"\bi(?:'d| would) find it (?:much |a lot )?(?:easier|helpful|more helpful|useful|"
    r"less stressful) if you\b",
    r"\bi(?:'d| would) like to be (?:in|included|involved|copied|consulted|kept|told|part|"
    r"there|asked)\b",
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
    LEAD + r"let's\b(?! (?:get started|begin|start|see|dive in|get into it|move on|get going))",
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
    # "I'd trim the appendix": what the speaker would do in the listener's place.
    LEAD + r"i(?:'d| would) (?!like|love|prefer|rather|be\b|say|have|need|want|feel|find|hate|know|"
    r"guess|imagine|think|appreciate|welcome|value|hope|expect|never|not|also|agree|already|"
    r"only|been|done|gone|had|forgotten|\w+ed\b)\w+",
    r"\bi (?:suggest|recommend|advise|encourage)\b",
    r"\b(?:it|that) (?:might|may|could|would|will) (?:help|be worth|be (?:a good idea|useful|"
    r"helpful|better|wise|smart)) (?:to|if you)\b",
    r"\bit(?:'s| is) (?:worth|a good idea|best|better|wise) (?:to|if you|\w+ing)\b",
    r"\bit(?:'s| is) (?:really |very )?(?:important|essential|crucial|vital) (?:that|for) you\b",
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
    LEAD + r"(?:how|what) about (?:\w+ing|you \w+|we \w+|if (?:you|we))\b",
    LEAD + r"(?:would|wouldn't|won't|could|might) it (?:help|be (?:worth|better|easier|"
    r"a good idea|useful|wise))\b(?! if (?:i|we)\b)",
    LEAD + r"is it (?:worth|better)\b|" + LEAD + r"shouldn't you\b",
    LEAD + r"(?:could|can|would) you (?:not |maybe |perhaps |just )?(?:try|consider|be open to)\b",
    LEAD + r"(?:don't you think (?:[\w']+ ){1,3}(?:should|could|might|would be|needs? to)|"
    r"do you think (?:you|it) (?:should|might|would be))\b",
]

# Questions or imperatives that invite the other to elaborate: open questions by function.
INVITE = [
    LEAD + r"(?:(?:can|could|would|will) you |you (?:could|can|might) |please |would you mind |"
    r"(?:would you like|do you want|would you be willing|are you able) to )?"
    r"(?:tell me (?:more|about|what|how|why|a bit|a little)|say (?:a bit |a little )?more|"
    r"walk me through|talk me through|take me through|describe|explain|help me understand|"
    r"expand on|elaborate|give me an example|share (?:more|a bit|what|how)|clarify|unpack|"
    r"be (?:a bit |a little )?more specific)\b",
    LEAD + r"i(?:'m| am) (?:really )?(?:curious|interested) (?:about|what|how|why|to hear|in)\b",
    LEAD + r"i(?:'d| would) (?:really )?(?:love|like) to (?:hear|know|understand) (?:more|about|"
    r"what|how|why|where|whether)\b",
    LEAD + r"i(?:'d| would) be (?:really |very )?(?:interested|curious|keen|glad) to (?:hear|know|"
    r"learn|understand)\b|"
    + LEAD
    + r"i(?:'ve| have) (?:always |often )?wondered (?:how|what|why)\b",
    r"^any (?:tips|advice|ideas|thoughts|suggestions|pointers)\b",
    LEAD + r"i (?:just )?want to (?:understand|hear|know) (?:what|how|why|more)\b",
    LEAD + r"i(?:'m| am)? ?wonder(?:ing)? (?:what|how|why)\b|^go on\b|^keep going\b",
]

REFLECTION = [
    r"\b(?:it |that )?sounds? (?:like (?!a plan)|as if|as though|really|pretty|quite|so|very|"
    r"hard|tough|difficult|frustrating|stressful|exhausting|painful|awful|lonely|overwhelming)",
    LEAD + r"(?:it|that|this) (?:must|might|may|can't|cannot|couldn't) (?:be|have been|feel|"
    r"have felt)\b",
    LEAD + r"(?:it|that|this)(?:'s| is| was| has been)? (?:really |so |quite |pretty |very |"
    r"been )?(?:hard|tough|difficult|frustrating|rough|a lot|exhausting|overwhelming|stressful|"
    r"painful|unfair|lonely|confusing|upsetting|disappointing)\b(?! to (?:say|tell))",
    LEAD + r"(?:it's |it is |that's )?(?:kind of |sort of |almost )?(?:like|as if|as though) "
    r"(?:you|your|part of you)\b",
    LEAD + r"(?:it )?seems (?:like|that|as if|as though)\b|" + LEAD + r"you (?:seem|sound)\b",
    LEAD + r"(?:i'm hearing|what i(?:'m)? hear(?:ing)?|i hear that|i can hear|i get the (?:sense|"
    r"feeling|impression)|i sense|i can see|i can tell|i imagine)\b",
    LEAD + r"i (?:know|understand|get) (?:why|how(?! it feels)|if you|that (?:it|this|you)|"
    r"(?:it|this|that)(?:'s| is| was| has been)|"
    r"(?!you(?:'re| are) right)you(?:'re| are| were|'ve)?)\b",
    LEAD + r"you(?:'re| are| were|'ve been| have been)? (?:really |quite |a bit |pretty |so |"
    r"clearly |kind of |feeling |still |also |not )*(?:worried|afraid|scared|anxious|nervous|"
    r"concerned|frustrated|angry|upset|hurt|disappointed|stuck|torn|caught|overwhelmed|unsure|"
    r"sure|confused|tired|exhausted|proud|excited|relieved|embarrassed|ashamed|lonely|isolated|"
    r"unheard|invisible|undervalued|sidelined|left out|stretched|uncertain|conflicted|hesitant|"
    r"reluctant|hopeful|wondering|questioning|doubting)\b",
    LEAD + r"you (?:don't |didn't |do |really |still )?(?:think|believe|feel|felt|want|wanted|"
    r"wish|hope|care|worry|wonder|fear|doubt|suspect|value|need(?! to)|'d like|'d rather|"
    r"would like|would rather)\b",
    LEAD + r"(?:it's|it is) (?:not (?:that|because) |that |because )you\b",
    # Saying back what the other did not mean or do, in their defence: "So it wasn't that
    # you'd given up.", "So you weren't brushing them off."
    LEAD + r"(?:so |and )?(?:(?:it (?:wasn't|was not|isn't|is not)|it's not) (?:that|about|because|"
    r"you|your)|you (?:weren't|were not|aren't|are not|didn't|did not)|you're not)\b"
    r"(?! (?:even|exactly|very|good|listening))",
    LEAD
    + r"(?:it's|it is) (?:less|not so much|not really) about\b|"
    + LEAD
    + r"(?:part of you|on (?:the )?one hand|what you(?:'re| are)? (?:need|want|mean|saying|"
    r"feel|care about|hope)|you(?:'re| are) (?:saying|telling me))\b",
]

I_STATEMENT = [
    LEAD + r"i(?:'ve| have)? (?:feel|felt|get|got|become|became|was|am|'m|been)\b(?!.*\bsorry\b)"
    r".*\b(?:when|whenever|that|because|if|since|after|how) (?:you|your)\b",
    r"\b(?:when|whenever) you\b[^.]*, i(?:'m)? (?!'m sorry|think|guess)\w+",
    LEAD + r"i (?:feel|felt) [\w ]{1,30} (?:when|whenever) (?!i\b|i'm\b)",
    LEAD + r"i(?:'ve| have)? notic(?:e|ed) (?:that )?(?:you|your|when|the)\b",
    LEAD + r"i need(?:ed)?\b(?! you to\b)",
]

SELF_DISCLOSURE = [
    r"\bwhen i (?:started|was|first|joined|began|moved|took|had|got|made)\b",
    r"\bi remember (?:when|my|being|feeling|the first|how|once)\b|\bi used to\b|\bi once\b",
    r"\b(?:the first time|the last time|last time|back when) i\b|\bit took me\b",
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
    r"^(?:thanks|thank you|cheers)(?: (?:so much|very much|a lot|again))?(?: for (?:coming(?: in)?|"
    r"making (?:the )?time|your time|the time|meeting|having me|this)(?: for me| today| to "
    r"(?:meet|see|talk|chat)(?: with me)?)*)?$",
    r"^(?:i see|i understand|i hear you|i get it|i know|got it|makes sense|that makes sense|"
    r"fair enough|that's fair|that's true|sounds good|sounds like a plan|good question|"
    r"no problem|no worries|of course|see you(?: next week| soon| then)?|take care|talk soon|"
    r"(?:you're|you are) (?:probably |absolutely )?right|i'm not sure (?:what you mean|i follow)|"
    r"i don't follow|(?:i'm |i am )?(?:so |really )?sorry to hear (?:that|this|it))"
    r"(?:,? (?:thanks|thank you))?$",
    r"^let's (?:get started|begin|start|dive in|get into it|move on|get going|make a start)\b",
    r"^come (?:on )?in\b",
    r"^(?:i'm |i am )?(?:so |really |truly )?sorry (?:to hear|you(?:'re| are)? (?:went|going) "
    r"through|you(?:'re| are) dealing)\b",
    r"^that's (?:really |very |so )?(?:helpful|useful|interesting|great|good to know)$",
]

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


class PatternTable:
    """A table compiled twice: clause-opening patterns are tried once, the rest searched.

    Trying an anchored pattern at every word start only to fail there is most of the cost
    of a search, so patterns that start with ``^`` get a single match at the clause start.
    """

    __slots__ = ("_opening", "_anywhere")

    def __init__(self, patterns: list[str]) -> None:
        self._opening = _alternation([p for p in patterns if p.startswith("^")])
        self._anywhere = _alternation([p for p in patterns if not p.startswith("^")])

    def search(self, text: str) -> bool:
        """Whether any pattern of the table matches the clause."""
        return bool(self._opening.match(text) or self._anywhere.search(text))


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """Join patterns into one alternation that matches only where a word starts.

    Checking the word start once, instead of a leading word boundary in every pattern,
    makes the search several times faster; patterns keep theirs for readability.
    """
    branches = "|".join(f"(?:{p.removeprefix(WORD_START)})" for p in patterns) or "(?!)"
    return re.compile(rf"(?<![\w'])(?:{branches})")


def compile_table(patterns: list[str]) -> PatternTable:
    """Compile a table of patterns for fast searching in one clause."""
    return PatternTable(patterns)


# Clause-level statement tables. SUMMARY is matched on whole sentences because a
# summary's list often spans the clause breaks. The order does not change the result.
STATEMENT_TABLES: tuple[tuple[Act, PatternTable], ...] = tuple(
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

# Questions that look like requests but ask nothing of the other person: leave to ask or to
# say something, an offer, or what they would prefer (the codebook: information or a closed
# question, not a request).
NOT_ASKING = [
    LEAD + r"(?:can|could|may) (?:i|we) (?:just )?(?:ask|check|be (?:honest|straight|frank|"
    r"blunt)|say|explain|suggest|tell you|put (?:it|something))\b",
    r"\bwould it help if\b|\b(?:do|would) you (?:want|like) me to\b|\bshall i\b|\bwant me to\b",
    r"\bwould you (?:want|like|rather|prefer)\b(?! me\b)",
]
# An ask said outright, whatever else the turn does.
EXPLICIT_ASK = [
    r"\bi (?:want|wanted|'d like|would like) to ask (?:you|if you)\b",
    r"\bwhat i(?:'d| would) (?:like|love) is for you to\b",
    r"\bi(?:'d| would) (?:just )?ask (?:you|that you) to\b",
    r"\bi(?:'m| am) hoping you (?:know|could|can|'d|would|might)\b",
]
