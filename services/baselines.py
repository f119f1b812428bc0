"""Baselines: freeze the current plan (dates, duration, work, cost and its time-phasing) as baseline 0-10.

Conventions:

* **Cost** of a task = its fixed cost + for every assignment ``work (hours) x standard rate + cost per use``; each
  assignment's labour cost is rounded to the cent (half-even) on its own, so costs add up exactly.
* **Summary tasks** (a task that is another task's parent, or flagged ``is_summary``) hold the roll-up of their
  descendants plus anything assigned to the summary itself; their baseline duration is the working minutes between
  their start and finish on the project calendar.
* **Time-phasing**: one :class:`~model.planning.BaselineTimephased` row per task per calendar week (``period_start``
  is the Monday, ``period_days`` 7) in which the task works. A task's work and cost are spread linearly over the
  working minutes between its start and finish, on the calendar the task is scheduled on (its own, its work
  resources' shared calendar, or the project calendar): holidays, closures and part-time days carry nothing, a half
  day carries half. Amounts are split with the largest-remainder method,
  so the weekly values add up exactly (to the minute and to the cent) to the task's totals. A task that does not work
  between its dates (a milestone) puts its whole value in the week of its start. Summary rows are the week-by-week
  roll-up of their descendants: **sum leaf rows, or the rows of one summary, never all rows of a baseline.**
* Tasks without scheduled dates get a baseline row without dates and no time-phased rows.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from model.entities import Assignment, Baseline, BaselineTask, BaselineTimephased, Project, Resource, Task
from model.ids import CalendarId, ChangeRequestId, ProjectId, TaskId
from model.money import CENT, ZERO, from_cents, to_cents
from services import schedule_service, working_time

FIRST_BASELINE = 0
LAST_BASELINE = 10

WeekRow = tuple[dt.date, int, Decimal]
"""One week of a time-phased value: (Monday of the week, work in person-minutes, cost)."""


def check_number(number: int) -> None:
    """Raise ``ValueError`` unless ``number`` is a baseline number (0-10)."""
    if isinstance(number, bool) or not isinstance(number, int) or not FIRST_BASELINE <= number <= LAST_BASELINE:
        raise ValueError(f"baseline number must be an integer from {FIRST_BASELINE} to {LAST_BASELINE}, not {number!r}")


def assignment_cost(work: int, standard_rate: Decimal, cost_per_use: Decimal = ZERO) -> Decimal:
    """The cost of one assignment: ``work`` person-minutes at ``standard_rate`` per hour, plus the cost per use.

    The labour part is rounded half-even to the cent.
    """
    labour = (Decimal(work) * standard_rate / 60).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return labour + cost_per_use


def task_cost(fixed_cost: Decimal, assignments: Iterable[tuple[int, Decimal, Decimal]]) -> Decimal:
    """A task's own cost: ``fixed_cost`` plus every ``(work, standard_rate, cost_per_use)`` assignment's cost."""
    return fixed_cost + sum((assignment_cost(*assignment) for assignment in assignments), ZERO)


def task_costs(session: Session, project_id: ProjectId) -> dict[TaskId, Decimal]:
    """The own cost (not rolled up) of every task of the project, by task id."""
    costs: dict[TaskId, Decimal] = {
        row.id: row.fixed_cost
        for row in session.execute(select(Task.id, Task.fixed_cost).where(Task.project_id == project_id))
    }
    for task_id, work, rate, per_use in session.execute(
        select(Assignment.task_id, Assignment.work, Resource.standard_rate, Resource.cost_per_use)
        .join(Resource, Resource.id == Assignment.resource_id)
        .join(Task, Task.id == Assignment.task_id)
        .where(Task.project_id == project_id)
        .order_by(Assignment.id)
    ):
        costs[task_id] += assignment_cost(work, rate, per_use)
    return costs


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def split_exact(total: int, weights: list[int]) -> list[int]:
    """Split the integer ``total`` in proportion to ``weights`` (not all zero) so the parts add up to ``total``.

    Largest-remainder method; ties go to the earlier part, so the result is deterministic.
    """
    weight_sum = sum(weights)
    if weight_sum <= 0:
        raise ValueError("cannot split over weights that are all zero")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    parts = [magnitude * weight // weight_sum for weight in weights]
    remainders = [magnitude * weight % weight_sum for weight in weights]
    missing = magnitude - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:missing]:
        parts[index] += 1
    return [sign * part for part in parts]


def spread_by_week(
    day_minutes: Mapping[dt.date, int], work: int, cost: Decimal, fallback_day: dt.date
) -> list[WeekRow]:
    """Spread ``work`` and ``cost`` over weeks in proportion to the working minutes of each day.

    Args:
        day_minutes: working minutes of the task on each day (days with 0 are skipped).
        work: person-minutes to spread.
        cost: money to spread (split to the cent).
        fallback_day: the day that takes everything when no day has working minutes (a milestone).

    Returns:
        One row per week with working minutes, ordered by week; work and cost add up exactly to the totals.
    """
    weekly: dict[dt.date, int] = defaultdict(int)
    for day, minutes in day_minutes.items():
        if minutes > 0:
            weekly[week_start(day)] += minutes
    if not weekly:
        return [(week_start(fallback_day), work, cost)]
    weeks = sorted(weekly)
    weights = [weekly[week] for week in weeks]
    works = split_exact(work, weights)
    cents = split_exact(to_cents(cost), weights)
    return [
        (week, week_work, from_cents(week_cents))
        for week, week_work, week_cents in zip(weeks, works, cents, strict=True)
    ]


def daily_working_minutes(
    working_minutes_until: Callable[[dt.datetime], int], start: dt.datetime, finish: dt.datetime
) -> dict[dt.date, int]:
    """Working minutes of each day between ``start`` and ``finish``.

    Args:
        working_minutes_until: working minutes of the calendar from a fixed origin up to a moment (monotonic).
    """
    minutes: dict[dt.date, int] = {}
    day = start.date()
    while day <= finish.date():
        midnight = dt.datetime.combine(day, dt.time())
        day_start = max(start, midnight)
        day_end = min(finish, midnight + dt.timedelta(days=1))
        worked = working_minutes_until(day_end) - working_minutes_until(day_start)
        if worked > 0:
            minutes[day] = worked
        day += dt.timedelta(days=1)
    return minutes


@dataclass(slots=True)
class _Plan:
    """The tasks of a project as the baseline needs them, with their own (not rolled-up) work and cost."""

    rows: dict[int, Any]  # Row(id, parent_id, is_summary, start, finish, duration, work)
    children: dict[int, list[int]]
    own_cost: dict[TaskId, Decimal]
    assigned_work: dict[int, int]
    calendars: dict[TaskId, CalendarId | None]  # the calendar each task is scheduled on (None: the project's)


def _read_plan(session: Session, project_id: ProjectId) -> _Plan:
    rows = session.execute(
        select(
            Task.id,
            Task.parent_id,
            Task.is_summary,
            Task.start,
            Task.finish,
            Task.duration,
            Task.work,
        )
        .where(Task.project_id == project_id)
        .order_by(Task.id)
    ).all()
    children: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row.parent_id is not None:
            children[row.parent_id].append(row.id)
    assigned_work: dict[int, int] = defaultdict(int)
    for task_id, work in session.execute(
        select(Assignment.task_id, Assignment.work)
        .join(Task, Task.id == Assignment.task_id)
        .where(Task.project_id == project_id)
    ):
        assigned_work[task_id] += work
    # Each task's work is spread over the calendar it is scheduled on (its own, or its resources').
    calendars = schedule_service.working_calendars(session, project_id)
    return _Plan({row.id: row for row in rows}, children, task_costs(session, project_id), assigned_work, calendars)


class _Calendars:
    """Working-time indexes of the project's calendars, built on first use."""

    def __init__(self, session: Session, project: Project, origin: dt.date) -> None:
        self._specs: dict[int, working_time.CalendarSpec] = {
            int(key): spec for key, spec in schedule_service.calendar_specs(session, project.id).items()
        }
        self._project_calendar = project.calendar_id if project.calendar_id in self._specs else None
        self._origin = origin
        self._indexes: dict[int | None, working_time.WorkingTimeIndex] = {}

    def index(self, calendar_id: int | None) -> working_time.WorkingTimeIndex:
        """The index of ``calendar_id``, or of the project calendar when None or unknown."""
        key = calendar_id if calendar_id in self._specs else self._project_calendar
        if key not in self._indexes:
            spec = self._specs[key] if key is not None else working_time.standard_calendar()
            self._indexes[key] = working_time.WorkingTimeIndex(spec, self._origin)
        return self._indexes[key]


def _roll_up(plan: _Plan, calendars: _Calendars) -> dict[int, tuple[int, Decimal, dict[dt.date, tuple[int, Decimal]]]]:
    """Work, cost and weekly values of every task, summaries rolled up from their descendants."""
    values: dict[int, tuple[int, Decimal, dict[dt.date, tuple[int, Decimal]]]] = {}

    def visit(task_id: int) -> None:
        row = plan.rows[task_id]
        kids = plan.children.get(task_id, [])
        work = plan.assigned_work.get(task_id, 0) if kids else row.work
        cost = plan.own_cost[TaskId(task_id)]
        weeks: dict[dt.date, tuple[int, Decimal]] = {}
        if row.start is not None and row.finish is not None:
            index = calendars.index(plan.calendars.get(row.id))
            day_minutes = daily_working_minutes(index.to_minutes, row.start, row.finish)
            for week, week_work, week_cost in spread_by_week(day_minutes, work, cost, row.start.date()):
                weeks[week] = (week_work, week_cost)
        for kid in kids:
            visit(kid)
            kid_work, kid_cost, kid_weeks = values[kid]
            work += kid_work
            cost += kid_cost
            for week, (week_work, week_cost) in kid_weeks.items():
                previous_work, previous_cost = weeks.get(week, (0, ZERO))
                weeks[week] = (previous_work + week_work, previous_cost + week_cost)
        values[task_id] = (work, cost, weeks)

    for task_id, row in plan.rows.items():
        if row.parent_id is None or row.parent_id not in plan.rows:
            visit(task_id)
    return values


def set_baseline(
    session: Session,
    project_id: ProjectId,
    number: int,
    *,
    name: str = "",
    reason: str = "",
    change_request_id: ChangeRequestId | None = None,
    saved_at: dt.datetime,
) -> Baseline:
    """Save the project's current schedule as baseline ``number``, replacing any baseline with that number.

    Reads the scheduled ``start``/``finish`` of the tasks (reschedule first), their duration, work and cost.

    Raises:
        ValueError: ``number`` is not 0-10.
    """
    check_number(number)
    clear_baseline(session, project_id, number)
    project = session.get_one(Project, project_id)
    baseline = Baseline(
        project_id=project_id,
        number=number,
        name=name or f"Baseline {number}",
        saved_at=saved_at,
        reason=reason,
        change_request_id=change_request_id,
    )
    session.add(baseline)
    session.flush()

    plan = _read_plan(session, project_id)
    dated = [row.start for row in plan.rows.values() if row.start is not None]
    calendars = _Calendars(session, project, min(dated).date() if dated else project.start.date())
    values = _roll_up(plan, calendars)
    task_values: list[dict[str, Any]] = []
    timephased_values: list[dict[str, Any]] = []
    for task_id, row in plan.rows.items():
        work, cost, weeks = values[task_id]
        duration = row.duration
        if plan.children.get(task_id) or row.is_summary:
            has_dates = row.start is not None and row.finish is not None
            duration = max(0, calendars.index(None).working_between(row.start, row.finish)) if has_dates else 0
        task_values.append(
            {
                "baseline_id": baseline.id,
                "task_id": task_id,
                "start": row.start,
                "finish": row.finish,
                "duration": duration,
                "work": work,
                "cost": cost,
            }
        )
        timephased_values.extend(
            {
                "baseline_id": baseline.id,
                "task_id": task_id,
                "period_start": week,
                "period_days": 7,
                "work": week_work,
                "cost": week_cost,
            }
            for week, (week_work, week_cost) in sorted(weeks.items())
        )
    if task_values:
        session.execute(insert(BaselineTask), task_values)
    if timephased_values:
        session.execute(insert(BaselineTimephased), timephased_values)
    return baseline


def clear_baseline(session: Session, project_id: ProjectId, number: int) -> bool:
    """Delete baseline ``number`` of the project with its task and time-phased rows; False if there was none.

    Raises:
        ValueError: ``number`` is not 0-10.
    """
    check_number(number)
    baseline_id = session.scalars(
        select(Baseline.id).where(Baseline.project_id == project_id, Baseline.number == number)
    ).first()
    if baseline_id is None:
        return False
    # Explicit child deletes: the file may be opened without foreign-key cascades.
    session.execute(delete(BaselineTimephased).where(BaselineTimephased.baseline_id == baseline_id))
    session.execute(delete(BaselineTask).where(BaselineTask.baseline_id == baseline_id))
    session.execute(delete(Baseline).where(Baseline.id == baseline_id))
    return True


@dataclass(frozen=True, slots=True)
class BaselineSnapshot:
    """The rows of baseline ``number`` exactly as stored (ids included), or none: what Set baseline replaced, so
    undo can put it back, and what it wrote, so redo can put that back without recomputing."""

    number: int
    baseline: Mapping[str, Any] | None
    tasks: tuple[Mapping[str, Any], ...] = ()
    timephased: tuple[Mapping[str, Any], ...] = ()


def snapshot_baseline(session: Session, project_id: ProjectId, number: int) -> BaselineSnapshot:
    """Baseline ``number`` of the project as plain column values (an empty snapshot when there is none).

    Raises:
        ValueError: ``number`` is not 0-10.
    """
    check_number(number)
    baseline_table, task_table, timephased_table = (
        Baseline.__table__,
        BaselineTask.__table__,
        BaselineTimephased.__table__,
    )
    row = (
        session.execute(
            select(baseline_table).where(baseline_table.c.project_id == project_id, baseline_table.c.number == number)
        )
        .mappings()
        .first()
    )
    if row is None:
        return BaselineSnapshot(number, None)
    baseline_id = row["id"]
    tasks = session.execute(select(task_table).where(task_table.c.baseline_id == baseline_id)).mappings().all()
    timephased = (
        session.execute(select(timephased_table).where(timephased_table.c.baseline_id == baseline_id)).mappings().all()
    )
    return BaselineSnapshot(number, dict(row), tuple(map(dict, tasks)), tuple(map(dict, timephased)))


def restore_baseline(session: Session, project_id: ProjectId, snapshot: BaselineSnapshot) -> None:
    """Make baseline ``snapshot.number`` of the project exactly the snapshot: its rows with their ids, or no baseline
    with that number when the snapshot is empty. Task rows of tasks deleted since are left out."""
    clear_baseline(session, project_id, snapshot.number)
    if snapshot.baseline is None:
        return
    session.execute(insert(Baseline), [dict(snapshot.baseline)])
    existing = set(session.scalars(select(Task.id).where(Task.project_id == project_id)))
    tasks = [dict(row) for row in snapshot.tasks if row["task_id"] in existing]
    timephased = [dict(row) for row in snapshot.timephased if row["task_id"] in existing]
    if tasks:
        session.execute(insert(BaselineTask), tasks)
    if timephased:
        session.execute(insert(BaselineTimephased), timephased)
    session.expire_all()
