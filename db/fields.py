"""Column types that keep money exact, times unambiguous and confidential text unread by a role
not granted it."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from peewee import SCOPE_VALUES, TextField

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


class ConfidentialTextField(TextField):
    """Text that a server's role may not be granted (talking points, red lines, fallbacks,
    internal notes; see db.server_roles). On a connection whose role may not read the column,
    reading it (a selected column, a condition, an order) reads empty text instead, so that
    every query of the row works and shows the field empty; as a written column (the SET of an
    update, the columns of an insert) it stays itself: the role may not change it, so an update
    leaves it out (planner.row_versions.written does) and keeps what it holds."""

    def __sql__(self, ctx: Any) -> Any:
        if ctx.scope != SCOPE_VALUES and self.unreadable():
            return ctx.literal("''")
        return ctx.sql(self.column)  # as peewee's Field renders itself

    def unreadable(self) -> bool:
        database = self.model._meta.database
        hidden = getattr(getattr(database, "obj", database), "hidden_columns", ())
        return (self.model._meta.table_name, self.column_name) in hidden
