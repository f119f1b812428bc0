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
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import partial
from itertools import accumulate, count
from operator import itemgetter
from typing import Any, Final, NamedTuple, TypeVar, cast

from sqlalchemy import ColumnElement, Integer, Table, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from model import entities
from model.enums import (
    ChangeRequestStatus,
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
    BaselineId,
    CalendarId,
    ChangeRequestId,
    ContractId,
    DependencyId,
    ProjectId,
    ResourceId,
    RiskId,
    TaskId,
)
from model.money import from_cents, to_cents
from model.planning import MINUTES_PER_DAY
from services import store


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
class BaselineRow:
    """A saved baseline: its number (0-10), name, when it was saved, why and the change request that approved it."""

    id: BaselineId
    number: int
    name: str
    saved_at: dt.datetime
    reason: str
    change_request_id: ChangeRequestId | None


@dataclass(frozen=True, slots=True)
class ChangeRequestRow:
    """A change request as a chooser lists it (a re-baseline names an approved one)."""

    id: ChangeRequestId
    code: str
    title: str
    status: ChangeRequestStatus


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
            _promote_to_oldest_generation()
            gc.enable()


def _promote_to_oldest_generation() -> None:
    """Move every tracked object into the collector's oldest generation, in constant time (``freeze`` empties the
    generations into the permanent one, ``unfreeze`` puts that into the oldest). The rows just built live as long as
    the view that asked for them: without this, the first young collection after the pause would walk all 100,000
    of them (0.1 s) only to promote them there."""
    gc.freeze()
    gc.unfreeze()


def task_rows(session: Session, project_id: ProjectId, baseline: int = 0) -> list[TaskRow]:
    """Every task of the project in outline order (depth first, siblings by position), with baseline ``baseline``
    (0-10) dates, predecessor text, resource names and cost: three set-based selects (tasks with baseline dates,
    links, assignments), assembled in Python."""
    with _collector_paused():
        return _task_rows(session, project_id, baseline)


def _task_rows(session: Session, project_id: ProjectId, baseline: int) -> list[TaskRow]:
    # The three big selects go straight to the driver's cursor: SQLAlchemy's Row objects and result processors
    # (int -> bool, text -> datetime, enum lookups) would cost a quarter of the budget; the conversions are done
    # below, once per distinct value, with the same results (datetime.fromisoformat is SQLAlchemy's own parser).
    minutes_per_day = session.scalar(select(_PROJECT.c.minutes_per_day).where(_PROJECT.c.id == project_id))
    baseline_id = session.scalar(
        select(_BASELINE.c.id).where(_BASELINE.c.project_id == project_id, _BASELINE.c.number == baseline)
    )
    # A file normally holds one project: then table scans in id order beat 100,000 lookups through indexes.
    scoped = session.scalar(select(func.count()).select_from(_PROJECT)) != 1
    cursor = store.driver_connection(session)
    if baseline_id is None:
        rows = cursor.execute(_TASKS_SQL[scoped], (project_id,) if scoped else ()).fetchall()
    else:  # one probe of the (baseline_id, task_id) unique index per task
        sql = _BASELINE_TASKS_SQL[scoped]
        rows = cursor.execute(sql, (baseline_id, project_id) if scoped else (baseline_id,)).fetchall()
    link_rows = cursor.execute(_DEPENDENCIES_SQL[scoped], (project_id,) if scoped else ()).fetchall()
    uid_texts = dict(map(itemgetter(0, 21), rows))
    predecessors = _predecessor_texts(link_rows, uid_texts, minutes_per_day or MINUTES_PER_DAY)
    assignment_rows = cursor.execute(_ASSIGNMENTS_SQL[scoped], (project_id,) if scoped else ()).fetchall()
    names, cost_sixtieths = _assignment_totals(assignment_rows)

    ordered, levels, spans = _outline(rows)
    totals = _rolled_up_cents(ordered, spans, cost_sixtieths)
    return _make_rows(ordered, levels, totals, predecessors, names)


def _make_rows(
    tasks: list[Any], levels: list[int], totals: list[int], predecessors: dict[int, str], names: dict[int, str]
) -> list[TaskRow]:
    """Task rows from raw task tuples (columns as in ``_TASK_COLUMNS``), their outline levels and costs (cents)."""
    flag = (False, True)
    # Many tasks share a date: one datetime each (None is preset, fromisoformat never sees it).
    moment: store.Memo[str | None, dt.datetime | None] = store.Memo(
        cast(Callable[[str | None], Any], dt.datetime.fromisoformat)
    )
    moment[None] = None
    units, constraints = _UNITS, _CONSTRAINTS
    amounts = store.Memo(from_cents)  # and an amount (0.00 first): one Decimal each
    texts, resource_names = predecessors.get, names.get
    make = partial(tuple.__new__, TaskRow)  # what TaskRow._make does, without its Python frame
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
                flag[row[6]],
                flag[row[7]],
                row[8],
                units[row[9]],
                moment[row[10]],
                moment[row[11]],
                row[12],
                row[13],
                flag[row[14]],
                constraints[row[15]],
                moment[row[16]],
                moment[row[17]],
                moment[row[19]],
                moment[row[20]],
                texts(row[0], ""),
                resource_names(row[0], ""),
                amounts[total],
            )
        )
        for row, level, total in zip(tasks, levels, totals, strict=True)
    ]


def refreshed_task_rows(
    session: Session,
    project_id: ProjectId,
    previous: Mapping[TaskId, TaskRow],
    ids: Iterable[TaskId],
    baseline: int = 0,
) -> dict[TaskId, TaskRow] | None:
    """The rows of ``ids`` read again, for a view holding ``previous`` (its last read of :func:`task_rows`, by id)
    after edits that changed no cost: each row's outline level and cost are taken from ``previous``.

    Returns None when the outline changed (a task of ``ids`` was added, deleted or moved): read everything then.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    minutes_per_day = session.scalar(select(_PROJECT.c.minutes_per_day).where(_PROJECT.c.id == project_id))
    baseline_id = session.scalar(
        select(_BASELINE.c.id).where(_BASELINE.c.project_id == project_id, _BASELINE.c.number == baseline)
    )
    cursor = store.driver_connection(session)
    rows: list[Any] = []
    links: list[Any] = []
    assignments: list[Any] = []
    for chunk in (wanted[at : at + _IDS_PER_SELECT] for at in range(0, len(wanted), _IDS_PER_SELECT)):
        marks = ", ".join("?" * len(chunk))
        with_baseline = baseline_id is not None
        task_sql = f"{_TASK_SELECT[with_baseline]} WHERE t.id IN ({marks})"
        rows += cursor.execute(task_sql, (baseline_id, *chunk) if with_baseline else chunk)
        links += cursor.execute(f"{_LINK_SELECT} WHERE successor_id IN ({marks})", chunk)
        assignments += cursor.execute(f"{_ASSIGNMENT_SELECT} WHERE a.task_id IN ({marks})", chunk)
    if len(rows) != len(wanted) or any(
        row[0] not in previous or (row[2], row[3]) != (previous[row[0]].parent_id, previous[row[0]].position)
        for row in rows
    ):
        return None
    links.sort(key=itemgetter(3))
    assignments.sort(key=itemgetter(3))
    uid_texts = _UidTexts(previous)
    predecessors = _predecessor_texts(links, uid_texts, minutes_per_day or MINUTES_PER_DAY)
    names, _costs = _assignment_totals(assignments)
    levels = [previous[row[0]].outline_level for row in rows]
    cents = [to_cents(previous[row[0]].cost) for row in rows]
    return {TaskId(row.id): row for row in _make_rows(rows, levels, cents, predecessors, names)}


class ScheduledDates(NamedTuple):
    """The fields of a :class:`TaskRow` that a reschedule changes."""

    start: dt.datetime | None
    finish: dt.datetime | None
    total_float: int | None
    is_critical: bool


def scheduled_dates(session: Session, ids: Iterable[TaskId]) -> dict[TaskId, ScheduledDates]:
    """The computed dates, total float and critical flag of the tasks ``ids``: what a view holding task rows
    replaces in those the rescheduler moved (:attr:`services.edits.ChangeSet.rescheduled`)."""
    wanted = sorted(set(ids))
    cursor = store.driver_connection(session)
    moment: store.Memo[str | None, dt.datetime | None] = store.Memo(
        cast(Callable[[str | None], Any], dt.datetime.fromisoformat)
    )
    moment[None] = None
    found: dict[TaskId, ScheduledDates] = {}
    for chunk in (wanted[at : at + _IDS_PER_SELECT] for at in range(0, len(wanted), _IDS_PER_SELECT)):
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, start, finish, total_float, is_critical FROM {_TASK.name} WHERE id IN ({marks})"
        for task_id, start, finish, total_float, critical in cursor.execute(sql, chunk):
            found[task_id] = ScheduledDates(moment[start], moment[finish], total_float, bool(critical))
    return found


class _UidTexts(dict[int, str]):
    """Task uids as text, by task id, from rows a view holds (filled when first asked)."""

    def __init__(self, rows: Mapping[TaskId, TaskRow]) -> None:
        super().__init__()
        self._rows = rows

    def __missing__(self, task_id: int) -> str:
        text = self[task_id] = str(self._rows[TaskId(task_id)].uid)
        return text


_IDS_PER_SELECT: Final = 500  # well under SQLite's limit of bound parameters


_UNITS: Final = tuple(DurationUnit)
_CONSTRAINTS: Final = tuple(ConstraintType)


def _code(column: str, members: tuple[Any, ...]) -> str:
    """SQL for the index in ``members`` of the enum value in ``column``: a small int, no string to allocate."""
    return (
        f"CASE {column} "
        + " ".join(f"WHEN '{member.value}' THEN {code}" for code, member in enumerate(members))
        + " END"
    )


# Columns of the task tuples: 0 id, 1 uid, 2 parent_id, 3 position, 4 wbs, 5 name, 6 is_summary, 7 is_milestone,
# 8 duration, 9 duration_unit (index in _UNITS), 10 start, 11 finish, 12 percent_complete, 13 total_float,
# 14 is_critical, 15 constraint_type (index in _CONSTRAINTS), 16 constraint_date, 17 deadline, 18 fixed_cost
# (cents), 19-20 baseline start and finish, 21 uid as text (for predecessor texts).
_TASK_COLUMNS: Final = (
    "t.id, t.uid, t.parent_id, t.position, t.wbs, t.name, t.is_summary, t.is_milestone, t.duration, "
    f"{_code('t.duration_unit', _UNITS)}, t.start, t.finish, t.percent_complete, t.total_float, t.is_critical, "
    f"{_code('t.constraint_type', _CONSTRAINTS)}, "
    "t.constraint_date, t.deadline, t.fixed_cost, CAST(t.uid AS TEXT)"
)
_TASK_SELECT: Final = {  # by "with baseline dates" (the baseline id is the first parameter)
    False: f"SELECT {_TASK_COLUMNS.replace(', CAST', ', NULL, NULL, CAST')} FROM {_TASK.name} AS t",
    True: f"SELECT {_TASK_COLUMNS.replace(', CAST', ', b.start, b.finish, CAST')} FROM {_TASK.name} AS t "
    f"LEFT JOIN {_BASELINE_TASK.name} AS b ON b.baseline_id = ? AND b.task_id = t.id",
}
_TASKS_SQL: Final = {
    scoped: f"{_TASK_SELECT[False]}{' WHERE t.project_id = ?' if scoped else ''} ORDER BY t.id"
    for scoped in (False, True)
}
_BASELINE_TASKS_SQL: Final = {
    scoped: f"{_TASK_SELECT[True]}{' WHERE t.project_id = ?' if scoped else ''} ORDER BY t.id"
    for scoped in (False, True)
}


def _outline(rows: list[Any]) -> tuple[list[Any], list[int], list[tuple[int, int]]]:
    """Rows depth first, siblings by (position, id), with their outline levels (1 at the top) and the span
    ``(start, stop)`` of the result that each subtree with subtasks covers."""
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in rows:
        children[row[2]].append(row)
    by_position = itemgetter(3)  # rows come in id order, and the sort is stable
    for siblings in children.values():
        siblings.sort(key=by_position)
    ordered: list[Any] = []
    levels: list[int] = []
    spans: list[tuple[int, int]] = []
    stack = [iter(children.get(None, ()))]
    starts = [-1]  # per open level, the index of its parent row (none for the top level)
    while stack:
        for row in stack[-1]:
            ordered.append(row)
            levels.append(len(stack))
            subtasks = children.get(row[0])
            if subtasks:
                starts.append(len(ordered) - 1)
                stack.append(iter(subtasks))
                break
        else:
            stack.pop()
            start = starts.pop()
            if start >= 0:
                spans.append((start, len(ordered)))
    return ordered, levels, spans


def _rolled_up_cents(ordered: list[Any], spans: list[tuple[int, int]], cost_sixtieths: Mapping[int, int]) -> list[int]:
    """Per task of ``ordered``, in cents: its fixed cost plus its assignments' cost (rounded half-even per task)
    plus, for a summary task, its subtasks' totals: the sum of its own costs over its subtree's span of
    ``ordered`` (depth first), from prefix sums."""
    totals = list(map(itemgetter(18), ordered))  # fixed costs
    if cost_sixtieths:
        index = dict(zip(map(itemgetter(0), ordered), count()))
        for task_id, sixtieths in cost_sixtieths.items():
            at = index.get(task_id)
            if at is not None:  # else a task outside the outline (of another project, or orphaned)
                quotient, remainder = divmod(60 * totals[at] + sixtieths, 60)  # _round_sixtieths, inlined
                totals[at] = quotient + (remainder > 30 or (remainder == 30 and quotient % 2 == 1))
    if spans:
        sums = list(accumulate(totals, initial=0))
        for start, stop in spans:
            totals[start] = sums[stop] - sums[start]
    return totals


def _round_sixtieths(sixtieths: int) -> int:
    """``sixtieths / 60`` rounded half-even to an integer (work is in minutes, rates per hour)."""
    quotient, remainder = divmod(sixtieths, 60)
    if remainder > 30 or (remainder == 30 and quotient % 2):
        quotient += 1
    return quotient


# A link's lag as one value: a small int (no object to allocate) for each type without lag, the common case, else
# "type lag_kind lag lag_percent" as text.
_LINK_TYPES: Final = tuple(DependencyType)
_LINK_LAG_TEXT: Final = "type || ' ' || lag_kind || ' ' || lag || ' ' || lag_percent"
_LINK_LAG: Final = (
    "CASE WHEN lag = 0 AND lag_percent = 0 THEN CASE type "
    + " ".join(f"WHEN '{member.value}' THEN {code}" for code, member in enumerate(_LINK_TYPES))
    + f" ELSE {_LINK_LAG_TEXT} END ELSE {_LINK_LAG_TEXT} END"
)
_LINK_SELECT: Final = f"SELECT successor_id, predecessor_id, {_LINK_LAG}, id FROM {_DEPENDENCY.name}"
_DEPENDENCIES_SQL: Final = {
    scoped: f"{_LINK_SELECT}"
    f"{f' WHERE predecessor_id IN (SELECT id FROM {_TASK.name} WHERE project_id = ?)' if scoped else ''}"
    " ORDER BY id"
    for scoped in (False, True)
}


def _predecessor_texts(links: list[Any], uid_texts: Mapping[int, str], minutes_per_day: int) -> dict[int, str]:
    """Per successor task id, its predecessor text, from link rows (successor id, predecessor id, lag code) in
    creation order and the predecessors' uids as text."""
    if not links:
        return {}
    lag_texts: dict[int | str, str] = {}  # few distinct lags in a project: format each once
    for lag in set(map(itemgetter(2), links)):
        if isinstance(lag, int):
            lag_texts[lag] = _LINK_TYPES[lag].value
        else:
            link_type, lag_kind, minutes, percent = lag.rsplit(" ", 3)
            lag_texts[lag] = f"{link_type}{lag_text(lag_kind, int(minutes), float(percent), minutes_per_day)}"
    texts: dict[int, str] = {}
    text_of = texts.get
    for successor_id, predecessor_id, lag, *_order in links:  # most tasks have one or two predecessors: no list to join
        text = text_of(successor_id)
        part = uid_texts[predecessor_id] + lag_texts[lag]
        texts[successor_id] = part if text is None else f"{text}, {part}"
    return texts


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


_ASSIGNMENT_SELECT: Final = (
    f"SELECT a.task_id, r.name, a.work * r.standard_rate + 60 * r.cost_per_use, a.id FROM {_ASSIGNMENT.name} AS a "
    f"JOIN {_RESOURCE.name} AS r ON r.id = a.resource_id"
)
_ASSIGNMENTS_SQL: Final = {
    scoped: f"{_ASSIGNMENT_SELECT}{' WHERE r.project_id = ?' if scoped else ''} ORDER BY a.id"
    for scoped in (False, True)
}


def _assignment_totals(assignments: list[Any]) -> tuple[dict[int, str], dict[int, int]]:
    """Per task: resource names, and assignment cost in sixtieths of a cent (work minutes x cents per hour), from
    assignment rows (task id, resource name, cost) in creation order."""
    names: dict[int, str] = {}
    costs: dict[int, int] = {}
    names_of = names.get
    for task_id, name, sixtieths, *_order in assignments:
        text = names_of(task_id)
        if text is None:
            names[task_id] = name
            costs[task_id] = sixtieths
        else:
            names[task_id] = f"{text}, {name}"
            costs[task_id] += sixtieths
    return names, costs


def dependency_rows(
    session: Session, project_id: ProjectId, touching: Iterable[TaskId] | None = None
) -> list[DependencyRow]:
    """Every link of the project, in creation order; only those from or to a task of ``touching`` when given."""
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
    if touching is None:
        return [DependencyRow(*row) for row in session.execute(query).all()]
    wanted = sorted(set(touching))
    found: dict[int, DependencyRow] = {}
    for chunk in (wanted[at : at + _IDS_PER_SELECT] for at in range(0, len(wanted), _IDS_PER_SELECT)):
        near = query.where(dependency.c.predecessor_id.in_(chunk) | dependency.c.successor_id.in_(chunk))
        found.update((row[0], DependencyRow(*row)) for row in session.execute(near).all())
    return [found[link_id] for link_id in sorted(found)]


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


def baseline_rows(session: Session, project_id: ProjectId) -> list[BaselineRow]:
    """Every saved baseline of the project, by number."""
    return _entity_rows(session, BaselineRow, _BASELINE, _BASELINE.c.project_id == project_id, order="number")


def change_request_rows(session: Session, project_id: ProjectId) -> list[ChangeRequestRow]:
    """Every change request of the project, by code."""
    change_request = _table(entities.ChangeRequest)
    return _entity_rows(
        session, ChangeRequestRow, change_request, change_request.c.project_id == project_id, order="code"
    )


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
