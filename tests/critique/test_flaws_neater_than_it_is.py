"""From expert-100's misses: a summary answered "Sort of? That's all true. It's just... it
sounds neater than it is." was heard as facts only, and once it has been, a conversation whose
every saying-back kept to the facts lacks reflections of feeling, even with only one such
reply; where someone lives ("you live alone now") is a fact, not a feeling; and "Let's try it
differently next time and see how we go." leaves the step vague."""

from __future__ import annotations

from coach.critique import facts_cues, plan_cues
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind

_NIGHTS = [
    "Sorry, the messages. That's just when I finish planning.",
    "So you send them when you finish planning. How long does the planning take?",
    "Three hours a lesson. The scheme of work is three bullet points, so it's all from scratch.",
    "Three hours a lesson, from scratch, because the scheme of work is thin. What happens then?",
    "The minute a plan's done, off it goes. Usually around one in the morning.",
    "So each plan goes as soon as it's finished, around one. What are set 4 like?",
    "Chaos together, fine one at a time. And the flat's quiet since my flatmate left.",
]


def _ending(said_back: str) -> list[str]:
    return [
        *_NIGHTS,
        said_back,
        "Since October. Anyway, it's fine.",
        "Let me check I've got it. You plan three hours a lesson until one, set 4 are chaos "
        "together, and you've been on your own in the flat since October. Is that right?",
        "Sort of? That's all true. It's just... it sounds neater than it is.",
    ]


def test_one_facts_only_reply_after_nothing_but_facts_is_content_only() -> None:
    assert facts_cues.FACTS_ONLY.search("it sounds neater than it is.")
    assert facts_cues.FACTS_ONLY.search("Sort of? That's all true. It's just... it's not.")
    assert not facts_cues.FACTS_ONLY.search("That's all true, and it helps to hear it.")
    facts = _ending("So your flatmate moved out and you live alone now. How long has she gone?")
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*facts)
    felt = _ending("So your flatmate moved out, and the evenings feel lonely. How long now?")
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*felt)


def test_see_how_we_go_leaves_the_step_vague() -> None:
    assert plan_cues.VAGUE_PLAN.search("Let's try it differently next time and see how we go.")
    assert not plan_cues.VAGUE_PLAN.search("We'll go through the plan on Wednesday at four.")
