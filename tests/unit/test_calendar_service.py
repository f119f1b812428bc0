"""The calendar editor's service: interval text, presets, recurrences, the effective calendar, rules and saving."""

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from model.entities import Resource, Task
from model.enums import HolidayLayer
from model.ids import CalendarId, ProjectId
from services import calendar_service, edits, project_setup, schedule_service
from services.calendar_service import (
    CalendarDraft,
    CalendarInputError,
    CalendarSet,
    CalendarUsage,
    DayKind,
    ExceptionDraft,
    RecurrenceKind,
    WeekPreset,
)
from tests.memory_db import memory_engine

START = dt.datetime(2026, 11, 30, 8, 0)  # a Monday
STANDARD_DAY = ((480, 720), (780, 1020))


@pytest.fixture
def session() -> Iterator[Session]:
    engine = memory_engine()
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


@pytest.fixture
def project_id(session: Session) -> ProjectId:
    return project_setup.new_project(session, name="Digital counter", start=START)


def draft(key: int, name: str, **values: Any) -> CalendarDraft:
    return CalendarDraft(key=key, name=name, **{"week": (STANDARD_DAY,) * 5 + ((), ()), **values})


# --------------------------------------------------------------------------------------------------- interval text


@pytest.mark.parametrize(
    ("text", "intervals"),
    [
        ("08:00-12:00, 13:00-17:00", ((480, 720), (780, 1020))),
        ("13:00–17:00; 8–12", ((480, 720), (780, 1020))),
        ("8h30-12h, 13h-16h45", ((510, 720), (780, 1005))),
        ("22.00-24:00", ((1320, 1440),)),
        ("  ", ()),
        ("", ()),
    ],
)
def test_interval_text_is_read(text: str, intervals: calendar_service.DayPattern) -> None:
    assert calendar_service.parse_intervals(text, "Monday") == intervals


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("13:00-12:00", "Wednesday: the interval 13:00–12:00 must end after it starts."),
        ("08:00-08:00", "Wednesday: the interval 08:00–08:00 must end after it starts."),
        ("08:00-12:00, 11:00-17:00", "Wednesday: the intervals 08:00–12:00 and 11:00–17:00 overlap."),
        ("morning", "Wednesday: “morning” is not a time interval such as 08:00-12:00."),
        ("08:00-25:00", "Wednesday: 25:00 is not a time of day (00:00 to 24:00)."),
        ("08:75-12:00", "Wednesday: 08:75 is not a time of day (00:00 to 24:00)."),
    ],
)
def test_bad_interval_text_is_refused_naming_the_day(text: str, message: str) -> None:
    with pytest.raises(CalendarInputError) as caught:
        calendar_service.parse_intervals(text, "Wednesday")
    assert str(caught.value) == message


@given(st.lists(st.integers(0, 1440), max_size=8, unique=True))
def test_formatted_intervals_read_back(bounds: list[int]) -> None:
    ordered = sorted(bounds)
    pattern = tuple(zip(ordered[::2], ordered[1::2], strict=False))
    assert calendar_service.parse_intervals(calendar_service.format_intervals(pattern), "Day") == pattern


def test_presets() -> None:
    minutes = {
        preset: sum(calendar_service.pattern_minutes(day) for day in calendar_service.preset_week(preset))
        for preset in WeekPreset
    }
    assert minutes == {
        WeekPreset.STANDARD: 2400,
        WeekPreset.FOUR_FIFTHS_WEDNESDAY: 1920,
        WeekPreset.FOUR_FIFTHS_FRIDAY: 1920,
        WeekPreset.HALF_TIME_MORNINGS: 1200,
        WeekPreset.SEVEN_DAYS: 3360,
        WeekPreset.NONE: 0,
    }
    assert calendar_service.preset_week(WeekPreset.FOUR_FIFTHS_WEDNESDAY)[2] == ()
    assert calendar_service.preset_week(WeekPreset.FOUR_FIFTHS_FRIDAY)[4] == ()


# --------------------------------------------------------------------------------------------------- recurrence


def test_recurrence_kinds_round_trip() -> None:
    start = dt.date(2026, 7, 11)  # a Saturday
    assert calendar_service.recurrence_rule(RecurrenceKind.YEARLY, start) == "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=11"
    assert calendar_service.recurrence_rule(RecurrenceKind.WEEKLY, start) == "FREQ=WEEKLY;BYDAY=SA"
    assert calendar_service.recurrence_rule(RecurrenceKind.MONTHLY, start) == "FREQ=MONTHLY;BYMONTHDAY=11"
    assert calendar_service.recurrence_rule(RecurrenceKind.NONE, start) is None
    for kind in (RecurrenceKind.NONE, RecurrenceKind.WEEKLY, RecurrenceKind.MONTHLY, RecurrenceKind.YEARLY):
        assert calendar_service.recurrence_kind(calendar_service.recurrence_rule(kind, start), start) == kind
    assert calendar_service.recurrence_kind("FREQ=YEARLY", start) == RecurrenceKind.YEARLY
    assert calendar_service.recurrence_kind("FREQ=MONTHLY;BYDAY=2MO", start) == RecurrenceKind.CUSTOM
    assert calendar_service.recurrence_kind("FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=12", start) == RecurrenceKind.CUSTOM
    with pytest.raises(ValueError, match="custom"):
        calendar_service.recurrence_rule(RecurrenceKind.CUSTOM, start)


def test_custom_rules_are_checked() -> None:
    assert calendar_service.check_recurrence(" rrule:freq=monthly; byday=2MO ", "Staff day") == "FREQ=MONTHLY;BYDAY=2MO"
    with pytest.raises(CalendarInputError, match="Staff day: the rule “FREQ=HOURLY” needs FREQ=DAILY"):
        calendar_service.check_recurrence("FREQ=HOURLY", "Staff day")
    with pytest.raises(CalendarInputError, match="a part Belfry cannot read: BYHOUR"):
        calendar_service.check_recurrence("FREQ=DAILY;BYHOUR=3", "Staff day")
    with pytest.raises(CalendarInputError, match="cannot be read"):
        calendar_service.check_recurrence("FREQ=DAILY;INTERVAL=x", "Staff day")


# --------------------------------------------------------------------------------------------------- effective calendar


def test_day_precedence_exception_over_holiday_over_week() -> None:
    standard = draft(
        1,
        "Standard",
        holiday_layers=frozenset({HolidayLayer.BELGIAN_PUBLIC}),
        exceptions=(
            ExceptionDraft(10, "Christmas Eve", dt.date(2026, 12, 24), dt.date(2026, 12, 24)),
            ExceptionDraft(11, "Stock-taking", dt.date(2026, 12, 25), dt.date(2026, 12, 25), ((480, 720),)),
        ),
    )
    calendars = CalendarSet((standard,), 1)
    days = {
        info.day: info for info in calendar_service.day_infos(calendars, 1, dt.date(2026, 12, 21), dt.date(2027, 1, 3))
    }
    assert days[dt.date(2026, 12, 23)].kind == DayKind.WORKING
    assert days[dt.date(2026, 12, 23)].intervals == STANDARD_DAY
    assert days[dt.date(2026, 12, 24)] == calendar_service.DayInfo(
        dt.date(2026, 12, 24), DayKind.EXCEPTION_CLOSED, (), "Christmas Eve"
    )
    assert days[dt.date(2026, 12, 25)].kind == DayKind.EXCEPTION_HOURS  # over Christmas Day
    assert days[dt.date(2026, 12, 26)].kind == DayKind.DAY_OFF
    assert days[dt.date(2027, 1, 1)] == calendar_service.DayInfo(
        dt.date(2027, 1, 1), DayKind.HOLIDAY, (), "New Year's Day"
    )
    assert len(days) == 14


def test_base_calendars_lend_their_week_exceptions_and_layers() -> None:
    base = draft(
        1,
        "Federal",
        holiday_layers=frozenset({HolidayLayer.BELGIAN_PUBLIC}),
        exceptions=(
            ExceptionDraft(
                10,
                "Flemish holiday",
                dt.date(2026, 7, 11),
                dt.date(2026, 7, 11),
                recurrence="FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=11",
                until=dt.date(2027, 12, 31),
            ),
        ),
    )
    derived = CalendarDraft(key=-1, name="Team", base_key=1, holiday_layers=frozenset({HolidayLayer.FRENCH_COMMUNITY}))
    calendars = CalendarSet((base, derived), 1)
    assert not derived.has_own_week
    assert calendar_service.week_source(calendars, -1) == base
    assert calendar_service.inherited_layers(calendars, -1) == {HolidayLayer.BELGIAN_PUBLIC: "Federal"}
    spec = calendar_service.effective_spec(calendars, -1)
    assert spec.week == base.week
    assert spec.holiday_layers == (HolidayLayer.BELGIAN_PUBLIC, HolidayLayer.FRENCH_COMMUNITY)
    assert [e.start for e in spec.exceptions] == [dt.date(2026, 7, 11), dt.date(2027, 7, 11)]
    days = {
        info.day: info for info in calendar_service.day_infos(calendars, -1, dt.date(2028, 7, 10), dt.date(2028, 7, 11))
    }
    assert days[dt.date(2028, 7, 11)].kind == DayKind.WORKING  # the series ended in 2027
    rows = calendar_service.holiday_rows(calendars, -1, 2026)
    community = next(row for row in rows if row.day == dt.date(2026, 9, 27))
    assert community.layers == (HolidayLayer.FRENCH_COMMUNITY,)
    assert not community.closes_a_working_day  # a Sunday
    assert calendar_service.base_candidates(calendars, 1) == []  # the team calendar derives from it
    assert calendar_service.base_candidates(calendars, -1) == [base]


def test_holiday_rows_tell_what_each_holiday_does() -> None:
    calendars = CalendarSet(
        (
            draft(
                1,
                "Standard",
                holiday_layers=frozenset({HolidayLayer.BELGIAN_PUBLIC, HolidayLayer.FEDERAL_CIVIL_SERVICE}),
                exceptions=(ExceptionDraft(5, "Go-live", dt.date(2026, 11, 11), dt.date(2026, 11, 11), STANDARD_DAY),),
            ),
        ),
        1,
    )
    rows = {row.day: row for row in calendar_service.holiday_rows(calendars, 1, 2026)}
    assert rows[dt.date(2026, 12, 25)].closes_a_working_day
    assert rows[dt.date(2026, 12, 26)].layers == (HolidayLayer.FEDERAL_CIVIL_SERVICE,)
    assert not rows[dt.date(2026, 12, 26)].closes_a_working_day  # a Saturday
    armistice = rows[dt.date(2026, 11, 11)]
    assert (armistice.exception, armistice.worked, armistice.closes_a_working_day) == ("Go-live", True, False)


# --------------------------------------------------------------------------------------------------- rules


def test_deletion_is_refused_while_the_calendar_is_in_use() -> None:
    calendars = CalendarSet(
        (draft(1, "Standard"), draft(2, "Four-fifths"), CalendarDraft(3, "Cut-over", base_key=1), draft(4, "Spare")),
        1,
    )
    usage = {2: CalendarUsage(task_count=1, resource_count=3), 4: CalendarUsage()}
    assert calendar_service.deletion_refusal(calendars, usage, 1) == (
        "“Standard” cannot be deleted: it is used by the project and the calendar “Cut-over” (its base calendar)."
    )
    assert calendar_service.deletion_refusal(calendars, usage, 2) == (
        "“Four-fifths” cannot be deleted: it is used by 1 task and 3 resources."
    )
    assert calendar_service.deletion_refusal(calendars, usage, 3) is None
    assert calendar_service.deletion_refusal(calendars, usage, 4) is None
    assert calendar_service.deletion_refusal(calendars, {2: CalendarUsage(task_count=2)}, 2) == (
        "“Four-fifths” cannot be deleted: it is used by 2 tasks."
    )


def test_problems_name_the_calendar() -> None:
    calendars = CalendarSet(
        (
            draft(1, "Standard"),
            draft(2, " standard "),
            CalendarDraft(3, "Nothing"),
            draft(4, "  "),
            draft(
                5,
                "Odd",
                exceptions=(
                    ExceptionDraft(
                        1,
                        "Loop",
                        dt.date(2026, 1, 2),
                        dt.date(2026, 1, 2),
                        recurrence="FREQ=DAILY",
                        until=dt.date(2026, 1, 1),
                    ),
                ),
            ),
        ),
        1,
    )
    assert calendar_service.problems(calendars) == [
        "Two calendars are named “standard”.",
        "“Nothing” has no working time in its week: give it working hours or a base calendar that has some.",
        "Every calendar needs a name.",
        "The exception “Loop” of “Odd” repeats until a day before its first.",
    ]
    assert calendar_service.problems(CalendarSet((draft(1, "Standard"),), 1)) == []


def test_keys_of_new_rows_are_negative_and_fresh() -> None:
    calendars = CalendarSet(
        (draft(4, "Standard", exceptions=(ExceptionDraft(7, "x", START.date(), START.date()),)),), 4
    )
    assert calendars.new_calendar_key() == -1
    assert calendars.new_exception_key() == -1
    copy = calendar_service.copy_calendar(calendars, 4, calendars.new_calendar_key(), "Copy of Standard")
    calendars = calendars.replaced(copy)
    assert [e.key for e in copy.exceptions] == [-1]
    assert (calendars.new_calendar_key(), calendars.new_exception_key()) == (-2, -2)
    assert calendars.without(-1).calendars == (calendars[4],)
    with pytest.raises(KeyError):
        calendars[99]


# --------------------------------------------------------------------------------------------------- reading and saving


def save(session: Session, project_id: ProjectId, edited: CalendarSet) -> edits.Applied:
    change = calendar_service.save_change(session, project_id, edited)
    assert change is not None
    applied = edits.apply(session, change)
    schedule_service.reschedule(session, project_id)
    return applied


def comparable(calendars: CalendarSet) -> list[tuple[Any, ...]]:
    """The calendars without their keys (new rows get ids when saved): names, bases by name, weeks, exceptions."""
    names = {calendar.key: calendar.name for calendar in calendars.calendars}
    return [
        (
            calendar.name,
            names.get(calendar.base_key),  # type: ignore[arg-type]
            calendar.week,
            [dataclasses.replace(exception, key=0) for exception in calendar.exceptions],
            calendar.holiday_layers,
            calendar.key == calendars.project_calendar_key,
        )
        for calendar in sorted(calendars.calendars, key=lambda c: c.name)
    ]


def test_saving_writes_every_edit_and_the_inverse_restores_everything(session: Session, project_id: ProjectId) -> None:
    before = calendar_service.calendar_set(session, project_id)
    (standard,) = before.calendars
    assert standard.name == "Standard"
    assert standard.holiday_layers == {HolidayLayer.BELGIAN_PUBLIC}
    assert before.project_calendar_key == standard.key
    assert calendar_service.save_change(session, project_id, before) is None  # nothing changed

    week = list(standard.week)
    week[2] = ()
    edited_standard = dataclasses.replace(
        standard,
        name="Federal",
        week=tuple(week),
        holiday_layers=frozenset({HolidayLayer.FLEMISH_COMMUNITY}),
        exceptions=(
            ExceptionDraft(-1, "Christmas Eve", dt.date(2026, 12, 24), dt.date(2026, 12, 24)),
            ExceptionDraft(
                -2,
                "Half day",
                dt.date(2026, 12, 31),
                dt.date(2026, 12, 31),
                ((480, 720),),
                "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
            ),
        ),
    )
    edited = before.replaced(edited_standard)
    team = dataclasses.replace(
        calendar_service.copy_calendar(edited, standard.key, edited.new_calendar_key(), "Team"),
        base_key=standard.key,
        week=calendar_service.EMPTY_WEEK,
    )
    edited = edited.replaced(team)
    edited = dataclasses.replace(edited, project_calendar_key=team.key)

    applied = save(session, project_id, edited)
    assert applied.changes.calendars and applied.changes.schedule
    after = calendar_service.calendar_set(session, project_id)
    assert comparable(after) == comparable(edited)
    specs = schedule_service.calendar_specs(session, project_id)
    for calendar in after.calendars:
        spec, stored = calendar_service.effective_spec(after, calendar.key), specs[CalendarId(calendar.key)]
        assert (spec.week, spec.exceptions) == (stored.week, stored.exceptions)
        assert set(spec.holiday_layers) == set(stored.holiday_layers)

    edits.apply(session, applied.inverse)
    assert calendar_service.calendar_set(session, project_id) == before


def test_saving_edits_exceptions_in_place_swaps_bases_and_deletes(session: Session, project_id: ProjectId) -> None:
    (standard,) = calendar_service.calendar_set(session, project_id).calendars
    first = calendar_service.calendar_set(session, project_id)
    first = first.replaced(
        dataclasses.replace(
            standard, exceptions=(ExceptionDraft(-1, "Closure", dt.date(2026, 12, 28), dt.date(2026, 12, 31)),)
        )
    )
    first = first.replaced(CalendarDraft(-1, "A", base_key=standard.key))
    first = first.replaced(CalendarDraft(-2, "B", base_key=-1))
    save(session, project_id, first)
    before = calendar_service.calendar_set(session, project_id)
    a = next(c for c in before.calendars if c.name == "A")
    b = next(c for c in before.calendars if c.name == "B")
    (closure,) = before[standard.key].exceptions
    assert closure.key > 0

    # Swap A and B (never a loop in between), move the closure past its own end, give it hours, delete B's base use.
    moved = dataclasses.replace(
        closure, name="Moved", start=dt.date(2027, 2, 1), end=dt.date(2027, 2, 2), intervals=((600, 660),)
    )
    edited = before.replaced(dataclasses.replace(before[standard.key], exceptions=(moved,)))
    edited = edited.replaced(dataclasses.replace(a, base_key=b.key)).replaced(
        dataclasses.replace(b, base_key=standard.key)
    )
    applied = save(session, project_id, edited)
    assert calendar_service.calendar_set(session, project_id) == edited
    edits.apply(session, applied.inverse)
    assert calendar_service.calendar_set(session, project_id) == before

    # Back and forth again (a Patch restores exact rows), then delete A (nothing uses it) and the exception.
    assert calendar_service.deletion_refusal(edited, {}, a.key) is None
    edited = edited.replaced(dataclasses.replace(edited[standard.key], exceptions=())).without(a.key)
    applied = save(session, project_id, edited)
    assert calendar_service.calendar_set(session, project_id) == edited
    edits.apply(session, applied.inverse)
    assert calendar_service.calendar_set(session, project_id) == before


def test_usage_counts_tasks_and_resources(session: Session, project_id: ProjectId) -> None:
    (standard,) = calendar_service.calendar_set(session, project_id).calendars
    session.add_all(
        [
            Task(project_id=project_id, uid=1, name="Analysis", calendar_id=standard.key),
            Task(project_id=project_id, uid=2, name="Build"),
            Resource(project_id=project_id, uid=1, name="Analyst", calendar_id=standard.key),
        ]
    )
    session.flush()
    assert calendar_service.calendar_usage(session, project_id) == {standard.key: CalendarUsage(1, 1)}
