"""Table models of the Delegations section, with their column constants."""

from __future__ import annotations

from planner import delegations
from planner.delegations import PersonRow
from ui.changed_rows import Recount, Via
from ui.i18n import tr
from ui.labels import rank_labels
from ui.record_table_model import Column, RecordTableModel


def counts(row) -> tuple[int, int]:
    return (row.people, row.meetings)


class DelegationTableModel(RecordTableModel):
    CODE, NAME, HEAD, PRECEDENCE, TIMEZONE, PEOPLE, MEETINGS = range(7)
    kind = "delegation"
    follows = {
        "person": Recount(delegations.delegation_counts, counts, (0, 0)),
        "meeting": Recount(delegations.delegation_counts, counts, (0, 0)),
    }

    def __init__(self, parent=None):
        columns = [
            Column(tr("Code"), lambda r: r.code, colour=lambda r: r.colour),
            Column(tr("Name"), lambda r: r.name),
            Column(tr("Head"), lambda r: r.head),
            Column(tr("Order"), lambda r: r.precedence, align_right=True),
            Column(tr("Time zone"), lambda r: r.timezone),
            Column(tr("People"), lambda r: r.people, align_right=True),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(
            columns,
            delegations.list_delegations,
            parent,
            some=delegations.list_delegations,
            order=lambda row: (row.precedence, row.code),
        )


class PersonTableModel(RecordTableModel):
    NAME, DELEGATION, RANK, TITLE, MEETINGS = range(5)
    kind = "person"
    follows = {
        "delegation": Via(("delegation_id",)),  # its code
        "meeting": Recount(delegations.person_meeting_counts, lambda row: row.meetings),
    }

    def __init__(self, parent=None):
        ranks = rank_labels()
        columns = [
            Column(tr("Name", "a person's"), lambda r: r.name),
            Column(tr("Delegation"), lambda r: r.delegation_code),
            Column(tr("Rank"), lambda r: ranks[r.rank]),
            Column(tr("Title", "a person's post"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(
            columns, self.load, parent, some=self.load_some, order=PersonRow.listed_order
        )
        self.delegation_id: int | None = None

    def load(self):
        return delegations.list_people(self.delegation_id)

    def load_some(self, ids):
        return delegations.list_people(self.delegation_id, ids)

    def show_delegation(self, delegation_id: int | None) -> None:
        self.delegation_id = delegation_id
        self.reload()


class RoomTableModel(RecordTableModel):
    NAME, BUILDING, CAPACITY, MEETINGS = range(4)
    kind = "room"
    follows = {"meeting": Recount(delegations.room_meeting_counts, lambda row: row.meetings)}

    def __init__(self, parent=None):
        columns = [
            Column(tr("Room"), lambda r: r.name),
            Column(tr("Building"), lambda r: r.building),
            Column(tr("Seats"), lambda r: r.capacity, align_right=True),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(
            columns,
            delegations.list_rooms,
            parent,
            some=delegations.list_rooms,
            order=lambda row: (row.building, row.name),
        )
