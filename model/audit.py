"""The audit trail: who changed what, when, from which value to which, and why."""

import datetime as dt

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from model.base import Base
from model.enums import AuditAction
from model.ids import AuditEntryId, ProjectId


class AuditEntry(Base):
    """One changed field (or a created/deleted row) of one entity. ``at`` is UTC."""

    __tablename__ = "audit_entry"

    id: Mapped[AuditEntryId] = mapped_column(primary_key=True)
    project_id: Mapped[ProjectId | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime]
    user: Mapped[str]
    action: Mapped[AuditAction]
    entity: Mapped[str]  # table name, e.g. "task"
    entity_id: Mapped[int]
    field: Mapped[str] = mapped_column(default="")
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    reason: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
