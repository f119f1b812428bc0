"""Benchmark of resource leveling: ``python tests/benchmarks/bench_leveling.py [--runs N] [--tasks 10000]``.

Takes the CPM benchmark's generated network (``bench_cpm.network``: ~1.5 links per task of all four types, lags,
5 % constrained tasks, summaries, Belgian holidays over about five years), assigns every leaf task one or two of
50 resources (50-100 %; every tenth resource works four fifths with Wednesdays off) and prints the median wall
time of ``level_schedule``: CPM without delays -> leveling pass -> CPM with the delays -> the over-allocations of
the final schedule, i.e. what ``schedule FILE --level`` costs in the engines. It also prints how many tasks the
rescheduled dates disagree with the leveling pass on (0 expected) and what remains over-allocated, by cause.

Target: 10,000 tasks over 50 resources <= 5 s.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.enums import ConstraintType
from services import leveling, scheduling, working_time
from tests.benchmarks import bench_cpm

RESOURCES = 50


def workload(
    size: int, seed: int = 1
) -> tuple[scheduling.ScheduleInput, list[leveling.LevelResource], list[leveling.LevelAssignment], dict[int, int]]:
    """The CPM benchmark network with resources, assignments and priorities."""
    schedule_input = bench_cpm.network(size, seed)
    rng = random.Random(seed)
    part_time = working_time.four_fifths_calendar()
    resources = [
        leveling.LevelResource(id=r, max_units=100, calendar=part_time if r % 10 == 9 else None)
        for r in range(RESOURCES)
    ]
    parents = {task.parent_id for task in schedule_input.tasks if task.parent_id is not None}
    assignments: list[leveling.LevelAssignment] = []
    priorities: dict[int, int] = {}
    for task in schedule_input.tasks:
        if task.id in parents or task.milestone:
            continue
        priorities[task.id] = rng.choice((300, 500, 500, 500, 700))
        for resource in rng.sample(range(RESOURCES), rng.choice((1, 1, 2))):
            assignments.append(leveling.LevelAssignment(task.id, resource, rng.choice((50, 100, 100))))
    return schedule_input, resources, assignments, priorities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    schedule_input, resources, assignments, priorities = workload(args.tasks)
    unleveled = scheduling.compute(schedule_input)
    times: list[float] = []
    outcome = None
    load_before = os.getloadavg()[0]
    for _ in range(args.runs):
        began = time.perf_counter()
        outcome = leveling.level_schedule(schedule_input, resources, assignments, priorities=priorities)
        times.append(time.perf_counter() - began)
    assert outcome is not None
    delayed = sum(1 for delay in outcome.leveling.delays.values() if delay)
    constraints = {task.id: task.constraint for task in schedule_input.tasks}
    capping = {
        ConstraintType.START_NO_LATER_THAN,
        ConstraintType.FINISH_NO_LATER_THAN,
        ConstraintType.MUST_START_ON,
        ConstraintType.MUST_FINISH_ON,
    }
    causes = {"an ALAP task": 0, "a no-later-than / must-on constraint": 0, "neither": 0}
    for over in outcome.over_allocations:
        kinds = {constraints[task_id] for task_id in over.task_ids}
        if ConstraintType.AS_LATE_AS_POSSIBLE in kinds:
            causes["an ALAP task"] += 1
        elif kinds & capping:
            causes["a no-later-than / must-on constraint"] += 1
        else:
            causes["neither"] += 1
    print(f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {args.runs} runs")
    leaves = len(outcome.leveling.starts)
    print(
        f"{args.tasks} tasks ({leaves} leaf), {RESOURCES} resources, {len(assignments)} assignments, "
        f"granule {outcome.leveling.granularity} min"
    )
    print(f"  level_schedule: median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})")
    finish_before = unleveled.project_finish_minutes
    finish_after = outcome.schedule.project_finish_minutes
    print(
        f"  {delayed} tasks delayed; project finish {finish_before // 480} -> {finish_after // 480} working days; "
        f"{len(outcome.mismatched)} tasks where the engine disagrees with the leveling pass"
    )
    print(
        f"  over-allocated periods: {len(outcome.leveling.over_allocations)} after the pass, "
        f"{len(outcome.over_allocations)} in the final schedule, involving "
        + ", ".join(f"{cause}: {count}" for cause, count in causes.items())
    )


if __name__ == "__main__":
    main()
