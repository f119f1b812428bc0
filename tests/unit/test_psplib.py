"""The PSPLIB parser on the real benchmark files, and the RCPSP solver on a handful of real instances.

The files live in ``shared/benchmarks/psplib`` beside the repository (the same layout in CI).
"""

from pathlib import Path

import pytest

from services import leveling, psplib

PSPLIB = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "psplib"


def problem(instance: psplib.Instance) -> leveling.Problem:
    precedences = tuple(
        leveling.Precedence(job, successor)
        for job, successors in enumerate(instance.successors)
        for successor in successors
    )
    return leveling.Problem(instance.durations, instance.demands, instance.capacities, precedences)


def test_first_j30_instance_matches_the_file() -> None:
    instance = psplib.read_sm(PSPLIB / "j30.sm" / "j301_1.sm")
    assert instance.name == "j301_1"
    assert instance.job_count == 32
    assert instance.horizon == 158
    assert instance.mpm_time == 38
    assert instance.capacities == (12, 13, 4, 12)
    assert instance.durations[:6] == (0, 8, 4, 6, 3, 8)
    assert instance.durations[-3:] == (2, 2, 0)
    assert sum(instance.durations) == 158
    assert instance.successors[0] == (1, 2, 3)  # job 1 -> jobs 2, 3, 4
    assert instance.successors[1] == (5, 10, 14)  # job 2 -> jobs 6, 11, 15
    assert instance.successors[31] == ()
    assert instance.demands[1] == (4, 0, 0, 0)
    assert instance.demands[19] == (0, 10, 0, 0)  # job 20
    assert instance.demands[25] == (0, 0, 4, 0)  # job 26


def test_all_instances_parse() -> None:
    for name, jobs in (("j30", 32), ("j120", 122)):
        files = sorted((PSPLIB / f"{name}.sm").glob("*.sm"))
        assert len(files) == (480 if name == "j30" else 600)
        for path in files[::40]:
            instance = psplib.read_sm(path)
            assert instance.job_count == jobs
            assert len(instance.capacities) == 4
            assert instance.durations[0] == instance.durations[-1] == 0


def test_solution_lists_and_bounds() -> None:
    optima = psplib.read_makespans(PSPLIB / "solutions" / "j30opt.sm")
    assert len(optima) == 480
    assert optima[1, 1] == 43
    assert optima[48, 10] == 54
    best = psplib.read_makespans(PSPLIB / "solutions" / "j120hrs.sm")
    assert len(best) == 600
    assert best[1, 1] == 105
    bounds = psplib.read_bounds(PSPLIB / "bounds.csv")
    assert bounds["j301_1"] == psplib.Bound(38, 43, 43, True)
    assert bounds["j1201_1"].cpm_lower_bound == 99
    assert all(bounds[f"j30{g}_{i}"].best_known == optima[g, i] for g, i in optima)


def test_instance_names() -> None:
    assert psplib.instance_key("j301_1") == ("j30", 1, 1)
    assert psplib.instance_key("j12060_10") == ("j120", 60, 10)
    with pytest.raises(psplib.PsplibError):
        psplib.instance_key("x1_1")


def test_malformed_text_is_refused() -> None:
    text = (PSPLIB / "j30.sm" / "j301_1.sm").read_text()
    with pytest.raises(psplib.PsplibError, match="line"):
        psplib.parse_sm(text.replace("  5      1     3       3", "  5      1     x       3"))
    with pytest.raises(psplib.PsplibError):
        psplib.parse_sm(text.split("RESOURCEAVAILABILITIES")[0])


@pytest.mark.parametrize("name", ["j301_1", "j3011_3", "j3023_7", "j3037_2", "j3046_5"])
def test_solver_reaches_j30_optimum_or_close(name: str) -> None:
    instance = psplib.read_sm(PSPLIB / "j30.sm" / f"{name}.sm")
    optimum = psplib.read_bounds(PSPLIB / "bounds.csv")[name].best_known
    solution = leveling.solve(problem(instance), time_limit=None, max_schedules=600, seed=1)
    assert solution.makespan <= optimum * 1.05
    assert solution.lower_bound <= optimum <= solution.makespan
    check_feasible(instance, solution.starts)


def check_feasible(instance: psplib.Instance, starts: tuple[int, ...]) -> None:
    for job, successors in enumerate(instance.successors):
        for successor in successors:
            assert starts[successor] >= starts[job] + instance.durations[job]
    finish = max(s + d for s, d in zip(starts, instance.durations, strict=True))
    load = [[0] * finish for _ in instance.capacities]
    for job, start in enumerate(starts):
        for r, amount in enumerate(instance.demands[job]):
            for t in range(start, start + instance.durations[job]):
                load[r][t] += amount
    for r, cap in enumerate(instance.capacities):
        assert max(load[r]) <= cap


def test_large_capacities_take_the_list_based_sgs_and_agree() -> None:
    # Capacities above 255 cannot be bytes: scaling a j120 instance by 300 must give the very same search.
    instance = psplib.read_sm(PSPLIB / "j120.sm" / "j12011_3.sm")
    small = problem(instance)
    large = leveling.Problem(
        small.durations,
        tuple(tuple(300 * q for q in row) for row in small.demands),
        tuple(300 * cap for cap in small.capacities),
        small.precedences,
    )
    first = leveling.solve(small, time_limit=None, max_schedules=150, seed=2)
    second = leveling.solve(large, time_limit=None, max_schedules=150, seed=2)
    assert first.starts == second.starts
    assert (first.makespan, first.lower_bound) == (second.makespan, second.lower_bound)
    check_feasible(instance, first.starts)
