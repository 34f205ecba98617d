"""The meeting editor's Scheduling group: the meeting's priority for the scheduler, a fixed
day, and the earliest and latest start (each may be left empty)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from planner.meetings import MeetingDraft
from ui.combo import select_data
from ui.time_field import TimeField


class SchedulingBox(QGroupBox):
    """Edits the draft's tier, fixed day, earliest and latest start; changed is emitted on
    every edit."""

    changed = Signal()

    def __init__(self, draft: MeetingDraft, days: list[date], parent: QWidget | None = None):
        super().__init__(self.tr("Scheduling"), parent)
        self.setObjectName("schedulingBox")
        self.tier = QComboBox()
        self.tier.setObjectName("meetingTier")
        self.tier.addItem(self.tr("As its level"), None)
        for tier, label in enumerate((self.tr("1 — highest"), "2", "3", self.tr("4 — lowest"))):
            self.tier.addItem(label, tier)
        select_data(self.tier, draft.tier)
        self.fixed_day = QComboBox()
        self.fixed_day.setObjectName("meetingFixedDay")
        self.fixed_day.addItem(self.tr("Any day"), None)
        for day in days:
            self.fixed_day.addItem(day.strftime("%a %d %b"), day)
        if draft.fixed_day is not None and not select_data(self.fixed_day, draft.fixed_day):
            self.fixed_day.addItem(draft.fixed_day.strftime("%a %d %b %Y"), draft.fixed_day)
            select_data(self.fixed_day, draft.fixed_day)
        self.earliest = optional_time_field(draft.earliest, "meetingEarliest")
        self.latest = optional_time_field(draft.latest, "meetingLatest")
        self.earliest.setPlaceholderText(self.tr("any"))
        self.latest.setPlaceholderText(self.tr("any"))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel(self.tr("Priority")), 0, 0)
        grid.addWidget(self.tier, 0, 1)
        grid.addWidget(QLabel(self.tr("Only on")), 0, 2)
        grid.addWidget(self.fixed_day, 0, 3)
        grid.addWidget(QLabel(self.tr("Starts from")), 1, 0)
        grid.addWidget(self.earliest, 1, 1)
        grid.addWidget(QLabel(self.tr("until")), 1, 2)
        grid.addWidget(self.latest, 1, 3)
        grid.setColumnStretch(3, 1)
        self.tier.currentIndexChanged.connect(self.changed)
        self.fixed_day.currentIndexChanged.connect(self.changed)
        self.earliest.textChanged.connect(self.changed)
        self.latest.textChanged.connect(self.changed)

    def applied(self, draft: MeetingDraft) -> MeetingDraft:
        """The draft with the limits as edited (an empty or bad time counts as none)."""
        return replace(
            draft,
            tier=self.tier.currentData(),
            fixed_day=self.fixed_day.currentData(),
            earliest=typed_time(self.earliest),
            latest=typed_time(self.latest),
        )

    def problem(self) -> tuple[TimeField, str] | None:
        """The first time field holding text that is not a time, and why."""
        for field in (self.earliest, self.latest):
            if field.problem():
                return field, field.problem() or ""
        return None


class OptionalTimeField(TimeField):
    """A time field that may be left empty (no limit): empty text is no error."""

    def read_text(self, text: str) -> None:
        if text.strip():
            super().read_text(text)
            return
        self.error = None
        self.setStyleSheet("")
        self.setToolTip("")

    def tidy(self) -> None:
        if self.text().strip():
            super().tidy()


def optional_time_field(value: time | None, name: str) -> OptionalTimeField:
    field = OptionalTimeField(value)
    field.setObjectName(name)
    if value is None:
        field.clear()
    return field


def typed_time(field: TimeField) -> time | None:
    if not field.text().strip() or field.problem():
        return None
    return field.time().toPython()
