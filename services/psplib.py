"""Parser of PSPLIB single-mode RCPSP instances (``.sm``) and of their optimum / best-known / bound files.

PSPLIB (Kolisch & Sprecher 1996) is the standard benchmark for resource-constrained project scheduling. An ``.sm``
file describes one project: jobs numbered 1..n+2 (1 and n+2 are the dummy source and sink), each with one mode, a
duration, its successors and its demand on each renewable resource, and the resources' capacities.

Everything here is pure: text in, plain values out. Jobs are **0-based** in :class:`Instance` (job ``k`` of the file
is index ``k - 1``). Malformed input raises :class:`PsplibError` (a ``ValueError``) naming the line.
"""

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path


class PsplibError(ValueError):
    """A PSPLIB file does not have the expected format."""


@dataclass(frozen=True, slots=True)
class Instance:
    """One single-mode RCPSP instance.

    Attributes:
        name: the instance name, e.g. ``j301_1`` (the file name without ``.sm``).
        durations: per job (dummies included, 0-based), in the instance's time units.
        successors: per job, the 0-based indices of its immediate successors (finish-to-start, no lag).
        demands: per job, its demand on each renewable resource.
        capacities: per renewable resource, its constant capacity.
        horizon: the file's horizon (sum of durations).
        mpm_time: the file's ``MPM-Time``: the critical-path length, a lower bound of the makespan.
    """

    name: str
    durations: tuple[int, ...]
    successors: tuple[tuple[int, ...], ...]
    demands: tuple[tuple[int, ...], ...]
    capacities: tuple[int, ...]
    horizon: int
    mpm_time: int

    @property
    def job_count(self) -> int:
        """Number of jobs, both dummies included."""
        return len(self.durations)


@dataclass(frozen=True, slots=True)
class Bound:
    """Reference values of one instance, as in ``bounds.csv``.

    Attributes:
        cpm_lower_bound: the critical-path length (resources ignored).
        lower_bound: the best lower bound known; None where the file gives none (a few j60 instances).
        best_known: the best makespan known (the optimum if ``proven_optimal``).
        proven_optimal: whether ``best_known`` is proven optimal.
    """

    cpm_lower_bound: int
    lower_bound: int | None
    best_known: int
    proven_optimal: bool


def instance_key(name: str) -> tuple[str, int, int]:
    """``("j30", 1, 1)`` for ``"j301_1"``: the set, the parameter group and the instance number.

    The set is the shortest ``j`` + digits prefix that is a known PSPLIB set (j30, j60, j90, j120).

    Raises:
        PsplibError: the name is not a PSPLIB instance name.
    """
    for prefix in ("j120", "j30", "j60", "j90"):
        rest = name[len(prefix) :]
        if name.startswith(prefix) and re.fullmatch(r"\d+_\d+", rest):
            group, number = rest.split("_")
            return prefix, int(group), int(number)
    raise PsplibError(f"not a PSPLIB instance name: {name!r}")


def _ints(line: str, number: int) -> list[int]:
    try:
        return [int(token) for token in line.split()]
    except ValueError:
        raise PsplibError(f"line {number}: expected integers, got {line.strip()!r}") from None


def _field(lines: list[str], label: str) -> int:
    for number, line in enumerate(lines, 1):
        if line.startswith(label):
            value = line.split(":", 1)[1].split()
            if not value or not value[0].isdigit():
                raise PsplibError(f"line {number}: no number after {label!r}")
            return int(value[0])
    raise PsplibError(f"no {label!r} line")


def _section(lines: list[str], title: str) -> int:
    for number, line in enumerate(lines):
        if line.startswith(title):
            return number
    raise PsplibError(f"no {title!r} section")


def parse_sm(text: str, name: str = "") -> Instance:
    """Parse the text of a single-mode ``.sm`` file.

    Raises:
        PsplibError: the text is not a valid single-mode instance.
    """
    lines = text.splitlines()
    job_count = _field(lines, "jobs (incl. supersource/sink )")
    horizon = _field(lines, "horizon")
    resource_count = _field(lines, "  - renewable")
    info = _section(lines, "PROJECT INFORMATION")
    info_values = _ints(lines[info + 2], info + 3)
    if len(info_values) != 6:
        raise PsplibError(f"line {info + 3}: expected 6 project values")
    mpm_time = info_values[5]

    successors: list[tuple[int, ...]] = []
    first = _section(lines, "PRECEDENCE RELATIONS") + 2
    for offset in range(job_count):
        number = first + offset
        values = _ints(lines[number], number + 1) if number < len(lines) else []
        if len(values) < 3 or values[0] != offset + 1 or values[1] != 1 or len(values) != 3 + values[2]:
            raise PsplibError(f"line {number + 1}: bad precedence line for job {offset + 1}")
        if any(not 1 <= job <= job_count for job in values[3:]):
            raise PsplibError(f"line {number + 1}: successor out of range")
        successors.append(tuple(job - 1 for job in values[3:]))

    durations: list[int] = []
    demands: list[tuple[int, ...]] = []
    first = _section(lines, "REQUESTS/DURATIONS") + 3
    for offset in range(job_count):
        number = first + offset
        values = _ints(lines[number], number + 1) if number < len(lines) else []
        if len(values) != 3 + resource_count or values[0] != offset + 1 or values[1] != 1:
            raise PsplibError(f"line {number + 1}: bad request line for job {offset + 1}")
        if min(values[2:]) < 0:
            raise PsplibError(f"line {number + 1}: negative duration or demand")
        durations.append(values[2])
        demands.append(tuple(values[3:]))

    number = _section(lines, "RESOURCEAVAILABILITIES") + 2
    capacities = _ints(lines[number], number + 1) if number < len(lines) else []
    if len(capacities) != resource_count:
        raise PsplibError(f"line {number + 1}: expected {resource_count} capacities")
    return Instance(
        name=name,
        durations=tuple(durations),
        successors=tuple(successors),
        demands=tuple(demands),
        capacities=tuple(capacities),
        horizon=horizon,
        mpm_time=mpm_time,
    )


def read_sm(path: Path) -> Instance:
    """Read one ``.sm`` file; the instance is named after the file (``j301_1.sm`` -> ``j301_1``)."""
    return parse_sm(path.read_text(encoding="ascii"), path.stem)


def parse_makespans(text: str) -> dict[tuple[int, int], int]:
    """The makespans of a solution list (``j30opt.sm``, ``j120hrs.sm``...) by (parameter group, instance number).

    Every line whose first three fields are integers is an entry; headers, rules and trailing fields (CPU time,
    date, author) are skipped.
    """
    found: dict[tuple[int, int], int] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3 and all(field.isdigit() for field in fields[:3]):
            found[int(fields[0]), int(fields[1])] = int(fields[2])
    return found


def read_makespans(path: Path) -> dict[tuple[int, int], int]:
    """Read a solution list; ``j120hrs.sm`` is Latin-1 (authors' names), the others ASCII."""
    return parse_makespans(path.read_text(encoding="latin-1"))


def parse_bounds(text: str) -> dict[str, Bound]:
    """``bounds.csv`` (columns set, instance, n_jobs, cpm_lb, mpm_time_in_file, lower_bound, best_known,
    proven_optimal) by instance name.

    Raises:
        PsplibError: a row lacks a column or holds a non-integer.
    """
    found: dict[str, Bound] = {}
    for row in csv.DictReader(io.StringIO(text)):
        try:
            found[row["instance"]] = Bound(
                cpm_lower_bound=int(row["cpm_lb"]),
                lower_bound=int(row["lower_bound"]) if row["lower_bound"].strip() else None,
                best_known=int(row["best_known"]),
                proven_optimal=row["proven_optimal"].strip() == "1",
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise PsplibError(f"bounds: bad row {row!r}") from None
    return found


def read_bounds(path: Path) -> dict[str, Bound]:
    """Read ``bounds.csv``."""
    return parse_bounds(path.read_text(encoding="utf-8"))
