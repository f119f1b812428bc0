"""Tasks work on their resources' calendar, as in MS Project: a 4/5 civil servant with Wednesday off takes six
working days of the week for a five-day task."""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Assignment, BaselineTimephased, Calendar, CalendarWorkInterval, Project, Resource, Task
from model.enums import ResourceKind
from services import baselines, schedule_service
from tests.memory_db import memory_session

MONDAY = dt.datetime(2026, 11, 30, 8, 0)
DAY = 480


@pytest.fixture
def session() -> Iterator[Session]:
    with memory_session() as db:
        yield db


def calendar(session: Session, project: Project, uid: int, name: str, weekdays: range | list[int]) -> Calendar:
    found = Calendar(project_id=project.id, uid=uid, name=name)
    for weekday in weekdays:
        found.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=480, end_minute=720))
        found.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=780, end_minute=1020))
    session.add(found)
    session.flush()
    return found


def test_a_task_works_on_the_calendar_its_resources_share(session: Session) -> None:
    project = Project(name="Counter", start=MONDAY)
    session.add(project)
    session.flush()
    standard = calendar(session, project, 1, "Standard", range(5))
    four_fifths = calendar(session, project, 2, "4/5, Wednesday off", [0, 1, 3, 4])
    project.calendar_id = standard.id
    people = {
        name: Resource(project_id=project.id, uid=uid, name=name, kind=kind, calendar_id=calendar_id)
        for uid, (name, kind, calendar_id) in enumerate(
            [
                ("Ann (4/5)", ResourceKind.STAFF, four_fifths.id),
                ("Bart (4/5)", ResourceKind.STAFF, four_fifths.id),
                ("Chloé (full time)", ResourceKind.STAFF, None),
                ("Licence", ResourceKind.MATERIAL, four_fifths.id),
            ],
            start=1,
        )
    }
    session.add_all(people.values())
    session.flush()
    cases = {  # task name -> (its own calendar, its resources)
        "Ann alone": (None, ["Ann (4/5)"]),
        "Ann and Bart": (None, ["Ann (4/5)", "Bart (4/5)"]),
        "Ann and Chloé": (None, ["Ann (4/5)", "Chloé (full time)"]),  # different calendars: the project's
        "A licence only": (None, ["Licence"]),  # a material has no working time of its own
        "Ann, on the task's calendar": (standard.id, ["Ann (4/5)"]),  # the task's own calendar comes first
        "Nobody": (None, []),
    }
    tasks = {}
    for uid, (name, (own_calendar, names)) in enumerate(cases.items(), start=1):
        task = Task(project_id=project.id, uid=uid, name=name, position=uid, duration=5 * DAY, calendar_id=own_calendar)
        session.add(task)
        session.flush()
        session.add_all(Assignment(task_id=task.id, resource_id=people[who].id, work=5 * DAY) for who in names)
        tasks[name] = task
    session.flush()

    schedule_service.reschedule(session, project.id)

    friday, monday = dt.datetime(2026, 12, 4, 17, 0), dt.datetime(2026, 12, 7, 17, 0)
    assert {name: task.finish for name, task in tasks.items()} == {
        "Ann alone": monday,  # Wednesday off: the fifth working day is the next Monday
        "Ann and Bart": monday,
        "Ann and Chloé": friday,
        "A licence only": friday,
        "Ann, on the task's calendar": friday,
        "Nobody": friday,
    }


def test_baselines_spread_work_over_the_resource_calendar(session: Session) -> None:
    project = Project(name="Counter", start=MONDAY)
    session.add(project)
    session.flush()
    standard = calendar(session, project, 1, "Standard", range(5))
    four_fifths = calendar(session, project, 2, "4/5, Wednesday off", [0, 1, 3, 4])
    project.calendar_id = standard.id
    ann = Resource(project_id=project.id, uid=1, name="Ann (4/5)", calendar_id=four_fifths.id)
    session.add(ann)
    session.flush()
    task = Task(project_id=project.id, uid=1, name="Analysis", duration=5 * DAY, work=5 * DAY)
    session.add(task)
    session.flush()
    session.add(Assignment(task_id=task.id, resource_id=ann.id, work=5 * DAY))
    session.flush()
    schedule_service.reschedule(session, project.id)

    baseline = baselines.set_baseline(session, project.id, 0, saved_at=dt.datetime(2026, 11, 27, 9, 0))
    weeks = session.execute(
        select(BaselineTimephased.period_start, BaselineTimephased.work)
        .where(BaselineTimephased.baseline_id == baseline.id)
        .order_by(BaselineTimephased.period_start)
    ).all()
    # Monday, Tuesday, Thursday and Friday in the first week (Ann's Wednesday carries nothing), Monday in the next.
    assert [tuple(week) for week in weeks] == [(dt.date(2026, 11, 30), 4 * DAY), (dt.date(2026, 12, 7), DAY)]
