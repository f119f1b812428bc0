"""Row-snapshot queries: outline order, predecessor text, costs and counts (load time: tests/benchmarks)."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from model.entities import (
    Assignment,
    AuditEntry,
    Baseline,
    BaselineTask,
    Calendar,
    Dependency,
    Project,
    Resource,
    Risk,
    Task,
)
from model.enums import AuditAction, DependencyType, LagKind, RiskCategory
from model.ids import ProjectId
from services import demo, edits, queries, schedule_service
from tests.memory_db import memory_engine

START = dt.datetime(2025, 1, 6, 8, 0)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = memory_engine()
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


def add_project(session: Session, **values: Any) -> ProjectId:
    project = Project(name="Digital counter", start=START, **values)
    session.add(project)
    session.flush()
    return project.id


def add_task(session: Session, project_id: ProjectId, uid: int, name: str, **values: Any) -> Task:
    task = Task(project_id=project_id, uid=uid, name=name, **values)
    session.add(task)
    session.flush()
    return task


def test_task_rows_are_in_outline_order_with_levels(session: Session) -> None:
    project_id = add_project(session)
    phase_b = add_task(session, project_id, 1, "Phase B", position=1, is_summary=True)
    phase_a = add_task(session, project_id, 2, "Phase A", position=0, is_summary=True)
    add_task(session, project_id, 3, "B.2", parent_id=phase_b.id, position=1)
    add_task(session, project_id, 4, "B.1", parent_id=phase_b.id, position=0)
    a1 = add_task(session, project_id, 5, "A.1", parent_id=phase_a.id, position=0, is_summary=True)
    add_task(session, project_id, 6, "A.1.1", parent_id=a1.id, position=0)

    rows = queries.task_rows(session, project_id)

    assert [(row.name, row.outline_level) for row in rows] == [
        ("Phase A", 1),
        ("A.1", 2),
        ("A.1.1", 3),
        ("Phase B", 1),
        ("B.1", 2),
        ("B.2", 2),
    ]
    assert rows[2].parent_id == a1.id


def test_predecessor_text_uses_uids_types_and_lags(session: Session) -> None:
    project_id = add_project(session, minutes_per_day=480)
    tasks = [add_task(session, project_id, uid, f"T{uid}", position=uid) for uid in (3, 5, 7, 9, 11, 12)]
    by_uid = {task.uid: task for task in tasks}
    target = by_uid[12]
    links = [
        (3, DependencyType.FINISH_TO_START, LagKind.WORKING, 0, 0.0),
        (5, DependencyType.START_TO_START, LagKind.WORKING, -480, 0.0),
        (7, DependencyType.FINISH_TO_FINISH, LagKind.PERCENT, 0, 10.0),
        (9, DependencyType.FINISH_TO_START, LagKind.ELAPSED, 240, 0.0),
        (11, DependencyType.START_TO_FINISH, LagKind.WORKING, 90, 0.0),
    ]
    for uid, link_type, lag_kind, lag, lag_percent in links:
        session.add(
            Dependency(
                predecessor_id=by_uid[uid].id,
                successor_id=target.id,
                type=link_type,
                lag_kind=lag_kind,
                lag=lag,
                lag_percent=lag_percent,
            )
        )
    session.flush()

    row = next(row for row in queries.task_rows(session, project_id) if row.id == target.id)

    assert row.predecessors == "3FS, 5SS-1d, 7FF+10%, 9FS+4eh, 11SF+90m"
    dependencies = queries.dependency_rows(session, project_id)
    assert [(d.predecessor_uid, d.successor_uid) for d in dependencies][:2] == [(3, 12), (5, 12)]


@pytest.mark.parametrize(
    ("lag_kind", "lag", "percent", "text"),
    [
        (LagKind.WORKING, 0, 0.0, ""),
        (LagKind.WORKING, 960, 0.0, "+2d"),
        (LagKind.WORKING, 720, 0.0, "+12h"),
        (LagKind.WORKING, -30, 0.0, "-30m"),
        (LagKind.ELAPSED, 2880, 0.0, "+2ed"),
        (LagKind.PERCENT, 0, 12.5, "+12.5%"),
        (LagKind.PERCENT, 0, -25.0, "-25%"),
    ],
)
def test_lag_text(lag_kind: LagKind, lag: int, percent: float, text: str) -> None:
    assert queries.lag_text(lag_kind, lag, percent, 480) == text


def test_cost_resources_and_baseline(session: Session) -> None:
    project_id = add_project(session)
    summary = add_task(session, project_id, 1, "Build", is_summary=True, fixed_cost=Decimal("100.00"))
    task = add_task(session, project_id, 2, "Code", parent_id=summary.id, fixed_cost=Decimal("10.00"))
    analyst = Resource(project_id=project_id, uid=1, name="An", standard_rate=Decimal("60.00"))
    tester = Resource(
        project_id=project_id, uid=2, name="Tess", standard_rate=Decimal("50.50"), cost_per_use=Decimal("5")
    )
    session.add_all([analyst, tester])
    session.flush()
    session.add_all(
        [
            Assignment(task_id=task.id, resource_id=tester.id, work=90),  # 1.5 h x 50.50 + 5 = 80.75
            Assignment(task_id=task.id, resource_id=analyst.id, work=480),  # 8 h x 60 = 480
        ]
    )
    baseline = Baseline(project_id=project_id, number=1, saved_at=START)
    session.add(baseline)
    session.flush()
    session.add(
        BaselineTask(baseline_id=baseline.id, task_id=task.id, start=START, finish=START + dt.timedelta(days=2))
    )
    session.flush()

    rows = {row.name: row for row in queries.task_rows(session, project_id, baseline=1)}

    assert rows["Code"].cost == Decimal("570.75")
    assert rows["Build"].cost == Decimal("670.75")  # its own fixed cost plus its subtask's
    assert rows["Code"].resource_names == "Tess, An"
    assert rows["Code"].baseline_start == START
    assert rows["Build"].baseline_start is None
    assert all(row.baseline_finish is None for row in queries.task_rows(session, project_id, baseline=0))
    assert [a.cost for a in queries.assignment_rows(session, project_id)] == [Decimal("80.75"), Decimal("480.00")]


def test_project_row_and_other_rows(session: Session) -> None:
    project_id = add_project(session, code="DC-1")
    session.add(Calendar(project_id=project_id, uid=1, name="Standard"))
    session.add(Resource(project_id=project_id, uid=1, name="An", standard_rate=Decimal("60.00")))
    session.add(
        Risk(
            project_id=project_id,
            code="R-1",
            title="Supplier late",
            category=RiskCategory.PROCUREMENT,
            probability_before=4,
            impact_before=3,
            probability_after=2,
            impact_after=3,
            raised_on=START.date(),
        )
    )
    session.flush()

    assert queries.project_row(session).code == "DC-1"
    assert queries.project_row(session, project_id).id == project_id
    assert [row.name for row in queries.calendar_rows(session, project_id)] == ["Standard"]
    assert queries.resource_rows(session, project_id)[0].standard_rate == Decimal("60.00")
    risk = queries.risk_rows(session, project_id)[0]
    assert (risk.score_before, risk.score_after) == (12, 6)
    with pytest.raises(LookupError):
        queries.project_row(session, ProjectId(project_id + 1))


def test_entity_counts(session: Session) -> None:
    project_id = add_project(session)
    add_task(session, project_id, 1, "A")
    add_task(session, project_id, 2, "B")
    session.add(
        AuditEntry(at=START, user="me", action=AuditAction.CREATE, entity="task", entity_id=1, project_id=project_id)
    )
    session.flush()

    counts = queries.entity_counts(session)

    assert list(counts) == list(queries.ENTITY_COUNT_TABLES)
    assert counts["tasks"] == 2
    assert counts["audit_entries"] == 1
    assert counts["risks"] == 0


# --------------------------------------------------------------------------------------------------- 100,000 tasks


def test_refreshed_rows_equal_a_full_read_after_edits_that_keep_the_outline(session: Session) -> None:
    project_id = demo.build_demo(session)
    before = {row.id: row for row in queries.task_rows(session, project_id)}
    leaf = next(row for row in before.values() if not row.is_summary and row.predecessors and not row.percent_complete)
    other = next(row for row in before.values() if not row.is_summary and row.id != leaf.id and row.outline_level > 2)
    changes = edits.Batch(
        (
            edits.SetField(Task, leaf.id, "duration", leaf.duration + 3 * 480),
            edits.SetField(Task, leaf.id, "name", "Renamed — hernoemd"),
            edits.LinkTasks(other.id, leaf.id, DependencyType.START_TO_START, lag=-480),
        )
    )
    applied = edits.apply(session, changes)
    summary = schedule_service.reschedule(session, project_id)
    after = {row.id: row for row in queries.task_rows(session, project_id)}
    moved = {task_id for task_id, row in after.items() if row != before[task_id]}
    assert leaf.id in moved and len(moved) > 2  # successors moved too
    assert applied.changes.task_ids >= {leaf.id, other.id}
    # The rescheduler names every task whose dates changed (and only those: a second pass moves nothing).
    dates = {
        task_id
        for task_id, row in after.items()
        if (row.start, row.finish, row.total_float, row.is_critical)
        != (before[task_id].start, before[task_id].finish, before[task_id].total_float, before[task_id].is_critical)
    }
    assert dates <= summary.moved
    assert schedule_service.reschedule(session, project_id).moved == frozenset()

    refreshed = queries.refreshed_task_rows(session, project_id, before, moved | applied.changes.task_ids)
    assert refreshed is not None
    assert refreshed == {task_id: after[task_id] for task_id in moved | applied.changes.task_ids}
    assert "SS-1d" in refreshed[leaf.id].predecessors

    links = queries.dependency_rows(session, project_id, touching={leaf.id})
    everything = queries.dependency_rows(session, project_id)
    assert links == [link for link in everything if leaf.id in (link.predecessor_id, link.successor_id)]


def test_refreshed_rows_refuse_an_outline_change(session: Session) -> None:
    project_id = demo.build_demo(session)
    before = {row.id: row for row in queries.task_rows(session, project_id)}
    leaf = next(row for row in before.values() if not row.is_summary and row.outline_level > 2)
    applied = edits.apply(session, edits.AddTask(leaf.parent_id, 0, "New"))
    assert queries.refreshed_task_rows(session, project_id, before, applied.changes.task_ids) is None
    edits.apply(session, applied.inverse)
    assert queries.refreshed_task_rows(session, project_id, before, [leaf.id]) == {leaf.id: before[leaf.id]}
