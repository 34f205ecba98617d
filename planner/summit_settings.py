"""The summit's own description: name, place, days, time zone, working hours, currency."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any

from db.models import Delegation, Summit
from planner import records
from planner.errors import ValidationError
from planner.records import RecordChanges, Row
from planner.text import clean_line
from planner.timezones import zone
from planner.translation import tr

CURRENCY = re.compile(r"^[A-Z]{3}$")
LONGEST_SUMMIT_DAYS = 60


def default_settings(name: str) -> Row:
    """What a new, empty summit starts with: four weeks from today, two days, in UTC."""
    first = date.today() + timedelta(days=28)
    return {
        "name": clean_line(name).strip() or "New summit",  # a file's name may be any bytes
        "city": "",
        "venue": "",
        "first_day": first,
        "last_day": first + timedelta(days=1),
        "timezone": "UTC",
        "home_delegation": None,
        "reporting_currency": "USD",
        "day_start": time(8, 0),
        "day_end": time(20, 0),
        "slot_minutes": 15,
        "transfer_minutes": 10,
    }


def fetch_settings() -> Row:
    return records.fetch(Summit, Summit.get().id)


def validate_settings(values: Row) -> Row:
    """Check and normalise the summit's description; raise ValidationError naming the field."""
    name = str(values.get("name") or "").strip()
    if not name:
        raise ValidationError("name", tr("The summit's name is empty; type one."))
    first, last = values.get("first_day"), values.get("last_day")
    if not isinstance(first, date) or not isinstance(last, date):
        raise ValidationError("first_day", tr("Give the summit's first and last day."))
    if last < first:
        raise ValidationError("last_day", tr("The last day comes before the first day."))
    if (last - first).days >= LONGEST_SUMMIT_DAYS:
        raise ValidationError(
            "last_day",
            tr("A summit may last at most {longest} days; check the dates.").format(
                longest=LONGEST_SUMMIT_DAYS
            ),
        )
    timezone = str(values.get("timezone") or "").strip()
    zone(timezone)
    currency = str(values.get("reporting_currency") or "").strip().upper()
    if not CURRENCY.match(currency):
        raise ValidationError(
            "reporting_currency",
            tr("“{currency}” is not a currency code; use ISO 4217, e.g. USD.").format(
                currency=currency
            ),
        )
    start, end = values.get("day_start"), values.get("day_end")
    if not isinstance(start, time) or not isinstance(end, time) or end <= start:
        raise ValidationError("day_end", tr("The working day must end after it starts."))
    slot = int(values.get("slot_minutes") or 0)
    if not 5 <= slot <= 120:
        raise ValidationError("slot_minutes", tr("The slot length must be 5 to 120 minutes."))
    transfer = int(values.get("transfer_minutes") or 0)
    if not 0 <= transfer <= 240:
        raise ValidationError("transfer_minutes", tr("The transfer time must be 0 to 240 minutes."))
    home = values.get("home_delegation")
    if home is not None and not Delegation.select().where(Delegation.id == home).exists():
        raise ValidationError("home_delegation", tr("The home delegation no longer exists."))
    return {
        "name": name,
        "city": str(values.get("city") or "").strip(),
        "venue": str(values.get("venue") or "").strip(),
        "first_day": first,
        "last_day": last,
        "timezone": timezone,
        "home_delegation": home,
        "reporting_currency": currency,
        "day_start": start.replace(second=0, microsecond=0),
        "day_end": end.replace(second=0, microsecond=0),
        "slot_minutes": slot,
        "transfer_minutes": transfer,
        **scheduling_weights(values),
    }


WEIGHT_FIELDS = ("weight_early", "weight_break", "weight_stable_room", "weight_room",
                 "weight_idle")
LARGEST_WEIGHT = 100_000


def scheduling_weights(values: Row) -> Row:
    """The scheduler's soft preferences' weights (those given), each 0 to LARGEST_WEIGHT."""
    out = {}
    for name in WEIGHT_FIELDS:
        if name not in values:
            continue
        weight = int(values.get(name) or 0)
        if not 0 <= weight <= LARGEST_WEIGHT:
            raise ValidationError(name, f"A weight must be 0 to {LARGEST_WEIGHT}.")
        out[name] = weight
    return out


def change_settings(values: dict[str, Any]) -> Row:
    """Apply new values to the summit's description; return the old values of what changed."""
    current = fetch_settings()
    cleaned = validate_settings({**current, **values})
    changed = {name: value for name, value in cleaned.items() if current.get(name) != value}
    if not changed:
        return {}
    return records.update(Summit, current["id"], changed)


class SettingsOperations(RecordChanges):
    """Undoable changes of the one summit row (see records.RecordChanges); a summit is
    neither added nor removed."""

    kind = "summit"

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        old = change_settings(values)
        if not old:
            return None
        stored = fetch_settings()
        return old, {name: stored[name] for name in old}


SETTINGS_OPERATIONS = SettingsOperations()
