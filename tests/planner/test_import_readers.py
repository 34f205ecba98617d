"""The two readers of .xlsx agree, calamine only reads what was checked first, its panics
become one sentence, and .ods is read within the same bounds as a workbook."""

import zipfile
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook

from planner.importing import bounds, calamine_reading, workbook_reading
from planner.importing.reading import ImportRefused, read_file
from tests.planner.ods_files import Spanned, write_ods


def ordinary_workbook(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Вопросы"
    sheet.append(["Перечень"])
    sheet.append(["№", "Наименование", "Направление", "Срок", "Время", "Доля", "Да"])
    sheet.append([1, "Первый", "Экономика", date(2025, 6, 16), time(10, 30), 0.25, True])
    sheet.append([2, "Второй", None, datetime(2025, 6, 17, 9, 0), None, 1.5, False])
    sheet.append([3, "  Третий  ", None])
    sheet.merge_cells("C3:C5")
    book.create_sheet("Пусто")
    book.save(path)
    book.close()
    return path


def test_calamine_and_the_streaming_reader_read_the_same(tmp_path):
    path = ordinary_workbook(tmp_path / "plain.xlsx")
    assert calamine_reading.ordinary(path, 1000, 10_000)
    fast = calamine_reading.read_with_calamine(path, None)
    careful = workbook_reading.read_bounded(path, None)
    assert [(s.name, s.rows, s.notes) for s in fast] == [(s.name, s.rows, s.notes) for s in careful]
    rows = fast[0].rows
    assert rows[2] == [1, "Первый", "Экономика", datetime(2025, 6, 16), time(10, 30), 0.25, 1]
    assert [row[2] for row in rows[2:5]] == ["Экономика"] * 3  # the merged cell, filled down
    assert rows[4][1] == "Третий"


@pytest.mark.parametrize(
    ("shape", "limit"),
    [
        ("dimension", {}),
        ("unnamed cells", {}),
        ("unnamed rows", {}),
        ("far cell", {}),
        ("rows", {"MAX_ROWS": 3}),
        ("cells", {"CELL_BUDGET": 7}),
    ],
)
def test_a_workbook_beyond_any_bound_is_left_to_the_streaming_reader(
    tmp_path, monkeypatch, shape, limit
):
    book = Workbook()
    sheet = book.active
    for n in range(1, 5):
        sheet.append([f"C{n}", f"Title {n}"])
    if shape == "far cell":
        sheet["HZ2"] = "far"
    path = tmp_path / "odd.xlsx"
    book.save(path)
    book.close()
    edits = {
        "dimension": (b'<dimension ref="A1:B4"/>', b'<dimension ref="A1:XFD4"/>'),
        "unnamed cells": (b'<c r="A2" ', b"<c "),  # calamine would place it itself
        "unnamed rows": (b'<row r="3"', b"<row"),
    }
    if shape in edits:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp_path / "d.xlsx", "w") as out:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == "xl/worksheets/sheet1.xml":
                    assert edits[shape][0] in data
                    data = data.replace(*edits[shape])
                out.writestr(item, data)
        path = tmp_path / "d.xlsx"
    for name, value in limit.items():
        module = calamine_reading if name == "CELL_BUDGET" else bounds
        monkeypatch.setattr(module, name, value)
    assert not calamine_reading.ordinary(path, 1000, 10_000)
    used = []
    monkeypatch.setattr(
        workbook_reading, "read_with_calamine", lambda *a: used.append("calamine") or []
    )
    read_file(path)
    assert used == []


def test_a_panic_inside_calamine_is_one_sentence(tmp_path, monkeypatch):
    import python_calamine

    class PanicException(BaseException):  # what pyo3 raises when the Rust code panics
        pass

    def panics(*args, **kwargs):
        raise PanicException("index out of bounds")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panics)
    with pytest.raises(ImportRefused) as refused:
        read_file(ordinary_workbook(tmp_path / "plain.xlsx"))
    text = str(refused.value)
    assert text.startswith("plain.xlsx cannot be read") and "\n" not in text
    assert "PanicException" in text


def test_an_ods_is_bounded_like_a_workbook(tmp_path, monkeypatch):
    wide = '<table:table-cell table:number-columns-repeated="30000" office:value-type="string">'
    path = write_ods(tmp_path / "list.ods", [("Лист", [["Код", "Название"], ["A", "a"]])])
    with zipfile.ZipFile(path) as source:
        content = source.read("content.xml").decode()
    content = content.replace(
        '<table:table-cell office:value-type="string"><text:p>a</text:p>',
        f"{wide}<text:p>a</text:p>",
    )
    bomb = tmp_path / "wide.ods"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as out:
        for item in source.infolist():
            out.writestr(item, content if item.filename == "content.xml" else source.read(item))
    with pytest.raises(ImportRefused, match="more than 200 columns"):
        read_file(bomb)
    monkeypatch.setattr(bounds, "MAX_ROWS", 2)
    rows = [["Код", "Название"]] + [[f"C{n}", Spanned("x", 2) if n == 1 else "y"] for n in range(5)]
    sheet = read_file(write_ods(tmp_path / "long.ods", [("Лист", rows)]))[0]
    assert len(sheet.rows) == 2 and "Reading stopped after row 2" in sheet.notes[0][2]


def test_an_ods_with_a_document_type_is_refused(tmp_path):
    path = write_ods(tmp_path / "list.ods", [("Лист", [["Код", "Название"]])])
    with zipfile.ZipFile(path) as source:
        content = source.read("content.xml").decode()
    content = content.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
    )
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as out:
        for item in source.infolist():
            out.writestr(item, content if item.filename == "content.xml" else source.read(item))
    with pytest.raises(ImportRefused, match="XML that is not allowed"):
        read_file(bomb)
