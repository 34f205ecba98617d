"""The translation source lists every text the window shows: lupdate run now finds nothing
that resources/translations/summit_planner_ru.ts lacks (so translators see every string)."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "translations" / "summit_planner_ru.ts"


def messages(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") not in ("obsolete", "vanished")
    }


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return found


def test_every_text_of_the_window_is_in_the_translation_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate(), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = messages(fresh) - messages(SOURCE)
    assert not missing, f"run the README's lupdate command; missing: {sorted(missing)[:5]}"
