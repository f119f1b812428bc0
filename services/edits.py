"""Edits as change values: ``apply(session, change)`` writes one change and returns its exact inverse.

A change is a frozen dataclass. ``apply`` validates it (refusing bad input with :class:`EditError` before
anything is written), writes it inside the caller's transaction (it never commits: ``Store.write`` does), keeps the
WBS consistent, appends :class:`~model.audit.AuditEntry` rows and returns :class:`Applied`: the inverse change and a
:class:`ChangeSet` telling views what to refresh.

How inverses work: every row-level write goes through one journal that records the before-image of what it
touches. The inverse of any change is therefore a :class:`Patch`: raw row operations that restore the exact previous
rows, ids and uids included, together with derived structure (sibling positions, WBS codes, ``is_summary``) and rows
reached by foreign-key cascades (a deleted task's subtree, dependencies, assignments, baseline rows) or ``SET NULL``
(a cost entry booked on it). The inverse of a patch is again a patch, so an undo command that keeps the inverse of
its last application for the next one replays exactly the same ids forever::

    class EditCommand(QUndoCommand):          # gui/, sketch
        def redo(self):  self._undo = store.write(lambda s: edits.apply(s, self._redo)).inverse
        def undo(self):  self._redo = store.write(lambda s: edits.apply(s, self._undo)).inverse

Units and conventions are the model's: durations, work and lags in minutes, percentages 0-100 as integers, money
as ``Decimal`` (never float), naive local ``datetime`` values. Derived scheduling data (dates, floats, criticality)
is recomputed after an edit, never written here.

Change values: :class:`SetField`, :class:`AddRow`, :class:`DeleteRow` (generic, driven by :data:`SPECS`, a whitelist
of editable fields per entity), :class:`AddTask`, :class:`DeleteTask`, :class:`MoveTask`, :class:`LinkTasks` (edits
with WBS or network rules), :class:`Batch` (several changes as one) and :class:`Patch` (an inverse).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import getpass
import math
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import Enum
from typing import Any, Final, TypeAlias, assert_never

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    UniqueConstraint,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from model import entities
from model.base import Base
from model.enums import AuditAction, DependencyType, LagKind
from model.ids import DependencyId, ProjectId, TaskId
from model.money import HundredthsType, MoneyType, to_money

# --------------------------------------------------------------------------------------------------- results


class EditError(ValueError):
    """A change refused before it was written; the message is one sentence naming the field and the value."""


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What an applied change touched, so each view refreshes only what it shows.

    ``task_ids`` are the tasks whose own row changed (including their predecessor text, resource names or cost).
    When ``schedule`` is set the scheduler recomputes and any task's dates may change; ``rescheduled`` then names the
    tasks whose computed dates, floats or critical flag did change, when the rescheduler told (None: unknown).
    ``listed`` says that ``task_ids`` is complete (true of what :func:`apply` returns; a change set made by hand for
    a bulk operation lists nothing).
    """

    project: bool = False
    tasks: bool = False
    schedule: bool = False
    budget: bool = False
    resources: bool = False
    calendars: bool = False
    risks: bool = False
    registers: bool = False
    evm: bool = False
    task_ids: frozenset[TaskId] = frozenset()
    rescheduled: frozenset[TaskId] | None = None
    listed: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.type == "bool" and f.name != "listed"
        }
        known = [part.rescheduled for part in (self, other) if part.schedule]
        rescheduled = None if not known or None in known else frozenset().union(*known)  # type: ignore[arg-type]
        return ChangeSet(
            **flags,
            task_ids=self.task_ids | other.task_ids,
            rescheduled=rescheduled,
            listed=self.listed and other.listed,
        )

    @property
    def rows_known(self) -> bool:
        """True when ``task_ids`` and ``rescheduled`` name every task whose row may differ, and no cost, calendar or
        project setting changed: a view may then re-read just those rows."""
        return (
            self.listed
            and (not self.schedule or self.rescheduled is not None)
            and not (self.project or self.calendars or self.resources or self.budget)
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing was written."""
        return dataclasses.replace(self, listed=False) == ChangeSet()


@dataclass(frozen=True, slots=True)
class Applied:
    """The result of :func:`apply`: the change that undoes it and what it touched."""

    inverse: Change
    changes: ChangeSet


# --------------------------------------------------------------------------------------------------- changes


@dataclass(frozen=True, slots=True)
class SetField:
    """Set one editable field (see :data:`SPECS`) of one row, e.g. ``SetField(Task, 7, "duration", 960)``."""

    entity: type[Base]
    row_id: int
    field: str
    value: object


@dataclass(frozen=True, slots=True)
class AddRow:
    """Insert a row of ``entity`` (not a task or a dependency: use :class:`AddTask` and :class:`LinkTasks`).

    ``values`` maps column names to values; ``project_id`` defaults to the file's only project, ``uid`` to the next
    free one, and an ``id`` may be given to pin the new row's id. Treated as read-only.
    """

    entity: type[Base]
    values: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class DeleteRow:
    """Delete a row and everything the schema cascades from it (``DeleteRow(Dependency, id)`` unlinks two tasks)."""

    entity: type[Base]
    row_id: int


@dataclass(frozen=True, slots=True)
class AddTask:
    """Insert a task under ``parent_id`` (None: top level) at ``position`` among its siblings (None: last).

    ``duration`` is in minutes (None: 0 for a milestone, else one working day of the project); ``uid`` defaults to
    the next free one; ``values`` holds further editable task fields (``notes``, ``constraint_type`` ...);
    ``project_id`` is the parent's project or, at top level, defaults to the file's only project.
    """

    parent_id: TaskId | None
    position: int | None
    name: str
    duration: int | None = None
    is_milestone: bool = False
    uid: int | None = None
    project_id: ProjectId | None = None
    task_id: TaskId | None = None
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteTask:
    """Delete a task with its whole subtree, its dependencies and its assignments (the inverse restores all)."""

    task_id: TaskId


@dataclass(frozen=True, slots=True)
class MoveTask:
    """Move a task (with its subtree) under ``new_parent_id`` (None: top level) at index ``new_position`` among its
    new siblings, the task itself not counted; indent and outdent are moves (see :func:`indent`, :func:`outdent`)."""

    task_id: TaskId
    new_parent_id: TaskId | None
    new_position: int


@dataclass(frozen=True, slots=True)
class LinkTasks:
    """Link two tasks. ``lag`` in minutes (working, or elapsed for ``LagKind.ELAPSED``; negative is a lead);
    ``lag_percent`` is the lag in % of the predecessor's duration when ``lag_kind`` is ``LagKind.PERCENT``."""

    predecessor_id: TaskId
    successor_id: TaskId
    type: DependencyType = DependencyType.FINISH_TO_START
    lag_kind: LagKind = LagKind.WORKING
    lag: int = 0
    lag_percent: float = 0.0
    dependency_id: DependencyId | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """Several changes applied in order as one (a multi-row edit, a paste); validation of each change sees the
    effect of the previous ones. Its inverse undoes them in reverse order."""

    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class PatchInsert:
    """Insert these complete rows (ids included) of ``table``."""

    table: str
    rows: tuple[Mapping[str, object], ...]


@dataclass(frozen=True, slots=True)
class PatchDelete:
    """Delete the rows of ``table`` with these primary keys (and whatever the schema cascades from them)."""

    table: str
    keys: tuple[Mapping[str, object], ...]


@dataclass(frozen=True, slots=True)
class PatchUpdate:
    """Set fields of rows of ``table`` by id; ``derived`` updates (WBS codes, positions) are not audited."""

    table: str
    rows: tuple[tuple[int, Mapping[str, object]], ...]
    derived: bool = False


PatchOp: TypeAlias = PatchInsert | PatchDelete | PatchUpdate


@dataclass(frozen=True, slots=True)
class Patch:
    """Raw row operations applied in order: what :func:`apply` returns as an inverse. Build patches only from
    :attr:`Applied.inverse`; they restore exact rows and are not validated again."""

    ops: tuple[PatchOp, ...]
    project_id: ProjectId | None = None


Change: TypeAlias = SetField | AddRow | DeleteRow | AddTask | DeleteTask | MoveTask | LinkTasks | Batch | Patch


# --------------------------------------------------------------------------------------------------- entity specs


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """How an entity may be edited: ``editable`` fields (:class:`SetField`), ``fixed`` fields that may be given only
    when the row is created (owner, uid), and whether :class:`AddRow` / :class:`DeleteRow` accept it (``None``)
    or why not (the sentence names the change to use instead)."""

    entity: type[Base]
    editable: frozenset[str]
    fixed: frozenset[str] = frozenset()
    add_refusal: str | None = None
    delete_refusal: str | None = None

    @property
    def table(self) -> Table:
        table = self.entity.__table__
        assert isinstance(table, Table)
        return table

    @property
    def label(self) -> str:
        """The entity's name in messages, e.g. "budget line"."""
        return self.table.name.replace("_", " ")


def _spec(
    entity: type[Base],
    *,
    fixed: Iterable[str] = ("project_id",),
    read_only: Iterable[str] = (),
    editable: Iterable[str] | None = None,
    add_refusal: str | None = None,
    delete_refusal: str | None = None,
) -> EntitySpec:
    """Every column but ``id``, ``fixed`` and ``read_only`` is editable unless ``editable`` lists them."""
    table = entity.__table__
    assert isinstance(table, Table)
    fixed_set = frozenset(fixed)
    if editable is None:
        editable = {c.name for c in table.columns} - {"id"} - fixed_set - set(read_only)
    return EntitySpec(entity, frozenset(editable), fixed_set, add_refusal, delete_refusal)


_TASK_STRUCTURE_HINT = "use AddTask, MoveTask or DeleteTask, which keep the WBS consistent"

SPECS: Final[Mapping[type[Base], EntitySpec]] = {
    spec.entity: spec
    for spec in (
        _spec(
            entities.Project,
            fixed=(),
            read_only=("finish",),
            add_refusal="a project is created with the file, not by an edit",
            delete_refusal="a project is deleted with its file, not by an edit",
        ),
        _spec(entities.Calendar, fixed=("project_id", "uid")),
        _spec(entities.CalendarWorkInterval, fixed=("calendar_id",)),
        _spec(entities.CalendarException, fixed=("calendar_id",)),
        _spec(entities.CalendarExceptionInterval, fixed=("exception_id",)),
        _spec(entities.CalendarHolidayLayer, fixed=("calendar_id",)),
        _spec(
            entities.Task,
            fixed=("project_id", "uid", "parent_id", "position"),
            editable=(
                *("name", "notes", "is_milestone", "duration", "duration_unit", "duration_is_elapsed", "work"),
                *("constraint_type", "constraint_date", "deadline", "priority", "calendar_id", "leveling_delay"),
                *("percent_complete", "physical_percent_complete", "actual_start", "actual_finish"),
                *("remaining_duration", "ev_technique", "ev_weight", "fixed_cost"),
            ),
            add_refusal=_TASK_STRUCTURE_HINT,
            delete_refusal=_TASK_STRUCTURE_HINT,
        ),
        _spec(
            entities.Dependency,
            fixed=("predecessor_id", "successor_id"),
            editable=("type", "lag_kind", "lag", "lag_percent"),
            add_refusal="use LinkTasks, which refuses cycles",
        ),
        _spec(entities.Resource, fixed=("project_id", "uid")),
        _spec(entities.Assignment, fixed=("task_id", "resource_id")),
        _spec(
            entities.Baseline,
            fixed=("project_id", "number"),
            editable=("name", "reason", "change_request_id"),
            add_refusal="baselines are saved by the baseline service, not by an edit",
        ),
        _spec(
            entities.StatusPeriod,
            editable=("note",),
            add_refusal="status periods are closed by the EVM service, not by an edit",
        ),
        _spec(entities.CostEntry),
        _spec(entities.BudgetLine),
        _spec(entities.Commitment, fixed=()),
        _spec(entities.Invoice, fixed=()),
        _spec(entities.Contract),
        _spec(entities.Risk),
        _spec(entities.RiskReview, fixed=("risk_id",)),
        _spec(entities.Issue),
        _spec(entities.ChangeRequest),
        _spec(entities.Decision),
        _spec(entities.Stakeholder),
        _spec(entities.ComplianceItem),
        _spec(entities.Lesson),
    )
}

_METADATA = Base.metadata
_TASK: Final = SPECS[entities.Task].table
_DEPENDENCY: Final = SPECS[entities.Dependency].table
_PROJECT: Final = SPECS[entities.Project].table
_AUDIT: Final = _METADATA.tables["audit_entry"]
_NOT_JOURNALED = frozenset({"audit_entry"})

_EARLIEST_YEAR = 1900
_LATEST_YEAR = 2200
_MONEY_LIMIT = Decimal("1e13")  # far above any public budget, far below the int64 limit of cents
_CHUNK = 500  # values per IN (...) list, under SQLite's bound-parameter limit

# Integer columns are >= 0 unless listed here as signed; these get a closed range.
_INT_RANGES: Final[Mapping[str, tuple[int, int]]] = {
    "percent_complete": (0, 100),
    "physical_percent_complete": (0, 100),
    "priority": (0, 1000),
    "probability_before": (1, 5),
    "impact_before": (1, 5),
    "probability_after": (1, 5),
    "impact_after": (1, 5),
    "probability": (1, 5),
    "impact": (1, 5),
    "power": (1, 5),
    "interest": (1, 5),
    "fiscal_year_start_month": (1, 12),
    "fiscal_year": (_EARLIEST_YEAR, _LATEST_YEAR),
    "weekday": (0, 6),
    "start_minute": (0, 1440),
    "end_minute": (0, 1440),
    "minutes_per_day": (1, 1440),
    "minutes_per_week": (1, 10080),
    "days_per_month": (1, 31),
    "baseline_number": (0, 10),
    "number": (0, 10),
}
_SIGNED_INTS = frozenset({"lag", "time_impact_days"})
_SIGNED_MONEY = frozenset({"cost_impact"})
_NON_BLANK = frozenset({"name", "title", "code", "number", "requirement"})
_LANGUAGES = ("nl", "fr", "en")


# --------------------------------------------------------------------------------------------------- validation


def _refuse(message: str) -> EditError:
    return EditError(message)


def _what(table: Table, name: str) -> str:
    return f"The {table.name.replace('_', ' ')} field '{name}'"


def _coerce(table: Table, name: str, value: object) -> Any:
    """Return ``value`` as the column stores it (enum member, money rounded to cents) or raise EditError."""
    column: Column[Any] = table.c[name]
    what = _what(table, name)
    if value is None:
        if not column.nullable:
            raise _refuse(f"{what} needs a value, not None.")
        return None
    if column.foreign_keys:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _refuse(f"{what} must be an integer id, not {value!r}.")
        return value
    for column_kind, coerce in _COERCERS:
        if isinstance(column.type, column_kind):
            return coerce(what, name, value, column.type)
    raise AssertionError(f"no coercion for {column.type!r}")  # a new column type needs a rule in _COERCERS


def _coerce_money(what: str, name: str, value: object, column_type: Any) -> Decimal:
    hundredths = isinstance(column_type, HundredthsType)
    if not isinstance(value, Decimal):
        raise _refuse(f"{what} must be a Decimal amount, not {type(value).__name__} {value!r}.")
    if not value.is_finite():
        raise _refuse(f"{what} must be a finite amount, not {value!r}.")
    amount = to_money(value)
    if hundredths and not Decimal(0) <= amount <= Decimal(100):
        raise _refuse(f"{what} must be a percentage between 0 and 100, not {value}.")
    if amount < 0 and name not in _SIGNED_MONEY:
        raise _refuse(f"{what} must not be negative, not {value}.")
    if abs(amount) >= _MONEY_LIMIT:
        raise _refuse(f"{what} is too large an amount: {value}.")
    return amount


def _coerce_enum(what: str, name: str, value: object, column_type: Any) -> Enum:
    enum_class: type[Enum] = column_type.enum_class
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in enum_class)
        raise _refuse(f"{what} must be one of {allowed}, not {value!r}.") from None


def _coerce_int(what: str, name: str, value: object, column_type: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _refuse(f"{what} must be a whole number, not {value!r}.")
    if name in _INT_RANGES:
        low, high = _INT_RANGES[name]
        if not low <= value <= high:
            raise _refuse(f"{what} must be between {low} and {high}, not {value}.")
    elif value < 0 and name not in _SIGNED_INTS:
        raise _refuse(f"{what} must not be negative, not {value}.")
    return value


def _coerce_text(what: str, name: str, value: object, column_type: Any) -> str:
    if not isinstance(value, str):
        raise _refuse(f"{what} must be text, not {value!r}.")
    if name in _NON_BLANK and not value.strip():
        raise _refuse(f"{what} must not be blank, not {value!r}.")
    if name == "language" and value not in _LANGUAGES:
        raise _refuse(f"{what} must be one of {', '.join(_LANGUAGES)}, not {value!r}.")
    if name == "currency" and not (len(value) == 3 and value.isalpha() and value.isupper()):
        raise _refuse(f"{what} must be an ISO 4217 code such as EUR, not {value!r}.")
    return value


def _coerce_bool(what: str, name: str, value: object, column_type: Any) -> bool:
    if not isinstance(value, bool):
        raise _refuse(f"{what} must be True or False, not {value!r}.")
    return value


def _coerce_datetime(what: str, name: str, value: object, column_type: Any) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        raise _refuse(f"{what} must be a naive local date and time, not {value!r}.")
    _check_year(what, value)
    return value


def _coerce_date(what: str, name: str, value: object, column_type: Any) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _refuse(f"{what} must be a date, not {value!r}.")
    _check_year(what, value)
    return value


def _coerce_float(what: str, name: str, value: object, column_type: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not math.isfinite(value):
        raise _refuse(f"{what} must be a finite number, not {value!r}.")
    return float(value)


# First match wins: money before Integer (its storage), Enum before String (its base class).
_COERCERS: Final[tuple[tuple[type[Any], Callable[[str, str, object, Any], Any]], ...]] = (
    (MoneyType, _coerce_money),
    (SqlEnum, _coerce_enum),
    (Boolean, _coerce_bool),
    (DateTime, _coerce_datetime),
    (Date, _coerce_date),
    (Float, _coerce_float),
    (Integer, _coerce_int),
    (String, _coerce_text),
)


def _check_year(what: str, value: dt.date) -> None:
    if not _EARLIEST_YEAR <= value.year <= _LATEST_YEAR:
        raise _refuse(f"{what} must fall between {_EARLIEST_YEAR} and {_LATEST_YEAR}, not {value.isoformat()}.")


def _fetch(session: Session, table: Table, row_id: int) -> dict[str, Any] | None:
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if row is None else dict(row)


def _fetch_or_refuse(session: Session, table: Table, row_id: object) -> dict[str, Any]:
    row = None
    if isinstance(row_id, int) and not isinstance(row_id, bool):
        row = _fetch(session, table, row_id)
    if row is None:
        raise _refuse(f"There is no {table.name.replace('_', ' ')} with id {row_id!r}.")
    return row


def _row_project(session: Session, table: Table, row: Mapping[str, Any]) -> ProjectId | None:
    """The project a row belongs to, following its foreign keys up to a project-scoped row."""
    if table is _PROJECT:
        return ProjectId(row["id"])
    if "project_id" in table.c:
        return ProjectId(row["project_id"]) if row["project_id"] is not None else None
    for foreign_key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        value = row.get(foreign_key.parent.name)
        target = foreign_key.column.table
        if value is None or not isinstance(target, Table):
            continue
        parent = _fetch(session, target, value)
        if parent is not None:
            return _row_project(session, target, parent)
    return None


def _only_project(session: Session) -> ProjectId:
    ids = session.scalars(select(_PROJECT.c.id).order_by(_PROJECT.c.id).limit(2)).all()
    if len(ids) != 1:
        raise _refuse(f"Name the project: the file holds {len(ids)} projects, not exactly one.")
    return ProjectId(ids[0])


def _check_row(session: Session, table: Table, row: Mapping[str, Any], row_id: int | None) -> ProjectId | None:
    """Check references, unique keys and cross-field rules of a complete would-be row; return its project."""
    project_id = _row_project(session, table, row)
    for foreign_key in table.foreign_keys:
        name = foreign_key.parent.name
        value = row.get(name)
        target = foreign_key.column.table
        if value is None or (name == "project_id" and table is not _PROJECT) or not isinstance(target, Table):
            continue
        target_row = _fetch(session, target, value)
        if target_row is None:
            raise _refuse(f"{_what(table, name)} refers to no existing {target.name.replace('_', ' ')}: {value!r}.")
        target_project = _row_project(session, target, target_row)
        if project_id is not None and target_project is not None and target_project != project_id:
            raise _refuse(f"{_what(table, name)} refers to {target.name.replace('_', ' ')} {value} of another project.")
    if "project_id" in table.c and table is not _PROJECT and _fetch(session, _PROJECT, row["project_id"]) is None:
        raise _refuse(f"{_what(table, 'project_id')} refers to no existing project: {row['project_id']!r}.")
    _check_unique(session, table, row, row_id)
    _check_cross_fields(session, table, row, row_id)
    return project_id


def _check_unique(session: Session, table: Table, row: Mapping[str, Any], row_id: int | None) -> None:
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        names = [column.name for column in constraint.columns]
        query = select(table.c.id).where(*(table.c[name] == row[name] for name in names)).limit(1)
        if row_id is not None:
            query = query.where(table.c.id != row_id)
        if session.execute(query).first() is not None:
            described = " and ".join(f"{name} {row[name]!r}" for name in names)
            raise _refuse(f"A {table.name.replace('_', ' ')} with {described} already exists.")


def _check_cross_fields(session: Session, table: Table, row: Mapping[str, Any], row_id: int | None) -> None:
    if "start_minute" in row and row["start_minute"] >= row["end_minute"]:
        raise _refuse(
            f"{_what(table, 'end_minute')} must come after start minute {row['start_minute']}, not {row['end_minute']}."
        )
    if table.name == "calendar_exception" and row["start"] > row["end"]:
        raise _refuse(f"{_what(table, 'end')} must not come before {row['start']}, not {row['end']}.")
    if (
        table.name == "task"
        and row["actual_start"]
        and row["actual_finish"]
        and row["actual_finish"] < row["actual_start"]
    ):
        raise _refuse(f"{_what(table, 'actual_finish')} must not come before the actual start: {row['actual_finish']}.")
    if table.name == "calendar" and row_id is not None:
        base = row["base_calendar_id"]
        while base is not None:
            if base == row_id:
                raise _refuse(
                    f"{_what(table, 'base_calendar_id')} cannot be {row['base_calendar_id']}: "
                    "the calendar would derive from itself."
                )
            base = session.scalar(select(table.c.base_calendar_id).where(table.c.id == base))


# --------------------------------------------------------------------------------------------------- journal


class _Journal:
    """Performs row writes with Core statements and records, for each, the operation that undoes it, the audit
    entries and the change set. Cascades are walked here, never left to SQLite, so that they are recorded too."""

    def __init__(self, session: Session, user: str) -> None:
        self.session = session
        self.user = user
        self.at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.project_id: ProjectId | None = None
        self.undo: list[PatchOp] = []
        self.audit: list[dict[str, Any]] = []
        self.flags: set[str] = set()
        self.task_ids: set[TaskId] = set()

    # writes -------------------------------------------------------------------------------------------------

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert rows (with or without ids); return their ids (empty for a table without an ``id`` column)."""
        ids: list[int] = []
        if "id" in table.c and any(row.get("id") is None for row in rows):
            for row in rows:
                ids.append(int(self.session.execute(insert(table).values(**row).returning(table.c.id)).scalar_one()))
        else:
            self.session.execute(insert(table), [dict(row) for row in rows])
            ids = [int(row["id"]) for row in rows] if "id" in table.c else []
        keys = [{"id": row_id} for row_id in ids] if ids else [_key(table, row) for row in rows]
        self.undo.append(PatchDelete(table.name, tuple(keys)))
        for row, key in zip(rows, keys, strict=True):
            full = {**row, **key}
            self._note(table, full, None)
            self._audit(table, full, AuditAction.CREATE, name="", old=None, new=_label(full))
        return ids

    def update(
        self,
        table: Table,
        changes: Sequence[tuple[int, Mapping[str, Any]]],
        *,
        derived: bool = False,
        current: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> None:
        """Set fields by id. ``current`` holds the rows' present values when the caller already read them."""
        if not changes:
            return
        if current is None:
            current = self._rows(table, table.c.id, [row_id for row_id, _ in changes])
        before: list[tuple[int, Mapping[str, Any]]] = []
        for row_id, new in changes:
            old = {name: current[row_id][name] for name in new}
            before.append((row_id, old))
            self._note(table, current[row_id], new.keys(), derived=derived)
            if not derived:
                for name, value in new.items():
                    self._audit(table, current[row_id], AuditAction.UPDATE, name=name, old=old[name], new=value)
        _execute_updates(self.session, table, changes)
        self.undo.append(PatchUpdate(table.name, tuple(before), derived))

    def delete(self, table: Table, column: Column[Any], values: Sequence[Any]) -> None:
        """Delete the rows whose ``column`` is in ``values``, first cascading to every row that refers to them."""
        if not values:
            return
        if "id" in table.c:
            ids = self._ids(table, column, values)
            if not ids:
                return
            for child in _referrers().get(table.name, ()):
                child_table = child.table
                assert isinstance(child_table, Table)
                (foreign_key,) = child.foreign_keys
                if foreign_key.ondelete == "CASCADE":
                    self.delete(child_table, child, ids)
                elif foreign_key.ondelete == "SET NULL":
                    nulled = self._rows(child_table, child, ids)
                    self.update(child_table, [(row_id, {child.name: None}) for row_id in nulled], current=nulled)
                else:
                    raise AssertionError(f"{child} must declare ondelete")  # the delete walk relies on it
            column, values = table.c.id, ids
        snapshots = list(self._rows(table, column, values, keyed=False).values())
        for chunk in _chunks(values):
            self.session.execute(delete(table).where(column.in_(chunk)))
        self.undo.append(PatchInsert(table.name, tuple(snapshots)))
        for row in snapshots:
            self._note(table, row, None)
            self._audit(table, row, AuditAction.DELETE, name="", old=_label(row), new=None)

    def delete_keys(self, table: Table, keys: Sequence[Mapping[str, Any]]) -> None:
        if "id" in table.c:
            self.delete(table, table.c.id, [key["id"] for key in keys])
            return
        for key in keys:  # a link table (no id, nothing refers to it)
            condition = and_(*(table.c[name] == value for name, value in key.items()))
            snapshots = [dict(row) for row in self.session.execute(select(table).where(condition)).mappings()]
            self.session.execute(delete(table).where(condition))
            self.undo.append(PatchInsert(table.name, tuple(snapshots)))
            for row in snapshots:
                self._note(table, row, None)
                self._audit(table, row, AuditAction.DELETE, name="", old=_label(row), new=None)

    # reads --------------------------------------------------------------------------------------------------

    def _ids(self, table: Table, column: Column[Any], values: Sequence[Any]) -> list[int]:
        ids: list[int] = []
        for chunk in _chunks(values):
            ids.extend(self.session.scalars(select(table.c.id).where(column.in_(chunk)).order_by(table.c.id)))
        return ids

    def _rows(
        self, table: Table, column: Column[Any], values: Sequence[Any], *, keyed: bool = True
    ) -> dict[Any, dict[str, Any]]:
        rows: dict[Any, dict[str, Any]] = {}
        order = list(table.primary_key.columns)
        for chunk in _chunks(values):
            query = select(table).where(column.in_(chunk)).order_by(*order)
            for row in self.session.execute(query).mappings():
                snapshot = dict(row)
                rows[snapshot["id"] if keyed else tuple(snapshot[c.name] for c in order)] = snapshot
        return rows

    # records ------------------------------------------------------------------------------------------------

    def _note(
        self, table: Table, row: Mapping[str, Any], names: Iterable[str] | None, *, derived: bool = False
    ) -> None:
        self.flags.update(_flags_for(table.name, None if names is None else set(names), derived=derived))
        for name in ("id",) if table is _TASK else ("task_id", "predecessor_id", "successor_id"):
            if row.get(name) is not None:
                self.task_ids.add(TaskId(row[name]))

    def _audit(
        self, table: Table, row: Mapping[str, Any], action: AuditAction, *, name: str, old: object, new: object
    ) -> None:
        key = next(iter(table.primary_key.columns)).name
        self.audit.append(
            {
                "project_id": self.project_id,
                "at": self.at,
                "user": self.user,
                "action": action,
                "entity": table.name,
                "entity_id": row[key],
                "field": name,
                "old_value": _audit_text(old),
                "new_value": _audit_text(new),
                "reason": "",
            }
        )

    def finish(self) -> Applied:
        if self.audit:
            self.session.execute(insert(_AUDIT), self.audit)
        self.session.expire_all()  # ORM objects held by the caller must reload what the Core writes changed
        flags: dict[str, Any] = dict.fromkeys(self.flags, True)
        changes = ChangeSet(**flags, task_ids=frozenset(self.task_ids), listed=True)
        return Applied(Patch(tuple(reversed(self.undo)), self.project_id), changes)


@functools.cache
def _referrers() -> dict[str, list[Column[Any]]]:
    """Per table name, the foreign-key columns that refer to it (the audit trail excepted: it is never undone)."""
    referrers: dict[str, list[Column[Any]]] = defaultdict(list)
    for table in _METADATA.sorted_tables:
        if table.name not in _NOT_JOURNALED:
            for foreign_key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
                referrers[foreign_key.column.table.name].append(foreign_key.parent)
    return dict(referrers)


def _key(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {column.name: row[column.name] for column in table.primary_key.columns}


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _execute_updates(session: Session, table: Table, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """Run the updates as one executemany per set of updated fields."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row_id, new in changes:
        names = tuple(sorted(new))
        groups[names].append({"key_id": row_id, **{f"new_{name}": new[name] for name in names}})
    for names, parameters in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("key_id", type_=table.c.id.type))
            .values({name: bindparam(f"new_{name}", type_=table.c[name].type) for name in names})
        )
        session.execute(statement, parameters)


def _label(row: Mapping[str, Any]) -> str | None:
    for name in ("name", "title", "code", "number", "requirement"):
        if row.get(name) is not None:
            return str(row[name])
    return None


def _audit_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


# What views must refresh, per table; task fields refine below.
_TABLE_FLAGS: Final[Mapping[str, frozenset[str]]] = {
    name: frozenset(flags.split())
    for names, flags in (
        ("project", "project schedule"),
        ("calendar calendar_work_interval calendar_exception calendar_exception_interval calendar_holiday_layer",
         "calendars schedule"),
        ("task", "tasks schedule budget evm"),
        ("dependency", "tasks schedule"),
        ("resource", "resources tasks budget evm schedule"),
        ("assignment", "resources tasks budget evm schedule"),
        ("baseline baseline_task baseline_timephased", "tasks evm budget"),
        ("cost_entry", "budget evm"),
        ("budget_line commitment invoice contract contract_budget_line", "budget"),
        ("status_period status_period_task", "evm"),
        ("risk risk_review", "risks"),
        ("issue change_request decision stakeholder compliance_item lesson", "registers"),
    )
    for name in names.split()
}  # fmt: skip
_TASK_TEXT_FIELDS = frozenset({"name", "notes", "wbs", "position", "is_summary", "duration_unit"})
_TASK_COST_FIELDS = frozenset(
    {"fixed_cost", "percent_complete", "physical_percent_complete", "ev_technique", "ev_weight", "work"}
    | {"actual_start", "actual_finish"}
)


def _flags_for(table_name: str, names: set[str] | None, *, derived: bool) -> frozenset[str]:
    flags = _TABLE_FLAGS[table_name]
    if table_name == "task" and names is not None:
        flags = frozenset({"tasks"})
        if names - _TASK_TEXT_FIELDS or (not derived and "position" in names):
            flags |= {"schedule"}
        if names & _TASK_COST_FIELDS:
            flags |= {"budget", "evm"}
    return flags


# --------------------------------------------------------------------------------------------------- apply


def apply(session: Session, change: Change, *, user: str | None = None) -> Applied:
    """Validate and write ``change`` in the caller's transaction; return its inverse and what it touched.

    Never commits. On :class:`EditError` (or any error) the caller rolls the transaction back: a refused change
    is normally refused before anything is written, but in a :class:`Batch` the earlier changes were.

    Args:
        session: the session of the current transaction.
        change: the change to apply.
        user: the name recorded in the audit trail; the operating-system user by default.
    """
    session.flush()
    journal = _Journal(session, user or _current_user())
    try:
        _apply(journal, change)
    except IntegrityError as error:  # a rule the checks above missed; the database is the last guard
        raise EditError(f"The database refused the change: {error.orig}.") from error
    return journal.finish()


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some service or container environments
        return "unknown"


def _apply(journal: _Journal, change: Change) -> None:
    match change:
        case SetField():
            _set_field(journal, change)
        case AddRow():
            _add_row(journal, change)
        case DeleteRow():
            _delete_row(journal, change)
        case AddTask():
            _add_task(journal, change)
        case DeleteTask():
            _delete_task(journal, change)
        case MoveTask():
            _move_task(journal, change)
        case LinkTasks():
            _link_tasks(journal, change)
        case Batch():
            for part in change.changes:
                _apply(journal, part)
        case Patch():
            _apply_patch(journal, change)
        case _:
            assert_never(change)


def _spec_of(entity: type[Base]) -> EntitySpec:
    spec = SPECS.get(entity)
    if spec is None:
        raise _refuse(f"{getattr(entity, '__name__', entity)!s} rows cannot be edited.")
    return spec


def _set_field(journal: _Journal, change: SetField) -> None:
    spec = _spec_of(change.entity)
    table = spec.table
    if change.field not in spec.editable:
        structural = {"parent_id", "position", "wbs", "is_summary"}
        hint = f" ({_TASK_STRUCTURE_HINT})" if table is _TASK and change.field in structural else ""
        raise _refuse(f"'{change.field}' is not an editable field of a {spec.label}{hint}.")
    current = _fetch_or_refuse(journal.session, table, change.row_id)
    value = _coerce(table, change.field, change.value)
    if table is _TASK and current["is_summary"] and change.field in {"duration", "work", "remaining_duration"}:
        raise _refuse(
            f"{_what(table, change.field)} of summary task {current['name']!r} is computed from its subtasks."
        )
    row = {**current, change.field: value}
    journal.project_id = _check_row(journal.session, table, row, change.row_id)
    if current[change.field] != value:
        journal.update(table, [(change.row_id, {change.field: value})], current={change.row_id: current})


def _new_row(journal: _Journal, spec: EntitySpec, values: Mapping[str, object]) -> dict[str, Any]:
    """Validate the values of a new row of ``spec`` and complete them with defaults, project and uid."""
    table = spec.table
    unknown = sorted(set(values) - spec.editable - spec.fixed - {"id"})
    if unknown:
        raise _refuse(f"'{unknown[0]}' is not a field a new {spec.label} can be given.")
    defaulted = {"id", "uid", "project_id"}  # None for these means "choose for me"
    row: dict[str, Any] = {
        name: _coerce(table, name, value)
        for name, value in values.items()
        if name != "id" and not (name in defaulted and value is None)
    }
    if values.get("id") is not None:
        row_id = values["id"]
        if not isinstance(row_id, int) or isinstance(row_id, bool) or _fetch(journal.session, table, row_id):
            raise _refuse(f"The id {row_id!r} is not free for a new {spec.label}.")
        row["id"] = row_id
    if "project_id" in table.c and row.get("project_id") is None:
        row["project_id"] = _only_project(journal.session)
    if "uid" in table.c and row.get("uid") is None:
        highest = journal.session.scalar(select(func.max(table.c.uid)).where(table.c.project_id == row["project_id"]))
        row["uid"] = (highest or 0) + 1
    for column in table.columns:
        if column.name in row or column.primary_key:
            continue
        if isinstance(column.default, ScalarElementColumnDefault):
            row[column.name] = column.default.arg
        elif column.default is not None:
            continue  # a computed default: Core fills it in on insert
        elif column.nullable:
            row[column.name] = None
        else:
            raise _refuse(f"{_what(table, column.name)} needs a value for a new {spec.label}.")
    journal.project_id = _check_row(journal.session, table, row, row.get("id"))
    return row


def _add_row(journal: _Journal, change: AddRow) -> None:
    spec = _spec_of(change.entity)
    if spec.add_refusal:
        raise _refuse(f"A {spec.label} cannot be added with AddRow: {spec.add_refusal}.")
    journal.insert(spec.table, [_new_row(journal, spec, change.values)])


def _delete_row(journal: _Journal, change: DeleteRow) -> None:
    spec = _spec_of(change.entity)
    if spec.delete_refusal:
        raise _refuse(f"A {spec.label} cannot be deleted with DeleteRow: {spec.delete_refusal}.")
    row = _fetch_or_refuse(journal.session, spec.table, change.row_id)
    journal.project_id = _row_project(journal.session, spec.table, row)
    journal.delete(spec.table, spec.table.c.id, [change.row_id])


def _apply_patch(journal: _Journal, patch: Patch) -> None:
    journal.project_id = patch.project_id
    for op in patch.ops:
        table = _METADATA.tables[op.table]
        match op:
            case PatchInsert():
                journal.insert(table, op.rows)
            case PatchDelete():
                journal.delete_keys(table, op.keys)
            case PatchUpdate():
                journal.update(table, op.rows, derived=op.derived)


# --------------------------------------------------------------------------------------------------- tasks


def _task_or_refuse(journal: _Journal, task_id: object, role: str = "task") -> dict[str, Any]:
    row = None
    if isinstance(task_id, int) and not isinstance(task_id, bool):
        row = _fetch(journal.session, _TASK, task_id)
    if row is None:
        raise _refuse(f"The {role} id {task_id!r} names no existing task.")
    return row


def _children_count(session: Session, project_id: ProjectId, parent_id: TaskId | None, without: int | None) -> int:
    query = select(func.count()).select_from(_TASK).where(_TASK.c.project_id == project_id)
    query = query.where(_TASK.c.parent_id.is_(None) if parent_id is None else _TASK.c.parent_id == parent_id)
    if without is not None:
        query = query.where(_TASK.c.id != without)
    return int(session.execute(query).scalar_one())


def _check_position(position: object, count: int) -> int:
    if not isinstance(position, int) or isinstance(position, bool) or not 0 <= position <= count:
        raise _refuse(f"The task position must be between 0 and {count}, not {position!r}.")
    return position


def _add_task(journal: _Journal, change: AddTask) -> None:
    session = journal.session
    parent = None if change.parent_id is None else _task_or_refuse(journal, change.parent_id, "parent")
    if parent is not None:
        project_id = ProjectId(parent["project_id"])
        if change.project_id is not None and change.project_id != project_id:
            raise _refuse(
                f"The parent task {parent['name']!r} belongs to project {project_id}, not {change.project_id}."
            )
    else:
        project_id = change.project_id if change.project_id is not None else _only_project(session)
    count = _children_count(session, project_id, change.parent_id, None)
    position = count if change.position is None else _check_position(change.position, count)
    if change.duration is None:
        minutes_per_day = session.scalar(select(_PROJECT.c.minutes_per_day).where(_PROJECT.c.id == project_id))
        duration: object = 0 if change.is_milestone else minutes_per_day
    else:
        duration = change.duration
    spec = SPECS[entities.Task]
    values = {
        **change.values,
        "project_id": project_id,
        "uid": change.uid,
        "parent_id": change.parent_id,
        "position": position,
        "name": change.name,
        "duration": duration,
        "is_milestone": change.is_milestone,
        "id": change.task_id,
    }
    arguments = {"project_id", "uid", "parent_id", "position", "name", "duration", "is_milestone", "id"}
    misplaced = sorted(set(change.values) & arguments | set(change.values) - spec.editable)
    if misplaced:
        raise _refuse(f"'{misplaced[0]}' is not a field AddTask takes in its values.")
    row = _new_row(journal, spec, values)
    (task_id,) = journal.insert(_TASK, [row])
    _renumber(journal, project_id, placed=(TaskId(task_id), position))


def _delete_task(journal: _Journal, change: DeleteTask) -> None:
    row = _task_or_refuse(journal, change.task_id)
    journal.project_id = ProjectId(row["project_id"])
    journal.delete(_TASK, _TASK.c.id, [change.task_id])
    _renumber(journal, journal.project_id)


def _ancestors(session: Session, task_id: TaskId | None) -> list[TaskId]:
    """``task_id`` and its ancestors, nearest first."""
    chain: list[TaskId] = []
    while task_id is not None:
        chain.append(task_id)
        task_id = session.scalar(select(_TASK.c.parent_id).where(_TASK.c.id == task_id))
    return chain


def _move_task(journal: _Journal, change: MoveTask) -> None:
    session = journal.session
    task = _task_or_refuse(journal, change.task_id)
    project_id = ProjectId(task["project_id"])
    journal.project_id = project_id
    if change.new_parent_id is not None:
        parent = _task_or_refuse(journal, change.new_parent_id, "new parent")
        if parent["project_id"] != project_id:
            raise _refuse(f"The new parent task {parent['name']!r} belongs to another project.")
        if change.task_id in _ancestors(session, change.new_parent_id):
            raise _refuse(f"Task {task['name']!r} cannot move under itself or its own subtask {parent['name']!r}.")
    count = _children_count(session, project_id, change.new_parent_id, change.task_id)
    position = _check_position(change.new_position, count)
    new = {"parent_id": change.new_parent_id, "position": position}
    new = {name: value for name, value in new.items() if task[name] != value}
    if new:
        journal.update(_TASK, [(change.task_id, new)], current={change.task_id: task})
    _renumber(journal, project_id, placed=(change.task_id, position))


def indent(session: Session, task_id: TaskId) -> MoveTask:
    """The move that makes a task the last subtask of the sibling just above it."""
    task = _fetch_or_refuse(session, _TASK, task_id)
    parent = _TASK.c.parent_id.is_(None) if task["parent_id"] is None else _TASK.c.parent_id == task["parent_id"]
    above = session.scalar(
        select(_TASK.c.id)
        .where(_TASK.c.project_id == task["project_id"], parent, _TASK.c.position < task["position"])
        .order_by(_TASK.c.position.desc(), _TASK.c.id.desc())
        .limit(1)
    )
    if above is None:
        raise _refuse(f"Task {task['name']!r} cannot be indented: no task above it at its level.")
    return MoveTask(task_id, above, _children_count(session, task["project_id"], above, task_id))


def outdent(session: Session, task_id: TaskId) -> MoveTask:
    """The move that puts a task right after its parent, one level up (its later siblings stay where they are)."""
    task = _fetch_or_refuse(session, _TASK, task_id)
    if task["parent_id"] is None:
        raise _refuse(f"Task {task['name']!r} cannot be outdented: it is already at the top level.")
    parent = _fetch_or_refuse(session, _TASK, task["parent_id"])
    return MoveTask(task_id, parent["parent_id"], parent["position"] + 1)


def _wbs_updates(
    session: Session, project_id: ProjectId, placed: tuple[TaskId, int] | None = None
) -> tuple[list[tuple[int, dict[str, Any]]], dict[int, dict[str, Any]]]:
    """The (id, changed fields) that make positions dense (0, 1, ... in order), ``is_summary`` true exactly for
    tasks with subtasks and WBS codes the dotted 1-based positions ("1.2.3"); with the current rows read.

    ``placed`` puts that task at that index among its siblings, before the others are renumbered.
    """
    query = select(_TASK.c.id, _TASK.c.parent_id, _TASK.c.position, _TASK.c.wbs, _TASK.c.is_summary).where(
        _TASK.c.project_id == project_id
    )
    current: dict[int, dict[str, Any]] = {}
    children: dict[int | None, list[tuple[int, int]]] = defaultdict(list)
    for task_id, parent_id, position, wbs, is_summary in session.execute(query):
        current[task_id] = {"id": task_id, "position": position, "wbs": wbs, "is_summary": is_summary}
        if placed is None or task_id != placed[0]:
            children[parent_id].append((position, task_id))
    ordered: dict[int | None, list[int]] = {parent: [i for _, i in sorted(kids)] for parent, kids in children.items()}
    if placed is not None:
        parent_id = session.scalar(select(_TASK.c.parent_id).where(_TASK.c.id == placed[0]))
        ordered.setdefault(parent_id, []).insert(placed[1], placed[0])
    changes: list[tuple[int, dict[str, Any]]] = []
    stack: list[tuple[int | None, str]] = [(None, "")]
    while stack:
        parent_id, prefix = stack.pop()
        for index, task_id in enumerate(ordered.get(parent_id, ())):
            wanted = {"position": index, "wbs": f"{prefix}{index + 1}", "is_summary": task_id in ordered}
            row = current[task_id]
            new = {name: value for name, value in wanted.items() if row[name] != value}
            if new:
                changes.append((task_id, new))
            stack.append((task_id, f"{wanted['wbs']}."))
    return changes, current


def _renumber(journal: _Journal, project_id: ProjectId, placed: tuple[TaskId, int] | None = None) -> None:
    changes, current = _wbs_updates(journal.session, project_id, placed)
    journal.update(_TASK, changes, derived=True, current=current)


def renumber_wbs(session: Session, project_id: ProjectId) -> int:
    """Make the project's WBS consistent: dense sibling positions (order kept), ``is_summary`` set exactly for
    tasks with subtasks, WBS codes "1", "1.2", "1.2.3" from the positions. Not journaled nor audited (for imports
    and repairs); edits renumber through their journal. Returns the number of tasks updated."""
    changes, _ = _wbs_updates(session, project_id)
    if changes:
        _execute_updates(session, _TASK, changes)
        session.expire_all()
    return len(changes)


# --------------------------------------------------------------------------------------------------- links


def _link_tasks(journal: _Journal, change: LinkTasks) -> None:
    session = journal.session
    predecessor = _task_or_refuse(journal, change.predecessor_id, "predecessor")
    successor = _task_or_refuse(journal, change.successor_id, "successor")
    names = f"{predecessor['name']!r} -> {successor['name']!r}"
    if change.predecessor_id == change.successor_id:
        raise _refuse(f"Task {predecessor['name']!r} cannot be linked to itself.")
    if predecessor["project_id"] != successor["project_id"]:
        raise _refuse(f"The link {names} joins tasks of two projects.")
    if change.predecessor_id in _ancestors(session, change.successor_id) or change.successor_id in _ancestors(
        session, change.predecessor_id
    ):
        raise _refuse(f"The link {names} joins a summary task to its own subtask.")
    values = {
        "predecessor_id": change.predecessor_id,
        "successor_id": change.successor_id,
        "type": change.type,
        "lag_kind": change.lag_kind,
        "lag": change.lag,
        "lag_percent": change.lag_percent,
        "id": change.dependency_id,
    }
    duplicate = select(_DEPENDENCY.c.id).where(
        _DEPENDENCY.c.predecessor_id == change.predecessor_id, _DEPENDENCY.c.successor_id == change.successor_id
    )
    if session.execute(duplicate).first() is not None:
        raise _refuse(f"The tasks {names} are already linked.")
    row = _new_row(journal, SPECS[entities.Dependency], values)
    cycle = _path(session, ProjectId(predecessor["project_id"]), change.successor_id, change.predecessor_id)
    if cycle:
        labels = {
            row[0]: row[1] for row in session.execute(select(_TASK.c.id, _TASK.c.name).where(_TASK.c.id.in_(cycle)))
        }
        loop = " -> ".join(repr(labels[task_id]) for task_id in [*cycle, change.successor_id])
        raise _refuse(f"The link {names} would close the cycle {loop}.")
    journal.insert(_DEPENDENCY, [row])


def _path(session: Session, project_id: ProjectId, start: TaskId, goal: TaskId) -> list[TaskId]:
    """The shortest chain of links from ``start`` to ``goal`` (both included), or [] when there is none."""
    successor_task = _TASK.alias("successor_task")
    query = (
        select(_DEPENDENCY.c.predecessor_id, _DEPENDENCY.c.successor_id)
        .join(successor_task, successor_task.c.id == _DEPENDENCY.c.successor_id)
        .where(successor_task.c.project_id == project_id)
    )
    successors: dict[int, list[int]] = defaultdict(list)
    for predecessor_id, successor_id in session.execute(query):
        successors[predecessor_id].append(successor_id)
    came_from: dict[int, int | None] = {start: None}
    queue: deque[int] = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path: list[TaskId] = []
            step: int | None = node
            while step is not None:
                path.append(TaskId(step))
                step = came_from[step]
            return path[::-1]
        for successor_id in successors[node]:
            if successor_id not in came_from:
                came_from[successor_id] = node
                queue.append(successor_id)
    return []
