"""Belfry's main window: menus, toolbar, the Gantt view (task table + chart), status bar, document life cycle.

The window owns one :class:`~gui.project_context.ProjectEvents` and one ``QUndoStack``; each open document gets a
:class:`~gui.project_context.ProjectContext` that bundles them with the document. Every service error a user can
cause (``ProjectFileError``, ``EditError``, ``MspdiError``) is shown as one sentence, never a traceback.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import contextlib
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session
from typing_extensions import override

from gui import i18n_setup, icons
from gui.calendar_dialog import CalendarDialog
from gui.dialogs import (
    PROJECT_FILTER,
    XML_FILTER,
    BaselineDialog,
    Dialogs,
    ProjectInformationDialog,
    RecoveryChoice,
    StatusDateDialog,
    UnsavedChoice,
)
from gui.project_context import BaselineCommand, LevelingCommand, ProjectContext, ProjectEvents
from gui.task_plan_view import TaskPlanView
from gui.task_tree_model import TaskTreeModel, constraint_change
from model import entities
from model.enums import ConstraintType, DurationUnit
from model.ids import TaskId
from services import (
    baselines,
    demo,
    edits,
    evm_service,
    headless,
    leveling_service,
    mspdi,
    project_file,
    project_setup,
    queries,
    schedule_service,
)
from services.task_clipboard import TaskClipboard, copy_tasks, paste_steps

T = TypeVar("T")

MAX_RECENT_FILES = 8
OVER_ALLOCATION_LINES = 5  # over-allocations listed after leveling; the rest are counted
PROJECT_SUFFIX = ".belfry"
USER_ERRORS = (project_file.ProjectFileError, edits.EditError, mspdi.MspdiError, ValueError, LookupError)


class StartPanel(QWidget):
    """What the window shows without a project: New, Open, Open demo and the recent files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartPanel")
        title = QLabel(self.tr("Belfry"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Project control for public administrations"), self)
        self.new_button = QPushButton(self.tr("&New project"), self)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.demo_button = QPushButton(self.tr("Open &demo project"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.setMaximumHeight(200)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addStretch()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent projects:"), self))
        column.addWidget(self.recent)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addLayout(column, 3)
        outer.addStretch()


class MainWindow(QMainWindow):
    """The application window; see the module docstring.

    Args:
        settings: where geometry, recent files and view options are remembered.
        dialogs: how questions are asked (tests pass a scripted object).
        working_dir: where working copies live (default: ``project_file.default_working_dir()``).
    """

    def __init__(self, settings: QSettings, dialogs: Dialogs, working_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.dialogs = dialogs
        self.working_dir = working_dir
        self.events = ProjectEvents(self)
        self.undo_stack = QUndoStack(self)
        self.context: ProjectContext | None = None
        self.task_clipboard: TaskClipboard | None = None

        self.model = TaskTreeModel(self.submit, self)
        self.events.changed.connect(self.model.refresh)
        self.events.changed.connect(self._after_change)
        self.plan = TaskPlanView(self.model, self)
        self.start_panel = StartPanel(self)
        self.find_bar = QLineEdit(self)
        self.find_bar.setPlaceholderText(self.tr("Find a task by name or WBS (Enter: next, Esc: close)"))
        self.find_bar.setAccessibleName(self.tr("Find task"))
        self.find_bar.setClearButtonEnabled(True)
        self.find_bar.hide()
        self.find_bar.returnPressed.connect(self.find_next)
        plan_page = QWidget(self)
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.setSpacing(2)
        plan_layout.addWidget(self.find_bar)
        plan_layout.addWidget(self.plan)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_panel)
        self.pages.addWidget(plan_page)
        self.setCentralWidget(self.pages)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.start_panel.new_button.clicked.connect(self.new_project)
        self.start_panel.open_button.clicked.connect(self.open_project)
        self.start_panel.demo_button.clicked.connect(self.open_demo)
        self.start_panel.recent.itemActivated.connect(self._open_recent_item)
        self.plan.selection_changed.connect(self._update_actions)
        self.plan.delegate.input_refused.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.plan.gantt.move_requested.connect(self._move_task_to)
        self.plan.gantt.resize_requested.connect(self._resize_task_to)
        self.plan.gantt.link_requested.connect(self._link_pair)
        self.plan.gantt.progress_requested.connect(self._set_progress)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self._restore_settings()
        self._set_context(None)

    # --- construction -------------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[str] | None = None,
        icon: QIcon | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New"), self.new_project, QKeySequence.StandardKey.New, icons.icon("document-new")
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_project, QKeySequence.StandardKey.Open, icons.icon("document-open")
        )
        self.demo_action = self._action(self.tr("Open &demo project"), self.open_demo)
        self.save_action = self._action(
            self.tr("&Save"), self.save, QKeySequence.StandardKey.Save, icons.icon("document-save")
        )
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.close_action = self._action(self.tr("&Close"), self.close_project, QKeySequence.StandardKey.Close)
        self.import_action = self._action(self.tr("&Import MS Project XML…"), self.import_xml)
        self.export_action = self._action(self.tr("&Export MS Project XML…"), self.export_xml)
        self.properties_action = self._action(
            self.tr("Proper&ties…"), self.edit_project_information, tip=self.tr("Edit the project information")
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(icons.icon("edit-undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(icons.icon("edit-redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.cut_action = self._action(
            self.tr("Cu&t tasks"),
            self.cut_tasks,
            QKeySequence.StandardKey.Cut,
            icons.icon("edit-cut"),
            self.tr("Cut the selected tasks with their subtasks"),
        )
        self.copy_action = self._action(
            self.tr("&Copy tasks"),
            self.copy_tasks,
            QKeySequence.StandardKey.Copy,
            icons.icon("edit-copy"),
            self.tr("Copy the selected tasks with their subtasks and the links among them"),
        )
        self.paste_action = self._action(
            self.tr("&Paste tasks"),
            self.paste_tasks,
            QKeySequence.StandardKey.Paste,
            icons.icon("edit-paste"),
            self.tr("Paste the copied tasks after the current one"),
        )
        self.insert_task_action = self._action(
            self.tr("Ins&ert task"),
            self.insert_task,
            "Ins",
            icons.icon("task-add"),
            self.tr("Insert a task above the current one"),
        )
        self.insert_milestone_action = self._action(
            self.tr("Insert &milestone"), self.insert_milestone, "Ctrl+Shift+M", icons.icon("milestone-add")
        )
        self.delete_action = self._action(self.tr("&Delete task"), self.delete_tasks, "Del", icons.icon("task-delete"))
        self.indent_action = self._action(
            self.tr("&Indent"),
            self.indent_tasks,
            "Alt+Shift+Right",
            icons.icon("indent"),
            self.tr("Make the task a subtask of the one above"),
        )
        self.outdent_action = self._action(
            self.tr("&Outdent"), self.outdent_tasks, "Alt+Shift+Left", icons.icon("outdent")
        )
        self.link_action = self._action(
            self.tr("&Link tasks"),
            self.link_tasks,
            "Ctrl+F2",
            icons.icon("link"),
            self.tr("Link the selected tasks finish-to-start"),
        )
        self.unlink_action = self._action(
            self.tr("U&nlink tasks"), self.unlink_tasks, "Ctrl+Shift+F2", icons.icon("unlink")
        )
        self.find_action = self._action(
            self.tr("&Find…"), self.show_find, QKeySequence.StandardKey.Find, icons.icon("find")
        )

        self.gantt_action = QAction(self.tr("&Gantt chart"), self)
        self.gantt_action.setCheckable(True)
        self.gantt_action.setChecked(True)
        self.gantt_action.setEnabled(False)  # the only view, always shown
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), self.plan.gantt.zoom_in, QKeySequence.StandardKey.ZoomIn, icons.icon("zoom-in")
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), self.plan.gantt.zoom_out, QKeySequence.StandardKey.ZoomOut, icons.icon("zoom-out")
        )
        self.fit_action = self._action(
            self.tr("&Fit project"), self.plan.gantt.fit_project, "Ctrl+0", icons.icon("zoom-fit")
        )
        self.scroll_to_task_action = self._action(self.tr("&Scroll to task"), self.scroll_to_task, "Ctrl+Shift+F5")
        self.expand_action = self._action(self.tr("&Expand all"), self.plan.expand_all)
        self.collapse_action = self._action(self.tr("Show &top level only"), lambda: self.plan.collapse_to_level(1))

        self.information_action = self._action(
            self.tr("Project &information…"), self.edit_project_information, "Alt+F2"
        )
        self.calendars_action = self._action(
            self.tr("C&alendars…"), self.edit_calendars, tip=self.tr("Edit work weeks, exceptions and holidays")
        )
        self.baseline_action = self._action(self.tr("Set &baseline…"), self.set_baseline)
        self.status_date_action = self._action(self.tr("&Status date…"), self.set_status_date)
        self.reschedule_action = self._action(self.tr("&Reschedule"), self.reschedule, "F9", icons.icon("reschedule"))
        self.level_action = self._action(
            self.tr("&Level resources"),
            self.level_resources,
            tip=self.tr("Delay tasks so that no work resource is loaded beyond its maximum units"),
        )
        self.clear_leveling_action = self._action(
            self.tr("&Clear leveling"), self.clear_leveling, tip=self.tr("Remove every leveling delay")
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.close_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.properties_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.insert_task_action, self.insert_milestone_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.indent_action, self.outdent_action, self.link_action, self.unlink_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.gantt_action)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action, self.scroll_to_task_action])
        view_menu.addSeparator()
        view_menu.addActions([self.expand_action, self.collapse_action])
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addMenu(self._create_language_menu())

        project_menu = bar.addMenu(self.tr("&Project"))
        project_menu.addActions(
            [self.information_action, self.calendars_action, self.baseline_action, self.status_date_action]
        )
        project_menu.addSeparator()
        project_menu.addAction(self.reschedule_action)
        project_menu.addSeparator()
        project_menu.addActions([self.level_action, self.clear_leveling_action])

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.plan.column_menu().actions():
            action.setParent(self.columns_menu)
            self.columns_menu.addAction(action)

    def _create_language_menu(self) -> i18n_setup.LanguageMenu:
        """View > Language: the choice is stored in the settings and takes effect at the next start, as a message in
        the chosen language says."""
        self.language_menu = i18n_setup.LanguageMenu(self.settings, self)
        self.language_menu.restart_needed.connect(
            lambda language: self.dialogs.information(self, i18n_setup.restart_notice(language))
        )
        return self.language_menu

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Standard"), self)
        toolbar.setObjectName("StandardToolBar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.insert_task_action, self.insert_milestone_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.outdent_action, self.indent_action, self.link_action, self.unlink_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.find_action, self.reschedule_action])
        self.addToolBar(toolbar)

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_date_label = QLabel(self)
        self.finish_label = QLabel(self)
        self.critical_label = QLabel(self)
        for label in (self.status_date_label, self.finish_label, self.critical_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    # --- settings -----------------------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.plan.restoreState(splitter)
        hidden = self.settings.value("table/hidden_columns")
        if isinstance(hidden, list):
            self.plan.set_hidden_columns([str(key) for key in hidden])
        elif isinstance(hidden, str):
            self.plan.set_hidden_columns([hidden] if hidden else [])
        zoom = self.settings.value("gantt/pixels_per_day")
        if zoom is not None:
            with contextlib.suppress(ValueError):
                self.plan.gantt.set_zoom(float(str(zoom)))
        self._fill_recent()

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.plan.saveState())
        self.settings.setValue("table/hidden_columns", self.plan.hidden_columns())
        self.settings.setValue("gantt/pixels_per_day", self.plan.gantt.pixels_per_day)
        self.settings.sync()

    def recent_files(self) -> list[Path]:
        value = self.settings.value("recent/files")
        if isinstance(value, str):
            value = [value] if value else []
        return [Path(str(item)) for item in value or []]

    def _add_recent(self, path: Path) -> None:
        files = [path.absolute()] + [p for p in self.recent_files() if p != path.absolute()]
        self.settings.setValue("recent/files", [str(p) for p in files[:MAX_RECENT_FILES]])
        self.settings.setValue("recent/last", str(path.absolute()))
        self._fill_recent()

    def last_project(self) -> Path | None:
        value = self.settings.value("recent/last")
        return Path(str(value)) if value else None

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        self.start_panel.recent.clear()
        files = self.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.start_panel.recent.addItem(item)
        self.recent_menu.setEnabled(bool(files))

    def _open_recent_item(self, item: QListWidgetItem) -> None:
        self.open_path(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    # --- errors -------------------------------------------------------------------------------------------------

    def guarded(self, fn: Callable[[], T]) -> T | None:
        """Run ``fn``; show a service error as a message (one sentence) and return None."""
        try:
            return fn()
        except USER_ERRORS as error:
            self.dialogs.error(self, str(error))
            return None

    def submit(self, change: edits.Change, text: str) -> bool:
        """Apply ``change`` as one undoable step named ``text`` (the item model's edits come here)."""
        context = self.context
        if context is None:
            return False
        return self.guarded(lambda: context.push(change, text)) is not None

    # --- document life cycle ------------------------------------------------------------------------------------

    def _set_context(self, context: ProjectContext | None) -> None:
        self.undo_stack.clear()
        self.context = context
        self.model.set_context(context)
        self.pages.setCurrentIndex(0 if context is None else 1)
        self._after_change()
        self.events.replaced.emit()
        if context is not None:
            # Once the window has painted: the first edit is then as fast as the next ones.
            QTimer.singleShot(0, functools.partial(self._prepare_rescheduling, context))
            self.plan.tree.setFocus()
            if self.model.rows:
                self.plan.select_task(self.model.rows[0].id)
            first = next((row for row in self.plan.gantt.rows if row.start is not None), None)
            if first is not None and first.start is not None:
                self.plan.gantt.scroll_to_day(first.start)

    def _prepare_rescheduling(self, context: ProjectContext) -> None:
        if self.context is context:  # still open
            context.prepare_rescheduling()

    def _adopt(self, document: project_file.ProjectDocument) -> bool:
        """Show ``document`` (already open); close it again if it holds no project."""
        try:
            project_id = document.store.read(headless.first_project_id)
        except USER_ERRORS as error:
            document.close(discard=True)
            self.dialogs.error(self, str(error))
            return False
        self._set_context(ProjectContext(document, project_id, self.events, self.undo_stack))
        if document.target is not None:
            self._add_recent(document.target)
        if document.read_only_reason:
            self.dialogs.information(self, document.read_only_reason)
        return True

    def maybe_close_document(self) -> bool:
        """Close the open document, asking about unsaved changes; False if the user cancelled."""
        context = self.context
        if context is None:
            return True
        document = context.document
        if document.is_modified and not document.read_only:
            choice = self.dialogs.unsaved_choice(self, self.document_name())
            if choice == UnsavedChoice.CANCEL:
                return False
            if choice == UnsavedChoice.SAVE and not self.save():
                return False
            discard = True
        else:
            discard = True
        try:
            document.close(discard=discard)
        except project_file.ProjectFileError as error:
            self.dialogs.error(self, str(error))
        self._set_context(None)
        return True

    def new_project(self) -> bool:
        if not self.maybe_close_document():
            return False
        name = self.tr("New project")
        document = self.guarded(lambda: project_file.ProjectDocument.create(working_dir=self.working_dir))
        if document is None:
            return False
        start = dt.datetime.combine(_next_monday(dt.date.today()), dt.time(8))
        document.store.write(lambda session: project_setup.new_project(session, name=name, start=start))
        return self._adopt(document)

    def open_demo(self) -> bool:
        if not self.maybe_close_document():
            return False
        document = self.guarded(lambda: project_file.ProjectDocument.create(working_dir=self.working_dir))
        if document is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document.store.write(demo.build_demo)
        finally:
            QApplication.restoreOverrideCursor()
        ok = self._adopt(document)
        if ok:
            self.plan.gantt.fit_project()
        return ok

    def open_project(self) -> bool:
        path = self.dialogs.open_path(self, self.tr("Open project"), self.tr(PROJECT_FILTER))
        return False if path is None else self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the project file ``path`` (after closing the current one)."""
        if not self.maybe_close_document():
            return False
        document = self.guarded(lambda: project_file.ProjectDocument.open(path, working_dir=self.working_dir))
        return False if document is None else self._adopt(document)

    def save(self) -> bool:
        context = self.context
        if context is None:
            return False
        if context.document.target is None or context.document.read_only:
            return self.save_as()
        if self.guarded(context.document.save) is None and context.document.is_modified:
            return False
        self.undo_stack.setClean()
        self._add_recent(context.document.target)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=context.document.target), 5000)
        return True

    def save_as(self) -> bool:
        context = self.context
        if context is None:
            return False
        suggested = context.document.target or Path(self.model.project.name if self.model.project else "project")
        path = self.dialogs.save_path(
            self, self.tr("Save project as"), self.tr(PROJECT_FILTER), suggested.with_suffix(PROJECT_SUFFIX)
        )
        if path is None:
            return False
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)

        def save_as() -> bool:
            context.document.save_as(path)
            return True

        if self.guarded(save_as) is None:
            return False
        self.undo_stack.setClean()
        self._add_recent(path)
        self._update_title()
        self._update_actions()
        return True

    def close_project(self) -> bool:
        return self.maybe_close_document()

    def import_xml(self) -> bool:
        path = self.dialogs.open_path(self, self.tr("Import MS Project XML"), self.tr(XML_FILTER))
        if path is None or not self.maybe_close_document():
            return False
        document = self.guarded(lambda: project_file.ProjectDocument.create(working_dir=self.working_dir))
        if document is None:
            return False
        try:
            report = document.store.write(lambda session: mspdi.import_mspdi(session, path))
        except USER_ERRORS as error:
            document.close(discard=True)
            self.dialogs.error(self, str(error))
            return False
        if not self._adopt(document):
            return False
        entries = getattr(report, "entries", ())
        if entries:
            self.dialogs.information(
                self,
                self.tr(
                    "Imported {name}; {count} item(s) could not be carried over exactly (see the import report)."
                ).format(name=path.name, count=len(entries)),
            )
        self.plan.gantt.fit_project()
        return True

    def export_xml(self) -> bool:
        context = self.context
        if context is None:
            return False
        suggested = (context.document.target or Path("project")).with_suffix(".xml")
        path = self.dialogs.save_path(self, self.tr("Export MS Project XML"), self.tr(XML_FILTER), suggested)
        if path is None:
            return False
        data = self.guarded(lambda: context.read(lambda s: mspdi.export_mspdi(s, context.project_id)))
        if data is None:
            return False
        try:
            path.write_bytes(data)
        except OSError as error:
            self.dialogs.error(
                self, self.tr("Cannot write {path} ({reason}).").format(path=path, reason=error.strerror)
            )
            return False
        self.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 5000)
        return True

    def offer_recovery(self) -> bool:
        """Offer every working copy left by a crash; return True if one was recovered (and is shown)."""
        try:
            candidates = project_file.recoverable_documents(self.working_dir)
        except OSError:
            return False
        for candidate in candidates:
            choice = self.dialogs.recovery_choice(self, candidate)
            if choice == RecoveryChoice.DISCARD:
                project_file.discard_recovery(candidate)
            elif choice == RecoveryChoice.RECOVER and self.context is None:
                document = self.guarded(functools.partial(project_file.recover, candidate))
                if document is not None and self._adopt(document):
                    return True
        return False

    def document_name(self) -> str:
        context = self.context
        if context is None:
            return ""
        if context.document.target is not None:
            return context.document.target.name
        return self.tr("Untitled")

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_close_document():
            event.ignore()
            return
        self._save_settings()
        event.accept()

    # --- state display ------------------------------------------------------------------------------------------

    def _after_change(self, _changes: object = None) -> None:
        self._update_title()
        self._update_status()
        self._update_actions()

    def _update_title(self) -> None:
        context = self.context
        if context is None:
            self.setWindowTitle(self.tr("Belfry"))
            self.setWindowModified(False)
            return
        suffix = self.tr(" [read-only]") if context.document.read_only else ""
        self.setWindowTitle(self.tr("{name}[*]{suffix} — Belfry").format(name=self.document_name(), suffix=suffix))
        self.setWindowModified(context.document.is_modified)

    def _update_status(self) -> None:
        project = self.model.project
        formatter = self.model.formatter
        if project is None:
            for label in (self.status_date_label, self.finish_label, self.critical_label):
                label.clear()
            return
        status = formatter.date(project.status_date) if project.status_date else self.tr("none")
        self.status_date_label.setText(self.tr("Status date: {date}").format(date=status))
        self.finish_label.setText(self.tr("Finish: {date}").format(date=formatter.date(project.finish)))
        length = ""
        if project.finish is not None and formatter.index is not None:
            minutes = formatter.index.working_between(project.start, project.finish)
            length = formatter.duration(minutes, DurationUnit.DAYS)
        self.critical_label.setText(self.tr("Critical path: {length}").format(length=length))

    def _update_actions(self) -> None:
        has_project = self.context is not None
        editable = has_project and not self.model.is_read_only
        selected = self.plan.selected_task_ids() if has_project else []
        for action in (
            self.save_action,
            self.save_as_action,
            self.close_action,
            self.export_action,
            self.information_action,
            self.calendars_action,
            self.properties_action,
            self.reschedule_action,
            self.find_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.expand_action,
            self.collapse_action,
            self.scroll_to_task_action,
        ):
            action.setEnabled(has_project)
        for action in (
            self.insert_task_action,
            self.insert_milestone_action,
            self.baseline_action,
            self.status_date_action,
            self.level_action,
            self.clear_leveling_action,
        ):
            action.setEnabled(editable)
        for action in (
            self.delete_action,
            self.cut_action,
            self.indent_action,
            self.outdent_action,
            self.unlink_action,
        ):
            action.setEnabled(editable and bool(selected))
        self.copy_action.setEnabled(has_project and bool(selected))
        self.paste_action.setEnabled(editable and self.task_clipboard is not None)
        self.link_action.setEnabled(editable and len(selected) >= 2)

    # --- editing ------------------------------------------------------------------------------------------------

    def _ids_now(self) -> set[int]:
        return {row.id for row in self.model.rows}

    def _insert(self, *, milestone: bool) -> TaskId | None:
        context = self.context
        if context is None:
            return None
        current = self.model.row_of(self.plan.current_task_id() or -1)
        parent_id = None if current is None else current.parent_id
        position = None if current is None else current.position
        name = self.tr("New milestone") if milestone else self.tr("New task")
        change = edits.AddTask(parent_id, position, name, duration=0 if milestone else None, is_milestone=milestone)
        before = self._ids_now()
        text = self.tr("Insert milestone") if milestone else self.tr("Insert task")
        if not self.submit(change, text):
            return None
        new_ids = self._ids_now() - before
        if not new_ids:
            return None
        task_id = TaskId(new_ids.pop())
        self.plan.select_task(task_id, edit_column=None)
        self.plan.tree.setCurrentIndex(self.model.index_of(task_id, self.model.column_of("name")))
        return task_id

    def insert_task(self) -> TaskId | None:
        return self._insert(milestone=False)

    def insert_milestone(self) -> TaskId | None:
        return self._insert(milestone=True)

    def _top_selected(self) -> list[TaskId]:
        """The selected tasks without those whose ancestor is selected too, in outline order."""
        selected = set(self.plan.selected_task_ids())
        result = []
        for task_id in self.plan.selected_task_ids():
            row = self.model.row_of(task_id)
            parent = None if row is None else row.parent_id
            while parent is not None and parent not in selected:
                parent_row = self.model.row_of(parent)
                parent = None if parent_row is None else parent_row.parent_id
            if parent is None:
                result.append(task_id)
        return result

    def delete_tasks(self) -> bool:
        ids = self._top_selected()
        if not ids or self.context is None:
            return False
        following = self._row_after(ids)
        change: edits.Change = edits.Batch(tuple(edits.DeleteTask(task_id) for task_id in ids))
        text = (
            self.tr("Delete “{name}”").format(name=self._name(ids[0]))
            if len(ids) == 1
            else self.tr("Delete %n task(s)", "", len(ids))
        )
        if not self.submit(change, text):
            return False
        if following is not None:
            self.plan.select_task(following)
        return True

    def _row_after(self, ids: Sequence[int]) -> int | None:
        removed = set(ids)
        rows = self.model.rows
        last = max(index for index, row in enumerate(rows) if row.id in ids)
        for row in rows[last + 1 :]:
            parent = row.parent_id
            if row.id in removed or parent in removed:
                removed.add(row.id)
                continue
            return row.id
        before = [row.id for row in rows if row.id not in removed]
        return before[-1] if before else None

    def _name(self, task_id: int) -> str:
        row = self.model.row_of(task_id)
        return "" if row is None else row.name

    def _move_steps(
        self, helper: Callable[[Session, TaskId], edits.MoveTask], ids: Sequence[TaskId]
    ) -> Callable[[Session], Iterator[edits.Change]]:
        def steps(session: Session) -> Iterator[edits.Change]:
            for task_id in ids:
                yield helper(session, task_id)

        return steps

    def indent_tasks(self) -> bool:
        ids = self._top_selected()
        context = self.context
        if not ids or context is None:
            return False
        text = self.tr("Indent “{name}”").format(name=self._name(ids[0])) if len(ids) == 1 else self.tr("Indent")
        done = self.guarded(lambda: context.push_steps(self._move_steps(edits.indent, ids), text))
        if done is not None:
            self.plan.select_tasks(ids)
            self.plan.select_task(ids[0]) if len(ids) == 1 else None
        return done is not None

    def outdent_tasks(self) -> bool:
        ids = self._top_selected()
        context = self.context
        if not ids or context is None:
            return False
        text = self.tr("Outdent “{name}”").format(name=self._name(ids[0])) if len(ids) == 1 else self.tr("Outdent")
        # Outdent the last first so that each task lands right after its former parent in the original order.
        done = self.guarded(lambda: context.push_steps(self._move_steps(edits.outdent, ids[::-1]), text))
        if done is not None:
            self.plan.select_tasks(ids)
            self.plan.select_task(ids[0]) if len(ids) == 1 else None
        return done is not None

    def link_tasks(self) -> bool:
        ids = self.plan.selected_task_ids()
        if len(ids) < 2:
            return False
        linked = {(link.predecessor_id, link.successor_id) for link in self.model.dependencies}
        pairs = [(a, b) for a, b in itertools.pairwise(ids) if (a, b) not in linked]
        if not pairs:
            return False
        change = edits.Batch(tuple(edits.LinkTasks(a, b) for a, b in pairs))
        return self.submit(change, self.tr("Link %n task(s)", "", len(ids)))

    def _link_pair(self, predecessor_id: int, successor_id: int) -> None:
        change = edits.LinkTasks(TaskId(predecessor_id), TaskId(successor_id))
        self.submit(
            change,
            self.tr("Link “{first}” to “{second}”").format(
                first=self._name(predecessor_id), second=self._name(successor_id)
            ),
        )

    def unlink_tasks(self) -> bool:
        ids = self.plan.selected_task_ids()
        links = self.model.dependency_ids_between(ids)
        if not links:
            return False
        change = edits.Batch(tuple(edits.DeleteRow(entities.Dependency, link_id) for link_id in links))
        return self.submit(change, self.tr("Unlink %n link(s)", "", len(links)))

    def copy_tasks(self) -> bool:
        """Put the selected tasks, with their subtrees and the links among them, on the in-app clipboard."""
        context = self.context
        ids = self._top_selected()
        if context is None or not ids:
            return False
        clipboard = self.guarded(lambda: context.read(lambda session: copy_tasks(session, ids)))
        if clipboard is None or not clipboard.tasks:
            return False
        self.task_clipboard = clipboard
        self.statusBar().showMessage(self.tr("Copied %n task(s).", "", len(clipboard.tasks)), 5000)
        self._update_actions()
        return True

    def cut_tasks(self) -> bool:
        """Copy the selected tasks, then delete them (one undo step: the delete)."""
        ids = self._top_selected()
        if not ids or self.model.is_read_only or not self.copy_tasks():
            return False
        following = self._row_after(ids)
        change = edits.Batch(tuple(edits.DeleteTask(task_id) for task_id in ids))
        text = (
            self.tr("Cut “{name}”").format(name=self._name(ids[0]))
            if len(ids) == 1
            else self.tr("Cut %n task(s)", "", len(ids))
        )
        if not self.submit(change, text):
            return False
        if following is not None:
            self.plan.select_task(following)
        return True

    def paste_tasks(self) -> list[TaskId]:
        """Insert the clipboard's tasks after the current task (at its level) as one undo step; return the new ids."""
        context, clipboard = self.context, self.task_clipboard
        if context is None or clipboard is None or not clipboard.tasks:
            return []
        current = self.model.row_of(self.plan.current_task_id() or -1)
        parent_id = None if current is None else current.parent_id
        position = None if current is None else current.position + 1
        pasted: list[TaskId] = []
        text = (
            self.tr("Paste “{name}”").format(name=clipboard.tasks[0].name)
            if len(clipboard.tasks) == 1
            else self.tr("Paste %n task(s)", "", len(clipboard.tasks))
        )
        done = self.guarded(lambda: context.push_steps(paste_steps(clipboard, parent_id, position, pasted), text))
        if done is None:
            return []
        roots = [task_id for task_id, copied in zip(pasted, clipboard.tasks, strict=True) if copied.parent_key is None]
        self.plan.select_tasks(roots)
        if roots:
            selection = self.plan.tree.selectionModel()
            selection.setCurrentIndex(self.model.index_of(roots[0]), selection.SelectionFlag.NoUpdate)
        return pasted

    def _set_progress(self, task_id: int, percent: int, key: object) -> None:
        """A Gantt drag inside a bar set its % complete (one undo step per drag)."""
        context = self.context
        row = self.model.row_of(task_id)
        if context is None or row is None or row.percent_complete == percent:
            return
        change = edits.SetField(entities.Task, TaskId(task_id), "percent_complete", percent)
        text = self.tr("Set the progress of “{name}”").format(name=self._name(task_id))
        self.guarded(lambda: context.push(change, text, merge_key=key))

    def _move_task_to(self, task_id: int, start: dt.datetime, key: object) -> None:
        """A Gantt drag moved a bar: a Start No Earlier Than constraint (one undo step per drag)."""
        context = self.context
        if context is None:
            return
        change = constraint_change(TaskId(task_id), ConstraintType.START_NO_EARLIER_THAN, start)
        text = self.tr("Move “{name}”").format(name=self._name(task_id))
        self.guarded(lambda: context.push(change, text, merge_key=key))

    def _resize_task_to(self, task_id: int, finish: dt.datetime, key: object) -> None:
        """A Gantt drag moved a bar's end: the duration up to that finish, in whole units of the task's unit."""
        context = self.context
        row = self.model.row_of(task_id)
        if context is None or row is None or row.start is None:
            return
        index = context.calendar_index()
        minutes = index.working_between(row.start, finish)
        step = self.model.units.minutes_of(
            row.duration_unit if row.duration_unit != DurationUnit.MINUTES else DurationUnit.HOURS
        )
        step = min(step, self.model.units.minutes_per_day)
        minutes = max(step, round(minutes / step) * step)
        if minutes == row.duration:
            return
        change = edits.SetField(entities.Task, TaskId(task_id), "duration", minutes)
        text = self.tr("Change the duration of “{name}”").format(name=self._name(task_id))
        self.guarded(lambda: context.push(change, text, merge_key=key))

    # --- find and view ------------------------------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_next(self) -> TaskId | None:
        found = self.model.find(self.find_bar.text(), self.plan.current_task_id())
        if found is None:
            self.statusBar().showMessage(self.tr("No task matches “{text}”.").format(text=self.find_bar.text()), 5000)
            return None
        self.plan.select_task(found)
        return found

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide()
            self.plan.tree.setFocus()
            return
        super().keyPressEvent(event)

    def scroll_to_task(self) -> None:
        task_id = self.plan.current_task_id()
        if task_id is None:
            return
        for row in self.plan.gantt.rows:
            if row.task.id == task_id and row.start is not None:
                self.plan.gantt.scroll_to_day(row.start)
                return

    # --- project ------------------------------------------------------------------------------------------------

    def edit_project_information(self) -> bool:
        context, project = self.context, self.model.project
        if context is None or project is None:
            return False
        dialog = ProjectInformationDialog(project, self)
        if not self.dialogs.exec_dialog(dialog):
            return False
        values = dialog.changed_values()
        if not values:
            return False
        change = edits.Batch(
            tuple(edits.SetField(entities.Project, context.project_id, name, value) for name, value in values.items())
        )
        return self.submit(change, self.tr("Edit project information"))

    def edit_calendars(self) -> bool:
        """Project > Calendars: the dialog saves all its changes as one undo step when OK is pressed."""
        context = self.context
        if context is None:
            return False
        dialog = CalendarDialog(context, self)
        return self.dialogs.exec_dialog(dialog) and dialog.applied is not None

    def set_status_date(self) -> bool:
        context, project = self.context, self.model.project
        if context is None or project is None:
            return False
        dialog = StatusDateDialog(project.status_date, self)
        if not self.dialogs.exec_dialog(dialog):
            return False
        change = edits.SetField(entities.Project, context.project_id, "status_date", dialog.chosen_date())
        return self.submit(change, self.tr("Set the status date"))

    def set_baseline(self) -> bool:
        """Project > Set baseline: one undo step; replacing a saved baseline needs a reason and an approved change
        request."""
        context = self.context
        if context is None:
            return False
        project_id = context.project_id
        existing, requests = context.read(
            lambda session: (
                queries.baseline_rows(session, project_id),
                queries.change_request_rows(session, project_id),
            )
        )
        dialog = BaselineDialog(existing, requests, self)
        if not self.dialogs.exec_dialog(dialog):
            return False
        number, name = dialog.chosen_number(), dialog.chosen_name()
        replaces, reason, change_request = (
            dialog.replaces(),
            dialog.reason.text().strip(),
            dialog.chosen_change_request(),
        )

        def save(session: Session) -> object:
            schedule_service.reschedule(session, project_id)
            if replaces:
                return evm_service.rebaseline(
                    session,
                    project_id,
                    number=number,
                    name=name,
                    reason=reason,
                    change_request_id=change_request,
                    saved_at=dt.datetime.now(),
                )
            return baselines.set_baseline(session, project_id, number, name=name, saved_at=dt.datetime.now())

        snapshots = self.guarded(lambda: BaselineCommand.run_and_capture(context, save, number))
        if snapshots is None:
            return False
        text = self.tr("Set baseline {number}").format(number=number)
        context.undo_stack.push(BaselineCommand(context, *snapshots, text))
        self.statusBar().showMessage(self.tr("Baseline {number} saved.").format(number=number), 5000)
        return True

    def level_resources(self) -> bool:
        """Project > Level resources: one undo step; the over-allocations that remain are shown."""
        context = self.context
        if context is None:
            return False
        project_id = context.project_id

        def level(session: Session) -> leveling_service.LevelingSummary:
            return leveling_service.level_project(session, project_id)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.guarded(lambda: LevelingCommand.run_and_capture(context, level))
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            return False
        summary, before = done
        self.undo_stack.push(LevelingCommand(context, level, before, self.tr("Level resources")))
        self.statusBar().showMessage(self.tr("Leveling delayed %n task(s).", "", len(summary.delayed_task_uids)), 8000)
        if summary.over_allocations:
            self.dialogs.information(self, self._over_allocation_text(summary.over_allocations))
        return True

    def _over_allocation_text(self, rows: Sequence[leveling_service.OverAllocationRow]) -> str:
        formatter = self.model.formatter
        lines = [self.tr("%n over-allocation(s) remain after leveling:", "", len(rows))]
        for row in rows[:OVER_ALLOCATION_LINES]:
            lines.append(
                self.tr("{resource}: {start} – {finish}, {demand}% of {capacity}% (tasks {tasks})").format(
                    resource=row.resource_name,
                    start=formatter.date(row.start),
                    finish=formatter.date(row.finish),
                    demand=row.demand,
                    capacity=row.capacity,
                    tasks=", ".join(str(uid) for uid in row.task_uids),
                )
            )
        if len(rows) > OVER_ALLOCATION_LINES:
            lines.append(self.tr("… and %n more.", "", len(rows) - OVER_ALLOCATION_LINES))
        return "\n".join(lines)

    def clear_leveling(self) -> bool:
        """Project > Clear leveling: every leveling delay back to 0, one undo step."""
        context = self.context
        if context is None:
            return False
        project_id = context.project_id

        def clear(session: Session) -> schedule_service.ScheduleSummary:
            return leveling_service.clear_leveling(session, project_id)

        done = self.guarded(lambda: LevelingCommand.run_and_capture(context, clear))
        if done is None:
            return False
        self.undo_stack.push(LevelingCommand(context, clear, done[1], self.tr("Clear leveling")))
        self.statusBar().showMessage(self.tr("Leveling delays cleared."), 5000)
        return True

    def reschedule(self) -> bool:
        context = self.context
        if context is None:
            return False
        project_id = context.project_id
        summary = self.guarded(lambda: context.write(lambda s: schedule_service.reschedule(s, project_id)))
        if summary is None:
            return False
        if summary.problems:
            self.dialogs.information(self, "\n".join(problem.message for problem in summary.problems[:10]))
        return True


def _next_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)
