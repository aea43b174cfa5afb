"""The memory a process needs to open a guidance store and search it, measured in a new process.

``python -m coach.bench.store_probe DATA_DIR`` opens the benchmark's store under DATA_DIR,
runs every benchmark query, and prints its peak resident memory as JSON. A fresh process is
what the web app or a `coach critique` is when it opens the store; the benchmark's own
process has run every other measurement first, so its high-water mark says little about the
store.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coach.bench.retrieval import QUERIES, bench_store
from coach.bench.stats import peak_rss_mb, process_memory_mb

TIMEOUT_S = 600


def store_peak_mb(data_dir: Path) -> float:
    """Peak RSS in MB of a new process that opens the store under ``data_dir`` and searches."""
    done = subprocess.run(
        [sys.executable, "-m", "coach.bench.store_probe", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=True,
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"])


def _probe(data_dir: Path) -> dict[str, float]:
    with bench_store(data_dir) as store:
        for query in QUERIES:
            store.search(query, k=5)
    return {"peak_mb": _high_water_mb()}


def _high_water_mb() -> float:
    """This process's own peak RSS. Not getrusage's ru_maxrss where /proc has it: Linux carries
    that over from the parent across fork and exec, so a child of a large process would report
    the parent's."""
    return process_memory_mb("VmHWM:") or peak_rss_mb()


if __name__ == "__main__":
    print(json.dumps(_probe(Path(sys.argv[1]))))
