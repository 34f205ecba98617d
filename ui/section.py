"""The lifecycle the window's sections share: the open summit they show (or none), read-only
handling, and refreshing on a change of the records they show, only while they are shown:
only the rows a change names, or everything when it names no ids."""

from __future__ import annotations

from planner.history import Change
from ui.document import SummitDocument
from ui.lazy_section import LazySection
from ui.record_pane import RecordPane
from ui.schedule_monitor import ScheduleMonitor


class Section(LazySection):
    """A section of the window (mixed in before QWidget). Subclasses name the kinds of
    records they show (`watched`), the tables that show them (`record_panes`), and fill in
    `reload` (show everything afresh), `clear` (no summit) and `set_editable`;
    `after_change` redraws what else a change may alter (totals, a details pane).

    A change is shown by reloading only the rows it names in each table (see
    RecordTableModel.changed_ids); a change of a watched kind no table follows, or one
    that names no ids, reloads everything. Changes while the section is hidden are kept
    (merged) and shown the same way when it is shown again."""

    watched: tuple[str, ...] = ()
    document: SummitDocument | None = None
    monitor: ScheduleMonitor | None = None
    pending: Change | None = None  # changes heard while hidden
    whole = True  # nothing shown yet for this summit: the next catch-up loads everything

    def set_document(
        self, document: SummitDocument | None, monitor: ScheduleMonitor | None = None
    ) -> None:
        """Show this summit (None: no summit is open); a read-only one cannot be edited."""
        for pane in self.record_panes():
            pane.loading.stop()
        self.document, self.monitor = document, monitor
        self.pending, self.whole = None, True
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
        if not change.touches(self.watched):
            return
        if self.deferred():
            self.pending = change if self.pending is None else self.pending.merged(change)
            return
        self.show_change(change)

    def catch_up(self) -> None:
        pending, self.pending = self.pending, None
        if self.whole or pending is None:
            self.whole = False
            self.reload()
        else:
            self.show_change(pending)

    def record_panes(self) -> list[RecordPane]:
        """The tables of records the section shows (none: every change reloads)."""
        return []

    def show_change(self, change: Change) -> None:
        """Redraw what the change names: the rows it names in each table, or everything."""
        panes = self.record_panes()
        followed = {kind for pane in panes for kind in (pane.model.kind, *pane.model.follows)}
        unfollowed = change.kinds.intersection(self.watched) - followed
        plans = [pane.model.changed_ids(change) for pane in panes] if not unfollowed else []
        # Rows under way behind the window may miss this change: they are loaded again too.
        whole = not plans or None in plans or any(pane.loading for pane in panes)
        if whole and panes and all(pane.model.loads_behind() for pane in panes):
            # Long lists whose rows are all to be loaded again: behind the window.
            waiting = set(range(len(panes)))
            for number, pane in enumerate(panes):
                pane.reload_behind(lambda number=number: self.loaded(waiting, number, change))
            return
        if whole:
            self.reload()
            return
        for pane, ids in zip(panes, plans, strict=True):
            pane.update_rows(ids)
        self.after_change(change)

    def loaded(self, waiting: set[int], number: int, change: Change) -> None:
        """A table's rows loaded behind the window arrived; after the last, the rest."""
        waiting.discard(number)
        if not waiting:
            self.after_change(change)

    def after_change(self, change: Change) -> None:
        """Redraw what else the rows' change may alter (after show_change updated them)."""

    def clear(self) -> None:
        """Show nothing: the summit was closed."""

    def set_editable(self, editable: bool) -> None:
        """Offer editing, or not (the summit is open read-only)."""
