"""The Financing section: requests with undo, the workflow and its history, rates and the
no-rate warning, envelopes, totals and the chart following the filters, links to meetings."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from db.models import Delegation, ExchangeRate, FinancingMeeting, FinancingRequest, Lender, Meeting
from planner.financing import list_requests
from ui.financing.rates_dialog import RatesDialog, RateTableModel
from ui.financing.table_model import RequestTableModel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings, sample_summit):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1500, 900)
    main.open_path(sample_summit)
    main.navigator.setCurrentRow(4)
    return main


@pytest.fixture
def section(window):
    return window.financing_section


def request(code: str) -> FinancingRequest:
    return FinancingRequest.get(FinancingRequest.code == code)


def test_models_pass_qt_checks(qtmodeltester, sample_summit):
    model = RequestTableModel(list_requests)
    model.reload()
    qtmodeltester.check(model)
    rates = RateTableModel()
    rates.reload()
    qtmodeltester.check(rates)
    amount = model.index(0, RequestTableModel.AMOUNT).data()
    assert amount.endswith(("USD", "CNY")) and "," not in amount


def test_new_request_then_undo(window, section, script):
    kz = Delegation.get(Delegation.code == "KZ").id
    cdb = Lender.get(Lender.short_name == "CDB").id
    meeting = Meeting.select().first().id
    script.fill = {
        "title": "Grain terminal at Khorgos",
        "borrower": kz,
        "lender": cdb,
        "amount": "180 000 000",
        "currency": "USD",
    }

    def tick_meeting(dialog):
        box = dialog.editors["meetings"]
        for i in range(box.count()):
            if box.item(i).data(Qt.ItemDataRole.UserRole) == meeting:
                box.item(i).setCheckState(Qt.CheckState.Checked)

    script.prepare = tick_meeting
    section.pane.add_button.click()
    created = FinancingRequest.get(FinancingRequest.title == "Grain terminal at Khorgos")
    assert created.amount == Decimal("180000000") and created.code == "FIN-13"
    assert [link.meeting_id for link in created.meetings] == [meeting]
    window.document.undo()
    assert not FinancingRequest.select().where(FinancingRequest.id == created.id).exists()


def test_bad_amount_is_explained_in_the_dialog(section, script):
    script.fill = {"title": "X", "amount": "about a billion"}
    section.pane.add_button.click()
    assert "is not an amount" in script.dialog_messages[0]


def test_status_change_is_recorded_in_the_history_and_undone(window, section):
    target = request("FIN-02")  # submitted
    section.pane.select_id(target.id)
    section.set_status(target.id, "under_review")
    assert request("FIN-02").status == "under_review"
    statuses = [
        section.history.topLevelItem(i).text(1) for i in range(section.history.topLevelItemCount())
    ]
    assert statuses[:2] == ["Under review", "Submitted"]
    window.document.undo()
    assert request("FIN-02").status == "submitted"
    assert section.history.topLevelItemCount() == 1


def test_a_wrong_status_change_is_refused(section, script):
    target = request("FIN-02")
    section.set_status(target.id, "disbursing")
    assert "cannot become disbursing" in script.errors[0]


def test_a_missing_rate_is_warned_about_and_left_out(qtbot, window, section):
    assert section.warning.isHidden()
    dialog = RatesDialog(window.document, "USD", window)
    qtbot.addWidget(dialog)
    dialog.pane.select_id(ExchangeRate.get(ExchangeRate.currency == "CNY").id)
    dialog.pane.delete_button.click()
    assert not section.warning.isHidden()
    assert "FIN-05 (CNY)" in section.warning.text()
    row = next(r for r in section.model.rows if r.code == "FIN-05")
    index = section.model.index(section.model.row_of_id(row.id), RequestTableModel.CONVERTED)
    assert index.data() == "no rate"
    window.document.undo()
    assert section.warning.isHidden()


def test_envelope_shows_oversubscription(window, section):
    from planner.financing import FINANCING_OPERATIONS
    from ui.undo_commands import change_record

    drawing = FinancingRequest.get(FinancingRequest.envelope.is_null(False))
    change_record(
        window.document, FINANCING_OPERATIONS, drawing.id, {"amount": "5000000000"}, "Raise"
    )
    text = section.envelopes.lines(section.envelopes.summaries[0])
    assert "Requests exceed the envelope" in text


def test_totals_and_chart_follow_the_filters(section):
    everyone = set(section.chart.data)
    assert len(everyone) == 5
    uz = Delegation.get(Delegation.code == "UZ").id
    section.borrower_filter.setCurrentIndex(section.borrower_filter.findData(uz))
    assert set(section.chart.data) == {"UZ"}
    section.totals_by.setCurrentIndex(section.totals_by.findData("lender"))
    groups = [
        section.totals.topLevelItem(i).text(0) for i in range(section.totals.topLevelItemCount())
    ]
    expected = {r.lender for r in list_requests() if r.borrower == "UZ"}
    assert set(groups) == expected


def test_the_meeting_editor_attaches_requests(window, script):
    from ui.meetings.editor import MeetingEditor

    window.navigator.setCurrentRow(1)
    meetings = window.meetings_section
    target = Meeting.get(Meeting.title.startswith("UZ–CN ministers"))
    fin = request("FIN-09")

    def tick(editor: MeetingEditor) -> None:
        for i in range(editor.requests.count()):
            if editor.requests.item(i).data(Qt.ItemDataRole.UserRole) == fin.id:
                editor.requests.item(i).setCheckState(Qt.CheckState.Checked)

    meetings.pane.select_id(target.id)
    script.prepare = tick
    meetings.pane.edit_button.click()
    assert (
        FinancingMeeting.select()
        .where((FinancingMeeting.meeting == target.id) & (FinancingMeeting.request == fin.id))
        .exists()
    )
    window.document.undo()
    assert (
        not FinancingMeeting.select()
        .where((FinancingMeeting.meeting == target.id) & (FinancingMeeting.request == fin.id))
        .exists()
    )


def test_the_search_box_also_narrows_totals_and_chart(qtbot, section):
    qtbot.keyClicks(section.pane.filter_edit, "FIN-01")
    assert section.proxy.rowCount() == 1
    assert set(section.chart.data) == {"UZ"}
    assert section.totals.topLevelItemCount() == 1
