"""The thread of one issue: every meeting where it is on the agenda, and what came of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.issue_thread import issue_thread
from planner.issues import IssueRow
from ui.labels import issue_status_labels, status_labels
from ui.local_dates import day_and_time


class ThreadPanel(QWidget):
    """A list that wraps: each meeting on three lines (when and what, who, the outcome)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.list = QListWidget()
        self.list.setObjectName("issueThread")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.show_issue(None)

    def show_issue(self, row: IssueRow | None) -> None:
        self.list.clear()
        if row is None:
            self.heading.setText(self.tr("<i>Select an issue to see where it has come up.</i>"))
            return
        status = issue_status_labels().get(row.status, row.status)
        status_line = self.tr("Status: %1 · on %2 agendas").replace("%1", status)
        status_line = status_line.replace("%2", str(row.meetings))
        self.heading.setText(f"<b>{row.code} {escape(row.title)}</b><br>{escape(status_line)}")
        statuses = status_labels()
        for entry in issue_thread(row.id):
            minutes = self.tr(", %1 min").replace("%1", str(entry.minutes)) if entry.minutes else ""
            status = statuses.get(entry.status, entry.status)
            lines = [
                f"{day_and_time(entry.start)} · {entry.title}",
                f"{entry.participants} · {status}{minutes}",
                self.tr("Outcome: %1").replace("%1", entry.outcome or self.tr("none recorded")),
            ]
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, entry.meeting_id)
            self.list.addItem(item)

    def entries(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
