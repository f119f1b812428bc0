"""Benchmark of the EVM engine: ``python tests/benchmarks/bench_evm.py [--runs N] [--tasks 10000] [--weeks 104]``.

Generates a deterministic project (``random.Random(seed)``): a summary task per 50 work packages, budgets of 1-50 k€
spread linearly, front- or back-loaded over 1-40 working days within two years, all five earned-value techniques,
progress up to the status date (one year in), one to three cost entries per started task, three cost categories,
on the standard calendar with Belgian public holidays (``services.working_time``). Prints the median wall time of a
full ``evm.compute`` (PV/EV/AC per week, every indicator and Earned Schedule per period, roll-ups per branch and
category). Target: 10,000 tasks over 104 weekly periods <= 1.0 s. The median CPU time of the process is printed too,
and the load average, because wall time on a shared machine moves with the load.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.enums import CostCategory, EarnedValueTechnique, HolidayLayer
from services import evm, working_time

PROJECT_START = date(2026, 1, 5)
CATEGORIES = (CostCategory.PERSONNEL, CostCategory.EXTERNAL_SERVICES, CostCategory.HARDWARE)


def build(tasks: int, weeks: int, seed: int = 1) -> tuple[list[evm.TaskInput], evm.PeriodGrid, date, evm.WorkingAxis]:
    rng = random.Random(seed)
    calendar = working_time.standard_calendar(holiday_layers=(HolidayLayer.BELGIAN_PUBLIC,))
    index = working_time.WorkingTimeIndex(calendar, PROJECT_START, PROJECT_START + timedelta(weeks=weeks + 10))
    status = PROJECT_START + timedelta(weeks=weeks // 2, days=2)
    horizon = weeks * 7 - 60
    inputs: list[evm.TaskInput] = []
    summary: int | None = None
    for key in range(tasks):
        if key % 51 == 0:
            inputs.append(evm.TaskInput(key))
            summary = key
            continue
        start = PROJECT_START + timedelta(days=rng.randrange(horizon))
        finish = start + timedelta(days=rng.randrange(1, 56))
        begin = datetime.combine(start, datetime.min.time()).replace(hour=8)
        end = datetime.combine(finish, datetime.min.time()).replace(hour=17)
        started = start <= status
        share = min(100, max(0, (status - start).days * 100 // max((finish - start).days, 1))) if started else 0
        technique = rng.choice(list(EarnedValueTechnique))
        inputs.append(
            evm.TaskInput(
                key,
                parent=summary,
                category=rng.choice(CATEGORIES),
                budget=Decimal(rng.randrange(100_000, 5_000_000)) / 100,
                baseline_start=begin,
                baseline_finish=end,
                spread=rng.choice(list(evm.Spread)),
                technique=technique,
                percent_complete=share,
                physical_percent_complete=share,
                actual_start=start if started else None,
                actual_finish=finish if share == 100 and finish <= status else None,
                milestones=tuple(
                    evm.Milestone(rng.randint(1, 3), done_on=start if started and rng.random() < 0.5 else None)
                    for _ in range(3 if technique is EarnedValueTechnique.WEIGHTED_MILESTONES else 0)
                ),
                actual_costs=tuple(
                    evm.ActualCost(Decimal(rng.randrange(10_000, 500_000)) / 100, start + timedelta(days=k))
                    for k in range(rng.randint(1, 3) if started else 0)
                ),
            )
        )
    grid = evm.period_grid(evm.PeriodKind.WEEK, PROJECT_START, PROJECT_START + timedelta(weeks=weeks - 1))
    return inputs, grid, status, index.to_minutes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--weeks", type=int, default=104)
    args = parser.parse_args()
    tasks, grid, status, axis = build(args.tasks, args.weeks)
    timings, cpu = [], []
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = evm.compute(tasks, grid, status, axis=axis)
        timings.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    project = result.project
    print(
        f"{args.tasks} tasks, {len(result.periods)} weekly periods, {len(result.branches)} branches: "
        f"median {statistics.median(timings):.3f} s (min {min(timings):.3f} s, {args.runs} runs; "
        f"CPU median {statistics.median(cpu):.3f} s; load average {os.getloadavg()[0]:.2f})"
    )
    print(
        f"  BAC {project.bac} PV {project.pv} EV {project.ev} AC {project.ac} "
        f"SPI {project.indicators.spi:.3f} CPI {project.indicators.cpi:.3f} SPI(t) {project.schedule.spi_t:.3f} "
        f"forecast {project.forecast_finish} issues {len(result.issues)}"
    )


if __name__ == "__main__":
    main()
