"""The one word search behind the filter fields of Meetings, Issues and Positions."""

from hypothesis import given
from hypothesis import strategies as st

from planner.word_search import matches, search_words, searchable


def find(typed: str, texts: list[str]) -> list[bool]:
    return matches(search_words(typed), [searchable(text) for text in texts])


def test_every_word_must_be_found_in_any_order_and_case():
    texts = ["ECO-07 Trade facilitation", "Climate finance ECO-08", "Health TRADE"]
    assert find("trade eco", texts) == [True, False, False]
    assert find("  TRADE  ", texts) == [True, False, True]
    assert find("finance climate", texts) == [False, True, False]


def test_parts_of_words_and_other_scripts_are_found():
    texts = ["Straße der Einheit", "Торговля и инвестиции", "贸易与投资"]
    assert find("STRASSE", texts) == [True, False, False]  # casefolded, ß as ss
    assert find("торг ИНВЕСТ", texts) == [False, True, False]
    assert find("投资", texts) == [False, False, True]


def test_nothing_typed_finds_everything():
    assert find("", ["a", "b"]) == [True, True]
    assert find(" \t ", ["a"]) == [True]
    assert find("x", []) == []


@given(st.lists(st.text(max_size=8), max_size=5), st.lists(st.text(max_size=20), max_size=5))
def test_one_word_and_many_words_agree(words, texts):
    folded = [searchable(text) for text in texts]
    typed = search_words(" ".join(words))
    expected = [all(word in text for word in typed) for text in folded]
    assert matches(typed, folded) == expected


def test_hyphens_dashes_and_minus_signs_are_one():
    texts = ["KZ–CN ministers", "KZ—TM talks", "UZ‑CN", "KG-TJ"]  # en, em, non-breaking, hyphen
    assert find("KZ-CN", texts) == [True, False, False, False]
    assert find("kz-tm", texts) == [False, True, False, False]
    assert find("uz–cn", texts) == [False, False, True, False]
    assert find("KG−TJ", texts) == [False, False, False, True]  # a minus sign typed


def test_case_is_ignored_in_every_alphabet_and_width():
    texts = ["ҚАЗАҚСТАН Республикасы", "Ελλάδα", "ＣＨＩＮＡ trade"]
    assert find("қазақстан республикасы", texts) == [True, False, False]
    assert find("ΕΛΛΆΔΑ", texts) == [False, True, False]
    assert find("china", texts) == [False, False, True]
