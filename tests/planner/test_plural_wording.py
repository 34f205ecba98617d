"""Counts are written with the word's own plural: 1 item, 2 items, never "item(s)"."""

from db.models import MeetingIssue, Position
from planner.issues import removal_consequences


class Counted:
    """A deletion plan reduced to what the sentences read: how many of each record."""

    def __init__(self, counts):
        self.counts = counts

    def count(self, model):
        return self.counts.get(model, 0)


def test_what_deleting_issues_takes_with_it_is_counted_in_words():
    assert removal_consequences(Counted({MeetingIssue: 1, Position: 1})) == [
        "They are removed from 1 meeting agenda item.",
        "1 recorded position will be deleted.",
    ]
    assert removal_consequences(Counted({MeetingIssue: 3, Position: 12})) == [
        "They are removed from 3 meeting agenda items.",
        "12 recorded positions will be deleted.",
    ]
    assert removal_consequences(Counted({})) == []
