"""The Meetings table model and the proxy that filters it by day, delegation and status."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from planner.meeting_facts import MeetingRow
from planner.schedule import Overview
from ui.colours import ERROR_COLOUR, WARNING_COLOUR
from ui.i18n import tr, trn
from ui.labels import kind_labels, level_labels, status_labels
from ui.local_dates import short_day
from ui.record_table_model import Column, ModelFilterProxy, RecordTableModel


class MeetingTableModel(RecordTableModel):
    DAY, TIME, CONFLICTS, TITLE, KIND, LEVEL, DELEGATIONS, ROOM, STATUS = range(9)

    def __init__(self, parent=None):
        kinds, levels, statuses = kind_labels(), level_labels(), status_labels()
        columns = [
            Column(tr("Day"), lambda r: short_day(r.day), sort=lambda r: r.start),
            Column(
                tr("Time"),
                lambda r: f"{r.start:%H:%M}–{r.end:%H:%M}",
                sort=lambda r: (r.start.time(), r.start),
            ),
            Column(
                tr("Conflicts"),
                self.conflict_text,
                colour=self.conflict_colour,
                tooltip=self.conflict_tooltip,
            ),
            Column(tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            Column(tr("Level"), lambda r: levels.get(r.level, r.level)),
            Column(tr("Delegations"), lambda r: ", ".join(r.delegations)),
            Column(tr("Room"), lambda r: r.room),
            Column(tr("Status"), lambda r: statuses.get(r.status, r.status)),
        ]
        super().__init__(columns, self.load, parent)
        self.overview: Overview | None = None

    def show_overview(self, overview: Overview | None) -> None:
        self.overview = overview
        self.reload()

    def update_overview(self, overview: Overview, ids: Collection[int]) -> int:
        """Show a new overview that differs from the present one only in these meetings and
        in the conflicts; return how many rows were looked at again."""
        self.overview = overview
        count = self.replace_rows(overview.rows, ids)
        if self.rows:  # any meeting's conflicts may have come or gone
            first, last = (
                self.index(0, self.CONFLICTS),
                self.index(len(self.rows) - 1, self.CONFLICTS),
            )
            self.dataChanged.emit(first, last)
        return count

    def load(self) -> list[MeetingRow]:
        # The overview's own list: when only the conflicts changed, it is the same list, and
        # the filter's prepared text for it is kept.
        return self.overview.rows if self.overview is not None else []

    def conflicts_of(self, row: MeetingRow):
        return self.overview.by_meeting.get(row.id, []) if self.overview else []

    def marks_of(self, row: MeetingRow) -> tuple[int, int]:
        """(errors, warnings) the meeting is part of, counted even when not all are listed."""
        return self.overview.report.marks(row.id) if self.overview else (0, 0)

    def conflict_text(self, row: MeetingRow) -> str:
        errors, warnings = self.marks_of(row)
        if errors:
            return trn("%n error", "%n errors", errors)
        if warnings:
            return trn("%n warning", "%n warnings", warnings)
        return ""

    def conflict_colour(self, row: MeetingRow) -> str | None:
        errors, warnings = self.marks_of(row)
        if errors:
            return ERROR_COLOUR
        return WARNING_COLOUR if warnings else None

    def conflict_tooltip(self, row: MeetingRow) -> str:
        found = self.conflicts_of(row)
        texts = [c.message for c in found]
        unlisted = sum(self.marks_of(row)) - len(found)
        if unlisted:
            texts.append(
                trn(
                    "… and %n more, counted in the Conflicts panel's groups.",
                    "… and %n more, counted in the Conflicts panel's groups.",
                    unlisted,
                )
            )
        return "\n\n".join(texts)


class MeetingFilterProxy(ModelFilterProxy):
    """Filters by day, delegation (id, so a renamed code keeps its filter) and status, and
    by text in any column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.delegation: int | None = None
        self.status: str | None = None
        self.labels = {**kind_labels(), **level_labels(), **status_labels()}  # words shown
        # meeting id -> what else it is found by (planner.meeting_search)
        self.more_words: dict[int, str] = {}

    def set_more_words(self, words: dict[int, str], *, replace: bool = True) -> None:
        """The words each meeting is found by beyond its row (all of them, or some afresh)."""
        if replace:
            self.more_words = words
            self.searched = None  # the prepared texts are made again
        else:
            self.more_words.update(words)

    def set_filters(self, day: date | None, delegation: int | None, status: str | None) -> None:
        self.day, self.delegation, self.status = day, delegation, status
        self.refilter()

    def search_text(self, row: MeetingRow) -> str:
        """Title, delegations, room, status, kind, level and start time, and the names of
        its delegations, people, building and agenda issues: the words one types (built
        without formatting every column: a large summit has 20,000 meetings)."""
        start = row.start
        return (
            f"{row.title} {' '.join(row.delegations)} {row.room} {self.word(row.status)} "
            f"{self.word(row.kind)} {self.word(row.level)} "
            f"{start.hour:02}:{start.minute:02} {self.more_words.get(row.id, '')}"
        )

    def word(self, stored: str) -> str:
        return self.labels.get(stored, stored)

    def choosing(self) -> bool:
        return any(v is not None for v in (self.day, self.delegation, self.status))

    def accepts(self, row: MeetingRow) -> bool:
        return (
            (self.day is None or row.day == self.day)
            and (self.delegation is None or self.delegation in row.delegation_ids)
            and (self.status is None or row.status == self.status)
        )
