"""Who a summary says did something, by role (pure): "the chair of governors emailed to thank
you" after "The head teacher emailed me afterwards to thank me". Split from
coach.practice.summary_check; coach.practice.detail_fix names the one put right.

A deed is a person named by role ("the head teacher", "their general counsel", "my sister"),
what they did (its verb) and what follows. A summary gives a deed to another role when the
persona said the same verb, with a word of what follows in common, of a role the summary leaves
out, and never said it of the summary's role ("your sister used to ask 'and what else?'" after
"My old lab manager used to ask 'and what else?'... My sister just kept saying 'just say it'").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from coach.practice.text import sentences
from coach.practice.word_stems import STEM, long_stems, stems

# Words that open a role ("the head teacher", "their general counsel") and that may stand
# between the role and its verb ("has been shouting").
_OPENS = frozenset("the their his her our my your".split())  # noqa: SIM905
_BETWEEN = frozenset("has have had was were is are been also then just already".split())  # noqa: SIM905
# What a person is called by role: the head word of "the head teacher", "the chair of
# governors", "their general counsel", "my mother" (one person: "the kids" and "the children"
# are as often the same people in other words).
PERSON = frozenset(
    """director counsel teacher head chair manager lead partner officer coordinator governor
    principal supervisor consultant client engineer nurse doctor registrar mentor boss colleague
    assistant associate secretary dean president ceo cto cfo architect planner councillor
    inspector auditor analyst trainee administrator editor agent owner founder chairman
    chairwoman treasurer solicitor lawyer accountant surveyor contractor deputy
    mother father sister brother husband wife mum dad son daughter grandmother grandfather
    aunt uncle cousin friend flatmate neighbour buddy mate pal student""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
Deed = tuple[str, str, frozenset[str]]  # a role, its verb's stem, what follows
ROLE_WORDS = 4  # the most words a role runs to ("chair of the governors")
AFTER_WORDS = 6  # the words after the verb that tell which deed it is


def swapped_role(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The role the persona said did something and the one the summary gives it to, as each
    was written ("the head teacher", "the chair of governors"), or None."""
    heard = set().union(*(stems(line) for line in history)) if history else set()
    claimed = stems(claim)
    theirs = [deed for line in history for deed in _deeds(line)]
    said_to_be = _what_they_are(claim, r"you(?:'re| are)")  # "you're the team lead"
    told = [r for line in history for r in _what_they_are(line, r"i(?:'m| am)")]
    for role in said_to_be:
        if told and not stems(_head(role)) & heard and all(_head(r) != _head(role) for r in told):
            return told[-1], role  # "a data analyst", "the team lead"
    for role, verb, after in _deeds(claim):
        # (a role the persona named too only if it never said this of that one)
        if stems(role) & heard and _did(theirs, role, verb, after):
            continue
        for said, their_verb, their_after in theirs:
            if their_verb == verb and after & their_after and not stems(said) & claimed:
                return said, role
    return None


def _did(deeds: Sequence[Deed], role: str, verb: str, after: frozenset[str]) -> bool:
    """Whether any of ``deeds`` is this deed by this role (a word of it in common)."""
    return any(v == verb and a & after and stems(r) & stems(role) for r, v, a in deeds)


@lru_cache(maxsize=4096)
def _deeds(text: str) -> tuple[Deed, ...]:
    """Each (role, verb, what follows) that ``text`` may hold, for every way of cutting a role
    of up to ROLE_WORDS words from the verb after it."""
    return tuple(deed for sentence in sentences(text) for deed in _cuts(sentence))


def _cuts(sentence: str) -> Iterator[Deed]:
    words = _WORD.findall(sentence.lower())
    for i, word in enumerate(words):
        if word not in _OPENS:
            continue
        for end in range(i + 2, min(i + 2 + ROLE_WORDS, len(words))):
            verb = end
            while verb < len(words) and words[verb] in _BETWEEN:
                verb += 1
            role = words[i:end]
            head = role[role.index("of") - 1] if "of" in role[1:-1] else role[-1]
            if verb < len(words) and stems(words[verb]) and head in PERSON:
                after = stems(" ".join(words[verb + 1 : verb + 1 + AFTER_WORDS]))
                yield " ".join(role), words[verb][:STEM], frozenset(after)


# A word that ends a role rather than belonging to it: "a data analyst in the Revenue team".
_NOT_IN_A_ROLE = r"(?!(?:in|at|on|for|of|with|and)\b)"


def _what_they_are(text: str, subject: str) -> list[str]:
    """The roles ``text`` says its subject is ("I'm a data analyst in the Revenue team": "a
    data analyst"), person nouns only."""
    word = rf"{_NOT_IN_A_ROLE}[a-z]+"
    found = re.finditer(rf"\b{subject} ((?:a|an|the) (?:{word} ){{0,2}}{word})\b", text, re.I)
    return [m.group(1) for m in found if _head(m.group(1)) in PERSON]


def _head(role: str) -> str:
    return role.lower().split()[-1]


# Family, as a summary names them ("your uncle") and as they told of them ("my mum and dad").
_FAMILY = (
    r"mum|mother|dad|father|parents|brother|sister|uncle|aunt|auntie|cousin|husband|wife"
    r"|partner|other half|son|daughter|grandmother|grandfather|gran|grandad|nan|grandma|grandpa"
)
_KIN = rf"(?:step-?)?(?:{_FAMILY})(?:-in-law)?"  # "your mother-in-law" is no "your mother"
_THEIR_KIN = re.compile(rf"\byour ({_KIN})(?![\w-])", re.I)
_MY_KIN = re.compile(rf"\bmy ((?:{_KIN})(?: and (?:my )?(?:{_KIN}))?)(?![\w-])", re.I)
# A parent or grandparent called by the word, as a name: "Mum had a stroke back in July."
_KIN_AS_NAME = re.compile(r"\b(?:Mum|Mom|Dad|Gran|Nan|Grandma|Grandad|Grandpa)\b")


def changed_relative(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The family member the persona told of and the one the summary names instead ("my mum
    and dad", "your uncle"; "Mum had a stroke", "your mother-in-law"), when the summary's is
    one the persona never mentioned."""
    heard = " ".join(history)
    told = [m.group(0) for m in _MY_KIN.finditer(heard)]
    told += [f"my {m.group(0).lower()}" for m in _KIN_AS_NAME.finditer(heard)]
    for found in _THEIR_KIN.finditer(claim):
        named = "|".join(_SAME_KIN.get(found.group(1).lower(), [found.group(1)]))
        if told and not re.search(rf"\b(?:{named})\b", heard, re.I):
            return told[-1][:1].lower() + told[-1][1:], found.group(0)
    return None


# The same relative in other words: "your dad" after "my father".
_KIN_WORDS = (
    "mum,mother,mom,ma",
    "dad,father,pa",
    "gran,grandmother,grandma,nan,nana",
    "grandad,grandfather,grandpa",
    "husband,partner,other half",
    "wife,partner,other half",
)
_SAME_KIN: dict[str, list[str]] = {}
for _words in _KIN_WORDS:
    for _word in _words.split(","):
        _SAME_KIN.setdefault(_word, []).extend(_words.split(","))


# What someone said or called a thing: "He stood up in the huddle and said twelve weeks was
# 'letting tenants drift'", and the summary's "You said in the huddle that twelve weeks was...".
_SAYING = r"(?:said|told|called|wrote|announced|claimed|put it)"
_THEY_SAID = re.compile(
    rf"\b(?:he|she|they|(?-i:[A-Z][a-z]+))\b[^.!?;]{{0,40}}?\b{_SAYING}\b([^.!?]*)", re.I
)
_YOU_SAID = re.compile(rf"\byou\b[^.!?;,]{{0,10}}?\b{_SAYING}\b([^.!?;,]*)", re.I)
_I_SAID = re.compile(rf"\bi\b[^.!?;,]{{0,10}}?\b{_SAYING}\b([^.!?]*)", re.I)
SAME_WORDS = 3  # longer words a saying shares with another to be the same saying


def saying_given_to_you(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary says the persona said what it told someone else saying, in SAME_WORDS
    of the same words, and never said it itself ("You said in the huddle that twelve weeks was
    letting tenants drift" after "He stood up in the huddle and said twelve weeks was 'letting
    tenants drift'")."""
    heard = " ".join(history)
    theirs = [long_stems(m.group(1)) for m in _THEY_SAID.finditer(heard)]
    own = [long_stems(m.group(1)) for m in _I_SAID.finditer(heard)]
    for found in _YOU_SAID.finditer(claim):
        words = long_stems(found.group(1))
        said_by_them = any(len(words & t) >= SAME_WORDS for t in theirs)
        if said_by_them and not any(len(words & o) >= SAME_WORDS for o in own):
            return True
    return False


# Someone named with who they are to the persona ("Shona, my flatmate", "my flatmate Shona", or
# named, then the post said alone: "Denise Harlow. Plant manager.") and to the summary ("your
# sister Shona", "Shona, your sister", "your HR manager, Denise"). A role may run to two words;
# only its last need be a person's.
_NAME = r"(?-i:(?P<name>[A-Z][a-zà-ÿ]+))"
_SURNAME = r"(?: (?-i:(?P<surname>[A-Z][a-zà-ÿ]+)))?"
_ROLE_OF = r"(?P<role>(?-i:(?:[A-Za-z']+ ){{0,2}}{lazy}[a-z]+(?:-in-law)?))"
_ROLE = _ROLE_OF.format(lazy="")
# (before the name, as few words as reach it: "your sister Kerry at Citizens Advice")
_ROLE_THEN = _ROLE_OF.format(lazy="?")
_MY_NAMED = (
    rf"{_NAME}, (?:my|our) {_ROLE}\b",
    rf"\b(?:my|our) {_ROLE_THEN},? {_NAME}\b",
    rf"{_NAME}{_SURNAME}\. {_ROLE}\.",
    rf"{_NAME}(?:'s| is| was) (?:my|our) {_ROLE}\b",  # "Luis is my oldest friend on the line"
    rf"{_NAME} is the {_ROLE}\b",  # "Denise is the plant manager here."
    rf"{_NAME}, one of (?:my|our) {_ROLE}\b",  # "Priya, one of my associates, didn't go for..."
    # "Tomás Reyes. He was my master's student"
    rf"{_NAME}{_SURNAME}\. (?:He|She|They)(?:'s| is| was| were) (?:my|our) {_ROLE}\b",
    # "Tomás Reyes. Former master's student of mine"
    rf"{_NAME}{_SURNAME}\. (?:(?:A|An) )?{_ROLE} of (?:mine|ours)\b",
    # "Denise is fair, I'll give her that. Head-office type, but fair. She's the plant manager"
    rf"{_NAME}(?:'s| is| was| has| had)\b[^.!?]*[.!?]\s+(?:[^.!?]*[.!?]\s+)?(?:She|He)(?:'s| is"
    r"| was) (?:the|my|our)"
    rf" {_ROLE}\b",
    # "...Tomás Reyes you want. He did his master's under me" (a student by the degree)
    rf"{_NAME}{_SURNAME}(?-i:(?: [a-z']+){{0,4}})[.!?] (?:He|She) did (?:his|her) "
    rf"(?P<role>(?-i:master's|masters|MSc|PhD|doctorate)) (?:under|with) me\b",
)
_DEGREES = frozenset({"master's", "masters", "msc", "phd", "doctorate"})  # of a student
_YOUR_NAMED = (
    rf"{_NAME}, (?:your|the) {_ROLE}\b",  # "Shona, your sister", "Denise, the HR manager"
    rf"\byour {_ROLE_THEN},? {_NAME}\b",
    # "Tomás Reyes is the district hydrologist now, he was a colleague of yours"
    rf"{_NAME}{_SURNAME}(?:,| is| was|(?-i:(?:(?!\b[A-Z])[^.!?;:])*?), (?:he|she)(?:'s| is| was))"
    rf" (?:a |an )?{_ROLE} of yours\b",
)


def renamed_relation(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Who a named person is to the persona ("my flatmate") and who the summary makes them
    ("your sister"): "since your sister Shona moved to Bristol" after "Shona, my flatmate,
    moved to Bristol"; or the one the persona gave that relation to and the one the summary
    gives it ("Josh", "Priya"): "Priya, your trainee" after "...until Priya resigned. Josh, our
    trainee, has been brilliant." """
    heard = " ".join(history)
    told = dict(_named(heard, _MY_NAMED))
    for name, role in _named(claim, _YOUR_NAMED):
        said = told.get(name)
        if said and _another(said, role):
            owned = re.search(rf"\b(my|our|the) {re.escape(said)}\b", heard, re.I)
            return f"{owned.group(1).lower() if owned else 'my'} {said}", f"your {role}"
        holders = [n for n, r in told.items() if r.split()[-1] == role.split()[-1]]
        if said is None and len(holders) == 1 and holders[0] not in claim:
            return holders[0], name
    return None


def _another(said: str, given: str) -> bool:
    """Whether ``given`` is another relation than ``said``: another word for the person, or
    the same one with another word before it ("HR manager" for "plant manager"; not "manager"
    for "line manager", which only says less)."""
    said, given = _FORMER.sub("", said), _FORMER.sub("", given)  # "former" tells no other
    if said.split()[-1] != given.split()[-1]:
        friends = {said.split()[-1], given.split()[-1]} <= _FRIENDS  # "my buddy", "your mate"
        return not friends and given not in _SAME_KIN.get(said, [said])
    return len(said.split()) == len(given.split()) == 2 and said != given


def _named(text: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(name, role) for each person named beside a role whose last word is in PERSON."""
    for pattern in patterns:
        for m in re.finditer(pattern, text, re.I):
            written = m.group("role").split()  # as written: "HR manager"
            words = [word.lower() for word in written]
            words += ["student"] if words[-1] in _DEGREES else []
            if words[-1] not in PERSON and words[-1].removesuffix("s") in PERSON:
                words[-1] = words[-1].removesuffix("s")  # "one of my associates"
            # (up to the last word that is a person: "your friend from college" is a friend)
            heads = [n for n, word in enumerate(words) if _head_word(word) in PERSON]
            if heads:
                kept = [
                    w if w.isupper() and w.lower() == words[n] else words[n]
                    for n, w in enumerate(written)
                ]
                role = " ".join([*kept, *words[len(written) :]][: heads[-1] + 1])
                yield m.group("name"), role
                if m.groupdict().get("surname"):  # "Reyes, your former PhD student"
                    yield m.group("surname"), role


_FRIENDS = frozenset({"friend", "buddy", "mate", "pal"})
_FORMER = re.compile(r"^(?:former|old|ex-?)\s*", re.I)


def _head_word(word: str) -> str:
    """A role's word without "-in-law": "brother-in-law" is a brother by marriage."""
    return word.removesuffix("-in-law")


# Someone's relation by their name: "Jayden's mum", "Martin's boss".
_WHOSE = re.compile(r"(?-i:\b([A-Z][a-zà-ÿ]+))'s ([a-z]+(?:-in-law)?)\b")


def other_persons(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's "Jayden's mum" and the summary's "Kacper's mum": the same relation given
    to another person, where the persona named one person's and never the summary's, or
    None."""
    heard = " ".join(history)
    told: dict[str, set[str]] = {}
    for name, relation in _WHOSE.findall(heard):
        if _head_word(relation) in PERSON:
            told.setdefault(relation, set()).add(name)
    for name, relation in _WHOSE.findall(claim):
        owners = told.get(relation, set())
        if len(owners) == 1 and name not in owners and (owner := next(iter(owners))) not in claim:
            return f"{owner}'s {relation}", f"{name}'s {relation}"
    return None
