"""Keep the translation catalogues current: extract every message of ui/, planner/ and db/ with
pyside6-lupdate into each resources/translations/*.ts, then compile the .qm the window loads.

    python -m resources.translations.update          # extract, then compile
    python -m resources.translations.update compile  # compile only (after translating)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "zh_CN", "kk")
SOURCE_FOLDERS = ("ui", "planner", "db")
# planner.translation.trn(singular, plural, n) is read as Qt's tr(source, disambiguation, n):
# a numerus message keyed by the English singular, with the English plural as its comment.
ALIAS = ["-tr-function-alias", "tr+=trn"]


def tool(name: str) -> str:
    """A Qt tool installed beside this Python (the PySide6 wheel's pyside6-lupdate)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed; install PySide6-Essentials")
    return found


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"summit_planner_{language}.ts"


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(p) for name in SOURCE_FOLDERS for p in (root / name).rglob("*.py"))


def lupdate_command(ts_files: list[Path], root: Path = ROOT) -> list[str]:
    return [
        tool("pyside6-lupdate"),
        *source_files(root),
        *ALIAS,
        "-locations",
        "none",
        "-no-obsolete",
        "-silent",
        "-ts",
        *map(str, ts_files),
    ]


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts_file)]
    subprocess.run([*command, "-qm", str(qm_file)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if "compile" not in argv:
        ts_files = [ts_path(language) for language in LANGUAGES]
        subprocess.run(lupdate_command(ts_files), check=True)
    for language in LANGUAGES:
        compile_catalogue(ts_path(language), ts_path(language).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
