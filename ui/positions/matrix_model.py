"""The positions matrix as a table model: issues down, delegations across, counts last."""

from __future__ import annotations

import bisect
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.positions import (
    MatrixIssue,
    PositionMatrix,
    fetch_position,
    load_matrix,
    refresh_cells,
)
from ui.i18n import tr
from ui.labels import stance_labels, stance_short_labels

CELL_ROLE = Qt.ItemDataRole.UserRole + 10  # (issue id, delegation id) of a stance cell
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 11
NO_PARENT = QModelIndex()
MANY_RUNS = 50  # rows coming and going in more runs than this: all go and all come back

# Colour for the eye, a symbol and a word for grey-scale print and colour-blind readers.
STANCE_STYLE = {
    "support": ("#2E7D32", "#FFFFFF", "✓"),
    "conditional": ("#C5E1A5", "#1B3D14", "~"),
    "neutral": ("#E6E6E6", "#333333", "○"),
    "oppose": ("#B71C1C", "#FFFFFF", "✗"),
    "unknown": ("#FFFFFF", "#9E9E9E", "?"),
}


class PositionMatrixModel(QAbstractTableModel):
    ISSUE = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: PositionMatrix | None = None
        self.rows: list[MatrixIssue] = []  # the issues shown, in their order (a filter's)
        self.loaded_cells = 0  # cells read, whole matrices or some cells
        self.labels = stance_labels()
        self.short = stance_short_labels()
        self.noted_font = QFont()
        self.noted_font.setBold(True)
        self.brushes = {
            stance: (QBrush(QColor(fill)), QBrush(QColor(text)))
            for stance, (fill, text, _symbol) in STANCE_STYLE.items()
        }

    def refresh(self, cells: list[tuple[int, int]]) -> None:
        """Re-read these cells (and their rows' counts) and repaint only them."""
        if self.matrix is None or not cells:
            return
        refresh_cells(self.matrix, cells)
        self.loaded_cells += len(cells)
        rows = {issue.id: n for n, issue in enumerate(self.rows)}
        touched = sorted({rows[issue] for issue, _ in cells if issue in rows})
        if touched:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(touched[0], 0), self.index(touched[-1], last))

    def refresh_issues(self, ids: Collection[int]) -> None:
        """Load again the rows of these issues (changed, added or gone) with their cells,
        and put them in their places in the matrix, the other rows left as they are (the
        rows shown follow through show_rows)."""
        matrix = self.matrix
        if matrix is None or not ids:
            return
        fresh = load_matrix(ids)
        self.loaded_cells += len(fresh.issues) * len(matrix.delegations)
        for gone in [issue for issue in matrix.issues if issue.id in ids]:
            for delegation, _code, _name in matrix.delegations:
                matrix.stances.pop((gone.id, delegation), None)
                matrix.noted.discard((gone.id, delegation))
        matrix.issues = [issue for issue in matrix.issues if issue.id not in ids]
        matrix.stances.update(fresh.stances)
        matrix.noted.update(fresh.noted)
        for issue in fresh.issues:
            row = bisect.bisect_right(
                matrix.issues, issue.listed_order(), key=MatrixIssue.listed_order
            )
            matrix.issues.insert(row, issue)

    def show_matrix(
        self,
        matrix: PositionMatrix | None,
        rows: list[MatrixIssue] | None = None,
        changed: Collection[int] | None = None,
    ) -> None:
        """Show a matrix with these of its issues (all when None). A matrix with the same
        columns as the one shown takes its rows as show_rows gives them (a view of tens of
        thousands of rows is not reset, which would have every row asked about again);
        `changed` names the issues that differ from the matrix shown (see differing), worked
        out here when not given."""
        if matrix is not None:
            self.loaded_cells += len(matrix.issues) * len(matrix.delegations)
        if rows is None:
            rows = list(matrix.issues) if matrix is not None else []
        same = (
            matrix is not None
            and self.matrix is not None
            and ((matrix.delegations, matrix.home) == (self.matrix.delegations, self.matrix.home))
        )
        if not same:
            self.beginResetModel()
            self.matrix, self.rows = matrix, rows
            self.endResetModel()
            return
        if changed is None:
            changed = differing(self.matrix.issues, matrix.issues)
        self.matrix = matrix
        self.show_rows(rows, changed)
        if self.rows:  # any stance of the rows kept may have changed
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.last()))

    def show_rows(self, rows: list[MatrixIssue], changed: Collection[int] = ()) -> None:
        """Show these issues in this order: the rows that stay are kept (an issue changed
        goes and comes back), the others removed and inserted in runs; when the rows kept
        are in another order, or the runs are many, all go and all come back. (Issues are
        told apart by their ids: hashing tens of thousands of them would take long.)"""
        before, after = [issue.id for issue in self.rows], [issue.id for issue in rows]
        staying = set(before).intersection(after).difference(changed)
        if [i for i in before if i in staying] != [i for i in after if i in staying]:
            staying = set()
        gone = runs([n for n, issue in enumerate(before) if issue not in staying])
        added = runs([n for n, issue in enumerate(after) if issue not in staying])
        if len(gone) + len(added) > MANY_RUNS:
            gone, added = runs(list(range(len(before)))), runs(list(range(len(after))))
        for first, last in reversed(gone):
            self.beginRemoveRows(NO_PARENT, first, last)
            del self.rows[first : last + 1]
            self.endRemoveRows()
        for first, last in added:  # in ascending order: each run finds its rows before it
            self.beginInsertRows(NO_PARENT, first, last)
            self.rows[first:first] = rows[first : last + 1]
            self.endInsertRows()
        self.rows = rows

    def last(self) -> int:
        return self.columnCount() - 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.delegations) + 2  # the issue, the delegations, the counts

    def counts_column(self) -> int:
        return self.columnCount() - 1

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int] | None:
        column = index.column()
        if self.matrix is None or not 1 <= column <= len(self.matrix.delegations):
            return None
        return (self.rows[index.row()].id, self.matrix.delegations[column - 1][0])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        issue = self.rows[index.row()]
        if role == ISSUE_ROLE:
            return issue.id
        if index.column() == self.ISSUE:
            return self.issue_data(issue, role)
        if index.column() == self.counts_column():
            return self.counts_data(issue.id, role)
        cell = self.cell(index)
        stance = self.matrix.stance(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{STANCE_STYLE[stance][2]} {self.short[stance]}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.brushes[stance][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.brushes[stance][1]
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = fetch_position(cell) if cell in self.matrix.noted else {}
            parts = [
                f"{self.matrix.delegations[index.column() - 1][1]} on {issue.code}: "
                f"{self.labels[stance]}"
            ]
            for name, title in (
                ("talking_points", tr("Talking points")),
                ("red_lines", tr("Red lines")),
                ("fallback", tr("Fallback")),
            ):
                if notes.get(name):
                    parts.append(f"{title}: {notes[name]}")
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell in self.matrix.noted:
            return self.noted_font  # bold: talking points, red lines or a fallback recorded
        return None

    def issue_data(self, issue, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{issue.code}  {issue.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(issue.track_colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{issue.code} {issue.title}\n{tr('Track')}: {issue.track}"
        return None

    def counts_data(self, issue_id: int, role: int) -> Any:
        counts = self.matrix.counts(issue_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓{counts['support']}  ~{counts['conditional']}  ✗{counts['oppose']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                tr("%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown")
                .replace("%1", str(counts["support"]))
                .replace("%2", str(counts["conditional"]))
                .replace("%3", str(counts["oppose"]))
                .replace("%4", str(counts["neutral"]))
                .replace("%5", str(counts["unknown"]))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.matrix is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.ISSUE:
                return tr("Issue")
            if section == self.counts_column():
                return "✓  ~  ✗"
            return self.matrix.delegations[section - 1][1]
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section < self.counts_column():
            return self.matrix.delegations[section - 1][2]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.counts_column():
            return tr("How many delegations support, support on conditions, oppose")
        return None


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive ones."""
    found: list[tuple[int, int]] = []
    for row in rows:
        if found and found[-1][1] == row - 1:
            found[-1] = (found[-1][0], row)
        else:
            found.append((row, row))
    return found


def differing(before: list[MatrixIssue], after: list[MatrixIssue]) -> set[int]:
    """The issues of after that are in before but differ there (plain Python: may run on a
    worker thread, as it does for a matrix of tens of thousands of issues)."""
    known = {issue.id: issue for issue in before}
    return {issue.id for issue in after if known.get(issue.id, issue) != issue}
