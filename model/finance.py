"""Money: actual costs, budget lines per fiscal year, commitments, invoices, contracts and period snapshots.

All amounts are ``Decimal`` stored as integer cents, excluding VAT unless the name says otherwise; VAT rates are
exact percentages (21.00) stored in hundredths.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Column, ForeignKey, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from model.base import Base
from model.enums import (
    CommitmentStatus,
    ContractStatus,
    CostCategory,
    FundingSource,
    InvoiceStatus,
    ProcedureType,
)
from model.ids import (
    BudgetLineId,
    CommitmentId,
    ContractId,
    CostEntryId,
    InvoiceId,
    ProjectId,
    ResourceId,
    StatusPeriodId,
    TaskId,
)
from model.money import ZERO, HundredthsType

DEFAULT_VAT_RATE = Decimal("21.00")  # Belgian standard rate, percent

contract_budget_line = Table(
    "contract_budget_line",
    Base.metadata,
    Column("contract_id", ForeignKey("contract.id", ondelete="CASCADE"), primary_key=True),
    Column("budget_line_id", ForeignKey("budget_line.id", ondelete="CASCADE"), primary_key=True),
)


class CostEntry(Base):
    """An actual cost booked on a date, optionally against a task and a budget line."""

    __tablename__ = "cost_entry"

    id: Mapped[CostEntryId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date]
    amount: Mapped[Decimal]
    category: Mapped[CostCategory] = mapped_column(default=CostCategory.OTHER)
    task_id: Mapped[TaskId | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    resource_id: Mapped[ResourceId | None] = mapped_column(ForeignKey("resource.id", ondelete="SET NULL"))
    budget_line_id: Mapped[BudgetLineId | None] = mapped_column(ForeignKey("budget_line.id", ondelete="SET NULL"))
    reference: Mapped[str] = mapped_column(default="")  # invoice or timesheet number
    description: Mapped[str] = mapped_column(default="")


class BudgetLine(Base):
    """Approved budget for one fiscal year, cost category, funding source and budget article."""

    __tablename__ = "budget_line"

    id: Mapped[BudgetLineId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    fiscal_year: Mapped[int]
    category: Mapped[CostCategory]
    funding_source: Mapped[FundingSource] = mapped_column(default=FundingSource.OWN_BUDGET)
    budget_article: Mapped[str] = mapped_column(default="")  # e.g. "21.41.12.1211"
    description: Mapped[str] = mapped_column(default="")
    amount: Mapped[Decimal] = mapped_column(default=ZERO)

    commitments: Mapped[list["Commitment"]] = relationship(cascade="all, delete-orphan", back_populates="budget_line")

    __table_args__ = (
        CheckConstraint("fiscal_year BETWEEN 1900 AND 2200", name="fiscal_year"),
        CheckConstraint("amount >= 0", name="amount"),
    )


class Commitment(Base):
    """Money reserved on a budget line (an order, a call-off), followed from planned to paid."""

    __tablename__ = "commitment"

    id: Mapped[CommitmentId] = mapped_column(primary_key=True)
    budget_line_id: Mapped[BudgetLineId] = mapped_column(ForeignKey("budget_line.id", ondelete="CASCADE"), index=True)
    contract_id: Mapped[ContractId | None] = mapped_column(ForeignKey("contract.id", ondelete="SET NULL"), index=True)
    reference: Mapped[str] = mapped_column(default="")  # order or engagement number
    description: Mapped[str] = mapped_column(default="")
    amount: Mapped[Decimal]  # excluding VAT
    vat_rate: Mapped[Decimal] = mapped_column(HundredthsType(), default=DEFAULT_VAT_RATE)
    status: Mapped[CommitmentStatus] = mapped_column(default=CommitmentStatus.PLANNED)
    committed_on: Mapped[dt.date | None]

    budget_line: Mapped[BudgetLine] = relationship(back_populates="commitments")
    invoices: Mapped[list["Invoice"]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("vat_rate BETWEEN 0 AND 10000", name="vat_rate"),
    )


class Invoice(Base):
    """A supplier invoice against a commitment."""

    __tablename__ = "invoice"

    id: Mapped[InvoiceId] = mapped_column(primary_key=True)
    commitment_id: Mapped[CommitmentId] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"), index=True)
    number: Mapped[str]
    invoice_date: Mapped[dt.date]
    amount: Mapped[Decimal]  # excluding VAT
    vat_rate: Mapped[Decimal] = mapped_column(HundredthsType(), default=DEFAULT_VAT_RATE)
    status: Mapped[InvoiceStatus] = mapped_column(default=InvoiceStatus.RECEIVED)
    paid_on: Mapped[dt.date | None]

    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("vat_rate BETWEEN 0 AND 10000", name="vat_rate"),
    )


class Contract(Base):
    """A public contract: its procurement procedure, values, ceiling, supplier, dates and budget lines."""

    __tablename__ = "contract"

    id: Mapped[ContractId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    procedure: Mapped[ProcedureType]
    status: Mapped[ContractStatus] = mapped_column(default=ContractStatus.PREPARATION)
    supplier: Mapped[str] = mapped_column(default="")
    supplier_vat_number: Mapped[str] = mapped_column(default="")
    framework_reference: Mapped[str] = mapped_column(default="")  # the framework agreement of a call-off
    estimated_value: Mapped[Decimal] = mapped_column(default=ZERO)
    awarded_value: Mapped[Decimal | None]
    ceiling: Mapped[Decimal | None]
    publication_date: Mapped[dt.date | None]
    award_date: Mapped[dt.date | None]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")

    budget_lines: Mapped[list[BudgetLine]] = relationship(secondary=contract_budget_line)

    __table_args__ = (
        UniqueConstraint("project_id", "code"),
        CheckConstraint("estimated_value >= 0 AND awarded_value >= 0 AND ceiling >= 0", name="values"),
    )


class StatusPeriod(Base):
    """A closed reporting period: PV, EV, AC and forecasts frozen so trends survive a re-baseline."""

    __tablename__ = "status_period"

    id: Mapped[StatusPeriodId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    period_end: Mapped[dt.date]
    closed_at: Mapped[dt.datetime]
    baseline_number: Mapped[int] = mapped_column(default=0)
    planned_value: Mapped[Decimal]
    earned_value: Mapped[Decimal]
    actual_cost: Mapped[Decimal]
    budget_at_completion: Mapped[Decimal]
    estimate_at_completion: Mapped[Decimal | None]
    forecast_finish: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(default="")

    tasks: Mapped[list["StatusPeriodTask"]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("project_id", "period_end"),)


class StatusPeriodTask(Base):
    """A task's cumulative PV, EV and AC frozen at the end of a status period (for branch trends)."""

    __tablename__ = "status_period_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    status_period_id: Mapped[StatusPeriodId] = mapped_column(
        ForeignKey("status_period.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    planned_value: Mapped[Decimal]
    earned_value: Mapped[Decimal]
    actual_cost: Mapped[Decimal]

    __table_args__ = (UniqueConstraint("status_period_id", "task_id"),)
