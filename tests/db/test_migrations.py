"""Migrations: saved files of every past format open; a failed step changes nothing."""

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from db import connection
from db.errors import SummitFileError
from db.migrations import MIGRATIONS, SCHEMA_VERSION, Migration, apply_migrations
from db.models import ALL_MODELS, Delegation, FinancingRequest, Meeting, database_proxy

FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(raw: sqlite3.Connection) -> dict:
    tables = [
        row[0]
        for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    shape = {}
    for table in sorted(tables):
        columns = raw.execute(f'PRAGMA table_info("{table}")').fetchall()
        keys = raw.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        indexes = raw.execute(f'PRAGMA index_list("{table}")').fetchall()
        shape[table] = (
            sorted((c[1], c[2], c[3], c[5]) for c in columns),
            sorted((k[2], k[3], k[4], k[6]) for k in keys),
            sorted(
                (bool(i[2]), tuple(r[2] for r in raw.execute(f'PRAGMA index_info("{i[1]}")')))
                for i in indexes
            ),
        )
    return shape


def test_migrated_schema_matches_the_models(tmp_path):
    migrated = tmp_path / "migrated.summit"
    migrated.touch()
    apply_migrations(migrated, 0)
    modelled = tmp_path / "modelled.sqlite"
    database = SqliteDatabase(modelled)
    with database.bind_ctx(ALL_MODELS):
        database.create_tables(ALL_MODELS)
    database.close()
    with sqlite3.connect(migrated) as a, sqlite3.connect(modelled) as b:
        assert schema_of(a) == schema_of(b)


@pytest.mark.parametrize("version", [step.version for step in MIGRATIONS])
def test_saved_file_of_every_format_opens(tmp_path, version):
    saved = FIXTURES / f"summit-format-{version}.summit"
    path = tmp_path / saved.name
    shutil.copyfile(saved, path)
    connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert database_proxy.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert Delegation.get(Delegation.code == "KZ").name == "Kazakhstan"
    assert Meeting.select().count() == 1
    assert FinancingRequest.get().amount == Decimal("125000000.50")


def failing_step(connection_: sqlite3.Connection) -> None:
    connection_.execute('ALTER TABLE "meeting" ADD COLUMN "agenda_locked" INTEGER')
    connection_.execute("UPDATE meeting SET agenda_locked = 1")
    connection_.execute("THIS IS NOT SQL")


def adding_step(connection_: sqlite3.Connection) -> None:
    connection_.execute('ALTER TABLE "meeting" ADD COLUMN "agenda_locked" INTEGER DEFAULT 0')


def old_file(tmp_path: Path, version: int = SCHEMA_VERSION) -> Path:
    """A copy of the saved file of a format (the current one unless told)."""
    path = tmp_path / "old.summit"
    shutil.copyfile(FIXTURES / f"summit-format-{version}.summit", path)
    return path


def test_failed_migration_leaves_the_file_as_it_was(tmp_path):
    path = old_file(tmp_path)
    before = digest(path)
    steps = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "lock agendas", failing_step)]
    with pytest.raises(SummitFileError, match="left as it was"):
        apply_migrations(path, SCHEMA_VERSION, backup_dir=tmp_path / "backups", steps=steps)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "old.summit"]


def test_migration_backs_up_then_upgrades(tmp_path):
    path = old_file(tmp_path)
    before = digest(path)
    steps = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "lock agendas", adding_step)]
    backup = apply_migrations(path, SCHEMA_VERSION, backup_dir=tmp_path / "backups", steps=steps)
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        columns = [row[1] for row in upgraded.execute("PRAGMA table_info(meeting)")]
        assert "agenda_locked" in columns
    with sqlite3.connect(backup) as kept:
        assert kept.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert digest(path) != before


def test_format_one_gains_a_status_history_for_each_request(tmp_path):
    from db.models import FinancingStatusChange

    path = old_file(tmp_path, 1)
    connection.open_summit(path, backup_dir=tmp_path / "backups")
    history = list(FinancingStatusChange.select())
    assert [(h.request.code, h.status) for h in history] == [("FIN-01", "draft")]
    assert list((tmp_path / "backups").iterdir())  # the original was backed up first


def test_format_two_gains_a_random_summit_identifier(tmp_path):
    from db.models import Summit

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    uids = []
    for folder in (first, second):
        path = old_file(folder, 2)
        connection.open_summit(path, backup_dir=folder / "backups")
        uids.append(Summit.get().uid)
        connection.close_summit()
    assert all(len(uid) == 32 and int(uid, 16) >= 0 for uid in uids)
    assert uids[0] != uids[1]  # two summits upgraded from one template still differ


def test_format_three_gains_an_empty_table_of_names_in_other_languages(tmp_path):
    from db.models import LocalName

    path = old_file(tmp_path, 3)
    connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert LocalName.select().count() == 0
    kz = Delegation.get(Delegation.code == "KZ")
    LocalName.create(record_kind="delegation", record_id=kz.id, language="ru", name="Казахстан")
    assert LocalName.get().name == "Казахстан"
    with pytest.raises(IntegrityError):  # one name a language for each record
        LocalName.create(record_kind="delegation", record_id=kz.id, language="ru", name="РК")
