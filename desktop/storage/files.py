"""Whole-file operations that must be atomic: a reader sees the complete old file or the complete new one."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from desktop.core.model import PERSONAL_KINDS, Document
from desktop.storage.database import connect, harden
from desktop.storage.errors import StorageError, describe_os_error
from desktop.storage.repository import DocumentRepository


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove the temporary files that saves of `target` by other processes left beside it (a save killed
    halfway). Call it only while holding the document's lock: then no other process is saving it."""
    removed = []
    prefix = f".{target.name}."
    mine = temp_beside(target).name
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(prefix) or name.startswith(mine):
            continue
        middle = name[len(prefix) :].split(".tmp", 1)
        if len(middle) == 2 and middle[0].isdigit() and middle[1] in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (target.parent / name).unlink()
                removed.append(target.parent / name)
    return removed


def discard_database(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


def check_replaceable(target: Path) -> None:
    """Refuse to replace a document whose permissions say it must not be written (chmod 444, a file
    marked read-only): saving would silently put a writable file in its place."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(describe_os_error(exc, f"save {target.name}")) from None
    if not mode & stat.S_IWUSR:
        raise StorageError(
            f"{target.name} is marked read-only, so it was not changed. Use Save As to keep your changes in "
            "another file, or allow writing to it first."
        )


def keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the permissions of the one it replaces (a file shared with a group stays shared)."""
    with contextlib.suppress(OSError):
        os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))


def replace_atomically(tmp: Path, target: Path) -> None:
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


def write_snapshot(source: sqlite3.Connection, target: Path, *, before_replace=None) -> None:
    """Copy a live database into `target` atomically (temp file beside it, fsync, rename).

    `before_replace(tmp_path, tmp_connection)` may adjust or copy the new file before it takes the target's place.
    """
    target = Path(target)
    check_replaceable(target)
    tmp = temp_beside(target)
    try:
        discard_database(tmp)
        dst = harden(sqlite3.connect(str(tmp), isolation_level=None))
        try:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if before_replace:
                before_replace(tmp, dst)
        finally:
            dst.close()
        keep_mode(target, tmp)
        replace_atomically(tmp, target)
    except OSError as exc:
        discard_database(tmp)
        raise StorageError(describe_os_error(exc, f"save {target.name}")) from None
    except sqlite3.Error as exc:
        discard_database(tmp)
        raise StorageError(f"Could not save {target.name}: {sqlite_reason(exc)}.") from None


def write_new(doc: Document, target: Path, *, overwrite: bool = False) -> None:
    """Write a whole document as a new file, atomically."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise StorageError(f"{target} already exists.")
    if not target.parent.is_dir():
        raise StorageError(f"The folder {target.parent} does not exist.")
    tmp = temp_beside(target)
    try:
        discard_database(tmp)
        conn = connect(tmp)
        try:
            DocumentRepository(conn).create(doc)
        finally:
            conn.close()
        replace_atomically(tmp, target)
    except OSError as exc:
        discard_database(tmp)
        raise StorageError(describe_os_error(exc, f"write {target.name}")) from None
    except sqlite3.Error as exc:
        discard_database(tmp)
        raise StorageError(f"Could not write {target.name}: {sqlite_reason(exc)}.") from None


def sqlite_reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the file or disk is read-only"
    if "disk I/O" in text:
        return "the disk reported an error (was the USB stick removed?)"
    if "unable to open" in text:
        return "the file cannot be created there (is the folder missing or read-only?)"
    if "locked" in text or "busy" in text:
        return "another program is using the file"
    return text


def write_shared_copy(source: sqlite3.Connection, target: Path, *, include_contacts: bool = False) -> None:
    """A copy of the document to send to others: without members' contact details unless asked for.

    The rows are deleted with secure_delete and the file rewritten (VACUUM), so nothing of them is left
    in its free pages. The copy is marked saved, so whoever opens it starts without unsaved changes.
    """

    def strip(_tmp: Path, conn: sqlite3.Connection) -> None:
        if not include_contacts:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                f"DELETE FROM entity WHERE kind IN ({', '.join('?' * len(PERSONAL_KINDS))})", tuple(PERSONAL_KINDS)
            )
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        conn.execute(
            "UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'edit_count') WHERE key = 'saved_edit_count'"
        )

    write_snapshot(source, target, before_replace=strip)
