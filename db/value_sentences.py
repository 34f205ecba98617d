"""The whole sentences that tell a user what value of a received summit file is wrong and
where, in the chosen language (see db/value_check.py, which finds the values)."""

from __future__ import annotations

from db.translation import tr


def sentences() -> dict[str, str]:
    """Each reason's whole sentence in the chosen language, by the reason's English words;
    {file} is the file's name, {value}, {row}, {table} and {column} where the value is."""
    return {
        "is not 0 or 1": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not 0 or 1"
        ),
        "is not a whole number": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a whole number"
        ),
        "is not a time such as 2025-06-16T04:00:00Z": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a time such as 2025-06-16T04:00:00Z"
        ),
        "is not a decimal number below 10^15": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a decimal number below 10^15"
        ),
        "is not a date such as 2025-06-16": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a date such as 2025-06-16"
        ),
        "is not a time of day such as 08:00:00": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a time of day such as 08:00:00"
        ),
        "is not text": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not text"
        ),
        "is not one of the words {words}": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not one of the words {words}"
        ),
        "is empty": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is empty"
        ),
        "is not a colour such as #1F77B4": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a colour such as #1F77B4"
        ),
        "is not a currency code such as USD": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a currency code such as USD"
        ),
        "breaks the rule {rule}": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which breaks the rule {rule}"
        ),
        "makes the summit longer than {days} days": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which makes the summit longer than {days} days"
        ),
        "makes the meeting longer than 24 hours": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which makes the meeting longer than 24 hours"
        ),
        "refers to no row of the table {parent}": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which refers to no row of the table {parent}"
        ),
        "is not a time zone": tr(
            "{file} holds “{value}” in row {row} of the table {table}, column {column}, "
            "which is not a time zone"
        ),
        "is required": tr(
            "{file} holds nothing (NULL) in row {row} of the table {table}, column {column}, "
            "which is required"
        ),
        "holds no summit description": tr("{file} holds no summit description (table {table})"),
        "holds {count} summit descriptions": tr(
            "{file} holds {count} summit descriptions (table {table})"
        ),
    }
