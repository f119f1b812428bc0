"""The project registers: risks (with review history), issues, change requests, decisions, stakeholders,
compliance checklist items and lessons learned. Scores are integers 1-5 (very low .. very high)."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from model.base import Base
from model.enums import (
    ChangeRequestStatus,
    ComplianceFramework,
    ComplianceStatus,
    Engagement,
    IssueStatus,
    IssueType,
    LessonKind,
    Priority,
    RiskCategory,
    RiskProximity,
    RiskResponse,
    RiskStatus,
)
from model.ids import (
    ChangeRequestId,
    ComplianceItemId,
    DecisionId,
    IssueId,
    LessonId,
    ProjectId,
    RiskId,
    StakeholderId,
    TaskId,
)
from model.money import ZERO

SCORE_CHECK = "BETWEEN 1 AND 5"


class Risk(Base):
    """A threat or opportunity described as cause -> event -> effect, scored before and after the response."""

    __tablename__ = "risk"

    id: Mapped[RiskId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    cause: Mapped[str] = mapped_column(default="")
    event: Mapped[str] = mapped_column(default="")
    effect: Mapped[str] = mapped_column(default="")
    is_opportunity: Mapped[bool] = mapped_column(default=False)
    category: Mapped[RiskCategory]
    owner: Mapped[str] = mapped_column(default="")
    probability_before: Mapped[int]
    impact_before: Mapped[int]
    probability_after: Mapped[int]
    impact_after: Mapped[int]
    proximity: Mapped[RiskProximity] = mapped_column(default=RiskProximity.WITHIN_PROJECT)
    response: Mapped[RiskResponse] = mapped_column(default=RiskResponse.REDUCE)
    actions: Mapped[str] = mapped_column(default="")
    contingency: Mapped[Decimal] = mapped_column(default=ZERO)
    status: Mapped[RiskStatus] = mapped_column(default=RiskStatus.OPEN)
    raised_on: Mapped[dt.date]
    task_id: Mapped[TaskId | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))

    reviews: Mapped[list["RiskReview"]] = relationship(cascade="all, delete-orphan", order_by="RiskReview.reviewed_on")

    __table_args__ = (
        UniqueConstraint("project_id", "code"),
        CheckConstraint(f"probability_before {SCORE_CHECK} AND impact_before {SCORE_CHECK}", name="before"),
        CheckConstraint(f"probability_after {SCORE_CHECK} AND impact_after {SCORE_CHECK}", name="after"),
        CheckConstraint("contingency >= 0", name="contingency"),
    )


class RiskReview(Base):
    """One review of a risk: the scores and status seen on that date."""

    __tablename__ = "risk_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[RiskId] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[dt.date]
    reviewer: Mapped[str] = mapped_column(default="")
    probability: Mapped[int]
    impact: Mapped[int]
    status: Mapped[RiskStatus]
    note: Mapped[str] = mapped_column(default="")

    __table_args__ = (CheckConstraint(f"probability {SCORE_CHECK} AND impact {SCORE_CHECK}", name="scores"),)


class Issue(Base):
    """Something that has happened and needs management attention (PRINCE2 issue register)."""

    __tablename__ = "issue"

    id: Mapped[IssueId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    type: Mapped[IssueType] = mapped_column(default=IssueType.PROBLEM)
    priority: Mapped[Priority] = mapped_column(default=Priority.MEDIUM)
    status: Mapped[IssueStatus] = mapped_column(default=IssueStatus.OPEN)
    raised_by: Mapped[str] = mapped_column(default="")
    owner: Mapped[str] = mapped_column(default="")
    raised_on: Mapped[dt.date]
    resolved_on: Mapped[dt.date | None]
    resolution: Mapped[str] = mapped_column(default="")

    __table_args__ = (UniqueConstraint("project_id", "code"),)


class ChangeRequest(Base):
    """A request to change the approved baseline, with its impact on cost, time and scope and the decision."""

    __tablename__ = "change_request"

    id: Mapped[ChangeRequestId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    requested_by: Mapped[str] = mapped_column(default="")
    raised_on: Mapped[dt.date]
    cost_impact: Mapped[Decimal] = mapped_column(default=ZERO)  # may be negative (a saving)
    time_impact_days: Mapped[int] = mapped_column(default=0)  # working days, may be negative
    scope_impact: Mapped[str] = mapped_column(default="")
    status: Mapped[ChangeRequestStatus] = mapped_column(default=ChangeRequestStatus.PROPOSED)
    decision: Mapped[str] = mapped_column(default="")
    decided_by: Mapped[str] = mapped_column(default="")
    decided_on: Mapped[dt.date | None]

    __table_args__ = (UniqueConstraint("project_id", "code"),)


class Decision(Base):
    """A recorded decision of the project board or manager."""

    __tablename__ = "decision"

    id: Mapped[DecisionId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    rationale: Mapped[str] = mapped_column(default="")
    decided_by: Mapped[str] = mapped_column(default="")
    decided_on: Mapped[dt.date]
    change_request_id: Mapped[ChangeRequestId | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL")
    )

    __table_args__ = (UniqueConstraint("project_id", "code"),)


class Stakeholder(Base):
    """A person or body with a stake in the project, on the power/interest grid."""

    __tablename__ = "stakeholder"

    id: Mapped[StakeholderId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    organisation: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    power: Mapped[int]
    interest: Mapped[int]
    current_engagement: Mapped[Engagement] = mapped_column(default=Engagement.NEUTRAL)
    desired_engagement: Mapped[Engagement] = mapped_column(default=Engagement.SUPPORTIVE)
    communication: Mapped[str] = mapped_column(default="")  # channel and frequency
    notes: Mapped[str] = mapped_column(default="")

    __table_args__ = (CheckConstraint(f"power {SCORE_CHECK} AND interest {SCORE_CHECK}", name="grid"),)


class ComplianceItem(Base):
    """One requirement of a compliance checklist (GDPR, accessibility, ...) and the evidence that it is met."""

    __tablename__ = "compliance_item"

    id: Mapped[ComplianceItemId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    framework: Mapped[ComplianceFramework]
    code: Mapped[str]
    requirement: Mapped[str]
    reference: Mapped[str] = mapped_column(default="")  # e.g. "GDPR art. 35"
    status: Mapped[ComplianceStatus] = mapped_column(default=ComplianceStatus.NOT_STARTED)
    owner: Mapped[str] = mapped_column(default="")
    due_date: Mapped[dt.date | None]
    evidence: Mapped[str] = mapped_column(default="")

    __table_args__ = (UniqueConstraint("project_id", "framework", "code"),)


class Lesson(Base):
    """A lesson learned, for this project's later stages and for the next projects."""

    __tablename__ = "lesson"

    id: Mapped[LessonId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    code: Mapped[str]
    title: Mapped[str]
    kind: Mapped[LessonKind] = mapped_column(default=LessonKind.TO_IMPROVE)
    category: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    recommendation: Mapped[str] = mapped_column(default="")
    logged_by: Mapped[str] = mapped_column(default="")
    logged_on: Mapped[dt.date]

    __table_args__ = (UniqueConstraint("project_id", "code"),)
