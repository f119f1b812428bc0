"""The mapping layer between the database and the pure scheduling engine.

``reschedule`` reads tasks, links and calendars as plain values (Core selects, no ORM objects in the hot path),
runs :func:`services.scheduling.compute` and writes the derived dates back in bulk, inside the caller's transaction.
"""

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import ne
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from model.entities import (
    Calendar,
    CalendarException,
    CalendarExceptionInterval,
    CalendarHolidayLayer,
    CalendarWorkInterval,
    Project,
    Task,
)
from model.enums import ConstraintType, DependencyType, HolidayLayer, LagKind, ResourceKind
from model.ids import CalendarId, ProjectId, TaskId
from services import edits, i18n, recurrence, scheduling, store, working_time

_ = i18n.translate
CONTEXT = "schedule"
PROJECT_CALENDAR_KEY = "project"
_IDS_PER_SELECT = 500  # well under SQLite's limit of bound parameters
RECURRENCE_HORIZON_DAYS = 50 * 366  # an open-ended recurring exception is expanded over 50 years


@dataclass(frozen=True, slots=True)
class ScheduleIssue:
    """A problem of the network, for people: the tasks named by WBS, name and uid.

    Attributes:
        kind: the engine's problem kind (``cycle``, ``missing-task``, ``constraint-conflict``, ``deadline-missed``...).
        task_uids: the tasks concerned (for a cycle, in link order).
        message: one sentence.
    """

    kind: str
    task_uids: tuple[int, ...]
    message: str


@dataclass(frozen=True, slots=True)
class ScheduleSummary:
    """What a reschedule produced: the project's span, counts and the problems found (one sentence each)."""

    project_start: dt.datetime
    project_finish: dt.datetime
    status_date: dt.date | None
    task_count: int
    critical_count: int
    problems: tuple[ScheduleIssue, ...]
    result: scheduling.ScheduleResult
    moved: frozenset[TaskId] = frozenset()  # the tasks whose stored dates, floats or critical flag changed


def calendar_specs(session: Session, project_id: ProjectId) -> dict[CalendarId, working_time.CalendarSpec]:
    """Read every calendar of the project as an engine ``CalendarSpec``.

    A calendar without any work interval of its own takes its base calendar's week; exceptions and holiday layers
    of the base calendar apply too, the calendar's own exceptions last.
    """
    calendars = session.execute(
        select(Calendar.id, Calendar.base_calendar_id).where(Calendar.project_id == project_id)
    ).all()
    weeks: dict[int, list[list[tuple[int, int]]]] = defaultdict(lambda: [[] for _ in range(7)])
    for calendar_id, weekday, start, end in session.execute(
        select(
            CalendarWorkInterval.calendar_id,
            CalendarWorkInterval.weekday,
            CalendarWorkInterval.start_minute,
            CalendarWorkInterval.end_minute,
        ).order_by(CalendarWorkInterval.calendar_id, CalendarWorkInterval.weekday, CalendarWorkInterval.start_minute)
    ):
        weeks[calendar_id][weekday].append((start, end))
    exception_intervals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for exception_id, start, end in session.execute(
        select(
            CalendarExceptionInterval.exception_id,
            CalendarExceptionInterval.start_minute,
            CalendarExceptionInterval.end_minute,
        ).order_by(CalendarExceptionInterval.start_minute)
    ):
        exception_intervals[exception_id].append((start, end))
    exceptions: dict[int, list[working_time.CalendarException]] = defaultdict(list)
    for exception in session.execute(
        select(
            CalendarException.id,
            CalendarException.calendar_id,
            CalendarException.start,
            CalendarException.end,
            CalendarException.recurrence,
            CalendarException.until,
        ).order_by(CalendarException.start)
    ):
        intervals = tuple(exception_intervals.get(exception.id, ()))
        if exception.recurrence:
            # Each occurrence spans as many days as the first one.
            span = exception.end - exception.start
            last = exception.until or exception.start + dt.timedelta(days=RECURRENCE_HORIZON_DAYS)
            exceptions[exception.calendar_id].extend(
                working_time.CalendarException(start=day, end=day + span, intervals=intervals)
                for day in recurrence.occurrences_of(exception.recurrence, exception.start, last)
            )
        else:
            exceptions[exception.calendar_id].append(
                working_time.CalendarException(start=exception.start, end=exception.end, intervals=intervals)
            )
    layers: dict[int, list[HolidayLayer]] = defaultdict(list)
    for calendar_id, layer in session.execute(select(CalendarHolidayLayer.calendar_id, CalendarHolidayLayer.layer)):
        layers[calendar_id].append(layer)

    base_of = {row.id: row.base_calendar_id for row in calendars}

    def chain(calendar_id: int) -> list[int]:
        """The calendar and its bases, base first (guarded against base cycles)."""
        seen: list[int] = []
        current: int | None = calendar_id
        while current is not None and current not in seen:
            seen.append(current)
            current = base_of.get(current)
        return list(reversed(seen))

    specs: dict[CalendarId, working_time.CalendarSpec] = {}
    for row in calendars:
        lineage = chain(row.id)
        # No work interval anywhere in the chain: an empty week, which the engine reports as a problem.
        week: list[list[tuple[int, int]]] = next(
            (weeks[c] for c in reversed(lineage) if c in weeks), [[] for _ in range(7)]
        )
        specs[row.id] = working_time.CalendarSpec(
            week=tuple(tuple(day) for day in week),
            exceptions=tuple(exception for c in lineage for exception in exceptions.get(c, ())),
            holiday_layers=tuple(dict.fromkeys(layer for c in lineage for layer in layers.get(c, ()))),
        )
    return specs


def schedule_input(session: Session, project_id: ProjectId, status_date: dt.date | None) -> scheduling.ScheduleInput:
    """Read the project's network into the engine's plain input values."""
    settings = _settings(session, project_id, status_date)
    connection = store.driver_connection(session)
    tasks = _task_inputs(connection.execute(_TASKS_SQL, (project_id,)), settings.calendar_keys)
    links = [link for _link_id, link in _link_inputs(connection.execute(_LINKS_SQL, (project_id,)))]
    return settings.input(tasks, links)


@dataclass(frozen=True, slots=True)
class _Settings:
    """The project-wide part of a schedule input: start, calendars, status moment."""

    project_start: dt.datetime
    calendars: dict[str, working_time.CalendarSpec]
    project_calendar: str
    calendar_keys: dict[int, str]
    status_moment: dt.datetime | None

    def input(self, tasks: list[scheduling.TaskInput], links: list[scheduling.LinkInput]) -> scheduling.ScheduleInput:
        return scheduling.ScheduleInput(
            project_start=self.project_start,
            tasks=tasks,
            links=links,
            calendars=self.calendars,
            project_calendar=self.project_calendar,
            status_date=self.status_moment,
        )


def _settings(session: Session, project_id: ProjectId, status_date: dt.date | None) -> _Settings:
    project = session.get_one(Project, project_id)
    specs = calendar_specs(session, project_id)
    calendars: dict[str, working_time.CalendarSpec] = {str(key): spec for key, spec in specs.items()}
    if project.calendar_id is not None and project.calendar_id in specs:
        project_calendar = str(project.calendar_id)
    else:
        project_calendar = PROJECT_CALENDAR_KEY
        calendars[PROJECT_CALENDAR_KEY] = working_time.standard_calendar()
    calendar_keys: dict[int, str] = {int(calendar_id): str(calendar_id) for calendar_id in specs}
    return _Settings(project.start, calendars, project_calendar, calendar_keys, _status_moment(status_date))


def _task_inputs(rows: Iterable[Any], calendar_keys: dict[int, str]) -> list[scheduling.TaskInput]:
    """Engine tasks from rows of ``_TASK_COLUMNS``."""
    moment = store.Memo(_parse_moment)
    constraint = store.Memo(ConstraintType)
    calendar_key = calendar_keys.get
    return [
        scheduling.TaskInput(
            id=row[0],
            parent_id=row[1],
            duration=row[2],
            elapsed=bool(row[3]),
            milestone=bool(row[4]),
            constraint=constraint[row[5]],
            constraint_date=moment[row[6]],
            deadline=moment[row[7]],
            calendar=None if row[8] is None else calendar_key(row[8]),
            actual_start=moment[row[9]],
            actual_finish=moment[row[10]],
            percent_complete=row[11],
            remaining_duration=row[12],
            leveling_delay=row[13],
        )
        for row in rows
    ]


def _link_inputs(rows: Iterable[Any]) -> list[tuple[int, scheduling.LinkInput]]:
    """Engine links, with their ids, from rows of ``_LINK_COLUMNS``."""
    link_type = store.Memo(DependencyType)
    lag_kind = store.Memo(LagKind)
    return [
        (
            row[6],
            scheduling.LinkInput(
                predecessor=row[0],
                successor=row[1],
                type=link_type[row[2]],
                lag_kind=lag_kind[row[3]],
                lag_minutes=row[4],
                lag_percent=row[5],
            ),
        )
        for row in rows
    ]


# Raw selects (see store.driver_connection): 10,000 rows through SQLAlchemy's result processing cost a third of a
# reschedule. Enum columns hold the members' values, date-times SQLAlchemy's text format; both are converted once
# per distinct value (store.Memo).
# The calendar a task works on, as MS Project chooses it: the task's own calendar; else the calendar its work
# resources (not materials) share, when every one of them has the same calendar; else none (the project calendar).
# Resources on different calendars would each work their assignment on their own: Belfry keeps the project calendar.
_TASK_CALENDAR = (
    "COALESCE(t.calendar_id, (SELECT CASE WHEN COUNT(*) = COUNT(r.calendar_id) AND COUNT(DISTINCT r.calendar_id) = 1 "
    "THEN MIN(r.calendar_id) END FROM assignment AS a JOIN resource AS r ON r.id = a.resource_id "
    f"WHERE a.task_id = t.id AND r.kind != '{ResourceKind.MATERIAL.value}'))"
)
_TASK_COLUMNS = (
    "t.id, t.parent_id, t.duration, t.duration_is_elapsed, t.is_milestone, t.constraint_type, t.constraint_date, "
    f"t.deadline, {_TASK_CALENDAR}, t.actual_start, t.actual_finish, t.percent_complete, t.remaining_duration, "
    "t.leveling_delay"
)
_LINK_COLUMNS = "d.predecessor_id, d.successor_id, d.type, d.lag_kind, d.lag, d.lag_percent, d.id"
_TASKS_SQL = f"SELECT {_TASK_COLUMNS} FROM task AS t WHERE t.project_id = ? ORDER BY t.id"
_LINKS_SQL = (
    f"SELECT {_LINK_COLUMNS} FROM dependency AS d JOIN task AS t ON t.id = d.successor_id WHERE t.project_id = ? "
    "ORDER BY d.id"
)


def working_calendars(session: Session, project_id: ProjectId) -> dict[TaskId, CalendarId | None]:
    """The calendar each task of the project works on (None: the project calendar), by the rule the scheduler
    uses (``_TASK_CALENDAR``): baselines and planned value spread work over the same working time."""
    rows = store.driver_connection(session).execute(
        f"SELECT t.id, {_TASK_CALENDAR} FROM task AS t WHERE t.project_id = ?", (project_id,)
    )
    return {TaskId(task_id): None if calendar_id is None else CalendarId(calendar_id) for task_id, calendar_id in rows}


def _parse_moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def _status_moment(status_date: dt.date | None) -> dt.datetime | None:
    """The status date covers its whole day: work after it starts no earlier than the next day."""
    if status_date is None:
        return None
    return dt.datetime.combine(status_date + dt.timedelta(days=1), dt.time())


_STORE_RESULTS_SQL = (
    "UPDATE task SET start = ?, finish = ?, early_start = ?, early_finish = ?, late_start = ?, late_finish = ?, "
    "total_float = ?, free_float = ?, is_critical = ? WHERE id = ?"
)
_STORED_COLUMNS = (
    "start, finish, early_start, early_finish, late_start, late_finish, total_float, free_float, is_critical, id"
)
_STORED_RESULTS_SQL = f"SELECT {_STORED_COLUMNS} FROM task WHERE project_id = ?"
_TEXTS_KEPT = 1 << 18


def stored_text(moment: dt.datetime) -> str:
    """A date-time in SQLAlchemy's SQLite storage format."""
    return moment.isoformat(" ", "microseconds")


def _texts() -> dict[dt.datetime, str]:
    """A memo of :func:`stored_text`."""
    return store.Memo(stored_text)


def _store_results(
    session: Session,
    project_id: ProjectId,
    result: scheduling.ScheduleResult,
    written: dict[int, tuple[Any, ...]] | None = None,
    texts: dict[dt.datetime, str] | None = None,
) -> tuple[list[TaskId], int]:
    """Write the computed dates of the tasks whose stored dates, floats or critical flag differ (after an edit, a
    few; in a new file, all) in one executemany; return those tasks' ids and the number of critical tasks.

    Date-times are written in SQLAlchemy's SQLite storage format, ``YYYY-MM-DD HH:MM:SS.ffffff``, and compared as
    stored (a flag as 0 or 1). ``written``, when given, holds every task's stored values (what the previous call
    wrote) instead of reading them; it is brought up to date. ``texts``, when given, is a :func:`stored_text` memo
    kept from call to call.
    """
    session.flush()
    connection = store.driver_connection(session)
    previous = (
        written
        if written is not None
        else {row[9]: row for row in connection.execute(_STORED_RESULTS_SQL, (project_id,))}
    )
    values = scheduling.task_values(result)
    dates = (
        values.start,
        values.finish,
        values.early_start,
        values.early_finish,
        values.late_start,
        values.late_finish,
    )
    # Each distinct moment is formatted once (most tasks start and finish on a few thousand working days).
    if texts is None:
        texts = _texts()
    elif len(texts) > _TEXTS_KEPT:
        texts.clear()  # the caller's memo starts again rather than growing without bound
    stored = texts.__getitem__
    ids = values.ids
    rows = list(
        zip(
            *(map(stored, column) for column in dates),
            values.total_float,
            values.free_float,
            map(int, values.critical),
            ids,
            strict=True,
        )
    )
    changed = list(compress(rows, map(ne, map(previous.get, ids), rows)))
    if changed:  # the driver refuses an executemany without parameter sets
        session.connection().exec_driver_sql(_STORE_RESULTS_SQL, changed)
    if written is not None:
        written.update((row[9], row) for row in changed)
    # Task objects loaded in this session must not keep their old dates.
    session.expire_all()
    return [TaskId(row[9]) for row in changed], sum(values.critical)


def reschedule(session: Session, project_id: ProjectId, status_date: dt.date | None = None) -> ScheduleSummary:
    """Schedule the project and store the computed dates, floats and critical flags on its tasks.

    Args:
        status_date: progress is measured at the end of this day; defaults to the project's own status date.
            When given, it is also stored as the project's status date.
    """
    project = session.get_one(Project, project_id)
    if status_date is not None:
        project.status_date = status_date
    return _run(session, project_id, schedule_input(session, project_id, project.status_date))


def _run(
    session: Session,
    project_id: ProjectId,
    network: scheduling.ScheduleInput,
    written: dict[int, tuple[Any, ...]] | None = None,
    *,
    previous: scheduling.ScheduleResult | None = None,
    changed_task_ids: Iterable[int] | None = None,
    texts: dict[dt.datetime, str] | None = None,
) -> ScheduleSummary:
    """Compute ``network`` (with :func:`services.scheduling.recompute` from ``previous``, the schedule of the same
    network before the tasks ``changed_task_ids`` changed, when given) and store the results (see
    :func:`_store_results` for ``written`` and ``texts``)."""
    project = session.get_one(Project, project_id)
    if previous is None:
        result = scheduling.compute(network)
    else:
        result = scheduling.recompute(previous, network, changed_task_ids)
    project.finish = result.project_finish
    moved, critical_count = _store_results(session, project_id, result, written, texts)
    return ScheduleSummary(
        project_start=result.project_start,
        project_finish=result.project_finish,
        status_date=project.status_date,
        task_count=len(result.tasks),
        critical_count=critical_count,
        problems=_describe_problems(session, project_id, result.problems),
        result=result,
        moved=frozenset(moved),
    )


class Rescheduler:
    """Reschedules one project after each edit of a working session (the desktop's open document).

    It keeps the network it last read, the schedule it last computed and the values it last wrote: after an edit
    whose change set lists its rows (:attr:`services.edits.ChangeSet.listed`) it reads only the tasks the edit names
    and the links touching them, recomputes from the last schedule (:func:`services.scheduling.recompute`) and
    compares the new dates with what it wrote instead of reading them back. Its owner calls :meth:`forget`
    after any other write to the project (leveling, a baseline, an import).
    """

    def __init__(self, project_id: ProjectId) -> None:
        self.project_id = project_id
        self._settings: _Settings | None = None
        self._tasks: dict[int, scheduling.TaskInput] = {}
        self._links: dict[int, scheduling.LinkInput] = {}
        self._written: dict[int, tuple[Any, ...]] = {}
        self._result: scheduling.ScheduleResult | None = None  # the last schedule computed from the held network
        self._texts = _texts()

    def forget(self) -> None:
        """Read everything again at the next reschedule."""
        self._settings = None
        self._result = None

    def reschedule(self, session: Session, changes: edits.ChangeSet | None = None) -> ScheduleSummary:
        """Like :func:`reschedule` (with the project's own status date), after ``changes`` (None: unknown)."""
        project_id = self.project_id
        partial = (
            self._settings is not None
            and changes is not None
            and changes.listed
            and not (changes.project or changes.calendars or changes.resources)  # a resource's calendar: its tasks
        )
        connection = store.driver_connection(session)
        previous: scheduling.ScheduleResult | None = None
        changed_task_ids: list[int] = []
        if partial:
            assert changes is not None
            changed_task_ids = sorted(changes.task_ids)
            previous = self._result
            self._update(connection, changed_task_ids)
        else:
            self._read_all(session)
        network = self._network()
        self._result = None
        try:
            summary = _run(
                session,
                project_id,
                network,
                self._written,
                previous=previous,
                changed_task_ids=changed_task_ids,
                texts=self._texts,
            )
        except BaseException:
            self.forget()  # the transaction rolls back: what was written is no longer known
            raise
        self._result = summary.result
        return summary

    def prepare(self, session: Session) -> None:
        """Read the network and the stored dates and compute the schedule, writing nothing (a read transaction will
        do): the first edit after opening a document then takes the fast path too. A file that cannot be read
        leaves nothing prepared; the next reschedule reads it again and reports what is wrong."""
        try:
            self._read_all(session)
            self._result = scheduling.compute(self._network())
        except (SQLAlchemyError, sqlite3.Error, LookupError, ValueError):
            self.forget()

    def _read_all(self, session: Session) -> None:
        project_id = self.project_id
        connection = store.driver_connection(session)
        project = session.get_one(Project, project_id)
        self._settings = _settings(session, project_id, project.status_date)
        calendar_keys = self._settings.calendar_keys
        self._tasks = {
            task.id: task for task in _task_inputs(connection.execute(_TASKS_SQL, (project_id,)), calendar_keys)
        }
        self._links = dict(_link_inputs(connection.execute(_LINKS_SQL, (project_id,))))
        self._written = {row[9]: row for row in connection.execute(_STORED_RESULTS_SQL, (project_id,))}

    def _network(self) -> scheduling.ScheduleInput:
        assert self._settings is not None
        return self._settings.input(
            [self._tasks[task_id] for task_id in sorted(self._tasks)],
            [self._links[link_id] for link_id in sorted(self._links)],
        )

    def _update(self, connection: Any, task_ids: list[int]) -> None:
        """Read again the tasks ``task_ids`` (gone ones are dropped) and every link from or to one of them."""
        assert self._settings is not None
        for task_id in task_ids:
            self._tasks.pop(task_id, None)
            self._written.pop(task_id, None)  # a new task reusing a deleted one's id has no dates yet
        touched = set(task_ids)
        for link_id in [
            link_id for link_id, link in self._links.items() if link.predecessor in touched or link.successor in touched
        ]:
            del self._links[link_id]
        for chunk in (task_ids[at : at + _IDS_PER_SELECT] for at in range(0, len(task_ids), _IDS_PER_SELECT)):
            marks = ", ".join("?" * len(chunk))
            rows = connection.execute(f"SELECT {_TASK_COLUMNS} FROM task AS t WHERE t.id IN ({marks})", chunk)
            self._tasks.update((task.id, task) for task in _task_inputs(rows, self._settings.calendar_keys))
            stored = connection.execute(f"SELECT {_STORED_COLUMNS} FROM task WHERE id IN ({marks})", chunk)
            self._written.update((row[9], row) for row in stored)
            sql = (
                f"SELECT {_LINK_COLUMNS} FROM dependency AS d "
                f"WHERE d.predecessor_id IN ({marks}) OR d.successor_id IN ({marks})"
            )
            self._links.update(_link_inputs(connection.execute(sql, (*chunk, *chunk))))


def _describe_problems(
    session: Session, project_id: ProjectId, problems: Sequence[scheduling.ScheduleProblem]
) -> tuple[ScheduleIssue, ...]:
    """Name the tasks of each engine problem the way a project manager knows them."""
    if not problems:
        return ()
    named = sorted({task_id for problem in problems for task_id in problem.task_ids})
    label = _(CONTEXT, '"{wbs} {name}" (uid {uid})')
    labels: dict[int, tuple[int, str]] = {}
    for chunk in (named[at : at + _IDS_PER_SELECT] for at in range(0, len(named), _IDS_PER_SELECT)):
        query = select(Task.id, Task.uid, Task.wbs, Task.name).where(Task.project_id == project_id, Task.id.in_(chunk))
        labels.update(
            (row.id, (row.uid, label.format(wbs=row.wbs, name=row.name, uid=row.uid))) for row in session.execute(query)
        )
    issues = []
    for problem in problems:
        known = [labels[task_id] for task_id in problem.task_ids if task_id in labels]
        names = [label for _uid, label in known]
        if problem.kind == "cycle" and names:
            message = _(CONTEXT, "The links {chain} form a cycle; the link back to the first task is ignored.").format(
                chain=" → ".join([*names, names[0]])
            )
        elif names:
            message = _(CONTEXT, "{problem} Tasks concerned: {tasks}.").format(
                problem=problem.message, tasks=", ".join(names)
            )
        else:
            message = problem.message
        issues.append(ScheduleIssue(problem.kind, tuple(uid for uid, _label in known), message))
    return tuple(issues)
