"""MS Project XML (MSPDI) import and export against the files MS Project wrote (``../shared/samples/mspdi``).

Each sample is imported into a real SQLite database; counts are compared with the file itself, specific values with
what MS Project shows, and every sample goes through import -> export -> import unchanged. The exported XML is
checked against the element order of Microsoft's schema (``mspdi_pj12.xsd``, as listed in ``EXPORT_ORDER``).
"""

import datetime as dt
import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
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
from model.enums import ConstraintType, DependencyType, DurationUnit, LagKind, ResourceKind
from services import mspdi, recurrence
from tests.memory_db import memory_engine

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "mspdi"
SAMPLE_FILES = sorted(SAMPLES.glob("*.xml"))
NS = "{http://schemas.microsoft.com/project}"


@pytest.fixture
def session() -> Iterator[Session]:
    engine = memory_engine()
    with Session(engine) as session, session.begin():
        yield session
    engine.dispose()


def import_file(source: Path | bytes) -> tuple[Session, mspdi.ImportReport]:
    engine = memory_engine()
    session = Session(engine)
    session.begin()
    return session, mspdi.import_mspdi(session, source)


def count(session: Session, entity: Any) -> int:
    return int(session.execute(select(func.count()).select_from(entity)).scalar_one())


# --- what the file itself says ---------------------------------------------------------------------------------------


def file_counts(path: Path) -> dict[str, int]:
    """Counts read straight from the file with the standard library (the samples are trusted test data)."""
    root = ET.parse(path).getroot()
    tasks = [
        task
        for task in root.iter(NS + "Task")
        if task.findtext(NS + "OutlineLevel") != "0" and task.findtext(NS + "IsNull") != "1"
    ]
    resources = [
        resource
        for resource in root.iter(NS + "Resource")
        if not (resource.findtext(NS + "UID") == "0" and not resource.findtext(NS + "Name"))
    ]
    assignments = [
        assignment for assignment in root.iter(NS + "Assignment") if assignment.findtext(NS + "ResourceUID") != "-65535"
    ]
    baselines = [
        (task.findtext(NS + "UID"), baseline.findtext(NS + "Number"))
        for task in tasks
        for baseline in task.findall(NS + "Baseline")
    ]
    return {
        "tasks": len(tasks),
        "links": sum(len(task.findall(NS + "PredecessorLink")) for task in tasks),
        "resources": len(resources),
        "assignments": len(assignments),
        "calendars": len(root.findall(f"{NS}Calendars/{NS}Calendar")),
        "baselines": len({number for _uid, number in baselines}),
        "baseline_tasks": len(set(baselines)),
    }


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_every_sample_imports_with_the_counts_of_the_file(path: Path) -> None:
    session, report = import_file(path)
    expected = file_counts(path)
    assert {
        "tasks": report.tasks,
        "links": report.links,
        "resources": report.resources,
        "assignments": report.assignments,
        "calendars": report.calendars,
        "baselines": report.baselines,
        "baseline_tasks": report.baseline_tasks,
    } == expected
    assert count(session, Task) == expected["tasks"]
    assert count(session, Dependency) == expected["links"]
    assert count(session, Resource) == expected["resources"]
    assert count(session, Assignment) == expected["assignments"]
    assert count(session, Calendar) == expected["calendars"]
    assert count(session, Baseline) == expected["baselines"]
    assert count(session, BaselineTask) == expected["baseline_tasks"]
    # Every file has MS Project's project summary task, which is reported, not imported.
    assert any("project summary task" in entry.message for entry in report.entries)
    # MS Project's own dates are kept on each task for the agreement test.
    root = ET.parse(path).getroot()
    stored = dict(session.execute(select(Task.uid, Task.start)).all())
    for task in root.iter(NS + "Task"):
        uid = int(task.findtext(NS + "UID") or -1)
        if uid in stored and task.findtext(NS + "Start"):
            start = dt.datetime.fromisoformat(task.findtext(NS + "Start") or "")
            assert stored[uid] == start
            assert report.ms_project_dates[uid][0] == start
    session.close()


# --- specific values -------------------------------------------------------------------------------------------------


def links_by_successor(session: Session) -> dict[int, list[tuple[int, DependencyType, LagKind, int, float]]]:
    predecessor = Task.__table__.alias("predecessor")
    rows = session.execute(
        select(
            Task.uid, predecessor.c.uid, Dependency.type, Dependency.lag_kind, Dependency.lag, Dependency.lag_percent
        )
        .join(Task, Task.id == Dependency.successor_id)
        .join(predecessor, predecessor.c.id == Dependency.predecessor_id)
    ).all()
    result: dict[int, list[tuple[int, DependencyType, LagKind, int, float]]] = {}
    for successor, pred, link_type, kind, lag, percent in rows:
        result.setdefault(successor, []).append((pred, link_type, kind, lag, percent))
    return result


@pytest.mark.parametrize(
    "name", ["task-links-project2003-mspdi.xml", "task-links-project2010-mspdi.xml", "task-links-project2019-mspdi.xml"]
)
def test_link_types_and_lags(name: str) -> None:
    session, _report = import_file(SAMPLES / name)
    root = ET.parse(SAMPLES / name).getroot()
    links = links_by_successor(session)
    types = {
        "0": DependencyType.FINISH_TO_FINISH,
        "1": DependencyType.FINISH_TO_START,
        "2": DependencyType.START_TO_FINISH,
        "3": DependencyType.START_TO_START,
    }
    seen_types = set()
    for task in root.iter(NS + "Task"):
        for link in task.findall(NS + "PredecessorLink"):
            successor = int(task.findtext(NS + "UID") or 0)
            expected = (
                int(link.findtext(NS + "PredecessorUID") or 0),
                types[link.findtext(NS + "Type") or "1"],
                LagKind.WORKING,
                int(link.findtext(NS + "LinkLag") or 0) // 10,
                0.0,
            )
            assert expected in links[successor]
            seen_types.add(expected[1])
    assert seen_types == set(DependencyType)  # FS, SS, FF and SF, an SF among them
    # "+2d" is 960 working minutes and "+10w" (LagFormat 9) is 48000 tenths = 4800 minutes.
    assert any(
        lag == 960 and link_type == DependencyType.START_TO_FINISH
        for items in links.values()
        for _p, link_type, _k, lag, _pc in items
    )
    assert any(lag == 4800 for items in links.values() for _p, _t, _k, lag, _pc in items)
    session.close()


PERCENT_LAG_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Lags</Name><StartDate>2025-03-03T08:00:00</StartDate>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration>
      <DurationFormat>7</DurationFormat></Task>
    <Task><UID>2</UID><ID>2</ID><Name>B</Name><OutlineLevel>1</OutlineLevel><Duration>PT48H0M0S</Duration>
      <DurationFormat>8</DurationFormat>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat>
      </PredecessorLink></Task>
    <Task><UID>3</UID><ID>3</ID><Name>C</Name><OutlineLevel>1</OutlineLevel><Duration>PT0H0M0S</Duration>
      <Milestone>1</Milestone>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat>
      </PredecessorLink>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>0</Type><LinkLag>-2400</LinkLag><LagFormat>5</LagFormat>
      </PredecessorLink></Task>
  </Tasks>
</Project>
"""


def test_percent_elapsed_and_negative_lags_and_elapsed_durations(session: Session) -> None:
    mspdi.import_mspdi(session, PERCENT_LAG_FILE.encode())
    links = links_by_successor(session)
    assert links[2] == [(1, DependencyType.FINISH_TO_START, LagKind.PERCENT, 0, 50.0)]
    assert sorted(links[3]) == [
        (1, DependencyType.FINISH_TO_FINISH, LagKind.WORKING, -240, 0.0),
        (2, DependencyType.START_TO_START, LagKind.ELAPSED, 2880, 0.0),
    ]
    b = session.execute(select(Task).where(Task.uid == 2)).scalar_one()
    assert (b.duration, b.duration_unit, b.duration_is_elapsed) == (2880, DurationUnit.DAYS, True)
    c = session.execute(select(Task).where(Task.uid == 3)).scalar_one()
    assert c.is_milestone


def test_recurring_exceptions_become_rrules_that_expand_to_ms_projects_days() -> None:
    path = SAMPLES / "calendar-recurring-exceptions-project2016-mspdi.xml"
    session, report = import_file(path)
    assert report.exceptions == 27
    rows = session.execute(select(CalendarException)).scalars().all()
    by_name = {row.name: row for row in rows}
    weekly = by_name["Weekly 2 Tuesday"]
    assert weekly.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU;COUNT=4"
    assert (weekly.start, weekly.end, weekly.until) == (dt.date(2001, 1, 2), dt.date(2001, 1, 2), dt.date(2001, 2, 13))
    assert by_name["Monthly Relative 5"].recurrence == "FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR;COUNT=7"
    assert by_name["Yearly Absolute 1"].recurrence == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=1;COUNT=3"
    assert by_name["Daily 1"].recurrence is None  # every day of a range: a plain range
    # MS Project counts weeks from Sunday: the first Sunday of "every 7 weeks" from Monday 1 January 2001 is in the
    # 7th week after the one holding 31 December 2000.
    assert by_name["Weekly 7 Sunday"].start == dt.date(2001, 2, 18)
    # The working one keeps its hours.
    working = by_name["Recurring Working"]
    intervals = session.execute(
        select(CalendarExceptionInterval.start_minute, CalendarExceptionInterval.end_minute).where(
            CalendarExceptionInterval.exception_id == working.id
        )
    ).all()
    assert sorted(tuple(row) for row in intervals) == [(540, 780), (840, 1020)]
    # MS Project also wrote every occurrence as a DayType 0 day: the RRULEs must give exactly those days.
    root = ET.parse(path).getroot()
    expected: set[dt.date] = set()
    for day in root.iter(NS + "WeekDay"):
        if day.findtext(NS + "DayType") == "0":
            first = dt.date.fromisoformat((day.findtext(f"{NS}TimePeriod/{NS}FromDate") or "")[:10])
            last = dt.date.fromisoformat((day.findtext(f"{NS}TimePeriod/{NS}ToDate") or "")[:10])
            expected.update(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    computed: set[dt.date] = set()
    for row in rows:
        if row.recurrence is None:
            computed.update(row.start + dt.timedelta(days=n) for n in range((row.end - row.start).days + 1))
        else:
            assert row.until is not None
            computed.update(recurrence.occurrences_of(row.recurrence, row.start, row.until))
    assert computed == expected
    # And an independent RRULE implementation agrees.
    rrule = pytest.importorskip("dateutil.rrule")
    for row in rows:
        if row.recurrence:
            assert row.until is not None
            rule = rrule.rrulestr(row.recurrence, dtstart=dt.datetime.combine(row.start, dt.time()))
            days = [moment.date() for moment in rule if moment.date() <= row.until]
            assert days == list(recurrence.occurrences_of(row.recurrence, row.start, row.until)), row.name
    session.close()


def test_derived_calendars_get_their_base_and_week() -> None:
    session, _report = import_file(SAMPLES / "calendar-calendars-project2019-mspdi.xml")
    calendars = {row.uid: row for row in session.execute(select(Calendar)).scalars()}
    root = ET.parse(SAMPLES / "calendar-calendars-project2019-mspdi.xml").getroot()
    for element in root.iter(NS + "Calendar"):
        uid = int(element.findtext(NS + "UID") or 0)
        base_uid = int(element.findtext(NS + "BaseCalendarUID") or -1)
        base_id = calendars[uid].base_calendar_id
        assert (base_id is None) == (element.findtext(NS + "IsBaseCalendar") == "1")
        if base_id is not None:
            assert session.get_one(Calendar, base_id).uid == base_uid
    standard = next(row for row in calendars.values() if row.base_calendar_id is None)
    week = session.execute(
        select(CalendarWorkInterval.weekday, CalendarWorkInterval.start_minute, CalendarWorkInterval.end_minute)
        .where(CalendarWorkInterval.calendar_id == standard.id)
        .order_by(CalendarWorkInterval.weekday, CalendarWorkInterval.start_minute)
    ).all()
    assert [tuple(row) for row in week if row.weekday == 0] == [(0, 480, 720), (0, 780, 1020)]
    assert not [row for row in week if row.weekday >= 5]
    session.close()


def test_baselines_dates_work_and_cost() -> None:
    session, _report = import_file(SAMPLES / "baselines.xml")
    row = session.execute(select(BaselineTask).join(Baseline).where(Baseline.number == 7)).scalar_one()
    assert row.start == dt.datetime(2001, 1, 7, 9, 0)
    assert row.finish == dt.datetime(2000, 1, 7, 17, 30)  # as stored by MS Project
    assert row.duration == 52 * 60 + 30
    assert row.work == 7 * 60
    assert row.cost == Decimal("7.00")  # MSPDI costs are hundredths
    session.close()
    session, _report = import_file(SAMPLES / "task-baselines-project2019-mspdi.xml")
    numbers = session.execute(select(Baseline.number).order_by(Baseline.number)).scalars().all()
    assert numbers == list(range(11))
    finish = session.execute(
        select(BaselineTask.finish).join(Baseline).join(Task).where(Baseline.number == 7, Task.uid == 30)
    ).scalar_one()
    assert finish == dt.datetime(2014, 3, 8, 16, 0)
    session.close()


def test_resources_rates_are_exact_and_kinds_mapped() -> None:
    session, report = import_file(SAMPLES / "mspdiresource.xml")
    resources = {row.name: row for row in session.execute(select(Resource)).scalars()}
    wade = resources["Wade Golden"]
    assert (wade.standard_rate, wade.overtime_rate, wade.cost_per_use) == (
        Decimal("50.00"),
        Decimal("100.00"),
        Decimal("0.00"),
    )
    assert (wade.initials, wade.group, wade.email, wade.kind) == (
        "WG",
        "Steelray",
        "wade.golden@steelray.com",
        ResourceKind.STAFF,
    )
    concrete = resources["Concrete"]
    assert (concrete.kind, concrete.material_label, concrete.cost_per_use) == (
        ResourceKind.MATERIAL,
        "ton",
        Decimal("500.00"),
    )
    assert any(entry.path.endswith("ExtendedAttribute") and entry.uid == 1 for entry in report.entries)
    session.close()
    session, report = import_file(SAMPLES / "resource-type-project2013-mspdi.xml")
    kinds = {row.name: row.kind for row in session.execute(select(Resource)).scalars()}
    assert kinds["Cost Resource 1"] == ResourceKind.VENDOR
    assert kinds["Work Resource 1"] == ResourceKind.STAFF
    assert kinds["Material Resource 1"] == ResourceKind.MATERIAL
    assert sum("Cost resource" in entry.message for entry in report.entries) == 5
    session.close()


def test_assignments_units_and_work() -> None:
    session, _report = import_file(SAMPLES / "legacy-sample.xml")
    rows = session.execute(
        select(Task.uid, Resource.uid, Assignment.units, Assignment.work)
        .join(Task, Task.id == Assignment.task_id)
        .join(Resource, Resource.id == Assignment.resource_id)
        .order_by(Resource.uid)
    ).all()
    assert [tuple(row) for row in rows] == [(2, 1, 50, 200 * 60), (2, 2, 75, 300 * 60)]
    session.close()


def test_constraints_outline_and_progress() -> None:
    session, _report = import_file(SAMPLES / "task-links-project2010-mspdi.xml")
    constrained = (
        session.execute(select(Task).where(Task.constraint_type != ConstraintType.AS_SOON_AS_POSSIBLE)).scalars().all()
    )
    assert constrained
    assert all(
        task.constraint_type == ConstraintType.START_NO_EARLIER_THAN and task.constraint_date for task in constrained
    )
    session.close()
    session, _report = import_file(SAMPLES / "legacy-sample.xml")
    tasks = {task.uid: task for task in session.execute(select(Task)).scalars()}
    children = [task for task in tasks.values() if task.parent_id is not None]
    assert children  # the recurring task's occurrences sit under it
    for child in children:
        parent = session.get_one(Task, child.parent_id)
        assert parent.is_summary
    positions = sorted((task.parent_id or 0, task.position) for task in tasks.values())
    assert len(positions) == len(set(positions))
    session.close()
    session, _report = import_file(SAMPLES / "assignment-assignments-project2007-mspdi.xml")
    in_progress = session.execute(select(Task).where(Task.percent_complete > 0)).scalars().all()
    assert in_progress and all(
        task.actual_start is not None and task.remaining_duration is not None for task in in_progress
    )
    session.close()


# --- the report ------------------------------------------------------------------------------------------------------


def test_report_lists_rate_tables_availability_custom_fields_and_splits() -> None:
    _session, report = import_file(SAMPLES / "mspdicostratetable.xml")
    tables = [entry for entry in report.entries if entry.path.endswith("Rates/Rate")]
    assert {(entry.uid, entry.message.split(" (")[0]) for entry in tables} >= {
        (2, "Cost rate table B"),
        (2, "Cost rate table C"),
        (2, "Cost rate table D"),
        (2, "Cost rate table E"),
    }
    assert any(entry.uid == 3 and "changes over time" in entry.message for entry in tables)
    _session.close()
    _session, report = import_file(SAMPLES / "mspdiavailability.xml")
    assert [entry.uid for entry in report.entries if entry.path.endswith("AvailabilityPeriods")] == [2]
    _session.close()
    _session, report = import_file(SAMPLES / "task-costs-project2013-mspdi.xml")
    assert sum(entry.path.endswith("Task/ExtendedAttribute") for entry in report.entries) >= 10
    _session.close()
    _session, report = import_file(SAMPLES / "mspdisplittask.xml")
    assert {entry.uid for entry in report.entries if "split" in entry.message} == {1, 2}
    _session.close()
    _session, report = import_file(SAMPLES / "legacy-sample.xml")
    assert any(entry.path.endswith("Recurring") for entry in report.entries)
    _session.close()


# --- round trip ------------------------------------------------------------------------------------------------------


def snapshot(session: Session) -> dict[str, Any]:
    """Everything a round trip must preserve, keyed by UIDs (never by database ids)."""
    task_uid = dict(session.execute(select(Task.id, Task.uid)).all())
    calendar_uid = dict(session.execute(select(Calendar.id, Calendar.uid)).all())
    tasks = {
        task.uid: (
            task.name,
            task.wbs,
            task.duration,
            task.duration_unit,
            task.duration_is_elapsed,
            task_uid.get(task.parent_id) if task.parent_id else None,
            task.position,
            task.is_summary,
            task.is_milestone,
            task.constraint_type,
            task.constraint_date,
            task.deadline,
            task.percent_complete,
            task.actual_start,
            task.actual_finish,
            task.priority,
            task.fixed_cost,
            task.notes,
            task.start,
            task.finish,
            None if task.calendar_id is None else calendar_uid[task.calendar_id],
        )
        for task in session.execute(select(Task)).scalars()
    }
    links = sorted(
        (task_uid[row.predecessor_id], task_uid[row.successor_id], row.type, row.lag_kind, row.lag, row.lag_percent)
        for row in session.execute(select(Dependency)).scalars()
    )
    weeks = sorted(
        (calendar_uid[row.calendar_id], row.weekday, row.start_minute, row.end_minute)
        for row in session.execute(select(CalendarWorkInterval)).scalars()
    )
    intervals: dict[int, list[tuple[int, int]]] = {}
    for row in session.execute(select(CalendarExceptionInterval)).scalars():
        intervals.setdefault(row.exception_id, []).append((row.start_minute, row.end_minute))
    exceptions = sorted(
        (
            calendar_uid[row.calendar_id],
            row.name,
            row.start,
            row.end,
            row.recurrence or "",
            row.until or dt.date.min,
            tuple(sorted(intervals.get(row.id, []))),
        )
        for row in session.execute(select(CalendarException)).scalars()
    )
    calendars = sorted(
        (row.uid, row.name, None if row.base_calendar_id is None else calendar_uid[row.base_calendar_id])
        for row in session.execute(select(Calendar)).scalars()
    )
    baselines = sorted(
        (
            number,
            task_uid[row.task_id],
            row.start or dt.datetime.min,
            row.finish or dt.datetime.min,
            row.duration,
            row.work,
            row.cost,
        )
        for number, row in session.execute(select(Baseline.number, BaselineTask).join(Baseline))
    )
    resources = sorted(
        (
            row.uid,
            row.name,
            row.initials,
            row.group,
            row.email,
            row.max_units,
            row.standard_rate,
            row.overtime_rate,
            row.cost_per_use,
            row.material_label,
        )
        for row in session.execute(select(Resource)).scalars()
    )
    resource_uid = dict(session.execute(select(Resource.id, Resource.uid)).all())
    assignments = sorted(
        (task_uid[row.task_id], resource_uid[row.resource_id], row.units, row.work, row.actual_work)
        for row in session.execute(select(Assignment)).scalars()
    )
    project = session.execute(select(Project)).scalar_one()
    return {
        "project": (
            project.name,
            project.start,
            project.currency,
            project.minutes_per_day,
            project.status_date,
            None if project.calendar_id is None else calendar_uid[project.calendar_id],
        ),
        "tasks": tasks,
        "links": links,
        "weeks": weeks,
        "exceptions": exceptions,
        "calendars": calendars,
        "baselines": baselines,
        "resources": resources,
        "assignments": assignments,
    }


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_round_trip_import_export_import_preserves_the_plan(path: Path) -> None:
    first, report = import_file(path)
    exported = mspdi.export_mspdi(first, report.project_id)
    second, _report = import_file(exported)
    before, after = snapshot(first), snapshot(second)
    for key in before:
        assert after[key] == before[key], key
    first.close()
    second.close()


def test_round_trip_of_non_ascii_names_and_a_percent_lag(session: Session) -> None:
    text = PERCENT_LAG_FILE.replace("<Name>A</Name>", "<Name>Réunion d'équipe – Überprüfung &amp; «test» €</Name>")
    report = mspdi.import_mspdi(session, text.encode())
    exported = mspdi.export_mspdi(session, report.project_id)
    assert "Réunion d'équipe – Überprüfung &amp; «test» €".encode() in exported
    second, _report = import_file(exported)
    assert snapshot(second)["tasks"] == snapshot(session)["tasks"]
    assert snapshot(second)["links"] == snapshot(session)["links"]
    second.close()


# --- the exported XML ------------------------------------------------------------------------------------------------

ORDER_CHECKED = {
    "Project": ("Project",),
    "Calendar": ("Calendar",),
    "WeekDay": ("WeekDay",),
    "Exception": ("Exception",),
    "Task": ("Task",),
    "PredecessorLink": ("PredecessorLink",),
    "Baseline": ("TaskBaseline",),
    "Resource": ("Resource",),
    "Assignment": ("Assignment",),
}


@pytest.mark.parametrize(
    "name",
    [
        "legacy-sample.xml",
        "calendar-recurring-exceptions-project2016-mspdi.xml",
        "baselines.xml",
        "task-links-project2019-mspdi.xml",
        "mspdiresource.xml",
    ],
)
def test_export_follows_the_schema_order_and_namespace(name: str) -> None:
    session, report = import_file(SAMPLES / name)
    exported = mspdi.export_mspdi(session, report.project_id)
    assert exported.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    root = ET.fromstring(exported)
    assert root.tag == NS + "Project"
    assert [child.tag for child in root][:1] == [NS + "SaveVersion"]
    assert root.findtext(NS + "CurrencyCode")  # required by the 2007 schema
    for element in root.iter():
        local = element.tag.removeprefix(NS)
        if local not in ORDER_CHECKED:
            continue
        kind = ORDER_CHECKED[local][0]
        order = mspdi.EXPORT_ORDER[kind]
        positions = [order.index(child.tag.removeprefix(NS)) for child in element]
        assert positions == sorted(positions), (kind, [child.tag.removeprefix(NS) for child in element])
    # The sequence of Project's containers is fixed.
    containers = [child.tag.removeprefix(NS) for child in root if len(child)]
    assert containers == [name for name in ("Calendars", "Tasks", "Resources", "Assignments") if name in containers]
    session.close()


def test_export_units_durations_lags_and_money(session: Session) -> None:
    report = mspdi.import_mspdi(session, PERCENT_LAG_FILE.encode())
    root = ET.fromstring(mspdi.export_mspdi(session, report.project_id))
    tasks = {task.findtext(NS + "UID"): task for task in root.iter(NS + "Task")}
    assert tasks["0"].findtext(NS + "OutlineLevel") == "0"  # MS Project's project summary task
    assert tasks["1"].findtext(NS + "Duration") == "PT40H0M0S"
    assert tasks["2"].findtext(NS + "DurationFormat") == "8"
    percent = tasks["2"].find(NS + "PredecessorLink")
    assert percent is not None
    assert (percent.findtext(NS + "LinkLag"), percent.findtext(NS + "LagFormat")) == ("50", "19")
    lags = {
        (link.findtext(NS + "LinkLag"), link.findtext(NS + "LagFormat"))
        for link in tasks["3"].findall(NS + "PredecessorLink")
    }
    assert lags == {("28800", "8"), ("-2400", "5")}


# --- performance -----------------------------------------------------------------------------------------------------


def big_file(task_count: int) -> bytes:
    rnd = random.Random(7)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
        "<SaveVersion>14</SaveVersion><Name>big</Name><StartDate>2025-01-06T08:00:00</StartDate><Tasks>"
    ]
    for uid in range(1, task_count + 1):
        predecessors = sorted({rnd.randint(max(1, uid - 50), uid - 1) for _ in range(2)}) if uid > 1 else []
        links = "".join(
            f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>{rnd.randint(0, 3)}</Type>"
            f"<LinkLag>{rnd.choice([0, 4800, -2400])}</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
            for p in predecessors
        )
        parts.append(
            f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>Task {uid}</Name><Type>0</Type><IsNull>0</IsNull>"
            f"<WBS>{uid}</WBS><OutlineNumber>{uid}</OutlineNumber><OutlineLevel>1</OutlineLevel>"
            "<Priority>500</Priority><Start>2025-01-06T08:00:00</Start><Finish>2025-01-07T17:00:00</Finish>"
            "<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat><Work>PT16H0M0S</Work>"
            "<Milestone>0</Milestone><Summary>0</Summary><Critical>0</Critical>"
            "<EarlyStart>2025-01-06T08:00:00</EarlyStart><EarlyFinish>2025-01-07T17:00:00</EarlyFinish>"
            "<LateStart>2025-01-06T08:00:00</LateStart><LateFinish>2025-01-07T17:00:00</LateFinish>"
            "<FreeSlack>0</FreeSlack><TotalSlack>0</TotalSlack><FixedCost>0</FixedCost>"
            "<PercentComplete>0</PercentComplete><RemainingDuration>PT16H0M0S</RemainingDuration>"
            "<ConstraintType>0</ConstraintType><CalendarUID>-1</CalendarUID>"
            f"<PhysicalPercentComplete>0</PhysicalPercentComplete>{links}</Task>"
        )
    parts.append("</Tasks></Project>")
    return "".join(parts).encode()


def test_a_large_file_imports_completely(session: Session) -> None:
    """Bulk import at scale (its speed is measured in tests/benchmarks, not here)."""
    data = big_file(2_000)
    report = mspdi.import_mspdi(session, data)
    assert (report.tasks, report.links) == (2_000, count(session, Dependency))
    assert report.links > 3_000
