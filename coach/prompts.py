"""Every prompt file, read from one folder: Markdown templates and YAML wording.

The folder is the shipped ``prompts/`` unless ``COACH_PROMPTS_DIR`` names another, so an
organisation can reword the counterpart, the critique, the hints and the offline fallbacks in
one place. A missing file, a malformed one or a missing variable is a PromptError.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import PromptError
from coach.resources import shipped_dir
from coach.validation import field_path

M = TypeVar("M", bound=BaseModel)


class PromptLibrary:
    """Templates in ``$name`` syntax (string.Template) and YAML wording, read from a folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or shipped_dir("prompts")
        self._templates: dict[str, string.Template] = {}
        self._data: dict[tuple[str, type[Any]], Any] = {}

    def text(self, name: str) -> str:
        """The raw text of a prompt file."""
        path = self.folder / name
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            raise PromptError(f"Prompt file {path} is missing; reinstall the package.") from None

    def template(self, name: str) -> string.Template:
        if name not in self._templates:
            self._templates[name] = string.Template(self.text(name))
        return self._templates[name]

    def render(self, name: str, **values: object) -> str:
        """Fill every ``$variable`` of the template; any one left unfilled raises PromptError."""
        return fill(self.template(name), values, f"Prompt {name}")

    def data(self, name: str, model: type[M]) -> M:
        """A YAML prompt file validated as ``model`` (read once per library)."""
        key = (name, model)
        if key not in self._data:
            self._data[key] = self._parse(name, model)
        found: M = self._data[key]
        return found

    def _parse(self, name: str, model: type[M]) -> M:
        path = self.folder / name
        try:
            raw = yaml.safe_load(self.text(name))
        except yaml.YAMLError:
            raise PromptError(f"{path}: not valid YAML; fix the file.") from None
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{field_path(e['loc'], 'the file')}: {e['msg'].lower()}" for e in exc.errors()
            )
            raise PromptError(f"{path}: {problems}; fix the file or reinstall.") from None


def fill(template: string.Template | str, values: Mapping[str, object], what: str) -> str:
    """Fill every ``$placeholder``; one left unfilled raises PromptError naming ``what``."""
    if isinstance(template, str):
        template = string.Template(template)
    try:
        return template.substitute({k: str(v) for k, v in values.items()})
    except KeyError as exc:
        raise PromptError(f"{what} needs a value for {exc.args[0]!r}.") from None
    except ValueError as exc:
        raise PromptError(f"{what} has a malformed placeholder: {exc}.") from None


_shipped: PromptLibrary | None = None


def shipped_prompts() -> PromptLibrary:
    """The shipped prompt files, for callers that were given no library."""
    global _shipped
    if _shipped is None:
        _shipped = PromptLibrary()
    return _shipped
