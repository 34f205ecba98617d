"""The Conflicts panel with tens of thousands of conflicts: rows fetched as the list scrolls."""

from collections import Counter

from planner.conflicts import Conflict, ConflictKind, ConflictReport, Severity
from ui.meetings.conflicts_panel import ConflictListModel, ConflictsPanel


def many_conflicts(count: int, written: list[int]) -> list[Conflict]:
    def explain(number: int):
        def text() -> str:
            written.append(number)
            return f"Clash number {number}"

        return text

    return [
        Conflict(
            ConflictKind.DELEGATION_OVERLAP if number % 4 else ConflictKind.LEVEL_MISMATCH,
            Severity.ERROR if number % 4 else Severity.WARNING,
            (number, number + 1),
            explain(number),
        )
        for number in range(count)
    ]


def report_of(conflicts: list[Conflict]) -> ConflictReport:
    """A report that lists every conflict it counts."""
    return ConflictReport(conflicts, dict(Counter(c.kind for c in conflicts)))


def test_a_large_list_is_fetched_a_batch_at_a_time(qtbot):
    written: list[int] = []
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    panel.model.show_report(report_of(many_conflicts(70_000, written)))
    qtbot.wait(50)
    model = panel.model
    assert model.rowCount() == ConflictListModel.BATCH < len(model.entries) == 70_002
    assert len(written) <= ConflictListModel.BATCH  # explanations written only when shown
    assert panel.texts()[0] == "52500 errors"
    panel.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > ConflictListModel.BATCH)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 70_002
    warnings = panel.texts().index("17500 warnings")
    assert panel.texts()[warnings + 1] == "Clash number 0"


def test_choosing_a_conflict_names_its_meetings_and_headings_are_not_chosen(qtbot):
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.model.show_report(report_of(many_conflicts(3, [])))
    chosen: list[list[int]] = []
    panel.meetings_chosen.connect(chosen.append)
    panel.choose(0)  # the "2 errors" heading
    assert chosen == [] and not panel.list.selectionModel().selectedIndexes()
    panel.choose(1)
    assert chosen == [[1, 2]]
