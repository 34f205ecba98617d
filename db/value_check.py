"""Values a summit file may not hold, found by SQL generated from the models: wrong types,
missing values, broken CHECK constraints and references, and values out of sensible bounds."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import (
    BooleanField,
    CharField,
    DateField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from db.fields import DecimalTextField, UTCDateTimeField
from db.models import ALL_MODELS, Delegation, Meeting, Summit
from db.schema_check import RepairableFileError
from db.value_sentences import sentences

# Years outside these are no summit's, and near 1 or 9999 a time moved into a time zone
# overflows Python's datetime.
FIRST_YEAR, LAST_YEAR = 1900, 2999
LONGEST_SUMMIT_DAYS = 366
LONGEST_MEETING_DAYS = 1  # the editor allows at most 24 hours
LARGEST_DECIMAL_DIGITS = 15  # digits before the point: the planner's amounts stay below 10^15
LONGEST_DECIMAL = 40
SHOWN = 40  # characters of a bad value quoted in a message


class InvalidValueError(RepairableFileError):
    """A row holds a value that the schema or the planner forbids."""

    def __init__(self, name: str, problem: Problem) -> None:
        super().__init__(name, problem.described(name))
        self.detail = problem

    def as_json(self) -> dict[str, object]:
        return {**self.detail.as_json(), "message": self.description}


Words = tuple[tuple[str, str], ...]  # what a reason's {placeholders} stand for


@dataclass(frozen=True)
class Rule:
    """One thing a column's value must satisfy: bad is SQL true for a value that does not."""

    table: str
    column: str
    bad: str
    reason: str  # a key of sentences(): "is not text", "breaks the rule {rule}"
    words: Words = ()


@dataclass(frozen=True)
class Problem:
    table: str
    row: int | None
    column: str | None
    value: str | None
    reason: str  # a key of sentences()
    words: Words = ()

    @property
    def reason_text(self) -> str:
        """The reason's English words with its placeholders filled in (the cleaning log's)."""
        return self.reason.format(**dict(self.words))

    def described(self, name: str) -> str:
        """The whole sentence in the chosen language: "T.summit holds “x” in row 3 of…"."""
        return sentences()[self.reason].format(
            **dict(self.words),
            file=name,
            value=self.value,
            row=self.row,
            table=self.table,
            column=self.column,
        )

    def as_json(self) -> dict[str, object]:
        return {
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "value": self.value,
        }


def quoted(column: str) -> str:
    return f'"{column}"'


def bad_date(column: str) -> str:
    """SQL true when the text's first ten characters, already of the form 2025-06-16, are no
    day of the calendar or fall outside our years (cheap tests first: this runs on every row,
    the calendar is asked only about the 29th to the 31st and the 0th)."""
    day = f"substr({column}, 1, 10)"
    return (
        f"+{column} NOT BETWEEN '{FIRST_YEAR}' AND '{LAST_YEAR + 1}' "  # + drops DATE's affinity
        f"OR substr({column}, 6, 2) NOT BETWEEN '01' AND '12' "
        f"OR (substr({column}, 9, 2) NOT BETWEEN '01' AND '28' "
        f"AND date({day}, '+0 days') IS NOT {day})"
    )


def type_rules(table: str, field: Field) -> list[Rule]:
    """The rules every value of field must follow, whatever the row (NULL handled by caller)."""
    c = quoted(field.column_name)
    text = f"typeof({c}) != 'text'"
    if isinstance(field, BooleanField):
        return [Rule(table, field.column_name, f"{c} NOT IN (0, 1)", "is not 0 or 1")]
    if isinstance(field, IntegerField | ForeignKeyField) or field.field_type in ("INT", "AUTO"):
        return [
            Rule(table, field.column_name, f"typeof({c}) != 'integer'", "is not a whole number")
        ]
    if isinstance(field, UTCDateTimeField):
        pattern = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'"
        bad = f"{text} OR {c} NOT GLOB {pattern} OR {bad_date(c)} OR substr({c}, 12, 2) > '23'"
        return [Rule(table, field.column_name, bad, "is not a time such as 2025-06-16T04:00:00Z")]
    if isinstance(field, DecimalTextField):
        digits = f"(CASE WHEN substr({c}, 1, 1) = '-' THEN substr({c}, 2) ELSE {c} END)"
        bad = (
            f"{text} OR {digits} GLOB '*[^0-9.]*' OR {digits} GLOB '*.*.*' "
            f"OR {digits} NOT GLOB '*[0-9]*' OR length({c}) > {LONGEST_DECIMAL} "
            f"OR instr({digits} || '.', '.') > {LARGEST_DECIMAL_DIGITS + 1}"
        )
        return [Rule(table, field.column_name, bad, "is not a decimal number below 10^15")]
    if isinstance(field, DateField):
        pattern = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"
        bad = f"{text} OR {c} NOT GLOB {pattern} OR {bad_date(c)}"
        return [Rule(table, field.column_name, bad, "is not a date such as 2025-06-16")]
    if isinstance(field, TimeField):
        pattern = "'[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"
        bad = f"{text} OR {c} NOT GLOB {pattern} OR time({c}, '+0 seconds') IS NOT {c}"
        return [Rule(table, field.column_name, bad, "is not a time of day such as 08:00:00")]
    if isinstance(field, CharField | TextField):
        return [Rule(table, field.column_name, text, "is not text")]
    return []


def field_rules(table: str, field: Field) -> list[Rule]:
    c = quoted(field.column_name)
    conditions = [CHECK.sub(r"\1", check.sql) for check in field.constraints or ()]
    words = [condition for condition in conditions if VOCABULARY.fullmatch(condition)]
    if words and not field.null:
        # one of a few words: the test of the words also rules out NULL and every other type
        bad = f"{c} IS NULL OR NOT ({words[0]})"
        return [
            Rule(table, field.column_name, bad, check_reason(words[0]), check_words(words[0]))
        ]
    rules: list[Rule] = []
    if isinstance(field, ForeignKeyField):
        # the check of references finds any value that is no row's id (text, a fraction),
        # and quick_check a NULL where one is required
        return rules
    for rule in type_rules(table, field):
        # a NULL breaks the type rule of a required column (the reason then says so)
        bad = f"{c} IS NOT NULL AND ({rule.bad})" if field.null else f"{c} IS NULL OR {rule.bad}"
        rules.append(Rule(table, rule.column, bad, rule.reason, rule.words))
    for condition in conditions:
        # a CHECK passes when it is NULL, as SQLite's own does
        bad = f"coalesce(NOT ({condition}), 0)"
        rules.append(
            Rule(table, field.column_name, bad, check_reason(condition), check_words(condition))
        )
    return rules


CHECK = re.compile(r"^CHECK \((.*)\)$", re.DOTALL)
VOCABULARY = re.compile(r"\w+ IN \((.*)\)")


def check_words(condition: str) -> Words:
    """What check_reason's placeholders stand for."""
    words = VOCABULARY.fullmatch(condition)
    if words:
        return (("words", words.group(1).replace(chr(39), "")),)
    return (("rule", condition),)


def check_reason(condition: str) -> str:
    """A CHECK constraint of the models in words (a key of sentences())."""
    words = VOCABULARY.fullmatch(condition)
    if words:
        return "is not one of the words {words}"
    if "length(trim(" in condition:
        return "is empty"
    if "GLOB '#" in condition:
        return "is not a colour such as #1F77B4"
    if "GLOB '[A-Z]" in condition:
        return "is not a currency code such as USD"
    return "breaks the rule {rule}"


SEMANTIC_RULES = (
    Rule(
        Summit._meta.table_name,
        "last_day",
        f"julianday(last_day) - julianday(first_day) >= {LONGEST_SUMMIT_DAYS}",
        "makes the summit longer than {days} days",
        (("days", str(LONGEST_SUMMIT_DAYS)),),
    ),
    Rule(
        Meeting._meta.table_name,
        "end",
        f'substr("end", 1, 10) != substr(start, 1, 10) '
        f'AND julianday("end") - julianday(start) > {LONGEST_MEETING_DAYS}',
        "makes the meeting longer than 24 hours",
    ),
)


@cache
def rules_by_table() -> dict[str, tuple[Rule, ...]]:
    """Every rule of every model, in the order of the model's fields, then the semantic ones."""
    rules: dict[str, list[Rule]] = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if field.primary_key:
                continue
            rules.setdefault(table, []).extend(field_rules(table, field))
    for rule in SEMANTIC_RULES:
        rules[rule.table].append(rule)
    return {table: tuple(found) for table, found in rules.items()}


def columns_of(connection: sqlite3.Connection, table: str, schema: str = "main") -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')}


def shortened(value: object) -> str | None:
    if value is None:
        return None
    text = value.hex() if isinstance(value, bytes) else str(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def table_problems(connection: sqlite3.Connection, table: str, limit: int | None) -> list[Problem]:
    """The rows of table that break a rule, each with the first rule it breaks."""
    present = columns_of(connection, table)
    rules = [rule for rule in rules_by_table()[table] if rule_columns(rule) <= present]
    if not rules or "id" not in present:
        return []
    cases = " ".join(f"WHEN {rule.bad} THEN {number}" for number, rule in enumerate(rules))
    query = (
        f'SELECT id, verdict FROM (SELECT id, CASE {cases} END AS verdict FROM "{table}") '
        f"WHERE verdict IS NOT NULL"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    found = []
    for row_id, verdict in connection.execute(query).fetchall():
        rule = rules[verdict]
        (value,) = connection.execute(
            f'SELECT {quoted(rule.column)} FROM "{table}" WHERE id = ?', (row_id,)
        ).fetchone()
        if value is None:
            found.append(Problem(table, row_id, rule.column, None, "is required"))
        else:
            found.append(
                Problem(table, row_id, rule.column, shortened(value), rule.reason, rule.words)
            )
    return found


def rule_columns(rule: Rule) -> set[str]:
    """The columns a rule reads (its own, and the other one of a two-column rule)."""
    return {rule.column} | (set(re.findall(r"\w+", rule.bad)) & model_columns()[rule.table])


@cache
def model_columns() -> dict[str, set[str]]:
    return {
        model._meta.table_name: {field.column_name for field in model._meta.sorted_fields}
        for model in ALL_MODELS
    }


def reference_problems(
    connection: sqlite3.Connection, table: str, tables: set[str], limit: int | None
) -> list[Problem]:
    """Rows of table that refer to a row that is not there (what PRAGMA foreign_key_check
    finds, in a fraction of its time on a large summit: one anti-join per reference)."""
    found: list[Problem] = []
    for key in connection.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
        parent, column, target = key[2], key[3], key[4] or "rowid"
        if parent in tables:
            missing = f'(SELECT "{target}" FROM "{parent}")'
        else:
            missing = "(SELECT NULL WHERE 0)"
        query = (
            f'SELECT rowid, {quoted(column)} FROM "{table}" '
            f"WHERE {quoted(column)} IS NOT NULL AND {quoted(column)} NOT IN {missing}"
        )
        if limit is not None:
            query += f" LIMIT {int(limit) - len(found)}"
        for row_id, value in connection.execute(query):
            reason = "refers to no row of the table {parent}"
            words = (("parent", str(parent)),)
            found.append(Problem(table, row_id, column, shortened(value), reason, words))
        if limit is not None and len(found) >= limit:
            break
    return found


def zone_problems(
    connection: sqlite3.Connection, present: set[str], limit: int | None = None
) -> list[Problem]:
    """Rows whose time zone the IANA database does not know."""
    found: list[Problem] = []
    for model in (Summit, Delegation):
        table = model._meta.table_name
        if table not in present:
            continue
        names = connection.execute(
            f"SELECT DISTINCT timezone FROM \"{table}\" WHERE typeof(timezone) = 'text'"
        ).fetchall()
        for (name,) in names:
            if is_time_zone(name):
                continue
            query = f'SELECT id FROM "{table}" WHERE timezone = ? ORDER BY id'
            if limit is not None:
                query += f" LIMIT {int(limit) - len(found)}"
            for (row_id,) in connection.execute(query, (name,)):
                found.append(
                    Problem(table, row_id, "timezone", shortened(name), "is not a time zone")
                )
            if limit is not None and len(found) >= limit:
                return found
    return found


@cache
def is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def summit_row_problems(connection: sqlite3.Connection) -> list[Problem]:
    (count,) = connection.execute(f'SELECT count(*) FROM "{Summit._meta.table_name}"').fetchone()
    if count == 1:
        return []
    if count == 0:
        return [Problem(Summit._meta.table_name, None, None, None, "holds no summit description")]
    words = (("count", str(count)),)
    reason = "holds {count} summit descriptions"
    return [Problem(Summit._meta.table_name, None, None, None, reason, words)]


Check = Callable[[sqlite3.Connection], list[Problem]]


def value_checks(
    connection: sqlite3.Connection, limit: int | None = None, only: set[str] | None = None
) -> list[Check]:
    """The checks of every value of the file (of the tables only, if given), each a query of
    its own (in the order their problems are reported), to be run on any connection to it."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if only is not None:
        tables &= only
    checks: list[Check] = []
    if Summit._meta.table_name in tables:
        checks.append(summit_row_problems)
    checks += [
        partial(table_problems, table=table, limit=limit)
        for table in rules_by_table()
        if table in tables
    ]
    checks.append(partial(zone_problems, present=tables, limit=limit))
    checks += [
        partial(reference_problems, table=table, tables=tables, limit=limit)
        for table in rules_by_table()
        if table in tables
    ]
    return checks


def value_problems(
    connection: sqlite3.Connection, limit: int | None = None, only: set[str] | None = None
) -> list[Problem]:
    """Every row (up to limit; of the tables only, if given) that holds a value a summit
    file may not hold."""
    found: list[Problem] = []
    for check in value_checks(connection, limit, only):
        if limit is not None and len(found) >= limit:
            break
        found += check(connection)
    return found if limit is None else found[:limit]
