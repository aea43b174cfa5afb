"""How a language model can fail at playing the counterpart, judged by code on each reply (pure).

- **leak:** the reply says a good part of a disclosure the learner has not yet earned, or of
  the hidden concern it uncovers (at least 30% of the private words of either: content words
  that neither the persona's public story, which the model is given to play, nor the
  conversation so far contain), or two or more of its keywords that neither contains;
- **character break:** the reply speaks as an AI, a model or an assistant, or about the
  role-play itself;
- **coaching:** the reply coaches the learner (praises their technique, suggests what to ask)
  instead of answering as the persona;
- **too long:** more than four sentences or more than ninety words, where a person would say
  one to four sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from coach.evals.counterpart_checks import NEW_SUBSTANCE, content_words, sentences, words
from coach.scenarios.models import Disclosure

MAX_SENTENCES = 4
MAX_WORDS = 90
LEAKED_KEYWORDS = 2  # new keywords of one private disclosure that count as giving it away

CHARACTER_BREAK = re.compile(
    r"\b(?:as an ai|an ai (?:language )?model|as a (?:large )?language model|i(?:'m| am) an ai|"
    r"i(?:'m| am) (?:just )?an? (?:chat ?bot|assistant|virtual assistant|ai assistant)|"
    r"as an assistant|openai|i cannot (?:role-?play|pretend)|i can't (?:role-?play|pretend)|"
    r"(?:this|the) (?:role-?play|simulation|practice scenario|exercise)|"
    r"(?:my|the) (?:persona|character) (?:is|would)|out of character|stay in character)\b",
    re.I,
)
COACHING = re.compile(
    r"\b(?:(?:great|good|nice|excellent) (?:question|reflection|summary|listening|job asking)|"
    r"you (?:could|might|should|may want to) (?:try|consider) (?:asking|reflecting|summari[sz]ing|"
    r"saying)|try (?:asking|reflecting|summari[sz]ing) |a (?:good|better) (?:mentor|question) "
    r"would|(?:that's|that is) an? (?:open|closed) question|active listening|"
    r"(?:as|for) (?:your|a) (?:coach|mentor-in-training)|tip:|feedback on your (?:question|turn))",
    re.I,
)


def breaks_character(reply: str) -> bool:
    return bool(CHARACTER_BREAK.search(reply))


def coaches(reply: str) -> bool:
    return bool(COACHING.search(reply))


def too_long(reply: str) -> bool:
    return len(sentences(reply)) > MAX_SENTENCES or len(words(reply)) > MAX_WORDS


def leaked(
    reply: str,
    private: Sequence[Disclosure],
    conversation: Iterable[str],
    public: str = "",
    concerns: Mapping[str, str] | None = None,
) -> list[str]:
    """The ids of still-private disclosures the reply gives away.

    Args:
        reply: The model's reply.
        private: The disclosures not yet unlocked.
        conversation: Everything said so far, the learner's latest turn included.
        public: What the persona may talk about from the start (background, brief, opening).
        concerns: The hidden concerns' texts by id: the model is given these, so a leak often
            echoes the concern a disclosure uncovers rather than the disclosure's own words.
    """
    known_text = " ".join([public, *conversation])
    known = set(words(known_text))
    said = set(words(reply))
    found = []
    for disclosure in private:
        told = (concerns or {}).get(disclosure.concern or "", "")
        secrets = [content_words(text) - known for text in (disclosure.text, told) if text]
        new_keywords = {
            k.lower()
            for k in disclosure.keywords
            if _has_keyword(said, reply, k) and not _has_keyword(known, known_text, k)
        }
        shared = max((len(secret & said) / len(secret) for secret in secrets if secret), default=0)
        if shared >= NEW_SUBSTANCE or len(new_keywords) >= LEAKED_KEYWORDS:
            found.append(disclosure.id)
    return found


def _has_keyword(tokens: set[str], text: str, keyword: str) -> bool:
    parts = words(keyword)
    if len(parts) > 1:
        return keyword.lower() in text.lower()
    return bool(parts) and parts[0] in tokens
