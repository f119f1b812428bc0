"""Resource leveling: the RCPSP solver on hand-made instances, and the leveling of projects.

Project fixtures work in days of the standard calendar (480 working minutes); the project starts on Monday
5 January 2026, 08:00 (working position 0).
"""

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from model.enums import ConstraintType, DependencyType, LagKind
from services import leveling, scheduling, working_time
from services.leveling import LevelAssignment, LevelLink, LevelResource, LevelTask, Precedence, Problem

DAY = 480
START = datetime(2026, 1, 5, 8)
FS, SS, FF, SF = (
    DependencyType.FINISH_TO_START,
    DependencyType.START_TO_START,
    DependencyType.FINISH_TO_FINISH,
    DependencyType.START_TO_FINISH,
)


def solve(problem: Problem, budget: int = 300) -> leveling.Solution:
    return leveling.solve(problem, time_limit=None, max_schedules=budget, seed=7)


def check(problem: Problem, starts: tuple[int, ...]) -> None:
    """Every link and every capacity holds."""
    d = problem.durations
    for link in problem.precedences:
        gap = leveling.distance(link.type, link.lag, d[link.predecessor], d[link.successor])
        assert starts[link.successor] >= starts[link.predecessor] + gap
    assert min(starts, default=0) >= 0
    finish = max((s + t for s, t in zip(starts, d, strict=True)), default=0)
    for t in range(finish):
        for r, cap in enumerate(problem.capacities):
            load = sum(problem.demands[a][r] for a in range(len(d)) if starts[a] <= t < starts[a] + d[a])
            assert load <= cap


# -- RCPSP solver ------------------------------------------------------------------------------------------------


def test_two_tasks_sharing_a_unit_resource_are_serialised() -> None:
    problem = Problem((3, 2), ((1,), (1,)), (1,), ())
    solution = solve(problem)
    assert solution.makespan == 5
    assert sorted(solution.starts) in ([0, 2], [0, 3])
    check(problem, solution.starts)


def test_known_optimum_above_the_lower_bound() -> None:
    # A (2 days, both units) runs alone; B and C (3 days, 1 unit) and D (2 days, 1 unit, after A) share the rest.
    # The energy bound is 12 / 2 = 6, but no schedule packs without idle time: the optimum is 7.
    problem = Problem(
        durations=(2, 3, 3, 2),
        demands=((2,), (1,), (1,), (1,)),
        capacities=(2,),
        precedences=(Precedence(0, 3),),
    )
    solution = solve(problem)
    assert (solution.makespan, solution.lower_bound) == (7, 6)
    check(problem, solution.starts)


def test_generalised_links_are_respected() -> None:
    problem = Problem(
        durations=(4, 2, 3, 5),
        demands=((1,), (1,), (1,), (1,)),
        capacities=(2,),
        precedences=(
            Precedence(0, 1, SS, 1),
            Precedence(0, 2, FF, 2),
            Precedence(1, 3, SF, 6),
            Precedence(2, 3, FS, -1),
        ),
    )
    solution = solve(problem)
    check(problem, solution.starts)


def test_solver_is_deterministic_for_a_seed() -> None:
    durations = tuple(1 + (7 * k) % 5 for k in range(14))
    demands = tuple(((k * 3) % 4, (k * 5) % 3) for k in range(14))
    links = tuple(Precedence(k, k + 3) for k in range(11))
    problem = Problem(durations, demands, (4, 3), links)
    first = leveling.solve(problem, time_limit=None, max_schedules=400, seed=3)
    second = leveling.solve(problem, time_limit=None, max_schedules=400, seed=3)
    assert first.starts == second.starts
    assert first.schedules == second.schedules
    check(problem, first.starts)


def test_invalid_problems_are_programmer_errors() -> None:
    cases = [
        Problem((1, 1), ((1,), (1,)), (1,), (Precedence(0, 1), Precedence(1, 0))),
        Problem((1,), ((2,),), (1,), ()),
        Problem((1,), ((1,),), (1,), (Precedence(0, 5),)),
    ]
    for problem in cases:
        try:
            solve(problem)
        except ValueError:
            continue
        raise AssertionError(f"accepted {problem}")


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_random_problems_give_feasible_schedules(data: st.DataObject) -> None:
    size = data.draw(st.integers(1, 9))
    caps = (data.draw(st.integers(1, 4)), data.draw(st.integers(0, 3)))
    durations = tuple(data.draw(st.integers(0, 5)) for _ in range(size))
    demands = tuple((data.draw(st.integers(0, caps[0])), data.draw(st.integers(0, caps[1]))) for _ in range(size))
    links = []
    for successor in range(1, size):
        for predecessor in range(successor):
            if data.draw(st.integers(0, 3)) == 0:
                kind = data.draw(st.sampled_from([FS, SS, FF, SF]))
                links.append(Precedence(predecessor, successor, kind, data.draw(st.integers(-2, 3))))
    problem = Problem(durations, demands, caps, tuple(links))
    solution = leveling.solve(problem, time_limit=None, max_schedules=60, seed=1)
    assert solution.makespan >= solution.lower_bound
    check(problem, solution.starts)


# -- leveling ----------------------------------------------------------------------------------------------------


def test_leveling_serialises_an_over_allocated_resource() -> None:
    result = leveling.level(
        [LevelTask(1, 0, 2 * DAY), LevelTask(2, 0, 3 * DAY)],
        [],
        [LevelResource(7)],
        [LevelAssignment(1, 7), LevelAssignment(2, 7)],
    )
    assert result.delays == {1: 0, 2: 2 * DAY}
    assert result.over_allocations == ()
    assert result.granularity == DAY


def test_priority_then_float_then_id() -> None:
    tasks = [LevelTask(1, 0, DAY), LevelTask(2, 0, DAY, priority=800), LevelTask(3, 0, DAY, total_float=DAY)]
    assignments = [LevelAssignment(task.id, 7) for task in tasks]
    result = leveling.level(tasks, [], [LevelResource(7)], assignments)
    assert result.starts == {2: 0, 1: DAY, 3: 2 * DAY}  # priority 800 first, then float 0 before float 1 day
    tied = [LevelTask(5, 0, DAY), LevelTask(4, 0, DAY)]
    result = leveling.level(tied, [], [LevelResource(7)], [LevelAssignment(5, 7), LevelAssignment(4, 7)])
    assert result.starts == {4: 0, 5: DAY}


def test_priority_1000_is_never_delayed() -> None:
    tasks = [LevelTask(1, 0, 2 * DAY, priority=900), LevelTask(2, DAY, DAY, priority=leveling.DO_NOT_LEVEL)]
    assignments = [LevelAssignment(1, 7), LevelAssignment(2, 7)]
    first = leveling.level(tasks, [], [LevelResource(7)], assignments)
    assert first.delays == {1: 2 * DAY, 2: 0}  # placed first, it keeps its day; the other one yields
    # Here task 2 becomes eligible (after task 3) only once task 1 holds the resource: it still does not move.
    tasks = [*tasks, LevelTask(3, 0, DAY)]
    result = leveling.level(tasks, [LevelLink(3, 2)], [LevelResource(7)], assignments)
    assert result.delays == {1: 0, 2: 0, 3: 0}
    (over,) = result.over_allocations
    assert (over.resource_id, over.start, over.finish, over.demand, over.capacity) == (7, DAY, 2 * DAY, 200, 100)
    assert over.task_ids == (1, 2)


def test_within_float_only_leaves_the_conflict_and_reports_it() -> None:
    tasks = [LevelTask(1, 0, 2 * DAY, priority=600), LevelTask(2, 0, DAY, total_float=DAY)]
    assignments = [LevelAssignment(1, 7), LevelAssignment(2, 7)]
    free = leveling.level(tasks, [], [LevelResource(7)], assignments)
    assert free.delays[2] == 2 * DAY and not free.over_allocations
    bounded = leveling.level(tasks, [], [LevelResource(7)], assignments, within_float_only=True)
    assert bounded.delays[2] == 0
    (over,) = bounded.over_allocations
    assert (over.start, over.finish, over.task_ids) == (0, DAY, (1, 2))
    roomy = [tasks[0], LevelTask(2, 0, DAY, total_float=2 * DAY)]
    assert leveling.level(roomy, [], [LevelResource(7)], assignments, within_float_only=True).delays[2] == 2 * DAY


def test_units_beyond_max_units_are_reported_not_chased() -> None:
    result = leveling.level(
        [LevelTask(1, 0, DAY), LevelTask(2, 0, DAY)],
        [],
        [LevelResource(7, max_units=100), LevelResource(8, max_units=300)],
        [LevelAssignment(1, 7, units=200), LevelAssignment(2, 8, units=100)],
    )
    assert result.delays == {1: 0, 2: 0}
    (over,) = result.over_allocations
    assert (over.resource_id, over.demand, over.capacity, over.task_ids) == (7, 200, 100, (1,))


def test_links_carry_delays_to_successors_and_units_share_capacity() -> None:
    tasks = [LevelTask(1, 0, DAY), LevelTask(2, 0, 2 * DAY), LevelTask(3, DAY, DAY), LevelTask(4, 0, 3 * DAY)]
    links = [LevelLink(1, 3), LevelLink(2, 4, SS, DAY // 2)]
    assignments = [
        LevelAssignment(1, 7, 50),
        LevelAssignment(2, 7, 100),
        LevelAssignment(3, 7, 50),
        LevelAssignment(4, 8, 100),
    ]
    result = leveling.level(tasks, links, [LevelResource(7), LevelResource(8)], assignments)
    # 1 and 3 (50 % each) could share; 2 (100 %) waits for 1 and 3? No: by float and id 1 goes first, then 2 after
    # it (100 % does not fit beside 50 %), 3 after 2; 4 follows 2 by SS + half a day.
    assert result.starts[1] == 0
    assert result.starts[2] == DAY
    assert result.starts[3] == 3 * DAY
    assert result.delays[3] == 2 * DAY  # its link allows day 1
    assert result.starts[4] == DAY + DAY // 2
    assert result.delays[4] == 0  # the link, not leveling, moved it
    assert result.granularity == DAY // 2


def test_unmovable_tasks_keep_their_place_and_load() -> None:
    tasks = [LevelTask(1, DAY, 2 * DAY, movable=False), LevelTask(2, 0, 2 * DAY, priority=900)]
    result = leveling.level(tasks, [], [LevelResource(7)], [LevelAssignment(1, 7), LevelAssignment(2, 7)])
    assert result.starts == {1: DAY, 2: 3 * DAY}
    assert result.delays == {1: 0, 2: 3 * DAY}


def test_resource_off_on_wednesdays() -> None:
    index = working_time.WorkingTimeIndex(working_time.standard_calendar(()), START.date())
    part_time = LevelResource(7, calendar=working_time.four_fifths_calendar(2, ()))
    tasks = [LevelTask(1, DAY, DAY), LevelTask(2, DAY, DAY), LevelTask(3, 0, DAY)]  # Tuesday, Tuesday, Monday
    assignments = [LevelAssignment(task.id, 7) for task in tasks]
    result = leveling.level(tasks, [], [part_time], assignments, calendar=index)
    assert result.starts == {1: DAY, 2: 3 * DAY, 3: 0}  # Tuesday, Thursday (not all on Wednesday), Monday
    assert not result.over_allocations


def test_work_continues_across_a_part_time_resource_s_day_off() -> None:
    index = working_time.WorkingTimeIndex(working_time.standard_calendar(()), START.date())
    part_time = LevelResource(7, calendar=working_time.four_fifths_calendar(2, ()))
    tasks = [LevelTask(1, 0, 5 * DAY), LevelTask(2, 0, 5 * DAY), LevelTask(3, 2 * DAY, DAY)]
    assignments = [LevelAssignment(task.id, 7) for task in tasks]
    result = leveling.level(tasks, [], [part_time], assignments, calendar=index)
    # Task 1 runs Monday to Friday across the Wednesday off (nothing is checked or counted on Wednesdays), task 2
    # the week after; task 3 (one day, a Wednesday) must not lie all in time off: it waits for a working day.
    assert result.starts == {1: 0, 2: 5 * DAY, 3: 10 * DAY}
    assert not result.over_allocations
    both = leveling.level(tasks[:2], [], [part_time, LevelResource(8)], [*assignments[:2], LevelAssignment(2, 8)])
    assert both.starts == {1: 0, 2: 5 * DAY}  # resource calendars are ignored without the project calendar


def test_leveling_is_deterministic() -> None:
    tasks = [LevelTask(k, (k % 4) * DAY, (1 + k % 3) * DAY, total_float=k % 5 * DAY) for k in range(1, 40)]
    links = [LevelLink(k, k + 5) for k in range(1, 30, 2)]
    assignments = [LevelAssignment(k, k % 3, 50 + 25 * (k % 3)) for k in range(1, 40)]
    resources = [LevelResource(r) for r in range(3)]
    first = leveling.level(tasks, links, resources, assignments)
    assert first == leveling.level(tasks, links, resources, assignments)
    assert not first.over_allocations


def test_bad_input_is_reported() -> None:
    result = leveling.level(
        [LevelTask(1, 0, DAY), LevelTask(2, 0, DAY), LevelTask(1, 0, DAY)],
        [LevelLink(1, 2), LevelLink(2, 1), LevelLink(1, 9)],
        [LevelResource(7)],
        [LevelAssignment(1, 8), LevelAssignment(2, 7)],
    )
    kinds = sorted(problem.kind for problem in result.problems)
    assert kinds == ["cycle", "duplicate-task", "missing-resource", "missing-task"]
    assert set(result.starts) == {1, 2}


def test_level_schedule_end_to_end() -> None:
    calendar = working_time.standard_calendar(())
    schedule_input = scheduling.ScheduleInput(
        project_start=START,
        tasks=[
            scheduling.TaskInput(1, 2 * DAY),
            scheduling.TaskInput(2, 3 * DAY),
            scheduling.TaskInput(3, DAY),
            scheduling.TaskInput(
                4, DAY, constraint=ConstraintType.START_NO_EARLIER_THAN, constraint_date=datetime(2026, 1, 6, 8)
            ),
            scheduling.TaskInput(5, DAY, leveling_delay=99),
        ],
        links=[scheduling.LinkInput(1, 3)],
        calendars={"standard": calendar},
        project_calendar="standard",
    )
    resources = [LevelResource(7), LevelResource(8)]
    assignments = [LevelAssignment(1, 7), LevelAssignment(2, 7), LevelAssignment(4, 8), LevelAssignment(5, 8)]
    outcome = leveling.level_schedule(schedule_input, resources, assignments, priorities={2: 700, 5: 700})
    tasks = outcome.schedule.tasks
    assert tasks[2].start == datetime(2026, 1, 5, 8)
    assert tasks[1].start == datetime(2026, 1, 8, 8)  # after task 2 (priority 700)
    assert tasks[3].start == datetime(2026, 1, 12, 8)  # its link follows task 1
    assert tasks[5].start == datetime(2026, 1, 5, 8)  # the old delay was cleared
    assert tasks[4].start == datetime(2026, 1, 6, 8)  # SNET Tuesday: the constraint, not leveling, placed it
    delays = {task.id: task.leveling_delay for task in outcome.schedule_input.tasks}
    assert delays == {1: 3 * DAY, 2: 0, 3: 0, 4: 0, 5: 0}
    assert outcome.over_allocations == ()


def test_level_schedule_corrects_delays_behind_constraints() -> None:
    calendar = working_time.standard_calendar(())
    snet = datetime(2026, 1, 6, 8)
    schedule_input = scheduling.ScheduleInput(
        project_start=START,
        tasks=[
            scheduling.TaskInput(1, 3 * DAY, constraint=ConstraintType.MUST_START_ON, constraint_date=START),
            scheduling.TaskInput(2, DAY, constraint=ConstraintType.START_NO_EARLIER_THAN, constraint_date=snet),
        ],
        links=[],
        calendars={"standard": calendar},
        project_calendar="standard",
    )
    assignments = [LevelAssignment(1, 7), LevelAssignment(2, 7)]
    outcome = leveling.level_schedule(schedule_input, [LevelResource(7)], assignments)
    assert outcome.schedule.tasks[1].start == START  # pinned
    assert outcome.schedule.tasks[2].start == datetime(2026, 1, 8, 8)
    assert outcome.over_allocations == ()


def project(tasks: list[scheduling.TaskInput], links: list[scheduling.LinkInput]) -> scheduling.ScheduleInput:
    return scheduling.ScheduleInput(
        project_start=START,
        tasks=tasks,
        links=links,
        calendars={
            "standard": working_time.standard_calendar(()),
            "part": working_time.four_fifths_calendar(2, ()),
        },
        project_calendar="standard",
    )


def test_a_delay_counts_from_the_start_bound_not_from_a_finish_to_finish_link() -> None:
    # C is held by an FF link (its start bound is the project start, its early start day 3); A holds the resource
    # until day 5. The engine adds the delay to the start bound, so C needs a delay of 5 days, not 2.
    schedule_input = project(
        [scheduling.TaskInput(1, 5 * DAY), scheduling.TaskInput(2, 4 * DAY), scheduling.TaskInput(3, DAY)],
        [scheduling.LinkInput(2, 3, FF)],
    )
    outcome = leveling.level_schedule(
        schedule_input, [LevelResource(7)], [LevelAssignment(1, 7), LevelAssignment(3, 7)]
    )
    assert outcome.schedule.tasks[3].start_minutes == 5 * DAY
    assert outcome.leveling.delays[3] == 5 * DAY
    assert outcome.mismatched == () and outcome.over_allocations == ()


def test_links_to_summaries_are_followed_by_leveling() -> None:
    # P -> summary S (child X); Y (priority 700) takes the resource first. X's start bound is S's start gate (day 1).
    schedule_input = project(
        [
            scheduling.TaskInput(1, DAY),
            scheduling.TaskInput(10, 0),
            scheduling.TaskInput(11, 2 * DAY, parent_id=10),
            scheduling.TaskInput(12, 3 * DAY),
        ],
        [scheduling.LinkInput(1, 10)],
    )
    outcome = leveling.level_schedule(
        schedule_input, [LevelResource(7)], [LevelAssignment(11, 7), LevelAssignment(12, 7)], priorities={12: 700}
    )
    tasks = outcome.schedule.tasks
    assert (tasks[12].start_minutes, tasks[11].start_minutes) == (0, 3 * DAY)
    assert outcome.leveling.delays[11] == 2 * DAY
    assert tasks[10].start_minutes == 3 * DAY  # the summary rolls up from its child
    assert outcome.mismatched == () and outcome.over_allocations == ()


def test_no_later_than_caps_leveling_and_the_conflict_is_reported() -> None:
    snlt = datetime(2026, 1, 6, 8)
    schedule_input = project(
        [
            scheduling.TaskInput(1, 3 * DAY, constraint=ConstraintType.START_NO_EARLIER_THAN, constraint_date=START),
            scheduling.TaskInput(2, DAY, constraint=ConstraintType.START_NO_LATER_THAN, constraint_date=snlt),
        ],
        [],
    )
    assignments = [LevelAssignment(1, 7), LevelAssignment(2, 7)]
    outcome = leveling.level_schedule(schedule_input, [LevelResource(7)], assignments, priorities={1: 900})
    assert outcome.schedule.tasks[2].start_minutes == 0  # it cannot wait until day 3: left where it was
    (over,) = outcome.over_allocations
    assert (over.start, over.finish, over.task_ids) == (0, DAY, (1, 2))


@st.composite
def projects(draw: st.DrawFn) -> tuple[scheduling.ScheduleInput, list[LevelAssignment], bool]:
    """Random small projects using every feature the leveling pass mirrors: a summary with links to and from it,
    FS/SS/FF/SF links with working, elapsed and percent lags, SNET/FNET (and sometimes SNLT, FNLT, MSO, ALAP)
    constraints, dates before the project start, a status date, task calendars, elapsed durations, milestones; two
    resources, one off on Wednesdays."""
    count = draw(st.integers(2, 9))
    first, last = sorted(draw(st.lists(st.integers(1, count), min_size=2, max_size=2)))
    capped = False
    tasks = [scheduling.TaskInput(100, 0)]
    for task_id in range(1, count + 1):
        elapsed = draw(st.integers(0, 5)) == 0
        duration = draw(st.integers(1, 3)) * 1440 if elapsed else draw(st.integers(0, 8)) * DAY // 2
        kind = draw(st.sampled_from(["asap"] * 6 + ["snet", "fnet", "snlt", "fnlt", "mso", "alap"]))
        constraint = {
            "asap": ConstraintType.AS_SOON_AS_POSSIBLE,
            "snet": ConstraintType.START_NO_EARLIER_THAN,
            "fnet": ConstraintType.FINISH_NO_EARLIER_THAN,
            "snlt": ConstraintType.START_NO_LATER_THAN,
            "fnlt": ConstraintType.FINISH_NO_LATER_THAN,
            "mso": ConstraintType.MUST_START_ON,
            "alap": ConstraintType.AS_LATE_AS_POSSIBLE,
        }[kind]
        capped = capped or kind in ("snlt", "fnlt", "mso", "alap")
        day = draw(st.integers(-3, 6))  # a few SNET/FNET dates before the project start
        tasks.append(
            scheduling.TaskInput(
                task_id,
                duration,
                elapsed=elapsed,
                milestone=duration == 0 and draw(st.booleans()),
                parent_id=100 if first <= task_id <= last else None,
                constraint=constraint,
                constraint_date=START + timedelta(days=day) if kind not in ("asap", "alap") else None,
                calendar="part" if draw(st.integers(0, 3)) == 0 else None,
            )
        )
    links: list[scheduling.LinkInput] = []
    pairs = [(p, s) for s in range(1, count + 1) for p in range(1, s)]
    pairs += [(p, 100) for p in range(1, first)] + [(100, s) for s in range(last + 1, count + 1)]
    for p, s in draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10)) if pairs else []:
        lag_kind = draw(st.sampled_from([LagKind.WORKING, LagKind.WORKING, LagKind.ELAPSED, LagKind.PERCENT]))
        lag = draw(st.integers(-1, 2)) * (1440 if lag_kind is LagKind.ELAPSED else DAY // 2)
        percent = float(draw(st.sampled_from([-25, 50, 100])))
        links.append(scheduling.LinkInput(p, s, draw(st.sampled_from([FS, SS, FF, SF])), lag_kind, lag, percent))
    assignments = [
        LevelAssignment(task_id, resource, draw(st.sampled_from([50, 100])))
        for task_id in range(1, count + 1)
        for resource in (7, 8)
        if draw(st.integers(0, 2)) == 0
    ]
    status = draw(st.sampled_from([None, None, datetime(2026, 1, 6, 12)]))
    return replace(project(tasks, links), status_date=status), assignments, capped


@settings(max_examples=120, deadline=None)
@given(projects())
def test_the_rescheduled_dates_are_the_leveled_dates(case: tuple[scheduling.ScheduleInput, list, bool]) -> None:
    schedule_input, assignments, capped = case
    resources = [LevelResource(7), LevelResource(8, calendar=working_time.four_fifths_calendar(2, ()))]
    outcome = leveling.level_schedule(schedule_input, resources, assignments)
    assert outcome.mismatched == ()
    tasks = outcome.schedule.tasks
    for task_id, start in outcome.leveling.starts.items():
        assert tasks[task_id].early_start_minutes == start
    if not capped:
        assert outcome.over_allocations == ()
        assert outcome.leveling.over_allocations == ()


def test_alap_tasks_are_leveled_around_where_the_engine_puts_them() -> None:
    # X (priority 900) holds resource 8 for 3 days, so S waits until day 3; ALAP task A lands just before S, on
    # day 2, where B (resource 7, 3 days from day 0) would overlap it: the second pass moves B after A.
    alap = ConstraintType.AS_LATE_AS_POSSIBLE
    schedule_input = project(
        [
            scheduling.TaskInput(1, 3 * DAY),
            scheduling.TaskInput(2, DAY),
            scheduling.TaskInput(3, DAY, constraint=alap),
            scheduling.TaskInput(4, 3 * DAY),
        ],
        [scheduling.LinkInput(3, 2)],
    )
    assignments = [LevelAssignment(1, 8), LevelAssignment(2, 8), LevelAssignment(3, 7), LevelAssignment(4, 7)]
    resources = [LevelResource(7), LevelResource(8)]
    outcome = leveling.level_schedule(schedule_input, resources, assignments, priorities={1: 900})
    tasks = outcome.schedule.tasks
    assert [tasks[k].start_minutes for k in (1, 2, 3, 4)] == [0, 3 * DAY, 2 * DAY, 3 * DAY]
    assert outcome.over_allocations == () and outcome.mismatched == ()
