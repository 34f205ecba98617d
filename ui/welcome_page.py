"""What the window shows when no summit is open: the summits opened last, a new one, another
one, or the sample, and what the planner is for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        heading = QLabel(self.tr("<h2>Summit Planner</h2>"))
        about = QLabel(
            self.tr(
                "Plan a summit's meetings, agenda issues, positions and financing requests. "
                "Each summit is one file you can copy and send; every change is saved at once "
                "and can be undone."
            )
        )
        about.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open…"))
        self.new_button = QPushButton(self.tr("New Summit…"))
        self.sample_button = QPushButton(self.tr("Open the Astana 2025 Sample"))
        self.sample_button.setToolTip(
            self.tr(
                "The 2nd Central Asia–China Summit, Astana, 16–17 June 2025, seen from the "
                "Kazakh delegation: a safe place to try everything"
            )
        )
        for button, signal in (
            (self.open_button, self.open_requested),
            (self.new_button, self.new_requested),
            (self.sample_button, self.sample_requested),
        ):
            button.setMinimumWidth(240)
            button.clicked.connect(signal)

        self.recent_heading = QLabel(self.tr("<b>Recent summits</b>"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentSummits")
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setMaximumHeight(self.fontMetrics().height() * 2 * 6 + 16)  # six summits
        self.recent.itemActivated.connect(self.choose)
        self.recent.itemClicked.connect(self.choose)
        self.no_recent = QLabel(self.tr("None yet: the summits you open are listed here."))
        self.no_recent.setStyleSheet("color: #5F6368")

        actions = QVBoxLayout()
        actions.addWidget(QLabel(self.tr("<b>Start</b>")))
        for button in (self.open_button, self.new_button, self.sample_button):
            actions.addWidget(button)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_heading)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.no_recent)

        columns = QGridLayout()
        columns.setHorizontalSpacing(32)
        columns.addLayout(actions, 0, 0)
        columns.addLayout(recent, 0, 1)
        columns.setColumnStretch(1, 1)
        body = QWidget()
        body.setMaximumWidth(880)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading)
        body_layout.addWidget(about)
        body_layout.addSpacing(12)
        body_layout.addLayout(columns, 1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(body, 4, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.set_recent([])

    def set_recent(self, files: list[str]) -> None:
        """The summits opened last, newest first; those that no longer exist are left out."""
        self.recent.clear()
        for name in files:
            path = Path(name)
            if not path.exists():
                continue
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)

    def recent_paths(self) -> list[Path]:
        return [Path(self.recent.item(i).data(PATH_ROLE)) for i in range(self.recent.count())]

    def choose(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))
