"""No stored vocabulary word reaches the screen: a person reads "Under negotiation", never
`under_negotiation`, in any list, choice, pane or label of any section."""

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTextBrowser,
    QTreeWidget,
)

from planner import vocabulary

STORED = sorted(
    {
        str(member.value)
        for name in vocabulary.__all__
        for member in getattr(vocabulary, name)
        if "_" in str(member.value)
    }
)
WORD = re.compile(r"\b(" + "|".join(map(re.escape, STORED)) + r")\b")


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), 200)):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.index(row, column).data(role) or ""))
    return texts


def screen_texts(widget) -> list[str]:
    texts = []
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        texts.append(button.text())
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for tree in widget.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            texts += [item.text(c) for c in range(tree.columnCount())]
    for browser in widget.findChildren(QTextBrowser):
        texts.append(browser.toPlainText())
    return texts


def test_the_vocabulary_has_words_with_underscores():
    assert {"under_negotiation", "heads_of_state", "under_review"} <= set(STORED)


def test_no_section_shows_a_stored_word(sample_window):
    window = sample_window
    for row in range(len(window.sections)):
        window.navigator.setCurrentRow(row)
        QApplication.processEvents()
        section = window.sections[row][1]
        models = {
            view.model()
            for view in section.findChildren(QAbstractItemView)
            if view.model() is not None
        }
        texts = [t for m in models for t in model_texts(m)] + screen_texts(section)
        if row in (0, 1):  # the details pane of a meeting with people and an agenda
            first = window.monitor.overview.rows[4].id
            section.details.show_meeting(first)
            texts.append(section.details.text())
        if row == 4:  # totals by every grouping, the history of a request
            for index in range(section.totals_by.count()):
                section.totals_by.setCurrentIndex(index)
                texts += screen_texts(section)
            section.pane.select_id(section.model.rows[0].id)
            texts += screen_texts(section)
        found = sorted({m for t in texts for m in WORD.findall(t)})
        assert found == [], window.sections[row][0]
