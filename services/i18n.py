"""The Qt-free translation hook of the services layer.

Services write English source strings as ``i18n.translate("context", "Template with {fields}.")`` and format the
result afterwards (``.format(**fields)``), so the literal template is what translators see and what extraction
tools find. By default the text comes back unchanged; ``main.py`` installs a translator backed by Qt
(``QCoreApplication.translate``) before any service runs.
"""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


# One slot rather than a ``global`` statement: install() swaps the function held here.
_active: list[Translator] = [_untranslated]


def translate(context: str, text: str) -> str:
    """Return ``text`` (an English source string of ``context``) in the installed language."""
    return _active[0](context, text)


def install(translator: Callable[[str, str], str]) -> None:
    """Route every later :func:`translate` call to ``translator(context, text)``."""
    _active[0] = translator
