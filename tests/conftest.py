"""Shared fixtures: an isolated data folder, summit files to work on, no real dialogs."""

import os
import shutil
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from planner.sample import create_sample_summit  # noqa: E402
from planner.summit_file import close_summit_file, new_summit_file, open_summit_file  # noqa: E402
from tests.helpers import Holders  # noqa: E402

pytest_plugins = ["tests.server_fixtures"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own per-user data folder, never the real one."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("SUMMIT_PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch):
    """Tests run in English whatever the machine's language; a test that sets
    SUMMIT_PLANNER_LANGUAGE or installs a language is put back to English afterwards."""
    monkeypatch.setenv("SUMMIT_PLANNER_LANGUAGE", "en")
    yield
    from planner.languages import use_language

    use_language("en")


@pytest.fixture(autouse=True)
def close_summit_after_test():
    yield
    close_summit_file()


@pytest.fixture
def empty_summit(tmp_path: Path) -> Path:
    """A new, empty summit file, open."""
    path = tmp_path / "empty.summit"
    new_summit_file(path)
    return path


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.summit"
    create_sample_summit(path)
    close_summit_file()
    return path


@pytest.fixture
def sample_summit(tmp_path: Path, sample_template: Path) -> Path:
    """A fresh copy of the Astana sample, open."""
    path = tmp_path / "astana.summit"
    shutil.copyfile(sample_template, path)
    open_summit_file(path)
    return path


@pytest.fixture
def summit(tmp_path: Path, sample_template: Path) -> Path:
    """A copy of the Astana sample, closed, readable by its owner only."""
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    path.chmod(0o600)
    return path


@pytest.fixture
def holder():
    """Other processes holding summit files' locks until the test ends (tests/helpers.py)."""
    holders = Holders()
    yield holders
    holders.stop()
