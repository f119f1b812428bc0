"""Work-arounds for defects of the Qt bindings, applied once when the ``gui`` package is imported.

shiboken6 6.12.0 on CPython 3.11 returns ``None`` from every binding of a C++ ``void`` method without taking a
reference to it (measured: each ``QPainter.drawLine``, ``QWidget.update`` ... lowers ``sys.getrefcount(None)`` by
one). From CPython 3.12 ``None`` is immortal (PEP 683) and this is harmless; on 3.11 a Gantt chart that paints for a
few minutes brings ``None``'s count to zero and the interpreter aborts with "none_dealloc: deallocating None".
Until the bindings are fixed (or Belfry requires Python 3.12), ``None`` gets a reference count so large that no
session can exhaust it, which is what immortality means on 3.12.
"""

import ctypes
import sys

_HEADROOM = 1 << 48  # hundreds of years of painting


def apply() -> None:
    """Make ``None`` effectively immortal on CPython < 3.12 (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every object in a release build of CPython.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
