"""The Qt bindings Belfry is installed with must not leak references to ``None``.

PySide6 6.12.0 on CPython 3.11 lowers ``None``'s reference count on every call of a ``void`` method, and the app
aborts ("deallocating None") after minutes of painting; pyproject.toml excludes that release. This test fails if
such a release is installed anyway.
"""

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.update()
    assert sys.getrefcount(None) >= before - 20
