"""A received file's problems are told in the chosen language, each as one whole sentence
translated as a whole: a forbidden value (table, row, column and value named) and a foreign
schema object."""

import pytest

from db import connection
from db.schema_check import ForeignSchemaError
from db.value_check import InvalidValueError, rules_by_table, sentences
from planner.languages import use_language
from tests.db.test_schema_check import TRIGGER
from tests.db.test_schema_check import planted as planted_schema
from tests.db.test_value_check import PLANTED, planted

# A word each language's sentences use, and English words none of them may keep.
MARKERS = {"ru": "строке", "zh_CN": "行", "kk": "жолында"}
ENGLISH = ("holds", "which", " row ", "left as it is")


@pytest.mark.parametrize("language", sorted(MARKERS))
@pytest.mark.parametrize(("what", "statement", "table", "row", "column"), PLANTED)
def test_a_forbidden_value_is_told_in_the_language(
    tmp_path, sample_template, language, what, statement, table, row, column
):
    use_language(language)
    path = planted(tmp_path, sample_template, statement)
    with pytest.raises(InvalidValueError) as raised:
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    message = str(raised.value)
    assert MARKERS[language] in message, what
    assert not any(word in message for word in ENGLISH), message
    assert all(str(part) in message for part in (path.name, table, row, column)), message


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", "триггер «e»"), ("zh_CN", "触发器“e”"), ("kk", "«e» триггері")],
)
def test_a_foreign_trigger_is_told_in_the_language(tmp_path, sample_template, language, words):
    use_language(language)
    path = planted_schema(tmp_path, sample_template, TRIGGER)
    with pytest.raises(ForeignSchemaError) as raised:
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    message = str(raised.value)
    assert words in message and path.name in message
    assert not any(word in message for word in ENGLISH), message


def test_every_reason_has_a_whole_sentence_in_every_language():
    reasons = {rule.reason for rules in rules_by_table().values() for rule in rules}
    reasons |= {"is required", "is not a time zone", "refers to no row of the table {parent}"}
    english = sentences()
    assert reasons <= set(english)
    for language in MARKERS:
        use_language(language)
        translated = sentences()
        for reason in english:
            assert translated[reason] != english[reason], (language, reason)
            filled = translated[reason].format(
                file="T.summit", value="v", row=3, table="t", column="c", words="a, b",
                rule="x > 0", days="366", parent="room", count="2",
            )
            assert "T.summit" in filled and "{" not in filled, (language, reason)
