"""Financing's side panes: the grand total, a bar per envelope with its requests, the history
in summit time with a hint, and chart colours that tell the statuses apart."""

from decimal import Decimal
from itertools import combinations

import pytest
from PySide6.QtGui import QColor

from db.models import FinancingRequest
from planner.financing import list_requests
from planner.money import format_money
from ui.financing.chart import STATUS_COLOURS


@pytest.fixture
def section(sample_window):
    sample_window.navigator.setCurrentRow(4)
    return sample_window.financing_section


def test_totals_end_with_the_total_of_the_requests_shown(section):
    rows = list_requests()
    total = sum((r.converted for r in rows if r.converted is not None), Decimal(0))
    assert section.grand_total.text() == (
        f"<b>Total of the 12 requests shown: {format_money(total, 'USD')}</b>"
    )
    section.pane.filter_edit.setText("FIN-01")
    assert "1 requests" not in section.grand_total.text()
    assert "Total of the 1 request shown: 600 000 000 USD" in section.grand_total.text()


def test_each_envelope_is_a_bar_with_the_requests_that_make_it_up(section):
    bars = section.envelopes
    assert bars.count() == 1
    xian = bars.summaries[0]
    assert xian.requests == ("FIN-01", "FIN-06", "FIN-02", "FIN-05", "FIN-11")  # largest first
    text = bars.lines(xian)
    assert "announced 4 bn USD" in text
    assert "requested 1.16 bn USD · approved 29.23 m USD · signed 0 USD" in text
    assert "left 2.84 bn USD" in text
    assert "Requests: FIN-01, FIN-06, FIN-02, FIN-05, FIN-11" in text
    assert bars.sizeHint().height() >= bars.block_height()
    image = bars.grab().toImage()  # it paints without error, with its bar in colour
    colours = {image.pixelColor(x, y).name() for x in range(0, 300, 3) for y in range(0, 80, 2)}
    assert STATUS_COLOURS["submitted"].lower() in colours


def test_history_hints_when_nothing_is_chosen_and_shows_summit_time(section):
    section.pane.view.clearSelection()
    assert section.history.topLevelItem(0).text(0).startswith("Select one request")
    section.pane.select_id(FinancingRequest.get(FinancingRequest.code == "FIN-01").id)
    assert section.history.headerItem().text(0) == "When (Asia/Almaty)"
    assert section.history.topLevelItem(0).text(0) == "01 Jun 2025 09:00"  # 04:00 UTC


def test_neighbouring_statuses_have_colours_told_apart():
    def distance(a: str, b: str) -> float:
        x, y = QColor(a), QColor(b)
        return (
            (x.red() - y.red()) ** 2 + (x.green() - y.green()) ** 2 + (x.blue() - y.blue()) ** 2
        ) ** 0.5

    for a, b in combinations(STATUS_COLOURS.values(), 2):
        assert distance(a, b) > 70, (a, b)
    assert distance(STATUS_COLOURS["submitted"], STATUS_COLOURS["under_review"]) > 120
    assert distance(STATUS_COLOURS["signed"], STATUS_COLOURS["disbursing"]) > 120
