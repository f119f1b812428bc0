"""Import of Microsoft Project XML (MSPDI) files, and the MSPDI vocabulary shared with the exporter.

Safety: the file is parsed with ``defusedxml`` with DTDs, entity declarations and external references forbidden, so
XXE and "billion laughs" documents are refused before anything is expanded or fetched; the input size is capped
(:data:`DEFAULT_MAX_BYTES`) before parsing. The import is all or nothing: the whole file is read and checked into
plain rows first, and only then written with bulk inserts into the caller's session. Any problem raises
:class:`MspdiError` carrying one sentence (with the line of the offending element) and nothing is written.

What is carried, and how (units: Belfry stores minutes, MSPDI durations are ``PTnHnMnS`` and lags and slack are
tenths of a minute; MSPDI costs are hundredths of the currency, rates are per hour):

* Project: Title (else Name), Company, Manager, StartDate, StatusDate, CurrencyCode, FYStartDate, MinutesPerDay,
  MinutesPerWeek, DaysPerMonth and the project calendar.
* Calendars: the week (WeekDays with WorkingTimes; a derived calendar that overrides some days gets the full week,
  the other days copied from its base), the base calendar, exceptions (the Project 2007+ ``Exceptions`` element, or
  the Project 2003 ``WeekDay`` entries of DayType 0 when it is absent). Recurring exceptions become an RFC 5545 RRULE
  (daily, every n days, weekly, monthly and yearly by day or by position); ``start``/``end`` hold the first
  occurrence, ``until`` the last day of the series, and ``COUNT`` is kept when the range was entered by occurrences.
  Work weeks (``WorkWeeks``) become weekly recurring exceptions over their date range.
* Tasks: UID (``Task.uid``), the outline (ID order and OutlineLevel give parent and position), WBS, Name, Notes,
  Duration with its DurationFormat (unit and elapsed flag), milestone and summary flags, the eight constraints with
  their date, Deadline, % complete, physical % complete, actual start/finish, remaining duration (only for tasks
  with progress), Priority, FixedCost, task calendar, leveling delay, earned-value method. MS Project's computed
  dates are stored as they are in the file: Start/Finish in ``Task.start``/``Task.finish``, EarlyStart ...
  LateFinish, TotalSlack/FreeSlack and Critical; :attr:`ImportReport.ms_project_dates` keeps Start/Finish per UID
  so they can be compared with Belfry's own schedule after a reschedule overwrites them.
* Links: every PredecessorLink, all four types (0=FF, 1=FS, 2=SF, 3=SS), LinkLag in tenths of a minute, elapsed
  lag formats as elapsed lags; % lags (LagFormat 19/20 and the estimated 51/52) as a percentage of the predecessor's
  duration, LinkLag read as whole percent as MPXJ reads and writes it (the MSPDI documentation only speaks of tenths
  of a minute and no MS Project sample with a % lag was available to settle it).
* Resources (work -> staff, generic -> role, material -> material, cost -> vendor), Initials, Group, EmailAddress,
  MaterialLabel, MaxUnits, StandardRate, OvertimeRate, CostPerUse (exact Decimal), calendar; assignments (Units,
  Work, ActualWork); task baselines 0-10 (Start, Finish, Duration, Work, Cost).

Decisions:

* The project summary task (OutlineLevel 0, usually UID 0) is not a task in Belfry, which rolls the project up
  itself: it is skipped and reported. Blank task rows (IsNull) are skipped and reported.
* A cycle among the links is **not** an import error: the links are imported and the scheduler reports the cycle
  task by task. A link of a task to itself (which Belfry cannot store) or a second link between the same two tasks
  is skipped and reported. A link to a task UID that is not in the file is an error.
* Dates: MS Project writes 1984-01-01 and 2049-12-31 as "not available"; such dates are read as no date. Any other
  date outside the range MS Project can hold (1984-2149) is an error naming the element.

Anything else Belfry cannot carry (rate tables B-E and rate changes over time, availability periods, custom fields,
outline codes, time-phased data, split segments, recurring tasks, manual scheduling, resource and assignment
baselines, overtime...) is listed in :attr:`ImportReport.entries`, never dropped silently.
"""

import datetime as dt
import itertools
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

import defusedxml
import defusedxml.ElementTree as DefusedET
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from model.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    CalendarExceptionInterval,
    CalendarWorkInterval,
    Dependency,
    Project,
    Resource,
    Task,
)
from model.enums import (
    ConstraintType,
    DependencyType,
    DurationUnit,
    EarnedValueTechnique,
    LagKind,
    ResourceKind,
)
from model.ids import ProjectId
from model.money import CENT, to_money
from services import i18n
from services.recurrence import RRULE_DAYS, occurrences_of

NAMESPACE = "http://schemas.microsoft.com/project"
NS = "{" + NAMESPACE + "}"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
"""Largest input accepted by :func:`import_mspdi` (200 MB; a 10,000-task file written by MS Project is ~40 MB)."""

_ = i18n.translate
CONTEXT = "mspdi"

# --- MSPDI vocabulary ---------------------------------------------------------------------------------------------

DURATION_FORMATS: dict[int, tuple[DurationUnit, bool]] = {
    3: (DurationUnit.MINUTES, False),
    4: (DurationUnit.MINUTES, True),
    5: (DurationUnit.HOURS, False),
    6: (DurationUnit.HOURS, True),
    7: (DurationUnit.DAYS, False),
    8: (DurationUnit.DAYS, True),
    9: (DurationUnit.WEEKS, False),
    10: (DurationUnit.WEEKS, True),
    11: (DurationUnit.MONTHS, False),
    12: (DurationUnit.MONTHS, True),
}
"""DurationFormat/LagFormat code -> (display unit, elapsed). 35-44 are the same formats marked estimated ("?")."""
ESTIMATED_OFFSET = 32
PERCENT_FORMATS = frozenset({19, 20, 51, 52})
ELAPSED_PERCENT_FORMATS = frozenset({20, 52})
NULL_FORMATS = frozenset({21, 53})

LINK_TYPES: dict[int, DependencyType] = {
    0: DependencyType.FINISH_TO_FINISH,
    1: DependencyType.FINISH_TO_START,
    2: DependencyType.START_TO_FINISH,
    3: DependencyType.START_TO_START,
}
CONSTRAINT_TYPES: dict[int, ConstraintType] = {
    0: ConstraintType.AS_SOON_AS_POSSIBLE,
    1: ConstraintType.AS_LATE_AS_POSSIBLE,
    2: ConstraintType.MUST_START_ON,
    3: ConstraintType.MUST_FINISH_ON,
    4: ConstraintType.START_NO_EARLIER_THAN,
    5: ConstraintType.START_NO_LATER_THAN,
    6: ConstraintType.FINISH_NO_EARLIER_THAN,
    7: ConstraintType.FINISH_NO_LATER_THAN,
}
DATELESS_CONSTRAINTS = frozenset({ConstraintType.AS_SOON_AS_POSSIBLE, ConstraintType.AS_LATE_AS_POSSIBLE})

MONTH_ITEM_DAYS: dict[int, tuple[str, ...]] = {
    0: RRULE_DAYS,  # any day
    1: RRULE_DAYS[:5],  # weekday
    2: RRULE_DAYS[5:],  # weekend day
    3: ("SU",),
    4: ("MO",),
    5: ("TU",),
    6: ("WE",),
    7: ("TH",),
    8: ("FR",),
    9: ("SA",),
}
"""Exception MonthItem -> RRULE weekdays (0=Day, 1=Weekday, 2=WeekendDay, 3=Sunday ... 9=Saturday)."""
MONTH_POSITIONS = (1, 2, 3, 4, -1)
"""Exception MonthPosition 0..4 (first, second, third, fourth, last) -> RRULE ordinal."""

NA_DAYS = frozenset({dt.date(1984, 1, 1), dt.date(2049, 12, 31)})
"""Dates MS Project writes for "NA" (no date)."""
FIRST_DAY = dt.date(1984, 1, 1)
LAST_DAY = dt.date(2149, 12, 31)
"""The range of dates MS Project can hold."""

NO_RESOURCE_UID = -65535
"""ResourceUID of MS Project's resource-less assignments (they only carry a task's time-phased work)."""

DEFAULT_DAY = ((480, 720), (780, 1020))
"""The working times MS Project gives a working exception or day listed without any."""

_DURATION = re.compile(
    r"^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)


def format_code(unit: DurationUnit, elapsed: bool) -> int:
    """The MSPDI DurationFormat/LagFormat code of a display unit."""
    for code, value in DURATION_FORMATS.items():
        if value == (unit, elapsed):
            return code
    raise ValueError(f"no MSPDI format for {unit} elapsed={elapsed}")  # pragma: no cover - the table is complete


# --- public values --------------------------------------------------------------------------------------------------


class MspdiError(Exception):
    """An MS Project XML file cannot be imported or a project cannot be exported; ``str(error)`` is one sentence."""


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """Something in the file that Belfry did not carry (or carried approximately).

    Attributes:
        path: the MSPDI element path, e.g. ``Project/Resources/Resource/Rates/Rate``.
        uid: the UID of the task, resource, assignment or calendar concerned, or None for the project or a summary.
        message: one translated sentence saying what was not carried.
    """

    path: str
    uid: int | None
    message: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import produced.

    Attributes:
        project_id: the new project.
        tasks, links, resources, assignments, calendars, exceptions: how many rows were created.
        baselines: how many baselines (numbers 0-10) were created; ``baseline_tasks`` their task rows.
        entries: what was not carried, in file order.
        ms_project_dates: task UID -> (Start, Finish) as MS Project computed them in the file.
        work_weeks: how many MS Project work weeks were carried as weekly recurring exceptions.
    """

    project_id: ProjectId
    tasks: int
    links: int
    resources: int
    assignments: int
    calendars: int
    exceptions: int
    baselines: int
    baseline_tasks: int
    work_weeks: int
    entries: tuple[ReportEntry, ...]
    ms_project_dates: Mapping[int, tuple[dt.datetime | None, dt.datetime | None]]


# --- parsing --------------------------------------------------------------------------------------------------------


class _LineTreeBuilder(ET.TreeBuilder):
    """Builds the tree and remembers the source line of every element, in document order.

    Only used to name the line of an element in an error message: the import parses without it (a Python call per
    element would double the parsing time) and parses again with it when it has something to report.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[int] = []
        self.expat: Any = None

    def start(self, tag: str, attrs: dict[str, str], /) -> ET.Element:
        self.lines.append(self.expat.CurrentLineNumber)
        return super().start(tag, attrs)


def _read_source(source: bytes | Path, max_bytes: int) -> bytes:
    limit_mb = max_bytes / (1024 * 1024)
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            if size > max_bytes:
                _too_large(size, limit_mb)
            data = source.read_bytes()
        except OSError as error:
            raise MspdiError(
                _(CONTEXT, "{path} cannot be read ({reason}).").format(path=source, reason=error.strerror)
            ) from error
    else:
        data = bytes(source)
    if len(data) > max_bytes:
        _too_large(len(data), limit_mb)
    return data


def _too_large(size: int, limit_mb: float) -> NoReturn:
    raise MspdiError(
        _(CONTEXT, "The file is {size:.1f} MB, more than the {limit:.0f} MB accepted for MS Project XML.").format(
            size=size / (1024 * 1024), limit=limit_mb
        )
    )


class _RootSeen(Exception):  # noqa: N818 (a signal, not an error)
    """Raised by :class:`_PrologTarget` at the root element: the prolog has been read."""


class _PrologTarget:
    """A parser target that stops at the root element's start tag."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _RootSeen

    def close(self) -> None:
        return None


def _check_prolog(data: bytes) -> None:
    """Let defusedxml read everything before the root element, refusing any DTD, entity or external reference.

    A DTD, the only place where entities can be declared, must come before the root element; without one an entity
    reference in the document is an error for any XML parser, and nothing external can be referred to.
    """
    parser = DefusedET.DefusedXMLParser(
        target=_PrologTarget(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    chunk = 1 << 16
    try:
        for offset in range(0, len(data), chunk):
            parser.feed(data[offset : offset + chunk])
        parser.close()
    except _RootSeen:
        return


def _parse(data: bytes, builder: _LineTreeBuilder | None = None) -> ET.Element:
    """The document's root, parsed safely.

    defusedxml vets the prolog (:func:`_check_prolog`); the tree is then built by the standard C parser, three times
    faster than defusedxml's pure-Python one. With a ``builder`` (to find lines for an error message) the whole
    document is parsed by defusedxml.
    """
    try:
        if builder is None:
            _check_prolog(data)
            parser: Any = ET.XMLParser()
        else:
            parser = DefusedET.DefusedXMLParser(
                target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
            )
            builder.expat = parser.parser
        parser.feed(data)
        root: ET.Element = parser.close()
    except defusedxml.DTDForbidden as error:
        raise MspdiError(
            _(
                CONTEXT,
                "The file contains a document type declaration (DTD), which MS Project XML never uses; "
                "it was refused without being read.",
            )
        ) from error
    except defusedxml.EntitiesForbidden as error:
        raise MspdiError(
            _(
                CONTEXT,
                "The file declares the entity {name}, which MS Project XML never uses; it was refused without "
                "expanding it.",
            ).format(name=error.name)
        ) from error
    except defusedxml.ExternalReferenceForbidden as error:
        raise MspdiError(
            _(
                CONTEXT,
                "The file refers to the external resource {system_id}, which MS Project XML never uses; "
                "it was refused without fetching it.",
            ).format(system_id=error.sysid or error.pubid)
        ) from error
    except defusedxml.DefusedXmlException as error:
        raise MspdiError(
            _(CONTEXT, "The file uses an XML feature that MS Project XML never uses ({reason}).").format(reason=error)
        ) from error
    except (ValueError, LookupError) as error:  # e.g. an unknown encoding declared in the XML declaration
        raise MspdiError(_(CONTEXT, "The file cannot be read as XML ({reason}).").format(reason=error)) from error
    except SyntaxError as error:  # ElementTree's ParseError: malformed XML or an unreadable encoding
        line, column = getattr(error, "position", (0, 0))
        reason = str(error).split(":")[0]
        raise MspdiError(
            _(CONTEXT, "The file is not well-formed XML: {reason} at line {line}, column {column}.").format(
                reason=reason, line=line, column=column + 1
            )
        ) from error
    return root


def _source_lines(data: bytes, root: ET.Element) -> dict[int, int]:
    """The source line of every element of ``root`` (parsed from ``data``), by ``id``."""
    builder = _LineTreeBuilder()
    _parse(data, builder)
    return {id(element): line for element, line in zip(root.iter(), builder.lines, strict=False)}


# --- the reader -----------------------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag[len(NS) :] if tag.startswith(NS) else tag


@dataclass(slots=True)
class _Record:
    """The children of one element: the first of each tag, and all elements of repeated tags."""

    element: ET.Element
    first: dict[str, ET.Element]
    repeated: dict[str, list[ET.Element]]

    @classmethod
    def of(cls, element: ET.Element) -> "_Record":
        first: dict[str, ET.Element] = {}
        repeated: dict[str, list[ET.Element]] = defaultdict(list)
        for child in element:
            tag = child.tag
            name = tag[len(NS) :] if tag.startswith(NS) else tag
            if name not in first:
                first[name] = child
            repeated[name].append(child)
        return cls(element, first, repeated)

    def text(self, name: str) -> str | None:
        child = self.first.get(name)
        if child is None:
            return None
        text = child.text
        return None if text is None else text.strip()

    def all(self, name: str) -> list[ET.Element]:
        return self.repeated.get(name, [])


@dataclass(slots=True)
class _Reader:
    """Reads values with error messages that name the line, the element and its owner."""

    data: bytes
    root: ET.Element
    entries: list[ReportEntry] = field(default_factory=list)

    # -- errors and report --

    def line_of(self, element: ET.Element) -> int:
        return _source_lines(self.data, self.root).get(id(element), 0)

    def fail(self, element: ET.Element, sentence: str) -> NoReturn:
        raise MspdiError(_(CONTEXT, "Line {line}: {sentence}").format(line=self.line_of(element), sentence=sentence))

    def bad_value(self, record: _Record, name: str, owner: str, expected: str) -> NoReturn:
        element = record.first[name]
        self.fail(
            element,
            _(CONTEXT, "{element} of {owner} is not {expected}: '{value}'.").format(
                element=name, owner=owner, expected=expected, value=(element.text or "").strip()
            ),
        )

    def report(self, path: str, uid: int | None, message: str) -> None:
        self.entries.append(ReportEntry(path=path, uid=uid, message=message))

    # -- typed values --

    def integer(self, record: _Record, name: str, owner: str, default: int | None = None) -> int | None:
        text = record.text(name)
        if not text:
            return default
        try:
            return int(text)
        except ValueError:
            try:
                number = Decimal(text)
            except InvalidOperation:
                number = Decimal("NaN")
            if number.is_finite() and number == number.to_integral_value():
                return int(number)
            self.bad_value(record, name, owner, _(CONTEXT, "a whole number"))

    def required_integer(self, record: _Record, name: str, owner: str) -> int:
        value = self.integer(record, name, owner)
        if value is None:
            self.fail(
                record.element,
                _(CONTEXT, "{owner} has no {element}.").format(owner=owner, element=name),
            )
        return value

    def decimal(self, record: _Record, name: str, owner: str) -> Decimal | None:
        text = record.text(name)
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            self.bad_value(record, name, owner, _(CONTEXT, "a number"))
        return value

    def boolean(self, record: _Record, name: str, owner: str, default: bool = False) -> bool:
        text = record.text(name)
        if not text:
            return default
        if text not in {"1", "true", "0", "false"}:
            self.bad_value(record, name, owner, _(CONTEXT, "a boolean (0 or 1)"))
        return text in {"1", "true"}

    def datetime(self, record: _Record, name: str, owner: str) -> dt.datetime | None:
        """A date-time at minute precision; None when absent or one of MS Project's "NA" dates."""
        text = record.text(name)
        if not text:
            return None
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            self.bad_value(record, name, owner, _(CONTEXT, "a date and time (YYYY-MM-DDTHH:MM:SS)"))
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        day = value.date()
        if day in NA_DAYS:
            return None
        if not FIRST_DAY <= day <= LAST_DAY:
            self.fail(
                record.first[name],
                _(
                    CONTEXT,
                    "{element} of {owner} is {value}, outside the dates MS Project can hold (1984 to 2149).",
                ).format(element=name, owner=owner, value=text),
            )
        return value.replace(second=0, microsecond=0)

    def minutes(self, record: _Record, name: str, owner: str, *, negative: bool = False) -> int | None:
        """An xsd:duration (``PT8H0M0S``) in whole minutes (rounded); None when absent."""
        text = record.text(name)
        if not text:
            return None
        match = _DURATION.match(text)
        if match is None or text in {"P", "-P"} or text.endswith("T"):
            self.bad_value(record, name, owner, _(CONTEXT, "a duration such as PT8H0M0S"))
        sign, years, months, days, hours, mins, seconds = match.groups()
        if (years and float(years)) or (months and float(months)):
            self.bad_value(record, name, owner, _(CONTEXT, "a duration in hours, minutes and seconds"))
        total = float(days or 0) * 1440 + float(hours or 0) * 60 + float(mins or 0) + float(seconds or 0) / 60
        if not math.isfinite(total) or total > 10**12:
            self.bad_value(record, name, owner, _(CONTEXT, "a duration of a sensible length"))
        value = round(total)
        if sign and value:
            if not negative:
                self.fail(
                    record.first[name],
                    _(CONTEXT, "{element} of {owner} is negative ({value}).").format(
                        element=name, owner=owner, value=text
                    ),
                )
            value = -value
        return value

    def time_of_day(self, record: _Record, name: str, owner: str, *, end: bool) -> int:
        """Minutes after midnight of an xsd:time; an end time of 00:00 is midnight at the end of the day."""
        text = record.text(name)
        if not text:
            self.fail(record.element, _(CONTEXT, "{owner} has no {element}.").format(owner=owner, element=name))
        try:
            value = dt.time.fromisoformat(text)
        except ValueError:
            self.bad_value(record, name, owner, _(CONTEXT, "a time of day (HH:MM:SS)"))
        minute = value.hour * 60 + value.minute
        return 1440 if end and minute == 0 else minute


# --- rows under construction ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class _CalendarRows:
    uid: int
    name: str
    base_uid: int | None
    week: dict[int, tuple[tuple[int, int], ...]]  # weekday (0=Monday) -> intervals; only the days listed
    exceptions: list[dict[str, Any]]  # name, start, end, recurrence, until, intervals
    element: ET.Element


@dataclass(slots=True)
class _TaskRow:
    values: dict[str, Any]
    level: int
    element: ET.Element
    links: list[tuple[ET.Element, _Record]]
    baselines: list[_Record]


def _owner_task(uid: int) -> str:
    return _(CONTEXT, "task UID {uid}").format(uid=uid)


def _owner_resource(uid: int) -> str:
    return _(CONTEXT, "resource UID {uid}").format(uid=uid)


def _owner_calendar(uid: int) -> str:
    return _(CONTEXT, "calendar UID {uid}").format(uid=uid)


def _owner_assignment(uid: int) -> str:
    return _(CONTEXT, "assignment UID {uid}").format(uid=uid)


def _money(amount: Decimal) -> Decimal:
    return to_money(amount)


def _hundredths(amount: Decimal | None) -> Decimal | None:
    """An MSPDI currency value (hundredths of the currency unit) as money."""
    return None if amount is None else to_money(amount / 100)


def _percent(reader: _Reader, record: _Record, name: str, owner: str) -> int:
    value = reader.integer(record, name, owner, 0) or 0
    if not 0 <= value <= 100:
        reader.fail(
            record.first[name],
            _(CONTEXT, "{element} of {owner} is {value}, not a percentage between 0 and 100.").format(
                element=name, owner=owner, value=value
            ),
        )
    return value


def _units_percent(reader: _Reader, record: _Record, name: str, owner: str, default: int) -> int:
    """MSPDI units (1.0 = 100 %) as a whole percentage."""
    value = reader.decimal(record, name, owner)
    if value is None:
        return default
    if value < 0:
        reader.bad_value(record, name, owner, _(CONTEXT, "a positive number of units"))
    return int((value * 100).to_integral_value())


# --- calendars ------------------------------------------------------------------------------------------------------


def _working_times(reader: _Reader, parent: _Record, owner: str) -> tuple[tuple[int, int], ...]:
    intervals: list[tuple[int, int]] = []
    for times in parent.all("WorkingTimes"):
        for working_time in times:
            if _local(working_time.tag) != "WorkingTime":
                continue
            record = _Record.of(working_time)
            start = reader.time_of_day(record, "FromTime", owner, end=False)
            end = reader.time_of_day(record, "ToTime", owner, end=True)
            if end <= start:
                reader.fail(
                    working_time,
                    _(CONTEXT, "a WorkingTime of {owner} ends ({end}) before it starts ({start}).").format(
                        owner=owner, start=record.text("FromTime"), end=record.text("ToTime")
                    ),
                )
            intervals.append((start, end))
    intervals.sort()
    for (_start1, end1), (start2, _end2) in itertools.pairwise(intervals):
        if start2 < end1:
            reader.fail(parent.element, _(CONTEXT, "the WorkingTimes of {owner} overlap.").format(owner=owner))
    return tuple(intervals)


def _day_intervals(reader: _Reader, record: _Record, owner: str) -> tuple[tuple[int, int], ...]:
    if not reader.boolean(record, "DayWorking", owner):
        return ()
    return _working_times(reader, record, owner) or DEFAULT_DAY


def _period(reader: _Reader, record: _Record, owner: str) -> tuple[dt.date, dt.date] | None:
    """The days covered by a TimePeriod (FromDate .. ToDate, ToDate 00:00 meaning the end of the day before)."""
    period = record.first.get("TimePeriod")
    if period is None:
        return None
    period_record = _Record.of(period)
    start = _period_moment(reader, period_record, "FromDate", owner)
    finish = _period_moment(reader, period_record, "ToDate", owner)
    if start is None or finish is None:
        return None
    last = finish.date()
    if finish.time() == dt.time() and last > start.date():
        last -= dt.timedelta(days=1)
    if last < start.date():
        reader.fail(period, _(CONTEXT, "the TimePeriod of {owner} ends before it starts.").format(owner=owner))
    return start.date(), last


def _period_moment(reader: _Reader, record: _Record, name: str, owner: str) -> dt.datetime | None:
    # Exception periods may legitimately start on the NA days (1 January 1984); read them literally.
    text = record.text(name)
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        reader.bad_value(record, name, owner, _(CONTEXT, "a date and time (YYYY-MM-DDTHH:MM:SS)"))


def _recurrence(  # noqa: PLR0912 (one branch per MS Project recurrence type)
    reader: _Reader, record: _Record, owner: str, first_day: dt.date, last_day: dt.date
) -> tuple[str | None, dt.date, dt.date] | None:
    """The RRULE, first occurrence and last day of a Project 2007+ exception; None for a plain date range."""
    kind = reader.integer(record, "Type", owner, 1)
    occurrences = reader.integer(record, "Occurrences", owner, 1) or 1
    by_occurrences = reader.boolean(record, "EnteredByOccurrences", owner)
    period = max(1, reader.integer(record, "Period", owner, 1) or 1)
    count = f";COUNT={occurrences}" if by_occurrences else ""
    interval = f";INTERVAL={period}" if period > 1 else ""
    if kind == 1 and period == 1:
        return None  # every day of the range: a plain range of days, however it was entered
    if kind in {1, 7}:
        rule = f"FREQ=DAILY{interval}{count}"
    elif kind == 6:
        mask = reader.integer(record, "DaysOfWeek", owner, 0) or 0
        # DaysOfWeek: 1=Sunday, 2=Monday, 4=Tuesday ... 64=Saturday.
        days = [RRULE_DAYS[(bit - 1) % 7] for bit in range(7) if mask & (1 << bit)]
        if not days:
            days = [RRULE_DAYS[first_day.weekday()]]
        ordered = sorted(days, key=RRULE_DAYS.index)
        rule = f"FREQ=WEEKLY{interval};BYDAY={','.join(ordered)};WKST=SU{count}"
    elif kind in {4, 2}:
        month_day = reader.integer(record, "MonthDay", owner, first_day.day) or first_day.day
        if kind == 4:
            rule = f"FREQ=MONTHLY{interval};BYMONTHDAY={month_day}{count}"
        else:
            month = (reader.integer(record, "Month", owner, first_day.month - 1) or 0) + 1
            rule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={month_day}{count}"
    elif kind in {5, 3}:
        item = reader.integer(record, "MonthItem", owner, 0) or 0
        position = reader.integer(record, "MonthPosition", owner, 0) or 0
        if item not in MONTH_ITEM_DAYS or not 0 <= position < len(MONTH_POSITIONS):
            reader.fail(
                record.element,
                _(CONTEXT, "the recurrence of {owner} has an unknown MonthItem or MonthPosition.").format(owner=owner),
            )
        ordinal = MONTH_POSITIONS[position]
        item_days = MONTH_ITEM_DAYS[item]
        if item == 0:
            by_day = f"BYMONTHDAY={ordinal}"
        elif len(item_days) == 1:
            by_day = f"BYDAY={ordinal}{item_days[0]}"
        else:
            by_day = f"BYDAY={','.join(item_days)};BYSETPOS={ordinal}"
        if kind == 5:
            rule = f"FREQ=MONTHLY{interval};{by_day}{count}"
        else:
            month = (reader.integer(record, "Month", owner, first_day.month - 1) or 0) + 1
            rule = f"FREQ=YEARLY;BYMONTH={month};{by_day}{count}"
    else:
        reader.fail(
            record.element,
            _(CONTEXT, "the exception of {owner} has an unknown recurrence Type {kind}.").format(
                owner=owner, kind=kind
            ),
        )
    first = next(occurrences_of(rule, first_day, last_day), None)
    if first is None:
        reader.fail(
            record.element,
            _(CONTEXT, "the recurring exception of {owner} has no occurrence between {start} and {end}.").format(
                owner=owner, start=first_day, end=last_day
            ),
        )
    return rule, first, last_day


def _read_calendar(reader: _Reader, element: ET.Element) -> _CalendarRows:  # noqa: PLR0912 (flat mapping)
    record = _Record.of(element)
    uid = reader.required_integer(record, "UID", _(CONTEXT, "a calendar"))
    owner = _owner_calendar(uid)
    base_uid = reader.integer(record, "BaseCalendarUID", owner, -1)
    is_base = reader.boolean(record, "IsBaseCalendar", owner, default=base_uid in (None, -1))
    week: dict[int, tuple[tuple[int, int], ...]] = {}
    legacy_exceptions: list[dict[str, Any]] = []
    for week_days in record.all("WeekDays"):
        for week_day in week_days:
            if _local(week_day.tag) != "WeekDay":
                continue
            day_record = _Record.of(week_day)
            day_type = reader.required_integer(day_record, "DayType", owner)
            intervals = _day_intervals(reader, day_record, owner)
            if day_type == 0:
                span = _period(reader, day_record, owner)
                if span is not None:
                    legacy_exceptions.append(
                        {
                            "name": "",
                            "start": span[0],
                            "end": span[1],
                            "recurrence": None,
                            "until": None,
                            "intervals": intervals,
                        }
                    )
            elif 1 <= day_type <= 7:
                week[(day_type + 5) % 7] = intervals  # DayType 1=Sunday ... 7=Saturday -> 0=Monday ... 6=Sunday
            else:
                reader.bad_value(day_record, "DayType", owner, _(CONTEXT, "a day type between 0 and 7"))
    exceptions = legacy_exceptions
    if record.all("Exceptions"):
        exceptions = []  # Project 2007+ also writes the expanded days as DayType 0; the Exceptions element wins
        for exceptions_element in record.all("Exceptions"):
            for exception in exceptions_element:
                if _local(exception.tag) == "Exception":
                    exceptions.append(_read_exception(reader, _Record.of(exception), owner))
    for work_weeks in record.all("WorkWeeks"):
        for work_week in work_weeks:
            if _local(work_week.tag) == "WorkWeek":
                exceptions.extend(_read_work_week(reader, _Record.of(work_week), uid, owner))
    if is_base or base_uid == -1:
        base_uid = None
    name = record.text("Name") or ""
    return _CalendarRows(uid=uid, name=name, base_uid=base_uid, week=week, exceptions=exceptions, element=element)


def _read_exception(reader: _Reader, record: _Record, owner: str) -> dict[str, Any]:
    span = _period(reader, record, owner)
    if span is None:
        reader.fail(record.element, _(CONTEXT, "an exception of {owner} has no TimePeriod.").format(owner=owner))
    intervals = _day_intervals(reader, record, owner)
    recurrence = _recurrence(reader, record, owner, span[0], span[1])
    name = record.text("Name") or ""
    if recurrence is None:
        return {
            "name": name,
            "start": span[0],
            "end": span[1],
            "recurrence": None,
            "until": None,
            "intervals": intervals,
        }
    rule, first, until = recurrence
    return {"name": name, "start": first, "end": first, "recurrence": rule, "until": until, "intervals": intervals}


def _read_work_week(reader: _Reader, record: _Record, calendar_uid: int, owner: str) -> list[dict[str, Any]]:
    span = _period(reader, record, owner)
    name = record.text("Name") or ""
    if span is None:
        reader.report(
            "Project/Calendars/Calendar/WorkWeeks/WorkWeek",
            calendar_uid,
            _(CONTEXT, "Work week '{name}' has no date range and was not carried.").format(name=name),
        )
        return []
    rows: list[dict[str, Any]] = []
    for week_day in record.all("WeekDay"):
        day_record = _Record.of(week_day)
        day_type = reader.required_integer(day_record, "DayType", owner)
        if not 1 <= day_type <= 7:
            continue
        weekday = (day_type + 5) % 7
        offset = (weekday - span[0].weekday()) % 7
        first = span[0] + dt.timedelta(days=offset)
        if first > span[1]:
            continue
        rows.append(
            {
                "name": name,
                "start": first,
                "end": first,
                "recurrence": f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]}",
                "until": span[1],
                "intervals": _day_intervals(reader, day_record, owner),
            }
        )
    reader.report(
        "Project/Calendars/Calendar/WorkWeeks/WorkWeek",
        calendar_uid,
        _(
            CONTEXT,
            "Work week '{name}' ({start} to {end}) was carried as weekly recurring exceptions, which take "
            "precedence over other exceptions starting earlier.",
        ).format(name=name, start=span[0], end=span[1]),
    )
    return rows


def _resolve_weeks(reader: _Reader, calendars: dict[int, _CalendarRows]) -> list[_CalendarRows]:
    """Order calendars base first and give each derived calendar that overrides days a full week."""
    ordered: list[_CalendarRows] = []
    state: dict[int, int] = {}  # 1 = visiting, 2 = done

    def visit(rows: _CalendarRows) -> None:
        if state.get(rows.uid) == 2:
            return
        if state.get(rows.uid) == 1:
            reader.fail(
                rows.element,
                _(CONTEXT, "calendar UID {uid} is (indirectly) its own base calendar.").format(uid=rows.uid),
            )
        state[rows.uid] = 1
        if rows.base_uid is not None:
            base = calendars.get(rows.base_uid)
            if base is None:
                reader.fail(
                    rows.element,
                    _(CONTEXT, "calendar UID {uid} is based on calendar UID {base}, which is not in the file.").format(
                        uid=rows.uid, base=rows.base_uid
                    ),
                )
            visit(base)
        state[rows.uid] = 2
        ordered.append(rows)

    for rows in calendars.values():
        visit(rows)
    full_weeks: dict[int, dict[int, tuple[tuple[int, int], ...]]] = {}
    for rows in ordered:
        if rows.base_uid is None:
            full = {day: rows.week.get(day, ()) for day in range(7)}
        else:
            base_week = full_weeks[rows.base_uid]
            full = {day: rows.week.get(day, base_week[day]) for day in range(7)}
            if rows.week and not any(full.values()):
                reader.report(
                    "Project/Calendars/Calendar/WeekDays",
                    rows.uid,
                    _(
                        CONTEXT,
                        "Calendar '{name}' makes every day of the week non-working; Belfry reads a week without "
                        "working time as the base calendar's week.",
                    ).format(name=rows.name),
                )
            if not rows.week:
                full_weeks[rows.uid] = full
                rows.week = {}
                continue
        full_weeks[rows.uid] = full
        rows.week = full
    return ordered


# --- the import -----------------------------------------------------------------------------------------------------


def import_mspdi(session: Session, source: bytes | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportReport:
    """Create a new project in ``session`` from the MS Project XML ``source`` (the file's bytes or its path).

    All or nothing: the file is read and checked completely before the first row is written.

    Raises:
        MspdiError: the file is too large, unsafe, malformed or inconsistent (one sentence naming the line and the
            element); nothing has been written.
    """
    data = _read_source(source, max_bytes)
    root = _parse(data)
    if root.tag != NS + "Project":
        namespace, _sep, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
        raise MspdiError(
            _(
                CONTEXT,
                "The file is not MS Project XML: its root element is {local} in the namespace '{namespace}', not "
                "Project in the namespace {expected}.",
            ).format(local=local, namespace=namespace, expected=NAMESPACE)
        )
    reader = _Reader(data, root)
    plan = _Plan.read(reader, root)
    return plan.write(session, reader)


_IGNORED_PROJECT_FIELDS = frozenset(
    {
        "SaveVersion",
        "BuildNumber",
        "UID",
        "GUID",
        "Name",
        "Title",
        "Company",
        "Manager",
        "Subject",
        "CreationDate",
        "Revision",
        "LastSaved",
        "ScheduleFromStart",
        "StartDate",
        "FinishDate",
        "FYStartDate",
        "CriticalSlackLimit",
        "CurrencyDigits",
        "CurrencySymbol",
        "CurrencyCode",
        "CurrencySymbolPosition",
        "CalendarUID",
        "DefaultStartTime",
        "DefaultFinishTime",
        "MinutesPerDay",
        "MinutesPerWeek",
        "DaysPerMonth",
        "DurationFormat",
        "WorkFormat",
        "StatusDate",
        "CurrentDate",
        "Calendars",
        "Tasks",
        "Resources",
        "Assignments",
        "ExtendedAttributes",
        "OutlineCodes",
        "WBSMasks",
        "Views",
        "Filters",
        "Groups",
        "Tables",
        "Maps",
        "Reports",
        "Drawings",
        "DataLinks",
        "VBAProjects",
        "ExtendedCreationDate",
    }
)

_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "CHF": "CHF", "¥": "JPY"}


@dataclass(slots=True)
class _Plan:
    """Everything read from the file, as plain rows, before anything is written."""

    project: dict[str, Any]
    project_calendar_uid: int | None
    calendars: list[_CalendarRows]
    tasks: list[_TaskRow]
    skipped_task_uids: set[int]
    resources: list[dict[str, Any]]
    resource_records: list[_Record]
    assignments: list[_Record]
    field_names: dict[str, str]
    work_weeks: int

    @classmethod
    def read(cls, reader: _Reader, root: ET.Element) -> "_Plan":  # noqa: PLR0912 (flat mapping)
        record = _Record.of(root)
        project_owner = _(CONTEXT, "the project")
        field_names = _custom_field_names(root)
        name = record.text("Title") or record.text("Name") or ""
        name = name.removesuffix(".xml") if not record.text("Title") else name
        currency = (record.text("CurrencyCode") or "").upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            symbol = record.text("CurrencySymbol") or ""
            currency = _CURRENCY_SYMBOLS.get(symbol, "EUR")
            if symbol and symbol not in _CURRENCY_SYMBOLS:
                reader.report(
                    "Project/CurrencySymbol",
                    None,
                    _(CONTEXT, "The currency symbol '{symbol}' has no ISO code in the file; EUR was assumed.").format(
                        symbol=symbol
                    ),
                )
        status = reader.datetime(record, "StatusDate", project_owner)
        start = reader.datetime(record, "StartDate", project_owner)
        minutes_per_day = reader.integer(record, "MinutesPerDay", project_owner, 480) or 480
        minutes_per_week = reader.integer(record, "MinutesPerWeek", project_owner, 2400) or 2400
        days_per_month = reader.integer(record, "DaysPerMonth", project_owner, 20) or 20
        for name_, value in (
            ("MinutesPerDay", minutes_per_day),
            ("MinutesPerWeek", minutes_per_week),
            ("DaysPerMonth", days_per_month),
        ):
            if value <= 0:
                reader.bad_value(record, name_, project_owner, _(CONTEXT, "a positive number"))
        fiscal_month = reader.integer(record, "FYStartDate", project_owner, 1) or 1
        if not 1 <= fiscal_month <= 12:
            reader.bad_value(record, "FYStartDate", project_owner, _(CONTEXT, "a month between 1 and 12"))
        if not reader.boolean(record, "ScheduleFromStart", project_owner, default=True):
            reader.report(
                "Project/ScheduleFromStart",
                None,
                _(
                    CONTEXT,
                    "The project is scheduled from its finish date in MS Project; Belfry schedules from the "
                    "start date.",
                ),
            )
        saved = reader.datetime(record, "LastSaved", project_owner) or reader.datetime(
            record, "CreationDate", project_owner
        )
        for child_name in record.first:
            if child_name not in _IGNORED_PROJECT_FIELDS and child_name not in _PROJECT_SETTINGS:
                reader.report(
                    f"Project/{child_name}",
                    None,
                    _(CONTEXT, "The project element {element} was not carried.").format(element=child_name),
                )
        project = {
            "name": name or _(CONTEXT, "Imported project"),
            "organisation": record.text("Company") or "",
            "manager": record.text("Manager") or "",
            "description": record.text("Subject") or "",
            "currency": currency,
            "start": start,
            "finish": reader.datetime(record, "FinishDate", project_owner),
            "status_date": None if status is None else status.date(),
            "fiscal_year_start_month": fiscal_month,
            "minutes_per_day": minutes_per_day,
            "minutes_per_week": minutes_per_week,
            "days_per_month": days_per_month,
            "saved_at": saved,
        }
        calendars: dict[int, _CalendarRows] = {}
        for calendars_element in record.all("Calendars"):
            for element in calendars_element:
                if _local(element.tag) != "Calendar":
                    continue
                rows = _read_calendar(reader, element)
                if rows.uid in calendars:
                    reader.fail(element, _(CONTEXT, "calendar UID {uid} appears twice.").format(uid=rows.uid))
                calendars[rows.uid] = rows
        work_weeks = sum(1 for entry in reader.entries if entry.path == "Project/Calendars/Calendar/WorkWeeks/WorkWeek")
        ordered_calendars = _resolve_weeks(reader, calendars)
        project_calendar_uid = reader.integer(record, "CalendarUID", project_owner)
        if project_calendar_uid is not None and project_calendar_uid not in calendars:
            if project_calendar_uid != -1:
                reader.report(
                    "Project/CalendarUID",
                    None,
                    _(
                        CONTEXT,
                        "The project calendar UID {uid} is not in the file; Belfry's standard calendar is used.",
                    ).format(uid=project_calendar_uid),
                )
            project_calendar_uid = None
        tasks, skipped_task_uids = _read_tasks(reader, record, calendars, field_names)
        if project["start"] is None:
            starts = [row.values["start"] for row in tasks if row.values["start"] is not None]
            if not starts:
                reader.fail(root, _(CONTEXT, "the project has no StartDate and no task has a Start."))
            project["start"] = min(starts)
        resources, resource_records = _read_resources(reader, record, calendars, field_names)
        assignments = [
            _Record.of(element)
            for assignments_element in record.all("Assignments")
            for element in assignments_element
            if _local(element.tag) == "Assignment"
        ]
        return cls(
            project=project,
            project_calendar_uid=project_calendar_uid,
            calendars=ordered_calendars,
            tasks=tasks,
            skipped_task_uids=skipped_task_uids,
            resources=resources,
            resource_records=resource_records,
            assignments=assignments,
            field_names=field_names,
            work_weeks=work_weeks,
        )

    def write(self, session: Session, reader: _Reader) -> ImportReport:  # noqa: PLR0915 (one step per table)
        """Turn the plan into rows (checking the cross references), then insert them all."""
        ids = _IdAllocator(session)
        project_id = ProjectId(ids.next(Project))
        saved_at = self.project.pop("saved_at") or dt.datetime.now().replace(second=0, microsecond=0)

        # Calendars, bases first.
        calendar_ids: dict[int, int] = {}
        calendar_rows: list[dict[str, Any]] = []
        interval_rows: list[dict[str, Any]] = []
        exception_rows: list[dict[str, Any]] = []
        exception_interval_rows: list[dict[str, Any]] = []
        for calendar in self.calendars:
            calendar_id = ids.next(Calendar)
            calendar_ids[calendar.uid] = calendar_id
            calendar_rows.append(
                {
                    "id": calendar_id,
                    "project_id": project_id,
                    "uid": calendar.uid,
                    "name": calendar.name,
                    "base_calendar_id": None if calendar.base_uid is None else calendar_ids[calendar.base_uid],
                }
            )
            for weekday, intervals in sorted(calendar.week.items()):
                interval_rows.extend(
                    {"calendar_id": calendar_id, "weekday": weekday, "start_minute": start, "end_minute": end}
                    for start, end in intervals
                )
            for exception in calendar.exceptions:
                exception_id = ids.next(CalendarException)
                exception_rows.append(
                    {
                        "id": exception_id,
                        "calendar_id": calendar_id,
                        "name": exception["name"],
                        "start": exception["start"],
                        "end": exception["end"],
                        "recurrence": exception["recurrence"],
                        "until": exception["until"],
                    }
                )
                exception_interval_rows.extend(
                    {"exception_id": exception_id, "start_minute": start, "end_minute": end}
                    for start, end in exception["intervals"]
                )

        # Tasks (parents before children), links, baselines.
        task_ids: dict[int, int] = {}
        task_rows: list[dict[str, Any]] = []
        for row in self.tasks:
            task_id = ids.next(Task)
            uid = row.values["uid"]
            task_ids[uid] = task_id
            values = dict(row.values)
            parent_uid = values.pop("parent_uid")
            calendar_uid = values.pop("calendar_uid")
            values.update(
                id=task_id,
                project_id=project_id,
                parent_id=None if parent_uid is None else task_ids[parent_uid],
                calendar_id=None if calendar_uid is None else calendar_ids[calendar_uid],
            )
            task_rows.append(values)
        link_rows = _link_rows(reader, self.tasks, task_ids, self.skipped_task_uids)
        baseline_rows, baseline_task_rows = _baseline_rows(
            reader, ids=ids, project_id=project_id, saved_at=saved_at, tasks=self.tasks, task_ids=task_ids
        )

        # Resources and assignments.
        resource_ids: dict[int, int] = {}
        resource_rows: list[dict[str, Any]] = []
        for values in self.resources:
            resource_id = ids.next(Resource)
            resource_ids[values["uid"]] = resource_id
            calendar_uid = values.pop("calendar_uid")
            values.update(
                id=resource_id,
                project_id=project_id,
                calendar_id=None if calendar_uid is None else calendar_ids.get(calendar_uid),
            )
            resource_rows.append(values)
        assignment_rows = _assignment_rows(reader, self.assignments, task_ids, resource_ids)

        # Everything checked: write.
        calendar_uid = self.project_calendar_uid
        project_row = {
            "id": project_id,
            **self.project,
            "calendar_id": None if calendar_uid is None else calendar_ids[calendar_uid],
        }
        session.execute(insert(Project), [{**project_row, "calendar_id": None}])
        _bulk(session, Calendar, calendar_rows)
        if project_row["calendar_id"] is not None:
            session.execute(
                update(Project).where(Project.id == project_id).values(calendar_id=project_row["calendar_id"])
            )
        _bulk(session, CalendarWorkInterval, interval_rows)
        _bulk(session, CalendarException, exception_rows)
        _bulk(session, CalendarExceptionInterval, exception_interval_rows)
        _bulk(session, Task, task_rows)
        _bulk(session, Dependency, link_rows)
        _bulk(session, Baseline, baseline_rows)
        _bulk(session, BaselineTask, baseline_task_rows)
        _bulk(session, Resource, resource_rows)
        _bulk(session, Assignment, assignment_rows)

        return ImportReport(
            project_id=project_id,
            tasks=len(task_rows),
            links=len(link_rows),
            resources=len(resource_rows),
            assignments=len(assignment_rows),
            calendars=len(calendar_rows),
            exceptions=len(exception_rows),
            baselines=len(baseline_rows),
            baseline_tasks=len(baseline_task_rows),
            work_weeks=self.work_weeks,
            entries=tuple(reader.entries),
            ms_project_dates={row.values["uid"]: (row.values["start"], row.values["finish"]) for row in self.tasks},
        )


_PROJECT_SETTINGS = frozenset(
    {
        "DefaultTaskType",
        "DefaultFixedCostAccrual",
        "DefaultStandardRate",
        "DefaultOvertimeRate",
        "EditableActualCosts",
        "HonorConstraints",
        "EarnedValueMethod",
        "InsertedProjectsLikeSummary",
        "MultipleCriticalPaths",
        "NewTasksEffortDriven",
        "NewTasksEstimated",
        "SplitsInProgressTasks",
        "SpreadActualCost",
        "SpreadPercentComplete",
        "TaskUpdatesResource",
        "FiscalYearStart",
        "WeekStartDay",
        "MoveCompletedEndsBack",
        "MoveRemainingStartsBack",
        "MoveRemainingStartsForward",
        "MoveCompletedEndsForward",
        "BaselineForEarnedValue",
        "AutoAddNewResourcesAndTasks",
        "MicrosoftProjectServerURL",
        "Autolink",
        "NewTaskStartDate",
        "DefaultTaskEVMethod",
        "ProjectExternallyEdited",
        "ActualsInSync",
        "RemoveFileProperties",
        "AdminProject",
        "NewTasksAreManual",
        "UpdateManuallyScheduledTasksWhenEditingLinks",
        "KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled",
    }
)
"""MS Project options (how its own editor behaves); they describe no project data and are not reported."""


class _IdAllocator:
    """Primary keys chosen up front, so every row (and its references) can go into one bulk insert."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[type[Any], int] = {}

    def next(self, entity: type[Any]) -> int:
        if entity not in self._next:
            current = self._session.execute(select(func.max(entity.id))).scalar()
            self._next[entity] = (current or 0) + 1
        value = self._next[entity]
        self._next[entity] = value + 1
        return value


def _bulk(session: Session, entity: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` with one Core executemany (no ORM bookkeeping: nothing here is an ORM object)."""
    if rows:
        session.execute(insert(entity.__table__), rows)


def _custom_field_names(root: ET.Element) -> dict[str, str]:
    """FieldID -> the custom field's name (``Cost1``) or alias, from the project's ExtendedAttributes."""
    names: dict[str, str] = {}
    for attributes in root.findall(NS + "ExtendedAttributes"):
        for attribute in attributes.findall(NS + "ExtendedAttribute"):
            field_id = (attribute.findtext(NS + "FieldID") or "").strip()
            name = (attribute.findtext(NS + "FieldName") or "").strip()
            alias = (attribute.findtext(NS + "Alias") or "").strip()
            if field_id:
                names[field_id] = f"{name} ({alias})" if alias and name else name or alias
    return names


def _report_custom_fields(
    reader: _Reader, record: _Record, path: str, uid: int, field_names: Mapping[str, str]
) -> None:
    for attribute in record.all("ExtendedAttribute"):
        attribute_record = _Record.of(attribute)
        field_id = attribute_record.text("FieldID") or "?"
        value = attribute_record.text("Value") or attribute_record.text("ValueID") or ""
        reader.report(
            f"{path}/ExtendedAttribute",
            uid,
            _(CONTEXT, "Custom field {name} = '{value}' was not carried.").format(
                name=field_names.get(field_id) or f"FieldID {field_id}", value=value
            ),
        )
    for code in record.all("OutlineCode"):
        code_record = _Record.of(code)
        field_id = code_record.text("FieldID") or "?"
        reader.report(
            f"{path}/OutlineCode",
            uid,
            _(CONTEXT, "Outline code {name} (value {value}) was not carried.").format(
                name=field_names.get(field_id) or f"FieldID {field_id}", value=code_record.text("ValueID") or ""
            ),
        )


# --- tasks ----------------------------------------------------------------------------------------------------------

TASK_PATH = "Project/Tasks/Task"


def _read_tasks(
    reader: _Reader,
    project: _Record,
    calendars: Mapping[int, _CalendarRows],
    field_names: Mapping[str, str],
) -> tuple[list[_TaskRow], set[int]]:
    elements = [
        element for tasks_element in project.all("Tasks") for element in tasks_element if _local(element.tag) == "Task"
    ]
    records = [_Record.of(element) for element in elements]
    with_ids: list[tuple[int, int, _Record]] = []
    for position, record in enumerate(records):
        task_id = reader.integer(record, "ID", _(CONTEXT, "a task"))
        with_ids.append((position if task_id is None else task_id, position, record))
    if all(record.text("ID") for record in records):
        with_ids.sort(key=lambda item: (item[0], item[1]))
    project_format = reader.integer(project, "DurationFormat", _(CONTEXT, "the project"), 7) or 7
    default_unit = DURATION_FORMATS.get(_plain_format(project_format), (DurationUnit.DAYS, False))[0]

    rows: list[_TaskRow] = []
    skipped: set[int] = set()
    seen: dict[int, ET.Element] = {}
    stack: list[tuple[int, int]] = []  # (level, uid) of the open ancestors
    positions: Counter[int | None] = Counter()
    counted: Counter[str] = Counter()
    for _order, _position, record in with_ids:
        element = record.element
        uid = reader.required_integer(record, "UID", _(CONTEXT, "a task"))
        owner = _owner_task(uid)
        if uid in seen:
            reader.fail(element, _(CONTEXT, "task UID {uid} appears twice.").format(uid=uid))
        seen[uid] = element
        level = reader.integer(record, "OutlineLevel", owner, 1)
        level = 1 if level is None else level
        if level < 0:
            reader.bad_value(record, "OutlineLevel", owner, _(CONTEXT, "an outline level of 0 or more"))
        if level == 0:
            reader.report(
                TASK_PATH,
                uid,
                _(
                    CONTEXT,
                    "The project summary task (UID {uid}) was not imported as a task: Belfry rolls the project up "
                    "itself, so its own fields and baselines are not carried.",
                ).format(uid=uid),
            )
            skipped.add(uid)
            continue
        if reader.boolean(record, "IsNull", owner):
            reader.report(TASK_PATH, uid, _(CONTEXT, "A blank task row (IsNull) was skipped."))
            skipped.add(uid)
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent_level = stack[-1][0] if stack else 0
        if level > parent_level + 1:
            reader.fail(
                element,
                _(CONTEXT, "task UID {uid} has OutlineLevel {level} directly below a task of level {parent}.").format(
                    uid=uid, level=level, parent=parent_level
                ),
            )
        parent_uid = stack[-1][1] if stack else None
        stack.append((level, uid))
        values = _task_values(
            reader,
            record,
            uid=uid,
            owner=owner,
            calendars=calendars,
            default_unit=default_unit,
            counted=counted,
        )
        values["parent_uid"] = parent_uid
        values["position"] = positions[parent_uid]
        positions[parent_uid] += 1
        _report_task_extras(reader, record, uid, field_names)
        rows.append(
            _TaskRow(
                values=values,
                level=level,
                element=element,
                links=[(link, _Record.of(link)) for link in record.all("PredecessorLink")],
                baselines=[_Record.of(baseline) for baseline in record.all("Baseline")],
            )
        )
    for what, count in sorted(counted.items()):
        reader.report(TASK_PATH, None, _SUMMARY_MESSAGES[what]().format(count=count))
    return rows, skipped


_SUMMARY_MESSAGES: dict[str, Callable[[], str]] = {
    "type": lambda: _(
        CONTEXT,
        "The task type (fixed units, duration or work) and effort-driven flag of {count} tasks were not carried: "
        "Belfry keeps duration, work and units as entered.",
    ),
    "estimated": lambda: _(CONTEXT, "The 'estimated' mark of {count} task durations was not carried."),
}


def _plain_format(code: int) -> int:
    return code - ESTIMATED_OFFSET if 35 <= code <= 44 else code


def _task_values(
    reader: _Reader,
    record: _Record,
    *,
    uid: int,
    owner: str,
    calendars: Mapping[int, _CalendarRows],
    default_unit: DurationUnit,
    counted: Counter[str],
) -> dict[str, Any]:
    duration = reader.minutes(record, "Duration", owner)
    code = reader.integer(record, "DurationFormat", owner)
    unit, elapsed = default_unit, False
    if code is not None:
        if 35 <= code <= 44 or reader.boolean(record, "Estimated", owner):
            counted["estimated"] += 1
        plain = _plain_format(code)
        if plain in DURATION_FORMATS:
            unit, elapsed = DURATION_FORMATS[plain]
        elif plain not in NULL_FORMATS and code not in PERCENT_FORMATS:
            reader.bad_value(record, "DurationFormat", owner, _(CONTEXT, "a known duration format"))
    if record.text("Type") is not None:
        counted["type"] += 1
    constraint_code = reader.integer(record, "ConstraintType", owner, 0) or 0
    if constraint_code not in CONSTRAINT_TYPES:
        reader.bad_value(record, "ConstraintType", owner, _(CONTEXT, "a constraint type between 0 and 7"))
    constraint = CONSTRAINT_TYPES[constraint_code]
    constraint_date = reader.datetime(record, "ConstraintDate", owner)
    if constraint in DATELESS_CONSTRAINTS:
        constraint_date = None
    elif constraint_date is None:
        reader.report(
            f"{TASK_PATH}/ConstraintType",
            uid,
            _(
                CONTEXT, "The {constraint} constraint has no ConstraintDate; the task was made as soon as possible."
            ).format(constraint=constraint.value),
        )
        constraint = ConstraintType.AS_SOON_AS_POSSIBLE
    priority = reader.integer(record, "Priority", owner, 500)
    priority = 500 if priority is None else priority
    if not 0 <= priority <= 1000:
        reader.bad_value(record, "Priority", owner, _(CONTEXT, "a priority between 0 and 1000"))
    percent_complete = _percent(reader, record, "PercentComplete", owner)
    actual_start = reader.datetime(record, "ActualStart", owner)
    remaining = reader.minutes(record, "RemainingDuration", owner)
    has_progress = percent_complete > 0 or actual_start is not None
    calendar_uid = reader.integer(record, "CalendarUID", owner, -1)
    if calendar_uid is not None and calendar_uid != -1 and calendar_uid not in calendars:
        reader.fail(
            record.first["CalendarUID"],
            _(CONTEXT, "task UID {uid} uses calendar UID {calendar}, which is not in the file.").format(
                uid=uid, calendar=calendar_uid
            ),
        )
    leveling_delay = reader.integer(record, "LevelingDelay", owner, 0) or 0
    leveling_format = reader.integer(record, "LevelingDelayFormat", owner, 7) or 7
    if leveling_delay and DURATION_FORMATS.get(_plain_format(leveling_format), (None, False))[1]:
        reader.report(
            f"{TASK_PATH}/LevelingDelay",
            uid,
            _(CONTEXT, "An elapsed leveling delay was carried as working time."),
        )
    total_slack = reader.integer(record, "TotalSlack", owner)
    free_slack = reader.integer(record, "FreeSlack", owner)
    fixed_cost = reader.decimal(record, "FixedCost", owner)
    notes = record.text("Notes") or ""
    if record.first.get("Notes") is not None:
        notes = (record.first["Notes"].text or "").replace("\r\n", "\n")
    return {
        "uid": uid,
        "wbs": record.text("WBS") or "",
        "name": record.text("Name") or "",
        "notes": notes,
        "is_summary": reader.boolean(record, "Summary", owner),
        "is_milestone": reader.boolean(record, "Milestone", owner),
        "duration": duration or 0,
        "duration_unit": unit,
        "duration_is_elapsed": elapsed,
        "work": reader.minutes(record, "Work", owner) or 0,
        "constraint_type": constraint,
        "constraint_date": constraint_date,
        "deadline": reader.datetime(record, "Deadline", owner),
        "priority": priority,
        "percent_complete": percent_complete,
        "physical_percent_complete": _percent(reader, record, "PhysicalPercentComplete", owner),
        "actual_start": actual_start,
        "actual_finish": reader.datetime(record, "ActualFinish", owner),
        "remaining_duration": remaining if has_progress else None,
        "ev_technique": (
            EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE
            if reader.integer(record, "EarnedValueMethod", owner, 0) == 1
            else EarnedValueTechnique.PERCENT_COMPLETE
        ),
        "fixed_cost": _hundredths(fixed_cost) or _money(Decimal(0)),
        "calendar_uid": None if calendar_uid in (None, -1) else calendar_uid,
        "leveling_delay": max(0, round(leveling_delay / 10)),
        "start": reader.datetime(record, "Start", owner),
        "finish": reader.datetime(record, "Finish", owner),
        "early_start": reader.datetime(record, "EarlyStart", owner),
        "early_finish": reader.datetime(record, "EarlyFinish", owner),
        "late_start": reader.datetime(record, "LateStart", owner),
        "late_finish": reader.datetime(record, "LateFinish", owner),
        "total_float": None if total_slack is None else round(total_slack / 10),
        "free_float": None if free_slack is None else round(free_slack / 10),
        "is_critical": reader.boolean(record, "Critical", owner),
    }


def _report_task_extras(reader: _Reader, record: _Record, uid: int, field_names: Mapping[str, str]) -> None:
    owner = _owner_task(uid)
    if reader.boolean(record, "Manual", owner):
        reader.report(
            f"{TASK_PATH}/Manual",
            uid,
            _(CONTEXT, "The task is manually scheduled in MS Project; Belfry schedules it automatically."),
        )
    if not reader.boolean(record, "Active", owner, default=True):
        reader.report(
            f"{TASK_PATH}/Active",
            uid,
            _(CONTEXT, "The task is inactive in MS Project; it was imported as an active task."),
        )
    if reader.boolean(record, "Recurring", owner):
        reader.report(
            f"{TASK_PATH}/Recurring",
            uid,
            _(
                CONTEXT,
                "The task is a recurring task; its occurrences were imported as ordinary tasks and the "
                "recurrence pattern was not carried.",
            ),
        )
    if reader.boolean(record, "IsSubproject", owner) or reader.boolean(record, "ExternalTask", owner):
        reader.report(
            f"{TASK_PATH}/IsSubproject",
            uid,
            _(
                CONTEXT,
                "The task stands for a subproject or an external task; the link to the other file was not carried.",
            ),
        )
    for name in ("Hyperlink", "HyperlinkAddress", "Contact"):
        if record.text(name):
            reader.report(
                f"{TASK_PATH}/{name}",
                uid,
                _(CONTEXT, "{element} '{value}' was not carried.").format(element=name, value=record.text(name)),
            )
    overtime = reader.minutes(record, "OvertimeWork", owner) or 0
    if overtime:
        reader.report(f"{TASK_PATH}/OvertimeWork", uid, _(CONTEXT, "Overtime work was not carried."))
    if record.all("TimephasedData"):
        reader.report(
            f"{TASK_PATH}/TimephasedData",
            uid,
            _(CONTEXT, "{count} time-phased data blocks of the task were not carried.").format(
                count=len(record.all("TimephasedData"))
            ),
        )
    _report_custom_fields(reader, record, TASK_PATH, uid, field_names)


def _link_rows(  # noqa: PLR0912 (one branch per kind of link the file may hold)
    reader: _Reader, tasks: list[_TaskRow], task_ids: Mapping[int, int], skipped_uids: set[int]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for task in tasks:
        uid = task.values["uid"]
        owner = _owner_task(uid)
        for element, record in task.links:
            predecessor_uid = reader.required_integer(record, "PredecessorUID", owner)
            if reader.boolean(record, "CrossProject", owner):
                reader.report(
                    f"{TASK_PATH}/PredecessorLink",
                    uid,
                    _(
                        CONTEXT, "A link from task UID {predecessor} of another project ({name}) was not carried."
                    ).format(predecessor=predecessor_uid, name=record.text("CrossProjectName") or ""),
                )
                continue
            if predecessor_uid not in task_ids:
                if predecessor_uid in skipped_uids:
                    reader.report(
                        f"{TASK_PATH}/PredecessorLink",
                        uid,
                        _(CONTEXT, "A link from the skipped task UID {predecessor} was not carried.").format(
                            predecessor=predecessor_uid
                        ),
                    )
                    continue
                reader.fail(
                    element,
                    _(
                        CONTEXT,
                        "the PredecessorLink of task UID {uid} refers to task UID {predecessor}, which is not in the "
                        "file.",
                    ).format(uid=uid, predecessor=predecessor_uid),
                )
            type_code = reader.integer(record, "Type", owner, 1)
            if type_code not in LINK_TYPES:
                reader.bad_value(record, "Type", owner, _(CONTEXT, "a link type between 0 and 3"))
            if predecessor_uid == uid:
                reader.report(
                    f"{TASK_PATH}/PredecessorLink", uid, _(CONTEXT, "A link of the task to itself was not carried.")
                )
                continue
            if (predecessor_uid, uid) in seen:
                reader.report(
                    f"{TASK_PATH}/PredecessorLink",
                    uid,
                    _(CONTEXT, "A second link from task UID {predecessor} was not carried.").format(
                        predecessor=predecessor_uid
                    ),
                )
                continue
            seen.add((predecessor_uid, uid))
            lag = reader.integer(record, "LinkLag", owner, 0) or 0
            lag_format = reader.integer(record, "LagFormat", owner, 7) or 7
            kind = LagKind.WORKING
            lag_minutes = 0
            lag_percent = 0.0
            if lag_format in PERCENT_FORMATS:
                kind = LagKind.PERCENT
                lag_percent = float(lag)
                if lag_format in ELAPSED_PERCENT_FORMATS and lag:
                    reader.report(
                        f"{TASK_PATH}/PredecessorLink/LagFormat",
                        uid,
                        _(
                            CONTEXT,
                            "An elapsed % lag from task UID {predecessor} was carried as a % of the "
                            "predecessor's working duration.",
                        ).format(predecessor=predecessor_uid),
                    )
            else:
                plain = _plain_format(lag_format)
                if plain not in DURATION_FORMATS and plain not in NULL_FORMATS:
                    reader.bad_value(record, "LagFormat", owner, _(CONTEXT, "a known lag format"))
                if DURATION_FORMATS.get(plain, (DurationUnit.DAYS, False))[1]:
                    kind = LagKind.ELAPSED
                lag_minutes = round(lag / 10)
            rows.append(
                {
                    "predecessor_id": task_ids[predecessor_uid],
                    "successor_id": task_ids[uid],
                    "type": LINK_TYPES[type_code],
                    "lag_kind": kind,
                    "lag": lag_minutes,
                    "lag_percent": lag_percent,
                }
            )
    return rows


def _baseline_rows(
    reader: _Reader,
    *,
    ids: _IdAllocator,
    project_id: ProjectId,
    saved_at: dt.datetime,
    tasks: list[_TaskRow],
    task_ids: Mapping[int, int],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    by_number: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for task in tasks:
        uid = task.values["uid"]
        owner = _owner_task(uid)
        for record in task.baselines:
            number = reader.integer(record, "Number", owner, 0)
            number = 0 if number is None else number
            if not 0 <= number <= 10:
                reader.bad_value(record, "Number", owner, _(CONTEXT, "a baseline number between 0 and 10"))
            if reader.boolean(record, "Interim", owner):
                continue
            if record.all("TimephasedData"):
                reader.report(
                    f"{TASK_PATH}/Baseline/TimephasedData",
                    uid,
                    _(CONTEXT, "The time-phased values of baseline {number} were not carried.").format(number=number),
                )
            by_number[number].append(
                {
                    "task_id": task_ids[uid],
                    "start": reader.datetime(record, "Start", owner),
                    "finish": reader.datetime(record, "Finish", owner),
                    "duration": max(0, reader.minutes(record, "Duration", owner) or 0),
                    "work": max(0, reader.minutes(record, "Work", owner) or 0),
                    "cost": _hundredths(reader.decimal(record, "Cost", owner)) or _money(Decimal(0)),
                }
            )
    baseline_rows: list[dict[str, Any]] = []
    baseline_task_rows: list[dict[str, Any]] = []
    for number in sorted(by_number):
        baseline_id = ids.next(Baseline)
        baseline_rows.append(
            {
                "id": baseline_id,
                "project_id": project_id,
                "number": number,
                "name": _(CONTEXT, "Baseline")
                if number == 0
                else _(CONTEXT, "Baseline {number}").format(number=number),
                "saved_at": saved_at,
                "reason": _(CONTEXT, "Imported from MS Project"),
            }
        )
        seen: set[int] = set()
        for row in by_number[number]:
            if row["task_id"] in seen:
                continue
            seen.add(row["task_id"])
            baseline_task_rows.append({"baseline_id": baseline_id, **row})
    return baseline_rows, baseline_task_rows


# --- resources and assignments --------------------------------------------------------------------------------------

RESOURCE_PATH = "Project/Resources/Resource"
ASSIGNMENT_PATH = "Project/Assignments/Assignment"


def _read_resources(
    reader: _Reader,
    project: _Record,
    calendars: Mapping[int, _CalendarRows],
    field_names: Mapping[str, str],
) -> tuple[list[dict[str, Any]], list[_Record]]:
    rows: list[dict[str, Any]] = []
    records: list[_Record] = []
    seen: set[int] = set()
    for resources_element in project.all("Resources"):
        for element in resources_element:
            if _local(element.tag) != "Resource":
                continue
            record = _Record.of(element)
            uid = reader.required_integer(record, "UID", _(CONTEXT, "a resource"))
            owner = _owner_resource(uid)
            if uid in seen:
                reader.fail(element, _(CONTEXT, "resource UID {uid} appears twice.").format(uid=uid))
            seen.add(uid)
            name = record.text("Name") or ""
            if uid == 0 and not name:
                continue  # MS Project's own unnamed placeholder resource: no data
            if reader.boolean(record, "IsNull", owner):
                reader.report(RESOURCE_PATH, uid, _(CONTEXT, "A blank resource row (IsNull) was skipped."))
                continue
            rows.append(_resource_values(reader, record, uid=uid, owner=owner, name=name, calendars=calendars))
            records.append(record)
            _report_resource_extras(reader, record, uid, field_names)
    return rows, records


def _resource_values(
    reader: _Reader,
    record: _Record,
    *,
    uid: int,
    owner: str,
    name: str,
    calendars: Mapping[int, _CalendarRows],
) -> dict[str, Any]:
    type_code = reader.integer(record, "Type", owner, 1)
    is_cost = reader.boolean(record, "IsCostResource", owner) or type_code == 2
    if is_cost:
        kind = ResourceKind.VENDOR
        reader.report(
            f"{RESOURCE_PATH}/Type",
            uid,
            _(
                CONTEXT,
                "Cost resource '{name}' was carried as a vendor; the cost amounts of its assignments were not carried.",
            ).format(name=name),
        )
    elif type_code == 0:
        kind = ResourceKind.MATERIAL
    elif type_code == 1:
        kind = ResourceKind.ROLE if reader.boolean(record, "IsGeneric", owner) else ResourceKind.STAFF
    else:
        reader.bad_value(record, "Type", owner, _(CONTEXT, "a resource type (0, 1 or 2)"))
    calendar_uid = reader.integer(record, "CalendarUID", owner, -1)
    if calendar_uid not in (None, -1) and calendar_uid not in calendars:
        reader.fail(
            record.first["CalendarUID"],
            _(CONTEXT, "resource UID {uid} uses calendar UID {calendar}, which is not in the file.").format(
                uid=uid, calendar=calendar_uid
            ),
        )
    standard_rate = _rate(reader, record, "StandardRate", uid, owner)
    overtime_rate = _rate(reader, record, "OvertimeRate", uid, owner)
    cost_per_use = _hundredths(reader.decimal(record, "CostPerUse", owner))
    for amount, element_name in ((cost_per_use, "CostPerUse"),):
        if amount is not None and amount < 0:
            reader.bad_value(record, element_name, owner, _(CONTEXT, "a positive amount"))
    return {
        "uid": uid,
        "name": name,
        "initials": record.text("Initials") or "",
        "kind": kind,
        "group": record.text("Group") or "",
        "email": record.text("EmailAddress") or "",
        "max_units": _units_percent(reader, record, "MaxUnits", owner, 100),
        "standard_rate": standard_rate,
        "overtime_rate": overtime_rate,
        "cost_per_use": cost_per_use or _money(Decimal(0)),
        "material_label": record.text("MaterialLabel") or "",
        "calendar_uid": None if calendar_uid in (None, -1) else calendar_uid,
    }


def _rate(reader: _Reader, record: _Record, name: str, uid: int, owner: str) -> Decimal:
    value = reader.decimal(record, name, owner)
    if value is None:
        return _money(Decimal(0))
    if value < 0:
        reader.bad_value(record, name, owner, _(CONTEXT, "a positive rate"))
    money = _money(value)
    if money != value:
        reader.report(
            f"{RESOURCE_PATH}/{name}",
            uid,
            _(CONTEXT, "{element} {value} was rounded to the cent ({money}).").format(
                element=name, value=value, money=money.quantize(CENT)
            ),
        )
    return money


def _report_resource_extras(  # noqa: PLR0912 (one branch per kind of data reported)
    reader: _Reader, record: _Record, uid: int, field_names: Mapping[str, str]
) -> None:
    owner = _owner_resource(uid)
    letters = "ABCDE"
    for rates in record.all("Rates"):
        table_rows: dict[int, int] = Counter()
        for rate in rates:
            if _local(rate.tag) != "Rate":
                continue
            rate_record = _Record.of(rate)
            table = reader.integer(rate_record, "RateTable", owner, 0) or 0
            table_rows[table] += 1
        for table, count in sorted(table_rows.items()):
            letter = letters[table] if 0 <= table < len(letters) else str(table)
            if table != 0:
                reader.report(
                    f"{RESOURCE_PATH}/Rates/Rate",
                    uid,
                    _(CONTEXT, "Cost rate table {letter} (RateTable {table}, {count} rates) was not carried.").format(
                        letter=letter, table=table, count=count
                    ),
                )
            elif count > 1:
                reader.report(
                    f"{RESOURCE_PATH}/Rates/Rate",
                    uid,
                    _(
                        CONTEXT,
                        "Cost rate table A changes over time ({count} rates); only the resource's current "
                        "standard rate, overtime rate and cost per use were carried.",
                    ).format(count=count),
                )
    for periods in record.all("AvailabilityPeriods"):
        count = sum(1 for period in periods if _local(period.tag) == "AvailabilityPeriod")
        if count:
            reader.report(
                f"{RESOURCE_PATH}/AvailabilityPeriods",
                uid,
                _(
                    CONTEXT,
                    "{count} availability periods (max units over time) were not carried; MaxUnits was carried.",
                ).format(count=count),
            )
    for name in ("Notes", "Code", "Hyperlink", "WindowsUserAccount", "NTAccount"):
        if record.text(name):
            reader.report(
                f"{RESOURCE_PATH}/{name}",
                uid,
                _(CONTEXT, "{element} '{value}' was not carried.").format(element=name, value=record.text(name)),
            )
    if record.all("Baseline"):
        reader.report(
            f"{RESOURCE_PATH}/Baseline",
            uid,
            _(CONTEXT, "{count} resource baselines were not carried (Belfry keeps baselines per task).").format(
                count=len(record.all("Baseline"))
            ),
        )
    if reader.minutes(record, "OvertimeWork", owner):
        reader.report(f"{RESOURCE_PATH}/OvertimeWork", uid, _(CONTEXT, "Overtime work was not carried."))
    if record.all("TimephasedData"):
        reader.report(
            f"{RESOURCE_PATH}/TimephasedData",
            uid,
            _(CONTEXT, "{count} time-phased data blocks of the resource were not carried.").format(
                count=len(record.all("TimephasedData"))
            ),
        )
    _report_custom_fields(reader, record, RESOURCE_PATH, uid, field_names)


def _assignment_rows(
    reader: _Reader,
    assignments: list[_Record],
    task_ids: Mapping[int, int],
    resource_ids: Mapping[int, int],
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    without_resource = 0
    for record in assignments:
        uid = reader.required_integer(record, "UID", _(CONTEXT, "an assignment"))
        owner = _owner_assignment(uid)
        task_uid = reader.required_integer(record, "TaskUID", owner)
        resource_uid = reader.required_integer(record, "ResourceUID", owner)
        blocks = record.all("TimephasedData")
        if _is_split(blocks) and task_uid in task_ids:
            reader.report(
                f"{TASK_PATH}",
                task_uid,
                _(
                    CONTEXT,
                    "The task appears split (its work pauses in assignment UID {uid}); the split segments were not "
                    "carried, Belfry schedules the task in one piece.",
                ).format(uid=uid),
            )
        if resource_uid == NO_RESOURCE_UID:
            without_resource += 1
            continue
        if task_uid not in task_ids:
            reader.report(
                ASSIGNMENT_PATH,
                uid,
                _(
                    CONTEXT,
                    "The assignment to task UID {task} (the project summary or a skipped task) was not carried.",
                ).format(task=task_uid),
            )
            continue
        if resource_uid not in resource_ids:
            if resource_uid == 0:
                continue
            reader.fail(
                record.element,
                _(CONTEXT, "assignment UID {uid} refers to resource UID {resource}, which is not in the file.").format(
                    uid=uid, resource=resource_uid
                ),
            )
        key = (task_uid, resource_uid)
        if key in seen:
            reader.report(
                ASSIGNMENT_PATH,
                uid,
                _(CONTEXT, "A second assignment of resource UID {resource} to task UID {task} was not carried.").format(
                    resource=resource_uid, task=task_uid
                ),
            )
            continue
        seen.add(key)
        if blocks:
            reader.report(
                f"{ASSIGNMENT_PATH}/TimephasedData",
                uid,
                _(CONTEXT, "{count} time-phased data blocks were not carried: Belfry spreads work evenly.").format(
                    count=len(blocks)
                ),
            )
        if record.all("Baseline"):
            reader.report(
                f"{ASSIGNMENT_PATH}/Baseline",
                uid,
                _(CONTEXT, "{count} assignment baselines were not carried (Belfry keeps baselines per task).").format(
                    count=len(record.all("Baseline"))
                ),
            )
        if reader.minutes(record, "OvertimeWork", owner):
            reader.report(f"{ASSIGNMENT_PATH}/OvertimeWork", uid, _(CONTEXT, "Overtime work was not carried."))
        if (reader.integer(record, "CostRateTable", owner, 0) or 0) != 0:
            reader.report(
                f"{ASSIGNMENT_PATH}/CostRateTable",
                uid,
                _(
                    CONTEXT, "The assignment uses cost rate table {table}; Belfry uses the resource's standard rate."
                ).format(table="ABCDE"[min(4, reader.integer(record, "CostRateTable", owner, 0) or 0)]),
            )
        work = reader.minutes(record, "Work", owner) or 0
        actual_work = reader.minutes(record, "ActualWork", owner) or 0
        rows.append(
            {
                "task_id": task_ids[task_uid],
                "resource_id": resource_ids[resource_uid],
                "units": _units_percent(reader, record, "Units", owner, 100),
                "work": work,
                "actual_work": actual_work,
            }
        )
    if without_resource:
        reader.report(
            ASSIGNMENT_PATH,
            None,
            _(
                CONTEXT,
                "{count} assignments without a resource (ResourceUID -65535) were not carried: they only hold "
                "MS Project's time-phased task work.",
            ).format(count=without_resource),
        )
    return rows


def _is_split(blocks: list[ET.Element]) -> bool:
    """True if, in one kind of time-phased work, a working block of zero work lies between blocks with work."""
    by_type: dict[str, list[bool]] = defaultdict(list)
    for block in blocks:
        value = block.findtext(NS + "Value")
        if value is None:
            continue  # non-working time
        kind = (block.findtext(NS + "Type") or "").strip()
        if kind in {"1", "2"}:  # remaining and actual work of an assignment
            by_type[kind].append(value.strip() not in {"PT0H0M0S", "PT0M", "PT0S", ""})
    for values in by_type.values():
        if True in values:
            first = values.index(True)
            last = len(values) - 1 - values[::-1].index(True)
            if not all(values[first : last + 1]):
                return True
    return False
