"""The desktop entry point: ``gui.app.run(file)`` creates the application, its translators and the main window.

Translators are installed before any widget exists and kept referenced for the application's lifetime (a collected
``QTranslator`` silently stops translating). The services' Qt-free translation hook is routed to
``QCoreApplication.translate`` so that their messages follow the interface language.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui import icons
from gui.dialogs import QtDialogs
from gui.main_window import MainWindow
from services import i18n

ORGANISATION = "Belfry"
APPLICATION = "Belfry"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own translations and Belfry's for ``locale`` (default: the system's) and install them.

    Returns the translators: the caller keeps them alive as long as the application.
    """
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.C:
        # No locale configured (a bare container or service account): British English conventions, not C's.
        locale = QLocale("en_GB")
        QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    candidates = (
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("belfry", "_", str(TRANSLATIONS_DIR)),
    )
    for name, prefix, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            translators.append(translator)
    i18n.install(QCoreApplication.translate)
    return translators


def run(file: Path | None = None) -> int:
    """Run the desktop application: open ``file``, else offer crash recovery and the last project; return the exit
    code of the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    translators = install_translators(app)
    app.setWindowIcon(QIcon(icons.icon("task-add")))
    settings = QSettings(ORGANISATION, APPLICATION)
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
