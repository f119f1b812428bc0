"""Editors of the task table: text with parsing (durations, predecessors), dates with a calendar popup, percentages.

Invalid text is refused before it is committed: the editor stays open with the text as typed, and the reason is
shown beside it (and announced by :attr:`TaskItemDelegate.input_refused` for the status bar).
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import datetime as dt
from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)
from typing_extensions import override

from gui import input_parsing
from gui.task_tree_model import TaskTreeModel

Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class TaskItemDelegate(QStyledItemDelegate):
    """Creates the editor of each task column and keeps every row ``row_height`` pixels high (the Gantt's rows).

    Signals:
        input_refused(str): text was refused; the message says why.
    """

    input_refused = Signal(str)

    def __init__(self, model: TaskTreeModel, row_height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.row_height = row_height
        self._editing: dict[QWidget, QPersistentModelIndex] = {}

    def _key(self, index: Index) -> str:
        return self._model.columns[index.column()].key

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height)

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = self._key(index)
        header = self._model.columns[index.column()].header
        editor: QWidget
        if key in ("start", "finish"):
            date_edit = QDateEdit(parent)
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(self._model.formatter.date_format)
            editor = date_edit
        elif key == "percent_complete":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSuffix("%")
            editor = spin
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            editor = line
        editor.setAccessibleName(header)
        self._editing[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _=None, e=editor: self._editing.pop(e, None))
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        key = self._key(index)
        raw = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            day = raw.date() if isinstance(raw, dt.datetime) else dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(raw or 0))
        elif isinstance(editor, QLineEdit):
            text = index.data(Qt.ItemDataRole.DisplayRole) if key == "duration" else raw
            editor.setText("" if text is None else str(text))
            editor.selectAll()

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            if editor.value() != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    @override
    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)

    def refusal(self, editor: QWidget) -> str | None:
        """Why the editor's text cannot be committed, or None if it can."""
        index = self._editing.get(editor)
        if index is None or not index.isValid() or not isinstance(editor, QLineEdit):
            return None
        row = self._model.row_of(index.internalId())
        if row is None:
            return None
        try:
            self._model.change_for(row, self._key(index), editor.text())
        except input_parsing.InputError as error:
            return str(error)
        return None

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        commits = event.type() == QEvent.Type.FocusOut or (
            event.type() == QEvent.Type.KeyPress and cast(QKeyEvent, event).key() in _COMMIT_KEYS
        )
        if commits and isinstance(watched, QLineEdit):
            message = self.refusal(watched)
            if message is not None:
                QToolTip.showText(watched.mapToGlobal(watched.rect().bottomLeft()), message, watched)
                self.input_refused.emit(message)
                return True  # keep the editor open with the text as typed
        return super().eventFilter(watched, event)
