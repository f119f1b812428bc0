"""The mapping layer between the database and the pure EVM engine (:mod:`services.evm`), period snapshots and
re-baselining.

* :func:`evm_inputs` reads a project and one of its baselines into the engine's plain input values.
* :func:`compute` runs the engine on them (for views that want the engine's objects).
* :func:`evm_report` computes every figure at a status date and returns the stable JSON-ready report behind
  ``belfry evm FILE --status-date D [--baseline N] [--period P] [--by wbs|category] --json``.
* :func:`close_period` freezes a reporting period (PV, EV, AC, BAC, EAC, forecast finish, and every task's PV, EV,
  AC) in a :class:`~model.finance.StatusPeriod`, so trends survive a re-baseline; :func:`period_trend` reads them.
* :func:`rebaseline` saves a new baseline only with a reason and an approved change request.

Service functions take the caller's ``Session`` and never commit (see ``services/store.py``).

**Budget (BAC) and planned value.** Only the chosen baseline counts. Every leaf task (a task without children)
brings the cost of its :class:`~model.planning.BaselineTask` row. When the baseline holds time-phased rows for the
task (:class:`~model.planning.BaselineTimephased`, one per week), those are what the baseline froze and they are the
planned value: each week's cost is spread linearly over the task's working time inside that week (the week clipped to
the task's baseline start and finish); otherwise the cost is spread linearly over the working time between the
baseline start and finish. Summary rows of a baseline are roll-ups of their leaves and are never added: a summary
task brings only what is assigned to it directly (its baseline cost minus its direct children's, when it has fixed
costs or assignments of its own), spread over its baseline dates. A task added after the baseline has no budget.

**Earned value** follows each task's technique (:class:`~model.enums.EarnedValueTechnique`) with its % complete,
physical % complete, actual start and actual finish. Under *weighted milestones* a task earns its budget as the
milestones of its work package (its siblings that are milestones with an ``ev_weight`` above 0) are reached: each
milestone's share of the total weight on the day of its actual finish (or at the status date when it is 100 %
complete without an actual finish). Progress is as recorded at the project's status date; for an earlier status
date (e.g. closing a past period) it is taken back linearly in working time between the task's actual start and its
actual finish (or the project's status date), and so is the actual work of rule 2 below.

**Actual cost** (the rule that avoids double counting). Cost entries are the ledger; the work recorded on
assignments only fills what the ledger does not hold:

1. Every :class:`~model.finance.CostEntry` dated on or before the status date counts, on its date and in its own
   cost category. An entry without a task counts at project level (project and category totals, no WBS branch).
2. An assignment adds ``actual work x the resource's standard rate`` (plus the cost per use once the task has started),
   spread over the task's working time from its actual start to its actual finish (or the status date), in the
   resource's cost category, **unless a cost entry already covers it**: an entry on the same task that names the
   resource, or an entry on the same task without a resource in the resource's cost category (e.g. a timesheet
   booking of the personnel cost of the task).
3. A task's fixed cost accrues as ``fixed cost x % complete`` over the same span, unless the task has a cost entry
   without a resource (which is taken as the booking of its fixed costs).

**Cost categories.** A task's budget is in the category that carries most of its current planned cost (assignments
by their resource's cost category, the fixed cost by the category of the task's resource-less cost entries, else
``other``); its actual costs are in their own categories (rules 1-3).

**Bottom-up ETC** (for ``eac_bottom_up = AC + ETC``) is the remaining cost of the current plan: for each unfinished
task, the remaining work of each assignment (work - actual work) at the standard rate, the cost per use of a task not
yet started, and the fixed cost not yet accrued (``fixed cost x (100 - % complete) / 100``).

**Calendars.** Working time is the project calendar's (``schedule_service.calendar_specs`` read into a
:class:`~services.working_time.WorkingTimeIndex`); a task with a calendar of its own spreads its values on it.
Earned Schedule counts time in reporting periods (a period's share by its working time) on each group's own
baseline time line: from the baseline start of the project, of the WBS branch or of the cost category, with the
actual time stopped at the group's actual finish once it has earned its whole budget (Lipke's "treat the sub-level
as the project"; see :mod:`services.evm`).
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from model.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    BaselineTimephased,
    ChangeRequest,
    CostEntry,
    Project,
    Resource,
    StatusPeriod,
    StatusPeriodTask,
    Task,
)
from model.enums import ChangeRequestStatus, CostCategory, EarnedValueTechnique
from model.ids import ChangeRequestId, ProjectId, TaskId
from model.money import CENT, ZERO
from services import baselines, evm, schedule_service, working_time

PERIODS: tuple[str, ...] = tuple(kind.value for kind in evm.PeriodKind)
"""The accepted ``period`` values: week, month, fiscal (fiscal months P01-P12), fiscal-quarter."""

BREAKDOWNS: tuple[str, ...] = ("wbs", "category")
"""The accepted ``by`` values."""

APPROVED_STATUSES = frozenset({ChangeRequestStatus.APPROVED, ChangeRequestStatus.IMPLEMENTED})
"""A change request in one of these states may justify a re-baseline."""

INDICATOR_FIGURES: tuple[str, ...] = (
    "bac",
    "pv",
    "ev",
    "ac",
    "sv",
    "cv",
    "sv_percent",
    "cv_percent",
    "spi",
    "cpi",
    "csi",
    "eac_cpi",
    "eac_atypical",
    "eac_cpi_spi",
    "eac_bottom_up",
    "etc_bottom_up",
    "etc_cpi",
    "etc_atypical",
    "vac",
    "tcpi_bac",
    "tcpi_eac",
    "percent_complete",
    "percent_spent",
    "percent_planned",
)
"""The cost-based figures of a report (see :mod:`services.evm` for their formulas)."""

SCHEDULE_FIGURES: tuple[str, ...] = ("es", "at", "pd", "sv_t", "spi_t", "ieac_t", "ieac_t_pf1", "tspi")
"""The Earned Schedule figures of a report, in reporting periods."""

MONEY_FIGURES = frozenset(
    {
        "bac",
        "pv",
        "ev",
        "ac",
        "sv",
        "cv",
        "eac_cpi",
        "eac_atypical",
        "eac_cpi_spi",
        "eac_bottom_up",
        "etc_bottom_up",
        "etc_cpi",
        "etc_atypical",
        "vac",
    }
)
"""Figures that are money: strings with two decimals in JSON; every other number is a float rounded to 4 places."""

_INDEX_PLACES = 4
_DAY = dt.timedelta(days=1)
_FAR = dt.date(9998, 12, 31)  # an open actual span: the engine ends it at the status date


# --------------------------------------------------------------------------------------------------------------------
# Reading the engine's inputs
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WbsNode:
    """A task as the report names it: its WBS code, name, parent and whether it is a leaf."""

    id: TaskId
    parent_id: TaskId | None
    position: int
    wbs: str
    name: str
    is_leaf: bool


@dataclass(frozen=True, slots=True)
class EvmContext:
    """What a report needs besides the engine inputs."""

    project_id: ProjectId
    currency: str
    project_start: dt.date
    fiscal_year_start_month: int
    baseline: int
    baseline_name: str
    nodes: dict[TaskId, WbsNode]


class EvmInputs(NamedTuple):
    """Everything :func:`services.evm.compute` needs for one project and baseline, plus the report's context.

    Attributes:
        tasks: every task (leaves carry the budget; summaries are WBS branches with their own values only).
        project_costs: cost entries not booked on a task.
        axis: the project calendar's working time. calendars: task calendars' working time by calendar id.
        context: project, baseline and WBS names.
    """

    tasks: list[evm.TaskInput]
    project_costs: list[evm.ActualCost]
    axis: evm.WorkingAxis
    calendars: dict[Hashable, evm.WorkingAxis]
    context: EvmContext


@dataclass(slots=True)
class _AssignmentRow:
    resource_id: int
    work: int
    actual_work: int
    rate: Decimal
    per_use: Decimal
    category: str


def baseline_id(session: Session, project_id: ProjectId, number: int) -> int:
    """The id of baseline ``number`` of the project.

    Raises:
        ValueError: the project has no baseline with that number.
    """
    found = session.scalars(
        select(Baseline.id).where(Baseline.project_id == project_id, Baseline.number == number)
    ).first()
    if found is None:
        raise ValueError(f"Baseline {number} has not been set in this project.")
    return found


def _working_axes(session: Session, project: Project) -> tuple[evm.WorkingAxis, dict[Hashable, evm.WorkingAxis]]:
    """The project calendar's working-time axis and every usable calendar's axis by calendar id."""
    origin = project.start.date()
    calendars: dict[Hashable, evm.WorkingAxis] = {}
    for calendar_id, spec in schedule_service.calendar_specs(session, project.id).items():
        if spec.minutes_per_week > 0:  # a calendar without working time cannot carry values
            calendars[calendar_id] = working_time.WorkingTimeIndex(spec, origin).to_minutes
    axis = calendars.get(project.calendar_id) if project.calendar_id is not None else None
    if axis is None:
        axis = working_time.WorkingTimeIndex(working_time.standard_calendar(), origin).to_minutes
    return axis, calendars


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)


def _dominant_category(costs: Mapping[str, Decimal]) -> str:
    """The category with the largest cost (ties: alphabetical), ``other`` when nothing costs anything."""
    best = max(sorted(costs.items()), key=lambda item: item[1], default=None)
    return best[0] if best is not None and best[1] > 0 else CostCategory.OTHER


def _read_baseline(
    session: Session, chosen_id: int, leaves: set[int]
) -> tuple[dict[int, Any], dict[int, list[tuple[dt.date, int, Decimal]]]]:
    """The baseline's task rows by task id, and the time-phased rows of the leaves."""
    planned_rows = {
        row.task_id: row
        for row in session.execute(
            select(BaselineTask.task_id, BaselineTask.start, BaselineTask.finish, BaselineTask.cost).where(
                BaselineTask.baseline_id == chosen_id
            )
        )
    }
    weeks: dict[int, list[tuple[dt.date, int, Decimal]]] = defaultdict(list)
    for task_id, period_start, period_days, cost in session.execute(
        select(
            BaselineTimephased.task_id,
            BaselineTimephased.period_start,
            BaselineTimephased.period_days,
            BaselineTimephased.cost,
        )
        .where(BaselineTimephased.baseline_id == chosen_id)
        .order_by(BaselineTimephased.task_id, BaselineTimephased.period_start)
    ):
        if task_id in leaves:  # summary rows roll up their leaves: never add them
            weeks[task_id].append((period_start, period_days, cost))
    return planned_rows, weeks


def _read_assignments(session: Session, project_id: ProjectId) -> dict[int, list[_AssignmentRow]]:
    """Every assignment of the project with its resource's rates and cost category, by task id."""
    assignments: dict[int, list[_AssignmentRow]] = defaultdict(list)
    for task_id, resource_id, work, actual_work, rate, per_use, category in session.execute(
        select(
            Assignment.task_id,
            Assignment.resource_id,
            Assignment.work,
            Assignment.actual_work,
            Resource.standard_rate,
            Resource.cost_per_use,
            Resource.cost_category,
        )
        .join(Resource, Resource.id == Assignment.resource_id)
        .join(Task, Task.id == Assignment.task_id)
        .where(Task.project_id == project_id)
        .order_by(Assignment.id)
    ):
        assignments[task_id].append(_AssignmentRow(resource_id, work, actual_work, rate, per_use, str(category)))
    return assignments


@dataclass(slots=True)
class _Ledger:
    """The cost entries up to the status date.

    Attributes:
        entries: per task, its entries as engine costs. named: per task, the resources its entries name.
        unnamed: per task, the amounts of its entries without a resource by category. project_costs: entries
            without a task.
    """

    entries: dict[int, list[evm.ActualCost]]
    named: dict[int, set[int]]
    unnamed: dict[int, dict[str, Decimal]]
    project_costs: list[evm.ActualCost]


def _read_ledger(session: Session, project_id: ProjectId, status_date: dt.date, task_ids: set[int]) -> _Ledger:
    ledger = _Ledger(defaultdict(list), defaultdict(set), defaultdict(lambda: defaultdict(lambda: ZERO)), [])
    for task_id, resource_id, day, amount, category in session.execute(
        select(CostEntry.task_id, CostEntry.resource_id, CostEntry.date, CostEntry.amount, CostEntry.category)
        .where(CostEntry.project_id == project_id, CostEntry.date <= status_date)
        .order_by(CostEntry.date, CostEntry.id)
    ):
        cost = evm.ActualCost(amount, day, category=str(category))
        if task_id is None or task_id not in task_ids:
            ledger.project_costs.append(cost)
        else:
            ledger.entries[task_id].append(cost)
            if resource_id is not None:
                ledger.named[task_id].add(resource_id)
            else:
                ledger.unnamed[task_id][str(category)] += amount
    return ledger


def evm_inputs(session: Session, project_id: ProjectId, *, baseline: int, status_date: dt.date) -> EvmInputs:
    """Read the project, baseline ``baseline`` and the actuals up to ``status_date`` into engine inputs.

    See the module docstring for the rules (budget, earned value, actual cost, categories, bottom-up ETC).

    Raises:
        ValueError: the project does not exist or has no baseline ``baseline``.
    """
    project = session.get(Project, project_id)
    if project is None:
        raise ValueError(f"Project {project_id} does not exist.")
    chosen = session.get_one(Baseline, baseline_id(session, project_id, baseline))
    axis, calendars = _working_axes(session, project)
    working_calendar = schedule_service.working_calendars(session, project_id)  # the task's own or its resources'

    rows = session.execute(
        select(
            Task.id,
            Task.parent_id,
            Task.position,
            Task.wbs,
            Task.name,
            Task.is_milestone,
            Task.percent_complete,
            Task.physical_percent_complete,
            Task.actual_start,
            Task.actual_finish,
            Task.ev_technique,
            Task.ev_weight,
            Task.fixed_cost,
            Task.start,
        )
        .where(Task.project_id == project_id)
        .order_by(Task.id)
    ).all()
    by_id = {row.id: row for row in rows}
    children: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row.parent_id is not None and row.parent_id in by_id:
            children[row.parent_id].append(row.id)

    leaves = {row.id for row in rows if not children.get(row.id)}
    planned_rows, weeks = _read_baseline(session, chosen.id, leaves)
    assignments = _read_assignments(session, project_id)
    ledger = _read_ledger(session, project_id, status_date, set(by_id))
    entries, named, unnamed = ledger.entries, ledger.named, ledger.unnamed
    project_costs = ledger.project_costs

    as_of = project.status_date
    nodes: dict[TaskId, WbsNode] = {}
    tasks: list[evm.TaskInput] = []
    for row in rows:
        kids = children.get(row.id, [])
        is_leaf = not kids
        nodes[row.id] = WbsNode(row.id, row.parent_id, row.position, row.wbs, row.name, is_leaf)
        own = assignments.get(row.id, [])
        booked = unnamed.get(row.id, {})
        planned_costs: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for a in own:
            planned_costs[a.category] += baselines.assignment_cost(a.work, a.rate, a.per_use)
        if row.fixed_cost:
            planned_costs[_dominant_category(booked)] += row.fixed_cost
        category: str = _dominant_category(planned_costs) if planned_costs else _dominant_category(booked)

        calendar_id = working_calendar.get(row.id)
        task_axis = calendars.get(calendar_id, axis) if calendar_id is not None else axis
        progress = _progress_at(row, status_date, as_of, task_axis)
        budget, start, finish, slices = _budget(row, planned_rows, weeks, kids, has_own_cost=bool(planned_costs))
        derived = _derived_costs(
            row,
            own,
            category,
            progress,
            named=named.get(row.id, set()),
            booked=set(booked),
            scheduled_start=row.start or start,
        )
        milestones: tuple[evm.Milestone, ...] = ()
        if row.ev_technique is EarnedValueTechnique.WEIGHTED_MILESTONES and row.parent_id in by_id:
            milestones = tuple(
                _milestone(by_id[key], status_date, as_of)
                for key in children[row.parent_id]
                if by_id[key].is_milestone and by_id[key].ev_weight > 0
            )
        tasks.append(
            evm.TaskInput(
                id=row.id,
                parent=row.parent_id if row.parent_id in by_id else None,
                category=category,
                budget=budget,
                baseline_start=start,
                baseline_finish=finish,
                planned=slices,
                technique=row.ev_technique,
                percent_complete=progress.percent_complete,
                physical_percent_complete=progress.physical_percent_complete,
                actual_start=progress.actual_start,
                actual_finish=progress.actual_finish,
                milestones=milestones,
                actual_costs=(*entries.get(row.id, ()), *derived),
                etc_bottom_up=_remaining_cost(row, own) if is_leaf or planned_costs else None,
                calendar=calendar_id if calendar_id in calendars else None,
            )
        )
    context = EvmContext(
        project_id=project_id,
        currency=project.currency,
        project_start=project.start.date(),
        fiscal_year_start_month=project.fiscal_year_start_month,
        baseline=baseline,
        baseline_name=chosen.name,
        nodes=nodes,
    )
    return EvmInputs(tasks, project_costs, axis, calendars, context)


def _budget(
    row: Any,
    planned_rows: dict[int, Any],
    weeks: dict[int, list[tuple[dt.date, int, Decimal]]],
    kids: list[int],
    *,
    has_own_cost: bool,
) -> tuple[Decimal, dt.datetime | None, dt.datetime | None, tuple[evm.PlannedSlice, ...]]:
    """A task's own budget, baseline dates and time-phased slices in the chosen baseline."""
    planned = planned_rows.get(row.id)
    if planned is None:
        return ZERO, None, None, ()
    start, finish = planned.start, planned.finish
    if kids:
        # A summary row rolls up its children: only what is assigned to the summary itself is its own budget.
        if not has_own_cost:
            return ZERO, None, None, ()
        children_cost = sum((planned_rows[kid].cost for kid in kids if kid in planned_rows), ZERO)
        return max(planned.cost - children_cost, ZERO), start, finish, ()
    slices: list[evm.PlannedSlice] = []
    for period_start, period_days, cost in weeks.get(row.id, ()):
        slice_start = dt.datetime.combine(period_start, dt.time())
        slice_finish = slice_start + dt.timedelta(days=max(period_days, 1))
        if start is not None:
            slice_start = min(max(slice_start, start), slice_finish)
        if finish is not None:
            slice_finish = max(min(slice_finish, finish), slice_start)
        slices.append(evm.PlannedSlice(slice_start, slice_finish, cost))
    return planned.cost, start, finish, tuple(slices)


@dataclass(frozen=True, slots=True)
class _Progress:
    """A task's progress as known at the status date."""

    percent_complete: Decimal
    physical_percent_complete: Decimal
    actual_start: dt.datetime | None
    actual_finish: dt.datetime | None
    share: Decimal  # the part of the recorded actual work done by the status date (1 unless it is in the past)


def _share_between(axis: evm.WorkingAxis, start: dt.datetime, finish: dt.datetime, moment: dt.datetime) -> Decimal:
    """The share (0-1) of the working time from ``start`` to ``finish`` elapsed at ``moment``."""
    total = axis(finish) - axis(start)
    if total <= 0:
        return Decimal(1) if moment >= finish else Decimal(0)
    elapsed = min(max(axis(moment) - axis(start), 0), total)
    return Decimal(elapsed) / Decimal(total)


def _progress_at(row: Any, status_date: dt.date, as_of: dt.date | None, axis: evm.WorkingAxis) -> _Progress:
    """The task's progress at the end of ``status_date``.

    Progress is recorded as of the project's status date ``as_of``. For an earlier status date it is taken back
    linearly in working time between the actual start (0) and the actual finish, or ``as_of`` (the recorded value);
    a task that started after the status date had not started.
    """
    percent, physical = Decimal(row.percent_complete), Decimal(row.physical_percent_complete)
    status_end = dt.datetime.combine(status_date + _DAY, dt.time())
    start, finish = row.actual_start, row.actual_finish
    if as_of is None or status_date >= as_of or start is None or (finish is not None and finish <= status_end):
        return _Progress(percent, physical, start, finish, Decimal(1))
    if start >= status_end:
        return _Progress(Decimal(0), Decimal(0), None, None, Decimal(0))
    recorded_at = finish if finish is not None else dt.datetime.combine(as_of + _DAY, dt.time())
    share = _share_between(axis, start, recorded_at, status_end)
    return _Progress(percent * share, physical * share, start, None, share)


def _milestone(row: Any, status_date: dt.date, as_of: dt.date | None) -> evm.Milestone:
    """A weighted milestone: reached on its actual finish, or at the status date if complete without one."""
    done_on = row.actual_finish.date() if row.actual_finish is not None else None
    known = as_of is None or status_date >= as_of  # a 100 % without a date is only known at the project status date
    return evm.Milestone(
        weight=row.ev_weight,
        done=done_on is not None or (known and row.percent_complete >= 100),
        done_on=done_on,
    )


def _derived_costs(
    row: Any,
    own: Sequence[_AssignmentRow],
    category: str,
    progress: _Progress,
    *,
    named: set[int],
    booked: set[str],
    scheduled_start: dt.datetime | None,
) -> list[evm.ActualCost]:
    """Actual costs from actual work x rates and accrued fixed cost, where no cost entry covers them (rules 2-3).

    The actual work is spread from the actual start to the actual finish or the status date; for a status date
    before the project's, only the share of it done by then counts.
    """
    started = progress.actual_start is not None or progress.percent_complete > 0
    if not started:
        return []
    span_start = progress.actual_start or scheduled_start
    if span_start is None:
        return []
    span_finish = progress.actual_finish
    costs: list[evm.ActualCost] = []
    for a in own:
        if a.resource_id in named or a.category in booked:
            continue
        labour = _money(baselines.assignment_cost(a.actual_work, a.rate) * progress.share)
        if labour:
            costs.append(evm.ActualCost(labour, span_start, span_finish or _FAR, category=a.category))
        if a.per_use:
            costs.append(evm.ActualCost(a.per_use, span_start, category=a.category))
    if row.fixed_cost and not booked and progress.percent_complete > 0:
        accrued = _money(row.fixed_cost * min(progress.percent_complete, Decimal(100)) / 100)
        if accrued:
            costs.append(evm.ActualCost(accrued, span_start, span_finish or _FAR, category=category))
    return costs


def _remaining_cost(row: Any, own: Sequence[_AssignmentRow]) -> Decimal:
    """The bottom-up estimate to complete of one task: the remaining cost of its current plan."""
    if row.actual_finish is not None or row.percent_complete >= 100:
        return ZERO
    started = row.actual_start is not None or row.percent_complete > 0
    remaining = sum(
        (
            baselines.assignment_cost(max(a.work - a.actual_work, 0), a.rate, ZERO if started else a.per_use)
            for a in own
        ),
        ZERO,
    )
    return remaining + _money(row.fixed_cost * (100 - row.percent_complete) / 100)


# --------------------------------------------------------------------------------------------------------------------
# Computing and reporting
# --------------------------------------------------------------------------------------------------------------------


def period_kind(period: str) -> evm.PeriodKind:
    """The reporting period named ``period``.

    Raises:
        ValueError: ``period`` is not one of :data:`PERIODS`.
    """
    try:
        return evm.PeriodKind(period)
    except ValueError:
        raise ValueError(f"Unknown period {period!r}: use {', '.join(PERIODS[:-1])} or {PERIODS[-1]}.") from None


def _grid(context: EvmContext, kind: evm.PeriodKind, status_date: dt.date) -> evm.PeriodGrid:
    """Reporting periods from the one holding the project start to the status date (extended by the engine)."""
    first = context.project_start
    return evm.period_grid(
        kind, first, max(first, status_date), fiscal_year_start_month=context.fiscal_year_start_month
    )


def compute(
    session: Session,
    project_id: ProjectId,
    *,
    status_date: dt.date,
    baseline: int = 0,
    period: str = "month",
    rules: Sequence[evm.StatusRule] = evm.DEFAULT_RULES,
) -> tuple[evm.EvmResult, EvmInputs]:
    """Run the engine on the project at ``status_date`` against baseline ``baseline``.

    Raises:
        ValueError: unknown project, baseline or period.
    """
    kind = period_kind(period)
    inputs = evm_inputs(session, project_id, baseline=baseline, status_date=status_date)
    result = evm.compute(
        inputs.tasks,
        _grid(inputs.context, kind, status_date),
        status_date,
        axis=inputs.axis,
        calendars=inputs.calendars,
        project_costs=inputs.project_costs,
        rules=rules,
    )
    return result, inputs


def json_money(value: Decimal | float | None) -> str | None:
    """Money in JSON: a string with two decimals (rounded half-even), as ``headless.json_value`` writes money."""
    if value is None:
        return None
    amount = Decimal(str(value)) if isinstance(value, float) else value
    return str(_money(amount))


def json_index(value: float | Decimal | None) -> float | None:
    """An index, percentage (fraction) or time in periods in JSON: a float rounded to four decimals."""
    return None if value is None else round(float(value), _INDEX_PLACES) + 0.0


def _json_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def group_figures(group: evm.GroupFigures) -> dict[str, Any]:
    """The JSON form of the figures of the project, a branch or a category at the status date.

    Keys: :data:`INDICATOR_FIGURES`, :data:`SCHEDULE_FIGURES`, ``planned_finish``, ``forecast_finish``, ``status``
    (green/amber/red per rated figure) and ``reasons`` (why each null figure is undefined).
    """
    values: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    indicators = group.indicators
    for name in INDICATOR_FIGURES:
        value = getattr(indicators, name)
        values[name] = json_money(value) if name in MONEY_FIGURES else json_index(value)
        if value is None:
            reasons[name] = indicators.reasons.get(name, "undefined")
    schedule = group.schedule
    for name in SCHEDULE_FIGURES:
        value = getattr(schedule, name)
        values[name] = json_index(value)
        if value is None:
            reasons[name] = schedule.reasons.get(name, "undefined")
    values["planned_finish"] = _json_date(group.planned_finish)
    values["forecast_finish"] = _json_date(group.forecast_finish)
    if group.planned_finish is None:
        reasons["planned_finish"] = "no baseline budget"
    if group.forecast_finish is None:
        reasons["forecast_finish"] = group.forecast_reason or "IEAC(t) is undefined"
    values["status"] = {name: str(rag) for name, rag in group.status.items()}
    values["reasons"] = reasons
    return values


def evm_report(
    session: Session,
    project_id: ProjectId,
    *,
    status_date: dt.date,
    baseline: int = 0,
    period: str = "month",
    by: str | None = None,
    rules: Sequence[evm.StatusRule] = evm.DEFAULT_RULES,
) -> dict[str, Any]:
    """Every EVM and Earned Schedule figure of the project at ``status_date`` as a JSON-ready dictionary.

    Shape (stable, documented in the README): ``status_date``, ``baseline``, ``baseline_name``, ``period``,
    ``currency``; the figures of :func:`group_figures` at project level (money as strings with two decimals, indices,
    percentages as fractions and times in periods as floats rounded to 4 decimals, undefined figures null with a
    reason in ``reasons``); ``series``: one ``{date, period, pv, ev, ac}`` per reporting period, cumulative, at the
    end of the period (at the status date for the period that holds it; ``ev`` and ``ac`` null after it);
    ``issues``: input problems found by the engine; with ``by`` set, ``by`` and ``breakdown``: one entry per top-level
    WBS task (``wbs``, ``name`` and its figures; cost entries without a task appear as an entry with a null ``wbs``)
    or per cost category (``category`` and its figures).

    Args:
        status_date: the data date, inclusive. baseline: the baseline number (0-10). period: see :data:`PERIODS`.
        by: None, ``"wbs"`` or ``"category"``. rules: the green/amber/red thresholds.

    Raises:
        ValueError: unknown project, baseline, period or breakdown (one sentence).
    """
    if by is not None and by not in BREAKDOWNS:
        raise ValueError(f"Unknown breakdown {by!r}: use wbs or category.")
    result, inputs = compute(
        session, project_id, status_date=status_date, baseline=baseline, period=period, rules=rules
    )
    context = inputs.context
    report: dict[str, Any] = {
        "status_date": status_date.isoformat(),
        "baseline": baseline,
        "baseline_name": context.baseline_name,
        "period": period_kind(period).value,
        "currency": context.currency,
        **group_figures(result.project),
        "series": [
            {
                "date": point.as_of.isoformat(),
                "period": point.period.label,
                "pv": json_money(point.pv),
                "ev": json_money(point.ev),
                "ac": json_money(point.ac),
            }
            for point in result.series
        ],
        "issues": [
            {
                "task": None if issue.task is None else _task_label(context, issue.task),
                "severity": issue.severity,
                "message": issue.message,
            }
            for issue in result.issues
        ],
    }
    if by == "wbs":
        report["by"] = by
        report["breakdown"] = _wbs_breakdown(result, inputs, status_date, period_kind(period), rules)
    elif by == "category":
        report["by"] = by
        report["breakdown"] = [
            {"category": name, **group_figures(group)}
            for name, group in result.categories.items()
            if group.bac or group.ac or group.pv
        ]
    return report


def _task_label(context: EvmContext, key: evm.TaskKey) -> str:
    node = context.nodes.get(TaskId(key)) if isinstance(key, int) else None
    return f"{node.wbs} {node.name}".strip() if node is not None else str(key)


def _wbs_breakdown(
    result: evm.EvmResult,
    inputs: EvmInputs,
    status_date: dt.date,
    kind: evm.PeriodKind,
    rules: Sequence[evm.StatusRule],
) -> list[dict[str, Any]]:
    """One entry per top-level task; a top-level leaf is computed on its own (the engine rolls up branches only)."""
    context = inputs.context
    grid = _grid(context, kind, status_date)
    top = sorted(
        (node for node in context.nodes.values() if node.parent_id is None or node.parent_id not in context.nodes),
        key=lambda node: (node.position, node.id),
    )
    by_id = {task.id: task for task in inputs.tasks}
    entries: list[dict[str, Any]] = []
    for node in top:
        group = result.branches.get(node.id)
        if group is None:
            alone = evm.compute(
                [by_id[node.id]], grid, status_date, axis=inputs.axis, calendars=inputs.calendars, rules=rules
            )
            group = alone.project
        entries.append({"wbs": node.wbs, "name": node.name, **group_figures(group)})
    if any(cost.amount for cost in inputs.project_costs):
        alone = evm.compute([], grid, status_date, axis=inputs.axis, project_costs=inputs.project_costs, rules=rules)
        entries.append({"wbs": None, "name": "Costs not booked on a task", **group_figures(alone.project)})
    return entries


# --------------------------------------------------------------------------------------------------------------------
# Period snapshots and re-baselining
# --------------------------------------------------------------------------------------------------------------------


def close_period(
    session: Session,
    project_id: ProjectId,
    *,
    period_end: dt.date,
    baseline: int,
    closed_at: dt.datetime,
    note: str = "",
) -> StatusPeriod:
    """Close the reporting period ending on ``period_end``: freeze the figures measured against ``baseline``.

    The :class:`~model.finance.StatusPeriod` holds the project's cumulative PV, EV, AC and BAC at the end of
    ``period_end``, the EAC (``BAC / CPI``; None when CPI is undefined) and the Earned Schedule forecast finish. One
    :class:`~model.finance.StatusPeriodTask` per task holds its cumulative PV, EV and AC: a leaf's own values, a
    summary's the roll-up of its descendants (as in a baseline: sum leaf rows, never all rows).

    Raises:
        ValueError: the period is already closed, ends before the last closed period, or the baseline is not set.
    """
    last = session.scalar(select(func.max(StatusPeriod.period_end)).where(StatusPeriod.project_id == project_id))
    if last is not None and period_end == last:
        raise ValueError(f"The period ending {period_end.isoformat()} has already been closed.")
    if last is not None and period_end < last:
        raise ValueError(
            f"The period ending {period_end.isoformat()} is before the last closed period, "
            f"which ended on {last.isoformat()}."
        )
    result, inputs = compute(session, project_id, status_date=period_end, baseline=baseline)
    figures = result.project
    eac = figures.indicators.eac_cpi
    status_period = StatusPeriod(
        project_id=project_id,
        period_end=period_end,
        closed_at=closed_at,
        baseline_number=baseline,
        planned_value=_money(figures.pv),
        earned_value=_money(figures.ev),
        actual_cost=_money(figures.ac),
        budget_at_completion=_money(figures.bac),
        estimate_at_completion=None if eac is None else _money(Decimal(eac)),
        forecast_finish=figures.forecast_finish,
        note=note,
    )
    session.add(status_period)
    session.flush()
    rows: list[dict[str, Any]] = []
    for key, node in inputs.context.nodes.items():
        branch = result.branches.get(key)
        values: Iterable[Decimal]
        if branch is not None:
            values = (branch.pv, branch.ev, branch.ac)
        else:
            own = result.tasks[key]
            values = (own.pv, own.ev, own.ac)
        pv, ev, ac = (_money(value) for value in values)
        rows.append(
            {
                "status_period_id": status_period.id,
                "task_id": node.id,
                "planned_value": pv,
                "earned_value": ev,
                "actual_cost": ac,
            }
        )
    if rows:
        session.execute(insert(StatusPeriodTask), rows)
    session.expire(status_period, ["tasks"])
    return status_period


def rebaseline(
    session: Session,
    project_id: ProjectId,
    *,
    number: int,
    reason: str,
    change_request_id: ChangeRequestId | None,
    saved_at: dt.datetime,
    name: str = "",
) -> Baseline:
    """Save the current schedule as baseline ``number``, recording why and the change request that approved it.

    Closed periods are not touched, so trends measured against the earlier baseline survive. The schedule is read as
    stored (reschedule first).

    Raises:
        ValueError: no reason, no change request, a change request of another project or not approved
            (``approved`` or ``implemented``), or a number outside 0-10.
    """
    if not reason.strip():
        raise ValueError("A re-baseline needs a reason.")
    if change_request_id is None:
        raise ValueError("A re-baseline needs an approved change request.")
    request = session.execute(
        select(ChangeRequest.code, ChangeRequest.status).where(
            ChangeRequest.id == change_request_id, ChangeRequest.project_id == project_id
        )
    ).one_or_none()
    if request is None:
        raise ValueError(f"Change request {change_request_id} does not exist in this project.")
    if request.status not in APPROVED_STATUSES:
        raise ValueError(
            f"Change request {request.code} is {request.status.value}, not approved: the baseline cannot change."
        )
    return baselines.set_baseline(
        session,
        project_id,
        number,
        name=name,
        reason=reason.strip(),
        change_request_id=change_request_id,
        saved_at=saved_at,
    )


def period_trend(session: Session, project_id: ProjectId) -> list[dict[str, Any]]:
    """The closed periods of the project, oldest first, JSON-ready.

    Each: ``period_end``, ``closed_at``, ``baseline``, ``bac``, ``pv``, ``ev``, ``ac``, ``eac``, ``sv``, ``cv``,
    ``spi``, ``cpi``, ``forecast_finish`` and ``note`` (the indices recomputed from the frozen amounts).
    """
    trend: list[dict[str, Any]] = []
    for row in session.execute(
        select(
            StatusPeriod.period_end,
            StatusPeriod.closed_at,
            StatusPeriod.baseline_number,
            StatusPeriod.budget_at_completion,
            StatusPeriod.planned_value,
            StatusPeriod.earned_value,
            StatusPeriod.actual_cost,
            StatusPeriod.estimate_at_completion,
            StatusPeriod.forecast_finish,
            StatusPeriod.note,
        )
        .where(StatusPeriod.project_id == project_id)
        .order_by(StatusPeriod.period_end)
    ):
        figures = evm.indicators(row.budget_at_completion, row.planned_value, row.earned_value, row.actual_cost)
        trend.append(
            {
                "period_end": row.period_end.isoformat(),
                "closed_at": row.closed_at.strftime("%Y-%m-%dT%H:%M"),
                "baseline": row.baseline_number,
                "bac": json_money(row.budget_at_completion),
                "pv": json_money(row.planned_value),
                "ev": json_money(row.earned_value),
                "ac": json_money(row.actual_cost),
                "eac": json_money(row.estimate_at_completion),
                "sv": json_money(figures.sv),
                "cv": json_money(figures.cv),
                "spi": json_index(figures.spi),
                "cpi": json_index(figures.cpi),
                "forecast_finish": _json_date(row.forecast_finish),
                "note": row.note,
            }
        )
    return trend
