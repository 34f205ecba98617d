"""Hostile spreadsheets and CSV files of a given size, written straight as bytes so that even
the full-size ones are made in seconds (used by the import limit tests and tests/perf)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from planner.importing.bounds import column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1"
 Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>
<sheet name="Issues" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font>
</fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="1"><xf/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def issue_rows(count: int, first: int = 2) -> Iterator[str]:
    """A header row, then `count` small issue rows (a code and a title), as sheet XML."""
    yield f'<row r="1">{inline("A1", "Code")}{inline("B1", "Title")}</row>'
    for n in range(first, first + count):
        yield f'<row r="{n}">{inline(f"A{n}", f"IMP-{n}")}{inline(f"B{n}", f"Issue {n}")}</row>'


def write_workbook(
    path: Path,
    rows: Iterable[str],
    *,
    dimension: str | None = None,
    shared: Iterable[str] = (),
    styles: Iterable[str] | None = None,
) -> Path:
    """A one-sheet .xlsx whose sheet, shared strings and styles parts are streamed from the
    given pieces of XML (deflated as they come, never held whole)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        head = f'<dimension ref="{dimension}"/>' if dimension else ""
        stream_part(
            package,
            "xl/worksheets/sheet1.xml",
            [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{head}<sheetData>'],
            rows,
            ["</sheetData></worksheet>"],
        )
        stream_part(
            package,
            "xl/sharedStrings.xml",
            [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'],
            (f"<si><t>{text}</t></si>" for text in shared),
            ["</sst>"],
        )
        if styles is None:
            package.writestr("xl/styles.xml", STYLES)
        else:
            stream_part(
                package,
                "xl/styles.xml",
                [f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'],
                styles,
                ["</styleSheet>"],
            )
    return path


def stream_part(package: zipfile.ZipFile, name: str, *pieces: Iterable[str]) -> None:
    with package.open(name, "w", force_zip64=True) as part:
        buffer: list[str] = []
        for group in pieces:
            for piece in group:
                buffer.append(piece)
                if len(buffer) >= 10_000:
                    part.write("".join(buffer).encode("utf-8"))
                    buffer.clear()
        part.write("".join(buffer).encode("utf-8"))


def lying_dimension(path: Path, rows: int = 150_000) -> Path:
    """Small rows under a sheet that claims to span every cell Excel has."""
    return write_workbook(path, issue_rows(rows), dimension="A1:XFD1048576")


def long_sheet(path: Path, rows: int = 250_000) -> Path:
    """More rows than are ever read."""
    return write_workbook(path, issue_rows(rows - 1))


def many_shared_strings(path: Path, count: int = 3_000_000) -> Path:
    """A short sheet over a shared string table of `count` entries."""
    rows = (
        f'<row r="{n}"><c r="A{n}" t="s"><v>{n - 1}</v></c><c r="B{n}" t="s"><v>{n}</v></c></row>'
        for n in range(1, 11)
    )
    return write_workbook(path, rows, shared=(f"s{n}" for n in range(count)))


def styles_bomb(path: Path, records: int = 1_000_000) -> Path:
    """A styles part listing `records` fonts, fills, borders and cell formats."""

    def styles() -> Iterator[str]:
        each = records // 4
        for tag, item in (
            ("fonts", '<font><sz val="{}"/><name val="Font {}"/></font>'),
            (
                "fills",
                '<fill><patternFill patternType="solid"><fgColor rgb="FF{:06X}"/>'
                "</patternFill></fill>",
            ),
            ("borders", '<border><left style="thin"><color indexed="{}"/></left></border>'),
            ("cellXfs", '<xf numFmtId="0" fontId="{}" fillId="0" borderId="0"/>'),
        ):
            yield f'<{tag} count="{each}">'
            yield from (item.format(n % 400, n) for n in range(each))
            yield f"</{tag}>"
        yield '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
        yield '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'

    return write_workbook(path, issue_rows(3), styles=styles())


def wide_sheet(path: Path, columns: int = 16_384, rows: int = 200) -> Path:
    """A table whose every row has a value in each of `columns` columns."""
    letters = [column_letter(c) for c in range(1, columns + 1)]

    def sheet_rows() -> Iterator[str]:
        yield f'<row r="1">{inline("A1", "Code")}{inline("B1", "Title")}</row>'
        for n in range(2, rows + 2):
            cells = "".join(f'<c r="{letter}{n}"><v>{n}</v></c>' for letter in letters)
            yield f'<row r="{n}">{cells}</row>'

    return write_workbook(path, sheet_rows())


def commas_csv(path: Path, megabytes: int = 99, line: int | None = None) -> Path:
    """A CSV of nothing but commas: one endless line, or lines of `line` commas."""
    size = megabytes * 1024 * 1024
    with path.open("wb") as stream:
        stream.write(b"Code,Title\n")
        chunk = (b"," * (line - 1) + b"\n") if line else b"," * (1024 * 1024)
        for _ in range(size // len(chunk)):
            stream.write(chunk)
    return path


def stray_byte_csv(path: Path) -> Path:
    """A UTF-8 list in Russian with one byte that is not UTF-8, in row 3, column 2."""
    text = "Код,Тема\nECO-50,Транспортный коридор\nECO-51,Газопровод {}\nECO-52,Водные ресурсы\n"
    before, after = text.encode("utf-8").split(b"{}")
    path.write_bytes(before + b"\xff" + after)
    return path


def odd_utf16_csv(path: Path) -> Path:
    """A UTF-16 list with a BOM whose last character lost one of its bytes."""
    path.write_bytes("Code,Title\r\nECO-53,Rail freight\r\nECO-54,Транзит".encode("utf-16")[:-1])
    return path
