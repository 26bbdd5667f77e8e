"""Reading a file that came from outside (e-mail, USB stick): a regular file, within a size limit, or a
clear refusal -- decided before anything is read, so a FIFO, a device or a huge file never blocks or fills
memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# Why a file was refused: a code the interface translates (see gui/import_preview.py).
NOT_REGULAR, FOLDER, TOO_LARGE, PERMISSION, MISSING, IO_ERROR, OTHER = (
    "not_regular", "folder", "too_large", "permission", "missing", "io_error", "other"
)  # fmt: skip


_NOT_REGULAR = "Cannot read {name}: it is not a regular file (a pipe or a device)."


class InputFileError(ValueError):
    """A file that cannot be read as input; the message is meant for the user, `reason` for translating it."""

    def __init__(self, message: str, reason: str = OTHER, limit: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.limit = limit


_REASONS = {
    errno.EACCES: (PERMISSION, "you do not have permission to read it"),
    errno.EPERM: (PERMISSION, "you do not have permission to read it"),
    errno.ENOENT: (MISSING, "it does not exist"),
    errno.EISDIR: (FOLDER, "it is a folder"),
    errno.EIO: (IO_ERROR, "the disk reported an input/output error (was the USB stick removed?)"),
}


def _error(path: Path, exc: OSError) -> InputFileError:
    reason, text = _REASONS.get(exc.errno, (OTHER, exc.strerror or str(exc)))
    return InputFileError(f"Cannot read {path.name}: {text}.", reason)


def check_regular_file(path: Path) -> os.stat_result:
    """The file's status if it is a regular file; InputFileError for a folder, a FIFO, a device, a socket."""
    path = Path(path)
    try:
        status = os.stat(path)
    except OSError as exc:
        raise _error(path, exc) from None
    if stat.S_ISDIR(status.st_mode):
        raise InputFileError(f"Cannot read {path.name}: it is a folder.", FOLDER)
    if not stat.S_ISREG(status.st_mode):
        raise InputFileError(_NOT_REGULAR.format(name=path.name), NOT_REGULAR)
    return status


def read_limited(path: Path, limit: int, *, what: str = "the file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    The file is opened without blocking and checked again through its handle, so one swapped for a FIFO
    between the check and the open is refused too; a file that grows while it is read is cut at the limit
    and refused.
    """
    path = Path(path)
    status = check_regular_file(path)
    if status.st_size > limit:
        raise InputFileError(f"{path.name}: {what} is larger than the limit of {_size(limit)}.", TOO_LARGE, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _error(path, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputFileError(_NOT_REGULAR.format(name=path.name), NOT_REGULAR)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise _error(path, exc) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputFileError(f"{path.name}: {what} is larger than the limit of {_size(limit)}.", TOO_LARGE, limit)
    return data


def _size(limit: int) -> str:
    if limit % 1_000_000 == 0:  # limits are set in either kind of MB
        return f"{limit // 1_000_000} MB"
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"
