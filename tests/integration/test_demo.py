"""The demo project and the synthetic benchmark projects, built into real SQLite databases."""

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.base import Base
from model.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    BaselineTimephased,
    BudgetLine,
    Calendar,
    CalendarException,
    CalendarHolidayLayer,
    ChangeRequest,
    Commitment,
    ComplianceItem,
    Contract,
    CostEntry,
    Decision,
    Dependency,
    Invoice,
    Issue,
    Lesson,
    Project,
    Resource,
    Risk,
    RiskReview,
    Stakeholder,
    Task,
)
from model.enums import (
    ChangeRequestStatus,
    CommitmentStatus,
    ComplianceFramework,
    ConstraintType,
    DependencyType,
    EarnedValueTechnique,
    FundingSource,
    HolidayLayer,
    LagKind,
    ProcedureType,
    ResourceKind,
)
from model.ids import ProjectId
from model.money import MoneyType
from services import demo
from tests.memory_db import memory_engine


def dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key.columns))]
        for table in Base.metadata.sorted_tables
    }


@dataclass
class Built:
    session: Session
    project_id: ProjectId


@pytest.fixture(scope="module")
def built() -> Iterator[Built]:
    engine = memory_engine()
    with Session(engine) as session:
        project_id = demo.build_demo(session)
        session.commit()
        yield Built(session, project_id)
    engine.dispose()


def count(session: Session, entity: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(entity)) or 0


def test_counts_are_in_the_expected_ranges(built: Built) -> None:
    session = built.session
    expected = {
        Task: (110, 140),
        Dependency: (120, 180),
        Resource: (14, 18),
        Calendar: (2, 4),
        Baseline: (2, 2),
        Risk: (18, 25),
        RiskReview: (5, 20),
        Issue: (6, 10),
        ChangeRequest: (4, 7),
        Decision: (5, 8),
        Stakeholder: (10, 14),
        Contract: (3, 3),
        Lesson: (6, 10),
        BudgetLine: (10, 25),
        Commitment: (4, 12),
        Invoice: (3, 30),
        CostEntry: (50, 400),
    }
    for entity, (low, high) in expected.items():
        assert low <= count(session, entity) <= high, entity.__name__
    gdpr = session.scalar(
        select(func.count()).where(ComplianceItem.framework == ComplianceFramework.GDPR).select_from(ComplianceItem)
    )
    assert gdpr is not None and gdpr >= 10
    accessibility = session.scalars(
        select(ComplianceItem.reference).where(ComplianceItem.framework == ComplianceFramework.ACCESSIBILITY)
    ).all()
    assert any("WCAG 2.1 AA" in reference for reference in accessibility)
    assert any("GDPR art. 35" in reference for reference in session.scalars(select(ComplianceItem.reference)))


def test_project_charter(built: Built) -> None:
    project = built.session.get_one(Project, built.project_id)
    assert project.start == dt.datetime(2025, 1, 6, 8, 0)
    assert project.status_date == dt.date(2026, 6, 30)
    assert project.currency == "EUR"
    assert project.fiscal_year_start_month == 1
    assert project.classification and project.sponsor and project.manager and project.organisation
    assert project.finish is not None and project.finish > dt.datetime(2027, 1, 1)
    standard = built.session.get_one(Calendar, project.calendar_id)
    layers = {layer.layer for layer in standard.holiday_layers}
    assert layers == {HolidayLayer.BELGIAN_PUBLIC, HolidayLayer.FEDERAL_CIVIL_SERVICE}
    assert any("Christmas" in exception.name for exception in standard.exceptions)
    part_time = built.session.scalars(select(Resource).where(Resource.calendar_id.is_not(None))).all()
    assert part_time
    four_fifths = built.session.get_one(Calendar, part_time[0].calendar_id)
    assert {interval.weekday for interval in four_fifths.work_intervals} == {0, 1, 3, 4}
    assert count(built.session, CalendarException) >= 3
    assert count(built.session, CalendarHolidayLayer) >= 4


def test_wbs_tree_is_consistent(built: Built) -> None:
    tasks = built.session.scalars(select(Task).where(Task.project_id == built.project_id)).all()
    by_id: dict[int, Task] = {task.id: task for task in tasks}
    children: dict[int | None, list[Task]] = defaultdict(list)
    for task in tasks:
        children[task.parent_id].append(task)
    assert sorted(task.uid for task in tasks) == list(range(1, len(tasks) + 1))
    for parent_id, siblings in children.items():
        assert sorted(task.position for task in siblings) == list(range(len(siblings)))
        prefix = "" if parent_id is None else by_id[parent_id].wbs + "."
        for task in siblings:
            assert task.wbs == f"{prefix}{task.position + 1}"
    for task in tasks:
        assert task.is_summary == bool(children.get(task.id)), task.wbs
        assert 1 <= task.wbs.count(".") + 1 <= 4
    stages = sorted(children[None], key=lambda task: task.position)
    assert [stage.name for stage in stages] == [
        "Initiation",
        "Stage 2 — Design & procurement",
        "Stage 3 — Build & integration",
        "Stage 4 — Roll-out & closure",
    ]
    assert all(stage.is_summary for stage in stages)
    for stage in stages[:3]:
        gate = max(children[stage.id], key=lambda task: task.position)
        assert gate.name.startswith("Stage gate:")
        assert gate.is_milestone and gate.duration == 0
    assert max(task.wbs.count(".") + 1 for task in tasks) == 4


def test_links_constraints_and_deadline(built: Built) -> None:
    session = built.session
    links = session.scalars(select(Dependency)).all()
    types = [link.type for link in links]
    assert set(types) == set(DependencyType)
    assert types.count(DependencyType.FINISH_TO_START) > len(links) / 2
    assert any(link.lag < 0 for link in links)  # a lead
    assert any(link.lag > 0 and link.lag_kind is LagKind.WORKING for link in links)
    assert any(link.lag_kind is LagKind.PERCENT and link.lag_percent > 0 for link in links)
    assert any(link.lag_kind is LagKind.ELAPSED for link in links)
    constraints = set(session.scalars(select(Task.constraint_type)))
    assert {
        ConstraintType.START_NO_EARLIER_THAN,
        ConstraintType.MUST_START_ON,
        ConstraintType.FINISH_NO_LATER_THAN,
    } <= constraints
    assert session.scalar(select(func.count()).where(Task.deadline.is_not(None)).select_from(Task)) == 1
    assert (session.scalar(select(func.count()).where(Task.calendar_id.is_not(None)).select_from(Task)) or 0) >= 1


def test_resources_assignments_and_contracts(built: Built) -> None:
    session = built.session
    resources = session.scalars(select(Resource)).all()
    kinds = {resource.kind for resource in resources}
    assert kinds == set(ResourceKind)
    vendors = [resource for resource in resources if resource.kind is ResourceKind.VENDOR]
    assert len(vendors) == 2
    assert all(vendor.contract_id is not None for vendor in vendors)
    (licence,) = [resource for resource in resources if resource.kind is ResourceKind.MATERIAL]
    assert licence.material_label == "licence"
    assert licence.cost_per_use > 0
    assert any(resource.name.endswith("(role)") for resource in resources)
    assert count(session, Assignment) > 100
    contracts = session.scalars(select(Contract)).all()
    assert {contract.procedure for contract in contracts} == {
        ProcedureType.OPEN,
        ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION,
        ProcedureType.FRAMEWORK_CALL_OFF,
    }
    for contract in contracts:
        assert contract.budget_lines
        assert (contract.framework_reference != "") == (contract.procedure is ProcedureType.FRAMEWORK_CALL_OFF)
    statuses = set(session.scalars(select(Commitment.status)))
    assert {
        CommitmentStatus.PLANNED,
        CommitmentStatus.COMMITTED,
        CommitmentStatus.INVOICED,
        CommitmentStatus.PAID,
    } <= statuses
    assert set(session.scalars(select(Commitment.vat_rate))) == {Decimal("21.00")}
    assert set(session.scalars(select(BudgetLine.fiscal_year))) == {2025, 2026, 2027}
    assert FundingSource.EU_RECOVERY_FACILITY in set(session.scalars(select(BudgetLine.funding_source)))
    assert "21.41.12.1211" in set(session.scalars(select(BudgetLine.budget_article)))


def test_baselines_and_change_request(built: Built) -> None:
    session = built.session
    first, second = session.scalars(select(Baseline).order_by(Baseline.number)).all()
    assert (first.number, second.number) == (0, 1)
    assert second.reason and second.change_request_id is not None
    change = session.get_one(ChangeRequest, second.change_request_id)
    assert change.status is ChangeRequestStatus.APPROVED
    assert session.scalars(select(Decision).where(Decision.change_request_id == change.id)).all()
    assert len(set(session.scalars(select(ChangeRequest.status)))) >= 4
    tasks_in = {
        number: session.scalar(select(func.count()).where(BaselineTask.baseline_id == baseline.id))
        for number, baseline in ((0, first), (1, second))
    }
    assert tasks_in[1] == count(session, Task)
    assert tasks_in[0] is not None and tasks_in[1] is not None and tasks_in[0] < tasks_in[1]  # CR-001 added tasks


def test_progress_and_earned_value_at_the_status_date(built: Built) -> None:
    """Complete tasks before the status date, some in progress, and a plausible overrun (SPI and CPI about 0.9)."""
    session = built.session
    status_date = dt.date(2026, 6, 30)
    leaves = session.scalars(select(Task).where(Task.is_summary.is_(False))).all()
    done = [task for task in leaves if task.percent_complete == 100]
    started = [task for task in leaves if 0 < task.percent_complete < 100]
    assert len(done) > 40
    assert started
    for task in done:
        assert task.actual_start is not None and task.actual_finish is not None
        assert task.actual_finish.date() <= status_date
    assert all(task.actual_start is not None and task.actual_finish is None for task in started)
    assert any(task.physical_percent_complete > 0 for task in leaves)

    baseline = session.scalars(select(Baseline).where(Baseline.number == 1)).one()
    leaf_ids = {task.id for task in leaves}
    planned = Decimal(0)
    for week in session.scalars(select(BaselineTimephased).where(BaselineTimephased.baseline_id == baseline.id)):
        if week.task_id not in leaf_ids or week.period_start > status_date:
            continue
        worked_days = sum(
            1
            for offset in range(7)
            if (day := week.period_start + dt.timedelta(days=offset)).weekday() < 5 and day <= status_date
        )
        planned += week.cost * Decimal(worked_days) / 5
    by_id = {task.id: task for task in leaves}
    earned = Decimal(0)
    for row in session.scalars(select(BaselineTask).where(BaselineTask.baseline_id == baseline.id)):
        leaf = by_id.get(row.task_id)
        if leaf is None:
            continue
        physical = leaf.ev_technique is EarnedValueTechnique.PHYSICAL_PERCENT_COMPLETE
        earned += row.cost * (leaf.physical_percent_complete if physical else leaf.percent_complete) / 100
    actual = sum(session.scalars(select(CostEntry.amount).where(CostEntry.date <= status_date)), Decimal(0))
    assert 0.85 <= earned / planned <= 0.95, (planned, earned)
    assert 0.85 <= earned / actual <= 0.95, (earned, actual)


def test_every_money_column_is_decimal(built: Built) -> None:
    checked = 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, MoneyType):
                for value in built.session.scalars(select(column).where(column.is_not(None))):
                    assert isinstance(value, Decimal), f"{table.name}.{column.name}"
                    checked += 1
    assert checked > 1000


def test_registers_have_content_and_accents(built: Built) -> None:
    session = built.session
    risks = session.scalars(select(Risk)).all()
    assert all(risk.cause and risk.event and risk.effect and risk.owner for risk in risks)
    assert any(risk.is_opportunity for risk in risks)
    assert len({risk.category for risk in risks}) >= 6
    assert any(risk.reviews for risk in risks)
    stakeholders = session.scalars(select(Stakeholder)).all()
    assert any(s.current_engagement != s.desired_engagement for s in stakeholders)
    text = " ".join(
        [
            session.get_one(Project, built.project_id).name,
            *session.scalars(select(Resource.name)),
            *session.scalars(select(Task.name)),
            *session.scalars(select(Stakeholder.name)),
        ]
    )
    for accent in "éèëçô":
        assert accent in text, accent
    assert count(session, Lesson) >= 8


def test_demo_is_deterministic(built: Built) -> None:
    engine = memory_engine()
    try:
        with Session(engine) as session:
            demo.build_demo(session)
            session.commit()
            assert dump(session) == dump(built.session)
    finally:
        engine.dispose()


def test_synthetic_project_has_the_requested_size_and_no_cycle() -> None:
    engine = memory_engine()
    try:
        with Session(engine) as session:
            project_id = demo.build_synthetic(session, tasks=2000, seed=7)
            session.commit()
            tasks = session.execute(
                select(Task.id, Task.parent_id, Task.is_summary, Task.wbs, Task.start).where(
                    Task.project_id == project_id
                )
            ).all()
            links = session.execute(select(Dependency.predecessor_id, Dependency.successor_id, Dependency.type)).all()
            assert len(tasks) == 2000
            assert 1.35 * 2000 <= len(links) <= 1.65 * 2000
            assert {link.type for link in links} == set(DependencyType)
            parents = {task.parent_id for task in tasks if task.parent_id is not None}
            assert all(task.is_summary == (task.id in parents) for task in tasks)
            assert 120 <= len(parents) <= 400  # a summary every ~8-12 tasks
            assert max(task.wbs.count(".") + 1 for task in tasks) <= 5
            assert all(task.start is not None for task in tasks)  # scheduled
            constrained = session.scalar(
                select(func.count()).where(Task.constraint_type != ConstraintType.AS_SOON_AS_POSSIBLE)
            )
            assert constrained is not None and 40 <= constrained <= 160
            successors: dict[int, list[int]] = defaultdict(list)
            incoming: dict[int, int] = defaultdict(int)
            for predecessor, successor, _ in links:
                successors[predecessor].append(successor)
                incoming[successor] += 1
            queue: deque[int] = deque(task.id for task in tasks if incoming[task.id] == 0)
            visited = 0
            while queue:
                node = queue.popleft()
                visited += 1
                for following in successors[node]:
                    incoming[following] -= 1
                    if incoming[following] == 0:
                        queue.append(following)
            assert visited == len(tasks), "the link network has a cycle"
    finally:
        engine.dispose()
