"""Toolbar and menu icons: Belfry's own SVGs under ``resources/icons``, else the desktop theme's icon."""

# The Qt layer: PySide6 is banned everywhere else (pyproject's banned-api), allowed here.

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon(name: str) -> QIcon:
    """The icon ``name`` (a freedesktop name such as ``document-open``, or one of Belfry's own)."""
    path = ICON_DIR / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    return QIcon.fromTheme(name)
