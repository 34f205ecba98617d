"""The list of sections down the main window's left side."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class SectionNavigator(QListWidget):
    """One row per section, titled; choosing a row shows that section."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionNavigator")
        # As wide as the longest title needs, in the language shown: a laptop's width is
        # better spent on the section.
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in titles), default=80)
        self.setFixedWidth(widest + 2 * 14 + 16)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet(
            "#sectionNavigator { background: palette(window); border-right: 1px solid palette(mid);"
            " padding-top: 8px; }"
            "#sectionNavigator::item { padding: 8px 14px; }"
        )
        for title in titles:
            self.addItem(QListWidgetItem(title))
