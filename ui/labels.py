"""Translated, human words for the stored vocabularies."""

from __future__ import annotations

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
from ui.i18n import tr


def rank_labels() -> dict[Rank, str]:
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
    """Words short enough for a matrix cell."""
    return {
        Stance.SUPPORT: tr("Support"),
        Stance.CONDITIONAL: tr("Cond."),
        Stance.NEUTRAL: tr("Neutral"),
        Stance.OPPOSE: tr("Oppose"),
        Stance.UNKNOWN: tr("Unknown"),
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
