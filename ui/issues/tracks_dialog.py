"""The list of tracks: add, rename, recolour, reorder and delete (moving their issues)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from planner.errors import USER_ERRORS
from planner.tracks import TRACK_OPERATIONS, fetch_track, list_tracks, new_track_defaults
from ui import dialogs
from ui.document import SummitDocument
from ui.i18n import tr
from ui.record_dialog import FieldSpec, edit_in_dialog
from ui.record_pane import RecordPane
from ui.record_table_model import Column, RecordTableModel
from ui.undo_commands import remove_records


class TrackTableModel(RecordTableModel):
    NAME, ORDER, ISSUES = range(3)

    def __init__(self, parent=None):
        columns = [
            Column(tr("Track"), lambda r: r.name, colour=lambda r: r.colour),
            Column(tr("Order"), lambda r: r.sort_order, align_right=True),
            Column(tr("Issues"), lambda r: r.issues, align_right=True),
        ]
        super().__init__(columns, list_tracks, parent)


class TracksDialog(QDialog):
    def __init__(self, document: SummitDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tracks"))
        self.document = document
        self.pane = RecordPane(self.tr("Tracks"), TrackTableModel(self), TrackTableModel.NAME)
        self.pane.add_requested.connect(self.add)
        self.pane.edit_requested.connect(self.edit)
        self.pane.delete_requested.connect(self.delete)
        document.changed.connect(self.on_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)
        layout.addWidget(buttons)
        self.pane.reload()
        self.resize(460, 360)

    def on_changed(self, _change: object) -> None:
        self.pane.reload()

    def done(self, result: int) -> None:
        self.document.changed.disconnect(self.on_changed)
        super().done(result)

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("colour", self.tr("Colour"), kind="colour"),
            FieldSpec("sort_order", self.tr("Order"), kind="int", maximum=999),
        ]

    def add(self) -> None:
        edit_in_dialog(
            self,
            self.document,
            TRACK_OPERATIONS,
            self.tr("New Track"),
            self.fields(),
            new_track_defaults(),
            self.tr("Add Track"),
            saved=self.show_saved,
        )

    def edit(self, track_id: int) -> None:
        values = fetch_track(track_id)
        edit_in_dialog(
            self,
            self.document,
            TRACK_OPERATIONS,
            self.tr("Edit Track"),
            self.fields(),
            values,
            self.tr("Edit Track"),
            row_id=track_id,
        )

    def show_saved(self, track_id: int) -> None:
        self.pane.reload()
        self.pane.select_id(track_id)

    def delete(self, ids: list[int]) -> None:
        track = next(t for t in self.pane.model.rows if t.id == ids[0])
        move_to = None
        if track.issues:
            others = [(t.id, t.name) for t in self.pane.model.rows if t.id != track.id]
            if not others:
                dialogs.show_error(
                    self,
                    self.tr("Cannot Delete"),
                    self.tr("The only track cannot be deleted while it has issues."),
                )
                return
            question = self.tr("%1 has %2 issues. Move them to:").replace("%1", track.name)
            move_to = dialogs.choose_item(
                self, self.tr("Delete Track"), question.replace("%2", str(track.issues)), others
            )
            if move_to is None:
                return
        try:
            plan = TRACK_OPERATIONS.plan_removal([track.id], move_to=move_to)
            text = self.tr("Delete Track %1").replace("%1", track.name)
            remove_records(self.document, TRACK_OPERATIONS, plan, text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))
