"""The stored vocabularies (ranks, levels, statuses…), re-exported for the user interface."""

from db.choices import (
    FinancingStatus,
    Instrument,
    IssueStatus,
    Level,
    MeetingStatus,
    Priority,
    Rank,
    Role,
    Stance,
)

__all__ = [
    "FinancingStatus",
    "Instrument",
    "IssueStatus",
    "Level",
    "MeetingStatus",
    "Priority",
    "Rank",
    "Role",
    "Stance",
]
