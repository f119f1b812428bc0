"""The task table: a tree item model over immutable :class:`~services.queries.TaskRow` snapshots.

The model keeps ids and rows (never ORM objects). Columns are data (:class:`TaskColumn`: key, header, alignment,
editable, formatter); ``DisplayRole`` is locale-formatted text, ``EditRole`` the raw value (minutes, datetimes,
predecessor text). An edit becomes a change value handed to ``submit`` (the window pushes it on the undo stack);
the model refreshes from the :class:`~services.edits.ChangeSet` the project events announce, re-reading the rows and
signalling only the rows that differ unless the outline itself changed.

``QModelIndex.internalId()`` is the task id; the root's children are keyed by ``None``.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session
from typing_extensions import override

from gui import input_parsing
from gui.project_context import ProjectContext
from model import entities
from model.enums import ConstraintType, DurationUnit
from model.ids import DependencyId, TaskId
from services import edits, queries, working_time

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument
Submit = Callable[[edits.Change, str], bool]

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Item flags, combined once (flags() runs for every cell the view lays out).
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SUMMARY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_SUMMARY = _SUMMARY | Qt.ItemFlag.ItemIsEditable
_LEAF = _SUMMARY | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_LEAF = _LEAF | Qt.ItemFlag.ItemIsEditable

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskTreeModel", text)


class CellFormatter:
    """Locale-aware display text of raw values (dates, durations, money, working-day variances)."""

    def __init__(self, locale: QLocale, units: input_parsing.TimeUnits) -> None:
        self.locale = locale
        self.units = units
        self.index: working_time.WorkingTimeIndex | None = None
        self.date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in self.date_format:  # two-digit years are ambiguous on plans that span decades
            self.date_format = self.date_format.replace("yy", "yyyy")
        self._dates: dict[dt.date, str] = {}

    def date(self, moment: dt.datetime | dt.date | None) -> str:
        if moment is None:
            return ""
        day = moment.date() if isinstance(moment, dt.datetime) else moment
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)
        return text

    def duration(self, minutes: int, unit: DurationUnit) -> str:
        return input_parsing.format_duration(minutes, unit, self.units, self.locale.decimalPoint())

    def days(self, minutes: int | None) -> str:
        if minutes is None:
            return ""
        return input_parsing.format_duration(minutes, DurationUnit.DAYS, self.units, self.locale.decimalPoint())

    def percent(self, value: int) -> str:
        return f"{self.locale.toString(value)}%"

    def money(self, amount: Decimal) -> str:
        sign, whole, cents = ("-" if amount < 0 else ""), int(abs(amount)), abs(amount) % 1
        return f"{sign}{self.locale.toString(whole)}{self.locale.decimalPoint()}{int(cents * 100):02d}"

    def variance(self, actual: dt.datetime | None, planned: dt.datetime | None) -> str:
        if actual is None or planned is None or self.index is None:
            return ""
        minutes = self.index.working_between(planned, actual)
        text = self.days(minutes)
        return f"+{text}" if minutes > 0 else text


@dataclass(frozen=True, slots=True)
class TaskColumn:
    """One column of the task table, as data."""

    key: str
    header: str
    alignment: Qt.AlignmentFlag
    editable: bool
    display: Callable[[queries.TaskRow, CellFormatter], str]
    edit: Callable[[queries.TaskRow], object] | None = None
    summary_editable: bool = True
    default_width: int = 90


def task_columns() -> tuple[TaskColumn, ...]:
    """The columns of the task table, headers in the installed language."""
    return (
        TaskColumn("wbs", _tr("WBS"), _LEFT, False, lambda r, f: r.wbs, default_width=60),
        TaskColumn("name", _tr("Name"), _LEFT, True, lambda r, f: r.name, lambda r: r.name, default_width=320),
        TaskColumn(
            "duration",
            _tr("Duration"),
            _RIGHT,
            True,
            lambda r, f: f.duration(r.duration, r.duration_unit),
            lambda r: r.duration,
            summary_editable=False,
            default_width=70,
        ),
        TaskColumn("start", _tr("Start"), _RIGHT, True, lambda r, f: f.date(r.start), lambda r: r.start, False),
        TaskColumn("finish", _tr("Finish"), _RIGHT, True, lambda r, f: f.date(r.finish), lambda r: r.finish, False),
        TaskColumn(
            "predecessors",
            _tr("Predecessors"),
            _LEFT,
            True,
            lambda r, f: r.predecessors,
            lambda r: r.predecessors,
            default_width=120,
        ),
        TaskColumn("resources", _tr("Resources"), _LEFT, False, lambda r, f: r.resource_names, default_width=140),
        TaskColumn(
            "percent_complete",
            _tr("% Complete"),
            _RIGHT,
            True,
            lambda r, f: f.percent(r.percent_complete),
            lambda r: r.percent_complete,
            summary_editable=False,
            default_width=80,
        ),
        TaskColumn("total_float", _tr("Total float"), _RIGHT, False, lambda r, f: f.days(r.total_float)),
        TaskColumn("baseline_start", _tr("Baseline start"), _RIGHT, False, lambda r, f: f.date(r.baseline_start)),
        TaskColumn("baseline_finish", _tr("Baseline finish"), _RIGHT, False, lambda r, f: f.date(r.baseline_finish)),
        TaskColumn(
            "start_variance", _tr("Start variance"), _RIGHT, False, lambda r, f: f.variance(r.start, r.baseline_start)
        ),
        TaskColumn("cost", _tr("Cost"), _RIGHT, False, lambda r, f: f.money(r.cost), default_width=100),
    )


class TaskTreeModel(QAbstractItemModel):
    """The outline of tasks; see the module docstring.

    Signals:
        snapshot_changed(): the rows or links were re-read, the outline is unchanged (the chart repaints).
        outline_changed(): the model was reset because tasks were added, removed or moved, or another project is
            shown (views restore their expansion state, then re-read :attr:`rows`).
    """

    snapshot_changed = Signal()
    outline_changed = Signal()

    def __init__(self, submit: Submit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = task_columns()
        self._column_of = {column.key: number for number, column in enumerate(self.columns)}
        self._submit = submit
        self._context: ProjectContext | None = None
        self.rows: list[queries.TaskRow] = []
        self.dependencies: list[queries.DependencyRow] = []
        self.project: queries.ProjectRow | None = None
        self.formatter = CellFormatter(QLocale(), input_parsing.TimeUnits())
        self._position: dict[int, int] = {}  # task id -> index in rows
        self._children: dict[int | None, list[int]] = {}
        self._row_in_parent: dict[int, int] = {}
        self._id_of_uid: dict[int, int] = {}
        self._links_in: dict[int, list[queries.DependencyRow]] = {}

    # --- loading ------------------------------------------------------------------------------------------------

    def set_context(self, context: ProjectContext | None) -> None:
        """Show the project of ``context`` (None: nothing)."""
        self._context = context
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.outline_changed.emit()

    def refresh(self, changes: edits.ChangeSet) -> None:
        """Re-read the rows after ``changes``; signal only the rows that differ unless the outline changed.

        When ``changes`` names every row that may differ (an edit that moved no task in the outline and changed no
        cost), only those rows are read again: an edit of a 10,000-task plan does not reload 10,000 rows.
        """
        if self._context is None or changes.is_empty:
            return
        if changes.rows_known and self._refresh_rows(changes):
            return
        old_rows = self.rows
        old_outline = [(row.id, row.parent_id) for row in old_rows]
        self._load()
        if [(row.id, row.parent_id) for row in self.rows] != old_outline:
            # Rebuild the index structure with a reset: views keep their expansion state by task id.
            self.beginResetModel()
            self.endResetModel()
            self.outline_changed.emit()
            return
        changed: dict[int | None, list[int]] = defaultdict(list)
        for old, new in zip(old_rows, self.rows, strict=True):
            if old != new:
                changed[new.parent_id].append(self._row_in_parent[new.id])
        last = len(self.columns) - 1
        for parent_id, numbers in changed.items():
            parent = QModelIndex() if parent_id is None else self.index_of(TaskId(parent_id))
            self.dataChanged.emit(self.index(min(numbers), 0, parent), self.index(max(numbers), last, parent))
        self.snapshot_changed.emit()

    def _refresh_rows(self, changes: edits.ChangeSet) -> bool:
        """Read again the rows of ``changes.task_ids`` (and the links touching them) and the dates of the tasks the
        rescheduler moved; False (nothing changed here) when the outline changed."""
        context = self._context
        assert context is not None
        project_id, edited = context.project_id, changes.task_ids
        moved = (changes.rescheduled or frozenset()) - edited
        previous = {row.id: row for row in self.rows} if edited else {}

        def read(session: Session) -> tuple[Any, ...]:
            rows = queries.refreshed_task_rows(session, project_id, previous, edited)
            if rows is None:
                return (None, None, None, None)
            return (
                rows,
                queries.scheduled_dates(session, moved),
                queries.dependency_rows(session, project_id, touching=edited) if edited else [],
                queries.project_row(session, project_id),
            )

        rows, dates, links, project = context.read(read)
        if rows is None:
            return False
        self.project = project
        fresh = dict(rows)
        for task_id, new in dates.items():
            fresh[task_id] = self.rows[self._position[task_id]]._replace(**new._asdict())
        kept: list[queries.DependencyRow] = []
        touching: list[queries.DependencyRow] = []
        for link in self.dependencies:
            (touching if link.predecessor_id in edited or link.successor_id in edited else kept).append(link)
        if touching != links:  # both in id order; a new list only then (views keep their link maps meanwhile)
            self.dependencies = sorted(kept + links, key=attrgetter("id"))
            links_in: dict[int, list[queries.DependencyRow]] = defaultdict(list)
            for link in self.dependencies:
                links_in[link.successor_id].append(link)
            self._links_in = dict(links_in)
        changed: dict[int | None, list[int]] = defaultdict(list)
        self.rows = list(self.rows)  # a new snapshot: whoever holds the old list keeps it as it was
        for task_id, new in fresh.items():
            position = self._position[task_id]
            if self.rows[position] != new:
                self.rows[position] = new
                changed[new.parent_id].append(self._row_in_parent[task_id])
        last = len(self.columns) - 1
        for parent_id, numbers in changed.items():
            parent = QModelIndex() if parent_id is None else self.index_of(TaskId(parent_id))
            self.dataChanged.emit(self.index(min(numbers), 0, parent), self.index(max(numbers), last, parent))
        self.snapshot_changed.emit()
        return True

    def _load(self) -> None:
        context = self._context
        if context is None:
            self.rows, self.dependencies, self.project = [], [], None
        else:
            project_id = context.project_id

            def read(session: Session) -> tuple[Any, ...]:
                return (
                    queries.project_row(session, project_id),
                    queries.task_rows(session, project_id),
                    queries.dependency_rows(session, project_id),
                )

            self.project, self.rows, self.dependencies = context.read(read)
            units = input_parsing.TimeUnits(
                self.project.minutes_per_day, self.project.minutes_per_week, self.project.days_per_month
            )
            if units != self.formatter.units:
                self.formatter = CellFormatter(QLocale(), units)
            self.formatter.index = context.calendar_index()
        self._position = {row.id: number for number, row in enumerate(self.rows)}
        children: dict[int | None, list[int]] = defaultdict(list)
        for row in self.rows:
            children[row.parent_id].append(row.id)
        self._children = dict(children)
        self._row_in_parent = {task_id: n for ids in children.values() for n, task_id in enumerate(ids)}
        self._id_of_uid = {row.uid: row.id for row in self.rows}
        links_in: dict[int, list[queries.DependencyRow]] = defaultdict(list)
        for link in self.dependencies:
            links_in[link.successor_id].append(link)
        self._links_in = dict(links_in)

    # --- lookups ------------------------------------------------------------------------------------------------

    @property
    def units(self) -> input_parsing.TimeUnits:
        return self.formatter.units

    @property
    def is_read_only(self) -> bool:
        return self._context is None or self._context.document.read_only

    def row_of(self, task_id: int) -> queries.TaskRow | None:
        position = self._position.get(task_id)
        return None if position is None else self.rows[position]

    def task_id(self, index: Index) -> TaskId | None:
        return TaskId(index.internalId()) if index.isValid() else None

    def index_of(self, task_id: TaskId, column: int = 0) -> QModelIndex:
        if task_id not in self._row_in_parent:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[task_id], column, task_id)

    def column_of(self, key: str) -> int:
        return self._column_of[key]

    def children_of(self, task_id: int | None) -> Sequence[int]:
        return self._children.get(task_id, ())

    def links_into(self, task_id: int) -> Sequence[queries.DependencyRow]:
        return self._links_in.get(task_id, ())

    def task_id_of_uid(self, uid: int) -> TaskId | None:
        task_id = self._id_of_uid.get(uid)
        return None if task_id is None else TaskId(task_id)

    # --- QAbstractItemModel -------------------------------------------------------------------------------------

    @override
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(self.columns) or row < 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        siblings = self._children.get(parent.internalId() if parent.isValid() else None, ())
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    @override
    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        row = self.row_of(index.internalId())
        if row is None or row.parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[row.parent_id], 0, row.parent_id)

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), ()))
        return len(self._children.get(None, ()))

    @override
    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.columns)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 (one return per role)
        if not index.isValid():
            return None
        row = self.row_of(index.internalId())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, self.formatter)
        if role == Qt.ItemDataRole.EditRole:
            return None if column.edit is None else column.edit(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.FontRole and row.is_summary:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "start_variance" and row.baseline_start:
            if row.start is not None and row.start > row.baseline_start:
                return QBrush(QColor(176, 0, 32))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name":
            return _tr("ID {uid}: {name}").format(uid=row.uid, name=row.name)
        if role == TASK_ID_ROLE:
            return row.id
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        row = self.row_of(index.internalId())
        if row is None:
            return _NO_FLAGS
        column = self.columns[index.column()]
        editable = column.editable and not self.is_read_only and (column.summary_editable or not row.is_summary)
        if row.is_summary:
            return _EDITABLE_SUMMARY if editable else _SUMMARY
        return _EDITABLE_LEAF if editable else _LEAF

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.row_of(index.internalId())
        if row is None:
            return False
        try:
            change = self.change_for(row, self.columns[index.column()].key, value)
        except input_parsing.InputError:
            return False
        if change is None:
            return False
        return self._submit(
            change, _tr("Edit {field} of “{name}”").format(field=self.columns[index.column()].header, name=row.name)
        )

    # --- edits --------------------------------------------------------------------------------------------------

    def change_for(self, row: queries.TaskRow, key: str, value: Any) -> edits.Change | None:
        """The change that sets column ``key`` of ``row`` to the raw ``value`` (None: nothing to change).

        Raises:
            InputError: text values (durations, predecessors) that cannot be read.
        """
        task = entities.Task
        if key == "name":
            text = str(value).strip()
            return None if text == row.name else edits.SetField(task, row.id, "name", text)
        if key == "duration":
            if isinstance(value, str):
                parsed = input_parsing.parse_duration(value, self.units)
            else:
                parsed = input_parsing.Duration(int(value), row.duration_unit)
            return self._duration_change(row, parsed)
        if key in ("start", "finish"):
            return self._date_change(row, key, value)
        if key == "percent_complete":
            return edits.SetField(task, row.id, "percent_complete", int(value))
        if key == "predecessors":
            return self._predecessors_change(row, str(value))
        return None

    def _duration_change(self, row: queries.TaskRow, parsed: input_parsing.Duration) -> edits.Change | None:
        task = entities.Task
        parts: list[edits.Change] = []
        if parsed.minutes != row.duration:
            parts.append(edits.SetField(task, row.id, "duration", parsed.minutes))
        if parsed.unit != row.duration_unit:
            parts.append(edits.SetField(task, row.id, "duration_unit", parsed.unit))
        # As in MS Project, a zero duration makes a milestone and a real duration a task.
        if (parsed.minutes == 0) != row.is_milestone:
            parts.append(edits.SetField(task, row.id, "is_milestone", parsed.minutes == 0))
        return None if not parts else parts[0] if len(parts) == 1 else edits.Batch(tuple(parts))

    def _date_change(self, row: queries.TaskRow, key: str, value: Any) -> edits.Change | None:
        """Typing a start (finish) sets a Start (Finish) No Earlier Than constraint, as MS Project does."""
        if isinstance(value, QDate):
            value = value.toPython()
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            return None
        index = self.formatter.index
        if key == "start":
            constraint = ConstraintType.START_NO_EARLIER_THAN
            midnight = dt.datetime.combine(value, dt.time())
            moment = midnight if index is None else index.start_moment(index.to_minutes(midnight))
        else:
            constraint = ConstraintType.FINISH_NO_EARLIER_THAN
            next_midnight = dt.datetime.combine(value + dt.timedelta(days=1), dt.time())
            moment = next_midnight if index is None else index.finish_moment(index.to_minutes(next_midnight))
        return constraint_change(row.id, constraint, moment)

    def _predecessors_change(self, row: queries.TaskRow, text: str) -> edits.Change | None:
        specs = input_parsing.parse_predecessors(text, self.units)
        existing = {link.predecessor_uid: link for link in self.links_into(row.id)}
        parts: list[edits.Change] = []
        wanted: set[int] = set()
        for spec in specs:
            predecessor_id = self.task_id_of_uid(spec.uid)
            if predecessor_id is None:
                raise input_parsing.InputError(_tr("There is no task with ID {uid}.").format(uid=spec.uid))
            wanted.add(spec.uid)
            link = existing.get(spec.uid)
            if link is not None and (link.type, link.lag_kind, link.lag, link.lag_percent) == (
                spec.type,
                spec.lag_kind,
                spec.lag,
                spec.lag_percent,
            ):
                continue
            if link is not None:
                parts.append(edits.DeleteRow(entities.Dependency, link.id))
            parts.append(edits.LinkTasks(predecessor_id, row.id, spec.type, spec.lag_kind, spec.lag, spec.lag_percent))
        parts[:0] = [
            edits.DeleteRow(entities.Dependency, link.id) for uid, link in existing.items() if uid not in wanted
        ]
        return edits.Batch(tuple(parts)) if parts else None

    def dependency_ids_between(self, task_ids: Sequence[int]) -> list[DependencyId]:
        """Links among ``task_ids``; with one task, every link into or out of it (what Unlink removes)."""
        chosen = set(task_ids)
        if len(chosen) == 1:
            return [link.id for link in self.dependencies if chosen & {link.predecessor_id, link.successor_id}]
        return [link.id for link in self.dependencies if link.predecessor_id in chosen and link.successor_id in chosen]

    def find(self, text: str, after: int | None) -> TaskId | None:
        """The next task after ``after`` (in outline order, wrapping) whose name or WBS contains ``text``."""
        needle = text.casefold().strip()
        if not needle or not self.rows:
            return None
        start = 0 if after is None else self._position.get(after, -1) + 1
        count = len(self.rows)
        for step in range(count):
            row = self.rows[(start + step) % count]
            if needle in row.name.casefold() or row.wbs == needle:
                return row.id
        return None


def constraint_change(task_id: TaskId, constraint: ConstraintType, moment: dt.datetime) -> edits.Change:
    """Set a task's constraint type and date in one change."""
    return edits.Batch(
        (
            edits.SetField(entities.Task, task_id, "constraint_type", constraint),
            edits.SetField(entities.Task, task_id, "constraint_date", moment),
        )
    )
