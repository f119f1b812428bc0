"""Hostile and broken MS Project XML: refused with one clear sentence, and nothing is written.

Decisions checked here (see ``services/mspdi_import.py``):

* DTDs are refused outright, so XXE (external entities) and "billion laughs" (nested entities) never get expanded.
* A link to a task UID that is not in the file is an error naming both UIDs; a **cycle is not** an import error:
  the links are imported and the scheduler reports the cycle task by task.
* MS Project's "NA" dates (1984-01-01, 2049-12-31) read as no date; other dates outside 1984-2149 are errors.
"""

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from model.base import Base
from model.entities import Dependency, Task
from services import mspdi
from tests.memory_db import memory_engine


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = memory_engine()
    yield engine
    engine.dispose()


def import_refused(engine: Engine, source: bytes | Path, **options: Any) -> str:
    """Import in one transaction the way the application does (roll back on error); return the message."""
    with pytest.raises(mspdi.MspdiError) as caught, Session(engine) as session, session.begin():
        mspdi.import_mspdi(session, source, **options)
    with Session(engine) as session:
        for table in Base.metadata.sorted_tables:
            assert session.execute(select(func.count()).select_from(table)).scalar_one() == 0, table.name
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message
    return message


def project(tasks: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Project xmlns="http://schemas.microsoft.com/project">\n'
        "<SaveVersion>14</SaveVersion><Name>Test</Name><StartDate>2025-03-03T08:00:00</StartDate>\n"
        f"{extra}<Tasks>\n{tasks}\n</Tasks>\n</Project>\n"
    ).encode()


def task(uid: int, body: str = "", level: int = 1) -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>{level}</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>{body}</Task>"
    )


def link(predecessor: int, link_type: int = 1) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID><Type>{link_type}</Type>"
        "<LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
    )


def test_a_valid_file_imports(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        report = mspdi.import_mspdi(session, project(task(1) + task(2, link(1))))
    assert (report.tasks, report.links) == (2, 1)


def test_malformed_xml_names_line_and_column(engine: Engine) -> None:
    data = project(task(1) + "\n<Task><UID>2</UID><Name>broken</Nam></Task>")
    message = import_refused(engine, data)
    assert "not well-formed XML" in message
    assert "line 6" in message and "column" in message


def test_truncated_and_empty_files(engine: Engine) -> None:
    assert "line" in import_refused(engine, project(task(1))[:-40])
    assert "not well-formed" in import_refused(engine, b"")


def test_external_entity_is_refused_without_reading_the_file(engine: Engine, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    data = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE Project [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>&xxe;</Name></Project>\n'
    ).encode()
    message = import_refused(engine, data)
    assert "DTD" in message
    assert "TOP-SECRET" not in message


def test_billion_laughs_is_refused_without_expansion(engine: Engine) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10)
    )
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE Project [{entities}]>\n'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>&lol9;</Name></Project>\n'
    ).encode()
    started = time.perf_counter()
    message = import_refused(engine, data)
    assert time.perf_counter() - started < 5
    assert "DTD" in message


def test_any_dtd_is_refused(engine: Engine) -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE Project SYSTEM "project.dtd">\n<Project/>\n'
    assert "document type declaration" in import_refused(engine, data)


def test_undeclared_entity_is_malformed(engine: Engine) -> None:
    data = project(task(1, "<Notes>&undeclared;</Notes>"))
    assert "not well-formed" in import_refused(engine, data)


def test_wrong_root_element(engine: Engine) -> None:
    assert "root element is html" in import_refused(engine, b"<html><body/></html>")
    message = import_refused(engine, b"<Project><Name>no namespace</Name></Project>")
    assert "http://schemas.microsoft.com/project" in message


def test_size_cap_is_checked_before_parsing(engine: Engine, tmp_path: Path) -> None:
    data = project(task(1))
    assert "MB" in import_refused(engine, data, max_bytes=100)
    path = tmp_path / "big.xml"
    path.write_bytes(data)
    assert "MB" in import_refused(engine, path, max_bytes=100)


def test_missing_file(engine: Engine, tmp_path: Path) -> None:
    assert "cannot be read" in import_refused(engine, tmp_path / "absent.xml")


def test_link_to_a_missing_task_names_it(engine: Engine) -> None:
    message = import_refused(engine, project(task(1) + "\n" + task(2, link(99))))
    assert "task UID 99" in message and "task UID 2" in message
    assert message.startswith("Line 6:")


def test_a_cycle_is_not_an_import_error(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        report = mspdi.import_mspdi(session, project(task(1, link(3)) + task(2, link(1)) + task(3, link(2))))
        assert report.links == 3
        assert session.execute(select(func.count()).select_from(Dependency)).scalar_one() == 3


def test_self_link_and_duplicate_link_are_reported_not_fatal(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        report = mspdi.import_mspdi(session, project(task(1, link(1)) + task(2, link(1) + link(1, 3))))
    assert report.links == 1
    messages = [entry.message for entry in report.entries]
    assert any("to itself" in message for message in messages)
    assert any("second link" in message for message in messages)


@pytest.mark.parametrize("year", ["1500", "9999"])
def test_absurd_dates_are_refused(engine: Engine, year: str) -> None:
    body = f"<ConstraintType>4</ConstraintType><ConstraintDate>{year}-06-01T08:00:00</ConstraintDate>"
    message = import_refused(engine, project(task(1, body)))
    assert "ConstraintDate" in message and year in message and "task UID 1" in message


def test_ms_project_na_dates_read_as_no_date(engine: Engine) -> None:
    body = "<Deadline>2049-12-31T23:59:00</Deadline><ActualFinish>1984-01-01T00:00:00</ActualFinish>"
    with Session(engine) as session, session.begin():
        mspdi.import_mspdi(session, project(task(1, body)))
        row = session.execute(select(Task)).scalar_one()
        assert (row.deadline, row.actual_finish) == (None, None)


def test_negative_duration(engine: Engine) -> None:
    data = project(task(1).replace("<Duration>PT8H0M0S</Duration>", "<Duration>-PT8H0M0S</Duration>"))
    message = import_refused(engine, data)
    assert "negative" in message and "Duration" in message


@pytest.mark.parametrize(
    ("body", "element"),
    [
        ("<PercentComplete>abc</PercentComplete>", "PercentComplete"),
        ("<PercentComplete>150</PercentComplete>", "PercentComplete"),
        ("<Priority>high</Priority>", "Priority"),
        ("<Work>eight hours</Work>", "Work"),
        ("<Milestone>maybe</Milestone>", "Milestone"),
        ("<Start>tomorrow</Start>", "Start"),
        ("<FixedCost>NaN</FixedCost>", "FixedCost"),
        ("<ConstraintType>9</ConstraintType>", "ConstraintType"),
        ("<CalendarUID>42</CalendarUID>", "CalendarUID"),
    ],
)
def test_non_numeric_and_out_of_range_values(engine: Engine, body: str, element: str) -> None:
    message = import_refused(engine, project(task(1, body)))
    assert element in message or "calendar UID 42" in message
    assert message.startswith("Line 5:")  # the line of the Task element holding the value


def test_duplicate_task_uid_and_outline_jump(engine: Engine) -> None:
    assert "appears twice" in import_refused(engine, project(task(1) + task(1)))
    message = import_refused(engine, project(task(1) + task(2, level=3)))
    assert "OutlineLevel 3" in message


def test_bad_link_type_and_bad_resource_reference(engine: Engine) -> None:
    bad_type = link(1).replace("<Type>1</Type>", "<Type>7</Type>")
    assert "link type" in import_refused(engine, project(task(1) + task(2, bad_type)))
    assignments = (
        "<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>5</ResourceUID>"
        "<Units>1</Units></Assignment></Assignments>"
    )
    data = project(task(1)).replace(b"</Project>", assignments.encode() + b"</Project>")
    assert "resource UID 5" in import_refused(engine, data)


def test_broken_calendar(engine: Engine) -> None:
    calendars = (
        "<Calendars><Calendar><UID>1</UID><Name>Broken</Name><IsBaseCalendar>0</IsBaseCalendar>"
        "<BaseCalendarUID>7</BaseCalendarUID></Calendar></Calendars>"
    )
    assert "calendar UID 7" in import_refused(engine, project(task(1), calendars))
    times = (
        "<Calendars><Calendar><UID>1</UID><Name>Odd</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays><WeekDay>"
        "<DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>17:00:00</FromTime>"
        "<ToTime>08:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays></Calendar></Calendars>"
    )
    assert "before it starts" in import_refused(engine, project(task(1), times))
