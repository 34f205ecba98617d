"""The Positions matrix's filter: some issues in a given order, some delegation columns, and
the issues whose code or title has the typed words."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.positions import MatrixIssue, PositionMatrix
from planner.word_search import matches, search_words, searchable
from ui.positions.matrix_model import ISSUE_ROLE


class MatrixFilter(QSortFilterProxyModel):
    """Shows only some issues (in a given order) and some delegation columns, and issues
    whose code or title has the typed words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.issue_rank: dict[int, int] | None = None
        self.delegations: set[int] | None = None
        self.words: list[str] = []
        self.texts: dict[int, str] = {}  # each issue's code and title, prepared for search
        self.prepared: dict[int, str] | None = None  # the texts of the matrix shown next
        self.accepted: list[bool] | None = None  # each issue row's answer, per filter

    def setSourceModel(self, model) -> None:
        model.modelAboutToBeReset.connect(self.forget)
        # Rows coming or going: the answers are worked out again (from the texts kept), before
        # Qt asks about the new rows.
        model.rowsAboutToBeInserted.connect(self.forget_answers)
        model.rowsAboutToBeRemoved.connect(self.forget_answers)
        super().setSourceModel(model)

    def forget(self) -> None:
        """A new matrix: its texts are those prepared for it (see prepared), or made anew."""
        self.texts, self.prepared, self.accepted = self.prepared or {}, None, None

    def forget_rows(self, issues: set[int]) -> None:
        """Some issues' rows are loaded again: their texts are to be prepared anew."""
        for issue in issues:
            self.texts.pop(issue, None)
        self.accepted = None

    def forget_answers(self, *_args) -> None:
        self.accepted = None

    def set_view(self, issues: list[int] | None, delegations: list[int] | None) -> None:
        rank = None if issues is None else {i: n for n, i in enumerate(issues)}
        chosen = None if delegations is None else set(delegations)
        if (rank, chosen) == (self.issue_rank, self.delegations):
            return  # the same view: nothing to filter or sort again (60,000 rows)
        self.beginFilterChange()
        self.issue_rank, self.delegations = rank, chosen
        self.accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Both)
        self.sort(0 if self.issue_rank is not None else -1)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = search_words(text)
        self.accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Qt asks row by row; every row's answer is worked out at once on the first call.
        try:
            return self.accepted[row]
        except TypeError:
            self.accepted = self.decide()
            return self.accepted[row]

    def decide(self) -> list[bool]:
        issues = self.sourceModel().matrix.issues
        known = self.texts
        known.update(issue_texts(i for i in issues if i.id not in known))
        hits, rank = matches(self.words, [known[issue.id] for issue in issues]), self.issue_rank
        if rank is None:
            return hits
        return [hit and issue.id in rank for issue, hit in zip(issues, hits, strict=True)]

    def filterAcceptsColumn(self, column: int, parent: QModelIndex | QPersistentModelIndex):
        model = self.sourceModel()
        if self.delegations is None or column == 0 or column == model.counts_column():
            return True
        return model.matrix.delegations[column - 1][0] in self.delegations

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        rank = self.issue_rank or {}
        return rank.get(left.data(ISSUE_ROLE), 0) < rank.get(right.data(ISSUE_ROLE), 0)


def issue_texts(issues: Iterable[MatrixIssue]) -> dict[int, str]:
    """Each issue's code and title as searched (plain Python: may run on a worker thread)."""
    return {issue.id: searchable(f"{issue.code} {issue.title}") for issue in issues}


def with_texts(matrix: PositionMatrix) -> tuple[PositionMatrix, dict[int, str]]:
    return matrix, issue_texts(matrix.issues)
