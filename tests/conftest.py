"""Test-wide setup: Qt renders offscreen and no test may reach the network.

``QT_QPA_PLATFORM`` must be set before any ``QApplication`` exists, hence at import time of this conftest.
Network sockets are disabled by pytest-socket (``--disable-socket`` in pyproject.toml).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BELFRY_HOME", os.path.join(os.environ.get("TMPDIR", "/tmp"), "belfry-test-home"))
