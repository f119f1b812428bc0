"""Benchmark of the foundation: writing a large synthetic project file and loading every task row of it.

Targets (issue 2): ``demo --tasks 100000`` writes the file in <= 20 s; loading every task row for a view <= 1 s.
Also timed, without a target: ``check`` (integrity and domain validation) of the same file.
Run: ``python tests/benchmarks/bench_project_file.py [--tasks 100000] [--runs 3]``; prints medians.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from services import headless, project_file, queries


def median_seconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.3f} s over {len(samples)} runs (min {min(samples):.3f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        write_times = []
        path = Path(folder) / "synthetic.belfry"
        for run in range(args.runs):
            path = Path(folder) / f"synthetic-{run}.belfry"
            started = time.perf_counter()
            headless.create_demo(path, tasks=args.tasks, seed=1)
            write_times.append(time.perf_counter() - started)
        print(f"demo --tasks {args.tasks}: {median_seconds(write_times)}")

        load_times = []
        with project_file.open_for_reading(path) as store:
            project_id = store.read(headless.first_project_id)
            rows: list[queries.TaskRow] = []
            for _ in range(max(5, args.runs)):
                del rows  # the previous load's rows are freed before the clock starts, as a view's first load
                started = time.perf_counter()
                rows = store.read(lambda session: queries.task_rows(session, project_id))
                load_times.append(time.perf_counter() - started)
        print(f"task_rows ({len(rows)} rows): {median_seconds(load_times)}")

        check_times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            headless.check_file(path)
            check_times.append(time.perf_counter() - started)
        print(f"check: {median_seconds(check_times)}")


if __name__ == "__main__":
    main()
