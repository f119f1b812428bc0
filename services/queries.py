"""Read queries that return immutable row snapshots (frozen dataclasses), never ORM objects.

Views keep ids and these rows; they refresh them from a :class:`services.edits.ChangeSet`. Values are raw: durations,
work, lags and floats in minutes, percentages 0-100, money ``Decimal``; formatting for display (days, locale) is the
GUI's job. The queries are Core selects over whole sets (no lazy loads, no query per row): :func:`task_rows` loads
100,000 tasks well within a second.

Predecessor text convention (:attr:`TaskRow.predecessors`): the predecessors' task **uids** (stable across moves,
filters and MS Project exchange, unlike row numbers), in link creation order, ", "-joined; each is
``{uid}{type}{lag}`` with the type always written (FS, SS, FF, SF) and the lag omitted when zero, else signed:
working lags in whole days ``d`` (the project's minutes per day), else whole hours ``h``, else minutes ``m``;
elapsed lags the same with ``e`` (``ed``, ``eh``, ``em``; 1,440-minute days); percent lags ``%`` of the
predecessor's duration. Example: ``"3FS, 5SS-1d, 7FF+10%, 9FS+4eh"``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from decimal import Decimal
from operator import itemgetter
from typing import Any, Final, NamedTuple, TypeVar, cast

from sqlalchemy import ColumnElement, Integer, String, Table, and_, func, literal, null, select, type_coerce, union_all
from sqlalchemy.orm import Session

from model import entities
from model.enums import (
    ConstraintType,
    CostCategory,
    DependencyType,
    DurationUnit,
    LagKind,
    ProjectStatus,
    ResourceKind,
    RiskCategory,
    RiskProximity,
    RiskResponse,
    RiskStatus,
)
from model.ids import (
    AssignmentId,
    CalendarId,
    ContractId,
    DependencyId,
    ProjectId,
    ResourceId,
    RiskId,
    TaskId,
)
from model.money import from_cents
from model.planning import MINUTES_PER_DAY


def _table(entity: type[Any]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


_PROJECT: Final = _table(entities.Project)
_TASK: Final = _table(entities.Task)
_DEPENDENCY: Final = _table(entities.Dependency)
_RESOURCE: Final = _table(entities.Resource)
_ASSIGNMENT: Final = _table(entities.Assignment)
_BASELINE: Final = _table(entities.Baseline)
_BASELINE_TASK: Final = _table(entities.BaselineTask)

MINUTES_PER_ELAPSED_DAY = 1440


# --------------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """The project's charter fields. Minutes per day/week are the project's time units."""

    id: ProjectId
    name: str
    code: str
    organisation: str
    sponsor: str
    manager: str
    description: str
    status: ProjectStatus
    currency: str
    start: dt.datetime
    finish: dt.datetime | None
    status_date: dt.date | None
    fiscal_year_start_month: int
    minutes_per_day: int
    minutes_per_week: int
    days_per_month: int
    classification: str
    language: str
    calendar_id: CalendarId | None


class TaskRow(NamedTuple):
    """One task as a view shows it, in outline order.

    A ``NamedTuple`` rather than a frozen dataclass, as immutable and as typed, because a view loads 100,000 of
    them at once: a frozen dataclass's ``__init__`` sets each of the 24 fields through ``object.__setattr__`` and
    costs five times as much, most of the one-second budget of :func:`task_rows`.

    ``duration`` and ``total_float`` in working minutes; ``outline_level`` 1 at the top level; ``baseline_start``
    and ``baseline_finish`` from the requested baseline (None when the task or baseline has none); ``predecessors``
    follows the module's convention; ``resource_names`` ", "-joined in assignment order; ``cost`` is the fixed cost
    plus, per assignment, work (hours) x standard rate + cost per use, rounded half-even to the cent per task, and
    for a summary task the sum of its subtasks' costs added to its own.
    """

    id: TaskId
    uid: int
    parent_id: TaskId | None
    position: int
    wbs: str
    name: str
    outline_level: int
    is_summary: bool
    is_milestone: bool
    duration: int
    duration_unit: DurationUnit
    start: dt.datetime | None
    finish: dt.datetime | None
    percent_complete: int
    total_float: int | None
    is_critical: bool
    constraint_type: ConstraintType
    constraint_date: dt.datetime | None
    deadline: dt.datetime | None
    baseline_start: dt.datetime | None
    baseline_finish: dt.datetime | None
    predecessors: str
    resource_names: str
    cost: Decimal


@dataclass(frozen=True, slots=True)
class DependencyRow:
    """A link; ``lag`` in minutes (working or elapsed per ``lag_kind``), ``lag_percent`` for percent lags."""

    id: DependencyId
    predecessor_id: TaskId
    successor_id: TaskId
    predecessor_uid: int
    successor_uid: int
    type: DependencyType
    lag_kind: LagKind
    lag: int
    lag_percent: float


@dataclass(frozen=True, slots=True)
class ResourceRow:
    """A resource; ``max_units`` in percent, rates per hour (per unit for materials)."""

    id: ResourceId
    uid: int
    name: str
    initials: str
    kind: ResourceKind
    organisation: str
    group: str
    email: str
    max_units: int
    standard_rate: Decimal
    overtime_rate: Decimal
    cost_per_use: Decimal
    material_label: str
    cost_category: CostCategory
    calendar_id: CalendarId | None
    contract_id: ContractId | None


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """A resource on a task; ``units`` in percent, work in person-minutes; cost as in :class:`TaskRow`."""

    id: AssignmentId
    task_id: TaskId
    resource_id: ResourceId
    task_name: str
    resource_name: str
    units: int
    work: int
    actual_work: int
    cost: Decimal


@dataclass(frozen=True, slots=True)
class CalendarRow:
    """A calendar and the calendar it derives from."""

    id: CalendarId
    uid: int
    name: str
    base_calendar_id: CalendarId | None


@dataclass(frozen=True, slots=True)
class RiskRow:
    """A risk of the register; scores 1-5, ``contingency`` money."""

    id: RiskId
    code: str
    title: str
    cause: str
    event: str
    effect: str
    is_opportunity: bool
    category: RiskCategory
    owner: str
    probability_before: int
    impact_before: int
    probability_after: int
    impact_after: int
    proximity: RiskProximity
    response: RiskResponse
    actions: str
    contingency: Decimal
    status: RiskStatus
    raised_on: dt.date
    task_id: TaskId | None

    @property
    def score_before(self) -> int:
        """Probability x impact before the response (1-25)."""
        return self.probability_before * self.impact_before

    @property
    def score_after(self) -> int:
        """Probability x impact after the response (1-25)."""
        return self.probability_after * self.impact_after


# --------------------------------------------------------------------------------------------------- queries

_Row = TypeVar("_Row")


def _entity_rows(
    session: Session, row_type: type[_Row], table: Table, *where: ColumnElement[bool], order: str = "id"
) -> list[_Row]:
    """Rows of ``row_type`` whose fields are all columns of ``table`` with the same names."""
    columns = [table.c[f.name] for f in fields(cast(Any, row_type))]
    make = cast(Callable[..., _Row], row_type)
    return [make(*row) for row in session.execute(select(*columns).where(*where).order_by(table.c[order])).all()]


def project_row(session: Session, project_id: ProjectId | None = None) -> ProjectRow:
    """The project ``project_id``, or the file's (first) project when None.

    Raises:
        LookupError: there is no such project.
    """
    where = [] if project_id is None else [_PROJECT.c.id == project_id]
    rows = _entity_rows(session, ProjectRow, _PROJECT, *where)
    if not rows:
        raise LookupError("The file holds no project." if project_id is None else f"There is no project {project_id}.")
    return rows[0]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many rows: they hold no cycles, and its repeated passes
    over 100,000 new tuples cost a third of the load time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def task_rows(session: Session, project_id: ProjectId, baseline: int = 0) -> list[TaskRow]:
    """Every task of the project in outline order (depth first, siblings by position), with baseline ``baseline``
    (0-10) dates, predecessor text, resource names and cost: three set-based selects (tasks with baseline dates,
    links, assignments), assembled in Python."""
    with _collector_paused():
        return _task_rows(session, project_id, baseline)


def _task_rows(session: Session, project_id: ProjectId, baseline: int) -> list[TaskRow]:
    task = _TASK
    minutes_per_day = session.scalar(select(_PROJECT.c.minutes_per_day).where(_PROJECT.c.id == project_id))
    query = select(
        task.c.id,
        task.c.uid,
        task.c.parent_id,
        task.c.position,
        task.c.wbs,
        task.c.name,
        task.c.is_summary,
        task.c.is_milestone,
        task.c.duration,
        type_coerce(task.c.duration_unit, String),  # raw values, mapped to members below (cheaper per row)
        task.c.start,
        task.c.finish,
        task.c.percent_complete,
        task.c.total_float,
        task.c.is_critical,
        type_coerce(task.c.constraint_type, String),
        task.c.constraint_date,
        task.c.deadline,
        type_coerce(task.c.fixed_cost, Integer),  # cents: integer arithmetic, one Decimal per row at the end
    )
    baseline_id = session.scalar(
        select(_BASELINE.c.id).where(_BASELINE.c.project_id == project_id, _BASELINE.c.number == baseline)
    )
    if baseline_id is None:
        query = query.add_columns(null(), null())
    else:  # one probe of the (baseline_id, task_id) unique index per task
        baseline_task = _BASELINE_TASK
        query = query.add_columns(baseline_task.c.start, baseline_task.c.finish).outerjoin(
            baseline_task, and_(baseline_task.c.baseline_id == baseline_id, baseline_task.c.task_id == task.c.id)
        )
    # A file normally holds one project: then table scans in id order beat 100,000 lookups through indexes.
    scoped = session.scalar(select(func.count()).select_from(_PROJECT)) != 1
    if scoped:
        query = query.where(task.c.project_id == project_id)
    children: dict[int | None, list[Any]] = defaultdict(list)
    rows = session.execute(query).all()
    for row in rows:
        children[row[2]].append(row)
    uids = {row[0]: row[1] for row in rows}
    predecessors = _predecessor_texts(session, project_id if scoped else None, uids, minutes_per_day or MINUTES_PER_DAY)
    names, cost_sixtieths = _assignment_totals(session, project_id if scoped else None)

    ordered, levels = _outline(children)
    cents = _rolled_up_cents(ordered, cost_sixtieths)
    units = {member.value: member for member in DurationUnit}
    constraints = {member.value: member for member in ConstraintType}
    amounts: dict[int, Decimal] = {}  # many tasks share an amount (0.00 first): one Decimal each
    for total in cents.values():
        if total not in amounts:
            amounts[total] = from_cents(total)
    make = TaskRow._make  # tuple.__new__ itself: no Python-level __new__ per row
    return [
        make(
            (
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                level,
                row[6],
                row[7],
                row[8],
                units[row[9]],
                row[10],
                row[11],
                row[12],
                row[13],
                row[14],
                constraints[row[15]],
                row[16],
                row[17],
                row[19],
                row[20],
                predecessors.get(row[0], ""),
                names.get(row[0], ""),
                amounts[cents[row[0]]],
            )
        )
        for row, level in zip(ordered, levels, strict=True)
    ]


def _outline(children: Mapping[int | None, list[Any]]) -> tuple[list[Any], list[int]]:
    """Rows depth first, siblings by (position, id), with their outline levels (1 at the top)."""
    by_position = itemgetter(3, 0)
    for siblings in children.values():
        siblings.sort(key=by_position)
    ordered: list[Any] = []
    levels: list[int] = []
    stack = [iter(children.get(None, ()))]
    while stack:
        for row in stack[-1]:
            ordered.append(row)
            levels.append(len(stack))
            subtasks = children.get(row[0])
            if subtasks:
                stack.append(iter(subtasks))
                break
        else:
            stack.pop()
    return ordered, levels


def _rolled_up_cents(ordered: list[Any], cost_sixtieths: Mapping[int, int]) -> dict[int, int]:
    """Per task, in cents: its fixed cost plus its assignments' cost (rounded half-even per task) plus, for a
    summary task, its subtasks' totals. ``ordered`` is depth first, so reversed it visits subtasks first."""
    cents: dict[int, int] = {}
    for row in reversed(ordered):
        task_id = row[0]
        extra = cost_sixtieths.get(task_id)
        total = row[18] if extra is None else _round_sixtieths(60 * row[18] + extra)
        if task_id in cents:
            total += cents[task_id]
        cents[task_id] = total
        parent_id = row[2]
        if parent_id is not None:
            cents[parent_id] = cents.get(parent_id, 0) + total
    return cents


def _round_sixtieths(sixtieths: int) -> int:
    """``sixtieths / 60`` rounded half-even to an integer (work is in minutes, rates per hour)."""
    quotient, remainder = divmod(sixtieths, 60)
    if remainder > 30 or (remainder == 30 and quotient % 2):
        quotient += 1
    return quotient


def _predecessor_texts(
    session: Session, project_id: ProjectId | None, uids: Mapping[int, int], minutes_per_day: int
) -> dict[int, str]:
    """Per successor task id, its predecessor text; ``project_id`` None reads every link of the file."""
    dependency = _DEPENDENCY
    query = select(
        dependency.c.successor_id,
        dependency.c.predecessor_id,
        type_coerce(dependency.c.type, String),
        type_coerce(dependency.c.lag_kind, String),
        dependency.c.lag,
        dependency.c.lag_percent,
    ).order_by(dependency.c.id)
    if project_id is not None:
        query = query.where(dependency.c.predecessor_id.in_(select(_TASK.c.id).where(_TASK.c.project_id == project_id)))
    texts: dict[int, list[str]] = defaultdict(list)
    lags: dict[tuple[str, str, int, float], str] = {}  # few distinct lags in a project: format each once
    for successor_id, predecessor_id, link_type, lag_kind, lag, lag_percent in session.execute(query).all():
        key = (link_type, lag_kind, lag, lag_percent)
        text = lags.get(key)
        if text is None:
            text = lags[key] = f"{link_type}{lag_text(lag_kind, lag, lag_percent, minutes_per_day)}"
        texts[successor_id].append(f"{uids[predecessor_id]}{text}")
    return {task_id: ", ".join(parts) for task_id, parts in texts.items()}


def lag_text(lag_kind: str, lag: int, lag_percent: float, minutes_per_day: int) -> str:
    """The lag part of a predecessor text ("", "+2d", "-4h", "+3ed", "+10%"), see the module docstring."""
    if lag_kind == LagKind.PERCENT:
        return "" if lag_percent == 0 else f"{lag_percent:+g}%"
    if lag == 0:
        return ""
    prefix, day = ("e", MINUTES_PER_ELAPSED_DAY) if lag_kind == LagKind.ELAPSED else ("", minutes_per_day)
    for size, unit in ((day, "d"), (60, "h"), (1, "m")):
        if lag % size == 0:
            return f"{lag // size:+d}{prefix}{unit}"
    raise AssertionError("unreachable: every lag is a whole number of minutes")


def _assignment_totals(session: Session, project_id: ProjectId | None) -> tuple[dict[int, str], dict[int, int]]:
    """Per task: resource names, and assignment cost in sixtieths of a cent (work minutes x cents per hour);
    ``project_id`` None reads every assignment of the file."""
    assignment, resource = _ASSIGNMENT, _RESOURCE
    query = (
        select(
            assignment.c.task_id,
            resource.c.name,
            assignment.c.work * type_coerce(resource.c.standard_rate, Integer)
            + 60 * type_coerce(resource.c.cost_per_use, Integer),
        )
        .join(resource, resource.c.id == assignment.c.resource_id)
        .order_by(assignment.c.id)
    )
    if project_id is not None:
        query = query.where(resource.c.project_id == project_id)
    names: dict[int, list[str]] = defaultdict(list)
    costs: dict[int, int] = defaultdict(int)
    for task_id, name, sixtieths in session.execute(query).all():
        names[task_id].append(name)
        costs[task_id] += sixtieths
    return {task_id: ", ".join(parts) for task_id, parts in names.items()}, costs


def dependency_rows(session: Session, project_id: ProjectId) -> list[DependencyRow]:
    """Every link of the project, in creation order."""
    predecessor, successor = _TASK.alias("predecessor"), _TASK.alias("successor")
    dependency = _DEPENDENCY
    query = (
        select(
            dependency.c.id,
            dependency.c.predecessor_id,
            dependency.c.successor_id,
            predecessor.c.uid,
            successor.c.uid,
            dependency.c.type,
            dependency.c.lag_kind,
            dependency.c.lag,
            dependency.c.lag_percent,
        )
        .join(predecessor, predecessor.c.id == dependency.c.predecessor_id)
        .join(successor, successor.c.id == dependency.c.successor_id)
        .where(predecessor.c.project_id == project_id)
        .order_by(dependency.c.id)
    )
    return [DependencyRow(*row) for row in session.execute(query).all()]


def resource_rows(session: Session, project_id: ProjectId) -> list[ResourceRow]:
    """Every resource of the project, by id."""
    return _entity_rows(session, ResourceRow, _RESOURCE, _RESOURCE.c.project_id == project_id)


def assignment_rows(session: Session, project_id: ProjectId) -> list[AssignmentRow]:
    """Every assignment of the project, in creation order, with its cost (see :class:`TaskRow`)."""
    assignment, resource, task = _ASSIGNMENT, _RESOURCE, _TASK
    query = (
        select(
            assignment.c.id,
            assignment.c.task_id,
            assignment.c.resource_id,
            task.c.name,
            resource.c.name,
            assignment.c.units,
            assignment.c.work,
            assignment.c.actual_work,
            type_coerce(resource.c.standard_rate, Integer),
            type_coerce(resource.c.cost_per_use, Integer),
        )
        .join(resource, resource.c.id == assignment.c.resource_id)
        .join(task, task.c.id == assignment.c.task_id)
        .where(resource.c.project_id == project_id)
        .order_by(assignment.c.id)
    )
    return [
        AssignmentRow(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            from_cents(_round_sixtieths(row[6] * row[8] + 60 * row[9])),
        )
        for row in session.execute(query).all()
    ]


def calendar_rows(session: Session, project_id: ProjectId) -> list[CalendarRow]:
    """Every calendar of the project, by id."""
    calendar = _table(entities.Calendar)
    return _entity_rows(session, CalendarRow, calendar, calendar.c.project_id == project_id)


def risk_rows(session: Session, project_id: ProjectId) -> list[RiskRow]:
    """Every risk of the project, by code."""
    risk = _table(entities.Risk)
    return _entity_rows(session, RiskRow, risk, risk.c.project_id == project_id, order="code")


# Keys of entity_counts and the tables they count; the order is the report order.
ENTITY_COUNT_TABLES: Final[Mapping[str, type[Any]]] = {
    "tasks": entities.Task,
    "dependencies": entities.Dependency,
    "resources": entities.Resource,
    "assignments": entities.Assignment,
    "calendars": entities.Calendar,
    "baselines": entities.Baseline,
    "cost_entries": entities.CostEntry,
    "budget_lines": entities.BudgetLine,
    "commitments": entities.Commitment,
    "invoices": entities.Invoice,
    "risks": entities.Risk,
    "issues": entities.Issue,
    "change_requests": entities.ChangeRequest,
    "decisions": entities.Decision,
    "stakeholders": entities.Stakeholder,
    "contracts": entities.Contract,
    "compliance_items": entities.ComplianceItem,
    "lessons": entities.Lesson,
    "status_periods": entities.StatusPeriod,
    "audit_entries": entities.AuditEntry,
}


def entity_counts(session: Session) -> dict[str, int]:
    """The number of rows of every entity in the file (all projects), keyed as :data:`ENTITY_COUNT_TABLES`; one
    query."""
    query = union_all(
        *(
            select(literal(key).label("key"), func.count().label("rows")).select_from(_table(entity))
            for key, entity in ENTITY_COUNT_TABLES.items()
        )
    )
    counts = {key: int(rows) for key, rows in session.execute(query).all()}
    return {key: counts[key] for key in ENTITY_COUNT_TABLES}
