"""The Delegations section's table models pass Qt's model checks and keep ids through sorting."""

import pytest
from PySide6.QtCore import Qt

from db.models import Delegation
from ui.delegations.table_models import DelegationTableModel, PersonTableModel, RoomTableModel
from ui.record_table_model import ID_ROLE, ModelFilterProxy


@pytest.mark.parametrize("model_class", [DelegationTableModel, PersonTableModel, RoomTableModel])
def test_models_pass_qt_checks(qtmodeltester, sample_summit, model_class):
    model = model_class()
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_ids_survive_sorting(qapp, sample_summit):
    model = DelegationTableModel()
    model.reload()
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(DelegationTableModel.NAME, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, DelegationTableModel.NAME)
    assert first.data() == "Uzbekistan"
    assert first.data(ID_ROLE) == Delegation.get(Delegation.code == "UZ").id


def test_numbers_sort_as_numbers(qapp, sample_summit):
    model = RoomTableModel()
    model.reload()
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(RoomTableModel.CAPACITY, Qt.SortOrder.AscendingOrder)
    seats = [
        int(proxy.index(row, RoomTableModel.CAPACITY).data()) for row in range(proxy.rowCount())
    ]
    assert seats == sorted(seats) and seats[0] < 100 < seats[-1]


def test_colour_swatch_on_the_code_column(qapp, sample_summit):
    model = DelegationTableModel()
    model.reload()
    colour = model.index(0, DelegationTableModel.CODE).data(Qt.ItemDataRole.DecorationRole)
    assert colour.name().upper() == model.rows[0].colour


def test_the_filter_finds_words_in_any_column_and_keeps_the_sort(qapp, sample_summit):
    model = RoomTableModel()
    model.reload()
    proxy = ModelFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(RoomTableModel.CAPACITY, Qt.SortOrder.DescendingOrder)
    everything = proxy.rowCount()
    proxy.setFilterFixedString("HALL")  # any column, any case
    names = [proxy.index(row, RoomTableModel.NAME).data() for row in range(proxy.rowCount())]
    assert 0 < len(names) < everything and all("hall" in name.casefold() for name in names)
    seats = [int(proxy.index(r, RoomTableModel.CAPACITY).data()) for r in range(len(names))]
    assert seats == sorted(seats, reverse=True)
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == everything == len(model.all_rows)
