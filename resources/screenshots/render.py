"""Render the README's screenshots of the desktop app on the demo project: ``python resources/screenshots/render.py``.

Offscreen, at a fixed window size, in English (``--lang nl|fr`` renders another language into ``--out``): the main
window by month, by week and by day, and the Set baseline dialog. The calendar editor's screenshot is rendered by
``tests/gui/test_calendar_dialog.py``'s scenario and kept as is. Look at every image after rendering.
"""

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication

from gui import i18n_setup
from gui.dialogs import BaselineDialog, QtDialogs, UnsavedChoice
from gui.main_window import MainWindow
from services import queries

HERE = Path(__file__).resolve().parent


class DiscardingDialogs(QtDialogs):
    """Closing the demo discards it instead of asking."""

    def unsaved_choice(self, parent: object, name: str) -> UnsavedChoice:
        return UnsavedChoice.DISCARD


WINDOW_SIZE = (1400, 820)
VIEWS = (  # file name, pixels per day, first day shown
    ("gantt-months.png", 2.0, dt.date(2025, 1, 1)),
    ("gantt-weeks.png", 8.0, dt.date(2024, 12, 30)),
    ("gantt-days.png", 32.0, dt.date(2026, 6, 17)),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("en", "nl", "fr"), default="en")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    app = QApplication([])
    i18n_setup.install(app, args.lang)  # also the locale: en_GB, nl_BE or fr_BE
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, DiscardingDialogs(), Path(folder) / "work")
        window.resize(*WINDOW_SIZE)
        window.show()
        window.open_demo()
        gantt = window.plan.gantt
        for name, pixels_per_day, first_day in VIEWS:
            gantt.set_zoom(pixels_per_day)
            gantt.scroll_to_day((first_day - gantt.origin).days)
            if first_day.year == 2026:  # scroll the table to the tasks running then
                shown_from = first_day + dt.timedelta(days=7)
                row = next(r for r in window.model.rows if r.start is not None and r.start.date() >= shown_from)
                window.plan.select_task(row.id)
                window.plan.tree.scrollTo(window.model.index_of(row.id), QAbstractItemView.ScrollHint.PositionAtCenter)
            app.processEvents()
            window.grab().save(str(args.out / name))
            print(args.out / name)
        context = window.context
        assert context is not None
        existing, requests = context.read(
            lambda session: (
                queries.baseline_rows(session, context.project_id),
                queries.change_request_rows(session, context.project_id),
            )
        )
        dialog = BaselineDialog(existing, requests, window)
        dialog.number.setCurrentIndex(1)
        dialog.reason.setText("CR-004: the eID integration moves to Stage 3")
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / "set-baseline.png"))
        print(args.out / "set-baseline.png")
        window.maybe_close_document()


if __name__ == "__main__":
    main()
