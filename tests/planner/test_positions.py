"""Positions: the matrix, several stances at once with undo, briefs and disagreements."""

import pytest

from db.models import AgendaIssue, Delegation, Meeting, MeetingIssue, Position
from planner.errors import ValidationError
from planner.positions import (
    disagreements,
    fetch_position,
    load_matrix,
    meeting_brief,
    set_stance,
    write_positions,
)


def ids(codes):
    return [Delegation.get(Delegation.code == c).id for c in codes]


def issue(code):
    return AgendaIssue.get(AgendaIssue.code == code).id


def test_matrix_covers_every_issue_and_delegation(sample_summit):
    matrix = load_matrix()
    assert len(matrix.issues) == AgendaIssue.select().count()
    assert [code for _, code, _ in matrix.delegations] == ["KZ", "CN", "KG", "TJ", "TM", "UZ"]
    assert len(matrix.stances) == Position.select().count()
    assert [i.track for i in matrix.issues][0] == "Political"
    assert sum(matrix.counts(matrix.issues[0].id).values()) == 6
    assert matrix.home == ids(["KZ"])[0]


def test_set_several_stances_at_once_and_undo(sample_summit):
    cells = [(issue("SOC-06"), d) for d in ids(["KZ", "CN", "TM"])]
    before = {cell: fetch_position(cell) for cell in cells}
    old, new = write_positions(set_stance(cells, "oppose"))
    assert all(fetch_position(cell)["stance"] == "oppose" for cell in cells)
    assert all(new[cell]["stance"] == "oppose" for cell in new)
    write_positions(old)
    for cell in cells:
        recorded = (
            Position.select()
            .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
            .exists()
        )
        assert fetch_position(cell) == before[cell]
        assert recorded == (old[cell] is not None) if cell in old else True


def test_texts_are_kept_when_the_stance_changes(sample_summit):
    cell = (issue("ECO-06"), ids(["TM"])[0])
    texts = fetch_position(cell)
    write_positions(set_stance([cell], "conditional"))
    after = fetch_position(cell)
    assert after["stance"] == "conditional"
    assert after["talking_points"] == texts["talking_points"] != ""


def test_unchanged_stances_are_no_change(sample_summit):
    cell = (issue("ECO-06"), ids(["TM"])[0])
    stance = fetch_position(cell)["stance"]
    assert write_positions(set_stance([cell], stance)) is None


def test_bad_stance_is_refused(sample_summit):
    with pytest.raises(ValidationError):
        write_positions(set_stance([(issue("ECO-06"), ids(["TM"])[0])], "maybe"))


def test_meeting_brief_lists_its_agenda_and_delegations(sample_summit):
    meeting = Meeting.get(Meeting.title.startswith("Line D gas pipeline"))
    issues, teams = meeting_brief(meeting.id)
    agenda = MeetingIssue.select().where(MeetingIssue.meeting == meeting.id).count()
    assert len(issues) == agenda and sorted(teams) == sorted(ids(["TM", "UZ", "TJ", "KG", "CN"]))


def test_disagreements_put_the_widest_gaps_first(sample_summit):
    kz, cn = ids(["KZ", "CN"])
    a, b = issue("SOC-06"), issue("SOC-05")
    write_positions(
        {
            (a, kz): {"stance": "support"},
            (a, cn): {"stance": "oppose"},
            (b, kz): {"stance": "support"},
            (b, cn): {"stance": "neutral"},
        },
    )
    found = disagreements(load_matrix(), kz, cn)
    assert found.index(a) < found.index(b)
    write_positions({(b, cn): {"stance": "unknown"}})
    assert b not in disagreements(load_matrix(), kz, cn)  # unknown is not a disagreement


BOOKKEEPING = ("version", "edited_by")  # who wrote a row last: putting it back is a write


def stored_rows(cells):
    rows = {
        cell: Position.select()
        .where((Position.issue == cell[0]) & (Position.delegation == cell[1]))
        .dicts()
        .first()
        for cell in cells
    }
    return {
        cell: None if row is None else {k: v for k, v in row.items() if k not in BOOKKEEPING}
        for cell, row in rows.items()
    }


def test_undo_and_redo_put_back_the_very_rows_with_their_ids(sample_summit):
    from planner.edits import BulkOperation
    from planner.history import History
    from planner.positions import POSITION_EDITS

    recorded = Position.select().first()
    cleared = (recorded.issue_id, recorded.delegation_id)
    empty = next(
        (i, d)
        for i in [row.id for row in AgendaIssue.select()]
        for d in ids(["KZ", "CN", "KG", "TJ", "TM", "UZ"])
        if stored_rows([(i, d)])[(i, d)] is None
    )
    before = stored_rows([cleared, empty])
    history = History()
    history.run(BulkOperation(POSITION_EDITS, {cleared: None, empty: {"stance": "oppose"}}, "Set"))
    created = stored_rows([empty])[empty]
    history.undo()
    assert stored_rows([cleared, empty]) == before  # the cleared row with its id and time
    history.redo()
    assert stored_rows([empty])[empty] == created  # the new row with the id it had
    assert stored_rows([cleared])[cleared] is None
    history.undo()
    assert stored_rows([cleared, empty]) == before
