"""The summit's names in the chosen language: delegations, rooms and tracks read in Russian,
Chinese or Kazakh where the summit has those names, in the lists and in the explanations."""

import pytest

from planner import delegations, issues, tracks
from planner.languages import use_language
from planner.meeting_facts import load_directory

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
