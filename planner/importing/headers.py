"""Recognising a list's header row and its columns the way people write them: each header
text is scored against each field's phrases (word stems, inflections, abbreviations, Chinese
by characters), the best assignment over the whole score matrix is taken (greedy, highest
score first, each field and column once), and the rows around the table are told apart from
it: title rows above, a row of column numbers under the header, footers below."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from planner.importing.bounds import Cell, Sheet
from planner.importing.words import CJK, fold, stems

MIN_SCORE = 0.6  # a header text must cover more than a fifth of its words with a phrase
HEADER_ROWS = 30  # the header is looked for in this many rows at the top of a sheet
NUMBERING = "row_number"  # the running number of a row (№ п/п): recognised, never imported
NUMBERING_FORMS = ("№", "№ п/п", "п/п", "no", "nr", "#", "序号", "р/с", "№ р/с", "s/n", "n п/п")
STOP_WORDS = frozenset({"дня", "the", "of", "и", "для", "and", "or", "или", "және", "бойынша"})
FOOTER = re.compile(
    r"^\s*(итого|всего|в том числе|total|subtotal|prepared by|contact|исполнитель|исп\b|"
    r"подготовил|составил|тел\b|телефон|примечание|барлығы|барлыгы|орындаған|орындаушы|"
    r"合计|总计|共计|填表人|联系人|联系电话|注[:：])",
    re.IGNORECASE,
)

Forms = tuple[tuple[str, ...], ...]
FieldsKey = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Header:
    row: int  # 1-based row of the header in the sheet
    columns: dict[int, str]  # 1-based column -> its header text


@lru_cache(maxsize=64)
def forms_of(words: tuple[str, ...]) -> Forms:
    return tuple(stems(word) or (fold(word),) for word in words)


def form_score(text: str, form: tuple[str, ...]) -> float:
    """How well a header text says a phrase: 0 unless every word of the phrase is there (as
    the same stem, a longer word of the stem, an abbreviation of it, or Chinese characters
    inside a word); then 0.5 plus half the share of the text's letters the phrase covers."""
    tokens = [t for t in stems(text) if t not in STOP_WORDS]
    if not tokens:
        return 0.0
    used: set[int] = set()
    covered = 0.0
    for word in form:
        best, best_at = 0.0, -1
        for at, token in enumerate(tokens):
            if at in used:
                continue
            if token == word or (len(word) >= 4 and token.startswith(word)):
                quality = 1.0
            elif CJK.search(word) and word in token:
                quality = len(word) / len(token)
            elif len(token) >= 3 and len(word) > len(token) and word.startswith(token):
                quality = 0.8  # an abbreviation such as "отв." or "исп."
            else:
                continue
            if quality > best:
                best, best_at = quality, at
        if best_at < 0:
            return 0.0
        used.add(best_at)
        covered += best * len(tokens[best_at])
    return 0.5 + 0.5 * covered / sum(len(token) for token in tokens)


@lru_cache(maxsize=16_384)
def field_scores(
    text: str, fields_key: tuple[tuple[str, tuple[str, ...]], ...]
) -> dict[str, float]:
    scores: dict[str, float] = {}
    for name, words in fields_key:
        best = max((form_score(text, form) for form in forms_of(words)), default=0.0)
        if best >= MIN_SCORE:
            scores[name] = best
    return scores


def with_numbering(
    fields: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The fields as a hashable key, with the numbering column's forms first."""
    given = tuple((name, tuple(words)) for name, words in fields.items() if name != NUMBERING)
    return ((NUMBERING, NUMBERING_FORMS), *given)


def assign(
    columns: Mapping[int, str], fields: Mapping[str, tuple[str, ...]]
) -> dict[int, tuple[str, float]]:
    """Column -> (field, score): the best assignment, highest score first, each once."""
    key = with_numbering(fields)
    order = {name: n for n, (name, _) in enumerate(key)}
    pairs = [
        (score, column, name)
        for column, text in columns.items()
        for name, score in field_scores(text, key).items()
    ]
    pairs.sort(key=lambda p: (-p[0], order[p[2]], p[1]))
    chosen: dict[int, tuple[str, float]] = {}
    taken: set[str] = set()
    for score, column, name in pairs:
        if column not in chosen and name not in taken:
            chosen[column] = (name, score)
            taken.add(name)
    return chosen


def header_texts(row: list[Cell]) -> dict[int, str]:
    return {c: v for c, v in enumerate(row, start=1) if isinstance(v, str)}


def best_header(sheet: Sheet, fields: Mapping[str, tuple[str, ...]]) -> tuple[Header, float] | None:
    """The row among the first 30 whose texts name the most fields best (at least two)."""
    best: tuple[Header, float] | None = None
    for number, row in enumerate(sheet.rows[:HEADER_ROWS], start=1):
        texts = header_texts(row)
        if len(texts) < 2:
            continue
        chosen = assign(texts, fields)
        if len(chosen) < 2:
            continue
        total = sum(score for _, score in chosen.values())
        if best is None or total > best[1]:
            best = (Header(number, texts), total)
    return best


def find_header(sheet: Sheet, fields: Mapping[str, tuple[str, ...]]) -> Header | None:
    found = best_header(sheet, fields)
    return found[0] if found else None


def map_columns(
    header: Header,
    overrides: Mapping[str, str] | None,
    fields: Mapping[str, tuple[str, ...]],
) -> dict[int, str]:
    """Column -> field by the best assignment; overrides (header text -> field, or "" to
    leave a column out) win, and the fields they take are not assigned again."""
    wanted = {fold(k): v for k, v in (overrides or {}).items()}
    mapping: dict[int, str] = {}
    free: dict[int, str] = {}
    for column, text in header.columns.items():
        if fold(text) in wanted:
            if wanted[fold(text)]:
                mapping[column] = wanted[fold(text)]
        else:
            free[column] = text
    taken = set(mapping.values())
    rest = {name: words for name, words in fields.items() if name not in taken}
    for column, (name, _) in assign(free, rest).items():
        if name != NUMBERING or NUMBERING not in taken:
            mapping[column] = name
    return mapping


def sheet_score(sheet: Sheet, fields: Mapping[str, tuple[str, ...]]) -> float:
    """How much a sheet looks like the list: its header's score, weighed by its rows (a
    lookup sheet of eight codes loses to the list beside it)."""
    found = best_header(sheet, fields)
    if found is None:
        return 0.0
    return found[1] * math.log10(len(sheet.rows) - found[0].row + 10)


def best_sheet(sheets: Iterable[Sheet], fields: Mapping[str, tuple[str, ...]]) -> Sheet:
    """The sheet that looks most like the list (the first of equals; the longest when none
    has a header)."""
    listed = list(sheets)
    scored = [(sheet_score(s, fields), -n) for n, s in enumerate(listed)]
    best = max(range(len(listed)), key=lambda n: scored[n])
    if scored[best][0] > 0:
        return listed[best]
    return max(listed, key=lambda s: len(s.rows))


def around_table(sheet: Sheet, header: Header) -> dict[int, str]:
    """Rows that are not the table's: "title" above the header, "numbers" for a row of
    column numbers right under it (1 | 2 | 3 …), "footer" from the first row below that
    starts like a footer ("Итого: …", "Исполнитель: …") with at most two cells filled."""
    found: dict[int, str] = {}
    for number, row in enumerate(sheet.rows[: header.row - 1], start=1):
        if any(cell is not None for cell in row):
            found[number] = "title"
    if header.row < len(sheet.rows):
        below = sheet.rows[header.row]
        filled = [(c, v) for c, v in enumerate(below, start=1) if v is not None]
        if len(filled) >= 2 and all(str(v).strip() == str(c) for c, v in filled):
            found[header.row + 1] = "numbers"
    footer = False
    for number, row in enumerate(sheet.rows[header.row :], start=header.row + 1):
        texts = [v for v in row if v is not None]
        if not texts:
            continue
        if not footer and len(texts) <= 2 and FOOTER.match(str(texts[0])):
            footer = True
        if footer:
            found[number] = "footer"
    return found
