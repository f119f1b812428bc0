"""Benchmark of ``schedule FILE`` end to end: ``python tests/benchmarks/bench_schedule_file.py [--tasks N] [--runs R]``.

Creates a synthetic project (``demo --tasks N``, default 10,000) once, then times ``python main.py schedule COPY
--json`` in a fresh process on a fresh copy of it, R times (interpreter start, imports, opening the file, scheduling,
storing the dates, saving and printing the JSON to a pipe). Prints the median. Target (issue 3): <= 2 s at 10,000.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from services import headless

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "synthetic.belfry"
        headless.create_demo(original, tasks=args.tasks, seed=1)
        samples = []
        for run in range(args.runs):
            copy = Path(folder) / f"run-{run}.belfry"
            shutil.copyfile(original, copy)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "schedule", str(copy), "--json"],
                check=True,
                stdout=subprocess.PIPE,
            )
            samples.append(time.perf_counter() - started)
    print(
        f"schedule FILE --json, {args.tasks} tasks: median {statistics.median(samples):.2f} s "
        f"over {len(samples)} runs (min {min(samples):.2f} s)"
    )


if __name__ == "__main__":
    main()
