"""The first administrator, created in the browser through a one-time setup link.

While nobody can sign in, the server holds a random token; the link that carries it (printed by
``coach serve``, or written to the server log) opens a form that creates the first admin. The
token is compared in constant time and refused once any account exists or after it was used,
so it is worth nothing after the first account: like Jupyter's token link, but for one use.
"""

from __future__ import annotations

import secrets
import threading

from coach.people.accounts import AccountError, Accounts
from coach.people.models import Role, Viewer

TOKEN_BYTES = 24  # 32 URL-safe characters
SETUP_PARAMETER = "setup"  # the link's query parameter: http://host:port/?setup=TOKEN
CLOSED = "Setup is closed: an account exists already. Sign in with it."
WRONG_TOKEN = (
    "This setup link is not valid. Use the newest link the server printed when it started "
    "(a restart makes a new one)."
)


def new_token() -> str:
    """A fresh random setup token."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def setup_link(address: str, port: int, token: str) -> str:
    """The address that opens the first-admin form on a server bound to ``address``."""
    host = "localhost" if address in ("", "0.0.0.0", "::") else address
    return f"http://{host}:{port}/?{SETUP_PARAMETER}={token}"


class FirstRunSetup:
    """Creates the first admin for whoever holds the token, once, while no account exists."""

    def __init__(self, accounts: Accounts, token: str) -> None:
        if not token:
            raise ValueError("a setup token must not be empty")
        self._accounts, self._token = accounts, token
        self._used = False
        self._lock = threading.Lock()  # two browsers submitting at once: one admin

    def token_for_log(self) -> str:
        """The token, for the one line that tells the person starting the server its link."""
        return self._token

    def is_open(self) -> bool:
        """Whether the setup form may be offered (no account yet, token not used)."""
        return not self._used and not self._accounts.has_users()

    def create_admin(self, token: str, username: str, password: str) -> Viewer:
        """The new admin, when ``token`` is the server's and nobody can sign in yet; raises
        AccountError otherwise (and for a bad username or a short password)."""
        with self._lock:
            if not self.is_open():
                raise AccountError(CLOSED)
            if not secrets.compare_digest(token.encode(), self._token.encode()):
                raise AccountError(WRONG_TOKEN)
            viewer = self._accounts.create_user(username, password, Role.ADMIN)
            self._used = True
            return viewer
