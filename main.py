"""Belfry's composition root: parses the command line and runs a headless command.

``python main.py SUBCOMMAND ...`` and the ``belfry`` entry point behave the same. Errors end with a non-zero exit
code and one clear line on stderr, never a traceback (set ``BELFRY_DEBUG=1`` to see one).
"""

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from services import headless, i18n, project_file

EXIT_OK = 0
EXIT_FINDINGS = 1  # `check` found errors in the project
EXIT_USAGE = 2  # wrong arguments (argparse's own code)
EXIT_FILE = 3  # the file cannot be opened, read or written
EXIT_INTERNAL = 70  # a bug in Belfry

_ = i18n.translate


def version() -> str:
    """The installed package version, or the source tree's when running from a checkout."""
    try:
        return metadata.version("belfry")
    except metadata.PackageNotFoundError:
        return "0+source"


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar; every subcommand is documented in the README."""
    parser = argparse.ArgumentParser(
        prog="belfry",
        description=_("cli", "Belfry: offline project control for public administrations."),
    )
    parser.add_argument("--version", action="version", version=f"belfry {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=_("cli", "write the demo project (or a synthetic one) to FILE"))
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument("--tasks", type=_positive_int, metavar="N", help=_("cli", "a synthetic project of N tasks"))
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=_("cli", "seed of the synthetic project"))
    demo.add_argument("--json", action="store_true", help=_("cli", "print the new file's info as JSON"))
    demo.set_defaults(run=_run_demo)

    info = commands.add_parser("info", help=_("cli", "show the project's fields and the number of rows per entity"))
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help=_("cli", "print JSON instead of text"))
    info.set_defaults(run=_run_info)

    check = commands.add_parser("check", help=_("cli", "check the file's integrity and the project's data"))
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help=_("cli", "print JSON instead of text"))
    check.set_defaults(run=_run_check)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("cli", "not a whole number: {text}").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("cli", "must be at least 1: {text}").format(text=text))
    return value


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_info(info: dict[str, Any]) -> None:
    project = info["project"]
    labels = {
        "name": _("cli", "Name"),
        "code": _("cli", "Code"),
        "organisation": _("cli", "Organisation"),
        "sponsor": _("cli", "Sponsor"),
        "manager": _("cli", "Manager"),
        "status": _("cli", "Status"),
        "currency": _("cli", "Currency"),
        "start": _("cli", "Start"),
        "finish": _("cli", "Finish"),
        "status_date": _("cli", "Status date"),
        "fiscal_year_start_month": _("cli", "Fiscal year starts in month"),
        "hours_per_day": _("cli", "Hours per day"),
        "classification": _("cli", "Classification"),
    }
    width = max(len(label) for label in labels.values())
    print(info["file"])
    for key, label in labels.items():
        value = project.get(key)
        print(f"  {label:<{width}}  {'' if value is None else value}")
    print(_("cli", "Rows per entity:"))
    counts = info["counts"]
    count_width = max(len(key) for key in counts)
    for key, count in counts.items():
        print(f"  {key:<{count_width}}  {count:>8,}")


def _run_demo(args: argparse.Namespace) -> int:
    info = headless.create_demo(args.file, tasks=args.tasks, seed=args.seed)
    if args.json:
        _print_json(info)
    else:
        _print_info(info)
    return EXIT_OK


def _run_info(args: argparse.Namespace) -> int:
    info = headless.project_info(args.file)
    if args.json:
        _print_json(info)
    else:
        _print_info(info)
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    report = headless.check_file(args.file)
    if args.json:
        _print_json(report)
    else:
        for finding in report["findings"]:
            print(f"{finding['severity']}: {finding['message']} [{finding['code']}]")
        print(
            _("cli", "{errors} error(s), {warnings} warning(s)").format(
                errors=report["errors"], warnings=report["warnings"]
            )
        )
    return EXIT_OK if report["ok"] else EXIT_FINDINGS


def _fail(code: int, message: str) -> int:
    print(f"belfry: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return EXIT_OK
    try:
        return run(args)
    except project_file.ProjectFileError as error:
        return _fail(EXIT_FILE, str(error))
    except Exception as error:
        if os.environ.get("BELFRY_DEBUG"):
            raise
        return _fail(
            EXIT_INTERNAL,
            _("cli", "internal error ({kind}: {error}); run again with BELFRY_DEBUG=1 for details").format(
                kind=type(error).__name__, error=error
            ),
        )


if __name__ == "__main__":
    sys.exit(main())
