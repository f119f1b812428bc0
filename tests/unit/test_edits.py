"""Edits: validation, WBS upkeep, audit trail, change sets and exact inverses (hypothesis round trips)."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from model.base import Base
from model.entities import (
    Assignment,
    AuditEntry,
    Baseline,
    BaselineTask,
    Calendar,
    CostEntry,
    Dependency,
    Project,
    Resource,
    Risk,
    Task,
)
from model.enums import AuditAction, ConstraintType, CostCategory, DependencyType, LagKind, RiskCategory
from model.ids import ProjectId, TaskId
from services import edits
from services.edits import (
    AddRow,
    AddTask,
    Batch,
    DeleteRow,
    DeleteTask,
    EditError,
    LinkTasks,
    MoveTask,
    SetField,
)
from tests.memory_db import memory_engine

START = dt.datetime(2025, 1, 6, 8, 0)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = memory_engine()
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


def dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as stored (ids included), the audit trail excepted: it only grows."""
    session.flush()
    tables = {}
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_entry":
            continue
        order = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
        tables[table.name] = [
            tuple(row) for row in session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {order}'))
        ]
    return tables


class Sample:
    """A small project: Phase 1 (A, B), Phase 2 (C), D; links A->B->C; two resources; A and C assigned; a cost
    entry on B; a risk on A; baseline 0 of A; a calendar used by D."""

    def __init__(self, session: Session) -> None:
        project = Project(name="Digital counter", start=START)
        session.add(project)
        session.flush()
        self.project_id = project.id
        calendar = Calendar(project_id=project.id, uid=1, name="Standard")
        session.add(calendar)
        session.flush()
        self.calendar_id = calendar.id

        def task(uid: int, name: str, parent: TaskId | None, position: int, **values: Any) -> TaskId:
            row = Task(project_id=project.id, uid=uid, name=name, parent_id=parent, position=position, **values)
            session.add(row)
            session.flush()
            return row.id

        def add(row: Any) -> Any:
            session.add(row)
            session.flush()
            return row.id

        # Ids, not ORM objects: edits write with Core statements and expire the session.
        self.phase1 = task(1, "Phase 1", None, 0)
        self.a = task(2, "A", self.phase1, 0)
        self.b = task(3, "B", self.phase1, 1)
        self.phase2 = task(4, "Phase 2", None, 1)
        self.c = task(5, "C", self.phase2, 0)
        self.d = task(6, "D", None, 2, calendar_id=calendar.id)
        self.ab = add(Dependency(predecessor_id=self.a, successor_id=self.b))
        self.bc = add(Dependency(predecessor_id=self.b, successor_id=self.c, lag=480))
        self.analyst = add(Resource(project_id=project.id, uid=1, name="An", standard_rate=Decimal("60.00")))
        self.tester = add(Resource(project_id=project.id, uid=2, name="Tess", standard_rate=Decimal("50.00")))
        self.assignment_a = add(Assignment(task_id=self.a, resource_id=self.analyst, work=480))
        add(Assignment(task_id=self.c, resource_id=self.tester, work=960))
        add(CostEntry(project_id=project.id, date=START.date(), amount=Decimal("99.95"), task_id=self.b))
        self.risk = add(
            Risk(
                project_id=project.id,
                code="R-1",
                title="Supplier late",
                category=RiskCategory.PROCUREMENT,
                probability_before=4,
                impact_before=3,
                probability_after=2,
                impact_after=3,
                raised_on=START.date(),
                task_id=self.a,
            )
        )
        baseline = add(Baseline(project_id=project.id, number=0, saved_at=START))
        add(BaselineTask(baseline_id=baseline, task_id=self.a, start=START, finish=START))
        edits.renumber_wbs(session, project.id)
        session.commit()


@pytest.fixture
def sample(session: Session) -> Sample:
    return Sample(session)


def wbs(session: Session) -> dict[str, tuple[str, int, bool]]:
    rows = session.execute(select(Task.name, Task.wbs, Task.position, Task.is_summary)).all()
    return {name: (code, position, is_summary) for name, code, position, is_summary in rows}


def round_trip(session: Session, change: edits.Change) -> edits.Applied:
    """Apply ``change``, check its inverse restores the previous rows and the inverse's inverse the new ones."""
    before = dump(session)
    applied = edits.apply(session, change, user="tester")
    after = dump(session)
    undone = edits.apply(session, applied.inverse, user="tester")
    assert dump(session) == before
    edits.apply(session, undone.inverse, user="tester")
    assert dump(session) == after
    return applied


# --------------------------------------------------------------------------------------------------- fields


def test_set_field_writes_audits_and_reports(session: Session, sample: Sample) -> None:
    applied = edits.apply(session, SetField(Task, sample.a, "duration", 960), user="jan")

    assert session.scalar(select(Task.duration).where(Task.id == sample.a)) == 960
    assert applied.changes.tasks and applied.changes.schedule and not applied.changes.budget
    assert applied.changes.task_ids == {sample.a}
    entry = session.scalars(select(AuditEntry)).one()
    assert (entry.entity, entry.entity_id, entry.field, entry.old_value, entry.new_value) == (
        "task",
        sample.a,
        "duration",
        "480",
        "960",
    )
    assert (entry.action, entry.user, entry.project_id) == (AuditAction.UPDATE, "jan", sample.project_id)

    undone = edits.apply(session, applied.inverse, user="jan")  # undo is a change too: audited

    assert session.scalar(select(Task.duration).where(Task.id == sample.a)) == 480
    assert undone.changes.task_ids == {sample.a}
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2


def test_set_field_accepts_enum_values_and_rounds_money(session: Session, sample: Sample) -> None:
    round_trip(session, SetField(Task, sample.a, "constraint_type", "SNET"))
    applied = round_trip(session, SetField(Task, sample.a, "fixed_cost", Decimal("10.005")))

    assert (
        session.scalar(select(Task.constraint_type).where(Task.id == sample.a)) is ConstraintType.START_NO_EARLIER_THAN
    )
    assert session.scalar(select(Task.fixed_cost).where(Task.id == sample.a)) == Decimal("10.00")
    assert applied.changes.budget and applied.changes.evm


def test_name_only_change_does_not_reschedule(session: Session, sample: Sample) -> None:
    changes = edits.apply(session, SetField(Task, sample.a, "name", "Analyse")).changes
    assert changes.tasks and not changes.schedule


def test_setting_the_same_value_writes_nothing(session: Session, sample: Sample) -> None:
    applied = edits.apply(session, SetField(Task, sample.a, "name", "A"))
    assert applied.changes.is_empty
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_project_resource_dependency_and_risk_fields(session: Session, sample: Sample) -> None:
    assert round_trip(
        session, SetField(Project, sample.project_id, "status_date", dt.date(2025, 3, 31))
    ).changes.project
    assert round_trip(session, SetField(Resource, sample.analyst, "standard_rate", Decimal("72.50"))).changes.resources
    link = round_trip(session, SetField(Dependency, sample.ab, "type", DependencyType.START_TO_START))
    assert link.changes.task_ids == {sample.a, sample.b}
    assert round_trip(session, SetField(Risk, sample.risk, "probability_after", 1)).changes.risks
    assert round_trip(session, SetField(Assignment, sample.assignment_a, "units", 50)).changes.resources


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("colour", "red", "'colour' is not an editable field of a task"),
        ("wbs", "9", "'wbs' is not an editable field of a task (use AddTask, MoveTask"),
        ("start", START, "'start' is not an editable field"),
        ("duration", "3d", "'duration' must be a whole number, not '3d'"),
        ("duration", -1, "'duration' must not be negative, not -1"),
        ("duration", True, "must be a whole number, not True"),
        ("percent_complete", 101, "'percent_complete' must be between 0 and 100, not 101"),
        ("fixed_cost", 12.5, "'fixed_cost' must be a Decimal amount, not float 12.5"),
        ("fixed_cost", Decimal("-1"), "'fixed_cost' must not be negative, not -1"),
        ("fixed_cost", Decimal("NaN"), "must be a finite amount"),
        ("deadline", dt.datetime(1899, 12, 31), "'deadline' must fall between 1900 and 2200, not 1899-12-31T00:00:00"),
        ("deadline", dt.datetime(2201, 1, 1), "must fall between 1900 and 2200"),
        ("deadline", dt.date(2025, 1, 1), "'deadline' must be a naive local date and time"),
        ("name", "  ", "'name' must not be blank"),
        ("name", None, "'name' needs a value, not None"),
        ("constraint_type", "SOON", "'constraint_type' must be one of ASAP, ALAP"),
        ("calendar_id", 999, "'calendar_id' refers to no existing calendar: 999"),
        ("is_milestone", 1, "'is_milestone' must be True or False, not 1"),
    ],
)
def test_set_field_refusals(session: Session, sample: Sample, field: str, value: object, words: str) -> None:
    before = dump(session)
    with pytest.raises(EditError, match=None) as refusal:
        edits.apply(session, SetField(Task, sample.a, field, value))
    assert words in str(refusal.value)
    assert str(refusal.value).endswith(".")
    assert dump(session) == before


def test_other_refusals(session: Session, sample: Sample) -> None:
    cases: list[tuple[edits.Change, str]] = [
        (SetField(Task, 999, "name", "X"), "There is no task with id 999"),
        (SetField(Task, sample.phase1, "duration", 960), "of summary task 'Phase 1' is computed"),
        (SetField(Risk, sample.risk, "impact_before", 6), "'impact_before' must be between 1 and 5, not 6"),
        (SetField(Project, sample.project_id, "language", "de"), "'language' must be one of nl, fr, en, not 'de'"),
        (SetField(Project, sample.project_id, "start", dt.datetime(1850, 1, 1)), "must fall between 1900 and 2200"),
        (SetField(Resource, sample.analyst, "standard_rate", 60), "must be a Decimal amount, not int 60"),
        (SetField(Dependency, sample.ab, "lag_percent", float("inf")), "must be a finite number"),
        (AddRow(Task, {"name": "X"}), "cannot be added with AddRow: use AddTask"),
        (DeleteRow(Task, sample.a), "cannot be deleted with DeleteRow: use AddTask, MoveTask or DeleteTask"),
        (AddRow(Dependency, {}), "use LinkTasks"),
        (DeleteRow(Project, sample.project_id), "a project is deleted with its file"),
        (AddRow(Resource, {"name": "X", "colour": "red"}), "'colour' is not a field a new resource can be given"),
        (AddRow(Risk, {"code": "R-2", "title": "X"}), "'category' needs a value for a new risk"),
        (AddRow(Assignment, {"task_id": sample.a, "resource_id": sample.analyst}), "already exists"),
        (AddRow(Assignment, {"task_id": sample.a, "resource_id": 999}), "refers to no existing resource: 999"),
        (DeleteRow(Resource, 999), "There is no resource with id 999"),
        (SetField(AuditEntry, 1, "user", "x"), "AuditEntry rows cannot be edited"),
    ]
    for change, words in cases:
        with pytest.raises(EditError) as refusal:
            edits.apply(session, change)
        assert words in str(refusal.value), (change, str(refusal.value))


# --------------------------------------------------------------------------------------------------- tasks


def test_add_task_renumbers_siblings_and_wbs(session: Session, sample: Sample) -> None:
    applied = round_trip(session, AddTask(sample.phase1, 1, "A2", duration=240))

    assert wbs(session)["A2"] == ("1.2", 1, False)
    assert wbs(session)["B"] == ("1.3", 2, False)
    new_task = session.scalars(select(Task).where(Task.name == "A2")).one()
    assert new_task.uid == 7  # the next free uid
    assert applied.changes.tasks and applied.changes.schedule
    assert new_task.id in applied.changes.task_ids


def test_add_subtask_makes_the_parent_a_summary(session: Session, sample: Sample) -> None:
    round_trip(session, AddTask(sample.d, None, "D.1", is_milestone=True, values={"notes": "gate"}))

    assert wbs(session)["D"] == ("3", 2, True)
    assert wbs(session)["D.1"] == ("3.1", 0, False)
    assert session.scalar(select(Task.duration).where(Task.name == "D.1")) == 0


def test_add_task_refusals(session: Session, sample: Sample) -> None:
    with pytest.raises(EditError, match="position must be between 0 and 2, not 5"):
        edits.apply(session, AddTask(sample.phase1, 5, "X"))
    with pytest.raises(EditError, match="uid 2 already exists"):
        edits.apply(session, AddTask(None, None, "X", uid=2))
    with pytest.raises(EditError, match="parent id 999 names no existing task"):
        edits.apply(session, AddTask(TaskId(999), None, "X"))
    with pytest.raises(EditError, match="'wbs' is not a field AddTask takes"):
        edits.apply(session, AddTask(None, None, "X", values={"wbs": "7"}))
    with pytest.raises(EditError, match="'duration' is not a field AddTask takes"):
        edits.apply(session, AddTask(None, None, "X", values={"duration": 5}))


def test_change_sets_combine() -> None:
    combined = edits.ChangeSet(tasks=True, task_ids=frozenset({TaskId(1)})) | edits.ChangeSet(
        risks=True, task_ids=frozenset({TaskId(2)})
    )
    assert combined == edits.ChangeSet(tasks=True, risks=True, task_ids=frozenset({TaskId(1), TaskId(2)}))
    assert edits.ChangeSet().is_empty and not combined.is_empty
    assert edits.ChangeSet(listed=True).is_empty
    # What moved is known only while every part that rescheduled said what moved and listed its rows.
    moved = edits.ChangeSet(schedule=True, rescheduled=frozenset({TaskId(3)}), listed=True)
    assert (combined | moved).rescheduled == {TaskId(3)}
    assert (moved | edits.ChangeSet(schedule=True, rescheduled=frozenset({TaskId(4)}))).rescheduled == {3, 4}
    assert (moved | edits.ChangeSet(schedule=True)).rescheduled is None
    assert moved.rows_known and not (moved | edits.ChangeSet(schedule=True, listed=True)).rows_known
    assert not (moved | edits.ChangeSet(budget=True, listed=True)).rows_known
    assert not (moved | edits.ChangeSet(tasks=True)).rows_known  # made by hand: its rows are not listed


def test_delete_task_restores_subtree_links_assignments_and_references(session: Session, sample: Sample) -> None:
    before = dump(session)
    applied = edits.apply(session, DeleteTask(sample.phase1))

    assert set(wbs(session)) == {"Phase 2", "C", "D"}
    assert wbs(session)["Phase 2"] == ("1", 0, True)
    assert session.scalar(select(func.count()).select_from(Dependency)) == 0
    assert session.scalar(select(CostEntry.task_id)) is None  # SET NULL, recorded
    assert session.scalar(select(Risk.task_id)) is None
    assert applied.changes.task_ids >= {sample.phase1, sample.a, sample.b, sample.c}
    deleted = session.scalars(select(AuditEntry.entity).where(AuditEntry.action == AuditAction.DELETE)).all()
    assert sorted(deleted) == sorted(
        ["task", "task", "task", "dependency", "dependency", "assignment", "baseline_task"]
    )

    edits.apply(session, applied.inverse)

    assert dump(session) == before  # same ids, uids, positions, WBS codes, links, assignments and references


def test_move_task_indent_outdent(session: Session, sample: Sample) -> None:
    round_trip(session, edits.indent(session, sample.phase2))  # Phase 2 under Phase 1, after B
    assert wbs(session)["Phase 2"] == ("1.3", 2, True)
    assert wbs(session)["C"] == ("1.3.1", 0, False)
    assert wbs(session)["D"] == ("2", 1, False)

    edits.apply(session, edits.indent(session, sample.phase2))  # under B
    assert wbs(session)["Phase 2"] == ("1.2.1", 0, True)
    edits.apply(session, edits.outdent(session, sample.phase2))
    edits.apply(session, edits.outdent(session, sample.phase2))
    assert wbs(session)["Phase 2"] == ("2", 1, True)
    assert wbs(session)["D"] == ("3", 2, False)

    with pytest.raises(EditError, match="cannot be indented"):
        edits.indent(session, sample.phase1)
    with pytest.raises(EditError, match="cannot be outdented"):
        edits.outdent(session, sample.phase1)


def test_move_task_refusals(session: Session, sample: Sample) -> None:
    with pytest.raises(EditError, match="'Phase 1' cannot move under itself or its own subtask 'A'"):
        edits.apply(session, MoveTask(sample.phase1, sample.a, 0))
    with pytest.raises(EditError, match="cannot move under itself"):
        edits.apply(session, MoveTask(sample.phase1, sample.phase1, 0))
    with pytest.raises(EditError, match="position must be between 0 and 2, not 3"):
        edits.apply(session, MoveTask(sample.d, None, 3))


def test_move_task_round_trips_and_audits_parent_and_position(session: Session, sample: Sample) -> None:
    applied = round_trip(session, MoveTask(sample.c, sample.phase1, 0))
    assert applied.changes.schedule
    assert wbs(session)["C"] == ("1.1", 0, False)
    assert wbs(session)["Phase 2"] == ("2", 1, False)  # no longer a summary
    audited = select(AuditEntry.field).where(AuditEntry.entity == "task", AuditEntry.entity_id == sample.c)
    assert set(session.scalars(audited)) == {"parent_id"}  # the position stays 0; WBS codes are derived, not audited


def test_renumber_wbs_repairs_a_file(session: Session, sample: Sample) -> None:
    session.execute(Task.__table__.update().values(wbs="?", position=7, is_summary=False))
    assert edits.renumber_wbs(session, sample.project_id) == 6
    assert wbs(session) == {
        "Phase 1": ("1", 0, True),
        "A": ("1.1", 0, False),
        "B": ("1.2", 0 + 1, False),
        "Phase 2": ("2", 1, True),
        "C": ("2.1", 0, False),
        "D": ("3", 2, False),
    }


# --------------------------------------------------------------------------------------------------- links


def test_link_and_unlink(session: Session, sample: Sample) -> None:
    applied = round_trip(session, LinkTasks(sample.a, sample.d, DependencyType.START_TO_START, lag=-480))
    assert applied.changes.task_ids == {sample.a, sample.d} and applied.changes.schedule
    round_trip(session, DeleteRow(Dependency, sample.bc))


def test_link_refusals(session: Session, sample: Sample) -> None:
    cases: list[tuple[LinkTasks, str]] = [
        (LinkTasks(sample.a, sample.a), "Task 'A' cannot be linked to itself."),
        (LinkTasks(sample.a, sample.b), "The tasks 'A' -> 'B' are already linked."),
        (LinkTasks(sample.c, sample.a), "would close the cycle 'A' -> 'B' -> 'C' -> 'A'"),
        (LinkTasks(sample.phase1, sample.a), "joins a summary task to its own subtask"),
        (LinkTasks(sample.a, sample.d, lag_kind="weeks"), "'lag_kind' must be one of working, elapsed, percent"),  # type: ignore[arg-type]
        (LinkTasks(sample.a, TaskId(999)), "The successor id 999 names no existing task."),
    ]
    for change, words in cases:
        with pytest.raises(EditError) as refusal:
            edits.apply(session, change)
        assert words in str(refusal.value)


# --------------------------------------------------------------------------------------------------- rows


def test_resources_assignments_risks(session: Session, sample: Sample) -> None:
    added = round_trip(session, AddRow(Resource, {"name": "Pat", "standard_rate": Decimal("80.00")}))
    assert added.changes.resources
    pat = session.scalars(select(Resource).where(Resource.name == "Pat")).one()
    assert pat.uid == 3 and pat.project_id == sample.project_id

    assign = round_trip(session, AddRow(Assignment, {"task_id": sample.b, "resource_id": pat.id, "work": 240}))
    assert assign.changes.task_ids == {sample.b}

    round_trip(session, DeleteRow(Resource, sample.analyst))  # cascades to A's assignment
    round_trip(
        session,
        AddRow(
            Risk,
            {
                "code": "R-2",
                "title": "Key staff leaves",
                "category": RiskCategory.ORGANISATIONAL,
                "probability_before": 2,
                "impact_before": 4,
                "probability_after": 1,
                "impact_after": 4,
                "raised_on": dt.date(2025, 2, 1),
                "contingency": Decimal("5000.00"),
            },
        ),
    )
    with pytest.raises(EditError, match=r"A risk with project_id 1 and code 'R-1' already exists\."):
        edits.apply(session, AddRow(Risk, {**_risk_values(), "code": "R-1"}))
    round_trip(session, DeleteRow(Risk, sample.risk))


def _risk_values() -> dict[str, object]:
    return {
        "code": "R-9",
        "title": "X",
        "category": RiskCategory.LEGAL,
        "probability_before": 1,
        "impact_before": 1,
        "probability_after": 1,
        "impact_after": 1,
        "raised_on": dt.date(2025, 1, 1),
    }


def test_delete_calendar_nulls_references_and_restores_them(session: Session, sample: Sample) -> None:
    edits.apply(session, SetField(Project, sample.project_id, "calendar_id", sample.calendar_id))
    round_trip(session, DeleteRow(Calendar, sample.calendar_id))


def test_cost_entry_on_a_task_of_another_project_is_refused(session: Session, sample: Sample) -> None:
    other = Project(name="Other", start=START)
    session.add(other)
    session.flush()
    with pytest.raises(EditError, match=r"refers to task \d+ of another project"):
        edits.apply(
            session,
            AddRow(
                CostEntry,
                {"project_id": other.id, "date": dt.date(2025, 1, 1), "amount": Decimal(1), "task_id": sample.a},
            ),
        )
    with pytest.raises(EditError, match="Name the project"):
        edits.apply(session, AddRow(Resource, {"name": "Nobody"}))


def test_batch_inverse_undoes_in_reverse_order(session: Session, sample: Sample) -> None:
    batch = Batch(
        (
            AddTask(None, 0, "Kick-off", task_id=TaskId(100)),
            LinkTasks(TaskId(100), sample.a),
            SetField(Task, TaskId(100), "notes", "agenda"),
            AddRow(
                CostEntry, {"date": dt.date(2025, 1, 2), "amount": Decimal("10.00"), "category": CostCategory.TRAVEL}
            ),
        )
    )
    applied = round_trip(session, batch)
    assert applied.changes.tasks and applied.changes.budget
    assert TaskId(100) in applied.changes.task_ids


def test_apply_never_commits(session: Session, sample: Sample) -> None:
    before = dump(session)
    edits.apply(session, DeleteTask(sample.phase1))
    session.rollback()
    assert dump(session) == before


# --------------------------------------------------------------------------------------------------- property


def draw_change(data: st.DataObject, session: Session, project_id: ProjectId) -> edits.Change:
    """One random change, valid or not, over the rows the project has now."""
    task_ids = session.scalars(select(Task.id).order_by(Task.id)).all()
    dependency_ids = session.scalars(select(Dependency.id).order_by(Dependency.id)).all()
    resource_ids = session.scalars(select(Resource.id).order_by(Resource.id)).all()
    risk_ids = session.scalars(select(Risk.id).order_by(Risk.id)).all()
    some_task = st.sampled_from(task_ids) if task_ids else st.just(TaskId(999))
    maybe_task = st.one_of(st.none(), some_task)
    names = st.text(alphabet="abcXYZ ", min_size=0, max_size=5)
    task_fields = st.one_of(
        st.tuples(st.just("name"), names),
        st.tuples(st.just("duration"), st.integers(-10, 5000)),
        st.tuples(st.just("percent_complete"), st.integers(-5, 105)),
        st.tuples(st.just("fixed_cost"), st.decimals(min_value=-5, max_value=10_000, places=3)),
        st.tuples(st.just("constraint_type"), st.sampled_from(ConstraintType)),
        st.tuples(
            st.just("deadline"), st.one_of(st.none(), st.datetimes(dt.datetime(1890, 1, 1), dt.datetime(2210, 1, 1)))
        ),
        st.tuples(st.just("is_milestone"), st.booleans()),
    )
    kinds = [
        st.builds(lambda t, fv: SetField(Task, t, *fv), some_task, task_fields),
        st.builds(
            lambda p, pos, name, milestone: AddTask(p, pos, name or "new", is_milestone=milestone),
            maybe_task,
            st.one_of(st.none(), st.integers(0, 4)),
            names,
            st.booleans(),
        ),
        st.builds(DeleteTask, some_task),
        st.builds(MoveTask, some_task, maybe_task, st.integers(0, 3)),
        st.builds(
            LinkTasks,
            some_task,
            some_task,
            st.sampled_from(DependencyType),
            st.sampled_from(LagKind),
            st.integers(-960, 960),
            st.floats(-50, 150),
        ),
        st.builds(
            lambda r, fv: SetField(Resource, r, *fv),
            st.sampled_from(resource_ids) if resource_ids else st.just(999),
            st.one_of(
                st.tuples(st.just("standard_rate"), st.decimals(min_value=0, max_value=500, places=2)),
                st.tuples(st.just("name"), names),
            ),
        ),
        st.builds(
            lambda t, r, work: AddRow(Assignment, {"task_id": t, "resource_id": r, "work": work}),
            some_task,
            st.sampled_from(resource_ids) if resource_ids else st.just(999),
            st.integers(0, 2000),
        ),
        st.builds(lambda r: DeleteRow(Resource, r), st.sampled_from(resource_ids) if resource_ids else st.just(999)),
        st.builds(
            lambda code, p: AddRow(Risk, {**_risk_values(), "code": code, "probability_before": p}),
            st.sampled_from(["R-1", "R-2", "R-3"]),
            st.integers(0, 5),
        ),
        st.builds(lambda r: DeleteRow(Risk, r), st.sampled_from(risk_ids) if risk_ids else st.just(999)),
    ]
    if dependency_ids:
        kinds.append(st.builds(lambda d: DeleteRow(Dependency, d), st.sampled_from(dependency_ids)))
        kinds.append(
            st.builds(
                lambda d, lag: SetField(Dependency, d, "lag", lag),
                st.sampled_from(dependency_ids),
                st.integers(-960, 960),
            )
        )
    single = st.one_of(*kinds)
    return data.draw(st.one_of(single, st.builds(lambda c: Batch(tuple(c)), st.lists(single, min_size=1, max_size=3))))


@settings(
    max_examples=60,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no "explain": line tracing is slow
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_inverses_restore_exact_state(data: st.DataObject) -> None:
    engine = memory_engine()
    try:
        with Session(engine, expire_on_commit=False) as session:
            sample = Sample(session)
            if data.draw(st.booleans(), label="scramble WBS"):
                # An inconsistent WBS (as an old import could leave) must be restored exactly too.
                session.execute(Task.__table__.update().values(wbs="", is_summary=False))
                session.commit()
            initial = dump(session)
            history: list[edits.Change] = []
            for _ in range(data.draw(st.integers(1, 6), label="steps")):
                change = draw_change(data, session, sample.project_id)
                before = dump(session)
                try:
                    applied = edits.apply(session, change)
                except EditError:
                    session.rollback()
                    assert dump(session) == before
                    hypothesis.event(f"refused {type(change).__name__}")
                    continue
                session.commit()
                hypothesis.event(f"applied {type(change).__name__}")
                after = dump(session)
                undone = edits.apply(session, applied.inverse)
                session.commit()
                assert dump(session) == before
                redone = edits.apply(session, undone.inverse)
                session.commit()
                assert dump(session) == after
                history.append(redone.inverse)
            for inverse in reversed(history):
                edits.apply(session, inverse)
            assert dump(session) == initial
    finally:
        engine.dispose()
