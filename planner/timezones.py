"""Conversions between the UTC stored in the file and the summit's local wall-clock time."""

from __future__ import annotations

import importlib.util
import zoneinfo
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.errors import ValidationError
from planner.translation import tr


def prefer_tzdata_package() -> bool:
    """Read time zones from the tzdata package, which is updated with the application, not
    from the system's database, which may be years old (an old one put Astana, UTC+5 since
    March 2024, an hour off, silently). Without the package the system's is all there is.
    Returns whether the package is used."""
    if importlib.util.find_spec("tzdata") is None:
        return False
    zoneinfo.reset_tzpath(to=())  # zoneinfo then reads the tzdata package only
    ZoneInfo.clear_cache()
    return True


prefer_tzdata_package()


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
