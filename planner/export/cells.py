"""Cells that leave the laptop safely: text stays text, Excel's limits are respected."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_TEXT = 32_767
CUT_MARK = " […cut]"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def safe_text(value: str) -> str:
    """Control characters Excel rejects removed, line ends made line feeds (XML would turn a
    lone carriage return into one anyway), over-long text cut with a visible marker."""
    text = ILLEGAL.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - len(CUT_MARK)] + CUT_MARK
    return text


def cell(
    sheet,
    value: Any,
    *,
    number_format: str | None = None,
    wrap: bool = False,
    bold: bool = False,
    fill: str | None = None,
    colour: str | None = None,
) -> WriteOnlyCell:
    """A write-only cell. Text is always stored as text: a value that starts like a formula
    (=, +, -, @, tab, carriage return, line feed) is never written as one."""
    if isinstance(value, str):
        text = safe_text(value)
        result = WriteOnlyCell(sheet, value=None)
        result.value = text
        result.data_type = "s"  # openpyxl would take "=…" for a formula
        if text.startswith(FORMULA_START):
            result.quotePrefix = True  # and Excel keeps it text when the cell is edited
    else:
        result = WriteOnlyCell(sheet, value=value)
    if number_format:
        result.number_format = number_format
    result.alignment = WRAP if wrap else TOP
    if bold or colour:
        result.font = Font(bold=bold, color=colour)
    if fill:
        result.fill = PatternFill("solid", fgColor=fill.lstrip("#"))
    return result


def header_cells(sheet, titles: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        item = WriteOnlyCell(sheet, value=title)
        item.font = HEADER_FONT
        item.fill = HEADER_FILL
        item.alignment = Alignment(vertical="center", wrap_text=True)
        cells.append(item)
    return cells
