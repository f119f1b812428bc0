"""The desktop entry point: ``gui.app.run(file, language)`` creates the application, its translators and the main
window.

Translators are installed (by :mod:`gui.i18n_setup`) before any widget exists and kept referenced for the
application's lifetime (a collected ``QTranslator`` silently stops translating). The services' Qt-free translation
hook is routed to ``QCoreApplication.translate`` so that their messages follow the interface language.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui import i18n_setup, icons
from gui.dialogs import QtDialogs
from gui.main_window import MainWindow

ORGANISATION = "Belfry"
APPLICATION = "Belfry"


def run(file: Path | None = None, language: str | None = None) -> int:
    """Run the desktop application: open ``file``, else offer crash recovery and the last project; return the exit
    code of the event loop.

    Args:
        file: a project file to open.
        language: ``"nl"``, ``"fr"`` or ``"en"`` for this run (the command line's ``--lang``); None takes the one
            chosen in View > Language, else the system's (see :func:`gui.i18n_setup.choose_language`).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    settings = QSettings(ORGANISATION, APPLICATION)
    translators = i18n_setup.install(app, i18n_setup.choose_language(settings, language))
    app.setWindowIcon(QIcon(icons.icon("task-add")))
    window = MainWindow(settings, QtDialogs())
    window.show()
    if file is not None:
        window.open_path(file)
    elif not window.offer_recovery():
        last = window.last_project()
        if last is not None and last.is_file():
            window.open_path(last)
    code = app.exec()
    del translators
    return code
