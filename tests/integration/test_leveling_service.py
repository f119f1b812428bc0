"""The leveling mapping layer on real SQLite databases: a two-task project, clearing, the demo project."""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Assignment, Project, Resource, Task
from model.ids import ProjectId
from services import demo, headless, leveling_service, project_file, schedule_service
from services.store import Store, make_engine
from tests.memory_db import memory_session

MONDAY = dt.datetime(2026, 3, 2, 8, 0)
DAY = 480


@pytest.fixture
def session() -> Iterator[Session]:
    with memory_session() as db:
        yield db


def two_tasks(session: Session) -> ProjectId:
    """Analysis (2 days, priority 600) and Design (3 days), both for the one analyst from Monday 2 March 2026."""
    project = Project(name="Two", start=MONDAY)
    session.add(project)
    session.flush()
    analyst = Resource(project_id=project.id, uid=1, name="Analyst")
    analysis = Task(project_id=project.id, uid=1, wbs="1", name="Analysis", duration=2 * DAY, priority=600)
    design = Task(project_id=project.id, uid=2, wbs="2", name="Design", duration=3 * DAY)
    session.add_all([analyst, analysis, design])
    session.flush()
    session.add_all(
        [
            Assignment(task_id=analysis.id, resource_id=analyst.id),
            Assignment(task_id=design.id, resource_id=analyst.id),
        ]
    )
    session.flush()
    schedule_service.reschedule(session, project.id)
    return project.id


def dates(session: Session, project_id: ProjectId) -> dict[int, tuple[dt.datetime | None, dt.datetime | None, int]]:
    rows = session.execute(
        select(Task.uid, Task.start, Task.finish, Task.leveling_delay).where(Task.project_id == project_id)
    )
    return {row.uid: (row.start, row.finish, row.leveling_delay) for row in rows}


def test_two_tasks_sharing_a_resource_are_serialised_and_clearing_restores_them(session: Session) -> None:
    project_id = two_tasks(session)
    before = dates(session, project_id)
    assert before[1][0] == before[2][0] == MONDAY
    summary = leveling_service.level_project(session, project_id)
    after = dates(session, project_id)
    assert after[1] == (MONDAY, dt.datetime(2026, 3, 3, 17, 0), 0)  # priority 600 goes first
    assert after[2] == (dt.datetime(2026, 3, 4, 8, 0), dt.datetime(2026, 3, 6, 17, 0), 2 * DAY)
    assert summary.delayed_task_uids == (2,)
    assert summary.over_allocations == ()
    assert summary.mismatched_task_uids == ()
    assert summary.finish_before == dt.datetime(2026, 3, 4, 17, 0)
    assert summary.schedule.project_finish == dt.datetime(2026, 3, 6, 17, 0)
    leveling_service.clear_leveling(session, project_id)
    assert dates(session, project_id) == before


def test_within_float_only_reports_what_it_cannot_resolve(session: Session) -> None:
    project_id = two_tasks(session)
    summary = leveling_service.level_project(session, project_id, within_float_only=True)
    assert summary.delayed_task_uids == ()
    (over,) = summary.over_allocations
    assert (over.resource_uid, over.resource_name, over.demand, over.capacity) == (1, "Analyst", 200, 100)
    assert (over.start, over.finish, over.task_uids) == (MONDAY, dt.datetime(2026, 3, 3, 17, 0), (1, 2))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leveling") / "demo.belfry"
    project_file.write_new(path, demo.build_demo)
    return path


def test_the_demo_project_levels_and_reports_plain_values(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.belfry"
    shutil.copyfile(demo_file, path)
    engine = make_engine(path)
    try:
        store = Store(engine)
        summary = store.write(lambda s: leveling_service.level_project(s, headless.first_project_id(s)))
        assert summary.mismatched_task_uids == ()
        assert summary.schedule.project_finish >= summary.finish_before
        for over in summary.over_allocations:
            assert isinstance(over.resource_name, str) and over.resource_name
            assert over.demand > over.capacity
            assert over.start < over.finish
            assert all(isinstance(uid, int) for uid in over.task_uids)
        stored = store.read(
            lambda s: s.scalars(
                select(Task.uid).where(Task.project_id == headless.first_project_id(s), Task.leveling_delay > 0)
            ).all()
        )
        assert sorted(stored) == list(summary.delayed_task_uids)
        cleared = store.write(lambda s: leveling_service.clear_leveling(s, headless.first_project_id(s)))
        assert cleared.project_finish == summary.finish_before
    finally:
        engine.dispose()
