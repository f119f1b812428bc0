"""Creating a new, empty project the way a Belgian public-sector PM expects to start one."""

import datetime as dt

from sqlalchemy.orm import Session

from model.entities import Calendar, CalendarHolidayLayer, CalendarWorkInterval, Project
from model.enums import HolidayLayer
from model.ids import ProjectId
from services import schedule_service, working_time


def new_project(session: Session, *, name: str, start: dt.datetime, language: str = "en") -> ProjectId:
    """Add a project with a standard calendar (Mon-Fri 08:00-12:00 and 13:00-17:00, Belgian public holidays).

    Raises:
        ValueError: the name is blank (one sentence).
    """
    if not name.strip():
        raise ValueError("A project needs a name.")
    project = Project(name=name.strip(), start=start, language=language)
    session.add(project)
    session.flush()
    calendar = Calendar(project_id=project.id, uid=1, name="Standard")
    calendar.work_intervals = [
        CalendarWorkInterval(weekday=weekday, start_minute=start_minute, end_minute=end_minute)
        for weekday, day in enumerate(working_time.standard_calendar().week)
        for start_minute, end_minute in day
    ]
    calendar.holiday_layers = [CalendarHolidayLayer(layer=HolidayLayer.BELGIAN_PUBLIC)]
    session.add(calendar)
    session.flush()
    project.calendar_id = calendar.id
    schedule_service.reschedule(session, project.id)
    return project.id
