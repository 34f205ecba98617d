"""The import window's preview page filled from a plan: its summary, its first rows with every
mapped field (what will be created new marked so), a few hundred at a time so that the window
keeps answering, the rows passed over around the table, and its problems."""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QTableWidgetItem

from planner.importing.issue_import import ImportPlan
from planner.importing.shown import RowText, shown_fields
from ui.i18n import trn

if TYPE_CHECKING:
    from ui.importing.import_dialog import ImportDialog

PREVIEW_ROWS = 2_000  # rows (and problems) shown: a preview, not the whole of a huge list
RESIZE_PRECISION = 200  # rows measured to fit the preview's columns (all of them: 50 ms more)
FILL_ROWS = 100  # preview rows filled between two turns of the window (about 7 ms)
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ImportPreview", "Code"),
    "title": QT_TRANSLATE_NOOP("ImportPreview", "Title"),
    "track": QT_TRANSLATE_NOOP("ImportPreview", "Track"),
    "priority": QT_TRANSLATE_NOOP("ImportPreview", "Priority"),
    "lead_delegation": QT_TRANSLATE_NOOP("ImportPreview", "Lead"),
    "status": QT_TRANSLATE_NOOP("ImportPreview", "Status"),
    "due_date": QT_TRANSLATE_NOOP("ImportPreview", "Due"),
    "tags": QT_TRANSLATE_NOOP("ImportPreview", "Tags"),
    "description": QT_TRANSLATE_NOOP("ImportPreview", "Description"),
    "start": QT_TRANSLATE_NOOP("ImportPreview", "Start"),
    "minutes": QT_TRANSLATE_NOOP("ImportPreview", "Minutes"),
    "delegations": QT_TRANSLATE_NOOP("ImportPreview", "Delegations"),
    "room": QT_TRANSLATE_NOOP("ImportPreview", "Room"),
    "level": QT_TRANSLATE_NOOP("ImportPreview", "Level"),
    "positions": QT_TRANSLATE_NOOP("ImportPreview", "Positions"),
}


# The planner's reasons for passing a row over (planner/importing/plan.py), for translators.
REASONS = (
    QT_TRANSLATE_NOOP("ImportPreview", "a title row above the table"),
    QT_TRANSLATE_NOOP("ImportPreview", "the column numbers under the header"),
    QT_TRANSLATE_NOOP("ImportPreview", "a footer below the table"),
)


def label(field: str) -> str:
    text = FIELD_LABELS.get(field)
    return QCoreApplication.translate("ImportPreview", text) if text else field


def fill_preview(
    dialog: ImportDialog, plan: ImportPlan, words: dict[str, str], start: int, texts: RowText
) -> None:
    """A few hundred rows of the preview, then the next ones after the window has had its
    turn (2,000 rows at once would stop it for about 75 ms)."""
    if dialog.plan is not plan:
        return  # another plan replaced this one
    table = dialog.preview_table
    fields = shown_fields(plan)
    new = dialog.tr("(new)")
    end = min(start + FILL_ROWS, table.rowCount())
    for row, planned in enumerate(plan.rows[start:end], start=start):
        cells = [str(planned.row), words[planned.action], *texts.cells(planned, fields, new)]
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    if start == 0:
        table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
        table.resizeColumnsToContents()
    if end < table.rowCount():
        QTimer.singleShot(0, table, lambda: fill_preview(dialog, plan, words, end, texts))


def show_plan(dialog: ImportDialog, plan: ImportPlan, counts: Counter[str]) -> None:
    """The plan's summary (its rows counted by action), its first rows and every problem,
    on the preview page."""
    tr = dialog.tr
    dialog.summary.setText(
        tr("%1 new, %2 updated, %3 skipped, %4 unchanged, %5, from sheet “%6”.")
        .replace("%1", str(counts["create"]))
        .replace("%2", str(counts["update"]))
        .replace("%3", str(counts["skip"]))
        .replace("%4", str(counts["unchanged"]))
        .replace("%5", trn("%n problem", "%n problems", len(plan.problems)))
        .replace("%6", plan.sheet)
        + (
            tr(" New tracks: %1.").replace("%1", ", ".join(plan.new_tracks))
            if plan.new_tracks
            else ""
        )
        + (tr(" New rooms: %1.").replace("%1", ", ".join(plan.new_rooms)) if plan.new_rooms else "")
    )
    words = {
        "create": tr("new"),
        "update": tr("update"),
        "skip": tr("skip"),
        "unchanged": tr("unchanged"),
    }
    table = dialog.preview_table
    table.setRowCount(0)
    fields = shown_fields(plan)
    table.setColumnCount(2 + len(fields))
    table.setHorizontalHeaderLabels([*dialog.preview_headers, *map(label, fields)])
    shown = plan.rows[:PREVIEW_ROWS]  # a preview, not the whole of a huge list
    table.setRowCount(len(shown))
    fill_preview(dialog, plan, words, 0, RowText(plan))
    problems = dialog.problem_list
    problems.clear()
    for problem in plan.problems[:PREVIEW_ROWS]:
        where = tr("Sheet %1, row %2").replace("%1", problem.sheet).replace("%2", str(problem.row))
        if problem.column:
            where += tr(", column %1").replace("%1", problem.column)
        problems.addItem(f"{where}: {problem.message}")
    if len(plan.problems) > PREVIEW_ROWS:
        problems.addItem(
            trn(
                "… and %n more problem.",
                "… and %n more problems.",
                len(plan.problems) - PREVIEW_ROWS,
            )
        )
    if not plan.problems:
        problems.addItem(tr("No problems found."))
    for passed in plan.around:
        problems.addItem(
            tr("Sheet %1, row %2: passed over, %3: “%4”.")
            .replace("%1", plan.sheet)
            .replace("%2", str(passed.row))
            .replace("%3", QCoreApplication.translate("ImportPreview", passed.reason))
            .replace("%4", str(passed.values.get("title", ""))[:80])
        )


def result_text(
    dialog: ImportDialog, plan: ImportPlan, counts: Counter[str], *, imported: bool
) -> str:
    """The last page: what the import did (or why it did nothing), and how to take it back."""
    tr = dialog.tr
    created, updated, skipped = counts["create"], counts["update"], counts["skip"]
    if not imported:
        lines = [
            "<h3>" + html.escape(tr("Nothing to import")) + "</h3>",
            html.escape(
                tr("No row of %1 is new or changes what the summit has; nothing was changed.")
                .replace("%1", plan.source)
            ),
        ]
    else:
        lines = [
            "<h3>" + html.escape(tr("Imported from %1").replace("%1", plan.source)) + "</h3>",
            "<ul>",
            f"<li>{html.escape(trn('%n new row added', '%n new rows added', created))}</li>",
            f"<li>{html.escape(trn('%n row updated', '%n rows updated', updated))}</li>",
            f"<li>{html.escape(trn('%n row skipped', '%n rows skipped', skipped))}</li>",
        ]
        if plan.new_tracks:
            tracks = tr("New tracks: %1").replace("%1", ", ".join(plan.new_tracks))
            lines.append(f"<li>{html.escape(tracks)}</li>")
        lines.append("</ul>")
        lines.append(
            html.escape(tr("Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step."))
        )
    if plan.problems:
        lines.append(
            "<p>"
            + html.escape(
                trn(
                    "%n problem was found; the rows it concerns were skipped.",
                    "%n problems were found; the rows they concern were skipped.",
                    len(plan.problems),
                )
            )
            + "</p>"
        )
    return "".join(lines)
