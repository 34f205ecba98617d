"""The models' declarations for the type checker say what peewee really adds to each model."""

import ast
import inspect

import db.models
from db.models import ALL_MODELS


def checker_only_declarations() -> dict[str, dict[str, str]]:
    """Per model class, the names annotated inside its `if TYPE_CHECKING:` block, with the
    annotation's text."""
    tree = ast.parse(inspect.getsource(db.models))
    found: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        names = found.setdefault(node.name, {})
        for block in node.body:
            if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING":
                for statement in block.body:
                    if isinstance(statement, ast.AnnAssign):
                        target = ast.unparse(statement.target)
                        names[target] = ast.unparse(statement.annotation)
    return found


def test_every_foreign_key_id_is_declared_with_its_nullability():
    declared = checker_only_declarations()
    for model in ALL_MODELS:
        expected = {
            fk.object_id_name: "int | None" if fk.null else "int"
            for fk in model._meta.sorted_fields
            if fk in model._meta.refs
        }
        assert declared.get(model.__name__, {}) == expected, model.__name__
        for name in expected:
            assert hasattr(model, name), f"peewee gives {model.__name__} no {name}"


def test_the_declared_primary_key_is_peewees_own():
    for model in ALL_MODELS:
        assert model._meta.primary_key.name == "id", model.__name__
        assert type(model._meta.primary_key).__name__ == "AutoField", model.__name__
