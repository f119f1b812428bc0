"""The .belfry file as a document, on real files: open, save, refusals, upgrades, crashes, owner markers.

Every refusal is checked for its message and for leaving the file byte-for-byte as it was.
"""

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from model import schema
from model.entities import Project
from services import project_file
from services.project_file import ProjectDocument, ProjectFileError
from services.store import Store

REPO = Path(__file__).resolve().parents[2]
START = dt.datetime(2025, 1, 6, 8, 0)


# --- helpers ----------------------------------------------------------------------------------------------------


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """The working directory of the documents of one test."""
    return tmp_path / "work"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_projects(*names: str) -> Callable[[Session], None]:
    def build(session: Session) -> None:
        session.add_all(Project(name=name, start=START) for name in names)

    return build


def project_names(store: Store) -> list[str]:
    return store.read(lambda session: list(session.scalars(select(Project.name).order_by(Project.id))))


def saved_file(folder: Path, work: Path, *names: str, file_name: str = "plan.belfry") -> Path:
    """A project file holding one project per name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    project_file.write_new(path, add_projects(*names), working_dir=work)
    return path


def working_files(work: Path) -> list[str]:
    return sorted(path.name for path in work.iterdir()) if work.exists() else []


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    return int(process.stdout)


def write_marker(target: Path, *, pid: int, host: str | None = None, user: str = "an.colleague") -> None:
    marker = {"user": user, "host": host or socket.gethostname(), "pid": pid, "opened_at": "2025-03-04T09:15:00"}
    project_file.marker_path(target).write_text(json.dumps(marker), encoding="utf-8")


def set_user_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version:d}")
    connection.close()


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def column_names(store: Store, table: str) -> list[str]:
    return store.read(lambda session: [row[1] for row in session.execute(text(f"PRAGMA table_info({table})"))])


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


# --- documents: create, save, save as, close ---------------------------------------------------------------------


def test_round_trip_create_write_save_reopen(tmp_path: Path, work: Path) -> None:
    target = tmp_path / "docs" / "bridge.belfry"
    target.parent.mkdir()
    document = ProjectDocument.create(working_dir=work)
    assert document.target is None
    assert not document.is_modified
    document.store.write(add_projects("Bridge renovation"))
    assert document.is_modified
    document.save_as(target)
    assert not document.is_modified
    assert document.target == target
    document.close()
    assert working_files(work) == []

    reopened = ProjectDocument.open(target, working_dir=work)
    try:
        assert project_names(reopened.store) == ["Bridge renovation"]
        assert reopened.working_file.parent == work
        assert reopened.working_file.name.startswith("bridge-")
    finally:
        reopened.close()
    assert working_files(work) == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["bridge.belfry"]


def test_save_replaces_the_target_and_keeps_the_previous_version(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Version one")
    first = digest(target)
    document = ProjectDocument.open(target, working_dir=work)
    try:
        document.store.write(add_projects("Added later"))
        document.save()
        assert not document.is_modified
        assert digest(project_file.previous_version_path(target)) == first
        assert not target.with_name("plan.belfry.tmp").exists()
        assert schema.APPLICATION_ID.to_bytes(4, "big") == target.read_bytes()[68:72]
    finally:
        document.close()
    with project_file.open_for_reading(target) as store:
        assert project_names(store) == ["Version one", "Added later"]


def test_save_as_moves_the_document_and_its_owner_marker(tmp_path: Path, work: Path) -> None:
    original = saved_file(tmp_path, work, "Original")
    copy = tmp_path / "copy.belfry"
    document = ProjectDocument.open(original, working_dir=work)
    try:
        document.store.write(add_projects("Only in the copy"))
        document.save_as(copy)
        assert document.target == copy
        assert not project_file.marker_path(original).exists()
        assert project_file.marker_path(copy).exists()
        assert not document.is_modified
    finally:
        document.close()
    assert not project_file.marker_path(copy).exists()
    with project_file.open_for_reading(original) as store:
        assert project_names(store) == ["Original"]
    with project_file.open_for_reading(copy) as store:
        assert project_names(store) == ["Original", "Only in the copy"]


def test_close_without_saving_discards_the_working_copy(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Kept")
    before = digest(target)
    document = ProjectDocument.open(target, working_dir=work)
    document.store.write(add_projects("Thrown away"))
    assert document.working_file.exists()
    document.close(discard=True)
    assert working_files(work) == []
    assert digest(target) == before
    assert not project_file.marker_path(target).exists()
    assert project_file.recoverable_documents(work) == []


def test_close_keeps_unsaved_changes_for_recovery(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Saved")
    document = ProjectDocument.open(target, working_dir=work)
    document.store.write(add_projects("Unsaved"))
    document.close()

    [candidate] = project_file.recoverable_documents(work)
    assert candidate.target == target.absolute()
    assert candidate.pid == os.getpid()
    recovered = project_file.recover(candidate)
    try:
        assert recovered.is_modified
        assert not recovered.read_only
        assert project_names(recovered.store) == ["Saved", "Unsaved"]
    finally:
        recovered.close(discard=True)
    assert working_files(work) == []


def test_save_of_an_untitled_document_asks_for_save_as(work: Path) -> None:
    document = ProjectDocument.create(working_dir=work)
    try:
        with pytest.raises(ProjectFileError, match="no file name yet; use Save As"):
            document.save()
    finally:
        document.close(discard=True)


def test_write_new_is_all_or_nothing(tmp_path: Path, work: Path) -> None:
    def fail_half_way(session: Session) -> None:
        add_projects("Half")(session)
        raise RuntimeError("the demo builder failed")

    fresh = tmp_path / "fresh.belfry"
    with pytest.raises(RuntimeError):
        project_file.write_new(fresh, fail_half_way, working_dir=work)
    assert not fresh.exists()

    existing = saved_file(tmp_path, work, "Existing", file_name="existing.belfry")
    before = digest(existing)
    with pytest.raises(RuntimeError):
        project_file.write_new(existing, fail_half_way, working_dir=work)
    assert digest(existing) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.belfry", "work"]
    assert working_files(work) == []


def test_open_for_reading_reads_in_place_and_refuses_writes(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Read me")
    before = digest(target)
    with project_file.open_for_reading(target) as store:
        assert project_names(store) == ["Read me"]
        with pytest.raises(ProjectFileError, match="open for reading only"):
            store.write(add_projects("Never"))
    assert digest(target) == before
    assert working_files(work) == []
    assert not project_file.marker_path(target).exists()


def test_default_working_dir_follows_belfry_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BELFRY_HOME", str(tmp_path / "home"))
    assert project_file.default_working_dir() == tmp_path / "home"
    monkeypatch.delenv("BELFRY_HOME")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    expected = tmp_path / "local" / "Belfry" if sys.platform == "win32" else tmp_path / "state" / "belfry"
    assert project_file.default_working_dir() == expected


# --- refusals -----------------------------------------------------------------------------------------------------


def text_file(path: Path) -> None:
    path.write_text("Minutes of the steering committee\n", encoding="utf-8")


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def truncated_file(path: Path) -> None:
    project_file.write_new(
        path, add_projects(*(f"Project {n} " + "x" * 500 for n in range(400))), working_dir=path.parent / "work"
    )
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt_file(path: Path) -> None:
    project_file.write_new(
        path, add_projects(*(f"Project {n} " + "x" * 500 for n in range(400))), working_dir=path.parent / "work"
    )
    data = bytearray(path.read_bytes())
    data[4096:20480] = bytes(range(256)) * 64
    path.write_bytes(bytes(data))


def foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)")
    connection.commit()
    connection.close()


def newer_file(path: Path) -> None:
    project_file.write_new(path, add_projects("From the future"), working_dir=path.parent / "work")
    set_user_version(path, schema.SCHEMA_VERSION + 1)


REFUSALS = [
    pytest.param(text_file, "is not a Belfry project file", id="text-file"),
    pytest.param(empty_file, "is not a Belfry project file", id="empty-file"),
    pytest.param(truncated_file, "is damaged (truncated or corrupt) and cannot be opened", id="truncated"),
    pytest.param(corrupt_file, "is damaged (truncated or corrupt) and cannot be opened", id="corrupt"),
    pytest.param(foreign_database, "is an SQLite database but not a Belfry project file", id="other-database"),
    pytest.param(
        newer_file,
        f"was saved by a newer version of Belfry (schema {schema.SCHEMA_VERSION + 1}; "
        f"this version reads up to {schema.SCHEMA_VERSION})",
        id="newer-version",
    ),
]


@pytest.mark.parametrize(("make", "message"), REFUSALS)
def test_open_refuses_bad_files_and_leaves_them_untouched(
    tmp_path: Path, work: Path, make: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / "suspect.belfry"
    make(path)
    before = digest(path)
    with pytest.raises(ProjectFileError) as refusal:
        ProjectDocument.open(path, working_dir=work)
    assert str(refusal.value) == f"{path} {message}."
    with pytest.raises(ProjectFileError) as refusal, project_file.open_for_reading(path):
        pass
    assert str(refusal.value) == f"{path} {message}."
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "work") == ["suspect.belfry"]
    assert working_files(work) == []


def test_open_refuses_a_missing_file(tmp_path: Path, work: Path) -> None:
    missing = tmp_path / "nowhere.belfry"
    with pytest.raises(ProjectFileError, match=r"The file .*nowhere\.belfry does not exist\.$"):
        ProjectDocument.open(missing, working_dir=work)
    with pytest.raises(ProjectFileError, match="does not exist"), project_file.open_for_reading(missing):
        pass
    assert not missing.exists()
    assert working_files(work) == []


def test_open_refuses_a_folder(tmp_path: Path, work: Path) -> None:
    folder = tmp_path / "folder.belfry"
    folder.mkdir()
    with pytest.raises(ProjectFileError, match="is a folder, not a Belfry project file"):
        ProjectDocument.open(folder, working_dir=work)


# --- upgrades of older files -------------------------------------------------------------------------------------


def add_portfolio_column(connection: Connection) -> None:
    connection.execute(text("ALTER TABLE project ADD COLUMN portfolio VARCHAR NOT NULL DEFAULT 'Mobility'"))


def add_review_table(connection: Connection) -> None:
    connection.execute(text("CREATE TABLE portfolio_review (id INTEGER PRIMARY KEY, project_id INTEGER)"))


def fail_after_changing(connection: Connection) -> None:
    connection.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
    raise RuntimeError("a bug in the migration")


UPGRADES = (
    schema.Migration(schema.SCHEMA_VERSION, "add the portfolio of each project", add_portfolio_column),
    schema.Migration(schema.SCHEMA_VERSION + 1, "add portfolio reviews", add_review_table),
)


def test_older_file_is_upgraded_on_the_working_copy_after_a_backup(tmp_path: Path, work: Path) -> None:
    """A file of today's schema is the "older" file of a Belfry two versions ahead."""
    old = schema.SCHEMA_VERSION
    target = saved_file(tmp_path, work, "Ring road")
    original = digest(target)
    newest = old + 2

    document = ProjectDocument.open(target, working_dir=work, migrations=UPGRADES, schema_version=newest)
    try:
        backup = project_file.upgrade_backup_path(target, old)
        assert backup.name == f"plan.belfry.v{old}.bak"
        assert digest(backup) == original
        assert digest(target) == original  # the original changes only when the user saves
        assert user_version(document.working_file) == newest
        assert "portfolio" in column_names(document.store, "project")
        assert column_names(document.store, "portfolio_review") == ["id", "project_id"]
        assert document.store.read(lambda s: s.scalar(text("SELECT portfolio FROM project"))) == "Mobility"
        assert project_names(document.store) == ["Ring road"]
        document.save()
    finally:
        document.close()
    assert user_version(target) == newest
    with pytest.raises(ProjectFileError, match=f"newer version of Belfry \\(schema {newest}; "):
        ProjectDocument.open(target, working_dir=work)


def test_failing_upgrade_leaves_the_original_untouched(tmp_path: Path, work: Path) -> None:
    old = schema.SCHEMA_VERSION
    target = saved_file(tmp_path, work, "Tunnel")
    original = digest(target)
    migrations = (UPGRADES[0], schema.Migration(old + 1, "add half-done things", fail_after_changing))

    with pytest.raises(ProjectFileError) as refusal:
        ProjectDocument.open(target, working_dir=work, migrations=migrations, schema_version=old + 2)
    assert str(refusal.value) == (
        f"{target} could not be upgraded from schema {old} to {old + 2} "
        "(step “add half-done things” failed); the file itself was not changed."
    )
    assert isinstance(refusal.value.__cause__, RuntimeError)  # kept for BELFRY_DEBUG, never shown
    assert digest(target) == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.belfry", "work"]
    assert working_files(work) == []


def test_file_without_an_upgrade_path_is_refused(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Orphan")
    original = digest(target)
    with pytest.raises(ProjectFileError, match=f"uses schema {schema.SCHEMA_VERSION}, which this version of Belfry"):
        ProjectDocument.open(target, working_dir=work, migrations=(), schema_version=schema.SCHEMA_VERSION + 1)
    assert digest(target) == original
    assert working_files(work) == []


def test_open_for_reading_refuses_an_older_file(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Old")
    with (
        pytest.raises(ProjectFileError, match=r"older version of Belfry .*; open it in Belfry to upgrade it"),
        project_file.open_for_reading(target, schema_version=schema.SCHEMA_VERSION + 1),
    ):
        pass


# --- crash recovery -----------------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_action_loses_nothing_committed(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Before the crash")
    before = digest(target)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("_killed_writer.py")), str(target), str(work), "5"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = writer.stdout.readline() if writer.stdout else ""
        assert line.strip() == "in-flight", writer.stderr.read() if writer.stderr else ""
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait()
        for stream in (writer.stdout, writer.stderr):
            if stream:
                stream.close()
    assert writer.returncode == -signal.SIGKILL
    assert digest(target) == before
    assert project_file.marker_path(target).exists()  # left behind by the killed process

    [candidate] = project_file.recoverable_documents(work)
    assert candidate.target == target.absolute()
    assert candidate.pid == writer.pid
    document = project_file.recover(candidate)
    try:
        assert not document.read_only  # the dead process's marker is stale and taken over
        assert document.is_modified
        owner = json.loads(project_file.marker_path(target).read_text(encoding="utf-8"))
        assert owner["pid"] == os.getpid()
        expected = ["Before the crash", *(f"committed {n}" for n in range(5))]
        assert project_names(document.store) == expected  # the interrupted action is rolled back
        document.save()
    finally:
        document.close()
    with project_file.open_for_reading(target) as store:
        assert project_names(store) == expected
    assert project_file.recoverable_documents(work) == []


def test_live_and_read_only_documents_are_not_offered_for_recovery(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Busy")
    editing = ProjectDocument.open(target, working_dir=work)
    viewing = ProjectDocument.open(target, working_dir=work)
    try:
        assert viewing.read_only
        assert project_file.recoverable_documents(work) == []
        # As if both processes had died: only the editable copy can hold changes worth recovering.
        for document in (editing, viewing):
            sidecar = document.working_file.with_name(document.working_file.name + ".json")
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            sidecar.write_text(json.dumps({**data, "pid": dead_pid()}), encoding="utf-8")
        [candidate] = project_file.recoverable_documents(work)
        assert candidate.working_file == editing.working_file
    finally:
        editing.close(discard=True)
        viewing.close(discard=True)


def test_discarding_a_recovery_candidate_deletes_it(tmp_path: Path, work: Path) -> None:
    document = ProjectDocument.create(working_dir=work)
    document.store.write(add_projects("Abandoned"))
    document.close()
    [candidate] = project_file.recoverable_documents(work)
    assert candidate.target is None
    project_file.discard_recovery(candidate)
    assert working_files(work) == []


# --- owner markers ------------------------------------------------------------------------------------------------


def test_second_opener_gets_the_document_read_only(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Shared")
    first = ProjectDocument.open(target, working_dir=work)
    try:
        marker = json.loads(project_file.marker_path(target).read_text(encoding="utf-8"))
        assert marker["pid"] == os.getpid()
        assert marker["host"] == socket.gethostname()
        assert set(marker) == {"user", "host", "pid", "opened_at"}

        second = ProjectDocument.open(target, working_dir=work)
        try:
            assert second.read_only
            reason = second.read_only_reason or ""
            assert f"is in use by {marker['user']} on {marker['host']} since " in reason
            assert reason.endswith("so it is open read-only; open it as a copy to edit it.")
            with pytest.raises(ProjectFileError, match="open it as a copy"):
                second.store.write(add_projects("Sneaky"))
            with pytest.raises(ProjectFileError, match="open it as a copy"):
                second.save()
            assert project_names(second.store) == ["Shared"]
        finally:
            second.close()
        assert project_file.marker_path(target).exists()  # still the first opener's

        as_copy = ProjectDocument.open(target, working_dir=work, as_copy=True)
        try:
            assert not as_copy.read_only
            assert as_copy.target is None
            as_copy.store.write(add_projects("In the copy"))
            with pytest.raises(ProjectFileError, match=r"in use by .*; save under another name"):
                as_copy.save_as(target)
            as_copy.save_as(tmp_path / "my-copy.belfry")
        finally:
            as_copy.close()
    finally:
        first.close()
    assert not project_file.marker_path(target).exists()
    with project_file.open_for_reading(tmp_path / "my-copy.belfry") as store:
        assert project_names(store) == ["Shared", "In the copy"]


def test_stale_marker_of_a_dead_process_is_taken_over(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Left open")
    write_marker(target, pid=dead_pid())
    document = ProjectDocument.open(target, working_dir=work)
    try:
        assert not document.read_only
        assert json.loads(project_file.marker_path(target).read_text(encoding="utf-8"))["pid"] == os.getpid()
    finally:
        document.close()
    assert not project_file.marker_path(target).exists()


def test_unreadable_marker_is_taken_over(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Half-written marker")
    project_file.marker_path(target).write_text("", encoding="utf-8")
    document = ProjectDocument.open(target, working_dir=work)
    try:
        assert not document.read_only
    finally:
        document.close()


def test_marker_of_another_host_is_respected(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Remote")
    write_marker(target, pid=dead_pid(), host="PC-OTHER-42", user="marie")
    document = ProjectDocument.open(target, working_dir=work)
    try:
        assert document.read_only
        assert "in use by marie on PC-OTHER-42 since 2025-03-04 09:15" in (document.read_only_reason or "")
    finally:
        document.close()
    assert project_file.marker_path(target).exists()  # never remove someone else's marker


def test_read_only_document_becomes_editable_by_save_as(tmp_path: Path, work: Path) -> None:
    target = saved_file(tmp_path, work, "Theirs")
    write_marker(target, pid=1, host="PC-OTHER-42")
    document = ProjectDocument.open(target, working_dir=work)
    try:
        assert document.read_only
        mine = tmp_path / "mine.belfry"
        document.save_as(mine)
        assert not document.read_only
        document.store.write(add_projects("Mine"))
        document.save()
    finally:
        document.close()
    with project_file.open_for_reading(mine) as store:
        assert project_names(store) == ["Theirs", "Mine"]


# --- saving to places that refuse -------------------------------------------------------------------------------


def test_full_disk_during_save_leaves_target_and_working_copy_intact(
    tmp_path: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = saved_file(tmp_path, work, "Before")
    document = ProjectDocument.open(target, working_dir=work)
    try:
        document.store.write(add_projects("After"))
        target_before, working_before = digest(target), digest(document.working_file)

        def copy_until_full(source: Path, destination: Path) -> None:
            destination.write_bytes(source.read_bytes()[:1000])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(project_file, "_copy_database", copy_until_full)
        with pytest.raises(ProjectFileError) as refusal:
            document.save()
        assert str(refusal.value) == f"Cannot save {target}: the disk is full; the file was left unchanged."
        assert digest(target) == target_before
        assert digest(document.working_file) == working_before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.belfry", "work", "~$plan.belfry.owner"]
        assert document.is_modified
        monkeypatch.undo()
        document.save()  # room again: the same document saves normally
    finally:
        document.close()
    with project_file.open_for_reading(target) as store:
        assert project_names(store) == ["Before", "After"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_real_full_disk_during_save(tmp_path: Path, work: Path) -> None:
    """``NAME.tmp`` is made a link to /dev/full, where every write fails with ENOSPC as on a full disk."""
    target = saved_file(tmp_path, work, "Before")
    document = ProjectDocument.open(target, working_dir=work)
    try:
        document.store.write(add_projects("After"))
        target_before, working_before = digest(target), digest(document.working_file)
        target.with_name("plan.belfry.tmp").symlink_to("/dev/full")
        with pytest.raises(ProjectFileError) as refusal:
            document.save()
        assert str(refusal.value) == f"Cannot save {target}: the disk is full; the file was left unchanged."
        assert digest(target) == target_before
        assert digest(document.working_file) == working_before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.belfry", "work", "~$plan.belfry.owner"]
        assert document.is_modified
    finally:
        document.close(discard=True)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_write_refused_by_the_kernel_during_save(tmp_path: Path, work: Path) -> None:
    """A file size limit makes the kernel refuse writes past 256 KiB in the middle of SQLite's copy."""
    target = saved_file(tmp_path, work, "Small")
    before = digest(target)
    result = run_python(
        """
        import datetime as dt, hashlib, resource, signal, sys
        from pathlib import Path
        from model.entities import Project
        from services import project_file

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        document = project_file.ProjectDocument.open(Path(sys.argv[1]), working_dir=Path(sys.argv[2]))
        start = dt.datetime(2025, 1, 6, 8, 0)
        document.store.write(lambda s: s.add_all(Project(name=f"{n} " + "x" * 900, start=start) for n in range(2000)))
        working = hashlib.sha256(document.working_file.read_bytes()).hexdigest()
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024 + 512, hard))
        try:
            document.save()
        except project_file.ProjectFileError as error:
            print(error)
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        print(working == hashlib.sha256(document.working_file.read_bytes()).hexdigest(), document.is_modified)
        document.close(discard=True)
        """,
        str(target),
        str(work),
    )
    assert result.returncode == 0, result.stderr
    message, intact = result.stdout.splitlines()
    assert message.startswith(f"Cannot save {target}")
    assert message.endswith("the file was left unchanged.")
    assert intact == "True True"
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.belfry", "work"]
    assert working_files(work) == []


def _can_write_in(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot write in: permission bits, or for root (who ignores them) the immutable flag."""
    folder = tmp_path / "archive"
    folder.mkdir()
    saved_file(folder, tmp_path / "setup-work", "Archived")
    folder.chmod(0o555)
    try:
        if not _can_write_in(folder):
            yield folder
            return
        chattr = shutil.which("chattr")
        if (
            chattr is None
            or subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False).returncode != 0
        ):
            pytest.skip("this user ignores permission bits and cannot set the immutable attribute")
        try:
            if _can_write_in(folder):
                pytest.skip("neither permission bits nor the immutable attribute restrict this user")
            yield folder
        finally:
            subprocess.run([chattr, "-i", str(folder)], check=True)
    finally:
        folder.chmod(0o755)


def test_save_to_a_read_only_folder_is_refused(read_only_folder: Path, work: Path) -> None:
    target = read_only_folder / "plan.belfry"
    before = digest(target)
    document = ProjectDocument.open(target, working_dir=work)
    try:
        assert document.read_only
        assert document.read_only_reason == (
            f"You cannot write in the folder of {target}, so it is open read-only; use Save As to edit it."
        )
        fresh = ProjectDocument.create(working_dir=work)
        try:
            fresh.store.write(add_projects("New"))
            with pytest.raises(ProjectFileError) as refusal:
                fresh.save_as(read_only_folder / "new.belfry")
            assert str(refusal.value) == (
                f"Cannot save {read_only_folder / 'new.belfry'}: the folder {read_only_folder} is read-only; "
                "the file was left unchanged."
            )
            assert fresh.target is None
            assert fresh.is_modified
        finally:
            fresh.close(discard=True)
    finally:
        document.close()
    assert digest(target) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["plan.belfry"]


def test_save_where_the_folder_cannot_exist_is_refused(tmp_path: Path, work: Path) -> None:
    """Runs for every user, root included: a "folder" that is a file can never be written in."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    document = ProjectDocument.create(working_dir=work)
    try:
        document.store.write(add_projects("Nowhere to go"))
        with pytest.raises(ProjectFileError) as refusal:
            document.save_as(blocker / "plan.belfry")
        assert str(refusal.value) == f"Cannot save {blocker / 'plan.belfry'}: the folder {blocker} does not exist."
        assert document.target is None
        assert document.is_modified
    finally:
        document.close(discard=True)
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_save_reports_a_read_only_file_system(
    tmp_path: Path, work: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = saved_file(tmp_path, work, "On a locked share")
    before = digest(target)
    document = ProjectDocument.open(target, working_dir=work)
    try:
        document.store.write(add_projects("Change"))

        def refuse(source: Path, destination: Path) -> None:
            raise OSError(code, os.strerror(code), str(destination))

        monkeypatch.setattr(project_file, "_copy_database", refuse)
        with pytest.raises(ProjectFileError, match=f"the folder {tmp_path} is read-only; the file was left unchanged"):
            document.save()
    finally:
        document.close(discard=True)
    assert digest(target) == before


def test_upgrade_is_refused_where_no_backup_can_be_kept(read_only_folder: Path, work: Path) -> None:
    target = read_only_folder / "plan.belfry"
    before = digest(target)
    with pytest.raises(ProjectFileError) as refusal:
        ProjectDocument.open(target, working_dir=work, migrations=UPGRADES, schema_version=schema.SCHEMA_VERSION + 2)
    message = str(refusal.value)
    assert message.startswith(f"{target} must be upgraded, but no backup of it can be kept in its folder (")
    assert message.endswith("); copy it to a folder you can write and open it there.")
    assert digest(target) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["plan.belfry"]
    assert working_files(work) == []
