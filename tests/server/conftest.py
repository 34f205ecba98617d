"""The storage tests of tests/planner gathered here (test_on_both_*.py) run again on a server
summit: `sample_summit` is the Astana sample and `empty_summit` a new summit, both on the test
server (the file runs are tests/planner's own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.location import ServerLocation
from planner.summit_file import new_summit_file


@pytest.fixture(params=["server"])
def engine(request: pytest.FixtureRequest) -> str:
    engine_name: str = request.param
    return engine_name


@pytest.fixture
def sample_summit(sample_anywhere: Path | ServerLocation) -> Path | ServerLocation:
    return sample_anywhere


@pytest.fixture
def empty_summit(pg_summit: ServerLocation) -> ServerLocation:
    new_summit_file(pg_summit)
    return pg_summit


# Tests that look at what only a file has (its bytes, SQLite's statements), with the reason;
# they run on the file.
FILE_ONLY = {
    "test_moving_a_meeting_runs_at_most_six_statements": "counts SQLite's statements",
    "test_hostile_files_end_in_one_sentence": "compares the summit file's bytes",
    "test_cancel_mid_commit_leaves_the_file_exactly_as_it_was": "compares the file's bytes",
    "test_new_summit_is_named_after_its_file_and_starts_in_four_weeks": "names it by its file",
    # a server counts every write of a row in its version, which undo does not wind back
    "test_room_deletion_empties_meetings_and_undoes": "compares whole rows with their version",
    "test_delegation_without_meetings_takes_people_and_positions": "compares rows' versions",
    "test_our_own_export_imports_back_without_changing_anything": "compares rows' versions",
    "test_adjusting_and_undoing_gives_back_the_stored_row": "compares rows' versions",
    "test_hostile_text_comes_back_as_the_same_inert_text": (
        "a server keeps no NUL character in text (it becomes U+FFFD)"
    ),
}
SUMMITS = {"sample_summit", "empty_summit"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, dropped = [], []
    for item in items:
        again = item.path.name.startswith("test_on_both_")
        uses_summit = bool(SUMMITS & set(getattr(item, "fixturenames", ())))
        if again and not uses_summit:
            dropped.append(item)  # no summit: it ran in tests/planner already
            continue
        name = getattr(item, "originalname", item.name)
        if again and name in FILE_ONLY:
            item.add_marker(pytest.mark.skip(reason=f"file only: {FILE_ONLY[name]}"))
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
