"""Project, calendars, tasks, dependencies, resources, assignments and baselines.

Conventions: durations, work and lags are integer minutes (working minutes unless a flag says elapsed); dates and
times are naive local ``datetime`` values at minute precision; percentages are integers 0-100; money is ``Decimal``
stored as integer cents.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from model.base import Base
from model.enums import (
    ConstraintType,
    CostCategory,
    DependencyType,
    DurationUnit,
    EarnedValueTechnique,
    HolidayLayer,
    LagKind,
    ProjectStatus,
    ResourceKind,
)
from model.ids import (
    AssignmentId,
    BaselineId,
    CalendarId,
    ChangeRequestId,
    ContractId,
    DependencyId,
    ProjectId,
    ResourceId,
    TaskId,
)
from model.money import ZERO

MINUTES_PER_DAY = 480
MINUTES_PER_WEEK = 2400


class Project(Base):
    """The project charter data. A file normally holds one project; the schema allows a portfolio."""

    __tablename__ = "project"

    id: Mapped[ProjectId] = mapped_column(primary_key=True)
    name: Mapped[str]
    code: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    sponsor: Mapped[str] = mapped_column(default="")
    manager: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    status: Mapped[ProjectStatus] = mapped_column(default=ProjectStatus.ACTIVE)
    currency: Mapped[str] = mapped_column(default="EUR")  # ISO 4217
    start: Mapped[dt.datetime]
    finish: Mapped[dt.datetime | None]  # computed by the scheduler
    status_date: Mapped[dt.date | None]
    fiscal_year_start_month: Mapped[int] = mapped_column(default=1)  # 1 = January (Belgian federal budget year)
    minutes_per_day: Mapped[int] = mapped_column(default=MINUTES_PER_DAY)
    minutes_per_week: Mapped[int] = mapped_column(default=MINUTES_PER_WEEK)
    days_per_month: Mapped[int] = mapped_column(default=20)
    classification: Mapped[str] = mapped_column(default="")  # e.g. "RESTRICTED" / "BEPERKTE VERSPREIDING"
    language: Mapped[str] = mapped_column(default="en")  # nl, fr or en: default language of reports
    calendar_id: Mapped[CalendarId | None] = mapped_column(
        ForeignKey("calendar.id", use_alter=True, ondelete="SET NULL")
    )

    __table_args__ = (
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
        CheckConstraint("minutes_per_day > 0 AND minutes_per_week > 0 AND days_per_month > 0", name="time_units"),
    )


class Calendar(Base):
    """A working-time calendar: a weekly pattern, exceptions and holiday layers; may derive from a base."""

    __tablename__ = "calendar"

    id: Mapped[CalendarId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    uid: Mapped[int]  # stable id for MS Project exchange
    name: Mapped[str]
    base_calendar_id: Mapped[CalendarId | None] = mapped_column(ForeignKey("calendar.id", ondelete="SET NULL"))

    work_intervals: Mapped[list["CalendarWorkInterval"]] = relationship(
        cascade="all, delete-orphan",
        order_by="(CalendarWorkInterval.weekday, CalendarWorkInterval.start_minute)",
    )
    exceptions: Mapped[list["CalendarException"]] = relationship(
        cascade="all, delete-orphan", order_by="CalendarException.start"
    )
    holiday_layers: Mapped[list["CalendarHolidayLayer"]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("project_id", "uid"),)


class CalendarWorkInterval(Base):
    """One working interval of a weekday, in minutes from midnight (end exclusive)."""

    __tablename__ = "calendar_work_interval"

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[CalendarId] = mapped_column(ForeignKey("calendar.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int]  # 0 = Monday ... 6 = Sunday
    start_minute: Mapped[int]
    end_minute: Mapped[int]

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440", name="interval"),
    )


class CalendarException(Base):
    """Days that differ from the week pattern: closed (no intervals) or with their own working intervals.

    ``recurrence`` is an RFC 5545 RRULE (e.g. ``FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=11``) for recurring exceptions;
    then ``start``/``end`` bound the first occurrence and ``until`` the series.
    """

    __tablename__ = "calendar_exception"

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[CalendarId] = mapped_column(ForeignKey("calendar.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(default="")
    start: Mapped[dt.date]
    end: Mapped[dt.date]  # inclusive
    recurrence: Mapped[str | None]
    until: Mapped[dt.date | None]

    intervals: Mapped[list["CalendarExceptionInterval"]] = relationship(
        cascade="all, delete-orphan", order_by="CalendarExceptionInterval.start_minute"
    )

    __table_args__ = (CheckConstraint('start <= "end"', name="range"),)


class CalendarExceptionInterval(Base):
    """A working interval on the days of an exception, in minutes from midnight (end exclusive)."""

    __tablename__ = "calendar_exception_interval"

    id: Mapped[int] = mapped_column(primary_key=True)
    exception_id: Mapped[int] = mapped_column(ForeignKey("calendar_exception.id", ondelete="CASCADE"), index=True)
    start_minute: Mapped[int]
    end_minute: Mapped[int]

    __table_args__ = (
        CheckConstraint("0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440", name="interval"),
    )


class CalendarHolidayLayer(Base):
    """A layer of computed closure days (Belgian public holidays, community days...) switched on for a calendar."""

    __tablename__ = "calendar_holiday_layer"

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[CalendarId] = mapped_column(ForeignKey("calendar.id", ondelete="CASCADE"), index=True)
    layer: Mapped[HolidayLayer]

    __table_args__ = (UniqueConstraint("calendar_id", "layer"),)


class Task(Base):
    """A task, summary task or milestone of the WBS.

    The scheduled dates (``start`` ... ``free_float``) are derived by the scheduling engine and stored so views and
    reports need not reschedule; ``leveling_delay`` is kept apart from the plan so leveling can be cleared.
    """

    __tablename__ = "task"

    id: Mapped[TaskId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    uid: Mapped[int]  # stable across MS Project import/export
    parent_id: Mapped[TaskId | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # order among siblings
    wbs: Mapped[str] = mapped_column(default="")
    name: Mapped[str]
    notes: Mapped[str] = mapped_column(default="")
    is_summary: Mapped[bool] = mapped_column(default=False)
    is_milestone: Mapped[bool] = mapped_column(default=False)
    duration: Mapped[int] = mapped_column(default=MINUTES_PER_DAY)  # minutes
    duration_unit: Mapped[DurationUnit] = mapped_column(default=DurationUnit.DAYS)
    duration_is_elapsed: Mapped[bool] = mapped_column(default=False)
    work: Mapped[int] = mapped_column(default=0)  # person-minutes
    constraint_type: Mapped[ConstraintType] = mapped_column(default=ConstraintType.AS_SOON_AS_POSSIBLE)
    constraint_date: Mapped[dt.datetime | None]
    deadline: Mapped[dt.datetime | None]
    priority: Mapped[int] = mapped_column(default=500)  # 0-1000 as in MS Project, used by leveling
    percent_complete: Mapped[int] = mapped_column(default=0)
    physical_percent_complete: Mapped[int] = mapped_column(default=0)
    actual_start: Mapped[dt.datetime | None]
    actual_finish: Mapped[dt.datetime | None]
    remaining_duration: Mapped[int | None]  # minutes; None = derived from duration and % complete
    ev_technique: Mapped[EarnedValueTechnique] = mapped_column(default=EarnedValueTechnique.PERCENT_COMPLETE)
    ev_weight: Mapped[int] = mapped_column(default=0)  # weight of a milestone under the weighted-milestones technique
    fixed_cost: Mapped[Decimal] = mapped_column(default=ZERO)
    calendar_id: Mapped[CalendarId | None] = mapped_column(ForeignKey("calendar.id", ondelete="SET NULL"))
    leveling_delay: Mapped[int] = mapped_column(default=0)  # working minutes added by resource leveling
    # Derived by the scheduling engine.
    start: Mapped[dt.datetime | None]
    finish: Mapped[dt.datetime | None]
    early_start: Mapped[dt.datetime | None]
    early_finish: Mapped[dt.datetime | None]
    late_start: Mapped[dt.datetime | None]
    late_finish: Mapped[dt.datetime | None]
    total_float: Mapped[int | None]  # working minutes of the project calendar
    free_float: Mapped[int | None]
    is_critical: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        UniqueConstraint("project_id", "uid"),
        Index("ix_task_parent_position", "parent_id", "position"),
        CheckConstraint("duration >= 0", name="duration"),
        CheckConstraint("work >= 0", name="work"),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent_complete"),
        CheckConstraint("physical_percent_complete BETWEEN 0 AND 100", name="physical_percent_complete"),
        CheckConstraint("priority BETWEEN 0 AND 1000", name="priority"),
    )


class Dependency(Base):
    """A link between two tasks. ``lag`` is in minutes (working or elapsed) or, for ``LagKind.PERCENT``,
    ``lag_percent`` is a percentage of the predecessor's duration. Negative lags are leads."""

    __tablename__ = "dependency"

    id: Mapped[DependencyId] = mapped_column(primary_key=True)
    predecessor_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    successor_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    type: Mapped[DependencyType] = mapped_column(default=DependencyType.FINISH_TO_START)
    lag_kind: Mapped[LagKind] = mapped_column(default=LagKind.WORKING)
    lag: Mapped[int] = mapped_column(default=0)  # minutes
    lag_percent: Mapped[float] = mapped_column(default=0.0)

    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="not_self"),
    )


class Resource(Base):
    """Someone or something that does work or costs money: staff, a role, a vendor or a material."""

    __tablename__ = "resource"

    id: Mapped[ResourceId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    uid: Mapped[int]
    name: Mapped[str]
    initials: Mapped[str] = mapped_column(default="")
    kind: Mapped[ResourceKind] = mapped_column(default=ResourceKind.STAFF)
    organisation: Mapped[str] = mapped_column(default="")
    group: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    max_units: Mapped[int] = mapped_column(default=100)  # percent of full time
    standard_rate: Mapped[Decimal] = mapped_column(default=ZERO)  # per hour (per unit for materials)
    overtime_rate: Mapped[Decimal] = mapped_column(default=ZERO)  # per hour
    cost_per_use: Mapped[Decimal] = mapped_column(default=ZERO)
    material_label: Mapped[str] = mapped_column(default="")  # unit of a material, e.g. "licence"
    cost_category: Mapped[CostCategory] = mapped_column(default=CostCategory.PERSONNEL)
    calendar_id: Mapped[CalendarId | None] = mapped_column(ForeignKey("calendar.id", ondelete="SET NULL"))
    contract_id: Mapped[ContractId | None] = mapped_column(ForeignKey("contract.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("project_id", "uid"),
        CheckConstraint("max_units >= 0", name="max_units"),
        CheckConstraint("standard_rate >= 0 AND overtime_rate >= 0 AND cost_per_use >= 0", name="rates"),
    )


class Assignment(Base):
    """A resource working on a task. ``units`` in percent of the resource's time; work in person-minutes."""

    __tablename__ = "assignment"

    id: Mapped[AssignmentId] = mapped_column(primary_key=True)
    task_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    resource_id: Mapped[ResourceId] = mapped_column(ForeignKey("resource.id", ondelete="CASCADE"), index=True)
    units: Mapped[int] = mapped_column(default=100)
    work: Mapped[int] = mapped_column(default=0)
    actual_work: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("task_id", "resource_id"),
        CheckConstraint("units >= 0 AND work >= 0 AND actual_work >= 0", name="amounts"),
    )


class Baseline(Base):
    """One of the eleven saved plans (0-10) with why it was set and the change request that approved it."""

    __tablename__ = "baseline"

    id: Mapped[BaselineId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    name: Mapped[str] = mapped_column(default="")
    saved_at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(default="")
    change_request_id: Mapped[ChangeRequestId | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL")
    )

    tasks: Mapped[list["BaselineTask"]] = relationship(cascade="all, delete-orphan")
    timephased: Mapped[list["BaselineTimephased"]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number BETWEEN 0 AND 10", name="number"),
    )


class BaselineTask(Base):
    """A task's planned dates, duration, work and cost frozen in a baseline."""

    __tablename__ = "baseline_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    baseline_id: Mapped[BaselineId] = mapped_column(ForeignKey("baseline.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.datetime | None]
    finish: Mapped[dt.datetime | None]
    duration: Mapped[int] = mapped_column(default=0)  # minutes
    work: Mapped[int] = mapped_column(default=0)  # person-minutes
    cost: Mapped[Decimal] = mapped_column(default=ZERO)

    __table_args__ = (UniqueConstraint("baseline_id", "task_id"),)


class BaselineTimephased(Base):
    """Time-phased baseline values of a task for one period starting on ``period_start`` (a day or a week)."""

    __tablename__ = "baseline_timephased"

    id: Mapped[int] = mapped_column(primary_key=True)
    baseline_id: Mapped[BaselineId] = mapped_column(ForeignKey("baseline.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[TaskId] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[dt.date]
    period_days: Mapped[int] = mapped_column(default=7)
    work: Mapped[int] = mapped_column(default=0)
    cost: Mapped[Decimal] = mapped_column(default=ZERO)

    __table_args__ = (UniqueConstraint("baseline_id", "task_id", "period_start"),)
