"""The window in the chosen language: our catalogue and Qt's own through QTranslator, QLocale,
the planner's sentences in the same language, a Chinese font for Chinese, and Settings ▸
Language keeping the user's choice."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from planner import languages, translation
from ui.language import CHINESE_FONTS, apply_language, window_language
from ui.main_window import MainWindow

MENUS = {
    "ru": ["&Файл", "&Правка", "&Вид", "&Расписание", "&Настройки", "&Справка"],
    "zh_CN": ["文件(&F)", "编辑(&E)", "视图(&V)", "日程(&S)", "设置(&T)", "帮助(&H)"],
    "kk": ["&Файл", "Т&үзету", "&Көрініс", "Ке&сте", "&Баптаулар", "&Анықтама"],
}
CANCEL = {"ru": "Отмена", "zh_CN": "取消", "kk": "Бас тарту"}


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("language", ["ru", "zh_CN", "kk"])
def test_the_window_menus_qts_buttons_and_the_planner_speak_the_language(
    qtbot, settings, language, english_afterwards
):
    assert apply_language(language) == language
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert menu_titles(window) == MENUS[language]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == CANCEL[language]  # Qt's own catalogue (qtbase_<language>.qm)
    assert translation.tr("No room yet") != "No room yet"
    assert QLocale().name().startswith(language.split("_")[0])


def test_english_has_no_translators_and_english_menus(qtbot, settings, english_afterwards):
    apply_language("ru")
    apply_language("en")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Schedule", "Se&ttings", "&Help"]
    assert translation.tr("No room yet") == "No room yet"


def test_chinese_text_is_given_simplified_chinese_faces(qapp, english_afterwards):
    apply_language("zh_CN")
    families = QGuiApplication.font().families()
    assert families[1:] == CHINESE_FONTS
    apply_language("ru")
    assert not set(QGuiApplication.font().families()) & set(CHINESE_FONTS)


def test_the_language_menu_keeps_the_choice_for_the_next_start(window, script, monkeypatch):
    monkeypatch.delenv(languages.ENVIRONMENT)
    kazakh = next(a for a in window.language_menu.actions() if a.data() == "kk")
    kazakh.trigger()
    assert languages.saved_language() == "kk"
    assert window_language() == "kk"
    assert script.notes and "next started" in script.notes[0]
    system = next(a for a in window.language_menu.actions() if a.data() == "")
    system.trigger()
    assert languages.saved_language() is None


def test_the_environment_chooses_the_windows_language(monkeypatch):
    monkeypatch.setenv(languages.ENVIRONMENT, "zh_CN")
    assert window_language() == "zh_CN"


def test_qts_kazakh_comes_from_our_copy_when_the_wheel_has_none(monkeypatch, tmp_path):
    from ui import language

    class EmptyWheel:
        class LibraryPath:
            TranslationsPath = None

        @staticmethod
        def path(_which):
            return str(tmp_path)  # a wheel without qtbase_kk.qm

    assert language.qt_catalogue("kk").parent != tmp_path
    monkeypatch.setattr(language, "QLibraryInfo", EmptyWheel)
    found = language.qt_catalogue("kk")
    assert found is not None and found.name == "qtbase_kk.qm"
    assert found.parent.name == "translations" and "resources" in found.parts
    assert language.qt_catalogue("xx") is None


def accelerator(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN", "kk"])
def test_each_menus_accelerators_are_unique_in_every_language(
    qtbot, settings, language, english_afterwards
):
    apply_language(language)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    bar = [accelerator(a.text()) for a in window.menuBar().actions()]
    assert len(bar) == len(set(bar)), bar
    for menu_action in window.menuBar().actions():
        keys = [accelerator(a.text()) for a in menu_action.menu().actions() if a.text()]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), (menu_action.text(), keys)
