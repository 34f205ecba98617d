"""Translated, human words for the stored vocabularies: the planner's tables (which the
exports use too), looked up in the window's catalogue."""

from __future__ import annotations

from collections.abc import Callable

from planner import labels
from ui.i18n import tr


def in_window(table: Callable[[], dict[str, str]]) -> Callable[[], dict[str, str]]:
    """The table with each word also looked up in the window's own catalogue, which already
    holds these words; a word the planner's catalogue translated is left as it is."""

    def translated() -> dict[str, str]:
        return {code: tr(word) for code, word in table().items()}

    translated.__doc__ = table.__doc__
    return translated


rank_labels = in_window(labels.rank_labels)
level_labels = in_window(labels.level_labels)
status_labels = in_window(labels.status_labels)
kind_labels = in_window(labels.kind_labels)
role_labels = in_window(labels.role_labels)
priority_labels = in_window(labels.priority_labels)
issue_status_labels = in_window(labels.issue_status_labels)
stance_labels = in_window(labels.stance_labels)
stance_short_labels = in_window(labels.stance_short_labels)
financing_status_labels = in_window(labels.financing_status_labels)
instrument_labels = in_window(labels.instrument_labels)
severity_labels = in_window(labels.severity_labels)
conflict_kind_labels = in_window(labels.conflict_kind_labels)


def catalogue_words() -> None:
    """Never called: planner.labels' words written out where lupdate finds them, so that the
    window's catalogue keeps their translations (tests/ui/test_export_dialog.py checks the list)."""
    tr("Head of state")
    tr("Head of government")
    tr("Minister")
    tr("Deputy minister")
    tr("Ambassador")
    tr("Senior official")
    tr("Expert")
    tr("Heads of state")
    tr("Ministers")
    tr("Deputy ministers")
    tr("Senior officials")
    tr("Requested")
    tr("Proposed")
    tr("Confirmed")
    tr("Held")
    tr("Cancelled")
    tr("Internal")
    tr("Bilateral")
    tr("Multilateral")
    tr("Plenary")
    tr("Host")
    tr("Guest")
    tr("High")
    tr("Medium")
    tr("Low")
    tr("Open")
    tr("Under negotiation")
    tr("Agreed")
    tr("Deferred")
    tr("Dropped")
    tr("Support")
    tr("Conditional")
    tr("Neutral")
    tr("Oppose")
    tr("Unknown")
    tr("Cond.")
    tr("Draft")
    tr("Submitted")
    tr("Under review")
    tr("Approved")
    tr("Signed")
    tr("Disbursing")
    tr("Rejected")
    tr("Withdrawn")
    tr("Loan")
    tr("Concessional loan")
    tr("Grant")
    tr("Credit line")
    tr("Equity")
    tr("Guarantee")
    tr("Error")
    tr("Warning")
    tr("Delegation double-booked")
    tr("Person double-booked")
    tr("Room double-booked")
    tr("Outside the summit's hours")
    tr("Room too small")
    tr("Short transfer")
    tr("Level mismatch")
    tr("No room yet")
