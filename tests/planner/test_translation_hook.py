"""The planner's translation hook: English without a catalogue, the catalogue's text with one."""

import pytest

from planner import translation


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    translation.install(None)


def test_english_without_a_catalogue():
    assert translation.tr("No room yet") == "No room yet"
    assert translation.trn("%n meeting", "%n meetings", 1) == "1 meeting"
    assert translation.trn("%n meeting", "%n meetings", 5) == "5 meetings"


def test_installed_catalogue_is_used_and_falls_back_to_english():
    forms = {
        ("No room yet", None, -1): "Без зала",
        ("%n meeting", "%n meetings", 5): "%n встреч",
    }
    translation.install(lambda text, plural, count: forms.get((text, plural, count)))
    assert translation.tr("No room yet") == "Без зала"
    assert translation.trn("%n meeting", "%n meetings", 5) == "5 встреч"
    assert translation.tr("Unknown text") == "Unknown text"
    assert translation.trn("%n meeting", "%n meetings", 1) == "1 meeting"
