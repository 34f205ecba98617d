"""Importing a positions matrix (issues down, delegations across)."""

import json

from openpyxl import Workbook

import main
from db.models import AgendaIssue, Delegation
from planner.importing.position_import import commit_position_import, plan_position_import
from planner.positions import fetch_position, write_positions


def matrix(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Positions"
    sheet.append(["Позиции делегаций"])
    sheet.append(["Код", "Вопрос", "Казахстан", "CN", "Узбекистан", "Mars"])
    sheet.append(["SOC-06", "Sports", "против", "✓ Support", "условно", "yes"])
    sheet.append(["XYZ-99", "Unknown issue", "за", None, None, None])
    sheet.append(["SOC-05", "Media", "maybe", None, "?", None])
    path = tmp_path / "positions.xlsx"
    book.save(path)
    return path


def cell(code, delegation):
    return (
        AgendaIssue.get(AgendaIssue.code == code).id,
        Delegation.get(Delegation.code == delegation).id,
    )


def test_a_matrix_in_russian_and_symbols_imports_and_undoes(sample_summit, tmp_path):
    plan = plan_position_import(matrix(tmp_path))
    assert [r.action for r in plan.rows] == ["update", "skip", "update"]
    messages = " ".join(p.message for p in plan.problems)
    assert "“XYZ-99” is not an issue" in messages and "“maybe” is not a stance" in messages
    before = fetch_position(cell("SOC-06", "KZ"))["stance"]
    old, _new = commit_position_import(plan)
    assert fetch_position(cell("SOC-06", "KZ"))["stance"] == "oppose"
    assert fetch_position(cell("SOC-06", "CN"))["stance"] == "support"
    assert fetch_position(cell("SOC-06", "UZ"))["stance"] == "conditional"
    write_positions(old)
    assert fetch_position(cell("SOC-06", "KZ"))["stance"] == before


def test_positions_from_the_command_line(sample_summit, tmp_path, capsys):
    from planner.summit_file import close_summit_file

    close_summit_file()
    code = main.main(
        ["import", str(sample_summit), str(matrix(tmp_path)), "--kind", "positions", "--json"]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["kind"] == "positions" and report["updated"] == 2
