"""The critique's delivery section, with guidance retrieved from the shipped corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coach.backends.chroma_store import ChromaGuidanceStore, open_guidance_store
from coach.backends.guidance_files import load_guidance_file
from coach.critique.offline import critique_offline
from coach.guidance.ingest import ingest_paths
from coach.models import Speaker, Speech, Transcript, TranscriptTurn
from coach.resources import shipped_dir
from coach.scenarios.library import ScenarioLibrary
from coach.settings import Settings
from coach.voice.delivery import DeliveryFlag
from tests.voice.test_delivery import timed

LIBRARY = ScenarioLibrary()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaGuidanceStore]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("guidance"), embeddings="hashing")
    store = open_guidance_store(settings)
    ingest_paths(store, load_guidance_file, [shipped_dir("guidance")])
    yield store
    store.close()


def conversation(*learner: tuple[str, Speech | None]) -> Transcript:
    turns = [TranscriptTurn(speaker=Speaker.COUNTERPART, text="So. You wanted to talk.")]
    for text, speech in learner:
        turns.append(TranscriptTurn(speaker=Speaker.LEARNER, text=text, speech=speech))
        turns.append(
            TranscriptTurn(speaker=Speaker.COUNTERPART, text="Fine.", speech=Speech(duration=1.0))
        )
    return Transcript(scenario="giving-feedback", turns=turns)


def test_a_rushed_turn_full_of_fillers_gets_notes_that_cite_the_delivery_guidance(
    store: ChromaGuidanceStore,
) -> None:
    said = "Um so uh I wanted to um talk about the uh evening and um you know how it went"
    transcript = conversation((said, timed(said, step=0.25)))
    result = critique_offline(transcript, LIBRARY.get("giving-feedback"), store)
    assert result.delivery is not None
    measures = result.delivery.measures
    assert measures.words_per_minute > 200 and measures.fillers == 6
    flags = [note.flag for note in result.delivery.notes]
    assert flags == [DeliveryFlag.FAST, DeliveryFlag.FILLERS, DeliveryFlag.TALK_SHARE]
    fillers = result.delivery.notes[1]
    assert '"um"' in fillers.detail and '"you know"' in fillers.detail
    for note in result.delivery.notes:
        assert note.guidance and note.guidance[0].source == "delivery.md"


def test_a_typed_conversation_has_no_delivery_section(store: ChromaGuidanceStore) -> None:
    transcript = conversation(("What happened at the Riverside evening?", None))
    result = critique_offline(transcript, LIBRARY.get("giving-feedback"), store)
    assert result.delivery is None


def test_a_calm_spoken_turn_is_measured_without_notes(store: ChromaGuidanceStore) -> None:
    said = "What happened at the Riverside evening from where you stood"
    transcript = conversation((said, timed(said, step=0.4)))
    transcript.turns[-1] = TranscriptTurn(
        speaker=Speaker.COUNTERPART, text="Long story.", speech=Speech(duration=20.0)
    )
    result = critique_offline(transcript, LIBRARY.get("giving-feedback"), store)
    assert result.delivery is not None
    assert result.delivery.notes == []
    assert 140 < result.delivery.measures.words_per_minute < 160
