"""Typed primary keys, so a task id cannot be passed where a resource id is expected.

They are plain ``int`` at run time; mypy keeps them apart.
"""

from typing import NewType

ProjectId = NewType("ProjectId", int)
CalendarId = NewType("CalendarId", int)
TaskId = NewType("TaskId", int)
DependencyId = NewType("DependencyId", int)
ResourceId = NewType("ResourceId", int)
AssignmentId = NewType("AssignmentId", int)
BaselineId = NewType("BaselineId", int)
CostEntryId = NewType("CostEntryId", int)
BudgetLineId = NewType("BudgetLineId", int)
CommitmentId = NewType("CommitmentId", int)
InvoiceId = NewType("InvoiceId", int)
RiskId = NewType("RiskId", int)
IssueId = NewType("IssueId", int)
ChangeRequestId = NewType("ChangeRequestId", int)
DecisionId = NewType("DecisionId", int)
StakeholderId = NewType("StakeholderId", int)
ContractId = NewType("ContractId", int)
ComplianceItemId = NewType("ComplianceItemId", int)
LessonId = NewType("LessonId", int)
StatusPeriodId = NewType("StatusPeriodId", int)
AuditEntryId = NewType("AuditEntryId", int)

ALL_ID_TYPES = (
    ProjectId,
    CalendarId,
    TaskId,
    DependencyId,
    ResourceId,
    AssignmentId,
    BaselineId,
    CostEntryId,
    BudgetLineId,
    CommitmentId,
    InvoiceId,
    RiskId,
    IssueId,
    ChangeRequestId,
    DecisionId,
    StakeholderId,
    ContractId,
    ComplianceItemId,
    LessonId,
    StatusPeriodId,
    AuditEntryId,
)
