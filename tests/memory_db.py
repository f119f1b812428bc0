"""In-memory project databases for tests: SQLite with foreign keys enforced, as a project file opens them."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from model.schema import create_schema


def memory_engine(*, with_schema: bool = True) -> Engine:
    """A fresh in-memory database (one connection, kept by SQLAlchemy's pool for ``sqlite://``), with Belfry's
    schema unless ``with_schema`` is False."""
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    if with_schema:
        with engine.begin() as connection:
            create_schema(connection)
    return engine


@contextmanager
def memory_session(**options: Any) -> Iterator[Session]:
    """A session on a fresh in-memory database with the schema; ``options`` go to :class:`Session`."""
    engine = memory_engine()
    try:
        with Session(engine, **options) as session:
            yield session
    finally:
        engine.dispose()
