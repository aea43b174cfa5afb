"""Where the repository and the tests' own data live, wherever a test module sits."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = REPO / "tests" / "data"
