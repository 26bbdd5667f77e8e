"""The user's glossary on disk, and glossary files exchanged with others (CSV or TBX, by extension).

The user's glossary is `glossary.csv` in the data folder (desktop.paths.data_dir), its terms and the names
kept as written (rows with `keep` = yes). Until the user saves a glossary of their own, the built-in seed is
used; a glossary saved before names were kept (no `keep` column) gets the built-in names. Files are written
atomically (a temporary file beside the target, fsync, rename), so a crash or a full disk leaves the old
glossary whole. Every failure is a GlossaryError with a one-line message for the user, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.input_files import InputFileError, read_limited
from desktop.paths import data_dir
from desktop.storage.errors import describe_os_error
from desktop.storage.files import fsync_dir, temp_beside
from desktop.translation.glossary import KEEP_COLUMN, MAX_TBX_BYTES, Glossary, GlossaryError

GLOSSARY_FILE_NAME = "glossary.csv"
DAMAGED_SUFFIX = ".damaged"
# A CSV of 10,000 terms of 4 x 500 characters is at most ~40 MB of UTF-8; real glossaries are far smaller.
MAX_CSV_BYTES = 50_000_000
FORMATS = ("csv", "tbx")
MAX_HEADER_CHARS = 4096


def user_glossary_path() -> Path:
    return data_dir() / GLOSSARY_FILE_NAME


def load_user_glossary(path: Path | None = None) -> Glossary:
    """The user's glossary; the built-in seed while the user has not saved one. Raises GlossaryError."""
    path = user_glossary_path() if path is None else Path(path)
    if not path.exists():
        return Glossary.seed()
    try:
        glossary = read_glossary(path, "csv")
    except GlossaryError as exc:
        raise GlossaryError(f"The glossary {path} cannot be read: {exc}") from None
    if not _has_keep_column(path):  # saved before names were kept: start with the built-in ones
        glossary.names = Glossary.seed().names
    return glossary


def _has_keep_column(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            header = fh.readline(MAX_HEADER_CHARS)
    except OSError:
        return True
    return KEEP_COLUMN in (cell.strip().lower() for cell in header.split(","))


def save_user_glossary(glossary: Glossary, path: Path | None = None) -> Path:
    """Write the user's glossary atomically; returns the file written. Raises GlossaryError."""
    path = user_glossary_path() if path is None else Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GlossaryError(describe_os_error(exc, "create the data folder")) from None
    write_glossary(glossary, path, "csv")
    return path


def set_aside_damaged(path: Path | None = None) -> Path | None:
    """Rename a damaged user glossary to `glossary.csv.damaged` so that saving does not destroy it.

    Returns the new name, or None when there was nothing to set aside.
    """
    path = user_glossary_path() if path is None else Path(path)
    if not path.exists():
        return None
    kept = path.with_name(path.name + DAMAGED_SUFFIX)
    try:
        os.replace(path, kept)
    except OSError as exc:
        raise GlossaryError(describe_os_error(exc, f"keep a copy of {path.name}")) from None
    return kept


def format_of(path: Path) -> str | None:
    """ "csv" or "tbx" from the file name's extension; None for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def read_glossary(path: Path, fmt: str | None = None) -> Glossary:
    """Read a CSV (UTF-8, header sq,sr,en[,note]) or TBX file; `fmt` defaults to the extension."""
    path = Path(path)
    fmt = fmt or format_of(path)
    if fmt not in FORMATS:
        raise GlossaryError(f"{path.name} is neither a .csv nor a .tbx file")
    limit = MAX_TBX_BYTES if fmt == "tbx" else MAX_CSV_BYTES
    try:
        # A regular file within the limit, checked before reading: a FIFO or a huge file is refused.
        data = read_limited(path, limit)
    except InputFileError as exc:
        raise GlossaryError(str(exc).rstrip(".")) from None
    if fmt == "tbx":
        return Glossary.from_tbx(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise GlossaryError(f"{path.name} is not UTF-8 text (save the CSV as UTF-8)") from None
    return Glossary.from_csv(text)


def write_glossary(glossary: Glossary, path: Path, fmt: str | None = None) -> None:
    """Write a CSV or TBX file atomically: the target holds the old file or the complete new one."""
    path = Path(path)
    fmt = fmt or format_of(path)
    if fmt not in FORMATS:
        raise GlossaryError(f"{path.name} is neither a .csv nor a .tbx file")
    data = glossary.to_tbx() if fmt == "tbx" else glossary.to_csv().encode("utf-8")
    tmp = temp_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())  # on the handle we wrote with: Windows cannot flush a read-only handle
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GlossaryError(describe_os_error(exc, f"save {path.name}")) from None


def load_kept_names() -> list[str]:
    """The names the user keeps as written (the built-in ones while their glossary is missing or damaged)."""
    try:
        return list(load_user_glossary().names)
    except GlossaryError:
        return list(Glossary.seed().names)
