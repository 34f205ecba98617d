"""Finding the summit's records (tracks, rooms, delegations) that an imported cell names: by
any of their names in any language, case-folded in every alphabet, punctuation and word
endings aside ("Экономика", "ЭКОНОМИКА", "经济"); delegations also by the state's ISO code and
its short or official name in English, Russian, Chinese or Kazakh (countries.py)."""

from __future__ import annotations

from db.models import Delegation
from planner.importing.countries import country_code
from planner.importing.words import fold, phrase_key
from planner.local_names import every_name, local_names, own_names


class Names:
    """The names of one kind of record, looked up by what a cell says (answers are kept:
    a list of 50,000 rows names a few dozen records)."""

    def __init__(self, kind: str, loose: bool = True) -> None:
        self.kind, self.loose = kind, loose  # loose: punctuation and word endings aside
        self.index: dict[str, int] = {}
        names = every_name(kind)
        for key, record_id in names.items():
            self.index[key] = record_id
        if loose:
            for record_id, name in own_names(kind).items():
                self.index.setdefault(phrase_key(name), record_id)
            for record_id, local in local_names(kind).items():
                for name in local.values():
                    self.index.setdefault(phrase_key(name), record_id)
        self.answers: dict[object, int | None] = {}

    def add(self, name: str, record_id: int) -> None:
        """A name to find from now on (a record the import will create)."""
        for key in (fold(name), phrase_key(name)):
            self.index.setdefault(key, record_id)
        self.answers.clear()

    def find(self, text: object) -> int | None:
        if not self.loose:  # issue titles: each is asked for once
            return self.index.get(fold(text))
        if text in self.answers:
            return self.answers[text]
        found = self.index.get(fold(text))
        if found is None:
            found = self.index.get(phrase_key(text))
        if found is None:
            found = self.beyond(text)
        self.answers[text] = found
        return found

    def beyond(self, text: object) -> int | None:
        return None


class Delegations(Names):
    """Delegations also by their codes and by the states they are (ISO 3166)."""

    def __init__(self) -> None:
        super().__init__("delegation")
        self.by_code: dict[str, int] = {}
        for record_id, code in Delegation.select(Delegation.id, Delegation.code).tuples():
            self.by_code[code.casefold()] = record_id
            self.index[fold(code)] = record_id

    def beyond(self, text: object) -> int | None:
        code = country_code(text)
        return self.by_code.get(code.casefold()) if code else None
