"""The summit's names in the chosen language: delegations, rooms and tracks read in Russian,
Chinese or Kazakh where the summit has those names, in the lists and in the explanations."""

import re

import pytest

from db.models import AgendaIssue, MeetingIssue
from planner import delegations, issues, tracks
from planner.languages import use_language
from planner.meeting_details import meeting_details
from planner.meeting_facts import load_directory
from planner.positions import load_matrix
from planner.schedule import load_overview

NAMES = {
    "en": ("Kazakhstan", "Grand Hall", "Economic"),
    "ru": ("Казахстан", "Большой зал", "Экономика"),
    "zh_CN": ("哈萨克斯坦", "大厅", "经济"),
    "kk": ("Қазақстан", "Үлкен зал", "Экономика"),
}


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN", "kk"])
def test_lists_and_the_directory_name_records_in_the_language(sample_summit, language):
    use_language(language)
    kazakhstan, grand_hall, economic = NAMES[language]
    assert kazakhstan in {row.name for row in delegations.list_delegations()}
    assert grand_hall in {row.name for row in delegations.list_rooms()}
    assert economic in {row.name for row in tracks.list_tracks()}
    assert economic in {row.track for row in issues.list_issues()}
    directory = load_directory()
    assert kazakhstan in {name for _code, name in directory.delegations.values()}
    assert grand_hall in {name for name, _building, _seats in directory.rooms.values()}


ISSUE_TITLES = {
    "en": "Sovereignty and territorial integrity",
    "ru": "Суверенитет и территориальная целостность",
    "zh_CN": "主权和领土完整",
    "kk": "Егемендік және аумақтық тұтастық",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN", "kk"])
def test_issue_titles_read_in_the_language(sample_summit, language):
    use_language(language)
    listed = {row.code: row.title for row in issues.list_issues()}
    assert listed["POL-01"] == ISSUE_TITLES[language]
    assert {row.code: row.title for row in load_matrix().issues}["POL-01"] == ISSUE_TITLES[language]
    meeting = MeetingIssue.select().join(AgendaIssue).where(AgendaIssue.code == "POL-01").get()
    agenda = meeting_details(meeting.meeting_id, load_overview()).agenda
    assert ISSUE_TITLES[language] in {line.title for line in agenda}


def test_every_sample_issue_has_a_russian_title_and_english_keeps_the_stored_one(sample_summit):
    stored = dict(AgendaIssue.select(AgendaIssue.id, AgendaIssue.title).tuples())
    use_language("ru")
    russian = {row.id: row.title for row in issues.list_issues()}
    assert len(russian) == 32
    assert all(re.search("[А-Яа-яЁё]", title) for title in russian.values())
    assert all(russian[i] != stored[i] for i in stored)
    use_language("en")
    assert {row.id: row.title for row in issues.list_issues()} == stored
