"""A new project starts with a standard Belgian calendar and schedules."""

import datetime as dt

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

from model import schema
from model.entities import Calendar, Project
from model.enums import HolidayLayer
from services import project_setup, validation


def test_new_project_has_a_standard_belgian_calendar() -> None:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA foreign_keys=ON"))
    try:
        with engine.begin() as connection:
            schema.create_schema(connection)
        with Session(engine) as session:
            project_id = project_setup.new_project(session, name="  Loket  ", start=dt.datetime(2026, 1, 5, 8, 0))
            project = session.get_one(Project, project_id)
            calendar = session.get_one(Calendar, project.calendar_id)
            assert project.name == "Loket"
            assert len(calendar.work_intervals) == 10
            assert [layer.layer for layer in calendar.holiday_layers] == [HolidayLayer.BELGIAN_PUBLIC]
            assert [finding for finding in validation.check_project(session) if finding.severity == "error"] == []
            with pytest.raises(ValueError, match="needs a name"):
                project_setup.new_project(session, name=" ", start=dt.datetime(2026, 1, 5, 8, 0))
    finally:
        engine.dispose()
