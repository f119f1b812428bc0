"""The desktop window driven as a user would: keyboard, mouse and menus, offscreen, with scripted dialogs."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.dialogs import BaselineDialog, RecoveryChoice, UnsavedChoice
from gui.main_window import MainWindow
from gui.task_tree_model import TaskTreeModel
from model import entities
from model.enums import ConstraintType
from services import edits, queries
from tests.gui.conftest import ScriptedDialogs

# The offscreen platform cannot size native windows; it says so once per top-level window.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def names(model: TaskTreeModel) -> list[str]:
    return [row.name for row in model.rows]


def row_named(model: TaskTreeModel, name: str) -> queries.TaskRow:
    return next(row for row in model.rows if row.name == name)


def edit_cell(qtbot: QtBot, window: MainWindow, name: str, column: str, text: str) -> QLineEdit:
    """Select the cell, press F2, type ``text`` and press Enter; return the editor (if still open)."""
    tree = window.plan.tree
    index = window.model.index_of(row_named(window.model, name).id, window.model.column_of(column))
    tree.setCurrentIndex(index)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call
    return editor


def bar_center(window: MainWindow, name: str) -> QPoint:
    gantt = window.plan.gantt
    number = next(i for i, row in enumerate(gantt.rows) if row.task.name == name)
    rect = gantt.bar_rect(number)
    assert rect is not None
    return rect.center().toPoint()


def drag(window: MainWindow, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """A left-button drag on the Gantt chart's viewport, with intermediate moves."""
    viewport = window.plan.gantt.viewport()

    def send(kind: QMouseEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
        button = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(
            kind, QPointF(pos), viewport.mapToGlobal(QPointF(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, steps + 1):
        pos = start + (end - start) * step / steps
        send(QMouseEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_a_project_planned_edited_undone_saved_and_reopened(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    model = window.model
    assert window.new_project()
    assert window.windowTitle().startswith("Untitled")

    # Three tasks and a milestone, named by typing in the table.
    tree = window.plan.tree
    tree.setFocus()
    for name in ("Analyse", "Build", "Test"):
        tree.setCurrentIndex(QModelIndex())  # no current row: Insert appends
        qtbot.keyClick(tree, Qt.Key.Key_Insert)
        new = window.plan.current_task_id()
        assert new is not None
        assert model.row_of(new).name == "New task"  # type: ignore[union-attr]
        edit_cell(qtbot, window, "New task", "name", name)
    assert names(model) == ["Analyse", "Build", "Test"]
    tree.setCurrentIndex(QModelIndex())
    assert window.insert_milestone() is not None
    edit_cell(qtbot, window, "New milestone", "name", "Go-live")
    assert row_named(model, "Go-live").is_milestone
    assert row_named(model, "Go-live").duration == 0

    # Link by typing predecessors: Build after Analyse, Test after Build with a one-day lag.
    analyse, build = row_named(model, "Analyse"), row_named(model, "Build")
    edit_cell(qtbot, window, "Build", "predecessors", f"{analyse.uid}FS")
    edit_cell(qtbot, window, "Test", "predecessors", f"{build.uid}FS+1d")
    assert row_named(model, "Build").predecessors == f"{analyse.uid}FS"
    assert row_named(model, "Test").predecessors == f"{build.uid}FS+1d"
    assert row_named(model, "Build").start >= row_named(model, "Analyse").finish  # type: ignore[operator]

    # Invalid input: a clear message, and the editor keeps the text.
    editor = edit_cell(qtbot, window, "Build", "duration", "five days")
    assert editor.isVisible() and editor.text() == "five days"
    assert "is not a duration" in window.statusBar().currentMessage()
    editor.setText("4d")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert row_named(model, "Build").duration == 4 * 480

    # Link by dragging in the Gantt chart: from Test's bar to Go-live's row.
    window.plan.expand_all()
    qtbot.wait(10)
    drag(window, bar_center(window, "Test"), bar_center(window, "Go-live"))
    test_uid = row_named(model, "Test").uid
    assert row_named(model, "Go-live").predecessors == f"{test_uid}FS", (
        dialogs.errors,
        names(model),
        [r.task.name for r in window.plan.gantt.rows],
        bar_center(window, "Test"),
        bar_center(window, "Go-live"),
    )
    assert window.undo_stack.undoText().startswith("Link")

    # Edit a duration and see the successors move.
    test_start = row_named(model, "Test").start
    edit_cell(qtbot, window, "Analyse", "duration", "3w")
    assert row_named(model, "Analyse").duration == 3 * 2400
    assert row_named(model, "Test").start > test_start  # type: ignore[operator]
    assert row_named(model, "Go-live").start == row_named(model, "Test").finish

    # A summary: insert "Phase 1" above Analyse and indent the three tasks under it.
    window.plan.select_task(row_named(model, "Analyse").id)
    window.insert_task()
    edit_cell(qtbot, window, "New task", "name", "Phase 1")
    window.plan.select_tasks([row_named(model, n).id for n in ("Analyse", "Build", "Test")])
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    phase = row_named(model, "Phase 1")
    assert phase.is_summary
    assert [row.name for row in model.rows if row.parent_id == phase.id] == ["Analyse", "Build", "Test"]
    assert phase.finish == row_named(model, "Test").finish
    ModelTester(None).check(model)

    # Drag Build's bar five days to the right: one undo step, a Start No Earlier Than constraint.
    before = window.undo_stack.count()
    build_start = row_named(model, "Build").start
    assert build_start is not None
    start = bar_center(window, "Build")
    drag(window, start, start + QPoint(round(5 * window.plan.gantt.pixels_per_day), 0), steps=5)
    assert window.undo_stack.count() == before + 1
    moved = row_named(model, "Build")
    assert moved.constraint_type == ConstraintType.START_NO_EARLIER_THAN
    assert moved.start is not None and moved.start > build_start

    # Undo and redo every step, back to the empty project and forward again.
    snapshots = []
    while window.undo_stack.canUndo():
        snapshots.append(list(model.rows))
        window.undo_action.trigger()
    assert model.rows == []
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
        assert list(model.rows) == snapshots.pop()
    assert snapshots == []
    assert row_named(model, "Build").constraint_type == ConstraintType.START_NO_EARLIER_THAN

    # A baseline (Project > Set baseline, baseline 0) shows in the table's baseline columns; it is one undo step.
    assert all(row.baseline_start is None for row in model.rows)
    assert window.set_baseline()
    assert isinstance(dialogs.dialogs[-1], BaselineDialog)
    assert window.undo_action.text() == "&Undo Set baseline 0"
    assert all(row.baseline_start == row.start and row.baseline_start is not None for row in model.rows)
    with_baseline = list(model.rows)
    window.undo_action.trigger()
    assert all(row.baseline_start is None for row in model.rows)
    window.redo_action.trigger()
    assert list(model.rows) == with_baseline

    # Save, close, reopen: everything is as it was.
    expected = list(model.rows)
    path = tmp_path / "plan.belfry"
    dialogs.paths.append(path)
    qtbot.keyClick(tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.is_file()
    assert window.windowTitle().startswith("plan.belfry")
    assert not window.isWindowModified()
    assert window.close_project()
    assert window.context is None and model.rows == []
    assert window.recent_files() == [path.absolute()]
    assert window.open_path(path)
    assert list(model.rows) == expected


def test_unsaved_changes_prompt_on_close(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs) -> None:
    window.new_project()
    window.insert_task()
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled[*] — Belfry"  # Qt shows the [*] placeholder as "*" when modified
    dialogs.unsaved.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert window.context is not None
    dialogs.unsaved.append(UnsavedChoice.DISCARD)
    assert window.close()


def test_service_errors_are_one_sentence(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    bogus = tmp_path / "not-a-project.belfry"
    bogus.write_text("hello")
    assert not window.open_path(bogus)
    assert dialogs.errors == [f"{bogus} is not a Belfry project file."]
    window.new_project()
    first = window.insert_task()
    second = window.insert_task()
    assert first is not None and second is not None
    window.plan.select_tasks([second, first])
    assert window.link_tasks()
    window.plan.select_tasks([first, second])
    window.link_action.setEnabled(True)
    model = window.model
    row = model.row_of(second)
    assert row is not None
    assert not model.setData(model.index_of(row.id, model.column_of("predecessors")), f"{model.row_of(first).uid}")  # type: ignore[union-attr]
    assert "cycle" in dialogs.errors[-1]
    assert "\n" not in dialogs.errors[-1] and "Traceback" not in dialogs.errors[-1]


def test_demo_project_models_and_zoom(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_demo()
    model = window.model
    ModelTester(None).check(model)
    assert len(model.rows) > 100
    gantt = window.plan.gantt
    for _ in range(10):
        gantt.zoom_in()
    for _ in range(10):
        gantt.zoom_out()
    gantt.fit_project()
    assert gantt.viewport().grab().width() > 0
    status = window.statusBar()
    assert "Critical path" in window.critical_label.text()
    assert window.status_date_label.text().startswith("Status date")
    assert status is not None
    # Tooltips tell dates and float.
    first_task = next(i for i, row in enumerate(gantt.rows) if not row.task.is_summary)
    rect = gantt.bar_rect(first_task)
    assert rect is not None
    assert "Finish" in gantt.tooltip_at(rect.center().toPoint())
    # Find.
    window.show_find()
    window.find_bar.setText("itsme")
    found = window.find_next()
    assert found is not None and "itsme" in model.row_of(found).name.lower()  # type: ignore[union-attr]
    # Collapse to the top level: the chart shows the same rows as the table.
    window.plan.collapse_to_level(1)
    assert [row.task.outline_level for row in gantt.rows] == [1] * len(gantt.rows)


def test_replacing_a_baseline_needs_a_reason_and_an_approved_change_request(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs
) -> None:
    assert window.open_demo()  # baselines 0 and 1 are saved; CR-001 is approved
    model = window.model
    # Move the first leaf task a week later, so a replaced baseline differs from the saved one.
    task = next(row for row in model.rows if not row.is_summary and row.percent_complete == 0)
    assert window.submit(edits.SetField(entities.Task, task.id, "duration", task.duration + 5 * 480), "Longer")
    saved = [(row.baseline_start, row.baseline_finish) for row in model.rows]

    def without_reason(dialog: QDialog) -> bool:
        assert isinstance(dialog, BaselineDialog)
        assert dialog.chosen_number() == 2  # the first free number is offered
        dialog.number.setCurrentIndex(0)
        assert dialog.replaces()
        assert dialog.change_request.isEnabled() and dialog.change_request.count() >= 1
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.problem.text() == "Replacing a baseline needs a reason."
        return False

    dialogs.fillers.append(without_reason)
    assert not window.set_baseline()
    assert [(row.baseline_start, row.baseline_finish) for row in model.rows] == saved

    def with_reason(dialog: QDialog) -> bool:
        assert isinstance(dialog, BaselineDialog)
        dialog.number.setCurrentIndex(0)
        dialog.reason.setText("Scope change approved by the steering committee")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    steps = window.undo_stack.count()
    dialogs.fillers.append(with_reason)
    assert window.set_baseline()
    assert window.undo_stack.count() == steps + 1
    replaced = [(row.baseline_start, row.baseline_finish) for row in model.rows]
    assert replaced != saved
    assert all(row.baseline_finish == row.finish for row in model.rows)
    window.undo_action.trigger()
    assert [(row.baseline_start, row.baseline_finish) for row in model.rows] == saved
    window.redo_action.trigger()
    assert [(row.baseline_start, row.baseline_finish) for row in model.rows] == replaced


def test_crash_recovery_is_offered(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    window.new_project()
    window.insert_task()
    document = window.context.document  # type: ignore[union-attr]
    document.close()  # closed with unsaved changes: kept for recovery
    window.context = None
    window.model.set_context(None)
    dialogs.recovery.append(RecoveryChoice.RECOVER)
    assert window.offer_recovery()
    assert [row.name for row in window.model.rows] == ["New task"]
    assert window.isWindowModified()
