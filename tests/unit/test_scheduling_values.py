"""``scheduling.task_values`` gives, column by column, exactly the values of the :class:`TaskResult` objects.

Random projects (summaries nested or containing each other, milestones, constraints, ALAP, deadlines, task
calendars including a night shift, progress with actual starts and finishes, elapsed durations and lags,
start-to-finish links, duplicate ids, unknown tasks, a status date, a float threshold) are scheduled, and the bulk
columns are compared with the results read one task at a time, in the same order.
"""

import dataclasses
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from model.enums import ConstraintType, DependencyType, LagKind
from services import scheduling, working_time
from services.scheduling import LinkInput, ScheduleInput, ScheduleResult, TaskInput

DAY = 480
START = datetime(2026, 1, 5, 8)
CALENDARS = {
    "standard": working_time.standard_calendar(),
    "four-fifths": working_time.four_fifths_calendar(),
    "nights": working_time.CalendarSpec(week=(((0, 360), (1380, 1440)),) * 5 + ((), ())),
}

moments = st.builds(
    lambda days, hour, minute: START + timedelta(days=days, hours=hour, minutes=minute),
    st.integers(-5, 40),
    st.sampled_from([-8, 0, 1, 9, 13, 17]),
    st.sampled_from([0, 0, 30]),
)


@st.composite
def tasks(draw: st.DrawFn, task_id: int, ids: list[int]) -> TaskInput:
    """One task; its parent, if any, is any task of ``ids`` (so summaries may contain each other)."""
    values: dict[str, Any] = {
        "id": task_id,
        "duration": draw(st.sampled_from([0, 30, 60, DAY, 2 * DAY, 5 * DAY])),
        "milestone": draw(st.integers(0, 4)) == 0,
    }
    if draw(st.integers(0, 2)) == 0:
        values["parent_id"] = draw(st.sampled_from(ids))
    if draw(st.integers(0, 3)) == 0:
        values["constraint"] = draw(st.sampled_from(list(ConstraintType)))
        values["constraint_date"] = draw(st.none() | moments)
    if draw(st.integers(0, 7)) == 0:
        values["deadline"] = draw(moments)
    if draw(st.integers(0, 5)) == 0:
        values["calendar"] = draw(st.sampled_from([*CALENDARS, "unknown"]))
    if draw(st.integers(0, 5)) == 0:
        values["elapsed"] = True
    progress = draw(st.integers(0, 9))
    if progress == 0:
        values["actual_start"] = draw(moments)
        values["percent_complete"] = draw(st.sampled_from([0, 40, 100]))
    elif progress == 1:
        values["actual_start"] = draw(st.none() | moments)
        values["actual_finish"] = draw(moments)
        values["percent_complete"] = 100
    elif progress == 2:
        values["percent_complete"] = draw(st.sampled_from([25, 100]))
        values["remaining_duration"] = draw(st.none() | st.sampled_from([0, 60, DAY]))
    if draw(st.integers(0, 9)) == 0:
        values["leveling_delay"] = DAY
    return TaskInput(**values)


@st.composite
def links(draw: st.DrawFn, ids: list[int]) -> LinkInput:
    """A link between two of ``ids`` (or, rarely, to an unknown task); start-to-finish links are frequent."""
    predecessor = draw(st.sampled_from(ids))
    successor = draw(st.sampled_from(ids) if draw(st.integers(0, 15)) else st.just(999))
    kind = draw(st.sampled_from([LagKind.WORKING, LagKind.WORKING, LagKind.ELAPSED, LagKind.PERCENT]))
    link_type = draw(st.sampled_from([*DependencyType, DependencyType.START_TO_FINISH]))
    return LinkInput(
        predecessor,
        successor,
        link_type,
        kind,
        draw(st.sampled_from([0, 0, 60, DAY, -DAY, -60, 1440])),
        draw(st.sampled_from([0.0, 50.0, -25.0])),
    )


@st.composite
def projects(draw: st.DrawFn) -> ScheduleInput:
    count = draw(st.integers(1, 18))
    ids = list(range(100, 100 + count))
    made = [draw(tasks(task_id, ids)) for task_id in ids]
    if draw(st.integers(0, 9)) == 0:  # a duplicate id
        made.append(dataclasses.replace(made[0], duration=DAY))
    return ScheduleInput(
        project_start=START,
        tasks=made,
        links=draw(st.lists(links(ids), max_size=2 * count)),
        calendars=CALENDARS,
        project_calendar=draw(st.sampled_from(["standard", "standard", "four-fifths"])),
        status_date=draw(st.none() | moments),
        critical_float_threshold=draw(st.sampled_from([0, 0, DAY])),
    )


def one_by_one(result: ScheduleResult) -> list[tuple[Any, ...]]:
    return [
        (
            task_id,
            task.start,
            task.finish,
            task.early_start,
            task.early_finish,
            task.late_start,
            task.late_finish,
            task.total_float,
            task.free_float,
            task.critical,
        )
        for task_id, task in result.tasks.items()
    ]


def in_bulk(result: ScheduleResult) -> list[tuple[Any, ...]]:
    values = scheduling.task_values(result)
    return list(
        zip(
            values.ids,
            values.start,
            values.finish,
            values.early_start,
            values.early_finish,
            values.late_start,
            values.late_finish,
            values.total_float,
            values.free_float,
            values.critical,
            strict=True,
        )
    )


def assert_same(bulk: list[tuple[Any, ...]], single: list[tuple[Any, ...]]) -> None:
    assert bulk == single
    for row, expected in zip(bulk, single, strict=True):  # the same types too (an int, not a numpy integer)
        assert [type(value) for value in row] == [type(value) for value in expected]


@settings(max_examples=400, deadline=None)
@given(project=projects())
def test_bulk_values_equal_the_task_results(project: ScheduleInput) -> None:
    bulk = in_bulk(scheduling.compute(project))  # before any result object is made
    assert_same(bulk, one_by_one(scheduling.compute(project)))


@settings(max_examples=100, deadline=None)
@given(project=projects(), data=st.data())
def test_bulk_values_after_a_recompute(project: ScheduleInput, data: st.DataObject) -> None:
    previous = scheduling.compute(project)
    position = data.draw(st.integers(0, len(project.tasks) - 1))
    task = project.tasks[position]
    edited = dataclasses.replace(task, duration=data.draw(st.sampled_from([0, DAY, 3 * DAY])))
    changed = dataclasses.replace(project, tasks=[*project.tasks[:position], edited, *project.tasks[position + 1 :]])
    result = scheduling.recompute(previous, changed, {task.id})
    assert_same(in_bulk(result), one_by_one(scheduling.compute(changed)))


def test_a_large_plain_network_and_its_summaries() -> None:
    """Many tasks on few positions, under nested summaries, with one actual start and one elapsed task."""
    made = [TaskInput(1, 0), TaskInput(2, 0, parent_id=1), TaskInput(3, 0, parent_id=1)]
    made += [TaskInput(task_id, DAY * (task_id % 4), parent_id=2 + task_id % 2) for task_id in range(10, 400)]
    made[50] = dataclasses.replace(made[50], actual_start=START + timedelta(days=5, hours=-1), percent_complete=50)
    made[60] = dataclasses.replace(made[60], elapsed=True, duration=1500)
    chain = [LinkInput(task_id, task_id + 1) for task_id in range(10, 399, 3)]
    sf = [LinkInput(12, 14, DependencyType.START_TO_FINISH)]
    project = ScheduleInput(START, made, chain + sf, CALENDARS, "standard", START + timedelta(days=3))
    assert_same(in_bulk(scheduling.compute(project)), one_by_one(scheduling.compute(project)))


def test_values_of_a_plain_mapping() -> None:
    """Results that are not the engine's own view are read one task at a time."""
    result = scheduling.compute(ScheduleInput(START, [TaskInput(1, DAY)], [], CALENDARS, "standard"))
    copied = dataclasses.replace(result, tasks=dict(result.tasks))
    assert in_bulk(copied) == one_by_one(result)


def test_values_beyond_64_bits_are_read_one_task_at_a_time() -> None:
    """Columns of exact Python ints (positions that could overflow 64 bits) take the one-by-one path."""
    made = [TaskInput(1, 0), TaskInput(2, DAY, parent_id=1), TaskInput(3, 2 * DAY, milestone=True)]
    result = scheduling.compute(ScheduleInput(START, made, [LinkInput(2, 3)], CALENDARS, "standard"))
    solution = result.tasks._solution  # type: ignore[attr-defined]  # the engine's own view
    wide = dataclasses.replace(solution, columns=tuple(np.array(column, object) for column in solution.columns))
    copied = dataclasses.replace(result, tasks=scheduling.TaskResults(wide))
    assert_same(in_bulk(copied), one_by_one(result))
