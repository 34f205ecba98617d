"""Times of day as people type them ("14:30", "9.05", "1430", "9"), read strictly: a time that
is not one is refused with a sentence saying why, never turned into another time."""

from __future__ import annotations

import re
from datetime import time

from planner.errors import PlannerError
from planner.translation import tr

TYPED = re.compile(
    r"^\s*(?P<hours>\d{1,2})(?:\s*[:.hHч]\s*(?P<minutes>\d{2})(?::(?P<seconds>00))?)?\s*$"
)
RUN_OF_DIGITS = re.compile(r"^\s*(?P<hours>\d{1,2})(?P<minutes>\d{2})\s*$")  # 930, 1430


class TimeTextError(PlannerError):
    """What was typed is not a time of day."""


def parse_time(text: str) -> time:
    """The time of day typed, as hours and minutes of a 24-hour clock."""
    shown = text.strip()
    if not shown:
        raise TimeTextError(tr("Type a time of day, such as 14:30."))
    found = TYPED.match(shown) or RUN_OF_DIGITS.match(shown)
    if found is None:
        raise TimeTextError(
            tr("“%1” is not a time of day: type hours and minutes, such as 14:30.").replace(
                "%1", shown
            )
        )
    hours, minutes = int(found["hours"]), int(found["minutes"] or 0)
    if hours > 23:
        raise TimeTextError(
            tr("“%1” is not a time of day: hours go from 00 to 23.").replace("%1", shown)
        )
    if minutes > 59:
        raise TimeTextError(
            tr("“%1” is not a time of day: minutes go from 00 to 59.").replace("%1", shown)
        )
    return time(hours, minutes)


def time_text(value: time) -> str:
    """How a time is shown in a time field: 09:05."""
    return f"{value.hour:02}:{value.minute:02}"
