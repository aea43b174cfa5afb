"""Who people are to the app: roles, the signed-in viewer and stored credentials."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Role(StrEnum):
    LEARNER = "learner"
    TRAINER = "trainer"
    ADMIN = "admin"


class Viewer(BaseModel):
    """The signed-in person on whose behalf the app acts."""

    model_config = ConfigDict(frozen=True)

    id: int
    username: str
    role: Role


class Attempt(BaseModel):
    """A sign-in attempt as the throttle counted it, before the password is checked."""

    failures: int  # failures in a row for this name, this attempt included
    locked_until: datetime | None = None  # set: refused without checking the password


class Credentials(BaseModel):
    """What the account store keeps about a user for signing in."""

    id: int
    username: str
    role: Role
    password_hash: str | None
    disabled: bool = False


class Person(BaseModel):
    """A user as the people page and ``coach users list`` show them."""

    id: int
    username: str
    role: Role
    created_at: datetime
    disabled: bool
    can_sign_in: bool  # has a password (users made by ``coach practice`` have none)
    sessions: int
