"""The words people read for the stored vocabularies (ranks, levels, statuses, kinds…), shared
by the window and the exports so that both say the same thing in the chosen language."""

from __future__ import annotations

from planner.conflict_report import ConflictKind, Severity
from planner.translation import tr
from planner.vocabulary import (
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


def rank_labels() -> dict[str, str]:
    return {
        Rank.HEAD_OF_STATE: tr("Head of state"),
        Rank.HEAD_OF_GOVERNMENT: tr("Head of government"),
        Rank.MINISTER: tr("Minister"),
        Rank.DEPUTY_MINISTER: tr("Deputy minister"),
        Rank.AMBASSADOR: tr("Ambassador"),
        Rank.SENIOR_OFFICIAL: tr("Senior official"),
        Rank.EXPERT: tr("Expert"),
    }


def level_labels() -> dict[str, str]:
    return {
        Level.HEADS_OF_STATE: tr("Heads of state"),
        Level.MINISTERS: tr("Ministers"),
        Level.DEPUTY_MINISTERS: tr("Deputy ministers"),
        Level.SENIOR_OFFICIALS: tr("Senior officials"),
    }


def status_labels() -> dict[str, str]:
    return {
        MeetingStatus.REQUESTED: tr("Requested"),
        MeetingStatus.PROPOSED: tr("Proposed"),
        MeetingStatus.CONFIRMED: tr("Confirmed"),
        MeetingStatus.HELD: tr("Held"),
        MeetingStatus.CANCELLED: tr("Cancelled"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "internal": tr("Internal"),
        "bilateral": tr("Bilateral"),
        "multilateral": tr("Multilateral"),
        "plenary": tr("Plenary"),
    }


def role_labels() -> dict[str, str]:
    return {Role.HOST: tr("Host"), Role.GUEST: tr("Guest")}


def priority_labels() -> dict[str, str]:
    return {Priority.HIGH: tr("High"), Priority.MEDIUM: tr("Medium"), Priority.LOW: tr("Low")}


def issue_status_labels() -> dict[str, str]:
    return {
        IssueStatus.OPEN: tr("Open"),
        IssueStatus.UNDER_NEGOTIATION: tr("Under negotiation"),
        IssueStatus.AGREED: tr("Agreed"),
        IssueStatus.DEFERRED: tr("Deferred"),
        IssueStatus.DROPPED: tr("Dropped"),
    }


def stance_labels() -> dict[str, str]:
    return {
        Stance.SUPPORT: tr("Support"),
        Stance.CONDITIONAL: tr("Conditional"),
        Stance.NEUTRAL: tr("Neutral"),
        Stance.OPPOSE: tr("Oppose"),
        Stance.UNKNOWN: tr("Unknown"),
    }


def stance_short_labels() -> dict[str, str]:
    """Words short enough for a matrix cell (a language's own short forms where its full
    words are longer than a cell)."""
    return {
        Stance.SUPPORT: tr("Support", "matrix cell"),
        Stance.CONDITIONAL: tr("Cond."),
        Stance.NEUTRAL: tr("Neutral", "matrix cell"),
        Stance.OPPOSE: tr("Oppose", "matrix cell"),
        Stance.UNKNOWN: tr("Unknown", "matrix cell"),
    }


def financing_status_labels() -> dict[str, str]:
    return {
        FinancingStatus.DRAFT: tr("Draft"),
        FinancingStatus.SUBMITTED: tr("Submitted"),
        FinancingStatus.UNDER_REVIEW: tr("Under review"),
        FinancingStatus.APPROVED: tr("Approved"),
        FinancingStatus.SIGNED: tr("Signed"),
        FinancingStatus.DISBURSING: tr("Disbursing"),
        FinancingStatus.REJECTED: tr("Rejected"),
        FinancingStatus.WITHDRAWN: tr("Withdrawn"),
    }


def instrument_labels() -> dict[str, str]:
    return {
        Instrument.LOAN: tr("Loan"),
        Instrument.CONCESSIONAL_LOAN: tr("Concessional loan"),
        Instrument.GRANT: tr("Grant"),
        Instrument.CREDIT_LINE: tr("Credit line"),
        Instrument.EQUITY: tr("Equity"),
        Instrument.GUARANTEE: tr("Guarantee"),
    }


def severity_labels() -> dict[str, str]:
    return {Severity.ERROR: tr("Error"), Severity.WARNING: tr("Warning")}


def conflict_kind_labels() -> dict[str, str]:
    return {
        ConflictKind.DELEGATION_OVERLAP: tr("Delegation double-booked"),
        ConflictKind.PERSON_OVERLAP: tr("Person double-booked"),
        ConflictKind.ROOM_OVERLAP: tr("Room double-booked"),
        ConflictKind.OUTSIDE_SUMMIT: tr("Outside the summit's hours"),
        ConflictKind.ROOM_TOO_SMALL: tr("Room too small"),
        ConflictKind.SHORT_TRANSFER: tr("Short transfer"),
        ConflictKind.LEVEL_MISMATCH: tr("Level mismatch"),
        ConflictKind.NO_ROOM: tr("No room yet"),
    }


def every_code() -> set[str]:
    """Every stored vocabulary word (the codes people must never be shown), for checks."""
    tables = (
        rank_labels,
        level_labels,
        status_labels,
        kind_labels,
        role_labels,
        priority_labels,
        issue_status_labels,
        stance_labels,
        financing_status_labels,
        instrument_labels,
        severity_labels,
        conflict_kind_labels,
    )
    return {str(code) for table in tables for code in table()}
