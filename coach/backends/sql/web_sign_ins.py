"""The WebSignInStore of coach.people.web_sign_ins on SQLAlchemy (table web_sign_ins)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, delete
from sqlalchemy.orm import sessionmaker

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import WebSignIn


class SqlWebSignInStore:
    def __init__(self, engine: Engine) -> None:
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def add(self, token_hash: str, user_id: int, created: datetime, expires: datetime) -> None:
        with self._writing.begin() as db:
            db.add(
                WebSignIn(
                    token_hash=token_hash, user_id=user_id, created_at=created, expires_at=expires
                )
            )

    def find(self, token_hash: str) -> tuple[int, datetime] | None:
        """The user and expiry of a remembered sign-in, or None."""
        with self._reading.begin() as db:
            row = db.get(WebSignIn, token_hash)
            return None if row is None else (row.user_id, row.expires_at)

    def delete(self, token_hash: str) -> None:
        with self._writing.begin() as db:
            db.execute(delete(WebSignIn).where(WebSignIn.token_hash == token_hash))

    def delete_expired(self, now: datetime) -> None:
        with self._writing.begin() as db:
            db.execute(delete(WebSignIn).where(WebSignIn.expires_at <= now))
