"""The window's language: our catalogue and Qt's own (standard buttons, file dialogs) through
QTranslator, QLocale for dates and numbers, a Chinese font for Chinese, and the planner's
sentences pointed at the same language."""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from planner import languages

# Families tried for Chinese text, in order: Simplified Chinese faces (not the Japanese ones
# fontconfig would pick first for Han characters on many Linux desktops).
CHINESE_FONTS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
]
QT_LOCALES = {"en": "en_GB", "ru": "ru_RU", "zh_CN": "zh_CN", "kk": "kk_KZ"}

_installed: list[QTranslator] = []
_files = ExitStack()  # keeps a zipped install's .qm extracted while the translator uses it


def shipped_file(name: str) -> Path | None:
    """A file of resources/translations as a path on disk (None when not shipped)."""
    found = resources.files("resources") / "translations" / name
    if not found.is_file():
        return None
    return Path(_files.enter_context(resources.as_file(found)))


def qt_catalogue(language: str) -> Path | None:
    """Qt's own translations (qtbase_<language>.qm) from the PySide6 wheel, else the copy we
    ship (Kazakh is missing from some wheels)."""
    name = f"qtbase_{language}.qm"
    wheel = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    return wheel if wheel.is_file() else shipped_file(name)


def window_language() -> str:
    """SUMMIT_PLANNER_LANGUAGE, the saved choice, else the system's language as Qt knows it
    on every platform (else English)."""
    return languages.chosen_language(QLocale.system().uiLanguages())


def apply_language(language: str) -> str:
    """Put the window, Qt's own texts and the planner's sentences in `language` (call before
    the window is built; an unknown language is English). Returns the language applied."""
    app = QCoreApplication.instance()
    assert app is not None, "the application object comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in languages.LANGUAGES else "en"
    if language != "en":
        for path in (qt_catalogue(language), shipped_file(f"summit_planner_{language}.qm")):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    languages.use_language(language)
    set_fonts(language)
    return language


def set_fonts(language: str) -> None:
    """Chinese text in a Simplified Chinese face; Latin and Cyrillic stay in the system's."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    font = QGuiApplication.font()
    system_family = font.families()[0] if font.families() else font.family()
    if language == "zh_CN":
        font.setFamilies([system_family, *CHINESE_FONTS])
    else:
        font.setFamilies([system_family])
    QGuiApplication.setFont(font)
