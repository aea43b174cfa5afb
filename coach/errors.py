"""Errors a user can meet. Each message is one sentence that says what to do."""


class CoachError(Exception):
    """An error meant for the user, shown without a traceback."""


class ScenarioError(CoachError):
    """A scenario file is missing or invalid."""


class PromptError(CoachError):
    """A prompt template is missing or a variable was not supplied."""


class LLMError(CoachError):
    """The language model could not be reached or kept failing.

    The message says what went wrong; where it is shown adds what the reader can do there
    (the CLI's --offline flag, the web app's Settings page).
    """


class ReplyInterrupted(LLMError):
    """The language model broke off a reply it had begun (a lost connection, a stall).

    What arrived is not a finished reply: it is kept as interrupted and the learner's turn
    can be answered again.
    """


class NotFoundError(CoachError):
    """A requested record does not exist (or is not visible to the caller)."""


def session_not_found(session_id: int) -> NotFoundError:
    """The refusal for a practice session that is missing or belongs to someone else.

    The same words either way, so ids of other people's sessions reveal nothing.
    """
    return NotFoundError(
        f"Practice session {session_id} does not exist; start a new one or pick one "
        "from your history."
    )
