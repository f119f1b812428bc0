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


SCHEDULE_TASK_KEYS = {
    "uid",
    "wbs",
    "name",
    "summary",
    "milestone",
    "start",
    "finish",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_float_days",
    "free_float_days",
    "critical",
}


def test_schedule_json_is_stable_and_stored(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "scheduled.belfry"
    path.write_bytes(demo_file.read_bytes())
    result = run_cli("schedule", str(path), "--status-date", "2026-06-30", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"project", "tasks", "problems"}
    assert set(report["project"]) == {"start", "finish", "status_date"}
    assert report["project"]["status_date"] == "2026-06-30"
    assert all(set(task) == SCHEDULE_TASK_KEYS for task in report["tasks"])
    first = report["tasks"][0]
    assert len(first["start"]) == len("2025-01-06T08:00")
    assert any(task["critical"] for task in report["tasks"])
    # The dates were stored: info reads the same finish back.
    info = json.loads(run_cli("info", str(path), "--json").stdout)
    assert info["project"]["finish"] == report["project"]["finish"]


def test_schedule_names_a_cycle(tmp_path: Path) -> None:
    from sqlalchemy import delete, select
    from sqlalchemy.orm import Session

    from model.entities import Dependency, Task
    from services import demo, project_file

    path = tmp_path / "cycle.belfry"

    def build(session: Session) -> None:
        demo.build_synthetic(session, tasks=40, seed=3)
        leaves = session.scalars(select(Task.id).where(Task.is_summary.is_(False)).order_by(Task.id)).all()
        first, second = leaves[0], leaves[1]
        pair = (first, second)
        session.execute(
            delete(Dependency).where(Dependency.predecessor_id.in_(pair), Dependency.successor_id.in_(pair))
        )
        session.add(Dependency(predecessor_id=first, successor_id=second))
        session.add(Dependency(predecessor_id=second, successor_id=first))

    project_file.write_new(path, build)
    result = run_cli("schedule", str(path), "--json")
    assert result.returncode == 0, result.stderr
    cycles = [problem for problem in json.loads(result.stdout)["problems"] if problem["kind"] == "cycle"]
    assert cycles, result.stdout
    assert "form a cycle" in cycles[0]["message"]
    assert "(uid " in cycles[0]["message"]


def test_export_then_import_round_trip(tmp_path: Path, demo_file: Path) -> None:
    xml = tmp_path / "demo.xml"
    exported = run_cli("export", str(demo_file), "--xml", str(xml))
    assert exported.returncode == 0, exported.stderr
    assert xml.read_bytes().startswith(b"<?xml")
    imported_file = tmp_path / "imported.belfry"
    imported = run_cli("import", str(xml), "-o", str(imported_file), "--json")
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    original = json.loads(run_cli("info", str(demo_file), "--json").stdout)["counts"]
    assert report["imported"]["tasks"] == original["tasks"]
    assert report["imported"]["links"] == original["dependencies"]
    assert report["imported"]["resources"] == original["resources"]
    assert all(entry["message"] for entry in report["not_carried"])


def test_import_of_malformed_xml_changes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "broken.xml"
    source.write_text('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Tasks>')
    target = tmp_path / "never.belfry"
    result = run_cli("import", str(source), "-o", str(target))
    assert result.returncode == main.EXIT_INPUT
    assert "line" in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()


EVM_KEYS = {
    "sv",
    "cv",
    "sv_percent",
    "cv_percent",
    "spi",
    "cpi",
    "csi",
    "eac_cpi",
    "eac_atypical",
    "eac_cpi_spi",
    "eac_bottom_up",
    "etc_cpi",
    "etc_atypical",
    "vac",
    "tcpi_bac",
    "tcpi_eac",
    "percent_complete",
    "percent_spent",
    "percent_planned",
    "es",
    "sv_t",
    "spi_t",
    "ieac_t",
    "ieac_t_pf1",
    "tspi",
    "series",
}


def test_evm_json(demo_file: Path) -> None:
    result = run_cli("evm", str(demo_file), "--status-date", "2026-06-30", "--baseline", "1", "--by", "wbs", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= EVM_KEYS
    assert 0.8 < report["spi"] < 1.0
    assert 0.8 < report["cpi"] < 1.0
    assert {"date", "pv", "ev", "ac"} <= set(report["series"][0])
    assert len(report["breakdown"]) >= 4


def test_evm_unknown_baseline_is_one_line(demo_file: Path) -> None:
    result = run_cli("evm", str(demo_file), "--status-date", "2026-06-30", "--baseline", "7")
    assert result.returncode == main.EXIT_INPUT
    assert result.stderr.strip() == "belfry: Baseline 7 has not been set in this project."


def test_schedule_level_delays_and_reports(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "leveled.belfry"
    path.write_bytes(demo_file.read_bytes())
    plain = json.loads(run_cli("schedule", str(path), "--json").stdout)
    result = run_cli("schedule", str(path), "--level", "--json")
    assert result.returncode == 0, result.stderr
    leveled = json.loads(result.stdout)
    assert leveled["project"]["finish"] >= plain["project"]["finish"]
    over = [problem for problem in leveled["problems"] if problem["kind"] == "over-allocation"]
    assert all(problem["task_uids"] and "even after leveling" in problem["message"] for problem in over)
    moved = {task["uid"] for task in leveled["tasks"]} & {
        a["uid"] for a, b in zip(plain["tasks"], leveled["tasks"], strict=True) if a["start"] != b["start"]
    }
    assert moved, "leveling the demo moves at least one task"
