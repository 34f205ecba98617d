"""Translated, human words for the stored vocabularies."""

from __future__ import annotations

from planner.vocabulary import IssueStatus, Level, MeetingStatus, Priority, Rank, Role, Stance
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
