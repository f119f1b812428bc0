"""Belfry's composition root: no argument or a project file starts the desktop app; a subcommand runs headless.

``python main.py [--lang nl|fr|en] [FILE | SUBCOMMAND ...]`` and the ``belfry`` entry point behave the same;
``--lang`` sets the desktop app's language for one run. Errors end with a non-zero exit code and one clear line on
stderr, never a traceback (set ``BELFRY_DEBUG=1`` to see one).
"""

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from services import edits, headless, i18n, mspdi, project_file

EXIT_OK = 0
EXIT_FINDINGS = 1  # `check` found errors in the project
EXIT_USAGE = 2  # wrong arguments (argparse's own code)
EXIT_FILE = 3  # the file cannot be opened, read or written
EXIT_INPUT = 4  # the input is invalid: a malformed import file, a baseline that does not exist, ...
EXIT_INTERNAL = 70  # a bug in Belfry

DESKTOP_LANGUAGES = ("nl", "fr", "en")  # the desktop app's interface languages (``--lang``)

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
    parser.add_argument(
        "--lang",
        choices=DESKTOP_LANGUAGES,
        help=_("cli", "language of the desktop app for this run (default: the one chosen in View > Language)"),
    )
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

    schedule = commands.add_parser(
        "schedule", help=_("cli", "schedule the project (CPM) and store the computed dates in FILE")
    )
    schedule.add_argument("file", type=Path, metavar="FILE")
    schedule.add_argument(
        "--status-date", type=_iso_date, metavar="YYYY-MM-DD", help=_("cli", "measure progress at the end of this day")
    )
    schedule.add_argument(
        "--level", action="store_true", help=_("cli", "level resources: delay tasks so no one is over-allocated")
    )
    schedule.add_argument("--json", action="store_true", help=_("cli", "print the schedule as JSON"))
    schedule.set_defaults(run=_run_schedule)

    import_command = commands.add_parser(
        "import", help=_("cli", "import an MS Project XML file into a new project file")
    )
    import_command.add_argument("source", type=Path, metavar="FILE.xml")
    import_command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.belfry")
    import_command.add_argument("--json", action="store_true", help=_("cli", "print the import report as JSON"))
    import_command.set_defaults(run=_run_import)

    export = commands.add_parser("export", help=_("cli", "export the project to another format"))
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--xml", type=Path, required=True, metavar="OUT.xml", help=_("cli", "MS Project XML (MSPDI)"))
    export.set_defaults(run=_run_export)

    evm = commands.add_parser("evm", help=_("cli", "earned value and Earned Schedule figures at a status date"))
    evm.add_argument("file", type=Path, metavar="FILE")
    evm.add_argument("--status-date", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    evm.add_argument("--baseline", type=int, default=0, metavar="N", help=_("cli", "baseline 0-10 (default 0)"))
    evm.add_argument("--period", choices=("week", "month", "fiscal"), default="month")
    evm.add_argument("--by", choices=("wbs", "category"), help=_("cli", "break the figures down"))
    evm.add_argument("--json", action="store_true", help=_("cli", "print JSON instead of text"))
    evm.set_defaults(run=_run_evm)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("cli", "not a date (YYYY-MM-DD): {text}").format(text=text)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("cli", "not a whole number: {text}").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("cli", "must be at least 1: {text}").format(text=text))
    return value


def _print_json(data: object) -> None:
    """Print ``data`` as JSON with one line per top-level key and per item of a top-level list or object: readable,
    diffable and fast (each line goes through the C encoder; indenting everything takes a second at 10,000 tasks)."""
    sys.stdout.write(_json_lines(data))
    sys.stdout.write("\n")


def _json_lines(data: object) -> str:
    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    def member(value: object) -> str:
        if isinstance(value, list) and value:
            return "[\n" + ",\n".join(f"    {compact(item)}" for item in value) + "\n  ]"
        if isinstance(value, dict) and value:
            return "{\n" + ",\n".join(f"    {compact(key)}: {compact(item)}" for key, item in value.items()) + "\n  }"
        return compact(value)

    if not isinstance(data, dict) or not data:
        return compact(data)
    return "{\n" + ",\n".join(f"  {compact(key)}: {member(value)}" for key, value in data.items()) + "\n}"


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


def _run_schedule(args: argparse.Namespace) -> int:
    report = headless.schedule_file(args.file, status_date=args.status_date, level=args.level)
    if args.json:
        _print_json(report)
        return EXIT_OK
    project = report["project"]
    print(
        _("cli", "{file}: {count} tasks, start {start}, finish {finish}, status date {status}").format(
            file=args.file,
            count=len(report["tasks"]),
            start=project["start"],
            finish=project["finish"],
            status=project["status_date"] or "-",
        )
    )
    critical = sum(1 for task in report["tasks"] if task["critical"])
    print(_("cli", "{count} critical tasks").format(count=critical))
    for problem in report["problems"]:
        print(f"{problem['kind']}: {problem['message']}")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    report = headless.import_xml(args.source, args.output)
    if args.json:
        _print_json(report)
        return EXIT_OK
    imported = report["imported"]
    print(
        _("cli", "{file}: {tasks} tasks, {links} links, {resources} resources, {assignments} assignments").format(
            file=args.output, **imported
        )
    )
    if report["not_carried"]:
        print(_("cli", "Not carried over ({count}):").format(count=len(report["not_carried"])))
        for entry in report["not_carried"]:
            uid = "" if entry["uid"] is None else f" [uid {entry['uid']}]"
            print(f"  {entry['path']}{uid}: {entry['message']}")
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    report = headless.export_xml(args.file, args.xml)
    print(_("cli", "{output}: {size} bytes").format(output=report["output"], size=report["bytes"]))
    return EXIT_OK


EVM_TEXT_FIGURES = ("bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "spi_t", "eac_cpi", "etc_cpi", "vac", "tcpi_bac")


def _run_evm(args: argparse.Namespace) -> int:
    report = headless.evm_file(
        args.file, status_date=args.status_date, baseline=args.baseline, period=args.period, by=args.by
    )
    if args.json:
        _print_json(report)
        return EXIT_OK
    print(
        _("cli", "Earned value at {date} against baseline {baseline} ({currency})").format(
            date=report["status_date"], baseline=report["baseline"], currency=report["currency"]
        )
    )
    for key in (*EVM_TEXT_FIGURES, "forecast_finish"):
        value = report.get(key)
        status = report.get("status", {}).get(key)
        shown = "-" if value is None else value
        print(f"  {key:<16} {shown!s:>16}  {'' if status is None else status}")
    for entry in report.get("breakdown", []):
        label = entry.get("wbs") or entry.get("category") or "-"
        print(
            f"  [{label}] {entry.get('name', '')}: BAC {entry.get('bac')}, EV {entry.get('ev')}, AC {entry.get('ac')}"
        )
    return EXIT_OK


def _names_a_project(argument: str) -> bool:
    """``belfry FILE`` opens FILE in the desktop app; anything else is a subcommand or an option."""
    return not argument.startswith("-") and (argument.endswith(".belfry") or Path(argument).is_file())


def _desktop_request(arguments: Sequence[str]) -> tuple[Path | None, str | None] | None:
    """``belfry [--lang L] [FILE]`` (in either order) starts the desktop app: its file and language; None for
    anything else (a subcommand, an option, a wrong language, which argparse then reports)."""
    rest: list[str] = []
    language: str | None = None
    items = iter(arguments)
    for argument in items:
        if argument == "--lang":
            language = next(items, "")
        elif argument.startswith("--lang="):
            language = argument.removeprefix("--lang=")
        else:
            rest.append(argument)
    if language is not None and language not in DESKTOP_LANGUAGES:
        return None
    if len(rest) > 1 or (rest and not _names_a_project(rest[0])):
        return None
    return (Path(rest[0]) if rest else None, language)


def _run_desktop(file: Path | None, language: str | None = None) -> int:
    """The desktop application (imported here so headless commands never load Qt)."""
    from gui import app  # noqa: PLC0415 - only the desktop needs Qt

    return app.run(file, language)


def _fail(code: int, message: str) -> int:
    print(f"belfry: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app (no argument or one project file, and maybe --lang) or a headless command; return the
    exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    desktop = _desktop_request(arguments)
    if desktop is not None:
        return _run_desktop(*desktop)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.lang is not None:
        parser.error(_("cli", "--lang applies to the desktop app, not to subcommands"))
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return EXIT_OK
    return _run_reporting_errors(run, args)


def _run_reporting_errors(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command; every failure becomes one line on stderr and an exit code, never a traceback."""
    try:
        return run(args)
    except BrokenPipeError:
        # The reader of our output went away (``belfry schedule F --json | head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except project_file.ProjectFileError as error:
        return _fail(EXIT_FILE, str(error))
    except (mspdi.MspdiError, edits.EditError) as error:
        return _fail(EXIT_INPUT, str(error))
    except ValueError as error:
        # Services refuse bad requests (an unknown baseline, an invalid period) with one sentence.
        if os.environ.get("BELFRY_DEBUG"):
            raise
        return _fail(EXIT_INPUT, str(error))
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
