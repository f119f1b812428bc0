"""One open project as the GUI sees it: the document, its project id, the events object and the undo stack.

Every edit follows ARCHITECTURE.md: a change value -> :class:`EditCommand` (a thin ``QUndoCommand``) -> one
transaction that applies the change and, when the change touches the schedule, reschedules -> :class:`ProjectEvents`
emits the :class:`~services.edits.ChangeSet` -> each item model refreshes what it shows.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import dataclasses
import datetime as dt
import functools
import operator
from collections.abc import Callable, Hashable, Iterator
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session
from typing_extensions import override

from model.entities import Task
from model.ids import ProjectId, TaskId
from services import baselines, edits, leveling_service, project_file, queries, schedule_service, working_time

T = TypeVar("T")

EDIT_COMMAND_ID = 0x42454C  # QUndoCommand.id() of commands that may merge (a Gantt drag)

# Everything the scheduler may change: what a full reschedule without an edit touched.
SCHEDULE_CHANGES = edits.ChangeSet(tasks=True, schedule=True)
# What saving or restoring a baseline touches: the tasks' baseline columns and the earned value.
BASELINE_CHANGES = edits.ChangeSet(tasks=True, evm=True)


class ProjectEvents(QObject):
    """The one notifier of a window: item models and views refresh from its signals.

    Signals:
        changed(ChangeSet): data of the open project changed (after an edit, an undo, a reschedule ...).
        replaced(): another project was opened, or the project was closed; views reload everything.
    """

    changed = Signal(object)
    replaced = Signal()


class ProjectContext:
    """The open document with the id of its project, the window's events object and the document's undo stack.

    Attributes:
        document: the project document (working copy and target file).
        project_id: the project shown (the file's first project).
        events: where changes are announced.
        undo_stack: the undo history of this document.
    """

    def __init__(
        self,
        document: project_file.ProjectDocument,
        project_id: ProjectId,
        events: ProjectEvents,
        undo_stack: QUndoStack,
    ) -> None:
        self.document = document
        self.project_id = project_id
        self.events = events
        self.undo_stack = undo_stack
        self._calendar_index: working_time.WorkingTimeIndex | None = None
        self.rescheduler = schedule_service.Rescheduler(project_id)

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one read transaction."""
        return self.document.store.read(fn)

    def prepare_rescheduling(self) -> None:
        """Read the network and compute its schedule ahead of the first edit (called once the window shows)."""
        self.read(self.rescheduler.prepare)

    def _write(self, fn: Callable[[Session], T]) -> T:
        """One write transaction; if it fails, the rescheduler no longer knows what the file holds."""
        try:
            return self.document.store.write(fn)
        except BaseException:
            self.rescheduler.forget()
            raise

    def apply(self, change: edits.Change) -> edits.Applied:
        """Apply ``change`` and reschedule if it touches the schedule, in ONE transaction; announce what changed.

        Raises:
            EditError: the change was refused (nothing was written).
            ProjectFileError: the document is read-only.
        """

        def write(session: Session) -> edits.Applied:
            applied = edits.apply(session, change)
            if not applied.changes.schedule:
                return applied
            moved = self.rescheduler.reschedule(session, applied.changes).moved
            return edits.Applied(applied.inverse, dataclasses.replace(applied.changes, rescheduled=moved))

        applied = self._write(write)
        if applied.changes.calendars or applied.changes.project:
            self._calendar_index = None
        self.events.changed.emit(applied.changes)
        return applied

    def write(self, fn: Callable[[Session], T], changes: edits.ChangeSet = SCHEDULE_CHANGES) -> T:
        """Run a service call that is not an undoable edit (reschedule, set baseline) in one transaction."""
        self.rescheduler.forget()  # it may write anything
        result = self._write(fn)
        self._calendar_index = None
        self.events.changed.emit(changes)
        return result

    def push(self, change: edits.Change, text: str, merge_key: Hashable | None = None) -> edits.Applied:
        """Apply ``change`` now and record it on the undo stack as ``text``; a refused change is not recorded.

        Consecutive pushes with the same ``merge_key`` (e.g. the steps of one Gantt drag) make one undo step.

        Raises:
            EditError, ProjectFileError: as :meth:`apply`.
        """
        applied = self.apply(change)
        self.undo_stack.push(EditCommand(self, change, applied.inverse, text, merge_key))
        return applied

    def push_steps(self, steps: Callable[[Session], Iterator[edits.Change]], text: str) -> edits.Applied | None:
        """Apply changes that each depend on the state the previous one left (indenting several tasks) as one
        transaction and one undo step; ``steps`` yields each change after the previous one was applied.

        Returns None when ``steps`` yielded nothing.

        Raises:
            EditError, ProjectFileError: as :meth:`apply` (nothing is written then).
        """
        done: list[tuple[edits.Change, edits.Applied]] = []

        def write(session: Session) -> None:
            for change in steps(session):
                done.append((change, edits.apply(session, change)))
            if done and any(applied.changes.schedule for _, applied in done):
                changes = functools.reduce(operator.or_, (applied.changes for _, applied in done))
                self.rescheduler.reschedule(session, changes)

        self._write(write)
        if not done:
            return None
        changes = functools.reduce(operator.or_, (applied.changes for _, applied in done))
        change = edits.Batch(tuple(change for change, _ in done))
        inverse = edits.Batch(tuple(applied.inverse for _, applied in reversed(done)))
        if changes.calendars or changes.project:
            self._calendar_index = None
        self.events.changed.emit(changes)
        self.undo_stack.push(EditCommand(self, change, inverse, text))
        return edits.Applied(inverse, changes)

    def calendar_index(self) -> working_time.WorkingTimeIndex:
        """Working-time arithmetic on the project calendar, for display and for turning drags into values."""
        if self._calendar_index is None:
            project_id = self.project_id

            def load(session: Session) -> tuple[working_time.CalendarSpec, dt.date]:
                project = queries.project_row(session, project_id)
                specs = schedule_service.calendar_specs(session, project_id)
                spec = specs.get(project.calendar_id) if project.calendar_id is not None else None
                return spec or working_time.standard_calendar(), project.start.date()

            spec, start = self.read(load)
            try:
                self._calendar_index = working_time.WorkingTimeIndex(spec, start - dt.timedelta(days=366))
            except ValueError:  # a calendar without working time: show it as the standard week
                self._calendar_index = working_time.WorkingTimeIndex(
                    working_time.standard_calendar(), start - dt.timedelta(days=366)
                )
        return self._calendar_index


class EditCommand(QUndoCommand):
    """A thin undo command over a change and its inverse (``services.edits`` keeps the inverse's inverse for redo).

    Created after the change was applied once (so a refused change never reaches the stack): the first
    ``redo()``, which ``QUndoStack.push`` calls, does nothing.
    """

    def __init__(
        self,
        context: ProjectContext,
        change: edits.Change,
        inverse: edits.Change,
        text: str,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._redo_change = change
        self._undo_change = inverse
        self._merge_key = merge_key
        self._applied = True

    @override
    def redo(self) -> None:
        if self._applied:
            return
        self._undo_change = self._context.apply(self._redo_change).inverse
        self._applied = True

    @override
    def undo(self) -> None:
        self._redo_change = self._context.apply(self._undo_change).inverse
        self._applied = False

    @override
    def id(self) -> int:
        return -1 if self._merge_key is None else EDIT_COMMAND_ID

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        # The first step's inverse restores the rows as they were before the drag; the merged step redoes the last.
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        self._redo_change = other._redo_change
        return True


class LevelingCommand(QUndoCommand):
    """Level resources or clear leveling as one undo step.

    ``run`` is the whole operation (``leveling_service.level_project`` or ``clear_leveling``) in one transaction;
    undo writes every task's previous leveling delay back with ``SetField`` changes (batched) and reschedules. Like
    :class:`EditCommand` it is created after the first run, so the first ``redo()`` does nothing.
    """

    def __init__(
        self,
        context: ProjectContext,
        run: Callable[[Session], object],
        delays_before: dict[TaskId, int],
        text: str,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._run = run
        self._before = delays_before
        self._applied = True

    @staticmethod
    def run_and_capture(context: ProjectContext, run: Callable[[Session], T]) -> tuple[T, dict[TaskId, int]]:
        """Capture every task's leveling delay, then run ``run``, in one transaction; announce the change."""
        project_id = context.project_id
        before: dict[TaskId, int] = {}

        def write(session: Session) -> T:
            before.update(leveling_service.leveling_delays(session, project_id))
            return run(session)

        return context.write(write), before

    @override
    def redo(self) -> None:
        if self._applied:
            return
        _result, self._before = self.run_and_capture(self._context, self._run)
        self._applied = True

    @override
    def undo(self) -> None:
        context, before = self._context, self._before
        project_id = context.project_id

        def restore(session: Session) -> None:
            now = leveling_service.leveling_delays(session, project_id)
            changes = tuple(
                edits.SetField(Task, task_id, "leveling_delay", delay)
                for task_id, delay in before.items()
                if task_id in now and now[task_id] != delay
            )
            if changes:
                edits.apply(session, edits.Batch(changes))
            schedule_service.reschedule(session, project_id)

        context.write(restore)
        self._applied = False


class BaselineCommand(QUndoCommand):
    """Set baseline as one undo step: undo puts back the baseline it replaced (or removes the new one), redo the one
    it wrote, both exactly as stored. Created after the first run, so the first ``redo()`` does nothing."""

    def __init__(
        self,
        context: ProjectContext,
        before: baselines.BaselineSnapshot,
        after: baselines.BaselineSnapshot,
        text: str,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._before = before
        self._after = after
        self._applied = True

    @staticmethod
    def run_and_capture(
        context: ProjectContext, save: Callable[[Session], object], number: int
    ) -> tuple[baselines.BaselineSnapshot, baselines.BaselineSnapshot]:
        """Snapshot baseline ``number``, run ``save``, snapshot it again, in one transaction; announce the change."""
        project_id = context.project_id

        def write(session: Session) -> tuple[baselines.BaselineSnapshot, baselines.BaselineSnapshot]:
            before = baselines.snapshot_baseline(session, project_id, number)
            save(session)
            return before, baselines.snapshot_baseline(session, project_id, number)

        return context.write(write, SCHEDULE_CHANGES | BASELINE_CHANGES)

    @override
    def redo(self) -> None:
        if not self._applied:
            self._restore(self._after)
            self._applied = True

    @override
    def undo(self) -> None:
        self._restore(self._before)
        self._applied = False

    def _restore(self, snapshot: baselines.BaselineSnapshot) -> None:
        project_id = self._context.project_id
        self._context.write(lambda session: baselines.restore_baseline(session, project_id, snapshot), BASELINE_CHANGES)
