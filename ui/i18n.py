"""Translation of text outside QObject methods (where self.tr is not at hand)."""

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None) -> str:
    """pyside6-lupdate files bare tr("…") calls under the empty context, so look them up
    there; the same English in another role takes a `disambiguation` (its comment)."""
    return QCoreApplication.translate("", text, disambiguation)


def trn(singular: str, plural: str, count: int) -> str:
    """Translate a count with %n. lupdate reads trn as tr(source, disambiguation, n) (see
    resources/translations/update.py): the catalogue keys it by `singular` with `plural` as
    its comment and holds every plural form of the language; English picks `plural` for all
    but one."""
    translated = QCoreApplication.translate("", singular, plural, count)
    if translated != singular.replace("%n", str(count)):
        return translated
    return (singular if count == 1 else plural).replace("%n", str(count))
