"""Working-time calendars: which minutes of which days are worked, and fast integer arithmetic over them.

Two integer time axes are used throughout:

* **clock minutes**: elapsed (24x7) minutes since midnight at the start of the index's origin day;
* **working minutes**: working minutes of one calendar since that same midnight (negative before it).

A :class:`WorkingTimeIndex` converts between them with a bisect over per-day cumulative working minutes, so the
scheduler can do all its arithmetic on plain ints and build ``datetime`` objects only at the very end.

A working-minute position is a point *between* worked minutes. The same position is both the end of a working
period and the start of the next one (17:00 on Monday and 08:00 on Tuesday are the same position). Which of the two
moments a position stands for depends on what it is: a task *starts* at the start of the next working period
(:meth:`WorkingTimeIndex.start_moment`), and *finishes* at the end of the previous one
(:meth:`WorkingTimeIndex.finish_moment`), as MS Project shows them.

Moments are naive ``datetime`` values in local time; seconds are ignored.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import accumulate
from operator import sub

import holidays

from model.enums import HolidayLayer

MINUTES_PER_DAY = 1440
"""Clock minutes in a day."""

Interval = tuple[int, int]
"""A working interval of one day: (start minute, end minute) after midnight, end exclusive, 0 <= start < end <= 1440."""

DayPattern = tuple[Interval, ...]
"""The working intervals of one day, sorted and not overlapping; empty for a day off."""

STANDARD_DAY: DayPattern = ((480, 720), (780, 1020))
"""08:00-12:00 and 13:00-17:00: eight working hours."""

STANDARD_WEEK: tuple[DayPattern, ...] = (STANDARD_DAY,) * 5 + ((), ())
"""Monday to Friday standard days, weekend off."""

_MIN_ORDINAL = date.min.toordinal()
_MAX_ORDINAL = date.max.toordinal()


def _check_pattern(pattern: DayPattern, what: str) -> None:
    previous_end = 0
    for start, end in pattern:
        if not 0 <= start < end <= MINUTES_PER_DAY or start < previous_end:
            raise ValueError(f"{what}: intervals must be sorted, non-empty, disjoint and within one day: {pattern}")
        previous_end = end


def _pattern_minutes(pattern: DayPattern) -> int:
    return sum(end - start for start, end in pattern)


@dataclass(frozen=True, slots=True)
class CalendarException:
    """Days that deviate from the week pattern, e.g. a closure or an exceptional working Saturday.

    Attributes:
        start: first day of the exception.
        end: last day of the exception, inclusive.
        intervals: the working intervals on each of these days (minutes after midnight); empty = not worked.
    """

    start: date
    end: date
    intervals: DayPattern = ()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"calendar exception ends ({self.end}) before it starts ({self.start})")
        _check_pattern(self.intervals, "calendar exception")


@dataclass(frozen=True, slots=True)
class CalendarSpec:
    """A working-time calendar as plain values.

    Precedence per day: an exception (the last one listed wins) over a holiday of a switched-on layer over the week
    pattern. So an exception can also make a holiday a working day.

    Attributes:
        week: seven day patterns, Monday to Sunday, of working intervals in minutes after midnight.
        exceptions: deviating date ranges.
        holiday_layers: holiday layers whose days are not worked.
    """

    week: tuple[DayPattern, ...] = STANDARD_WEEK
    exceptions: tuple[CalendarException, ...] = ()
    holiday_layers: tuple[HolidayLayer, ...] = ()

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError(f"a week has 7 day patterns, not {len(self.week)}")
        for pattern in self.week:
            _check_pattern(pattern, "week")

    @property
    def minutes_per_week(self) -> int:
        """Working minutes of an ordinary week (no exceptions or holidays)."""
        return sum(_pattern_minutes(pattern) for pattern in self.week)

    @property
    def minutes_per_day(self) -> int:
        """Average working minutes of the worked weekdays (480 for the standard calendar); 0 if nothing is worked."""
        worked = [_pattern_minutes(pattern) for pattern in self.week if pattern]
        return sum(worked) // len(worked) if worked else 0


def standard_calendar(
    holiday_layers: tuple[HolidayLayer, ...] = (HolidayLayer.BELGIAN_PUBLIC,),
) -> CalendarSpec:
    """Monday to Friday 08:00-12:00 and 13:00-17:00, closed on the given holiday layers (Belgian public by default)."""
    return CalendarSpec(week=STANDARD_WEEK, holiday_layers=holiday_layers)


def four_fifths_calendar(
    day_off: int = 2,
    holiday_layers: tuple[HolidayLayer, ...] = (HolidayLayer.BELGIAN_PUBLIC,),
) -> CalendarSpec:
    """A four-fifths (80 %) standard week: ``day_off`` (0 = Monday ... 4 = Friday; Wednesday by default) is off."""
    if not 0 <= day_off <= 4:
        raise ValueError(f"the day off of a four-fifths week is a weekday 0..4, not {day_off}")
    week = tuple(() if weekday == day_off else pattern for weekday, pattern in enumerate(STANDARD_WEEK))
    return CalendarSpec(week=week, holiday_layers=holiday_layers)


@cache
def _holiday_ordinals(layers: tuple[HolidayLayer, ...], year: int) -> frozenset[int]:
    """The ordinals of the closure days of ``layers`` in ``year`` (the same every time: kept once computed)."""
    return frozenset(day.toordinal() for day in holiday_dates(layers, year, year))


def holiday_dates(layers: Iterable[HolidayLayer], first_year: int, last_year: int) -> dict[date, str]:
    """The closure days of the given holiday layers in ``first_year..last_year`` (inclusive), sorted, English names.

    ``BELGIAN_PUBLIC`` are the ten legal public holidays (and Easter Sunday and Whit Sunday) from the ``holidays``
    package; the community days are 11 July (Flemish), 27 September (French) and 15 November (German-speaking);
    ``FEDERAL_CIVIL_SERVICE`` adds 15 November (King's Feast) and 26 December. Where layers share a day, the first
    name found is kept.
    """
    wanted = set(layers)
    found: dict[date, str] = {}
    if last_year < first_year:
        return found
    if HolidayLayer.BELGIAN_PUBLIC in wanted:
        public = holidays.country_holidays("BE", years=range(first_year, last_year + 1), language="en_US")
        found.update(public.items())
    fixed: list[tuple[HolidayLayer, int, int, str]] = [
        (HolidayLayer.FLEMISH_COMMUNITY, 7, 11, "Day of the Flemish Community"),
        (HolidayLayer.FRENCH_COMMUNITY, 9, 27, "Day of the French Community"),
        (HolidayLayer.GERMAN_COMMUNITY, 11, 15, "Day of the German-speaking Community"),
        (HolidayLayer.FEDERAL_CIVIL_SERVICE, 11, 15, "King's Feast"),
        (HolidayLayer.FEDERAL_CIVIL_SERVICE, 12, 26, "Second Christmas Day"),
    ]
    for year in range(first_year, last_year + 1):
        for layer, month, day, name in fixed:
            if layer in wanted:
                found.setdefault(date(year, month, day), name)
    return dict(sorted(found.items()))


class WorkingTimeIndex:
    """Integer working-time arithmetic for one calendar; grows by whole years on demand.

    Conversions cost a bisect (working to clock) or O(1) (clock to working). The origin (clock minute 0 and working
    minute 0) is midnight at the start of ``first_day`` and never moves: growing the index, which happens
    transparently when a query falls outside the covered days, leaves every computed value valid.

    Raises:
        ValueError: at construction, if the week pattern has no working time at all (positions could not be found);
            on a query, if it falls outside the years 1..9999.
    """

    __slots__ = (
        "_calendar",
        "_cum",
        "_exceptions",
        "_first",
        "_holiday_years",
        "_holidays",
        "_intervals",
        "_minutes_by_id",
        "_origin",
        "_week_minutes",
    )

    def __init__(self, calendar: CalendarSpec, first_day: date, last_day: date | None = None) -> None:
        """Build the index for ``first_day..last_day`` (inclusive; one year if omitted).

        Args:
            calendar: the calendar to index.
            first_day: origin of both axes (its midnight) and first day covered.
            last_day: last day covered up front; later days are added when needed.
        """
        week_minutes = calendar.minutes_per_week
        if week_minutes == 0:
            raise ValueError("a calendar needs working time in its week pattern")
        self._calendar = calendar
        self._week_minutes = week_minutes
        self._exceptions: dict[int, DayPattern] = {}
        for exception in calendar.exceptions:
            for ordinal in range(exception.start.toordinal(), exception.end.toordinal() + 1):
                self._exceptions[ordinal] = exception.intervals
        # Every day's pattern is one of these objects: working minutes by object id.
        shared: tuple[DayPattern, ...] = (
            (),
            *calendar.week,
            *(exception.intervals for exception in calendar.exceptions),
        )
        self._minutes_by_id = {id(pattern): _pattern_minutes(pattern) for pattern in shared}
        self._holidays: set[int] = set()
        self._holiday_years: set[int] = set()
        self._origin = first_day.toordinal()
        self._first = self._origin
        # _cum[k]: working minutes from the origin to midnight starting day _first + k; one entry more than days.
        self._cum: list[int] = [0]
        self._intervals: list[DayPattern] = []
        last = (last_day or first_day + timedelta(days=365)).toordinal()
        self._append_days(max(1, last - self._origin + 1))

    @property
    def calendar(self) -> CalendarSpec:
        """The indexed calendar."""
        return self._calendar

    @property
    def origin(self) -> date:
        """The day at whose midnight both axes are zero."""
        return date.fromordinal(self._origin)

    # -- building ---------------------------------------------------------------------------------------------

    def _load_holidays(self, first_ordinal: int, last_ordinal: int) -> None:
        layers = self._calendar.holiday_layers
        if not layers:
            return
        years = range(date.fromordinal(first_ordinal).year, date.fromordinal(last_ordinal).year + 1)
        missing = [year for year in years if year not in self._holiday_years]
        if not missing:
            return
        for year in range(min(missing), max(missing) + 1):
            self._holidays.update(_holiday_ordinals(tuple(layers), year))
        self._holiday_years.update(range(min(missing), max(missing) + 1))

    def _patterns(self, first_ordinal: int, count: int) -> list[DayPattern]:
        """The day patterns of ``count`` days from ``first_ordinal``: the week's, then holidays, then exceptions
        written over them (list operations, not a loop per day)."""
        if first_ordinal < _MIN_ORDINAL or first_ordinal + count - 1 > _MAX_ORDINAL:
            raise ValueError("working time is only defined for the years 1..9999")
        self._load_holidays(first_ordinal, first_ordinal + count - 1)
        week = self._calendar.week
        # date.weekday() of ordinal 1 (0001-01-01) is Monday, hence (ordinal - 1) % 7.
        weekday = (first_ordinal - 1) % 7
        patterns: list[DayPattern] = list(week[weekday:] + week[:weekday]) * (count // 7 + 1)
        del patterns[count:]
        last_ordinal = first_ordinal + count
        for ordinal in self._holidays:
            if first_ordinal <= ordinal < last_ordinal:
                patterns[ordinal - first_ordinal] = ()
        for ordinal, pattern in self._exceptions.items():
            if first_ordinal <= ordinal < last_ordinal:
                patterns[ordinal - first_ordinal] = pattern
        return patterns

    def _day_minutes(self, patterns: Iterable[DayPattern]) -> Iterator[int]:
        """The working minutes of each day pattern; patterns are shared objects, so they are looked up by id."""
        return map(self._minutes_by_id.__getitem__, map(id, patterns))

    def _append_days(self, count: int) -> None:
        first = self._first + len(self._intervals)
        patterns = self._patterns(first, min(count, _MAX_ORDINAL - first + 1) or count)
        totals = accumulate(self._day_minutes(patterns), initial=self._cum[-1])
        next(totals)  # the initial value, already there
        self._cum.extend(totals)
        self._intervals.extend(patterns)

    def _prepend_days(self, count: int) -> None:
        # Near year 1 take what is left; with nothing left, _patterns raises.
        count = min(count, self._first - _MIN_ORDINAL) or count
        first = self._first - count
        patterns = self._patterns(first, count)
        before = list(accumulate(self._day_minutes(reversed(patterns)), sub, initial=self._cum[0]))
        before.reverse()
        self._cum = before[:-1] + self._cum
        self._intervals = patterns + self._intervals
        self._first = first

    def _growth(self, missing_minutes: int) -> int:
        """Days to add to cover ``missing_minutes`` more working minutes, at least a year, at least doubling."""
        estimate = (missing_minutes // self._week_minutes + 2) * 7
        return max(366, len(self._intervals), estimate)

    def _cover_position(self, minutes: int) -> None:
        """Grow until ``cum[0] < minutes < cum[-1]``: a worked minute lies on either side of the position."""
        while minutes >= self._cum[-1]:
            self._append_days(self._growth(minutes - self._cum[-1]))
        while minutes <= self._cum[0]:
            self._prepend_days(self._growth(self._cum[0] - minutes))

    def _cover_day(self, day_index: int) -> int:
        """Grow until the day ``_first + day_index`` is covered; return its (possibly shifted) index."""
        while day_index >= len(self._intervals):
            self._append_days(max(366, len(self._intervals), day_index - len(self._intervals) + 1))
        while day_index < 0:
            before = self._first
            self._prepend_days(max(366, len(self._intervals), -day_index))
            day_index += before - self._first
        return day_index

    # -- integer arithmetic -----------------------------------------------------------------------------------

    def working_at(self, clock: int) -> int:
        """Working minutes from the origin to the clock minute ``clock``; a non-working moment maps to the position
        between the previous and the next working period."""
        day, minute = divmod(clock, MINUTES_PER_DAY)
        index = day + self._origin - self._first
        if not 0 <= index < len(self._intervals):
            index = self._cover_day(index)
        worked = self._cum[index]
        for start, end in self._intervals[index]:
            if minute <= start:
                break
            if minute < end:
                return worked + minute - start
            worked += end - start
        return worked

    def start_clock(self, minutes: int) -> int:
        """The clock minute at which work starting at working position ``minutes`` starts (start of the next
        working period when the position is a boundary)."""
        cum = self._cum
        if not cum[0] < minutes < cum[-1]:
            self._cover_position(minutes)
            cum = self._cum
        index = bisect_right(cum, minutes) - 1
        rest = minutes - cum[index]
        start = 0
        for start, end in self._intervals[index]:
            if rest < end - start:
                break
            rest -= end - start
        return (index + self._first - self._origin) * MINUTES_PER_DAY + start + rest

    def finish_clock(self, minutes: int) -> int:
        """The clock minute at which work finishing at working position ``minutes`` finishes (end of the previous
        working period when the position is a boundary)."""
        cum = self._cum
        if not cum[0] < minutes < cum[-1]:
            self._cover_position(minutes)
            cum = self._cum
        index = bisect_left(cum, minutes) - 1
        rest = minutes - cum[index]
        start = 0
        for start, end in self._intervals[index]:
            if rest <= end - start:
                break
            rest -= end - start
        return (index + self._first - self._origin) * MINUTES_PER_DAY + start + rest

    def add_elapsed(self, minutes: int, elapsed: int, *, from_finish: bool) -> int:
        """The working position ``elapsed`` clock minutes (negative: before) after working position ``minutes``.

        Args:
            minutes: working position to start from.
            elapsed: clock minutes to add (24x7 time).
            from_finish: read ``minutes`` as a finish (end of the previous working period) rather than a start.
        """
        clock = self.finish_clock(minutes) if from_finish else self.start_clock(minutes)
        return self.working_at(clock + elapsed)

    # -- datetime conversions -----------------------------------------------------------------------------------

    def clock_of(self, moment: datetime) -> int:
        """Clock minutes from the origin to ``moment`` (seconds are dropped)."""
        return (moment.toordinal() - self._origin) * MINUTES_PER_DAY + moment.hour * 60 + moment.minute

    def moment_of(self, clock: int) -> datetime:
        """The moment ``clock`` clock minutes after the origin."""
        day, minute = divmod(clock, MINUTES_PER_DAY)
        base = date.fromordinal(self._origin + day)
        return datetime(base.year, base.month, base.day, minute // 60, minute % 60)

    def to_minutes(self, moment: datetime) -> int:
        """Working minutes from the origin up to ``moment`` (a non-working moment gives the boundary position)."""
        return self.working_at(self.clock_of(moment))

    def start_moment(self, minutes: int) -> datetime:
        """When a task starting at working position ``minutes`` starts (08:00 next day rather than 17:00)."""
        return self.moment_of(self.start_clock(minutes))

    def finish_moment(self, minutes: int) -> datetime:
        """When a task finishing at working position ``minutes`` finishes (17:00 rather than 08:00 next day)."""
        return self.moment_of(self.finish_clock(minutes))

    def add_working(self, moment: datetime, minutes: int) -> datetime:
        """The moment ``minutes`` working minutes after ``moment`` (before it if negative).

        A positive amount gives a finish moment (end of a working period at a boundary); zero or a negative amount a
        start moment (start of the next working period).
        """
        position = self.to_minutes(moment) + minutes
        return self.finish_moment(position) if minutes > 0 else self.start_moment(position)

    def working_between(self, start: datetime, finish: datetime) -> int:
        """Working minutes between two moments (negative if ``finish`` is before ``start``)."""
        return self.to_minutes(finish) - self.to_minutes(start)

    def working_minutes_on(self, day: date) -> int:
        """Working minutes of one day."""
        index = day.toordinal() - self._first
        if not 0 <= index < len(self._intervals):
            index = self._cover_day(index)
        return self._cum[index + 1] - self._cum[index]

    def is_working_day(self, day: date) -> bool:
        """Whether any minute of ``day`` is worked."""
        return self.working_minutes_on(day) > 0

    def intervals_on(self, day: date) -> DayPattern:
        """The working intervals of one day, exceptions and holidays applied."""
        index = day.toordinal() - self._first
        if not 0 <= index < len(self._intervals):
            index = self._cover_day(index)
        return self._intervals[index]
