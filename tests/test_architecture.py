"""The shape of the code: the wiring contracts, no import cycles, lint and types clean.

These run the same tools as ``make lint`` so that CI, which runs only pytest, fails on a
module that imports a backend outside coach/services.py, a cycle, or a lint or type error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.paths import REPO

LIMIT = 300  # lines per module; pattern-data modules are the exception
PATTERN_DATA = {"coach/coder/patterns.py", "coach/critique/cues.py", "coach/practice/move_cues.py"}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; pip install -e '.[test]'")
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_import_contracts_hold() -> None:
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("coach", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain is not None:
                cycles.append(" -> ".join([module, *chain]))
    assert cycles == []


def test_ruff_is_clean() -> None:
    ruff = _tool("ruff")
    check = _run(ruff, "check", "coach", "tests", "app.py")
    assert check.returncode == 0, check.stdout[-3000:]
    formatted = _run(ruff, "format", "--check", "coach", "tests", "app.py")
    assert formatted.returncode == 0, formatted.stdout[-3000:]


def test_mypy_is_clean() -> None:
    result = _run(_tool("mypy"), "coach")
    assert result.returncode == 0, result.stdout[-3000:]


def test_modules_stay_small() -> None:
    long = [
        f"{path.relative_to(REPO)} ({lines} lines)"
        for path in sorted((REPO / "coach").rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
        and str(path.relative_to(REPO)) not in PATTERN_DATA
        and "migrations" not in path.parts
    ]
    assert long == []
