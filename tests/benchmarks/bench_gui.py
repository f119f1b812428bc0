"""Benchmark of the desktop window on synthetic projects (issue 5), offscreen.

Targets: open a 10,000-task file to the first painted Gantt <= 2 s; one paint of the visible Gantt region at 50,000
tasks <= 16 ms at every zoom level; edit one duration in a 10,000-task project, reschedule and repaint <= 100 ms.
Run: ``python tests/benchmarks/bench_gui.py [--tasks 50000] [--edit-tasks 10000] [--runs 5]``; prints medians.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from gui import gantt_view
from gui.dialogs import QtDialogs, UnsavedChoice
from gui.main_window import MainWindow
from services import headless


class DiscardingDialogs(QtDialogs):
    """Closing a changed benchmark project discards it instead of asking."""

    def unsaved_choice(self, parent: object, name: str) -> UnsavedChoice:
        return UnsavedChoice.DISCARD


def median_ms(samples: list[float]) -> str:
    return f"median {1000 * statistics.median(samples):.1f} ms over {len(samples)} runs (max {1000 * max(samples):.1f})"


def paint_once(window: MainWindow) -> float:
    """Paint the chart's visible region once into an image (what a repaint of the viewport costs)."""
    gantt = window.plan.gantt
    viewport = gantt.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    started = time.perf_counter()
    painter = QPainter(image)
    gantt._paint(painter, viewport.rect())  # the paintEvent body, without the event loop
    painter.end()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=50_000)
    parser.add_argument("--edit-tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)

        small = root / "edit.belfry"
        headless.create_demo(small, tasks=args.edit_tasks, seed=1)
        open_times = []
        for _ in range(args.runs):
            window = MainWindow(settings, DiscardingDialogs(), root / "work")
            window.resize(1600, 900)
            window.show()
            started = time.perf_counter()
            window.open_path(small)
            window.plan.gantt.viewport().repaint()
            open_times.append(time.perf_counter() - started)
            window.maybe_close_document()
            window.deleteLater()
            app.processEvents()
        print(f"open {args.edit_tasks} tasks to the first painted Gantt: {median_ms(open_times)}")

        window = MainWindow(settings, DiscardingDialogs(), root / "work")
        window.resize(1600, 900)
        window.show()
        window.open_path(small)
        app.processEvents()  # what the event loop does before a user can type: the window readies rescheduling
        model = window.model
        leaf = next(row for row in model.rows if not row.is_summary and row.duration > 0)
        edit_times = []
        for run in range(args.runs):
            index = model.index_of(leaf.id, model.column_of("duration"))
            started = time.perf_counter()
            model.setData(index, f"{3 + run % 2}d")
            window.plan.gantt.viewport().repaint()
            edit_times.append(time.perf_counter() - started)
        print(f"edit one duration in {args.edit_tasks} tasks, reschedule, repaint: {median_ms(edit_times)}")
        window.maybe_close_document()

        large = root / "large.belfry"
        headless.create_demo(large, tasks=args.tasks, seed=1)
        window.open_path(large)
        gantt = window.plan.gantt
        middle = len(gantt.rows) // 2
        gantt.verticalScrollBar().setValue(middle * gantt.row_height)
        for zoom in gantt_view.ZOOM_LEVELS:
            gantt.set_zoom(zoom)
            first = gantt.rows[middle].start or 0.0
            gantt.scroll_to_day(first)
            paint_once(window)  # warm caches (non-working days of this range)
            samples = [paint_once(window) for _ in range(args.runs * 4)]
            print(f"paint at {args.tasks} tasks, {zoom:g} px/day: {median_ms(samples)}")
        window.maybe_close_document()


if __name__ == "__main__":
    main()
