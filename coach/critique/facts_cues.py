"""The counterpart confirming only the facts of what was said back (pure cues): "Yes. Those
are the facts.", "That's the order it happened in.", "Mostly, yes. But..." Split from
coach.critique.reactions.
"""

from __future__ import annotations

from coach.critique.cues import phrases

# The counterpart confirming only the facts of what was said back, or reaching past them for
# what they meant: "Yes. That is what happened.", "Yes. Correct.", "That's the mechanics of
# it. I suppose the bit I'm trying to get at is more what it does."
FACTS_ONLY = phrases(
    # (after a nod or a thanks: "Okay. Thank you. Yes. That's what happened.")
    r"^\W*(?:(?:okay|ok|thank you|thanks)[.,]\s*)*(?:(?:yes|yeah|right|mm)[.,]?\s*)+(?:i mean,? "
    r"|well,? )?(?:that is|that's) (?:what happened|what happens(?=[.!])|correct|right"
    r"|the facts|how it went|the sums|the numbers|the figures|the timeline|the sequence)"
    r"\b",
    # "It's not really the sums, though.": past the facts said back to what they meant
    r"(?:it's|it is) not (?:really|just|only) (?:about )?the \w+,? though\b",
    # "Mm. That's some of it. It isn't just the calendar."
    r"^\W*(?:(?:mm+|hm+|yes|yeah)[.,]?\s*)?(?:that's|that is) (?:some|part) of it[.!]",
    # "Yes. All correct.", "Yes. Accurate."
    r"^\W*(?:yes|yeah)[.,]?\s*(?:all )?(?:correct|accurate)\b",
    # (said haltingly: "Yes. That's, yes, that's what happens.")
    r"^\W*(?:yes|yeah)[.,]?\s*that's,? (?:yes|yeah),? that's what happen(?:s|ed)\b",
    r"that's the mechanics|that's what i (?:said|told you)|that's the gist|\bas i said\.",
    # the facts acknowledged as only facts: "That's the sequence, yes. You've got all the facts."
    r"you(?:'ve| have) got (?:all )?the facts|\b(?:the )?facts are (?:all )?(?:there|right|correct"
    r"|true|accurate)\b"
    # "It's just missing the part that really counts."
    r"|missing the (?:part|bit|thing) that (?:really )?(?:counts|matters)\b"
    r"|(?:that's|that is) (?:just |only )?the (?:surface|outside|top layer|top of it)(?: of it)?\b"
    # "It is correct. It is not all of it."
    r"|\b(?:it's|it is|that's|that is) not all of it\b"
    # (or "That's the arithmetic. There's a QA angle to it as well...")
    r"|^\W*(?:that's|that is) the (?:sequence|chronology|arithmetic)\b"
    # "Yes. That's the order it happened in.", "Correct, as far as it goes."
    r"|(?:that's|that is) the order (?:it|that|they|things|it all) happened\b"
    # "Nearly. That covers the timing and the tasks. I think it goes a bit further than that."
    r"|\bit goes (?:a bit |a little |a lot |rather )?(?:further|deeper) than that\b"
    r"|^\W*(?:correct|right|true|yes|accurate),? as far as it goes\b"
    # "You've got everything that happened. What it's done to me isn't really in there", "It's
    # less about the timing than... never mind."
    r"|\byou(?:'ve| have) got (?:everything|all) that happened\b|\bwhat it(?:'s| has) (?:done"
    r"|meant|cost) (?:to |for )?me (?:isn't|is not|wasn't) (?:really )?(?:in there|there)\b"
    r"|^\W*(?:(?:right|yes|yeah|sort of)[.,]\s*)*it's less about the [a-z-]+ than\b"
    # "Yes. That's a fair description of the calendar.", "Nearly. The timing is only one piece
    # of it. But yes, those are the practical points."
    # "A template, maybe. I'm not sure that's really it.", "Mostly. That makes it sound like I
    # just didn't care about it, though."
    r"|\bnot sure that's (?:really )?it\b|\b(?:that|it) makes it sound like i (?:just )?(?:didn't"
    r"|don't|wasn't)\b"
    r"|\ba (?:fair|good|accurate) (?:description|account|summary) of the (?:calendar|diary"
    r"|schedule|timeline|logistics|dates|numbers|facts)\b|\b(?:is|was) only one (?:piece|part"
    r"|bit) of it\b|\b(?:those are|that's|these are) the practical (?:points|bits|side|parts)\b",
    # "That's the version that'd fit on a form.", "That's the official version."
    r"(?:that's|that is) the (?:official |paper |tidy |short )?version (?:that(?:'d| would| will)"
    r" (?:fit|go) (?:on|in)|for (?:a|the) (?:form|file|record))"
    r"|(?:that's|that is) the (?:official|paper|tidy|neat) version\b"
    # "That's about what'd go on a clipboard."
    r"|\bwhat(?:'d| would) go (?:on|in) (?:a|the) (?:clipboard|form|file|record)\b"
    # "Sure. Reads like a form, though. There's stuff in there you skipped."
    r"|\breads like (?:a|the) (?:form|list|report|minutes|file)\b",
    r"the (?:bit|part|thing) i'm (?:really )?(?:trying to get at|getting at|trying to say)",
    # half confirmed, then past it: "Mostly, yes. But it's not that I didn't care about it."
    r"^\W*(?:mostly|partly|broadly|more or less),? yes[.,!]?\s*but\b",
    r"(?:there's|there is) (?:a (?:bit|lot|little) |something |rather |much |a good deal )?more"
    r" to it than",
    # "Yeah, that's the process.", "Yep. Those are the numbers.", "Correct. You'd make a good
    # minute-taker.", "you've made it sound like a list", "That's the timetable of it."
    # (with a pause before it: "Yeah. That's... the facts of it, yeah.")
    r"(?:that's|that is|those are|those were)(?:\.{2,}|\u2026)? (?:all |just )?the (?:process"
    r"|numbers|facts"
    r"|figures|dates|details|mechanics|timeline|timetable|logistics|practicalities|sums|list|words"
    r"|events"
    r"|substance)(?: of it)?(?:,? (?:yes|yeah))?(?=\s*[.!]|$)",  # "Those are the facts, yes."
    r"^\W*(?:correct|accurate)[.!]|^\W*(?:that's|that is) (?:correct|accurate)[.!]",
    # "It's accurate as a list.": right, and no more than a list
    r"\b(?:accurate|correct|right|true|fine) as a list\b",
    # the cause said back and confirmed flatly: "That's where they come from. Anything else?"
    r"^\W*(?:that's|that is) where (?:they|it|that|those|the \w+) (?:comes?|came) from\b",
    # near, but past the facts to what was missed: "That's close. But the agendas aren't...",
    # "Partly. You've missed something, and it's the important part.", "Partly. There's a gap,
    # and it's the part that matters."
    r"^\W*(?:that's |that is )?(?:close|partly|half right|kind of|sort of)[.,!?]\s*(?:but\b"
    r"|you(?:'ve| have)? missed|you left out|(?:there's|there is) (?:a gap|something missing"
    r"|a bit missing)|something's missing)",
    # the summary's framing put otherwise: "Broadly. I'd put it slightly differently, though."
    r"i'd put it (?:slightly |a little |a bit )?differently",
    r"minute-?taker|sound(?:s|ed)? like a list",  # and "You've made it sound simpler than it is."
    r"made (?:it|that|this|me) sound (?:simpler|easier|tidier|neater|more straightforward)",
    # "Sort of? That's all true. It's just... it sounds neater than it is."
    r"sounds? (?:simpler|easier|tidier|neater|cleaner) than it (?:is|was|feels)"
    r"|(?:that's|that is) all true[.,!]+\s*(?:it's |it is )?(?:just|but)\b",
    # confirmed coolly, or as a summary only: "Yes. (stiff) That is what I do.", "That's the
    # summary, yes.", "That's the tidy version."
    r"^\W*(?:yes|yeah|correct|right)[.,]?\s*\((?:short|stiff|flat|curt|clipped|shortly|stiffly"
    r"|flatly|curtly)\)|(?:that's|that is) the (?:summary|tidy version|short version)\b",
)
