"""The command line in the chosen language: SUMMIT_PLANNER_LANGUAGE puts `check` (its lines
and every conflict's explanation in --json) in Russian, Chinese or Kazakh."""

import json

import pytest

import main

# A phrase of the sample's deliberate clash (a person expected in two meetings at once).
CLASH = {
    "ru": "одновременное участие в двух встречах",
    "zh_CN": "需要同时出席两场会议",
    "kk": "бір мезгілде екі кездесуге қатысу",
}
INTEGRITY = {"ru": "Целостность: в порядке", "zh_CN": "完整性：正常", "kk": "Тұтастық: қалыпты"}


def check_json(path, capsys) -> dict:
    main.main(["check", str(path), "--json"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("language", ["ru", "zh_CN", "kk"])
def test_check_json_explains_every_conflict_in_the_language(
    language, sample_summit, capsys, monkeypatch
):
    english = check_json(sample_summit, capsys)["conflicts"]
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", language)
    translated = check_json(sample_summit, capsys)["conflicts"]
    assert [c["kind"] for c in translated] == [c["kind"] for c in english]
    for mine, theirs in zip(translated, english, strict=True):
        assert mine["message"] != theirs["message"], mine["message"]
    assert any(CLASH[language] in c["message"] for c in translated)
    assert "Almasadam Satkaliyev" in " ".join(c["message"] for c in translated)


@pytest.mark.parametrize("language", ["ru", "zh_CN", "kk"])
def test_check_prints_its_lines_in_the_language(language, sample_summit, capsys, monkeypatch):
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", language)
    main.main(["check", str(sample_summit)])
    out = capsys.readouterr().out
    assert INTEGRITY[language] in out
    assert "Conflicts:" not in out and "error" not in out


def test_english_stays_the_default_without_a_language(sample_summit, capsys):
    main.main(["check", str(sample_summit)])
    assert "Integrity: ok" in capsys.readouterr().out


SHEETS = {
    "ru": ("Сводка", "пн 16 июн.", "Показатель"),
    "zh_CN": ("摘要", "6月16日 周一", "项目"),
    "kk": ("Жиынтық", "дс 16 мау.", "Көрсеткіш"),
}


@pytest.mark.parametrize("language", ["ru", "zh_CN", "kk"])
def test_an_exports_sheet_names_and_headers_are_in_the_language(
    language, sample_summit, tmp_path, monkeypatch
):
    import openpyxl

    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", language)
    out = tmp_path / "briefing.xlsx"
    assert main.main(["export", str(sample_summit), str(out)]) == 0
    summary, day, header = SHEETS[language]
    workbook = openpyxl.load_workbook(out, read_only=True)
    try:
        assert summary in workbook.sheetnames and day in workbook.sheetnames
        first_row = next(workbook[summary].iter_rows(max_row=1, values_only=True))
        assert first_row[0] == header
    finally:
        workbook.close()


def test_argparses_own_words_are_in_the_language_too(monkeypatch, capsys):
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", "ru")
    with pytest.raises(SystemExit) as stopped:
        main.main(["check"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "использование:" in err and "обязательные аргументы не указаны: FILE" in err
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        main.main(["check"])
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_export_and_calendar_say_what_they_wrote_in_the_language_with_its_plurals(
    sample_summit, capsys, monkeypatch, tmp_path
):
    out = tmp_path / "programme.xlsx"
    person = ["--person", "Bauyrzhan Kenzhebayev", "--day", "2025-06-17"]  # one meeting that day
    args = ["export", str(sample_summit), str(out), *person]
    main.main(args)
    english = capsys.readouterr().out
    assert "(a programme of 1 meeting)" in english, english  # one, not "1 meetings"
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", "ru")
    main.main(["ics", str(sample_summit), str(tmp_path / "summit.ics")])
    assert "Записан файл" in capsys.readouterr().out
    main.main(args)
    assert "(в программе 1 встреча)" in capsys.readouterr().out
