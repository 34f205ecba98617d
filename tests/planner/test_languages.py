"""Choosing the language (environment, saved choice, system), the catalogues read without Qt
with each language's plural forms, and dates and numbers in the language's conventions."""

from datetime import date
from decimal import Decimal

import pytest

from planner import catalogue, languages, local_formats, translation

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU"><context><name></name>
<message><source>Rooms</source><translation>Залы</translation></message>
<message><source>Later</source><translation type="unfinished">Потом</translation></message>
<message numerus="yes"><source>%n meeting</source><comment>%n meetings</comment>
<translation><numerusform>%n встреча</numerusform><numerusform>%n встречи</numerusform>
<numerusform>%n встреч</numerusform></translation></message>
</context></TS>""".encode()


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("ru", "ru"),
        ("kk-KZ", "kk"),
        ("zh_CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", None),
        ("zh-Hant", None),
        ("en_US", "en"),
        ("de_DE", None),
        ("C", None),
        ("", None),
    ],
)
def test_locale_tags_name_a_shipped_language(tag, language):
    assert languages.shipped_language(tag) == language


def test_the_environment_wins_then_the_saved_choice_then_the_system(monkeypatch):
    monkeypatch.delenv(languages.ENVIRONMENT)
    assert languages.chosen_language(["de_DE", "kk_KZ"]) == "kk"
    assert languages.chosen_language(["de_DE"]) == "en"
    languages.save_language("zh_CN")
    assert languages.saved_language() == "zh_CN"
    assert languages.chosen_language(["kk_KZ"]) == "zh_CN"
    monkeypatch.setenv(languages.ENVIRONMENT, "ru")
    assert languages.chosen_language(["kk_KZ"]) == "ru"
    monkeypatch.setenv(languages.ENVIRONMENT, "xx")  # not shipped: as if not set
    assert languages.chosen_language(["kk_KZ"]) == "zh_CN"
    languages.save_language(None)
    assert languages.saved_language() is None
    assert languages.chosen_language(["kk_KZ"]) == "kk"


def test_the_system_language_comes_from_the_posix_variables(monkeypatch):
    monkeypatch.delenv(languages.ENVIRONMENT)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert languages.chosen_language() == "ru"
    monkeypatch.setenv("LANGUAGE", "kk:ru")
    assert languages.chosen_language() == "kk"


@pytest.mark.parametrize(
    ("count", "form"),
    [(1, 0), (21, 0), (101, 0), (2, 1), (4, 1), (22, 1), (0, 2), (5, 2), (11, 2), (12, 2),
     (14, 2), (111, 2), (112, 2)],
)
def test_russian_plural_forms_follow_qt(count, form):
    assert catalogue.PLURAL_RULES["ru"](count) == form


def test_kazakh_has_qts_two_forms_and_chinese_one():
    assert [catalogue.PLURAL_RULES["kk"](n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]
    assert {catalogue.PLURAL_RULES["zh_CN"](n) for n in range(30)} == {0}


def test_a_catalogue_gives_finished_translations_only_with_their_plural_forms():
    read = catalogue.parse_catalogue("ru", TS)
    translation.install(read.lookup)
    try:
        assert translation.tr("Rooms") == "Залы"
        assert translation.tr("Later") == "Later"
        counted = [translation.trn("%n meeting", "%n meetings", n) for n in (1, 3, 5, 21)]
        assert counted == ["1 встреча", "3 встречи", "5 встреч", "21 встреча"]
    finally:
        translation.install(None)


def test_every_shipped_catalogue_reads_and_english_needs_none():
    assert catalogue.load_catalogue("en") is None
    for language in ("ru", "zh_CN", "kk"):
        assert catalogue.load_catalogue(language) is not None


@pytest.mark.parametrize(
    ("language", "short", "long", "amount"),
    [
        ("en", "16 Jun", "16 Jun 2025", "1,234,567.50"),
        ("ru", "16 июн.", "16 июн. 2025 г.", "1\u00a0234\u00a0567,50"),
        ("zh_CN", "6月16日", "2025年6月16日", "1,234,567.50"),
        ("kk", "16 мау.", "2025 ж. 16 мау.", "1\u00a0234\u00a0567,50"),
    ],
)
def test_dates_and_numbers_in_the_languages_conventions(language, short, long, amount):
    day = date(2025, 6, 16)
    assert local_formats.day_month(day, language) == short
    assert local_formats.day_month_year(day, language) == long
    assert local_formats.number(Decimal("1234567.5"), 2, language) == amount


def test_the_same_english_in_another_role_has_its_own_translation():
    read = catalogue.load_catalogue("ru")
    translation.install(read.lookup)
    try:
        assert translation.tr("Support") == "Поддерживает"
        assert translation.tr("Support", "matrix cell") == "За"  # short enough for a cell
    finally:
        translation.install(None)


def test_the_planners_own_context_wins_over_a_window_classs():
    xml = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="ru_RU">
<context><name></name>
<message><source>Cancelled</source><translation>Отменена</translation></message>
</context>
<context><name>ScheduleSection</name>
<message><source>Cancelled</source><translation>Отменённые</translation></message>
</context></TS>""".encode()
    assert catalogue.parse_catalogue("ru", xml).lookup("Cancelled", None, -1) == "Отменена"
