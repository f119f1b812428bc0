"""Leveling, cut/copy/paste, File > Properties and progress drags, driven as a user would (offscreen)."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.dialogs import ProjectInformationDialog
from gui.main_window import MainWindow
from model import entities
from model.enums import ConstraintType, DependencyType
from model.ids import TaskId
from services import edits, leveling_service, queries
from tests.gui.conftest import ScriptedDialogs
from tests.gui.test_main_window import drag, names, row_named

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class RenamingDialogs(ScriptedDialogs):
    """Accepts every dialog; renames the project in a project information dialog."""

    def exec_dialog(self, dialog: QDialog) -> bool:
        if isinstance(dialog, ProjectInformationDialog):
            dialog.name.setText("Renamed project")
        return super().exec_dialog(dialog)


@pytest.fixture
def dialogs() -> RenamingDialogs:
    return RenamingDialogs()


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    """The enabled action ``text`` of the menu bar's menu ``menu_title`` (mnemonics ignored)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == menu_title:
            for action in menu.actions():
                if action.text().replace("&", "") == text:
                    assert action.isEnabled(), text
                    return action
    raise AssertionError(f"no {menu_title} > {text}")


def delays(window: MainWindow) -> dict[TaskId, int]:
    context = window.context
    assert context is not None
    return context.read(lambda session: leveling_service.leveling_delays(session, context.project_id))


def add_task(window: MainWindow, name: str, parent: TaskId | None = None, duration: int = 480) -> TaskId:
    context = window.context
    assert context is not None
    before = {row.id for row in window.model.rows}
    context.push(edits.AddTask(parent, None, name, duration=duration), f"Add {name}")
    (new,) = {row.id for row in window.model.rows} - before
    return new


def test_level_resources_and_clear_leveling_are_one_undo_step_each(
    qtbot: QtBot, window: MainWindow, dialogs: RenamingDialogs
) -> None:
    assert window.open_demo()
    model = window.model
    unleveled_rows = list(model.rows)
    unleveled = delays(window)
    assert not any(unleveled.values())

    menu_action(window, "Project", "Level resources").trigger()
    leveled = delays(window)
    assert any(leveled.values())
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Level resources"
    # What stays over-allocated is told: a count, then the first few periods.
    message = dialogs.messages[-1].splitlines()
    assert message[0].endswith("over-allocation(s) remain after leveling:")
    count = int(message[0].split()[0])
    assert count > 0
    assert 1 < len(message) <= 7
    assert "% of " in message[1]
    assert list(model.rows) != unleveled_rows

    window.undo_action.trigger()
    assert delays(window) == unleveled
    assert list(model.rows) == unleveled_rows
    window.redo_action.trigger()
    assert delays(window) == leveled
    leveled_rows = list(model.rows)

    menu_action(window, "Project", "Clear leveling").trigger()
    assert window.undo_stack.count() == 2 and window.undo_stack.undoText() == "Clear leveling"
    assert delays(window) == unleveled
    assert list(model.rows) == unleveled_rows
    window.undo_action.trigger()
    assert delays(window) == leveled
    assert list(model.rows) == leveled_rows
    window.undo_action.trigger()
    assert delays(window) == unleveled
    ModelTester(None).check(model)


def test_cut_copy_paste_tasks_with_subtrees_and_links(qtbot: QtBot, window: MainWindow) -> None:
    assert window.new_project()
    model = window.model
    context = window.context
    assert context is not None
    first = add_task(window, "First")
    phase = add_task(window, "Phase")
    design = add_task(window, "Design", phase, duration=960)
    build = add_task(window, "Build", phase)
    last = add_task(window, "Last")
    context.push(edits.LinkTasks(design, build, DependencyType.START_TO_START, lag=240), "Link")
    context.push(edits.LinkTasks(first, phase), "Link")  # leaves the copy: not copied
    window.undo_stack.clear()
    tree = window.plan.tree
    tree.setFocus()

    # Copy "Phase" (with its subtasks and the link between them) and paste it after "Last".
    window.plan.select_task(phase)
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == 0  # copying is no edit
    window.plan.select_task(last)
    before = list(model.rows)
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Paste 3 task(s)"
    assert names(model) == ["First", "Phase", "Design", "Build", "Last", "Phase", "Design", "Build"]
    copies = model.rows[5:]
    assert len({row.uid for row in model.rows}) == 8  # new uids
    assert copies[0].parent_id is None and copies[1].parent_id == copies[2].parent_id == copies[0].id
    assert copies[1].duration == 960
    original_build = model.rows[3]
    assert original_build.predecessors.startswith(f"{model.rows[2].uid}SS+")
    assert copies[2].predecessors == original_build.predecessors.replace(str(model.rows[2].uid), str(copies[1].uid), 1)
    assert copies[0].predecessors == ""  # the link from "First" came from outside the copy
    assert window.plan.selected_task_ids() == [copies[0].id]
    ModelTester(None).check(model)
    window.undo_action.trigger()
    assert list(model.rows) == before
    window.redo_action.trigger()
    assert names(model)[5:] == ["Phase", "Design", "Build"]
    window.undo_action.trigger()

    # Cut "First" (one undo step) and paste it after "Last" (another).
    window.plan.select_task(first)
    qtbot.keyClick(tree, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert names(model) == ["Phase", "Design", "Build", "Last"]
    assert window.undo_stack.undoText() == "Cut “First”"
    assert row_named(model, "Phase").predecessors == ""
    window.plan.select_task(last)
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names(model) == ["Phase", "Design", "Build", "Last", "First"]
    assert window.undo_stack.undoText() == "Paste “First”"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert list(model.rows) == before
    assert row_named(model, "Phase").predecessors == f"{row_named(model, 'First').uid}FS"


def test_file_properties_edits_the_project_information(window: MainWindow, dialogs: RenamingDialogs) -> None:
    assert window.new_project()
    menu_action(window, "File", "Properties…").trigger()
    assert isinstance(dialogs.dialogs[-1], ProjectInformationDialog)
    assert window.model.project is not None and window.model.project.name == "Renamed project"
    assert window.undo_stack.undoText() == "Edit project information"
    window.undo_action.trigger()
    assert window.model.project.name == "New project"


def test_dragging_the_progress_of_a_bar_sets_percent_complete(qtbot: QtBot, window: MainWindow) -> None:
    assert window.new_project()
    model = window.model
    task = add_task(window, "Work", duration=10 * 480)
    window.undo_stack.clear()
    gantt = window.plan.gantt
    gantt.set_zoom(20.0)
    gantt.fit_project()
    qtbot.wait(10)
    number = next(i for i, row in enumerate(gantt.rows) if row.task.id == task)
    rect = gantt.bar_rect(number)
    assert rect is not None and rect.width() > 100
    y = round(rect.center().y())
    # At 0% the handle is the bar's start; drag it to the middle of the bar, then on to three quarters.
    start = QPoint(round(rect.left()) + 1, y)
    drag(window, start, QPoint(round(rect.left() + rect.width() * 0.75), y), steps=8)
    row = model.row_of(task)
    assert row is not None and 70 <= row.percent_complete <= 80
    assert row.start == model.rows[0].start  # the bar did not move
    assert window.undo_stack.count() == 1  # the drag's steps merged into one
    assert window.undo_stack.undoText() == "Set the progress of “Work”"
    # The handle is now at the end of the progress: drag it back to a quarter.
    rect = gantt.bar_rect(number)
    assert rect is not None
    handle = QPoint(round(rect.left() + rect.width() * row.percent_complete / 100), y)
    drag(window, handle, QPoint(round(rect.left() + rect.width() * 0.25), y), steps=6)
    assert 20 <= model.row_of(task).percent_complete <= 30  # type: ignore[union-attr]
    assert window.undo_stack.count() == 2
    window.undo_action.trigger()
    assert model.row_of(task).percent_complete == row.percent_complete  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert model.row_of(task).percent_complete == 0  # type: ignore[union-attr]


def test_rows_refreshed_after_each_edit_equal_a_full_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model re-reads only the rows an edit names and the dates it moved: after every kind of edit, and every
    undo and redo, what it holds equals a fresh read of the whole project."""
    assert window.open_demo()
    context, model = window.context, window.model
    assert context is not None
    project_id = context.project_id
    partial: list[bool] = []
    refresh_rows = model._refresh_rows
    monkeypatch.setattr(model, "_refresh_rows", lambda changes: partial.append(refresh_rows(changes)) or partial[-1])

    def assert_fresh() -> None:
        rows, links = context.read(
            lambda session: (
                queries.task_rows(session, project_id),
                queries.dependency_rows(session, project_id),
            )
        )
        assert model.rows == rows
        assert model.dependencies == links

    leaves = [row for row in model.rows if not row.is_summary and not row.percent_complete and row.duration]
    first, second, third = leaves[0], leaves[5], leaves[-3]
    steps: list[edits.Change] = [
        edits.SetField(entities.Task, first.id, "duration", first.duration + 2 * 480),
        edits.SetField(entities.Task, second.id, "name", "Analyse — herzien"),
        edits.LinkTasks(first.id, third.id, DependencyType.FINISH_TO_FINISH, lag=480),
        edits.SetField(entities.Task, third.id, "constraint_type", ConstraintType.START_NO_EARLIER_THAN),
        edits.SetField(entities.Task, first.id, "percent_complete", 40),  # a cost field: a full read
    ]
    for number, change in enumerate(steps):
        context.push(change, f"step {number}")
        assert_fresh()
    assert partial == [True, True, True, True]  # the cost edit was read in full, without trying
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
        assert_fresh()
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
        assert_fresh()
    ModelTester(None).check(model)
