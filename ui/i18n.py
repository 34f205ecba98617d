"""Translation of text outside QObject methods (where self.tr is not at hand)."""

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # pyside6-lupdate files bare tr("…") calls under the empty context, so look them up there.
    return QCoreApplication.translate("", text)
