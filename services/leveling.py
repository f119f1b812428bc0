"""Resource leveling: a resource-constrained project scheduling (RCPSP) solver and the leveling of real projects.

Three entry points, all pure (plain values in, values out; no database, no Qt):

* :func:`solve` minimises the makespan of an RCPSP on integer time units: activities with fixed durations and
  constant demands, start-to-start minimum distances (any FS/SS/FF/SF link with a lag becomes one), renewable
  resources of constant capacity. It is the engine measured on PSPLIB (``tests/benchmarks/bench_psplib.py``).
* :func:`level_schedule` levels a real project (a :class:`scheduling.ScheduleInput`): CPM without delays ->
  leveling pass -> CPM with the delays. It delays tasks so that no resource is loaded beyond its max units,
  following the leveling priority rules, and returns each task's **leveling delay** (working minutes, stored in
  ``Task.leveling_delay`` apart from the plan), the leveled schedule and the over-allocations that remain
  (:mod:`services.leveling_service` maps it to the database).
* :func:`level` runs the same pass on a plain network of tasks on the project calendar (dates, durations, links
  as start-to-start distances).

Algorithm of :func:`solve` (all schedules come from the serial schedule generation scheme, SGS):

1. Priority-rule lists (LFT, LST, MTS, GRPW, shortest LFT slack) and regret-biased random sampling on LFT
   (Kolisch 1996) seed a population; every schedule is improved by forward-backward improvement, i.e. double
   justification (Valls, Ballestin & Quintanilla 2005; Tormos & Lova 2001): a backward SGS pass over the activities
   by decreasing finish, then a forward pass by increasing start, repeated while the makespan shrinks.
2. A genetic algorithm on activity lists (Hartmann 1998): two-point crossover, precedence-preserving adjacent-swap
   mutation, ranking selection; each child is decoded and justified, and its list replaced by the order of its
   improved schedule.
3. It stops at the time limit, at the schedule budget, or as soon as a lower bound (critical path, resource
   energy) is reached. Everything random comes from one ``random.Random(seed)``: with ``max_schedules`` (and no
   time limit) the result is deterministic.

The SGS keeps, per resource, the free capacity of each time unit in a ``bytearray`` (capacities up to 255, as in
PSPLIB; plain lists otherwise): translating it through a per-demand table gives a byte per unit telling whether the
demand fits, and ``find`` of a run of ``duration`` ones gives the earliest window, both in C.

Algorithm of :func:`level_schedule` and :func:`level` (one serial pass, as a project manager expects, so
priorities hold -- MS Project's "standard" leveling order: it delays tasks, it never splits them):

* Tasks are taken, among those whose predecessors are placed, by **priority** (higher first; 1000 = never
  delayed), then **smaller total float**, then **id**. Each is placed at the earliest start, no earlier than where
  its links put it, at which its resources have room for its whole duration.
* :func:`level_schedule` walks the project's own network and moves every node **exactly as the CPM engine does**:
  the same floors (project start, status date, an SNET date before the project start), FS/SS/FF/SF links with
  working, elapsed and percent lags, summary start gates, finish gates and start roll-ups (links to and from
  summaries), constraints, task calendars and elapsed durations. Each delayed task gets the
  ``TaskInput.leveling_delay`` the engine needs -- its leveled start minus its start bound (the latest of the
  project start and its FS/SS links), because the engine adds the delay there, before FF/SF links and constraints
  -- so rescheduling with the delays gives the leveled dates; any disagreement is corrected and reported
  (``LeveledSchedule.mismatched``, empty on the benchmarks and the property tests).
* Time is the project calendar's working minutes. Resource capacity is evaluated per **granule** of working time
  (``granularity`` minutes; by default the greatest common divisor of the starts, durations, lags and the calendar's
  working day, so whole-hour or whole-day data are leveled exactly; coarsened to 1 h, 4 h, 1 day... when the
  project would otherwise span more than 100,000 granules): a task loads every granule its working time touches
  with its full units. Starts and delays stay exact minutes.
* **Resource calendars.** Tasks run on their own (or the project) calendar; a resource works on a task during its
  own working time within the task's span, at the assigned units, and is available at its max units then. So a
  granule in which the resource does not work (a part-timer's Wednesday, leave) is neither checked nor loaded: a
  five-day task runs across a four-fifths resource's day off. The one rule left: a task is not placed entirely
  in the time off of one of its resources (it waits until the resource works). The CPM engine does not stretch a
  task by its resources' calendars (no effort-driven scheduling), so the task keeps its duration; the work the
  resource does on it is simply smaller.
* Started tasks and tasks that must start or finish on a date keep their dates and their load. SNLT/FNLT tasks are
  delayed only as far as their constraint allows, and with ``within_float_only`` no task is delayed beyond its
  unleveled late start: a task that does not fit by then stays where its links put it and the conflict is reported.
  ALAP tasks are not leveled: the engine places them after leveling, from their successors' dates, and the final
  report measures their load. Priority-1000 tasks follow their links but are never delayed.
* Remaining over-allocations are reported per resource and period (peak demand vs max units, tasks involved),
  measured on the final schedule.
"""

import gc
import heapq
import math
import random
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import repeat
from operator import add, mul, sub

from model.enums import ConstraintType, DependencyType, LagKind
from services import network_codes, scheduling, working_time

# ---------------------------------------------------------------------------------------------------------------
# RCPSP core
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Precedence:
    """A link between two activities of a :class:`Problem`, by 0-based index.

    ``lag`` is in the problem's time units (negative = lead). FS: ``succ.start >= pred.finish + lag``; SS:
    ``succ.start >= pred.start + lag``; FF: ``succ.finish >= pred.finish + lag``; SF: ``succ.finish >= pred.start +
    lag``.
    """

    predecessor: int
    successor: int
    type: DependencyType = DependencyType.FINISH_TO_START
    lag: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """A resource-constrained project scheduling problem on integer time units.

    Attributes:
        durations: per activity (>= 0).
        demands: per activity, its demand on each resource (>= 0, at most the capacity).
        capacities: per resource, its constant capacity.
        precedences: the links; they must not form a cycle.
    """

    durations: tuple[int, ...]
    demands: tuple[tuple[int, ...], ...]
    capacities: tuple[int, ...]
    precedences: tuple[Precedence, ...]


@dataclass(frozen=True, slots=True)
class Solution:
    """The best schedule found.

    Attributes:
        starts: per activity, its start (time 0 = the earliest possible start of the project).
        makespan: the latest finish.
        lower_bound: the best of the critical-path and resource-energy bounds (``makespan == lower_bound`` proves
            optimality).
        schedules: how many schedules were generated (SGS passes, justification passes included).
        seconds: wall time spent.
    """

    starts: tuple[int, ...]
    makespan: int
    lower_bound: int
    schedules: int
    seconds: float


def distance(kind: DependencyType, lag: int, predecessor_duration: int, successor_duration: int) -> int:
    """The start-to-start minimum distance that a link of type ``kind`` with ``lag`` imposes."""
    if kind is DependencyType.FINISH_TO_START:
        return predecessor_duration + lag
    if kind is DependencyType.START_TO_START:
        return lag
    if kind is DependencyType.FINISH_TO_FINISH:
        return predecessor_duration - successor_duration + lag
    return lag - successor_duration


def _topological(count: int, succs: list[list[tuple[int, int]]]) -> list[int] | None:
    """A topological order (Kahn, smallest index first among the ready ones), or None on a cycle."""
    waiting = [0] * count
    for edges in succs:
        for target, _gap in edges:
            waiting[target] += 1
    ready = [node for node in range(count) if not waiting[node]]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for target, _gap in succs[node]:
            waiting[target] -= 1
            if not waiting[target]:
                heapq.heappush(ready, target)
    return order if len(order) == count else None


class _Instance:
    """A :class:`Problem` compiled for the SGS: a virtual source (index n) and sink (n + 1) are added, links become
    start-to-start distances, both directions precomputed."""

    def __init__(self, problem: Problem) -> None:  # noqa: PLR0912, PLR0915 (validation and compilation in one place)
        n = len(problem.durations)
        if len(problem.demands) != n:
            raise ValueError("one demand tuple per activity is needed")
        caps = list(problem.capacities)
        size = n + 2
        self.n = n
        self.size = size
        self.source, self.sink = n, n + 1
        self.durations = [*problem.durations, 0, 0]
        if min(self.durations, default=0) < 0:
            raise ValueError("durations must be >= 0")
        self.capacities = caps
        self.demands: list[list[tuple[int, int]]] = []
        for activity, row in enumerate(problem.demands):
            if len(row) != len(caps):
                raise ValueError(f"activity {activity}: one demand per resource is needed")
            for resource, amount in enumerate(row):
                if amount < 0 or amount > caps[resource]:
                    raise ValueError(f"activity {activity}: demand {amount} on resource {resource} is infeasible")
            self.demands.append([(r, q) for r, q in enumerate(row) if q > 0 and self.durations[activity] > 0])
        self.demands += [[], []]
        succs: list[list[tuple[int, int]]] = [[] for _ in range(size)]
        durations = self.durations
        for link in problem.precedences:
            p, s = link.predecessor, link.successor
            if not (0 <= p < n and 0 <= s < n) or p == s:
                raise ValueError(f"bad precedence {link}")
            succs[p].append((s, distance(link.type, link.lag, durations[p], durations[s])))
        has_pred = [False] * size
        for edges in succs:
            for target, _gap in edges:
                has_pred[target] = True
        for activity in range(n):
            if not has_pred[activity]:
                succs[self.source].append((activity, 0))
            succs[activity].append((self.sink, durations[activity]))
        if not n:
            succs[self.source].append((self.sink, 0))
        order = _topological(size, succs)
        if order is None:
            raise ValueError("the precedences form a cycle")
        self.order = order
        self.rank = [0] * size
        for position, node in enumerate(order):
            self.rank[node] = position
        self.mirror_rank = [size - position for position in self.rank]
        self.succs = succs
        preds: list[list[tuple[int, int]]] = [[] for _ in range(size)]
        for p, edges in enumerate(succs):
            for s, gap in edges:
                preds[s].append((p, gap))
        self.preds = preds
        # Mirror (backward) network: activity i starts at T - finish(i); an edge p -> s with distance g becomes
        # s -> p with distance d(s) - d(p) + g.
        self.mirror_preds: list[list[tuple[int, int]]] = [
            [(s, durations[s] - durations[p] + gap) for s, gap in succs[p]] for p in range(size)
        ]
        self.mirror_succs: list[list[tuple[int, int]]] = [[] for _ in range(size)]
        for p, edges in enumerate(self.mirror_preds):
            for s, gap in edges:
                self.mirror_succs[s].append((p, gap))
        self.monotone = all(gap >= 0 for edges in succs for _s, gap in edges) and all(
            gap >= 0 for edges in self.mirror_preds for _s, gap in edges
        )
        self.direct = [{s for s, _gap in edges} for edges in succs]
        # A serial SGS never starts an activity later than the latest finish so far plus the positive lag of one of
        # its links (there is always room after everything placed), in either direction.
        self.horizon = sum(durations) + sum(max(0, link.lag) for link in problem.precedences) + 1
        self.small = max(caps, default=0) <= _BYTE
        self._bounds()

    def _bounds(self) -> None:
        """Earliest and latest starts without resources (latest against the critical-path length), the lower
        bound."""
        size = self.size
        early = [0] * size
        for node in self.order:
            for s, gap in self.succs[node]:
                early[s] = max(early[s], early[node] + gap)
        length = early[self.sink]
        late = [length] * size
        for node in reversed(self.order):
            for s, gap in self.succs[node]:
                late[node] = min(late[node], late[s] - gap)
        self.early, self.late = early, late
        energy = 0
        for resource, cap in enumerate(self.capacities):
            work = sum(self.durations[a] * q for a in range(size) for r, q in self.demands[a] if r == resource)
            if cap > 0:
                energy = max(energy, -(-work // cap))
        self.critical_path = length
        self.lower_bound = max(length, energy)


def _sgs(order: Sequence[int], preds: list[list[tuple[int, int]]], network: "_Instance") -> list[int]:
    """The serial schedule generation scheme: each activity of the precedence-feasible ``order`` at its earliest
    precedence- and resource-feasible start. Returns the starts.

    The hot loop of :func:`solve`. With capacities up to 255 (PSPLIB's are), each resource's free capacity per
    time unit is a ``bytearray``: translating it through a table gives a byte per unit telling whether the demand
    fits, and ``find`` of a run of ``duration`` ones gives the earliest window, both in C; resources are searched
    in turn until they agree. Larger capacities use :func:`_sgs_lists`.
    """
    if not network.small:
        return _sgs_lists(order, preds, network)
    durations, demands = network.durations, network.demands
    horizon = network.horizon
    free = [bytearray((cap,)) * horizon for cap in network.capacities]
    fits, takes, runs = _FITS, _TAKES, _RUNS
    start = [0] * len(durations)
    for j in order:
        t = 0
        for p, gap in preds[j]:
            if start[p] + gap > t:  # noqa: PLR1730 (hot loop: a comparison is cheaper than a call to max)
                t = start[p] + gap
        request = demands[j]
        if request:
            d = durations[j]
            run = runs[d]
            if len(request) == 1:
                r, q = request[0]
                t = free[r].translate(fits[q]).find(run, t)
            else:
                count = len(request)
                agreed = k = 0
                while agreed < count:
                    r, q = request[k]
                    found = free[r].translate(fits[q]).find(run, t)
                    if found == t:
                        agreed += 1
                    else:
                        t = found
                        agreed = 1
                    k = k + 1 if k + 1 < count else 0
            end = t + d
            for r, q in request:
                row = free[r]
                row[t:end] = row[t:end].translate(takes[q])
        start[j] = t
    return start


_BYTE = 255
_FITS = [bytes(int(x >= q) for x in range(256)) for q in range(256)]
"""Per demand q, the table mapping a free capacity to 1 if q fits in it."""
_TAKES = [bytes((x - q) & _BYTE for x in range(256)) for q in range(256)]
"""Per demand q, the table mapping a free capacity to what remains after taking q."""


class _Runs(dict[int, bytes]):
    """Runs of ``n`` one-bytes, made on first use."""

    def __missing__(self, n: int) -> bytes:
        run = self[n] = b"\x01" * n
        return run


_RUNS = _Runs()


def _sgs_lists(order: Sequence[int], preds: list[list[tuple[int, int]]], network: "_Instance") -> list[int]:
    """The serial SGS on lists of free capacity, for any capacity: the window test is ``min`` over a slice; on a
    conflict the search jumps past the last overloaded unit of the window."""
    durations, demands = network.durations, network.demands
    free = [[cap] * network.horizon for cap in network.capacities]
    start = [0] * len(durations)
    for j in order:
        t = 0
        for p, gap in preds[j]:
            if start[p] + gap > t:  # noqa: PLR1730 (hot loop: a comparison is cheaper than a call to max)
                t = start[p] + gap
        request = demands[j]
        if request:
            d = durations[j]
            while True:
                end = t + d
                for r, q in request:
                    row = free[r]
                    if min(row[t:end]) < q:
                        k = end - 1
                        while row[k] >= q:
                            k -= 1
                        t = k + 1
                        break
                else:
                    break
            end = t + d
            for r, q in request:
                row = free[r]
                row[t:end] = map(sub, row[t:end], repeat(q))
        start[j] = t
    return start


_MUTATION = 0.05
_STALE_GENERATIONS = 25


class _Solver:
    """State of one :func:`solve` run."""

    def __init__(self, inst: _Instance, rng: random.Random, deadline: float, budget: int) -> None:
        self.inst = inst
        self.rng = rng
        self.deadline = deadline
        self.budget = budget
        self.schedules = 0
        self.best_starts: list[int] = []
        self.best = 1 << 62

    def exhausted(self) -> bool:
        return (
            self.best <= self.inst.lower_bound
            or self.schedules >= self.budget
            or (self.deadline != math.inf and time.perf_counter() >= self.deadline)
        )

    def sort_by(self, key: list[int], mirror: bool = False) -> list[int]:
        """The activities by increasing ``key``, ties by topological rank; precedence-feasible."""
        inst = self.inst
        if not inst.monotone:
            return self._topological_by(key, inst.mirror_succs if mirror else inst.succs)
        size = inst.size
        # One integer per activity, looked up in C: key first, topological rank (reversed for the mirror) second.
        ranks = inst.mirror_rank if mirror else inst.rank
        keys = list(map(add, map(mul, key, repeat(size)), ranks))
        return sorted(range(size), key=keys.__getitem__)

    def _topological_by(self, key: list[int], succs: list[list[tuple[int, int]]]) -> list[int]:
        size = self.inst.size
        waiting = [0] * size
        for edges in succs:
            for s, _gap in edges:
                waiting[s] += 1
        ready = [(key[a], a) for a in range(size) if not waiting[a]]
        heapq.heapify(ready)
        order: list[int] = []
        while ready:
            _k, a = heapq.heappop(ready)
            order.append(a)
            for s, _gap in succs[a]:
                waiting[s] -= 1
                if not waiting[s]:
                    heapq.heappush(ready, (key[s], s))
        return order

    def forward(self, order: Sequence[int]) -> list[int]:
        inst = self.inst
        self.schedules += 1
        return _sgs(order, inst.preds, inst)

    def improve(self, starts: list[int]) -> tuple[list[int], int]:
        """Forward-backward improvement (double justification) until the makespan stops shrinking."""
        inst = self.inst
        durations = inst.durations
        size = inst.size
        sink, source = inst.sink, inst.source
        makespan = starts[sink]
        while True:
            finish_key = [-(starts[a] + durations[a]) for a in range(size)]
            mirror = _sgs(self.sort_by(finish_key, mirror=True), inst.mirror_preds, inst)
            span = mirror[source]
            back = [span - mirror[a] - durations[a] for a in range(size)]
            candidate = self.forward(self.sort_by(back))
            self.schedules += 1
            if candidate[sink] < makespan:
                starts, makespan = candidate, candidate[sink]
                self.record(starts)
                if self.exhausted():
                    return starts, makespan
                continue
            if candidate[sink] == makespan:
                starts = candidate
            return starts, makespan

    def record(self, starts: list[int]) -> None:
        if starts[self.inst.sink] < self.best:
            self.best = starts[self.inst.sink]
            self.best_starts = starts

    def evaluate(self, order: Sequence[int]) -> tuple[list[int], int]:
        starts = self.forward(order)
        self.record(starts)
        if self.exhausted():
            return starts, starts[self.inst.sink]
        return self.improve(starts)

    # -- lists ------------------------------------------------------------------------------------------------

    def rule_list(self, key: Sequence[float]) -> list[int]:
        """Precedence-feasible list: among the eligible activities the one with the smallest key first."""
        inst = self.inst
        succs = inst.succs
        waiting = [len(p) for p in inst.preds]
        ready = [(key[a], inst.rank[a], a) for a in range(inst.size) if not waiting[a]]
        heapq.heapify(ready)
        order: list[int] = []
        while ready:
            *_k, a = heapq.heappop(ready)
            order.append(a)
            for s, _gap in succs[a]:
                waiting[s] -= 1
                if not waiting[s]:
                    heapq.heappush(ready, (key[s], inst.rank[s], s))
        return order

    def sampled_list(self, key: Sequence[int], alpha: float = 1.0) -> list[int]:
        """Regret-biased random sampling: an eligible activity is drawn with probability proportional to
        (largest eligible key - its key + 1) ** alpha."""
        inst = self.inst
        rng = self.rng
        succs = inst.succs
        waiting = [len(p) for p in inst.preds]
        eligible = [a for a in range(inst.size) if not waiting[a]]
        order: list[int] = []
        while eligible:
            if len(eligible) == 1:
                pick = 0
            else:
                worst = max(key[a] for a in eligible)
                weights = [(worst - key[a] + 1) ** alpha for a in eligible]
                pick = rng.choices(range(len(eligible)), weights)[0]
            a = eligible.pop(pick)
            order.append(a)
            for s, _gap in succs[a]:
                waiting[s] -= 1
                if not waiting[s]:
                    eligible.append(s)
        return order

    def rules(self) -> list[list[int]]:
        inst = self.inst
        size = inst.size
        durations = inst.durations
        late_finish = [inst.late[a] + durations[a] for a in range(size)]
        total_successors = self._successor_counts()
        grpw = [durations[a] + sum(durations[s] for s, _g in inst.succs[a]) for a in range(size)]
        slack = [inst.late[a] - inst.early[a] for a in range(size)]
        keys: list[Sequence[float]] = [
            late_finish,
            inst.late,
            [-c for c in total_successors],
            [-g for g in grpw],
            [slack[a] * 1000 + late_finish[a] for a in range(size)],
        ]
        return [self.rule_list(key) for key in keys]

    def _successor_counts(self) -> list[int]:
        inst = self.inst
        below: list[set[int]] = [set() for _ in range(inst.size)]
        for a in reversed(inst.order):
            for s, _gap in inst.succs[a]:
                below[a].add(s)
                below[a] |= below[s]
        return [len(b) for b in below]

    # -- genetic algorithm ------------------------------------------------------------------------------------

    def crossover(self, mother: list[int], father: list[int]) -> list[int]:
        size = len(mother)
        q1, q2 = sorted(self.rng.sample(range(size + 1), 2))
        child = mother[:q1]
        taken = set(child)
        for a in father:
            if len(child) >= q2:
                break
            if a not in taken:
                child.append(a)
                taken.add(a)
        child.extend(a for a in mother if a not in taken)
        return child

    def mutate(self, order: list[int], probability: float) -> None:
        direct = self.inst.direct
        rng = self.rng
        for i in range(len(order) - 1):
            if rng.random() < probability:
                a, b = order[i], order[i + 1]
                if b not in direct[a]:
                    order[i], order[i + 1] = b, a

    def run(self, population_size: int) -> None:
        """Seed the population with rule and sampled lists, then evolve it until a stopping criterion holds."""
        inst = self.inst
        population: list[tuple[int, list[int]]] = []
        seen: set[tuple[int, ...]] = set()

        def add(order: list[int]) -> None:
            starts, makespan = self.evaluate(order)
            signature = tuple(starts)
            if signature not in seen:
                seen.add(signature)
                population.append((makespan, self.sort_by(starts)))

        for order in self.rules():
            add(order)
            if self.exhausted():
                return
        late_finish = [inst.late[a] + inst.durations[a] for a in range(inst.size)]
        rng = self.rng
        stale = 0
        while not self.exhausted():
            if len(population) < population_size:
                add(self.sampled_list(late_finish))
                continue
            population.sort(key=lambda item: item[0])
            del population[population_size:]
            before = population[0][0]
            count = len(population)
            for _ in range(max(1, population_size // 2)):
                # Binary-tournament-like ranking selection: the better of two random ranks.
                mother = population[min(rng.randrange(count), rng.randrange(count))][1]
                father = population[min(rng.randrange(count), rng.randrange(count))][1]
                for first, second in ((mother, father), (father, mother)):
                    child = self.crossover(first, second)
                    self.mutate(child, _MUTATION)
                    add(child)
                    if self.exhausted():
                        return
            population.sort(key=lambda item: item[0])
            stale = stale + 1 if population[0][0] >= before else 0
            if stale >= _STALE_GENERATIONS:
                # Diversity lost: keep the best, refill with fresh sampled lists.
                del population[1:]
                stale = 0


def solve(
    problem: Problem,
    *,
    time_limit: float | None = 1.0,
    max_schedules: int | None = None,
    seed: int = 0,
    population_size: int = 15,
) -> Solution:
    """Minimise the makespan of ``problem`` (see the module docstring for the algorithm).

    Args:
        problem: the instance; durations, lags and the result in the same integer time units.
        time_limit: wall-clock seconds (None = no limit; then ``max_schedules`` must be given).
        max_schedules: stop after this many SGS passes (None = no limit). Deterministic for a given seed when
            ``time_limit`` is None (or never reached).
        seed: seed of the random generator.
        population_size: the genetic algorithm's population.

    Raises:
        ValueError: an invalid problem (cycle, bad index, negative duration, a demand above a capacity), or no
            stopping criterion.
    """
    if time_limit is None and max_schedules is None:
        raise ValueError("give a time limit or a schedule budget")
    began = time.perf_counter()
    inst = _Instance(problem)
    deadline = math.inf if time_limit is None else began + time_limit
    solver = _Solver(inst, random.Random(seed), deadline, max_schedules or (1 << 62))
    solver.run(population_size)
    starts = solver.best_starts
    return Solution(
        starts=tuple(starts[: inst.n]),
        makespan=solver.best,
        lower_bound=inst.lower_bound,
        schedules=solver.schedules,
        seconds=time.perf_counter() - began,
    )


# ---------------------------------------------------------------------------------------------------------------
# Leveling a real project
# ---------------------------------------------------------------------------------------------------------------

DO_NOT_LEVEL = 1000
"""Task priority that leveling never delays (as in MS Project)."""

_MAX_GRANULES = 100_000
_GRANULE_STEPS = (60, 240, 480, 2400, 9600)
_NEG, _POS = network_codes.NEG, network_codes.POS
_EXEMPT = 1 << 40
"""Free capacity of a granule in which the resource does not work: nothing is checked or counted there."""

# Edge codes of the leveling network: those of the CPM engine (see services.network_codes).
_FS, _SS, _FF, _SF = network_codes.FS, network_codes.SS, network_codes.FF, network_codes.SF
_ELAPSED, _GATE, _ROLLUP = network_codes.ELAPSED, network_codes.GATE, network_codes.ROLLUP
_TYPE_CODE = network_codes.TYPE_CODE
# Node kinds: a leaf task; a zero-duration node at the latest of its bounds (a summary's start or finish gate); a
# zero-duration node at the earliest start of its inputs (a summary's start roll-up).
_LEAF, _LATEST, _EARLIEST = 0, 1, 2
# What leveling does with a leaf: delay it to fit; place it where its links put it (never delayed; loaded there
# unless it is ALAP); keep it where the unleveled schedule has it (started, or must start/finish on).
_LEVEL, _FOLLOW, _FIXED = 0, 1, 2
_FIRST = -(1 << 30)  # heap key of the nodes that are not leveled: placed as soon as they are ready


@dataclass(frozen=True, slots=True)
class LevelTask:
    """A task as the CPM engine scheduled it, without leveling delay (summaries are left out).

    Attributes:
        id: the task's id.
        start: scheduled start, project working minutes (``TaskResult.start_minutes``); never moved earlier.
        duration: working minutes of the project calendar it spans (``finish_minutes - start_minutes``).
        total_float: working minutes; with ``within_float_only`` the task never starts after ``start +
            total_float``; smaller float is leveled first.
        priority: 0..1000, higher is leveled first; 1000 is never delayed.
        movable: False for tasks leveling must not move (started, or pinned by a constraint): they keep their
            start and their load.
    """

    id: int
    start: int
    duration: int
    total_float: int = 0
    priority: int = 500
    movable: bool = True


@dataclass(frozen=True, slots=True)
class LevelLink:
    """A link between two tasks; ``lag`` in working minutes of the project calendar (negative = lead)."""

    predecessor: int
    successor: int
    type: DependencyType = DependencyType.FINISH_TO_START
    lag: int = 0


@dataclass(frozen=True, slots=True)
class LevelResource:
    """A resource that leveling keeps within its max units.

    Attributes:
        max_units: percent of one full-time resource (100 = one person), during the resource's working time.
        calendar: the resource's calendar; None = available whenever the project calendar works. Leveling neither
            checks nor counts its load where this calendar does not work (see the module docstring).
    """

    id: int
    max_units: int = 100
    calendar: working_time.CalendarSpec | None = None


@dataclass(frozen=True, slots=True)
class LevelAssignment:
    """A resource working on a task at ``units`` percent of its time for the task's whole duration."""

    task_id: int
    resource_id: int
    units: int = 100


@dataclass(frozen=True, slots=True)
class OverAllocation:
    """A period in which a resource stays loaded beyond its capacity.

    Attributes:
        start, finish: the period, project working minutes (finish exclusive; granule boundaries).
        demand: the peak load in the period, percent.
        capacity: the resource's capacity (its max units), percent.
        task_ids: the tasks loading the resource during the period, in id order.
    """

    resource_id: int
    start: int
    finish: int
    demand: int
    capacity: int
    task_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class LevelingResult:
    """What :func:`level` decided.

    Attributes:
        delays: per task id, its leveling delay in project working minutes (0 if not delayed). For :func:`level`
            it is counted from the task's earliest start by its links; for :func:`level_schedule` it is the
            ``TaskInput.leveling_delay`` the CPM engine needs (counted from the task's start bound by its FS/SS
            links and the project start, see :func:`level_schedule`).
        starts: per task id, its leveled start (project working minutes).
        over_allocations: what remains over-allocated, by resource then time.
        problems: inconsistent input (unknown ids, cycles), reported rather than raised.
        granularity: the granule, in working minutes, at which loads were compared with capacities.
    """

    delays: Mapping[int, int]
    starts: Mapping[int, int]
    over_allocations: tuple[OverAllocation, ...]
    problems: tuple[scheduling.ScheduleProblem, ...]
    granularity: int


def _granularity(values: list[int], span: int, requested: int | None) -> int:
    if requested is not None:
        if requested <= 0:
            raise ValueError("the granularity must be positive")
        return requested
    granule = 0
    for value in values:
        granule = math.gcd(granule, value)
    granule = granule or 60
    if span // granule > _MAX_GRANULES:
        granule = next((step for step in _GRANULE_STEPS if span // step <= _MAX_GRANULES), _GRANULE_STEPS[-1])
    return granule


class _Load:
    """Per resource, the free capacity (percent) of each granule and, per threshold ``q`` in use, a byte per
    granule telling whether at least ``q`` is free there, so that window tests and searches run in C
    (``bytearray.find``). Granules where a resource's calendar does not work hold :data:`_EXEMPT`. All rows share
    one length, grown on demand (at least doubling)."""

    def __init__(
        self,
        resources: Sequence[LevelResource],
        calendar: working_time.WorkingTimeIndex | None,
        granule: int,
        problems: list[scheduling.ScheduleProblem],
    ) -> None:
        self.resources = resources
        self.calendar = calendar
        self.granule = granule
        self.length = 0
        self.free: list[list[int]] = [[] for _ in resources]
        self.ok: list[dict[int, bytearray]] = [{} for _ in resources]
        self.placements: list[list[tuple[int, int, int]]] = [[] for _ in resources]  # (first, end, task id)
        # Per resource, the key of its working-granule flags (one row per distinct calendar), or None.
        self.works_key: list[int | None] = []
        self.works: dict[int, bytearray] = {}
        self._indexes: dict[int, working_time.WorkingTimeIndex] = {}
        keys: dict[working_time.CalendarSpec, int] = {}
        for resource in resources:
            spec = resource.calendar
            if spec is None or calendar is None:
                self.works_key.append(None)
                continue
            if spec.minutes_per_week == 0:
                problems.append(
                    scheduling.ScheduleProblem(
                        "empty-calendar",
                        (),
                        f"The calendar of resource {resource.id} has no working time; it is ignored by leveling.",
                    )
                )
                self.works_key.append(None)
                continue
            key = keys.setdefault(spec, len(keys))
            if key not in self._indexes:
                self._indexes[key] = working_time.WorkingTimeIndex(spec, calendar.origin)
                self.works[key] = bytearray()
            self.works_key.append(key)
        self._clocks: list[int] = []

    def _working_flags(self, have: int, length: int) -> None:
        """Extend every calendar's flags: a granule is worked if the resource works between its start clocks."""
        calendar = self.calendar
        if calendar is None or not self.works:
            return
        granule = self.granule
        clocks = self._clocks
        while len(clocks) <= length:
            clocks.append(calendar.start_clock(len(clocks) * granule))
        for key, flags in self.works.items():
            index = self._indexes[key]
            worked = list(map(index.working_at, clocks[have : length + 1]))
            flags.extend(map(int.__lt__, worked, worked[1:]))

    def ensure(self, length: int) -> None:
        """Grow every row to at least ``length`` granules."""
        have = self.length
        if length <= have:
            return
        length = max(length, 2 * have, 1024)
        self._working_flags(have, length)
        for r, resource in enumerate(self.resources):
            units = resource.max_units
            key = self.works_key[r]
            if key is None:
                added = [units] * (length - have)
            else:
                added = [units if flag else _EXEMPT for flag in self.works[key][have:length]]
            self.free[r].extend(added)
            for q, flags in self.ok[r].items():
                flags.extend(map(q.__le__, added))
        self.length = length

    def threshold(self, r: int, q: int) -> bytearray:
        """The "at least ``q`` free" flags of resource ``r``."""
        flags = self.ok[r].get(q)
        if flags is None:
            flags = self.ok[r][q] = bytearray(map(q.__le__, self.free[r]))
        return flags

    def next_fit(self, request: list[tuple[int, int, int]], first: int, end: int) -> int:
        """-1 if every resource of ``request`` has room in granules ``first..end-1``, else the next granule worth
        trying as a start."""
        if end > self.length:
            self.ensure(end)
        for r, _units, q in request:
            flags = self.threshold(r, q)
            bad = flags.rfind(0, first, end)
            if bad >= 0:
                found = flags.find(1, bad + 1)
                while found < 0:
                    self.ensure(self.length + 1)
                    found = flags.find(1, bad + 1)
                return found
            key = self.works_key[r]
            if key is not None and self.works[key].find(1, first, end) < 0:
                # Entirely in the resource's time off: start where it works again.
                works = self.works[key]
                found = works.find(1, end)
                while found < 0:
                    self.ensure(self.length + 1)
                    found = works.find(1, end)
                return found - (end - first) + 1
        return -1

    def load(self, request: list[tuple[int, int, int]], first: int, end: int, task_id: int) -> None:
        if end > self.length:
            self.ensure(end)
        for r, units, _q in request:
            row = self.free[r]
            row[first:end] = window = list(map(sub, row[first:end], repeat(units)))
            for q, flags in self.ok[r].items():
                flags[first:end] = bytes(map(q.__le__, window))
            self.placements[r].append((first, end, task_id))

    def over_allocations(self) -> tuple[OverAllocation, ...]:
        """The periods of negative free capacity, per resource, with the tasks loading them."""
        found: list[OverAllocation] = []
        granule = self.granule
        for r, row in enumerate(self.free):
            if not row or min(row) >= 0:
                continue
            cap = self.resources[r].max_units
            k = 0
            size = len(row)
            while k < size:
                if row[k] >= 0:
                    k += 1
                    continue
                first = k
                peak = first
                while k < size and row[k] < 0:
                    if row[k] < row[peak]:
                        peak = k
                    k += 1
                ids = sorted({task_id for lo, hi, task_id in self.placements[r] if lo < k and hi > first})
                found.append(
                    OverAllocation(
                        resource_id=self.resources[r].id,
                        start=first * granule,
                        finish=k * granule,
                        demand=cap - row[peak],
                        capacity=cap,
                        task_ids=tuple(ids),
                    )
                )
        return tuple(found)


class _Shape:
    """How a leaf that is not a plain project-calendar task moves, exactly as the CPM engine moves it (its own
    calendar, an elapsed duration, a constraint): see ``scheduling._Rule.forward`` for an unstarted task."""

    __slots__ = ("calendar", "constraint", "duration", "elapsed", "moment", "project")

    def __init__(  # noqa: PLR0917 (a private record, built in two places)
        self,
        project: working_time.WorkingTimeIndex,
        duration: int,
        calendar: working_time.WorkingTimeIndex | None = None,
        elapsed: bool = False,
        constraint: ConstraintType | None = None,
        moment: int = 0,
    ) -> None:
        self.project = project
        self.duration = duration
        self.calendar = calendar
        self.elapsed = elapsed
        self.constraint = constraint
        self.moment = moment

    def advance(self, start: int) -> int:
        amount = self.duration
        if amount == 0:
            return start
        project = self.project
        if self.elapsed:
            return project.working_at(project.start_clock(start) + amount)
        calendar = self.calendar
        if calendar is None:
            return start + amount
        return project.working_at(calendar.finish_clock(calendar.working_at(project.start_clock(start)) + amount))

    def retreat(self, finish: int) -> int:
        amount = self.duration
        if amount == 0:
            return finish
        project = self.project
        if self.elapsed:
            return project.working_at(project.finish_clock(finish) - amount)
        calendar = self.calendar
        if calendar is None:
            return finish - amount
        return project.working_at(calendar.start_clock(calendar.working_at(project.finish_clock(finish)) - amount))

    def place(self, start: int) -> tuple[int, int]:
        """Start and finish of the task at ``start`` (a start is moved to where its own calendar works)."""
        finish = self.advance(start)
        if self.calendar is not None and self.duration:
            start = max(start, self.retreat(finish))
        return start, finish

    def engine(self, start_bound: int, finish_bound: int, delay: int) -> tuple[int, int]:
        """The CPM engine's dates for these link bounds and leveling delay."""
        start = start_bound + delay
        if finish_bound > _NEG:
            start = max(start, self.retreat(finish_bound))
        constraint = self.constraint
        if constraint is not None:
            moment = self.moment
            if constraint is ConstraintType.START_NO_EARLIER_THAN:
                start = max(start, moment)
            elif constraint is ConstraintType.FINISH_NO_EARLIER_THAN:
                start = max(start, self.retreat(moment))
            elif constraint is ConstraintType.MUST_START_ON:
                start = moment
            elif constraint is ConstraintType.MUST_FINISH_ON:
                start = self.retreat(moment)
            elif constraint is ConstraintType.START_NO_LATER_THAN:
                start = min(start, moment)
            elif constraint is ConstraintType.FINISH_NO_LATER_THAN:
                start = min(start, self.retreat(moment))
        return self.place(start)

    def earliest(self, start_bound: int, finish_bound: int) -> int:
        """The earliest start leveling may give: the engine's, ignoring the no-later-than caps."""
        start = start_bound
        if finish_bound > _NEG:
            start = max(start, self.retreat(finish_bound))
        if self.constraint is ConstraintType.START_NO_EARLIER_THAN:
            start = max(start, self.moment)
        elif self.constraint is ConstraintType.FINISH_NO_EARLIER_THAN:
            start = max(start, self.retreat(self.moment))
        return self.place(start)[0]

    def latest(self) -> int:
        """The latest start a no-later-than constraint allows (leveling never delays a task beyond it)."""
        if self.constraint is ConstraintType.START_NO_LATER_THAN:
            return self.moment
        if self.constraint is ConstraintType.FINISH_NO_LATER_THAN:
            return self.retreat(self.moment)
        return _POS


class _Graph:
    """The network leveling walks: leaves, summary gates and roll-ups, with the CPM engine's edges."""

    def __init__(self, project: working_time.WorkingTimeIndex | None) -> None:
        self.project = project
        self.ids: list[int] = []
        self.kinds: list[int] = []
        self.modes: list[int] = []
        self.floors: list[int] = []
        self.durations: list[int] = []
        self.shapes: list[_Shape | None] = []
        self.keys: list[tuple[int, int, int]] = []  # (-priority, total float, id) for leveled leaves
        self.latest: list[int] = []  # within-float cap
        self.loaded: list[bool] = []
        self.succs: list[list[tuple[int, int, int]]] = []
        self.fixed: dict[int, tuple[int, int, int, int]] = {}  # early start, early finish, load start, load finish
        self.preload: dict[int, tuple[int, int]] = {}  # load placed up front for nodes the pass does not load
        self.leaves: dict[int, int] = {}  # task id -> node
        self.elapsed_bounds: dict[tuple[bool, int, int], int] = {}

    def add(  # noqa: PLR0917 (one call per node; positional keeps the hot compile loops short)
        self,
        task_id: int,
        kind: int,
        mode: int,
        floor: int,
        duration: int = 0,
        key: tuple[int, int, int] = (_FIRST, 0, 0),
        latest: int = _POS,
    ) -> int:
        node = len(self.ids)
        self.ids.append(task_id)
        self.kinds.append(kind)
        self.modes.append(mode)
        self.floors.append(floor)
        self.durations.append(duration)
        self.shapes.append(None)
        self.keys.append(key)
        self.latest.append(latest)
        self.loaded.append(kind == _LEAF)
        self.succs.append([])
        return node

    def elapsed_bound(self, kind: int, lag: int, start: int, finish: int) -> int:
        """The successor's bound of an elapsed-lag link (as ``scheduling._elapsed_forward``)."""
        anchor = finish if kind in (_FS, _FF) else start
        key = (kind in (_FS, _FF), anchor, lag)
        found = self.elapsed_bounds.get(key)
        if found is None:
            project = self.project
            assert project is not None  # elapsed edges come with the project calendar
            clock = project.finish_clock(anchor) if key[0] else project.start_clock(anchor)
            found = self.elapsed_bounds[key] = project.working_at(clock + lag)
        return found


@dataclass(frozen=True, slots=True)
class _Placement:
    """The outcome of one leveling pass, by node."""

    start: list[int]
    finish: list[int]
    start_bound: list[int]
    delayed: list[bool]
    load: _Load


def _order_or_break(graph: _Graph, problems: list[scheduling.ScheduleProblem]) -> None:
    """Drop links closing cycles (reported with the task ids), so that every node gets placed."""
    size = len(graph.ids)
    waiting = [0] * size
    for edges in graph.succs:
        for target, _code, _lag in edges:
            waiting[target] += 1
    ready = [node for node in range(size) if not waiting[node]]
    placed = [False] * size
    while ready:
        node = ready.pop()
        placed[node] = True
        for target, _code, _lag in graph.succs[node]:
            waiting[target] -= 1
            if not waiting[target]:
                ready.append(target)
    if all(placed):
        return
    stuck = tuple(sorted({graph.ids[node] for node in range(size) if not placed[node]}))
    problems.append(
        scheduling.ScheduleProblem(
            "cycle", stuck, f"Links form a cycle through tasks {', '.join(map(str, stuck))}; they are ignored."
        )
    )
    for node in range(size):
        if not placed[node]:
            graph.succs[node] = [edge for edge in graph.succs[node] if placed[edge[0]]]


def _place(  # noqa: PLR0912, PLR0915 (one serial pass over the compiled arrays, inlined for speed)
    graph: _Graph,
    requests: list[list[tuple[int, int, int]]],
    load: _Load,
    year: int,
) -> _Placement:
    """The serial pass: every node once its predecessors are placed; leaves by priority, float and id."""
    size = len(graph.ids)
    granule = load.granule
    kinds, modes, shapes, durations = graph.kinds, graph.modes, graph.shapes, graph.durations
    succs, keys, ids, latest_of = graph.succs, graph.keys, graph.ids, graph.latest
    start_bound = list(graph.floors)
    finish_bound = [_NEG] * size
    least = [_POS] * size
    start = [0] * size
    finish = [0] * size
    delayed = [False] * size
    horizon = 0
    preloads = [(node, load_start, load_finish) for node, (_s, _f, load_start, load_finish) in graph.fixed.items()]
    preloads += [(node, load_start, load_finish) for node, (load_start, load_finish) in graph.preload.items()]
    for node, load_start, load_finish in preloads:
        if requests[node] and load_finish > load_start and (graph.loaded[node] or node in graph.preload):
            first = max(0, load_start // granule)
            load.load(requests[node], first, max(first, -(-load_finish // granule)), ids[node])
            horizon = max(horizon, load_finish)
    waiting = [0] * size
    for edges in succs:
        for target, _code, _lag in edges:
            waiting[target] += 1
    ready = [(*keys[node], node) for node in range(size) if not waiting[node]]
    heapq.heapify(ready)
    while ready:
        node = heapq.heappop(ready)[3]
        kind = kinds[node]
        sb = start_bound[node]
        fb = finish_bound[node]
        shape = shapes[node]
        if kind == _EARLIEST:
            s = f = sb if least[node] == _POS else least[node]
        elif kind == _LATEST:
            if shape is None:
                s = f = max(sb, fb)
            else:
                s, f = shape.engine(sb, fb, 0)
        elif modes[node] == _FIXED:
            s, f = graph.fixed[node][:2]
        else:
            duration = durations[node]
            if shape is None:
                s = max(sb, fb - duration)
                f = s + duration
            else:
                s, f = shape.engine(sb, fb, 0)
            request = requests[node]
            if modes[node] == _LEVEL and request and f > s:
                t = s if shape is None else shape.earliest(sb, fb)
                cap = latest_of[node] if shape is None else min(latest_of[node], shape.latest())
                give_up = max(t, horizon) + year + 2 * (f - s) + granule
                while True:
                    end_at = t + duration if shape is None else shape.advance(t)
                    first = max(0, t // granule)
                    found = load.next_fit(request, first, max(first, -(-end_at // granule)))
                    if found < 0:
                        break
                    t = found * granule
                    if shape is not None:
                        t = shape.place(t)[0]
                    if t > cap or t > give_up:
                        break
                if found < 0 and t <= cap and t != s:
                    s, f = t, end_at
                    delayed[node] = True
            if request and f > s and graph.loaded[node]:
                first = max(0, s // granule)
                load.load(request, first, max(first, -(-f // granule)), ids[node])
                horizon = max(horizon, f)
        start[node] = s
        finish[node] = f
        for target, code, lag in succs[node]:
            if code == _FS:
                bound = f + lag
                if bound > start_bound[target]:  # noqa: PLR1730 (hot loop: a comparison is cheaper than max)
                    start_bound[target] = bound
            elif code == _SS:
                bound = s + lag
                if bound > start_bound[target]:  # noqa: PLR1730
                    start_bound[target] = bound
            elif code in (_FF, _GATE):
                bound = f + lag
                if bound > finish_bound[target]:  # noqa: PLR1730
                    finish_bound[target] = bound
            elif code == _SF:
                bound = s + lag
                if bound > finish_bound[target]:  # noqa: PLR1730
                    finish_bound[target] = bound
            elif code == _ROLLUP:
                if s < least[target]:  # noqa: PLR1730
                    least[target] = s
            else:
                base = code - _ELAPSED
                bound = graph.elapsed_bound(base, lag, s, f)
                if base < _FF:
                    start_bound[target] = max(start_bound[target], bound)
                else:
                    finish_bound[target] = max(finish_bound[target], bound)
            waiting[target] -= 1
            if not waiting[target]:
                heapq.heappush(ready, (*keys[target], target))
    return _Placement(start, finish, start_bound, delayed, load)


def _requests(
    graph: _Graph,
    resources: Sequence[LevelResource],
    assignments: Sequence[LevelAssignment],
    problems: list[scheduling.ScheduleProblem],
) -> list[list[tuple[int, int, int]]]:
    """Per node, its (resource index, units, units checked) requests; units above max units are checked at max
    units (the task then fits where the resource is free and stays reported)."""
    resource_of: dict[int, int] = {}
    for number, resource in enumerate(resources):
        resource_of.setdefault(resource.id, number)
    requests: list[list[tuple[int, int, int]]] = [[] for _ in graph.ids]
    for assignment in assignments:
        node = graph.leaves.get(assignment.task_id)
        found = resource_of.get(assignment.resource_id)
        if node is None or found is None:
            problems.append(
                scheduling.ScheduleProblem(
                    "missing-task" if node is None else "missing-resource",
                    (assignment.task_id,),
                    f"An assignment of resource {assignment.resource_id} to task {assignment.task_id} names an "
                    "unknown task or resource; it is ignored.",
                )
            )
            continue
        if assignment.units > 0:
            units = assignment.units
            requests[node].append((found, units, min(units, resources[found].max_units)))
    return requests


def level(
    tasks: Sequence[LevelTask],
    links: Sequence[LevelLink],
    resources: Sequence[LevelResource],
    assignments: Sequence[LevelAssignment],
    *,
    calendar: working_time.WorkingTimeIndex | None = None,
    within_float_only: bool = False,
    granularity: int | None = None,
) -> LevelingResult:
    """Delay tasks so that no resource is loaded beyond its capacity (see the module docstring).

    Tasks run on the project calendar with fixed durations; every link becomes a start-to-start distance.
    :func:`level_schedule` levels a whole :class:`scheduling.ScheduleInput` instead, with the engine's semantics.

    Args:
        tasks: leaf tasks with their unleveled CPM dates.
        links: links between them (links to unknown tasks are reported and ignored).
        resources: the resources; ``max_units`` and calendars give their capacity.
        assignments: who works on what, at how many percent.
        calendar: the project calendar's index (``ScheduleResult.clock.index``), needed for resource calendars;
            None = resource calendars are ignored.
        within_float_only: never delay a task beyond its late start (``start + total_float``).
        granularity: working minutes per granule; None = automatic (exact for whole-hour or whole-day data).

    Returns:
        Delays, leveled starts, remaining over-allocations and input problems.
    """
    problems: list[scheduling.ScheduleProblem] = []
    graph = _Graph(calendar)
    for task in tasks:
        if task.id in graph.leaves:
            problems.append(
                scheduling.ScheduleProblem("duplicate-task", (task.id,), f"Task {task.id} appears more than once.")
            )
            continue
        duration = max(0, task.duration)
        mode = _FIXED if not task.movable else _LEVEL if task.priority < DO_NOT_LEVEL else _FOLLOW
        node = graph.add(
            task.id,
            _LEAF,
            mode,
            task.start,
            duration,
            (-task.priority, task.total_float, task.id) if mode == _LEVEL else (_FIRST, 0, task.id),
            task.start + task.total_float if within_float_only else _POS,
        )
        graph.leaves[task.id] = node
        if mode == _FIXED:
            graph.fixed[node] = (task.start, task.start + duration, task.start, task.start + duration)
    gaps: list[int] = []
    durations = graph.durations
    for link in links:
        p, s = graph.leaves.get(link.predecessor), graph.leaves.get(link.successor)
        if p is None or s is None or p == s:
            problems.append(
                scheduling.ScheduleProblem(
                    "missing-task",
                    (link.predecessor, link.successor),
                    f"The link {link.predecessor} -> {link.successor} names an unknown task; it is ignored.",
                )
            )
            continue
        gap = distance(link.type, link.lag, durations[p], durations[s])
        graph.succs[p].append((s, _SS, gap))
        gaps.append(gap)
    _order_or_break(graph, problems)
    requests = _requests(graph, resources, assignments, problems)
    span = max((task.start + task.duration + task.total_float for task in tasks), default=0) + sum(durations)
    values = [*durations, *graph.floors, *gaps]
    if calendar is not None:
        values.append(calendar.calendar.minutes_per_day)
    granule = _granularity([abs(v) for v in values if v], span, granularity)
    load = _Load(resources, calendar, granule, problems)
    year = 53 * calendar.calendar.minutes_per_week if calendar is not None else 53 * 5 * 480
    placed = _place(graph, requests, load, year)
    leaves = graph.leaves
    return LevelingResult(
        delays={
            task_id: placed.start[node] - placed.start_bound[node] if placed.delayed[node] else 0
            for task_id, node in leaves.items()
        },
        starts={task_id: placed.start[node] for task_id, node in leaves.items()},
        over_allocations=load.over_allocations(),
        problems=tuple(problems),
        granularity=granule,
    )


@dataclass(frozen=True, slots=True)
class LeveledSchedule:
    """The outcome of :func:`level_schedule`.

    Attributes:
        schedule_input: the input with every task's ``leveling_delay`` set (store them in ``Task.leveling_delay``).
        schedule: the CPM result of ``schedule_input``: the leveled dates.
        unleveled: the CPM result without leveling delays.
        leveling: what the leveling pass decided (leaf tasks; delays as stored in ``schedule_input``).
        over_allocations: what remains over-allocated in the leveled schedule (measured on ``schedule``).
        mismatched: tasks whose rescheduled start differs from the leveling pass's decision (semantics of the CPM
            engine that leveling does not reproduce); empty in the normal case.
    """

    schedule_input: scheduling.ScheduleInput
    schedule: scheduling.ScheduleResult
    unleveled: scheduling.ScheduleResult
    leveling: LevelingResult
    over_allocations: tuple[OverAllocation, ...]
    mismatched: tuple[int, ...] = ()


_FIX_ROUNDS = 3
_PINNED = frozenset({ConstraintType.MUST_START_ON, ConstraintType.MUST_FINISH_ON})
_START_CONSTRAINTS = frozenset(
    {ConstraintType.START_NO_EARLIER_THAN, ConstraintType.START_NO_LATER_THAN, ConstraintType.MUST_START_ON}
)
_DATED = _START_CONSTRAINTS | {
    ConstraintType.FINISH_NO_EARLIER_THAN,
    ConstraintType.FINISH_NO_LATER_THAN,
    ConstraintType.MUST_FINISH_ON,
}


def is_started(task: scheduling.TaskInput) -> bool:
    """Whether the task has progress (actual dates or percent complete): leveling keeps it where it is."""
    return task.actual_start is not None or task.actual_finish is not None or task.percent_complete > 0


class _ProjectGraph:
    """Compiles a :class:`scheduling.ScheduleInput` into a leveling :class:`_Graph` that moves every node exactly
    as the CPM engine does (same floors, link bounds, summary gates and roll-ups, constraints, task calendars and
    elapsed durations and lags), so that the leveled dates are the dates the engine computes with the delays."""

    def __init__(
        self,
        schedule_input: scheduling.ScheduleInput,
        unleveled: scheduling.ScheduleResult,
        priorities: Mapping[int, int],
        within_float_only: bool,
    ) -> None:
        project = unleveled.clock.index
        self.graph = _Graph(project)
        self.input = schedule_input
        self.result = unleveled
        self.project = project
        self.start_minutes = unleveled.clock.project_start_minutes
        status = schedule_input.status_date
        self.status = None if status is None else project.to_minutes(status)
        self.leaf_floor = self.start_minutes if self.status is None else max(self.start_minutes, self.status)
        self.task_calendars: dict[str, working_time.WorkingTimeIndex | None] = {}
        tasks: list[scheduling.TaskInput] = []
        index_of: dict[int, int] = {}
        for task in schedule_input.tasks:
            if task.id not in index_of:
                index_of[task.id] = len(tasks)
                tasks.append(task)
        self.tasks = tasks
        self.index_of = index_of
        self._hierarchy()
        self.own_durations = [
            0 if task.milestone or self.is_summary[k] else max(0, task.duration) for k, task in enumerate(tasks)
        ]
        for k, task in enumerate(tasks):
            if self.is_summary[k]:
                self._summary_node(k, task)
            else:
                self._leaf_node(k, task, priorities.get(task.id, 500), within_float_only)
        self._links()

    # -- nodes --------------------------------------------------------------------------------------------------

    def _hierarchy(self) -> None:
        count = len(self.tasks)
        parent = [-1] * count
        for k, task in enumerate(self.tasks):
            up = self.index_of.get(task.parent_id) if task.parent_id is not None else None
            if up is not None and up != k:
                parent[k] = up
        # Containment cycles: the engine drops the parent of the last summary on the cycle.
        state: dict[int, int] = {}
        for k in sorted({p for p in parent if p >= 0}):
            path: list[int] = []
            current = k
            while current >= 0 and current not in state:
                state[current] = 1
                path.append(current)
                current = parent[current]
            if current >= 0 and state[current] == 1:
                cycle = path[path.index(current) :]
                parent[cycle[-1]] = -1
            for visited in path:
                state[visited] = 2
        self.parent = parent
        self.children: list[list[int]] = [[] for _ in range(count)]
        for k, up in enumerate(parent):
            if up >= 0:
                self.children[up].append(k)
        self.is_summary = [bool(below) for below in self.children]

    def _calendar(self, key: str | None) -> working_time.WorkingTimeIndex | None:
        if key is None or key == self.input.project_calendar:
            return None
        if key not in self.task_calendars:
            spec = self.input.calendars.get(key)
            self.task_calendars[key] = (
                None
                if spec is None or spec.minutes_per_week == 0
                else working_time.WorkingTimeIndex(spec, self.project.origin)
            )
        return self.task_calendars[key]

    def _constraint(self, task: scheduling.TaskInput) -> tuple[ConstraintType | None, int]:
        constraint = task.constraint
        if constraint in _DATED and task.constraint_date is not None:
            return constraint, self.project.to_minutes(task.constraint_date)
        return None, 0

    def _summary_node(self, k: int, task: scheduling.TaskInput) -> None:
        graph = self.graph
        node = graph.add(task.id, _LATEST, _FOLLOW, self.start_minutes)
        constraint, moment = self._constraint(task)
        if constraint in _START_CONSTRAINTS:
            graph.shapes[node] = _Shape(self.project, 0, constraint=constraint, moment=moment)
        assert node == k

    def _leaf_node(self, k: int, task: scheduling.TaskInput, priority: int, within_float_only: bool) -> None:
        graph = self.graph
        found = self.result.tasks[task.id]
        duration = self.own_durations[k]
        constraint, moment = self._constraint(task)
        started = is_started(task)
        if started or constraint in _PINNED:
            mode = _FIXED
        elif task.constraint is ConstraintType.AS_LATE_AS_POSSIBLE or priority >= DO_NOT_LEVEL:
            mode = _FOLLOW
        else:
            mode = _LEVEL
        key = (-priority, found.total_float, task.id) if mode == _LEVEL else (_FIRST, 0, task.id)
        latest = found.late_start_minutes if within_float_only else _POS
        node = graph.add(
            task.id, _LEAF, mode, self.start_minutes if started else self.leaf_floor, duration, key, latest
        )
        assert node == k
        graph.leaves[task.id] = node
        # ALAP tasks are placed late by the engine after its forward pass, from their successors' dates: leveling
        # does not model that and leaves their load out (the final report measures it).
        graph.loaded[node] = task.constraint is not ConstraintType.AS_LATE_AS_POSSIBLE
        if mode == _FIXED:
            graph.fixed[node] = (
                found.early_start_minutes,
                found.early_finish_minutes,
                found.start_minutes,
                found.finish_minutes,
            )
            return
        calendar = self._calendar(task.calendar)
        elapsed = task.elapsed and duration > 0
        if calendar is not None or elapsed or constraint is not None:
            graph.shapes[node] = _Shape(self.project, duration, calendar, elapsed, constraint, moment)
            if constraint is ConstraintType.START_NO_EARLIER_THAN:
                # As in the engine (and MS Project): an SNET date before the project start replaces it.
                earliest = min(self.start_minutes, moment)
                graph.floors[node] = earliest if self.status is None else max(earliest, self.status)

    # -- links and gates ----------------------------------------------------------------------------------------

    def _links(self) -> None:
        """Summary gates, then the links, rewritten like the engine's ``_Network._links``."""
        graph = self.graph
        index_of, is_summary = self.index_of, self.is_summary
        compiled: list[tuple[int | None, int | None, int, scheduling.LinkInput]] = []
        start_linked: set[int] = set()
        finish_linked: set[int] = set()
        start_read: set[int] = set()
        for link in self.input.links:
            source, target = index_of.get(link.predecessor), index_of.get(link.successor)
            code = _TYPE_CODE[DependencyType(link.type)]
            compiled.append((source, target, code, link))
            if source is not None and is_summary[source]:
                (finish_linked if code in (_FS, _FF) else start_read).add(source)
            if target is not None and is_summary[target] and code in (_FS, _SS):
                start_linked.add(target)
        finish_node, rollup_node = self._gates(start_linked, finish_linked, start_read)
        for source, target, base, link in compiled:
            if source is None or target is None or source == target:
                continue
            code = base
            lag = link.lag_minutes
            if link.lag_kind is LagKind.PERCENT:
                lag = round(self.own_durations[source] * link.lag_percent / 100)
                # Elapsed if the predecessor's duration is (a summary's never is).
                elapsed = self.tasks[source].elapsed and self.own_durations[source] > 0
            else:
                elapsed = link.lag_kind is LagKind.ELAPSED
            if elapsed and lag:
                code += _ELAPSED
            tail = source
            if is_summary[source]:
                tail = finish_node[source] if base in (_FS, _FF) else rollup_node[source]
            if is_summary[target] and base in (_FF, _SF):
                for leaf in self._leaves(target):
                    graph.succs[tail].append((leaf, code, lag))
                continue
            graph.succs[tail].append((target, code, lag))

    def _leaves(self, position: int) -> list[int]:
        found: list[int] = []
        stack = [position]
        while stack:
            node = stack.pop()
            if self.children[node]:
                stack.extend(self.children[node])
            else:
                found.append(node)
        return found

    def _gates(
        self, start_linked: set[int], finish_linked: set[int], start_read: set[int]
    ) -> tuple[list[int], list[int]]:
        """Start gates (every child follows its summary's), finish gates (after every child) and start roll-ups
        (the least child start) where the engine makes them; returns where each task's finish and start are read."""
        graph = self.graph
        count = len(self.tasks)
        finish_node = list(range(count))
        rollup_node = list(range(count))
        held_start = [False] * count
        held_finish = [False] * count
        read_start = [False] * count
        top_down = [k for k in range(count) if self.is_summary[k] and self.parent[k] < 0]
        for summary in top_down:  # grows while walked: children after their parent
            up = self.parent[summary]
            task = self.tasks[summary]
            constraint, _moment = self._constraint(task)
            deadline = task.deadline is not None or constraint is ConstraintType.FINISH_NO_LATER_THAN
            held_start[summary] = (
                constraint in _START_CONSTRAINTS or summary in start_linked or (up >= 0 and held_start[up])
            )
            held_finish[summary] = deadline or summary in finish_linked or (up >= 0 and held_finish[up])
            read_start[summary] = summary in start_read or (up >= 0 and read_start[up])
            top_down.extend(child for child in self.children[summary] if self.is_summary[child])
        for summary in top_down:
            task_id = self.tasks[summary].id
            if held_finish[summary]:
                finish_node[summary] = graph.add(task_id, _LATEST, _FOLLOW, self.start_minutes)
            if read_start[summary]:
                rollup_node[summary] = graph.add(task_id, _EARLIEST, _FOLLOW, self.start_minutes)
        for summary in top_down:
            for child in self.children[summary]:
                if held_start[summary]:
                    graph.succs[summary].append((child, _SS, 0))
                if held_finish[summary]:
                    graph.succs[finish_node[child]].append((finish_node[summary], _GATE, 0))
                if read_start[summary]:
                    graph.succs[rollup_node[child]].append((rollup_node[summary], _ROLLUP, 0))
        return finish_node, rollup_node


def _with_delays(schedule_input: scheduling.ScheduleInput, delays: Mapping[int, int]) -> scheduling.ScheduleInput:
    """The input with each task's leveling delay set (only the tasks whose delay changes are copied)."""
    tasks = [
        task if task.leveling_delay == delays.get(task.id, 0) else replace(task, leveling_delay=delays.get(task.id, 0))
        for task in schedule_input.tasks
    ]
    return replace(schedule_input, tasks=tasks)


def _measure(
    result: scheduling.ScheduleResult,
    graph: _Graph,
    requests: list[list[tuple[int, int, int]]],
    resources: Sequence[LevelResource],
    granule: int,
) -> tuple[OverAllocation, ...]:
    """The over-allocations of a computed schedule: every leaf loaded at its scheduled dates."""
    load = _Load(resources, result.clock.index, granule, [])
    tasks = result.tasks
    for task_id, node in graph.leaves.items():
        request = requests[node]
        if not request:
            continue
        found = tasks[task_id]
        if found.finish_minutes > found.start_minutes:
            first = max(0, found.start_minutes // granule)
            load.load(request, first, max(first, -(-found.finish_minutes // granule)), task_id)
    return load.over_allocations()


def _differences(
    result: scheduling.ScheduleResult, target: Mapping[int, int], checked: Sequence[int]
) -> dict[int, int]:
    """Leveled minus computed early start, for the tasks where they differ (an ALAP task's early start is where
    leveling put it; the engine then moves it later)."""
    tasks = result.tasks
    found = {task_id: target[task_id] - tasks[task_id].early_start_minutes for task_id in checked}
    return {task_id: difference for task_id, difference in found.items() if difference}


def level_schedule(
    schedule_input: scheduling.ScheduleInput,
    resources: Sequence[LevelResource],
    assignments: Sequence[LevelAssignment],
    *,
    priorities: Mapping[int, int] | None = None,
    within_float_only: bool = False,
    granularity: int | None = None,
) -> LeveledSchedule:
    """Schedule without leveling delays, level, and reschedule with the delays.

    The leveling pass walks the project's own network (summary gates and links to and from summaries, constraints,
    task calendars, elapsed durations and lags, percent lags, the project start and status date) and moves every
    task exactly as the CPM engine does, so the rescheduled dates are the leveled ones. Each delayed task gets the
    ``leveling_delay`` the engine needs: its leveled start minus its *start bound*, i.e. the latest of the project
    start (or status date) and its FS/SS links -- the engine adds the delay there, before FF/SF links and
    constraints. Tasks leveling does not delay keep a delay of 0. Started tasks and tasks that must start or
    finish on a date keep their dates; SNLT/FNLT tasks are delayed only as far as their constraint allows;
    priority-1000 tasks are never delayed. ALAP tasks are not leveled: the engine places them after leveling, as
    late as their successors allow; if they are assigned and over-allocations remain, the project is leveled once
    more with their load where they landed, and the better of the two outcomes (less overload, then fewer periods)
    is kept. Should the engine still disagree with the pass on some task (semantics leveling does not reproduce),
    its delay is corrected from the difference for a few rounds and the task is reported in ``mismatched``. Remaining
    over-allocations are measured on the final schedule.

    Args:
        schedule_input: the project; existing leveling delays are cleared first.
        resources, assignments: as for :func:`level`.
        priorities: leveling priority per task id (0..1000, default 500).
        within_float_only: never delay a task beyond its unleveled late start.
        granularity: as for :func:`level`.
    """
    with _collector_paused():
        return _level_schedule(
            schedule_input,
            resources,
            assignments,
            priorities=priorities or {},
            within_float_only=within_float_only,
            granularity=granularity,
        )


def _level_schedule(
    schedule_input: scheduling.ScheduleInput,
    resources: Sequence[LevelResource],
    assignments: Sequence[LevelAssignment],
    *,
    priorities: Mapping[int, int],
    within_float_only: bool,
    granularity: int | None,
) -> LeveledSchedule:
    problems: list[scheduling.ScheduleProblem] = []
    base = _with_delays(schedule_input, {})
    unleveled = scheduling.compute(base)
    compiled = _ProjectGraph(base, unleveled, priorities, within_float_only)
    graph = compiled.graph
    _order_or_break(graph, problems)
    requests = _requests(graph, resources, assignments, problems)
    calendar = unleveled.clock.index
    durations = [found.finish_minutes - found.start_minutes for found in map(unleveled.tasks.__getitem__, graph.leaves)]
    starts = [unleveled.tasks[task_id].start_minutes for task_id in graph.leaves]
    lags = [abs(lag) for edges in graph.succs for _t, code, lag in edges if code < _ELAPSED]
    span = max(unleveled.project_finish_minutes, 0) + sum(durations)
    granule = _granularity(
        [abs(v) for v in [*durations, *starts, *lags, calendar.calendar.minutes_per_day] if v], span, granularity
    )

    def level_and_reschedule() -> LeveledSchedule:
        return _level_and_reschedule(
            graph, base, unleveled, requests=requests, resources=resources, granule=granule, problems=problems
        )

    outcome = level_and_reschedule()
    late = {
        node: task_id
        for task_id, node in graph.leaves.items()
        if requests[node] and not graph.loaded[node] and graph.modes[node] != _FIXED
    }
    if late and outcome.over_allocations:
        # ALAP tasks land where the engine puts them after leveling: level again with their load there.
        tasks = outcome.schedule.tasks
        graph.preload = {
            node: (tasks[task_id].start_minutes, tasks[task_id].finish_minutes) for node, task_id in late.items()
        }
        second = level_and_reschedule()
        if _overload(second.over_allocations) < _overload(outcome.over_allocations):
            outcome = second
    return outcome


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: leveling a large project allocates hundreds of thousands of small
    tuples and lists that live until the end, which would trigger full collections that find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _overload(over_allocations: Sequence[OverAllocation]) -> tuple[int, int]:
    """Percent x working minutes above capacity, roughly (peak excess over each period), then the period count."""
    excess = sum((over.demand - over.capacity) * (over.finish - over.start) for over in over_allocations)
    return excess, len(over_allocations)


def _level_and_reschedule(
    graph: _Graph,
    base: scheduling.ScheduleInput,
    unleveled: scheduling.ScheduleResult,
    *,
    requests: list[list[tuple[int, int, int]]],
    resources: Sequence[LevelResource],
    granule: int,
    problems: list[scheduling.ScheduleProblem],
) -> LeveledSchedule:
    """One leveling pass, the reschedule with its delays (corrected where the engine disagrees), the final report.
    Problems found on the way are added to ``problems`` (once)."""
    calendar = unleveled.clock.index
    found: list[scheduling.ScheduleProblem] = []
    load = _Load(resources, calendar, granule, found)
    problems.extend(problem for problem in found if problem not in problems)
    placed = _place(graph, requests, load, 53 * calendar.calendar.minutes_per_week)
    delays = {
        task_id: placed.start[node] - placed.start_bound[node]
        for task_id, node in graph.leaves.items()
        if placed.delayed[node]
    }
    target = {task_id: placed.start[node] for task_id, node in graph.leaves.items()}
    checked = [task_id for task_id, node in graph.leaves.items() if graph.modes[node] != _FIXED]
    current = _with_delays(base, delays)
    result = scheduling.compute(current)
    off = _differences(result, target, checked)
    for _round in range(_FIX_ROUNDS):
        if not off:
            break
        for task_id, difference in off.items():
            if graph.modes[graph.leaves[task_id]] == _LEVEL:
                delays[task_id] = max(0, delays.get(task_id, 0) + difference)
        current = _with_delays(base, delays)
        result = scheduling.compute(current)
        off = _differences(result, target, checked)
    leveling = LevelingResult(
        delays={task_id: delays.get(task_id, 0) for task_id in graph.leaves},
        starts=target,
        over_allocations=load.over_allocations(),
        problems=tuple(problems),
        granularity=granule,
    )
    return LeveledSchedule(
        schedule_input=current,
        schedule=result,
        unleveled=unleveled,
        leveling=leveling,
        over_allocations=_measure(result, graph, requests, resources, granule),
        mismatched=tuple(sorted(off)),
    )
