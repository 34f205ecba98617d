"""Row types of our peewee selects, for the type checker only (nothing imports this at run time).

peewee's own stubs type `.tuples()` and `.dicts()` as returning the same query, so iterating one
seems to yield model instances; these say what the rows really are.
"""

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

from peewee import Model, ModelSelect

_M = TypeVar("_M", bound=Model)
_R = TypeVar("_R")

class Rows(ModelSelect[Any], Generic[_R]):
    """A select whose rows are _R (tuples or dicts) rather than models."""

    def __iter__(self) -> Iterator[_R]: ...
    def iterator(self, database: Any = None) -> Iterator[_R]: ...
    def first(self, database: Any = None, n: int = 1) -> _R | None: ...
    def get(self, database: Any = None) -> _R: ...

class Select(ModelSelect[_M]):
    """What `BaseModel.select()` returns: its rows are models until `.tuples()` or `.dicts()`."""

    # Narrower than peewee's stubs on purpose: these change the row type, not only the query.
    def tuples(self, as_tuple: bool = True) -> Rows[tuple[Any, ...]]: ...  # type: ignore[override]
    def dicts(self, as_dict: bool = True) -> Rows[dict[str, Any]]: ...  # type: ignore[override]
