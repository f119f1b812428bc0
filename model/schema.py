"""Schema identity, creation and hand-written migrations of the ``.belfry`` file.

A Belfry file is an SQLite database whose ``PRAGMA application_id`` is :data:`APPLICATION_ID` and whose
``PRAGMA user_version`` is the schema version it was written with. Each :class:`Migration` upgrades a file by one
version inside one transaction; ``services.project_file`` keeps a backup before running any.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from model import entities  # noqa: F401 - registers every table on Base.metadata
from model.base import Base

APPLICATION_ID = 0x42454C46  # "BELF" in ASCII: marks an SQLite file as a Belfry project
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Migration:
    """Upgrades a file from ``from_version`` to ``from_version + 1``; ``upgrade`` runs inside a transaction."""

    from_version: int
    description: str
    upgrade: Callable[[Connection], None]


# Ordered; one entry per schema version after the first. Add, never edit or remove.
MIGRATIONS: tuple[Migration, ...] = ()


def create_schema(connection: Connection) -> None:
    """Create every table of the current schema and stamp the file's identity."""
    Base.metadata.create_all(connection)
    stamp(connection, SCHEMA_VERSION)


def stamp(connection: Connection, version: int) -> None:
    """Write the Belfry application id and ``version`` into the file header."""
    connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID:d}"))
    connection.execute(text(f"PRAGMA user_version = {int(version):d}"))


def read_identity(connection: Connection) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` of the open file."""
    application_id = int(connection.execute(text("PRAGMA application_id")).scalar_one())
    user_version = int(connection.execute(text("PRAGMA user_version")).scalar_one())
    return application_id, user_version


def pending_migrations(
    version: int, migrations: Sequence[Migration] = MIGRATIONS, target: int = SCHEMA_VERSION
) -> list[Migration]:
    """Return the migrations that bring a file at ``version`` to ``target``, in order.

    Raises:
        ValueError: a step is missing, which is a programming error in :data:`MIGRATIONS`.
    """
    by_version = {migration.from_version: migration for migration in migrations}
    steps = []
    for from_version in range(version, target):
        if from_version not in by_version:
            raise ValueError(f"no migration from schema version {from_version}")
        steps.append(by_version[from_version])
    return steps
