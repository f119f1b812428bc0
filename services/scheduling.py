"""The critical path method (CPM) scheduling engine, following MS Project's semantics.

``compute(schedule_input) -> ScheduleResult`` is a pure function of plain values. All arithmetic is on integer
**working minutes of the project calendar** counted from midnight at the start of the project start day (see
:mod:`services.working_time`); a position is a point between worked minutes, so a start and a finish are plain
integers and a task of duration ``d`` that starts at ``s`` finishes at ``s + d`` (finish exclusive). Datetimes are
produced lazily, when a :class:`TaskResult` date is read.

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
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress, repeat
from operator import attrgetter, eq, is_not, ne, not_, or_, sub

from model.enums import ConstraintType, DependencyType, LagKind
from services import working_time

_NEG = -(1 << 62)
_POS = 1 << 62

# Link codes on the internal edges: the dependency type (+4 for an elapsed lag); _GATE is the FF 0 edge from a
# child to its summary's finish gate, which free float looks through; _ROLLUP the edge from a child to its summary's
# start roll-up node, whose start is the least of its children's.
_FS, _SS, _FF, _SF = 0, 1, 2, 3
_ELAPSED = 4
_GATE = 8
_ROLLUP = 9
_TYPE_CODE = {
    DependencyType.FINISH_TO_START: _FS,
    DependencyType.START_TO_START: _SS,
    DependencyType.FINISH_TO_FINISH: _FF,
    DependencyType.START_TO_FINISH: _SF,
}

_CODE_OF_MEMBER_ID = {id(member): code for member, code in _TYPE_CODE.items()}

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
            start = linked if self.actual_start is None else self.actual_start
            resume = self.advance(start, self.done)
            if self.status is not None and resume < self.status and self.remaining:
                resume = self.status
            return start, self.advance(resume, self.remaining)
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

    def _on_own_calendar(self, calendar: working_time.WorkingTimeIndex, start: int, finish: int) -> int:
        """The start of a task on its own calendar (when that calendar first works, not when the project calendar
        does); remembers the moments on its own calendar in ``own_dates``."""
        own = calendar.working_at(self.project.start_clock(start))
        start = max(start, self.retreat(finish, self.duration))
        if not self.elapsed:
            self.own_dates = (start, finish, calendar.start_clock(own), calendar.finish_clock(own + self.duration))
        return start

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


class _Network:
    """The node graph of one computation, built column-wise for speed.

    Nodes ``0..n-1`` are the tasks (a summary's node is its *start gate*, which incoming FS/SS links and start
    constraints hold back and every child follows); after them come, for summaries that need them, a *finish gate*
    (after every child; outgoing FS/FF links and deadlines) and a *start roll-up* (the least child start; outgoing
    SS/SF links).
    """

    def __init__(self, schedule_input: ScheduleInput, problems: list[ScheduleProblem]) -> None:
        self.problems = problems
        self.project = self._project_index(schedule_input)
        self.start_minutes = self.project.to_minutes(schedule_input.project_start)
        self.status_minutes = (
            None if schedule_input.status_date is None else self.project.to_minutes(schedule_input.status_date)
        )
        self.calendar_specs = schedule_input.calendars
        self.project_calendar = schedule_input.project_calendar
        self.task_calendars: dict[str, working_time.WorkingTimeIndex | None] = {}
        # Elapsed-lag bounds by (from a finish, position, signed lag): many links share them.
        self.elapsed_bounds: dict[tuple[bool, int, int], int] = {}
        self._tasks(list(schedule_input.tasks))
        self._hierarchy()
        self._links(schedule_input.links)

    # -- tasks ------------------------------------------------------------------------------------------------------

    def _problem(self, kind: str, task_ids: tuple[int, ...], message: str) -> None:
        self.problems.append(ScheduleProblem(kind, task_ids, message))

    def _project_index(self, schedule_input: ScheduleInput) -> working_time.WorkingTimeIndex:
        key = schedule_input.project_calendar
        spec = schedule_input.calendars.get(key)
        if spec is None or spec.minutes_per_week == 0:
            kind, what = ("unknown-calendar", "unknown") if spec is None else ("empty-calendar", "without working time")
            self._problem(kind, (), f"The project calendar {key!r} is {what}; the standard calendar is used.")
            spec = working_time.standard_calendar()
        first_day = schedule_input.project_start.date()
        return working_time.WorkingTimeIndex(spec, first_day, first_day.replace(year=first_day.year + 2, day=1))

    def _tasks(self, tasks: list[TaskInput]) -> None:
        ids = list(map(_ID, tasks))
        index_of = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))  # the first of equal ids
        if len(index_of) != len(ids):
            for position, task in enumerate(tasks):
                if index_of[task.id] != position:
                    self._problem(
                        "duplicate-task", (task.id,), f"Task {task.id} appears more than once; the first is used."
                    )
            tasks = [task for position, task in enumerate(tasks) if index_of[task.id] == position]
            ids = list(map(_ID, tasks))
            index_of = dict(zip(ids, range(len(ids)), strict=True))
        self.tasks = tasks
        self.ids: list[int] = ids
        self.index_of = index_of
        durations = list(map(_DURATION, tasks))
        for position in compress(range(len(tasks)), map(_MILESTONE, tasks)):
            durations[position] = 0
        if durations and min(durations) < 0:
            for position, duration in enumerate(durations):
                if duration < 0:
                    self._problem(
                        "invalid-value", (ids[position],), f"Task {ids[position]} has a negative duration; 0 is used."
                    )
                    durations[position] = 0
        self.durations = durations
        self.own_durations = list(durations)
        self.rules: list[_Rule | None] = [None] * len(tasks)
        self.special = list(compress(range(len(tasks)), map(ne, map(_SPECIAL_FIELDS, tasks), repeat(_PLAIN_FIELDS))))

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
                self.task_calendars[key] = working_time.WorkingTimeIndex(spec, self.project.origin)
        return self.task_calendars[key]

    def _leaf_rule(self, position: int) -> None:
        task = self.tasks[position]
        duration = self.durations[position]
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
        self.parent = [-1] * count
        self.children: list[list[int]] = [[] for _ in range(count)]
        parent_ids = list(map(_PARENT, self.tasks))
        if parent_ids.count(None) != count:
            self._parents(parent_ids)
        self.is_summary = [bool(children) for children in self.children]
        self.summaries = list(compress(range(count), self.is_summary))
        # finish_node / rollup_node: where a task's finish and start are read by links leaving it.
        self.finish_node = list(range(count))
        self.rollup_node = list(range(count))
        self.size = count
        status = self.status_minutes
        floor = self.start_minutes if status is None else max(self.start_minutes, status)
        self.floor = [floor] * count
        for position in self.special:
            if not self.is_summary[position]:
                self._leaf_rule(position)
                rule = self.rules[position]
                if rule is None:
                    continue
                if rule.started:
                    self.floor[position] = self.start_minutes
                elif rule.constraint is ConstraintType.START_NO_EARLIER_THAN:
                    # MS Project honours an SNET date before the project start: the date replaces the project start
                    # (seen in files MS Project saved; an FNET task still starts no earlier than the project).
                    earliest = min(self.start_minutes, rule.constraint_minutes)
                    self.floor[position] = earliest if status is None else max(earliest, status)
        for summary in self.summaries:
            self.durations[summary] = self.own_durations[summary] = 0
            self.floor[summary] = self.start_minutes
        self.edge_sources: list[int] = []
        self.edge_targets: list[int] = []
        self.edge_codes: list[int] = []
        self.edge_lags: list[int] = []

    def _parents(self, parent_ids: list[int | None]) -> None:
        found: list[int | None] = list(map(self.index_of.get, parent_ids))
        if found.count(None) != parent_ids.count(None) or any(map(eq, found, range(len(found)))):
            for position, (parent_id, up) in enumerate(zip(parent_ids, found, strict=True)):
                task_id = self.ids[position]
                if parent_id is not None and up is None:
                    self._problem(
                        "missing-task", (task_id, parent_id), f"Task {task_id} has unknown parent {parent_id}."
                    )
                elif up == position:
                    found[position] = None
        parent = self.parent
        children = self.children
        for position in compress(range(len(found)), map(is_not, found, repeat(None))):
            up = found[position]
            parent[position] = up  # type: ignore[assignment]  # compress kept the known ones
            children[up].append(position)  # type: ignore[index]  # idem
        # A containment cycle consists of parents only: walk up from each parent.
        state: dict[int, int] = {}  # 1 on the current path, 2 done
        for position in [position for position, below in enumerate(children) if below]:
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
        self.durations.append(0)
        self.own_durations.append(0)
        self.floor.append(floor)
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
        top_down = [summary for summary in self.summaries if self.parent[summary] < 0]
        for summary in top_down:  # grows while walked: children after their parent
            up = self.parent[summary]
            start, finish = self._summary_rules(summary, summary in start_linked)
            held_start[summary] = start or (up >= 0 and held_start[up])
            held_finish[summary] = finish or summary in finish_linked or (up >= 0 and held_finish[up])
            read_start[summary] = summary in start_read or (up >= 0 and read_start[up])
            top_down.extend(child for child in self.children[summary] if self.is_summary[child])
        for summary in top_down:
            if held_finish[summary]:
                self.finish_node[summary] = self._new_node(self.start_minutes, self._gate_rules.get(summary))
            if read_start[summary]:
                rule = _Rule(self.project, 0)
                rule.rollup = True
                self.rollup_node[summary] = self._new_node(self.start_minutes, rule)
        for summary in top_down:
            for child in self.children[summary]:
                if held_start[summary]:
                    self._edge(summary, child, _SS, 0)
                if held_finish[summary]:
                    self._edge(self.finish_node[child], self.finish_node[summary], _GATE, 0)
                if read_start[summary]:
                    self._edge(self.rollup_node[child], self.rollup_node[summary], _ROLLUP, 0)

    def _edge(self, source: int, target: int, code: int, lag: int) -> None:
        self.edge_sources.append(source)
        self.edge_targets.append(target)
        self.edge_codes.append(code)
        self.edge_lags.append(lag)

    def _leaves(self, position: int) -> list[int]:
        found: list[int] = []
        stack = [position]
        while stack:
            node = stack.pop()
            if self.children[node]:
                stack.extend(self.children[node])
            else:
                found.append(node)
        return found

    # -- links --------------------------------------------------------------------------------------------------

    def _links(self, links: Sequence[LinkInput]) -> None:
        """Links as parallel columns, built with C-level ``map``; only the unusual ones (unknown ids, loops, lags
        that are not plain working minutes, summaries) are looked at one by one."""
        links = list(links)
        count = len(links)
        index_of = self.index_of
        sources: list[int | None] = list(map(index_of.get, map(_PREDECESSOR, links)))
        targets: list[int | None] = list(map(index_of.get, map(_SUCCESSOR, links)))
        types = list(map(_TYPE, links))
        try:
            # Enum members hash in Python code; their ids hash in C. Plain strings fall back to the slow lookup.
            codes = list(map(_CODE_OF_MEMBER_ID.__getitem__, map(id, types)))
        except KeyError:
            codes = [_TYPE_CODE[DependencyType(value)] for value in types]
        lags = list(map(_LAG, links))
        kinds = list(map(_LAG_KIND, links))
        unusual: set[int] = set()
        if None in sources or None in targets:
            unusual.update(compress(range(count), map(_either_none, sources, targets)))
        if any(map(eq, sources, targets)):
            unusual.update(compress(range(count), map(eq, sources, targets)))
        if kinds.count(LagKind.WORKING) != count:
            unusual.update(compress(range(count), map(ne, kinds, repeat(LagKind.WORKING))))
        self._gates(*self._summary_links(sources, targets, codes, unusual))
        dropped = False
        for k in sorted(unusual):
            kept = self._unusual_link(links[k], k, sources=sources, targets=targets, codes=codes, lags=lags)
            dropped = dropped or not kept
        if dropped:
            keep = [source is not None for source in sources]
            sources = list(compress(sources, keep))
            targets = list(compress(targets, keep))
            codes = list(compress(codes, keep))
            lags = list(compress(lags, keep))
        self.edge_sources.extend(sources)  # type: ignore[arg-type]  # the unknown (None) ones were dropped above
        self.edge_targets.extend(targets)  # type: ignore[arg-type]  # idem
        self.edge_codes.extend(codes)
        self.edge_lags.extend(lags)

    def _summary_links(
        self, sources: list[int | None], targets: list[int | None], codes: list[int], unusual: set[int]
    ) -> tuple[set[int], set[int], set[int]]:
        """Mark the links touching summaries unusual; return the summaries whose start is linked to, whose finish
        is linked from and whose start is read by a link."""
        start_linked: set[int] = set()
        finish_linked: set[int] = set()
        start_read: set[int] = set()
        if not self.summaries:
            return start_linked, finish_linked, start_read
        count = len(sources)
        flags = [*self.is_summary, False]  # an unknown task (None) reads the extra False
        known = len(self.tasks)
        if None in sources or None in targets:
            source_flags = map(flags.__getitem__, [known if s is None else s for s in sources])
            target_flags = map(flags.__getitem__, [known if t is None else t for t in targets])
        else:
            source_flags = map(flags.__getitem__, sources)  # type: ignore[arg-type]  # no None here
            target_flags = map(flags.__getitem__, targets)  # type: ignore[arg-type]  # idem
        touching = map(or_, source_flags, target_flags)
        for k in compress(range(count), touching):
            source, target, base = sources[k], targets[k], codes[k]
            unusual.add(k)
            if source is not None and flags[source]:
                (finish_linked if base in (_FS, _FF) else start_read).add(source)
            if target is not None and flags[target] and base in (_FS, _SS):
                start_linked.add(target)
        return start_linked, finish_linked, start_read

    def _unusual_link(
        self,
        link: LinkInput,
        k: int,
        *,
        sources: list[int | None],
        targets: list[int | None],
        codes: list[int],
        lags: list[int],
    ) -> bool:
        """Rewrite column entry ``k``; False (and ``sources[k] = None``) if the link is dropped."""
        source, target = sources[k], targets[k]
        if source is None or target is None:
            missing = tuple(i for i, found in ((link.predecessor, source), (link.successor, target)) if found is None)
            self._problem(
                "missing-task",
                missing,
                f"The link {link.predecessor} -> {link.successor} names an unknown task; it is ignored.",
            )
            sources[k] = None
            return False
        if source == target:
            self._problem("cycle", (link.predecessor,), f"Task {link.predecessor} is linked to itself; it is ignored.")
            sources[k] = None
            return False
        code = codes[k]
        kind = link.lag_kind
        if kind != LagKind.WORKING:
            elapsed = kind == LagKind.ELAPSED
            if kind == LagKind.PERCENT:
                lags[k] = round(self.own_durations[source] * link.lag_percent / 100)
                rule = self.rules[source]
                elapsed = rule is not None and rule.elapsed
            if elapsed and lags[k]:
                codes[k] = code = code + _ELAPSED
        if not (self.is_summary[source] or self.is_summary[target]):
            return True
        base = code & 3
        sources[k] = self.finish_node[source] if base in (_FS, _FF) else self.rollup_node[source]
        if self.is_summary[target] and base in (_FF, _SF):
            for leaf in self._leaves(target):
                self._edge(sources[k], leaf, code, lags[k])  # type: ignore[arg-type]  # set just above
            sources[k] = None
            return False
        return True

    # -- order --------------------------------------------------------------------------------------------------

    def adjacency(self) -> None:
        """Outgoing edge lists per node and the count of incoming edges, built by sorting (C-level, no per-edge
        Python code)."""
        size = self.size
        sources, targets, codes, lags = self.edge_sources, self.edge_targets, self.edge_codes, self.edge_lags
        by_source = sorted(range(len(sources)), key=sources.__getitem__)
        edges = list(
            zip(
                map(targets.__getitem__, by_source),
                map(codes.__getitem__, by_source),
                map(lags.__getitem__, by_source),
                strict=True,
            )
        )
        sorted_sources = list(map(sources.__getitem__, by_source))
        bounds = list(map(bisect_left, repeat(sorted_sources), range(size + 1)))
        self.succs: list[list[Edge]] = list(map(edges.__getitem__, map(slice, bounds, bounds[1:])))
        self.count_predecessors(targets)

    def count_predecessors(self, targets: list[int]) -> None:
        """The number of incoming edges of every node, from the targets of all edges."""
        sorted_targets = sorted(targets)
        bounds = list(map(bisect_left, repeat(sorted_targets), range(self.size + 1)))
        self.waiting = list(map(sub, bounds[1:], bounds))

    def task_id(self, node: int) -> int:
        """The id of the task a node belongs to."""
        if node < len(self.tasks):
            return self.ids[node]
        for summary in self.summaries:
            if node in (self.finish_node[summary], self.rollup_node[summary]):
                return self.ids[summary]
        raise ValueError(f"no node {node}")

    def break_cycles(self, placed: list[int]) -> None:
        """Report the cycles among the nodes not ``placed`` by the forward pass and drop the links closing them."""
        done = [False] * self.size
        for node in placed:
            done[node] = True
        back_edges, cycles = _back_edges(self.succs, done)
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
        for source, target in back_edges:
            self.succs[source] = [edge for edge in self.succs[source] if edge[0] != target]
        self.count_predecessors([target for edges in self.succs for target, _code, _lag in edges])


def _either_none(first: int | None, second: int | None) -> bool:
    return first is None or second is None


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


def _forward(  # noqa: PLR0912, PLR0915 (one inlined loop: it runs once per link)
    network: _Network,
) -> tuple[list[int], list[int], list[int]]:
    """Topological order (Kahn's algorithm) with early start and finish of every node.

    Each node is finished when its last predecessor is, then pushes its bounds to its successors. Nodes in a cycle
    are left out of the order.
    """
    succs, durations, rules = network.succs, network.durations, network.rules
    size = network.size
    waiting = list(network.waiting)
    start_bound = list(network.floor)
    finish_bound = [_NEG] * size
    least = [_POS] * size
    early_start = [0] * size
    early_finish = [0] * size
    order = list(compress(range(size), map(not_, waiting)))
    # The comparisons are spelt out (no max()) and the branches inlined: this loop runs once per link.
    for node in order:  # the list grows while it is walked
        rule = rules[node]
        if rule is None:
            duration = durations[node]
            start = start_bound[node]
            if finish_bound[node] - duration > start:  # noqa: PLR1730 (hot loop, see above)
                start = finish_bound[node] - duration
            finish = start + duration
        elif rule.rollup:
            start = finish = start_bound[node] if least[node] == _POS else least[node]
        else:
            start, finish = rule.forward(start_bound[node], finish_bound[node])
        early_start[node] = start
        early_finish[node] = finish
        for target, code, lag in succs[node]:
            if code == _FS:
                bound = finish + lag
                if bound > start_bound[target]:  # noqa: PLR1730 (hot loop, see above)
                    start_bound[target] = bound
            elif code == _SS:
                bound = start + lag
                if bound > start_bound[target]:  # noqa: PLR1730 (hot loop, see above)
                    start_bound[target] = bound
            elif code in (_FF, _GATE):
                bound = finish + lag
                if bound > finish_bound[target]:  # noqa: PLR1730 (hot loop, see above)
                    finish_bound[target] = bound
            elif code == _SF:
                bound = start + lag
                if bound > finish_bound[target]:  # noqa: PLR1730 (hot loop, see above)
                    finish_bound[target] = bound
            elif code == _ROLLUP:
                if start < least[target]:  # noqa: PLR1730 (hot loop, see above)
                    least[target] = start
            else:
                bound = _elapsed_forward(network, code - _ELAPSED, lag, start, finish)
                if code - _ELAPSED < _FF:
                    start_bound[target] = max(start_bound[target], bound)
                else:
                    finish_bound[target] = max(finish_bound[target], bound)
            waiting[target] -= 1
            if not waiting[target]:
                order.append(target)
    return order, early_start, early_finish


def _elapsed_forward(network: _Network, kind: int, lag: int, start: int, finish: int) -> int:
    """The successor's bound of an elapsed-lag link: ``lag`` clock minutes after the predecessor's moment."""
    anchor = finish if kind in (_FS, _FF) else start
    key = (kind in (_FS, _FF), anchor, lag)
    found = network.elapsed_bounds.get(key)
    if found is None:
        project = network.project
        clock = project.finish_clock(anchor) if key[0] else project.start_clock(anchor)
        found = network.elapsed_bounds[key] = project.working_at(clock + lag)
    return found


def _elapsed_backward(network: _Network, kind: int, lag: int, start: int, finish: int) -> int:
    """The predecessor's bound of an elapsed-lag link: ``lag`` clock minutes before the successor's moment."""
    anchor = start if kind in (_FS, _SS) else finish
    key = (kind not in (_FS, _SS), anchor, -lag)
    found = network.elapsed_bounds.get(key)
    if found is None:
        project = network.project
        clock = project.finish_clock(anchor) if key[0] else project.start_clock(anchor)
        found = network.elapsed_bounds[key] = project.working_at(clock - lag)
    return found


def _backward(  # noqa: PLR0912, PLR0915 (one inlined loop: it runs once per link)
    network: _Network, order: list[int], project_finish: int, early: tuple[list[int], list[int]]
) -> tuple[list[int], list[int], list[int]]:
    """Late start, late finish and (unclamped) free float of every node, in reverse topological order.

    Nothing finishes after the project. Free float is the least slack to a successor's early dates (the project
    finish without successors); through a finish gate it continues with the gate's own free float, so a child may
    slip until its summary's successors move; through a start roll-up only the child that starts first counts.
    """
    succs, durations, rules = network.succs, network.durations, network.rules
    early_start, early_finish = early
    late_start = [0] * network.size
    late_finish = [0] * network.size
    free = [0] * network.size
    # As in _forward, the loop body is inlined on purpose: it runs once per link.
    for node in reversed(order):
        finish = project_finish
        start_bound = least = _POS
        start = early_start[node]
        finish_early = early_finish[node]
        for target, code, lag in succs[node]:
            if code == _FS:
                bound = late_start[target] - lag
                if bound < finish:  # noqa: PLR1730 (hot loop, see above)
                    finish = bound
                slack = early_start[target] - finish_early - lag
            elif code == _SS:
                bound = late_start[target] - lag
                if bound < start_bound:  # noqa: PLR1730
                    start_bound = bound
                slack = early_start[target] - start - lag
            elif code == _FF:
                bound = late_finish[target] - lag
                if bound < finish:  # noqa: PLR1730
                    finish = bound
                slack = early_finish[target] - finish_early - lag
            elif code == _SF:
                bound = late_finish[target] - lag
                if bound < start_bound:  # noqa: PLR1730
                    start_bound = bound
                slack = early_finish[target] - start - lag
            elif code == _GATE:
                finish = min(finish, late_finish[target])
                slack = early_finish[target] - finish_early + free[target]
            elif code == _ROLLUP:
                if start > early_start[target]:
                    continue
                start_bound = min(start_bound, late_start[target])
                slack = free[target]
            else:
                kind = code - _ELAPSED
                bound = _elapsed_backward(network, kind, lag, late_start[target], late_finish[target])
                if kind in (_FS, _FF):
                    finish = min(finish, bound)
                else:
                    start_bound = min(start_bound, bound)
                bound = _elapsed_forward(network, kind, lag, start, finish_early)
                slack = (early_start[target] if kind < _FF else early_finish[target]) - bound
            if slack < least:  # noqa: PLR1730
                least = slack
        free[node] = project_finish - finish_early if least == _POS else least
        rule = rules[node]
        if rule is None:
            duration = durations[node]
            start = finish - duration
            if start_bound < start:  # noqa: PLR1730
                start = start_bound
            late_start[node] = start
            late_finish[node] = start + duration
        else:
            late_start[node], late_finish[node] = rule.backward(finish, start_bound, (start, finish_early))
    return late_start, late_finish, free


def _latest_by_successors(
    network: _Network, node: int, scheduled: tuple[list[int], list[int]], early_start: list[int], project_finish: int
) -> tuple[int, int]:
    """The latest finish and the latest start a node's successors' scheduled dates allow."""
    start, finish = scheduled
    finish_bound = project_finish
    start_bound = _POS
    for target, code, lag in network.succs[node]:
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
    order: list[int],
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
    movable = [False] * network.size
    for node in range(count, network.size):
        movable[node] = True
    for node in network.special:
        rule = network.rules[node]
        movable[node] = rule is not None and rule.alap and not rule.started
    for node in [node for node in reversed(order) if movable[node]]:
        rule = network.rules[node]
        if rule is not None and rule.rollup:
            continue
        finish_bound, start_bound = _latest_by_successors(network, node, (start, finish), early[0], project_finish)
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
    """The computed arrays, by node, from which task results are made on demand."""

    network: _Network
    early_start: list[int]
    early_finish: list[int]
    late_start: list[int]
    late_finish: list[int]
    free: list[int]
    start: list[int]
    finish: list[int]
    project_finish: int
    threshold: int
    clock: ScheduleClock


class TaskResults(Mapping[int, TaskResult]):
    """Read-only mapping task id -> :class:`TaskResult`, in input order; results are made when read.

    Building 100,000 frozen result objects would cost more than the whole CPM pass, so the engine hands out this view
    over its arrays instead; ``dict(result.tasks)`` copies it.
    """

    __slots__ = ("_made", "_solution", "_start_to_finish")

    def __init__(self, solution: _Solution) -> None:
        self._solution = solution
        self._made: dict[int, TaskResult] = {}
        self._start_to_finish: dict[int, list[tuple[int, int]]] | None = None

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

    def _start_to_finish_links(self) -> dict[int, list[tuple[int, int]]]:
        """Node -> (predecessor node, lag) of its start-to-finish links with a working lag of zero or a lead, made
        on first use (most schedules are read without needing them)."""
        found = self._start_to_finish
        if found is None:
            found = self._start_to_finish = {}
            network = self._solution.network
            sources, targets, lags = network.edge_sources, network.edge_targets, network.edge_lags
            for k in compress(range(len(network.edge_codes)), map(eq, network.edge_codes, repeat(_SF))):
                if lags[k] <= 0:
                    found.setdefault(targets[k], []).append((sources[k], lags[k]))
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
        if rule is not None and rule.started:
            start_override = finish_override = None
            if rule.actual_start_moment is not None and rule.actual_start is not None:
                start_override = (rule.actual_start, rule.actual_start_moment)
            if rule.actual_finish_moment is not None and rule.actual_finish is not None:
                finish_override = (rule.actual_finish, rule.actual_finish_moment)
            return start_override, finish_override
        if rule is not None and rule.elapsed:
            return None, None
        finish = solution.finish[position]
        if rule is not None and rule.own_dates is not None:
            start_minutes, finish_minutes, start_clock, finish_clock = rule.own_dates
            if start_minutes == solution.start[position] and finish_minutes == finish:
                moment_of = solution.clock.index.moment_of
                return (start_minutes, moment_of(start_clock)), (finish_minutes, moment_of(finish_clock))
        if finish != solution.start[position] and self._finish_driven_by_start(position, finish):
            return None, (finish, solution.clock.start_moment(finish))
        return None, None

    def _finish_driven_by_start(self, position: int, finish: int) -> bool:
        """Whether a start-to-finish link with no lag (or a lead) sets the node's scheduled finish."""
        start = self._solution.start
        predecessors = self._start_to_finish_links().get(position, ())
        return any(start[source] + lag == finish for source, lag in predecessors)

    def _leaf(self, position: int) -> TaskResult:
        solution = self._solution
        network = solution.network
        rule = network.rules[position]
        early_start = solution.early_start[position]
        if rule is not None and rule.complete:
            total = free = 0
            critical = False
        else:
            total = solution.late_start[position] - early_start
            free = max(0, min(solution.free[position], total))
            critical = total <= solution.threshold
        start_to_finish = self._start_to_finish
        if start_to_finish is None:
            start_to_finish = self._start_to_finish_links()
        overrides = None if rule is None and position not in start_to_finish else self._overrides(position, rule)
        return TaskResult(
            network.ids[position],
            solution.start[position],
            solution.finish[position],
            early_start,
            solution.early_finish[position],
            solution.late_start[position],
            solution.late_finish[position],
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
        gate = network.finish_node[position]
        free = solution.free[gate] if gate != position else solution.project_finish - early_finish
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


def compute(schedule_input: ScheduleInput) -> ScheduleResult:
    """Schedule the network: forward pass, backward pass with free float, ALAP placement; summaries roll up.

    Never raises on bad data: problems come back in ``ScheduleResult.problems`` (see the module docstring for the
    semantics). Durations, lags and floats are in minutes; positions in project working minutes.
    """
    with _collector_paused():
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


def _compute(schedule_input: ScheduleInput) -> ScheduleResult:
    problems: list[ScheduleProblem] = []
    network = _Network(schedule_input, problems)
    network.adjacency()
    order, early_start, early_finish = _forward(network)
    if len(order) < network.size:
        network.break_cycles(order)
        order, early_start, early_finish = _forward(network)
    early = early_start, early_finish
    count = len(network.tasks)
    project_finish = max(early[1][:count], default=network.start_minutes)
    late_start, late_finish, free = _backward(network, order, project_finish, early)
    if any(rule is not None and rule.alap for rule in map(network.rules.__getitem__, network.special)):
        scheduled = _as_late_as_possible(network, order, project_finish, early, late_start)
    else:
        scheduled = early
    _report(network, early[1])
    clock = ScheduleClock(network.project, network.start_minutes)
    solution = _Solution(
        network,
        early[0],
        early[1],
        late_start,
        late_finish,
        free,
        scheduled[0],
        scheduled[1],
        project_finish,
        schedule_input.critical_float_threshold,
        clock,
    )
    starts = scheduled[0][:count]
    if network.summaries:
        starts = list(compress(starts, map(not_, network.is_summary)))
    project_start = min(min(starts, default=network.start_minutes), network.start_minutes)
    return ScheduleResult(
        tasks=TaskResults(solution),
        project_start=clock.start_moment(project_start),
        project_finish=clock.finish_moment(project_finish) if count else schedule_input.project_start,
        project_finish_minutes=project_finish,
        problems=tuple(problems),
        clock=clock,
    )


def _report(network: _Network, early_finish: list[int]) -> None:
    """Constraint conflicts and missed deadlines, in task order."""
    for node, rule in enumerate(network.rules):
        if rule is None:
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
