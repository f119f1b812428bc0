"""PSPLIB benchmark of the RCPSP solver: ``python tests/benchmarks/bench_psplib.py [--set j30|j120] [--limit N]
[--time-limit S] [--seed K]``.

Solves every instance of the j30 (480 instances, 30 activities) and j120 (600, 120 activities) sets of
``shared/benchmarks/psplib`` with ``leveling.solve`` under a wall-clock budget per instance (0.9 s by default, so
that parsing and setup stay within the 1 s limit under load) and prints, per set, the average deviation of the
makespan from the proven optimum (j30; best known for the others) and from the critical-path lower bound (the usual
figure for j120), how many instances reach the optimum / best known, the schedules generated per instance (median)
and the wall time per instance (median and max, parsing included). ``--limit N`` takes N instances spread evenly
over the set. Targets (issue 3): j30 <= 1.5 % from the optima; j120 <= 36 % from the critical-path bound.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from services import leveling, psplib

PSPLIB = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "psplib"


def problem(instance: psplib.Instance) -> leveling.Problem:
    """The instance as an RCPSP of the solver (plain finish-to-start links)."""
    precedences = tuple(
        leveling.Precedence(job, successor)
        for job, successors in enumerate(instance.successors)
        for successor in successors
    )
    return leveling.Problem(instance.durations, instance.demands, instance.capacities, precedences)


def run_set(name: str, limit: int | None, time_limit: float, seed: int) -> None:
    bounds = psplib.read_bounds(PSPLIB / "bounds.csv")
    files = sorted((PSPLIB / f"{name}.sm").glob("*.sm"), key=lambda path: psplib.instance_key(path.stem))
    if limit is not None and limit < len(files):
        step = len(files) / limit
        files = [files[int(k * step)] for k in range(limit)]
    from_best: list[float] = []
    from_bound: list[float] = []
    seconds: list[float] = []
    schedules: list[int] = []
    hits = 0
    load_before = os.getloadavg()[0]
    for path in files:
        began = time.perf_counter()
        instance = psplib.read_sm(path)
        solution = leveling.solve(problem(instance), time_limit=time_limit, seed=seed)
        seconds.append(time.perf_counter() - began)
        schedules.append(solution.schedules)
        bound = bounds[instance.name]
        from_best.append(100 * (solution.makespan - bound.best_known) / bound.best_known)
        from_bound.append(100 * (solution.makespan - bound.cpm_lower_bound) / bound.cpm_lower_bound)
        hits += solution.makespan <= bound.best_known
    reference = "optimum" if name == "j30" else "best known"
    print(
        f"{name}: {len(files)} instances, budget {time_limit:g} s each, load average {load_before:.2f} -> "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    )
    print(f"  average deviation from the {reference}: {statistics.mean(from_best):.2f} % ({hits} reached)")
    print(f"  average deviation from the critical-path lower bound: {statistics.mean(from_bound):.2f} %")
    print(
        f"  time per instance: median {statistics.median(seconds):.3f} s, max {max(seconds):.3f} s; "
        f"schedules per instance: median {statistics.median(schedules):.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("j30", "j120"), action="append", dest="sets")
    parser.add_argument("--limit", type=int, default=None, help="instances per set, spread evenly")
    parser.add_argument("--time-limit", type=float, default=0.9, help="seconds per instance (solver budget)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for name in args.sets or ["j30", "j120"]:
        run_set(name, args.limit, args.time_limit, args.seed)


if __name__ == "__main__":
    main()
