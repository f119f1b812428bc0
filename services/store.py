"""Session scope of the application: one user action, one transaction.

Following SQLAlchemy's advice to keep the session scope "separate and external", service functions receive a
:class:`~sqlalchemy.orm.Session` and never create, commit or close one; the caller (an undo command, a headless
command) wraps each user action in :meth:`Store.read` or :meth:`Store.write`.

Transactions are real SQLite transactions that include DDL: Python's ``sqlite3`` module would otherwise run
``CREATE``/``ALTER`` statements in autocommit mode, so a failing migration could leave half its changes behind.
:func:`make_engine` therefore turns the driver's own transaction handling off and emits ``BEGIN`` itself
(the recipe of SQLAlchemy's SQLite dialect documentation).
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the existing SQLite file ``path``, with foreign keys enforced on every connection.

    The file is opened through an SQLite URI in mode ``ro`` or ``rw``, never ``rwc``: a missing file is an error
    instead of a silently created empty database (which would, for instance, hide a deleted working copy).

    Args:
        path: the database file; it must exist.
        read_only: open it so that SQLite itself refuses every write.
    """
    url = URL.create(
        "sqlite+pysqlite",
        database=path.absolute().as_uri(),
        query={"mode": "ro" if read_only else "rw", "uri": "true"},
    )
    engine = create_engine(url)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def driver_connection(session: Session) -> sqlite3.Connection:
    """The session's own ``sqlite3`` connection, inside the session's transaction (``session.connection()`` begins
    it): for the few bulk reads of 100,000 rows where SQLAlchemy's per-row processing would dominate."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


class Memo(dict[K, V]):
    """A dict that computes a missing value once, with ``make(key)``, for bulk reads where many rows share a value
    (a date, an enum member, an amount); lookups of known keys stay in C."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self._make(key)
        return value


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # None disables the driver's implicit BEGIN (which skips DDL); _begin emits BEGIN for every transaction instead.
    # foreign_keys must be set outside a transaction, which is the state of a fresh connection.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON").close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


class Store:
    """Runs each user action in exactly one transaction on one database.

    Attributes:
        revision: the number of writes committed through this store; the project file compares it with the
            revision of its last save to know whether there are unsaved changes.
    """

    def __init__(self, engine: Engine, *, before_write: Callable[[], None] | None = None) -> None:
        """Wrap ``engine``; ``before_write`` runs before every write and may raise to refuse it (read-only use)."""
        self.engine = engine
        self.revision = 0
        self._before_write = before_write
        # Rows handed to the GUI stay readable after the commit: nothing is lazily reloaded behind its back.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one read transaction and return its result; anything it changed is rolled back."""
        with self._sessions() as session:
            return fn(session)

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction: commit if it returns, roll everything back and re-raise if it raises."""
        if self._before_write is not None:
            self._before_write()
        with self._sessions.begin() as session:
            result = fn(session)
        self.revision += 1
        return result
