"""Names of records in the summit's other languages (table local_name): reading a record's
name in a language (English, the record's own name, when it has none), setting them, and
one index of every name of a kind, compared case-folded in every alphabet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db.choices import Language, NamedKind
from db.models import AgendaIssue, BaseModel, Delegation, LocalName, Room, Track
from planner.errors import ValidationError
from planner.importing.words import fold
from planner.translation import tr

ENGLISH = "en"
LANGUAGES = (ENGLISH, *(language.value for language in Language))
# The model and column holding each kind's own (English) name; levels and statuses are words
# of the planner, not records, so their names are the planner's translations.
OWN_NAMES: dict[str, tuple[type[BaseModel], str]] = {
    NamedKind.TRACK.value: (Track, "name"),
    NamedKind.DELEGATION.value: (Delegation, "name"),
    NamedKind.ROOM.value: (Room, "name"),
    NamedKind.ISSUE.value: (AgendaIssue, "title"),
}


def local_names_of(model: type[BaseModel], ids: list[int]) -> Any:
    """The local_name rows of these records of the model (none for a model without names)."""
    kind = next((k for k, (m, _) in OWN_NAMES.items() if m is model), None)
    return LocalName.select().where(
        (LocalName.record_kind == (kind or "")) & LocalName.record_id.in_(ids if kind else [])
    )


def own_names(kind: str) -> dict[int, str]:
    model, column = OWN_NAMES[kind]
    field = getattr(model, column)
    return dict(model.select(model.id, field).tuples())


def local_names(kind: str) -> dict[int, dict[str, str]]:
    """Record id -> {language: name} of the kind's records that still exist."""
    existing = own_names(kind)
    found: dict[int, dict[str, str]] = {}
    query = LocalName.select(LocalName.record_id, LocalName.language, LocalName.name).where(
        LocalName.record_kind == kind
    )
    for record_id, language, name in query.tuples():
        if record_id in existing:
            found.setdefault(record_id, {})[language] = name
    return found


def name_in(kind: str, record_id: int, language: str) -> str:
    """The record's name in the language; its own (English) name when it has none there."""
    model, column = OWN_NAMES[kind]
    own = model.select(getattr(model, column)).where(model.id == record_id).scalar()
    if own is None:
        raise ValidationError(
            "record", tr("There is no {kind} {id}.").format(kind=kind, id=record_id)
        )
    if language != ENGLISH:
        local = (
            LocalName.select(LocalName.name)
            .where(
                (LocalName.record_kind == kind)
                & (LocalName.record_id == record_id)
                & (LocalName.language == language)
            )
            .scalar()
        )
        if local:
            return str(local)
    return str(own)


def set_names(kind: str, record_id: int, names: Mapping[str, str]) -> None:
    """Give the record its names in other languages (an empty name removes that one);
    refused when another record of the kind already has the name in any language."""
    for language, name in names.items():
        if language not in LANGUAGES[1:]:
            raise ValidationError(
                "language", tr("“{language}” is not one of ru, zh, kk.").format(language=language)
            )
        name = name.strip()
        if name:
            check_free(kind, name, record_id)
    for language, name in names.items():
        LocalName.delete().where(
            (LocalName.record_kind == kind)
            & (LocalName.record_id == record_id)
            & (LocalName.language == language)
        ).execute()
        if name.strip():
            LocalName.insert(
                record_kind=kind, record_id=record_id, language=language, name=name.strip()
            ).execute()


def every_name(kind: str) -> dict[str, int]:
    """Every name of every record of the kind, in every language, case-folded -> record id
    (a record's own name wins over another's name in a language)."""
    index: dict[str, int] = {}
    for record_id, names in local_names(kind).items():
        for name in names.values():
            index.setdefault(fold(name), record_id)
    for record_id, name in own_names(kind).items():
        index[fold(name)] = record_id
    return index


def check_free(kind: str, name: str, record_id: int | None = None) -> None:
    """Refuse a name that another record of the kind already has, in any language and any
    case of any alphabet ("ЭКОНОМИКА" is "Экономика")."""
    holder = every_name(kind).get(fold(name))
    if holder is not None and holder != record_id:
        raise ValidationError(
            "name",
            tr("There is already a {kind} called “{name}”.").format(kind=kind, name=name.strip()),
        )
