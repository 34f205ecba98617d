"""The Delegations section's table models pass Qt's model checks and keep ids through sorting."""

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from db.models import Delegation
from ui.delegations.table_models import DelegationTableModel, PersonTableModel, RoomTableModel
from ui.record_table_model import ID_ROLE, SORT_ROLE


@pytest.mark.parametrize("model_class", [DelegationTableModel, PersonTableModel, RoomTableModel])
def test_models_pass_qt_checks(qtmodeltester, sample_summit, model_class):
    model = model_class()
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_ids_survive_a_sorting_proxy(qapp, sample_summit):
    model = DelegationTableModel()
    model.reload()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(DelegationTableModel.NAME, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, DelegationTableModel.NAME)
    assert first.data() == "Uzbekistan"
    assert first.data(ID_ROLE) == Delegation.get(Delegation.code == "UZ").id


def test_numbers_sort_as_numbers(qapp, sample_summit):
    model = RoomTableModel()
    model.reload()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
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
