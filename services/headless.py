"""The headless operations behind the command line: each opens a file, does one thing, returns plain data.

Return values are JSON-ready dictionaries; their shapes are the stable formats documented in the README.
File problems surface as :class:`services.project_file.ProjectFileError` (one clear sentence).
"""

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Project
from model.ids import ProjectId
from services import demo, project_file, queries, validation


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
