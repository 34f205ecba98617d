"""The Delegations section: delegations and their people side by side, the rooms below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from planner import delegations
from planner.delegations import Kind
from planner.errors import USER_ERRORS
from planner.history import Change
from planner.timezones import time_zone_names
from ui import dialogs
from ui.delegations.table_models import DelegationTableModel, PersonTableModel, RoomTableModel
from ui.document import SummitDocument
from ui.labels import rank_labels
from ui.record_dialog import FieldSpec, edit_in_dialog
from ui.record_pane import RecordPane
from ui.schedule_monitor import ScheduleMonitor
from ui.section import Section
from ui.undo_commands import remove_records


class DelegationsSection(Section, QWidget):
    # People counts live on delegations, meeting counts on all three (see the models).
    watched = (Kind.DELEGATION, Kind.PERSON, Kind.ROOM, "meeting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegations = RecordPane(
            self.tr("Delegations"), DelegationTableModel(self), DelegationTableModel.NAME
        )
        self.people = RecordPane(self.tr("People"), PersonTableModel(self), PersonTableModel.TITLE)
        self.rooms = RecordPane(self.tr("Rooms"), RoomTableModel(self), RoomTableModel.BUILDING)
        self.panes = {
            Kind.DELEGATION: self.delegations,
            Kind.PERSON: self.people,
            Kind.ROOM: self.rooms,
        }
        for kind, pane in self.panes.items():
            pane.add_requested.connect(lambda kind=kind: self.add(kind))
            pane.edit_requested.connect(lambda row_id, kind=kind: self.edit(kind, row_id))
            pane.delete_requested.connect(lambda ids, kind=kind: self.delete(kind, ids))
        self.delegations.selection_changed.connect(self.show_people_of)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.delegations)
        top.addWidget(self.people)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        # Delegations' seven columns need about 640 pixels; people's long titles wrap into the rest.
        top.setSizes([660, 540])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.rooms)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def set_document(
        self, document: SummitDocument | None, monitor: ScheduleMonitor | None = None
    ) -> None:
        self.first_selection = True  # a new summit opens on its first delegation
        super().set_document(document, monitor)

    def clear(self) -> None:
        for pane in self.panes.values():
            pane.model.clear()

    def set_editable(self, editable: bool) -> None:
        for pane in self.panes.values():
            pane.set_editable(editable)

    def reload(self) -> None:
        for pane in self.panes.values():
            pane.reload()
        if self.first_selection and self.delegations.model.rows:
            self.first_selection = False
            self.delegations.select_id(self.delegations.model.rows[0].id)

    def record_panes(self) -> list[RecordPane]:
        return list(self.panes.values())

    def after_change(self, change: Change) -> None:
        if change.touches((Kind.DELEGATION,)):  # the people's heading names it
            self.title_people(self.delegations.selected_ids())

    def show_people_of(self, ids: list[int]) -> None:
        if self.document is None or self.deferred():
            return
        single = len(ids) == 1
        self.people.model.show_delegation(ids[0] if single else None)
        self.people.view.setColumnHidden(PersonTableModel.DELEGATION, single)
        self.people.fit_columns()
        self.title_people(ids)

    def title_people(self, ids: list[int]) -> None:
        single = len(ids) == 1
        row = self.delegations.model.row_of_id(ids[0]) if single else None
        if row is None:
            self.people.set_title(self.tr("People of all delegations"))
        else:
            name = self.delegations.model.rows[row].name
            self.people.set_title(self.tr("People of %1").replace("%1", name))

    # Dialogs

    def fields(self, kind: Kind) -> list[FieldSpec]:
        if kind is Kind.DELEGATION:
            zones = [(name, name) for name in time_zone_names()]
            return [
                FieldSpec("code", self.tr("Code"), placeholder=self.tr("ISO 3166 code, e.g. KZ")),
                FieldSpec("name", self.tr("Name")),
                FieldSpec("head", self.tr("Head of delegation")),
                FieldSpec("colour", self.tr("Colour"), kind="colour"),
                FieldSpec("precedence", self.tr("Protocol precedence"), kind="int", maximum=999),
                FieldSpec("timezone", self.tr("Home time zone"), "editable-choice", zones),
            ]
        if kind is Kind.PERSON:
            teams = [(row.id, f"{row.code} — {row.name}") for row in self.delegations.model.rows]
            ranks = [(rank.value, label) for rank, label in rank_labels().items()]
            return [
                FieldSpec("name", self.tr("Name", "a person's")),
                FieldSpec("delegation", self.tr("Delegation"), kind="choice", choices=teams),
                FieldSpec("rank", self.tr("Rank"), kind="choice", choices=ranks),
                FieldSpec("title", self.tr("Title", "a person's post")),
            ]
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("building", self.tr("Building")),
            FieldSpec("capacity", self.tr("Seats"), kind="int", maximum=10_000),
        ]

    def nouns(self, kind: Kind) -> str:
        return {
            Kind.DELEGATION: self.tr("Delegation"),
            Kind.PERSON: self.tr("Person"),
            Kind.ROOM: self.tr("Room"),
        }[kind]

    def defaults(self, kind: Kind) -> dict[str, Any]:
        selected = self.delegations.selected_ids()
        return delegations.new_record_defaults(kind, selected[0] if selected else None)

    def add(self, kind: Kind) -> None:
        if not self.editable():
            return
        noun = self.nouns(kind)
        edit_in_dialog(
            self,
            self.document,
            delegations.OPERATIONS[kind],
            self.tr("New %1").replace("%1", noun),
            self.fields(kind),
            self.defaults(kind),
            self.tr("Add %1").replace("%1", noun),
            saved=self.panes[kind].select_id,
        )

    def edit(self, kind: Kind, row_id: int) -> None:
        if not self.editable():
            return
        try:
            values = delegations.fetch(kind, row_id)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Edit"), str(error))
            return
        text = self.tr("Edit %1").replace("%1", self.nouns(kind))
        edit_in_dialog(
            self,
            self.document,
            delegations.OPERATIONS[kind],
            text,
            self.fields(kind),
            values,
            text,
            row_id=row_id,
        )

    def delete(self, kind: Kind, ids: list[int]) -> None:
        if not self.editable() or not ids:
            return
        try:
            plan = delegations.plan_removal(kind, ids)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))
            return
        names = ", ".join(
            str(row.get("name") or row.get("code"))
            for row in plan.removed.get(delegations.MODELS[kind], [])
        )
        question = self.tr("Delete %1?").replace("%1", names)
        details = " ".join(delegations.consequences(plan))
        details = (details + " " if details else "") + self.tr("You can undo this.")
        if not dialogs.confirm(self, self.tr("Delete"), question, details):
            return
        try:
            text = self.tr("Delete %1").replace("%1", names)
            remove_records(self.document, delegations.OPERATIONS[kind], plan, text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))
