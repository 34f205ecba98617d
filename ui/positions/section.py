"""The Positions section: the matrix, set by keyboard or menu, with views that answer
questions (a meeting's brief, disagreements with a counterpart)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import history
from planner.errors import USER_ERRORS
from planner.history import Change
from planner.issues import issue_count
from planner.positions import (
    POSITION_EDITS,
    PositionMatrix,
    disagreements,
    load_matrix,
    meeting_brief,
    set_stance,
)
from ui import dialogs
from ui.background import LatestLoad
from ui.changed_rows import RELOAD_SOME
from ui.colours import HINT_COLOUR
from ui.combo import select_data
from ui.labels import stance_labels, stance_short_labels
from ui.local_dates import day_and_time
from ui.positions.matrix_filter import MatrixFilter, prepared
from ui.positions.matrix_model import CELL_ROLE, PositionMatrixModel
from ui.positions.position_panel import PositionPanel
from ui.section import Section
from ui.undo_commands import bulk_edit

KEYS = {
    Qt.Key.Key_S: "support",
    Qt.Key.Key_1: "support",
    Qt.Key.Key_C: "conditional",
    Qt.Key.Key_2: "conditional",
    Qt.Key.Key_N: "neutral",
    Qt.Key.Key_3: "neutral",
    Qt.Key.Key_O: "oppose",
    Qt.Key.Key_4: "oppose",
    Qt.Key.Key_U: "unknown",
    Qt.Key.Key_5: "unknown",
    Qt.Key.Key_Delete: "unknown",
}
ALL, BRIEF, DISAGREE = "all", "brief", "disagree"
BEHIND = 5_000  # issues from which the whole matrix is loaded again behind the window
RELOADING = ("delegation", "summit")  # what changes the matrix's columns
ROWS = ("issue", "track")  # what changes some of its rows


class MatrixView(QTableView):
    """Letters and digits set the stance of every selected cell."""

    def __init__(self, section: PositionsSection) -> None:
        super().__init__()
        self.section = section

    def keyPressEvent(self, event: QKeyEvent) -> None:
        stance = KEYS.get(Qt.Key(event.key()))
        if stance and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.section.set_selected(stance)
            return
        super().keyPressEvent(event)


class PositionsSection(Section, QWidget):
    watched = (POSITION_EDITS.kind, *RELOADING, *ROWS, "meeting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings_listed = False
        self.loading = LatestLoad(self)  # a whole matrix loaded behind the window
        self.model = PositionMatrixModel(self)
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = MatrixView(self)
        self.view.setObjectName("positionsMatrix")
        self.view.viewport().installEventFilter(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(92)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.show_menu)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.panel = PositionPanel()
        self.panel.apply_requested.connect(self.apply_position)

        self.view_choice = QComboBox()
        self.view_choice.addItem(self.tr("All issues"), ALL)
        self.view_choice.addItem(self.tr("A meeting's brief"), BRIEF)
        self.view_choice.addItem(self.tr("Disagreements with"), DISAGREE)
        self.meeting_choice = QComboBox()
        self.counterpart_choice = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find issues…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self.find_words)
        self.summary = QLabel()
        for combo in (self.view_choice, self.meeting_choice, self.counterpart_choice):
            combo.currentIndexChanged.connect(self.apply_view)
        hint = QLabel(self.tr("Keys: S support · C conditional · N neutral · O oppose · U unknown"))
        hint.setStyleSheet(f"color: {HINT_COLOUR};")
        hint.setWordWrap(True)  # on two lines where a language's words are longer

        bar = QHBoxLayout()
        for widget in (self.view_choice, self.meeting_choice, self.counterpart_choice):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.search)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view)
        left_layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1040, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def fit_columns(self) -> None:
        """Each delegation's column as wide as its widest stance, the counts as wide as they
        need; the issue takes the rest of the width (never less than it needs to be read)."""
        if self.model.matrix is None:
            return
        metrics = self.view.fontMetrics()
        stances = max(metrics.horizontalAdvance(f"✓ {t}") for t in stance_short_labels().values())
        counts = self.model.counts_column()
        for column in range(1, counts):
            self.view.setColumnWidth(column, stances + 16)
        self.view.setColumnWidth(counts, metrics.horizontalAdvance("✓00 ~00 ✗00") + 20)
        others = sum(self.view.columnWidth(c) for c in range(1, counts + 1))
        self.view.setColumnWidth(0, max(200, self.view.viewport().width() - others))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.loading.stop()
        self.proxy.show_matrix(None)

    def show_change(self, change: Change) -> None:
        cells, issues = change.ids(POSITION_EDITS.kind), self.changed_issues(change)
        whole = change.touches(RELOADING) or cells is history.ALL or issues is None
        if whole or self.loading:  # (a matrix under way may miss this change)
            if issue_count() >= BEHIND:
                before = self.model.matrix.issues if self.model.matrix else []  # not changed
                # in place: rows loaded again make a new list (PositionMatrixModel)
                self.loading.start(lambda: prepared(load_matrix(), before), self.matrix_arrived)
            else:
                self.reload()
            return
        if issues:  # only these rows: loaded again with their cells
            self.model.refresh_issues(issues)
            self.proxy.forget_rows(issues)
        if cells:  # only these cells: redrawn without reloading the matrix
            self.model.refresh(list(cells))
        if issues or cells:
            self.show_selected()
            if self.view_choice.currentData() == ALL:
                self.show_summary()
            else:
                self.apply_view()
        if change.touches(("meeting",)):  # only the list of meetings for briefs can change
            self.meetings_listed = False
            if self.view_choice.currentData() == BRIEF:
                self.apply_view()

    def changed_issues(self, change: Change) -> set[int] | None:
        """The issues whose rows a change names (directly, or by their track); None when
        the whole matrix is to be loaded again."""
        issues, tracks = change.ids("issue"), change.ids("track")
        if issues is history.ALL or tracks is history.ALL or self.model.matrix is None:
            return None
        found = set(issues)
        if tracks:
            found |= {i.id for i in self.model.matrix.issues if i.track_id in tracks}
        return found if len(found) <= RELOAD_SOME else None

    def reload(self) -> None:
        self.show_matrix(load_matrix())

    def matrix_arrived(self, loaded: tuple[PositionMatrix, dict[int, str], set[int]]) -> None:
        """A matrix loaded behind the window (tens of thousands of issues)."""
        self.proxy.prepared = loaded[1]
        self.show_matrix(loaded[0], loaded[2])

    def show_matrix(self, matrix: PositionMatrix, changed: set[int] | None = None) -> None:
        self.loading.forget()  # a matrix under way is out of date
        selected = self.selected_cells()
        self.proxy.show_matrix(matrix, changed)
        self.fit_columns()
        self.fill_choices()
        self.apply_view()
        self.select_cells(selected)

    def fill_choices(self) -> None:
        matrix = self.model.matrix
        counterpart = self.counterpart_choice.currentData()
        self.counterpart_choice.blockSignals(True)
        self.counterpart_choice.clear()
        for delegation_id, code, name in matrix.delegations:
            if delegation_id != matrix.home:
                self.counterpart_choice.addItem(f"{code} — {name}", delegation_id)
        select_data(self.counterpart_choice, counterpart)
        self.counterpart_choice.blockSignals(False)
        self.meetings_listed = False  # listed when a brief is asked for (there may be 20,000)
        if self.view_choice.currentData() == BRIEF:
            self.list_meetings()

    def list_meetings(self) -> None:
        if self.meetings_listed:
            return
        self.meetings_listed = True
        meeting = self.meeting_choice.currentData()
        self.meeting_choice.blockSignals(True)
        self.meeting_choice.clear()
        for row in self.monitor.overview.rows if self.monitor else []:
            self.meeting_choice.addItem(f"{day_and_time(row.start)}  {row.title}", row.id)
        select_data(self.meeting_choice, meeting)
        self.meeting_choice.blockSignals(False)

    def apply_view(self, *_args) -> None:
        matrix = self.model.matrix
        if matrix is None:
            return
        mode = self.view_choice.currentData()
        if mode == BRIEF:
            self.list_meetings()
        self.meeting_choice.setVisible(mode == BRIEF)
        self.counterpart_choice.setVisible(mode == DISAGREE)
        issues = delegations = None
        if mode == BRIEF and self.meeting_choice.currentData() is not None:
            issues, delegations = meeting_brief(self.meeting_choice.currentData())
        elif mode == DISAGREE and matrix.home and self.counterpart_choice.currentData():
            counterpart = self.counterpart_choice.currentData()
            issues = disagreements(matrix, matrix.home, counterpart)
            delegations = [matrix.home, counterpart]
        self.keeping_selection(lambda: self.proxy.set_view(issues, delegations))
        self.show_summary()

    def find_words(self, text: str) -> None:
        self.keeping_selection(lambda: self.proxy.set_words(text))
        self.show_summary()

    def keeping_selection(self, choose) -> None:
        """Choose the rows shown again, the selected cells (and the current one) that are
        still shown staying selected: rows that all go and come back would lose them."""
        selected, current = self.selected_cells(), self.view.currentIndex().data(CELL_ROLE)
        choose()
        if self.selected_cells() != selected:
            self.select_cells(selected)
        if current is not None and self.view.currentIndex().data(CELL_ROLE) != current:
            index = self.index_of(tuple(current))
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )

    def show_summary(self) -> None:
        matrix = self.model.matrix
        shown = self.proxy.rowCount()
        self.summary.setText(
            self.tr("%1 of %2 issues")
            .replace("%1", str(shown))
            .replace("%2", str(len(matrix.issues)))
        )

    # Selection and editing

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = []
        for index in self.view.selectionModel().selectedIndexes():
            cell = index.data(CELL_ROLE)
            if cell is not None:
                cells.append(tuple(cell))
        return cells

    def select_cells(self, cells: list[tuple[int, int]]) -> None:
        """Select these (issue, delegation) cells, found directly: a matrix may have
        millions of cells and only a few are wanted."""
        selection = QItemSelection()
        if cells and self.model.matrix is not None:
            finding = self.cell_finder()
            for cell in cells:
                index = finding(cell)
                if index.isValid():
                    selection.select(index, index)
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def index_of(self, cell: tuple[int, int]) -> QModelIndex:
        return self.cell_finder()(cell) if self.model.matrix is not None else QModelIndex()

    def cell_finder(self):
        """A function from (issue, delegation) to the view's index of that cell (invalid
        when it is not shown)."""
        rows = {issue.id: row for row, issue in enumerate(self.model.rows)}
        columns = {
            team: n for n, (team, _code, _name) in enumerate(self.model.matrix.delegations, 1)
        }

        def find(cell: tuple[int, int]) -> QModelIndex:
            issue, team = cell
            if issue not in rows or team not in columns:
                return QModelIndex()
            return self.proxy.mapFromSource(self.model.index(rows[issue], columns[team]))

        return find

    def cell_title(self, cell: tuple[int, int]) -> str:
        matrix = self.model.matrix
        issue = next(i for i in matrix.issues if i.id == cell[0])
        code = next(c for d, c, _ in matrix.delegations if d == cell[1])
        return (
            self.tr("%1 on %2 %3")
            .replace("%1", code)
            .replace("%2", issue.code)
            .replace("%3", issue.title)
        )

    def show_selected(self, *_args) -> None:
        cells = self.selected_cells()
        panel = self.panel
        if panel.dirty and panel.cell is not None and cells != [panel.cell]:
            # Leaving a cell with typed texts saves them: nothing typed is lost.
            self.apply_position(panel.cell, panel.values())
            panel.dirty = False
        editable = self.editable()
        if len(cells) == 1:
            self.panel.show_cell(cells[0], self.cell_title(cells[0]), editable)
        else:
            self.panel.show_cell(None, "")

    def set_selected(self, stance: str) -> None:
        cells = self.selected_cells()
        if not cells or not self.editable():
            return
        if self.panel.dirty and cells == [self.panel.cell]:
            self.panel.select_stance(stance)
            self.panel.apply()  # the stance and the typed texts in one step
            return
        label = stance_labels()[stance]
        text = self.tr("Set %1 Positions to %2").replace("%1", str(len(cells))).replace("%2", label)
        try:
            bulk_edit(self.document, POSITION_EDITS, set_stance(cells, stance), text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Set the Positions"), str(error))

    def apply_position(self, cell, values: dict) -> None:
        if not self.editable():
            return
        text = self.tr("Edit Position: %1").replace("%1", self.cell_title(cell))
        try:
            bulk_edit(self.document, POSITION_EDITS, {tuple(cell): values}, text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Save the Position"), str(error))

    def show_menu(self, position) -> None:
        if not self.selected_cells() or not self.editable():
            return
        menu = QMenu(self)
        for stance, label in stance_labels().items():
            menu.addAction(
                self.tr("Set to %1").replace("%1", label),
                lambda s=str(stance): self.set_selected(s),
            )
        menu.popup(self.view.viewport().mapToGlobal(position))
