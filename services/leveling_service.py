"""The mapping layer between the database and resource leveling.

``level_project`` reads the project's network (through :func:`services.schedule_service.schedule_input`), its work
resources (max units, calendars), assignments (units) and task priorities as plain values, runs
:func:`services.leveling.level_schedule`, stores every task's ``leveling_delay`` (working minutes of the project
calendar, kept apart from the plan) and reschedules, so the leveled dates are stored the usual way.
``clear_leveling`` sets every delay back to 0 and reschedules. Both work inside the caller's transaction.

Materials are not leveled (as in MS Project, only work resources are): their units are quantities, not time.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from model.entities import Assignment, Project, Resource, Task
from model.enums import ResourceKind
from model.ids import ProjectId, TaskId
from services import leveling, schedule_service


@dataclass(frozen=True, slots=True)
class OverAllocationRow:
    """A period in which a resource stays loaded beyond its max units after leveling.

    Attributes:
        resource_uid, resource_name: the resource.
        start, finish: the period (a start moment and a finish moment of the project calendar).
        demand: the peak load in the period, percent.
        capacity: the resource's max units, percent.
        task_uids: the tasks loading the resource in the period, in uid order.
    """

    resource_uid: int
    resource_name: str
    start: dt.datetime
    finish: dt.datetime
    demand: int
    capacity: int
    task_uids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class LevelingSummary:
    """What leveling a project did.

    Attributes:
        delayed_task_uids: the tasks given a leveling delay, in uid order.
        finish_before: the project finish without leveling delays.
        schedule: the reschedule with the delays (dates, critical count, problems).
        over_allocations: what remains over-allocated, by resource name then start.
        mismatched_task_uids: tasks whose rescheduled start differs from the leveling decision (normally none).
    """

    delayed_task_uids: tuple[int, ...]
    finish_before: dt.datetime
    schedule: schedule_service.ScheduleSummary
    over_allocations: tuple[OverAllocationRow, ...]
    mismatched_task_uids: tuple[int, ...]


def level_project(session: Session, project_id: ProjectId, *, within_float_only: bool = False) -> LevelingSummary:
    """Level the project's work resources, store the leveling delays and the leveled schedule.

    Args:
        within_float_only: never delay a task beyond its unleveled late start (conflicts that need more are left
            and reported).
    """
    project = session.get_one(Project, project_id)
    schedule_input = schedule_service.schedule_input(session, project_id, project.status_date)
    specs = schedule_service.calendar_specs(session, project_id)
    rows = session.execute(
        select(Resource.id, Resource.uid, Resource.name, Resource.max_units, Resource.calendar_id).where(
            Resource.project_id == project_id, Resource.kind != ResourceKind.MATERIAL
        )
    ).all()
    resources = [
        leveling.LevelResource(
            id=row.id,
            max_units=row.max_units,
            calendar=None if row.calendar_id is None else specs.get(row.calendar_id),
        )
        for row in rows
    ]
    names = {row.id: (row.uid, row.name) for row in rows}
    assignments = [
        leveling.LevelAssignment(task_id=row.task_id, resource_id=row.resource_id, units=row.units)
        for row in session.execute(
            select(Assignment.task_id, Assignment.resource_id, Assignment.units)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.project_id == project_id)
        )
        if row.resource_id in names
    ]
    task_rows = session.execute(select(Task.id, Task.uid, Task.priority).where(Task.project_id == project_id)).all()
    uids = {row.id: row.uid for row in task_rows}
    outcome = leveling.level_schedule(
        schedule_input,
        resources,
        assignments,
        priorities={row.id: row.priority for row in task_rows},
        within_float_only=within_float_only,
    )
    delays = outcome.leveling.delays
    _store_delays(session, [(task_id, delays.get(task_id, 0)) for task_id in uids])
    schedule = schedule_service.reschedule(session, project_id)
    clock = schedule.result.clock
    over_allocations = sorted(
        (
            OverAllocationRow(
                resource_uid=names[over.resource_id][0],
                resource_name=names[over.resource_id][1],
                start=clock.start_moment(over.start),
                finish=clock.finish_moment(over.finish),
                demand=over.demand,
                capacity=over.capacity,
                task_uids=tuple(sorted(uids[task_id] for task_id in over.task_ids)),
            )
            for over in outcome.over_allocations
        ),
        key=lambda row: (row.resource_name, row.resource_uid, row.start),
    )
    return LevelingSummary(
        delayed_task_uids=tuple(sorted(uids[task_id] for task_id, delay in delays.items() if delay)),
        finish_before=outcome.unleveled.project_finish,
        schedule=schedule,
        over_allocations=tuple(over_allocations),
        mismatched_task_uids=tuple(sorted(uids[task_id] for task_id in outcome.mismatched)),
    )


def clear_leveling(session: Session, project_id: ProjectId) -> schedule_service.ScheduleSummary:
    """Set every task's leveling delay back to 0 and reschedule the project."""
    session.execute(update(Task).where(Task.project_id == project_id).values(leveling_delay=0))
    return schedule_service.reschedule(session, project_id)


def _store_delays(session: Session, delays: list[tuple[int, int]]) -> None:
    """Write the delays in one executemany (ORM bulk update by primary key)."""
    if delays:
        session.execute(update(Task), [{"id": task_id, "leveling_delay": delay} for task_id, delay in delays])


def leveling_delays(session: Session, project_id: ProjectId) -> dict[TaskId, int]:
    """Every task's leveling delay (working minutes) by task id: what undo of a leveling writes back."""
    rows = session.execute(select(Task.id, Task.leveling_delay).where(Task.project_id == project_id))
    return {TaskId(row.id): int(row.leveling_delay) for row in rows}
