"""Errors that reach the user as one sentence saying what was wrong and what to do."""

from db.errors import DamagedSummitFileError, SummitFileError


class PlannerError(Exception):
    """An operation was refused; str() is the sentence for the user and nothing was changed."""


class ValidationError(PlannerError):
    """A value typed by the user is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class InUseError(PlannerError):
    """A record cannot be deleted because others still refer to it."""


USER_ERRORS: tuple[type[Exception], ...] = (PlannerError, SummitFileError)
"""Everything whose message is written for the user; anything else is a bug."""

__all__ = [
    "USER_ERRORS",
    "DamagedSummitFileError",
    "InUseError",
    "PlannerError",
    "SummitFileError",
    "ValidationError",
]
