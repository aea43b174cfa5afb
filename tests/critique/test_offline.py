"""The offline critique on good and poor listeners in several scenarios."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coach.backends.chroma_store import ChromaGuidanceStore, open_guidance_store
from coach.backends.guidance_files import load_guidance_file
from coach.coder.skills import code_turn
from coach.critique.facts import analyse
from coach.critique.grammar import problems
from coach.critique.models import Critique, Evidence
from coach.critique.offline import NO_STORE_NOTICE, critique_offline
from coach.errors import CoachError
from coach.guidance.ingest import ingest_paths
from coach.models import Act, Speaker, Transcript, TranscriptTurn
from coach.resources import shipped_dir
from coach.scenarios.library import ScenarioLibrary
from coach.settings import Settings
from tests.paths import REPO

TRANSCRIPTS = REPO / "evaluation" / "critique" / "pairs"
# The four pairs written with this module: each poor listener advises early and judges.
# The wider validity set (evaluation/critique/cases.yaml) is measured by `coach eval critique`.
PAIRS = [
    "clarifying-expectations",
    "giving-feedback",
    "mutual-accountability",
    "setting-boundaries",
]
ALL = sorted(p.name for p in TRANSCRIPTS.glob("*.json"))
LIBRARY = ScenarioLibrary()
MIN_GAP = 25


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaGuidanceStore]:
    """A guidance store holding the shipped corpus, built once for this module."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("guidance"), embeddings="hashing")
    store = open_guidance_store(settings)
    report = ingest_paths(store, load_guidance_file, [shipped_dir("guidance")])
    assert report.ok, [e.message for e in report.errors]
    yield store
    store.close()


def load(name: str) -> Transcript:
    return Transcript.model_validate_json((TRANSCRIPTS / name).read_text(encoding="utf-8"))


def critique(name: str, store: ChromaGuidanceStore | None) -> Critique:
    transcript = load(name)
    return critique_offline(transcript, LIBRARY.get(transcript.scenario), store)


def all_evidence(result: Critique) -> list[Evidence]:
    found = [e for r in result.rubric for e in r.evidence]
    found += [e for s in result.strengths for e in s.evidence]
    return found + [e for g in result.growth_areas for e in g.evidence]


def test_there_are_pairs_for_at_least_four_scenarios() -> None:
    assert len(PAIRS) >= 4
    for pair in PAIRS:
        for kind in ("good", "poor"):
            learner = [t for t in load(f"{pair}-{kind}.json").turns if t.speaker is Speaker.LEARNER]
            assert 8 <= len(learner) <= 12


@pytest.mark.parametrize("pair", PAIRS)
def test_the_good_listener_scores_clearly_higher_and_uncovers_more(
    pair: str, store: ChromaGuidanceStore
) -> None:
    good, poor = critique(f"{pair}-good.json", store), critique(f"{pair}-poor.json", store)
    assert good.overall - poor.overall >= MIN_GAP, (good.overall, poor.overall)
    assert len(good.persona_outcome.uncovered) > len(poor.persona_outcome.uncovered)
    assert good.metrics.premature_advice == 0 < poor.metrics.premature_advice
    assert good.metrics.judgments == 0 < poor.metrics.judgments
    named = {a.kind for a in poor.growth_areas}
    assert {"judgment", "premature_advice"} <= named, named
    assert not {"judgment", "premature_advice"} & {a.kind for a in good.growth_areas}


@pytest.mark.parametrize("name", ALL)
def test_evidence_quotes_are_verbatim_learner_words(name: str, store: ChromaGuidanceStore) -> None:
    turns = load(name).turns
    evidence = all_evidence(critique(name, store))
    assert evidence
    for item in evidence:
        assert turns[item.turn].speaker is Speaker.LEARNER
        assert item.quote in turns[item.turn].text


@pytest.mark.parametrize("name", ALL)
def test_growth_areas_name_a_flaw_with_its_turns_a_grammatical_rewrite_and_citations(
    name: str, store: ChromaGuidanceStore
) -> None:
    turns = load(name).turns
    result = critique(name, store)
    assert len(result.growth_areas) <= 3
    for area in result.growth_areas:
        assert area.kind, area.title  # every area names the flaw it is about
        for quoted in area.evidence:
            assert turns[quoted.turn].speaker is Speaker.LEARNER
        rewrite = area.rewrite
        assert rewrite is not None
        assert turns[rewrite.turn].speaker is Speaker.LEARNER
        assert rewrite.original == turns[rewrite.turn].text
        assert rewrite.suggested and rewrite.suggested != rewrite.original
        assert problems(rewrite.suggested) == [], rewrite.suggested
        assert 2 <= len(area.guidance) <= 3
        for citation in area.guidance:
            assert citation.chunk_id in store.chunk_ids(citation.source)


@pytest.mark.parametrize("name", [n for n in ALL if n.endswith("-poor.json")])
def test_a_poor_listener_gets_growth_areas_and_a_good_one_few(
    name: str, store: ChromaGuidanceStore
) -> None:
    poor = critique(name, store)
    good = critique(name.replace("-poor", "-good"), store)
    assert len(poor.growth_areas) >= 2
    assert len(good.growth_areas) < len(poor.growth_areas)


def test_citations_come_from_guidance_for_the_area_or_the_scenario(
    store: ChromaGuidanceStore,
) -> None:
    skills_of = {
        path.name: set(load_guidance_file(path)[0].skills)
        for path in shipped_dir("guidance").glob("*.md")
    }
    for name in ALL:
        scenario = LIBRARY.get(load(name).scenario)
        for area in critique(name, store).growth_areas:
            fitting = {area.skill, *scenario.skills}
            assert all(fitting & skills_of[c.source] for c in area.guidance), area.title


def test_rubric_follows_the_scenario_and_overall_blends_items_and_outcome(
    store: ChromaGuidanceStore,
) -> None:
    transcript = load("mutual-accountability-poor.json")
    scenario = LIBRARY.get(transcript.scenario)
    result = critique_offline(transcript, scenario, store)
    assert [r.id for r in result.rubric] == [item.id for item in scenario.rubric]
    weights = [item.weight for item in scenario.rubric]
    mean = sum(w * r.score for w, r in zip(weights, result.rubric, strict=True)) / sum(weights)
    outcome = result.persona_outcome
    came_out = len(outcome.uncovered) / (len(outcome.uncovered) + len(outcome.missed))
    counted = {kind for item in scenario.rubric for kind in item.against}
    facts = analyse(transcript, scenario)
    deduction = min(15, sum(2.5 * f.weight for f in facts.flaws if f.kind not in counted))
    share = result.metrics.learner_talk_share  # above 55% costs a point a point; a floor
    talked_over = min(20, round(max(0.0, share - 0.55) * 100))
    floor = round(0.2 * 100 * (1 - share))
    expected = 0.7 * mean / 4 * 100 + 0.3 * 100 * came_out - deduction - talked_over
    assert abs(result.overall - max(0, floor, expected)) <= 0.5
    assert result.mode == "offline" and result.scenario == scenario.id and result.narrative


def test_the_same_transcript_gives_the_same_critique(store: ChromaGuidanceStore) -> None:
    first = critique("setting-boundaries-poor.json", store)
    second = critique("setting-boundaries-poor.json", store)
    assert first.model_dump() == second.model_dump()


def test_rewrites_fix_what_they_are_about(store: ChromaGuidanceStore) -> None:
    areas = {g.kind: g for g in critique("giving-feedback-poor.json", store).growth_areas}
    judgment = areas["judgment"].rewrite
    advice = areas["premature_advice"].rewrite
    assert judgment and advice
    assert Act.JUDGMENT not in code_turn(judgment.suggested).acts
    assert judgment.original not in judgment.suggested  # the judgment is not kept
    assert Act.ADVICE not in code_turn(advice.suggested).acts
    assert Act.OPEN_QUESTION in code_turn(advice.suggested).acts


def test_without_a_store_there_are_no_citations_and_a_notice() -> None:
    result = critique("clarifying-expectations-poor.json", None)
    assert all(not g.guidance for g in result.growth_areas)
    assert NO_STORE_NOTICE in result.notices


def test_a_transcript_of_another_scenario_is_refused(store: ChromaGuidanceStore) -> None:
    transcript = load("giving-feedback-good.json")
    with pytest.raises(CoachError, match="giving-feedback"):
        critique_offline(transcript, LIBRARY.get("setting-boundaries"), store)


def test_a_transcript_without_learner_turns_is_refused(store: ChromaGuidanceStore) -> None:
    transcript = Transcript(
        scenario="giving-feedback",
        turns=[TranscriptTurn(speaker=Speaker.COUNTERPART, text="Hello?")],
    )
    with pytest.raises(CoachError, match="no learner turns"):
        critique_offline(transcript, LIBRARY.get("giving-feedback"), store)


def test_a_poor_session_is_not_praised_for_what_it_did_badly(store: ChromaGuidanceStore) -> None:
    transcript = Transcript(
        scenario="giving-feedback",
        turns=[
            TranscriptTurn(speaker=Speaker.COUNTERPART, text="You wanted to see me?"),
            TranscriptTurn(speaker=Speaker.LEARNER, text="That was unprofessional."),
            TranscriptTurn(speaker=Speaker.COUNTERPART, text="I see."),
            TranscriptTurn(speaker=Speaker.LEARNER, text="You need to fix it."),
        ],
    )
    result = critique_offline(transcript, LIBRARY.get("giving-feedback"), store)
    praised = {e.turn for s in result.strengths for e in s.evidence}
    assert not praised & {1, 3}
    assert {a.kind for a in result.growth_areas} >= {"judgment"}


@pytest.mark.parametrize("name", ALL)
def test_a_turn_to_rewrite_is_not_also_praised(name: str, store: ChromaGuidanceStore) -> None:
    result = critique(name, store)
    rewritten = {g.rewrite.turn for g in result.growth_areas if g.rewrite is not None}
    praised = {e.turn for s in result.strengths for e in s.evidence}
    assert not praised & rewritten


def test_a_turn_quoted_as_a_flaw_is_not_also_praised(store: ChromaGuidanceStore) -> None:
    """From expert-82's giving-feedback poor: "It's not about being more professional, it's
    your attitude." picks up their word, but a turn quoted as a judgment is praised for
    nothing."""
    said = [
        "You wanted to see me. I think I know what it is about. Is it the email from the "
        "councillor's office?",
        "Yes. Frankly, I'm embarrassed. A councillor is reading complaints about one of our "
        "people being arrogant.",
        "I see.",
        "Telling residents their flooding is 'already settled' is dismissive. It's unprofessional.",
        "Understood. I will be more professional.",
        "It's not about being more professional, it's your attitude. When I ran my first "
        "consultation, back in 2004, I brought biscuits. Nobody shouts at someone holding a plate "
        "of biscuits.",
        "I see.",
    ]
    speakers = [Speaker.COUNTERPART, Speaker.LEARNER]
    transcript = Transcript(
        scenario="giving-feedback",
        turns=[TranscriptTurn(speaker=speakers[i % 2], text=t) for i, t in enumerate(said)],
    )
    result = critique_offline(transcript, LIBRARY.get("giving-feedback"), store)
    flawed = {e.turn for a in result.growth_areas for e in a.evidence}
    praised = {e.turn for s in result.strengths for e in s.evidence}
    assert 5 in flawed
    assert not praised & flawed
