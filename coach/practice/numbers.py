"""Numbers written in words or with separators, put in digits so that they compare (pure).

"four thousand two hundred" and "4,200" are the same number, and "three weeks" the same length
as "3 weeks"; a summary that says one where the persona said the other has not changed it.
"""

from __future__ import annotations

import re

_UNITS = [
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SMALL = {word: value for value, word in enumerate(_UNITS, start=1)}
_SMALL |= {word: 10 * value for value, word in enumerate(_TENS, start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000}  # "four grand"
# Every number word worth its value alone ("grand" alone is no number).
NUMBER_WORDS = _SMALL | {"hundred": 100, "thousand": 1000}
_WORD = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
# A run of number words ("twenty-six", "two hundred and fifty"), and a number with separators.
_SPELLED = re.compile(rf"\b(?:{_WORD})(?:(?:[ -]|\s+and\s+)(?:{_WORD}))*\b", re.I)
_SEPARATED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


def in_digits(text: str) -> str:
    """``text`` with its numbers in digits; "one" and "grand" alone stay words ("the one", "a
    grand plan"); a day of the month too ("Thursday the fourteenth", "the 14th" are "the 14"),
    and a time of day said in words ("eight-thirty", "at one fifteen" are "8:30", "at
    1:15")."""
    text = _CLOCK_WORDS.sub(_clock_in_digits, text)
    text = _SEPARATED.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _DAY_OF_MONTH.sub(lambda m: _day(m.group(1)), text)
    text = _POINT.sub(_with_point, text)  # "one point one million"
    text = _SPELLED.sub(_spelled_in_digits, text)
    text = _POINT.sub(_with_point, text)  # "ninety-eight point five", now "98 point 5"
    # "about a dozen", "half a dozen", "two dozen"
    text = _HALF_DOZEN.sub("6", text)
    text = _DOZENS.sub(lambda m: str(int(m.group(1)) * 12), text)
    text = _HALF_THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000 + 500), text)
    return _A_DOZEN.sub("12", text)


_HOURS = _UNITS[:12]
_MINUTES = {"fifteen": "15", "thirty": "30", "forty-five": "45", "forty five": "45"}
_CLOCK_WORDS = re.compile(
    rf"\b(?:((?:at|by|from|until|till) )({'|'.join(_HOURS)}) |({'|'.join(_HOURS)})-)"
    rf"({'|'.join(_MINUTES)})\b(?!-)",
    re.I,
)


def _clock_in_digits(found: re.Match[str]) -> str:
    """A time of day in words, in digits: "eight-thirty" (the hyphen says it is a time) or
    "at eight thirty" is "8:30"."""
    hour = _HOURS.index((found[2] or found[3]).lower()) + 1
    return f"{found[1] or ''}{hour}:{_MINUTES[found[4].lower()]}"


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()  # noqa: SIM905
_DIGIT = rf"(?:\d|{'|'.join(_DIGIT_WORDS)})"
_POINT = re.compile(rf"(?<![\w-])({_DIGIT}|\d+) point ({_DIGIT})\b", re.I)


def _with_point(found: re.Match[str]) -> str:
    whole, tenth = (_digit(part) for part in found.groups())
    return f"{whole}.{tenth}"


def _digit(word: str) -> str:
    lowered = word.lower()
    return str(_DIGIT_WORDS.index(lowered)) if lowered in _DIGIT_WORDS else word


_HALF_DOZEN = re.compile(r"\bhalf a dozen\b", re.I)
_DOZENS = re.compile(r"\b(\d{1,2}) dozen\b", re.I)
_A_DOZEN = re.compile(r"\ba dozen\b", re.I)
# "forty-eight and a half thousand", once its words are digits ("48 and a half 1000"): 48500.
_HALF_THOUSAND = re.compile(r"\b(\d+) and a half 1000\b", re.I)


# A day of the month after "the": "the fourteenth", "the twenty-first", "the 14th" (not "the
# first", "the second" or "the third", which as often count turns as days).
_NTH = (
    *("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"),
    *("thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"),
    *("nineteenth", "twentieth"),
)
_ORDINALS = {word: n for n, word in enumerate(_NTH, start=4)}
_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(("first", "second", "third"), 1)}
# twenty-fourth to twenty-ninth
_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(_NTH[:6], start=4)}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_OF_MONTH = re.compile(
    r"(?<=\bthe )("
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r"|[1-3]?\d(?:st|nd|rd|th))\b",
    re.I,
)


def _day(ordinal: str) -> str:
    return str(day_number(ordinal))


def day_number(ordinal: str) -> int | None:
    """The day of the month an ordinal names, in words or figures ("first", "twenty-first",
    "14th"), or None when it names none."""
    word = ordinal.lower()
    if word[:1].isdigit():
        return int(re.sub(r"\D", "", word))
    return _ORDINALS.get(word) or _FIRST_DAYS.get(word)


# The first three days, which _DAY_OF_MONTH leaves out but a date may still name.
_FIRST_DAYS = {"first": 1, "second": 2, "third": 3}


def _spelled_in_digits(match: re.Match[str]) -> str:
    """Each number a run of number words says, in digits, with what stood between two numbers
    kept ("one and two" is "one and 2": "one" alone stays a word)."""
    out: list[str] = []
    run: list[str] = []
    between = ""
    for token in re.split(r"(\s+and\s+|[ -])", match.group(0)):
        word = token.lower()
        if word not in _SMALL and word not in _SCALES:
            between += token
            continue
        if run and _starts_another(run[-1].lower(), word):
            out.extend([_number(run), between])
            run = []
        elif not run:
            out.append(between)
        run.append(token)
        between = ""
    return "".join([*out, _number(run), between])


def _number(tokens: list[str]) -> str:
    words = [token.lower() for token in tokens]
    return tokens[0] if words in (["one"], ["grand"]) else str(_value(words))


def _value(words: list[str]) -> int:
    """The number a run of number words says ("four thousand two hundred" is 4200)."""
    total = current = 0
    for word in words:
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] == 1000:
                total, current = total + current, 0
        else:
            current += _SMALL[word]
    return total + current


def _starts_another(previous: str, word: str) -> bool:
    """Whether ``word`` begins a new number rather than adding to the one before it: a scale
    multiplies it ("two hundred"), a unit adds to a tens word ("twenty-six"), and anything
    adds to a scale ("two hundred and five"); "two three-hour" is two numbers."""
    if word in _SCALES or previous in _SCALES:
        return False
    return not (previous in _TENS and _SMALL[word] < 10)


def near(value: str, given: set[str]) -> bool:
    """Whether ``value`` (a number in digits) is within a tenth of a number in ``given``, from a
    hundred up and not a year: "4000-odd" is the "4200" said, "two" is not "three"."""
    if not value.isdigit() or int(value) < ROUGH_FROM or YEAR.fullmatch(value):
        return False  # a year is never roughly another: "2014" is not the "2011" said
    return any(g.isdigit() and abs(int(g) - int(value)) <= ROUGHLY * int(g) for g in given)


ROUGH_FROM, ROUGHLY = 100, 0.1
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year: "2011"
# A noun of money: a number of thousands in a sentence with one is an amount, though no
# currency is named ("The proposal went out at thirty-eight thousand five hundred").
_MONEY_NOUN = re.compile(
    r"\b(?:fees?|prices?|costs?|quoted?|budgets?|proposals?|salary|salaries|grants?"
    r"|invoices?|bills?|bonus(?:es)?|rent|deposits?)\b",
    re.I,
)
AMOUNT_FROM = 1000


def an_amount(number: str, sentence: str) -> bool:
    """Whether ``number`` (in digits), said in ``sentence``, is an amount of money: a thousand
    or more, not a year, in a sentence with a noun of money ("the fee is 48500")."""
    return (
        number.isdigit()
        and int(number) >= AMOUNT_FROM
        and not YEAR.fullmatch(number)
        and _MONEY_NOUN.search(sentence) is not None
    )


# A share of something said in words ("about a third of your notes"), not "the third quarter".
_FRACTION = re.compile(
    r"\b(a|one|two|three|four|1|2|3|4)[ -](half|halves|third|thirds|quarter|quarters|fifth"
    r"|fifths|tenth|tenths)(?= of\b)",
    re.I,
)
# or a change by one: "down by about a tenth", "up by a third"
_BY_FRACTION = re.compile(
    r"\b(by (?:about |roughly |around |nearly |almost )?)(a|one|two|three|four|1|2|3|4)[ -]"
    r"(half|third|quarter|fifth|tenth)s?\b",
    re.I,
)
# "half of the week", "about half my notes": a half with no count before it ("a half of" is
# above).
_HALF_OF = re.compile(
    r"(?<![\w-])(?<!\ba )(?<!\bone )half(?= (?:of|my|your|his|her|their|our|the)\b)", re.I
)
_PARTS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_ONE_IN = re.compile(r"\b(?:one|([1-9])) in ([2-9]|10)\b(?! (?:the|a|an|\d))", re.I)  # "1 in 3"


def shares_in_digits(text: str) -> str:
    """``text`` with each share said in words as a decimal ("a third of", "by a third" and "1
    in 3" are "0.33"; "half of" is "0.50")."""

    def share(count: str, part: str) -> str:
        count = count.lower()
        many = (
            1 if count in ("a", "one") else int(count) if count.isdigit() else NUMBER_WORDS[count]
        )
        return f"{many / _PARTS[part.lower().rstrip('s')]:.2f}"

    text = _FRACTION.sub(lambda m: share(m.group(1), m.group(2)), text)
    text = _HALF_OF.sub("0.50", text)
    text = _BY_FRACTION.sub(lambda m: m.group(1) + share(m.group(2), m.group(3)), text)
    return _ONE_IN.sub(lambda m: f"{int(m.group(1) or 1) / int(m.group(2)):.2f}", text)


# A count of times said in one word: "asked about parking twice" is "2 times" beside "three
# times".
_TWICE = re.compile(r"\btwice\b", re.I)


def counts_in_digits(text: str) -> str:
    """``text`` with its numbers, shares and counts of times in digits (in_digits,
    shares_in_digits, and "twice" as "2 times"), as a summary's numbers are compared."""
    return _TWICE.sub("2 times", shares_in_digits(in_digits(text)))
