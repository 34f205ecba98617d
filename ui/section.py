"""The lifecycle the window's sections share: the open summit they show (or none), read-only
handling, and refreshing on a change of the records they show, only while they are shown."""

from __future__ import annotations

from planner.history import Change
from ui.document import SummitDocument
from ui.lazy_section import LazySection
from ui.schedule_monitor import ScheduleMonitor


class Section(LazySection):
    """A section of the window (mixed in before QWidget). Subclasses name the kinds of
    records they show (`watched`) and fill in `reload` (show everything afresh), `clear`
    (no summit) and `set_editable`; `show_change` may redraw only what a change names."""

    watched: tuple[str, ...] = ()
    document: SummitDocument | None = None
    monitor: ScheduleMonitor | None = None

    def set_document(
        self, document: SummitDocument | None, monitor: ScheduleMonitor | None = None
    ) -> None:
        """Show this summit (None: no summit is open); a read-only one cannot be edited."""
        self.document, self.monitor = document, monitor
        if document is None:
            self.clear()
            self.stale = False  # nothing left to catch up with
            return
        self.listen(document)
        self.set_editable(not document.readonly)
        if not self.deferred():
            self.catch_up()

    def listen(self, document: SummitDocument) -> None:
        """Hear of changes: by default the summit's own notices, filtered by `watched`."""
        document.changed.connect(self.on_changed)

    def editable(self) -> bool:
        return self.document is not None and not self.document.readonly

    def on_changed(self, change: Change) -> None:
        if change.touches(self.watched) and not self.deferred():
            self.show_change(change)

    def show_change(self, change: Change) -> None:
        """Redraw what the change names; by default, everything."""
        self.catch_up()

    def clear(self) -> None:
        """Show nothing: the summit was closed."""

    def set_editable(self, editable: bool) -> None:
        """Offer editing, or not (the summit is open read-only)."""
