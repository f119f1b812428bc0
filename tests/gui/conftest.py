"""Fixtures of the GUI tests: the main window, offscreen, answering its questions from a script."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from gui.dialogs import RecoveryChoice, UnsavedChoice
from gui.main_window import MainWindow


class ScriptedDialogs:
    """Answers the window's questions from lists the test fills in, and records messages."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.unsaved: list[UnsavedChoice] = []
        self.recovery: list[RecoveryChoice] = []
        self.errors: list[str] = []
        self.messages: list[str] = []
        self.dialogs: list[QDialog] = []
        # Fill in a dialog before it is "accepted"; a filler returning False answers Cancel.
        self.fillers: list[Callable[[QDialog], bool]] = []

    def open_path(self, parent: QWidget, title: str, file_filter: str) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def save_path(self, parent: QWidget, title: str, file_filter: str, suggested: Path | None) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def unsaved_choice(self, parent: QWidget, name: str) -> UnsavedChoice:
        return self.unsaved.pop(0) if self.unsaved else UnsavedChoice.DISCARD

    def recovery_choice(self, parent: QWidget, candidate: object) -> RecoveryChoice:
        return self.recovery.pop(0) if self.recovery else RecoveryChoice.LATER

    def error(self, parent: QWidget, message: str) -> None:
        self.errors.append(message)

    def information(self, parent: QWidget, message: str) -> None:
        self.messages.append(message)

    def exec_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        return self.fillers.pop(0)(dialog) if self.fillers else True


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, dialogs, tmp_path / "work")
    qtbot.addWidget(main)
    main.resize(1400, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.context is not None:
        main.context.document.close(discard=True)
        main.context = None
