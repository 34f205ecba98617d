"""A plan's rows as the preview shows them: every mapped field as text, records by their names,
what the import will create marked as new (a track or a room the summit does not have)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from planner.importing.headers import NUMBERING
from planner.importing.plan import ImportPlan, PlannedRow
from planner.local_names import own_names

# Fields whose values are records, by their kind; a str value is a record to create.
NAMED = {
    "track": "track",
    "lead_delegation": "delegation",
    "room_id": "room",
    "delegations": "delegation",
}
SHOWN_AS = {"room": "room_id"}  # a mapped field whose planned value has another key


def shown_fields(plan: ImportPlan) -> list[str]:
    """The fields the preview shows, in the order of the sheet's columns (a positions
    matrix shows its cells as one field)."""
    if plan.kind == "positions":
        return ["positions"]
    fields = [f for f in plan.fields() if f != NUMBERING]
    if plan.kind == "meetings" and "start" in fields:
        fields = [f for f in fields if f not in ("day", "end", "minutes", "id")]
        fields.insert(fields.index("start") + 1, "minutes")
    return fields


class RowText:
    """Turns planned values into the preview's text, naming records once per plan."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.names: dict[str, dict[int, str]] = {}

    def name(self, kind: str, record_id: int) -> str:
        if kind not in self.names:
            self.names[kind] = own_names(kind)
        return self.names[kind].get(record_id, str(record_id))

    def cells(self, planned: PlannedRow, fields: list[str], new: str) -> list[str]:
        """One text a field; `new` is how "(new)" is said, after a record to create."""
        if planned.reason:  # a row around the table: its first text, under the first field
            return [planned.values.get("title", "")] + [""] * (len(fields) - 1)
        if fields == ["positions"]:
            return [str(len(planned.values))] if planned.values else [""]
        return [self.text(SHOWN_AS.get(f, f), planned.values.get(SHOWN_AS.get(f, f)), new)
                for f in fields]  # fmt: skip

    def text(self, field: str, value: Any, new: str) -> str:
        if value is None or value == "":
            return ""
        model = NAMED.get(field)
        if field == "delegations":
            return ", ".join(self.name("delegation", d) for d in value)
        if model is not None:
            return f"{value} {new}" if isinstance(value, str) else self.name(model, value)
        if isinstance(value, datetime):
            return value.isoformat(" ", "minutes")
        if isinstance(value, date):
            return value.isoformat()
        if field in ("priority", "status", "level"):
            return str(value).replace("_", " ")
        return str(value)
