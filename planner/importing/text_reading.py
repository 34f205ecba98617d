"""Reading a CSV or text table that came from outside: its encoding decided by a rule, never
guessed silently, and the file streamed within bounds instead of read whole.

The encoding rule, applied to the whole file before any row is read:
- a byte order mark decides: UTF-8 or UTF-16;
- otherwise a file that is valid UTF-8 throughout is UTF-8;
- otherwise, when read as UTF-8 it has more bytes that are not UTF-8 than characters that
  are, it decodes as Windows-1251 and holds a Cyrillic word, it is Windows-1251 (a list saved
  by Excel on a Russian Windows): the UTF-8 of any Russian text is mostly characters, and
  Windows-1251 Russian text is mostly not UTF-8;
- otherwise it is UTF-8 with a few damaged bytes.
Bytes that are not in the chosen encoding (a stray byte, or the half of a UTF-16 character
cut off at the end) become U+FFFD, and each cell holding one is reported with its row and
column, so that nothing is changed silently.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from planner.importing.bounds import MAX_ROWS, ImportRefused, Progress, Sheet, TableReader, trim
from planner.translation import tr

MAX_LINE = 2_000_000  # characters in one line of the file: far more than any row of a table
MAX_BAD_NOTES = 100
CHUNK = 1024 * 1024
REPLACEMENT = "\ufffd"
CYRILLIC_WORD = re.compile("[\u0400-\u045f]{2}")
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251"}


def undecodable(raw: IO[bytes], encoding: str) -> tuple[int, int]:
    """(characters outside ASCII, bytes that are not `encoding`) of the whole file, read in
    chunks (the file can be 100 MB)."""
    raw.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    wide = bad = 0
    while True:
        chunk = raw.read(CHUNK)
        text = decoder.decode(chunk, final=not chunk)
        if not text.isascii():
            bad += text.count(REPLACEMENT)
            wide += len(text) - len(text.encode("ascii", "ignore"))
        if not chunk:
            return wide - bad, bad


def reads_as_cyrillic(raw: IO[bytes]) -> bool:
    """The file decodes as Windows-1251 and holds at least one Cyrillic word."""
    raw.seek(0)
    decoder = codecs.getincrementaldecoder("cp1251")(errors="strict")
    found = False
    try:
        while chunk := raw.read(CHUNK):
            found = found or CYRILLIC_WORD.search(decoder.decode(chunk)) is not None
    except UnicodeDecodeError:
        return False
    return found


def choose_encoding(raw: IO[bytes], name: str) -> tuple[str, int]:
    """(the encoding by the module's rule, the number of bytes not in it)."""
    head = raw.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in head:
        raise ImportRefused(tr("{name} is not a spreadsheet or a text table.").format(name=name))
    else:
        good, bad = undecodable(raw, "utf-8")
        if bad > good and reads_as_cyrillic(raw):
            return "cp1251", 0
        return "utf-8", bad
    return encoding, undecodable(raw, encoding)[1]


def bounded_lines(stream: IO[str], name: str) -> Iterator[str]:
    """The file's lines, refusing one too long to be a row (a 99 MB line of commas would
    become a list of 99 million fields)."""
    number = 0
    while line := stream.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise ImportRefused(
                tr(
                    "Line {number} of {name} is longer than {max_line} "
                    "characters, which no row of a table is; the file was not "
                    "imported."
                ).format(number=f"{number:,}", name=name, max_line=f"{MAX_LINE:,}")
            )
        yield line


def choose_delimiter(sample: str) -> str:
    counts = {d: sample.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    return delimiter if counts[delimiter] else ","


def read_text(path: Path, progress: Progress = None) -> Sheet:
    name = path.name
    sheet = Sheet(path.stem, [])
    table = TableReader(sheet, name, progress, "")
    with path.open("rb") as raw:
        encoding, bad = choose_encoding(raw, name)
        raw.seek(0)
        sample_stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        delimiter = choose_delimiter(sample_stream.read(65536))
        sample_stream.detach()
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(bounded_lines(stream, name), delimiter=delimiter)
        marked = 0
        try:
            for number, row in enumerate(reader, start=1):
                if bad and marked < MAX_BAD_NOTES and number <= MAX_ROWS:
                    marked += note_bad_bytes(table, number, row, encoding, marked)
                if not table.add(number, row):
                    break
        except csv.Error as error:
            raise ImportRefused(
                tr("{name} is not a readable CSV table ({error}).").format(name=name, error=error)
            ) from error
    trim(sheet)
    if not sheet.rows:
        raise ImportRefused(tr("{name} has no rows to import.").format(name=name))
    return sheet


def note_bad_bytes(
    table: TableReader, number: int, row: list[str], encoding: str, marked: int
) -> int:
    """Note each cell of the row that holds bytes not in the encoding; return how many."""
    noted = 0
    for column, value in enumerate(row, start=1):
        if REPLACEMENT not in value:
            continue
        if marked + noted + 1 == MAX_BAD_NOTES:
            sentence = (
                f"More cells hold bytes that are not {NAMES[encoding]}; only the first "
                f"{MAX_BAD_NOTES - 1} are listed. Save the file as UTF-8 and import it again."
            )
        else:
            sentence = (
                f"The cell holds bytes that are not {NAMES[encoding]} (shown as {REPLACEMENT}); "
                "save the file as UTF-8 and import it again, or correct the cell afterwards."
            )
        table.note(number, column, sentence)
        noted += 1
        if marked + noted >= MAX_BAD_NOTES:
            break
    return noted
