"""Calendars as the calendar editor sees them: drafts read from the file, checked, previewed and saved as one edit.

The editor works on a :class:`CalendarSet`, an immutable snapshot of every calendar of a project
(:func:`calendar_set`); each user action replaces a :class:`CalendarDraft` in it. Nothing is written until
:func:`save_change` turns the difference between the file and the edited set into one :class:`~services.edits.Batch`
(applied through ``ProjectContext.push``: one transaction, one undo step, then a reschedule).

Keys: a draft of a stored calendar or exception has its row id as ``key`` (positive); a new one has a negative
key until it is saved. A base calendar is named by key. Working intervals are ``(start, end)`` minutes after
midnight, end exclusive (see :mod:`services.working_time`); weekdays are 0 = Monday ... 6 = Sunday.

Interval text, as users type it: ``08:00-12:00, 13:00-17:00``; times as ``8``, ``8:30``, ``8h30`` or ``8.30``;
``-``, ``–`` or ``—`` between start and end; ``,`` or ``;`` between intervals; ``24:00`` ends a day; empty text is a
day off. :func:`format_intervals` writes ``08:00–12:00, 13:00–17:00``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.entities import (
    Calendar,
    CalendarException,
    CalendarExceptionInterval,
    CalendarHolidayLayer,
    CalendarWorkInterval,
    Project,
    Resource,
    Task,
)
from model.enums import HolidayLayer
from model.ids import ProjectId
from services import edits, i18n, recurrence, schedule_service, working_time

_ = i18n.translate
CONTEXT = "calendars"
HOLIDAY_CONTEXT = "holidays"

DayPattern = working_time.DayPattern
EMPTY_WEEK: Final[tuple[DayPattern, ...]] = ((),) * 7


class CalendarInputError(ValueError):
    """Text the calendar editor cannot read; ``str(error)`` is one sentence for the user, naming the day or field."""


# --------------------------------------------------------------------------------------------------- drafts


@dataclass(frozen=True, slots=True)
class ExceptionDraft:
    """Days of a calendar that differ from its week: closed (no ``intervals``) or worked during ``intervals``.

    ``end`` is inclusive. With a ``recurrence`` (an RRULE, see :mod:`services.recurrence`) ``start``/``end`` are the
    first occurrence and ``until`` (inclusive, optional) bounds the starts of the later ones.
    """

    key: int
    name: str
    start: dt.date
    end: dt.date
    intervals: DayPattern = ()
    recurrence: str | None = None
    until: dt.date | None = None

    @property
    def is_working(self) -> bool:
        """True when the exception gives working hours rather than closing the days."""
        return bool(self.intervals)


@dataclass(frozen=True, slots=True)
class CalendarDraft:
    """A calendar: its own week (seven day patterns, Monday first), exceptions (by start) and holiday layers.

    A calendar whose own week has no working time takes the week of its base calendar (:func:`week_source`); the
    exceptions and holiday layers of its base calendars apply too.
    """

    key: int
    name: str
    base_key: int | None = None
    week: tuple[DayPattern, ...] = EMPTY_WEEK
    exceptions: tuple[ExceptionDraft, ...] = ()
    holiday_layers: frozenset[HolidayLayer] = frozenset()

    @property
    def has_own_week(self) -> bool:
        """True when the calendar's own week has working time (else it uses its base calendar's)."""
        return any(self.week)

    def exception(self, key: int) -> ExceptionDraft:
        """The exception ``key`` (KeyError if there is none)."""
        for exception in self.exceptions:
            if exception.key == key:
                return exception
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class CalendarSet:
    """Every calendar of a project (by key: stored ones by id, then new ones) and which one is the project's."""

    calendars: tuple[CalendarDraft, ...]
    project_calendar_key: int | None

    def get(self, key: int | None) -> CalendarDraft | None:
        """The calendar ``key``, or None."""
        return next((calendar for calendar in self.calendars if calendar.key == key), None)

    def __getitem__(self, key: int) -> CalendarDraft:
        calendar = self.get(key)
        if calendar is None:
            raise KeyError(key)
        return calendar

    def replaced(self, draft: CalendarDraft) -> CalendarSet:
        """This set with ``draft`` instead of the calendar of the same key, or added at the end if it is new."""
        if self.get(draft.key) is None:
            return dataclasses.replace(self, calendars=(*self.calendars, draft))
        return dataclasses.replace(
            self, calendars=tuple(draft if calendar.key == draft.key else calendar for calendar in self.calendars)
        )

    def without(self, key: int) -> CalendarSet:
        """This set without the calendar ``key`` (see :func:`deletion_refusal` first)."""
        return dataclasses.replace(self, calendars=tuple(c for c in self.calendars if c.key != key))

    def new_calendar_key(self) -> int:
        """A key for a new calendar: negative and not yet used."""
        return min([0, *(calendar.key for calendar in self.calendars)]) - 1

    def new_exception_key(self) -> int:
        """A key for a new exception: negative and not used by any exception of the set."""
        return min([0, *(exception.key for calendar in self.calendars for exception in calendar.exceptions)]) - 1


@dataclass(frozen=True, slots=True)
class CalendarUsage:
    """How many tasks and resources of the project use a stored calendar."""

    task_count: int = 0
    resource_count: int = 0


def calendar_set(session: Session, project_id: ProjectId) -> CalendarSet:
    """Every calendar of the project as drafts (by id, exceptions by start then id, layers as a set)."""
    calendar_rows = session.execute(
        select(Calendar.id, Calendar.name, Calendar.base_calendar_id)
        .where(Calendar.project_id == project_id)
        .order_by(Calendar.id)
    ).all()
    ids = [row.id for row in calendar_rows]
    weeks: dict[int, list[list[tuple[int, int]]]] = defaultdict(lambda: [[] for _day in range(7)])
    for calendar_id, weekday, start, end in session.execute(
        select(
            CalendarWorkInterval.calendar_id,
            CalendarWorkInterval.weekday,
            CalendarWorkInterval.start_minute,
            CalendarWorkInterval.end_minute,
        )
        .where(CalendarWorkInterval.calendar_id.in_(ids))
        .order_by(CalendarWorkInterval.weekday, CalendarWorkInterval.start_minute)
    ):
        weeks[calendar_id][weekday].append((start, end))
    exception_rows = session.execute(
        select(
            CalendarException.id,
            CalendarException.calendar_id,
            CalendarException.name,
            CalendarException.start,
            CalendarException.end,
            CalendarException.recurrence,
            CalendarException.until,
        )
        .where(CalendarException.calendar_id.in_(ids))
        .order_by(CalendarException.start, CalendarException.id)
    ).all()
    intervals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for exception_id, start, end in session.execute(
        select(
            CalendarExceptionInterval.exception_id,
            CalendarExceptionInterval.start_minute,
            CalendarExceptionInterval.end_minute,
        )
        .where(CalendarExceptionInterval.exception_id.in_([row.id for row in exception_rows]))
        .order_by(CalendarExceptionInterval.start_minute)
    ):
        intervals[exception_id].append((start, end))
    exceptions: dict[int, list[ExceptionDraft]] = defaultdict(list)
    for row in exception_rows:
        exceptions[row.calendar_id].append(
            ExceptionDraft(
                key=row.id,
                name=row.name,
                start=row.start,
                end=row.end,
                intervals=tuple(intervals.get(row.id, ())),
                recurrence=row.recurrence or None,
                until=row.until,
            )
        )
    layers: dict[int, set[HolidayLayer]] = defaultdict(set)
    for calendar_id, layer in session.execute(
        select(CalendarHolidayLayer.calendar_id, CalendarHolidayLayer.layer).where(
            CalendarHolidayLayer.calendar_id.in_(ids)
        )
    ):
        layers[calendar_id].add(layer)
    project_calendar = session.scalar(select(Project.calendar_id).where(Project.id == project_id))
    calendars = tuple(
        CalendarDraft(
            key=row.id,
            name=row.name,
            base_key=row.base_calendar_id,
            week=tuple(tuple(day) for day in weeks[row.id]) if row.id in weeks else EMPTY_WEEK,
            exceptions=tuple(exceptions.get(row.id, ())),
            holiday_layers=frozenset(layers.get(row.id, ())),
        )
        for row in calendar_rows
    )
    return CalendarSet(calendars, project_calendar if project_calendar in ids else None)


def calendar_usage(session: Session, project_id: ProjectId) -> dict[int, CalendarUsage]:
    """Per stored calendar id, the tasks and resources of the project that use it (calendars nobody uses: absent)."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    owners = ((Task.project_id, Task.calendar_id), (Resource.project_id, Resource.calendar_id))
    for column, (owner, calendar) in enumerate(owners):
        for calendar_id, count in session.execute(
            select(calendar, func.count()).where(owner == project_id, calendar.is_not(None)).group_by(calendar)
        ):
            if calendar_id is not None:
                counts[calendar_id][column] = count
    return {calendar_id: CalendarUsage(tasks, resources) for calendar_id, (tasks, resources) in counts.items()}


# --------------------------------------------------------------------------------------------------- interval text

_TIME = r"(\d{1,2})(?:\s*[:h.]\s*(\d{2})?)?"
_INTERVAL_RE = re.compile(rf"^{_TIME}\s*[-–—]\s*{_TIME}$", re.IGNORECASE)


def format_minute(minute: int) -> str:
    """``480`` -> ``"08:00"``; the end of the day is ``"24:00"``."""
    hours, minutes = divmod(minute, 60)
    return f"{hours:02d}:{minutes:02d}"


def format_interval(interval: tuple[int, int]) -> str:
    """``(480, 720)`` -> ``"08:00–12:00"``."""
    return f"{format_minute(interval[0])}–{format_minute(interval[1])}"


def format_intervals(pattern: Iterable[tuple[int, int]]) -> str:
    """``((480, 720), (780, 1020))`` -> ``"08:00–12:00, 13:00–17:00"``; a day off is ``""``."""
    return ", ".join(format_interval(interval) for interval in pattern)


def pattern_minutes(pattern: Iterable[tuple[int, int]]) -> int:
    """Working minutes of a day pattern."""
    return sum(end - start for start, end in pattern)


def _time_of(what: str, hours_text: str, minutes_text: str | None) -> int:
    hours, minutes = int(hours_text), int(minutes_text or 0)
    if minutes >= 60 or hours > 24 or (hours == 24 and minutes):
        shown = f"{hours_text}:{minutes_text or '00'}"
        raise CalendarInputError(
            _(CONTEXT, "{what}: {time} is not a time of day (00:00 to 24:00).").format(what=what, time=shown)
        )
    return hours * 60 + minutes


def parse_intervals(text: str, what: str) -> DayPattern:
    """The working intervals typed as ``text`` (see the module's docstring), sorted.

    Args:
        text: what the user typed; blank is a day off.
        what: how messages name the day or exception, e.g. ``"Wednesday"`` (already translated).

    Raises:
        CalendarInputError: unreadable text, a time out of the day, an interval that ends before it starts, or two
            intervals that overlap (one sentence naming ``what``).
    """
    intervals: list[tuple[int, int]] = []
    for part in re.split(r"[,;]", text):
        item = part.strip()
        if not item:
            continue
        match = _INTERVAL_RE.match(item)
        if match is None:
            raise CalendarInputError(
                _(CONTEXT, "{what}: “{text}” is not a time interval such as 08:00-12:00.").format(what=what, text=item)
            )
        start = _time_of(what, match.group(1), match.group(2))
        end = _time_of(what, match.group(3), match.group(4))
        if end <= start:
            raise CalendarInputError(
                _(CONTEXT, "{what}: the interval {interval} must end after it starts.").format(
                    what=what, interval=f"{format_minute(start)}–{format_minute(end)}"
                )
            )
        intervals.append((start, end))
    intervals.sort()
    for before, after in itertools.pairwise(intervals):
        if after[0] < before[1]:
            raise CalendarInputError(
                _(CONTEXT, "{what}: the intervals {first} and {second} overlap.").format(
                    what=what, first=format_interval(before), second=format_interval(after)
                )
            )
    return tuple(intervals)


# --------------------------------------------------------------------------------------------------- presets


class WeekPreset(StrEnum):
    """Ready-made working weeks (standard hours 08:00-12:00 and 13:00-17:00)."""

    STANDARD = "standard"  # Monday to Friday
    FOUR_FIFTHS_WEDNESDAY = "4/5-wednesday"  # 80 %, Wednesday off
    FOUR_FIFTHS_FRIDAY = "4/5-friday"  # 80 %, Friday off
    HALF_TIME_MORNINGS = "1/2-mornings"  # 50 %, mornings only
    SEVEN_DAYS = "seven-days"  # cut-over, every day
    NONE = "none"  # no week of its own: the base calendar's week


def preset_week(preset: WeekPreset) -> tuple[DayPattern, ...]:
    """The seven day patterns (Monday first) of ``preset``."""
    day = working_time.STANDARD_DAY
    match preset:
        case WeekPreset.STANDARD:
            return working_time.STANDARD_WEEK
        case WeekPreset.FOUR_FIFTHS_WEDNESDAY:
            return working_time.four_fifths_calendar(day_off=2).week
        case WeekPreset.FOUR_FIFTHS_FRIDAY:
            return working_time.four_fifths_calendar(day_off=4).week
        case WeekPreset.HALF_TIME_MORNINGS:
            return (day[:1],) * 5 + ((), ())
        case WeekPreset.SEVEN_DAYS:
            return (day,) * 7
        case WeekPreset.NONE:
            return EMPTY_WEEK


def standard_calendar(key: int, name: str) -> CalendarDraft:
    """A new standard calendar: Monday to Friday 08:00-12:00 and 13:00-17:00, closed on Belgian public holidays."""
    return CalendarDraft(
        key=key,
        name=name,
        week=working_time.STANDARD_WEEK,
        holiday_layers=frozenset({HolidayLayer.BELGIAN_PUBLIC}),
    )


def copy_calendar(calendars: CalendarSet, key: int, new_key: int, name: str) -> CalendarDraft:
    """A new calendar with everything of calendar ``key`` (base, week, exceptions, layers) but its name."""
    source = calendars[key]
    first = calendars.new_exception_key()
    exceptions = tuple(
        dataclasses.replace(exception, key=first - number) for number, exception in enumerate(source.exceptions)
    )
    return dataclasses.replace(source, key=new_key, name=name, exceptions=exceptions)


# --------------------------------------------------------------------------------------------------- recurrence


class RecurrenceKind(StrEnum):
    """How the editor offers a recurrence; ``CUSTOM`` is any other RRULE, kept as typed (or imported)."""

    NONE = "none"
    WEEKLY = "weekly"  # every week on the first day's weekday
    MONTHLY = "monthly"  # every month on the first day's day of the month
    YEARLY = "yearly"  # every year on the first day's date
    CUSTOM = "custom"


_FREQUENCIES = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
_RULE_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"})


def recurrence_rule(kind: RecurrenceKind, start: dt.date) -> str | None:
    """The RRULE of a simple ``kind`` starting on ``start`` (None for ``NONE``; ``CUSTOM`` has no rule of its own).

    Raises:
        ValueError: ``kind`` is ``CUSTOM`` (a programmer error: the typed rule is used as it is).
    """
    match kind:
        case RecurrenceKind.NONE:
            return None
        case RecurrenceKind.WEEKLY:
            return f"FREQ=WEEKLY;BYDAY={recurrence.RRULE_DAYS[start.weekday()]}"
        case RecurrenceKind.MONTHLY:
            return f"FREQ=MONTHLY;BYMONTHDAY={start.day}"
        case RecurrenceKind.YEARLY:
            return f"FREQ=YEARLY;BYMONTH={start.month};BYMONTHDAY={start.day}"
        case RecurrenceKind.CUSTOM:
            raise ValueError("a custom recurrence is the rule as typed")


def recurrence_kind(rule: str | None, start: dt.date) -> RecurrenceKind:
    """Which simple kind ``rule`` is for an exception starting on ``start`` (``CUSTOM`` if none)."""
    if not rule:
        return RecurrenceKind.NONE
    parts = recurrence.parse_rrule(rule)
    for kind in (RecurrenceKind.WEEKLY, RecurrenceKind.MONTHLY, RecurrenceKind.YEARLY):
        if parts == recurrence.parse_rrule(recurrence_rule(kind, start) or ""):
            return kind
    if parts.get("FREQ") == "YEARLY" and set(parts) == {"FREQ"}:
        return RecurrenceKind.YEARLY
    return RecurrenceKind.CUSTOM


def check_recurrence(rule: str, what: str) -> str:
    """``rule`` normalised (upper case, no ``RRULE:`` prefix, no blanks) when Belfry can expand it.

    Raises:
        CalendarInputError: an unknown frequency or part, or a part that is not a number where one is needed.
    """
    text = re.sub(r"\s+", "", rule).upper().removeprefix("RRULE:")
    parts = recurrence.parse_rrule(text)
    problem = None
    if parts.get("FREQ") not in _FREQUENCIES:
        problem = _(CONTEXT, "{what}: the rule “{rule}” needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.")
    elif set(parts) - _RULE_PARTS:
        problem = _(CONTEXT, "{what}: the rule “{rule}” has a part Belfry cannot read: {part}.")
    else:
        try:
            list(recurrence.occurrences_of(text, dt.date(2000, 1, 1), dt.date(2000, 1, 10)))
        except (ValueError, IndexError):
            problem = _(CONTEXT, "{what}: the rule “{rule}” cannot be read.")
    if problem is not None:
        unknown = sorted(set(parts) - _RULE_PARTS)
        raise CalendarInputError(problem.format(what=what, rule=rule.strip(), part=unknown[0] if unknown else ""))
    return text


def _occurrences(exception: ExceptionDraft, last: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """The (first, last) days of each occurrence of ``exception`` that starts on or before ``last``."""
    if not exception.recurrence:
        if exception.start <= last:
            yield exception.start, exception.end
        return
    span = exception.end - exception.start
    bound = min(last, exception.until) if exception.until is not None else last
    for day in recurrence.occurrences_of(exception.recurrence, exception.start, bound):
        yield day, day + span


# --------------------------------------------------------------------------------------------------- effective calendar


def lineage(calendars: CalendarSet, key: int) -> list[CalendarDraft]:
    """The calendar ``key`` and its base calendars, base first (a loop of bases is cut where it closes)."""
    chain: list[CalendarDraft] = []
    current = calendars.get(key)
    while current is not None and current not in chain:
        chain.append(current)
        current = calendars.get(current.base_key)
    return chain[::-1]


def week_source(calendars: CalendarSet, key: int) -> CalendarDraft | None:
    """The calendar whose week calendar ``key`` works: itself, or its nearest base with a week of its own."""
    return next((calendar for calendar in reversed(lineage(calendars, key)) if calendar.has_own_week), None)


def effective_week(calendars: CalendarSet, key: int) -> tuple[DayPattern, ...]:
    """The week calendar ``key`` works (its own or inherited); all days off if no calendar of its chain has one."""
    source = week_source(calendars, key)
    return EMPTY_WEEK if source is None else source.week


def inherited_layers(calendars: CalendarSet, key: int) -> dict[HolidayLayer, str]:
    """The holiday layers calendar ``key`` gets from its base calendars, with the name of the nearest base."""
    found: dict[HolidayLayer, str] = {}
    for calendar in reversed(lineage(calendars, key)[:-1]):
        for layer in calendar.holiday_layers:
            found.setdefault(layer, calendar.name)
    return found


def effective_layers(calendars: CalendarSet, key: int) -> frozenset[HolidayLayer]:
    """Every holiday layer that closes days of calendar ``key``: its own and its base calendars'."""
    return frozenset(layer for calendar in lineage(calendars, key) for layer in calendar.holiday_layers)


def effective_spec(calendars: CalendarSet, key: int) -> working_time.CalendarSpec:
    """Calendar ``key`` as the scheduler reads it (as ``schedule_service.calendar_specs`` does from the file):
    the effective week, the exceptions of the base calendars then its own (recurrences expanded as the scheduler
    does), and every holiday layer of the chain (in :class:`HolidayLayer` order)."""
    exceptions: list[working_time.CalendarException] = []
    for calendar in lineage(calendars, key):
        for exception in sorted(calendar.exceptions, key=lambda e: e.start):
            last = exception.until or exception.start + dt.timedelta(days=schedule_service.RECURRENCE_HORIZON_DAYS)
            exceptions.extend(
                working_time.CalendarException(start=first, end=final, intervals=exception.intervals)
                for first, final in _occurrences(exception, last)
            )
    layers = effective_layers(calendars, key)
    return working_time.CalendarSpec(
        week=effective_week(calendars, key),
        exceptions=tuple(exceptions),
        holiday_layers=tuple(layer for layer in HolidayLayer if layer in layers),
    )


class DayKind(StrEnum):
    """What decides whether a day is worked, in the scheduler's order of precedence (exception first)."""

    WORKING = "working"  # a working day of the week
    DAY_OFF = "day-off"  # a day off of the week (a weekend)
    HOLIDAY = "holiday"  # closed by a holiday layer
    EXCEPTION_CLOSED = "exception-closed"  # closed by an exception
    EXCEPTION_HOURS = "exception-hours"  # worked during an exception's own hours


@dataclass(frozen=True, slots=True)
class DayInfo:
    """One day of a calendar: its working ``intervals``, what decided them and the holiday or exception's name."""

    day: dt.date
    kind: DayKind
    intervals: DayPattern
    label: str = ""

    @property
    def is_working(self) -> bool:
        return bool(self.intervals)


def holiday_names(layers: Iterable[HolidayLayer], first_year: int, last_year: int) -> dict[dt.date, str]:
    """The closure days of ``layers`` in ``first_year..last_year``, with translated names (first layer's name wins)."""
    return {
        day: _(HOLIDAY_CONTEXT, name) for day, name in working_time.holiday_dates(layers, first_year, last_year).items()
    }


def day_infos(calendars: CalendarSet, key: int, first: dt.date, last: dt.date) -> list[DayInfo]:
    """Every day of ``first..last`` (inclusive) of calendar ``key``: exceptions (the last listed wins) over holidays
    of its layers over its week, exactly as the scheduler reads it."""
    days: dict[dt.date, DayInfo] = {}
    holidays = holiday_names(effective_layers(calendars, key), first.year, last.year)
    week = effective_week(calendars, key)
    day = first
    while day <= last:
        if day in holidays:
            days[day] = DayInfo(day, DayKind.HOLIDAY, (), holidays[day])
        else:
            pattern = week[day.weekday()]
            days[day] = DayInfo(day, DayKind.WORKING if pattern else DayKind.DAY_OFF, pattern)
        day += dt.timedelta(days=1)
    for calendar in lineage(calendars, key):
        for exception in sorted(calendar.exceptions, key=lambda e: e.start):
            kind = DayKind.EXCEPTION_HOURS if exception.intervals else DayKind.EXCEPTION_CLOSED
            for start, end in _occurrences(exception, last):
                if end < first:
                    continue
                covered = max(start, first)
                while covered <= min(end, last):
                    days[covered] = DayInfo(covered, kind, exception.intervals, exception.name)
                    covered += dt.timedelta(days=1)
    return [days[day] for day in sorted(days)]


@dataclass(frozen=True, slots=True)
class HolidayRow:
    """A holiday of a calendar's layers in the preview: the layers that list it, and what it does to the calendar.

    ``closes_a_working_day`` is false when the day is off anyway (a weekend) or an exception decides it
    (``exception`` names it; ``worked`` tells whether that exception works the day).
    """

    day: dt.date
    name: str
    layers: tuple[HolidayLayer, ...]
    closes_a_working_day: bool
    exception: str | None
    worked: bool


def holiday_rows(calendars: CalendarSet, key: int, year: int) -> list[HolidayRow]:
    """The holidays of calendar ``key``'s layers (its own and its bases') in ``year``, by date."""
    layers = [layer for layer in HolidayLayer if layer in effective_layers(calendars, key)]
    names = holiday_names(layers, year, year)
    listed: dict[dt.date, list[HolidayLayer]] = defaultdict(list)
    for layer in layers:
        for day in working_time.holiday_dates([layer], year, year):
            listed[day].append(layer)
    infos = {info.day: info for info in day_infos(calendars, key, dt.date(year, 1, 1), dt.date(year, 12, 31))}
    week = effective_week(calendars, key)
    rows = []
    for day, name in names.items():
        info = infos[day]
        by_exception = info.kind in {DayKind.EXCEPTION_CLOSED, DayKind.EXCEPTION_HOURS}
        rows.append(
            HolidayRow(
                day=day,
                name=name,
                layers=tuple(listed[day]),
                closes_a_working_day=not by_exception and bool(week[day.weekday()]),
                exception=info.label if by_exception else None,
                worked=info.is_working,
            )
        )
    return rows


# --------------------------------------------------------------------------------------------------- rules


def base_candidates(calendars: CalendarSet, key: int) -> list[CalendarDraft]:
    """The calendars ``key`` may derive from: all but itself and the calendars that derive from it."""
    return [
        calendar
        for calendar in calendars.calendars
        if all(member.key != key for member in lineage(calendars, calendar.key))
    ]


def _joined(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return _(CONTEXT, "{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def deletion_refusal(calendars: CalendarSet, usage: Mapping[int, CalendarUsage], key: int) -> str | None:
    """Why calendar ``key`` cannot be deleted (one sentence), or None when nothing uses it.

    A calendar is in use when it is the project calendar, when tasks or resources use it (deleting it would silently
    give them the project calendar) or when another calendar derives from it.
    """
    calendar = calendars[key]
    uses: list[str] = []
    if calendars.project_calendar_key == key:
        uses.append(_(CONTEXT, "the project"))
    counts = usage.get(key, CalendarUsage())
    if counts.task_count == 1:
        uses.append(_(CONTEXT, "1 task"))
    elif counts.task_count:
        uses.append(_(CONTEXT, "{count} tasks").format(count=counts.task_count))
    if counts.resource_count == 1:
        uses.append(_(CONTEXT, "1 resource"))
    elif counts.resource_count:
        uses.append(_(CONTEXT, "{count} resources").format(count=counts.resource_count))
    for other in calendars.calendars:
        if other.base_key == key:
            uses.append(_(CONTEXT, "the calendar “{name}” (its base calendar)").format(name=other.name))
    if not uses:
        return None
    return _(CONTEXT, "“{name}” cannot be deleted: it is used by {uses}.").format(
        name=calendar.name, uses=_joined(uses)
    )


def problems(calendars: CalendarSet) -> list[str]:
    """What keeps the set from being saved, one sentence each: blank or duplicate names, a calendar without any
    working time in its week, a recurrence that ends before it starts."""
    found: list[str] = []
    seen: set[str] = set()
    for calendar in calendars.calendars:
        name = calendar.name.strip()
        if not name:
            found.append(_(CONTEXT, "Every calendar needs a name."))
            continue
        if name.casefold() in seen:
            found.append(_(CONTEXT, "Two calendars are named “{name}”.").format(name=name))
        seen.add(name.casefold())
        if not any(effective_week(calendars, calendar.key)):
            found.append(
                _(
                    CONTEXT,
                    "“{name}” has no working time in its week: give it working hours or a base calendar that has some.",
                ).format(name=name)
            )
        for exception in calendar.exceptions:
            if exception.end < exception.start:
                found.append(
                    _(CONTEXT, "The exception “{exception}” of “{name}” ends before it starts.").format(
                        exception=exception.name, name=name
                    )
                )
            if exception.recurrence and exception.until is not None and exception.until < exception.start:
                found.append(
                    _(CONTEXT, "The exception “{exception}” of “{name}” repeats until a day before its first.").format(
                        exception=exception.name, name=name
                    )
                )
    return found


# --------------------------------------------------------------------------------------------------- saving


def _next_id(session: Session, entity: type[Calendar] | type[CalendarException]) -> int:
    return int(session.scalar(select(func.max(entity.id))) or 0) + 1


def save_change(session: Session, project_id: ProjectId, edited: CalendarSet) -> edits.Change | None:
    """The one edit that makes the project's calendars (and its project calendar) those of ``edited``; None when
    they already are. Reads the file, writes nothing: apply the change (``ProjectContext.push``) in the next
    transaction.

    New calendars and exceptions get pinned ids (the next free ones) so that later parts of the batch can refer to
    them; base calendars are cleared before they are set again, so that swapping two bases never looks like a loop;
    an exception's start and end are set in the order that keeps start <= end.
    """
    current = calendar_set(session, project_id)
    changes: list[edits.Change] = []
    ids: dict[int, int] = {calendar.key: calendar.key for calendar in current.calendars}
    next_calendar = _next_id(session, Calendar)
    for draft in edited.calendars:
        if current.get(draft.key) is None:
            ids[draft.key] = next_calendar
            changes.append(
                edits.AddRow(Calendar, {"id": next_calendar, "project_id": project_id, "name": draft.name.strip()})
            )
            next_calendar += 1
    changes.extend(_base_changes(current, edited, ids))
    next_exception = _next_id(session, CalendarException)
    for draft in edited.calendars:
        old = current.get(draft.key)
        if old is not None and old.name != draft.name.strip():
            changes.append(edits.SetField(Calendar, draft.key, "name", draft.name.strip()))
        changes.extend(_week_changes(session, ids[draft.key], EMPTY_WEEK if old is None else old.week, draft.week))
        old_exceptions = {} if old is None else {exception.key: exception for exception in old.exceptions}
        for exception in draft.exceptions:
            before = old_exceptions.pop(exception.key, None)
            if before is None:
                changes.extend(_add_exception(ids[draft.key], next_exception, exception))
                next_exception += 1
            else:
                changes.extend(_exception_changes(session, before, exception))
        changes.extend(edits.DeleteRow(CalendarException, key) for key in old_exceptions)
        changes.extend(
            _layer_changes(session, ids[draft.key], frozenset() if old is None else old.holiday_layers, draft)
        )
    project_calendar = None if edited.project_calendar_key is None else ids[edited.project_calendar_key]
    if project_calendar != current.project_calendar_key:
        changes.append(edits.SetField(Project, project_id, "calendar_id", project_calendar))
    kept = {draft.key for draft in edited.calendars}
    changes.extend(
        edits.DeleteRow(Calendar, calendar.key) for calendar in current.calendars if calendar.key not in kept
    )
    return edits.Batch(tuple(changes)) if changes else None


def _base_changes(current: CalendarSet, edited: CalendarSet, ids: Mapping[int, int]) -> Iterator[edits.Change]:
    """Clear every base that changes, then set the new ones (a swap never passes through a loop)."""
    new_bases = {draft.key: None if draft.base_key is None else ids[draft.base_key] for draft in edited.calendars}
    old_bases = {calendar.key: calendar.base_key for calendar in current.calendars}
    for key, base in new_bases.items():
        old = old_bases.get(key)
        if old is not None and old != base:
            yield edits.SetField(Calendar, key, "base_calendar_id", None)
    for key, base in new_bases.items():
        if base is not None and old_bases.get(key) != base:
            yield edits.SetField(Calendar, ids[key], "base_calendar_id", base)


def _layer_changes(
    session: Session, calendar_id: int, old: frozenset[HolidayLayer], draft: CalendarDraft
) -> Iterator[edits.Change]:
    for layer in HolidayLayer:
        if layer in draft.holiday_layers and layer not in old:
            yield edits.AddRow(CalendarHolidayLayer, {"calendar_id": calendar_id, "layer": layer})
    gone = [layer for layer in HolidayLayer if layer in old and layer not in draft.holiday_layers]
    if gone:
        yield from (
            edits.DeleteRow(CalendarHolidayLayer, row_id)
            for row_id in session.scalars(
                select(CalendarHolidayLayer.id)
                .where(CalendarHolidayLayer.calendar_id == calendar_id, CalendarHolidayLayer.layer.in_(gone))
                .order_by(CalendarHolidayLayer.id)
            )
        )


def _week_changes(
    session: Session, calendar_id: int, old: Sequence[DayPattern], new: Sequence[DayPattern]
) -> Iterator[edits.Change]:
    for weekday in range(7):
        if tuple(old[weekday]) == tuple(new[weekday]):
            continue
        yield from (
            edits.DeleteRow(CalendarWorkInterval, row_id)
            for row_id in session.scalars(
                select(CalendarWorkInterval.id)
                .where(CalendarWorkInterval.calendar_id == calendar_id, CalendarWorkInterval.weekday == weekday)
                .order_by(CalendarWorkInterval.start_minute, CalendarWorkInterval.id)
            )
        )
        yield from (
            edits.AddRow(
                CalendarWorkInterval,
                {"calendar_id": calendar_id, "weekday": weekday, "start_minute": start, "end_minute": end},
            )
            for start, end in new[weekday]
        )


def _add_exception(calendar_id: int, exception_id: int, exception: ExceptionDraft) -> Iterator[edits.Change]:
    yield edits.AddRow(
        CalendarException,
        {
            "id": exception_id,
            "calendar_id": calendar_id,
            "name": exception.name.strip(),
            "start": exception.start,
            "end": exception.end,
            "recurrence": exception.recurrence or None,
            "until": exception.until if exception.recurrence else None,
        },
    )
    yield from _add_exception_intervals(exception_id, exception.intervals)


def _add_exception_intervals(exception_id: int, intervals: DayPattern) -> Iterator[edits.Change]:
    for start, end in intervals:
        yield edits.AddRow(
            CalendarExceptionInterval, {"exception_id": exception_id, "start_minute": start, "end_minute": end}
        )


def _exception_changes(session: Session, old: ExceptionDraft, new: ExceptionDraft) -> Iterator[edits.Change]:
    row_id = old.key
    if old.name != new.name.strip():
        yield edits.SetField(CalendarException, row_id, "name", new.name.strip())
    start = edits.SetField(CalendarException, row_id, "start", new.start) if new.start != old.start else None
    end = edits.SetField(CalendarException, row_id, "end", new.end) if new.end != old.end else None
    ordered = (end, start) if new.start > old.end else (start, end)  # never start > end in between
    yield from (change for change in ordered if change is not None)
    if (old.recurrence or None) != (new.recurrence or None):
        yield edits.SetField(CalendarException, row_id, "recurrence", new.recurrence or None)
    until = new.until if new.recurrence else None
    if old.until != until:
        yield edits.SetField(CalendarException, row_id, "until", until)
    if old.intervals != new.intervals:
        yield from (
            edits.DeleteRow(CalendarExceptionInterval, interval_id)
            for interval_id in session.scalars(
                select(CalendarExceptionInterval.id)
                .where(CalendarExceptionInterval.exception_id == row_id)
                .order_by(CalendarExceptionInterval.start_minute, CalendarExceptionInterval.id)
            )
        )
        yield from _add_exception_intervals(row_id, new.intervals)
