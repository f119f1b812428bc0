"""The Gantt chart: a custom scroll area that paints only the visible rows and the visible time range.

Rows are the task table's visible rows (same order, same height, same vertical scroll position); the horizontal
axis is time at ``pixels_per_day``. Each row's position in days from the chart's origin is computed once per
snapshot (:class:`GanttRow`), so a paint is a few float multiplications per visible row whatever the project size.

Mouse: drag a bar to move it (a Start No Earlier Than constraint, as MS Project does), drag its right end to change
its duration, drag from one bar to another row to link them (finish-to-start). The steps of one drag are merged
into one undo step. Ctrl+wheel zooms; Shift+wheel scrolls in time.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter
from typing import overload

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget
from typing_extensions import override

from model.enums import DependencyType
from model.ids import TaskId
from services import queries, working_time

_WIDE_LABEL_DATE = dt.date(2026, 9, 30)  # a Wednesday of September, the 30th: among the widest labels of each form
ZOOM_LEVELS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)  # pixels per day
DEFAULT_ZOOM = 4.0
HANDLE_PIXELS = 5  # grab zone of a bar's right end
PROGRESS_HANDLE_PIXELS = 3  # grab zone either side of the end of a bar's progress
_SECONDS_PER_DAY = 86400.0

TASK_COLOR = QColor(74, 127, 193)
TASK_PROGRESS_COLOR = QColor(31, 63, 102)
CRITICAL_COLOR = QColor(209, 52, 56)
CRITICAL_PROGRESS_COLOR = QColor(122, 20, 24)
SUMMARY_COLOR = QColor(40, 40, 40)
BASELINE_COLOR = QColor(150, 150, 150)
NON_WORKING_COLOR = QColor(241, 241, 245)
GRID_COLOR = QColor(226, 226, 230)
LINK_COLOR = QColor(70, 70, 80)
TODAY_COLOR = QColor(43, 136, 216)
STATUS_DATE_COLOR = QColor(224, 112, 0)
DEADLINE_COLOR = QColor(16, 124, 16)


class TimeUnit(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def tiers_for(pixels_per_day: float) -> tuple[TimeUnit, TimeUnit]:
    """The (upper, lower) units of the timescale at a zoom level."""
    if pixels_per_day >= 20:
        return TimeUnit.WEEK, TimeUnit.DAY
    if pixels_per_day >= 5:
        return TimeUnit.MONTH, TimeUnit.WEEK
    if pixels_per_day >= 1.5:
        return TimeUnit.QUARTER, TimeUnit.MONTH
    return TimeUnit.YEAR, TimeUnit.QUARTER


def unit_start(day: dt.date, unit: TimeUnit) -> dt.date:
    """The first day of the ``unit`` period holding ``day`` (weeks start on Monday)."""
    match unit:
        case TimeUnit.DAY:
            return day
        case TimeUnit.WEEK:
            return day - dt.timedelta(days=day.weekday())
        case TimeUnit.MONTH:
            return day.replace(day=1)
        case TimeUnit.QUARTER:
            return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        case TimeUnit.YEAR:
            return dt.date(day.year, 1, 1)


def next_unit(day: dt.date, unit: TimeUnit) -> dt.date:
    """The first day of the period after the one starting on ``day``."""
    match unit:
        case TimeUnit.DAY:
            return day + dt.timedelta(days=1)
        case TimeUnit.WEEK:
            return day + dt.timedelta(days=7)
        case TimeUnit.MONTH | TimeUnit.QUARTER:
            months = 1 if unit == TimeUnit.MONTH else 3
            total = day.year * 12 + day.month - 1 + months
            return dt.date(total // 12, total % 12 + 1, 1)
        case TimeUnit.YEAR:
            return dt.date(day.year + 1, 1, 1)


def periods(first: dt.date, last: dt.date, unit: TimeUnit) -> Iterator[tuple[dt.date, dt.date]]:
    """The (start, next start) of every ``unit`` period that overlaps ``first..last``."""
    start = unit_start(first, unit)
    while start <= last:
        following = next_unit(start, unit)
        yield start, following
        start = following


@dataclass(frozen=True, slots=True)
class GanttRow:
    """One visible row in chart units: days (floats) from the chart's origin; None when the task has no date."""

    task: queries.TaskRow
    start: float | None
    finish: float | None
    baseline_start: float | None
    baseline_finish: float | None
    deadline: float | None


class ChartRows(Sequence[GanttRow]):
    """The visible rows in chart units, each converted when first read: a paint reads a screenful of rows, so
    showing 50,000 rows (or refreshing them after an edit) costs no per-row conversion up front."""

    def __init__(self, tasks: Sequence[queries.TaskRow], origin: dt.date) -> None:
        self._tasks = tasks
        self._base = dt.datetime.combine(origin, dt.time())
        self._made: dict[int, GanttRow] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    @overload
    def __getitem__(self, number: int) -> GanttRow: ...

    @overload
    def __getitem__(self, number: slice) -> Sequence[GanttRow]: ...

    def __getitem__(self, number: int | slice) -> GanttRow | Sequence[GanttRow]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        row = self._made.get(number)
        if row is None:
            task = self._tasks[number]  # raises IndexError past the end, which ends iteration
            row = self._made[number] = GanttRow(
                task,
                self._days(task.start),
                self._days(task.finish),
                self._days(task.baseline_start),
                self._days(task.baseline_finish),
                self._days(task.deadline),
            )
        return row

    def _days(self, moment: dt.datetime | None) -> float | None:
        return None if moment is None else (moment - self._base).total_seconds() / _SECONDS_PER_DAY


class DragKind(Enum):
    MOVE = "move"
    RESIZE = "resize"
    PROGRESS = "progress"
    LINK = "link"


@dataclass(slots=True)
class _Drag:
    kind: DragKind
    row: int
    task: queries.TaskRow
    press: QPoint
    serial: int
    days: int = 0
    bar: QRectF | None = None
    percent: int | None = None
    target_row: int | None = None
    moved: bool = False


_CURSORS: dict[DragKind, Qt.CursorShape] = {
    DragKind.RESIZE: Qt.CursorShape.SizeHorCursor,
    DragKind.PROGRESS: Qt.CursorShape.SplitHCursor,
}


class GanttTimescale(QWidget):
    """The two-tier time scale above the chart (it sits in the chart's top viewport margin)."""

    def __init__(self, chart: "GanttView") -> None:
        super().__init__(chart)
        self._chart = chart
        self.setAccessibleName(self.tr("Timescale"))

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self._chart.paint_timescale(self)


class GanttView(QAbstractScrollArea):
    """The Gantt chart; see the module docstring.

    Signals:
        task_clicked(int): a bar was clicked (the task id); the table selects its row.
        move_requested(int, object, object): drag a bar: (task id, new start moment, drag key).
        resize_requested(int, object, object): drag a bar's end: (task id, new finish moment, drag key).
        progress_requested(int, int, object): drag the end of a bar's progress (at 0%: the bar's start):
            (task id, new % complete 0-100, drag key).
        link_requested(int, int): dragged from the first task's bar to the second's row.
        drag_finished(): the mouse was released after a drag.
        zoom_changed(float): the new pixels per day.
    """

    task_clicked = Signal(int)
    move_requested = Signal(int, object, object)
    resize_requested = Signal(int, object, object)
    progress_requested = Signal(int, int, object)
    link_requested = Signal(int, int)
    drag_finished = Signal()
    zoom_changed = Signal(float)

    def __init__(self, row_height: int, header_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Gantt chart"))
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.row_height = row_height
        self.header_height = header_height
        self.setViewportMargins(0, header_height, 0, 0)
        self.timescale = GanttTimescale(self)
        self.pixels_per_day = DEFAULT_ZOOM
        self.origin = dt.date.today()
        self.last_day = self.origin + dt.timedelta(days=365)
        self.rows: Sequence[GanttRow] = ()
        self._visible_of: dict[int, int] = {}
        self._dependencies: Sequence[queries.DependencyRow] = ()
        self._links_in: dict[int, list[queries.DependencyRow]] = {}
        self._links_out: dict[int, list[queries.DependencyRow]] = {}
        self.selected: set[int] = set()
        self.status_date: dt.date | None = None
        self.today = dt.date.today()
        self.calendar_index: working_time.WorkingTimeIndex | None = None
        self._non_working: dict[int, bool] = {}
        self._drag: _Drag | None = None
        self._drag_serial = itertools.count(1)
        self.display_locale = QLocale()
        self.is_read_only: Callable[[], bool] = lambda: False
        self.minutes_per_day = 480

    # --- data ---------------------------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[queries.TaskRow],
        dependencies: Sequence[queries.DependencyRow],
        project: queries.ProjectRow | None,
    ) -> None:
        """Show ``rows`` (the table's visible rows, in order) with the links among them."""
        first = project.start.date() if project is not None else dt.date.today()
        last = project.finish.date() if project is not None and project.finish is not None else first
        # Bounds over the visible rows, in C-level loops (no Python code per row).
        starts = list(filter(None, map(attrgetter("start"), rows)))
        finishes = list(filter(None, map(attrgetter("finish"), rows)))
        finishes += filter(None, map(attrgetter("baseline_finish"), rows))
        if starts:
            first = min(first, min(starts).date())
        if finishes:
            last = max(last, max(finishes).date())
        origin = unit_start(first - dt.timedelta(days=31), TimeUnit.MONTH)
        shift_days = (self.origin - origin).days if self.rows else 0
        self.origin = origin
        self.last_day = last + dt.timedelta(days=92)
        self.status_date = None if project is None else project.status_date
        self.minutes_per_day = 480 if project is None else project.minutes_per_day
        self.rows = ChartRows(rows, origin)
        self._visible_of = {task.id: number for number, task in enumerate(rows)}
        if dependencies is not self._dependencies:  # the model keeps its list when an edit changed no link
            self._dependencies = dependencies
            links_in: dict[int, list[queries.DependencyRow]] = {}
            links_out: dict[int, list[queries.DependencyRow]] = {}
            for link in dependencies:
                links_in.setdefault(link.successor_id, []).append(link)
                links_out.setdefault(link.predecessor_id, []).append(link)
            self._links_in, self._links_out = links_in, links_out
        self._non_working.clear()
        self._update_scroll_range()
        if shift_days:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(shift_days * self.pixels_per_day))
        self.viewport().update()
        self.timescale.update()

    def set_calendar(self, index: working_time.WorkingTimeIndex | None) -> None:
        self.calendar_index = index
        self._non_working.clear()
        self.viewport().update()

    # --- geometry -----------------------------------------------------------------------------------------------

    def x_of_day(self, days: float) -> float:
        """Viewport x of a position in days from the origin."""
        return days * self.pixels_per_day - self.horizontalScrollBar().value()

    def x_of_date(self, day: dt.date) -> float:
        return self.x_of_day((day - self.origin).days)

    def day_at(self, x: float) -> float:
        return (x + self.horizontalScrollBar().value()) / self.pixels_per_day

    def row_at(self, y: int) -> int | None:
        number = (y + self.verticalScrollBar().value()) // self.row_height
        return number if 0 <= number < len(self.rows) else None

    def y_of_row(self, number: int) -> int:
        return number * self.row_height - self.verticalScrollBar().value()

    def bar_rect(self, number: int) -> QRectF | None:
        """The bar of visible row ``number`` in viewport coordinates (a milestone: its diamond's box)."""
        row = self.rows[number]
        if row.start is None or row.finish is None:
            return None
        top = self.y_of_row(number)
        height = self.row_height * 0.5
        y = top + self.row_height * 0.18
        x0, x1 = self.x_of_day(row.start), self.x_of_day(row.finish)
        if row.task.is_milestone:
            return QRectF(x0 - height / 2, y, height, height)
        return QRectF(x0, y, max(x1 - x0, 2.0), height)

    def _update_scroll_range(self) -> None:
        total = ((self.last_day - self.origin).days + 1) * self.pixels_per_day
        bar = self.horizontalScrollBar()
        bar.setRange(0, max(0, int(total) - self.viewport().width()))
        bar.setPageStep(max(1, self.viewport().width()))
        bar.setSingleStep(max(1, int(self.pixels_per_day * 7)))

    def set_zoom(self, pixels_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom to ``pixels_per_day`` keeping the date under ``anchor_x`` (default: the middle) in place."""
        pixels_per_day = min(max(pixels_per_day, ZOOM_LEVELS[0] / 2), ZOOM_LEVELS[-1])
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        anchor_day = self.day_at(anchor_x)
        self.pixels_per_day = pixels_per_day
        self._update_scroll_range()
        self.horizontalScrollBar().setValue(round(anchor_day * pixels_per_day - anchor_x))
        self.viewport().update()
        self.timescale.update()
        self.zoom_changed.emit(pixels_per_day)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_LEVELS if z > self.pixels_per_day * 1.01), ZOOM_LEVELS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_LEVELS) if z < self.pixels_per_day / 1.01), ZOOM_LEVELS[0]))

    def fit_project(self) -> None:
        """Zoom so that the whole project fits the chart's width, and scroll to its start."""
        starts = [row.start for row in self.rows if row.start is not None]
        finishes = [row.finish for row in self.rows if row.finish is not None]
        if not starts:
            return
        first, last = min(starts) - 3, max(finishes) + 5
        width = max(100, self.viewport().width())
        self.set_zoom(width / max(1.0, last - first))
        self.horizontalScrollBar().setValue(round(first * self.pixels_per_day))

    def scroll_to_day(self, days: float) -> None:
        self.horizontalScrollBar().setValue(round(days * self.pixels_per_day - 40))

    # --- painting -----------------------------------------------------------------------------------------------

    def _is_non_working(self, day: dt.date) -> bool:
        ordinal = day.toordinal()
        known = self._non_working.get(ordinal)
        if known is None:
            index = self.calendar_index
            known = (day.weekday() >= 5) if index is None else not index.is_working_day(day)
            self._non_working[ordinal] = known
        return known

    def _visible_days(self, width: int) -> tuple[dt.date, dt.date]:
        first = self.origin + dt.timedelta(days=int(self.day_at(0)) - 1)
        last = self.origin + dt.timedelta(days=int(self.day_at(width)) + 1)
        return first, last

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, clip: QRect) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(clip, self.palette().base())
        first_day, last_day = self._visible_days(width)
        rh = self.row_height
        first_row = max(0, self.verticalScrollBar().value() // rh)
        last_row = min(len(self.rows) - 1, (self.verticalScrollBar().value() + height) // rh)

        # Non-working days, then the grid of the lower tier.
        if self.pixels_per_day >= 6:  # below that, weekends would only stripe the chart
            day = first_day
            while day <= last_day:
                if self._is_non_working(day):
                    x = self.x_of_date(day)
                    painter.fillRect(QRectF(x, 0, self.pixels_per_day, height), NON_WORKING_COLOR)
                day += dt.timedelta(days=1)
        _upper, lower = tiers_for(self.pixels_per_day)
        painter.setPen(QPen(GRID_COLOR, 1))
        for start, _following in periods(first_day, last_day, lower):
            x = round(self.x_of_date(start))
            painter.drawLine(x, 0, x, height)

        # Selected rows.
        highlight = QColor(self.palette().highlight().color())
        highlight.setAlpha(45)
        for number in range(first_row, last_row + 1):
            if self.rows[number].task.id in self.selected:
                painter.fillRect(QRect(0, self.y_of_row(number), width, rh), highlight)

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for number in range(first_row, last_row + 1):
            self._paint_row(painter, number)
        # Links are horizontal and vertical segments: crisp without antialiasing, and far cheaper when they come
        # from rows thousands of pixels away.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_links(painter, first_row, last_row)

        # Today (its morning) and the status date (its evening: progress is measured at the end of that day).
        lines: list[tuple[dt.date, QColor, int]] = [(self.today, TODAY_COLOR, 1)]
        if self.status_date is not None:
            lines.append((self.status_date + dt.timedelta(days=1), STATUS_DATE_COLOR, 2))
        for day, color, pen_width in lines:
            if first_day <= day <= last_day:
                x = round(self.x_of_date(day))
                painter.setPen(QPen(color, pen_width, Qt.PenStyle.DashLine))
                painter.drawLine(x, 0, x, height)
        self._paint_drag(painter)

    def _paint_row(self, painter: QPainter, number: int) -> None:
        row = self.rows[number]
        task = row.task
        top = self.y_of_row(number)
        rh = self.row_height
        if row.baseline_start is not None and row.baseline_finish is not None and not task.is_summary:
            x0, x1 = self.x_of_day(row.baseline_start), self.x_of_day(row.baseline_finish)
            painter.fillRect(QRectF(x0, top + rh * 0.72, max(x1 - x0, 2.0), max(2.0, rh * 0.12)), BASELINE_COLOR)
        rect = self.bar_rect(number)
        if rect is not None:
            if task.is_milestone:
                self._paint_diamond(painter, rect, CRITICAL_COLOR if task.is_critical else SUMMARY_COLOR)
            elif task.is_summary:
                self._paint_summary(painter, rect)
            else:
                color = CRITICAL_COLOR if task.is_critical else TASK_COLOR
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(rect, 2, 2)
                if task.percent_complete:
                    done = QRectF(rect)
                    done.setWidth(rect.width() * task.percent_complete / 100)
                    done.setTop(rect.top() + rect.height() * 0.3)
                    done.setBottom(rect.bottom() - rect.height() * 0.3)
                    painter.fillRect(done, CRITICAL_PROGRESS_COLOR if task.is_critical else TASK_PROGRESS_COLOR)
            if self.pixels_per_day >= 1 and not task.is_summary:
                label_x = rect.right() + 5
                painter.setPen(self.palette().text().color())
                text = task.resource_names or ""
                if text:
                    painter.drawText(
                        QRectF(label_x, top, 400, rh), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
                    )
        if row.deadline is not None:
            x = self.x_of_day(row.deadline)
            size = rh * 0.28
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DEADLINE_COLOR)
            painter.drawPolygon(
                QPolygonF([QPointF(x - size, top + 2), QPointF(x + size, top + 2), QPointF(x, top + 2 + size * 1.4)])
            )
            painter.fillRect(QRectF(x - 0.75, top + 2, 1.5, rh * 0.75), DEADLINE_COLOR)

    def _paint_diamond(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        center = rect.center()
        half = rect.height() / 2 + 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(center.x(), center.y() - half),
                    QPointF(center.x() + half, center.y()),
                    QPointF(center.x(), center.y() + half),
                    QPointF(center.x() - half, center.y()),
                ]
            )
        )

    def _paint_summary(self, painter: QPainter, rect: QRectF) -> None:
        bar = QRectF(rect.left(), rect.top() + rect.height() * 0.15, rect.width(), rect.height() * 0.4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SUMMARY_COLOR)
        painter.drawRect(bar)
        point = rect.height() * 0.45
        for x, direction in ((bar.left(), 1), (bar.right(), -1)):
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, bar.top()),
                        QPointF(x + direction * point, bar.top()),
                        QPointF(x, bar.bottom() + point),
                    ]
                )
            )

    def _anchor(self, number: int, at_finish: bool) -> QPointF | None:
        rect = self.bar_rect(number)
        if rect is None:
            return None
        return QPointF(rect.right() if at_finish else rect.left(), rect.center().y())

    def _paint_links(self, painter: QPainter, first_row: int, last_row: int) -> None:
        seen: set[int] = set()
        painter.setPen(QPen(LINK_COLOR, 1))
        # Cull links that lie entirely left or right of the viewport from the precomputed day positions, before
        # any geometry object is made: a busy network has several links per visible row.
        scale, offset = self.pixels_per_day, self.horizontalScrollBar().value()
        left, right = offset - 24.0, offset + self.viewport().width() + 24.0
        rows, visible_of = self.rows, self._visible_of
        for number in range(first_row, last_row + 1):
            task_id = rows[number].task.id
            for link in itertools.chain(self._links_in.get(task_id, ()), self._links_out.get(task_id, ())):
                if link.id in seen:
                    continue
                seen.add(link.id)
                source_row, target_row = visible_of.get(link.predecessor_id), visible_of.get(link.successor_id)
                if source_row is None or target_row is None:
                    continue
                source, target = rows[source_row], rows[target_row]
                if source.start is None or target.start is None or source.finish is None or target.finish is None:
                    continue
                if max(source.finish, target.finish) * scale < left or min(source.start, target.start) * scale > right:
                    continue
                self._paint_link(painter, link)

    def _paint_link(self, painter: QPainter, link: queries.DependencyRow) -> None:
        source_row = self._visible_of.get(link.predecessor_id)
        target_row = self._visible_of.get(link.successor_id)
        if source_row is None or target_row is None:
            return
        from_finish = link.type in (DependencyType.FINISH_TO_START, DependencyType.FINISH_TO_FINISH)
        to_finish = link.type in (DependencyType.FINISH_TO_FINISH, DependencyType.START_TO_FINISH)
        source = self._anchor(source_row, from_finish)
        target = self._anchor(target_row, to_finish)
        if source is None or target is None:
            return
        gap = 7.0
        down = target_row > source_row
        # A link that must turn back runs along the boundary of the source row towards the target.
        middle_y = self.y_of_row(source_row + 1 if down else source_row)
        target_rect = self.bar_rect(target_row)
        assert target_rect is not None
        points: list[QPointF] = [source]
        head: tuple[QPointF, str]
        if link.type == DependencyType.FINISH_TO_START:
            if target.x() >= source.x() + gap:
                x = max(target.x() + 3, source.x() + gap)
                edge = target_rect.top() if down else target_rect.bottom()
                points += [QPointF(x, source.y()), QPointF(x, edge)]
                head = (QPointF(x, edge), "down" if down else "up")
            else:
                points += [
                    QPointF(source.x() + gap, source.y()),
                    QPointF(source.x() + gap, middle_y),
                    QPointF(target.x() - gap, middle_y),
                    QPointF(target.x() - gap, target.y()),
                    target,
                ]
                head = (target, "right")
        elif link.type == DependencyType.START_TO_START:
            x = min(source.x(), target.x()) - gap
            points += [QPointF(x, source.y()), QPointF(x, target.y()), target]
            head = (target, "right")
        elif link.type == DependencyType.FINISH_TO_FINISH:
            x = max(source.x(), target.x()) + gap
            points += [QPointF(x, source.y()), QPointF(x, target.y()), target]
            head = (target, "left")
        else:  # start to finish
            points += [
                QPointF(source.x() - gap, source.y()),
                QPointF(source.x() - gap, middle_y),
                QPointF(target.x() + gap, middle_y),
                QPointF(target.x() + gap, target.y()),
                target,
            ]
            head = (target, "left")
        # Clamp far-away ends to just outside the viewport: the picture is the same, the rasteriser's work is not.
        low, high = -self.row_height * 2.0, self.viewport().height() + self.row_height * 2.0
        points = [QPointF(point.x(), min(max(point.y(), low), high)) for point in points]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))
        tip, direction = head
        size = 4.0
        offsets = {
            "right": ((-size, -size), (-size, size)),
            "left": ((size, -size), (size, size)),
            "down": ((-size, -size), (size, -size)),
            "up": ((-size, size), (size, size)),
        }[direction]
        painter.setBrush(LINK_COLOR)
        painter.drawPolygon(
            QPolygonF(
                [
                    tip,
                    QPointF(tip.x() + offsets[0][0], tip.y() + offsets[0][1]),
                    QPointF(tip.x() + offsets[1][0], tip.y() + offsets[1][1]),
                ]
            )
        )

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self._drag
        if drag is None or not drag.moved:
            return
        if drag.kind == DragKind.LINK:
            source = self._anchor(drag.row, True)
            if source is None:
                return
            painter.setPen(QPen(LINK_COLOR, 1, Qt.PenStyle.DashLine))
            cursor = self.viewport().mapFromGlobal(self.cursor().pos())
            painter.drawLine(source, QPointF(cursor))
            if drag.target_row is not None:
                rect = self.bar_rect(drag.target_row)
                if rect is not None:
                    painter.setPen(QPen(LINK_COLOR, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(-2, -2, 2, 2))

    def paint_timescale(self, widget: QWidget) -> None:
        """Paint the two tiers of the time scale on ``widget`` (the chart's header)."""
        painter = QPainter(widget)
        try:
            width, height = widget.width(), widget.height()
            painter.fillRect(0, 0, width, height, self.palette().button())
            first_day, last_day = self._visible_days(width)
            upper, lower = tiers_for(self.pixels_per_day)
            half = height // 2
            metrics = QFontMetrics(widget.font())
            painter.setPen(self.palette().mid().color())
            painter.drawLine(0, half, width, half)
            painter.drawLine(0, height - 1, width, height - 1)
            for unit, top, tier_height in ((upper, 0, half), (lower, half, height - half)):
                for start, following in periods(first_day, last_day, unit):
                    x0, x1 = self.x_of_date(start), self.x_of_date(following)
                    painter.setPen(self.palette().mid().color())
                    painter.drawLine(round(x0), top, round(x0), top + tier_height)
                    text = self._label(start, unit, x1 - x0 - 6, metrics)
                    if text:
                        painter.setPen(self.palette().buttonText().color())
                        visible_left = max(x0, 0.0) if unit is upper else x0
                        painter.drawText(
                            QRectF(visible_left + 3, top, max(x1 - visible_left - 6, 0), tier_height),
                            Qt.AlignmentFlag.AlignVCenter
                            | (Qt.AlignmentFlag.AlignLeft if unit is upper else Qt.AlignmentFlag.AlignHCenter),
                            text,
                        )
        finally:
            painter.end()

    def _label(self, start: dt.date, unit: TimeUnit, room: float, metrics: QFontMetrics) -> str:
        """The longest label form that fits ``room`` for every period of the tier (judged on a wide date, so that
        all cells of a tier use the same form)."""
        sample = self._label_forms(_WIDE_LABEL_DATE, unit)
        forms = self._label_forms(start, unit)
        for wide, text in zip(sample, forms, strict=True):
            if metrics.horizontalAdvance(wide) <= room:
                return text
        return ""

    def _label_forms(self, start: dt.date, unit: TimeUnit) -> list[str]:
        locale = self.display_locale
        date = QDate(start.year, start.month, start.day)
        match unit:
            case TimeUnit.YEAR:
                candidates = [str(start.year), f"{start.year % 100:02d}"]
            case TimeUnit.QUARTER:
                quarter = (start.month - 1) // 3 + 1
                candidates = [
                    self.tr("Q{quarter} {year}").format(quarter=quarter, year=start.year),
                    self.tr("Q{quarter}").format(quarter=quarter),
                    str(quarter),
                ]
            case TimeUnit.MONTH:
                candidates = [
                    locale.toString(date, "MMMM yyyy"),
                    locale.toString(date, "MMM yyyy"),
                    locale.toString(date, "MMM"),
                    locale.toString(date, "MMM")[:1],
                ]
            case TimeUnit.WEEK:
                candidates = [
                    locale.toString(date, "d MMM yyyy"),
                    locale.toString(date, "d MMM"),
                    locale.toString(date, "d/M"),
                    locale.toString(date, "d"),
                ]
            case TimeUnit.DAY:
                candidates = [
                    locale.toString(date, "ddd d"),
                    locale.toString(date, "d"),
                    locale.toString(date, "ddd")[:1],
                ]
        return candidates

    # --- events -------------------------------------------------------------------------------------------------

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.timescale.setGeometry(rect.left(), rect.top() - self.header_height, rect.width(), self.header_height)
        self._update_scroll_range()

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if dx:
            self.timescale.update()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers()
        delta = event.angleDelta().y()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if delta > 0:
                self.set_zoom(self.pixels_per_day * 1.25, event.position().x())
            elif delta < 0:
                self.set_zoom(self.pixels_per_day / 1.25, event.position().x())
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = event if isinstance(event, QHelpEvent) else None
            if help_event is not None:
                text = self.tooltip_at(help_event.pos())
                if text:
                    QToolTip.showText(help_event.globalPos(), text, self.viewport())
                else:
                    QToolTip.hideText()
                return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        number = self.row_at(pos.y())
        if number is None:
            return ""
        task = self.rows[number].task
        fmt = self.display_locale.dateFormat(QLocale.FormatType.ShortFormat)

        def date(moment: dt.datetime | None) -> str:
            if moment is None:
                return "—"
            return self.display_locale.toString(QDate(moment.year, moment.month, moment.day), fmt)

        lines = [
            f"<b>{_escape(task.name)}</b> ({task.wbs})",
            self.tr("Start: {start}").format(start=date(task.start)),
            self.tr("Finish: {finish}").format(finish=date(task.finish)),
        ]
        if task.total_float is not None:
            days = task.total_float / self.minutes_per_day
            lines.append(
                self.tr("Total float: {days} working days").format(days=self.display_locale.toString(round(days, 1)))
            )
        if task.baseline_start is not None:
            lines.append(
                self.tr("Baseline: {start} – {finish}").format(
                    start=date(task.baseline_start), finish=date(task.baseline_finish)
                )
            )
        if task.deadline is not None:
            lines.append(self.tr("Deadline: {deadline}").format(deadline=date(task.deadline)))
        if task.is_critical:
            lines.append(self.tr("On the critical path"))
        return "<br>".join(lines)

    def _hit(self, pos: QPoint) -> tuple[int, DragKind] | None:
        number = self.row_at(pos.y())
        if number is None:
            return None
        rect = self.bar_rect(number)
        if rect is None or not rect.adjusted(-3, -3, HANDLE_PIXELS, 3).contains(QPointF(pos)):
            return None
        task = self.rows[number].task
        if task.is_summary:
            return number, DragKind.LINK
        # The end is a handle just right of the bar's middle at least, so that a narrow bar can still be moved.
        if not task.is_milestone and pos.x() > rect.center().x() + 1 and abs(pos.x() - rect.right()) <= HANDLE_PIXELS:
            return number, DragKind.RESIZE
        # The progress handle: the end of the progress bar (the bar's start at 0%), on bars wide enough to keep a
        # middle part for moving, as in MS Project.
        if not task.is_milestone and rect.width() >= 4 * HANDLE_PIXELS:
            progress_x = rect.left() + rect.width() * task.percent_complete / 100
            if abs(pos.x() - progress_x) <= PROGRESS_HANDLE_PIXELS:
                return number, DragKind.PROGRESS
        return number, DragKind.MOVE

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        number = self.row_at(pos.y())
        if number is not None:
            self.task_clicked.emit(self.rows[number].task.id)
        hit = self._hit(pos)
        if hit is not None and not self.is_read_only():
            self._drag = _Drag(
                hit[1], hit[0], self.rows[hit[0]].task, pos, next(self._drag_serial), bar=self.bar_rect(hit[0])
            )
        event.accept()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            hit = self._hit(pos)
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None:
                shape = _CURSORS.get(hit[1], Qt.CursorShape.OpenHandCursor)
            self.viewport().setCursor(shape)
            return
        if not drag.moved and (pos - drag.press).manhattanLength() < 4:
            return
        drag.moved = True
        row_now = self.row_at(pos.y())
        if row_now is not None and row_now != drag.row and abs(pos.y() - drag.press.y()) >= self.row_height // 2:
            drag.kind = DragKind.LINK  # leaving the row turns any drag into a link, as in MS Project
        if drag.kind == DragKind.LINK:
            drag.target_row = row_now if row_now != drag.row else None
            self.viewport().update()
            return
        if drag.kind == DragKind.PROGRESS:
            if drag.bar is not None and drag.bar.width() > 0:
                percent = round((pos.x() - drag.bar.left()) * 100 / drag.bar.width())
                percent = min(100, max(0, percent))
                if percent != drag.percent:
                    drag.percent = percent
                    self.progress_requested.emit(drag.task.id, percent, ("gantt-drag", id(self), drag.serial))
            return
        days = round((pos.x() - drag.press.x()) / self.pixels_per_day)
        if days != drag.days:
            drag.days = days
            key = ("gantt-drag", id(self), drag.serial)
            if drag.kind == DragKind.MOVE and drag.task.start is not None:
                self.move_requested.emit(drag.task.id, drag.task.start + dt.timedelta(days=days), key)
            elif drag.kind == DragKind.RESIZE and drag.task.finish is not None:
                self.resize_requested.emit(drag.task.id, drag.task.finish + dt.timedelta(days=days), key)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.moved:
            if drag.kind == DragKind.LINK and drag.target_row is not None:
                target = self.rows[drag.target_row].task.id
                self.link_requested.emit(drag.task.id, target)
            self.drag_finished.emit()
        self.viewport().update()
        event.accept()

    @override
    def sizeHint(self) -> QSize:
        return QSize(600, 400)

    def task_at(self, pos: QPoint) -> TaskId | None:
        number = self.row_at(pos.y())
        return None if number is None else self.rows[number].task.id


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
