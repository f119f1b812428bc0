"""Belfry in Dutch and French: the main window's menus, the services' messages, View > Language and ``--lang``.

Translators are process-wide, so every test that installs one removes it again (the ``installed`` fixture): the rest
of the suite runs in English, and no test reads the developer's own QSettings.
"""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

import main
from gui import app, i18n_setup
from gui.main_window import MainWindow
from services import i18n, project_file

# The offscreen platform cannot size native windows; it says so once per top-level window.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class RecordingDialogs:
    """Answers every question with "no" and records errors and messages."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.messages: list[str] = []

    def open_path(self, parent: QWidget, title: str, file_filter: str) -> Path | None:
        return None

    def save_path(self, parent: QWidget, title: str, file_filter: str, suggested: Path | None) -> Path | None:
        return None

    def unsaved_choice(self, parent: QWidget, name: str) -> object:
        raise AssertionError("no question expected")

    def recovery_choice(self, parent: QWidget, candidate: object) -> object:
        raise AssertionError("no question expected")

    def error(self, parent: QWidget, message: str) -> None:
        self.errors.append(message)

    def information(self, parent: QWidget, message: str) -> None:
        self.messages.append(message)

    def exec_dialog(self, dialog: QDialog) -> bool:
        return False


Install = Callable[[str], list[QTranslator]]


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[Install]:
    """``installed("nl")`` sets the interface language as the app does; everything is undone after the test."""
    locale = QLocale()
    done: list[list[QTranslator]] = []

    def install(language: str) -> list[QTranslator]:
        done.append(i18n_setup.install(qapp, language))
        return done[-1]

    yield install
    for translators in done:
        i18n_setup.uninstall(qapp, translators, locale)
    QLocale.setDefault(locale)
    i18n.install(lambda context, text: text)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings, RecordingDialogs(), tmp_path / "work")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.context is not None:
            window.context.document.close(discard=True)
            window.context = None


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def menu(window: MainWindow, title: str) -> QMenu:
    found = next(action.menu() for action in window.menuBar().actions() if action.text() == title)
    assert isinstance(found, QMenu)
    return found


def accelerator(text: str) -> str | None:
    """The letter after the single ``&`` of a menu text (``&&`` is a literal ampersand)."""
    stripped = text.replace("&&", "")
    index = stripped.find("&")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def clashing_accelerators(actions: list[QAction]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        key = accelerator(action.text())
        if key is not None:
            seen.setdefault(key, []).append(action.text())
    return {key: texts for key, texts in seen.items() if len(texts) > 1}


# --- the main window in each language ------------------------------------------------------------------------------


def test_english_is_the_default_of_the_test_suite(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&View", "&Project"]
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.translate("project_file", "The file {path} does not exist.") == "The file {path} does not exist."


def test_the_main_window_in_dutch(installed: Install, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    assert installed("nl"), "the Dutch catalogue was not loaded"
    window = make_window()
    assert menu_titles(window)[:4] == ["&Bestand", "Be&werken", "Beel&d", "&Project"]
    assert window.save_action.text() == "Op&slaan"
    assert window.undo_action.text() == "&Ongedaan maken"
    assert window.insert_task_action.text() == "Taak &invoegen"
    assert window.information_action.text() == "Project&informatie…"
    assert window.baseline_action.text() == "&Basislijn instellen…"
    assert window.status_date_action.text() == "&Statusdatum…"
    assert window.level_action.text() == "Resources &nivelleren"
    assert window.language_menu.title() == "&Taal"
    assert window.start_panel.new_button.text() == "&Nieuw project"
    assert window.model.headerData(window.model.column_of("duration"), Qt.Orientation.Horizontal) == "Duur"
    assert QLocale().name() == "nl_BE"
    assert QCoreApplication.translate("MainWindow", "Copied %n task(s).", "", 1) == "1 taak gekopieerd."
    assert QCoreApplication.translate("MainWindow", "Copied %n task(s).", "", 3) == "3 taken gekopieerd."

    # A service's message, translated through the services' hook, as the window shows it.
    assert not window.open_path(tmp_path / "missing.belfry")
    assert window.dialogs.errors == [f"Het bestand {tmp_path / 'missing.belfry'} bestaat niet."]  # type: ignore[attr-defined]


def test_the_main_window_in_french(installed: Install, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    assert installed("fr"), "the French catalogue was not loaded"
    window = make_window()
    assert menu_titles(window)[:4] == ["&Fichier", "É&dition", "&Affichage", "&Projet"]
    assert window.save_action.text() == "&Enregistrer"
    assert window.undo_action.text() == "&Annuler"
    assert window.insert_task_action.text() == "&Insérer une tâche"
    assert window.information_action.text() == "&Informations sur le projet…"
    assert window.status_date_action.text() == "&Date d'état…"
    assert window.language_menu.title() == "&Langue"
    assert QLocale().name() == "fr_BE"

    with pytest.raises(project_file.ProjectFileError) as raised:
        project_file.ProjectDocument.open(tmp_path / "missing.belfry", working_dir=tmp_path / "work")
    assert str(raised.value) == f"Le fichier {tmp_path / 'missing.belfry'} n'existe pas."


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_menu_accelerators_do_not_clash(
    installed: Install, make_window: Callable[[], MainWindow], language: str
) -> None:
    installed(language)
    window = make_window()
    bar = window.menuBar().actions()
    assert clashing_accelerators(bar) == {}
    for top in bar:
        submenu = top.menu()
        assert isinstance(submenu, QMenu)
        assert clashing_accelerators(submenu.actions()) == {}, top.text()
        for action in submenu.actions():
            nested = action.menu()
            if isinstance(nested, QMenu):
                assert clashing_accelerators(nested.actions()) == {}, nested.title()


def test_qt_standard_texts_are_translated_too(installed: Install) -> None:
    installed("nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


# --- View > Language -----------------------------------------------------------------------------------------------


def test_choosing_a_language_is_stored_and_announced_in_that_language(
    make_window: Callable[[], MainWindow], settings: QSettings
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        window = make_window()
        dialogs: RecordingDialogs = window.dialogs  # type: ignore[assignment]
        language_menu = window.language_menu
        assert [action.text() for action in language_menu.actions()] == ["&English", "&Nederlands", "&Français"]
        assert language_menu.action_of("en").isChecked()

        language_menu.action_of("fr").trigger()
        assert settings.value("language") == "fr"
        assert language_menu.action_of("fr").isChecked()
        assert not language_menu.action_of("en").isChecked()
        assert dialogs.messages == ["La nouvelle langue sera appliquée au prochain démarrage de Belfry."]

        language_menu.action_of("nl").trigger()
        assert dialogs.messages[-1] == "De nieuwe taal wordt actief wanneer u Belfry opnieuw start."

        language_menu.action_of("en").trigger()  # the running language: nothing to announce
        assert settings.value("language") == "en"
        assert len(dialogs.messages) == 2
        assert window.menuBar().actions()[0].text() == "&File"  # still English until the next start
    finally:
        QLocale.setDefault(previous)


def test_the_menu_shows_the_stored_choice(make_window: Callable[[], MainWindow], settings: QSettings) -> None:
    settings.setValue("language", "nl")
    assert make_window().language_menu.action_of("nl").isChecked()


def test_the_language_comes_from_the_command_line_then_the_settings_then_the_system(settings: QSettings) -> None:
    assert i18n_setup.choose_language(settings) == i18n_setup.system_language()
    settings.setValue("language", "fr")
    assert i18n_setup.choose_language(settings) == "fr"
    assert i18n_setup.choose_language(settings, "nl") == "nl"
    settings.setValue("language", "de")  # not a language Belfry speaks: ignored
    assert i18n_setup.choose_language(settings) == i18n_setup.system_language()
    assert i18n_setup.system_language() in i18n_setup.LANGUAGES


@pytest.mark.parametrize(
    ("value", "code"),
    [("nl", "nl"), ("fr_BE", "fr"), ("nl-BE", "nl"), ("EN", "en"), ("de", None), ("", None), (None, None), (3, None)],
)
def test_language_codes(value: object, code: str | None) -> None:
    assert i18n_setup.language_code(value) == code


def test_english_installs_no_translator_but_the_locale_and_the_hook(installed: Install) -> None:
    assert installed("en") == []
    assert QLocale().name() == "en_GB"
    assert i18n.translate("cli", "Name") == "Name"


# --- the desktop entry point ---------------------------------------------------------------------------------------


def test_run_installs_the_language_before_building_the_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[MainWindow] = []
    installed: list[list[QTranslator]] = []
    locale = QLocale()
    original_install = i18n_setup.install

    class RecordingWindow(MainWindow):
        def __init__(self, settings: QSettings, dialogs: object, working_dir: Path | None = None) -> None:
            super().__init__(settings, RecordingDialogs(), tmp_path / "work")  # type: ignore[arg-type]
            built.append(self)

    def install(application: QCoreApplication, language: str) -> list[QTranslator]:
        installed.append(original_install(application, language))
        return installed[-1]

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "nl")
    monkeypatch.setattr(app, "QSettings", lambda organisation, application: settings)
    monkeypatch.setattr(app, "MainWindow", RecordingWindow)
    monkeypatch.setattr(i18n_setup, "install", install)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName())
    try:
        assert app.run(None, "fr") == 0
        assert len(built) == 1
        qtbot.addWidget(built[0])
        assert menu_titles(built[0])[0] == "&Fichier"  # the command line wins over the stored choice
    finally:
        for translators in installed:
            i18n_setup.uninstall(qapp, translators, locale)
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
        qapp.setApplicationDisplayName(names[2])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--lang", "nl"], (None, "nl")),
        (["--lang=fr", "plan.belfry"], (Path("plan.belfry"), "fr")),
        (["plan.belfry", "--lang", "en"], (Path("plan.belfry"), "en")),
        (["plan.belfry"], (Path("plan.belfry"), None)),
    ],
)
def test_lang_option_starts_the_desktop_in_that_language(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: tuple[Path | None, str | None]
) -> None:
    calls: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(main, "_run_desktop", lambda file, language=None: calls.append((file, language)) or 0)
    assert main.main(argv) == 0
    assert calls == [expected]


@pytest.mark.parametrize("argv", [["--lang", "de"], ["--lang"], ["--lang", "nl", "info", "plan.belfry"]])
def test_lang_option_refuses_other_languages_and_subcommands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.setattr(main, "_run_desktop", lambda file, language=None: pytest.fail("desktop started"))
    with pytest.raises(SystemExit) as raised:
        main.main(argv)
    assert raised.value.code == main.EXIT_USAGE
    assert "--lang" in capsys.readouterr().err
