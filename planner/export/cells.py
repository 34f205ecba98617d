"""Cells that leave the laptop safely: text stays text, Excel's limits are respected."""

from __future__ import annotations

import re
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray

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


class CellMaker:
    """Makes the write-only cells of one sheet. Text is always stored as text: a value that
    starts like a formula (=, +, -, @, tab, carriage return, line feed) is never written as one.

    Setting a style on an openpyxl cell looks each part up in the workbook's style lists, which
    costs more than writing the cell; each combination of options is looked up once here and
    its style copied onto the cells that use it."""

    def __init__(self, sheet) -> None:
        self.sheet = sheet
        self.styles: dict[tuple, StyleArray] = {}

    def __call__(
        self,
        value: Any,
        *,
        number_format: str | None = None,
        wrap: bool = False,
        bold: bool = False,
        fill: str | None = None,
        colour: str | None = None,
    ) -> WriteOnlyCell:
        if isinstance(value, str):
            text = safe_text(value)
            result = WriteOnlyCell(self.sheet, value=text)
            result.data_type = "s"  # openpyxl would take "=…" for a formula
            formula_like = text.startswith(FORMULA_START)
        else:
            result = WriteOnlyCell(self.sheet, value=value)
            formula_like = False
        key = (number_format, wrap, bold, fill, colour, formula_like)
        style = self.styles.get(key)
        if style is None:
            if number_format:
                result.number_format = number_format
            result.alignment = WRAP if wrap else TOP
            if bold or colour:
                result.font = Font(bold=bold, color=colour)
            if fill:
                result.fill = PatternFill("solid", fgColor=fill.lstrip("#"))
            if formula_like:
                result.quotePrefix = True  # and Excel keeps it text when the cell is edited
            self.styles[key] = copy(result._style)
        else:
            result._style = copy(style)
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
