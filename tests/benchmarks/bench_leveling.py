"""Benchmark of resource leveling: ``python tests/benchmarks/bench_leveling.py [--runs N] [--tasks 10000]``.

Takes the CPM benchmark's generated network (``bench_cpm.network``: ~1.5 links per task of all four types, lags,
5 % constrained tasks, summaries, Belgian holidays over about five years), assigns every leaf task one or two of
50 resources (50-100 %; every tenth resource works four fifths with Wednesdays off) and prints the median wall
time of

* ``level``: the leveling pass alone, on the CPM engine's output;
* ``level_schedule``: CPM without delays -> leveling -> CPM with delays (and delay corrections) -> the final
  over-allocation report, i.e. what ``schedule FILE --level`` costs in the engines.

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
    tasks, links = leveling.level_inputs(schedule_input, unleveled, priorities, leveling.is_movable)
    calendar = unleveled.clock.index
    level_times: list[float] = []
    chain_times: list[float] = []
    result = None
    chained = None
    for _ in range(args.runs):
        began = time.perf_counter()
        result = leveling.level(tasks, links, resources, assignments, calendar=calendar)
        level_times.append(time.perf_counter() - began)
        began = time.perf_counter()
        chained = leveling.level_schedule(schedule_input, resources, assignments, priorities=priorities)
        chain_times.append(time.perf_counter() - began)
    assert result is not None and chained is not None
    delayed = sum(1 for delay in result.delays.values() if delay)
    finish_before = unleveled.project_finish_minutes
    finish_after = chained.schedule.project_finish_minutes
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {args.runs} runs")
    print(
        f"{args.tasks} tasks ({len(tasks)} leaf), {RESOURCES} resources, {len(assignments)} assignments, "
        f"granule {result.granularity} min"
    )
    print(f"  level:          median {statistics.median(level_times):.3f} s (min {min(level_times):.3f})")
    print(f"  level_schedule: median {statistics.median(chain_times):.3f} s (min {min(chain_times):.3f})")
    print(
        f"  {delayed} tasks delayed; project finish {finish_before // 480} -> {finish_after // 480} working days; "
        f"{len(chained.over_allocations)} over-allocated periods remain"
    )


if __name__ == "__main__":
    main()
