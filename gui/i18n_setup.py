"""The interface language: choose it, install Qt's and Belfry's translators, offer View > Language.

Belfry speaks English (its source language), Dutch and French. The language is, first found: the one asked for on the
command line (``belfry --lang nl``), the one chosen in View > Language (QSettings key ``language``), the first of the
system's preferred interface languages that Belfry speaks, else English. Numbers and dates follow the Belgian (or
British) conventions of that language: ``QLocale.setDefault`` gets nl_BE, fr_BE or en_GB.

A language chosen in the menu takes effect at the next start: widgets take their texts once, when they are built.
Translators are installed before any widget exists and kept referenced by the caller (a collected ``QTranslator``
silently stops translating). Nothing here runs on import, so the test suite stays in English unless a test asks for
a language.

The catalogues are ``resources/translations/belfry_<language>.ts`` (committed) and their compiled ``.qm``; see the
README beside them for how they are updated.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from services import i18n

# Language code -> its name in that language (menu entries are never translated: each reads in its own language).
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands", "fr": "Français"}
LOCALES: dict[str, str] = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "language"
CATALOGUE = "belfry"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

RESTART_CONTEXT = "LanguageMenu"
RESTART_NOTICE = str(QT_TRANSLATE_NOOP("LanguageMenu", "The new language takes effect the next time you start Belfry."))


def language_code(value: object) -> str | None:
    """``"nl"``, ``"fr"`` or ``"en"`` for a language code or locale name Belfry speaks (``"fr_BE"``, ``"NL"``),
    else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The first of the system's preferred interface languages that Belfry speaks, else English."""
    system = QLocale.system()
    for name in (*system.uiLanguages(), system.name()):
        code = language_code(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def choose_language(settings: QSettings, requested: str | None = None) -> str:
    """The interface language: ``requested`` (the command line), else the stored choice, else the system's."""
    return language_code(requested) or language_code(settings.value(SETTINGS_KEY)) or system_language()


def running_language() -> str:
    """The language the running interface was set up in (from the default locale that :func:`install` set)."""
    return language_code(QLocale().name()) or SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface language of ``app``: the default locale, Qt's own translations (standard
    buttons, context menus) and Belfry's catalogue; route the services' translation hook through Qt.

    Returns the installed translators: the caller keeps them as long as the application (and may pass them to
    :func:`uninstall`). A missing catalogue is not an error: the texts then stay in English.
    """
    code = language_code(language) or SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(LOCALES[code]))
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        candidates = (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (CATALOGUE, str(TRANSLATIONS_DIR)),
        )
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                translators.append(translator)
    i18n.install(QCoreApplication.translate)
    return translators


def uninstall(app: QCoreApplication, translators: list[QTranslator], locale: QLocale) -> None:
    """Undo :func:`install` (tests): remove ``translators``, restore the default ``locale``, untranslated services."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    QLocale.setDefault(locale)
    i18n.install(lambda context, text: text)


def restart_notice(language: str) -> str:
    """The "takes effect at the next start" message in ``language`` itself (not in the running language)."""
    code = language_code(language) or SOURCE_LANGUAGE
    translator = QTranslator()
    if code != SOURCE_LANGUAGE and translator.load(f"{CATALOGUE}_{code}", str(TRANSLATIONS_DIR)):
        return translator.translate(RESTART_CONTEXT, RESTART_NOTICE) or RESTART_NOTICE
    return RESTART_NOTICE


class LanguageMenu(QMenu):
    """View > Language: one checkable entry per language; a choice is stored in ``settings`` at once.

    ``restart_needed(language)`` is emitted when the choice differs from the running language.
    """

    restart_needed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageMenu")
        self.setTitle(self.tr("&Language"))
        self.settings = settings
        self.running = running_language()
        chosen = language_code(settings.value(SETTINGS_KEY)) or self.running
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for code, name in LANGUAGES.items():
            action = QAction(f"&{name}", self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._triggered)

    def action_of(self, language: str) -> QAction:
        return next(action for action in self.group.actions() if action.data() == language)

    def _triggered(self, action: QAction) -> None:
        self.choose(str(action.data()))

    def choose(self, language: str) -> None:
        """Store ``language`` as the interface language of the next start."""
        code = language_code(language) or SOURCE_LANGUAGE
        self.action_of(code).setChecked(True)
        self.settings.setValue(SETTINGS_KEY, code)
        self.settings.sync()
        if code != self.running:
            self.restart_needed.emit(code)
