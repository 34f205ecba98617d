"""UI fixtures: settings in a temporary file and dialogs that never block."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui import dialogs
from ui.combo import select_data
from ui.main_window import MainWindow


@dataclass
class DialogScript:
    """What the stand-in dialogs answer, and what they were shown."""

    confirm_answer: bool = True
    open_path: Path | None = None
    save_path: Path | None = None
    fill: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dialog_messages: list[str] = field(default_factory=list)
    prepare: Callable | None = None  # changes a dialog's widgets before it is accepted


@pytest.fixture(autouse=True)
def script(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    answers = DialogScript()

    def confirm(_parent, _title, text, details=""):
        answers.questions.append(f"{text} {details}".strip())
        return answers.confirm_answer

    def run_dialog(dialog):
        if answers.prepare is not None:
            answers.prepare(dialog)
        for name, value in answers.fill.items():
            editor = dialog.editors[name]
            if hasattr(editor, "setText") and not hasattr(editor, "set_colour"):
                editor.setText(str(value))
            elif hasattr(editor, "setValue"):
                editor.setValue(value)
            elif hasattr(editor, "findData"):
                assert select_data(editor, value), f"{value!r} is not offered"
        dialog.accept()
        if not dialog.result():
            labels = [dialog.message] if hasattr(dialog, "message") else dialog.errors.values()
            answers.dialog_messages.extend(lbl.text() for lbl in labels if not lbl.isHidden())
            dialog.reject()
        return bool(dialog.result())

    def ask_read_only(_parent, _title, text):
        answers.questions.append(text)
        return answers.confirm_answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_read_only", ask_read_only)
    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: answers.errors.append(text))
    monkeypatch.setattr(dialogs, "show_about", lambda *_args: None)
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: answers.notes.append(text))
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: answers.open_path)
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: answers.save_path)
    return answers


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings):
    """A main window with no summit open, closing what it opened when the test ends."""
    main = MainWindow(settings)
    qtbot.addWidget(main)
    yield main
    main.close_document()


@pytest.fixture
def sample_window(qtbot, settings: QSettings, sample_summit: Path):
    """A main window the size of a laptop's, shown, with the Astana sample open."""
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    qtbot.waitExposed(main)
    main.open_path(sample_summit)
    return main
