"""Single sign-on: the local account of a person the identity provider vouched for."""

from __future__ import annotations

from coach.people.accounts import USERNAME, AccountError
from coach.people.models import Role, Viewer
from coach.ports import AccountLookup, UserRegistry


def username_for_identity(email_or_sub: str) -> str:
    """The stable local username of an identity: the e-mail (or subject) lower-cased."""
    username = email_or_sub.strip().lower()
    if not username:
        raise AccountError(
            "The identity provider sent no e-mail or subject; ask your administrator to "
            "release the e-mail claim to this app."
        )
    if not USERNAME.match(username):
        raise AccountError(
            f"The identity {username!r} cannot be a username here (at most 64 letters, digits "
            "and . _ - @ +); ask your administrator for a local account."
        )
    return username


class SingleSignOn:
    """Maps identities from the provider to local accounts, creating learners on first use."""

    def __init__(self, accounts: AccountLookup, users: UserRegistry) -> None:
        self._accounts, self._users = accounts, users

    def viewer_for_identity(self, email_or_sub: str) -> Viewer:
        """The viewer for this identity; a first visit creates a learner without a password.

        An existing account keeps its stored role: signing in never changes it, so only an
        administrator (with the CLI) makes someone a trainer or an admin.
        """
        username = username_for_identity(email_or_sub)
        found = self._accounts.find(username)
        if found is None:
            self._users.ensure_user(username, Role.LEARNER.value)
            found = self._accounts.find(username)
        if found is None:  # the store just created it; absent now is a storage bug
            raise RuntimeError(f"user {username!r} vanished right after it was created")
        return Viewer(id=found.id, username=found.username, role=found.role)
