"""The translation catalogues are complete, consistent with the sources, and their compiled ``.qm`` files are fresh.

When a test here fails after a change of user-visible text, run ``python resources/translations/update.py``,
translate what it reports as unfinished in ``resources/translations/belfry_nl.ts`` and ``belfry_fr.ts`` (Qt Linguist or
a text editor), then ``python resources/translations/build.py``. See resources/translations/README.md.
"""

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("nl", "fr")


def _load_catalogues() -> ModuleType:
    """``resources/translations/catalogues.py``: a developer tool beside the catalogues, not a package."""
    name = "belfry_translation_catalogues"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, TRANSLATIONS / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


catalogues = _load_catalogues()
Key = catalogues.Key
Message = catalogues.Message


@pytest.fixture(scope="module")
def sources() -> tuple[dict[object, object], list[object]]:
    """The messages of the sources (lupdate's and the ast walk's) and the calls that could not be read."""
    found, problems = catalogues.extract(REPO)
    return found, problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = catalogues.read_ts(catalogues.ts_path(language, TRANSLATIONS), REPO)
    assert len(messages) > 400
    problems = list(catalogues.iter_problems(messages.values()))
    assert problems == [], (
        f"{len(problems)} message(s) of belfry_{language}.ts need work (see this module's docstring):\n"
        + "\n".join(problems[:40])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogues_hold_exactly_the_messages_of_the_sources(
    sources: tuple[dict[object, object], list[object]], language: str
) -> None:
    found, _problems = sources
    messages = catalogues.read_ts(catalogues.ts_path(language, TRANSLATIONS), REPO)
    missing = sorted(key for key in found if key not in messages)
    stale = sorted(key for key in messages if key not in found)
    assert (missing, stale) == ([], []), "run: python resources/translations/update.py"
    numerus = {key for key, message in found.items() if message.numerus}
    assert numerus == {key for key, message in messages.items() if message.numerus}


def test_every_translation_call_can_be_read(sources: tuple[dict[object, object], list[object]]) -> None:
    _found, problems = sources
    assert [str(problem) for problem in problems] == []


def test_the_committed_qm_files_are_built_from_the_committed_ts(tmp_path: Path) -> None:
    built = catalogues.build(tmp_path, TRANSLATIONS)
    assert [path.name for path in built] == [f"belfry_{language}.qm" for language in LANGUAGES]
    for path in built:
        committed = TRANSLATIONS / path.name
        assert committed.is_file(), f"{path.name} is missing: run python resources/translations/build.py"
        assert committed.read_bytes() == path.read_bytes(), (
            f"{path.name} is stale: run python resources/translations/build.py"
        )


# --- the extraction and merge themselves, on small sources ---------------------------------------------------------


def _write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_ast_walk_finds_what_lupdate_cannot_see(tmp_path: Path) -> None:
    dialogs = _write(
        tmp_path,
        "gui/dialogs.py",
        """
        FILTER = "Project (*.belfry)"

        def _tr(text):
            \"\"\"A wrapper with a fixed context.\"\"\"
            return QCoreApplication.translate("Dialogs", text)

        class SaveDialog(QDialog):
            def __init__(self):
                self.setWindowTitle(self.tr("Save"))
                self.filter = self.tr(FILTER)
                self.count = self.tr("%n file(s)", "", 3)
                self.hint = _tr("Choose a folder")
                hook = lambda context, text: QCoreApplication.translate(context, text)
        """,
    )
    service = _write(
        tmp_path,
        "services/report.py",
        """
        from services import i18n
        from gui.dialogs import FILTER

        _ = i18n.translate
        CONTEXT = "report"

        def describe(flag, name):
            first = _(CONTEXT, "The report {name} is ready.").format(name=name)
            second = i18n.translate("report", "Long" if flag else "Short")
            return first, second, _(CONTEXT, f"Not readable {name}"), _(CONTEXT, FILTER)
        """,
    )
    found, problems = catalogues.extract_ast([dialogs, service], tmp_path)
    assert set(found) == {
        Key("SaveDialog", "Save"),
        Key("SaveDialog", "Project (*.belfry)"),
        Key("SaveDialog", "%n file(s)"),
        Key("Dialogs", "Choose a folder"),
        Key("report", "The report {name} is ready."),
        Key("report", "Long"),
        Key("report", "Short"),
        Key("report", "Project (*.belfry)"),
    }
    assert found[Key("SaveDialog", "%n file(s)")].numerus
    assert found[Key("report", "Long")].locations == [("services/report.py", 10)]
    assert [(problem.path, problem.line) for problem in problems] == [("services/report.py", 11)]


def test_merging_keeps_translations_adds_new_messages_unfinished_and_drops_vanished_ones(tmp_path: Path) -> None:
    kept, new, gone = Key("MainWindow", "&Save"), Key("MainWindow", "&Print"), Key("MainWindow", "&Fax")
    plural = Key("MainWindow", "%n task(s)")
    existing = {
        kept: Message(kept, translations=["Op&slaan"], unfinished=False),
        gone: Message(gone, translations=["&Faxen"], unfinished=False),
        plural: Message(plural, numerus=True, translations=["%n taak", "%n taken"], unfinished=False),
    }
    found = {
        kept: Message(kept, locations=[("gui/main_window.py", 10)]),
        new: Message(new, locations=[("gui/main_window.py", 11)]),
        plural: Message(plural, numerus=True, locations=[("gui/main_window.py", 12)]),
    }
    merged, dropped = catalogues.merge(found, existing, "nl")
    by_key = {message.key: message for message in merged}
    assert dropped == [gone]
    assert (by_key[kept].translations, by_key[kept].unfinished) == (["Op&slaan"], False)
    assert (by_key[new].translations, by_key[new].unfinished) == ([""], True)
    assert by_key[plural].translations == ["%n taak", "%n taken"]

    # Written and read back, the catalogue is the same; lrelease compiles it.
    ts = tmp_path / "belfry_nl.ts"
    ts.write_text(catalogues.render_ts(merged, "nl", tmp_path, tmp_path), encoding="utf-8")
    again = catalogues.read_ts(ts, tmp_path)
    assert {key: (m.translations, m.unfinished, m.locations) for key, m in again.items()} == {
        m.key: (m.translations, m.unfinished, m.locations) for m in merged
    }
    assert [str(problem) for problem in catalogues.iter_problems(again.values())] == [
        "[MainWindow] '&Print': not translated (unfinished)"
    ]


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("Saved {path}", "{path} opgeslagen", True),
        ("Saved {path}", "Opgeslagen", False),
        ("{size:.1f} MB", "{size:.1f} Mo", True),
        ("{size:.1f} MB", "{size} Mo", False),
        ("Link %n task(s)", "%n taken koppelen", True),
        ("Link %n task(s)", "Taken koppelen", False),
        ("{name}[*] — Belfry", "{name} — Belfry", False),
        ("&Save", "Op&slaan", True),
        ("&Save", "Opslaan", False),
        ("Save", "&Opslaan", False),
        ("Fish && chips", "Vis && friet", True),
    ],
)
def test_placeholders_and_accelerators_must_survive_translation(source: str, translation: str, ok: bool) -> None:
    message = Message(Key("C", source), translations=[translation], unfinished=False)
    assert (catalogues.check_message(message) == []) == ok
