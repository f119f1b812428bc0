"""Export of a project as Microsoft Project XML (MSPDI), in the element order of Microsoft's schema.

The MSPDI schema (``mspdi_pj12.xsd``, Project 2007, the last one Microsoft published) declares every element as an
``xsd:sequence``: the order of the children is part of the format. :data:`EXPORT_ORDER` lists, per element, the
schema's order of the children this exporter writes (taken from the schema text in Microsoft's "XML Schema for the
... Element" reference pages); the writer emits children in that order and the tests check it. Only Project 2007
elements are written, with ``SaveVersion`` 14 (Project 2010-2019), so every version since 2007 opens the file.

Units written: durations and work as ``PTnHnMnS`` (working time; elapsed durations as elapsed time), LinkLag in
tenths of a minute (a % lag as a whole percent with LagFormat 19, as MPXJ writes it), slack in tenths of a minute,
costs in hundredths of the currency, rates per hour, units as fractions (1 = 100 %).

Calendars are written with their full week (a derived calendar with a week of its own lists all seven days; one
without lists none and inherits its base's) and their exceptions in the Project 2007 ``Exceptions`` element; a
recurring exception's RRULE becomes the matching MS Project recurrence (daily, every n days, weekly, monthly and
yearly by day or by position). The project summary task (UID 0) is written as MS Project does, unless a task already
uses UID 0.
"""

import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
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
from model.enums import ConstraintType, DurationUnit, EarnedValueTechnique, LagKind, ResourceKind
from model.ids import ProjectId, TaskId
from services import i18n
from services.mspdi_import import (
    CONSTRAINT_TYPES,
    LINK_TYPES,
    MONTH_ITEM_DAYS,
    MONTH_POSITIONS,
    NAMESPACE,
    MspdiError,
    format_code,
)
from services.recurrence import RRULE_DAYS, occurrences_of, parse_rrule

_ = i18n.translate
CONTEXT = "mspdi"
SAVE_VERSION = 14
NA_END = dt.date(2049, 12, 31)

# fmt: off
EXPORT_ORDER: Mapping[str, tuple[str, ...]] = {
    "Project": (
        "SaveVersion", "UID", "Name", "Title", "Subject", "Category", "Company", "Manager", "Author", "CreationDate",
        "Revision", "LastSaved", "ScheduleFromStart", "StartDate", "FinishDate", "FYStartDate", "CriticalSlackLimit",
        "CurrencyDigits", "CurrencySymbol", "CurrencyCode", "CurrencySymbolPosition", "CalendarUID",
        "DefaultStartTime", "DefaultFinishTime", "MinutesPerDay", "MinutesPerWeek", "DaysPerMonth", "DefaultTaskType",
        "DefaultFixedCostAccrual", "DefaultStandardRate", "DefaultOvertimeRate", "DurationFormat", "WorkFormat",
        "EditableActualCosts", "HonorConstraints", "EarnedValueMethod", "InsertedProjectsLikeSummary",
        "MultipleCriticalPaths", "NewTasksEffortDriven", "NewTasksEstimated", "SplitsInProgressTasks",
        "SpreadActualCost", "SpreadPercentComplete", "TaskUpdatesResource", "FiscalYearStart", "WeekStartDay",
        "MoveCompletedEndsBack", "MoveRemainingStartsBack", "MoveRemainingStartsForward", "MoveCompletedEndsForward",
        "BaselineForEarnedValue", "AutoAddNewResourcesAndTasks", "StatusDate", "CurrentDate",
        "MicrosoftProjectServerURL", "Autolink", "NewTaskStartDate", "DefaultTaskEVMethod", "ProjectExternallyEdited",
        "ExtendedCreationDate", "ActualsInSync", "RemoveFileProperties", "AdminProject", "OutlineCodes", "WBSMasks",
        "ExtendedAttributes", "Calendars", "Tasks", "Resources", "Assignments",
    ),
    "Calendar": (
        "UID", "Name", "IsBaseCalendar", "BaseCalendarUID", "WeekDays", "Exceptions", "WorkWeeks",
    ),
    "WeekDay": (
        "DayType", "DayWorking", "TimePeriod", "WorkingTimes",
    ),
    "Exception": (
        "EnteredByOccurrences", "TimePeriod", "Occurrences", "Name", "Type", "Period", "DaysOfWeek", "MonthItem",
        "MonthPosition", "Month", "MonthDay", "DayWorking", "WorkingTimes",
    ),
    "Task": (
        "UID", "ID", "Name", "Type", "IsNull", "CreateDate", "Contact", "WBS", "WBSLevel", "OutlineNumber",
        "OutlineLevel", "Priority", "Start", "Finish", "Duration", "DurationFormat", "Work", "Stop", "Resume",
        "ResumeValid", "EffortDriven", "Recurring", "OverAllocated", "Estimated", "Milestone", "Summary", "Critical",
        "IsSubproject", "IsSubprojectReadOnly", "SubprojectName", "ExternalTask", "ExternalTaskProject", "EarlyStart",
        "EarlyFinish", "LateStart", "LateFinish", "StartVariance", "FinishVariance", "WorkVariance", "FreeSlack",
        "TotalSlack", "FixedCost", "FixedCostAccrual", "PercentComplete", "PercentWorkComplete", "Cost",
        "OvertimeCost", "OvertimeWork", "ActualStart", "ActualFinish", "ActualDuration", "ActualCost",
        "ActualOvertimeCost", "ActualWork", "ActualOvertimeWork", "RegularWork", "RemainingDuration", "RemainingCost",
        "RemainingWork", "RemainingOvertimeCost", "RemainingOvertimeWork", "ACWP", "CV", "ConstraintType",
        "CalendarUID", "ConstraintDate", "Deadline", "LevelAssignments", "LevelingCanSplit", "LevelingDelay",
        "LevelingDelayFormat", "PreLeveledStart", "PreLeveledFinish", "Hyperlink", "HyperlinkAddress",
        "HyperlinkSubAddress", "IgnoreResourceCalendar", "Notes", "HideBar", "Rollup", "BCWS", "BCWP",
        "PhysicalPercentComplete", "EarnedValueMethod", "PredecessorLink", "ActualWorkProtected",
        "ActualOvertimeWorkProtected", "ExtendedAttribute", "Baseline", "OutlineCode", "IsPublished", "StatusManager",
        "CommitmentStart", "CommitmentFinish", "CommitmentType", "TimephasedData",
    ),
    "PredecessorLink": (
        "PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat",
    ),
    "TaskBaseline": (
        "TimephasedData", "Number", "Interim", "Start", "Finish", "Duration", "DurationFormat", "EstimatedDuration",
        "Work", "Cost", "BCWS", "BCWP", "FixedCost",
    ),
    "Resource": (
        "UID", "ID", "Name", "Type", "IsNull", "Initials", "Phonetics", "NTAccount", "MaterialLabel", "Code", "Group",
        "WorkGroup", "EmailAddress", "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "MaxUnits", "PeakUnits",
        "OverAllocated", "AvailableFrom", "AvailableTo", "Start", "Finish", "CanLevel", "AccrueAt", "Work",
        "RegularWork", "OvertimeWork", "ActualWork", "RemainingWork", "ActualOvertimeWork", "RemainingOvertimeWork",
        "PercentWorkComplete", "StandardRate", "StandardRateFormat", "Cost", "OvertimeRate", "OvertimeRateFormat",
        "OvertimeCost", "CostPerUse", "ActualCost", "ActualOvertimeCost", "RemainingCost", "RemainingOvertimeCost",
        "WorkVariance", "CostVariance", "SV", "CV", "ACWP", "CalendarUID", "Notes", "BCWS", "BCWP", "IsGeneric",
        "IsInactive", "IsEnterprise", "BookingType",
    ),
    "Assignment": (
        "UID", "TaskUID", "ResourceUID", "PercentWorkComplete", "ActualCost", "ActualFinish", "ActualOvertimeCost",
        "ActualOvertimeWork", "ActualStart", "ActualWork", "ACWP", "Confirmed", "Cost", "CostRateTable",
        "CostVariance", "CV", "Delay", "Finish", "FinishVariance", "Hyperlink", "HyperlinkAddress",
        "HyperlinkSubAddress", "WorkVariance", "HasFixedRateUnits", "FixedMaterial", "LevelingDelay",
        "LevelingDelayFormat", "LinkedFields", "Milestone", "Notes", "Overallocated", "OvertimeCost", "OvertimeWork",
        "PeakUnits", "RegularWork", "RemainingCost", "RemainingOvertimeCost", "RemainingOvertimeWork",
        "RemainingWork", "ResponsePending", "Start", "Stop", "Resume", "StartVariance", "Units", "UpdateNeeded",
        "VAC", "Work", "WorkContour",
    ),
}
# fmt: on
"""Schema order (mspdi_pj12.xsd) of the children of each element, for the children this exporter writes."""

_CONSTRAINT_CODES = {constraint: code for code, constraint in CONSTRAINT_TYPES.items()}
_LINK_CODES = {link_type: code for code, link_type in LINK_TYPES.items()}
_DAY_TYPES = {weekday: (weekday + 1) % 7 + 1 for weekday in range(7)}
"""Python weekday (0=Monday) -> MSPDI DayType (1=Sunday ... 7=Saturday)."""
_PERCENT_LAG_FORMAT = 19
STANDARD_WEEK: tuple[tuple[tuple[int, int], ...], ...] = (((480, 720), (780, 1020)),) * 5 + ((), ())
"""What Belfry schedules a calendar without any working interval (and without a base) with."""
_MINUTES_PER_ELAPSED_DAY = 1440


def _element(parent: ET.Element, name: str, text: object | None = None) -> ET.Element:
    child = ET.SubElement(parent, name)
    if text is not None:
        child.text = _text(text)
    return child


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00"
    return str(value)


def _ordered(element: ET.Element, kind: str) -> ET.Element:
    """Sort ``element``'s children into the schema order of ``kind`` (stable for repeated children)."""
    order = {name: index for index, name in enumerate(EXPORT_ORDER[kind])}
    children = list(element)
    unknown = [child.tag for child in children if child.tag not in order]
    if unknown:  # pragma: no cover - a programming error in this module
        raise ValueError(f"{kind}: no schema position for {unknown}")
    children.sort(key=lambda child: order[child.tag])
    element[:] = children
    return element


def duration_text(minutes: int) -> str:
    """An xsd:duration in MSPDI style (``PT8H0M0S``; negative as ``-PT...``)."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}PT{hours}H{rest}M0S"


def _hundredths(amount: Decimal) -> str:
    """Money as MSPDI currency (hundredths of the unit)."""
    return _number(amount * 100)


def _number(value: Decimal) -> str:
    normal = value.normalize()
    text = format(normal, "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def _units(percent: int) -> str:
    return _number(Decimal(percent) / 100)


def _time(minute: int) -> str:
    return "00:00:00" if minute >= 1440 else f"{minute // 60:02d}:{minute % 60:02d}:00"


def export_mspdi(session: Session, project_id: ProjectId) -> bytes:
    """The project as an MS Project XML document (UTF-8 bytes).

    Raises:
        MspdiError: a calendar exception uses a recurrence MS Project cannot express (one sentence naming it).
    """
    project = session.get_one(Project, project_id)
    root = ET.Element("Project", {"xmlns": NAMESPACE})
    calendar_uids = _write_calendars(session, project_id, root)
    tasks = session.execute(select(Task).where(Task.project_id == project_id)).scalars().all()
    task_uids = {task.id: task.uid for task in tasks}
    _write_project_fields(root, project, calendar_uids)
    _write_tasks(session, root, project, tasks, calendar_uids)
    resource_uids = _write_resources(session, project_id, root, calendar_uids)
    _write_assignments(session, root, task_uids, resource_uids)
    _ordered(root, "Project")
    ET.indent(root, space="\t")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body + b"\n"


def _write_project_fields(root: ET.Element, project: Project, calendar_uids: Mapping[int, int]) -> None:
    _element(root, "SaveVersion", SAVE_VERSION)
    _element(root, "Name", project.name)
    _element(root, "Title", project.name)
    if project.description:
        _element(root, "Subject", project.description)
    if project.organisation:
        _element(root, "Company", project.organisation)
    if project.manager:
        _element(root, "Manager", project.manager)
    _element(root, "ScheduleFromStart", True)
    _element(root, "StartDate", project.start)
    if project.finish is not None:
        _element(root, "FinishDate", project.finish)
    _element(root, "FYStartDate", project.fiscal_year_start_month)
    _element(root, "CriticalSlackLimit", 0)
    _element(root, "CurrencyDigits", 2)
    _element(root, "CurrencyCode", project.currency)
    if project.calendar_id is not None and project.calendar_id in calendar_uids:
        _element(root, "CalendarUID", calendar_uids[project.calendar_id])
    _element(root, "MinutesPerDay", project.minutes_per_day)
    _element(root, "MinutesPerWeek", project.minutes_per_week)
    _element(root, "DaysPerMonth", project.days_per_month)
    _element(root, "DurationFormat", 7)
    _element(root, "WorkFormat", 2)
    _element(root, "HonorConstraints", True)
    _element(root, "WeekStartDay", 1)
    if project.status_date is not None:
        _element(root, "StatusDate", dt.datetime.combine(project.status_date, dt.time(17, 0)))


# --- calendars ------------------------------------------------------------------------------------------------------


def _write_calendars(session: Session, project_id: ProjectId, root: ET.Element) -> dict[int, int]:
    calendars = session.execute(
        select(Calendar.id, Calendar.uid, Calendar.name, Calendar.base_calendar_id)
        .where(Calendar.project_id == project_id)
        .order_by(Calendar.uid)
    ).all()
    uids = {row.id: row.uid for row in calendars}
    weeks: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for row in session.execute(
        select(
            CalendarWorkInterval.calendar_id,
            CalendarWorkInterval.weekday,
            CalendarWorkInterval.start_minute,
            CalendarWorkInterval.end_minute,
        )
        .join(Calendar, Calendar.id == CalendarWorkInterval.calendar_id)
        .where(Calendar.project_id == project_id)
        .order_by(CalendarWorkInterval.start_minute)
    ):
        weeks[row.calendar_id][row.weekday].append((row.start_minute, row.end_minute))
    exception_intervals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for interval in session.execute(
        select(
            CalendarExceptionInterval.exception_id,
            CalendarExceptionInterval.start_minute,
            CalendarExceptionInterval.end_minute,
        )
        .join(CalendarException, CalendarException.id == CalendarExceptionInterval.exception_id)
        .join(Calendar, Calendar.id == CalendarException.calendar_id)
        .where(Calendar.project_id == project_id)
        .order_by(CalendarExceptionInterval.start_minute)
    ):
        exception_intervals[interval.exception_id].append((interval.start_minute, interval.end_minute))
    exceptions: dict[int, list[Any]] = defaultdict(list)
    for exception in session.execute(
        select(CalendarException)
        .join(Calendar, Calendar.id == CalendarException.calendar_id)
        .where(Calendar.project_id == project_id)
        .order_by(CalendarException.start, CalendarException.id)
    ).scalars():
        exceptions[exception.calendar_id].append(exception)

    if not calendars:
        return uids
    container = _element(root, "Calendars")
    for calendar_row in calendars:
        calendar = _element(container, "Calendar")
        _element(calendar, "UID", calendar_row.uid)
        _element(calendar, "Name", calendar_row.name)
        is_base = calendar_row.base_calendar_id is None or calendar_row.base_calendar_id not in uids
        _element(calendar, "IsBaseCalendar", is_base)
        _element(calendar, "BaseCalendarUID", -1 if is_base else uids[calendar_row.base_calendar_id])
        week = weeks.get(calendar_row.id)
        if week is not None or is_base:  # a base calendar without a week works Belfry's standard week
            week_days = _element(calendar, "WeekDays")
            for weekday in (6, 0, 1, 2, 3, 4, 5):  # MS Project lists Sunday first
                day = _element(week_days, "WeekDay")
                intervals = STANDARD_WEEK[weekday] if week is None else week.get(weekday, [])
                _element(day, "DayType", _DAY_TYPES[weekday])
                _element(day, "DayWorking", bool(intervals))
                _write_working_times(day, intervals)
                _ordered(day, "WeekDay")
        if exceptions.get(calendar_row.id):
            container_exceptions = _element(calendar, "Exceptions")
            for exception in exceptions[calendar_row.id]:
                _write_exception(
                    container_exceptions, calendar_row.name, exception, exception_intervals.get(exception.id, [])
                )
        _ordered(calendar, "Calendar")
    return uids


def _write_working_times(parent: ET.Element, intervals: Sequence[tuple[int, int]]) -> None:
    if not intervals:
        return
    times = _element(parent, "WorkingTimes")
    for start, end in intervals:
        working_time = _element(times, "WorkingTime")
        _element(working_time, "FromTime", _time(start))
        _element(working_time, "ToTime", _time(end))


def _write_exception(
    parent: ET.Element, calendar_name: str, exception: CalendarException, intervals: Sequence[tuple[int, int]]
) -> None:
    element = _element(parent, "Exception")
    if exception.recurrence:
        fields = _recurrence_fields(calendar_name, exception.recurrence, exception.start)
        parts = parse_rrule(exception.recurrence)
        days = list(occurrences_of(exception.recurrence, exception.start, exception.until or NA_END))
        by_occurrences = "COUNT" in parts
        last = days[-1] if days and (by_occurrences or exception.until is None) else exception.until or NA_END
        _element(element, "EnteredByOccurrences", by_occurrences)
        _write_period(element, exception.start, last)
        _element(element, "Occurrences", max(1, len(days)))
        if exception.name:
            _element(element, "Name", exception.name)
        for name, value in fields.items():
            _element(element, name, value)
    else:
        _element(element, "EnteredByOccurrences", False)
        _write_period(element, exception.start, exception.end)
        _element(element, "Occurrences", 1)
        if exception.name:
            _element(element, "Name", exception.name)
        _element(element, "Type", 1)
    _element(element, "DayWorking", bool(intervals))
    _write_working_times(element, intervals)
    _ordered(element, "Exception")


def _write_period(parent: ET.Element, first: dt.date, last: dt.date) -> None:
    period = _element(parent, "TimePeriod")
    _element(period, "FromDate", dt.datetime.combine(first, dt.time()))
    _element(period, "ToDate", dt.datetime.combine(last, dt.time(23, 59)))


def _recurrence_fields(calendar_name: str, rule: str, first: dt.date) -> dict[str, int]:
    """The MS Project recurrence (Type, Period, DaysOfWeek, MonthItem, MonthPosition, Month, MonthDay) of ``rule``."""
    parts = parse_rrule(rule)
    frequency = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    by_day = [item for item in parts.get("BYDAY", "").split(",") if item]
    by_month_day = [int(item) for item in parts.get("BYMONTHDAY", "").split(",") if item]
    by_month = [int(item) for item in parts.get("BYMONTH", "").split(",") if item]
    set_position = int(parts["BYSETPOS"]) if "BYSETPOS" in parts else None
    known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL", "WKST"}
    fields: dict[str, int] | None = None
    if not set(parts) - known:
        if frequency == "DAILY" and not (by_day or by_month_day or by_month):
            fields = {"Type": 7, "Period": interval} if interval > 1 else {"Type": 1}
        elif frequency == "WEEKLY" and not (by_month_day or by_month):
            days = by_day or [RRULE_DAYS[first.weekday()]]
            if all(day in RRULE_DAYS for day in days):
                mask = sum(1 << ((RRULE_DAYS.index(day) + 1) % 7) for day in days)
                fields = {"Type": 6, "Period": interval, "DaysOfWeek": mask}
        elif frequency in {"MONTHLY", "YEARLY"} and len(by_month) <= 1:
            fields = _monthly_fields(
                frequency=frequency,
                interval=interval,
                by_day=by_day,
                by_month_day=by_month_day,
                by_month=by_month,
                set_position=set_position,
                first=first,
            )
    if fields is None:
        raise MspdiError(
            _(
                CONTEXT, "Calendar '{calendar}' has a recurring exception ({rule}) that MS Project cannot express."
            ).format(calendar=calendar_name, rule=rule)
        )
    return fields


def _monthly_fields(  # noqa: PLR0911 (one return per MS Project recurrence shape)
    *,
    frequency: str,
    interval: int,
    by_day: list[str],
    by_month_day: list[int],
    by_month: list[int],
    set_position: int | None,
    first: dt.date,
) -> dict[str, int] | None:
    yearly = frequency == "YEARLY"
    if yearly and interval != 1:
        return None
    month = (by_month[0] if by_month else first.month) - 1
    position_of = {ordinal: index for index, ordinal in enumerate(MONTH_POSITIONS)}
    item_of = {days: item for item, days in MONTH_ITEM_DAYS.items()}
    if len(by_month_day) == 1 and not by_day:
        value = by_month_day[0]
        if value > 0:
            return (
                {"Type": 2, "Month": month, "MonthDay": value}
                if yearly
                else {"Type": 4, "Period": interval, "MonthDay": value}
            )
        if value in position_of:  # the last day of the month
            fields = {"MonthItem": 0, "MonthPosition": position_of[value]}
            return {"Type": 3, "Month": month, **fields} if yearly else {"Type": 5, "Period": interval, **fields}
        return None
    if not by_day and not by_month_day:
        return _monthly_fields(
            frequency=frequency,
            interval=interval,
            by_day=[],
            by_month_day=[first.day],
            by_month=by_month,
            set_position=None,
            first=first,
        )
    if by_month_day:
        return None
    if set_position is not None:
        days = tuple(sorted((day[-2:] for day in by_day), key=RRULE_DAYS.index))
        item = item_of.get(days)
        ordinal = set_position
    elif len(by_day) == 1 and by_day[0][:-2]:
        item = item_of.get((by_day[0][-2:],))
        ordinal = int(by_day[0][:-2])
    else:
        return None
    if item is None or ordinal not in position_of:
        return None
    fields = {"MonthItem": item, "MonthPosition": position_of[ordinal]}
    return {"Type": 3, "Month": month, **fields} if yearly else {"Type": 5, "Period": interval, **fields}


# --- tasks ----------------------------------------------------------------------------------------------------------


def _write_tasks(
    session: Session,
    root: ET.Element,
    project: Project,
    tasks: Sequence[Task],
    calendar_uids: Mapping[int, int],
) -> None:
    children: dict[int | None, list[Task]] = defaultdict(list)
    for task in tasks:
        children[task.parent_id].append(task)
    for siblings in children.values():
        siblings.sort(key=lambda task: (task.position, task.uid))
    outline: list[tuple[Task, int, str]] = []

    def walk(parent_id: int | None, level: int, prefix: str) -> None:
        for index, task in enumerate(children.get(parent_id, []), start=1):
            number = f"{prefix}{index}"
            outline.append((task, level, number))
            walk(task.id, level + 1, f"{number}.")

    walk(None, 1, "")
    links: dict[int, list[Any]] = defaultdict(list)
    task_ids = [task.id for task in tasks]
    for row in session.execute(
        select(
            Dependency.predecessor_id,
            Dependency.successor_id,
            Dependency.type,
            Dependency.lag_kind,
            Dependency.lag,
            Dependency.lag_percent,
        )
        .where(Dependency.successor_id.in_(task_ids))
        .order_by(Dependency.id)
    ):
        links[row.successor_id].append(row)
    baselines: dict[int, list[Any]] = defaultdict(list)
    for baseline in session.execute(
        select(
            Baseline.number,
            BaselineTask.task_id,
            BaselineTask.start,
            BaselineTask.finish,
            BaselineTask.duration,
            BaselineTask.work,
            BaselineTask.cost,
        )
        .join(Baseline, Baseline.id == BaselineTask.baseline_id)
        .where(Baseline.project_id == project.id)
        .order_by(Baseline.number)
    ):
        baselines[baseline.task_id].append(baseline)
    uids = {task.id: task.uid for task in tasks}
    container = _element(root, "Tasks")
    if all(task.uid != 0 for task in tasks):
        _write_project_summary(container, project, tasks)
    for task_number, (task, level, outline_number) in enumerate(outline, start=1):
        element = _element(container, "Task")
        _write_task(
            element,
            task,
            number=task_number,
            level=level,
            outline_number=outline_number,
            calendar_uids=calendar_uids,
        )
        for link in links.get(task.id, []):
            _write_link(element, uids[link.predecessor_id], link)
        for baseline in baselines.get(task.id, []):
            _write_task_baseline(element, baseline, task)
        _ordered(element, "Task")


def _write_project_summary(container: ET.Element, project: Project, tasks: Sequence[Task]) -> None:
    element = _element(container, "Task")
    _element(element, "UID", 0)
    _element(element, "ID", 0)
    _element(element, "Name", project.name)
    _element(element, "OutlineNumber", 0)
    _element(element, "OutlineLevel", 0)
    _element(element, "Start", project.start)
    finishes = [task.finish for task in tasks if task.finish is not None]
    if project.finish is not None or finishes:
        _element(element, "Finish", project.finish or max(finishes))
    _element(element, "Summary", True)
    _ordered(element, "Task")


def _duration_format(task: Task) -> int:
    return format_code(task.duration_unit, task.duration_is_elapsed)


def _write_task(  # noqa: PLR0912 (optional elements)
    element: ET.Element,
    task: Task,
    *,
    number: int,
    level: int,
    outline_number: str,
    calendar_uids: Mapping[int, int],
) -> None:
    _element(element, "UID", task.uid)
    _element(element, "ID", number)
    _element(element, "Name", task.name)
    if task.wbs:
        _element(element, "WBS", task.wbs)
    _element(element, "OutlineNumber", outline_number)
    _element(element, "OutlineLevel", level)
    _element(element, "Priority", task.priority)
    for name, value in (("Start", task.start), ("Finish", task.finish)):
        if value is not None:
            _element(element, name, value)
    _element(element, "Duration", duration_text(task.duration))
    _element(element, "DurationFormat", _duration_format(task))
    if task.work:
        _element(element, "Work", duration_text(task.work))
    _element(element, "Milestone", task.is_milestone)
    _element(element, "Summary", task.is_summary)
    _element(element, "Critical", task.is_critical)
    for name, value in (
        ("EarlyStart", task.early_start),
        ("EarlyFinish", task.early_finish),
        ("LateStart", task.late_start),
        ("LateFinish", task.late_finish),
    ):
        if value is not None:
            _element(element, name, value)
    if task.free_float is not None:
        _element(element, "FreeSlack", task.free_float * 10)
    if task.total_float is not None:
        _element(element, "TotalSlack", task.total_float * 10)
    _element(element, "FixedCost", _hundredths(task.fixed_cost))
    _element(element, "PercentComplete", task.percent_complete)
    for name, value in (("ActualStart", task.actual_start), ("ActualFinish", task.actual_finish)):
        if value is not None:
            _element(element, name, value)
    if task.remaining_duration is not None:
        _element(element, "RemainingDuration", duration_text(task.remaining_duration))
    _element(element, "ConstraintType", _CONSTRAINT_CODES[task.constraint_type])
    _element(element, "CalendarUID", calendar_uids.get(task.calendar_id, -1) if task.calendar_id else -1)
    if task.constraint_date is not None and task.constraint_type not in {
        ConstraintType.AS_SOON_AS_POSSIBLE,
        ConstraintType.AS_LATE_AS_POSSIBLE,
    }:
        _element(element, "ConstraintDate", task.constraint_date)
    if task.deadline is not None:
        _element(element, "Deadline", task.deadline)
    if task.leveling_delay:
        _element(element, "LevelingDelay", task.leveling_delay * 10)
        _element(element, "LevelingDelayFormat", 7)
    if task.notes:
        _element(element, "Notes", task.notes)
    _element(element, "PhysicalPercentComplete", task.physical_percent_complete)
    _element(
        element,
        "EarnedValueMethod",
        1 if task.ev_technique == EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE else 0,
    )


def _write_link(parent: ET.Element, predecessor_uid: int, link: Any) -> None:
    element = _element(parent, "PredecessorLink")
    _element(element, "PredecessorUID", predecessor_uid)
    _element(element, "Type", _LINK_CODES[link.type])
    _element(element, "CrossProject", False)
    if link.lag_kind == LagKind.PERCENT:
        _element(element, "LinkLag", round(link.lag_percent))
        _element(element, "LagFormat", _PERCENT_LAG_FORMAT)
    else:
        elapsed = link.lag_kind == LagKind.ELAPSED
        _element(element, "LinkLag", link.lag * 10)
        _element(element, "LagFormat", format_code(_lag_unit(link.lag, elapsed), elapsed))
    _ordered(element, "PredecessorLink")


def _lag_unit(minutes: int, elapsed: bool) -> DurationUnit:
    """The display unit of a lag: whole days, else whole hours, else minutes (Belfry does not store one)."""
    day = _MINUTES_PER_ELAPSED_DAY if elapsed else 480
    if minutes % day == 0:
        return DurationUnit.DAYS
    if minutes % 60 == 0:
        return DurationUnit.HOURS
    return DurationUnit.MINUTES


def _write_task_baseline(parent: ET.Element, baseline: Any, task: Task) -> None:
    element = _element(parent, "Baseline")
    _element(element, "Number", baseline.number)
    if baseline.start is not None:
        _element(element, "Start", baseline.start)
    if baseline.finish is not None:
        _element(element, "Finish", baseline.finish)
    _element(element, "Duration", duration_text(baseline.duration))
    _element(element, "DurationFormat", _duration_format(task))
    _element(element, "Work", duration_text(baseline.work))
    _element(element, "Cost", _hundredths(baseline.cost))
    _ordered(element, "TaskBaseline")


# --- resources and assignments --------------------------------------------------------------------------------------


def _write_resources(
    session: Session, project_id: ProjectId, root: ET.Element, calendar_uids: Mapping[int, int]
) -> dict[int, int]:
    resources = session.execute(
        select(Resource).where(Resource.project_id == project_id).order_by(Resource.uid)
    ).scalars()
    uids: dict[int, int] = {}
    container = _element(root, "Resources")
    for number, resource in enumerate(resources, start=1):
        uids[resource.id] = resource.uid
        element = _element(container, "Resource")
        _element(element, "UID", resource.uid)
        _element(element, "ID", number)
        _element(element, "Name", resource.name)
        material = resource.kind == ResourceKind.MATERIAL
        _element(element, "Type", 0 if material else 1)
        if resource.initials:
            _element(element, "Initials", resource.initials)
        if material and resource.material_label:
            _element(element, "MaterialLabel", resource.material_label)
        if resource.group:
            _element(element, "Group", resource.group)
        if resource.email:
            _element(element, "EmailAddress", resource.email)
        if not material:
            _element(element, "MaxUnits", _units(resource.max_units))
        _element(element, "StandardRate", _number(resource.standard_rate))
        _element(element, "StandardRateFormat", 8 if material else 2)
        if not material:
            _element(element, "OvertimeRate", _number(resource.overtime_rate))
            _element(element, "OvertimeRateFormat", 2)
        _element(element, "CostPerUse", _hundredths(resource.cost_per_use))
        if resource.calendar_id is not None and resource.calendar_id in calendar_uids:
            _element(element, "CalendarUID", calendar_uids[resource.calendar_id])
        _element(element, "IsGeneric", resource.kind == ResourceKind.ROLE)
        _ordered(element, "Resource")
    return uids


def _write_assignments(
    session: Session, root: ET.Element, task_uids: Mapping[TaskId, int], resource_uids: Mapping[int, int]
) -> None:
    container = _element(root, "Assignments")
    if not task_uids:
        return
    rows = session.execute(
        select(Assignment).where(Assignment.task_id.in_(list(task_uids))).order_by(Assignment.id)
    ).scalars()
    for uid, assignment in enumerate(rows, start=1):
        element = _element(container, "Assignment")
        _element(element, "UID", uid)
        _element(element, "TaskUID", task_uids[assignment.task_id])
        _element(element, "ResourceUID", resource_uids[assignment.resource_id])
        _element(element, "ActualWork", duration_text(assignment.actual_work))
        _element(element, "RemainingWork", duration_text(max(0, assignment.work - assignment.actual_work)))
        _element(element, "Units", _units(assignment.units))
        _element(element, "Work", duration_text(assignment.work))
        _ordered(element, "Assignment")
