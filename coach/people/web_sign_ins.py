"""Sign-ins that survive a reload, a second tab or a link: the browser keeps a random token in
a cookie; the server keeps only its SHA-256, the user and the expiry (the idle limit), and
forgets it on sign-out. A token is worth nothing once signed out, expired, or when its
account is disabled or removed; the role is read afresh each time.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from coach.people.accounts import IDLE_LIMIT
from coach.people.models import Person, Viewer

TOKEN_BYTES = 32


class WebSignInStore(Protocol):
    def add(self, token_hash: str, user_id: int, created: datetime, expires: datetime) -> None: ...
    def find(self, token_hash: str) -> tuple[int, datetime] | None: ...
    def delete(self, token_hash: str) -> None: ...
    def delete_expired(self, now: datetime) -> None: ...


class WebSignIns:
    def __init__(
        self,
        store: WebSignInStore,
        person: Callable[[int], Person | None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store, self._person, self._clock = store, person, clock

    def remember(self, viewer: Viewer) -> str:
        """A new token for the browser ``viewer`` just signed in with."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = self._clock()
        self._store.delete_expired(now)
        self._store.add(_hash(token), viewer.id, now, now + IDLE_LIMIT)
        return token

    def viewer(self, token: str) -> Viewer | None:
        """Whoever the token signs in, if it is still good."""
        if not token:
            return None
        found = self._store.find(_hash(token))
        if found is None:
            return None
        user_id, expires = found
        person = self._person(user_id)
        if expires <= self._clock() or person is None or person.disabled:
            self._store.delete(_hash(token))
            return None
        return Viewer(id=person.id, username=person.username, role=person.role)

    def forget(self, token: str) -> None:
        """Sign the token out everywhere it was used."""
        if token:
            self._store.delete(_hash(token))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
