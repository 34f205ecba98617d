"""Issue lists shaped the way ministries send them, each built here and imported, the records
checked field by field: official Russian headers, numbered lists from two ministries, title
and footer rows, vertically merged cells, a lookup sheet first, names in Russian, Chinese and
Kazakh, the written forms of dates, statuses and priorities, and .ods."""

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.models import AgendaIssue, Delegation, Track
from planner.importing.issue_import import ISSUE_IMPORT, commit_issue_import, plan_issue_import
from tests.planner.ods_files import Spanned, write_ods


def save(book: Workbook, path: Path) -> Path:
    book.save(path)
    book.close()
    return path


def delegation(code: str) -> int:
    return Delegation.get(Delegation.code == code).id


def track(name: str) -> int:
    return Track.get(Track.name == name).id


def issue(title: str) -> AgendaIssue:
    return AgendaIssue.get(AgendaIssue.title == title)


def official_list(path: Path, lines: list[list[object]]) -> Path:
    """A ministry's list: title and date lines, "№ п/п" headers, a footer."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Перечень"
    sheet.append(["Перечень вопросов к саммиту «Центральная Азия – Китай»"])
    sheet.merge_cells("A1:F1")
    sheet.append(["(по состоянию на 01.06.2025)"])
    sheet.append(
        [
            "№ п/п",
            "Наименование вопроса",
            "Направление",
            "Ответственный исполнитель",
            "Срок исполнения",
            "Приоритет",
        ]
    )
    for line in lines:
        sheet.append(line)
    sheet.append([f"Итого: {len(lines)} вопроса"])
    sheet.append(["Исполнитель: Иванов И.И., тел. 8 (7172) 72-00-00"])
    return save(book, path)


def test_an_official_russian_list_with_title_and_footer_rows(sample_summit, tmp_path):
    path = official_list(
        tmp_path / "mid.xlsx",
        [
            [1, "Транскаспийский маршрут", "Экономика", "Республика Казахстан", "16.06.2025 г.",
             "Очень высокий"],
            [2, "Водные ресурсы Арала", "Экология", "Узбекистан", "16 июня 2025 г.",
             "первоочередной"],
            [3, "Обмен студентами", "Социальная сфера", "КНР", "16.06.2025 10:00", "средний"],
        ],
    )  # fmt: skip
    plan = plan_issue_import(path)
    assert plan.header.row == 3
    assert plan.mapping == {
        1: "row_number",
        2: "title",
        3: "track",
        4: "lead_delegation",
        5: "due_date",
        6: "priority",
    }
    assert [r.action for r in plan.rows] == ["create"] * 3
    assert [(r.row, r.reason) for r in plan.around] == [
        (1, "a title row above the table"),
        (2, "a title row above the table"),
        (7, "a footer below the table"),
        (8, "a footer below the table"),
    ]
    assert plan.new_tracks == [] and plan.problems == []
    commit_issue_import(plan)
    route, aral, students = (
        issue("Транскаспийский маршрут"),
        issue("Водные ресурсы Арала"),
        issue("Обмен студентами"),
    )
    assert (route.track_id, route.lead_delegation_id) == (track("Economic"), delegation("KZ"))
    assert (route.priority, route.due_date, route.status) == ("high", date(2025, 6, 16), "open")
    assert (aral.track_id, aral.lead_delegation_id, aral.priority) == (
        track("Ecology"),
        delegation("UZ"),
        "high",
    )
    assert aral.due_date == date(2025, 6, 16)
    assert (students.track_id, students.lead_delegation_id) == (track("Social"), delegation("CN"))
    assert (students.priority, students.due_date) == ("medium", date(2025, 6, 16))
    # codes are numbered per track, never taken from the running number
    assert route.code.startswith("ECO-") and aral.code.startswith("ENV-")
    assert not AgendaIssue.select().where(AgendaIssue.code.in_(["1", "2", "3"])).exists()
    assert not AgendaIssue.select().where(AgendaIssue.title.startswith("Итого")).exists()


def test_two_ministries_numbered_one_to_eight_do_not_overwrite_each_other(sample_summit, tmp_path):
    before = AgendaIssue.select().count()
    for ministry in ("МИД", "Минэнерго"):
        rows = [[n, f"{ministry}: вопрос {n}", "Экономика", "Казахстан", None, None]
                for n in range(1, 9)]  # fmt: skip
        plan = plan_issue_import(official_list(tmp_path / f"{ministry}.xlsx", rows))
        assert (plan.count("create"), plan.count("update")) == (8, 0)
        commit_issue_import(plan)
    assert AgendaIssue.select().count() == before + 16
    codes = [i.code for i in AgendaIssue.select().where(AgendaIssue.title.contains("вопрос"))]
    assert len(set(codes)) == 16 and all(code.startswith("ECO-") for code in codes)
    # a list without codes matches the issues it sent before by title, and changes nothing
    again = plan_issue_import(tmp_path / "МИД.xlsx")
    assert (again.count("create"), again.count("unchanged")) == (0, 8)


def test_official_headers_of_an_agenda_and_a_merged_track(sample_summit, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["№", "Вопрос повестки дня", "Ответственная делегация", "Сфера", "Статус"])
    sheet.append([1, "Линия D газопровода", "Туркменистан", "Экономика", "В процессе"])
    sheet.append([2, "Порт Туркменбаши", "Туркменистан", None, "Выполнено"])
    sheet.append([3, "Кулминский коридор", "Таджикистан", None, "На согласовании"])
    sheet.merge_cells("D2:D4")
    sheet.append([4, "Безопасность границ", "Кыргызская Республика", "Политика", "отложено"])
    plan = plan_issue_import(save(book, tmp_path / "agenda.xlsx"))
    assert set(plan.mapping.values()) == {
        "row_number",
        "title",
        "lead_delegation",
        "track",
        "status",
    }
    assert plan.new_tracks == []
    commit_issue_import(plan)
    economic = track("Economic")
    assert [issue(t).track_id for t in ("Линия D газопровода", "Порт Туркменбаши")] == [
        economic,
        economic,
    ]
    assert issue("Кулминский коридор").track_id == economic  # the merged cell's last row
    assert issue("Кулминский коридор").lead_delegation_id == delegation("TJ")
    assert [issue(t).status for t in ("Линия D газопровода", "Порт Туркменбаши")] == [
        "under_negotiation",
        "agreed",
    ]
    assert issue("Кулминский коридор").status == "under_negotiation"
    border = issue("Безопасность границ")
    assert (border.track_id, border.lead_delegation_id, border.status) == (
        track("Political"),
        delegation("KG"),
        "deferred",
    )


def test_a_lookup_sheet_first_is_passed_over(sample_summit, tmp_path):
    book = Workbook()
    lookup = book.active
    lookup.title = "Справочник"
    lookup.append(["Код", "Наименование"])
    for n in range(8):
        lookup.append([f"K{n}", f"Значение {n}"])
    data = book.create_sheet("Вопросы")
    data.append(["№ п/п", "Наименование вопроса", "Направление", "Ответственный", "Срок"])
    for n in range(1, 13):
        data.append([n, f"Вопрос {n}", "Экология", "Таджикистан", "01.07.2025"])
    plan = plan_issue_import(save(book, tmp_path / "two.xlsx"))
    assert plan.sheet == "Вопросы" and plan.count("create") == 12
    first = plan.rows[0].values
    assert (first["title"], first["track"], first["lead_delegation"], first["due_date"]) == (
        "Вопрос 1",
        track("Ecology"),
        delegation("TJ"),
        date(2025, 7, 1),
    )


def test_chinese_and_kazakh_lists(sample_summit, tmp_path):
    book = Workbook()
    book.active.append(["序号", "议题名称", "合作领域", "牵头单位", "完成时限", "优先级", "状态"])
    book.active.append(
        [1, "数字丝绸之路", "经济", "中华人民共和国", "2025年6月16日", "高", "进行中"]
    )
    book.active.append([2, "咸海生态", "生态", "哈萨克斯坦共和国", "2025-06-17", "一般", "已完成"])
    plan = plan_issue_import(save(book, tmp_path / "zh.xlsx"))
    assert plan.new_tracks == [] and plan.problems == []
    silk, aral = (r.values for r in plan.rows)
    assert (silk["track"], silk["lead_delegation"], silk["due_date"]) == (
        track("Economic"),
        delegation("CN"),
        date(2025, 6, 16),
    )
    assert (silk["priority"], silk["status"]) == ("high", "under_negotiation")
    assert (aral["track"], aral["lead_delegation"], aral["priority"], aral["status"]) == (
        track("Ecology"),
        delegation("KZ"),
        "medium",
        "agreed",
    )
    kazakh = Workbook()
    kazakh.active.append(["Р/с", "Мәселенің атауы", "Бағыты", "Жауапты", "Мерзімі", "Басымдығы"])
    kazakh.active.append([1, "Көлік дәлізі", "Экономика", "Қазақстан Республикасы",
                          "16 маусым 2025 ж.", "Жоғары"])  # fmt: skip
    kazakh.active.append([2, "Мәдени алмасу", "Әлеуметтік сала", "Қытай", "17.06.2025", "төмен"])
    plan = plan_issue_import(save(kazakh, tmp_path / "kk.xlsx"))
    assert plan.mapping == {
        1: "row_number",
        2: "title",
        3: "track",
        4: "lead_delegation",
        5: "due_date",
        6: "priority",
    }
    corridor, culture = (r.values for r in plan.rows)
    assert (corridor["track"], corridor["lead_delegation"], corridor["due_date"]) == (
        track("Economic"),
        delegation("KZ"),
        date(2025, 6, 16),
    )
    assert corridor["priority"] == "high"
    assert (culture["track"], culture["lead_delegation"], culture["priority"]) == (
        track("Social"),
        delegation("CN"),
        "low",
    )


def test_an_ods_list_with_a_merged_track(sample_summit, tmp_path):
    path = write_ods(
        tmp_path / "list.ods",
        [
            ("Справочник", [["Код", "Название"], ["A", "a"]]),
            (
                "Список",
                [
                    ["Перечень вопросов"],
                    ["№ п/п", "Наименование вопроса", "Направление", "Срок исполнения"],
                    [1, "Солнечная энергетика", Spanned("Экономика", 2), date(2025, 6, 16)],
                    [2, "Редкие металлы", "covered", datetime(2025, 6, 17, 10, 0)],
                    [3, "Туризм", "Социальная сфера", "17.06.2025 г."],
                    ["Итого: 3 вопроса"],
                ],
            ),
        ],
    )
    plan = plan_issue_import(path)
    assert plan.sheet == "Список" and [r.row for r in plan.around] == [1, 6]
    undo, _ = commit_issue_import(plan)
    solar, metals, tourism = issue("Солнечная энергетика"), issue("Редкие металлы"), issue("Туризм")
    assert (solar.track_id, solar.due_date) == (track("Economic"), date(2025, 6, 16))
    assert (metals.track_id, metals.due_date) == (track("Economic"), date(2025, 6, 17))
    assert (tourism.track_id, tourism.due_date) == (track("Social"), date(2025, 6, 17))
    ISSUE_IMPORT.put(undo)
    assert not AgendaIssue.select().where(AgendaIssue.title == "Туризм").exists()


def test_written_dates_statuses_and_priorities():
    from planner.importing.values import PRIORITY_WORDS, STATUS_WORDS, to_date, word_to

    june = date(2025, 6, 16)
    for text in (
        "16.06.2025 г.", "16.06.2025г", "16 июня 2025 г.", "16.06.2025 10:00", "2025年6月16日",
        "2025-06-16", "16/06/2025", "16.06.25", "June 16, 2025", "16 June 2025",
        "16 маусым 2025 ж.", "2025 жылғы 16 маусым", "до 16.06.2025 г.", "2025年6月16日前",
    ):  # fmt: skip
        assert to_date(text) == june, text
    assert to_date("31.02.2025") is None and to_date("someday") is None
    for text, status in (
        ("Выполнено", "agreed"), ("В процессе", "under_negotiation"),
        ("На согласовании", "under_negotiation"), ("已完成", "agreed"),
        ("Келісілді", "agreed"), ("Снято с рассмотрения", "dropped"), ("ОТЛОЖЕНО", "deferred"),
    ):  # fmt: skip
        assert word_to(STATUS_WORDS, text) == status, text
    for text, priority in (
        ("Очень высокий", "high"), ("первоочередной", "high"), ("Первоочередная", "high"),
        ("Жоғары", "high"), ("高", "high"), ("Средняя", "medium"), ("一般", "medium"),
        ("Орташа", "medium"), ("Низкая", "low"), ("төмен", "low"),
    ):  # fmt: skip
        assert word_to(PRIORITY_WORDS, text) == priority, text


@pytest.mark.parametrize(
    "headers",
    [
        {"№ п/п": "row_number", "Тема вопроса": "title",
         "Направление сотрудничества": "track", "Ответственное ведомство": "lead_delegation",
         "Дата исполнения": "due_date", "Статус исполнения": "status",
         "Примечание": "description"},
        {"No.": "row_number", "Issue title": "title", "Track / area": "track",
         "Responsible delegation": "lead_delegation", "Due date": "due_date",
         "Priority level": "priority", "Progress": "status"},
        {"S/N": "row_number", "Agenda item": "title", "Sector": "track",
         "Lead country": "lead_delegation", "Deadline": "due_date", "Importance": "priority",
         "Remarks": "description"},
        {"序号": "row_number", "议题": "title", "牵头部门": "lead_delegation",
         "完成时限": "due_date", "备注": "description", "优先级": "priority", "状态": "status"},
        {"#": "row_number", "Код": "code", "Краткое содержание": "title",
         "Исполнитель (ответственный)": "lead_delegation", "Срок": "due_date",
         "Приоритетность": "priority", "Ход исполнения": "status"},
        {"Р/с": "row_number", "Мәселе": "title", "Саласы": "track",
         "Жауапты мемлекеттік орган": "lead_delegation", "Орындау мерзімі": "due_date",
         "Мәртебесі": "status", "Ескерту": "description"},
    ],
)  # fmt: skip
def test_header_forms_are_assigned_to_their_fields(headers):
    from planner.importing.headers import Header
    from planner.importing.mapping import map_columns

    header = Header(1, dict(enumerate(headers, start=1)))
    mapping = map_columns(header)
    assert {header.columns[c]: f for c, f in mapping.items()} == headers
