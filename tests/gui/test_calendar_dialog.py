"""Project > Calendars…, driven as a user would (offscreen): one undo step on OK, nothing on Cancel, mistakes shown."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.calendar_dialog import CalendarDialog
from gui.main_window import MainWindow
from model import entities
from model.enums import HolidayLayer
from services import calendar_service, edits, schedule_service, working_time
from services.calendar_service import CalendarSet, WeekPreset
from tests.gui.conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

START = dt.datetime(2026, 11, 30, 8, 0)  # a Monday
DAY = 480
STANDARD_DAY = working_time.STANDARD_DAY


@pytest.fixture
def planned(window: MainWindow) -> MainWindow:
    """A new project starting on Monday 30 November 2026: Build (20 days) then Test (5 days)."""
    assert window.new_project()
    context = window.context
    assert context is not None
    assert window.submit(edits.SetField(entities.Project, context.project_id, "start", START), "Start")
    assert window.submit(edits.AddTask(None, None, "Build", duration=20 * DAY), "Add Build")
    assert window.submit(edits.AddTask(None, None, "Test", duration=5 * DAY), "Add Test")
    build, test = (row.id for row in window.model.rows)
    assert window.submit(edits.LinkTasks(build, test), "Link")
    return window


def dates(window: MainWindow) -> list[tuple[str, dt.datetime | None, dt.datetime | None]]:
    return [(row.name, row.start, row.finish) for row in window.model.rows]


def stored(window: MainWindow) -> CalendarSet:
    context = window.context
    assert context is not None
    return context.read(lambda session: calendar_service.calendar_set(session, context.project_id))


def calendars_action(window: MainWindow) -> QAction:
    """Project > Calendars… in the menu bar (right after Project information…)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == "Project":
            texts = [action.text().replace("&", "") for action in menu.actions()]
            assert texts.index("Calendars…") == texts.index("Project information…") + 1
            action = menu.actions()[texts.index("Calendars…")]
            assert action.isEnabled()
            return action
    raise AssertionError("no Project menu")


def shown(qtbot: QtBot, dialog: QDialog) -> CalendarDialog:
    assert isinstance(dialog, CalendarDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # typing and Tab need the focus
    return dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A left click on the button (on the box of a check box or radio button, which a wide one's middle misses)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    spot = QPoint(10, button.height() // 2) if isinstance(button, QCheckBox | QRadioButton) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=spot)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def ok(dialog: CalendarDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def run(window: MainWindow, dialogs: ScriptedDialogs, filler: Callable[[QDialog], bool]) -> bool:
    dialogs.fillers.append(filler)
    before = len(dialogs.dialogs)
    calendars_action(window).trigger()
    assert len(dialogs.dialogs) == before + 1 and not dialogs.fillers
    dialog = dialogs.dialogs[-1]
    assert isinstance(dialog, CalendarDialog)
    return dialog.result() == QDialog.DialogCode.Accepted


def test_wednesday_off_christmas_eve_and_holiday_layers_move_the_tasks_as_one_undo_step(
    qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs
) -> None:
    window = planned
    before_dates, before_calendars = dates(window), stored(window)
    steps = window.undo_stack.count()

    def fill(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        assert dialog.calendar_list.count() == 1
        assert dialog.calendar_list.currentItem().text() == "Standard — project calendar"
        assert dialog.week_total.text() == "Week: 40 h, 5 working day(s)"
        # Wednesday becomes a day off.
        click(qtbot, dialog.day_working[2])
        assert not dialog.day_hours[2].isEnabled() and dialog.day_hours[2].text() == ""
        assert dialog.week_total.text() == "Week: 32 h, 4 working day(s)"
        # Christmas Eve 2026 is closed: pick the day in the preview, add, name it.
        dialog.tabs.setCurrentIndex(1)
        dialog.preview.setSelectedDate(QDate(2026, 12, 24))
        click(qtbot, dialog.add_exception_button)
        retype(qtbot, dialog.exception_name, "Christmas Eve")
        assert dialog.exception_closed.isChecked()
        assert dialog.exception_model.rows[0].start == dt.date(2026, 12, 24)
        assert dialog.exception_model.data(dialog.exception_model.index(0, 3)) == "Non-working"
        ModelTester(None).check(dialog.exception_model)
        assert "Closed: Christmas Eve" in dialog.day_note.text()
        # Holidays: no Belgian public holidays, the Flemish Community's day instead.
        dialog.tabs.setCurrentIndex(2)
        assert dialog.holiday_model.rowCount() == 12  # Belgian public holidays 2026
        ModelTester(None).check(dialog.holiday_model)
        click(qtbot, dialog.layer_boxes[HolidayLayer.BELGIAN_PUBLIC])
        click(qtbot, dialog.layer_boxes[HolidayLayer.FLEMISH_COMMUNITY])
        assert [row.name for row in dialog.holiday_model.rows] == ["Day of the Flemish Community"]
        assert dialog.holiday_model.data(dialog.holiday_model.index(0, 3)) == "Already a day off"  # a Saturday
        ModelTester(None).check(dialog.holiday_model)
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, fill)
    assert window.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Edit calendars"

    # The tasks follow the new calendar exactly as the working-time engine counts it.
    spec = working_time.CalendarSpec(
        week=(STANDARD_DAY, STANDARD_DAY, (), STANDARD_DAY, STANDARD_DAY, (), ()),
        exceptions=(working_time.CalendarException(dt.date(2026, 12, 24), dt.date(2026, 12, 24)),),
        holiday_layers=(HolidayLayer.FLEMISH_COMMUNITY,),
    )
    index = working_time.WorkingTimeIndex(spec, dt.date(2026, 1, 1))
    build_finish = index.add_working(START, 20 * DAY)
    test_start = index.start_moment(index.to_minutes(build_finish))
    after_dates = dates(window)
    assert after_dates == [
        ("Build", START, build_finish),
        ("Test", test_start, index.add_working(test_start, 5 * DAY)),
    ]
    assert build_finish == dt.datetime(2027, 1, 4, 17, 0)  # 4-day weeks; Christmas and New Year's Day worked
    assert after_dates != before_dates
    context = window.context
    assert context is not None
    (calendar,) = stored(window).calendars
    specs = context.read(lambda session: schedule_service.calendar_specs(session, context.project_id))
    assert specs[next(iter(specs))] == spec
    assert [exception.name for exception in calendar.exceptions] == ["Christmas Eve"]

    # Undo restores the calendar rows and the dates; redo brings them back.
    window.undo_action.trigger()
    assert stored(window) == before_calendars
    assert dates(window) == before_dates
    window.redo_action.trigger()
    assert dates(window) == after_dates
    assert stored(window).calendars[0].exceptions == calendar.exceptions


def test_a_mistyped_interval_is_shown_naming_the_day_and_keeps_the_dialog_open(
    qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs
) -> None:
    window = planned
    before_dates, before_calendars = dates(window), stored(window)
    steps = window.undo_stack.count()

    def inverted(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        retype(qtbot, dialog.day_hours[0], "13:00-12:00")
        assert dialog.problem.isVisible()
        assert dialog.problem.text() == "Monday: the interval 13:00–12:00 must end after it starts."
        click(qtbot, ok(dialog))
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.isVisible()
        # Nothing else happens until the mistake is mended: not a new calendar either.
        click(qtbot, dialog.new_button)
        assert dialog.calendar_list.count() == 1
        retype(qtbot, dialog.day_hours[0], "08:00-12:00, 11:00-15:00")
        assert dialog.problem.text() == "Monday: the intervals 08:00–12:00 and 11:00–15:00 overlap."
        click(qtbot, ok(dialog))
        assert dialog.isVisible()
        dialog.reject()
        return False

    assert not run(window, dialogs, inverted)
    assert window.undo_stack.count() == steps
    assert stored(window) == before_calendars and dates(window) == before_dates

    def mended(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        retype(qtbot, dialog.day_hours[0], "13:00-12:00")
        click(qtbot, ok(dialog))
        assert dialog.isVisible()
        retype(qtbot, dialog.day_hours[0], "8h-12h, 13h-16h")  # a short Monday
        assert not dialog.problem.isVisible()
        qtbot.keyClick(dialog.day_hours[0], Qt.Key.Key_Tab)
        assert dialog.day_hours[0].text() == "08:00–12:00, 13:00–16:00"
        assert dialog.day_totals[0].text() == "7 h"
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, mended)
    assert stored(window).calendars[0].week[0] == ((480, 720), (780, 960))
    assert window.undo_stack.count() == steps + 1


def test_cancel_changes_nothing(qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs) -> None:
    window = planned
    before_dates, before_calendars = dates(window), stored(window)
    steps = window.undo_stack.count()

    def cancel(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        dialog.preset_actions[WeekPreset.SEVEN_DAYS].trigger()
        click(qtbot, dialog.copy_button)
        assert dialog.calendar_list.count() == 2
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert not run(window, dialogs, cancel)
    assert window.undo_stack.count() == steps
    assert stored(window) == before_calendars and dates(window) == before_dates

    def unchanged(dialog: QDialog) -> bool:  # OK without a change: no undo step either
        dialog = shown(qtbot, dialog)
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, unchanged)
    assert window.undo_stack.count() == steps


def test_new_copy_rename_base_project_calendar_and_refused_delete(
    qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs
) -> None:
    window = planned
    before_dates, before_calendars = dates(window), stored(window)

    def fill(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        # The project calendar cannot be deleted: the dialog says why.
        click(qtbot, dialog.delete_button)
        assert dialog.problem.text() == "“Standard” cannot be deleted: it is used by the project."
        assert dialog.calendar_list.count() == 1
        # A four-fifths copy becomes the project calendar.
        click(qtbot, dialog.copy_button)
        assert dialog.name_edit.text() == "Copy of Standard" and dialog.name_edit.hasFocus()
        qtbot.keyClicks(dialog.name_edit, "Four-fifths")
        assert dialog.calendar_list.currentItem().text() == "Four-fifths"
        dialog.preset_actions[WeekPreset.FOUR_FIFTHS_WEDNESDAY].trigger()
        assert dialog.day_hours[2].text() == "" and not dialog.day_working[2].isChecked()
        click(qtbot, dialog.project_button)
        assert dialog.calendar_list.currentItem().text() == "Four-fifths — project calendar"
        # A new calendar that works the four-fifths week and adds the German-speaking Community's day.
        click(qtbot, dialog.new_button)
        qtbot.keyClicks(dialog.name_edit, "Eupen office")
        dialog.base_combo.setCurrentIndex(dialog.base_combo.findText("Four-fifths"))
        dialog.base_combo.activated.emit(dialog.base_combo.currentIndex())
        assert dialog.base_combo.findText("Eupen office") == -1  # never its own base
        assert dialog.inherit_week.isVisible() and not dialog.inherit_week.isChecked()
        click(qtbot, dialog.inherit_week)
        assert not dialog.day_hours[0].isEnabled() and dialog.day_hours[2].text() == ""
        dialog.tabs.setCurrentIndex(2)
        public = dialog.layer_boxes[HolidayLayer.BELGIAN_PUBLIC]
        assert public.isChecked() and public.text().endswith("— from the base calendar “Four-fifths”")
        click(qtbot, dialog.layer_boxes[HolidayLayer.GERMAN_COMMUNITY])
        # Now Four-fifths is a base: it cannot go; Standard is free and goes.
        dialog.calendar_list.setCurrentRow(1)
        click(qtbot, dialog.delete_button)
        assert "the calendar “Eupen office” (its base calendar)" in dialog.problem.text()
        dialog.calendar_list.setCurrentRow(0)
        assert dialog.name_edit.text() == "Standard"
        click(qtbot, dialog.delete_button)
        assert [dialog.calendar_list.item(row).text() for row in range(2)] == [
            "Four-fifths — project calendar",
            "Eupen office",
        ]
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, fill)
    calendars = stored(window)
    four_fifths, eupen = calendars.calendars
    assert (four_fifths.name, eupen.name) == ("Four-fifths", "Eupen office")
    assert calendars.project_calendar_key == four_fifths.key
    assert four_fifths.week[2] == () and four_fifths.holiday_layers == {HolidayLayer.BELGIAN_PUBLIC}
    assert eupen.base_key == four_fifths.key and not eupen.has_own_week
    assert eupen.holiday_layers == {HolidayLayer.GERMAN_COMMUNITY}
    assert dates(window) != before_dates  # four working days a week
    window.undo_action.trigger()
    assert stored(window) == before_calendars and dates(window) == before_dates


def test_exception_hours_and_recurrence(qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs) -> None:
    window = planned

    def fill(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        dialog.tabs.setCurrentIndex(1)
        dialog.preview.setSelectedDate(QDate(2026, 12, 31))
        click(qtbot, dialog.add_exception_button)
        retype(qtbot, dialog.exception_name, "New Year's Eve")
        click(qtbot, dialog.exception_working)
        assert dialog.exception_hours.text() == "08:00–12:00, 13:00–17:00"
        retype(qtbot, dialog.exception_hours, "8-13, 12-14")
        assert dialog.problem.text() == "Exception “New Year's Eve”: the intervals 08:00–13:00 and 12:00–14:00 overlap."
        click(qtbot, dialog.add_exception_button)  # refused until mended
        assert dialog.exception_model.rowCount() == 1
        retype(qtbot, dialog.exception_hours, "08:00-12:00")
        assert not dialog.problem.isVisible()
        dialog.exception_repeats.setCurrentIndex(dialog.exception_repeats.findText("Custom rule (RRULE)"))
        dialog.exception_repeats.activated.emit(dialog.exception_repeats.currentIndex())
        assert dialog.exception_rule.isVisible()
        retype(qtbot, dialog.exception_rule, "FREQ=HOURLY")
        assert "needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY" in dialog.problem.text()
        click(qtbot, ok(dialog))
        assert dialog.isVisible()
        dialog.exception_repeats.setCurrentIndex(dialog.exception_repeats.findText("Every year"))
        dialog.exception_repeats.activated.emit(dialog.exception_repeats.currentIndex())
        assert not dialog.problem.isVisible() and not dialog.exception_rule.isVisible()
        click(qtbot, dialog.exception_until_box)
        dialog.exception_until.setDate(QDate(2030, 12, 31))
        model = dialog.exception_model
        assert model.data(model.index(0, 3)) == "08:00–12:00"
        until = QLocale().toString(QDate(2030, 12, 31), QLocale.FormatType.ShortFormat)
        assert model.data(model.index(0, 4)) == f"Every year on 31 December, until {until}"
        dialog.preview.setSelectedDate(QDate(2027, 12, 31))
        assert "New Year's Eve: working 08:00–12:00" in dialog.day_note.text()
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, fill)
    (exception,) = stored(window).calendars[0].exceptions
    assert (exception.name, exception.intervals, exception.recurrence, exception.until) == (
        "New Year's Eve",
        ((480, 720),),
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
        dt.date(2030, 12, 31),
    )

    def remove(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        dialog.tabs.setCurrentIndex(1)
        assert dialog.exception_name.text() == "New Year's Eve"
        click(qtbot, dialog.remove_exception_button)
        assert dialog.exception_model.rowCount() == 0 and not dialog.exception_box.isEnabled()
        click(qtbot, ok(dialog))
        return dialog.result() == QDialog.DialogCode.Accepted

    assert run(window, dialogs, remove)
    assert stored(window).calendars[0].exceptions == ()


def test_calendars_action_needs_a_project(window: MainWindow) -> None:
    assert window.context is None
    assert not window.calendars_action.isEnabled()
    assert not window.edit_calendars()


def test_no_two_visible_controls_share_a_shortcut_letter(
    qtbot: QtBot, planned: MainWindow, dialogs: ScriptedDialogs
) -> None:
    """Alt+letter reaches one control: on each tab, the tab's controls and the always-visible ones have distinct
    mnemonics."""

    def letters(dialog: CalendarDialog) -> list[str]:
        texts = [dialog.tabs.tabText(number) for number in range(dialog.tabs.count())]
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, QAbstractButton | QLabel | QGroupBox):
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                texts.append(text)
        return [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]

    def check(dialog: QDialog) -> bool:
        dialog = shown(qtbot, dialog)
        for number in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(number)
            found = letters(dialog)
            assert len(found) == len(set(found)), (dialog.tabs.tabText(number), sorted(found))
        return False

    run(planned, dialogs, check)
