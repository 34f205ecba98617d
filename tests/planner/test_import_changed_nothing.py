"""An import that changes nothing (the same list again) is recognised as such."""

from planner.importing.kinds import KINDS, changed_nothing
from tests.planner.test_import import russian_list


def test_the_same_list_imported_again_changes_nothing(sample_summit, tmp_path):
    source = russian_list(tmp_path / "list.xlsx")
    issues = KINDS["issues"]
    first = issues.commit(issues.plan_file(source))
    assert not changed_nothing(first.states)
    again = issues.commit(issues.plan_file(source))
    assert changed_nothing(again.states)


def test_states_of_each_shape():
    same = {"remove": None, "drafts": {1: "a"}}, {"restore": None, "drafts": {1: "a"}}
    moved = {"remove": None, "drafts": {1: "a"}}, {"restore": None, "drafts": {1: "b"}}
    added = {"remove": "plan", "drafts": {}}, {"restore": "plan", "drafts": {}}
    assert changed_nothing(None) and changed_nothing(same)
    assert not changed_nothing(moved) and not changed_nothing(added)
    assert not changed_nothing(([("cell", "old")], [("cell", "new")]))
