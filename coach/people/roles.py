"""Who may do what: the role checks every trainer and admin use case starts with."""

from __future__ import annotations

from coach.errors import CoachError
from coach.people.models import Role, Viewer

STAFF = (Role.TRAINER, Role.ADMIN)


class AccessError(CoachError):
    """The signed-in person's role does not allow this."""


# Roles are compared by value (==), never identity: Streamlit reloads edited modules, which
# makes a new Role class while signed-in viewers still hold members of the old one.


def require_staff(viewer: Viewer) -> None:
    """Refuse anyone who is not a trainer or an admin."""
    if viewer.role not in STAFF:
        raise AccessError("Only trainers can do this; ask an admin for the trainer role.")


def require_admin(viewer: Viewer) -> None:
    """Refuse anyone who is not an admin."""
    if viewer.role != Role.ADMIN:
        raise AccessError("Only admins can do this; ask an admin to do it for you.")


def allowed_pages(role: Role) -> set[str]:
    """The staff pages (besides the learner pages everyone has) a role may open."""
    trainer = {"cohorts", "dashboard", "studio", "guidance-admin"}
    if role == Role.ADMIN:
        return trainer | {"people", "settings"}
    return trainer if role == Role.TRAINER else set()
