"""Column types that keep money exact and times unambiguous."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from peewee import TextField

if TYPE_CHECKING:
    # peewee's fields take their value type in its stubs only (not at run time). The checker
    # does not see that a nullable one also reads as None.
    _DecimalText = TextField[Decimal]
    _DateTimeText = TextField[datetime]
else:
    _DecimalText = _DateTimeText = TextField


class DecimalTextField(_DecimalText):
    """A Decimal stored as its exact text, because SQLite's NUMERIC would round it to a float."""

    field_type = "TEXT"

    def db_value(self, value: Decimal | str | int | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be a Decimal, never a float")
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError) as error:
            raise ValueError(f"{value!r} is not a number") from error
        if not number.is_finite():
            raise ValueError(f"{value!r} is not a finite number")
        return format(number, "f")

    def python_value(self, value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)


UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def parse_utc(text: str) -> datetime:
    """A stored UTC time back as an aware datetime (fromisoformat is some 20 times faster
    than strptime, which matters when 20,000 meetings are read)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class UTCDateTimeField(_DateTimeText):
    """An aware datetime stored as ISO 8601 text in UTC ('2025-06-16T04:00:00Z').

    The fixed format sorts as text in time order, so indexes on it serve range queries.
    """

    field_type = "TEXT"

    def db_value(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times must carry a time zone before they are stored")
        return value.astimezone(UTC).strftime(UTC_FORMAT)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else parse_utc(value)
