"""Resource leveling: a resource-constrained project scheduling (RCPSP) solver and the leveling of real projects.

Two entry points, both pure (plain values in, values out; no database, no Qt):

* :func:`solve` minimises the makespan of an RCPSP on integer time units: activities with fixed durations and
  constant demands, start-to-start minimum distances (any FS/SS/FF/SF link with a lag becomes one), renewable
  resources of constant capacity. It is the engine measured on PSPLIB (``tests/benchmarks/bench_psplib.py``).
* :func:`level` levels a real project on the CPM engine's output (:mod:`services.scheduling`): it delays tasks so
  that no resource is loaded beyond its max units, following the leveling priority rules, and returns each task's
  **leveling delay** (working minutes, stored in ``Task.leveling_delay`` apart from the plan) and the
  over-allocations it could not resolve. :func:`level_schedule` chains CPM -> leveling -> CPM.

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

The SGS works on plain lists: per resource a list of the free capacity per time unit; the earliest feasible start
is found by jumping past the last overloaded unit of the window (``min`` over a slice runs in C).

Algorithm of :func:`level` (one serial SGS pass, as a project manager expects, so priorities hold):

* Tasks are taken, among those whose predecessors are placed, by **priority** (higher first; 1000 = never
  delayed), then **smaller total float**, then **id**. Each is placed at the earliest start no earlier than its
  unleveled start and its links (with its predecessors' leveled dates) where its resources have room for its
  whole duration.
* Time is the project calendar's working minutes. Resource capacity is evaluated per **granule** of working time
  (``granularity`` minutes; by default the greatest common divisor of the starts, durations, lags and the calendar's
  working day, so whole-hour or whole-day data are leveled exactly; coarsened to 1 h, 4 h, 1 day... when the
  project would otherwise span more than 100,000 granules): a task loads every granule its working time touches
  with its full units. Starts and delays stay exact minutes.
* **Resource calendars (simplification).** Tasks run on the project calendar. A resource's capacity on a day is
  its max units times the share of the project's working minutes of that day it works (capped at 1): a resource
  off on Wednesdays has capacity 0 on Wednesdays, a half-day resource 50 %. Leveling therefore moves a task that
  would load a resource on its day off; a task too long to fit between days off stays unleveled and is reported.
* ``within_float_only``: a task is never delayed beyond its late start; if it does not fit by then it stays at its
  earliest start and the conflict is reported. Tasks that cannot be placed at all (units above max units, no
  window within a year of working time) stay at their earliest start too. Tasks marked not movable (started,
  pinned by a constraint) keep their dates; priority-1000 tasks follow their links but are never delayed.
* Remaining over-allocations are reported per resource and period (demand vs capacity, tasks involved).
"""

import heapq
import math
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date as datetime_date
from itertools import repeat
from operator import add, mul, sub

from model.enums import ConstraintType, DependencyType, LagKind
from services import scheduling, working_time

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

    def __init__(self, problem: Problem) -> None:  # noqa: PLR0912 (validation and compilation in one place)
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
        self.horizon = sum(max(0, d) for d in durations) + sum(max(0, gap) for edges in succs for _s, gap in edges) + 1
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

    The hot loop of :func:`solve`: the window test is ``min`` over a slice (C speed); on a conflict the search jumps
    past the last overloaded unit of the window.
    """
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


@dataclass(frozen=True, slots=True)
class LevelTask:
    """A task as the CPM engine scheduled it, without leveling delay (summaries are left out).

    Attributes:
        id: the task's id.
        start: scheduled start, project working minutes (``TaskResult.start_minutes``).
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
        max_units: percent of one full-time resource (100 = one person).
        calendar: the resource's calendar; None = available whenever the project calendar works.
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
        capacity: the resource's capacity where the peak occurs, percent.
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
        delays: per task id, its leveling delay in project working minutes (0 if not delayed): the CPM engine
            adds it after the task's link bound (``TaskInput.leveling_delay``).
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


class _Capacity:
    """Per resource, the free capacity (percent) of each granule, grown on demand from the calendars."""

    def __init__(
        self,
        resources: list[LevelResource],
        calendar: working_time.WorkingTimeIndex | None,
        granule: int,
    ) -> None:
        self.resources = resources
        self.calendar = calendar
        self.granule = granule
        self.capacity: list[list[int]] = [[] for _ in resources]
        self.free: list[list[int]] = [[] for _ in resources]
        self.indexes: list[working_time.WorkingTimeIndex | None] = []
        for resource in resources:
            if resource.calendar is None or calendar is None:
                self.indexes.append(None)
            else:
                self.indexes.append(working_time.WorkingTimeIndex(resource.calendar, calendar.origin))
        # The day (ordinal) each granule starts on, for calendar-dependent capacities.
        self.granule_days: list[int] = []
        self._day = calendar.origin.toordinal() if calendar is not None else 0
        self._worked = 0
        self._factors: list[dict[int, float]] = [{} for _ in resources]

    def _extend_days(self, count: int) -> None:
        calendar = self.calendar
        assert calendar is not None  # only called for calendar resources
        granule = self.granule
        days = self.granule_days
        while len(days) < count:
            day = datetime_date.fromordinal(self._day)
            minutes = calendar.working_minutes_on(day)
            if minutes:
                first = -(-self._worked // granule)
                last = -(-(self._worked + minutes) // granule)
                days.extend([self._day] * (last - max(first, len(days))))
                self._worked += minutes
            self._day += 1

    def _factor(self, resource: int, ordinal: int) -> float:
        found = self._factors[resource].get(ordinal)
        if found is None:
            index = self.indexes[resource]
            assert index is not None and self.calendar is not None
            day = datetime_date.fromordinal(ordinal)
            project = self.calendar.working_minutes_on(day)
            own = index.working_minutes_on(day)
            found = self._factors[resource][ordinal] = min(1.0, own / project) if project else 0.0
        return found

    def ensure(self, resource: int, length: int) -> None:
        """Grow the resource's rows to at least ``length`` granules (at least doubling)."""
        free = self.free[resource]
        have = len(free)
        if have >= length:
            return
        length = max(length, 2 * have, 64)
        units = self.resources[resource].max_units
        if self.indexes[resource] is None:
            added = [units] * (length - have)
        else:
            self._extend_days(length)
            days = self.granule_days
            added = [int(units * self._factor(resource, days[k])) for k in range(have, length)]
        self.capacity[resource].extend(added)
        free.extend(added)


def level(  # noqa: PLR0912, PLR0915 (one serial pass; its closures share the compiled arrays)
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
    index_of: dict[int, int] = {}
    kept: list[LevelTask] = []
    for task in tasks:
        if task.id in index_of:
            problems.append(
                scheduling.ScheduleProblem("duplicate-task", (task.id,), f"Task {task.id} appears more than once.")
            )
            continue
        index_of[task.id] = len(kept)
        kept.append(replace(task, duration=max(0, task.duration)))
    count = len(kept)
    durations = [task.duration for task in kept]
    succs: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    gaps: list[int] = []
    for link in links:
        p, s = index_of.get(link.predecessor), index_of.get(link.successor)
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
        succs[p].append((s, gap))
        gaps.append(gap)
    order = _topological(count, succs)
    if order is None:
        order = _break_cycles(count, succs, kept, problems)
    preds: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for p, edges in enumerate(succs):
        for s, gap in edges:
            preds[s].append((p, gap))

    resource_of: dict[int, int] = {}
    for number, resource in enumerate(resources):
        resource_of.setdefault(resource.id, number)
    requests: list[list[tuple[int, int, int]]] = [[] for _ in range(count)]  # (resource, units, units checked)
    for assignment in assignments:
        position: int | None = index_of.get(assignment.task_id)
        found = resource_of.get(assignment.resource_id)
        if position is None or found is None:
            problems.append(
                scheduling.ScheduleProblem(
                    "missing-task" if position is None else "missing-resource",
                    (assignment.task_id,),
                    f"An assignment of resource {assignment.resource_id} to task {assignment.task_id} names an "
                    "unknown task or resource; it is ignored.",
                )
            )
            continue
        if assignment.units > 0 and durations[position] > 0:
            units = assignment.units
            requests[position].append((found, units, min(units, resources[found].max_units)))

    starts_in = [task.start for task in kept]
    span = max((task.start + task.duration + task.total_float for task in kept), default=0) + sum(durations)
    values = [*durations, *(start for start in starts_in if start), *gaps]
    if calendar is not None:
        values.append(calendar.calendar.minutes_per_day)
    granule = _granularity([abs(v) for v in values if v], span, granularity)
    capacity = _Capacity(list(resources), calendar, granule)
    placements: list[list[tuple[int, int, int]]] = [[] for _ in resources]  # (first, end granule, task index)
    year = 53 * calendar.calendar.minutes_per_week if calendar is not None else 0

    def load(position: int, start: int) -> int:
        duration = durations[position]
        first = max(0, start // granule)
        end = max(first, -(-(start + duration) // granule))
        for r, units, _checked in requests[position]:
            capacity.ensure(r, end)
            row = capacity.free[r]
            row[first:end] = map(sub, row[first:end], repeat(units))
            placements[r].append((first, end, position))
        return start + duration

    def fits(position: int, start: int) -> int:
        """-1 if the task fits at ``start``, else the first start worth trying next."""
        first = max(0, start // granule)
        end = max(first, -(-(start + durations[position]) // granule))
        for r, _units, checked in requests[position]:
            capacity.ensure(r, end)
            row = capacity.free[r]
            if min(row[first:end]) < checked:
                k = end - 1
                while row[k] >= checked:
                    k -= 1
                return (k + 1) * granule
        return -1

    leveled = list(starts_in)
    horizon = 0
    for position, task in enumerate(kept):
        if not task.movable and requests[position] and durations[position]:
            horizon = max(horizon, load(position, task.start))
    waiting = [len(p) for p in preds]
    ready = [(-kept[a].priority, kept[a].total_float, kept[a].id, a) for a in range(count) if not waiting[a]]
    heapq.heapify(ready)
    earliest = [0] * count
    while ready:
        *_key, a = heapq.heappop(ready)
        task = kept[a]
        bound = task.start
        for p, gap in preds[a]:
            bound = max(bound, leveled[p] + gap)
        earliest[a] = bound
        if task.movable:
            start = bound
            if requests[a] and durations[a] and task.priority < DO_NOT_LEVEL:
                latest = task.start + task.total_float if within_float_only else None
                give_up = max(bound, horizon) + year + durations[a] + granule
                while True:
                    found = fits(a, start)
                    if found < 0:
                        break
                    start = found
                    if (latest is not None and start > latest) or start > give_up:
                        start = bound
                        break
            leveled[a] = start
            if requests[a] and durations[a]:
                horizon = max(horizon, load(a, start))
        for s, _gap in succs[a]:
            waiting[s] -= 1
            if not waiting[s]:
                heapq.heappush(ready, (-kept[s].priority, kept[s].total_float, kept[s].id, s))
    del order

    delays = {task.id: (leveled[a] - earliest[a]) if task.movable else 0 for a, task in enumerate(kept)}
    return LevelingResult(
        delays=delays,
        starts={task.id: leveled[a] for a, task in enumerate(kept)},
        over_allocations=_over_allocations(capacity, placements, kept),
        problems=tuple(problems),
        granularity=granule,
    )


def _break_cycles(
    count: int,
    succs: list[list[tuple[int, int]]],
    tasks: list[LevelTask],
    problems: list[scheduling.ScheduleProblem],
) -> list[int]:
    """Report the tasks on cycles and drop the links among them; return a topological order."""
    waiting = [0] * count
    for edges in succs:
        for s, _gap in edges:
            waiting[s] += 1
    ready = [a for a in range(count) if not waiting[a]]
    placed = [False] * count
    while ready:
        a = ready.pop()
        placed[a] = True
        for s, _gap in succs[a]:
            waiting[s] -= 1
            if not waiting[s]:
                ready.append(s)
    stuck = tuple(sorted(tasks[a].id for a in range(count) if not placed[a]))
    problems.append(
        scheduling.ScheduleProblem(
            "cycle", stuck, f"Links form a cycle through tasks {', '.join(map(str, stuck))}; they are ignored."
        )
    )
    for a in range(count):
        if not placed[a]:
            succs[a] = [(s, gap) for s, gap in succs[a] if placed[s]]
    order = _topological(count, succs)
    assert order is not None  # only links between placed tasks or from stuck to placed ones remain
    return order


def _over_allocations(
    capacity: _Capacity, placements: list[list[tuple[int, int, int]]], tasks: list[LevelTask]
) -> tuple[OverAllocation, ...]:
    """The periods of negative free capacity, per resource, with the tasks loading them."""
    found: list[OverAllocation] = []
    granule = capacity.granule
    for r, row in enumerate(capacity.free):
        if not row or min(row) >= 0:
            continue
        caps = capacity.capacity[r]
        k = 0
        size = len(row)
        while k < size:
            if row[k] >= 0:
                k += 1
                continue
            first = k
            peak = first
            while k < size and row[k] < 0:
                if caps[k] - row[k] > caps[peak] - row[peak]:
                    peak = k
                k += 1
            ids = sorted(tasks[a].id for lo, hi, a in placements[r] if lo < k and hi > first)
            found.append(
                OverAllocation(
                    resource_id=capacity.resources[r].id,
                    start=first * granule,
                    finish=k * granule,
                    demand=caps[peak] - row[peak],
                    capacity=caps[peak],
                    task_ids=tuple(ids),
                )
            )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class LeveledSchedule:
    """The outcome of :func:`level_schedule`.

    Attributes:
        schedule_input: the input with every task's ``leveling_delay`` set (store them in ``Task.leveling_delay``).
        schedule: the CPM result of ``schedule_input``: the leveled dates.
        leveling: what :func:`level` decided on the unleveled schedule.
        over_allocations: what remains over-allocated in the leveled schedule.
    """

    schedule_input: scheduling.ScheduleInput
    schedule: scheduling.ScheduleResult
    leveling: LevelingResult
    over_allocations: tuple[OverAllocation, ...]


_PINNING = frozenset(
    {
        ConstraintType.MUST_START_ON,
        ConstraintType.MUST_FINISH_ON,
        ConstraintType.START_NO_LATER_THAN,
        ConstraintType.FINISH_NO_LATER_THAN,
        ConstraintType.AS_LATE_AS_POSSIBLE,
    }
)
_FIX_ROUNDS = 4


def is_movable(task: scheduling.TaskInput) -> bool:
    """Whether leveling may delay the task: not started, no must/no-later-than or ALAP constraint."""
    started = task.actual_start is not None or task.actual_finish is not None or task.percent_complete > 0
    return not started and task.constraint not in _PINNING


def level_inputs(
    schedule_input: scheduling.ScheduleInput,
    result: scheduling.ScheduleResult,
    priorities: Mapping[int, int],
    movable: Callable[[scheduling.TaskInput], bool],
) -> tuple[list[LevelTask], list[LevelLink]]:
    """The leaf tasks (with their CPM dates, priorities and movability) and the links between leaves of a project.

    Percent lags are taken on the predecessor's duration, elapsed lags converted at the project calendar's ratio of
    working to clock minutes per week.
    """
    parents = {task.parent_id for task in schedule_input.tasks if task.parent_id is not None}
    leaves: list[LevelTask] = []
    durations: dict[int, int] = {}
    for task in schedule_input.tasks:
        if task.id in parents or task.id not in result.tasks or task.id in durations:
            continue
        found = result.tasks[task.id]
        durations[task.id] = task.duration
        leaves.append(
            LevelTask(
                id=task.id,
                start=found.start_minutes,
                duration=found.finish_minutes - found.start_minutes,
                total_float=found.total_float,
                priority=priorities.get(task.id, 500),
                movable=movable(task),
            )
        )
    week = result.clock.index.calendar.minutes_per_week
    links: list[LevelLink] = []
    for link in schedule_input.links:
        if link.predecessor not in durations or link.successor not in durations:
            continue
        if link.lag_kind is LagKind.PERCENT:
            lag = round(durations[link.predecessor] * link.lag_percent / 100)
        elif link.lag_kind is LagKind.ELAPSED:
            lag = round(link.lag_minutes * week / (7 * working_time.MINUTES_PER_DAY))
        else:
            lag = link.lag_minutes
        links.append(LevelLink(link.predecessor, link.successor, link.type, lag))
    return leaves, links


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

    Summary tasks are not leveled and links touching them are left to the CPM engine; elapsed lags are converted to
    working minutes at the project calendar's weekly ratio and percent lags on the predecessor's duration. Started
    tasks and tasks with a must/no-later-than or ALAP constraint keep their dates. If the rescheduled start of a
    task differs from the leveled one (constraints and floors apply after the delay in the CPM engine), its delay is
    corrected, a few rounds at most. Remaining over-allocations are measured on the final schedule.

    Args:
        schedule_input: the project; existing leveling delays are cleared first.
        resources, assignments: as for :func:`level`.
        priorities: leveling priority per task id (0..1000, default 500).
        within_float_only, granularity: as for :func:`level`.
    """
    base = replace(schedule_input, tasks=[replace(task, leveling_delay=0) for task in schedule_input.tasks])
    unleveled = scheduling.compute(base)
    chosen = priorities or {}
    tasks, links = level_inputs(base, unleveled, chosen, is_movable)
    calendar = unleveled.clock.index
    leveling = level(
        tasks,
        links,
        resources,
        assignments,
        calendar=calendar,
        within_float_only=within_float_only,
        granularity=granularity,
    )
    delays = dict(leveling.delays)
    target = leveling.starts
    current = base
    result = unleveled
    for _round in range(_FIX_ROUNDS):
        current = replace(base, tasks=[replace(task, leveling_delay=delays.get(task.id, 0)) for task in base.tasks])
        result = scheduling.compute(current)
        off = {
            task.id: target[task.id] - result.tasks[task.id].start_minutes
            for task in tasks
            if task.movable and task.id in result.tasks and result.tasks[task.id].start_minutes != target[task.id]
        }
        if not off:
            break
        late_predecessor = {link.successor for link in links if link.predecessor in off}
        for task_id, difference in off.items():
            if task_id not in late_predecessor:
                delays[task_id] = max(0, delays.get(task_id, 0) + difference)
    final_tasks, _links = level_inputs(current, result, chosen, lambda _task: False)
    final = level(final_tasks, links, resources, assignments, calendar=calendar, granularity=leveling.granularity)
    return LeveledSchedule(
        schedule_input=current,
        schedule=result,
        leveling=leveling,
        over_allocations=final.over_allocations,
    )
