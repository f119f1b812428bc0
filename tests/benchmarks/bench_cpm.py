"""Benchmark of the CPM engine: ``python tests/benchmarks/bench_cpm.py [--runs N] [--sizes 10000,100000]``.

Generates deterministic networks (``random.Random(seed)``): ~1.5 links per task of all four types, a third of them
with a working, elapsed or percent lag or lead, 5 % of the tasks constrained, a summary task per 50 tasks, a few
milestones, on the standard calendar with Belgian public holidays over about five years. Prints the median wall time
of a full ``scheduling.compute`` (forward and backward pass, floats, roll-up) per size.
Targets: 10,000 tasks <= 0.1 s; 100,000 tasks <= 1.0 s. ``bench_cpm_incremental.py`` times rescheduling after
one edit (``scheduling.recompute``) on the same network.
"""

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.enums import ConstraintType, DependencyType, LagKind
from services import scheduling, working_time

PROJECT_START = datetime(2026, 1, 5, 8, 0)
DAY = 480
CONSTRAINTS = (
    ConstraintType.START_NO_EARLIER_THAN,
    ConstraintType.FINISH_NO_EARLIER_THAN,
    ConstraintType.START_NO_LATER_THAN,
    ConstraintType.FINISH_NO_LATER_THAN,
    ConstraintType.MUST_START_ON,
    ConstraintType.AS_LATE_AS_POSSIBLE,
)
TYPES = (
    (DependencyType.FINISH_TO_START,) * 7
    + (DependencyType.START_TO_START,) * 1
    + (DependencyType.FINISH_TO_FINISH,) * 1
    + (DependencyType.START_TO_FINISH,) * 1
)


def network(size: int, seed: int = 1) -> scheduling.ScheduleInput:
    """A random layered network of ``size`` tasks, spanning roughly five years."""
    rng = random.Random(seed)
    tasks: list[scheduling.TaskInput] = []
    links: list[scheduling.LinkInput] = []
    span_days = 5 * 250
    summary_id = -1
    for task_id in range(size):
        if task_id % 50 == 0:
            summary_id = task_id
            tasks.append(scheduling.TaskInput(id=task_id, duration=0))
            continue
        constraint = ConstraintType.AS_SOON_AS_POSSIBLE
        constraint_date = None
        if rng.random() < 0.05:
            constraint = rng.choice(CONSTRAINTS)
            offset = int(task_id / size * span_days) + rng.randint(0, 20)
            constraint_date = PROJECT_START + timedelta(days=offset * 7 // 5)
        milestone = rng.random() < 0.02
        tasks.append(
            scheduling.TaskInput(
                id=task_id,
                duration=0 if milestone else rng.randint(1, 15) * DAY // 2,
                milestone=milestone,
                parent_id=summary_id,
                constraint=constraint,
                constraint_date=constraint_date,
            )
        )
    # Links go from a recent task to a later one, so the network is a DAG whose depth keeps it ~5 years long.
    window = max(25, size // 100)
    for _ in range(size * 3 // 2):
        successor = rng.randrange(1, size)
        predecessor = rng.randrange(max(0, successor - window), successor)
        if predecessor % 50 == 0 or successor % 50 == 0:
            continue
        kind = LagKind.WORKING
        lag = 0
        percent = 0.0
        roll = rng.random()
        if roll < 0.15:
            lag = rng.randint(-2, 5) * DAY
        elif roll < 0.25:
            kind = LagKind.ELAPSED
            lag = rng.randint(1, 4) * 1440
        elif roll < 0.33:
            kind = LagKind.PERCENT
            percent = rng.choice((-25.0, 50.0, 100.0))
        links.append(scheduling.LinkInput(predecessor, successor, rng.choice(TYPES), kind, lag, percent))
    return scheduling.ScheduleInput(
        project_start=PROJECT_START,
        tasks=tasks,
        links=links,
        calendars={"standard": working_time.standard_calendar()},
        project_calendar="standard",
    )


def main() -> None:
    """Time ``compute`` on each size and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="10000,100000")
    arguments = parser.parse_args()
    for size in (int(text) for text in arguments.sizes.split(",")):
        schedule_input = network(size)
        timings = []
        cpu_timings = []
        for _ in range(arguments.runs):
            began, cpu_began = time.perf_counter(), time.process_time()
            result = scheduling.compute(schedule_input)
            timings.append(time.perf_counter() - began)
            cpu_timings.append(time.process_time() - cpu_began)
        finish = result.project_finish
        critical = sum(1 for task in result.tasks.values() if task.critical)
        print(
            f"{size:>7} tasks, {len(schedule_input.links):>7} links: median {statistics.median(timings):.3f} s "
            f"(min {min(timings):.3f} s, CPU median {statistics.median(cpu_timings):.3f} s, {arguments.runs} runs); "
            f"finish {finish:%Y-%m-%d %H:%M}, "
            f"{critical} critical, {len(result.problems)} problems"
        )


if __name__ == "__main__":
    main()
