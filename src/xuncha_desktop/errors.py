"""Domain errors: problems the user can fix, each with a message in plain Chinese.

Anything that is not a :class:`XunchaError` is a bug and goes to the crash dialog / log.
"""

from __future__ import annotations


class XunchaError(Exception):
    """A user or environment error. ``str(err)`` is the message shown to the user."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message}\n{hint}")

    @property
    def text(self) -> str:
        return str(self)


class ValidationError(XunchaError):
    """Input that breaks a rule. ``field`` names the offending field where there is one."""

    def __init__(self, message: str, *, field: str = "", hint: str = "") -> None:
        self.field = field
        super().__init__(message, hint=hint)


class NotFoundError(XunchaError):
    pass


class StateError(XunchaError):
    """An illegal state transition."""


class ConflictError(XunchaError):
    """Somebody else saved a newer version of the record."""


class DatabaseError(XunchaError):
    """The database file cannot be used (not a database, corrupt, read-only, newer schema…)."""


class ExportError(XunchaError):
    pass
