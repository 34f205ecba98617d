"""How every exported sheet prints: paper size by the system's locale, margins, a header
naming the summit and what the sheet shows, "page N of M" in the footer, and how many pages
wide a sheet may spread before its text gets too small to read."""

from __future__ import annotations

import locale
import math
import os
from typing import TYPE_CHECKING, Literal

from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from planner.export.cells import font_of_language
from planner.text import clean_line
from planner.translation import tr

if TYPE_CHECKING:
    from planner.export.cells import Sheet

A4, LETTER = 9, 1  # the paper size codes of SpreadsheetML
# Where Letter is the usual paper (the United States, Canada, Mexico, the Philippines and a
# few countries of the Americas); everywhere else prints on A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA"})
LETTER_TERRITORIES |= frozenset({"DO", "SV", "NI", "PR", "BZ"})
LETTER_NAMES = ("united states", "canada", "mexico", "philippines")  # Windows locale names
# A page of A4 landscape at 100 % holds about 150 characters of column width; a sheet up to
# 200 wide is shrunk to one page wide (75 %, still readable), a wider one prints across pages.
PAGE_WIDTH = {"landscape": 150.0, "portrait": 100.0}
SHRINK_LIMIT = 1.35


def paper_size(locale_name: str | None = None) -> int:
    """A4, or Letter where the locale (by default the system's) uses Letter."""
    if locale_name is None:
        locale_name = system_locale()
    name = locale_name.split(".")[0]
    territory = name.split("_")[1].upper() if "_" in name else ""
    if territory in LETTER_TERRITORIES or any(w in name.casefold() for w in LETTER_NAMES):
        return LETTER
    return A4


def system_locale() -> str:
    """The locale paper follows: LC_ALL, LC_PAPER or LANG as set (Python's own answer makes
    the plain C locale en_US), else the system's (Windows)."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return locale.getlocale(locale.LC_CTYPE)[0] or ""


def header_text(text: str) -> str:
    """Text as it may stand in a header or footer, where & starts a code."""
    return " ".join(clean_line(text, 80).split()).replace("&", "&&")


def set_up_paper(
    sheet: Sheet,
    widths: list[float],
    *,
    landscape: bool,
    summit: str,
    subject: str,
    across: int | None = None,
) -> None:
    """Paper, margins, header and footer of a sheet whose columns are widths characters wide.
    across: how many pages wide the sheet prints (None: one, or as many as its width needs);
    the first column then repeats on every page."""
    orientation: Literal["landscape", "portrait"] = "landscape" if landscape else "portrait"
    setup = sheet.page_setup
    setup.orientation = orientation
    setup.paperSize = paper_size()
    margins = sheet.page_margins
    margins.left = margins.right = 0.5
    margins.top = margins.bottom = 0.7
    margins.header = margins.footer = 0.3
    total = sum(widths)
    if across is None:
        pages = PAGE_WIDTH[orientation] * SHRINK_LIMIT
        across = 1 if total <= pages else math.ceil(total / PAGE_WIDTH[orientation])
    setup.fitToWidth = across
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if across > 1:
        sheet.print_title_cols = "A:A"
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert header is not None and footer is not None  # made with every sheet
    header.left.text = header_text(summit)
    header.right.text = header_text(subject)
    footer.center.text = tr("Page &P of &N")
    footer.right.text = header_text(tr("Summit Planner"))
    font_name, _charset = font_of_language()
    for part in (header.left, header.right, footer.center, footer.right):
        part.font = f"{font_name},Regular"
        part.size = 9


def break_at(sheet: Sheet, columns: list[int]) -> None:
    """Page breaks after each of these columns (1-based; the first repeats on every page)."""
    for before in columns:
        sheet.col_breaks.append(Break(id=before))
