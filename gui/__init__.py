"""The Qt desktop front end. Only ``main.py`` imports this package; it holds no business rules and no SQL."""

from gui import pyside_workarounds

pyside_workarounds.apply()
