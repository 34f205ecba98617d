"""The window's side of opening a summit: the questions of planner.workspace put to the user
through ui.dialogs, and how a flow ended said in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.file_lock import LockHolder, Refusal
from planner.workspace import (
    AlreadyOpen,
    AskCleanedCopy,
    AskReadOnly,
    AskRestoreBackup,
    Opened,
    Outcome,
    Question,
    Refused,
    Step,
    Unwritable,
)
from ui import dialogs
from ui.i18n import tr, trn
from ui.local_dates import moment_text
from ui.restore_dialog import suggested_restore_path


def open_title() -> str:
    return tr("Cannot Open Summit")


def answer(parent: QWidget | None, question: Question) -> object:
    """Put question to the user; the answer the flow expects (see planner.workspace)."""
    if isinstance(question, AskReadOnly):
        if question.holder.refusal is Refusal.HELD:
            title = tr("Summit Open Elsewhere")
        else:
            title = tr("Summit Cannot Be Changed")
        offer = tr("Open it read-only? You can read, export and copy it, not change it.")
        text = f"{why_unwritable(question.path, question.holder)} {offer}"
        return dialogs.ask_read_only(parent, title, text)
    if isinstance(question, AskCleanedCopy):
        offer = tr(
            "Open a cleaned copy instead? It is written beside the file, which stays as it is."
        )
        return dialogs.confirm(parent, open_title(), question.problem, offer)
    if not isinstance(question, AskRestoreBackup):
        raise TypeError(f"Opening a summit asked an unknown question: {question!r}")
    entry = question.entry
    offer = (
        tr("Its newest good backup, from %1, has %2 and %3. Restore it?")
        .replace("%1", moment_text(entry.taken_at.astimezone()))
        .replace("%2", trn("%n meeting", "%n meetings", entry.meetings))
        .replace("%3", trn("%n issue", "%n issues", entry.issues))
    )
    if not dialogs.confirm(parent, open_title(), question.problem, offer):
        return None
    suggested = suggested_restore_path(entry.backup, question.path.parent)
    return dialogs.choose_save_path(parent, tr("Restore Backup As"), suggested)


def report(parent: QWidget | None, outcome: Outcome, create_title: str) -> str:
    """Say why a flow did not open a summit (create_title: the title of a failed creation);
    for a cleaned copy opened, the sentence for the status bar, else ""."""
    if isinstance(outcome, Opened):
        if outcome.cleaned_from is None:
            return ""
        done = tr("Opened %1, a cleaned copy of %2 (%3 changes).")
        done = done.replace("%1", outcome.summit.path.name)
        return done.replace("%2", outcome.cleaned_from.name).replace("%3", str(outcome.changes))
    if isinstance(outcome, Refused):
        titles = {Step.OPEN: open_title(), Step.RESTORE: tr("Cannot Restore the Backup")}
        dialogs.show_error(parent, titles.get(outcome.step, create_title), outcome.message)
    elif isinstance(outcome, Unwritable):
        if outcome.holder.refusal is Refusal.NOT_A_LOCK:
            message = why_unwritable(outcome.path, outcome.holder)
        else:
            message = tr("%1 is open in another window; choose another name.")
        dialogs.show_error(parent, create_title, message.replace("%1", outcome.path.name))
    elif isinstance(outcome, AlreadyOpen):
        message = tr("That file is the summit that is open now; choose another name.")
        dialogs.show_error(parent, create_title, message)
    return ""


def why_unwritable(path: Path, holder: LockHolder) -> str:
    """Why path cannot be written to now, in one sentence."""
    if holder.refusal is Refusal.HELD:
        since = moment_text(holder.since.astimezone()) if holder.since else "?"
        text = (
            tr("%1 is already open in %5 on %2 since %3 (process %4).")
            .replace("%2", tr("this computer") if holder.on_this_host else holder.host)
            .replace("%3", since)
            .replace("%4", str(holder.pid))
            .replace("%5", holder.program or tr("another program"))
        )
    elif holder.refusal is Refusal.FILE_READ_ONLY:
        text = tr("%1 is read-only: its permissions allow no changes.")
    elif holder.refusal is Refusal.NOT_A_LOCK:
        text = tr(
            "The folder of %1 holds something named %2 that is not a lock file of "
            "Summit Planner, so the summit cannot be changed while it is there."
        ).replace("%2", holder.where.name if holder.where else "")
    elif holder.refusal is Refusal.FOLDER_READ_ONLY:
        text = tr("The folder of %1 cannot be written to, so the summit cannot change.")
    else:
        text = tr("%1 cannot be locked for writing (%2).").replace("%2", holder.detail)
    return text.replace("%1", path.name)
