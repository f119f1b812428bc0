"""The headless operations behind the command line: each opens a file, does one thing, returns plain data.

Return values are JSON-ready dictionaries; their shapes are the stable formats documented in the README.
File problems surface as :class:`services.project_file.ProjectFileError` (one clear sentence).
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Project
from model.ids import ProjectId
from services import (
    demo,
    evm_service,
    i18n,
    leveling_service,
    mspdi,
    project_file,
    queries,
    schedule_service,
    store,
    validation,
)


def json_value(value: object) -> Any:
    """Convert a domain value to its JSON form: dates ISO 8601, money as a string with two decimals."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def create_demo(path: Path, *, tasks: int | None = None, seed: int = 1) -> dict[str, Any]:
    """Write the demo project (or a synthetic project of ``tasks`` tasks) to ``path``; return its info.

    All or nothing: if building fails, no file is left at ``path``.
    """

    def build(session: Session) -> None:
        if tasks is None:
            demo.build_demo(session)
        else:
            demo.build_synthetic(session, tasks=tasks, seed=seed)

    project_file.write_new(path, build)
    return project_info(path)


def first_project_id(session: Session) -> ProjectId:
    """The id of the (first) project stored in the file."""
    project_id = session.scalars(select(Project.id).order_by(Project.id).limit(1)).first()
    if project_id is None:
        raise project_file.ProjectFileError("The file holds no project.")
    return project_id


def project_info(path: Path) -> dict[str, Any]:
    """The project's charter fields and the number of rows of every entity."""
    with project_file.open_for_reading(path) as store:
        return store.read(lambda session: _info(session, path))


def _info(session: Session, path: Path) -> dict[str, Any]:
    row = queries.project_row(session, first_project_id(session))
    project = {
        "name": row.name,
        "code": row.code,
        "organisation": row.organisation,
        "sponsor": row.sponsor,
        "manager": row.manager,
        "status": str(row.status),
        "currency": row.currency,
        "start": json_value(row.start),
        "finish": json_value(row.finish),
        "status_date": json_value(row.status_date),
        "fiscal_year_start_month": row.fiscal_year_start_month,
        "hours_per_day": row.minutes_per_day / 60,
        "classification": row.classification,
    }
    return {"file": str(path), "project": project, "counts": queries.entity_counts(session)}


def check_file(path: Path) -> dict[str, Any]:
    """Integrity and domain validation of a project file (see ``services.validation`` for the format)."""
    with project_file.open_for_reading(path) as store:
        findings = store.read(validation.check_project)
    return {"file": str(path), **validation.summarise(findings)}


@contextmanager
def _editing(path: Path) -> Iterator[project_file.ProjectDocument]:
    """Open ``path`` for one headless change; the caller saves. Closing discards what was not saved."""
    document = project_file.ProjectDocument.open(path)
    try:
        if document.read_only_reason is not None:
            raise project_file.ProjectFileError(document.read_only_reason)
        yield document
    finally:
        document.close(discard=True)


_DERIVED_SQL = (
    "SELECT id, early_start, early_finish, late_start, late_finish, total_float, free_float, is_critical "
    "FROM task WHERE project_id = ?"
)


def _stored_to_json(text: str | None) -> str | None:
    """A date-time as SQLAlchemy stores it in SQLite (``YYYY-MM-DD HH:MM:SS.ffffff``) in the JSON form
    ``YYYY-MM-DDTHH:MM`` of :func:`json_value`, without parsing it."""
    return None if text is None else f"{text[:10]}T{text[11:16]}"


def _minutes_to_days(minutes: int | None, minutes_per_day: int) -> float | None:
    return None if minutes is None else round(minutes / minutes_per_day, 2)


def schedule_file(path: Path, *, status_date: dt.date | None = None, level: bool = False) -> dict[str, Any]:
    """Schedule the project in ``path`` (resource-leveled if ``level``), store the computed dates in the file and
    return the schedule. Over-allocations that leveling cannot resolve are listed with the problems.

    Floats are in working days of the project calendar (``minutes_per_day`` of the project).
    """

    def schedule(session: Session) -> tuple[schedule_service.ScheduleSummary, list[dict[str, Any]]]:
        project_id = first_project_id(session)
        summary = schedule_service.reschedule(session, project_id, status_date)
        if not level:
            return summary, []
        leveled = leveling_service.level_project(session, project_id)
        return leveled.schedule, [_over_allocation_problem(row) for row in leveled.over_allocations]

    with _editing(path) as document:
        summary, over_allocations = document.store.write(schedule)
        document.save()
        report = document.store.read(lambda session: _schedule_report(session, summary))
    report["problems"].extend(over_allocations)
    return report


def _over_allocation_problem(row: leveling_service.OverAllocationRow) -> dict[str, Any]:
    message = i18n.translate(
        "cli", "{resource} is loaded at {demand} % of {capacity} % from {start} to {finish} even after leveling."
    ).format(
        resource=row.resource_name,
        demand=row.demand,
        capacity=row.capacity,
        start=json_value(row.start),
        finish=json_value(row.finish),
    )
    return {"kind": "over-allocation", "task_uids": list(row.task_uids), "message": message}


def _schedule_report(session: Session, summary: schedule_service.ScheduleSummary) -> dict[str, Any]:
    project_id = first_project_id(session)
    project = session.get_one(Project, project_id)
    per_day = project.minutes_per_day
    rows = queries.task_rows(session, project_id)
    # The derived dates as stored (SQLAlchemy's "YYYY-MM-DD HH:MM:SS.ffffff"), cut to the JSON form once per value.
    stored_moment = store.Memo(_stored_to_json)
    formatted = store.Memo(json_value)
    scheduled = {row[0]: row for row in store.driver_connection(session).execute(_DERIVED_SQL, (project_id,))}
    tasks = []
    for row in rows:
        _id, early_start, early_finish, late_start, late_finish, total_float, free_float, critical = scheduled[row.id]
        tasks.append(
            {
                "uid": row.uid,
                "wbs": row.wbs,
                "name": row.name,
                "summary": row.is_summary,
                "milestone": row.is_milestone,
                "start": formatted[row.start],
                "finish": formatted[row.finish],
                "early_start": stored_moment[early_start],
                "early_finish": stored_moment[early_finish],
                "late_start": stored_moment[late_start],
                "late_finish": stored_moment[late_finish],
                "total_float_days": _minutes_to_days(total_float, per_day),
                "free_float_days": _minutes_to_days(free_float, per_day),
                "critical": bool(critical),
            }
        )
    return {
        "project": {
            "start": json_value(summary.project_start),
            "finish": json_value(summary.project_finish),
            "status_date": json_value(summary.status_date),
        },
        "tasks": tasks,
        "problems": [
            {"kind": problem.kind, "task_uids": list(problem.task_uids), "message": problem.message}
            for problem in summary.problems
        ],
    }


def import_xml(source: Path, target: Path) -> dict[str, Any]:
    """Import an MS Project XML file into a new project file ``target`` (all or nothing) and schedule it.

    Returns the counts of what was imported and the list of what Belfry could not carry.
    """
    reports: list[mspdi.ImportReport] = []

    def build(session: Session) -> None:
        report = mspdi.import_mspdi(session, source)
        reports.append(report)
        schedule_service.reschedule(session, report.project_id)

    project_file.write_new(target, build)
    report = reports[0]
    return {
        "source": str(source),
        "file": str(target),
        "imported": {
            "tasks": report.tasks,
            "links": report.links,
            "resources": report.resources,
            "assignments": report.assignments,
            "calendars": report.calendars,
            "calendar_exceptions": report.exceptions,
            "baselines": report.baselines,
        },
        "not_carried": [{"path": entry.path, "uid": entry.uid, "message": entry.message} for entry in report.entries],
    }


def export_xml(path: Path, output: Path) -> dict[str, Any]:
    """Write the project in ``path`` as MS Project XML to ``output`` (atomically: a temporary file, then a rename)."""
    with project_file.open_for_reading(path) as store:
        data = store.read(lambda session: mspdi.export_mspdi(session, first_project_id(session)))
    temporary = output.with_name(output.name + ".tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(output)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise project_file.ProjectFileError(
            i18n.translate("cli", "Cannot write {path}: {reason}.").format(path=output, reason=error.strerror)
        ) from error
    return {"file": str(path), "output": str(output), "bytes": len(data)}


def evm_file(
    path: Path, *, status_date: dt.date, baseline: int = 0, period: str = "month", by: str | None = None
) -> dict[str, Any]:
    """Earned value and Earned Schedule figures of the project at ``status_date`` (see the README's JSON)."""
    with project_file.open_for_reading(path) as store:
        return store.read(
            lambda session: evm_service.evm_report(
                session, first_project_id(session), status_date=status_date, baseline=baseline, period=period, by=by
            )
        )
