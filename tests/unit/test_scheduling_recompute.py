"""Rescheduling after an edit: ``scheduling.recompute`` gives exactly what ``scheduling.compute`` gives.

Random projects (summaries, constraints, deadlines, task calendars, progress, elapsed and percent lags, links to
and from summaries, cycles, unknown tasks) are edited one task or one link at a time, and every field of the
recomputed schedule, every date and every problem is compared with a full computation of the edited input.
"""

import dataclasses
from datetime import datetime, timedelta
from typing import Any

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
DATES = ("start", "finish", "early_start", "early_finish", "late_start", "late_finish")

moments = st.builds(
    lambda days, hour: START + timedelta(days=days, hours=hour), st.integers(-5, 60), st.sampled_from([0, 9, 13, 17])
)


@st.composite
def tasks(draw: st.DrawFn, task_id: int, earlier: list[int]) -> TaskInput:
    """One task; its parent, if any, is an earlier task."""
    values: dict[str, Any] = {
        "id": task_id,
        "duration": draw(st.sampled_from([0, 60, DAY, 2 * DAY, 5 * DAY])),
        "milestone": draw(st.booleans()) and draw(st.booleans()),
    }
    if earlier and draw(st.integers(0, 3)) == 0:
        values["parent_id"] = draw(st.sampled_from(earlier))
    if draw(st.integers(0, 3)) == 0:
        values["constraint"] = draw(st.sampled_from(list(ConstraintType)))
        values["constraint_date"] = draw(st.none() | moments)
    if draw(st.integers(0, 7)) == 0:
        values["deadline"] = draw(moments)
    if draw(st.integers(0, 7)) == 0:
        values["calendar"] = draw(st.sampled_from([*CALENDARS, "unknown"]))
    if draw(st.integers(0, 9)) == 0:
        values["elapsed"] = True
    if draw(st.integers(0, 7)) == 0:
        values["actual_start"] = draw(moments)
        values["percent_complete"] = draw(st.sampled_from([0, 40, 100]))
    if draw(st.integers(0, 9)) == 0:
        values["leveling_delay"] = DAY
    return TaskInput(**values)


@st.composite
def links(draw: st.DrawFn, ids: list[int]) -> LinkInput:
    """A link between two of ``ids`` (or, rarely, to an unknown task)."""
    predecessor = draw(st.sampled_from(ids))
    successor = draw(st.sampled_from(ids) if draw(st.integers(0, 15)) else st.just(999))
    kind = draw(st.sampled_from([LagKind.WORKING, LagKind.WORKING, LagKind.ELAPSED, LagKind.PERCENT]))
    return LinkInput(
        predecessor,
        successor,
        draw(st.sampled_from(list(DependencyType))),
        kind,
        draw(st.sampled_from([0, 0, 60, DAY, -DAY, 1440])),
        draw(st.sampled_from([0.0, 50.0, -25.0])),
    )


@st.composite
def projects(draw: st.DrawFn) -> ScheduleInput:
    count = draw(st.integers(1, 14))
    ids = list(range(100, 100 + count))
    made = [draw(tasks(task_id, ids[:position])) for position, task_id in enumerate(ids)]
    return ScheduleInput(
        project_start=START,
        tasks=made,
        links=draw(st.lists(links(ids), max_size=2 * count)),
        calendars=CALENDARS,
        project_calendar="standard",
        status_date=draw(st.none() | moments),
    )


@st.composite
def edits(draw: st.DrawFn, project: ScheduleInput) -> tuple[ScheduleInput, set[int]]:
    """One edit as the desktop makes them: a task's duration, constraint or other values, or one link added,
    removed or changed; with the ids of the tasks whose values changed."""
    all_tasks, all_links = list(project.tasks), list(project.links)
    ids = [task.id for task in all_tasks]
    kind = draw(st.sampled_from(["duration", "constraint", "task", "add link", "remove link", "change link"]))
    if kind in ("duration", "constraint", "task"):
        position = draw(st.integers(0, len(all_tasks) - 1))
        task = all_tasks[position]
        if kind == "duration":
            task = dataclasses.replace(task, duration=draw(st.sampled_from([0, 60, DAY, 3 * DAY, 10 * DAY])))
        elif kind == "constraint":
            task = dataclasses.replace(
                task, constraint=draw(st.sampled_from(list(ConstraintType))), constraint_date=draw(moments)
            )
        else:
            task = draw(tasks(task.id, ids[:position]))
        all_tasks[position] = task
        return dataclasses.replace(project, tasks=all_tasks), {task.id}
    if kind == "add link" or not all_links:
        all_links.insert(draw(st.integers(0, len(all_links))), draw(links(ids)))
    elif kind == "remove link":
        del all_links[draw(st.integers(0, len(all_links) - 1))]
    else:
        position = draw(st.integers(0, len(all_links) - 1))
        all_links[position] = dataclasses.replace(all_links[position], lag_minutes=draw(st.sampled_from([0, DAY])))
    return dataclasses.replace(project, links=all_links), set()


def assert_same(result: ScheduleResult, expected: ScheduleResult) -> None:
    """Every field, every date and every problem."""
    assert result.problems == expected.problems
    assert (result.project_start, result.project_finish, result.project_finish_minutes) == (
        expected.project_start,
        expected.project_finish,
        expected.project_finish_minutes,
    )
    assert list(result.tasks) == list(expected.tasks)
    for task_id, task in expected.tasks.items():
        assert result.tasks[task_id] == task, task_id
        for name in DATES:
            assert getattr(result.tasks[task_id], name) == getattr(task, name), (task_id, name)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_recompute_equals_compute_after_each_edit(data: st.DataObject) -> None:
    project = data.draw(projects())
    previous = scheduling.compute(project)
    for _ in range(data.draw(st.integers(1, 4))):
        project, changed = data.draw(edits(project))
        expected = scheduling.compute(project)
        assert_same(scheduling.recompute(previous, project, changed), expected)
        found = scheduling.recompute(previous, project)  # the changed tasks found by identity
        assert_same(found, expected)
        previous = found


def test_recompute_reuses_the_previous_computation() -> None:
    project = ScheduleInput(
        project_start=START,
        tasks=[
            TaskInput(id=1, duration=DAY),
            TaskInput(id=2, duration=DAY, constraint=ConstraintType.AS_LATE_AS_POSSIBLE),
        ],
        links=[LinkInput(1, 2, lag_kind=LagKind.ELAPSED, lag_minutes=1440)],
        calendars=CALENDARS,
        project_calendar="standard",
    )
    previous = scheduling.compute(project)
    edited = dataclasses.replace(project, tasks=[TaskInput(id=1, duration=3 * DAY), project.tasks[1]])
    result = scheduling.recompute(previous, edited, {1})
    assert_same(result, scheduling.compute(edited))
    assert result.clock.index is previous.clock.index  # the project calendar was not indexed again
    assert result.tasks[2].start == datetime(2026, 1, 9, 8)


def test_recompute_falls_back_to_a_full_computation() -> None:
    project = ScheduleInput(
        project_start=START,
        tasks=[TaskInput(id=1, duration=DAY), TaskInput(id=2, duration=DAY)],
        links=[LinkInput(1, 2)],
        calendars=CALENDARS,
        project_calendar="standard",
    )
    previous = scheduling.compute(project)
    added = dataclasses.replace(project, tasks=[*project.tasks, TaskInput(id=3, duration=DAY)])
    moved = dataclasses.replace(project, project_start=START + timedelta(days=1))
    duplicated = dataclasses.replace(project, tasks=[*project.tasks, TaskInput(id=2, duration=DAY)])
    for edited, changed in ((added, {3}), (moved, set()), (duplicated, {2})):
        assert_same(scheduling.recompute(previous, edited, changed), scheduling.compute(edited))
    again = scheduling.compute(duplicated)
    assert_same(scheduling.recompute(again, project, {2}), scheduling.compute(project))
