"""The import window's preview page filled from a plan: its summary, its first rows (a few
hundred at a time, so that the window keeps answering) and its problems."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableWidgetItem

from planner.importing.issue_import import ImportPlan

if TYPE_CHECKING:
    from ui.importing.import_dialog import ImportDialog

PREVIEW_ROWS = 2_000  # rows (and problems) shown: a preview, not the whole of a huge list
RESIZE_PRECISION = 200  # rows measured to fit the preview's columns (all of them: 50 ms more)
FILL_ROWS = 100  # preview rows filled between two turns of the window (about 7 ms)


def fill_preview(dialog: ImportDialog, plan: ImportPlan, words: dict[str, str], start: int) -> None:
    """A hundred rows of the preview, then the next ones after the window has had its turn
    (2,000 rows at once would stop it for about 75 ms)."""
    if dialog.plan is not plan:
        return  # another plan replaced this one
    table = dialog.preview_table
    end = min(start + FILL_ROWS, table.rowCount())
    for row, planned in enumerate(plan.rows[start:end], start=start):
        cells = [
            str(planned.row),
            words[planned.action],
            str(planned.values.get("code", "")),
            str(planned.values.get("title", "")),
        ]
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    if start == 0:
        table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
        table.resizeColumnsToContents()
    if end < table.rowCount():
        QTimer.singleShot(0, table, lambda: fill_preview(dialog, plan, words, end))


def show_plan(dialog: ImportDialog, plan: ImportPlan, counts: Counter[str]) -> None:
    """The plan's summary (its rows counted by action), its first rows and every problem,
    on the preview page."""
    tr = dialog.tr
    dialog.summary.setText(
        tr("%1 new, %2 updated, %3 skipped, %4 problem(s), from sheet “%5”.")
        .replace("%1", str(counts["create"]))
        .replace("%2", str(counts["update"]))
        .replace("%3", str(counts["skip"]))
        .replace("%4", str(len(plan.problems)))
        .replace("%5", plan.sheet)
        + (
            tr(" New tracks: %1.").replace("%1", ", ".join(plan.new_tracks))
            if plan.new_tracks
            else ""
        )
    )
    words = {"create": tr("new"), "update": tr("update"), "skip": tr("skip")}
    table = dialog.preview_table
    table.setRowCount(0)
    shown = plan.rows[:PREVIEW_ROWS]  # a preview, not the whole of a huge list
    table.setRowCount(len(shown))
    fill_preview(dialog, plan, words, 0)
    problems = dialog.problem_list
    problems.clear()
    for problem in plan.problems[:PREVIEW_ROWS]:
        where = tr("Sheet %1, row %2").replace("%1", problem.sheet).replace("%2", str(problem.row))
        if problem.column:
            where += tr(", column %1").replace("%1", problem.column)
        problems.addItem(f"{where}: {problem.message}")
    if len(plan.problems) > PREVIEW_ROWS:
        problems.addItem(
            tr("… and %1 more problem(s).").replace("%1", str(len(plan.problems) - PREVIEW_ROWS))
        )
    if not plan.problems:
        problems.addItem(tr("No problems found."))
