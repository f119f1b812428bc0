"""Update Belfry's translation catalogues from the sources, then rebuild the ``.qm`` files.

Run from anywhere (the paths are the repository's)::

    python resources/translations/update.py           # update belfry_nl.ts and belfry_fr.ts, rebuild the .qm
    python resources/translations/update.py --check   # change nothing; exit 1 if a message is missing or unfinished

New messages arrive as ``unfinished``: translate them in the ``.ts`` files (Qt Linguist or a text editor), then run
``python resources/translations/build.py``. The tests fail while any message is unfinished. See README.md here.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogues  # found through the path set just above


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report what is missing or unfinished")
    args = parser.parse_args()
    if args.check:
        return check()
    reports, problems = catalogues.update()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for report in reports:
        print(
            f"{catalogues.ts_path(report.language).name}: {report.messages} messages, {report.added} new, "
            f"{len(report.dropped)} dropped, {report.unfinished} to translate"
        )
        for key in report.dropped:
            print(f"  dropped (no longer in the sources): [{key.context}] {key.source!r}")
    for path in catalogues.build():
        print(f"built {path.name}")
    return 0


def check() -> int:
    found, problems = catalogues.extract()
    errors = [str(problem) for problem in problems]
    for language in catalogues.LANGUAGES:
        path = catalogues.ts_path(language)
        existing = catalogues.read_ts(path) if path.is_file() else {}
        errors += [
            f"{path.name}: not in the catalogue: [{key.context}] {key.source!r}" for key in found if key not in existing
        ]
        errors += [f"{path.name}: {error}" for error in catalogues.iter_problems(existing.values())]
    for error in errors:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
