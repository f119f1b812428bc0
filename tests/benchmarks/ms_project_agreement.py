"""Agreement with MS Project: ``python tests/benchmarks/ms_project_agreement.py [-v] [FILE ...]``.

Each MSPDI sample under ``../shared/samples/mspdi/`` (files saved by MS Project, with the dates it computed) is
imported into a fresh in-memory database, rescheduled by Belfry's engine (:func:`schedule_service.reschedule`) and
every task's start and finish, summaries included, is compared with the Start and Finish MS Project stored in the
file (:attr:`ImportReport.ms_project_dates`). The status date is the file's own ``StatusDate`` (the project's status
date after the import), else none: with no status date set, MS Project schedules the remaining work of in-progress
tasks from their actual dates, not from "today".

Importable: :func:`compare_file` and :func:`compare_all` return :class:`FileAgreement` values; the integration test
``tests/integration/test_ms_project_agreement.py`` pins the per-file figures.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session

from model import schema
from model.entities import Task
from services import mspdi, schedule_service

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "mspdi"


@dataclass(frozen=True, slots=True)
class TaskDifference:
    """One task whose dates differ from MS Project's."""

    uid: int
    name: str
    summary: bool
    ours: tuple[dt.datetime, dt.datetime]
    ms_project: tuple[dt.datetime | None, dt.datetime | None]


@dataclass(frozen=True, slots=True)
class FileAgreement:
    """The comparison of one sample file."""

    name: str
    compared: int
    identical: int
    differences: tuple[TaskDifference, ...]
    problems: tuple[str, ...]


def new_session() -> Session:
    """A session in a transaction on a new in-memory database with the current schema, foreign keys on."""
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def foreign_keys_on(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA foreign_keys=ON")

    with engine.begin() as connection:
        schema.create_schema(connection)
    session = Session(engine, expire_on_commit=False)
    session.begin()
    return session


def compare_file(path: Path) -> FileAgreement:
    """Import ``path``, reschedule it and compare every task's start and finish with MS Project's."""
    session = new_session()
    try:
        report = mspdi.import_mspdi(session, path)
        summary = schedule_service.reschedule(session, report.project_id)
        rows = session.execute(
            select(Task.uid, Task.name, Task.is_summary, Task.start, Task.finish).where(
                Task.project_id == report.project_id
            )
        ).all()
    finally:
        session.close()
    differences: list[TaskDifference] = []
    for uid, name, is_summary, start, finish in sorted(rows):
        theirs = report.ms_project_dates.get(uid, (None, None))
        if (start, finish) != theirs:
            differences.append(TaskDifference(uid, name, is_summary, (start, finish), theirs))
    return FileAgreement(path.stem, len(rows), len(rows) - len(differences), tuple(differences), summary.problems)


def sample_files(directory: Path = SAMPLES) -> list[Path]:
    """The MSPDI samples, by name."""
    return sorted(directory.glob("*.xml"))


def compare_all(paths: Iterable[Path] | None = None) -> list[FileAgreement]:
    """:func:`compare_file` for every sample (or the given files)."""
    return [compare_file(path) for path in (sample_files() if paths is None else paths)]


def _moment(value: dt.datetime | None) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M")


def format_report(results: Sequence[FileAgreement], *, verbose: bool = False) -> str:
    """A per-file table, the differences of each file and the totals."""
    lines: list[str] = []
    width = max((len(result.name) for result in results), default=10)
    for result in results:
        if not result.compared:
            lines.append(f"{result.name:<{width}}  no tasks")
            continue
        lines.append(f"{result.name:<{width}}  {result.identical:>4} of {result.compared:>4} identical")
        for diff in result.differences:
            kind = "S" if diff.summary else " "
            ours = f"{_moment(diff.ours[0])} -> {_moment(diff.ours[1])}"
            theirs = f"{_moment(diff.ms_project[0])} -> {_moment(diff.ms_project[1])}"
            lines.append(f"    {kind} uid {diff.uid:>4} {diff.name[:36]:<36} ours {ours}  MSP {theirs}")
        if verbose:
            lines.extend(f"    problem: {problem}" for problem in result.problems)
    with_tasks = [result for result in results if result.compared]
    files_identical = sum(1 for result in with_tasks if result.identical == result.compared)
    identical = sum(result.identical for result in results)
    compared = sum(result.compared for result in results)
    lines.append(
        f"{files_identical} of {len(with_tasks)} files with tasks fully identical, "
        f"{identical:,} of {compared:,} tasks identical ({len(results) - len(with_tasks)} files without tasks)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path, help="MSPDI files (default: every sample)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list the engine's problems")
    args = parser.parse_args(argv)
    print(format_report(compare_all(args.files or None), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
