"""The Meetings table model and the proxy that filters it by day, delegation and status."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from planner.meeting_facts import MeetingRow
from planner.schedule import Overview
from planner.word_search import searchable
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
        # meeting id -> what else it is found by (planner.meeting_search); None until they
        # are first needed (see words_pending) or arrive from behind the window
        self.more_words: dict[int, str] | None = {}
        self.make_words: Callable[[], dict[int, str]] = dict
        self.later_words: dict[int, str] = {}  # some meetings' words, newer than those made

    def words_pending(self, make: Callable[[], dict[int, str]]) -> None:
        """The words each meeting is found by are made by make() when a search first needs
        them (or given sooner by take_prepared): a reload of 20,000 meetings does not wait
        for them (a third of a second)."""
        self.more_words, self.make_words, self.later_words = None, make, {}
        self.searched = None  # the prepared texts are made again

    def set_more_words(self, words: dict[int, str]) -> None:
        """Some meetings' words, made afresh."""
        if self.more_words is None:
            self.later_words.update(words)
        else:
            self.more_words.update(words)

    def extra_words(self) -> dict[int, str]:
        if self.more_words is None:
            self.more_words = {**self.make_words(), **self.later_words}
        return self.more_words

    def take_prepared(self, rows: list[MeetingRow], words: dict[int, str], texts: list[str]):
        """The words and the rows' texts, prepared behind the window for these rows: taken
        if they are still wanted (not made meanwhile, the rows still those listed)."""
        if self.more_words is not None:
            return
        self.more_words = {**words, **self.later_words}
        if self.searched is None and not self.later_words and rows is self.sourceModel().all_rows:
            self.take_texts(rows, texts)

    def prepare(self, rows: list[MeetingRow]) -> list[str]:
        return prepared_texts(rows, self.labels, self.extra_words())

    def words_made(self, words: dict[int, str]) -> None:
        """The words each meeting is found by, all of them made afresh."""
        self.more_words, self.later_words = words, {}
        self.searched = None  # the prepared texts are made again

    def decide(self, rows: list[MeetingRow]) -> list[bool]:
        if not self.words and self.more_words is None:  # texts not needed yet
            return self.decide_texts(rows, [""] * len(rows))
        return super().decide(rows)

    def decide_some(self, previous, rows, fresh) -> list[bool]:
        if not self.words and self.searched is not previous:  # no texts kept, none needed
            return self.decide_texts(fresh, [""] * len(fresh))
        return super().decide_some(previous, rows, fresh)

    def decide_in_place(self, previous, rows, fresh, places) -> list[bool]:
        if not self.words and self.searched is not previous:
            return self.decide_texts(fresh, [""] * len(fresh))
        return super().decide_in_place(previous, rows, fresh, places)

    def set_filters(self, day: date | None, delegation: int | None, status: str | None) -> None:
        self.day, self.delegation, self.status = day, delegation, status
        self.refilter()

    def search_text(self, row: MeetingRow) -> str:
        return row_text(row, self.labels, self.extra_words())

    def choosing(self) -> bool:
        return any(v is not None for v in (self.day, self.delegation, self.status))

    def accepts(self, row: MeetingRow) -> bool:
        return (
            (self.day is None or row.day == self.day)
            and (self.delegation is None or self.delegation in row.delegation_ids)
            and (self.status is None or row.status == self.status)
        )


def row_text(row: MeetingRow, labels: dict[str, str], more: dict[int, str]) -> str:
    """Title, delegations, room, status, kind, level and start time, and the names of its
    delegations, people, building and agenda issues: the words one types (built without
    formatting every column: a large summit has 20,000 meetings)."""
    start = row.start
    return (
        f"{row.title} {' '.join(row.delegations)} {row.room} "
        f"{labels.get(row.status, row.status)} {labels.get(row.kind, row.kind)} "
        f"{labels.get(row.level, row.level)} "
        f"{start.hour:02}:{start.minute:02} {more.get(row.id, '')}"
    )


def prepared_texts(rows: list[MeetingRow], labels: dict[str, str], more: dict[int, str]):
    """The rows' texts as searched (plain Python: may run on a worker thread)."""
    return [searchable(row_text(row, labels, more)) for row in rows]
