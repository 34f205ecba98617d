"""The lifecycle every section shares: attach, read-only, reload on a watched change, and
catching up on being shown after changes while hidden."""

from PySide6.QtWidgets import QWidget

from planner.history import Change
from ui.document import SummitDocument
from ui.section import Section


class CountingSection(Section, QWidget):
    watched = ("room",)

    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0
        self.cleared = 0
        self.editing: list[bool] = []

    def reload(self) -> None:
        self.reloads += 1

    def clear(self) -> None:
        self.cleared += 1

    def set_editable(self, editable: bool) -> None:
        self.editing.append(editable)


def test_a_section_reloads_on_watched_changes_and_only_while_shown(qtbot, sample_summit):
    section = CountingSection()
    qtbot.addWidget(section)
    document = SummitDocument(sample_summit)
    section.set_document(document)
    assert section.reloads == 1 and section.editing == [True] and section.editable()
    document.notify(Change.of("meeting", [1]))  # not shown here
    assert section.reloads == 1
    document.notify(Change.of("room", [1]))
    assert section.reloads == 2

    section.set_shown(False)
    document.notify(Change.of("room", [1]))
    document.notify(Change.of("room", [2]))
    assert section.reloads == 2 and section.stale
    section.set_shown(True)
    assert section.reloads == 3 and not section.stale  # once for both

    section.set_shown(False)
    document.notify("room")
    section.set_document(None)
    assert section.cleared == 1 and not section.stale and not section.editable()
    section.set_shown(True)
    assert section.reloads == 3  # nothing left to catch up with


def test_a_read_only_summit_is_shown_but_not_editable(qtbot, sample_summit):
    section = CountingSection()
    qtbot.addWidget(section)
    section.set_document(SummitDocument(sample_summit, readonly=True))
    assert section.editing == [False] and not section.editable() and section.reloads == 1
