"""Where the application keeps its per-user files: the sample summit, backups, logs.

Nothing here creates a folder until something is to be written into it, so that read-only work
(info, check, export) runs even where the data folder cannot be made or used.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from planner.errors import PlannerError
from planner.translation import tr

APP_NAME = "SummitPlanner"
OVERRIDE = "SUMMIT_PLANNER_DATA_DIR"


class DataFolderError(PlannerError):
    """The per-user data folder cannot be created or written to."""


def data_dir() -> Path:
    """The per-user data folder (not created here; see usable_data_dir).

    SUMMIT_PLANNER_DATA_DIR overrides it (tests and portable installs use that).
    """
    override = os.environ.get(OVERRIDE)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def backups_dir() -> Path:
    """Where backups are kept (not created here: listing a missing folder finds none)."""
    return data_dir() / "backups"


def usable_data_dir() -> Path:
    """The data folder, created readable by its owner only if it is missing; a folder that
    cannot be made or written to is refused in one sentence naming it."""
    return usable_folder(data_dir())


def writable_backups_dir() -> Path:
    """The backups folder, ready to be written to (see usable_data_dir)."""
    usable_data_dir()
    return usable_folder(backups_dir())


def usable_folder(folder: Path) -> Path:
    problem = folder_problem(folder)
    if problem:
        raise DataFolderError(
            tr(
                "The data folder {folder} {problem}, so nothing can be saved "
                "there; make it a folder you can write to, or set {variable} to "
                "another folder."
            ).format(folder=folder, problem=problem, variable=OVERRIDE)
        )
    return folder


def folder_problem(folder: Path) -> str | None:
    """What keeps folder from being used for our files (creating it if missing), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        if folder.is_symlink():
            return tr("is a link to a folder that does not exist")
        return tr("is a file, not a folder")
    except NotADirectoryError:
        return tr("cannot be created (a file stands where one of its folders should be)")
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        return tr("cannot be created ({reason})").format(reason=reason)
    if not folder.is_dir():
        return tr("is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return tr("cannot be written to (permission denied)")
    return None


def sample_summit_path() -> Path:
    """Where the built-in sample lives; the data folder is made ready for it."""
    return usable_data_dir() / "Astana 2025 (sample).summit"
