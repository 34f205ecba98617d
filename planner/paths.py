"""Where the application keeps its per-user files: the sample summit, backups, logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SummitPlanner"


def data_dir() -> Path:
    """The per-user data folder, created readable by its owner only.

    SUMMIT_PLANNER_DATA_DIR overrides it (tests and portable installs use that).
    """
    override = os.environ.get("SUMMIT_PLANNER_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def sample_summit_path() -> Path:
    return data_dir() / "Astana 2025 (sample).summit"
