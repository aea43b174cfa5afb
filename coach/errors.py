"""Errors a user can meet. Each message is one sentence that says what to do."""


class CoachError(Exception):
    """An error meant for the user, shown without a traceback."""


class ScenarioError(CoachError):
    """A scenario file is missing or invalid."""


class PromptError(CoachError):
    """A prompt template is missing or a variable was not supplied."""


class LLMError(CoachError):
    """The language model could not be reached or kept failing."""


class NotFoundError(CoachError):
    """A requested record does not exist (or is not visible to the caller)."""
