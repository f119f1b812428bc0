"""The command line as a user runs it: subcommands, JSON formats, exit codes, one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py ARGS`` in a child process, as a user would."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("BELFRY_DEBUG", None)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.belfry"
    assert main.main(["demo", str(path)]) == main.EXIT_OK
    return path


def test_version_and_help() -> None:
    version = run_cli("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("belfry ")
    help_text = run_cli("--help")
    assert help_text.returncode == 0
    for command in ("demo", "info", "check"):
        assert command in help_text.stdout


def test_info_json_has_project_fields_and_counts(demo_file: Path) -> None:
    result = run_cli("info", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["project"]["currency"] == "EUR"
    assert info["project"]["start"].startswith("2025-")
    counts = info["counts"]
    assert 100 <= counts["tasks"] <= 160
    assert counts["risks"] >= 15
    assert counts["contracts"] == 3
    assert counts["baselines"] == 2


def test_info_text_is_readable(demo_file: Path) -> None:
    result = run_cli("info", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert "Rows per entity:" in result.stdout
    assert "tasks" in result.stdout


def test_check_demo_is_clean(demo_file: Path) -> None:
    result = run_cli("check", str(demo_file), "--json")
    report = json.loads(result.stdout)
    assert report["errors"] == 0, report["findings"]
    assert report["ok"] is True
    assert result.returncode == main.EXIT_OK


def test_demo_is_deterministic(tmp_path: Path, demo_file: Path) -> None:
    again = tmp_path / "again.belfry"
    assert main.main(["demo", str(again)]) == main.EXIT_OK
    first = json.loads(run_cli("info", str(demo_file), "--json").stdout)
    second = json.loads(run_cli("info", str(again), "--json").stdout)
    assert first["project"] == second["project"]
    assert first["counts"] == second["counts"]


def test_synthetic_project(tmp_path: Path) -> None:
    path = tmp_path / "synthetic.belfry"
    result = run_cli("demo", str(path), "--tasks", "500", "--seed", "7", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["tasks"] == 500


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Meeting notes, not a project\n", "not a Belfry project"),
        (b"", "not a Belfry project"),
    ],
)
def test_bad_files_give_one_line_and_exit_code(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "notes.belfry"
    path.write_bytes(content)
    for command in ("info", "check"):
        result = run_cli(command, str(path))
        assert result.returncode == main.EXIT_FILE
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("info", str(tmp_path / "nowhere.belfry"))
    assert result.returncode == main.EXIT_FILE
    assert "nowhere.belfry" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2() -> None:
    result = run_cli("demo", "x.belfry", "--tasks", "-5")
    assert result.returncode == main.EXIT_USAGE
    assert "must be at least 1" in result.stderr
