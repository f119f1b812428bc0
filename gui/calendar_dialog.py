"""The calendar editor (Project > Calendars…): calendars, work weeks, exceptions, holiday layers and a month preview.

The dialog edits a :class:`~services.calendar_service.CalendarSet` in memory; nothing is written until OK, which
turns every change into one edit (``calendar_service.save_change``) pushed as one undo step through
:meth:`ProjectContext.push <gui.project_context.ProjectContext.push>` (one transaction, then a reschedule). Cancel
writes nothing. Typing mistakes (an interval that ends before it starts, overlapping intervals, an unreadable
recurrence) are shown in the dialog, naming the day, and keep it open. The rules and computations live in
:mod:`services.calendar_service`; this module only shows and collects values.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, assert_never, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from gui.project_context import ProjectContext
from model.enums import HolidayLayer
from services import calendar_service, edits, project_file, queries
from services.calendar_service import CalendarDraft, CalendarSet, DayKind, ExceptionDraft, RecurrenceKind, WeekPreset

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ERROR_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fff4f4; }"
STANDARD_HOURS = calendar_service.format_intervals(calendar_service.preset_week(WeekPreset.STANDARD)[0])

# Preview colours (background, text) per kind of day; working days keep the calendar's own colours.
DAY_COLOURS: dict[DayKind, tuple[str, str]] = {
    DayKind.DAY_OFF: ("#eceff1", "#607d8b"),
    DayKind.HOLIDAY: ("#ffd9d6", "#b3261e"),
    DayKind.EXCEPTION_CLOSED: ("#ffe0b2", "#8a4b00"),
    DayKind.EXCEPTION_HOURS: ("#d7e8ff", "#0b4f9c"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarDialog", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return cast(dt.date, day.toPython())


def hours_text(minutes: int) -> str:
    """Working minutes as hours for people: ``480`` -> ``"8 h"``, ``450`` -> ``"7 h 30"``."""
    hours, rest = divmod(minutes, 60)
    return (
        _tr("{hours} h").format(hours=hours)
        if not rest
        else _tr("{hours} h {minutes:02d}").format(hours=hours, minutes=rest)
    )


def layer_label(layer: HolidayLayer) -> str:
    """The name of a holiday layer in the installed language."""
    return {
        HolidayLayer.BELGIAN_PUBLIC: _tr("Belgian public holidays"),
        HolidayLayer.FLEMISH_COMMUNITY: _tr("Day of the Flemish Community (11 July)"),
        HolidayLayer.FRENCH_COMMUNITY: _tr("Day of the French Community (27 September)"),
        HolidayLayer.GERMAN_COMMUNITY: _tr("Day of the German-speaking Community (15 November)"),
        HolidayLayer.FEDERAL_CIVIL_SERVICE: _tr("Federal civil service days (15 November, 26 December)"),
    }[layer]


def layer_short_label(layer: HolidayLayer) -> str:
    """A short name of a holiday layer, for table cells."""
    return {
        HolidayLayer.BELGIAN_PUBLIC: _tr("Belgian public"),
        HolidayLayer.FLEMISH_COMMUNITY: _tr("Flemish Community"),
        HolidayLayer.FRENCH_COMMUNITY: _tr("French Community"),
        HolidayLayer.GERMAN_COMMUNITY: _tr("German-speaking Community"),
        HolidayLayer.FEDERAL_CIVIL_SERVICE: _tr("Federal civil service"),
    }[layer]


def recurrence_text(exception: ExceptionDraft, locale: QLocale) -> str:
    """How an exception repeats, for people (``""`` when it does not)."""
    kind = calendar_service.recurrence_kind(exception.recurrence, exception.start)
    start = _qdate(exception.start)
    match kind:
        case RecurrenceKind.NONE:
            return ""
        case RecurrenceKind.WEEKLY:
            text = _tr("Every week on {day}").format(day=locale.dayName(start.dayOfWeek()))
        case RecurrenceKind.MONTHLY:
            text = _tr("Every month on day {day}").format(day=exception.start.day)
        case RecurrenceKind.YEARLY:
            text = _tr("Every year on {date}").format(date=locale.toString(start, "d MMMM"))
        case RecurrenceKind.CUSTOM:
            text = exception.recurrence or ""
    if exception.until is not None:
        until = locale.toString(_qdate(exception.until), QLocale.FormatType.ShortFormat)
        text = _tr("{rule}, until {date}").format(rule=text, date=until)
    return text


# --------------------------------------------------------------------------------------------------- table models


@dataclass(frozen=True, slots=True)
class TableColumn:
    """One column of a read-only row table: header, display text of a row, alignment."""

    header: str
    display: Callable[[Any], str]
    alignment: Qt.AlignmentFlag = _LEFT


class RowTableModel(QAbstractTableModel):
    """A read-only table of immutable rows (frozen dataclasses), one row per item, columns as data."""

    def __init__(self, columns: Sequence[TableColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def set_row(self, number: int, row: Any) -> None:
        """Replace one row in place."""
        self.rows = (*self.rows[:number], row, *self.rows[number + 1 :])
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].alignment)
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        return None


class ExceptionTableModel(RowTableModel):
    """The exceptions of one calendar: name, first and last day, working time, recurrence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._locale = QLocale()
        date = self._date
        super().__init__(
            (
                TableColumn(_tr("Name"), lambda row: row.name),
                TableColumn(_tr("From"), lambda row: date(row.start), _RIGHT),
                TableColumn(_tr("To"), lambda row: date(row.end), _RIGHT),
                TableColumn(
                    _tr("Working time"),
                    lambda row: (
                        calendar_service.format_intervals(row.intervals) if row.intervals else _tr("Non-working")
                    ),
                ),
                TableColumn(_tr("Repeats"), lambda row: recurrence_text(row, self._locale)),
            ),
            parent,
        )

    def _date(self, day: dt.date) -> str:
        return self._locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)


class HolidayTableModel(RowTableModel):
    """The holidays of a calendar's layers in one year, with what each does to the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._locale = QLocale()
        super().__init__(
            (
                TableColumn(_tr("Date"), self._date, _RIGHT),
                TableColumn(_tr("Holiday"), lambda row: row.name),
                TableColumn(_tr("Layer"), lambda row: ", ".join(layer_short_label(layer) for layer in row.layers)),
                TableColumn(_tr("Effect"), self._effect),
            ),
            parent,
        )

    def _date(self, row: calendar_service.HolidayRow) -> str:
        day = _qdate(row.day)
        weekday = self._locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {self._locale.toString(day, QLocale.FormatType.ShortFormat)}"

    @staticmethod
    def _effect(row: calendar_service.HolidayRow) -> str:
        if row.exception is not None:
            if row.worked:
                return _tr("Worked (exception “{name}”)").format(name=row.exception)
            return _tr("Closed (exception “{name}”)").format(name=row.exception)
        return _tr("Closed") if row.closes_a_working_day else _tr("Already a day off")


# --------------------------------------------------------------------------------------------------- the dialog


class CalendarDialog(QDialog):
    """Project > Calendars…: edit every calendar of the project; OK saves all changes as one undo step.

    Attributes set after OK: ``applied`` is the applied edit, or None when nothing changed.
    """

    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendars"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._context = context
        project_id = context.project_id
        self._original, self._usage, project = context.read(
            lambda session: (
                calendar_service.calendar_set(session, project_id),
                calendar_service.calendar_usage(session, project_id),
                queries.project_row(session, project_id),
            )
        )
        self._calendars = self._original
        self._key: int | None = None
        self._exception_key: int | None = None
        self._loading = False
        self._errors: dict[str, tuple[QWidget, str]] = {}
        self._remembered_hours: dict[tuple[int, int], str] = {}
        self.applied: edits.Applied | None = None
        self._day_infos: dict[dt.date, calendar_service.DayInfo] = {}
        self._locale = QLocale()
        today = dt.date.today()
        finish = (project.finish or project.start).date()
        self._first_month = today if project.start.date() <= today <= finish else project.start.date()

        self._build()
        self._fill_calendar_list()
        first = self._calendars.project_calendar_key
        if first is None and self._calendars.calendars:
            first = self._calendars.calendars[0].key
        self._select_calendar(first)
        if context.document.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._clear_problem()
        self.resize(1220, 640)

    # --- layout -------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self._build_calendar_panel())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_week_tab(), self.tr("&Work week"))
        self.tabs.addTab(self._build_exceptions_tab(), self.tr("E&xceptions"))
        self.tabs.addTab(self._build_holidays_tab(), self.tr("&Holidays"))
        columns.addWidget(self.tabs, 1)
        columns.addWidget(self._build_preview())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

    def _build_calendar_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setFixedWidth(300)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("&Calendars:"), panel)
        self.calendar_list = QListWidget(panel)
        self.calendar_list.setAccessibleName(self.tr("Calendars"))
        self.calendar_list.setWordWrap(True)
        self.calendar_list.setSpacing(2)
        self.calendar_list.currentItemChanged.connect(self._calendar_clicked)
        title.setBuddy(self.calendar_list)
        self.new_button = QPushButton(self.tr("&New"), panel)
        self.new_button.setToolTip(self.tr("A new standard calendar: Monday to Friday, Belgian public holidays"))
        self.new_button.clicked.connect(self.new_calendar)
        self.copy_button = QPushButton(self.tr("Co&py"), panel)
        self.copy_button.setToolTip(self.tr("A new calendar with everything of the selected one"))
        self.copy_button.clicked.connect(self.copy_calendar)
        self.delete_button = QPushButton(self.tr("De&lete"), panel)
        self.delete_button.setToolTip(self.tr("Delete the selected calendar if nothing uses it"))
        self.delete_button.clicked.connect(self.delete_calendar)
        row = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            row.addWidget(button)
        self.project_button = QPushButton(self.tr("&Use as the project calendar"), panel)
        self.project_button.setToolTip(self.tr("Tasks and resources without a calendar of their own follow it"))
        self.project_button.clicked.connect(self.use_as_project_calendar)
        self.name_edit = QLineEdit(panel)
        self.name_edit.setAccessibleName(self.tr("Calendar name"))
        self.name_edit.textEdited.connect(self._name_edited)
        self.base_combo = QComboBox(panel)
        self.base_combo.setAccessibleName(self.tr("Base calendar"))
        self.base_combo.setToolTip(
            self.tr(
                "The base calendar's exceptions and holidays apply too; "
                "a calendar without a work week of its own works the base calendar's week."
            )
        )
        self.base_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.base_combo.setMinimumContentsLength(12)
        self.base_combo.activated.connect(self._base_chosen)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("N&ame:"), self.name_edit)
        form.addRow(self.tr("&Base:"), self.base_combo)
        self.usage_label = QLabel(panel)
        self.usage_label.setWordWrap(True)
        self.usage_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(title)
        layout.addWidget(self.calendar_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.project_button)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.usage_label)
        return panel

    def _build_week_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.inherit_week = QCheckBox(self.tr("Work the base calendar's week"), tab)
        self.inherit_week.toggled.connect(self._inherit_toggled)
        layout.addWidget(self.inherit_week)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self._caption(self.tr("Day")), 0, 0)
        grid.addWidget(self._caption(self.tr("Working hours")), 0, 1)
        grid.addWidget(self._caption(self.tr("Hours")), 0, 2, Qt.AlignmentFlag.AlignRight)
        self.day_working: list[QCheckBox] = []
        self.day_hours: list[QLineEdit] = []
        self.day_totals: list[QLabel] = []
        for weekday in range(7):
            name = self._locale.standaloneDayName(weekday + 1)
            box = QCheckBox(name[:1].upper() + name[1:], tab)
            box.setToolTip(self.tr("Ticked: a working day"))
            edit = QLineEdit(tab)
            edit.setAccessibleName(self.tr("Working hours on {day}").format(day=name))
            edit.setPlaceholderText(self.tr("Day off"))
            total = QLabel(tab)
            total.setAlignment(_RIGHT)
            total.setMinimumWidth(self.fontMetrics().horizontalAdvance("00 h 00") + 4)
            box.toggled.connect(lambda checked, day=weekday: self._day_toggled(day, checked))
            edit.textEdited.connect(lambda _text, day=weekday: self._day_edited(day))
            edit.editingFinished.connect(lambda day=weekday: self._day_finished(day))
            grid.addWidget(box, weekday + 1, 0)
            grid.addWidget(edit, weekday + 1, 1)
            grid.addWidget(total, weekday + 1, 2)
            self.day_working.append(box)
            self.day_hours.append(edit)
            self.day_totals.append(total)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.week_total = QLabel(tab)
        self.week_total.setAlignment(_RIGHT)
        layout.addWidget(self.week_total)
        self.preset_button = self._build_preset_button(tab)
        hint = QLabel(
            self.tr(
                "Type working hours as 08:00-12:00, 13:00-17:00 (8h30-12h works too). "
                "Untick a day, or leave it empty, for a day off."
            ),
            tab,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.preset_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(hint)
        layout.addStretch(1)
        return tab

    def _build_preset_button(self, parent: QWidget) -> QPushButton:
        button = QPushButton(self.tr("Apply a pre&set"), parent)
        self.preset_menu = QMenu(button)
        presets = {
            WeekPreset.STANDARD: self.tr("Standard: Monday to Friday, 08:00–12:00 and 13:00–17:00"),
            WeekPreset.FOUR_FIFTHS_WEDNESDAY: self.tr("Four-fifths (4/5): Wednesday off"),
            WeekPreset.FOUR_FIFTHS_FRIDAY: self.tr("Four-fifths (4/5): Friday off"),
            WeekPreset.HALF_TIME_MORNINGS: self.tr("Half-time: mornings, Monday to Friday"),
            WeekPreset.SEVEN_DAYS: self.tr("Seven days a week (cut-over)"),
        }
        self.preset_actions: dict[WeekPreset, QAction] = {}
        for preset, label in presets.items():
            action = self.preset_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, chosen=preset: self.apply_preset(chosen))
            self.preset_actions[preset] = action
        button.setMenu(self.preset_menu)
        return button

    def _build_exceptions_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.exception_model = ExceptionTableModel(tab)
        self.exception_table = QTableView(tab)
        self.exception_table.setModel(self.exception_model)
        self.exception_table.setAccessibleName(self.tr("Exceptions"))
        self._compact_table(self.exception_table)
        header = self.exception_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.exception_table.selectionModel().currentRowChanged.connect(self._exception_clicked)
        self.add_exception_button = QPushButton(self.tr("Add except&ion"), tab)
        self.add_exception_button.setToolTip(self.tr("A new exception on the day selected in the preview"))
        self.add_exception_button.clicked.connect(self.add_exception)
        self.remove_exception_button = QPushButton(self.tr("&Remove"), tab)
        self.remove_exception_button.clicked.connect(self.remove_exception)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_exception_button)
        buttons.addWidget(self.remove_exception_button)
        buttons.addStretch(1)
        self.inherited_exceptions = QLabel(tab)
        self.inherited_exceptions.setWordWrap(True)
        self.inherited_exceptions.setStyleSheet("color: palette(placeholder-text);")
        buttons.addWidget(self.inherited_exceptions, 2)

        self.exception_box = self._build_exception_form(tab)

        layout.addWidget(self.exception_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.exception_box)
        return tab

    def _build_exception_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Selected exception"), parent)
        self.exception_name = QLineEdit(box)
        self.exception_name.setAccessibleName(self.tr("Exception name"))
        self.exception_name.textEdited.connect(lambda _text: self._exception_edited())
        self.exception_start = self._date_edit(box, self.tr("First day"))
        self.exception_end = self._date_edit(box, self.tr("Last day"))
        self.exception_start.dateChanged.connect(self._exception_start_changed)
        self.exception_end.dateChanged.connect(lambda _date: self._exception_edited())
        days = QHBoxLayout()
        days.addWidget(self.exception_start)
        days.addWidget(QLabel(self.tr("to"), box))
        days.addWidget(self.exception_end)
        days.addStretch(1)
        self.exception_closed = QRadioButton(self.tr("Non-w&orking"), box)
        self.exception_working = QRadioButton(self.tr("Wor&king hours:"), box)
        group = QButtonGroup(box)
        group.addButton(self.exception_closed)
        group.addButton(self.exception_working)
        self.exception_closed.toggled.connect(self._exception_kind_toggled)
        self.exception_hours = QLineEdit(box)
        self.exception_hours.setAccessibleName(self.tr("Exception working hours"))
        self.exception_hours.setPlaceholderText(STANDARD_HOURS)
        self.exception_hours.textEdited.connect(lambda _text: self._exception_edited())
        kind = QHBoxLayout()
        kind.addWidget(self.exception_closed)
        kind.addSpacing(12)
        kind.addWidget(self.exception_working)
        kind.addWidget(self.exception_hours, 1)
        repeats = self._build_repeats_row(box)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Na&me:"), self.exception_name)
        form.addRow(self._buddy_label(self.tr("&Days:"), self.exception_start), days)
        form.addRow(self._buddy_label(self.tr("On these days:"), self.exception_closed), kind)
        form.addRow(self._buddy_label(self.tr("R&epeats:"), self.exception_repeats), repeats)
        until = QHBoxLayout()
        until.addWidget(self.exception_until_box)
        until.addWidget(self.exception_until)
        until.addStretch(1)
        form.addRow("", until)
        return box

    def _build_repeats_row(self, box: QGroupBox) -> QHBoxLayout:
        self.exception_repeats = QComboBox(box)
        self.exception_repeats.setAccessibleName(self.tr("Repeats"))
        self.exception_repeats.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for label, value in (
            (self.tr("Does not repeat"), RecurrenceKind.NONE),
            (self.tr("Every week"), RecurrenceKind.WEEKLY),
            (self.tr("Every month"), RecurrenceKind.MONTHLY),
            (self.tr("Every year"), RecurrenceKind.YEARLY),
            (self.tr("Custom rule (RRULE)"), RecurrenceKind.CUSTOM),
        ):
            self.exception_repeats.addItem(label, value)
        self.exception_repeats.activated.connect(self._repeats_chosen)
        self.exception_rule = QLineEdit(box)
        self.exception_rule.setAccessibleName(self.tr("Recurrence rule"))
        self.exception_rule.setPlaceholderText("FREQ=MONTHLY;BYDAY=1MO")
        self.exception_rule.textEdited.connect(lambda _text: self._exception_edited())
        self.exception_until_box = QCheckBox(self.tr("Un&til"), box)
        self.exception_until_box.toggled.connect(self._until_toggled)
        self.exception_until = self._date_edit(box, self.tr("Repeat until"))
        self.exception_until.dateChanged.connect(lambda _date: self._exception_edited())
        repeats = QHBoxLayout()
        repeats.addWidget(self.exception_repeats)
        repeats.addWidget(self.exception_rule, 1)
        return repeats

    def _build_holidays_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        box = QGroupBox(self.tr("Closed on"), tab)
        box_layout = QVBoxLayout(box)
        self.layer_boxes: dict[HolidayLayer, QCheckBox] = {}
        for layer in HolidayLayer:
            check = QCheckBox(layer_label(layer), box)
            check.toggled.connect(lambda checked, chosen=layer: self._layer_toggled(chosen, checked))
            box_layout.addWidget(check)
            self.layer_boxes[layer] = check
        self.layer_boxes[HolidayLayer.BELGIAN_PUBLIC].setToolTip(
            self.tr(
                "1 January, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August, 1 November, "
                "11 November and 25 December"
            )
        )
        year_row = QHBoxLayout()
        year_label = QLabel(self.tr("Holidays in &year:"), tab)
        self.holiday_year = QSpinBox(tab)
        self.holiday_year.setRange(1950, 2150)
        self.holiday_year.setValue(self._first_month.year)
        self.holiday_year.valueChanged.connect(lambda _year: self._refresh_holidays())
        year_label.setBuddy(self.holiday_year)
        year_row.addWidget(year_label)
        year_row.addWidget(self.holiday_year)
        year_row.addStretch(1)
        self.holiday_model = HolidayTableModel(tab)
        self.holiday_table = QTableView(tab)
        self.holiday_table.setModel(self.holiday_model)
        self.holiday_table.setAccessibleName(self.tr("Holidays"))
        self._compact_table(self.holiday_table)
        header = self.holiday_table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holiday_table.selectionModel().currentRowChanged.connect(self._holiday_clicked)
        layout.addWidget(box)
        layout.addLayout(year_row)
        layout.addWidget(self.holiday_table, 1)
        return tab

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("Preview"), self)
        box.setFixedWidth(330)
        self.preview = QCalendarWidget(box)
        self.preview.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.preview.setGridVisible(True)
        self.preview.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.preview.setAccessibleName(self.tr("Month preview"))
        plain = QTextCharFormat()
        plain.setForeground(self.palette().text())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.preview.setWeekdayTextFormat(day, plain)
        self.preview.setSelectedDate(_qdate(self._first_month))
        self.preview.currentPageChanged.connect(lambda _year, _month: self._refresh_preview())
        self.preview.selectionChanged.connect(self._refresh_day_note)
        legend = QGridLayout()
        entries = [
            (None, self.tr("Working day")),
            (DayKind.DAY_OFF, self.tr("Day off")),
            (DayKind.HOLIDAY, self.tr("Holiday")),
            (DayKind.EXCEPTION_CLOSED, self.tr("Exception: closed")),
            (DayKind.EXCEPTION_HOURS, self.tr("Exception: other hours")),
        ]
        for number, (kind, text) in enumerate(entries):
            swatch = QLabel(box)
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(DAY_COLOURS[kind][0]) if kind is not None else self.palette().base().color())
            swatch.setPixmap(pixmap)
            swatch.setStyleSheet("border: 1px solid #9e9e9e;")
            swatch.setFixedSize(16, 16)
            legend.addWidget(swatch, number // 2, (number % 2) * 2)
            legend.addWidget(QLabel(text, box), number // 2, (number % 2) * 2 + 1)
        legend.setColumnStretch(1, 1)
        legend.setColumnStretch(3, 1)
        self.month_summary = QLabel(box)
        self.month_summary.setWordWrap(True)
        self.day_note = QLabel(box)
        self.day_note.setWordWrap(True)
        self.day_note.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.day_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview)
        layout.addLayout(legend)
        layout.addWidget(self.month_summary)
        layout.addWidget(self.day_note)
        layout.addStretch(1)
        return box

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _compact_table(self, table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _date_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))  # the years a project file accepts
        edit.setAccessibleName(name)
        display = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in display:  # two-digit years are ambiguous
            display = display.replace("yy", "yyyy")
        edit.setDisplayFormat(display)
        return edit

    # --- state ----------------------------------------------------------------------------------------------------

    def calendars(self) -> CalendarSet:
        """The calendars as edited so far."""
        return self._calendars

    def current(self) -> CalendarDraft | None:
        """The calendar being edited."""
        return self._calendars.get(self._key)

    def _replace(self, draft: CalendarDraft) -> None:
        self._calendars = self._calendars.replaced(draft)

    def _show_problem(self, message: str, *, error: bool = True) -> None:
        self.problem.setText(message)
        self.problem.setStyleSheet("color: #b00020;" if error else "")
        self.problem.setVisible(bool(message))

    def _set_error(self, key: str, widget: QLineEdit, message: str | None) -> None:
        if message is None:
            self._errors.pop(key, None)
            widget.setStyleSheet("")
            widget.setToolTip("")
        else:
            self._errors[key] = (widget, message)
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setToolTip(message)
        self._clear_problem()

    def _clear_problem(self) -> None:
        """Show the first typing mistake left, else why the file cannot be changed, else nothing."""
        if self._errors:
            self._show_problem(next(iter(self._errors.values()))[1])
        else:
            self._show_problem(self._context.document.read_only_reason or "", error=False)

    def _refuse_while_errors(self, prefix: str = "") -> bool:
        """Show the first typing mistake (of fields whose key starts with ``prefix``); True when there is one."""
        for key, (widget, message) in self._errors.items():
            if key.startswith(prefix):
                self._show_problem(message)
                widget.setFocus()
                return True
        return False

    # --- calendars ------------------------------------------------------------------------------------------------

    def _fill_calendar_list(self) -> None:
        with QSignalBlocker(self.calendar_list):
            self.calendar_list.clear()
            for calendar in self._calendars.calendars:
                item = QListWidgetItem(self.calendar_list)
                item.setData(Qt.ItemDataRole.UserRole, calendar.key)
                self._label_item(item, calendar)

    def _label_item(self, item: QListWidgetItem, calendar: CalendarDraft) -> None:
        is_project = calendar.key == self._calendars.project_calendar_key
        name = calendar.name.strip() or self.tr("(no name)")
        item.setText(self.tr("{name} — project calendar").format(name=name) if is_project else name)
        font = QFont(self.calendar_list.font())
        font.setBold(is_project)
        item.setFont(font)

    def _item_of(self, key: int | None) -> QListWidgetItem | None:
        for row in range(self.calendar_list.count()):
            item = self.calendar_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _select_calendar(self, key: int | None) -> None:
        item = self._item_of(key)
        with QSignalBlocker(self.calendar_list):
            if item is None:
                self.calendar_list.setCurrentRow(-1)
            else:
                self.calendar_list.setCurrentItem(item)
        self._key = key
        self._load_calendar()

    def _calendar_clicked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._refuse_while_errors():
            with QSignalBlocker(self.calendar_list):
                self.calendar_list.setCurrentRow(-1 if previous is None else self.calendar_list.row(previous))
            return
        self._key = None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
        self._load_calendar()

    def _load_calendar(self) -> None:
        calendar = self.current()
        self._loading = True
        try:
            for widget in (self.name_edit, self.base_combo, self.tabs, self.copy_button, self.delete_button):
                widget.setEnabled(calendar is not None)
            self.name_edit.setText("" if calendar is None else calendar.name)
            self._fill_base_combo()
            self._load_week()
            self._load_exceptions()
            self._load_layers()
        finally:
            self._loading = False
        self._refresh()

    def _fill_base_combo(self) -> None:
        calendar = self.current()
        self.base_combo.clear()
        self.base_combo.addItem(self.tr("(none)"), None)
        if calendar is None:
            return
        for candidate in calendar_service.base_candidates(self._calendars, calendar.key):
            self.base_combo.addItem(candidate.name, candidate.key)
        self.base_combo.setCurrentIndex(max(0, self.base_combo.findData(calendar.base_key)))

    def _refresh(self) -> None:
        """Update everything derived from the edited calendars: list labels, usage, totals, holidays, preview."""
        calendar = self.current()
        self._clear_problem()
        for row in range(self.calendar_list.count()):
            item = self.calendar_list.item(row)
            draft = self._calendars.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if draft is not None:
                self._label_item(item, draft)
        self.project_button.setEnabled(calendar is not None and calendar.key != self._calendars.project_calendar_key)
        self.usage_label.setText(self._usage_text(calendar))
        self._refresh_week_totals()
        self._refresh_holidays()
        self._refresh_preview()

    def _usage_text(self, calendar: CalendarDraft | None) -> str:
        if calendar is None:
            return self.tr("The project has no calendar: Belfry schedules with the standard week.")
        parts = []
        if calendar.key == self._calendars.project_calendar_key:
            parts.append(self.tr("Project calendar."))
        usage = self._usage.get(calendar.key, calendar_service.CalendarUsage())
        tasks = self.tr("%n task(s)", "", usage.task_count)
        resources = self.tr("%n resource(s)", "", usage.resource_count)
        if usage.task_count and usage.resource_count:
            parts.append(self.tr("Used by {tasks} and {resources}.").format(tasks=tasks, resources=resources))
        elif usage.task_count or usage.resource_count:
            parts.append(self.tr("Used by {users}.").format(users=tasks if usage.task_count else resources))
        elif calendar.key > 0:
            parts.append(self.tr("No task or resource has it as its own calendar."))
        else:
            parts.append(self.tr("New: saved when you press OK."))
        return " ".join(parts)

    def new_calendar(self) -> None:
        """Add a standard calendar and select it, its name ready to be typed."""
        if self._refuse_while_errors():
            return
        key = self._calendars.new_calendar_key()
        self._add_calendar(calendar_service.standard_calendar(key, self._unique_name(self.tr("New calendar"))))

    def copy_calendar(self) -> None:
        """Add a copy of the selected calendar and select it."""
        calendar = self.current()
        if calendar is None or self._refuse_while_errors():
            return
        name = self._unique_name(self.tr("Copy of {name}").format(name=calendar.name))
        self._add_calendar(
            calendar_service.copy_calendar(self._calendars, calendar.key, self._calendars.new_calendar_key(), name)
        )

    def _unique_name(self, name: str) -> str:
        taken = {calendar.name.strip().casefold() for calendar in self._calendars.calendars}
        candidate, number = name, 2
        while candidate.casefold() in taken:
            candidate, number = f"{name} ({number})", number + 1
        return candidate

    def _add_calendar(self, draft: CalendarDraft) -> None:
        self._replace(draft)
        self._fill_calendar_list()
        self._select_calendar(draft.key)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_calendar(self) -> None:
        """Delete the selected calendar, unless something uses it (then say what)."""
        calendar = self.current()
        if calendar is None:
            return
        refusal = calendar_service.deletion_refusal(self._calendars, self._usage, calendar.key)
        if refusal is not None:
            self._show_problem(refusal)
            return
        self._errors.clear()
        row = self.calendar_list.currentRow()
        self._calendars = self._calendars.without(calendar.key)
        self._fill_calendar_list()
        remaining = self._calendars.calendars
        self._select_calendar(remaining[min(row, len(remaining) - 1)].key if remaining else None)

    def use_as_project_calendar(self) -> None:
        """Make the selected calendar the project calendar."""
        calendar = self.current()
        if calendar is not None:
            self._calendars = dataclasses.replace(self._calendars, project_calendar_key=calendar.key)
            self._refresh()

    def _name_edited(self, text: str) -> None:
        calendar = self.current()
        if calendar is not None and not self._loading:
            self._replace(dataclasses.replace(calendar, name=text))
            self._clear_problem()
            item = self.calendar_list.currentItem()
            if item is not None:
                self._label_item(item, self._calendars[calendar.key])

    def _base_chosen(self, _index: int) -> None:
        calendar = self.current()
        if calendar is None or self._loading:
            return
        base_key = self.base_combo.currentData()
        self._replace(dataclasses.replace(calendar, base_key=None if base_key is None else int(base_key)))
        # A layer the base already closes is shown as inherited (and cannot be unticked): not kept twice.
        inherited = calendar_service.inherited_layers(self._calendars, calendar.key)
        self._replace(
            dataclasses.replace(
                self._calendars[calendar.key], holiday_layers=calendar.holiday_layers - inherited.keys()
            )
        )
        self._loading = True
        try:
            self._load_week()
            self._load_layers()
        finally:
            self._loading = False
        self._refresh()

    # --- work week ------------------------------------------------------------------------------------------------

    def _day_name(self, weekday: int) -> str:
        name = str(self._locale.standaloneDayName(weekday + 1))
        return name[:1].upper() + name[1:]

    def _load_week(self) -> None:
        calendar = self.current()
        for weekday in range(7):
            self._set_error(f"week-{weekday}", self.day_hours[weekday], None)
        inherits = calendar is not None and calendar.base_key is not None and not calendar.has_own_week
        self.inherit_week.setVisible(calendar is not None and calendar.base_key is not None)
        with QSignalBlocker(self.inherit_week):
            self.inherit_week.setChecked(inherits)
        week = (
            calendar_service.EMPTY_WEEK
            if calendar is None
            else calendar_service.effective_week(self._calendars, calendar.key)
        )
        for weekday, pattern in enumerate(week):
            with QSignalBlocker(self.day_working[weekday]):
                self.day_working[weekday].setChecked(bool(pattern))
            self.day_hours[weekday].setText(calendar_service.format_intervals(pattern))
            self.day_working[weekday].setEnabled(not inherits)
            self.day_hours[weekday].setEnabled(not inherits and bool(pattern))
        self.preset_button.setEnabled(not inherits)

    def _set_week(self, week: tuple[calendar_service.DayPattern, ...]) -> None:
        calendar = self.current()
        if calendar is not None:
            self._replace(dataclasses.replace(calendar, week=week))

    def _day_toggled(self, weekday: int, checked: bool) -> None:
        calendar = self.current()
        if calendar is None or self._loading:
            return
        edit = self.day_hours[weekday]
        if checked:
            edit.setText(self._remembered_hours.get((calendar.key, weekday)) or STANDARD_HOURS)
            edit.setEnabled(True)
        else:
            if edit.text().strip():
                self._remembered_hours[(calendar.key, weekday)] = edit.text()
            edit.clear()
            edit.setEnabled(False)
        self._day_edited(weekday)

    def _day_edited(self, weekday: int) -> None:
        """Read the day's hours; a mistake is shown (naming the day) and keeps the previous hours in the draft."""
        calendar = self.current()
        if calendar is None or self._loading:
            return
        edit = self.day_hours[weekday]
        try:
            pattern = calendar_service.parse_intervals(edit.text(), self._day_name(weekday))
        except calendar_service.CalendarInputError as error:
            self._set_error(f"week-{weekday}", edit, str(error))
            return
        self._set_error(f"week-{weekday}", edit, None)
        week = list(
            calendar.week if calendar.has_own_week else calendar_service.effective_week(self._calendars, calendar.key)
        )
        week[weekday] = pattern
        self._set_week(tuple(week))
        if calendar.base_key is not None and not any(week):
            # No working hours of its own: the calendar works its base calendar's week (the model has no other way).
            self._loading = True
            try:
                self._load_week()
            finally:
                self._loading = False
        self._refresh_week_totals()
        self._refresh_holidays()
        self._refresh_preview()

    def _day_finished(self, weekday: int) -> None:
        """An emptied day becomes a day off (its box unticked); valid text is shown in the standard form."""
        calendar = self.current()
        if calendar is None or self._loading or f"week-{weekday}" in self._errors:
            return
        pattern = calendar_service.effective_week(self._calendars, calendar.key)[weekday]
        if not pattern and self.day_working[weekday].isChecked():
            with QSignalBlocker(self.day_working[weekday]):
                self.day_working[weekday].setChecked(False)
            self.day_hours[weekday].setEnabled(False)
        elif pattern:
            self.day_hours[weekday].setText(calendar_service.format_intervals(pattern))

    def _inherit_toggled(self, checked: bool) -> None:
        calendar = self.current()
        if calendar is None or self._loading:
            return
        if checked:
            self._set_week(calendar_service.EMPTY_WEEK)
        else:
            self._set_week(calendar_service.effective_week(self._calendars, calendar.key))
        self._loading = True
        try:
            self._load_week()
            with QSignalBlocker(self.inherit_week):
                self.inherit_week.setChecked(checked)
        finally:
            self._loading = False
        self._refresh()

    def apply_preset(self, preset: WeekPreset) -> None:
        """Replace the work week of the selected calendar by a ready-made one."""
        if self.current() is None:
            return
        self._set_week(calendar_service.preset_week(preset))
        self._loading = True
        try:
            self._load_week()
        finally:
            self._loading = False
        self._refresh()

    def _refresh_week_totals(self) -> None:
        calendar = self.current()
        week = (
            calendar_service.EMPTY_WEEK
            if calendar is None
            else calendar_service.effective_week(self._calendars, calendar.key)
        )
        for weekday, pattern in enumerate(week):
            minutes = calendar_service.pattern_minutes(pattern)
            self.day_totals[weekday].setText(hours_text(minutes) if minutes else "—")
        total = sum(calendar_service.pattern_minutes(pattern) for pattern in week)
        days = sum(1 for pattern in week if pattern)
        self.week_total.setText(self.tr("Week: {hours}, %n working day(s)", "", days).format(hours=hours_text(total)))

    # --- exceptions -----------------------------------------------------------------------------------------------

    def _load_exceptions(self, select: int | None = None) -> None:
        calendar = self.current()
        self._set_error("exception-hours", self.exception_hours, None)
        self._set_error("exception-rule", self.exception_rule, None)
        rows = () if calendar is None else calendar.exceptions
        self.exception_model.set_rows(rows)
        keys = [row.key for row in rows]
        number = keys.index(select) if select in keys else (0 if keys else -1)
        self._exception_key = keys[number] if number >= 0 else None
        if number >= 0:
            with QSignalBlocker(self.exception_table.selectionModel()):
                self.exception_table.selectRow(number)
        inherited = [] if calendar is None else calendar_service.lineage(self._calendars, calendar.key)[:-1]
        count = sum(len(base.exceptions) for base in inherited)
        self.inherited_exceptions.setText(
            self.tr("%n exception(s) of the base calendars apply too (see the preview).", "", count) if count else ""
        )
        self._load_exception_form()

    def _current_exception(self) -> ExceptionDraft | None:
        calendar = self.current()
        if calendar is None or self._exception_key is None:
            return None
        try:
            return calendar.exception(self._exception_key)
        except KeyError:
            return None

    def _load_exception_form(self) -> None:
        exception = self._current_exception()
        was_loading, self._loading = self._loading, True
        try:
            self.exception_box.setEnabled(exception is not None)
            self.remove_exception_button.setEnabled(exception is not None)
            if exception is None:
                self.exception_name.clear()
                self.exception_hours.clear()
                self.exception_rule.clear()
                self.exception_rule.setVisible(False)
                return
            self.exception_name.setText(exception.name)
            self.exception_start.setDate(_qdate(exception.start))
            self.exception_end.setMinimumDate(_qdate(exception.start))
            self.exception_end.setDate(_qdate(exception.end))
            self.exception_closed.setChecked(not exception.is_working)
            self.exception_working.setChecked(exception.is_working)
            self.exception_hours.setEnabled(exception.is_working)
            self.exception_hours.setText(calendar_service.format_intervals(exception.intervals))
            kind = calendar_service.recurrence_kind(exception.recurrence, exception.start)
            self.exception_repeats.setCurrentIndex(self.exception_repeats.findData(kind))
            self.exception_rule.setText(exception.recurrence or "")
            self.exception_rule.setVisible(kind == RecurrenceKind.CUSTOM)
            self.exception_until_box.setEnabled(kind != RecurrenceKind.NONE)
            self.exception_until_box.setChecked(exception.until is not None)
            self.exception_until.setMinimumDate(_qdate(exception.start))
            self.exception_until.setDate(_qdate(exception.until or exception.end))
            self.exception_until.setEnabled(kind != RecurrenceKind.NONE and exception.until is not None)
        finally:
            self._loading = was_loading

    def _exception_clicked(self, index: QModelIndex, previous: QModelIndex) -> None:
        if self._refuse_while_errors("exception-"):
            with QSignalBlocker(self.exception_table.selectionModel()):
                self.exception_table.selectRow(previous.row())
            return
        rows = self.exception_model.rows
        self._exception_key = rows[index.row()].key if index.isValid() and index.row() < len(rows) else None
        self._load_exception_form()
        exception = self._current_exception()
        if exception is not None:
            self.preview.setSelectedDate(_qdate(exception.start))

    def add_exception(self) -> None:
        """Add a one-day, non-working exception on the day selected in the preview, and select it."""
        calendar = self.current()
        if calendar is None or self._refuse_while_errors("exception-"):
            return
        day = _pydate(self.preview.selectedDate())
        exception = ExceptionDraft(self._calendars.new_exception_key(), self.tr("New exception"), day, day)
        self._replace(dataclasses.replace(calendar, exceptions=(*calendar.exceptions, exception)))
        self._load_exceptions(select=exception.key)
        self._refresh()
        self.exception_name.setFocus()
        self.exception_name.selectAll()

    def remove_exception(self) -> None:
        """Remove the selected exception."""
        calendar, exception = self.current(), self._current_exception()
        if calendar is None or exception is None:
            return
        number = [row.key for row in calendar.exceptions].index(exception.key)
        remaining = tuple(row for row in calendar.exceptions if row.key != exception.key)
        self._replace(dataclasses.replace(calendar, exceptions=remaining))
        self._load_exceptions(select=remaining[min(number, len(remaining) - 1)].key if remaining else None)
        self._refresh()

    def _exception_start_changed(self, day: QDate) -> None:
        if self._loading:
            return
        if self.exception_end.date() < day:
            with QSignalBlocker(self.exception_end):
                self.exception_end.setDate(day)
        for edit in (self.exception_end, self.exception_until):
            with QSignalBlocker(edit):
                edit.setMinimumDate(day)
        self._exception_edited()

    def _exception_kind_toggled(self, closed: bool) -> None:
        if self._loading:
            return
        self.exception_hours.setEnabled(not closed)
        if not closed and not self.exception_hours.text().strip():
            self.exception_hours.setText(STANDARD_HOURS)
        self._exception_edited()

    def _repeats_chosen(self, _index: int) -> None:
        if self._loading:
            return
        kind = RecurrenceKind(self.exception_repeats.currentData())
        exception = self._current_exception()
        if kind == RecurrenceKind.CUSTOM and not self.exception_rule.text().strip() and exception is not None:
            start = exception.start
            self.exception_rule.setText(calendar_service.recurrence_rule(RecurrenceKind.YEARLY, start) or "FREQ=YEARLY")
        self.exception_rule.setVisible(kind == RecurrenceKind.CUSTOM)
        self.exception_until_box.setEnabled(kind != RecurrenceKind.NONE)
        self.exception_until.setEnabled(kind != RecurrenceKind.NONE and self.exception_until_box.isChecked())
        self._exception_edited()

    def _until_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.exception_until.setEnabled(checked)
        self._exception_edited()

    def _exception_edited(self) -> None:
        """Read the exception form into the draft; a typing mistake is shown and keeps the previous value."""
        calendar, exception = self.current(), self._current_exception()
        if calendar is None or exception is None or self._loading:
            return
        name = self.exception_name.text()
        what = self.tr("Exception “{name}”").format(name=name.strip() or self.tr("(no name)"))
        start, end = _pydate(self.exception_start.date()), _pydate(self.exception_end.date())
        intervals = exception.intervals
        if self.exception_working.isChecked():
            try:
                intervals = calendar_service.parse_intervals(self.exception_hours.text(), what)
                if not intervals:
                    raise calendar_service.CalendarInputError(
                        self.tr("{what}: type its working hours, or choose Non-working.").format(what=what)
                    )
                self._set_error("exception-hours", self.exception_hours, None)
            except calendar_service.CalendarInputError as error:
                self._set_error("exception-hours", self.exception_hours, str(error))
        else:
            intervals = ()
            self._set_error("exception-hours", self.exception_hours, None)
        kind = RecurrenceKind(self.exception_repeats.currentData())
        rule = exception.recurrence
        if kind == RecurrenceKind.CUSTOM:
            try:
                rule = calendar_service.check_recurrence(self.exception_rule.text(), what)
                self._set_error("exception-rule", self.exception_rule, None)
            except calendar_service.CalendarInputError as error:
                self._set_error("exception-rule", self.exception_rule, str(error))
        else:
            rule = calendar_service.recurrence_rule(kind, start)
            self._set_error("exception-rule", self.exception_rule, None)
        until = _pydate(self.exception_until.date()) if rule and self.exception_until_box.isChecked() else None
        edited = dataclasses.replace(
            exception, name=name, start=start, end=end, intervals=intervals, recurrence=rule, until=until
        )
        exceptions = tuple(edited if row.key == exception.key else row for row in calendar.exceptions)
        self._replace(dataclasses.replace(calendar, exceptions=exceptions))
        number = [row.key for row in exceptions].index(exception.key)
        self.exception_model.set_row(number, edited)
        self._refresh_holidays()
        self._refresh_preview()

    # --- holidays -------------------------------------------------------------------------------------------------

    def _load_layers(self) -> None:
        calendar = self.current()
        inherited = {} if calendar is None else calendar_service.inherited_layers(self._calendars, calendar.key)
        for layer, box in self.layer_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(layer in inherited or (calendar is not None and layer in calendar.holiday_layers))
            box.setEnabled(layer not in inherited)
            text = layer_label(layer)
            if layer in inherited:
                text = self.tr("{layer} — from the base calendar “{name}”").format(layer=text, name=inherited[layer])
            box.setText(text)

    def _layer_toggled(self, layer: HolidayLayer, checked: bool) -> None:
        calendar = self.current()
        if calendar is None or self._loading:
            return
        layers = calendar.holiday_layers | {layer} if checked else calendar.holiday_layers - {layer}
        self._replace(dataclasses.replace(calendar, holiday_layers=layers))
        self._refresh_holidays()
        self._refresh_preview()

    def _refresh_holidays(self) -> None:
        calendar = self.current()
        rows = (
            []
            if calendar is None
            else calendar_service.holiday_rows(self._calendars, calendar.key, self.holiday_year.value())
        )
        self.holiday_model.set_rows(rows)

    def _holiday_clicked(self, index: QModelIndex, _previous: QModelIndex) -> None:
        rows = self.holiday_model.rows
        if index.isValid() and index.row() < len(rows):
            self.preview.setSelectedDate(_qdate(rows[index.row()].day))

    # --- preview --------------------------------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        """Colour the days of the shown month (and the days of its neighbours in view) as the calendar works them."""
        calendar = self.current()
        self.preview.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date's format
        self._day_infos = {}
        year, month = self.preview.yearShown(), self.preview.monthShown()
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        if calendar is None:
            self.month_summary.clear()
            self._refresh_day_note()
            return
        infos = calendar_service.day_infos(
            self._calendars, calendar.key, first - dt.timedelta(days=14), last + dt.timedelta(days=14)
        )
        for info in infos:
            self._day_infos[info.day] = info
            colours = DAY_COLOURS.get(info.kind)
            if colours is None:
                continue
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(colours[0]))
            text_format.setForeground(QColor(colours[1]))
            if info.kind == DayKind.HOLIDAY:
                text_format.setFontWeight(QFont.Weight.Bold)
            text_format.setToolTip(self._describe_day(info))
            self.preview.setDateTextFormat(_qdate(info.day), text_format)
        in_month = [info for info in infos if first <= info.day <= last]
        minutes = sum(calendar_service.pattern_minutes(info.intervals) for info in in_month)
        days = sum(1 for info in in_month if info.is_working)
        month_name = self._locale.toString(_qdate(first), "MMMM yyyy")
        self.month_summary.setText(
            self.tr("{month}: %n working day(s), {hours}", "", days).format(
                month=month_name[:1].upper() + month_name[1:], hours=hours_text(minutes)
            )
        )
        self._refresh_day_note()

    def _describe_day(self, info: calendar_service.DayInfo) -> str:
        hours = calendar_service.format_intervals(info.intervals)
        match info.kind:
            case DayKind.WORKING:
                return self.tr("Working: {hours}").format(hours=hours)
            case DayKind.DAY_OFF:
                return self.tr("Day off")
            case DayKind.HOLIDAY:
                return self.tr("Holiday: {name}").format(name=info.label)
            case DayKind.EXCEPTION_CLOSED:
                return self.tr("Closed: {name}").format(name=info.label or self.tr("exception"))
            case DayKind.EXCEPTION_HOURS:
                return self.tr("{name}: working {hours}").format(name=info.label or self.tr("Exception"), hours=hours)
            case _:
                assert_never(info.kind)

    def _refresh_day_note(self) -> None:
        day = _pydate(self.preview.selectedDate())
        info = self._day_infos.get(day)
        if info is None:
            self.day_note.clear()
            return
        shown = self._locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
        self.day_note.setText(f"{shown}\n{self._describe_day(info)}")

    # --- OK -------------------------------------------------------------------------------------------------------

    @override
    def accept(self) -> None:
        """Save every change as one undo step and close; a mistake or a refusal is shown and keeps the dialog open."""
        if self._refuse_while_errors():
            return
        found = calendar_service.problems(self._calendars)
        if found:
            self._show_problem(found[0])
            return
        context, edited = self._context, self._calendars
        try:
            change = context.read(lambda session: calendar_service.save_change(session, context.project_id, edited))
            if change is not None:
                self.applied = context.push(change, self.tr("Edit calendars"))
        except (edits.EditError, project_file.ProjectFileError) as error:
            self._show_problem(str(error))
            return
        super().accept()
