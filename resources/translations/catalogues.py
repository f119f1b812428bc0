"""Belfry's translation catalogues: find the messages in the sources, keep the ``.ts`` files in step, build ``.qm``.

This module is a developer tool (no Qt import: the Qt tools run as programs). ``update.py`` and ``build.py`` beside
it are its command lines; the tests in ``tests/unit/test_translation_catalogues.py`` call it directly.

Messages are found twice and merged:

* ``pyside6-lupdate`` finds ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` and the services'
  ``i18n.translate("context", "...")`` when both arguments are literals;
* an ``ast`` walk finds what lupdate cannot see: the services' alias ``_ = i18n.translate``, contexts held in a
  module constant (``CONTEXT = "validation"``), one-argument wrappers such as
  ``def _tr(text): return QCoreApplication.translate("Dialogs", text)``, ``self.tr(CONSTANT)`` and
  ``QT_TRANSLATE_NOOP("Context", "...")``.

A call whose text cannot be read statically (an f-string, a variable) is reported as a problem: translators would
never see it.

The ``.ts`` files are the translators' source of truth (edit them in Qt Linguist or a text editor). Merging keeps
every translation whose (context, source, disambiguation) still occurs, adds new messages as ``unfinished`` and drops
the ones no source uses any more.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOGUE = "belfry"
# Language code of the file name -> the .ts file's language attribute (Belgian variants; plural rules are the same).
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE"}
SOURCE_LANGUAGE = "en_GB"
# Where the messages are: every Python file of these folders (not tests), and main.py.
SOURCE_DIRS = ("gui", "services")
SOURCE_FILES = ("main.py",)

# Qt's translate(context, text, disambiguation=None, n=-1) and the services' translate(context, text).
_QT_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _holiday_names() -> list[str]:
    """The English names ``services.working_time`` gives closure days (from the ``holidays`` package and its own
    table), which ``calendar_service`` translates in the context ``"holidays"``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from model.enums import HolidayLayer  # noqa: PLC0415 - only needed when the catalogue is updated
    from services import working_time  # noqa: PLC0415

    names: set[str] = set()
    for layers in [[layer] for layer in HolidayLayer] + [list(HolidayLayer)]:
        names.update(working_time.holiday_dates(layers, 1990, 2100).values())
    return sorted(names)


# Contexts whose messages come from data rather than from literals in the code: a call such as
# ``_(HOLIDAY_CONTEXT, name)`` is then expected, and the catalogue gets the data's texts instead.
DATA_MESSAGES: dict[str, Callable[[], list[str]]] = {"holidays": _holiday_names}


@dataclass(frozen=True, slots=True, order=True)
class Key:
    """What identifies a message: Qt looks translations up by context, source text and disambiguation."""

    context: str
    source: str
    comment: str = ""


@dataclass(slots=True)
class Message:
    """One message of a catalogue; ``translations`` has one entry, or one per plural form when ``numerus``."""

    key: Key
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)
    unfinished: bool = True
    translator_comment: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """A translation call whose arguments cannot be read without running the code."""

    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


# --- finding the sources ---------------------------------------------------------------------------------------------


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files whose messages go into the catalogue, in a stable order."""
    files = [root / name for name in SOURCE_FILES if (root / name).is_file()]
    for folder in SOURCE_DIRS:
        files.extend(sorted((root / folder).glob("*.py")))
    return files


def _relative(path: Path, root: Path) -> str:
    return path.resolve().relative_to(root.resolve()).as_posix()


# --- the ast walk ----------------------------------------------------------------------------------------------------


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "literal"`` assignments."""
    constants: dict[str, str] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = value.value
    return constants


def _module_name(path: Path, root: Path) -> str:
    return ".".join(Path(_relative(path, root)).with_suffix("").parts)


def _is_translate_function(node: ast.expr) -> bool:
    """``i18n.translate``, ``QCoreApplication.translate`` (and QApplication's), or a bare ``translate``."""
    if isinstance(node, ast.Attribute) and node.attr == "translate":
        return isinstance(node.value, ast.Name) and (node.value.id == "i18n" or node.value.id in _QT_CLASSES)
    return isinstance(node, ast.Name) and node.id == "translate"


class _Walker(ast.NodeVisitor):
    """Collects the messages of one module; ``names`` resolves string constants (own and imported)."""

    def __init__(self, path: str, names: dict[str, str]) -> None:
        self.path = path
        self.names = names
        self.aliases: set[str] = set()  # names bound to a translate(context, text) function
        self.wrappers: dict[str, str] = {}  # one-argument function name -> its fixed context
        self.classes: list[str] = []
        self.data_contexts: set[str] = set()
        self.parameters: list[set[str]] = []
        self.found: list[tuple[Key, bool, int]] = []
        self.problems: list[Problem] = []

    def prepare(self, tree: ast.Module) -> None:
        for node in tree.body:
            if isinstance(node, ast.Assign) and _is_translate_function(node.value):
                self.aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.FunctionDef):
                context = self._wrapper_context(node)
                if context is not None:
                    self.wrappers[node.name] = context

    def _wrapper_context(self, node: ast.FunctionDef) -> str | None:
        """The context of ``def f(text): return translate("Context", text)``, else None."""
        params = node.args.args
        body = [statement for statement in node.body if not _is_docstring(statement)]
        if len(params) != 1 or len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        call = body[0].value
        if not isinstance(call, ast.Call) or len(call.args) != 2:
            return None
        if not (
            _is_translate_function(call.func) or (isinstance(call.func, ast.Name) and call.func.id in self.aliases)
        ):
            return None
        text = call.args[1]
        if not (isinstance(text, ast.Name) and text.id == params[0].arg):
            return None
        contexts = self._strings(call.args[0])
        return contexts[0] if contexts is not None and len(contexts) == 1 else None

    def _strings(self, node: ast.expr) -> list[str] | None:
        """The string(s) ``node`` can statically be: a literal, a known constant, or either branch of ``a if c else
        b``; None if it cannot be read."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.Name) and node.id in self.names:
            return [self.names[node.id]]
        if isinstance(node, ast.IfExp):
            body, orelse = self._strings(node.body), self._strings(node.orelse)
            return None if body is None or orelse is None else body + orelse
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.wrappers:
            return  # its call of translate() is the wrapper itself, not a message
        self._visit_with_parameters(node, node.args)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._visit_with_parameters(node, node.args)

    def _visit_with_parameters(self, node: ast.AST, arguments: ast.arguments) -> None:
        self.parameters.append({argument.arg for argument in (*arguments.posonlyargs, *arguments.args)})
        self.generic_visit(node)
        self.parameters.pop()

    def _forwards(self, node: ast.expr) -> bool:
        """True for a parameter of the enclosing function: ``lambda context, text: translate(context, text)``
        passes messages on; it has none of its own."""
        return isinstance(node, ast.Name) and bool(self.parameters) and node.id in self.parameters[-1]

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and _is_self(func.value):
            if not self.classes:
                self._problem(node, "self.tr() outside a class")
                return
            self._add(node, [self.classes[-1]], node.args[0:1], node.args[1:2], node.args[2:3])
        elif _is_translate_function(func) or (isinstance(func, ast.Name) and func.id in self.aliases):
            if len(node.args) < 2:
                self._problem(node, "translate() needs a context and a text")
                return
            if self._forwards(node.args[0]):
                return
            contexts = self._strings(node.args[0])
            if contexts is None:
                self._problem(node, "the context is not a literal or a module constant")
                return
            self._add(node, contexts, node.args[1:2], node.args[2:3], node.args[3:4])
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._add(node, [self.wrappers[func.id]], node.args[0:1], [], [])
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
            contexts = self._strings(node.args[0])
            if contexts is None:
                self._problem(node, "the context is not a literal or a module constant")
                return
            self._add(node, contexts, node.args[1:2], [], [])

    def _add(
        self,
        node: ast.Call,
        contexts: list[str],
        text: Sequence[ast.expr],
        comment: Sequence[ast.expr],
        count: Sequence[ast.expr],
    ) -> None:
        if not text:
            self._problem(node, "a translation call without text")
            return
        sources = self._strings(text[0])
        if sources is None and all(context in DATA_MESSAGES for context in contexts):
            self.data_contexts.update(contexts)  # the texts are data; DATA_MESSAGES puts them into the catalogue
            return
        if sources is None:
            self._problem(node, "the text is not a literal or a module constant (translators would never see it)")
            return
        comments = [""]
        if comment:
            read = self._strings(comment[0])
            if read is None and not (isinstance(comment[0], ast.Constant) and comment[0].value is None):
                self._problem(node, "the disambiguation is not a literal")
                return
            comments = read or [""]
        numerus = bool(count)
        for context in contexts:
            for source in sources:
                for disambiguation in comments:
                    self.found.append((Key(context, source, disambiguation), numerus, node.lineno))

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), what))


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _imported_constants(tree: ast.Module, constants: dict[str, dict[str, str]]) -> dict[str, str]:
    """``from gui.dialogs import PROJECT_FILTER``: string constants imported from another scanned module."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in constants and node.level == 0:
            for alias in node.names:
                value = constants[node.module].get(alias.name)
                if value is not None:
                    names[alias.asname or alias.name] = value
    return names


def extract_ast(files: Iterable[Path], root: Path = ROOT) -> tuple[dict[Key, Message], list[Problem]]:
    """The messages of ``files`` found by the ast walk, and the calls it could not read."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    constants = {_module_name(path, root): _module_constants(tree) for path, tree in trees.items()}
    messages: dict[Key, Message] = {}
    problems: list[Problem] = []
    for path, tree in trees.items():
        names = {**_imported_constants(tree, constants), **constants[_module_name(path, root)]}
        walker = _Walker(_relative(path, root), names)
        walker.prepare(tree)
        walker.visit(tree)
        problems.extend(walker.problems)
        for key, numerus, line in walker.found:
            message = messages.setdefault(key, Message(key, numerus))
            message.numerus = message.numerus or numerus
            message.locations.append((walker.path, line))
        for context in sorted(walker.data_contexts):
            for text in DATA_MESSAGES[context]():
                messages.setdefault(Key(context, text), Message(Key(context, text)))
    return messages, problems


# --- the Qt tools ----------------------------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (``lupdate``, ``lrelease``), without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    suffix = ".exe" if sys.platform == "win32" else ""
    for folder in folders:
        candidate = Path(folder) / f"{name}{suffix}"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    for candidate_name in (f"pyside6-{name}", name):
        beside = Path(sys.executable).parent / f"{candidate_name}{suffix}"
        if beside.is_file():
            return str(beside)
        found = shutil.which(candidate_name)
        if found:
            return found
    raise FileNotFoundError(f"Qt's {name} was not found: install PySide6 (pyside6-{name})")


def extract_lupdate(files: Sequence[Path], root: Path = ROOT) -> dict[Key, Message]:
    """The messages lupdate finds in ``files`` (run on a scratch catalogue, so the real ones stay untouched)."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "scratch.ts"
        subprocess.run(
            [qt_tool("lupdate"), "-silent", "-locations", "absolute", *(str(f) for f in files), "-ts", str(target)],
            check=True,
            cwd=root,
            stdout=subprocess.DEVNULL,
        )
        return read_ts(target, root)


def extract(root: Path = ROOT) -> tuple[dict[Key, Message], list[Problem]]:
    """Every message of Belfry's sources (lupdate's and the ast walk's, merged), and the unreadable calls."""
    files = source_files(root)
    found, problems = extract_ast(files, root)
    for key, message in extract_lupdate(files, root).items():
        mine = found.setdefault(key, Message(key, message.numerus))
        mine.numerus = mine.numerus or message.numerus
        mine.locations.extend(message.locations)
    for message in found.values():
        message.locations = sorted(set(message.locations))
    return found, problems


# --- reading and writing .ts -----------------------------------------------------------------------------------------


def _text(element: Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def _location(ts_file: Path, filename: str, root: Path) -> str:
    """A location of a ``.ts`` file (relative to that file) made relative to the repository."""
    try:
        return _relative(ts_file.parent / filename, root)
    except ValueError:
        return filename


def read_ts(path: Path, root: Path = ROOT) -> dict[Key, Message]:
    """The messages of one ``.ts`` file (vanished and obsolete ones included, marked unfinished); locations relative
    to ``root``."""
    tree = ElementTree.parse(path).getroot()
    messages: dict[Key, Message] = {}
    for context in tree.iter("context"):
        name = _text(context.find("name"))
        for node in context.iter("message"):
            key = Key(name, _text(node.find("source")), _text(node.find("comment")))
            translation = node.find("translation")
            numerus = node.get("numerus") == "yes"
            if translation is None:
                texts: list[str] = []
            elif numerus:
                texts = [_text(form) for form in translation.iter("numerusform")]
            else:
                texts = [_text(translation)]
            kind = "" if translation is None else translation.get("type", "")
            message = Message(
                key,
                numerus,
                [
                    (_location(path, location.get("filename", ""), root), int(location.get("line", "0") or 0))
                    for location in node.iter("location")
                ],
                texts,
                unfinished=translation is None or kind in {"unfinished", "vanished", "obsolete"},
                translator_comment=_text(node.find("translatorcomment")),
            )
            message.unfinished = message.unfinished or not any(texts) or any(not text for text in texts)
            if kind in {"vanished", "obsolete"}:
                message.translations = []
            messages[key] = message
    return messages


def plural_forms(language: str) -> int:
    """How many plural forms Qt expects for ``language`` (Dutch and French: two)."""
    return 2 if language in LANGUAGES else 1


def merge(found: dict[Key, Message], existing: dict[Key, Message], language: str) -> tuple[list[Message], list[Key]]:
    """The catalogue for ``language``: every found message, with its translation when ``existing`` has one; also the
    keys of ``existing`` that no source uses any more (dropped)."""
    merged: list[Message] = []
    for key, message in found.items():
        old = existing.get(key)
        forms = plural_forms(language) if message.numerus else 1
        translations = list(old.translations) if old is not None and old.numerus == message.numerus else []
        translations = (translations + [""] * forms)[:forms]
        unfinished = old is None or old.unfinished or old.numerus != message.numerus or not all(translations)
        merged.append(
            Message(
                key,
                message.numerus,
                list(message.locations),
                translations,
                unfinished,
                "" if old is None else old.translator_comment,
            )
        )
    dropped = sorted(key for key in existing if key not in found)
    return merged, dropped


def _escape(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;")
    return text.replace("'", "&apos;") if quote else text


def render_ts(messages: Iterable[Message], language: str, ts_dir: Path = HERE, root: Path = ROOT) -> str:
    """The text of a ``.ts`` file in lupdate's layout: contexts by name, messages by first location."""
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.key.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES.get(language, language)}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    prefix = Path(os.path.relpath(root, ts_dir)).as_posix()
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for message in sorted(by_context[context], key=_message_order):
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for filename, line in message.locations:
                lines.append(f'        <location filename="{_escape(f"{prefix}/{filename}", True)}" line="{line}"/>')
            lines.append(f"        <source>{_escape(message.key.source)}</source>")
            if message.key.comment:
                lines.append(f"        <comment>{_escape(message.key.comment)}</comment>")
            if message.translator_comment:
                lines.append(f"        <translatorcomment>{_escape(message.translator_comment)}</translatorcomment>")
            kind = ' type="unfinished"' if message.unfinished else ""
            if message.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_escape(form)}</numerusform>" for form in message.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(message.translations[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _message_order(message: Message) -> tuple[str, int, Key]:
    first = message.locations[0] if message.locations else ("", 0)
    return (first[0], first[1], message.key)


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{language}.qm"


# --- updating and building -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UpdateReport:
    language: str
    messages: int
    unfinished: int
    added: int
    dropped: list[Key]


def update(root: Path = ROOT, folder: Path = HERE) -> tuple[list[UpdateReport], list[Problem]]:
    """Bring every ``.ts`` file in step with the sources (see the module docstring)."""
    found, problems = extract(root)
    reports = []
    for language in LANGUAGES:
        path = ts_path(language, folder)
        existing = read_ts(path) if path.is_file() else {}
        merged, dropped = merge(found, existing, language)
        path.write_text(render_ts(merged, language, folder, root), encoding="utf-8")
        reports.append(
            UpdateReport(
                language,
                len(merged),
                sum(1 for message in merged if message.unfinished),
                sum(1 for message in merged if message.key not in existing),
                dropped,
            )
        )
    return reports, problems


def build(out_dir: Path = HERE, folder: Path = HERE) -> list[Path]:
    """Compile every ``.ts`` of ``folder`` into ``out_dir`` with lrelease; return the ``.qm`` files written.

    Unfinished messages are not compiled: Qt then shows the English source text.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = qm_path(language, out_dir)
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written.append(target)
    return written


# --- checks ----------------------------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
_QT_ARG = re.compile(r"%(?:n|L?[1-9][0-9]?)|\[\*\]")  # Qt's %1 and %n, and the window title's modified mark
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text: str) -> list[str]:
    """The ``{field}``, ``%1`` / ``%n`` and ``[*]`` placeholders of ``text``, sorted (a translation may reorder
    them)."""
    return sorted(_FIELD.findall(text) + _QT_ARG.findall(text))


def accelerators(text: str) -> int:
    """How many ``&`` accelerator markers ``text`` has (``&&`` is a literal ampersand)."""
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def check_message(message: Message) -> list[str]:
    """What is wrong with one catalogue message (empty when it is complete and consistent)."""
    source = message.key.source
    where = f"[{message.key.context}] {source!r}"
    if message.unfinished:
        return [f"{where}: not translated (unfinished)"]
    errors = []
    for text in message.translations:
        if not text.strip():
            errors.append(f"{where}: empty translation")
            continue
        if placeholders(text) != placeholders(source):
            errors.append(f"{where}: placeholders {placeholders(source)} became {placeholders(text)} in {text!r}")
        if accelerators(text) != accelerators(source):
            errors.append(f"{where}: {accelerators(source)} accelerator(s) became {accelerators(text)} in {text!r}")
    return errors


def iter_problems(messages: Iterable[Message]) -> Iterator[str]:
    for message in messages:
        yield from check_message(message)
