"""Load prompt templates from prompts/ and render them; a missing variable is an error."""

from __future__ import annotations

import string
from pathlib import Path

from coach.errors import PromptError
from coach.resources import shipped_dir


class PromptLibrary:
    """Templates in ``$name`` syntax (string.Template), read from a folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or shipped_dir("prompts")
        self._cache: dict[str, string.Template] = {}

    def template(self, name: str) -> string.Template:
        if name not in self._cache:
            path = self.folder / name
            try:
                self._cache[name] = string.Template(path.read_text(encoding="utf-8"))
            except OSError:
                raise PromptError(
                    f"Prompt template {path} is missing; reinstall the package."
                ) from None
        return self._cache[name]

    def render(self, name: str, **values: object) -> str:
        """Fill every ``$variable`` of the template; any one left unfilled raises PromptError."""
        try:
            return self.template(name).substitute({k: str(v) for k, v in values.items()})
        except KeyError as exc:
            raise PromptError(f"Prompt {name} needs a value for {exc.args[0]!r}.") from None
        except ValueError as exc:
            raise PromptError(f"Prompt {name} has a malformed placeholder: {exc}.") from None
