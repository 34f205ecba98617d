"""Conversions between the UTC stored in the file and the summit's local wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.errors import ValidationError
from planner.translation import tr


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            "timezone",
            tr("“{name}” is not a time zone; use a name such as Asia/Almaty.").format(name=name),
        ) from error


def local_to_utc(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in zone_name (naive) as an aware UTC datetime."""
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)


def utc_to_local(moment: datetime, zone_name: str) -> datetime:
    """An aware UTC datetime as a naive wall-clock time in zone_name."""
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None)


def time_zone_names() -> list[str]:
    return sorted(available_timezones())
