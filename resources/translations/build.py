"""Compile Belfry's translation catalogues (``belfry_<language>.ts``) into the ``.qm`` files Qt loads.

    python resources/translations/build.py [OUT_DIR]    # default: beside the .ts files

Runs PySide6's ``lrelease``; unfinished messages are left out (Qt then shows the English text). The ``.qm`` files
are committed; a test rebuilds them and fails if the committed ones are stale.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogues  # found through the path set just above


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else catalogues.HERE
    for path in catalogues.build(out_dir):
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
