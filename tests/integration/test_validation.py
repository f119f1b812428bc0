"""``services.validation`` on real SQLite files: a clean project passes, and each kind of damage is reported.

Damage that the schema forbids (negative cents, year 1066, 150 %) is written with raw SQL while
``PRAGMA ignore_check_constraints`` / ``PRAGMA foreign_keys=OFF`` are in force, as another tool editing the file would.
"""

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from model import schema
from model.entities import (
    Baseline,
    BaselineTask,
    BudgetLine,
    Calendar,
    CalendarWorkInterval,
    ChangeRequest,
    Commitment,
    Contract,
    Dependency,
    Invoice,
    Project,
    Risk,
    Stakeholder,
    Task,
)
from model.enums import CommitmentStatus, ConstraintType, CostCategory, ProcedureType, RiskCategory
from services import i18n, validation

# --- Fixtures ----------------------------------------------------------------------------------------------------


def _enable_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "project.belfry"


@pytest.fixture
def engine(path: Path) -> Iterator[Engine]:
    # NullPool: every connection is fresh, so a test's PRAGMA changes never leak into the next connection.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _enable_foreign_keys)
    with engine.begin() as connection:
        schema.create_schema(connection)
    yield engine
    engine.dispose()


@pytest.fixture
def ids(engine: Engine) -> dict[str, int]:
    """A small clean project; returns the ids of its rows by role."""
    with Session(engine) as session, session.begin():
        return _build_clean_project(session)


def _build_clean_project(session: Session) -> dict[str, int]:
    project = Project(name="Portal", code="P-1", start=dt.datetime(2025, 1, 6, 8))
    session.add(project)
    session.flush()
    calendar = Calendar(project_id=project.id, uid=1, name="Standard")
    calendar.work_intervals = [
        CalendarWorkInterval(weekday=day, start_minute=start, end_minute=end)
        for day in range(5)
        for start, end in ((480, 720), (780, 1020))
    ]
    session.add(calendar)
    session.flush()
    project.calendar_id = calendar.id

    def task(uid: int, wbs: str, name: str, **fields: Any) -> Task:
        row = Task(project_id=project.id, uid=uid, wbs=wbs, name=name, **fields)
        session.add(row)
        session.flush()
        return row

    analysis = task(1, "1", "Analysis", is_summary=True, position=0)
    interviews = task(
        2,
        "1.1",
        "Interviews",
        parent_id=analysis.id,
        position=0,
        start=dt.datetime(2025, 1, 6, 8),
        finish=dt.datetime(2025, 1, 10, 17),
    )
    report = task(3, "1.2", "Report", parent_id=analysis.id, position=1)
    golive = task(4, "2", "Go-live", is_milestone=True, duration=0, position=1)
    build = task(5, "3", "Build", position=2)
    session.add_all(
        [
            Dependency(predecessor_id=interviews.id, successor_id=report.id),
            Dependency(predecessor_id=report.id, successor_id=golive.id),
        ]
    )
    line = BudgetLine(
        project_id=project.id, fiscal_year=2025, category=CostCategory.EXTERNAL_SERVICES, amount=Decimal("100000")
    )
    contract = Contract(
        project_id=project.id,
        code="C-2025-01",
        title="Portal development",
        procedure=ProcedureType.OPEN,
        ceiling=Decimal("80000"),
        start_date=dt.date(2025, 2, 1),
        end_date=dt.date(2026, 1, 31),
    )
    session.add_all([line, contract])
    session.flush()
    commitment = Commitment(
        budget_line_id=line.id, contract_id=contract.id, reference="BC-001", amount=Decimal("60000")
    )
    session.add(commitment)
    session.flush()
    invoice = Invoice(
        commitment_id=commitment.id, number="F-2025-7", invoice_date=dt.date(2025, 3, 1), amount=Decimal("20000")
    )
    risk = Risk(
        project_id=project.id,
        code="R-004",
        title="Supplier late",
        category=RiskCategory.PROCUREMENT,
        probability_before=3,
        impact_before=4,
        probability_after=2,
        impact_after=3,
        raised_on=dt.date(2025, 1, 6),
    )
    stakeholder = Stakeholder(project_id=project.id, name="Citizens", power=2, interest=5)
    change = ChangeRequest(
        project_id=project.id,
        code="CR-1",
        title="Drop module",
        raised_on=dt.date(2025, 2, 1),
        cost_impact=Decimal("-5000"),
    )
    baseline = Baseline(project_id=project.id, number=0, saved_at=dt.datetime(2025, 1, 3, 9))
    session.add_all([invoice, risk, stakeholder, change, baseline])
    session.flush()
    baseline_task = BaselineTask(
        baseline_id=baseline.id,
        task_id=interviews.id,
        start=dt.datetime(2025, 1, 6, 8),
        finish=dt.datetime(2025, 1, 10, 17),
    )
    session.add(baseline_task)
    session.flush()
    return {
        "project": project.id,
        "calendar": calendar.id,
        "analysis": analysis.id,
        "interviews": interviews.id,
        "report": report.id,
        "golive": golive.id,
        "build": build.id,
        "line": line.id,
        "contract": contract.id,
        "commitment": commitment.id,
        "invoice": invoice.id,
        "risk": risk.id,
        "stakeholder": stakeholder.id,
        "change": change.id,
        "baseline_task": baseline_task.id,
    }


def _check(engine: Engine) -> list[validation.Finding]:
    with Session(engine) as session:
        findings = validation.check_project(session)
    for finding in findings:  # every finding keeps to the documented codes and severities
        assert finding.code in validation.FINDING_CODES, finding
        assert (finding.severity == validation.Severity.WARNING) == (finding.code in validation.WARNING_CODES), finding
    return findings


def _raw(engine: Engine, *statements: str) -> None:
    """Run SQL as a foreign tool would: no foreign key enforcement, no CHECK constraints."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            connection.exec_driver_sql(statement)
        connection.commit()


def _only(findings: list[validation.Finding], code: str) -> validation.Finding:
    matching = [finding for finding in findings if finding.code == code]
    assert len(matching) == 1, (code, findings)
    return matching[0]


def _codes(findings: list[validation.Finding]) -> set[str]:
    return {finding.code for finding in findings}


INTERVIEWS = 'task "1.1 Interviews" (uid 2)'
REPORT = 'task "1.2 Report" (uid 3)'
GOLIVE = 'task "2 Go-live" (uid 4)'
BUILD = 'task "3 Build" (uid 5)'
ANALYSIS = 'task "1 Analysis" (uid 1)'


def cap(label: str) -> str:
    """A row key at the start of a message, where it opens the sentence."""
    return label[0].upper() + label[1:]


# --- Clean file and output format ----------------------------------------------------------------------------------


def test_clean_project_has_no_findings(engine: Engine, ids: dict[str, int]) -> None:
    findings = _check(engine)

    assert findings == []
    assert validation.summarise(findings) == {"ok": True, "errors": 0, "warnings": 0, "findings": []}


def test_summarise_gives_the_stable_json_with_errors_first(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET wbs = '9.9' WHERE id = {ids['build']}",  # warning
        f"UPDATE task SET percent_complete = 150 WHERE id = {ids['report']}",  # error
    )

    findings = _check(engine)
    summary = validation.summarise(findings)

    assert json.loads(json.dumps(summary)) == summary
    assert summary["ok"] is False
    assert (summary["errors"], summary["warnings"]) == (1, 1)
    assert [row["severity"] for row in summary["findings"]] == ["error", "warning"]
    assert summary["findings"][0] == {
        "severity": "error",
        "code": "percent-out-of-range",
        "entity": "task",
        "entity_id": ids["report"],
        "message": f"{cap(REPORT)} has percent complete 150 %, outside 0 to 100 %.",
    }
    assert set(summary["findings"][1]) == {"severity", "code", "entity", "entity_id", "message"}


def test_warnings_alone_leave_the_file_ok(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE task SET wbs = '7' WHERE id = {ids['build']}")

    summary = validation.summarise(_check(engine))

    assert summary["ok"] is True
    assert (summary["errors"], summary["warnings"]) == (0, 1)


def test_finding_is_an_immutable_value() -> None:
    finding = validation.Finding(validation.Severity.ERROR, "dependency-cycle", "task", 1, "Cycle.")

    with pytest.raises(FrozenInstanceError):
        finding.code = "other"  # type: ignore[misc]
    assert finding.severity == "error"
    assert not hasattr(finding, "__dict__")


def test_every_reported_code_is_documented() -> None:
    assert len(set(validation.FINDING_CODES)) == len(validation.FINDING_CODES)
    assert validation.WARNING_CODES.issubset(validation.FINDING_CODES)
    for code in validation.FINDING_CODES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code), code


# --- File integrity ----------------------------------------------------------------------------------------------


def test_dangling_references_name_the_row_the_column_and_the_missing_target(
    engine: Engine, ids: dict[str, int]
) -> None:
    _raw(
        engine,
        f"UPDATE task SET calendar_id = 999 WHERE id = {ids['report']}",
        f"INSERT INTO dependency (predecessor_id, successor_id, type, lag_kind, lag, lag_percent) "
        f"VALUES ({ids['build']}, 4242, 'FS', 'working', 0, 0)",
    )

    findings = [finding for finding in _check(engine) if finding.code == "dangling-reference"]

    assert [(finding.entity, finding.severity) for finding in findings] == [
        ("dependency", "error"),
        ("task", "error"),
    ]
    assert findings[0].message == (
        f"The link from {BUILD} to row 4242 of table task refers through successor_id to task 4242, "
        "which does not exist."
    )
    assert findings[1].entity_id == ids["report"]
    assert findings[1].message == f"{cap(REPORT)} refers through calendar_id to calendar 999, which does not exist."


def test_a_corrupt_index_is_reported_by_the_integrity_check(engine: Engine, ids: dict[str, int], path: Path) -> None:
    # Hide an index from SQLite, change the table under it, then show the index again: it no longer matches.
    connection = sqlite3.connect(path)
    try:
        entry = connection.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = 'ix_task_parent_position'"
        ).fetchone()
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("DELETE FROM sqlite_master WHERE name = 'ix_task_parent_position'")
        connection.commit()
    finally:
        connection.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"UPDATE task SET position = 77 WHERE id = {ids['build']}")
        connection.commit()
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
        connection.commit()
    finally:
        connection.close()

    findings = [finding for finding in _check(engine) if finding.code == "database-corrupt"]

    assert findings
    assert all(finding.entity == "database" and finding.entity_id is None for finding in findings)
    assert "ix_task_parent_position" in findings[0].message
    assert findings[0].message.startswith("The SQLite integrity check of the file reports: ")


def test_a_check_the_file_is_too_damaged_for_becomes_an_error(
    engine: Engine, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(_context: object) -> Iterator[validation.Finding]:
        raise sqlite3.DatabaseError("database disk image is malformed")
        yield  # a generator, like the real checks

    monkeypatch.setattr(validation, "_CHECKS", (unreadable, *validation._CHECKS))

    findings = _check(engine)

    assert [(finding.code, finding.entity, finding.entity_id) for finding in findings] == [
        ("check-failed", "database", None)
    ]
    assert findings[0].message == 'The check "unreadable" could not read the file: database disk image is malformed.'


def test_checking_changes_nothing_in_the_file(engine: Engine, ids: dict[str, int], path: Path) -> None:
    _raw(engine, f"UPDATE task SET percent_complete = 150 WHERE id = {ids['report']}")
    before = path.read_bytes()

    with Session(engine) as session:
        assert validation.check_project(session)
        assert not session.new and not session.dirty and not session.deleted

    assert path.read_bytes() == before


# --- Stored values -----------------------------------------------------------------------------------------------


def test_dates_before_1900_or_after_2200_are_reported_for_any_table(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET actual_start = '1066-10-14 09:00:00.000000' WHERE id = {ids['interviews']}",
        f"UPDATE contract SET end_date = '2301-01-31' WHERE id = {ids['contract']}",
        f"UPDATE risk SET raised_on = '1899-12-31' WHERE id = {ids['risk']}",
    )

    findings = [finding for finding in _check(engine) if finding.code == "date-out-of-range"]

    assert {(finding.entity, finding.entity_id) for finding in findings} == {
        ("task", ids["interviews"]),
        ("contract", ids["contract"]),
        ("risk", ids["risk"]),
    }
    messages = {finding.entity: finding.message for finding in findings}
    assert messages["task"] == (
        f"{cap(INTERVIEWS)} has actual start 1066-10-14 09:00, outside the supported range 1900-01-01 to 2200-12-31."
    )
    assert messages["contract"].startswith('Contract "C-2025-01" has end date 2301-01-31, outside')
    assert messages["risk"].startswith('Risk "R-004" has raised on 1899-12-31')


def test_the_range_limits_themselves_are_accepted(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE risk SET raised_on = '1900-01-01' WHERE id = {ids['risk']}",
        f"UPDATE task SET deadline = '2200-12-31 17:00:00.000000' WHERE id = {ids['report']}",
    )

    assert _check(engine) == []


def test_unreadable_dates_are_reported_instead_of_crashing(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET deadline = 'next Friday' WHERE id = {ids['report']}",
        f"UPDATE risk SET raised_on = 20250106 WHERE id = {ids['risk']}",
        f"UPDATE contract SET start_date = '2025-02-30' WHERE id = {ids['contract']}",
    )

    findings = [finding for finding in _check(engine) if finding.code == "invalid-date"]

    assert {finding.entity for finding in findings} == {"task", "risk", "contract"}
    task = next(finding for finding in findings if finding.entity == "task")
    assert task.message == f'{cap(REPORT)} has deadline "next Friday", which is not a valid date.'


def test_missing_required_values_are_reported(engine: Engine, ids: dict[str, int], path: Path) -> None:
    # A tool that rewrote the schema without NOT NULL, then left a risk without a title.
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'title VARCHAR NOT NULL', 'title VARCHAR') WHERE name = 'risk'"
        )
        connection.commit()
    finally:
        connection.close()
    _raw(engine, f"UPDATE risk SET title = NULL WHERE id = {ids['risk']}")

    finding = _only(_check(engine), "missing-value")

    assert (finding.entity, finding.entity_id) == ("risk", ids["risk"])
    assert finding.message == 'Risk "R-004" has no title, which is required.'


def test_unknown_enum_values_are_reported(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE task SET constraint_type = 'SOMETIME' WHERE id = {ids['build']}")

    finding = _only(_check(engine), "invalid-enum-value")

    assert finding.entity_id == ids["build"]
    assert finding.message == f'{cap(BUILD)} has an unknown constraint type "SOMETIME".'


def test_negative_money_is_an_error_except_where_allowed(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE commitment SET amount = -125050 WHERE id = {ids['commitment']}",
        f"UPDATE task SET fixed_cost = -1 WHERE id = {ids['build']}",
        f"UPDATE change_request SET cost_impact = -999999 WHERE id = {ids['change']}",
    )

    findings = [finding for finding in _check(engine) if finding.code == "negative-money"]

    assert {(finding.entity, finding.message) for finding in findings} == {
        ("task", f"{cap(BUILD)} has a negative fixed cost (-0.01)."),
        ("commitment", 'Commitment "BC-001" has a negative amount (-1250.50).'),
    }
    assert ("change_request", "cost_impact") in validation.MAY_BE_NEGATIVE


def test_vat_rate_outside_0_to_100(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE invoice SET vat_rate = 12100 WHERE id = {ids['invoice']}")

    finding = _only(_check(engine), "vat-rate-out-of-range")

    assert (finding.entity, finding.entity_id) == ("invoice", ids["invoice"])
    assert finding.message == 'Invoice "F-2025-7" has a VAT rate of 121.00 %, outside 0 to 100 %.'


def test_percent_and_scores_out_of_range(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET physical_percent_complete = -5 WHERE id = {ids['build']}",
        f"UPDATE risk SET probability_before = 7 WHERE id = {ids['risk']}",
        f"UPDATE stakeholder SET power = 0 WHERE id = {ids['stakeholder']}",
    )

    findings = _check(engine)

    percent = _only(findings, "percent-out-of-range")
    assert percent.message == f"{cap(BUILD)} has physical percent complete -5 %, outside 0 to 100 %."
    scores = {finding.entity: finding.message for finding in findings if finding.code == "score-out-of-range"}
    assert scores == {
        "risk": 'Risk "R-004" has probability before 7, outside the scale 1 to 5.',
        "stakeholder": 'Stakeholder "Citizens" has power 0, outside the scale 1 to 5.',
    }
    # Each bypassed CHECK is reported once, by its dedicated check.
    assert "check-constraint-violated" not in _codes(findings)


def test_other_bypassed_check_constraints_are_reported(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE task SET priority = 5000 WHERE id = {ids['build']}")

    finding = _only(_check(engine), "check-constraint-violated")

    assert finding.message == f'{cap(BUILD)} breaks the rule "priority BETWEEN 0 AND 1000".'


# --- Structure ---------------------------------------------------------------------------------------------------


def test_parent_cycle_names_the_loop(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET parent_id = {ids['report']}, is_summary = 1 WHERE id = {ids['build']}",
        f"UPDATE task SET parent_id = {ids['build']}, is_summary = 1 WHERE id = {ids['report']}",
    )

    finding = _only(_check(engine), "parent-cycle")

    assert finding.entity_id == ids["report"]
    assert finding.message == f"The outline has a loop of parents: {REPORT} → {BUILD} → {REPORT}."


def test_summary_flag_must_match_having_subtasks(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET is_summary = 0 WHERE id = {ids['analysis']}",
        f"UPDATE task SET is_summary = 1 WHERE id = {ids['build']}",
    )

    findings = _check(engine)

    assert _only(findings, "summary-without-children").message == (
        f"{cap(BUILD)} is marked as a summary task but has no subtasks."
    )
    assert _only(findings, "missing-summary-flag").message == (
        f"{cap(ANALYSIS)} has 2 subtasks but is not marked as a summary task."
    )


def _drop_unique_constraint(path: Path, table: str, constraint: str) -> None:
    """Rebuild ``table`` without one UNIQUE constraint, as a file written by another tool might be."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        ddl = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        stripped, count = re.subn(rf",\s*CONSTRAINT {constraint} UNIQUE \([^)]*\)", "", ddl)
        assert count == 1
        connection.executescript(
            f"""
            BEGIN;
            {stripped.replace(f"CREATE TABLE {table}", f"CREATE TABLE {table}_rebuilt", 1)};
            INSERT INTO {table}_rebuilt SELECT * FROM {table};
            DROP TABLE {table};
            ALTER TABLE {table}_rebuilt RENAME TO {table};
            COMMIT;
            """
        )
    finally:
        connection.close()


def test_duplicate_uids_name_every_task_sharing_it(engine: Engine, ids: dict[str, int], path: Path) -> None:
    _drop_unique_constraint(path, "task", "uq_task_project_id")
    _raw(engine, f"UPDATE task SET uid = 2 WHERE id = {ids['build']}")

    finding = _only(_check(engine), "duplicate-uid")

    assert (finding.entity, finding.entity_id) == ("task", ids["interviews"])
    assert finding.message == (
        f'The uid 2 is used by 2 rows of table task in project "Portal": {INTERVIEWS}, task "3 Build" (uid 2).'
    )


def test_other_duplicate_keys_are_reported(engine: Engine, ids: dict[str, int], path: Path) -> None:
    _drop_unique_constraint(path, "risk", "uq_risk_project_id")
    _raw(
        engine,
        "INSERT INTO risk (project_id, code, title, cause, event, effect, is_opportunity, category, owner, "
        "probability_before, impact_before, probability_after, impact_after, proximity, response, actions, "
        "contingency, status, raised_on) "
        f"SELECT project_id, code, 'Copy', '', '', '', 0, category, '', 1, 1, 1, 1, proximity, response, '', 0, "
        f"status, raised_on FROM risk WHERE id = {ids['risk']}",
    )

    finding = _only(_check(engine), "duplicate-key")

    assert finding.entity == "risk"
    assert finding.message == (
        f'2 rows of table risk share the same project id, code ({ids["project"]}, R-004): risk "R-004", risk "R-004".'
    )


def test_milestone_with_duration_is_a_warning(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE task SET duration = 480 WHERE id = {ids['golive']}")

    finding = _only(_check(engine), "milestone-with-duration")

    assert finding.severity == validation.Severity.WARNING
    assert finding.message == f"{cap(GOLIVE)} is a milestone but has a duration of 8 working hours."


def test_wbs_code_must_match_the_outline_position(engine: Engine, ids: dict[str, int]) -> None:
    # Swapping two siblings' positions leaves their WBS codes behind.
    _raw(
        engine,
        f"UPDATE task SET position = 5 WHERE id = {ids['interviews']}",
        f"UPDATE task SET wbs = '' WHERE id = {ids['build']}",  # no code: nothing to compare
    )

    findings = [finding for finding in _check(engine) if finding.code == "wbs-mismatch"]

    assert [(finding.entity_id, finding.severity) for finding in findings] == [
        (ids["interviews"], "warning"),
        (ids["report"], "warning"),
    ]
    assert findings[0].message == f'{cap(INTERVIEWS)} has the WBS code "1.1" but its outline position is 1.2.'


# --- Dependencies ------------------------------------------------------------------------------------------------


def test_dependency_cycle_names_every_task_in_order_once(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add(Dependency(predecessor_id=ids["golive"], successor_id=ids["interviews"]))

    finding = _only(_check(engine), "dependency-cycle")

    assert (finding.entity, finding.entity_id, finding.severity) == ("task", ids["interviews"], "error")
    assert finding.message == f"The dependencies {INTERVIEWS} → {REPORT} → {GOLIVE} → {INTERVIEWS} form a cycle."


def test_intertwined_cycles_are_one_finding_per_component(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                Dependency(predecessor_id=ids["report"], successor_id=ids["interviews"]),  # 2 <-> 3
                Dependency(predecessor_id=ids["golive"], successor_id=ids["report"]),  # 3 <-> 4
                Dependency(predecessor_id=ids["build"], successor_id=ids["interviews"]),  # upstream only
            ]
        )

    finding = _only(_check(engine), "dependency-cycle")

    assert finding.message == (
        f"The dependencies {INTERVIEWS} → {REPORT} → {INTERVIEWS} form a cycle (3 tasks are caught in linked cycles)."
    )


def test_separate_cycles_are_reported_separately(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add(Dependency(predecessor_id=ids["report"], successor_id=ids["interviews"]))
    _raw(
        engine,
        "INSERT INTO dependency (predecessor_id, successor_id, type, lag_kind, lag, lag_percent) "
        f"VALUES ({ids['build']}, {ids['build']}, 'FS', 'working', 0, 0)",
    )

    findings = [finding for finding in _check(engine) if finding.code == "dependency-cycle"]

    assert [finding.message for finding in findings] == [
        f"The dependencies {INTERVIEWS} → {REPORT} → {INTERVIEWS} form a cycle.",
        f"{cap(BUILD)} depends on itself.",
    ]


def test_link_between_a_summary_and_its_own_subtask(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        link = Dependency(predecessor_id=ids["report"], successor_id=ids["analysis"])
        session.add(link)
        session.flush()
        link_id = link.id

    finding = _only(_check(engine), "summary-linked-to-descendant")

    assert (finding.entity, finding.entity_id) == ("dependency", link_id)
    assert finding.message == (
        f"The link from {REPORT} to {ANALYSIS} joins a summary task to one of its own subtasks, "
        "which MS Project does not allow."
    )


# --- Dates and progress ------------------------------------------------------------------------------------------


def test_finish_before_start_for_tasks_baselines_contracts_and_exceptions(engine: Engine, ids: dict[str, int]) -> None:
    _raw(
        engine,
        f"UPDATE task SET start = '2025-01-10 08:00:00.000000', finish = '2025-01-06 17:00:00.000000' "
        f"WHERE id = {ids['interviews']}",
        f"UPDATE baseline_task SET finish = '2025-01-01 17:00:00.000000' WHERE id = {ids['baseline_task']}",
        f"UPDATE contract SET end_date = '2025-01-31' WHERE id = {ids['contract']}",
        'INSERT INTO calendar_exception (calendar_id, name, start, "end") '
        f"VALUES ({ids['calendar']}, 'Move', '2025-05-02', '2025-05-01')",
    )

    findings = [finding for finding in _check(engine) if finding.code == "finish-before-start"]

    assert [finding.entity for finding in findings] == ["task", "baseline_task", "contract", "calendar_exception"]
    assert findings[0].message == f"{cap(INTERVIEWS)} ends on 2025-01-06 17:00, before it starts on 2025-01-10 08:00."
    assert findings[1].message == (
        f"{cap(INTERVIEWS)} in baseline 0 ends on 2025-01-01 17:00, before it starts on 2025-01-06 08:00."
    )
    assert findings[2].message == 'Contract "C-2025-01" ends on 2025-01-31, before it starts on 2025-02-01.'
    assert findings[3].message == (
        'Exception "Move" of calendar "Standard" (uid 1) ends on 2025-05-01, before it starts on 2025-05-02.'
    )
    assert "check-constraint-violated" not in _codes(_check(engine))


def test_actual_dates_and_progress(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        interviews = session.get_one(Task, ids["interviews"])
        interviews.actual_start = dt.datetime(2025, 1, 10, 8)
        interviews.actual_finish = dt.datetime(2025, 1, 9, 17)
        report = session.get_one(Task, ids["report"])
        report.actual_finish = dt.datetime(2025, 1, 20, 17)
        build = session.get_one(Task, ids["build"])
        build.actual_start = dt.datetime(2025, 1, 6, 8)
        build.percent_complete = 100

    findings = _check(engine)

    assert _only(findings, "actual-finish-before-start").message == (
        f"{cap(INTERVIEWS)} has an actual finish (2025-01-09 17:00) before its actual start (2025-01-10 08:00)."
    )
    assert _only(findings, "actual-finish-without-start").message == (
        f"{cap(REPORT)} has an actual finish (2025-01-20 17:00) but no actual start."
    )
    complete = _only(findings, "complete-without-actual-finish")
    assert complete.severity == validation.Severity.WARNING
    assert complete.message == f"{cap(BUILD)} is 100 % complete but has no actual finish."


def test_dated_constraint_without_a_date(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        build = session.get_one(Task, ids["build"])
        build.constraint_type = ConstraintType.MUST_START_ON
        report = session.get_one(Task, ids["report"])
        report.constraint_type = ConstraintType.AS_LATE_AS_POSSIBLE

    finding = _only(_check(engine), "constraint-without-date")

    assert finding.severity == validation.Severity.WARNING
    assert finding.message == f'{cap(BUILD)} has the constraint "MSO" but no constraint date.'


# --- Finance -----------------------------------------------------------------------------------------------------


def test_overcommitted_budget_line_and_contract_ceiling(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                Commitment(
                    budget_line_id=ids["line"], contract_id=ids["contract"], reference="BC-002", amount=Decimal("45000")
                ),
                # Cancelled commitments reserve nothing.
                Commitment(
                    budget_line_id=ids["line"],
                    contract_id=ids["contract"],
                    reference="BC-003",
                    amount=Decimal("900000"),
                    status=CommitmentStatus.CANCELLED,
                ),
            ]
        )

    findings = _check(engine)

    line = _only(findings, "budget-overcommitted")
    assert (line.severity, line.entity, line.entity_id) == ("warning", "budget_line", ids["line"])
    assert line.message == (
        'Budget line "2025 / external-services" has 105000.00 committed, more than its amount of 100000.00.'
    )
    ceiling = _only(findings, "commitment-over-ceiling")
    assert (ceiling.severity, ceiling.entity, ceiling.entity_id) == ("error", "contract", ids["contract"])
    assert ceiling.message == 'Contract "C-2025-01" has 105000.00 committed, more than its ceiling of 80000.00.'


def test_invoices_exceeding_their_commitment(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add(
            Invoice(
                commitment_id=ids["commitment"],
                number="F-2025-9",
                invoice_date=dt.date(2025, 4, 1),
                amount=Decimal("40000.01"),
            )
        )

    finding = _only(_check(engine), "invoice-over-commitment")

    assert (finding.severity, finding.entity_id) == ("warning", ids["commitment"])
    assert finding.message == 'Commitment "BC-001" has 60000.01 invoiced, more than its amount of 60000.00.'


# --- Calendars ---------------------------------------------------------------------------------------------------


def test_calendar_without_working_time(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        empty = Calendar(project_id=ids["project"], uid=2, name="Empty")
        session.add(empty)
        session.flush()
        # A derived calendar with no week of its own takes its base's week: fine for the standard base...
        session.add(Calendar(project_id=ids["project"], uid=3, name="Night shift", base_calendar_id=ids["calendar"]))
        # ...but not for the empty one.
        session.add(Calendar(project_id=ids["project"], uid=4, name="Derived", base_calendar_id=empty.id))

    findings = [finding for finding in _check(engine) if finding.code == "calendar-missing-work-time"]

    assert [finding.message for finding in findings] == [
        'Calendar "Empty" (uid 2) has no working time in its week.',
        'Calendar "Derived" (uid 4) has no working time in its week: '
        'it takes its week from calendar "Empty" (uid 2), which has none.',
    ]
    assert all(finding.severity == "error" for finding in findings)


def test_calendar_whose_intervals_are_all_empty(engine: Engine, ids: dict[str, int]) -> None:
    _raw(engine, f"UPDATE calendar_work_interval SET end_minute = start_minute WHERE calendar_id = {ids['calendar']}")

    findings = _check(engine)

    assert _only(findings, "calendar-missing-work-time").message == (
        'Calendar "Standard" (uid 1) has no working time in its week.'
    )


def test_base_calendar_loop(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        other = Calendar(project_id=ids["project"], uid=2, name="Other", base_calendar_id=ids["calendar"])
        session.add(other)
        session.flush()
        session.get_one(Calendar, ids["calendar"]).base_calendar_id = other.id

    finding = _only(_check(engine), "calendar-base-cycle")

    assert finding.message == (
        'The base calendars loop: calendar "Standard" (uid 1) → calendar "Other" (uid 2) → calendar "Standard" (uid 1).'
    )


def test_project_without_calendar_is_a_warning(engine: Engine, ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.get_one(Project, ids["project"]).calendar_id = None

    finding = _only(_check(engine), "project-without-calendar")

    assert (finding.severity, finding.entity, finding.entity_id) == ("warning", "project", ids["project"])
    assert finding.message == 'Project "Portal" has no project calendar; the standard calendar is used.'


# --- Translation -------------------------------------------------------------------------------------------------


def test_messages_are_translated_before_they_are_formatted(engine: Engine, ids: dict[str, int]) -> None:
    seen: list[tuple[str, str]] = []
    dutch = {
        "{row} has {field} {value} %, outside {low} to {high} %.": "{row} heeft {field} {value} %.",
        'task "{key}" (uid {uid})': 'taak "{key}" (uid {uid})',
    }

    def translator(context: str, text: str) -> str:
        seen.append((context, text))
        return dutch.get(text, text)

    _raw(engine, f"UPDATE task SET percent_complete = 150 WHERE id = {ids['report']}")
    i18n.install(translator)
    try:
        findings = _check(engine)
    finally:
        i18n.install(lambda _context, text: text)

    assert _only(findings, "percent-out-of-range").message == 'Taak "1.2 Report" (uid 3) heeft percent complete 150 %.'
    assert {context for context, _text in seen} == {"validation"}
    assert all("{" in text for _context, text in seen if "{" in text or "uid" in text)  # templates, never sentences
    assert not any("Report" in text for _context, text in seen)


def test_i18n_hook_returns_text_unchanged_by_default() -> None:
    assert i18n.translate("validation", "{row} depends on itself.") == "{row} depends on itself."


# --- Scale -------------------------------------------------------------------------------------------------------


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(row[column] for column in columns) for row in rows],
    )
