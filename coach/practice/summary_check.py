"""Whether the persona corrects a summary rather than confirming it (pure).

A summary is corrected when it says the persona will do what it said it would not, when it
puts words in the persona's mouth (and is not a saying-back of its last line, or is mostly
new claims besides one), when it leaves out what the persona has only just disclosed (the
hardest part to say), when it names a day or a month the persona never said ("the meeting on
Tuesday" after "Monday after school"), or when it changes a detail: a number where the persona
gave another ("two weeks" after "three weeks"), a name nobody used ("Manchester" for Leeds),
another number for the same thing ("Thursday at two" after "Thursday at four"), what was said
of one person given to another, another length of time or place; or when it settles what the
persona left open, or gives a reason nobody gave ("because Linda asked you").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from coach.practice.contradiction import contradicts
from coach.practice.detail_fix import NAMED_BOTH
from coach.practice.numbers import an_amount, counts_in_digits
from coach.practice.summary_counts import (
    NUMBER,
    UNITS,
    changed_counts,
    changed_share,
    said_alone,
    without_differences,
)
from coach.practice.summary_days import moves_a_day, names_unsaid_day
from coach.practice.summary_decided import settles_what_was_open
from coach.practice.summary_directions import turned_side
from coach.practice.summary_documents import changed_document
from coach.practice.summary_feelings import misplaced_feeling
from coach.practice.summary_felt_by import feeling_put_on_another
from coach.practice.summary_lengths import changes_a_length, gives_another
from coach.practice.summary_names import (
    NAME,
    NOT_NAMES,
    gives_to_another,
    holds_word,
    opening_names,
    swaps_names,
)
from coach.practice.summary_order import months_reversed, reversed_steps
from coach.practice.summary_places import moved_place
from coach.practice.summary_pronouns import pronoun_swapped
from coach.practice.summary_reasons import reason_never_given
from coach.practice.summary_renamed import TITLED, renamed
from coach.practice.summary_roles import saying_given_to_you
from coach.practice.summary_times import changes_a_time
from coach.practice.text import sentence_at
from coach.practice.word_stems import stems
from coach.scenarios.models import Disclosure, Scenario

SAID_AS_DISCLOSED = 0.6  # share of a disclosure's content words a line holds to have said it
# Content words new in the latest disclosure a summary must pick up not to have left it out.
KEEPS_DISCLOSURE = 2
# Words that shrink what the other person said ("it's basically just the hours"): a summary
# that leans on them is usually putting its own reading in their mouth. (Not "nothing" that
# opens what it was nothing of: "what I said gave you nothing you could act on".)
_SHRINKS = re.compile(
    r"\b(?:basically|mostly|really|more or less|simply|only|bottom line|all about"
    r"|nothing(?! (?:you|to|that|i|we|he|she|they)\b)|didn't really|just)\b",
    re.I,
)
# "Let me check I've got it:" and the like say nothing about the other person.
_SUMMARY_LEAD = re.compile(
    r"^[^.:?]*\b(?:check|got (?:it|this|that)|heard|back|together|understood|recap)\b[^.:?]*"
    r"[.:?]\s*",
    re.I,
)
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|(?<!\w)'[^']+'(?!\w)")
# The learner's own side in a summary ("what I had in my head was...", "I meant you'd
# present"): not a claim about what the persona said, so not weighed as unsaid.
_OWN_SIDE = re.compile(
    r"(?:^|(?<=[.;:!?]))\s*(?:and |but |so )?(?:what i (?:had in my head|meant|thought|pictured"
    r"|was picturing)|i (?:meant|thought|assumed|pictured|had in mind|said))\b[^.;!?]*",
    re.I,
)
MISREAD = 0.5
# Share of new words that makes a summary a misreading even when it says back the last turn:
# a summary gathers more than that turn, and most of it was never said.
MISREAD_ANYWAY = 0.65
SHRINK_WEIGHT = 0.15
SAID_WITH_IT = 2  # content words a clause shares with the persona's line it took a word from
SAID_BACK = 5  # content words of their last turn that make a turn a saying-back of it


def says_back(summary: str, last: str | None) -> bool:
    """Whether a turn picks up enough of the other's last turn to be a reflection of it,
    however much of the rest is in the speaker's own words: paraphrase is not a misreading."""
    return bool(last) and len(stems(summary) & stems(last or "")) >= SAID_BACK


def misreads(summary: str, earlier: Iterable[str], *, said_back: bool = False) -> bool:
    """Whether a summary says enough that was never said (or shrinks what was) to be
    corrected rather than confirmed; one that ``said_back`` the last turn only when most of
    it was never said."""
    claim = _SUMMARY_LEAD.sub("", summary)
    earlier = [*earlier, *(m.group(0) for m in _OWN_SIDE.finditer(claim))]
    shrinks = SHRINK_WEIGHT if _shrinks(claim, earlier) else 0.0
    share = unsupported_share(claim, earlier) + shrinks
    return share >= (MISREAD_ANYWAY if said_back else MISREAD)


def _shrinks(claim: str, earlier: Sequence[str]) -> bool:
    """Whether the summary leans on a shrinking word, other than one it says back from a line
    of the persona's that used it ("with nothing back" after "chasing for a week and getting
    nothing": the clause, between commas, shares SAID_WITH_IT content words with that line)."""
    for clause in re.split(r"[,;:.!?]", claim):
        own = stems(clause)
        for found in _SHRINKS.finditer(clause):
            word = re.compile(rf"\b{re.escape(found.group(0))}\b", re.I)
            if not any(
                word.search(line) and len(own & stems(line)) >= SAID_WITH_IT for line in earlier
            ):
                return True
    return False


def unsupported_share(summary: str, earlier: Iterable[str]) -> float:
    """The share of a summary's content words that nobody said before it: high when the
    summary puts words in the other's mouth."""
    said = stems(summary)
    if not said:
        return 0.0
    heard: set[str] = set()
    for line in earlier:
        heard |= stems(line)
    return len(said - heard) / len(said)


def corrects(
    claim: str, history: Sequence[str], scenario: Scenario, heard: Sequence[str] = ()
) -> bool:
    """Whether ``claim`` (a summary without its check question) is one to correct.

    Args:
        history: the persona's lines so far, the latest last.
        scenario: to tell whether the latest line was a disclosure, and the names it uses.
        heard: the learner's earlier turns: a day the learner named there ("the call on
            Thursday") is not one the summary put in the persona's mouth.
    """
    said_back = says_back(claim, history[-1] if history else None)
    known = scenario.model_dump_json()
    return (
        contradicts(claim, history)
        or misreads(claim, history, said_back=said_back)
        or leaves_out_disclosure(claim, history, scenario.disclosures)
        or names_unsaid_day(claim, [*history, *heard])
        or changes_a_detail(claim, history, known, heard)
        or changes_a_fact(claim, history, known)
        or settles_what_was_open(claim, history, heard)
        or changed_document(claim, history, heard) is not None
        or misplaced_feeling(claim, history, heard) is not None
        or reason_never_given(claim, history, heard) is not None
    )


def changes_a_fact(
    claim: str, history: Sequence[str], known: str, heard: Sequence[str] = ()
) -> bool:
    """Whether ``claim`` changes a detail the persona gave: a day moved, a number, length of
    time, time of day or place for the same thing, or who did what, by name or by role
    (``known``: the scenario, which tells who is a person; ``heard``: the learner's earlier
    turns, whose weekdays are theirs to bring). A reflection too is corrected for these (not
    for a day or name the persona never said, which it may bring from what the learner already
    knew)."""
    return (
        moves_a_day(claim, history, heard)
        or swaps_names(claim, history)
        or renamed(claim, history, known) is not None
        or gives_to_another(claim, history, known)
        or changes_a_number(claim, history)
        or changes_a_length(without_differences(claim, history), history)
        or changes_a_time(claim, history)
        or moved_place(claim, history) is not None
        or turned_side(claim, history) is not None
        or reversed_steps(claim, history)
        or months_reversed(claim, history)
        or changed_share(claim, " ".join(history)) is not None
        or saying_given_to_you(claim, history)
        or feeling_put_on_another(claim, history)
        or settles_what_was_open(claim, history)
        or any(find(claim, history) for find in NAMED_BOTH)
    )


# A number worth checking ("one" is too often no number: "the one", "no one", "one of").
_A_NUMBER = re.compile(rf"\b(?!one\b)({NUMBER})\b", re.I)
NUMBER_CONTEXT = 3  # words either side of a number that say what it counts
# Words after a share that say what it is a share of ("0.75 of our week", "0.50 of your
# team's week"): the thing comes after its owner.
SHARE_CONTEXT = 5
_SHARE = re.compile(r"0\.\d\d")
_UNIT = re.compile(UNITS, re.I)  # a number of these is changes_a_detail's to check
_MONEY = re.compile(r"[£$€]$")  # a currency sign just before a number
# ... or a word of money just after it: "twelve thousand pounds", "twelve thousand is real money"
_MONEY_WORD = re.compile(r"(?:\w+ ){0,2}(?:money|pounds?|dollars?|euros?|quid|grand|bucks)\b", re.I)
# A number joined to what it counts ("an 8000-pound test", "a 3-page memo"): two words.
_JOINED = re.compile(r"\b(\d+)-(?=[a-z])", re.I)
# A number counting the people of a group, theirs or ours: "four of us", "five of you".
_OF_A_GROUP = re.compile(r"of (?:us|you|them|we)\b", re.I)


def changes_a_number(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary gives a number the persona never said where it said another for
    the same thing, told by a word beside both ("Thursday at two" after "Thursday at four",
    "three people from your team" after "two of my teammates")."""
    claimed = _counted_things(counts_in_digits(claim), units=False)
    said = [found for line in history for found in _line_numbers(line)]
    return gives_another(claimed, said)


@lru_cache(maxsize=4096)
def _line_numbers(line: str) -> tuple[tuple[str, set[str]], ...]:
    """The numbers of one of the persona's lines with the words beside them, once per line."""
    alone, whole = said_alone(line), stems(line)  # (a number said alone counts the line's)
    found = _counted_things(counts_in_digits(line))
    return tuple((n, context | whole if n in alone else context) for n, context in found)


def _counted_things(text: str, *, units: bool = True) -> list[tuple[str, set[str]]]:
    """The numbers in ``text`` with the words beside them; without ``units``, not those that
    count weeks, days and the like (changes_a_detail compares those unit by unit)."""
    text = _JOINED.sub(r"\1 ", text)
    matches = list(re.finditer(r"[\w.'-]+", text))
    words = [m.group(0).removesuffix("'s") for m in matches]  # "the fee's about": "fee"
    found = []
    for i, word in enumerate(words):
        unit = words[i + 1] if i + 1 < len(words) else ""
        if _A_NUMBER.fullmatch(word.strip(".")) and (units or not _UNIT.match(unit)):
            after = SHARE_CONTEXT if _SHARE.fullmatch(word.strip(".")) else NUMBER_CONTEXT
            beside = words[max(0, i - NUMBER_CONTEXT) : i] + words[i + 1 : i + 1 + after]
            context = stems(" ".join(w for w in beside if not _A_NUMBER.fullmatch(w.strip("."))))
            money_word = _MONEY_WORD.match(" ".join(words[i + 1 : i + 4]))
            sentence = sentence_at(text, matches[i].start())
            if (
                _MONEY.search(text, 0, matches[i].start())
                or money_word
                or an_amount(word, sentence)
            ):
                context.add(_MONEY.pattern)  # "£3,800", "£4,800", "twelve thousand is real money"
            if _OF_A_GROUP.match(" ".join(words[i + 1 : i + 3])):
                context.add(_OF_A_GROUP.pattern)  # "four of us" and "five of you" count a group
            found.append((word.strip(".").lower(), context))
    return found


def changes_a_detail(
    claim: str, history: Sequence[str], known: str, learner: Sequence[str] = ()
) -> bool:
    """Whether the summary gives a number where the persona gave another for the same thing,
    a name that neither the persona's lines, ``known`` (the scenario) nor the learner's
    earlier turns ever hold, or another name to the one the persona meant by "him" or "her"."""
    heard = " ".join(history)
    if pronoun_swapped(claim, history, learner):
        return True  # "talk to Marcus" after "What about Gareth?" "Go and see him."
    known = " ".join([known, *learner])
    if changed_counts(without_differences(claim, history), heard):
        return True  # "two weeks" after "three weeks"
    unquoted = _QUOTED.sub(" ", claim)
    talked_of = " ".join([heard, *learner])
    if any(not holds_word(talked_of, m.group(2)) for m in TITLED.finditer(unquoted)):
        # someone nobody has named yet, though the scenario knows them: "So Mr Dunleavy's
        # asked for a meeting" after "Jayden's mum wants to talk about the detentions"
        return True
    names = [*NAME.findall(unquoted), *opening_names(unquoted, heard, known)]
    names += [m.group(2) for m in TITLED.finditer(unquoted)]  # "Mrs. Okafor"
    return any(
        not holds_word(heard, name)
        and not holds_word(known, name)
        and not NOT_NAMES.fullmatch(name)
        for name in names
    )


def leaves_out_disclosure(
    claim: str, history: Sequence[str], disclosures: Sequence[Disclosure]
) -> bool:
    """Whether the persona's latest line was a disclosure the summary says nothing of."""
    if not history:
        return False
    latest = stems(history[-1])
    told = (stems(d.text) for d in disclosures)
    disclosed = next((d for d in told if _said(d, latest)), None)
    if disclosed is None:
        return False
    before: set[str] = set().union(*(stems(line) for line in history[:-1]))
    return len(stems(claim) & (disclosed - before)) < KEEPS_DISCLOSURE


def _said(disclosure: set[str], line: set[str]) -> bool:
    return bool(disclosure) and len(disclosure & line) >= SAID_AS_DISCLOSED * len(disclosure)
