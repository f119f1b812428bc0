"""The store's contract on a real SQLite file: one call, one transaction; foreign keys on; DDL is transactional."""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc, func, select, text
from sqlalchemy.orm import Session

from model import schema
from model.entities import Calendar, Project
from services.store import Store, make_engine

START = dt.datetime(2025, 1, 6, 8, 0)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A file holding the current schema and no rows."""
    path = tmp_path / "store.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    with engine.begin() as connection:
        schema.create_schema(connection)
    engine.dispose()
    return path


@pytest.fixture
def store(database: Path) -> Iterator[Store]:
    store = Store(make_engine(database))
    yield store
    store.engine.dispose()


def project_names(session: Session) -> list[str]:
    return list(session.scalars(select(Project.name).order_by(Project.id)))


def test_write_commits_and_counts_a_revision(store: Store) -> None:
    project = store.write(lambda session: _add_project(session, "Bridge"))
    assert store.revision == 1
    # expire_on_commit=False: the returned row stays readable without a session.
    assert project.name == "Bridge"
    assert store.read(project_names) == ["Bridge"]


def test_write_rolls_everything_back_and_reraises(store: Store) -> None:
    def add_two_then_fail(session: Session) -> None:
        _add_project(session, "First")
        _add_project(session, "Second")
        raise RuntimeError("the user action failed half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        store.write(add_two_then_fail)
    assert store.read(project_names) == []
    assert store.revision == 0


def test_read_discards_changes(store: Store) -> None:
    store.read(lambda session: _add_project(session, "Ghost"))
    assert store.read(project_names) == []
    assert store.revision == 0


def test_foreign_keys_are_enforced(store: Store) -> None:
    def orphan_calendar(session: Session) -> None:
        session.add(Calendar(project_id=999, uid=1, name="Orphan"))

    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY"):
        store.write(orphan_calendar)
    assert store.read(lambda session: session.scalar(select(func.count()).select_from(Calendar))) == 0


def test_schema_changes_roll_back_with_the_transaction(store: Store) -> None:
    """Python's sqlite3 would autocommit DDL; the store's own BEGIN keeps a failed migration from half-applying."""

    def add_table_then_fail(session: Session) -> None:
        session.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY)"))
        session.execute(text("ALTER TABLE project ADD COLUMN scratch TEXT"))
        raise RuntimeError("migration failed")

    with pytest.raises(RuntimeError):
        store.write(add_table_then_fail)
    tables = store.read(lambda s: list(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))))
    columns = store.read(lambda s: [row[1] for row in s.execute(text("PRAGMA table_info(project)"))])
    assert "scratch" not in tables
    assert "scratch" not in columns


def test_before_write_can_refuse_without_touching_the_file(store: Store) -> None:
    class RefusedError(Exception):
        pass

    def refuse() -> None:
        raise RefusedError

    guarded = Store(store.engine, before_write=refuse)
    with pytest.raises(RefusedError):
        guarded.write(lambda session: _add_project(session, "Refused"))
    assert guarded.revision == 0
    assert store.read(project_names) == []


def test_read_only_engine_refuses_writes(database: Path) -> None:
    store = Store(make_engine(database, read_only=True))
    try:
        with pytest.raises(exc.OperationalError, match="readonly"):
            store.write(lambda session: _add_project(session, "Nope"))
        assert store.read(project_names) == []
    finally:
        store.engine.dispose()


@pytest.mark.parametrize("read_only", [False, True])
def test_missing_file_is_never_created(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "missing.sqlite"
    engine = make_engine(path, read_only=read_only)
    try:
        with pytest.raises(exc.OperationalError, match="unable to open"):
            engine.connect().close()
    finally:
        engine.dispose()
    assert not path.exists()


def test_paths_with_uri_special_characters(tmp_path: Path) -> None:
    folder = tmp_path / "Projets 2025 #1 ?%"
    folder.mkdir()
    path = folder / "école & co.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            schema.create_schema(connection)
            assert schema.read_identity(connection) == (schema.APPLICATION_ID, schema.SCHEMA_VERSION)
    finally:
        engine.dispose()
    assert sorted(p.name for p in folder.iterdir()) == ["école & co.sqlite"]


def _add_project(session: Session, name: str) -> Project:
    project = Project(name=name, start=START)
    session.add(project)
    session.flush()
    return project
