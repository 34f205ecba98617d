"""Sections of the window that refresh what they show only while they are shown.

A large summit makes some refreshes cost seconds (50,000 issues, a 50,000 × 200 positions
matrix); doing them for sections nobody looks at would slow every edit and the opening of a
file. A hidden section only notes that it is stale, and catches up when it is shown."""

from __future__ import annotations


class LazySection:
    shown = True  # a section used on its own (a test, a dialog) always refreshes at once
    stale = False

    def deferred(self) -> bool:
        """True when the caller's refresh should wait until the section is shown."""
        if self.shown:
            return False
        self.stale = True
        return True

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        if shown and self.stale:
            self.stale = False
            self.catch_up()

    def catch_up(self) -> None:
        """Refresh everything the section shows (it was hidden while things changed); most
        sections call that reload()."""
        self.reload()
