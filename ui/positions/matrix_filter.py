"""The Positions matrix's filter: some issues in a given order, some delegation columns, and
the issues whose code or title has the typed words."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.positions import MatrixIssue, PositionMatrix
from planner.word_search import matches, search_words, searchable
from ui.positions.matrix_model import differing


class MatrixFilter(QSortFilterProxyModel):
    """Shows only some issues (in a given order) and some delegation columns, and issues
    whose code or title has the typed words.

    The issues are chosen here in one pass of plain Python and handed to the matrix model,
    which shows only those (see PositionMatrixModel.show_rows); the proxy itself filters
    only the columns. Asking Qt to filter the rows would have it call filterAcceptsRow once
    per row through Python each time a matrix of tens of thousands of issues arrives."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # nothing is sorted or filtered by rows here
        self.issue_rank: dict[int, int] | None = None
        self.delegations: set[int] | None = None
        self.words: list[str] = []
        self.texts: dict[int, str] = {}  # each issue's code and title, prepared for search
        self.prepared: dict[int, str] | None = None  # the texts of the matrix shown next

    def show_matrix(
        self, matrix: PositionMatrix | None, changed: Collection[int] | None = None
    ) -> None:
        """A new matrix: its texts are those prepared for it (see prepared), or made anew;
        `changed` as for PositionMatrixModel.show_matrix."""
        self.texts, self.prepared = self.prepared or {}, None
        self.sourceModel().show_matrix(matrix, self.choose(matrix), changed)

    def forget_rows(self, issues: set[int]) -> None:
        """Some issues' rows were loaded again: their texts are prepared anew and the rows
        shown chosen again."""
        for issue in issues:
            self.texts.pop(issue, None)
        self.choose_rows(issues)

    def choose_rows(self, changed: Collection[int] = ()) -> None:
        model = self.sourceModel()
        model.show_rows(self.choose(model.matrix), changed)

    def set_view(self, issues: list[int] | None, delegations: list[int] | None) -> None:
        rank = None if issues is None else {i: n for n, i in enumerate(issues)}
        chosen = None if delegations is None else set(delegations)
        if (rank, chosen) == (self.issue_rank, self.delegations):
            return  # the same view: nothing to filter or sort again (60,000 rows)
        if chosen != self.delegations:
            self.beginFilterChange()
            self.delegations = chosen
            self.endFilterChange(QSortFilterProxyModel.Direction.Columns)
        self.issue_rank = rank
        self.choose_rows()

    def set_words(self, text: str) -> None:
        self.words = search_words(text)
        self.choose_rows()

    def choose(self, matrix: PositionMatrix | None) -> list[MatrixIssue]:
        """The issues of the matrix shown: those found by the words, and of those in the
        view's issues only, in the view's order."""
        if matrix is None:
            return []
        issues = matrix.issues
        if not self.words and self.issue_rank is None:
            return list(issues)  # every issue (the texts are made when words are typed)
        known = self.texts
        known.update(issue_texts(i for i in issues if i.id not in known))
        hits = matches(self.words, [known[issue.id] for issue in issues])
        found = [issue for issue, hit in zip(issues, hits, strict=True) if hit]
        rank = self.issue_rank
        if rank is None:
            return found
        return sorted((issue for issue in found if issue.id in rank), key=lambda i: rank[i.id])

    def filterAcceptsColumn(self, column: int, parent: QModelIndex | QPersistentModelIndex):
        model = self.sourceModel()
        if self.delegations is None or column == 0 or column == model.counts_column():
            return True
        return model.matrix.delegations[column - 1][0] in self.delegations


def issue_texts(issues: Iterable[MatrixIssue]) -> dict[int, str]:
    """Each issue's code and title as searched (plain Python: may run on a worker thread)."""
    return {issue.id: searchable(f"{issue.code} {issue.title}") for issue in issues}


def prepared(
    matrix: PositionMatrix, before: list[MatrixIssue]
) -> tuple[PositionMatrix, dict[int, str], set[int]]:
    """A matrix loaded behind the window with what the window would otherwise work out for
    each of its issues: their texts as searched, and which differ from before's."""
    return matrix, issue_texts(matrix.issues), differing(before, matrix.issues)
