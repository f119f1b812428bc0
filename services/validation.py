"""What ``belfry check FILE`` reports: integrity and domain validation of a project file.

:func:`check_project` reads the whole file through the caller's session (it never writes or commits) and returns
:class:`Finding` values: an ``error`` is data Belfry cannot trust or schedule (a dependency cycle, a dangling
reference, a negative amount); a ``warning`` is legal but suspicious (a budget line committed beyond its amount,
a WBS code that no longer matches the outline). Errors come first, then warnings, each group in the order of the
checks below. The checks read raw column values, so a file written or edited by another tool (CHECK constraints
bypassed, dates in another format, unknown enum values) is reported on, never a traceback.

Checks are set-based SQL plus one pass over plain tuples for the graph checks (task outline, dependency network):
a 100,000-task file takes about 1.5-2 s of CPU on a modest machine, a quarter of it SQLite's own integrity_check.

Every code of :data:`FINDING_CODES` is always an error, except those of :data:`WARNING_CODES`, always warnings.

``check --json`` prints :func:`summarise` of the findings (plus the ``file`` it read), a stable format::

    {
      "ok": false,                  # true when there is no error (warnings allowed)
      "errors": 1,                  # number of findings of severity "error"
      "warnings": 1,                # number of findings of severity "warning"
      "findings": [                 # errors first, then warnings
        {
          "severity": "error",      # "error" | "warning"
          "code": "dependency-cycle",  # stable kebab-case id, see FINDING_CODES
          "entity": "task",         # table of the row at fault ("database" for file-level problems)
          "entity_id": 17,          # its id (rowid), or null when the finding concerns no single row
          "message": "The dependencies task \\"1 A\\" (uid 1) → task \\"2 B\\" (uid 2) → ... form a cycle."
        },
        ...
      ]
    }

Messages are one English sentence naming the row by its human key (task "2.3 Build portal" (uid 17), risk
"R-004") and what is wrong; they go through :func:`services.i18n.translate` with context ``"validation"``.
Dates in messages are ISO 8601 (``2025-03-01 08:00``), amounts plain decimals excluding VAT (``1250.00``).
"""

import datetime as dt
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any, TypeVarTuple, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    DateTime,
    Integer,
    Row,
    Select,
    String,
    Table,
    and_,
    case,
    exc,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CheckConstraint, UniqueConstraint

from model.base import Base
from model.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    BudgetLine,
    Calendar,
    CalendarException,
    CalendarWorkInterval,
    ChangeRequest,
    Commitment,
    ComplianceItem,
    Contract,
    CostEntry,
    Decision,
    Dependency,
    Invoice,
    Issue,
    Lesson,
    Project,
    Resource,
    Risk,
    RiskReview,
    Stakeholder,
    StatusPeriod,
    Task,
)
from model.enums import CommitmentStatus, ConstraintType
from model.money import HundredthsType, MoneyType, from_cents
from services import i18n

CONTEXT = "validation"

_Ts = TypeVarTuple("_Ts")

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)

# Money columns that may legitimately hold a negative amount, as (table, column). Every other MoneyType column
# must be >= 0.
# A change request may save money; a cost entry may be a credit note or a correction of an earlier booking.
MAY_BE_NEGATIVE: frozenset[tuple[str, str]] = frozenset({("change_request", "cost_impact"), ("cost_entry", "amount")})

# Integer percentages that must lie in 0-100 (units and max units may exceed 100 %; lag percentages may be anything).
PERCENT_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {("task", "percent_complete"), ("task", "physical_percent_complete")}
)

# Scores on the 1-5 scale (very low .. very high).
SCORE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("risk", "probability_before"),
        ("risk", "impact_before"),
        ("risk", "probability_after"),
        ("risk", "impact_after"),
        ("risk_review", "probability"),
        ("risk_review", "impact"),
        ("stakeholder", "power"),
        ("stakeholder", "interest"),
    }
)

# Constraint types that need a constraint date (all but as soon / as late as possible).
DATED_CONSTRAINTS = frozenset(ConstraintType) - {
    ConstraintType.AS_SOON_AS_POSSIBLE,
    ConstraintType.AS_LATE_AS_POSSIBLE,
}

FINDING_CODES: tuple[str, ...] = (
    # File
    "database-corrupt",
    "dangling-reference",
    "check-failed",
    # Values
    "missing-value",
    "invalid-date",
    "date-out-of-range",
    "invalid-enum-value",
    "negative-money",
    "vat-rate-out-of-range",
    "percent-out-of-range",
    "score-out-of-range",
    "check-constraint-violated",
    # Structure
    "parent-cycle",
    "summary-without-children",
    "missing-summary-flag",
    "duplicate-uid",
    "duplicate-key",
    "milestone-with-duration",
    "wbs-mismatch",
    # Dependencies
    "dependency-cycle",
    "summary-linked-to-descendant",
    # Dates and progress
    "finish-before-start",
    "actual-finish-before-start",
    "actual-finish-without-start",
    "complete-without-actual-finish",
    "constraint-without-date",
    # Finance
    "budget-overcommitted",
    "commitment-over-ceiling",
    "invoice-over-commitment",
    # Calendars
    "calendar-missing-work-time",
    "calendar-base-cycle",
    "project-without-calendar",
)


# The codes reported as warnings; every other code is an error.
WARNING_CODES: frozenset[str] = frozenset(
    {
        "milestone-with-duration",
        "wbs-mismatch",
        "complete-without-actual-finish",
        "constraint-without-date",
        "budget-overcommitted",
        "invoice-over-commitment",
        "project-without-calendar",
    }
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a project file.

    Attributes:
        severity: ``error`` (the data cannot be trusted) or ``warning`` (suspicious but legal).
        code: stable kebab-case identifier, one of :data:`FINDING_CODES`.
        entity: table name of the row at fault, or ``"database"`` for problems of the file itself.
        entity_id: the row's id (its rowid for tables without an ``id``), or ``None``.
        message: one translated sentence naming the row by its human key and what is wrong.
    """

    severity: Severity
    code: str
    entity: str
    entity_id: int | None
    message: str


def check_project(session: Session) -> list[Finding]:
    """Validate every project in the file behind ``session``; errors first, then warnings.

    Reads only; the caller owns the session and its transaction. A check that the file is too damaged to run
    becomes a ``check-failed`` error instead of an exception.
    """
    context = _Context(session)
    findings: list[Finding] = []
    for check in _CHECKS:
        try:
            findings.extend(check(context))
        except (exc.DatabaseError, sqlite3.DatabaseError) as error:  # the bulk reads use the driver directly
            findings.append(
                Finding(
                    Severity.ERROR,
                    "check-failed",
                    "database",
                    None,
                    i18n.translate(CONTEXT, 'The check "{check}" could not read the file: {reason}.').format(
                        check=check.__name__.removeprefix("_check_").replace("_", " "),
                        reason=getattr(error, "orig", error),
                    ),
                )
            )
    return sorted(findings, key=lambda finding: finding.severity is not Severity.ERROR)


def summarise(findings: Iterable[Finding]) -> dict[str, Any]:
    """The stable JSON form of ``findings`` (see the module docstring)."""
    rows = [
        {
            "severity": str(finding.severity),
            "code": finding.code,
            "entity": finding.entity,
            "entity_id": finding.entity_id,
            "message": finding.message,
        }
        for finding in findings
    ]
    errors = sum(1 for row in rows if row["severity"] == Severity.ERROR)
    return {"ok": errors == 0, "errors": errors, "warnings": len(rows) - errors, "findings": rows}


# --- Reading raw values ------------------------------------------------------------------------------------------


def _raw(column: Any) -> ColumnElement[Any]:
    """The column's stored value with no Python-side conversion (no enum lookup, no date parsing)."""
    return type_coerce(column, String())


def _cents(column: Any) -> ColumnElement[Any]:
    """A money column's stored integer cents, not converted to ``Decimal``."""
    return type_coerce(column, Integer())


def _row_id(table: Table) -> ColumnElement[Any]:
    return table.c["id"] if "id" in table.c else literal_column("rowid")


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _field(column: str) -> str:
    """A column name as words: ``actual_finish`` -> ``actual finish``."""
    return column.replace("_", " ")


def _moment(value: object) -> str:
    """A stored date or datetime as ISO text to the minute (``2025-03-01 08:00``), midnight left out."""
    if not isinstance(value, str):
        return repr(value)
    shown = value[:16]
    return shown.removesuffix(" 00:00")


def _amount(cents: object) -> str:
    """Stored cents as a plain decimal amount (``1250.00``)."""
    if isinstance(cents, int):
        return str(from_cents(cents))
    if isinstance(cents, float):
        return f"{cents / 100:.2f}"
    return repr(cents)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


_DATE_TEXT = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATETIME_TEXT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?")


def _parse_stored_date(value: object, *, with_time: bool) -> dt.date | None:
    """The calendar day of a stored date/datetime, or ``None`` when it is not one SQLAlchemy can read."""
    if not isinstance(value, str):
        return None
    match = (_DATETIME_TEXT if with_time else _DATE_TEXT).fullmatch(value)
    if match is None:
        return None
    numbers = [int(part) if part else 0 for part in match.groups()] + [0, 0, 0]
    year, month, day, hour, minute, second = numbers[:6]
    try:
        return dt.datetime(year, month, day, hour, minute, second).date()
    except ValueError:
        return None


# --- Human keys of rows ------------------------------------------------------------------------------------------


class _Labels:
    """Human keys of rows (task "2.3 Build portal" (uid 17)), each table read once, on first use."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[str, dict[int, str]] = {}
        self._loaders: dict[str, Callable[[], dict[int, str]]] = {
            "project": self._projects,
            "task": self._tasks,
            "calendar": self._calendars,
            "calendar_exception": self._calendar_exceptions,
            "calendar_work_interval": self._calendar_work_intervals,
            "resource": self._resources,
            "dependency": self._dependencies,
            "assignment": self._assignments,
            "baseline": self._baselines,
            "baseline_task": self._baseline_tasks,
            "budget_line": self._budget_lines,
            "commitment": self._commitments,
            "invoice": self._invoices,
            "contract": self._contracts,
            "cost_entry": self._cost_entries,
            "status_period": self._status_periods,
            "risk": self._risks,
            "risk_review": self._risk_reviews,
            "issue": self._issues,
            "change_request": self._change_requests,
            "decision": self._decisions,
            "stakeholder": self._stakeholders,
            "compliance_item": self._compliance_items,
            "lesson": self._lessons,
        }

    def of(self, table: str, row_id: int | None) -> str:
        """The human key of row ``row_id`` of ``table``; a generic "row 12 of table x" when it has none."""
        if row_id is not None:
            labels = self._cache.get(table)
            if labels is None:
                loader = self._loaders.get(table)
                labels = loader() if loader is not None else {}
                self._cache[table] = labels
            label = labels.get(row_id)
            if label is not None:
                return label
        return i18n.translate(CONTEXT, "row {id} of table {table}").format(id=row_id, table=table)

    def _projects(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'project "{name}"')
        return {
            row_id: template.format(name=name)
            for row_id, name in self._session.execute(select(Project.id, Project.name))
        }

    def _tasks(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'task "{key}" (uid {uid})')
        return {
            row_id: template.format(key=f"{wbs} {name}".strip(), uid=uid)
            for row_id, wbs, name, uid in self._session.execute(select(Task.id, Task.wbs, Task.name, Task.uid))
        }

    def _calendars(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'calendar "{name}" (uid {uid})')
        return {
            row_id: template.format(name=name, uid=uid)
            for row_id, name, uid in self._session.execute(select(Calendar.id, Calendar.name, Calendar.uid))
        }

    def _calendar_exceptions(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'exception "{name}" of {calendar}')
        return {
            row_id: template.format(name=name, calendar=self.of("calendar", calendar_id))
            for row_id, name, calendar_id in self._session.execute(
                select(CalendarException.id, CalendarException.name, CalendarException.calendar_id)
            )
        }

    def _calendar_work_intervals(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "a working interval of {calendar}")
        return {
            row_id: template.format(calendar=self.of("calendar", calendar_id))
            for row_id, calendar_id in self._session.execute(
                select(CalendarWorkInterval.id, CalendarWorkInterval.calendar_id)
            )
        }

    def _resources(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'resource "{name}" (uid {uid})')
        return {
            row_id: template.format(name=name, uid=uid)
            for row_id, name, uid in self._session.execute(select(Resource.id, Resource.name, Resource.uid))
        }

    def _dependencies(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "the link from {predecessor} to {successor}")
        return {
            row_id: template.format(predecessor=self.of("task", predecessor), successor=self.of("task", successor))
            for row_id, predecessor, successor in self._session.execute(
                select(Dependency.id, Dependency.predecessor_id, Dependency.successor_id)
            )
        }

    def _assignments(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "the assignment of {resource} to {task}")
        return {
            row_id: template.format(resource=self.of("resource", resource_id), task=self.of("task", task_id))
            for row_id, task_id, resource_id in self._session.execute(
                select(Assignment.id, Assignment.task_id, Assignment.resource_id)
            )
        }

    def _baselines(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "baseline {number}")
        return {
            row_id: template.format(number=number)
            for row_id, number in self._session.execute(select(Baseline.id, Baseline.number))
        }

    def _baseline_tasks(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "{task} in {baseline}")
        return {
            row_id: template.format(task=self.of("task", task_id), baseline=self.of("baseline", baseline_id))
            for row_id, baseline_id, task_id in self._session.execute(
                select(BaselineTask.id, BaselineTask.baseline_id, BaselineTask.task_id)
            )
        }

    def _budget_lines(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'budget line "{key}"')
        return {
            row_id: template.format(key=" / ".join(str(part) for part in (year, category, article) if part))
            for row_id, year, category, article in self._session.execute(
                select(BudgetLine.id, BudgetLine.fiscal_year, _raw(BudgetLine.category), BudgetLine.budget_article)
            )
        }

    def _commitments(self) -> dict[int, str]:
        named = i18n.translate(CONTEXT, 'commitment "{reference}"')
        unnamed = i18n.translate(CONTEXT, "commitment {id}")
        return {
            row_id: named.format(reference=reference) if reference else unnamed.format(id=row_id)
            for row_id, reference in self._session.execute(select(Commitment.id, Commitment.reference))
        }

    def _invoices(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'invoice "{number}"')
        return {
            row_id: template.format(number=number)
            for row_id, number in self._session.execute(select(Invoice.id, Invoice.number))
        }

    def _contracts(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'contract "{code}"')
        return {
            row_id: template.format(code=code)
            for row_id, code in self._session.execute(select(Contract.id, Contract.code))
        }

    def _cost_entries(self) -> dict[int, str]:
        named = i18n.translate(CONTEXT, 'cost entry "{reference}" of {date}')
        unnamed = i18n.translate(CONTEXT, "cost entry {id} of {date}")
        return {
            row_id: (named if reference else unnamed).format(reference=reference, id=row_id, date=_moment(date))
            for row_id, reference, date in self._session.execute(
                select(CostEntry.id, CostEntry.reference, _raw(CostEntry.date))
            )
        }

    def _status_periods(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "the status period ending {date}")
        return {
            row_id: template.format(date=_moment(period_end))
            for row_id, period_end in self._session.execute(select(StatusPeriod.id, _raw(StatusPeriod.period_end)))
        }

    def _risk_reviews(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, "the review of {risk} on {date}")
        return {
            row_id: template.format(risk=self.of("risk", risk_id), date=_moment(reviewed_on))
            for row_id, risk_id, reviewed_on in self._session.execute(
                select(RiskReview.id, RiskReview.risk_id, _raw(RiskReview.reviewed_on))
            )
        }

    def _stakeholders(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'stakeholder "{name}"')
        return {
            row_id: template.format(name=name)
            for row_id, name in self._session.execute(select(Stakeholder.id, Stakeholder.name))
        }

    def _compliance_items(self) -> dict[int, str]:
        template = i18n.translate(CONTEXT, 'compliance item "{framework} {code}"')
        return {
            row_id: template.format(framework=framework, code=code)
            for row_id, framework, code in self._session.execute(
                select(ComplianceItem.id, _raw(ComplianceItem.framework), ComplianceItem.code)
            )
        }

    def _coded(self, entity: type[Risk | Issue | ChangeRequest | Decision | Lesson], template: str) -> dict[int, str]:
        return {
            row_id: template.format(code=code) for row_id, code in self._session.execute(select(entity.id, entity.code))
        }

    def _risks(self) -> dict[int, str]:
        return self._coded(Risk, i18n.translate(CONTEXT, 'risk "{code}"'))

    def _issues(self) -> dict[int, str]:
        return self._coded(Issue, i18n.translate(CONTEXT, 'issue "{code}"'))

    def _change_requests(self) -> dict[int, str]:
        return self._coded(ChangeRequest, i18n.translate(CONTEXT, 'change request "{code}"'))

    def _decisions(self) -> dict[int, str]:
        return self._coded(Decision, i18n.translate(CONTEXT, 'decision "{code}"'))

    def _lessons(self) -> dict[int, str]:
        return self._coded(Lesson, i18n.translate(CONTEXT, 'lesson "{code}"'))


# --- Shared data of the graph checks ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _TaskTree:
    """The outline of every task as plain values."""

    parent_of: dict[int, int | None]
    summaries: set[int]  # tasks marked as summary tasks
    wbs: dict[int, str]
    children: dict[int, list[int]]  # ordered by position, then id
    outline: dict[int, str]  # outline number (1, 1.2, 1.2.3) of every task reachable from a top-level task

    def is_ancestor(self, ancestor: int, task: int) -> bool:
        """Whether ``ancestor`` is above ``task`` in the outline (stops on parent cycles)."""
        current = self.parent_of.get(task)
        for _ in range(len(self.parent_of)):
            if current is None:
                return False
            if current == ancestor:
                return True
            current = self.parent_of.get(current)
        return False


class _Context:
    """What the checks share: the session, row labels and the task graph read once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.labels = _Labels(session)

    def label(self, table: str, row_id: int | None) -> str:
        return self.labels.of(table, row_id)

    def rows(self, statement: Select[*_Ts]) -> Sequence[Row[*_Ts]]:
        """Plain Core rows: bulk reads skip the ORM's per-row work."""
        return self.session.connection().execute(statement).all()

    def tuples(self, statement: Select[*_Ts]) -> list[tuple[Any, ...]]:
        """The rows of a parameterless select as the driver's plain tuples, for the 100,000-row reads.

        Building SQLAlchemy ``Row`` objects costs more than the query itself at that size.
        """
        connection = self.session.connection()
        compiled = statement.compile(connection)
        if compiled.params:
            raise ValueError("tuples() takes parameterless selects only")
        cursor = connection.connection.cursor()
        try:
            cursor.execute(str(compiled))
            return list(cursor.fetchall())
        finally:
            cursor.close()

    @cached_property
    def tree(self) -> _TaskTree:
        # Ordered like ix_task_parent_position: top-level tasks first, each parent's children in outline order.
        rows = self.tuples(
            select(Task.id, Task.project_id, Task.parent_id, Task.wbs, Task.is_summary).order_by(
                Task.parent_id, Task.position, Task.id
            )
        )
        ids = [row[0] for row in rows]
        parents = [row[2] for row in rows]
        parent_of: dict[int, int | None] = dict(zip(ids, parents, strict=True))
        wbs: dict[int, str] = {row[0]: row[3] for row in rows}
        summaries = {row[0] for row in rows if row[4]}
        children: dict[int, list[int]] = defaultdict(list)
        roots: dict[int, list[int]] = defaultdict(list)
        for task_id, project_id, parent_id, _code, _summary in rows:
            if parent_id is None:
                roots[project_id].append(task_id)
            else:
                children[parent_id].append(task_id)
        children = {parent: members for parent, members in children.items() if parent in parent_of}
        outline: dict[int, str] = {}
        stack: list[tuple[int, str]] = [
            (task_id, str(number)) for top in roots.values() for number, task_id in enumerate(top, start=1)
        ]
        while stack:
            task_id, number = stack.pop()
            outline[task_id] = number
            for position, child in enumerate(children.get(task_id, ()), start=1):
                if child not in outline:
                    stack.append((child, f"{number}.{position}"))
        return _TaskTree(parent_of, summaries, wbs, children, outline)

    @cached_property
    def links(self) -> list[tuple[int, int, int]]:
        """Every dependency as ``(id, predecessor_id, successor_id)``."""
        return self.tuples(
            select(Dependency.id, Dependency.predecessor_id, Dependency.successor_id).order_by(Dependency.id)
        )


def _sentence(message: str) -> str:
    """Messages often open with a row's key ("task ..."): start the sentence with a capital."""
    return message[:1].upper() + message[1:]


def _error(code: str, entity: str, entity_id: int | None, message: str) -> Finding:
    return Finding(Severity.ERROR, code, entity, entity_id, _sentence(message))


def _warning(code: str, entity: str, entity_id: int | None, message: str) -> Finding:
    return Finding(Severity.WARNING, code, entity, entity_id, _sentence(message))


# --- File integrity ----------------------------------------------------------------------------------------------


# integrity_check also evaluates CHECK and NOT NULL constraints; the value checks report those per row, by name.
_REPORTED_ELSEWHERE = re.compile(r"(CHECK constraint failed in |NULL value in )")


def _check_integrity(context: _Context) -> Iterator[Finding]:
    lines = [
        str(line)
        for line in context.session.execute(text("PRAGMA integrity_check")).scalars()
        if not _REPORTED_ELSEWHERE.match(str(line))
    ]
    if lines in ([], ["ok"]):
        return
    template = i18n.translate(CONTEXT, "The SQLite integrity check of the file reports: {detail}.")
    for line in lines:
        yield _error("database-corrupt", "database", None, template.format(detail=line.rstrip(".")))


def _check_foreign_keys(context: _Context) -> Iterator[Finding]:
    session = context.session
    dangling: dict[tuple[str, int], list[int]] = defaultdict(list)
    referenced: dict[tuple[str, int], str] = {}
    for table, rowid, parent, fk_id in session.execute(text("PRAGMA foreign_key_check")):
        dangling[(table, fk_id)].append(rowid)
        referenced[(table, fk_id)] = parent
    template = i18n.translate(CONTEXT, "{row} refers through {column} to {parent} {value}, which does not exist.")
    for (table, fk_id), rowids in sorted(dangling.items()):
        columns = [
            row[3]  # (id, seq, table, from, to, on_update, on_delete, match)
            for row in session.execute(text(f"PRAGMA foreign_key_list({_quote(table)})"))
            if row[0] == fk_id
        ]
        selected = ", ".join(_quote(column) for column in columns)
        values: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            wanted = ", ".join(str(int(rowid)) for rowid in chunk)
            statement = text(f"SELECT rowid, {selected} FROM {_quote(table)} WHERE rowid IN ({wanted})")
            for row in session.execute(statement):
                values[row[0]] = tuple(row[1:])
        for rowid in sorted(rowids):
            value = ", ".join(str(part) for part in values.get(rowid, ()))
            yield _error(
                "dangling-reference",
                table,
                rowid,
                template.format(
                    row=context.label(table, rowid),
                    column=", ".join(columns),
                    parent=referenced[(table, fk_id)],
                    value=value,
                ),
            )


# --- Stored values -----------------------------------------------------------------------------------------------


_DAY_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"


def _suspicious_date(column: Column[Any]) -> ColumnElement[bool]:
    """A cheap SQL pre-filter for stored dates that may be unreadable or out of range; Python decides on the few.

    Valid ISO text within the range passes three string comparisons; numbers sort before and blobs after any
    text, so they fail them. Only days past the 28th pay for date(x, '+0 days'), which moves impossible days
    (02-30) and is NULL for text SQLite cannot read.
    """
    raw = _raw(column)
    day = func.substr(raw, 1, 10)
    return and_(
        raw.is_not(None),
        or_(
            raw < EARLIEST_DATE.isoformat(),
            # A full date, not "2201": DATETIME columns have numeric affinity and would compare 2201 as a number.
            raw >= (LATEST_DATE + dt.timedelta(days=1)).isoformat(),
            raw.op("NOT GLOB")(_DAY_GLOB + ("*" if isinstance(column.type, DateTime) else "")),
            and_(func.substr(raw, 9, 2) > "28", func.date(raw, "+0 days").is_distinct_from(day)),
        ),
    )


def _check_dates(context: _Context) -> Iterator[Finding]:
    """Every date and datetime column of every table: readable, and within 1900-01-01 .. 2200-12-31."""
    earliest, latest = EARLIEST_DATE.isoformat(), LATEST_DATE.isoformat()
    out_of_range = i18n.translate(
        CONTEXT, "{row} has {field} {value}, outside the supported range {earliest} to {latest}."
    )
    unreadable = i18n.translate(CONTEXT, '{row} has {field} "{value}", which is not a valid date.')
    for table in _tables():
        columns = [column for column in table.c if isinstance(column.type, (Date, DateTime))]
        if not columns:
            continue
        suspicious = [_suspicious_date(column) for column in columns]
        statement = select(_row_id(table), *(_raw(column) for column in columns)).where(or_(*suspicious))
        for row_id, *values in context.session.execute(statement.order_by(_row_id(table))):
            for column, value in zip(columns, values, strict=True):
                if value is None:
                    continue
                day = _parse_stored_date(value, with_time=isinstance(column.type, DateTime))
                if day is None:
                    message = unreadable.format(
                        row=context.label(table.name, row_id), field=_field(column.name), value=value
                    )
                    yield _error("invalid-date", table.name, row_id, message)
                elif not EARLIEST_DATE <= day <= LATEST_DATE:
                    message = out_of_range.format(
                        row=context.label(table.name, row_id),
                        field=_field(column.name),
                        value=_moment(value),
                        earliest=earliest,
                        latest=latest,
                    )
                    yield _error("date-out-of-range", table.name, row_id, message)


def _check_required_values(context: _Context) -> Iterator[Finding]:
    """NOT NULL columns left empty by another tool (primary keys cannot be)."""
    template = i18n.translate(CONTEXT, "{row} has no {field}, which is required.")
    for table in _tables():
        columns = [column for column in table.c if not column.nullable and not column.primary_key]
        if not columns:
            continue
        statement = (
            select(_row_id(table), *(func.typeof(column) == "null" for column in columns))
            .where(or_(*(column.is_(None) for column in columns)))
            .order_by(_row_id(table))
        )
        for row_id, *missing in context.session.execute(statement):
            for column, is_missing in zip(columns, missing, strict=True):
                if is_missing:
                    message = template.format(row=context.label(table.name, row_id), field=_field(column.name))
                    yield _error("missing-value", table.name, row_id, message)


def _check_enums(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, '{row} has an unknown {field} "{value}".')
    for table in _tables():
        columns = [column for column in table.c if isinstance(column.type, SqlEnum)]
        if not columns:
            continue
        known = [list(cast(SqlEnum, column.type).enums) for column in columns]
        unknown = [
            and_(column.is_not(None), _raw(column).not_in(values))
            for column, values in zip(columns, known, strict=True)
        ]
        statement = select(_row_id(table), *(_raw(column) for column in columns)).where(or_(*unknown))
        for row_id, *values in context.session.execute(statement.order_by(_row_id(table))):
            for column, allowed, value in zip(columns, known, values, strict=True):
                if value is not None and value not in allowed:
                    message = template.format(
                        row=context.label(table.name, row_id), field=_field(column.name), value=value
                    )
                    yield _error("invalid-enum-value", table.name, row_id, message)


def _money_columns(table: Table) -> list[Column[Any]]:
    return [
        column
        for column in table.c
        if isinstance(column.type, MoneyType)
        and not isinstance(column.type, HundredthsType)
        and (table.name, column.name) not in MAY_BE_NEGATIVE
    ]


def _check_negative_money(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "{row} has a negative {field} ({amount}).")
    for table in _tables():
        columns = _money_columns(table)
        if not columns:
            continue
        statement = (
            select(_row_id(table), *(_cents(column) for column in columns))
            .where(or_(*(_cents(column) < 0 for column in columns)))
            .order_by(_row_id(table))
        )
        for row_id, *values in context.session.execute(statement):
            for column, value in zip(columns, values, strict=True):
                if isinstance(value, (int, float)) and value < 0:
                    message = template.format(
                        row=context.label(table.name, row_id), field=_field(column.name), amount=_amount(value)
                    )
                    yield _error("negative-money", table.name, row_id, message)


def _check_vat_rates(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "{row} has a VAT rate of {rate} %, outside 0 to 100 %.")
    for table in _tables():
        for column in table.c:
            if not isinstance(column.type, HundredthsType):
                continue
            statement = (
                select(_row_id(table), _cents(column))
                .where(or_(_cents(column) < 0, _cents(column) > 10000))
                .order_by(_row_id(table))
            )
            for row_id, value in context.session.execute(statement):
                message = template.format(row=context.label(table.name, row_id), rate=_amount(value))
                yield _error("vat-rate-out-of-range", table.name, row_id, message)


def _check_ranges(
    context: _Context, columns: Iterable[tuple[str, str]], *, low: int, high: int, code: str, template: str
) -> Iterator[Finding]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table_name, column_name in sorted(columns):
        by_table[table_name].append(column_name)
    for table_name, column_names in by_table.items():
        table = Base.metadata.tables[table_name]
        checked = [table.c[name] for name in column_names]
        statement = (
            select(_row_id(table), *(type_coerce(column, Integer()) for column in checked))
            .where(or_(*(or_(column < low, column > high) for column in checked)))
            .order_by(_row_id(table))
        )
        for row_id, *values in context.session.execute(statement):
            for name, value in zip(column_names, values, strict=True):
                if value is not None and not low <= value <= high:
                    message = template.format(
                        row=context.label(table_name, row_id), field=_field(name), value=value, low=low, high=high
                    )
                    yield _error(code, table_name, row_id, message)


def _check_percentages(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "{row} has {field} {value} %, outside {low} to {high} %.")
    yield from _check_ranges(context, PERCENT_COLUMNS, low=0, high=100, code="percent-out-of-range", template=template)


def _check_scores(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "{row} has {field} {value}, outside the scale {low} to {high}.")
    yield from _check_ranges(context, SCORE_COLUMNS, low=1, high=5, code="score-out-of-range", template=template)


# Columns whose CHECK constraints the dedicated checks above and below already report on.
_RELATION_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("calendar_exception", "start"),
        ("calendar_exception", "end"),
        ("dependency", "predecessor_id"),
        ("dependency", "successor_id"),
    }
)


def _covered_columns(table: Table) -> set[str]:
    covered = {column.name for column in table.c if isinstance(column.type, MoneyType)}
    covered |= {
        name for table_name, name in PERCENT_COLUMNS | SCORE_COLUMNS | _RELATION_COLUMNS if table_name == table.name
    }
    return covered


def _check_other_constraints(context: _Context) -> Iterator[Finding]:
    """CHECK constraints of the schema that no dedicated check covers, evaluated on the stored rows."""
    template = i18n.translate(CONTEXT, '{row} breaks the rule "{rule}".')
    for table in _tables():
        covered = _covered_columns(table)
        rules = []
        for constraint in sorted(
            (c for c in table.constraints if isinstance(c, CheckConstraint)), key=lambda c: str(c.name)
        ):
            rule = str(constraint.sqltext)
            words = set(re.findall(r"[A-Za-z_]+", rule)) & set(table.c.keys())
            if not words or not words <= covered:
                rules.append(rule)
        if not rules:
            continue
        # One scan per table; "IS 0" rather than NOT so that a rule that is NULL passes, as in SQLite's own CHECK.
        broken = [text(f"(({rule}) IS 0)") for rule in rules]
        statement = select(_row_id(table), *broken).select_from(table).where(or_(*broken)).order_by(_row_id(table))
        for row_id, *flags in context.session.execute(statement):
            for rule, flag in zip(rules, flags, strict=True):
                if flag:
                    message = template.format(row=context.label(table.name, row_id), rule=rule)
                    yield _error("check-constraint-violated", table.name, row_id, message)


# --- Structure ---------------------------------------------------------------------------------------------------


def _check_parent_cycles(context: _Context) -> Iterator[Finding]:
    tree = context.tree
    parent_of = tree.parent_of
    # Only tasks the outline walk from the top-level tasks never reached can be in (or under) a loop of parents.
    done: set[int] = set()
    template = i18n.translate(CONTEXT, "The outline has a loop of parents: {cycle}.")
    for task_id in sorted(set(parent_of) - set(tree.outline)):
        path: list[int] = []
        on_path: set[int] = set()
        current: int | None = task_id
        while current is not None and current not in done and current not in on_path and current in parent_of:
            path.append(current)
            on_path.add(current)
            current = parent_of[current]
        if current is not None and current in on_path:
            cycle = path[path.index(current) :]
            turn = cycle.index(min(cycle))
            cycle = cycle[turn:] + cycle[:turn]
            shown = " → ".join(context.label("task", member) for member in [*cycle, cycle[0]])
            yield _error("parent-cycle", "task", cycle[0], template.format(cycle=shown))
        done.update(path)


def _check_summary_flags(context: _Context) -> Iterator[Finding]:
    tree = context.tree
    without_children = i18n.translate(CONTEXT, "{row} is marked as a summary task but has no subtasks.")
    unmarked = i18n.translate(CONTEXT, "{row} has {count} subtasks but is not marked as a summary task.")
    summaries = tree.summaries
    for task_id in sorted(summaries - tree.children.keys()):
        message = without_children.format(row=context.label("task", task_id))
        yield _error("summary-without-children", "task", task_id, message)
    for task_id in sorted(tree.children.keys() - summaries):
        message = unmarked.format(row=context.label("task", task_id), count=len(tree.children[task_id]))
        yield _error("missing-summary-flag", "task", task_id, message)


def _unique_indexes(context: _Context, table: str) -> set[frozenset[str]]:
    """The column sets of the file's own unique indexes on ``table`` (integrity_check keeps those consistent)."""
    found: set[frozenset[str]] = set()
    for _seq, name, unique, _origin, partial in context.session.execute(text(f"PRAGMA index_list({_quote(table)})")):
        if unique and not partial:
            info = context.session.execute(text(f"PRAGMA index_info({_quote(name)})"))
            found.add(frozenset(str(row[2]) for row in info))
    return found


def _check_duplicate_uids(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "The uid {uid} is used by {count} rows of table {table} in {project}: {rows}.")
    for table in _tables():
        if "uid" not in table.c or "project_id" not in table.c:
            continue
        if frozenset({"project_id", "uid"}) in _unique_indexes(context, table.name):
            continue  # the file enforces it
        statement = (
            select(table.c.project_id, table.c.uid, func.count(), func.group_concat(table.c.id))
            .group_by(table.c.project_id, table.c.uid)
            .having(func.count() > 1)
            .order_by(table.c.project_id, table.c.uid)
        )
        for project_id, uid, count, ids in context.session.execute(statement):
            members = sorted(int(part) for part in str(ids).split(","))
            message = template.format(
                uid=uid,
                count=count,
                table=table.name,
                project=context.label("project", project_id),
                rows=", ".join(context.label(table.name, member) for member in members),
            )
            yield _error("duplicate-uid", table.name, members[0], message)


def _check_duplicate_keys(context: _Context) -> Iterator[Finding]:
    """Unique constraints other than (project, uid): only a file whose schema was altered can break them."""
    template = i18n.translate(CONTEXT, "{count} rows of table {table} share the same {columns} ({values}): {rows}.")
    for table in _tables():
        constraints = [constraint for constraint in table.constraints if isinstance(constraint, UniqueConstraint)]
        enforced = _unique_indexes(context, table.name) if constraints else set()
        for constraint in constraints:
            columns = list(constraint.columns)
            names = [column.name for column in columns]
            if names == ["project_id", "uid"] or frozenset(names) in enforced:
                continue
            row_id = _row_id(table)
            statement = (
                select(func.count(), func.group_concat(row_id), *(_raw(column) for column in columns))
                .group_by(*columns)
                .having(func.count() > 1)
            )
            for count, ids, *values in context.session.execute(statement):
                members = sorted(int(part) for part in str(ids).split(","))
                message = template.format(
                    count=count,
                    table=table.name,
                    columns=", ".join(_field(name) for name in names),
                    values=", ".join(str(value) for value in values),
                    rows=", ".join(context.label(table.name, member) for member in members),
                )
                yield _error("duplicate-key", table.name, members[0], message)


def _check_milestones(context: _Context) -> Iterator[Finding]:
    template = i18n.translate(CONTEXT, "{row} is a milestone but has a duration of {hours} working hours.")
    statement = select(Task.id, Task.duration).where(Task.is_milestone.is_(True), Task.duration != 0).order_by(Task.id)
    for task_id, minutes in context.session.execute(statement):
        hours = f"{minutes / 60:g}" if isinstance(minutes, int) else repr(minutes)
        yield _warning(
            "milestone-with-duration", "task", task_id, template.format(row=context.label("task", task_id), hours=hours)
        )


def _check_wbs(context: _Context) -> Iterator[Finding]:
    """WBS codes against the outline numbers (1, 1.1, 1.2, 2 ...); tasks without a WBS code are left alone."""
    tree = context.tree
    template = i18n.translate(CONTEXT, '{row} has the WBS code "{wbs}" but its outline position is {expected}.')
    wbs = tree.wbs
    mismatched = sorted(task_id for task_id, number in tree.outline.items() if wbs[task_id] and wbs[task_id] != number)
    for task_id in mismatched:
        message = template.format(row=context.label("task", task_id), wbs=wbs[task_id], expected=tree.outline[task_id])
        yield _warning("wbs-mismatch", "task", task_id, message)


# --- Dependencies ------------------------------------------------------------------------------------------------


def _strongly_connected(nodes: Iterable[int], successors: Mapping[int, Sequence[int]]) -> list[list[int]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit on long chains)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    components: list[list[int]] = []
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, 0)]
        while work:
            node, position = work[-1]
            following = successors.get(node, ())
            if position < len(following):
                work[-1] = (node, position + 1)
                successor = following[position]
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, 0))
                elif successor in on_stack:
                    low[node] = min(low[node], index[successor])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[int] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def _cycle_through(start: int, members: set[int], successors: Mapping[int, Sequence[int]]) -> list[int]:
    """A shortest cycle from ``start`` back to itself inside one strongly connected component (breadth first)."""
    previous: dict[int, int] = {}
    frontier = [start]
    while frontier:
        following: list[int] = []
        for node in frontier:
            for successor in successors.get(node, ()):
                if successor == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return path[::-1]
                if successor in members and successor not in previous:
                    previous[successor] = node
                    following.append(successor)
        frontier = following
    return [start]  # unreachable for a real component


def _check_dependency_cycles(context: _Context) -> Iterator[Finding]:
    successors: dict[int, list[int]] = defaultdict(list)
    for _link, predecessor, successor in context.links:
        successors[predecessor].append(successor)
    indegree = Counter(successor for _link, _predecessor, successor in context.links)
    # Kahn's algorithm peels off everything that is not in or behind a cycle, so Tarjan only sees the rest.
    ready = [node for node in successors if node not in indegree]
    while ready:
        for successor in successors.get(ready.pop(), ()):
            degree = indegree[successor] - 1
            indegree[successor] = degree
            if not degree:
                ready.append(successor)
    remaining = sorted(node for node, degree in indegree.items() if degree > 0)
    if not remaining:
        return
    kept = set(remaining)
    inner = {node: sorted({s for s in successors.get(node, ()) if s in kept}) for node in remaining}
    self_loop = i18n.translate(CONTEXT, "{row} depends on itself.")
    whole = i18n.translate(CONTEXT, "The dependencies {cycle} form a cycle.")
    part = i18n.translate(CONTEXT, "The dependencies {cycle} form a cycle ({count} tasks are caught in linked cycles).")
    for component in sorted(_strongly_connected(remaining, inner), key=min):
        start = min(component)
        if len(component) == 1:
            if start in inner[start]:
                yield _error("dependency-cycle", "task", start, self_loop.format(row=context.label("task", start)))
            continue
        cycle = _cycle_through(start, set(component), inner)
        shown = " → ".join(context.label("task", member) for member in [*cycle, start])
        if len(cycle) == len(component):
            message = whole.format(cycle=shown)
        else:
            message = part.format(cycle=shown, count=len(component))
        yield _error("dependency-cycle", "task", start, message)


def _check_summary_links(context: _Context) -> Iterator[Finding]:
    """MS Project refuses a link between a summary task and a task inside it."""
    tree = context.tree
    template = i18n.translate(
        CONTEXT, "{link} joins a summary task to one of its own subtasks, which MS Project does not allow."
    )
    parents = tree.children.keys()
    touching = [link for link in context.links if link[1] in parents or link[2] in parents]
    for link_id, predecessor, successor in touching:
        if (predecessor in tree.children and tree.is_ancestor(predecessor, successor)) or (
            successor in tree.children and tree.is_ancestor(successor, predecessor)
        ):
            yield _error(
                "summary-linked-to-descendant",
                "dependency",
                link_id,
                template.format(link=context.label("dependency", link_id)),
            )


# --- Dates and progress ------------------------------------------------------------------------------------------


def _check_finish_before_start(context: _Context) -> Iterator[Finding]:
    planned = i18n.translate(CONTEXT, "{row} ends on {finish}, before it starts on {start}.")
    actual = i18n.translate(CONTEXT, "{row} has an actual finish ({finish}) before its actual start ({start}).")
    pairs: list[tuple[Table, str, str, str, str]] = [
        (Project.__table__, "start", "finish", "finish-before-start", planned),  # type: ignore[list-item]
        (Task.__table__, "start", "finish", "finish-before-start", planned),  # type: ignore[list-item]
        (Task.__table__, "actual_start", "actual_finish", "actual-finish-before-start", actual),  # type: ignore[list-item]
        (BaselineTask.__table__, "start", "finish", "finish-before-start", planned),  # type: ignore[list-item]
        (Contract.__table__, "start_date", "end_date", "finish-before-start", planned),  # type: ignore[list-item]
        (CalendarException.__table__, "start", "end", "finish-before-start", planned),  # type: ignore[list-item]
    ]
    for table, start_name, finish_name, code, template in pairs:
        start, finish = table.c[start_name], table.c[finish_name]
        statement = (
            select(table.c.id, _raw(start), _raw(finish))
            .where(func.julianday(finish) < func.julianday(start))
            .order_by(table.c.id)
        )
        for row_id, start_value, finish_value in context.session.execute(statement):
            message = template.format(
                row=context.label(table.name, row_id), start=_moment(start_value), finish=_moment(finish_value)
            )
            yield _error(code, table.name, row_id, message)


def _check_progress(context: _Context) -> Iterator[Finding]:
    session = context.session
    without_start = i18n.translate(CONTEXT, "{row} has an actual finish ({finish}) but no actual start.")
    for task_id, finish in session.execute(
        select(Task.id, _raw(Task.actual_finish))
        .where(Task.actual_finish.is_not(None), Task.actual_start.is_(None))
        .order_by(Task.id)
    ):
        message = without_start.format(row=context.label("task", task_id), finish=_moment(finish))
        yield _error("actual-finish-without-start", "task", task_id, message)
    complete = i18n.translate(CONTEXT, "{row} is 100 % complete but has no actual finish.")
    for task_id in session.execute(
        select(Task.id)
        .where(Task.percent_complete == 100, Task.actual_finish.is_(None), Task.is_summary.is_(False))
        .order_by(Task.id)
    ).scalars():
        yield _warning(
            "complete-without-actual-finish", "task", task_id, complete.format(row=context.label("task", task_id))
        )
    undated = i18n.translate(CONTEXT, '{row} has the constraint "{constraint}" but no constraint date.')
    for task_id, constraint in session.execute(
        select(Task.id, _raw(Task.constraint_type))
        .where(_raw(Task.constraint_type).in_([str(kind) for kind in sorted(DATED_CONSTRAINTS)]))
        .where(Task.constraint_date.is_(None))
        .order_by(Task.id)
    ):
        message = undated.format(row=context.label("task", task_id), constraint=constraint)
        yield _warning("constraint-without-date", "task", task_id, message)


# --- Finance -----------------------------------------------------------------------------------------------------


def _check_finance(context: _Context) -> Iterator[Finding]:
    session = context.session
    live = _raw(Commitment.status) != str(CommitmentStatus.CANCELLED)
    committed = func.sum(_cents(Commitment.amount))

    overcommitted = i18n.translate(CONTEXT, "{row} has {committed} committed, more than its amount of {amount}.")
    for line_id, amount, total in session.execute(
        select(BudgetLine.id, _cents(BudgetLine.amount), committed)
        .join(Commitment, Commitment.budget_line_id == BudgetLine.id)
        .where(live)
        .group_by(BudgetLine.id)
        .having(committed > _cents(BudgetLine.amount))
        .order_by(BudgetLine.id)
    ):
        message = overcommitted.format(
            row=context.label("budget_line", line_id), committed=_amount(total), amount=_amount(amount)
        )
        yield _warning("budget-overcommitted", "budget_line", line_id, message)

    over_ceiling = i18n.translate(CONTEXT, "{row} has {committed} committed, more than its ceiling of {ceiling}.")
    for contract_id, ceiling, total in session.execute(
        select(Contract.id, _cents(Contract.ceiling), committed)
        .join(Commitment, Commitment.contract_id == Contract.id)
        .where(live, Contract.ceiling.is_not(None))
        .group_by(Contract.id)
        .having(committed > _cents(Contract.ceiling))
        .order_by(Contract.id)
    ):
        message = over_ceiling.format(
            row=context.label("contract", contract_id), committed=_amount(total), ceiling=_amount(ceiling)
        )
        yield _error("commitment-over-ceiling", "contract", contract_id, message)

    invoiced = func.sum(_cents(Invoice.amount))
    over_invoiced = i18n.translate(CONTEXT, "{row} has {invoiced} invoiced, more than its amount of {amount}.")
    for commitment_id, amount, total in session.execute(
        select(Commitment.id, _cents(Commitment.amount), invoiced)
        .join(Invoice, Invoice.commitment_id == Commitment.id)
        .group_by(Commitment.id)
        .having(invoiced > _cents(Commitment.amount))
        .order_by(Commitment.id)
    ):
        message = over_invoiced.format(
            row=context.label("commitment", commitment_id), invoiced=_amount(total), amount=_amount(amount)
        )
        yield _warning("invoice-over-commitment", "commitment", commitment_id, message)


# --- Calendars ---------------------------------------------------------------------------------------------------


def _check_calendars(context: _Context) -> Iterator[Finding]:
    """Each calendar's week, taken (as the scheduler does) from the nearest calendar of its base chain that has one."""
    session = context.session
    base_of: dict[int, int | None] = dict(
        context.rows(select(Calendar.id, Calendar.base_calendar_id).order_by(Calendar.id))
    )
    working = func.sum(
        case(
            (
                CalendarWorkInterval.end_minute > CalendarWorkInterval.start_minute,
                CalendarWorkInterval.end_minute - CalendarWorkInterval.start_minute,
            ),
            else_=0,
        )
    )
    week_minutes: dict[int, int] = {
        calendar_id: int(minutes or 0)
        for calendar_id, minutes in session.execute(
            select(CalendarWorkInterval.calendar_id, working).group_by(CalendarWorkInterval.calendar_id)
        )
    }
    base_cycle = i18n.translate(CONTEXT, "The base calendars loop: {cycle}.")
    own_week = i18n.translate(CONTEXT, "{row} has no working time in its week.")
    inherited = i18n.translate(
        CONTEXT, "{row} has no working time in its week: it takes its week from {base}, which has none."
    )
    reported_cycles: set[frozenset[int]] = set()
    for calendar_id in base_of:
        chain: list[int] = []
        current: int | None = calendar_id
        while current is not None and current in base_of and current not in chain:
            chain.append(current)
            current = base_of[current]
        if current is not None and current in chain:
            cycle = chain[chain.index(current) :]
            if frozenset(cycle) not in reported_cycles:
                reported_cycles.add(frozenset(cycle))
                first = min(cycle)
                turn = cycle.index(first)
                ordered = cycle[turn:] + cycle[:turn]
                shown = " → ".join(context.label("calendar", member) for member in [*ordered, first])
                yield _error("calendar-base-cycle", "calendar", first, base_cycle.format(cycle=shown))
        owner = next((member for member in chain if member in week_minutes), None)
        if owner is None or week_minutes[owner] <= 0:
            row = context.label("calendar", calendar_id)
            source = owner if owner is not None else chain[-1]
            if source == calendar_id:
                message = own_week.format(row=row)
            else:
                message = inherited.format(row=row, base=context.label("calendar", source))
            yield _error("calendar-missing-work-time", "calendar", calendar_id, message)

    without = i18n.translate(CONTEXT, "{row} has no project calendar; the standard calendar is used.")
    for project_id in session.execute(
        select(Project.id).where(Project.calendar_id.is_(None)).order_by(Project.id)
    ).scalars():
        yield _warning(
            "project-without-calendar", "project", project_id, without.format(row=context.label("project", project_id))
        )


_CHECKS: tuple[Callable[[_Context], Iterator[Finding]], ...] = (
    _check_integrity,
    _check_foreign_keys,
    _check_required_values,
    _check_dates,
    _check_enums,
    _check_negative_money,
    _check_vat_rates,
    _check_percentages,
    _check_scores,
    _check_other_constraints,
    _check_parent_cycles,
    _check_summary_flags,
    _check_duplicate_uids,
    _check_duplicate_keys,
    _check_milestones,
    _check_wbs,
    _check_dependency_cycles,
    _check_summary_links,
    _check_finish_before_start,
    _check_progress,
    _check_finance,
    _check_calendars,
)
