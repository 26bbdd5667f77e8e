"""Opening document files safely: recognise ours, refuse what is damaged, foreign or too new."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.storage.errors import (
    DamagedFileError,
    NewerVersionError,
    NotADocumentError,
    StorageError,
    describe_os_error,
)
from desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A hardened connection; autocommit mode, transactions are explicit (see repository.transaction)."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 3000")
    return harden(conn)


def inspect(path: Path, *, full_check: bool = False) -> int:
    """Check that `path` is a Plan document this version can read, without modifying it.

    Returns its schema version; raises a StorageError subclass with a message for the user.
    """
    version = inspect_header(path)
    check_content(path, full_check=full_check)
    return version


def inspect_header(path: Path) -> int:
    """The first part of `inspect`: the file is an SQLite database of Plan's, in a format this version reads
    (its first 100 bytes tell). Returns the schema version; raises a StorageError subclass."""
    path = Path(path)
    if path.exists() and not path.is_dir() and not path.is_file():
        # A FIFO or a device: open() would wait forever for a writer, so it is never opened.
        raise NotADocumentError(f"{path.name} is not a regular file (a pipe or a device), so not a Plan document.")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise StorageError(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise StorageError(f"{path} is a folder, not a Plan document.") from None
    except OSError as exc:
        raise StorageError(describe_os_error(exc, f"read {path.name}")) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotADocumentError(f"{path.name} is not a Plan document.")
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise NotADocumentError(f"{path.name} is a database, but not a Plan document.")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer version of Plan (format {version}); "
            "please update Plan to open it. The file was not changed."
        )
    return version


def check_content(path: Path, *, full_check: bool = False) -> None:
    """The second part of `inspect`: SQLite's own check of every page (quick, or `full_check`) and of the
    references between rows. Raises DamagedFileError. It reads the whole file but runs without Python's
    lock (SQLite releases it), so it can go on in a thread of its own while the file is loaded."""
    try:
        conn = connect(path, read_only=True)
        try:
            pragma = "integrity_check" if full_check else "quick_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            if rows != [("ok",)]:
                raise DamagedFileError(damaged_message(path))
            if conn.execute("PRAGMA foreign_key_check").fetchone():
                raise DamagedFileError(damaged_message(path))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DamagedFileError(damaged_message(path)) from None


def damaged_message(path: Path) -> str:
    return (
        f"{Path(path).name} is damaged and cannot be opened. It was not changed. "
        "You can restore one of its backups (File > Backups)."
    )
