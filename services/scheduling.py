"""The critical path method (CPM) scheduling engine, following MS Project's semantics.

``compute(schedule_input) -> ScheduleResult`` is a pure function of plain values. All arithmetic is on integer
**working minutes of the project calendar** counted from midnight at the start of the project start day (see
:mod:`services.working_time`); a position is a point between worked minutes, so a start and a finish are plain
integers and a task of duration ``d`` that starts at ``s`` finishes at ``s + d`` (finish exclusive). Datetimes are
produced lazily, when a :class:`TaskResult` date is read, or for all tasks at once, column-wise, by
:func:`task_values`.

``recompute(previous, schedule_input, changed_task_ids)`` gives the same result after an edit, faster: it rereads
only the changed tasks and keeps the previous calendar indexes and, where it still holds, the order of the nodes.

How it is fast: the input is read into integer columns with C-level ``map`` and the nodes are grouped by *level*
(the most links on a path to them), so each pass handles a level at a time with a few numpy operations on whole
slices. Only nodes with an own calendar, an elapsed duration, progress, a leveling delay or a roll-up, and links
with an elapsed lag, are handled one by one in Python. Integers are 64-bit unless a sum could overflow; then the
same operations run on Python ints.

Semantics (where MS Project and the textbooks differ, MS Project's default options are followed):

* Links: FS ``succ.start >= pred.finish + lag``, SS ``succ.start >= pred.start + lag``, FF ``succ.finish >=
  pred.finish + lag``, SF ``succ.finish >= pred.start + lag``. A negative lag is a lead. Working lags are counted on
  the project calendar (as MS Project does), elapsed lags in 24x7 minutes from the predecessor's start or finish
  moment, percent lags as a percentage of the predecessor's duration (working, or elapsed if the predecessor is).
* No task without actuals or a pinning constraint starts before the project start.
* Constraints, with "tasks always honour their constraint dates" on: SNET/FNET push the early dates later; SNLT/FNLT
  cap the early dates (the constraint wins over links) and the late dates; MSO/MFO pin both. Wherever a constraint
  beats a link, a ``constraint-conflict`` problem is reported and the float turns negative along the driving path.
* ALAP tasks are placed as late as their successors' scheduled dates and the project finish allow (they consume
  free float, never delay a successor); their early dates remain the ASAP dates, so float is unchanged.
* Deadlines never move a task: they cap the late finish (negative float) and a miss is reported.
* Summary tasks (tasks that are another task's ``parent_id``) have dates rolled up from their children (min start,
  max finish); their own duration is ignored. A link to a summary applies to all its children: FS/SS through a start
  gate every child follows, FF/SF to every leaf descendant. A link from a summary leaves from a finish gate (FS/FF;
  after every child) or from its start roll-up (SS/SF; the earliest child start; in the backward pass only the child
  that starts first is held back). Summary constraints: SNET, SNLT, MSO on the start gate; FNLT and deadline cap the
  late finish; other constraints are ignored with a problem. A summary's total float is the
  least of its children's; it is critical if any child is.
* Milestones have zero duration and are shown at the *finish* moment of their position (Friday 17:00, not Monday
  08:00), except at or before the project start.
* Progress: a task with an actual finish (or 100 %) keeps its actual dates (its late dates equal its early dates, its
  float is zero and it is never critical); an in-progress task keeps its actual start and its remaining work is
  scheduled after the completed part, not before the status date. Unstarted tasks start no earlier than the status
  date. Without an actual start, a task with progress is taken to have started at its early start.
* Elapsed durations run 24x7 from the task's start moment; leveling delay (working minutes) is added to the start.
* Task calendars: a task's duration is worked on its own calendar; the result is placed on the project calendar's
  axis (a finish in time the project calendar does not work rounds to the next project working boundary).
* Total float = late start - early start, free float = least slack to any successor's early dates (a task without
  successors: to the project finish), both in project working minutes; free float is clamped to 0..total float.
  Critical = total float <= ``critical_float_threshold``.
* Invalid networks never raise: unknown task ids, cycles (reported with the task ids in order; the closing links
  are ignored so every task still gets dates), unknown calendars and bad values come back as problems.
"""

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress, pairwise, repeat
from operator import attrgetter, is_, is_not, ne, not_
from typing import Any

import numpy as np
import numpy.typing as npt

from model.enums import ConstraintType, DependencyType, LagKind
from services import network_codes, working_time

# Link codes on the internal edges and the "no bound" positions, shared with the leveling network.
_NEG, _POS = network_codes.NEG, network_codes.POS
_FS, _SS, _FF, _SF = network_codes.FS, network_codes.SS, network_codes.FF, network_codes.SF
_ELAPSED, _GATE, _ROLLUP = network_codes.ELAPSED, network_codes.GATE, network_codes.ROLLUP
_TYPE_CODE = network_codes.TYPE_CODE

_START_CONSTRAINTS = frozenset(
    {
        ConstraintType.START_NO_EARLIER_THAN,
        ConstraintType.START_NO_LATER_THAN,
        ConstraintType.MUST_START_ON,
    }
)
_DATED_CONSTRAINTS = _START_CONSTRAINTS | {
    ConstraintType.FINISH_NO_EARLIER_THAN,
    ConstraintType.FINISH_NO_LATER_THAN,
    ConstraintType.MUST_FINISH_ON,
}
_MAX_CYCLES_REPORTED = 50


@dataclass(frozen=True, slots=True)
class TaskInput:
    """One task of the network.

    Attributes:
        id: the task's id (unique).
        duration: working minutes of the task's calendar, or elapsed minutes if ``elapsed``; ignored for summaries.
        elapsed: the duration runs 24x7.
        milestone: a zero-duration event (the duration is ignored).
        parent_id: the summary task this task belongs to.
        constraint: the MS Project constraint type.
        constraint_date: the constraint's moment (required for all but ASAP and ALAP).
        deadline: a target finish that does not move the task but creates negative float when missed.
        calendar: key into ``ScheduleInput.calendars``; None = the project calendar.
        actual_start: when work actually started.
        actual_finish: when work actually finished (the task is complete).
        percent_complete: 0..100.
        remaining_duration: remaining work in the duration's unit; None = derived from ``percent_complete``.
        leveling_delay: working minutes (project calendar) added to the start by resource leveling.
    """

    id: int
    duration: int
    elapsed: bool = False
    milestone: bool = False
    parent_id: int | None = None
    constraint: ConstraintType = ConstraintType.AS_SOON_AS_POSSIBLE
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    calendar: str | None = None
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    percent_complete: int = 0
    remaining_duration: int | None = None
    leveling_delay: int = 0


@dataclass(frozen=True, slots=True)
class LinkInput:
    """A dependency ``predecessor -> successor``.

    Attributes:
        lag_kind: how the lag is measured.
        lag_minutes: working minutes (project calendar) or elapsed minutes; negative = lead.
        lag_percent: percentage of the predecessor's duration, for ``LagKind.PERCENT``; negative = lead.
    """

    predecessor: int
    successor: int
    type: DependencyType = DependencyType.FINISH_TO_START
    lag_kind: LagKind = LagKind.WORKING
    lag_minutes: int = 0
    lag_percent: float = 0.0


@dataclass(frozen=True, slots=True)
class ScheduleInput:
    """Everything the engine needs.

    Attributes:
        project_start: no task starts earlier unless actuals or constraints say so.
        calendars: calendars by key; ``project_calendar`` must be one of them.
        status_date: progress is measured at this moment: remaining work is scheduled after it.
        critical_float_threshold: tasks with total float at most this (project working minutes) are critical.
    """

    project_start: datetime
    tasks: Sequence[TaskInput]
    links: Sequence[LinkInput]
    calendars: Mapping[str, working_time.CalendarSpec]
    project_calendar: str
    status_date: datetime | None = None
    critical_float_threshold: int = 0


@dataclass(frozen=True, slots=True)
class ScheduleProblem:
    """Something wrong with the network, reported instead of raised.

    Attributes:
        kind: ``cycle``, ``missing-task``, ``duplicate-task``, ``unknown-calendar``, ``empty-calendar``,
            ``invalid-value``, ``missing-constraint-date``, ``unsupported-constraint``, ``constraint-conflict`` or
            ``deadline-missed``.
        task_ids: the tasks concerned; for a cycle, in link order (the first follows the last).
        message: one English sentence.
    """

    kind: str
    task_ids: tuple[int, ...]
    message: str


@dataclass(frozen=True, slots=True)
class ScheduleClock:
    """Turns the engine's working-minute positions into moments.

    Attributes:
        index: the project calendar's working-time index.
        project_start_minutes: the project start's position.
    """

    index: working_time.WorkingTimeIndex
    project_start_minutes: int
    # Most positions are whole working days, so a large schedule converts only a few thousand distinct values.
    _starts: dict[int, datetime] = field(default_factory=dict, repr=False, compare=False)
    _finishes: dict[int, datetime] = field(default_factory=dict, repr=False, compare=False)

    def start_moment(self, minutes: int) -> datetime:
        """The moment something starting at position ``minutes`` starts."""
        moment = self._starts.get(minutes)
        if moment is None:
            moment = self._starts[minutes] = self.index.start_moment(minutes)
        return moment

    def finish_moment(self, minutes: int) -> datetime:
        """The moment something finishing at position ``minutes`` finishes."""
        moment = self._finishes.get(minutes)
        if moment is None:
            moment = self._finishes[minutes] = self.index.finish_moment(minutes)
        return moment

    def milestone_moment(self, minutes: int) -> datetime:
        """A milestone's moment: a finish, except at or before the project start."""
        if minutes <= self.project_start_minutes:
            return self.start_moment(minutes)
        return self.finish_moment(minutes)

    def elapsed_finish(self, start_minutes: int, elapsed: int) -> datetime:
        """The finish of an elapsed span of ``elapsed`` clock minutes starting at position ``start_minutes``."""
        return self.index.moment_of(self.index.start_clock(start_minutes) + elapsed)


@dataclass(frozen=True, slots=True)
class TaskResult:
    """The computed schedule of one task. Positions in project working minutes; dates computed when read.

    Attributes:
        start_minutes, finish_minutes: the scheduled dates (early dates, or later for ALAP tasks).
        total_float: late start - early start, working minutes (negative: behind a constraint or deadline).
        free_float: how far the task can slip without moving any successor, working minutes.
        critical: total float at most the threshold (never for a completed task).
        summary, milestone: the task's kind.
        elapsed_duration: for an unstarted elapsed task, its clock minutes (its finish moments are start + it).
        clock: converts positions to moments.
        overrides: (start override, finish override), each None or (position, moment): a start (finish) date at
            that position is shown at that moment rather than at the calendar's usual one, e.g. an actual start
            entered on a Saturday, a night shift's 23:00 on the task's own calendar, or a finish driven by a
            start-to-finish link, which MS Project keeps at the predecessor's start moment (08:00 on the next
            working day rather than 17:00, the same position). None (the common case) for no override.
    """

    task_id: int
    start_minutes: int
    finish_minutes: int
    early_start_minutes: int
    early_finish_minutes: int
    late_start_minutes: int
    late_finish_minutes: int
    total_float: int
    free_float: int
    critical: bool
    summary: bool
    milestone: bool
    elapsed_duration: int | None
    clock: ScheduleClock = field(repr=False, compare=False)
    overrides: tuple[tuple[int, datetime] | None, tuple[int, datetime] | None] | None = None

    @property
    def start_override(self) -> tuple[int, datetime] | None:
        """(position, moment) at which a start date at that position is shown, if not the calendar's usual one."""
        return None if self.overrides is None else self.overrides[0]

    @property
    def finish_override(self) -> tuple[int, datetime] | None:
        """(position, moment) at which a finish date at that position is shown, if not the calendar's usual one."""
        return None if self.overrides is None else self.overrides[1]

    def _start(self, minutes: int) -> datetime:
        override = self.start_override
        if override is not None and override[0] == minutes:
            return override[1]
        if self.milestone:
            return self.clock.milestone_moment(minutes)
        return self.clock.start_moment(minutes)

    def _finish(self, start_minutes: int, minutes: int) -> datetime:
        override = self.finish_override
        if override is not None and override[0] == minutes:
            return override[1]
        if self.milestone:
            return self.clock.milestone_moment(minutes)
        if self.elapsed_duration is not None:
            return self.clock.elapsed_finish(start_minutes, self.elapsed_duration)
        return self.clock.finish_moment(minutes)

    @property
    def start(self) -> datetime:
        """Scheduled start."""
        return self._start(self.start_minutes)

    @property
    def finish(self) -> datetime:
        """Scheduled finish."""
        return self._finish(self.start_minutes, self.finish_minutes)

    @property
    def early_start(self) -> datetime:
        """Early start (forward pass)."""
        return self._start(self.early_start_minutes)

    @property
    def early_finish(self) -> datetime:
        """Early finish (forward pass)."""
        return self._finish(self.early_start_minutes, self.early_finish_minutes)

    @property
    def late_start(self) -> datetime:
        """Late start (backward pass)."""
        return self._start(self.late_start_minutes)

    @property
    def late_finish(self) -> datetime:
        """Late finish (backward pass)."""
        return self._finish(self.late_start_minutes, self.late_finish_minutes)


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    """The computed schedule.

    Attributes:
        tasks: results by task id (every input task, summaries included, first of duplicate ids).
        project_start: earliest scheduled start (the project start unless actuals or constraints are earlier).
        project_finish: latest scheduled finish.
        project_finish_minutes: its position in project working minutes.
        problems: what was wrong with the input, in a stable order.
        clock: converts positions to moments.
    """

    tasks: Mapping[int, TaskResult]
    project_start: datetime
    project_finish: datetime
    project_finish_minutes: int
    problems: tuple[ScheduleProblem, ...]
    clock: ScheduleClock = field(repr=False, compare=False)


class _Rule:
    """How one non-plain node moves in both passes: own calendar, elapsed duration, constraint, progress, delay.

    Positions are project working minutes; ``duration`` is in the task's own unit.
    """

    __slots__ = (
        "actual_finish",
        "actual_finish_moment",
        "actual_start",
        "actual_start_moment",
        "alap",
        "calendar",
        "complete",
        "conflict",
        "constraint",
        "constraint_minutes",
        "deadline",
        "delay",
        "done",
        "duration",
        "elapsed",
        "own_dates",
        "project",
        "remaining",
        "rollup",
        "started",
        "status",
        "status_clock",
    )

    def __init__(self, project: working_time.WorkingTimeIndex, duration: int) -> None:
        self.project = project
        self.duration = duration
        self.calendar: working_time.WorkingTimeIndex | None = None
        self.elapsed = False
        self.constraint: ConstraintType | None = None
        self.constraint_minutes = 0
        self.deadline: int | None = None
        self.delay = 0
        self.alap = False
        self.started = False
        self.complete = False
        self.rollup = False
        self.actual_start: int | None = None
        self.actual_finish: int | None = None
        # The actual moments as entered, shown as they are (MS Project keeps e.g. a Saturday actual start).
        self.actual_start_moment: datetime | None = None
        self.actual_finish_moment: datetime | None = None
        self.done = 0
        self.remaining = duration
        self.status: int | None = None
        self.status_clock: int | None = None  # the status moment's clock minute
        self.conflict = False
        # With a task calendar: (start, finish, start clock, finish clock) of the early dates, the clocks being the
        # moments on the task's own calendar (a night shift starts at 23:00, which the project axis cannot show).
        self.own_dates: tuple[int, int, int, int] | None = None

    def advance(self, start: int, amount: int) -> int:
        """The finish position of ``amount`` units of this task's work starting at position ``start``."""
        if amount == 0:
            return start
        project = self.project
        if self.elapsed:
            return project.working_at(project.start_clock(start) + amount)
        calendar = self.calendar
        if calendar is None:
            return start + amount
        own = calendar.working_at(project.start_clock(start))
        return project.working_at(calendar.finish_clock(own + amount))

    def retreat(self, finish: int, amount: int) -> int:
        """The start position of ``amount`` units of this task's work finishing at position ``finish``."""
        if amount == 0:
            return finish
        project = self.project
        if self.elapsed:
            return project.working_at(project.finish_clock(finish) - amount)
        calendar = self.calendar
        if calendar is None:
            return finish - amount
        own = calendar.working_at(project.finish_clock(finish))
        return project.working_at(calendar.start_clock(own - amount))

    def forward(self, start_bound: int, finish_bound: int) -> tuple[int, int]:
        """Early start and finish from the links' bounds on the start and on the finish."""
        if self.actual_finish is not None and self.actual_start is not None:
            return self.actual_start, self.actual_finish
        duration = self.duration
        linked = start_bound + self.delay
        if finish_bound > _NEG:
            linked = max(linked, self.retreat(finish_bound, duration))
        if self.started:
            return self._in_progress(linked)
        start = linked
        constraint = self.constraint
        if constraint is not None:
            moment = self.constraint_minutes
            if constraint is ConstraintType.START_NO_EARLIER_THAN:
                start = max(start, moment)
            elif constraint is ConstraintType.FINISH_NO_EARLIER_THAN:
                start = max(start, self.retreat(moment, duration))
            elif constraint is ConstraintType.MUST_START_ON:
                start = moment
            elif constraint is ConstraintType.MUST_FINISH_ON:
                start = self.retreat(moment, duration)
            elif constraint is ConstraintType.START_NO_LATER_THAN:
                start = min(start, moment)
            elif constraint is ConstraintType.FINISH_NO_LATER_THAN:
                start = min(start, self.retreat(moment, duration))
            self.conflict = start < linked
        finish = self.advance(start, duration)
        if self.calendar is not None and duration:
            start = self._on_own_calendar(self.calendar, start, finish)
        return start, finish

    def _in_progress(self, linked: int) -> tuple[int, int]:
        """Early start and finish of a started task: its actual start (else the links' start), its completed work,
        then its remaining work, not before the status date."""
        start = linked if self.actual_start is None else self.actual_start
        if self.calendar is not None and not self.elapsed and self.duration:
            return start, self._progress_on_own_calendar(self.calendar, start)
        resume = self.advance(start, self.done)
        if self.status is not None and resume < self.status and self.remaining:
            resume = self.status
        return start, self.advance(resume, self.remaining)

    def _progress_on_own_calendar(self, calendar: working_time.WorkingTimeIndex, start: int) -> int:
        """The early finish of an in-progress task on its own calendar: its completed and its remaining work are
        counted on that calendar's clock from the actual start as entered (a night shift's 23:00), the remaining
        work resuming where the completed work ends or at the status moment, whichever is later; remembers the
        finish moment on its own calendar in ``own_dates``.

        The calendar's moments outside the project calendar's working time (23:00, a weekend) have no project
        position of their own: going through one (as :meth:`advance` from the resume position would) moves the
        work to the project calendar's next working moment and loses the night or weekend in between.
        """
        project = self.project
        moment = self.actual_start_moment
        clock = project.start_clock(start) if moment is None or self.actual_start is None else project.clock_of(moment)
        own = calendar.working_at(clock) + self.done
        if self.status_clock is not None and self.remaining:
            own = max(own, calendar.working_at(self.status_clock))
        finish_clock = calendar.finish_clock(own + self.remaining)
        finish = max(start, project.working_at(finish_clock))
        self.own_dates = (start, finish, clock, finish_clock)
        return finish

    def _on_own_calendar(self, calendar: working_time.WorkingTimeIndex, start: int, finish: int) -> int:
        """The start of a task on its own calendar (when that calendar first works, not when the project calendar
        does); remembers the moments on its own calendar in ``own_dates``."""
        own = calendar.working_at(self.project.start_clock(start))
        start = max(start, self.retreat(finish, self.duration))
        if not self.elapsed:
            self.own_dates = (start, finish, calendar.start_clock(own), calendar.finish_clock(own + self.duration))
        return start

    def arithmetic(self) -> bool:
        """Whether :meth:`forward` and :meth:`backward` come down to plain arithmetic on the bounds: no own
        calendar, elapsed duration, progress, leveling delay or roll-up (a constraint, a deadline and ALAP only
        bound or cap the dates, see :meth:`limits`)."""
        return self.calendar is None and not self.elapsed and not self.started and not self.delay and not self.rollup

    def limits(self) -> tuple[int, int, int]:
        """For an :meth:`arithmetic` rule: the least and the greatest early start its constraint leaves (the
        start its links give is clamped to them), and the cap its constraint and deadline put on its late start."""
        duration, moment, constraint = self.duration, self.constraint_minutes, self.constraint
        lower, upper, late_start = _NEG, _POS, _POS
        if constraint is ConstraintType.START_NO_EARLIER_THAN:
            lower = moment
        elif constraint is ConstraintType.FINISH_NO_EARLIER_THAN:
            lower = moment - duration
        elif constraint is ConstraintType.MUST_START_ON:
            lower = upper = late_start = moment
        elif constraint is ConstraintType.MUST_FINISH_ON:
            lower = upper = late_start = moment - duration
        elif constraint is ConstraintType.START_NO_LATER_THAN:
            upper = late_start = moment
        elif constraint is ConstraintType.FINISH_NO_LATER_THAN:
            upper = late_start = moment - duration
        if self.deadline is not None:
            late_start = min(late_start, self.deadline - duration)
        return lower, upper, late_start

    def backward(self, finish_bound: int, start_bound: int, early: tuple[int, int]) -> tuple[int, int]:
        """Late start and finish from the successors' bounds on the finish and on the start."""
        early_start, early_finish = early
        if self.complete:
            return early_start, early_finish
        if self.deadline is not None:
            finish_bound = min(finish_bound, self.deadline)
        if self.started:
            span = early_finish - early_start
            late_start = min(finish_bound - span, start_bound)
            return late_start, late_start + span
        constraint = self.constraint
        if constraint is ConstraintType.FINISH_NO_LATER_THAN or constraint is ConstraintType.MUST_FINISH_ON:
            finish_bound = min(finish_bound, self.constraint_minutes)
        if constraint is ConstraintType.START_NO_LATER_THAN or constraint is ConstraintType.MUST_START_ON:
            start_bound = min(start_bound, self.constraint_minutes)
        duration = self.duration
        late_start = min(self.retreat(finish_bound, duration), start_bound)
        return late_start, self.advance(late_start, duration)


Edge = tuple[int, int, int]
"""(other node, link code, lag): lag in project working minutes, or clock minutes for elapsed codes."""

Ints = npt.NDArray[Any]
"""A column of integers: ``int64``, or Python ints (``object``) where 64 bits could overflow."""

_ID = attrgetter("id")
_DURATION = attrgetter("duration")
_MILESTONE = attrgetter("milestone")
_PARENT = attrgetter("parent_id")
_SPECIAL_FIELDS = attrgetter(
    "elapsed",
    "constraint",
    "constraint_date",
    "deadline",
    "calendar",
    "actual_start",
    "actual_finish",
    "percent_complete",
    "remaining_duration",
    "leveling_delay",
)
_PLAIN_FIELDS = (False, ConstraintType.AS_SOON_AS_POSSIBLE, None, None, None, None, None, 0, None, 0)
_PREDECESSOR = attrgetter("predecessor")
_SUCCESSOR = attrgetter("successor")
_TYPE = attrgetter("type")
_LAG_KIND = attrgetter("lag_kind")
_LAG = attrgetter("lag_minutes")

# Lag kinds as small codes; anything else is neither working, elapsed nor percent (its lag is taken as it is).
_WORKING_LAG, _ELAPSED_LAG, _PERCENT_LAG, _OTHER_LAG = 0, 1, 2, 3
_KIND_CODE = {LagKind.WORKING: _WORKING_LAG, LagKind.ELAPSED: _ELAPSED_LAG, LagKind.PERCENT: _PERCENT_LAG}

# Per link code (0..9): whether the edge reads its source's finish (else its start), whether it bounds its target's
# finish (else its start), and its category within a level: plain links, gate edges (FF 0 to a finish gate, which
# free float looks through), elapsed lags (computed on the calendar, one by one), roll-up edges (a least start).
_READS_FINISH = np.array([1, 0, 1, 0, 1, 0, 1, 0, 1, 0], np.int64)
_BOUNDS_FINISH = np.array([0, 0, 1, 1, 0, 0, 1, 1, 1, 0], np.int64)
_LINKS, _GATES, _TIMED, _ROLLUPS = 0, 1, 2, 3
_CATEGORY = np.array([_LINKS] * 4 + [_TIMED] * 4 + [_GATES, _ROLLUPS], np.int64)
_CATEGORIES = 4

# Below this bound on |durations| + |lags| over the whole network, no sum along a path can overflow 64 bits.
_SAFE_TOTAL = 1 << 60
_MEMO_LIMIT = 1 << 20

# The kinds of node in a level of a plan (see _Plan).
_PLAIN, _CONSTRAINED, _MOVED = 0, 1, 2
_KINDS = 3


def _put(column: Ints, position: int, value: Any) -> Ints:
    """``column`` with ``value`` at ``position``: made an ``object`` column if the value is not a 64-bit int."""
    if column.dtype == np.int64 and not (type(value) is int and -(1 << 63) <= value < 1 << 63):
        column = column.astype(object)
    column[position] = value
    return column


def _column(values: Sequence[Any]) -> Ints:
    """An ``int64`` column of ``values``, or an ``object`` column (exact Python ints) when they do not fit."""
    try:
        column = np.array(values)
    except (OverflowError, TypeError, ValueError):
        column = None
    if column is None or column.ndim != 1 or (column.dtype.kind != "i" and len(values)):
        column = np.empty(len(values), object)
        column[:] = list(values)
    elif column.dtype != np.int64:
        column = column.astype(np.int64)
    return column


def _member_codes(values: list[Any], codes: Mapping[Any, int]) -> Ints | None:
    """The codes of enum members, found by object identity in vectorized code (an enum member hashes in Python
    code, slowly); None if some value is not one of the members."""
    found = np.full(len(values), -1, np.int64)
    identities = np.array(list(map(id, values)), np.uint64)
    for member, code in codes.items():
        found[identities == id(member)] = code
    return None if (found < 0).any() else found


class _Positions:
    """Task ids to task positions, vectorized: a lookup table when the ids are fairly dense integers, else the dict.

    Unknown ids (and None) give -1.
    """

    __slots__ = ("_base", "_index_of", "_table")

    def __init__(self, ids: list[int], index_of: dict[int, int]) -> None:
        self._index_of = index_of
        self._table: Ints | None = None
        self._base = 0
        column = _column(ids)
        if not ids or column.dtype != np.int64:
            return
        low, high = int(column.min()), int(column.max())
        if high - low > 4 * len(ids) + 1024:
            return
        table = np.full(high - low + 1, -1, np.int64)
        table[column - low] = np.arange(len(ids))
        self._table, self._base = table, low

    def of(self, wanted: list[Any]) -> Ints:
        """The positions of the ``wanted`` ids (-1: unknown or None)."""
        table = self._table
        if table is not None:
            values = wanted
            if None in values:
                hole = self._base - 1  # never an id
                values = [hole if value is None else value for value in values]
            column = _column(values)
            if column.dtype == np.int64:
                found = np.full(len(column), -1, np.int64)
                inside = (column >= self._base) & (column < self._base + len(table))
                found[inside] = table[column[inside] - self._base]
                return found
        positions = [-1 if position is None else position for position in map(self._index_of.get, wanted)]
        return np.array(positions, np.int64)


class _TaskColumns:
    """The tasks' values, read once from the input objects; :func:`recompute` rereads only the changed tasks.

    Durations are a column as given (milestones are zeroed later), parents a column of positions (-1: none or
    unknown; ``has_parent`` tells which tasks name one).
    """

    __slots__ = ("durations", "has_parent", "ids", "index_of", "milestones", "parents", "positions", "special", "tasks")

    def __init__(self, tasks: list[TaskInput], ids: list[int], index_of: dict[int, int]) -> None:
        self.tasks = tasks
        self.ids = ids
        self.index_of = index_of
        self.positions = _Positions(ids, index_of)
        self.durations = _column(list(map(_DURATION, tasks)))
        self.milestones = np.array(list(map(_MILESTONE, tasks)), bool)
        parent_ids = list(map(_PARENT, tasks))
        self.has_parent = np.array(list(map(is_not, parent_ids, repeat(None))), bool)
        self.parents = self.positions.of(parent_ids) if self.has_parent.any() else np.full(len(ids), -1, np.int64)
        # The tasks with anything else than a duration, a parent and a milestone flag: each gets a look of its own.
        special = map(ne, map(_SPECIAL_FIELDS, tasks), repeat(_PLAIN_FIELDS))
        self.special: list[int] = list(compress(range(len(tasks)), special))

    @classmethod
    def read(cls, tasks: Sequence[TaskInput], problems: list[ScheduleProblem]) -> "tuple[_TaskColumns, bool]":
        """The columns of ``tasks`` and whether their ids are unique; of equal ids the first is kept and the
        others are reported."""
        tasks = list(tasks)
        ids = list(map(_ID, tasks))
        index_of = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))  # the first of equal ids
        unique = len(index_of) == len(ids)
        if not unique:
            for position, task in enumerate(tasks):
                if index_of[task.id] != position:
                    message = f"Task {task.id} appears more than once; the first is used."
                    problems.append(ScheduleProblem("duplicate-task", (task.id,), message))
            tasks = [task for position, task in enumerate(tasks) if index_of[task.id] == position]
            ids = list(map(_ID, tasks))
            index_of = dict(zip(ids, range(len(ids)), strict=True))
        return cls(tasks, ids, index_of), unique

    def patched(self, tasks: Sequence[TaskInput], changed_task_ids: Iterable[int] | None) -> "_TaskColumns | None":
        """The columns of ``tasks`` (whose ids must be unique), rereading only the tasks ``changed_task_ids``
        (None: the task objects that are not these columns' own); None if the ids are not the same ones in the
        same order, or if most tasks changed."""
        tasks = list(tasks)
        if len(tasks) != len(self.tasks):
            return None
        if changed_task_ids is None:
            positions = list(compress(range(len(tasks)), map(is_not, tasks, self.tasks)))
            if 4 * len(positions) > len(tasks) or any(tasks[k].id != self.ids[k] for k in positions):
                return None
        else:
            if list(map(_ID, tasks)) != self.ids:
                return None
            positions = []
            for task_id in set(changed_task_ids):
                position = self.index_of.get(task_id)
                if position is None:
                    return None
                positions.append(position)
        patched = _TaskColumns.__new__(_TaskColumns)
        patched.tasks = tasks
        patched.ids = self.ids
        patched.index_of = self.index_of
        patched.positions = self.positions
        patched.durations = self.durations.copy()
        patched.milestones = self.milestones.copy()
        patched.has_parent = self.has_parent.copy()
        patched.parents = self.parents.copy()
        special = set(self.special)
        for position in positions:
            task = tasks[position]
            patched.durations = _put(patched.durations, position, task.duration)
            patched.milestones[position] = bool(task.milestone)
            patched.has_parent[position] = task.parent_id is not None
            patched.parents[position] = self.positions.of([task.parent_id])[0]
            if _SPECIAL_FIELDS(task) != _PLAIN_FIELDS:
                special.add(position)
            else:
                special.discard(position)
        patched.special = sorted(special)
        return patched


class _LinkColumns:
    """The links' values, read from the input objects with C-level ``map``: task positions (-1: unknown), base link
    codes, lags as given and lag-kind codes."""

    __slots__ = ("_where", "codes", "kinds", "lags", "links", "positions", "sources", "targets")

    def __init__(self, links: list[LinkInput], positions: _Positions) -> None:
        self.links = links
        self.positions = positions
        self._where: dict[int, int] | None = None
        self.sources = positions.of(list(map(_PREDECESSOR, links)))
        self.targets = positions.of(list(map(_SUCCESSOR, links)))
        types = list(map(_TYPE, links))
        codes = _member_codes(types, _TYPE_CODE)
        if codes is None:  # not all enum members: plain strings are looked up one by one
            codes = np.array([_TYPE_CODE[DependencyType(value)] for value in types], np.int64)
        self.codes = codes
        self.lags = _column(list(map(_LAG, links)))
        kinds = list(map(_LAG_KIND, links))
        if kinds.count(LagKind.WORKING) == len(kinds):
            self.kinds = np.zeros(len(kinds), np.int64)
        else:
            codes = _member_codes(kinds, _KIND_CODE)
            if codes is None:
                codes = np.array(list(map(_KIND_CODE.get, kinds, repeat(_OTHER_LAG))), np.int64)
            self.kinds = codes

    def patched(self, links: list[LinkInput]) -> "_LinkColumns":
        """The columns of ``links``, reading only the link objects that are not among these columns' (a link is
        frozen: the same object has the same values)."""
        if len(links) == len(self.links) and all(map(is_, links, self.links)):
            return self
        if self._where is None:
            self._where = dict(zip(map(id, self.links), range(len(self.links)), strict=True))
        taken = np.array(list(map(self._where.get, map(id, links), repeat(-1))), np.int64)
        new = np.flatnonzero(taken < 0)
        if 4 * len(new) > len(links):
            return _LinkColumns(links, self.positions)
        patched = _LinkColumns.__new__(_LinkColumns)
        patched.links = links
        patched.positions = self.positions
        patched._where = None
        read = _LinkColumns([links[k] for k in new.tolist()], self.positions)
        for name in ("sources", "targets", "codes", "lags", "kinds"):
            column = getattr(self, name)[taken]
            fresh = getattr(read, name)
            if fresh.dtype != column.dtype:
                column, fresh = column.astype(object), fresh.astype(object)
            column[new] = fresh
            setattr(patched, name, column)
        return patched


class _Plan:
    """The order of one computation: the nodes renumbered by level, so that each pass handles a level at a time
    with a few array operations.

    A node's level is the most edges on a path to it from a node without predecessors (any numbering in which
    every edge goes to a higher level would do). *Slots* are node numbers in plan order: level by level, first the
    plain nodes (no rule, or an :meth:`_Rule.arithmetic` one without a constraint), then the constrained
    arithmetic ones, then those whose rule moves them one by one; so each kind is one slice of a level. The edges
    are sorted by their source's level, then by category (plain links, gate edges, elapsed lags, roll-up edges).

    The forward pass keeps ``[early start | early finish | finish bound | start bound]`` in one array of four
    entries per node, the backward pass ``[late start | late finish | finish bound]``. An arithmetic node moves by
    its start alone, so an edge bounding its finish bounds its start by that much less its duration (``max(start
    bound, finish bound - duration)`` is the largest of those); a plain node's start bound is its early start, a
    constrained one's is clamped to ``lower..upper``; a rule that moves its node gets both bounds. Backward, an
    arithmetic node's late start starts from ``min(project finish - duration, late_cap)``. ``forward_reads`` are
    the entries an edge reads at its source, ``forward_entries`` those it bounds at its target, ``forward_lags``
    what it adds; the ``backward_`` columns are the same for the backward pass (reading the target, bounding the
    source).
    """

    def __init__(self, network: "_Network", level: Ints, depth: int) -> None:
        size, rules, dtype = network.size, network.rules, network.dtype
        self.depth = depth
        kind = np.full(size, _PLAIN, np.int64)  # or _CONSTRAINED or _MOVED
        lower: Ints = np.full(size, _NEG, dtype)
        upper: Ints = np.full(size, _POS, dtype)
        late_cap: Ints = np.full(size, _POS, dtype)
        moved: list[_Rule] = []
        moved_nodes: list[int] = []
        constrained: list[_Rule] = []
        constrained_nodes: list[int] = []
        for node in compress(range(size), map(is_not, rules, repeat(None))):
            rule: _Rule = rules[node]  # type: ignore[assignment]  # compress kept the nodes with a rule
            if not rule.arithmetic():
                moved.append(rule)
                moved_nodes.append(node)
                continue
            low, high, cap = rule.limits()
            if rule.constraint is not None:
                constrained.append(rule)
                constrained_nodes.append(node)
                lower[node], upper[node] = low, high
            late_cap[node] = cap
        kind[constrained_nodes] = _CONSTRAINED
        kind[moved_nodes] = _MOVED
        key = level * _KINDS + kind
        order = np.argsort(key, kind="stable")
        self.slot = np.empty(size, np.int64)  # node -> slot
        self.slot[order] = np.arange(size)
        self.node_bounds: list[int] = np.searchsorted(key[order], np.arange(_KINDS * depth + 1)).tolist()
        self.rules = dict(zip(self.slot[moved_nodes].tolist(), moved, strict=True))
        self.constrained = (self.slot[constrained_nodes], constrained)
        self.durations = network.duration[order]
        self.floor = network.floor[order]
        self.lower, self.upper, self.late_cap = lower[order], upper[order], late_cap[order]
        self.kind = kind[order]
        self._edges(network, level)

    def _edges(self, network: "_Network", level: Ints) -> None:
        """The edge columns, sorted by level and category, with what each pass reads, bounds and adds."""
        size, depth, kind, durations = network.size, self.depth, self.kind, self.durations
        codes = network.edge_codes
        category = _CATEGORY[codes]
        edge_key = level[network.edge_sources] * _CATEGORIES + category
        edge_order = np.argsort(edge_key, kind="stable")
        self.edge_bounds: list[int] = np.searchsorted(edge_key[edge_order], np.arange(_CATEGORIES * depth + 1)).tolist()
        self.sources = sources = self.slot[network.edge_sources[edge_order]]
        self.targets = targets = self.slot[network.edge_targets[edge_order]]
        codes = codes[edge_order]
        lags = network.edge_lags[edge_order]
        reads_finish = _READS_FINISH[codes] == 1
        bounds_finish = _BOUNDS_FINISH[codes] == 1
        zero: Ints = np.zeros(1, network.dtype)
        self.forward_reads = sources + size * reads_finish
        target_kind = kind[targets]
        self.forward_entries = np.where(
            target_kind == _CONSTRAINED,
            3 * size + targets,
            np.where(bounds_finish & (target_kind == _MOVED), 2 * size + targets, targets),
        )
        forward_less = np.where(bounds_finish & (target_kind != _MOVED), durations[targets], zero)
        self.forward_lags = lags - forward_less
        self.backward_reads = targets + size * bounds_finish
        moved_source = kind[sources] == _MOVED
        self.backward_entries = np.where(reads_finish & moved_source, 2 * size + sources, sources)
        backward_more = np.where(reads_finish & ~moved_source, durations[sources], zero)
        self.backward_lags = lags + backward_more
        # Elapsed-lag edges, for the one-by-one loops, in the same order.
        timed = np.flatnonzero(category[edge_order] == _TIMED)
        self.timed_sources = sources[timed]
        self.timed_lags: list[int] = lags[timed].tolist()
        self.timed_from_finish: list[bool] = reads_finish[timed].tolist()
        self.timed_to_finish: list[bool] = bounds_finish[timed].tolist()
        self.timed_forward_reads: list[int] = self.forward_reads[timed].tolist()
        self.timed_forward_entries: list[int] = self.forward_entries[timed].tolist()
        self.timed_forward_less: list[int] = forward_less[timed].tolist()
        self.timed_backward_reads = self.backward_reads[timed]
        self.timed_backward_entries: list[int] = self.backward_entries[timed].tolist()
        self.timed_backward_more: list[int] = backward_more[timed].tolist()
        # Plain links, whose free-float slack needs nothing but early dates: all levels at once.
        links = np.flatnonzero(category[edge_order] == _LINKS)
        self.link_sources = sources[links]
        self.link_slack = (self.backward_reads[links], self.forward_reads[links], lags[links])
        bounds = self.edge_bounds
        self.has_rollups = bool(np.any(category == _ROLLUPS))
        self.hierarchy_levels = [
            at
            for at in range(depth - 1, -1, -1)
            if bounds[_CATEGORIES * at + _GATES] < bounds[_CATEGORIES * at + _TIMED]
            or bounds[_CATEGORIES * at + _ROLLUPS] < bounds[_CATEGORIES * at + _CATEGORIES]
        ]


def _levels(size: int, sources: Ints, targets: Ints) -> tuple[Ints, int]:
    """Every node's level (-1: on a cycle or after one) and the number of levels, by Kahn's algorithm a level at a
    time: the nodes whose last predecessor is in one level make up the next."""
    level = np.full(size, -1, np.int64)
    targets_by_source = targets[np.argsort(sources, kind="stable")]
    degree = np.bincount(sources, minlength=size)
    offsets = np.zeros(size + 1, np.int64)
    np.cumsum(degree, out=offsets[1:])
    waiting = np.bincount(targets, minlength=size)
    counting = np.arange(len(sources) + 1)
    owner = np.empty(size, np.int64)  # to keep one of a node's repeats
    frontier = np.flatnonzero(waiting == 0)
    depth = 0
    while frontier.size:
        level[frontier] = depth
        depth += 1
        counts = degree[frontier]
        ends = np.cumsum(counts)
        total = int(ends[-1])
        if not total:
            break
        edges = np.repeat(offsets[frontier] - ends + counts, counts)  # the frontier's edges, by source
        edges += counting[:total]
        reached = targets_by_source[edges]
        np.subtract.at(waiting, reached, 1)
        ready = reached[waiting[reached] == 0]
        at = counting[: len(ready)]
        owner[ready] = at
        frontier = ready[owner[ready] == at]
    return level, depth


class _Network:
    """The node graph of one computation, built column-wise for speed.

    Nodes ``0..n-1`` are the tasks (a summary's node is its *start gate*, which incoming FS/SS links and start
    constraints hold back and every child follows); after them come, for summaries that need them, a *finish gate*
    (after every child; outgoing FS/FF links and deadlines) and a *start roll-up* (the least child start; outgoing
    SS/SF links). Nodes with anything unusual (a constraint, a calendar, progress...) have a :class:`_Rule`; the
    others move by plain arithmetic, a level at a time (see :class:`_Plan`).
    """

    def __init__(
        self,
        schedule_input: ScheduleInput,
        problems: list[ScheduleProblem],
        reuse: "_Network | None" = None,
        columns: _TaskColumns | None = None,
    ) -> None:
        self.problems = problems
        self.settings = _settings(schedule_input)
        self.project: working_time.WorkingTimeIndex = self._project_index(
            schedule_input, None if reuse is None else reuse.project
        )
        self.start_minutes = self.project.to_minutes(schedule_input.project_start)
        self.status_clock = (
            None if schedule_input.status_date is None else self.project.clock_of(schedule_input.status_date)
        )
        self.status_minutes = None if self.status_clock is None else self.project.working_at(self.status_clock)
        self.calendar_specs = schedule_input.calendars
        self.project_calendar = schedule_input.project_calendar
        # Indexes by calendar key (kept by recompute: they only grow) and, for this computation, the calendars used.
        self.calendar_indexes: dict[str, working_time.WorkingTimeIndex] = (
            {} if reuse is None else reuse.calendar_indexes
        )
        self.task_calendars: dict[str, working_time.WorkingTimeIndex | None] = {}
        # Elapsed-lag bounds by (from a finish, position, signed lag): many links share them, and recompute keeps
        # them (up to a size).
        self.elapsed_bounds: dict[tuple[bool, int, int], int] = (
            reuse.elapsed_bounds if reuse is not None and len(reuse.elapsed_bounds) < _MEMO_LIMIT else {}
        )
        if columns is None:
            columns, self.unique = _TaskColumns.read(schedule_input.tasks, problems)
        else:
            self.unique = True
        self.columns = columns
        links = list(schedule_input.links)
        self.link_columns: _LinkColumns = (
            _LinkColumns(links, self.columns.positions) if reuse is None else reuse.link_columns.patched(links)
        )
        self._tasks()
        self._hierarchy()
        self._links(self.link_columns)
        self._arrays()
        self._order(reuse)

    # -- tasks ------------------------------------------------------------------------------------------------------

    def _problem(self, kind: str, task_ids: tuple[int, ...], message: str) -> None:
        self.problems.append(ScheduleProblem(kind, task_ids, message))

    def _project_index(
        self, schedule_input: ScheduleInput, known: working_time.WorkingTimeIndex | None
    ) -> working_time.WorkingTimeIndex:
        key = schedule_input.project_calendar
        spec = schedule_input.calendars.get(key)
        if spec is None or spec.minutes_per_week == 0:
            kind, what = ("unknown-calendar", "unknown") if spec is None else ("empty-calendar", "without working time")
            self._problem(kind, (), f"The project calendar {key!r} is {what}; the standard calendar is used.")
            spec = working_time.standard_calendar()
        if known is not None:
            return known
        first_day = schedule_input.project_start.date()
        return working_time.WorkingTimeIndex(spec, first_day, first_day.replace(year=first_day.year + 2, day=1))

    def _tasks(self) -> None:
        columns = self.columns
        self.tasks = columns.tasks
        self.ids: list[int] = columns.ids
        self.index_of = columns.index_of
        duration = columns.durations.copy()
        duration[columns.milestones] = 0
        ids = self.ids
        for position in np.flatnonzero(duration < 0).tolist():
            self._problem(
                "invalid-value", (ids[position],), f"Task {ids[position]} has a negative duration; 0 is used."
            )
            duration[position] = 0
        # Task durations (summaries get 0 below); the gates added later have none.
        self.duration: Ints = duration
        self.rules: list[_Rule | None] = [None] * len(duration)
        self.special = columns.special

    def _calendar(self, task: TaskInput) -> working_time.WorkingTimeIndex | None:
        """The task's own calendar index, or None for the project calendar."""
        key = task.calendar
        if key is None or key == self.project_calendar:
            return None
        if key not in self.task_calendars:
            spec = self.calendar_specs.get(key)
            if spec is None or spec.minutes_per_week == 0:
                kind, what = (
                    ("unknown-calendar", "unknown") if spec is None else ("empty-calendar", "without working time")
                )
                self._problem(
                    kind, (task.id,), f"Calendar {key!r} of task {task.id} is {what}; the project calendar is used."
                )
                self.task_calendars[key] = None
            else:
                index = self.calendar_indexes.get(key)
                if index is None:
                    index = self.calendar_indexes[key] = working_time.WorkingTimeIndex(spec, self.project.origin)
                self.task_calendars[key] = index
        return self.task_calendars[key]

    def _leaf_rule(self, position: int) -> None:
        task = self.tasks[position]
        duration = _item(self.duration[position])
        started = task.actual_start is not None or task.actual_finish is not None or task.percent_complete > 0
        calendar = self._calendar(task)
        constraint: ConstraintType | None = task.constraint
        if constraint in _DATED_CONSTRAINTS and task.constraint_date is None:
            self._problem(
                "missing-constraint-date", (task.id,), f"Task {task.id} has a {constraint} constraint without a date."
            )
            constraint = None
        if constraint is ConstraintType.AS_SOON_AS_POSSIBLE:
            constraint = None
        elapsed = task.elapsed and duration > 0
        if not (started or constraint or calendar or elapsed or task.deadline or task.leveling_delay):
            return
        rule = _Rule(self.project, duration)
        rule.calendar = calendar
        rule.elapsed = elapsed
        rule.delay = task.leveling_delay
        rule.deadline = None if task.deadline is None else self.project.to_minutes(task.deadline)
        if constraint is ConstraintType.AS_LATE_AS_POSSIBLE:
            rule.alap = True
        elif constraint is not None and task.constraint_date is not None:
            rule.constraint = constraint
            rule.constraint_minutes = self.project.to_minutes(task.constraint_date)
        if started:
            self._progress(rule, task)
        self.rules[position] = rule

    def _progress(self, rule: _Rule, task: TaskInput) -> None:
        duration = rule.duration
        rule.started = True
        rule.status = self.status_minutes
        rule.status_clock = self.status_clock
        if task.actual_finish is not None:
            remaining = 0
        elif task.remaining_duration is not None:
            remaining = max(0, task.remaining_duration)
        else:
            remaining = round(duration * (100 - min(100, max(0, task.percent_complete))) / 100)
        rule.remaining = remaining
        rule.done = max(0, duration - remaining)
        rule.complete = remaining == 0
        if task.actual_start is not None:
            rule.actual_start = self.project.to_minutes(task.actual_start)
            rule.actual_start_moment = task.actual_start
        if task.actual_finish is not None:
            finish = self.project.to_minutes(task.actual_finish)
            if rule.actual_start is None:
                rule.actual_start = rule.retreat(finish, duration)
            elif finish < rule.actual_start:
                self._problem("invalid-value", (task.id,), f"Task {task.id} finishes before it starts.")
                finish = rule.actual_start
            else:
                rule.actual_finish_moment = task.actual_finish
            rule.actual_finish = finish

    # -- hierarchy ----------------------------------------------------------------------------------------------

    def _hierarchy(self) -> None:
        count = len(self.tasks)
        # Children by summary position, in task order; a task that is nobody's parent has no entry.
        self.children: dict[int, list[int]] = {}
        self.summary_parent: dict[int, int] = {}  # the parent of each summary (-1: none)
        if self.columns.has_parent.any():
            self._parents()
        self.summaries = sorted(position for position, below in self.children.items() if below)
        self.is_summary = [False] * count
        self.summary_flags = np.zeros(count + 1, bool)  # one more: an unknown task (-1) reads the extra False
        for summary in self.summaries:
            self.is_summary[summary] = True
        self.summary_flags[self.summaries] = True
        # Where a summary's finish and start are read by links leaving it (the summary itself unless a gate is made).
        self.finish_node: dict[int, int] = {}
        self.rollup_node: dict[int, int] = {}
        self.size: int = count
        status = self.status_minutes
        self.floor_default = self.start_minutes if status is None else max(self.start_minutes, status)
        self.floors: dict[int, int] = {}  # the nodes whose floor is another one
        for position in self.special:
            if not self.is_summary[position]:
                self._leaf_rule(position)
                rule = self.rules[position]
                if rule is None:
                    continue
                if rule.started:
                    self.floors[position] = self.start_minutes
                elif rule.constraint is ConstraintType.START_NO_EARLIER_THAN:
                    # MS Project honours an SNET date before the project start: the date replaces the project start
                    # (seen in files MS Project saved; an FNET task still starts no earlier than the project).
                    earliest = min(self.start_minutes, rule.constraint_minutes)
                    self.floors[position] = earliest if status is None else max(earliest, status)
        self.duration[self.summaries] = 0
        for summary in self.summaries:
            self.floors[summary] = self.start_minutes
        # The edges of the hierarchy (and of links to summaries spread over their leaves), before the links' own.
        self.added_sources: list[int] = []
        self.added_targets: list[int] = []
        self.added_codes: list[int] = []
        self.added_lags: list[int] = []

    def _parents(self) -> None:
        columns = self.columns
        found = columns.parents.copy()
        own = found == np.arange(len(found))
        unknown = columns.has_parent & (found < 0)
        if unknown.any() or own.any():
            for position in np.flatnonzero(unknown | own).tolist():
                task_id = self.ids[position]
                parent_id = self.tasks[position].parent_id
                if parent_id is not None and found[position] < 0:
                    self._problem(
                        "missing-task", (task_id, parent_id), f"Task {task_id} has unknown parent {parent_id}."
                    )
                elif found[position] == position:
                    found[position] = -1
        parent: list[int] = found.tolist()
        children = self.children
        kids = np.flatnonzero(found >= 0)
        if kids.size:
            ups = found[kids]
            by_parent = np.argsort(ups, kind="stable")
            kids, ups = kids[by_parent], ups[by_parent]
            cuts = np.flatnonzero(ups[1:] != ups[:-1]) + 1
            heads = np.concatenate((np.zeros(1, np.int64), cuts))
            for up, group in zip(ups[heads].tolist(), np.split(kids, cuts), strict=True):
                children[up] = group.tolist()
        # A containment cycle consists of parents only: walk up from each parent.
        state: dict[int, int] = {}  # 1 on the current path, 2 done
        for position in sorted(children):
            path: list[int] = []
            current = position
            while current >= 0 and current not in state:
                state[current] = 1
                path.append(current)
                current = parent[current]
            if current >= 0 and state[current] == 1:
                cycle = path[path.index(current) :]
                ids = tuple(self.ids[i] for i in cycle)
                self._problem("cycle", ids, f"Summary tasks contain each other: {_arrow(ids)}; one parent is ignored.")
                children[parent[cycle[-1]]].remove(cycle[-1])
                parent[cycle[-1]] = -1
            for visited in path:
                state[visited] = 2
        self.summary_parent = {position: parent[position] for position, below in children.items() if below}

    def _summary_rules(self, summary: int, start_linked: bool) -> tuple[bool, bool]:
        """Rules of a summary's gates; whether its start gate and its finish gate are held back."""
        task = self.tasks[summary]
        constraint = task.constraint
        moment = None if task.constraint_date is None else self.project.to_minutes(task.constraint_date)
        deadline = None if task.deadline is None else self.project.to_minutes(task.deadline)
        start_held = start_linked
        if constraint in _START_CONSTRAINTS and moment is not None:
            rule = _Rule(self.project, 0)
            rule.constraint = constraint
            rule.constraint_minutes = moment
            self.rules[summary] = rule
            start_held = True
        elif constraint is ConstraintType.FINISH_NO_LATER_THAN and moment is not None:
            deadline = moment if deadline is None else min(deadline, moment)
        elif constraint is not ConstraintType.AS_SOON_AS_POSSIBLE:
            self._problem(
                "unsupported-constraint",
                (task.id,),
                f"Summary task {task.id} cannot take {constraint} (or lacks its date); the constraint is ignored.",
            )
        if deadline is not None:
            rule = _Rule(self.project, 0)
            rule.deadline = deadline
            self._gate_rules[summary] = rule
        return start_held, deadline is not None

    def _new_node(self, floor: int, rule: _Rule | None) -> int:
        self.floors[self.size] = floor
        self.rules.append(rule)
        self.size += 1
        return self.size - 1

    def _gates(self, start_linked: set[int], finish_linked: set[int], start_read: set[int]) -> None:
        """Create the gates summaries need and the hierarchy edges to them (top-down, so a held summary holds its
        descendants)."""
        self._gate_rules: dict[int, _Rule] = {}
        held_start = [False] * len(self.tasks)
        held_finish = [False] * len(self.tasks)
        read_start = [False] * len(self.tasks)
        summary_parent = self.summary_parent
        top_down = [summary for summary in self.summaries if summary_parent.get(summary, -1) < 0]
        for summary in top_down:  # grows while walked: children after their parent
            up = summary_parent.get(summary, -1)
            start, finish = self._summary_rules(summary, summary in start_linked)
            held_start[summary] = start or (up >= 0 and held_start[up])
            held_finish[summary] = finish or summary in finish_linked or (up >= 0 and held_finish[up])
            read_start[summary] = summary in start_read or (up >= 0 and read_start[up])
            below = self.children[summary]
            top_down.extend(compress(below, map(self.is_summary.__getitem__, below)))
        for summary in top_down:
            if held_finish[summary]:
                self.finish_node[summary] = self._new_node(self.start_minutes, self._gate_rules.get(summary))
            if read_start[summary]:
                rule = _Rule(self.project, 0)
                rule.rollup = True
                self.rollup_node[summary] = self._new_node(self.start_minutes, rule)
        finish_node, rollup_node = self.finish_node, self.rollup_node
        for summary in top_down:
            if not (held_start[summary] or held_finish[summary] or read_start[summary]):
                continue
            for child in self.children[summary]:
                if held_start[summary]:
                    self._edge(summary, child, _SS, 0)
                if held_finish[summary]:
                    self._edge(finish_node.get(child, child), finish_node[summary], _GATE, 0)
                if read_start[summary]:
                    self._edge(rollup_node.get(child, child), rollup_node[summary], _ROLLUP, 0)

    def _edge(self, source: int, target: int, code: int, lag: int) -> None:
        self.added_sources.append(source)
        self.added_targets.append(target)
        self.added_codes.append(code)
        self.added_lags.append(lag)

    def _leaves(self, position: int) -> list[int]:
        found: list[int] = []
        stack = [position]
        while stack:
            node = stack.pop()
            below = self.children.get(node)
            if below:
                stack.extend(below)
            else:
                found.append(node)
        return found

    # -- links --------------------------------------------------------------------------------------------------

    def _links(self, columns: _LinkColumns) -> None:
        """Links as parallel columns, adjusted with vectorized code; only the unusual ones (unknown ids, loops,
        summaries) are looked at one by one."""
        sources = columns.sources.copy()
        targets = columns.targets
        codes = columns.codes.copy()
        lags = columns.lags.copy()
        missing = (sources < 0) | (targets < 0)
        loops = (sources == targets) & ~missing
        usable = ~(missing | loops)
        if columns.kinds.any():
            lags = self._lag_kinds(columns, sources, codes, lags, usable)
        unusual = missing | loops
        if self.summaries:
            flags = self.summary_flags
            touching = flags[sources] | flags[targets]
            self._gates(*self._summary_links(np.flatnonzero(touching).tolist(), columns))
            unusual |= touching
        else:
            self._gates(set(), set(), set())
        dropped = missing | loops
        for k in np.flatnonzero(unusual).tolist():
            link = columns.links[k]
            if missing[k]:
                found = ((link.predecessor, sources[k] >= 0), (link.successor, targets[k] >= 0))
                self._problem(
                    "missing-task",
                    tuple(i for i, known in found if not known),
                    f"The link {link.predecessor} -> {link.successor} names an unknown task; it is ignored.",
                )
            elif loops[k]:
                self._problem(
                    "cycle", (link.predecessor,), f"Task {link.predecessor} is linked to itself; it is ignored."
                )
            else:
                dropped[k] = self._summary_link(k, sources, targets, codes, lags)
        keep = ~dropped
        self.link_edges = (sources[keep], targets[keep], codes[keep], lags[keep])

    def _lag_kinds(self, columns: _LinkColumns, sources: Ints, codes: Ints, lags: Ints, usable: Ints) -> Ints:
        """Percent lags in working (or elapsed) minutes, and elapsed codes for elapsed lags; the new lag column."""
        kinds = columns.kinds
        timed = (kinds == _ELAPSED_LAG) & usable
        percent = np.flatnonzero((kinds == _PERCENT_LAG) & usable)
        if percent.size:
            links, rules = columns.links, self.rules
            at = sources[percent].tolist()
            own = self.duration[at].tolist()  # a summary's is 0
            values = [round(d * links[k].lag_percent / 100) for d, k in zip(own, percent.tolist(), strict=True)]
            try:
                lags[percent] = values
            except OverflowError:
                lags = lags.astype(object)
                lags[percent] = values
            from_elapsed = [rule is not None and rule.elapsed for rule in map(rules.__getitem__, at)]
            timed[percent[np.array(from_elapsed, bool)]] = True
        timed &= lags != 0
        codes[timed] += _ELAPSED
        return lags

    def _summary_links(self, touching: list[int], columns: _LinkColumns) -> tuple[set[int], set[int], set[int]]:
        """The summaries whose start is linked to, whose finish is linked from and whose start is read by a link."""
        start_linked: set[int] = set()
        finish_linked: set[int] = set()
        start_read: set[int] = set()
        is_summary = self.is_summary
        for source, target, base in zip(
            columns.sources[touching].tolist(),
            columns.targets[touching].tolist(),
            columns.codes[touching].tolist(),
            strict=True,
        ):
            if source >= 0 and is_summary[source]:
                (finish_linked if base in (_FS, _FF) else start_read).add(source)
            if target >= 0 and is_summary[target] and base in (_FS, _SS):
                start_linked.add(target)
        return start_linked, finish_linked, start_read

    def _summary_link(self, k: int, sources: Ints, targets: Ints, codes: Ints, lags: Ints) -> bool:
        """Rewrite link ``k``, which touches a summary, to leave from the summary's gate; spread it over the leaves
        of a summary it finishes (True: the link itself is dropped)."""
        source, target, code = int(sources[k]), int(targets[k]), int(codes[k])
        base = code & 3
        node = self.finish_node.get(source, source) if base in (_FS, _FF) else self.rollup_node.get(source, source)
        if self.is_summary[target] and base in (_FF, _SF):
            lag = lags[k].item() if isinstance(lags[k], np.generic) else lags[k]
            for leaf in self._leaves(target):
                self._edge(node, leaf, code, lag)
            return True
        sources[k] = node
        return False

    # -- arrays and order ---------------------------------------------------------------------------------------

    def _arrays(self) -> None:
        """The node and edge columns the passes read, ``int64`` unless the values could overflow it."""
        sources, targets, codes, lags = self.link_edges
        added = len(self.added_sources)
        self.link_edges = (
            np.concatenate((np.array(self.added_sources, np.int64), sources)),
            np.concatenate((np.array(self.added_targets, np.int64), targets)),
            np.concatenate((np.array(self.added_codes, np.int64), codes)),
            np.concatenate((_column(self.added_lags), lags)) if added else lags,
        )
        self.edge_sources: Ints = self.link_edges[0]
        self.edge_targets: Ints = self.link_edges[1]
        self.edge_codes: Ints = self.link_edges[2]
        self.edge_lags: Ints = self.link_edges[3]
        duration = self.duration
        if self.size > len(duration):
            duration = np.concatenate((duration, np.zeros(self.size - len(duration), duration.dtype)))
        floor = np.full(self.size, self.floor_default, np.int64)
        if self.floors:
            floor[list(self.floors)] = list(self.floors.values())
        self.dtype: type = np.int64
        if duration.dtype != np.int64 or self.edge_lags.dtype != np.int64 or not self._bounded(duration):
            self.dtype = object
        self.duration = duration.astype(self.dtype, copy=False)
        self.floor: Ints = floor.astype(self.dtype, copy=False)
        self.edge_lags = self.edge_lags.astype(self.dtype, copy=False)

    def _bounded(self, duration: Ints) -> bool:
        """Whether no sum along a path of durations, lags and rule amounts can reach 2**60."""
        largest = int(np.abs(duration).max(initial=0)) + int(np.abs(self.edge_lags).max(initial=0))
        for rule in compress(self.rules, self.rules):
            largest += abs(rule.delay) + abs(rule.remaining) + abs(rule.done)  # type: ignore[union-attr]  # not None
        return (largest + (1 << 36)) * (self.size + len(self.edge_lags) + 1) < _SAFE_TOTAL

    def _order(self, reuse: "_Network | None") -> None:
        """Levels of the nodes (reused when the edges are those of ``reuse``); cycles are reported and broken."""
        size, sources, targets = self.size, self.edge_sources, self.edge_targets
        self.acyclic = True
        if (
            reuse is not None
            and reuse.acyclic
            and reuse.size == size
            and bool(np.all(reuse.level[sources] < reuse.level[targets]))
        ):
            # Still a valid order (every edge goes to a higher level); there is no cycle then.
            level, depth = reuse.level, reuse.plan.depth
        else:
            level, depth = _levels(size, sources, targets)
            if int(np.count_nonzero(level >= 0)) < size:
                self.acyclic = False
                self._break_cycles(level)
                level, depth = _levels(size, self.edge_sources, self.edge_targets)
        self.level: Ints = level
        self.plan: _Plan = _Plan(self, level, depth)

    def task_id(self, node: int) -> int:
        """The id of the task a node belongs to."""
        if node < len(self.tasks):
            return self.ids[node]
        for summary in self.summaries:
            if node in (self.finish_node.get(summary, summary), self.rollup_node.get(summary, summary)):
                return self.ids[summary]
        raise ValueError(f"no node {node}")

    def successor_lists(self) -> list[list[Edge]]:
        """Every node's outgoing edges, in edge order."""
        by_source = np.argsort(self.edge_sources, kind="stable")
        edges = list(
            zip(
                self.edge_targets[by_source].tolist(),
                self.edge_codes[by_source].tolist(),
                self.edge_lags[by_source].tolist(),
                strict=True,
            )
        )
        bounds = [0, *np.cumsum(np.bincount(self.edge_sources, minlength=self.size)).tolist()]
        return [edges[first:last] for first, last in pairwise(bounds)]

    def successors(self, nodes: list[int]) -> dict[int, list[Edge]]:
        """The outgoing edges of ``nodes``, in edge order."""
        chosen = np.flatnonzero(np.isin(self.edge_sources, nodes))
        found: dict[int, list[Edge]] = {node: [] for node in nodes}
        for source, target, code, lag in zip(
            self.edge_sources[chosen].tolist(),
            self.edge_targets[chosen].tolist(),
            self.edge_codes[chosen].tolist(),
            self.edge_lags[chosen].tolist(),
            strict=True,
        ):
            found[source].append((target, code, lag))
        return found

    def _break_cycles(self, level: Ints) -> None:
        """Report the cycles among the nodes without a level and drop the links closing them."""
        back_edges, cycles = _back_edges(self.successor_lists(), (level >= 0).tolist())
        for cycle in cycles:
            ids: list[int] = []
            for node in cycle:
                task_id = self.task_id(node)
                if not ids or ids[-1] != task_id:
                    ids.append(task_id)
            if len(ids) > 1 and ids[0] == ids[-1]:
                ids.pop()
            first = ids.index(min(ids))
            rotated = tuple(ids[first:] + ids[:first])
            self._problem(
                "cycle", rotated, f"The links form a cycle: {_arrow((*rotated, rotated[0]))}; one link is ignored."
            )
        closing = np.array([source * self.size + target for source, target in back_edges], np.int64)
        keep = ~np.isin(self.edge_sources * self.size + self.edge_targets, closing)
        self.edge_sources = self.edge_sources[keep]
        self.edge_targets = self.edge_targets[keep]
        self.edge_codes = self.edge_codes[keep]
        self.edge_lags = self.edge_lags[keep]


def _settings(schedule_input: ScheduleInput) -> tuple[object, ...]:
    """Everything in the input but the tasks and links (recompute reuses a network only if these are equal)."""
    return (
        schedule_input.project_start,
        schedule_input.status_date,
        schedule_input.critical_float_threshold,
        schedule_input.project_calendar,
        dict(schedule_input.calendars),
    )


def _arrow(ids: tuple[int, ...]) -> str:
    return " -> ".join(str(i) for i in ids)


def _back_edges(succs: list[list[Edge]], placed: list[bool]) -> tuple[set[tuple[int, int]], list[list[int]]]:
    """Depth-first search of the nodes Kahn could not place: the edges closing a cycle and (some of) the cycles."""
    color = [0] * len(succs)  # 0 unseen, 1 on the path, 2 done
    back: set[tuple[int, int]] = set()
    cycles: list[list[int]] = []
    for root, done in enumerate(placed):
        if done or color[root]:
            continue
        color[root] = 1
        path = [root]
        position = {root: 0}
        stack = [iter(succs[root])]
        while stack:
            node = path[-1]
            for target, _code, _lag in stack[-1]:
                if placed[target]:
                    continue
                if color[target] == 0:
                    color[target] = 1
                    position[target] = len(path)
                    path.append(target)
                    stack.append(iter(succs[target]))
                    break
                if color[target] == 1 and (node, target) not in back:
                    back.add((node, target))
                    if len(cycles) < _MAX_CYCLES_REPORTED:
                        cycles.append(path[position[target] :])
            else:
                color[node] = 2
                del position[node]
                path.pop()
                stack.pop()
    return back, cycles


def _elapsed_bound(network: _Network, from_finish: bool, anchor: int, lag: int) -> int:
    """The position ``lag`` clock minutes (negative: before) after the start or finish moment of ``anchor``."""
    key = (from_finish, anchor, lag)
    found = network.elapsed_bounds.get(key)
    if found is None:
        project = network.project
        clock = project.finish_clock(anchor) if from_finish else project.start_clock(anchor)
        found = network.elapsed_bounds[key] = project.working_at(clock + lag)
    return found


def _elapsed_backward(network: _Network, kind: int, lag: int, start: int, finish: int) -> int:
    """The predecessor's bound of an elapsed-lag link: ``lag`` clock minutes before the successor's moment."""
    from_finish = kind not in (_FS, _SS)
    return _elapsed_bound(network, from_finish, finish if from_finish else start, -lag)


def _forward(network: _Network) -> tuple[Ints, list[int]]:
    """Early dates, a level at a time, in plan slots: ``[early start | early finish | finish bound | start
    bound]`` (see :class:`_Plan`); with the bound each elapsed-lag edge gave (in plan order).

    A level's constrained nodes are clamped and its arithmetic nodes finish at start + duration all at once, the
    others are moved by their rule one by one; then the level's edges push their bounds (``maximum.at``: several
    edges may bound one node). Where a constraint moved a node, its rule's ``conflict`` is set.
    """
    plan = network.plan
    size = network.size
    dates: Ints = np.empty(4 * size, network.dtype)
    dates[:size] = plan.floor
    dates[2 * size : 3 * size] = _NEG
    dates[3 * size :] = plan.floor
    least: Ints = np.full(size, _POS, network.dtype)  # start roll-ups: the least start of a child
    node_bounds, edge_bounds, rules, durations = plan.node_bounds, plan.edge_bounds, plan.rules, plan.durations
    lower, upper = plan.lower, plan.upper
    reads, entries, lags, targets = plan.forward_reads, plan.forward_entries, plan.forward_lags, plan.targets
    timed_reads, timed_entries, timed_less = (
        plan.timed_forward_reads,
        plan.timed_forward_entries,
        plan.timed_forward_less,
    )
    timed_lags, timed_from_finish = plan.timed_lags, plan.timed_from_finish
    memo = network.elapsed_bounds
    found: list[int] = []
    for level in range(plan.depth):
        first, constrained, moved, last = node_bounds[_KINDS * level : _KINDS * level + 4]
        if moved > constrained:
            starts = dates[constrained:moved]
            np.maximum(dates[3 * size + constrained : 3 * size + moved], lower[constrained:moved], out=starts)
            np.minimum(starts, upper[constrained:moved], out=starts)
        if moved > first:
            np.add(dates[first:moved], durations[first:moved], out=dates[size + first : size + moved])
        for slot in range(moved, last):
            rule = rules[slot]
            if rule.rollup:
                earliest = least[slot]
                dates[slot] = dates[size + slot] = dates[slot] if earliest == _POS else earliest
            else:
                dates[slot], dates[size + slot] = rule.forward(int(dates[slot]), int(dates[2 * size + slot]))
        edges, _gates, timed, rollups, end = edge_bounds[_CATEGORIES * level : _CATEGORIES * level + 5]
        if timed > edges:
            values = dates[reads[edges:timed]]
            values += lags[edges:timed]
            np.maximum.at(dates, entries[edges:timed], values)
        for j in range(len(found), len(found) + rollups - timed):
            key = (timed_from_finish[j], int(dates[timed_reads[j]]), timed_lags[j])
            bound = memo.get(key)
            if bound is None:
                bound = _elapsed_bound(network, *key)
            found.append(bound)
            value = bound - timed_less[j]
            entry = timed_entries[j]
            if value > dates[entry]:  # noqa: PLR1730 (writes only when it moves)
                dates[entry] = value
        if end > rollups:
            np.minimum.at(least, targets[rollups:end], dates[reads[rollups:end]])
    slots, constrained_rules = plan.constrained
    for rule, conflict in zip(constrained_rules, (dates[slots] < dates[3 * size + slots]).tolist(), strict=True):
        rule.conflict = conflict  # the constraint beat the links
    return dates, found


def _backward(network: _Network, dates: Ints, found: list[int], project_finish: int) -> tuple[Ints, Ints]:
    """Late dates in plan slots, ``[late start | late finish | finish bound]``, a level at a time from the last
    (arithmetic nodes all at once, the others by their rule); and the unclamped free float of every slot.

    Nothing finishes after the project. Free float is the least slack to a successor's early dates (the project
    finish without successors); through a finish gate it continues with the gate's own free float, so a child may
    slip until its summary's successors move; through a start roll-up only the child that starts first counts.
    """
    plan = network.plan
    size = network.size
    late: Ints = np.empty(3 * size, network.dtype)
    late[:size] = np.where(plan.kind == _MOVED, _POS, np.minimum(project_finish - plan.durations, plan.late_cap))
    late[2 * size :] = project_finish
    node_bounds, edge_bounds, rules, durations = plan.node_bounds, plan.edge_bounds, plan.rules, plan.durations
    reads, entries, lags = plan.backward_reads, plan.backward_entries, plan.backward_lags
    timed_reads, timed_entries = plan.timed_backward_reads.tolist(), plan.timed_backward_entries
    timed_more, timed_lags, timed_to_finish = plan.timed_backward_more, plan.timed_lags, plan.timed_to_finish
    memo = network.elapsed_bounds
    counted = _counted_rollups(plan, dates)
    timed_last = len(found)
    for level in range(plan.depth - 1, -1, -1):
        edges, _gates, timed, rollups, end = edge_bounds[_CATEGORIES * level : _CATEGORIES * level + 5]
        if timed > edges:
            values = late[reads[edges:timed]]
            values -= lags[edges:timed]
            np.minimum.at(late, entries[edges:timed], values)
        for j in range(timed_last - (rollups - timed), timed_last):
            key = (timed_to_finish[j], int(late[timed_reads[j]]), -timed_lags[j])
            bound = memo.get(key)
            if bound is None:
                bound = _elapsed_bound(network, *key)
            value = bound - timed_more[j]
            entry = timed_entries[j]
            if value < late[entry]:  # noqa: PLR1730 (writes only when it moves)
                late[entry] = value
        timed_last -= rollups - timed
        if end > rollups:
            chosen = np.flatnonzero(counted[rollups:end]) + rollups
            np.minimum.at(late, entries[chosen], late[reads[chosen]])
        first, _constrained, moved, last = node_bounds[_KINDS * level : _KINDS * level + 4]
        if moved > first:
            np.add(late[first:moved], durations[first:moved], out=late[size + first : size + moved])
        for slot in range(moved, last):
            rule = rules[slot]
            late[slot], late[size + slot] = rule.backward(
                int(late[2 * size + slot]), int(late[slot]), (int(dates[slot]), int(dates[size + slot]))
            )
    return late, _free_float(network, dates, found, project_finish, counted)


def _counted_rollups(plan: _Plan, dates: Ints) -> Ints:
    """Whether each edge, if a roll-up edge, counts: only a child that starts no later than the roll-up does."""
    counted: Ints = dates[plan.forward_reads] <= dates[plan.targets] if plan.has_rollups else np.zeros(0, bool)
    return counted


def _free_float(network: _Network, dates: Ints, found: list[int], project_finish: int, counted: Ints) -> Ints:
    """The least slack of every slot to its successors' early dates (see :func:`_backward`)."""
    plan = network.plan
    size = network.size
    least: Ints = np.full(size, _POS, network.dtype)
    successor, predecessor, lags = plan.link_slack
    slack = dates[successor] - dates[predecessor]
    slack -= lags
    np.minimum.at(least, plan.link_sources, slack)
    if found:
        slack = dates[plan.timed_backward_reads] - _column(found).astype(network.dtype)
        np.minimum.at(least, plan.timed_sources, slack)
    edge_bounds = plan.edge_bounds
    for level in plan.hierarchy_levels:
        _edges, gates, timed, rollups, end = edge_bounds[_CATEGORIES * level : _CATEGORIES * level + 5]
        for first, last, through_gate in ((gates, timed, True), (rollups, end, False)):
            chosen = np.arange(first, last)
            if not through_gate:
                chosen = chosen[counted[first:last]]
            if not chosen.size:
                continue
            targets = plan.targets[chosen]
            onward = least[targets]  # the target's own free float, as below
            onward = np.where(onward == _POS, project_finish - dates[size + targets], onward)
            if through_gate:
                onward += dates[plan.backward_reads[chosen]] - dates[plan.forward_reads[chosen]]
            np.minimum.at(least, plan.sources[chosen], onward)
    free: Ints = np.where(least == _POS, project_finish - dates[size : 2 * size], least)
    return free


def _latest_by_successors(
    network: _Network,
    node: int,
    edges: list[Edge],
    *,
    scheduled: tuple[list[int], list[int]],
    early_start: list[int],
    project_finish: int,
) -> tuple[int, int]:
    """The latest finish and the latest start a node's successors (``edges``) and their scheduled dates allow."""
    start, finish = scheduled
    finish_bound = project_finish
    start_bound = _POS
    for target, code, lag in edges:
        if code == _ROLLUP:
            if early_start[node] <= early_start[target]:
                start_bound = min(start_bound, start[target])
            continue
        kind = _FF if code == _GATE else code & 3
        if code & _ELAPSED and code != _GATE:
            bound = _elapsed_backward(network, kind, lag, start[target], finish[target])
        elif kind in (_FS, _SS):
            bound = start[target] - lag
        else:
            bound = finish[target] - lag
        if kind in (_FS, _FF):
            finish_bound = min(finish_bound, bound)
        else:
            start_bound = min(start_bound, bound)
    return finish_bound, start_bound


def _as_late_as_possible(
    network: _Network,
    project_finish: int,
    early: tuple[list[int], list[int]],
    late_start: list[int],
) -> tuple[list[int], list[int]]:
    """Scheduled dates: the early dates, with ALAP tasks moved as late as their successors' scheduled dates allow.

    Finish gates pass on the latest finish their own successors allow, so an ALAP child of a summary is not held
    back by its siblings.
    """
    start, finish = list(early[0]), list(early[1])
    count = len(network.tasks)
    movable = list(range(count, network.size))
    for node in network.special:
        rule = network.rules[node]
        if rule is not None and rule.alap and not rule.started:
            movable.append(node)
    movable = [node for node in movable if not (rule := network.rules[node]) or not rule.rollup]
    level = network.level[movable].tolist()
    movable = [node for _level, node in sorted(zip(level, movable, strict=True), reverse=True)]  # successors first
    successors = network.successors(movable)
    for node in movable:
        rule = network.rules[node]
        finish_bound, start_bound = _latest_by_successors(
            network,
            node,
            successors[node],
            scheduled=(start, finish),
            early_start=early[0],
            project_finish=project_finish,
        )
        if node >= count:
            start[node] = finish[node] = min(finish_bound, start_bound)
        elif rule is not None:
            latest = min(rule.retreat(finish_bound, rule.duration), start_bound, late_start[node])
            if latest > start[node]:
                start[node] = latest
                finish[node] = rule.advance(latest, rule.duration)
    return start, finish


@dataclass(frozen=True, slots=True)
class _Solution:
    """The computed values by node, from which task results are made on demand.

    Attributes:
        columns: early start, early finish, late start, late finish, (unclamped) free float, scheduled start and
            scheduled finish: arrays or lists, made lists when first read (see :meth:`TaskResults._columns`).
    """

    network: _Network
    columns: tuple[Ints | list[int], ...]
    project_finish: int
    threshold: int
    clock: ScheduleClock


class TaskResults(Mapping[int, TaskResult]):
    """Read-only mapping task id -> :class:`TaskResult`, in input order; results are made when read.

    Building 100,000 frozen result objects would cost more than the whole CPM pass, so the engine hands out this view
    over its arrays instead; ``dict(result.tasks)`` copies it.
    """

    __slots__ = ("_made", "_solution", "_start_to_finish", "_values")

    def __init__(self, solution: _Solution) -> None:
        self._solution = solution
        self._made: dict[int, TaskResult] = {}
        self._start_to_finish: dict[int, list[tuple[int, int]]] | None = None
        self._values: tuple[list[int], ...] | None = None

    def _columns(self) -> tuple[list[int], ...]:
        """The solution's columns as lists (converted once, on the first read of a result)."""
        values = self._values
        if values is None:
            made: dict[int, list[int]] = {}
            for column in self._solution.columns:
                if id(column) not in made:
                    made[id(column)] = column if isinstance(column, list) else column.tolist()
            values = self._values = tuple(made[id(column)] for column in self._solution.columns)
        return values

    def __getitem__(self, task_id: int) -> TaskResult:
        return self._at(self._solution.network.index_of[task_id])

    def _at(self, position: int) -> TaskResult:
        """The result of the task at ``position``, made once (summaries read their children's)."""
        found = self._made.get(position)
        if found is None:
            summary = self._solution.network.is_summary[position]
            found = self._summary(position) if summary else self._leaf(position)
            self._made[position] = found
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._solution.network.ids)

    def __len__(self) -> int:
        return len(self._solution.network.ids)

    def __contains__(self, task_id: object) -> bool:
        return task_id in self._solution.network.index_of

    def task_values(self) -> "TaskValues":
        """Every task's values, column-wise (see :func:`task_values`)."""
        solution = self._solution
        network = solution.network
        count = len(network.ids)
        arrays = [column if isinstance(column, np.ndarray) else _column(column) for column in solution.columns]
        threshold, project_finish = solution.threshold, solution.project_finish
        if (
            any(column.dtype != np.int64 for column in arrays)
            or type(threshold) is not int
            or not _NEG <= threshold <= _POS
            or not _NEG <= project_finish <= _POS
        ):  # positions beyond 64 bits: one result at a time
            return _values_of(list(network.ids), list(self._in_order()))
        early_starts, early_finishes, late_starts, late_finishes, frees, starts, finishes = arrays
        minutes = [
            column[:count].copy()
            for column in (starts, finishes, early_starts, early_finishes, late_starts, late_finishes)
        ]
        early_start, late_start = minutes[2], minutes[4]
        # Leaves: as in _leaf (summaries' values are replaced below).
        total = late_start - early_start
        free = np.maximum(0, np.minimum(frees[:count], total))
        critical = total <= threshold
        is_summary = network.is_summary
        rules = network.rules
        start_to_finish = self._start_to_finish_links()
        shown: list[int] = [
            position
            for position in network.special
            if not is_summary[position]
            and (rule := rules[position]) is not None
            and (rule.started or rule.elapsed or rule.calendar is not None)
        ]
        shown = sorted({*shown, *(node for node in start_to_finish if node < count and not is_summary[node])})
        # The leaves whose dates may be shown at other moments than the calendar's: as TaskResult gives them.
        parts = [self._at(position) for position in shown]
        overridden = {position for position, part in zip(shown, parts, strict=True) if part.overrides is not None}
        elapsed = {position for position, part in zip(shown, parts, strict=True) if part.elapsed_duration is not None}
        if parts:
            total[shown] = [part.total_float for part in parts]
            free[shown] = [part.free_float for part in parts]
            critical[shown] = [part.critical for part in parts]
        depths = _summary_depths(network)
        self._roll_up(depths, minutes, (total, free, critical), frees)
        # Moments: each distinct position converted once per kind.
        clock = solution.clock
        plain = np.ones(count, bool)
        plain[shown] = False
        milestones = network.columns.milestones[:count] & plain & ~network.summary_flags[:count]
        regular = np.flatnonzero(plain & ~milestones)
        milestone_positions = np.flatnonzero(milestones)
        moments: list[Ints] = [np.empty(count, object) for _ in minutes]
        for first, convert in ((0, clock.start_moment), (1, clock.finish_moment)):  # start dates, finish dates
            outs, columns = moments[first::2], minutes[first::2]
            _fill_moments(outs, regular, columns, convert)
            _fill_moments(outs, milestone_positions, columns, clock.milestone_moment)
        if parts:
            for out, read in zip(moments, _DATES, strict=True):
                out[shown] = list(map(read, parts))
        self._summary_moments(depths, minutes, moments, overridden, elapsed)
        start_at, finish_at, early_start_at, early_finish_at, late_start_at, late_finish_at = moments
        return TaskValues(
            list(network.ids),
            start_at.tolist(),
            finish_at.tolist(),
            early_start_at.tolist(),
            early_finish_at.tolist(),
            late_start_at.tolist(),
            late_finish_at.tolist(),
            total.tolist(),
            free.tolist(),
            critical.tolist(),
        )

    def _roll_up(
        self, depths: list[list[int]], minutes: list[Ints], floats: tuple[Ints, Ints, Ints], frees: Ints
    ) -> None:
        """The summaries' positions and (total float, free float, critical) rolled up from their children's, the
        deepest summaries first (as in :meth:`_summary`); ``frees`` are the nodes' unclamped free floats."""
        total, free, critical = floats
        network = self._solution.network
        children = network.children
        start, finish, early_start, early_finish, late_start, late_finish = minutes
        for group in depths:
            kids = [child for summary in group for child in children[summary]]
            heads = np.cumsum([0, *(len(children[summary]) for summary in group[:-1])])
            for column, reduce in (
                (start, np.minimum),
                (finish, np.maximum),
                (early_start, np.minimum),
                (early_finish, np.maximum),
                (late_start, np.minimum),
                (late_finish, np.maximum),
                (total, np.minimum),
                (critical, np.logical_or),
            ):
                column[group] = reduce.reduceat(column[kids], heads)
        if network.summaries:
            summaries = np.array(network.summaries, np.int64)
            finish_node = network.finish_node
            gates = np.array([finish_node.get(summary, summary) for summary in network.summaries], np.int64)
            project_finish = self._solution.project_finish
            gated = np.where(gates != summaries, frees[gates], project_finish - early_finish[summaries])
            free[summaries] = np.maximum(0, np.minimum(gated, total[summaries]))

    def _in_order(self) -> Iterator[TaskResult]:
        """Every task's result, in input order."""
        return map(self._at, range(len(self._solution.network.ids)))

    def _summary_moments(
        self, depths: list[list[int]], minutes: list[Ints], moments: list[Ints], overridden: set[int], elapsed: set[int]
    ) -> None:
        """Shown moments of the summaries with a child shown at another moment than the calendar's (as in
        :func:`_summary_overrides`), the deepest first; ``overridden`` gains the summaries with overrides."""
        if not overridden and not elapsed:
            return
        clock = self._solution.clock
        children = self._solution.network.children
        start, finish = minutes[0], minutes[1]
        shown_start, shown_finish = moments[0], moments[1]
        for group in depths:
            for summary in group:
                kids = children[summary]
                moved_start = not overridden.isdisjoint(kids)
                if not moved_start and elapsed.isdisjoint(kids):
                    continue
                first = last = None
                if moved_start:
                    at = start[summary]
                    moment = min(shown_start[kid] for kid in kids if start[kid] == at)
                    first = None if moment == clock.start_moment(int(at)) else (at, moment)
                at = finish[summary]
                moment = max(shown_finish[kid] for kid in kids if finish[kid] == at)
                last = None if moment == clock.finish_moment(int(at)) else (at, moment)
                if first is None and last is None:
                    continue
                overridden.add(summary)
                for index, (column, out) in enumerate(zip(minutes, moments, strict=True)):
                    override = first if index % 2 == 0 else last
                    if override is not None and column[summary] == override[0]:
                        out[summary] = override[1]

    def _start_to_finish_links(self) -> dict[int, list[tuple[int, int]]]:
        """Node -> (predecessor node, lag) of its start-to-finish links with a working lag of zero or a lead, made
        on first use (most schedules are read without needing them)."""
        found = self._start_to_finish
        if found is None:
            found = self._start_to_finish = {}
            sources, targets, codes, lags = self._solution.network.link_edges
            chosen = np.flatnonzero((codes == _SF) & (lags <= 0))
            for source, target, lag in zip(
                sources[chosen].tolist(), targets[chosen].tolist(), lags[chosen].tolist(), strict=True
            ):
                found.setdefault(target, []).append((source, lag))
        return found

    def _overrides(
        self, position: int, rule: _Rule | None
    ) -> tuple[tuple[int, datetime] | None, tuple[int, datetime] | None]:
        """The start and finish overrides of a leaf: actual dates as entered; an SF-driven finish at the
        predecessor's start moment.

        MS Project adds a lag to the predecessor's start moment (08:00): with no lag (or a lead) the successor's
        finish stays a start moment, where a positive lag ends at the end of a working period (17:00).
        """
        solution = self._solution
        *_, starts, finishes = self._columns()
        if rule is not None and rule.started:
            start_override = finish_override = None
            if rule.actual_start_moment is not None and rule.actual_start is not None:
                start_override = (rule.actual_start, rule.actual_start_moment)
            if rule.actual_finish_moment is not None and rule.actual_finish is not None:
                finish_override = (rule.actual_finish, rule.actual_finish_moment)
            elif rule.own_dates is not None and rule.own_dates[1] == finishes[position]:
                # In progress on its own calendar: the remaining work's finish on that calendar (02:00 for a night
                # shift), which the project axis cannot show.
                finish_override = (rule.own_dates[1], solution.clock.index.moment_of(rule.own_dates[3]))
            return start_override, finish_override
        if rule is not None and rule.elapsed:
            return None, None
        finish = finishes[position]
        if rule is not None and rule.own_dates is not None:
            start_minutes, finish_minutes, start_clock, finish_clock = rule.own_dates
            if start_minutes == starts[position] and finish_minutes == finish:
                moment_of = solution.clock.index.moment_of
                return (start_minutes, moment_of(start_clock)), (finish_minutes, moment_of(finish_clock))
        if finish != starts[position] and self._finish_driven_by_start(position, finish):
            return None, (finish, solution.clock.start_moment(finish))
        return None, None

    def _finish_driven_by_start(self, position: int, finish: int) -> bool:
        """Whether a start-to-finish link with no lag (or a lead) sets the node's scheduled finish."""
        start = self._columns()[5]
        predecessors = self._start_to_finish_links().get(position, ())
        return any(start[source] + lag == finish for source, lag in predecessors)

    def _leaf(self, position: int) -> TaskResult:
        solution = self._solution
        network = solution.network
        early_starts, early_finishes, late_starts, late_finishes, frees, starts, finishes = self._columns()
        rule = network.rules[position]
        early_start = early_starts[position]
        if rule is not None and rule.complete:
            total = free = 0
            critical = False
        else:
            total = late_starts[position] - early_start
            free = max(0, min(frees[position], total))
            critical = total <= solution.threshold
        start_to_finish = self._start_to_finish
        if start_to_finish is None:
            start_to_finish = self._start_to_finish_links()
        overrides = None if rule is None and position not in start_to_finish else self._overrides(position, rule)
        return TaskResult(
            network.ids[position],
            starts[position],
            finishes[position],
            early_start,
            early_finishes[position],
            late_starts[position],
            late_finishes[position],
            total,
            free,
            critical,
            False,
            network.tasks[position].milestone,
            rule.duration if rule is not None and rule.elapsed and not rule.started else None,
            solution.clock,
            None if overrides == (None, None) else overrides,
        )

    def _summary(self, position: int) -> TaskResult:
        solution = self._solution
        network = solution.network
        parts = [self._at(child) for child in network.children[position]]
        total = min(part.total_float for part in parts)
        early_finish = max(part.early_finish_minutes for part in parts)
        gate = network.finish_node.get(position, position)
        free = self._columns()[4][gate] if gate != position else solution.project_finish - early_finish
        start = min(part.start_minutes for part in parts)
        finish = max(part.finish_minutes for part in parts)
        return TaskResult(
            network.ids[position],
            start,
            finish,
            min(part.early_start_minutes for part in parts),
            early_finish,
            min(part.late_start_minutes for part in parts),
            max(part.late_finish_minutes for part in parts),
            total,
            max(0, min(free, total)),
            any(part.critical for part in parts),
            True,
            False,
            None,
            solution.clock,
            _summary_overrides(parts, start, finish, solution.clock),
        )


def _summary_overrides(
    parts: list[TaskResult], start: int, finish: int, clock: ScheduleClock
) -> tuple[tuple[int, datetime] | None, tuple[int, datetime] | None] | None:
    """A summary spans its children's moments: the earliest start and the latest finish among the children at its
    start and finish positions (an actual start on a Saturday, an elapsed finish on a Sunday, an SF-driven finish
    at 08:00 are all later or earlier moments of the same position)."""
    first = last = None
    if any(part.overrides is not None for part in parts):
        moment = min(part.start for part in parts if part.start_minutes == start)
        first = None if moment == clock.start_moment(start) else (start, moment)
    if any(part.overrides is not None or part.elapsed_duration is not None for part in parts):
        moment = max(part.finish for part in parts if part.finish_minutes == finish)
        last = None if moment == clock.finish_moment(finish) else (finish, moment)
    return None if first is None and last is None else (first, last)


@dataclass(frozen=True, slots=True)
class TaskValues:
    """Every task's computed values, a column each, in the order of ``result.tasks``: ``start[k]`` is
    ``result.tasks[ids[k]].start``, and so on for every column (see :func:`task_values`)."""

    ids: list[int]
    start: list[datetime]
    finish: list[datetime]
    early_start: list[datetime]
    early_finish: list[datetime]
    late_start: list[datetime]
    late_finish: list[datetime]
    total_float: list[int]
    free_float: list[int]
    critical: list[bool]


def task_values(result: ScheduleResult) -> TaskValues:
    """The dates, floats and critical flags of every task of ``result``, equal to its :class:`TaskResult` values,
    column-wise: what storing a schedule needs, without making a result object per task.

    Plain tasks are converted with a few numpy operations (each distinct position converted to a moment once) and
    summaries rolled up from their children a level of the outline at a time; only the leaves whose dates may be
    shown at other moments than the calendar's (progress, own calendars, elapsed durations, start-to-finish links)
    go through :class:`TaskResult`, and only the summaries above them look at their children's moments one by one.
    """
    tasks = result.tasks
    if isinstance(tasks, TaskResults):
        return tasks.task_values()
    return _values_of(list(tasks), list(tasks.values()))


def _values_of(ids: list[int], parts: list[TaskResult]) -> TaskValues:
    return TaskValues(
        ids,
        [part.start for part in parts],
        [part.finish for part in parts],
        [part.early_start for part in parts],
        [part.early_finish for part in parts],
        [part.late_start for part in parts],
        [part.late_finish for part in parts],
        [part.total_float for part in parts],
        [part.free_float for part in parts],
        [part.critical for part in parts],
    )


_DATES = tuple(
    attrgetter(name) for name in ("start", "finish", "early_start", "early_finish", "late_start", "late_finish")
)


def _fill_moments(outs: list[Ints], chosen: Ints, columns: list[Ints], convert: Any) -> None:
    """``outs[k][chosen]`` = ``convert(columns[k][chosen])`` for each k, converting each distinct position once."""
    if not chosen.size:
        return
    distinct, inverse = np.unique(np.concatenate([column[chosen] for column in columns]), return_inverse=True)
    moments = np.empty(len(distinct), object)
    moments[:] = list(map(convert, distinct.tolist()))
    found = moments[inverse.reshape(-1)]
    size = chosen.size
    for k, out in enumerate(outs):
        out[chosen] = found[k * size : (k + 1) * size]


def _summary_depths(network: _Network) -> list[list[int]]:
    """The summaries grouped by depth in the outline, deepest first: every child of a group's summaries is a
    leaf or a summary of an earlier group."""
    parent_of = network.summary_parent
    depth: dict[int, int] = {}
    for summary in network.summaries:
        chain: list[int] = []
        current = summary
        while current >= 0 and current not in depth:
            chain.append(current)
            current = parent_of.get(current, -1)
        level = -1 if current < 0 else depth[current]
        for node in reversed(chain):
            level += 1
            depth[node] = level
    groups: dict[int, list[int]] = {}
    for summary in network.summaries:
        groups.setdefault(depth[summary], []).append(summary)
    return [groups[level] for level in sorted(groups, reverse=True)]


def compute(schedule_input: ScheduleInput) -> ScheduleResult:
    """Schedule the network: forward pass, backward pass with free float, ALAP placement; summaries roll up.

    Never raises on bad data: problems come back in ``ScheduleResult.problems`` (see the module docstring for the
    semantics). Durations, lags and floats are in minutes; positions in project working minutes.
    """
    with _collector_paused():
        return _compute(schedule_input)


def recompute(
    previous: ScheduleResult, schedule_input: ScheduleInput, changed_task_ids: Iterable[int] | None = None
) -> ScheduleResult:
    """``compute(schedule_input)`` after an edit, faster: what ``previous`` read from its input, its calendar
    indexes, its order of the nodes and the moments its clock converted are reused where they still hold.

    The result is the one :func:`compute` gives, field for field, if the tasks not named in ``changed_task_ids``
    are equal to those of the input ``previous`` was computed from (by :func:`compute` or :func:`recompute`).
    Without ``changed_task_ids``, the task objects that are not the very objects of that input count as changed
    (the input classes are frozen), so nothing is taken on trust. Links may change in any way: a link object of
    the previous input is not read again. Tasks added, removed or reordered, duplicate ids, or other settings
    (project start, calendars, status date, threshold) make it a full computation.

    Args:
        previous: the schedule before the edit.
        schedule_input: the input after the edit.
        changed_task_ids: the ids of the tasks whose values changed; None to find them by identity.
    """
    with _collector_paused():
        tasks = previous.tasks
        if isinstance(tasks, TaskResults):
            network = tasks._solution.network
            if network.unique and network.settings == _settings(schedule_input):
                columns = network.columns.patched(schedule_input.tasks, changed_task_ids)
                if columns is not None:
                    return _compute(schedule_input, network, columns, previous.clock)
        return _compute(schedule_input)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: the engine allocates hundreds of thousands of small lists and tuples
    (and frees them all at once), which would trigger many full collections that find nothing to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _compute(
    schedule_input: ScheduleInput,
    reuse: _Network | None = None,
    columns: _TaskColumns | None = None,
    known: ScheduleClock | None = None,
) -> ScheduleResult:
    problems: list[ScheduleProblem] = []
    network = _Network(schedule_input, problems, reuse, columns)
    dates, timed_found = _forward(network)
    count, size, slot = len(network.tasks), network.size, network.plan.slot
    project_finish = _item(dates[size + slot[:count]].max()) if count else network.start_minutes
    late, free = _backward(network, dates, timed_found, project_finish)
    early_start, early_finish = dates[slot], dates[size + slot]
    late_start, late_finish = late[slot], late[size + slot]
    solved: tuple[Ints | list[int], ...]
    if any(rule is not None and rule.alap for rule in map(network.rules.__getitem__, network.special)):
        early = early_start.tolist(), early_finish.tolist()
        latest = late_start.tolist()
        start, finish = _as_late_as_possible(network, project_finish, early, latest)
        solved = (*early, latest, late_finish, free[slot], start, finish)
        project_start = min(compress(start[:count], map(not_, network.is_summary)), default=network.start_minutes)
    else:
        solved = (early_start, early_finish, late_start, late_finish, free[slot], early_start, early_finish)
        starts = early_start[:count][~network.summary_flags[:count]]
        project_start = _item(starts.min()) if starts.size else network.start_minutes
    _report(network, early_finish)
    clock = ScheduleClock(network.project, network.start_minutes)
    if (
        known is not None
        and known.index is network.project
        and known.project_start_minutes == network.start_minutes
        and len(known._starts) + len(known._finishes) < _MEMO_LIMIT
    ):  # the moments the previous schedule converted (a pure function of the same index) are kept
        clock = ScheduleClock(network.project, network.start_minutes, _starts=known._starts, _finishes=known._finishes)
    solution = _Solution(network, solved, project_finish, schedule_input.critical_float_threshold, clock)
    project_start = min(project_start, network.start_minutes)
    return ScheduleResult(
        tasks=TaskResults(solution),
        project_start=clock.start_moment(project_start),
        project_finish=clock.finish_moment(project_finish) if count else schedule_input.project_start,
        project_finish_minutes=project_finish,
        problems=tuple(problems),
        clock=clock,
    )


def _item(value: Any) -> Any:
    """A Python number from an array element (``int64`` elements are numpy scalars; ``object`` ones are not)."""
    return value.item() if isinstance(value, np.generic) else value


def _report(network: _Network, early_finish: Ints) -> None:
    """Constraint conflicts and missed deadlines, in task order."""
    rules = network.rules
    for node, rule in compress(enumerate(rules), rules):
        if rule is None or not (rule.conflict or rule.deadline is not None):
            continue
        task_id = network.task_id(node)
        if rule.conflict:
            network.problems.append(
                ScheduleProblem(
                    "constraint-conflict",
                    (task_id,),
                    f"The {rule.constraint} constraint of task {task_id} overrides its links.",
                )
            )
        if rule.deadline is not None and early_finish[node] > rule.deadline:
            network.problems.append(
                ScheduleProblem("deadline-missed", (task_id,), f"Task {task_id} finishes after its deadline.")
            )
