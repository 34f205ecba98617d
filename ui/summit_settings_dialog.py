"""The Summit Settings dialog: the event's description and the scheduler's preference weights."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner import delegations, summit_settings
from planner.summit_settings import LARGEST_WEIGHT, SETTINGS_OPERATIONS
from planner.timezones import time_zone_names
from ui.document import SummitDocument
from ui.i18n import tr
from ui.record_dialog import FieldSpec, edit_in_dialog


def settings_fields() -> list[FieldSpec]:
    zones = [(name, name) for name in time_zone_names()]
    homes = [(None, tr("None"))] + [
        (row.id, f"{row.code} — {row.name}") for row in delegations.list_delegations()
    ]
    return [
        FieldSpec("name", tr("Name")),
        FieldSpec("city", tr("City")),
        FieldSpec("venue", tr("Venue")),
        FieldSpec("first_day", tr("First day"), kind="date"),
        FieldSpec("last_day", tr("Last day"), kind="date"),
        FieldSpec("timezone", tr("Time zone"), "editable-choice", zones),
        FieldSpec("home_delegation", tr("Home delegation"), kind="choice", choices=homes),
        FieldSpec("reporting_currency", tr("Reporting currency"), placeholder="USD"),
        FieldSpec("day_start", tr("Working day starts"), kind="time"),
        FieldSpec("day_end", tr("Working day ends"), kind="time"),
        FieldSpec("slot_minutes", tr("Slot length (minutes)"), "int", minimum=5, maximum=120),
        FieldSpec("transfer_minutes", tr("Transfer time (minutes)"), "int", maximum=240),
        *weight_fields(),
    ]


def weight_fields() -> list[FieldSpec]:
    """The scheduler's soft preferences, weighed against one another (0: ignored)."""
    labels = {
        "weight_early": tr("Scheduling: high priorities early (weight)"),
        "weight_break": tr("Scheduling: breaks for principals (weight)"),
        "weight_idle": tr("Scheduling: no idle hour for principals (weight)"),
        "weight_stable_room": tr("Scheduling: a delegation keeps its room (weight)"),
        "weight_room": tr("Scheduling: the smallest room that fits (weight)"),
    }
    return [FieldSpec(name, label, "int", maximum=LARGEST_WEIGHT)
            for name, label in labels.items()]


def edit_summit_settings(parent: QWidget, document: SummitDocument) -> bool:
    """Show the dialog; the change is one undoable step. True when something changed."""
    current = summit_settings.fetch_settings()
    return edit_in_dialog(
        parent,
        document,
        SETTINGS_OPERATIONS,
        tr("Summit Settings"),
        settings_fields(),
        current,
        tr("Change Summit Settings"),
        row_id=current["id"],
    )
