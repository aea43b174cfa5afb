"""``coach eval``: measure components against held-out, hand-labelled data."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from coach.cli.eval_app import JsonFlag, eval_app
from coach.cli.evaluation_reports import (
    render_critique_evaluation,
    render_expert_agreement,
    render_retrieval_evaluation,
)
from coach.cli.expert_sets import SetOption
from coach.cli.output import print_json, read_input, user_errors
from coach.coder.model import shipped_model
from coach.coder.skills import code_turns
from coach.critique.wording import load_critique_wording
from coach.errors import CoachError
from coach.evals.coder import (
    CoderEvaluation,
    Interval,
    QuestionKind,
    Scores,
    bootstrap_intervals,
    evaluate,
)
from coach.evals.coder_data import default_utterances_path, load_evaluation_set
from coach.evals.coder_sets import SETS, load_in_context, set_path
from coach.evals.critique import RUNS, evaluate_critique
from coach.evals.critique_cases import default_cases_path, load_critique_cases
from coach.evals.critique_expert import agreement as expert_agreement
from coach.evals.critique_expert import expert_set_path, load_expert_set
from coach.evals.retrieval import evaluate_retrieval, parse_queries
from coach.inputs import MAX_TRANSCRIPT_BYTES
from coach.models import Act
from coach.resources import shipped_dir
from coach.services import CoachServices
from coach.settings import EmbeddingBackend, LLMMode, Settings


class SplitChoice(StrEnum):
    BLIND_7 = "blind-7"  # the independent test set: frozen before the coder was measured on it
    BLIND_6 = "blind-6"  # measured once unseen
    BLIND_5 = "blind-5"  # measured once unseen, then added to the training data
    BLIND_4 = "blind-4"  # measured once unseen, then added to the training data
    BLIND_3 = "blind-3"  # measured once unseen, then added to the training data
    BLIND_2 = "blind-2"  # measured once unseen, the request rule written from it; now trained on
    BLIND = "blind"  # the first blind set: measured once, then added to the training data
    CORPUS = "corpus"  # the training corpus itself: in-sample, reported as such
    DEV = "dev"  # the older 622-utterance set (no context; older conventions)
    TEST = "test"
    ALL = "all"


SplitOption = Annotated[
    SplitChoice,
    typer.Option("--split", help="Which items to score (blind-7 is the independent test set)."),
]
DataOption = Annotated[
    Path | None, typer.Option("--data", help="An evaluation YAML file (default: the shipped one).")
]
CasesOption = Annotated[
    Path | None, typer.Option("--cases", help="A critique case index (default: the shipped one).")
]


ExpertDirOption = Annotated[
    Path | None,
    typer.Option("--expert-dir", help="A folder of expert-scored transcripts instead of --set."),
]
RunsOption = Annotated[
    int, typer.Option("--runs", min=1, max=5, help="Critiques per transcript, to check repeats.")
]
QueriesOption = Annotated[
    Path | None, typer.Option("--queries", help="A labelled query file (default: the shipped one).")
]
KOption = Annotated[int, typer.Option("-k", min=1, max=50, help="How many passages to retrieve.")]


EmbeddingsOption = Annotated[
    EmbeddingBackend | None,
    typer.Option("--embeddings", help="The embedder to evaluate (default: your setting)."),
]


@eval_app.command("coder")
@user_errors
def evaluate_coder(
    split: SplitOption = SplitChoice.BLIND_7,
    as_json: JsonFlag = False,
    data: DataOption = None,
    retrain: Annotated[
        bool, typer.Option("--retrain", help="Train the model on the corpus first (minutes).")
    ] = False,
) -> None:
    """Score the skill coder's acts against hand-labelled utterances, with 95% intervals."""
    if retrain:
        _retrain()
    gold, predicted = _coded(split, data)
    result = evaluate(gold, predicted)
    intervals = bootstrap_intervals(gold, predicted)
    if as_json:
        dumped = {k: v.model_dump() for k, v in intervals.items()}
        print_json({"split": split.value, **result.model_dump(mode="json"), "intervals": dumped})
        return
    typer.echo(render_evaluation(result, split.value, intervals))


def _coded(
    split: SplitChoice, data: Path | None
) -> tuple[list[frozenset[Act]], list[frozenset[Act]]]:
    """Gold and coded act sets of the chosen items (with their contexts where they have one)."""
    if split.value in SETS:  # the corpus and the blind sets, in context
        items = load_in_context(data or set_path(split.value))
        coded = code_turns([i.text for i in items], [i.context for i in items])
        return [frozenset(i.acts) for i in items], [frozenset(c.acts) for c in coded]
    legacy = load_evaluation_set(data or default_utterances_path()).select(split.value)
    coded = code_turns(item.text for item in legacy)
    return [frozenset(i.acts) for i in legacy], [frozenset(c.acts) for c in coded]


def _retrain() -> None:
    from coach.evals.coder_training import load_corpus, train, write_model

    examples = load_corpus()
    path = write_model(train(examples, progress=typer.echo), examples)
    shipped_model.cache_clear()
    typer.echo(f"Wrote {path} ({path.stat().st_size // 1024} KiB).")


def render_evaluation(
    result: CoderEvaluation, split: str, intervals: dict[str, Interval] | None = None
) -> str:
    """The evaluation as a readable text report."""
    found = intervals or {}
    return "\n".join(
        [
            f"Skill coder on the {split} split ({result.utterances} utterances)",
            "",
            *_act_table(result, found),
            "",
            f"macro-F1 {result.macro_f1:.3f}{_ci(found, 'macro_f1')}   "
            f"exact match {result.exact_match:.3f}",
            "",
            *_question_table(result),
            f"question macro-F1 {result.question_macro_f1:.3f}{_ci(found, 'question_macro_f1')}",
            "",
            f"reflection F1 {result.reflection.f1:.3f}{_ci(found, 'reflection_or_summary_f1')}  "
            f"(reflection or summary; P {result.reflection.precision:.2f}, "
            f"R {result.reflection.recall:.2f})",
        ]
    )


def _ci(intervals: dict[str, Interval], name: str) -> str:
    found = intervals.get(name)
    return "" if found is None else f" [{found.low:.3f}, {found.high:.3f}]"


def _act_table(result: CoderEvaluation, intervals: dict[str, Interval]) -> list[str]:
    header = f"{'act':<16} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5} {'coded':>5}  95% interval"
    rows = (_score_row(act.value, s, intervals) for act, s in result.acts.items())
    return [header, *rows]


def _score_row(name: str, s: Scores, intervals: dict[str, Interval]) -> str:
    return (
        f"{name:<16} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.support:5d} "
        f"{s.predicted:5d} {_ci(intervals, name + '_f1')}"
    )


def _question_table(result: CoderEvaluation) -> list[str]:
    kinds = list(QuestionKind)
    header = "questions (gold \\ coded) " + " ".join(f"{k.value:>7}" for k in kinds)
    rows = [
        f"{gold.value:<24} " + " ".join(f"{result.question_confusion[gold][k]:7d}" for k in kinds)
        for gold in kinds
    ]
    return [header, *rows]


@eval_app.command("critique")
@user_errors
def evaluate_critique_cases(
    as_json: JsonFlag = False,
    which: SetOption = "expert-3",
    expert_dir: ExpertDirOption = None,
    cases: CasesOption = None,
    runs: RunsOption = RUNS,
) -> None:
    """Check the offline critique against an expert's scores (Spearman, order, flaws named),
    then on the good/poor pairs and near-misses, and that it gives the same answer twice."""
    folder = expert_dir or expert_set_path(which)
    experts = load_expert_set(folder)
    wording = load_critique_wording()
    case_set = load_critique_cases(cases or default_cases_path(), wording)
    overrides = {"llm": LLMMode.OFFLINE, "embeddings": EmbeddingBackend.HASHING}
    with scratch_settings(overrides) as settings:
        services = CoachServices(settings)
        critic = partial(services.critique, offline=True)
        agreement = expert_agreement(experts, critic)
        result = evaluate_critique(case_set, critic, wording, runs)
    if as_json:
        print_json({"expert": agreement.model_dump(mode="json"), **result.model_dump(mode="json")})
        return
    typer.echo(render_expert_agreement(agreement, str(folder)))
    typer.echo("")
    typer.echo(render_critique_evaluation(result))


@eval_app.command("retrieval")
@user_errors
def evaluate_guidance_retrieval(
    as_json: JsonFlag = False,
    k: KOption = 5,
    queries: QueriesOption = None,
    embeddings: EmbeddingsOption = None,
) -> None:
    """Recall@k and MRR of guidance search over labelled queries, in a throwaway store."""
    path = queries or shipped_dir("evaluation") / "retrieval" / "queries.yaml"
    labelled = parse_queries(read_input(path, "query file", MAX_TRANSCRIPT_BYTES), str(path))
    overrides = {"embeddings": embeddings.value} if embeddings else {}
    with scratch_settings(overrides) as settings, _shipped_store(settings) as search:
        result = evaluate_retrieval(labelled, search, k)
    if as_json:
        print_json({"embeddings": settings.embeddings, **result.model_dump(mode="json")})
        return
    typer.echo(render_retrieval_evaluation(result, settings.embeddings))


@contextmanager
def scratch_settings(overrides: dict[str, Any]) -> Iterator[Settings]:
    """Your settings with a throwaway data dir and embedded store, so your store is untouched."""
    with tempfile.TemporaryDirectory(prefix="coach-eval-", ignore_cleanup_errors=True) as folder:
        update = {"data_dir": Path(folder), "chroma_url": None, **overrides}
        yield Settings().model_copy(update=update)


@contextmanager
def _shipped_store(settings: Settings) -> Iterator[Any]:
    """A search function over the shipped guidance, ingested into the settings' store."""
    # Imported here: Chroma takes seconds to import and the other commands never need it.
    from coach.backends.chroma_store import open_guidance_store
    from coach.backends.guidance_files import load_guidance_file
    from coach.guidance.ingest import ingest_paths

    store = open_guidance_store(settings)
    try:
        report = ingest_paths(store, load_guidance_file, [shipped_dir("guidance")])
        if not report.ok:
            raise CoachError(f"{report.errors[0].message}; fix that guidance file and retry.")

        def search(query: str, k: int) -> Sequence[tuple[str, str]]:
            return [(p.source, p.heading) for p in store.search(query, k=k)]

        yield search
    finally:
        store.close()


# Registers ``coach eval counterpart`` (its own module keeps this one small).
from coach.cli import evaluate_counterpart, evaluate_qualify  # noqa: E402, F401
