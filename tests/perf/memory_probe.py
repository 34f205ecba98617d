"""Open a summit in the main window, show every section, and print the peak resident memory
in MB (run by the benchmark suite in a process of its own)."""

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    app = QApplication([])
    from ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    window.open_path(Path(sys.argv[1]))
    for section in range(window.navigator.count()):
        window.navigator.setCurrentRow(section)
        app.processEvents()
    print(round(peak_kb() / 1024, 1))


def peak_kb() -> int:
    """This program's peak resident memory. Linux's VmHWM starts afresh when the program
    starts; getrusage's maxrss may count the process it was started from."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KB elsewhere


if __name__ == "__main__":
    main()
