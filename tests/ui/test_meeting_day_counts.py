"""The Meetings day filter's counts follow an edit by recounting only the days of the
meetings it changed, and agree with a count over every meeting."""

from collections import Counter
from datetime import timedelta

MEETINGS = 1


def labels(section) -> list[str]:
    return [section.day_filter.itemText(i) for i in range(1, section.day_filter.count())]


def expected(section) -> list[str]:
    counts = Counter(row.day for row in section.model.all_rows)
    return [
        f"{day:%a %d %b} ({counts.get(day, 0)})"
        for day in (section.day_filter.itemData(i) for i in range(1, section.day_filter.count()))
    ]


def test_a_meeting_moved_to_another_day_and_deleted_changes_two_days_counts(sample_window):
    window = sample_window
    window.navigator.setCurrentRow(MEETINGS)
    section = window.meetings_section
    row = section.model.all_rows[0]
    before = labels(section)
    recounted = []
    counting = section.update_day_counts
    section.update_day_counts = lambda: recounted.append(1) or counting()
    assert section.actions.move(row.id, row.start + timedelta(days=1))
    after = labels(section)
    assert after == expected(section) and after != before
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 2
    section.actions.delete([row.id])
    assert labels(section) == expected(section)
    window.document.undo()
    window.document.undo()
    assert labels(section) == before and recounted == []  # no count over every meeting
