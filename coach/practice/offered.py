"""What the learner offers, said back to them as a question (pure): "I could write to Gareth"
-> "You'd write to Gareth?". Split from coach.practice.answers, whose person swap it uses.
"""

from __future__ import annotations

import re

from coach.practice.answers import in_my_words

_OFFERED = re.compile(
    r"\b(?P<lead>if i|i could|i can|i'd|i'll|i would|i'm going to|i am going to|i will|me to"
    r"|shall i|should i|let me|happy to|glad to)\s+"
    r"(?:do(?:,[^,.;?!]{0,40},)?(?:,? then,?)? is,?\s+(?:i'll\s+|i will\s+)?)?"
    r"(?:just |happily |gladly |also |maybe |perhaps )?(?P<what>[^.;?!]+)",
    re.I,
)
IF_YOU = "If you"  # how an offer made "if I..." is said back: "If you introduced me to Sinéad?"
OFFERED_WORDS = 12
OFFER_HEAD_WORDS = 3  # words before a comma that name the offer ("write it down, ...")
_DANGLING = frozenset("this that the a an to of with and about for so or but your my".split())  # noqa: SIM905
_NOT_AN_OFFER = frozenset("then do that it this so".split())  # noqa: SIM905
# Words opening a clause of its own, where an offer too long to say back whole is cut.
_CLAUSE_OPENERS = frozenset("without because when if so while which who unless".split())  # noqa: SIM905


def _cut_at_clause(words: list[str]) -> list[str]:
    """The offer's first OFFERED_WORDS words; when it runs longer, cut before the last clause
    of its own that starts within them ("...how you stayed in touch without it feeling like"
    -> "...how you stayed in touch"), so that the words said back end where a thought does."""
    kept = words[:OFFERED_WORDS]
    if len(words) <= OFFERED_WORDS:
        return kept
    opens = [i for i, w in enumerate(kept) if w.lower() in _CLAUSE_OPENERS and i >= 3]
    return kept[: opens[-1]] if opens else kept


_AS_AN_OFFER = re.compile(
    r"\bif (?:it(?:'s| is| would be| would)? (?:useful|helpful|help|helps)|you(?:'d)? like"
    r"|that(?:'d| would)? help)\b[^.;?!]*$",
    re.I,
)
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|so|or)\s+(?=(?:you|i|we|then)\b)", re.I)


def offered(text: str) -> str | None:
    """What the learner offers, said back to them: "I could write to Gareth" -> "You'd write
    to Gareth?"; "if I introduced you to Sinéad" -> "If you introduced me to Sinéad?"; what
    follows a comma is left out ("I could write you a brief for the call, who's on it..." ->
    "You'd write me a brief for the call?")."""
    matches = list(_OFFERED.finditer(text))
    # an offer put as one ("if it's useful, I can dig out...") before a promise ("I'll send it")
    matches.sort(key=lambda m: not _AS_AN_OFFER.search(text, max(0, m.start() - 30), m.start()))
    for match in matches:
        first_clause = _NEXT_CLAUSE.split(match["what"])[0]  # "...a tally, and you can hold me"
        head = first_clause.split(",")[0]  # "...a brief for the call, who's on it, what they..."
        first_clause = head if len(head.split()) >= OFFER_HEAD_WORDS else first_clause
        kept = _cut_at_clause(in_my_words(first_clause).split())
        while kept and kept[-1].lower().strip(",;:") in _DANGLING:
            kept.pop()  # "...the corner yourself, this" -> "...the corner yourself"
        what = " ".join(kept).rstrip(",;:- ")
        if len(what.split()) >= 2 and what.split()[0].lower().strip(",:") not in _NOT_AN_OFFER:
            opener = IF_YOU if match["lead"].lower() == "if i" else "You'd"
            return f"{opener} {what}?"
    return None  # "Here's something I can do, then." names nothing to say back
