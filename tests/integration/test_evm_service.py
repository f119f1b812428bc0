"""The EVM mapping layer on real SQLite files: the demo's figures, the report's JSON, period snapshots, re-baselining.

The hand-built project is the textbook case: a 10-working-day task with a budget of 10,000.00, 40 % complete after
5 days at an actual cost of 5,000.00, so PV = 5,000, EV = 4,000, SPI = CPI = 0.8 (PMI Practice Standard for EVM,
2nd ed., the definitions of SPI = EV / PV and CPI = EV / AC).
"""

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import (
    Assignment,
    Baseline,
    ChangeRequest,
    CostEntry,
    Project,
    Resource,
    StatusPeriod,
    StatusPeriodTask,
    Task,
)
from model.enums import ChangeRequestStatus, CostCategory, EarnedValueTechnique, ResourceKind
from model.ids import ProjectId
from services import baselines, demo, evm_service, headless, project_file
from services.store import Store, make_engine
from tests.memory_db import memory_session

STATUS_DATE = dt.date(2026, 6, 30)
MONDAY = dt.datetime(2026, 3, 2, 8, 0)


# --------------------------------------------------------------------------------------------------------------------
# The demo
# --------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evm") / "demo.belfry"

    def build(session: Session) -> None:
        demo.build_demo(session)

    project_file.write_new(path, build)
    return path


def demo_report(path: Path, **options: Any) -> dict[str, Any]:
    with project_file.open_for_reading(path) as store:
        return store.read(
            lambda session: evm_service.evm_report(
                session, headless.first_project_id(session), status_date=STATUS_DATE, **options
            )
        )


@pytest.fixture(scope="module")
def report_b1(demo_file: Path) -> dict[str, Any]:
    return demo_report(demo_file, baseline=1)


def test_demo_figures_at_the_status_date_are_plausible(report_b1: dict[str, Any]) -> None:
    report = report_b1
    assert report["status_date"] == "2026-06-30"
    assert report["baseline"] == 1
    assert report["currency"] == "EUR"
    assert 0.8 < report["spi"] < 1.0
    assert 0.8 < report["cpi"] < 1.0
    assert 0.8 < report["spi_t"] < 1.0
    bac = Decimal(report["bac"])
    assert Decimal(report["eac_cpi"]) > bac
    assert Decimal(report["eac_atypical"]) > bac
    assert report["forecast_finish"] > report["planned_finish"]
    assert report["issues"] == []
    # The indices are those of the money figures.
    assert report["spi"] == round(float(Decimal(report["ev"]) / Decimal(report["pv"])), 4)
    assert report["cpi"] == round(float(Decimal(report["ev"]) / Decimal(report["ac"])), 4)
    assert report["status"]["cpi"] in {"amber", "red"}


def test_demo_actual_cost_is_the_ledger(demo_file: Path, report_b1: dict[str, Any]) -> None:
    """Every demo cost is booked as a cost entry, so the actual work adds nothing (no double counting)."""
    with project_file.open_for_reading(demo_file) as store:
        booked = store.read(
            lambda session: sum(session.scalars(select(CostEntry.amount).where(CostEntry.date <= STATUS_DATE)))
        )
    assert Decimal(report_b1["ac"]) == booked


def test_demo_series_is_monotone_and_ends_at_bac(report_b1: dict[str, Any]) -> None:
    series = report_b1["series"]
    assert len(series) >= 20
    dates = [point["date"] for point in series]
    assert dates == sorted(dates)
    for name in ("pv", "ev", "ac"):
        values = [Decimal(point[name]) for point in series if point[name] is not None]
        assert values == sorted(values), name
    assert series[-1]["pv"] == report_b1["bac"]
    assert series[-1]["ev"] is None  # after the status date only PV is known
    at_status = next(point for point in series if point["date"] == "2026-06-30")
    assert (at_status["pv"], at_status["ev"], at_status["ac"]) == (report_b1["pv"], report_b1["ev"], report_b1["ac"])


def test_report_has_every_key_and_serialises(report_b1: dict[str, Any]) -> None:
    expected = {
        "bac",
        "pv",
        "ev",
        "ac",
        "sv",
        "cv",
        "sv_percent",
        "cv_percent",
        "spi",
        "cpi",
        "csi",
        "eac_cpi",
        "eac_atypical",
        "eac_cpi_spi",
        "eac_bottom_up",
        "etc_cpi",
        "etc_atypical",
        "vac",
        "tcpi_bac",
        "tcpi_eac",
        "percent_complete",
        "percent_spent",
        "percent_planned",
        "es",
        "sv_t",
        "spi_t",
        "ieac_t",
        "ieac_t_pf1",
        "tspi",
        "at",
        "pd",
        "planned_finish",
        "forecast_finish",
        "status_date",
        "baseline_name",
        "issues",
        "baseline",
        "period",
        "currency",
        "status",
        "reasons",
        "series",
    }
    assert expected <= set(report_b1)
    assert json.loads(json.dumps(report_b1)) == report_b1
    assert isinstance(report_b1["bac"], str) and report_b1["bac"].count(".") == 1
    assert len(report_b1["bac"].split(".")[1]) == 2
    assert isinstance(report_b1["spi"], float)
    assert report_b1["spi"] == round(report_b1["spi"], 4)


def test_breakdown_by_wbs_sums_to_the_project(demo_file: Path, report_b1: dict[str, Any]) -> None:
    report = demo_report(demo_file, baseline=1, by="wbs")
    entries = report["breakdown"]
    assert [entry["name"] for entry in entries] == [
        "Initiation",
        "Stage 2 — Design & procurement",
        "Stage 3 — Build & integration",
        "Stage 4 — Roll-out & closure",
    ]
    assert [entry["wbs"] for entry in entries] == ["1", "2", "3", "4"]
    for name in ("bac", "pv", "ev", "ac"):
        assert sum(Decimal(entry[name]) for entry in entries) == Decimal(report_b1[name]), name
    assert entries[0]["percent_complete"] == 1.0  # Initiation is done
    # Earned Schedule per branch on the branch's own time line (Lipke, "Applying Earned Schedule to Critical Path
    # Analysis and More", 2006: treat the branch as the project), its actual time stopped at its actual finish.
    initiation, design = entries[0], entries[1]
    assert initiation["planned_finish"] == "2025-03-04"  # its 4/5 staff work it on their own calendars
    assert initiation["forecast_finish"] == "2025-03-17"  # finished late: the forecast is the actual finish
    assert initiation["es"] == initiation["pd"]
    assert initiation["spi_t"] == round(initiation["pd"] / initiation["at"], 4)
    assert 0.8 < initiation["spi_t"] < 0.9  # not 0.11: a branch done in 2025 does not age until mid-2026
    assert design["percent_complete"] == 1.0
    assert design["spi_t"] == 1.0  # finished on its baseline finish
    assert design["forecast_finish"] == design["planned_finish"]
    assert entries[3]["cpi"] is None
    assert entries[3]["reasons"]["cpi"] == "AC is 0"
    json.dumps(report)


@pytest.mark.parametrize(("by", "label"), [("wbs", "wbs"), ("category", "category")])
def test_report_contract_is_stable(demo_file: Path, by: str, label: str) -> None:
    """The JSON contract of issue 4: every figure at project level and in each breakdown entry, cumulative series."""
    report = demo_report(demo_file, baseline=1, by=by)
    figures = set(evm_service.INDICATOR_FIGURES) | set(evm_service.SCHEDULE_FIGURES)
    figures |= {"planned_finish", "forecast_finish", "status", "reasons"}
    assert figures <= set(report)
    assert report["by"] == by
    assert report["breakdown"]
    for entry in report["breakdown"]:
        assert set(entry) == figures | {label} | ({"name"} if by == "wbs" else set())
    assert all(set(point) == {"date", "period", "pv", "ev", "ac"} for point in report["series"])
    assert "by" not in demo_report(demo_file, baseline=1) and "breakdown" not in demo_report(demo_file, baseline=1)


def test_breakdown_by_category_sums_to_the_project(demo_file: Path, report_b1: dict[str, Any]) -> None:
    report = demo_report(demo_file, baseline=1, by="category")
    entries = report["breakdown"]
    categories = {entry["category"] for entry in entries}
    assert {CostCategory.PERSONNEL, CostCategory.EXTERNAL_SERVICES} <= categories
    for name in ("bac", "pv", "ev", "ac"):
        assert sum(Decimal(entry[name]) for entry in entries) == Decimal(report_b1[name]), name


def test_baseline_0_and_weekly_periods(demo_file: Path, report_b1: dict[str, Any]) -> None:
    report = demo_report(demo_file, baseline=0, period="week")
    assert report["baseline"] == 0 and report["period"] == "week"
    assert Decimal(report["bac"]) < Decimal(report_b1["bac"])  # CR-001 added scope
    assert report["ac"] == report_b1["ac"]  # the actuals do not depend on the baseline
    assert report["spi"] < report_b1["spi"]  # measured against the older, shorter plan
    assert len(report["series"]) > 4 * len(report_b1["series"]) - 8


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"baseline": 3}, "Baseline 3 has not been set in this project."),
        ({"period": "fortnight"}, "Unknown period 'fortnight'"),
        ({"by": "resource"}, "Unknown breakdown 'resource'"),
    ],
)
def test_clear_errors(demo_file: Path, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace(".", r"\.")):
        demo_report(demo_file, **options)


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "copy.belfry"
    shutil.copyfile(demo_file, path)
    engine = make_engine(path)
    yield Store(engine)
    engine.dispose()


def test_close_periods_rebaseline_and_trend(demo_copy: Store) -> None:
    def close(period_end: dt.date, note: str = "") -> Any:
        return demo_copy.write(
            lambda session: evm_service.close_period(
                session,
                headless.first_project_id(session),
                period_end=period_end,
                baseline=1,
                closed_at=dt.datetime.combine(period_end + dt.timedelta(days=3), dt.time(9, 0)),
                note=note,
            )
        )

    # The demo closed its monthly periods up to May 2026 (against baseline 0, then 1): June comes next.
    periods = demo_copy.read(
        lambda session: session.scalars(select(StatusPeriod).order_by(StatusPeriod.period_end)).all()
    )
    assert [period.baseline_number for period in periods] == [0] * 8 + [1] * 7
    may = periods[-1]
    assert may.period_end == dt.date(2026, 5, 31)
    june = close(STATUS_DATE)
    assert may.period_end < june.period_end
    assert Decimal(0) < may.earned_value < june.earned_value
    assert may.actual_cost < june.actual_cost
    assert june.estimate_at_completion is not None and june.estimate_at_completion > june.budget_at_completion
    report = demo_copy.read(
        lambda session: evm_service.evm_report(
            session, headless.first_project_id(session), status_date=STATUS_DATE, baseline=1
        )
    )
    assert str(june.earned_value) == report["ev"]
    assert str(june.planned_value) == report["pv"]
    assert str(june.actual_cost) == report["ac"]
    assert june.forecast_finish is not None and june.forecast_finish.isoformat() == report["forecast_finish"]

    with pytest.raises(ValueError, match=r"The period ending 2026-06-30 has already been closed\."):
        close(STATUS_DATE)
    with pytest.raises(ValueError, match=r"is before the last closed period, which ended on 2026-06-30\."):
        close(dt.date(2026, 4, 30))

    def snapshot(session: Session) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        periods = session.execute(select(StatusPeriod).order_by(StatusPeriod.id)).scalars().all()
        rows = session.execute(select(StatusPeriodTask).order_by(StatusPeriodTask.id)).scalars().all()
        return (
            [
                (
                    p.period_end,
                    p.baseline_number,
                    p.planned_value,
                    p.earned_value,
                    p.actual_cost,
                    p.budget_at_completion,
                )
                for p in periods
            ],
            [(r.task_id, r.planned_value, r.earned_value, r.actual_cost) for r in rows],
        )

    before = demo_copy.read(snapshot)
    trend_before = demo_copy.read(lambda session: evm_service.period_trend(session, headless.first_project_id(session)))

    def approve_and_rebaseline(session: Session) -> Baseline:
        project_id = headless.first_project_id(session)
        request = session.scalars(
            select(ChangeRequest).where(ChangeRequest.status == ChangeRequestStatus.PROPOSED)
        ).first()
        assert request is not None
        with pytest.raises(ValueError, match="not approved"):
            evm_service.rebaseline(
                session,
                project_id,
                number=2,
                reason="Scope change",
                change_request_id=request.id,
                saved_at=dt.datetime(2026, 7, 2, 10, 0),
            )
        request.status = ChangeRequestStatus.APPROVED
        session.flush()
        return evm_service.rebaseline(
            session,
            project_id,
            number=2,
            reason="Scope change approved by the board",
            change_request_id=request.id,
            saved_at=dt.datetime(2026, 7, 2, 10, 0),
        )

    baseline = demo_copy.write(approve_and_rebaseline)
    assert baseline.number == 2 and baseline.reason == "Scope change approved by the board"
    assert demo_copy.read(snapshot) == before
    trend = demo_copy.read(lambda session: evm_service.period_trend(session, headless.first_project_id(session)))
    assert trend == trend_before
    assert [point["period_end"] for point in trend][-2:] == ["2026-05-31", "2026-06-30"]
    assert len(trend) == 16
    assert trend[-2]["note"] == "Monthly highlight report to the project board."
    assert trend[-1]["ev"] == report["ev"] and trend[-1]["spi"] == report["spi"] and trend[-1]["cpi"] == report["cpi"]
    assert [point["baseline"] for point in trend] == [0] * 8 + [1] * 8
    json.dumps(trend)

    # Per task: the leaves' rows add up to the project, a stage's row is the roll-up of its leaves.
    def task_rows_add_up(session: Session) -> None:
        period = session.scalars(select(StatusPeriod).where(StatusPeriod.period_end == STATUS_DATE)).one()
        rows = {row.task_id: row for row in session.scalars(select(StatusPeriodTask))}
        parents = set(session.scalars(select(Task.parent_id).where(Task.parent_id.is_not(None))))
        leaves = [row for task_id, row in rows.items() if task_id not in parents and row.status_period_id == period.id]
        assert sum((row.earned_value for row in leaves), Decimal(0)) == period.earned_value
        assert sum((row.planned_value for row in leaves), Decimal(0)) == period.planned_value

    demo_copy.read(task_rows_add_up)


# --------------------------------------------------------------------------------------------------------------------
# A project computed by hand
# --------------------------------------------------------------------------------------------------------------------


@pytest.fixture
def session() -> Iterator[Session]:
    with memory_session() as db:
        yield db


def one_task_project(session: Session, *, booked: bool = True) -> tuple[ProjectId, Task, Resource]:
    """Ten working days (2-13 March 2026) of one analyst at EUR 125.00 an hour: 80 h = EUR 10,000.00.

    At the end of Friday 6 March: 40 % complete, 32 h worked, EUR 5,000.00 booked (if ``booked``).
    """
    project = Project(name="Hand", start=MONDAY, status_date=dt.date(2026, 3, 6))
    session.add(project)
    session.flush()
    analyst = Resource(
        project_id=project.id, uid=1, name="Analyst", standard_rate=Decimal("125.00"), kind=ResourceKind.STAFF
    )
    task = Task(
        project_id=project.id,
        uid=1,
        wbs="1",
        name="Analysis",
        duration=10 * 480,
        work=80 * 60,
        start=MONDAY,
        finish=dt.datetime(2026, 3, 13, 17, 0),
    )
    session.add_all([analyst, task])
    session.flush()
    assignment = Assignment(task_id=task.id, resource_id=analyst.id, work=80 * 60)
    session.add(assignment)
    session.flush()
    baselines.set_baseline(session, project.id, 0, saved_at=dt.datetime(2026, 2, 27, 12, 0))
    task.percent_complete = 40
    task.actual_start = MONDAY
    assignment.actual_work = 32 * 60
    if booked:
        session.add(
            CostEntry(
                project_id=project.id,
                date=dt.date(2026, 3, 6),
                amount=Decimal("5000.00"),
                category=CostCategory.PERSONNEL,
                task_id=task.id,
                resource_id=analyst.id,
            )
        )
    session.flush()
    return project.id, task, analyst


def test_hand_computed_task(session: Session) -> None:
    project_id, _, _ = one_task_project(session)
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6), period="week")
    assert (report["bac"], report["pv"], report["ev"], report["ac"]) == ("10000.00", "5000.00", "4000.00", "5000.00")
    assert (report["spi"], report["cpi"]) == (0.8, 0.8)
    assert report["sv"] == "-1000.00" and report["cv"] == "-1000.00"
    assert report["eac_cpi"] == "12500.00"  # BAC / CPI
    assert report["eac_atypical"] == "11000.00"  # AC + (BAC - EV)
    assert report["etc_bottom_up"] == "6000.00"  # 48 h left at EUR 125.00
    assert report["eac_bottom_up"] == "11000.00"
    assert report["tcpi_bac"] == 1.2  # (10,000 - 4,000) / (10,000 - 5,000)
    # Earned Schedule in weeks: PV(week 1) = 5,000, so EV = 4,000 was planned at 0.8 week; AT = 1 week.
    assert (report["es"], report["at"], report["pd"], report["spi_t"]) == (0.8, 1.0, 2.0, 0.8)
    assert report["ieac_t"] == 2.5  # PD / SPI(t): the middle of the third week
    assert report["forecast_finish"] == "2026-03-18"
    assert report["planned_finish"] == "2026-03-13"
    assert [point["pv"] for point in report["series"]] == ["5000.00", "10000.00"]


def test_actual_work_counts_when_nothing_is_booked(session: Session) -> None:
    project_id, task, _ = one_task_project(session, booked=False)
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6))
    assert report["ac"] == "4000.00"  # 32 h x EUR 125.00
    assert report["cpi"] == 1.0
    # A resource-less personnel entry on the task covers the personnel assignment too; a task-less entry counts at
    # project level only.
    session.add_all(
        [
            CostEntry(
                project_id=project_id,
                date=dt.date(2026, 3, 5),
                amount=Decimal("4500.00"),
                category=CostCategory.PERSONNEL,
                task_id=task.id,
            ),
            CostEntry(
                project_id=project_id, date=dt.date(2026, 3, 4), amount=Decimal("250.00"), category=CostCategory.TRAVEL
            ),
        ]
    )
    session.flush()
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6), by="wbs")
    assert report["ac"] == "4750.00"
    assert [(entry["wbs"], entry["ac"]) for entry in report["breakdown"]] == [("1", "4500.00"), (None, "250.00")]
    by_category = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6), by="category")
    assert {entry["category"]: entry["ac"] for entry in by_category["breakdown"]} == {
        "personnel": "4500.00",
        "travel": "250.00",
    }


def test_progress_is_taken_back_for_an_earlier_status_date(session: Session) -> None:
    project_id, _, _ = one_task_project(session, booked=False)
    # Wednesday 4 March at night: 3 of the 5 days worked so far, so 24 % of the 40 % recorded on Friday.
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 4))
    assert report["pv"] == "3000.00"
    assert report["ev"] == "2400.00"
    assert report["ac"] == "2400.00"


def test_weighted_milestones_of_a_work_package(session: Session) -> None:
    project_id, task, _ = one_task_project(session)
    package = Task(project_id=project_id, uid=2, wbs="2", name="Package", is_summary=True)
    session.add(package)
    session.flush()
    task.parent_id = package.id
    task.ev_technique = EarnedValueTechnique.WEIGHTED_MILESTONES
    for uid, (weight, finished) in enumerate(((1, MONDAY + dt.timedelta(days=2)), (3, None)), start=10):
        session.add(
            Task(
                project_id=project_id,
                uid=uid,
                name=f"Milestone {uid}",
                parent_id=package.id,
                is_milestone=True,
                duration=0,
                ev_weight=weight,
                percent_complete=100 if finished else 0,
                actual_start=finished,
                actual_finish=finished,
            )
        )
    session.flush()
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6), baseline=0, by="wbs")
    assert report["ev"] == "2500.00"  # one quarter of the weight reached
    assert [entry["name"] for entry in report["breakdown"]] == ["Package"]


def test_rebaseline_needs_a_reason_and_an_approved_change(session: Session) -> None:
    project_id, _, _ = one_task_project(session)
    request = ChangeRequest(
        project_id=project_id,
        code="CR-9",
        title="More analysis",
        raised_on=dt.date(2026, 3, 3),
        status=ChangeRequestStatus.REJECTED,
    )
    session.add(request)
    session.flush()

    def rebaseline(reason: str, change_request_id: Any) -> Baseline:
        return evm_service.rebaseline(
            session,
            project_id,
            number=1,
            reason=reason,
            change_request_id=change_request_id,
            saved_at=dt.datetime(2026, 3, 9, 9, 0),
        )

    with pytest.raises(ValueError, match="needs a reason"):
        rebaseline("  ", request.id)
    with pytest.raises(ValueError, match="needs an approved change request"):
        rebaseline("Why", None)
    with pytest.raises(ValueError, match="does not exist in this project"):
        rebaseline("Why", request.id + 100)
    with pytest.raises(ValueError, match="CR-9 is rejected, not approved"):
        rebaseline("Why", request.id)
    request.status = ChangeRequestStatus.IMPLEMENTED
    session.flush()
    baseline = rebaseline("Board approved CR-9", request.id)
    assert (baseline.number, baseline.change_request_id) == (1, request.id)
    report = evm_service.evm_report(session, project_id, status_date=dt.date(2026, 3, 6), baseline=1)
    assert report["bac"] == "10000.00"
