"""The ``.belfry`` file as a document: open into a local working copy, save atomically, recover after a crash.

Project files live on network shares and USB sticks, where SQLite's locking is unreliable, so Belfry never edits
them in place (see ARCHITECTURE.md, "The project file"):

- **Open** validates the file (SQLite header, application id, schema version, ``PRAGMA quick_check``) and copies it
  with SQLite's backup API into a local *working file*. An older file is upgraded on the working copy only; before
  the document is handed out, a byte-for-byte backup of the original is kept beside it (after the upgrade rather than
  before, so a failed upgrade leaves nothing behind; either way no save can replace the original without it).
- Every user action commits to the working file through a :class:`~services.store.Store`, so a crash loses nothing.
- **Save** copies the working file with the backup API to ``NAME.tmp`` beside the target, flushes it to disk, keeps
  the previous target as ``NAME.bak`` and moves the new file over the target with :func:`os.replace` (atomic: the
  target is at every moment either the old or the new complete file). **Close** without saving discards the copy.

Files beside the target ``NAME`` (e.g. ``plan.belfry``):

- ``~$NAME.owner``: owner marker (JSON: user, host, pid, opened_at) while a Belfry process has it open for editing;
  others then get the document read-only. A marker of a dead process on this host is stale and taken over.
- ``NAME.tmp``: the file being saved; it exists only during a save.
- ``NAME.bak``: the target as it was before the last save (a hard link where the file system has them, else a copy).
- ``NAME.vN.bak``: the original bytes of a file of schema version ``N``, kept before it was upgraded.

Files in the working directory (:func:`default_working_dir`):

- ``STEM-TOKEN.belfry-work``: a working file (``STEM`` from the target's name, ``untitled`` without one).
- ``STEM-TOKEN.belfry-work.json``: its sidecar (JSON: target, user, host, pid, started_at, state, read_only) by which
  :func:`recoverable_documents` finds working copies whose process died or that were closed with unsaved changes.

Every failure a user can cause or meet (wrong file, damaged file, newer version, read-only folder, full disk) raises
:class:`ProjectFileError` carrying one translatable sentence, never a traceback.
"""

import contextlib
import ctypes
import datetime as dt
import errno
import getpass
import json
import os
import shutil
import socket
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from model import schema
from services import i18n
from services.store import Store, make_engine

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
WORKING_SUFFIX = ".belfry-work"
SIDECAR_SUFFIX = ".json"
MARKER_PREFIX = "~$"
MARKER_SUFFIX = ".owner"

# Sidecar states: "open" while a process edits the working file; "unsaved" after close() kept unsaved changes.
STATE_OPEN = "open"
STATE_UNSAVED = "unsaved"

# sqlite3.Error.sqlite_errorcode primary codes (the low byte) that mean "no room" or "not allowed to write".
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
DISK_FULL_ERRNOS = frozenset(code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code)
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
MISSING_FOLDER_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR})

_ = i18n.translate


class ProjectFileError(Exception):
    """A project file cannot be opened, saved or changed; ``str(error)`` is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class OwnerMarker:
    """Who has a project file open for editing, as recorded in its owner marker."""

    user: str
    host: str
    pid: int
    opened_at: dt.datetime

    def is_stale(self) -> bool:
        """True if the marker's process is known to be gone (it ran on this host and is dead)."""
        return self.host == socket.gethostname() and not _process_is_alive(self.pid)


@dataclass(frozen=True, slots=True)
class RecoveryCandidate:
    """A working copy left behind by a crash or by a close that kept unsaved changes.

    Attributes:
        working_file: the working copy, holding every change committed before the crash.
        target: the project file it belongs to, or None for a document never saved.
        user: who edited it.
        pid: the process that edited it.
        started_at: when that process opened it.
        modified_at: when it last changed.
    """

    working_file: Path
    target: Path | None
    user: str
    pid: int
    started_at: dt.datetime
    modified_at: dt.datetime


def default_working_dir() -> Path:
    """Where working copies live: ``$BELFRY_HOME``, else ``%LOCALAPPDATA%\\Belfry`` or ``~/.local/state/belfry``.

    Always a local folder: the point of the working copy is to keep SQLite off network shares.
    """
    home = os.environ.get("BELFRY_HOME")
    if home:
        return Path(home)
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else Path.home() / "AppData" / "Local") / "Belfry"
    state = os.environ.get("XDG_STATE_HOME")
    return (Path(state) if state else Path.home() / ".local" / "state") / "belfry"


def marker_path(target: Path) -> Path:
    """The owner marker of ``target``: ``~$NAME.owner`` in the same folder."""
    return target.with_name(f"{MARKER_PREFIX}{target.name}{MARKER_SUFFIX}")


def previous_version_path(target: Path) -> Path:
    """Where a save keeps the target's previous content: ``NAME.bak``."""
    return target.with_name(f"{target.name}.bak")


def upgrade_backup_path(target: Path, version: int) -> Path:
    """Where the original of a schema ``version`` file is kept before it is upgraded: ``NAME.vN.bak``."""
    return target.with_name(f"{target.name}.v{version}.bak")


class ProjectDocument:
    """An open project: a local working file plus, once named, the target file that Save replaces.

    Create instances with :meth:`create`, :meth:`open` or :func:`recover`; end them with :meth:`close`.

    Attributes:
        store: the session scope of every user action on the working file.
        working_file: the local working copy.
        target: the project file Save writes, or None until the document is named by Save As.
        read_only_reason: why the document refuses changes (one sentence), or None if it is editable.
    """

    def __init__(
        self,
        *,
        working_file: Path,
        target: Path | None,
        owns_marker: bool,
        read_only_reason: str | None,
        modified: bool,
    ) -> None:
        """Take over an existing working file; use the class methods rather than calling this directly."""
        self.working_file = working_file
        self.target = target
        self.read_only_reason = read_only_reason
        self.store = Store(make_engine(working_file), before_write=self._refuse_if_read_only)
        self._owns_marker = owns_marker
        self._started_at = dt.datetime.now()
        # A recovered copy differs from its target although nothing was written since: -1 marks it modified.
        self._saved_revision = -1 if modified else 0
        self._write_sidecar(STATE_OPEN)

    @classmethod
    def create(cls, *, working_dir: Path | None = None, target: Path | None = None) -> "ProjectDocument":
        """A new, empty project of the current schema; ``target`` (optional) is where :meth:`save` will write.

        Raises:
            ProjectFileError: ``target`` is open for editing by someone else, or no working copy can be made.
        """
        working_file = _new_working_file(working_dir, target)
        owns_marker = False
        try:
            owns_marker = target is not None and _claim_for_saving(target)
            with _working_copy_errors(working_file):
                with contextlib.closing(sqlite3.connect(working_file)):
                    pass  # an empty file is an empty database; make_engine opens existing files only
                engine = make_engine(working_file)
                try:
                    with engine.begin() as connection:
                        schema.create_schema(connection)
                finally:
                    engine.dispose()
            return cls(
                working_file=working_file, target=target, owns_marker=owns_marker, read_only_reason=None, modified=False
            )
        except BaseException:
            _abandon(working_file, target if owns_marker else None)
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        working_dir: Path | None = None,
        as_copy: bool = False,
        migrations: Sequence[schema.Migration] = schema.MIGRATIONS,
        schema_version: int = schema.SCHEMA_VERSION,
    ) -> "ProjectDocument":
        """Open ``path`` for editing in a new local working copy, upgrading an older schema on the copy.

        If someone else has the file open, or its folder cannot be written, the document is read-only (see
        :attr:`read_only_reason`). ``as_copy`` opens an untitled copy instead: editable, and Save As is the only way
        to write it, so the original can never be overwritten.

        Args:
            path: the ``.belfry`` file; it is never modified by opening.
            working_dir: where to put the working copy (default :func:`default_working_dir`).
            as_copy: open an untitled copy instead of the file itself.
            migrations: the ordered upgrades to apply to an older file (injectable for tests).
            schema_version: the schema version this program writes (injectable for tests).

        Raises:
            ProjectFileError: the file is missing, not a Belfry file, damaged, newer, or cannot be upgraded.
        """
        version = _inspect(path, schema_version=schema_version, writable=False)
        target = None if as_copy else path
        working_file = _new_working_file(working_dir, path)
        owns_marker = False
        try:
            owns_marker, read_only_reason = (False, None) if target is None else _claim_for_editing(target)
            with _working_copy_errors(working_file):
                _copy_database(path, working_file)
            if version < schema_version:
                _upgrade(working_file, path, version, migrations, schema_version)
                _keep_original(path, version)
            return cls(
                working_file=working_file,
                target=target,
                owns_marker=owns_marker,
                read_only_reason=read_only_reason,
                modified=False,
            )
        except BaseException:
            _abandon(working_file, target if owns_marker else None)
            raise

    @property
    def read_only(self) -> bool:
        """True if the document refuses changes and Save (Save As to another file is still possible)."""
        return self.read_only_reason is not None

    @property
    def is_modified(self) -> bool:
        """True if the working copy holds changes that the target does not (yet)."""
        return self.store.revision != self._saved_revision

    def save(self) -> None:
        """Write the working copy over the target atomically, keeping the previous target as ``NAME.bak``.

        Raises:
            ProjectFileError: no target yet, read-only, or the target's folder cannot be written (read-only, full);
                the target and the working copy are then left exactly as they were.
        """
        if self.target is None:
            raise ProjectFileError(_("project_file", "The project has no file name yet; use Save As."))
        self._refuse_if_read_only()
        if not self._owns_marker:
            # A new document saved for the first time: claim the file before writing it.
            self._owns_marker = _claim_for_saving(self.target)
        self._save_to(self.target)

    def save_as(self, path: Path) -> None:
        """Write the working copy to ``path`` and make it the document's target (a read-only one becomes editable).

        Raises:
            ProjectFileError: ``path`` is open by someone else or its folder cannot be written; nothing changes then.
        """
        if self.target is not None and path.resolve() == self.target.resolve() and not self.read_only:
            self.save()
            return
        owns_new_marker = _claim_for_saving(path)
        try:
            self._save_to(path)
        except BaseException:
            if owns_new_marker:
                _release_marker(path)
            raise
        if self._owns_marker and self.target is not None:
            _release_marker(self.target)
        self.target = path
        self._owns_marker = owns_new_marker
        self.read_only_reason = None
        self._write_sidecar(STATE_OPEN)

    def close(self, *, discard: bool = False) -> None:
        """End the document and release its owner marker.

        The working copy is deleted unless it holds unsaved changes and ``discard`` is False: then it stays, marked
        ``unsaved``, and :func:`recoverable_documents` offers it next time (closing never loses work by accident).
        """
        self.store.engine.dispose()
        if self.is_modified and not discard:
            self._write_sidecar(STATE_UNSAVED)
        else:
            _remove_working_file(self.working_file)
        if self._owns_marker and self.target is not None:
            _release_marker(self.target)
            self._owns_marker = False

    def _refuse_if_read_only(self) -> None:
        if self.read_only_reason is not None:
            raise ProjectFileError(self.read_only_reason)

    def _save_to(self, target: Path) -> None:
        temporary = target.with_name(f"{target.name}.tmp")
        try:
            # Creating the file ourselves turns "cannot write here" into an OSError with an errno, which SQLite's
            # "unable to open database file" would not tell apart.
            os.close(os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o666))
            _copy_database(self.working_file, temporary)
            _flush_to_disk(temporary)
            if target.exists():
                _keep_previous(target)
            os.replace(temporary, target)
            _flush_folder_to_disk(target.parent)
        except (OSError, sqlite3.Error) as error:
            _remove_quietly(temporary)
            raise ProjectFileError(_save_failure(target, error)) from error
        self._saved_revision = self.store.revision

    def _write_sidecar(self, state: str) -> None:
        data = {
            "format": 1,
            "target": None if self.target is None else str(self.target.absolute()),
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started_at": self._started_at.isoformat(timespec="seconds"),
            "state": state,
            "read_only": self.read_only,
        }
        with _working_copy_errors(self.working_file):
            _write_json_atomically(_sidecar_path(self.working_file), data)


@contextlib.contextmanager
def open_for_reading(path: Path, *, schema_version: int = schema.SCHEMA_VERSION) -> Iterator[Store]:
    """Validate ``path`` like :meth:`ProjectDocument.open` and read it in place, read-only, without a working copy.

    For headless commands (``info``, ``check``) that only read. An older file is refused rather than upgraded:
    upgrading needs a working copy, which is what opening it in Belfry does.

    Raises:
        ProjectFileError: the same refusals as opening, or the file is of an older schema.
    """
    version = _inspect(path, schema_version=schema_version, writable=False)
    if version < schema_version:
        raise ProjectFileError(
            _(
                "project_file",
                "{path} was saved by an older version of Belfry (schema {found}); open it in Belfry to upgrade it.",
            ).format(path=path, found=version)
        )

    def refuse() -> None:
        raise ProjectFileError(_("project_file", "{path} is open for reading only.").format(path=path))

    engine = make_engine(path, read_only=True)
    try:
        yield Store(engine, before_write=refuse)
    finally:
        engine.dispose()


def write_new(path: Path, build: Callable[[Session], None], *, working_dir: Path | None = None) -> None:
    """Build a new project with ``build`` in one transaction and save it to ``path``; all or nothing.

    If ``build`` raises, nothing is written at ``path`` (an existing file there stays as it was).
    """
    document = ProjectDocument.create(working_dir=working_dir, target=path)
    try:
        document.store.write(build)
        document.save()
    finally:
        document.close(discard=True)


def recoverable_documents(working_dir: Path | None = None) -> list[RecoveryCandidate]:
    """Working copies in ``working_dir`` whose process died, or that were closed with unsaved changes, oldest first.

    Copies of live processes (another Belfry window) and of other hosts are not offered.
    """
    folder = default_working_dir() if working_dir is None else working_dir
    candidates = []
    for sidecar in sorted(folder.glob(f"*{WORKING_SUFFIX}{SIDECAR_SUFFIX}")):
        data = _read_json(sidecar)
        working_file = sidecar.with_suffix("")
        # A read-only document cannot hold changes; another host's processes cannot be checked from here.
        if data is None or data.get("read_only") or data.get("host") != socket.gethostname():
            continue
        if not working_file.is_file():
            continue
        pid = int(data.get("pid", 0))
        if data.get("state") != STATE_UNSAVED and _process_is_alive(pid):
            continue
        target = data.get("target")
        candidates.append(
            RecoveryCandidate(
                working_file=working_file,
                target=None if target is None else Path(target),
                user=str(data.get("user", "")),
                pid=pid,
                started_at=_parse_time(data.get("started_at")),
                modified_at=dt.datetime.fromtimestamp(working_file.stat().st_mtime),
            )
        )
    return sorted(candidates, key=lambda candidate: candidate.started_at)


def recover(
    candidate: RecoveryCandidate,
    *,
    migrations: Sequence[schema.Migration] = schema.MIGRATIONS,
    schema_version: int = schema.SCHEMA_VERSION,
) -> ProjectDocument:
    """Reopen a left-behind working copy as a modified document of its target (nothing is saved yet).

    A transaction interrupted by the crash is rolled back on the way, so the copy holds exactly what was committed.

    Raises:
        ProjectFileError: the copy is damaged or still in use by a live process.
    """
    data = _read_json(_sidecar_path(candidate.working_file)) or {}
    if data.get("state") == STATE_OPEN and _process_is_alive(int(data.get("pid", 0))):
        raise ProjectFileError(
            _("project_file", "This working copy is still open in another Belfry window (process {pid}).").format(
                pid=data.get("pid")
            )
        )
    # Writable: SQLite rolls back the journal of the interrupted transaction when it first reads the file.
    version = _inspect(candidate.working_file, schema_version=schema_version, writable=True)
    if version < schema_version:
        original = candidate.working_file if candidate.target is None else candidate.target
        _upgrade(candidate.working_file, original, version, migrations, schema_version)
    owns_marker, read_only_reason = False, None
    if candidate.target is not None:
        owns_marker, read_only_reason = _claim_for_editing(candidate.target)
    return ProjectDocument(
        working_file=candidate.working_file,
        target=candidate.target,
        owns_marker=owns_marker,
        read_only_reason=read_only_reason,
        modified=True,
    )


def discard_recovery(candidate: RecoveryCandidate) -> None:
    """Delete a left-behind working copy the user chose not to recover."""
    _remove_working_file(candidate.working_file)


# --- validation and copying -------------------------------------------------------------------------------------


def _inspect(path: Path, *, schema_version: int, writable: bool) -> int:
    """Check that ``path`` is a healthy Belfry file this version can read; return its schema version."""
    try:
        with path.open("rb") as file:
            header = file.read(SQLITE_HEADER_SIZE)
    except FileNotFoundError:
        raise ProjectFileError(_("project_file", "The file {path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise ProjectFileError(
            _("project_file", "{path} is a folder, not a Belfry project file.").format(path=path)
        ) from None
    except OSError as error:
        raise ProjectFileError(
            _("project_file", "The file {path} cannot be read ({reason}).").format(path=path, reason=error.strerror)
        ) from error
    if len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(_("project_file", "{path} is not a Belfry project file.").format(path=path))
    engine = make_engine(path, read_only=not writable)
    try:
        with engine.connect() as connection:
            application_id, version = schema.read_identity(connection)
            if application_id != schema.APPLICATION_ID:
                raise ProjectFileError(
                    _("project_file", "{path} is an SQLite database but not a Belfry project file.").format(path=path)
                )
            if version > schema_version:
                raise ProjectFileError(
                    _(
                        "project_file",
                        "{path} was saved by a newer version of Belfry (schema {found}; "
                        "this version reads up to {supported}).",
                    ).format(path=path, found=version, supported=schema_version)
                )
            problems = connection.execute(text("PRAGMA quick_check")).scalars().all()
    except exc.DBAPIError as error:
        raise _damaged(path) from error
    finally:
        engine.dispose()
    if problems != ["ok"]:
        raise _damaged(path)
    return version


def _damaged(path: Path) -> ProjectFileError:
    return ProjectFileError(
        _("project_file", "{path} is damaged (truncated or corrupt) and cannot be opened.").format(path=path)
    )


def _copy_database(source: Path, destination: Path) -> None:
    """Copy the committed content of ``source`` into the empty or new file ``destination`` (SQLite backup API).

    ``destination`` is thrown away if the copy fails, so it needs no rollback journal: without one, no
    ``-journal`` file appears beside a target on a share, and none is left behind when the disk fills up.
    """
    with (
        contextlib.closing(sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)) as reader,
        contextlib.closing(sqlite3.connect(destination)) as writer,
    ):
        writer.execute("PRAGMA journal_mode = OFF").close()
        reader.backup(writer)


def _upgrade(
    working_file: Path, original: Path, version: int, migrations: Sequence[schema.Migration], schema_version: int
) -> None:
    """Bring ``working_file`` from ``version`` to ``schema_version``, one transaction per migration.

    ``original`` is the file the user knows, named in the error message; it is never touched here.
    """
    try:
        steps = schema.pending_migrations(version, migrations, schema_version)
    except ValueError:
        raise ProjectFileError(
            _("project_file", "{path} uses schema {found}, which this version of Belfry cannot upgrade.").format(
                path=original, found=version
            )
        ) from None
    engine = make_engine(working_file)
    try:
        for step in steps:
            try:
                with engine.begin() as connection:
                    step.upgrade(connection)
                    schema.stamp(connection, step.from_version + 1)
            except Exception as error:  # any failure of a migration is reported the same way, with its cause chained
                raise ProjectFileError(
                    _(
                        "project_file",
                        "{path} could not be upgraded from schema {found} to {wanted} (step “{step}” failed); "
                        "the file itself was not changed.",
                    ).format(path=original, found=version, wanted=schema_version, step=step.description)
                ) from error
    finally:
        engine.dispose()


def _keep_original(path: Path, version: int) -> None:
    """Keep the bytes of the not-yet-upgraded ``path`` beside it, before any save can replace it."""
    backup = upgrade_backup_path(path, version)
    partial = backup.with_name(f"{backup.name}.tmp")
    try:
        shutil.copyfile(path, partial)
        _flush_to_disk(partial)
        os.replace(partial, backup)
    except OSError as error:
        _remove_quietly(partial)
        raise ProjectFileError(
            _(
                "project_file",
                "{path} must be upgraded, but no backup of it can be kept in its folder ({reason}); "
                "copy it to a folder you can write and open it there.",
            ).format(path=path, reason=error.strerror)
        ) from error


# --- saving -----------------------------------------------------------------------------------------------------


def _keep_previous(target: Path) -> None:
    """Make ``NAME.bak`` hold the current ``target``: a hard link where possible (instant), else a copy."""
    previous = previous_version_path(target)
    previous.unlink(missing_ok=True)
    try:
        os.link(target, previous)
    except OSError:
        # FAT-formatted USB sticks and some shares have no hard links.
        shutil.copy2(target, previous)


def _save_failure(target: Path, error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        code = error.errno
    else:
        code = {
            SQLITE_FULL: errno.ENOSPC,
            SQLITE_READONLY: errno.EROFS,
            SQLITE_PERM: errno.EACCES,
            SQLITE_CANTOPEN: errno.EACCES,
        }.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)
    # One literal per message, so that translation tools extract each of them.
    if code in DISK_FULL_ERRNOS:
        return _("project_file", "Cannot save {path}: the disk is full; the file was left unchanged.").format(
            path=target
        )
    if code in READ_ONLY_ERRNOS:
        return _(
            "project_file", "Cannot save {path}: the folder {folder} is read-only; the file was left unchanged."
        ).format(path=target, folder=target.parent)
    if code in MISSING_FOLDER_ERRNOS:
        return _("project_file", "Cannot save {path}: the folder {folder} does not exist.").format(
            path=target, folder=target.parent
        )
    return _("project_file", "Cannot save {path} ({reason}); the file was left unchanged.").format(
        path=target, reason=error.strerror if isinstance(error, OSError) else error
    )


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _flush_folder_to_disk(folder: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open folders for fsync and some file systems refuse it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# --- owner markers ----------------------------------------------------------------------------------------------


def _claim_for_editing(target: Path) -> tuple[bool, str | None]:
    """Claim ``target``'s owner marker; return (claimed, why the document is read-only if not)."""
    try:
        holder = _claim_marker(target)
    except OSError:
        return False, _(
            "project_file", "You cannot write in the folder of {path}, so it is open read-only; use Save As to edit it."
        ).format(path=target)
    if holder is None:
        return True, None
    return False, _(
        "project_file",
        "{path} is in use by {user} on {host} since {time}, so it is open read-only; open it as a copy to edit it.",
    ).format(path=target, user=holder.user, host=holder.host, time=holder.opened_at.strftime("%Y-%m-%d %H:%M"))


def _claim_for_saving(target: Path) -> bool:
    """Claim ``target``'s marker before writing it; refuse if a live process holds it. Return whether claimed."""
    try:
        holder = _claim_marker(target)
    except OSError:
        return False  # the save itself reports why the folder cannot be written
    if holder is not None:
        raise ProjectFileError(
            _("project_file", "{path} is in use by {user} on {host}; save under another name.").format(
                path=target, user=holder.user, host=holder.host
            )
        )
    return True


def _claim_marker(target: Path) -> OwnerMarker | None:
    """Create our owner marker for ``target``, taking over a stale one; return the live holder if there is one.

    ``O_EXCL`` makes creation atomic on local disks and SMB. A marker that cannot be parsed (its writer died
    mid-write) counts as stale: a permanently blocked file would be worse than the tiny race it leaves.

    Raises:
        OSError: the marker cannot be written (read-only folder, full disk).
    """
    path = marker_path(target)
    for _attempt in range(2):
        try:
            descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _read_marker(path)
            if holder is not None and not holder.is_stale():
                return holder
            path.unlink(missing_ok=True)
            continue
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(_marker_data(_own_marker()), file)
        except OSError:
            _remove_quietly(path)
            raise
        return None
    # Another process took the stale marker over between our two attempts and may still be writing it.
    return _read_marker(path) or OwnerMarker(
        user=_("project_file", "another user"), host="?", pid=0, opened_at=dt.datetime.now()
    )


def _release_marker(target: Path) -> None:
    """Remove ``target``'s marker if it is still ours (never someone else's that took over a stale one)."""
    path = marker_path(target)
    holder = _read_marker(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        _remove_quietly(path)


def _own_marker() -> OwnerMarker:
    return OwnerMarker(user=getpass.getuser(), host=socket.gethostname(), pid=os.getpid(), opened_at=dt.datetime.now())


def _marker_data(marker: OwnerMarker) -> dict[str, Any]:
    return {
        "user": marker.user,
        "host": marker.host,
        "pid": marker.pid,
        "opened_at": marker.opened_at.isoformat(timespec="seconds"),
    }


def _read_marker(path: Path) -> OwnerMarker | None:
    data = _read_json(path)
    if data is None:
        return None
    try:
        return OwnerMarker(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            opened_at=dt.datetime.fromisoformat(str(data["opened_at"])),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _process_is_alive(pid: int) -> bool:
    """True if process ``pid`` exists on this host (a process of another user counts)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists but belongs to someone else
        try:
            exit_code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
            return exit_code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- working files and sidecars ---------------------------------------------------------------------------------


def _new_working_file(working_dir: Path | None, target: Path | None) -> Path:
    folder = default_working_dir() if working_dir is None else working_dir
    stem = "untitled" if target is None else target.stem
    working_file = folder / f"{stem}-{uuid.uuid4().hex[:12]}{WORKING_SUFFIX}"
    with _working_copy_errors(working_file):
        folder.mkdir(parents=True, exist_ok=True)
    return working_file


@contextlib.contextmanager
def _working_copy_errors(working_file: Path) -> Iterator[None]:
    """Report a working copy that cannot be written (local disk full, no permission) as one sentence."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        raise ProjectFileError(
            _("project_file", "No working copy can be made in {folder} ({reason}).").format(
                folder=working_file.parent, reason=error.strerror if isinstance(error, OSError) else error
            )
        ) from error


def _abandon(working_file: Path, claimed_target: Path | None) -> None:
    """Undo a half-done open or create: delete the working copy and release the marker it claimed."""
    _remove_working_file(working_file)
    if claimed_target is not None:
        _release_marker(claimed_target)


def _sidecar_path(working_file: Path) -> Path:
    return working_file.with_name(working_file.name + SIDECAR_SUFFIX)


def _remove_working_file(working_file: Path) -> None:
    """Delete a working file with its rollback journal and sidecar (the sidecar last: it is how a copy is found)."""
    _remove_quietly(working_file.with_name(working_file.name + "-journal"))
    _remove_quietly(working_file)
    _remove_quietly(_sidecar_path(working_file))


def _write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(partial, path)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _parse_time(value: object) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.min


def _remove_quietly(path: Path) -> None:
    """Delete ``path`` if it exists; a leftover temporary file must not mask the error being reported."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
