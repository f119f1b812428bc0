"""Baselines: exact costs, exact time-phasing over working days, replacing and clearing a baseline."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    BaselineTimephased,
    Calendar,
    CalendarHolidayLayer,
    CalendarWorkInterval,
    Project,
    Resource,
    Task,
)
from model.enums import HolidayLayer, ResourceKind
from services import baselines, working_time
from tests.memory_db import memory_session

DAY = 480


@pytest.fixture
def session() -> Iterator[Session]:
    with memory_session() as db:
        yield db


def test_split_exact_adds_up_and_is_deterministic() -> None:
    assert baselines.split_exact(100, [1, 1, 1]) == [34, 33, 33]
    assert baselines.split_exact(-100, [1, 1, 1]) == [-34, -33, -33]
    assert baselines.split_exact(7, [0, 5, 0]) == [0, 7, 0]
    parts = baselines.split_exact(123_457, [480, 240, 480, 0, 480])
    assert sum(parts) == 123_457
    assert parts[3] == 0
    with pytest.raises(ValueError, match="all zero"):
        baselines.split_exact(1, [0, 0])


def test_assignment_cost_is_cents_exact() -> None:
    # 7 h 30 at EUR 78.37 = 587.775, rounded half-even to 587.78; plus the cost per use.
    assert baselines.assignment_cost(450, Decimal("78.37")) == Decimal("587.78")
    assert baselines.assignment_cost(0, Decimal("0"), Decimal("38400.00")) == Decimal("38400.00")
    cost = baselines.task_cost(
        Decimal("1000.00"), [(60, Decimal("82.40"), Decimal("0")), (30, Decimal("0.05"), Decimal("10.00"))]
    )
    # 1000 + 82.40 + (0.025 -> 0.02) + 10.00
    assert cost == Decimal("1092.42")
    assert isinstance(cost, Decimal)


def test_daily_working_minutes_skip_weekends_and_holidays() -> None:
    index = working_time.WorkingTimeIndex(working_time.standard_calendar(), dt.date(2025, 1, 1))
    # Good Friday is worked in Belgium; Easter Monday (21 April 2025) is a public holiday.
    minutes = baselines.daily_working_minutes(
        index.to_minutes, dt.datetime(2025, 4, 18, 13, 0), dt.datetime(2025, 4, 23, 17, 0)
    )
    assert minutes == {dt.date(2025, 4, 18): 240, dt.date(2025, 4, 22): DAY, dt.date(2025, 4, 23): DAY}


def test_spread_by_week_is_exact_and_keyed_by_monday() -> None:
    days = {dt.date(2025, 4, 18): 240, dt.date(2025, 4, 22): DAY, dt.date(2025, 4, 23): DAY}
    rows = baselines.spread_by_week(days, 1200, Decimal("1000.01"), dt.date(2025, 4, 18))
    assert [row[0] for row in rows] == [dt.date(2025, 4, 14), dt.date(2025, 4, 21)]
    assert all(row[0].weekday() == 0 for row in rows)
    assert rows[0][1:] == (240, Decimal("200.00"))
    assert sum(row[1] for row in rows) == 1200
    assert sum(row[2] for row in rows) == Decimal("1000.01")
    # A milestone (no working minute) puts everything in the week of its date.
    assert baselines.spread_by_week({}, 0, Decimal("5.00"), dt.date(2025, 4, 20)) == [
        (dt.date(2025, 4, 14), 0, Decimal("5.00"))
    ]


def _project(session: Session) -> tuple[Project, dict[str, Task]]:
    """A summary with two leaves and a milestone, scheduled by hand in April 2025 (Easter Monday is the 21st)."""
    project = Project(name="Baseline test — é", start=dt.datetime(2025, 4, 14, 8, 0))
    session.add(project)
    session.flush()
    calendar = Calendar(project_id=project.id, uid=1, name="Standard")
    for weekday in range(5):
        calendar.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=480, end_minute=720))
        calendar.work_intervals.append(CalendarWorkInterval(weekday=weekday, start_minute=780, end_minute=1020))
    calendar.holiday_layers.append(CalendarHolidayLayer(layer=HolidayLayer.BELGIAN_PUBLIC))
    session.add(calendar)
    session.flush()
    project.calendar_id = calendar.id
    analyst = Resource(project_id=project.id, uid=1, name="Analyst", standard_rate=Decimal("70.00"))
    licence = Resource(
        project_id=project.id,
        uid=2,
        name="Licence",
        kind=ResourceKind.MATERIAL,
        material_label="licence",
        cost_per_use=Decimal("1500.00"),
    )
    session.add_all([analyst, licence])
    session.flush()
    summary = Task(project_id=project.id, uid=1, name="Phase", is_summary=True, wbs="1")
    session.add(summary)
    session.flush()
    first = Task(
        project_id=project.id,
        uid=2,
        parent_id=summary.id,
        position=0,
        wbs="1.1",
        name="Analysis",
        duration=4 * DAY,
        work=4 * DAY,
        fixed_cost=Decimal("250.00"),
        start=dt.datetime(2025, 4, 17, 8, 0),
        finish=dt.datetime(2025, 4, 23, 17, 0),  # Thu, Fri, (weekend, Easter Monday), Tue, Wed = 4 days
    )
    second = Task(
        project_id=project.id,
        uid=3,
        parent_id=summary.id,
        position=1,
        wbs="1.2",
        name="Order licence",
        duration=DAY,
        start=dt.datetime(2025, 4, 24, 8, 0),
        finish=dt.datetime(2025, 4, 24, 17, 0),
    )
    milestone = Task(
        project_id=project.id,
        uid=4,
        parent_id=summary.id,
        position=2,
        wbs="1.3",
        name="Done",
        is_milestone=True,
        duration=0,
        start=dt.datetime(2025, 4, 24, 17, 0),
        finish=dt.datetime(2025, 4, 24, 17, 0),
    )
    unscheduled = Task(project_id=project.id, uid=5, position=1, wbs="2", name="Not scheduled yet")
    session.add_all([first, second, milestone, unscheduled])
    session.flush()
    summary.start, summary.finish = first.start, second.finish
    session.add_all(
        [
            Assignment(task_id=first.id, resource_id=analyst.id, work=4 * DAY),
            Assignment(task_id=second.id, resource_id=licence.id, work=0),
        ]
    )
    session.flush()
    return project, {"summary": summary, "first": first, "second": second, "milestone": milestone, "none": unscheduled}


def _rows(session: Session, baseline: Baseline) -> dict[int, BaselineTask]:
    return {
        row.task_id: row for row in session.scalars(select(BaselineTask).where(BaselineTask.baseline_id == baseline.id))
    }


def _phased(session: Session, baseline: Baseline, task: Task) -> list[tuple[dt.date, int, Decimal]]:
    return [
        (row.period_start, row.work, row.cost)
        for row in session.scalars(
            select(BaselineTimephased)
            .where(BaselineTimephased.baseline_id == baseline.id, BaselineTimephased.task_id == task.id)
            .order_by(BaselineTimephased.period_start)
        )
    ]


def test_set_baseline_copies_dates_work_cost_and_time_phasing(session: Session) -> None:
    project, tasks = _project(session)
    saved_at = dt.datetime(2025, 4, 1, 9, 0)
    baseline = baselines.set_baseline(session, project.id, 0, reason="Plan approved", saved_at=saved_at)
    assert (baseline.number, baseline.name, baseline.saved_at, baseline.reason) == (
        0,
        "Baseline 0",
        saved_at,
        "Plan approved",
    )

    rows = _rows(session, baseline)
    first = rows[tasks["first"].id]
    # 32 h at EUR 70.00 + EUR 250.00 fixed.
    assert (first.start, first.finish, first.duration, first.work, first.cost) == (
        tasks["first"].start,
        tasks["first"].finish,
        4 * DAY,
        4 * DAY,
        Decimal("2490.00"),
    )
    assert rows[tasks["second"].id].cost == Decimal("1500.00")
    summary = rows[tasks["summary"].id]
    assert (summary.work, summary.cost) == (4 * DAY, Decimal("3990.00"))
    assert summary.duration == 5 * DAY  # working time from Thursday 17 to Thursday 24 April, Easter Monday off
    assert rows[tasks["none"].id].start is None
    assert rows[tasks["none"].id].cost == Decimal("0.00")

    # Thursday and Friday in the week of 14 April, Tuesday and Wednesday in the week of 21 April.
    assert _phased(session, baseline, tasks["first"]) == [
        (dt.date(2025, 4, 14), 2 * DAY, Decimal("1245.00")),
        (dt.date(2025, 4, 21), 2 * DAY, Decimal("1245.00")),
    ]
    assert _phased(session, baseline, tasks["milestone"]) == [(dt.date(2025, 4, 21), 0, Decimal("0.00"))]
    assert _phased(session, baseline, tasks["summary"]) == [
        (dt.date(2025, 4, 14), 2 * DAY, Decimal("1245.00")),
        (dt.date(2025, 4, 21), 2 * DAY, Decimal("2745.00")),
    ]
    assert _phased(session, baseline, tasks["none"]) == []
    money = session.scalars(select(BaselineTimephased.cost)).all()
    assert money
    assert all(isinstance(value, Decimal) for value in money)


def test_set_baseline_replaces_the_same_number_and_clear_removes_it(session: Session) -> None:
    project, tasks = _project(session)
    baselines.set_baseline(session, project.id, 1, saved_at=dt.datetime(2025, 4, 1))
    other = baselines.set_baseline(session, project.id, 2, saved_at=dt.datetime(2025, 4, 2))
    tasks["first"].fixed_cost = Decimal("0.00")
    replaced = baselines.set_baseline(
        session, project.id, 1, name="Re-plan", reason="CR-7", saved_at=dt.datetime(2025, 5, 1)
    )
    numbers = session.scalars(select(Baseline.number).order_by(Baseline.number)).all()
    assert numbers == [1, 2]
    assert _rows(session, replaced)[tasks["first"].id].cost == Decimal("2240.00")
    assert _rows(session, other)[tasks["first"].id].cost == Decimal("2490.00")
    assert session.scalar(select(func.count()).select_from(BaselineTask)) == 2 * 5

    assert baselines.clear_baseline(session, project.id, 1) is True
    assert baselines.clear_baseline(session, project.id, 1) is False
    assert session.scalars(select(Baseline.number)).all() == [2]
    assert session.scalar(select(func.count()).select_from(BaselineTask)) == 5
    remaining = session.scalars(select(BaselineTimephased.baseline_id).distinct()).all()
    assert remaining == [other.id]


@pytest.mark.parametrize("number", [-1, 11, 99])
def test_numbers_outside_0_to_10_are_refused(session: Session, number: int) -> None:
    project, _ = _project(session)
    with pytest.raises(ValueError, match=str(number)):
        baselines.set_baseline(session, project.id, number, saved_at=dt.datetime(2025, 4, 1))
    with pytest.raises(ValueError, match=str(number)):
        baselines.clear_baseline(session, project.id, number)


def _all_baseline_rows(session: Session) -> tuple[list[Any], ...]:
    """Every stored baseline value, ids included, in a stable order."""
    return tuple(
        [tuple(row) for row in session.execute(select(table).order_by(table.c.id)).all()]
        for table in (Baseline.__table__, BaselineTask.__table__, BaselineTimephased.__table__)
    )


def test_a_snapshot_puts_a_replaced_baseline_back_exactly(session: Session) -> None:
    project, tasks = _project(session)
    baselines.set_baseline(session, project.id, 1, name="Approved", saved_at=dt.datetime(2025, 4, 1))
    before_rows = _all_baseline_rows(session)
    before = baselines.snapshot_baseline(session, project.id, 1)
    assert before.baseline is not None
    assert len(before.tasks) == 5

    tasks["first"].fixed_cost = Decimal("0.00")
    baselines.set_baseline(session, project.id, 1, name="Re-plan", saved_at=dt.datetime(2025, 5, 1))
    after = baselines.snapshot_baseline(session, project.id, 1)
    after_rows = _all_baseline_rows(session)
    assert after_rows != before_rows

    baselines.restore_baseline(session, project.id, before)  # undo
    assert _all_baseline_rows(session) == before_rows
    baselines.restore_baseline(session, project.id, after)  # redo
    assert _all_baseline_rows(session) == after_rows


def test_restoring_an_empty_snapshot_removes_the_new_baseline(session: Session) -> None:
    project, _ = _project(session)
    free = baselines.snapshot_baseline(session, project.id, 3)
    assert free.baseline is None
    baselines.set_baseline(session, project.id, 3, saved_at=dt.datetime(2025, 4, 1))
    baselines.restore_baseline(session, project.id, free)
    assert _all_baseline_rows(session) == ([], [], [])


def test_restoring_skips_rows_of_tasks_deleted_since(session: Session) -> None:
    project, tasks = _project(session)
    baselines.set_baseline(session, project.id, 0, saved_at=dt.datetime(2025, 4, 1))
    saved = baselines.snapshot_baseline(session, project.id, 0)
    session.delete(tasks["none"])
    session.flush()
    baselines.restore_baseline(session, project.id, saved)
    restored = session.scalars(select(BaselineTask.task_id)).all()
    assert sorted(restored) == sorted(task.id for name, task in tasks.items() if name != "none")
