"""The CPM engine: textbook example, link types, lags, constraints, summaries, progress, cycles, properties.

Fixtures are written as tiny networks: ``"A:3d -> B:2d FS+1d -> C:1d"`` means A (3 days) precedes B (2 days) with
an FS link and a lag of one day, and B precedes C with a plain FS link. Chains are separated by ``;``. A link's type
and lag are written after its successor: ``SS``, ``FF``, ``SF``, ``FS`` then ``+2d``, ``-4h``, ``+3ed`` (elapsed
days) or ``+50%``. ``M:0d`` is a milestone. The project starts on Monday 5 January 2026, 08:00, on the standard
calendar with Belgian holidays; one day is 480 working minutes.
"""

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from model.enums import ConstraintType, DependencyType, LagKind
from services import scheduling, working_time
from services.scheduling import LinkInput, ScheduleInput, ScheduleResult, TaskInput

DAY = 480
START = datetime(2026, 1, 5, 8)
TYPES = {"FS": DependencyType.FINISH_TO_START, "SS": DependencyType.START_TO_START,
         "FF": DependencyType.FINISH_TO_FINISH, "SF": DependencyType.START_TO_FINISH}  # fmt: skip
UNITS = {"d": DAY, "h": 60, "m": 1, "ed": 1440}
_NODE = re.compile(r"^(\w+)(?::(\d+)(d|h|m|ed))?(?:\s+(FS|SS|FF|SF))?(?:([+-]\d+)(ed|d|h|m|%))?$")


class Network:
    """A parsed fixture: ``ids[name]`` and the schedule input it builds."""

    def __init__(self, text: str, **options: dict[str, Any]) -> None:
        self.ids: dict[str, int] = {}
        durations: dict[str, tuple[int, bool]] = {}
        self.links: list[LinkInput] = []
        for chain in text.split(";"):
            previous: str | None = None
            for token in chain.split("->"):
                match = _NODE.match(token.strip())
                assert match, token
                name, amount, unit, link_type, lag, lag_unit = match.groups()
                self.ids.setdefault(name, len(self.ids) + 1)
                if amount is not None:
                    durations[name] = (int(amount) * UNITS[unit], unit == "ed")
                if previous is not None:
                    self.links.append(self._link(previous, name, link_type or "FS", lag, lag_unit))
                previous = name
        self.tasks = []
        for name, task_id in self.ids.items():
            duration, elapsed = durations.get(name, (DAY, False))
            extra = dict(options.get(name, {}))
            self.tasks.append(
                TaskInput(id=task_id, duration=duration, elapsed=elapsed, milestone=duration == 0, **extra)
            )

    def _link(self, source: str, target: str, link_type: str, lag: str | None, unit: str | None) -> LinkInput:
        kind, minutes, percent = LagKind.WORKING, 0, 0.0
        if lag is not None and unit == "%":
            kind, percent = LagKind.PERCENT, float(lag)
        elif lag is not None and unit is not None:
            minutes = int(lag) * UNITS[unit]
            kind = LagKind.ELAPSED if unit == "ed" else LagKind.WORKING
        return LinkInput(self.ids[source], self.ids[target], TYPES[link_type], kind, minutes, percent)

    def input(self, **overrides: Any) -> ScheduleInput:
        values: dict[str, Any] = {
            "project_start": START,
            "tasks": self.tasks,
            "links": self.links,
            "calendars": {"standard": working_time.standard_calendar()},
            "project_calendar": "standard",
        }
        values.update(overrides)
        return ScheduleInput(**values)


class Schedule:
    """A computed fixture, read by task name."""

    def __init__(self, text: str, options: dict[str, dict[str, Any]] | None = None, **overrides: Any) -> None:
        self.network = Network(text, **(options or {}))
        self.result: ScheduleResult = scheduling.compute(self.network.input(**overrides))

    def __getitem__(self, name: str) -> scheduling.TaskResult:
        return self.result.tasks[self.network.ids[name]]

    def days(self, name: str) -> tuple[float, float, float, float, float, float]:
        """ES, EF, LS, LF, total float and free float of a task, in days from the project start."""
        task = self[name]
        origin = self.result.clock.project_start_minutes
        values = (task.early_start_minutes, task.early_finish_minutes, task.late_start_minutes,
                  task.late_finish_minutes)  # fmt: skip
        return (*((value - origin) / DAY for value in values), task.total_float / DAY, task.free_float / DAY)


def at(day: int, month: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour)


# - the textbook example -------------------------------------------------------------------------------------------


def test_textbook_example() -> None:
    """Heizer & Render, Operations Management, ch. 3 "Project Management": the Milwaukee Paper Manufacturing
    example (weeks read as days). Critical path A-C-E-G-H, 15 units long."""
    schedule = Schedule("A:2d -> C:2d -> E:4d -> G:5d -> H:2d; B:3d -> D:4d -> G; A -> D; C -> F:3d -> H")
    expected = {  # ES, EF, LS, LF, total float, free float
        "A": (0, 2, 0, 2, 0, 0),
        "B": (0, 3, 1, 4, 1, 0),
        "C": (2, 4, 2, 4, 0, 0),
        "D": (3, 7, 4, 8, 1, 1),
        "E": (4, 8, 4, 8, 0, 0),
        "F": (4, 7, 10, 13, 6, 6),
        "G": (8, 13, 8, 13, 0, 0),
        "H": (13, 15, 13, 15, 0, 0),
    }
    for name, values in expected.items():
        assert schedule.days(name) == values, name
    assert {name for name in expected if schedule[name].critical} == {"A", "C", "E", "G", "H"}
    assert schedule.result.problems == ()
    # 15 working days from Monday 5 January: Friday 23 January 17:00.
    assert schedule.result.project_finish == at(23, 1, 17)


def test_start_and_finish_moments() -> None:
    schedule = Schedule("A:1d -> B:1d")
    assert (schedule["A"].start, schedule["A"].finish) == (at(5, 1, 8), at(5, 1, 17))
    assert (schedule["B"].start, schedule["B"].finish) == (at(6, 1, 8), at(6, 1, 17))


def test_holidays_push_work() -> None:
    schedule = Schedule("A:1d", project_start=datetime(2026, 4, 3, 8))  # Good Friday is worked, Easter Monday not
    schedule_b = Schedule("A:2d", project_start=datetime(2026, 4, 3, 8))
    assert schedule["A"].finish == datetime(2026, 4, 3, 17)
    assert schedule_b["A"].finish == datetime(2026, 4, 7, 17)


# - links and lags ---------------------------------------------------------------------------------------------------


def test_link_types_with_lags() -> None:
    schedule = Schedule("A:4d -> B:2d SS+1d; A -> C:2d FF+1d; A -> D:2d SF+3d; A -> E:1d FS-1d")
    assert schedule.days("B")[:2] == (1, 3)
    assert schedule.days("C")[:2] == (3, 5)
    assert schedule.days("D")[:2] == (1, 3)
    assert schedule.days("E")[:2] == (3, 4)  # a lead: starts one day before A finishes


def test_a_lead_does_not_start_before_the_project() -> None:
    schedule = Schedule("A:1d -> B:1d SS-2d")
    assert schedule.days("B")[0] == 0


def test_percent_lag() -> None:
    schedule = Schedule("A:4d -> B:1d SS+50%; A -> C:1d FS-25%")
    assert schedule.days("B")[0] == 2
    assert schedule.days("C")[0] == 3


def test_elapsed_lag_counts_weekends() -> None:
    # A finishes Friday 9 January 17:00; 3 elapsed days later is Monday 17:00, so B starts Tuesday 08:00.
    schedule = Schedule("A:5d -> B:1d FS+3ed")
    assert schedule["B"].start == at(13, 1, 8)
    schedule = Schedule("A:5d -> B:1d FS+2ed")
    assert schedule["B"].start == at(12, 1, 8)


def test_elapsed_duration_runs_through_the_weekend() -> None:
    schedule = Schedule("A:4d -> B:3ed -> C:1d")
    # B starts Friday 9 January 08:00 and runs 72 hours, to Monday 08:00; C starts then.
    assert schedule["B"].start == at(9, 1, 8)
    assert schedule["B"].finish == at(12, 1, 8)
    assert schedule["C"].start == at(12, 1, 8)


def test_milestones_show_the_finish_they_follow() -> None:
    schedule = Schedule("A:5d -> M:0d -> B:1d; S:0d")
    assert schedule["M"].start == schedule["M"].finish == at(9, 1, 17)
    assert schedule["B"].start == at(12, 1, 8)
    assert schedule["S"].start == START  # a milestone at the project start


# - constraints and deadlines ------------------------------------------------------------------------------------------


def constrained(kind: ConstraintType, moment: datetime | None, text: str = "A:2d -> B:2d -> C:1d") -> Schedule:
    return Schedule(text, {"B": {"constraint": kind, "constraint_date": moment}})


def test_start_no_earlier_than() -> None:
    schedule = constrained(ConstraintType.START_NO_EARLIER_THAN, at(12, 1, 8))
    assert schedule["B"].start == at(12, 1, 8)
    assert schedule["A"].total_float == 3 * DAY  # A may now slip until B's constrained start


def test_finish_no_earlier_than() -> None:
    schedule = constrained(ConstraintType.FINISH_NO_EARLIER_THAN, at(13, 1, 17))
    assert schedule["B"].finish == at(13, 1, 17)


def test_start_no_later_than_caps_the_late_start() -> None:
    schedule = constrained(ConstraintType.START_NO_LATER_THAN, at(8, 1, 8), "A:2d -> B:2d -> C:1d; X:10d")
    assert schedule["B"].start == at(7, 1, 8)
    assert schedule["B"].late_start == at(8, 1, 8)
    assert schedule["B"].total_float == DAY


def test_start_no_later_than_wins_over_links() -> None:
    schedule = constrained(ConstraintType.START_NO_LATER_THAN, at(6, 1, 8))
    assert schedule["B"].start == at(6, 1, 8)  # the constraint wins, as in MS Project
    assert schedule["A"].total_float == -DAY
    assert [problem.kind for problem in schedule.result.problems] == ["constraint-conflict"]


def test_finish_no_later_than() -> None:
    schedule = constrained(ConstraintType.FINISH_NO_LATER_THAN, at(9, 1, 17), "A:2d -> B:2d -> C:1d; X:10d")
    assert schedule["B"].late_finish == at(9, 1, 17)
    assert schedule["B"].total_float == DAY


def test_must_start_on_pins_the_task() -> None:
    schedule = constrained(ConstraintType.MUST_START_ON, at(14, 1, 8), "A:2d -> B:2d -> C:1d; X:20d")
    assert schedule["B"].start == schedule["B"].late_start == at(14, 1, 8)
    assert schedule["B"].total_float == 0
    assert schedule["C"].start == at(16, 1, 8)


def test_must_finish_on() -> None:
    schedule = constrained(ConstraintType.MUST_FINISH_ON, at(15, 1, 17))
    assert schedule["B"].finish == at(15, 1, 17)
    assert schedule["B"].start == at(14, 1, 8)


def test_as_late_as_possible_uses_free_float_only() -> None:
    schedule = Schedule(
        "A:1d -> B:1d -> D:1d; A -> C:3d -> D",
        {"B": {"constraint": ConstraintType.AS_LATE_AS_POSSIBLE}},
    )
    assert schedule["B"].start == at(8, 1, 8)  # just before D
    assert schedule["B"].early_start == at(6, 1, 8)
    assert schedule["B"].total_float == 2 * DAY
    assert schedule["D"].start == at(9, 1, 8)


def test_as_late_as_possible_without_successor_goes_to_the_project_finish() -> None:
    schedule = Schedule("A:1d; B:5d", {"A": {"constraint": ConstraintType.AS_LATE_AS_POSSIBLE}})
    assert schedule["A"].start == at(9, 1, 8)


def test_deadline_gives_negative_float_without_moving() -> None:
    schedule = Schedule("A:3d -> B:2d", {"B": {"deadline": at(8, 1, 17)}})
    assert schedule["B"].finish == at(9, 1, 17)
    assert schedule["B"].total_float == -DAY
    assert schedule["A"].total_float == -DAY
    assert schedule["B"].critical
    assert [problem.kind for problem in schedule.result.problems] == ["deadline-missed"]


def test_constraint_without_date_is_reported() -> None:
    schedule = constrained(ConstraintType.MUST_START_ON, None)
    assert [problem.kind for problem in schedule.result.problems] == ["missing-constraint-date"]
    assert schedule.days("B")[0] == 2


# - summaries ----------------------------------------------------------------------------------------------------------


def test_summary_rolls_up_its_children() -> None:
    schedule = Schedule("A:2d -> B:3d; C:1d; P:0d", {"A": {"parent_id": 4}, "B": {"parent_id": 4}})
    summary = schedule["P"]
    assert summary.summary
    assert (summary.start, summary.finish) == (at(5, 1, 8), at(9, 1, 17))
    assert summary.total_float == 0


def test_link_into_a_summary_holds_every_child() -> None:
    text = "X:3d -> P:1d; A:1d; B:2d; Y:1d"
    options: dict[str, dict[str, Any]] = {"A": {"parent_id": 2}, "B": {"parent_id": 2}}
    schedule = Schedule(text, options)
    assert schedule["A"].start == schedule["B"].start == at(8, 1, 8)
    assert schedule["P"].start == at(8, 1, 8)


def test_link_from_a_summary_waits_for_every_child() -> None:
    schedule = Schedule("P:1d -> Y:1d; A:1d; B:2d", {"A": {"parent_id": 1}, "B": {"parent_id": 1}})
    assert schedule["Y"].start == at(7, 1, 8)
    assert schedule["A"].free_float == DAY  # A may slip until the summary's finish moves
    assert schedule["B"].free_float == 0


def test_start_to_start_from_a_summary_follows_its_first_child() -> None:
    schedule = Schedule(
        "W:2d -> A:1d; P:1d -> Y:1d SS+1d; B:1d",
        {"A": {"parent_id": 3}, "B": {"parent_id": 3, "constraint": ConstraintType.START_NO_EARLIER_THAN,
                                                      "constraint_date": at(7, 1, 8)}},
    )  # fmt: skip
    assert schedule["P"].start == at(7, 1, 8)
    assert schedule["Y"].start == at(8, 1, 8)


def test_nested_summaries_and_summary_deadline() -> None:
    network = Network("A:2d -> B:2d; C:1d; P:0d; Q:0d")
    tasks = [
        TaskInput(1, 2 * DAY, parent_id=5),
        TaskInput(2, 2 * DAY, parent_id=5),
        TaskInput(3, DAY, parent_id=4),
        TaskInput(4, 0, deadline=at(7, 1, 17)),  # P contains C and Q; Q contains A and B
        TaskInput(5, 0, parent_id=4),
    ]
    result = scheduling.compute(network.input(tasks=tasks))
    assert result.tasks[5].finish == result.tasks[4].finish == at(8, 1, 17)
    assert result.tasks[4].total_float == -DAY
    assert result.tasks[2].total_float == -DAY
    assert result.tasks[3].total_float == 2 * DAY
    assert [problem.kind for problem in result.problems] == ["deadline-missed"]


# - progress -----------------------------------------------------------------------------------------------------------


def test_completed_task_keeps_its_actual_dates() -> None:
    schedule = Schedule(
        "A:2d -> B:2d",
        {"A": {"actual_start": at(5, 1, 8), "actual_finish": at(7, 1, 17), "percent_complete": 100}},
    )
    assert (schedule["A"].start, schedule["A"].finish) == (at(5, 1, 8), at(7, 1, 17))
    assert schedule["B"].start == at(8, 1, 8)
    assert not schedule["A"].critical


def test_remaining_work_is_scheduled_after_the_status_date() -> None:
    schedule = Schedule(
        "A:4d -> B:1d; C:2d",
        {"A": {"actual_start": at(5, 1, 8), "percent_complete": 25}},
        status_date=at(8, 1, 8),
    )
    # One day done on Monday; three remaining days from Thursday's status date.
    assert schedule["A"].start == at(5, 1, 8)
    assert schedule["A"].finish == at(12, 1, 17)
    assert schedule["B"].start == at(13, 1, 8)
    assert schedule["C"].start == at(8, 1, 8)  # unstarted work does not start in the past


def test_remaining_duration_overrides_percent_complete() -> None:
    schedule = Schedule(
        "A:4d", {"A": {"actual_start": at(5, 1, 8), "percent_complete": 50, "remaining_duration": 3 * DAY}}
    )
    assert schedule["A"].finish == at(8, 1, 17)


# - task calendars and leveling ---------------------------------------------------------------------------------------


def test_task_calendar_is_used_for_its_duration() -> None:
    calendars = {"standard": working_time.standard_calendar(), "4/5": working_time.four_fifths_calendar()}
    schedule = Schedule("A:1d -> B:2d -> C:1d", {"B": {"calendar": "4/5"}}, calendars=calendars)
    # B starts Tuesday, skips Wednesday and finishes Thursday.
    assert schedule["B"].start == at(6, 1, 8)
    assert schedule["B"].finish == at(8, 1, 17)
    assert schedule["C"].start == at(9, 1, 8)


def test_leveling_delay_moves_the_start() -> None:
    schedule = Schedule("A:1d -> B:1d", {"B": {"leveling_delay": 2 * DAY}})
    assert schedule["B"].start == at(8, 1, 8)


# - invalid networks ---------------------------------------------------------------------------------------------------


def test_cycle_is_reported_in_order_and_tasks_still_get_dates() -> None:
    schedule = Schedule("A:1d -> B:1d -> C:1d -> D:1d -> B")
    cycles = [problem for problem in schedule.result.problems if problem.kind == "cycle"]
    assert [problem.task_ids for problem in cycles] == [(2, 3, 4)]
    assert "2 -> 3 -> 4 -> 2" in cycles[0].message
    assert len(schedule.result.tasks) == 4
    assert schedule["D"].start >= schedule["C"].finish


def test_self_link_is_a_cycle() -> None:
    network = Network("A:1d")
    result = scheduling.compute(network.input(links=[LinkInput(1, 1, DependencyType.FINISH_TO_START)]))
    assert [(problem.kind, problem.task_ids) for problem in result.problems] == [("cycle", (1,))]


def test_missing_task_is_reported() -> None:
    network = Network("A:1d -> B:1d")
    links = [*network.links, LinkInput(1, 99, DependencyType.FINISH_TO_START)]
    result = scheduling.compute(network.input(links=links))
    assert [(problem.kind, problem.task_ids) for problem in result.problems] == [("missing-task", (99,))]
    assert result.tasks[2].start == at(6, 1, 8)


def test_unknown_calendar_and_duplicate_ids_are_reported() -> None:
    tasks = [TaskInput(1, DAY, calendar="night"), TaskInput(1, DAY)]
    result = scheduling.compute(Network("A:1d").input(tasks=tasks, links=[], project_calendar="nope"))
    assert [problem.kind for problem in result.problems] == ["unknown-calendar", "duplicate-task", "unknown-calendar"]
    assert result.tasks[1].finish == at(5, 1, 17)


def test_summary_cycle_through_parents() -> None:
    tasks = [TaskInput(1, DAY, parent_id=2), TaskInput(2, DAY, parent_id=1), TaskInput(3, DAY, parent_id=1)]
    result = scheduling.compute(Network("A:1d").input(tasks=tasks, links=[]))
    assert [problem.kind for problem in result.problems] == ["cycle"]
    assert len(result.tasks) == 3


def test_empty_network() -> None:
    result = scheduling.compute(Network("A:1d").input(tasks=[], links=[]))
    assert result.project_finish == START
    assert len(result.tasks) == 0


# - properties ---------------------------------------------------------------------------------------------------------

LINK_TYPES = list(DependencyType)


@st.composite
def networks(draw: st.DrawFn) -> tuple[list[TaskInput], list[LinkInput]]:
    """Random DAGs: links only go from a lower to a higher index, then ids are shuffled."""
    count = draw(st.integers(min_value=1, max_value=25))
    durations = draw(st.lists(st.integers(min_value=0, max_value=5 * DAY), min_size=count, max_size=count))
    ids = draw(st.permutations(list(range(100, 100 + count))))
    tasks = [TaskInput(ids[i], durations[i], milestone=durations[i] == 0) for i in range(count)]
    links = []
    if count > 1:
        for _ in range(draw(st.integers(min_value=0, max_value=3 * count))):
            source = draw(st.integers(min_value=0, max_value=count - 2))
            target = draw(st.integers(min_value=source + 1, max_value=count - 1))
            lag = draw(st.sampled_from([0, 0, 60, DAY, -DAY // 2, 3 * DAY]))
            links.append(LinkInput(ids[source], ids[target], draw(st.sampled_from(LINK_TYPES)), lag_minutes=lag))
    return tasks, links


def compute(tasks: Sequence[TaskInput], links: Sequence[LinkInput]) -> ScheduleResult:
    return scheduling.compute(Network("A:1d").input(tasks=tasks, links=links))


def bounds_hold(result: ScheduleResult, link: LinkInput) -> bool:
    """Whether a working-lag link's relation holds on the early dates."""
    source, target = result.tasks[link.predecessor], result.tasks[link.successor]
    lag = link.lag_minutes
    if link.type is DependencyType.FINISH_TO_START:
        return target.early_start_minutes >= source.early_finish_minutes + lag
    if link.type is DependencyType.START_TO_START:
        return target.early_start_minutes >= source.early_start_minutes + lag
    if link.type is DependencyType.FINISH_TO_FINISH:
        return target.early_finish_minutes >= source.early_finish_minutes + lag
    return target.early_finish_minutes >= source.early_start_minutes + lag


@settings(max_examples=150, deadline=None)
@given(networks())
def test_random_networks_are_consistent(network: tuple[list[TaskInput], list[LinkInput]]) -> None:
    tasks, links = network
    result = compute(tasks, links)
    assert result.problems == ()
    finish = result.project_finish_minutes
    for task in result.tasks.values():
        assert task.early_start_minutes <= task.late_start_minutes
        assert task.total_float >= 0
        assert 0 <= task.free_float <= task.total_float
        assert task.late_finish_minutes <= finish
        assert task.early_start_minutes >= result.clock.project_start_minutes
    assert any(task.critical for task in result.tasks.values())
    for link in links:
        assert bounds_hold(result, link), link


@settings(max_examples=60, deadline=None)
@given(networks(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_input_order(network: tuple[list[TaskInput], list[LinkInput]], random: Any) -> None:
    tasks, links = network
    shuffled_tasks, shuffled_links = list(tasks), list(links)
    random.shuffle(shuffled_tasks)
    random.shuffle(shuffled_links)
    first, second = compute(tasks, links), compute(shuffled_tasks, shuffled_links)
    assert dict(first.tasks) == dict(second.tasks)
    assert first.project_finish == second.project_finish


@settings(max_examples=60, deadline=None)
@given(networks())
def test_result_does_not_depend_on_the_integer_width(network: tuple[list[TaskInput], list[LinkInput]]) -> None:
    """The passes run on 64-bit integer arrays, or on Python ints where a sum could overflow 64 bits: both agree."""
    tasks, links = network
    narrow = compute(tasks, links)
    safe_total = scheduling._SAFE_TOTAL
    scheduling._SAFE_TOTAL = 0  # every computation on Python ints
    try:
        wide = compute(tasks, links)
    finally:
        scheduling._SAFE_TOTAL = safe_total
    assert dict(wide.tasks) == dict(narrow.tasks)
    assert (wide.project_finish, wide.problems) == (narrow.project_finish, narrow.problems)


def test_a_lead_beyond_64_bits_is_exact() -> None:
    """B may start 2e16 days before A finishes: the project start holds it; A may slip until the project finish
    (its slack to B, beyond 64 bits, is clamped to its total float)."""
    schedule = Schedule("A:1d -> B:1d FS-20000000000000000d -> C:1d")
    assert schedule.days("A") == (0, 1, 1, 2, 1, 1)
    assert schedule.days("B") == (0, 1, 0, 1, 0, 0)
    assert schedule.days("C") == (1, 2, 1, 2, 0, 0)


# - MS Project's moments (checked against files MS Project saved, see tests/integration/test_ms_project_agreement.py) -


def test_start_no_earlier_than_before_the_project_start_is_honoured() -> None:
    # MS Project schedules an SNET task at its date even when that is before the project start.
    schedule = Schedule("A:2d; B:1d", {"A": {"constraint": ConstraintType.START_NO_EARLIER_THAN,
                                             "constraint_date": datetime(2026, 1, 2, 8)}})  # fmt: skip
    assert (schedule["A"].start, schedule["A"].finish) == (datetime(2026, 1, 2, 8), at(5, 1, 17))
    assert schedule["B"].start == START
    assert schedule.result.project_start == datetime(2026, 1, 2, 8)


def test_start_to_finish_without_lag_finishes_at_the_predecessors_start_moment() -> None:
    # MS Project keeps the finish at B's start moment, 08:00 on Wednesday, not 17:00 on Tuesday (the same position);
    # with a positive lag the finish is the end of a working period, as usual.
    schedule = Schedule("A:1d -> B:1d FS+1d -> C:1d SF; A -> D:1d SF+2d; P:0d",
                        {"C": {"parent_id": 5}})  # fmt: skip
    assert (schedule["C"].start, schedule["C"].finish) == (at(6, 1, 8), at(7, 1, 8))
    assert schedule["C"].finish_minutes == schedule["B"].start_minutes
    assert schedule["P"].finish == at(7, 1, 8)  # the summary spans its child's moments
    assert schedule["D"].finish == at(6, 1, 17)


def test_actual_dates_are_kept_as_entered() -> None:
    saturday, tuesday = datetime(2026, 1, 3, 8), at(6, 1, 17)
    schedule = Schedule("A:2d -> B:1d; P:0d", {"A": {"actual_start": saturday, "actual_finish": tuesday,
                                                     "percent_complete": 100, "parent_id": 3}})  # fmt: skip
    assert (schedule["A"].start, schedule["A"].finish) == (saturday, tuesday)
    assert schedule["A"].early_start == schedule["A"].late_start == saturday
    assert schedule["P"].start == saturday
    assert schedule["B"].start == at(7, 1, 8)


def test_task_calendar_moments_are_those_of_its_own_calendar() -> None:
    night = working_time.CalendarSpec(week=(((0, 180), (1380, 1440)),) * 7)  # 23:00-03:00, every day
    calendars = {"standard": working_time.standard_calendar(), "night": night}
    schedule = Schedule("A:1d; B:8h", {"B": {"calendar": "night"}}, calendars=calendars)
    # B starts when its calendar first works, Monday 23:00, and works 4 hours a night: Wednesday 03:00.
    assert (schedule["B"].start, schedule["B"].finish) == (at(5, 1, 23), at(7, 1, 3))
