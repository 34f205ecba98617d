"""The pane beside the Meetings list and the Schedule grid: the chosen meeting read at a glance
(when, where, who, the agenda, financing, conflicts), and a person's next meetings."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from planner.errors import USER_ERRORS
from planner.meeting_details import (
    MeetingDetails,
    Programme,
    frame_now,
    meeting_details,
    person_programme,
)
from planner.schedule import Overview
from ui.colours import ERROR_COLOUR, WARNING_COLOUR
from ui.i18n import trn
from ui.labels import (
    financing_status_labels,
    issue_status_labels,
    kind_labels,
    level_labels,
    rank_labels,
    role_labels,
    status_labels,
)
from ui.local_dates import day_and_time, short_day, weekday_and_date


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class MeetingDetailsPane(QWidget):
    """show_meeting(id) shows one meeting; a person's name in it opens their programme;
    `meeting_chosen` asks the section to select a meeting of a programme;
    `edit_requested` asks to edit the meeting shown."""

    meeting_chosen = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetails")
        self.overview: Overview | None = None
        self.meeting_id: int | None = None
        self.programme: Programme | None = None
        self.now = lambda: datetime.now().astimezone()  # replaced by tests
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.back_button = QPushButton(self.tr("Back to the Meeting"))
        self.back_button.clicked.connect(self.back)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(
            lambda: self.meeting_id is not None and self.edit_requested.emit(self.meeting_id)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(220)
        self.show_nothing()

    # What it shows

    def set_overview(self, overview: Overview | None) -> None:
        """The schedule changed: show the same meeting (or programme) afresh."""
        self.overview = overview
        if self.programme is not None and overview is not None:
            self.show_programme(self.programme.person_id)
        elif self.meeting_id is not None or not self.nothing_shown:
            self.show_meeting(self.meeting_id)
        # (else the hint shown stays as it is: it does not depend on the schedule)

    def show_nothing(self) -> None:
        self.meeting_id, self.programme, self.nothing_shown = None, None, True
        self.browser.setHtml(
            "<p style='color:#5F6368'>"
            + esc(
                self.tr(
                    "Select a meeting to see when and where it is, who attends, its agenda, "
                    "financing and conflicts. Choose a person's name to see their next meetings."
                )
            )
            + "</p>"
        )
        self.back_button.hide()
        self.edit_button.setEnabled(False)

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is None or self.overview is None:
            self.show_nothing()
            return
        try:
            details = meeting_details(meeting_id, self.overview)
        except USER_ERRORS:  # deleted meanwhile
            self.show_nothing()
            return
        self.meeting_id, self.programme = meeting_id, None
        self.nothing_shown = False
        self.browser.setHtml(self.meeting_html(details))
        self.back_button.hide()
        self.edit_button.setEnabled(True)

    def show_programme(self, person_id: int) -> None:
        if self.overview is None:
            return
        since = frame_now(self.overview.frame, self.now())
        first_day = self.overview.frame.first_day
        if since.date() < first_day:  # before the summit: its whole programme
            since = None
        try:
            self.programme = person_programme(person_id, self.overview, since)
        except USER_ERRORS:
            self.show_meeting(self.meeting_id)
            return
        self.nothing_shown = False
        self.browser.setHtml(self.programme_html(self.programme, since))
        self.back_button.setVisible(self.meeting_id is not None)
        self.edit_button.setEnabled(False)

    def text(self) -> str:
        return self.browser.toPlainText()

    # Links

    def follow(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if kind == "person":
            self.show_programme(int(number))
        elif kind == "meeting":
            self.meeting_chosen.emit(int(number))

    def back(self) -> None:
        self.show_meeting(self.meeting_id)

    # Writing

    def meeting_html(self, details: MeetingDetails) -> str:
        statuses, levels, kinds = status_labels(), level_labels(), kind_labels()
        ranks, roles = rank_labels(), role_labels()
        when = f"{short_day(details.start.date())}, {details.start:%H:%M}–{details.end:%H:%M}"
        where = ", ".join(part for part in (details.room, details.building) if part)
        parts = [
            f"<h3 style='margin-bottom:2px'>{esc(details.title)}</h3>",
            f"<p style='margin-top:0'><b>{esc(when)}</b><br>"
            f"{esc(where or self.tr('No room yet'))}<br>"
            f"{esc(kinds.get(details.kind, details.kind))} · "
            f"{esc(levels.get(details.level, details.level))} · "
            f"{esc(statuses.get(details.status, details.status))}</p>",
        ]
        parts.append(self.conflicts_html(details.id))
        teams = ", ".join(
            f"{esc(code)} {esc(name)}" + (f" ({esc(roles[role])})" if role == "host" else "")
            for code, name, role in details.delegations
        )
        parts.append(f"<p><b>{esc(self.tr('Delegations'))}</b><br>{teams or '—'}</p>")
        people = "<br>".join(
            f"<a href='person:{p.id}'>{esc(p.name)}</a> ({esc(p.delegation)}, "
            f"{esc(p.title or ranks.get(p.rank, p.rank))})"
            + ("" if p.required else " · " + esc(self.tr("optional")))
            for p in details.people
        )
        parts.append(f"<p><b>{esc(self.tr('People'))}</b><br>{people or '—'}</p>")
        issue_statuses = issue_status_labels()
        if details.agenda:
            items = "".join(
                f"<li><b>{esc(a.code)}</b> {esc(a.title)}"
                + (f" · {esc(trn('%n min', '%n min', a.minutes))}" if a.minutes else "")
                + f" <span style='color:#5F6368'>({esc(issue_statuses.get(a.status, a.status))})"
                "</span>" + (f"<br><i>{esc(a.outcome)}</i>" if a.outcome else "") + "</li>"
                for a in details.agenda
            )
            parts.append(f"<p><b>{esc(self.tr('Agenda'))}</b></p><ol>{items}</ol>")
        else:
            parts.append(f"<p><b>{esc(self.tr('Agenda'))}</b><br>{esc(self.tr('Nothing yet'))}</p>")
        if details.requests:
            money = financing_status_labels()
            items = "<br>".join(
                f"<b>{esc(r.code)}</b> {esc(r.title)}: {esc(r.amount)} "
                f"({esc(money.get(r.status, r.status))})"
                for r in details.requests
            )
            parts.append(f"<p><b>{esc(self.tr('Financing raised'))}</b><br>{items}</p>")
        notes = ((self.tr("Notes"), details.notes), (self.tr("Outcome"), details.outcome))
        for heading, text in notes:
            if text.strip():
                shown = esc(text).replace("\n", "<br>")
                parts.append(f"<p><b>{esc(heading)}</b><br>{shown}</p>")
        return "".join(parts)

    def conflicts_html(self, meeting_id: int) -> str:
        found = self.overview.by_meeting.get(meeting_id, []) if self.overview else []
        if not found:
            return ""
        lines = "".join(
            f"<p style='color:{ERROR_COLOUR if c.severity.value == 'error' else WARNING_COLOUR}'>"
            f"{esc(c.message)}</p>"
            for c in found
        )
        heading = trn("%n conflict", "%n conflicts", len(found))
        return f"<p><b>{esc(heading)}</b></p>{lines}"

    def programme_html(self, programme: Programme, since: datetime | None) -> str:
        ranks = rank_labels()
        heading = self.tr("Next meetings of %1").replace("%1", programme.name)
        who = f"{programme.delegation}, {ranks.get(programme.rank, programme.rank)}"
        scope = (
            self.tr("From %1 on").replace("%1", day_and_time(since))
            if since is not None
            else self.tr("The whole summit")
        )
        parts = [
            f"<h3 style='margin-bottom:2px'>{esc(heading)}</h3>",
            f"<p style='margin-top:0'>{esc(who)} · {esc(scope)}</p>",
        ]
        if not programme.meetings:
            parts.append(f"<p>{esc(self.tr('No meetings left.'))}</p>")
        day = None
        for row in programme.meetings:
            if row.day != day:
                day = row.day
                heading = esc(weekday_and_date(row.day))
                parts.append(f"<p style='margin-bottom:0'><b>{heading}</b></p>")
            parts.append(
                f"<p style='margin:0 0 4px 8px'>{row.start:%H:%M}–{row.end:%H:%M} "
                f"<a href='meeting:{row.id}'>{esc(row.title)}</a>"
                + (f"<br><span style='color:#5F6368'>{esc(row.room)}</span>" if row.room else "")
                + "</p>"
            )
        return "".join(parts)
