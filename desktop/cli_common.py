"""What every command-line module shares: exit codes, the one-line error, and reading a document file.

Its own module so that `desktop.cli` and the command groups it registers (`desktop.cli_group`) both build on it
without importing each other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report in one line, without a traceback."""


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED


def load(path: str, *, check: bool = True):
    """Read a document file (read-only, never modified); with `check`, refuse one whose values break the rules."""
    from desktop.storage.database import connect, inspect
    from desktop.storage.errors import DamagedFileError
    from desktop.storage.repository import DocumentRepository

    version = inspect(Path(path))
    conn = connect(Path(path), read_only=True)
    try:
        if version < schema_version():
            raise DamagedFileError(f"{Path(path).name} uses an older format; open it in the app to upgrade it.")
        doc = DocumentRepository(conn).load()
    finally:
        conn.close()
    if check:
        # A value no editor accepts (an amount of 1e30) would break the command half-way: say so first.
        from desktop.core.validation import document_problems

        problems = document_problems(doc)
        if problems:
            raise CommandError(f"{Path(path).name} has {len(problems)} problem(s), run check: {problems[0]}")
    return doc, version


def schema_version() -> int:
    from desktop.storage.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def languages_arg(text: str) -> tuple[str, ...]:
    """ "sq,sr" -> ("sq", "sr")."""
    return tuple(lang.strip() for lang in text.split(",") if lang.strip())


def write_file(out: Path, force: bool, write: Callable[[BinaryIO], T]) -> T:
    """Write an export through a temporary file beside `out` that replaces it only once complete: a refusal or
    a failure half-way leaves neither a partial file nor the temporary one."""
    from desktop.storage.files import replace_atomically, temp_beside

    if out.exists() and not force:
        raise CommandError(f"{out} already exists (use --force to replace it)")
    tmp = temp_beside(out)
    try:
        with open(tmp, "wb") as stream:
            result = write(stream)
        replace_atomically(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CommandError(f"cannot write {out}: {exc.strerror}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result
