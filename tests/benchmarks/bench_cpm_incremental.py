"""Benchmark of rescheduling after an edit: ``python tests/benchmarks/bench_cpm_incremental.py [--runs N]
[--size 10000] [--check]``.

On the network of ``bench_cpm.py`` (10,000 tasks by default), one task at a time is edited as in the desktop: its
duration, its constraint, or one of its links (a lag changed, a link added or removed). Each edit is timed for
:func:`scheduling.recompute` (given the previous schedule and the edited task's id) and, for comparison, for a full
:func:`scheduling.compute` of the same input. Prints the medians per kind of edit and over all edits.
Target: one edit of a 10,000-task project rescheduled in <= 30 ms. ``--check`` also asserts that every
recomputed schedule equals the full one, field for field.
"""

import argparse
import dataclasses
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.enums import ConstraintType, DependencyType, LagKind
from services import scheduling
from tests.benchmarks.bench_cpm import DAY, PROJECT_START, network

Edit = Callable[[random.Random, scheduling.ScheduleInput], tuple[scheduling.ScheduleInput, set[int]]]


def _leaf(rng: random.Random, schedule_input: scheduling.ScheduleInput) -> int:
    """The position of a random task that is not a summary (every 50th task is one in this network)."""
    while True:
        position = rng.randrange(len(schedule_input.tasks))
        if position % 50:
            return position


def edit_duration(
    rng: random.Random, schedule_input: scheduling.ScheduleInput
) -> tuple[scheduling.ScheduleInput, set[int]]:
    tasks = list(schedule_input.tasks)
    position = _leaf(rng, schedule_input)
    tasks[position] = dataclasses.replace(tasks[position], duration=rng.randint(1, 20) * DAY // 2)
    return dataclasses.replace(schedule_input, tasks=tasks), {tasks[position].id}


def edit_constraint(
    rng: random.Random, schedule_input: scheduling.ScheduleInput
) -> tuple[scheduling.ScheduleInput, set[int]]:
    tasks = list(schedule_input.tasks)
    position = _leaf(rng, schedule_input)
    constraint = rng.choice(list(ConstraintType))
    moment = PROJECT_START + timedelta(days=rng.randint(0, 5 * 365))
    tasks[position] = dataclasses.replace(tasks[position], constraint=constraint, constraint_date=moment)
    return dataclasses.replace(schedule_input, tasks=tasks), {tasks[position].id}


def edit_link(
    rng: random.Random, schedule_input: scheduling.ScheduleInput
) -> tuple[scheduling.ScheduleInput, set[int]]:
    links = list(schedule_input.links)
    roll = rng.random()
    if roll < 0.4:  # change a lag
        k = rng.randrange(len(links))
        links[k] = dataclasses.replace(links[k], lag_kind=LagKind.WORKING, lag_minutes=rng.randint(-2, 5) * DAY)
        touched = {links[k].predecessor, links[k].successor}
    elif roll < 0.7:  # add a link from an earlier task to a later one
        successor = _leaf(rng, schedule_input)
        predecessor = successor - rng.randint(1, 25)
        while predecessor % 50 == 0 or predecessor < 1:
            predecessor += 1
        if predecessor >= successor:
            return edit_link(rng, schedule_input)
        tasks = schedule_input.tasks
        link = scheduling.LinkInput(tasks[predecessor].id, tasks[successor].id, DependencyType.FINISH_TO_START)
        links.append(link)
        touched = {link.predecessor, link.successor}
    else:  # remove a link
        link = links.pop(rng.randrange(len(links)))
        touched = {link.predecessor, link.successor}
    return dataclasses.replace(schedule_input, links=links), touched


EDITS: dict[str, Edit] = {"duration": edit_duration, "constraint": edit_constraint, "link": edit_link}

_PROPERTIES = ("start", "finish", "early_start", "early_finish", "late_start", "late_finish")


def same(first: scheduling.ScheduleResult, second: scheduling.ScheduleResult) -> bool:
    """Whether two schedules agree on every field and every date."""
    if (first.project_start, first.project_finish, first.project_finish_minutes, first.problems) != (
        second.project_start,
        second.project_finish,
        second.project_finish_minutes,
        second.problems,
    ):
        return False
    if list(first.tasks) != list(second.tasks) or dict(first.tasks) != dict(second.tasks):
        return False
    return all(
        getattr(first.tasks[task_id], name) == getattr(second.tasks[task_id], name)
        for task_id in first.tasks
        for name in _PROPERTIES
    )


def main() -> None:
    """Edit, reschedule incrementally and fully, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="edits of each kind")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--check", action="store_true", help="assert recompute == compute after every edit")
    arguments = parser.parse_args()
    rng = random.Random(7)
    schedule_input = network(arguments.size)
    previous = scheduling.compute(schedule_input)
    timings: dict[str, list[float]] = {name: [] for name in EDITS}
    full_timings: list[float] = []
    for run in range(arguments.runs * len(EDITS)):
        name = list(EDITS)[run % len(EDITS)]
        schedule_input, changed = EDITS[name](rng, schedule_input)
        began = time.perf_counter()
        result = scheduling.recompute(previous, schedule_input, changed)
        timings[name].append(time.perf_counter() - began)
        began = time.perf_counter()
        full = scheduling.compute(schedule_input)
        full_timings.append(time.perf_counter() - began)
        if arguments.check:
            assert same(result, full), f"edit {run} ({name}): recompute differs from compute"
        previous = result
    every = [timing for values in timings.values() for timing in values]
    per_kind = ", ".join(f"{name} {statistics.median(values) * 1000:.1f} ms" for name, values in timings.items())
    print(
        f"{arguments.size:>7} tasks, {len(schedule_input.links):>7} links, {len(every)} edits: recompute median "
        f"{statistics.median(every) * 1000:.1f} ms (max {max(every) * 1000:.1f} ms; {per_kind}); full compute median "
        f"{statistics.median(full_timings) * 1000:.1f} ms"
        + ("; every recompute equal to the full compute" if arguments.check else "")
    )


if __name__ == "__main__":
    main()
