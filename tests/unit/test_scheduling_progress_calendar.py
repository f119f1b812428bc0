"""In-progress tasks on their own calendar: the completed and the remaining work are counted on that calendar.

The case comes from the MS Project sample ``../shared/samples/mspdi/mspditimephased.xml`` (project start Thursday
2008-11-20 09:00 on a Monday-Friday 08:00-12:00, 13:00-17:00 calendar): "Task 4 - Night Shift" (UID 12) and
"Task 4 - 24 Hour" (UID 20) last 75 hours, are 50 % complete with an actual start and work on a night-shift and on a
24-hour resource's calendar. MS Project stores 2008-11-20 23:00 -> 2008-12-04 02:00 and 2008-11-20 09:00 ->
2008-11-23 12:00: the 75 hours counted on the task's calendar from its actual start. Belfry used to resume the
remaining work at the project calendar's next working moment after the completed part (Friday 22:30 became Monday
08:00, a night shift's 23:00 start became Friday 08:00), losing a night or a weekend.
"""

from datetime import datetime

from services import scheduling, working_time
from services.scheduling import LinkInput, ScheduleInput, TaskInput

HOURS = 60
WEEKDAYS = (((480, 720), (780, 1020)),) * 5 + ((), ())  # Monday-Friday 08:00-12:00, 13:00-17:00
# The sample's night shift: Monday-Friday 23:00 to 08:00 the next morning, with a break from 03:00 to 04:00.
NIGHTS = (((1380, 1440),),) + (((0, 180), (240, 480), (1380, 1440)),) * 4 + (((0, 180), (240, 480)), ())
CALENDARS = {
    "project": working_time.CalendarSpec(week=WEEKDAYS),
    "night": working_time.CalendarSpec(week=NIGHTS),
    "24h": working_time.CalendarSpec(week=(((0, 1440),),) * 7),
}
START = datetime(2008, 11, 20, 9)  # a Thursday


def schedule(
    tasks: list[TaskInput], links: tuple[LinkInput, ...] = (), status_date: datetime | None = None
) -> ScheduleInput:
    return ScheduleInput(
        project_start=START,
        tasks=tasks,
        links=list(links),
        calendars=CALENDARS,
        project_calendar="project",
        status_date=status_date,
    )


def half_done(task_id: int, calendar: str, actual_start: datetime) -> TaskInput:
    return TaskInput(
        task_id,
        75 * HOURS,
        calendar=calendar,
        actual_start=actual_start,
        percent_complete=50,
        remaining_duration=75 * HOURS // 2,
    )


def moments(result: scheduling.ScheduleResult, task_id: int) -> tuple[datetime, datetime]:
    task = result.tasks[task_id]
    return task.start, task.finish


def test_in_progress_night_shift_task_matches_ms_project() -> None:
    """mspditimephased UID 12: 2008-11-20 23:00 -> 2008-12-04 02:00, as MS Project stores it."""
    result = scheduling.compute(schedule([half_done(12, "night", datetime(2008, 11, 20, 23))]))
    assert moments(result, 12) == (datetime(2008, 11, 20, 23), datetime(2008, 12, 4, 2))
    # Its unstarted twin (UID 11 works the same hours): the same finish.
    twin = scheduling.compute(schedule([TaskInput(11, 75 * HOURS, calendar="night")]))
    assert moments(twin, 11) == moments(result, 12)


def test_in_progress_24_hour_task_matches_ms_project() -> None:
    """mspditimephased UID 20: 2008-11-20 09:00 -> 2008-11-23 12:00 (75 hours round the clock, over a weekend)."""
    result = scheduling.compute(schedule([half_done(20, "24h", START)]))
    assert moments(result, 20) == (START, datetime(2008, 11, 23, 12))


def test_a_successor_follows_the_finish_on_the_own_calendar() -> None:
    # The night-shift task ends Thursday 2008-12-04 02:00, before the project calendar works that day: a successor
    # on the project calendar starts that Thursday at 08:00.
    tasks = [half_done(1, "night", datetime(2008, 11, 20, 23)), TaskInput(2, 8 * HOURS)]
    result = scheduling.compute(schedule(tasks, (LinkInput(1, 2),)))
    assert moments(result, 2) == (datetime(2008, 12, 4, 8), datetime(2008, 12, 4, 17))


def test_remaining_work_resumes_at_the_status_moment_on_the_own_calendar() -> None:
    # Status date Tuesday 2008-11-25 (the moment is its end, midnight): the 24-hour calendar works from then on, so
    # the 37.5 remaining hours run from Wednesday 00:00 to Thursday 13:30.
    status = datetime(2008, 11, 26)
    result = scheduling.compute(schedule([half_done(20, "24h", START)], status_date=status))
    assert moments(result, 20) == (START, datetime(2008, 11, 27, 13, 30))


def test_compute_recompute_and_task_values_agree() -> None:
    tasks = [
        half_done(1, "night", datetime(2008, 11, 20, 23)),
        half_done(2, "24h", START),
        TaskInput(3, 8 * HOURS),
        TaskInput(4, 8 * HOURS, calendar="night", percent_complete=25),
    ]
    links = (LinkInput(1, 3), LinkInput(2, 4))
    for status in (None, datetime(2008, 11, 22)):
        first = scheduling.compute(schedule(tasks, links, status))
        again = scheduling.recompute(first, schedule(tasks, links, status), [1, 2])
        values = scheduling.task_values(first)
        for task_id in (1, 2, 3, 4):
            position = values.ids.index(task_id)
            computed, recomputed = first.tasks[task_id], again.tasks[task_id]
            assert (computed.start, computed.finish) == (recomputed.start, recomputed.finish)
            assert (values.start[position], values.finish[position]) == (computed.start, computed.finish)
            assert (values.late_start[position], values.late_finish[position]) == (
                computed.late_start,
                computed.late_finish,
            )
