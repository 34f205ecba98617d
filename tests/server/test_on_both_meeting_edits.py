"""tests/planner/test_meeting_edits.py on a summit file and on a server summit."""

from tests.planner.test_meeting_edits import *  # noqa: F403
