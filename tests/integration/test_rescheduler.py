"""The desktop's rescheduler reads only what an edit names and writes only what moved: after any sequence of edits
(and their undos) the network it holds equals a fresh read, the schedule it recomputes from the previous one equals
a full computation and the file holds exactly a full reschedule's dates."""

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session

from model.entities import Dependency, Task
from model.enums import ConstraintType, DependencyType
from model.ids import ProjectId, TaskId
from model.schema import create_schema
from services import demo, edits, schedule_service, scheduling


@pytest.fixture(scope="module")
def engine() -> Iterator[Any]:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    yield engine
    engine.dispose()


def fresh_project(engine: Any) -> tuple[Session, ProjectId]:
    connection = engine.connect()
    connection.begin()
    create_schema(connection)
    session = Session(bind=connection)
    return session, demo.build_synthetic(session, tasks=80, seed=3)


# An edit, by kind and two numbers that pick tasks and values.
EDITS = st.lists(
    st.tuples(
        st.sampled_from(["duration", "link", "unlink", "constraint", "add", "delete", "move", "undo"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=8,
)


def make_change(session: Session, kind: str, first: int, second: int) -> edits.Change | None:
    tasks = session.execute(select(Task.id, Task.is_summary, Task.parent_id).order_by(Task.id)).all()
    leaves = [row.id for row in tasks if not row.is_summary]
    links = session.scalars(select(Dependency.id).order_by(Dependency.id)).all()
    if not leaves:
        return None
    one, other = leaves[first % len(leaves)], leaves[second % len(leaves)]
    change: edits.Change | None = None
    match kind:
        case "duration":
            change = edits.SetField(Task, one, "duration", 480 * (1 + second % 9))
        case "link" if one < other:
            link_type = list(DependencyType)[second % 4]
            change = edits.LinkTasks(TaskId(one), TaskId(other), link_type, lag=(first % 3 - 1) * 480)
        case "unlink" if links:
            change = edits.DeleteRow(Dependency, links[first % len(links)])
        case "constraint":
            change = edits.SetField(Task, one, "constraint_type", ConstraintType.AS_LATE_AS_POSSIBLE)
        case "add":
            parent = next(row.parent_id for row in tasks if row.id == one)
            change = edits.AddTask(parent, None, "Added", duration=480 * (1 + second % 4))
        case "delete":
            change = edits.DeleteTask(TaskId(one))
        case "move":
            change = edits.MoveTask(TaskId(one), None, 0)
    return change


def stored_dates(session: Session) -> dict[TaskId, tuple[Any, ...]]:
    columns = (Task.start, Task.finish, Task.early_start, Task.early_finish, Task.late_start, Task.late_finish)
    query = select(Task.id, *columns, Task.total_float, Task.free_float, Task.is_critical)
    return {TaskId(row[0]): tuple(row[1:]) for row in session.execute(query)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=EDITS)
def test_incremental_reschedules_equal_full_ones(engine: Any, steps: list[tuple[str, int, int]]) -> None:
    session, project_id = fresh_project(engine)
    try:
        rescheduler = schedule_service.Rescheduler(project_id)
        rescheduler.reschedule(session)  # the first one reads everything
        undo: list[edits.Change] = []
        for kind, first, second in steps:
            if kind == "undo":
                if not undo:
                    continue
                applied = edits.apply(session, undo.pop())
            else:
                change = make_change(session, kind, first, second)
                if change is None:
                    continue
                attempt = session.begin_nested()
                try:
                    applied = edits.apply(session, change)
                except edits.EditError:  # e.g. a link that would close a cycle: refused, as in the desktop
                    attempt.rollback()
                    continue
                attempt.commit()
                undo.append(applied.inverse)
            before = stored_dates(session)
            summary = rescheduler.reschedule(session, applied.changes)
            after = stored_dates(session)
            assert summary.moved == {task_id for task_id, dates in after.items() if before.get(task_id) != dates}
            full = schedule_service.schedule_input(session, project_id, None)
            held = rescheduler._settings.input(  # type: ignore[union-attr]  # set by the reschedule above
                [rescheduler._tasks[i] for i in sorted(rescheduler._tasks)],
                [rescheduler._links[i] for i in sorted(rescheduler._links)],
            )
            assert held == full
            # The schedule recomputed from the previous one is a full computation's, value for value.
            assert scheduling.task_values(summary.result) == scheduling.task_values(scheduling.compute(full))
            # A full reschedule now finds nothing to move: the file holds exactly its dates.
            assert schedule_service.reschedule(session, project_id).moved == frozenset()
    finally:
        session.close()
        session.bind.close()  # type: ignore[union-attr]  # a connection: its transaction is rolled back


def test_forget_drops_the_previous_schedule(engine: Any) -> None:
    session, project_id = fresh_project(engine)
    try:
        rescheduler = schedule_service.Rescheduler(project_id)
        first = rescheduler.reschedule(session)
        assert rescheduler._result is first.result
        rescheduler.forget()
        assert rescheduler._result is None
        # Without a change set, everything is read again and computed in full: nothing moves.
        assert rescheduler.reschedule(session).moved == frozenset()
    finally:
        session.close()
        session.bind.close()  # type: ignore[union-attr]  # a connection: its transaction is rolled back


def test_a_prepared_rescheduler_takes_the_fast_path_at_the_first_edit(engine: Any) -> None:
    session, project_id = fresh_project(engine)
    try:
        schedule_service.reschedule(session, project_id)
        rescheduler = schedule_service.Rescheduler(project_id)
        rescheduler.prepare(session)  # what the desktop does once the window shows: reads, computes, writes nothing
        prepared = rescheduler._result
        assert prepared is not None
        leaf = session.scalars(select(Task.id).where(Task.is_summary.is_(False)).order_by(Task.id)).first()
        applied = edits.apply(session, edits.SetField(Task, leaf, "duration", 9 * 480))
        before = stored_dates(session)
        summary = rescheduler.reschedule(session, applied.changes)
        after = stored_dates(session)
        assert summary.moved == {task_id for task_id, dates in after.items() if before[task_id] != dates}
        assert leaf in summary.moved
        assert schedule_service.reschedule(session, project_id).moved == frozenset()
    finally:
        session.close()
        session.bind.close()  # type: ignore[union-attr]  # a connection: its transaction is rolled back
