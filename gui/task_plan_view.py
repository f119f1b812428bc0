"""The Gantt view: the task table and the Gantt chart side by side, sharing rows, row height and vertical scroll."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QSplitter, QTreeView, QWidget
from typing_extensions import override

from gui.gantt_view import GanttView
from gui.task_item_delegate import TaskItemDelegate
from gui.task_tree_model import TaskTreeModel
from model.ids import TaskId
from services import queries

DEFAULT_HIDDEN_COLUMNS = ("baseline_start", "baseline_finish", "start_variance", "cost", "resources")


class TaskTreeView(QTreeView):
    """The task table; F2 edits, arrows move, and its rows are exactly as high as the Gantt chart's."""

    @override
    def sizeHintForRow(self, row: int) -> int:
        delegate = self.itemDelegate()
        return delegate.row_height if isinstance(delegate, TaskItemDelegate) else super().sizeHintForRow(row)


class TaskPlanView(QSplitter):
    """Task table (left) and Gantt chart (right).

    Signals:
        selection_changed(): the selected tasks changed.
    """

    selection_changed = Signal()

    def __init__(self, model: TaskTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("TaskPlanView")
        self.model = model
        metrics = QFontMetrics(self.font())
        row_height = metrics.height() + 8
        header_height = 2 * (metrics.height() + 6)

        self.tree = TaskTreeView(self)
        self.delegate = TaskItemDelegate(model, row_height, self.tree)
        self._setup_tree(header_height)

        self.gantt = GanttView(row_height, header_height, self)
        self.gantt.is_read_only = lambda: model.is_read_only
        self.addWidget(self.tree)
        self.addWidget(self.gantt)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([760, 840])
        self.setChildrenCollapsible(False)

        self.collapsed: set[int] = set()
        self.visible_rows: list[queries.TaskRow] = []

        # One vertical position: the chart's scroll bar drives the table's.
        tree_bar, gantt_bar = self.tree.verticalScrollBar(), self.gantt.verticalScrollBar()
        tree_bar.rangeChanged.connect(gantt_bar.setRange)
        tree_bar.valueChanged.connect(gantt_bar.setValue)
        gantt_bar.valueChanged.connect(tree_bar.setValue)
        gantt_bar.valueChanged.connect(self.gantt.viewport().update)

        model.snapshot_changed.connect(self._rebuild_visible)
        model.outline_changed.connect(self._restore_expansion)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.gantt.task_clicked.connect(self.select_task)

    def _setup_tree(self, header_height: int) -> None:
        self.tree.setObjectName("TaskTable")
        self.tree.setAccessibleName(self.tr("Task table"))
        self.tree.setItemDelegate(self.delegate)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTreePosition(self.model.column_of("name"))  # the outline indents names; WBS codes stay aligned
        header = self.tree.header()
        header.setFixedHeight(header_height)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.default_width)
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnHidden(number, column.key in DEFAULT_HIDDEN_COLUMNS)

    # --- rows ---------------------------------------------------------------------------------------------------

    def _rebuild_visible(self) -> None:
        rows: list[queries.TaskRow] = []
        skip_below: int | None = None
        for row in self.model.rows:
            if skip_below is not None:
                if row.outline_level > skip_below:
                    continue
                skip_below = None
            rows.append(row)
            if row.id in self.collapsed:
                skip_below = row.outline_level
        self.visible_rows = rows
        self.gantt.set_calendar(self.model.formatter.index)
        self.gantt.set_rows(rows, self.model.dependencies, self.model.project)

    def _restore_expansion(self) -> None:
        known = {row.id for row in self.model.rows}
        self.collapsed &= known
        self.tree.blockSignals(True)
        try:
            self.tree.expandAll()
            for task_id in self.collapsed:
                self.tree.collapse(self.model.index_of(TaskId(task_id)))
        finally:
            self.tree.blockSignals(False)
        self._rebuild_visible()

    def _on_expanded(self, index: QModelIndex) -> None:
        self.collapsed.discard(index.internalId())
        self._rebuild_visible()

    def _on_collapsed(self, index: QModelIndex) -> None:
        self.collapsed.add(index.internalId())
        self._rebuild_visible()

    def expand_all(self) -> None:
        self.collapsed.clear()
        self._restore_expansion()

    def collapse_to_level(self, level: int) -> None:
        self.collapsed = {row.id for row in self.model.rows if row.is_summary and row.outline_level >= level}
        self._restore_expansion()

    # --- selection ----------------------------------------------------------------------------------------------

    def selected_task_ids(self) -> list[TaskId]:
        """The selected tasks in outline order."""
        ids = {index.internalId() for index in self.tree.selectionModel().selectedRows()}
        return [row.id for row in self.model.rows if row.id in ids]

    def current_task_id(self) -> TaskId | None:
        return self.model.task_id(self.tree.currentIndex())

    def select_task(self, task_id: int, *, edit_column: str | None = None) -> None:
        """Make ``task_id`` the current, only selected row (expanding its ancestors) and show it."""
        index = self.model.index_of(TaskId(task_id))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        column = 0 if edit_column is None else self.model.column_of(edit_column)
        target = index.siblingAtColumn(column)
        self.tree.setCurrentIndex(target)
        self.tree.scrollTo(target)
        if edit_column is not None:
            self.tree.edit(target)

    def select_tasks(self, task_ids: Sequence[int]) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for task_id in task_ids:
            index = self.model.index_of(TaskId(task_id))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(last))
        model = self.tree.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)

    def _on_selection_changed(self) -> None:
        self.gantt.selected = set(self.selected_task_ids())
        self.gantt.viewport().update()
        self.selection_changed.emit()

    # --- columns ------------------------------------------------------------------------------------------------

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.tree.header().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The column chooser: one checkable entry per column (the name column stays)."""
        menu = QMenu(self.tr("Columns"), self)
        for number, column in enumerate(self.model.columns):
            action = QAction(column.header, menu)
            action.setCheckable(True)
            action.setChecked(not self.tree.isColumnHidden(number))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda shown, n=number: self.tree.setColumnHidden(n, not shown))
            menu.addAction(action)
        return menu

    def hidden_columns(self) -> list[str]:
        return [c.key for n, c in enumerate(self.model.columns) if self.tree.isColumnHidden(n)]

    def set_hidden_columns(self, keys: Sequence[str]) -> None:
        for number, column in enumerate(self.model.columns):
            self.tree.setColumnHidden(number, column.key in keys and column.key != "name")
