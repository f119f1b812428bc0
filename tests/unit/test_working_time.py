"""Working-time calendars: Belgian holidays, 4/5 weeks, exceptions, boundary semantics, index growth."""

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from model.enums import HolidayLayer
from services import working_time
from services.working_time import CalendarException, CalendarSpec, WorkingTimeIndex

BELGIAN_HOLIDAYS_2026 = [
    date(2026, 1, 1),
    date(2026, 4, 6),  # Easter Monday
    date(2026, 5, 1),
    date(2026, 5, 14),  # Ascension
    date(2026, 5, 25),  # Whit Monday
    date(2026, 7, 21),
    date(2026, 8, 15),
    date(2026, 11, 1),
    date(2026, 11, 11),
    date(2026, 12, 25),
]


def index(calendar: CalendarSpec | None = None, first_day: date = date(2026, 1, 1)) -> WorkingTimeIndex:
    return WorkingTimeIndex(calendar or working_time.standard_calendar(), first_day)


def test_belgian_public_holidays_2026() -> None:
    dates = working_time.holiday_dates([HolidayLayer.BELGIAN_PUBLIC], 2026, 2026)
    assert set(BELGIAN_HOLIDAYS_2026) <= set(dates)
    # Besides the ten legal holidays only the two Sundays (Easter, Whit Sunday) are listed.
    assert {day.weekday() for day in set(dates) - set(BELGIAN_HOLIDAYS_2026)} == {6}
    assert dates[date(2026, 4, 6)] == "Easter Monday"


def test_holidays_are_not_worked() -> None:
    calendar = index()
    for day in BELGIAN_HOLIDAYS_2026:
        assert not calendar.is_working_day(day), day
    assert calendar.is_working_day(date(2026, 4, 7))
    assert not calendar.is_working_day(date(2026, 4, 4))  # Saturday


def test_community_and_federal_layers() -> None:
    dates = working_time.holiday_dates(
        [HolidayLayer.FLEMISH_COMMUNITY, HolidayLayer.FRENCH_COMMUNITY, HolidayLayer.FEDERAL_CIVIL_SERVICE], 2027, 2027
    )
    assert set(dates) == {date(2027, 7, 11), date(2027, 9, 27), date(2027, 11, 15), date(2027, 12, 26)}
    german = working_time.holiday_dates([HolidayLayer.GERMAN_COMMUNITY], 2026, 2027)
    assert set(german) == {date(2026, 11, 15), date(2027, 11, 15)}


def test_standard_day_minutes() -> None:
    calendar = index()
    assert calendar.working_minutes_on(date(2026, 1, 5)) == 480
    assert working_time.standard_calendar().minutes_per_day == 480
    assert working_time.standard_calendar().minutes_per_week == 2400


def test_four_fifths_calendar_has_wednesday_off() -> None:
    spec = working_time.four_fifths_calendar()
    calendar = index(spec)
    assert spec.minutes_per_week == 4 * 480
    assert not calendar.is_working_day(date(2026, 1, 7))  # Wednesday
    # Two days of work from Tuesday 08:00 end on Thursday 17:00.
    assert calendar.add_working(datetime(2026, 1, 6, 8), 960) == datetime(2026, 1, 8, 17)


def test_exceptions_override_week_and_holidays() -> None:
    spec = CalendarSpec(
        exceptions=(
            CalendarException(date(2026, 2, 16), date(2026, 2, 20)),  # closed for a week
            CalendarException(date(2026, 2, 21), date(2026, 2, 21), ((540, 720),)),  # Saturday morning worked
            CalendarException(date(2026, 7, 21), date(2026, 7, 21), working_time.STANDARD_DAY),  # holiday worked
        ),
        holiday_layers=(HolidayLayer.BELGIAN_PUBLIC,),
    )
    calendar = index(spec)
    assert not calendar.is_working_day(date(2026, 2, 18))
    assert calendar.intervals_on(date(2026, 2, 21)) == ((540, 720),)
    assert calendar.is_working_day(date(2026, 7, 21))
    assert not calendar.is_working_day(date(2026, 8, 15))
    # Friday 13 Feb 17:00 + 3 working hours: Saturday 21 Feb 09:00-12:00.
    assert calendar.add_working(datetime(2026, 2, 13, 17), 180) == datetime(2026, 2, 21, 12)


def test_start_and_finish_semantics_at_a_boundary() -> None:
    calendar = index()
    monday = calendar.to_minutes(datetime(2026, 1, 5, 8))
    assert calendar.start_moment(monday) == datetime(2026, 1, 5, 8)
    assert calendar.finish_moment(monday + 480) == datetime(2026, 1, 5, 17)
    assert calendar.start_moment(monday + 480) == datetime(2026, 1, 6, 8)
    # Half a day: finishes at noon, the next task starts at 13:00.
    assert calendar.finish_moment(monday + 240) == datetime(2026, 1, 5, 12)
    assert calendar.start_moment(monday + 240) == datetime(2026, 1, 5, 13)
    # Friday's finish and Monday's start are the same position.
    assert calendar.to_minutes(datetime(2026, 1, 9, 17)) == calendar.to_minutes(datetime(2026, 1, 12, 8))
    assert calendar.to_minutes(datetime(2026, 1, 10, 11)) == calendar.to_minutes(datetime(2026, 1, 12, 8))


def test_working_between_and_elapsed() -> None:
    calendar = index()
    assert calendar.working_between(datetime(2026, 1, 5, 8), datetime(2026, 1, 12, 8)) == 5 * 480
    friday_finish = calendar.to_minutes(datetime(2026, 1, 9, 17))
    # Two elapsed days after Friday 17:00 is Sunday 17:00: the next working position is Monday 08:00.
    assert calendar.add_elapsed(friday_finish, 2 * 1440, from_finish=True) == friday_finish
    assert calendar.add_elapsed(friday_finish, 3 * 1440, from_finish=True) == friday_finish + 480  # Monday 17:00


def test_index_grows_in_both_directions() -> None:
    calendar = WorkingTimeIndex(working_time.standard_calendar(), date(2026, 1, 1), date(2026, 1, 31))
    far = calendar.to_minutes(datetime(2031, 3, 3, 8))
    assert calendar.start_moment(far) == datetime(2031, 3, 3, 8)
    before = calendar.to_minutes(datetime(2019, 12, 31, 17))
    assert before < 0
    assert calendar.finish_moment(before) == datetime(2019, 12, 31, 17)
    assert not calendar.is_working_day(date(2019, 12, 25))
    assert calendar.to_minutes(datetime(2031, 3, 3, 8)) == far


def test_a_calendar_needs_working_time() -> None:
    empty = CalendarSpec(week=((),) * 7)
    try:
        WorkingTimeIndex(empty, date(2026, 1, 1))
    except ValueError:
        return
    raise AssertionError("an empty week must be refused")


@settings(max_examples=200, deadline=None)
@given(
    minutes=st.integers(min_value=-500_000, max_value=1_500_000),
    four_fifths=st.booleans(),
)
def test_positions_round_trip(minutes: int, four_fifths: bool) -> None:
    spec = working_time.four_fifths_calendar() if four_fifths else working_time.standard_calendar()
    calendar = index(spec)
    start = calendar.start_moment(minutes)
    finish = calendar.finish_moment(minutes)
    assert calendar.to_minutes(start) == minutes
    assert calendar.to_minutes(finish) == minutes
    assert finish <= start
    assert calendar.is_working_day(start.date())
    assert calendar.is_working_day(finish.date())


@settings(max_examples=100, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)),
    amount=st.integers(min_value=1, max_value=50_000),
)
def test_working_time_is_additive(moment: datetime, amount: int) -> None:
    calendar = index()
    moment = moment.replace(second=0, microsecond=0)
    later = calendar.add_working(moment, amount)
    assert later > moment
    assert calendar.working_between(moment, later) == amount
    assert later - moment >= timedelta(minutes=amount)


GROWN = CalendarSpec(
    week=(((480, 720), (780, 1020)),) * 4 + (((480, 720),), ((600, 660),), ()),
    exceptions=(
        CalendarException(date(2024, 12, 23), date(2025, 1, 3)),
        CalendarException(date(2026, 5, 1), date(2026, 5, 1), ((480, 600),)),  # a holiday worked in the morning
        CalendarException(date(2031, 3, 2), date(2031, 3, 8), ((0, 1440),)),
    ),
    holiday_layers=(HolidayLayer.BELGIAN_PUBLIC, HolidayLayer.FLEMISH_COMMUNITY),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=-4000, max_value=4000), min_size=1, max_size=4))
def test_a_grown_index_has_every_day_right(offsets: list[int]) -> None:
    """However it grew (forward, backward, by whole years or by doubling), every day has its own pattern: an
    exception's, else none on a holiday, else the week's; and positions add up day by day."""
    origin = date(2026, 1, 5)
    grown = WorkingTimeIndex(GROWN, origin)
    for offset in offsets:
        grown.working_minutes_on(origin + timedelta(days=offset))  # grows the index to cover that day
    first, last = origin + timedelta(days=min(offsets) - 3), origin + timedelta(days=max(offsets) + 3)
    closed = working_time.holiday_dates(GROWN.holiday_layers, first.year, last.year)
    day = first
    while day <= last:
        pattern = GROWN.week[day.weekday()]
        if day in closed:
            pattern = ()
        for exception in GROWN.exceptions:
            if exception.start <= day <= exception.end:
                pattern = exception.intervals
        assert grown.intervals_on(day) == pattern, day
        midnight = datetime(day.year, day.month, day.day)
        minutes = sum(end - start for start, end in pattern)
        assert grown.to_minutes(midnight + timedelta(days=1)) - grown.to_minutes(midnight) == minutes, day
        day += timedelta(days=1)
