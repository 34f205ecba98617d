"""Translation of text outside QObject methods (where self.tr is not at hand)."""

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # pyside6-lupdate files bare tr("…") calls under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def trn(singular: str, plural: str, count: int) -> str:
    """Translate a count: `plural` (with %n) is the source translators see; without a
    translation, English picks `singular` for one and `plural` otherwise."""
    translated = QCoreApplication.translate("", plural, None, count)
    if translated != plural.replace("%n", str(count)):
        return translated
    return (singular if count == 1 else plural).replace("%n", str(count))
