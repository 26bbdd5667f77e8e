"""Reading a file that came from outside (e-mail, USB stick): a regular file, within a size limit, or a
clear refusal -- decided before anything is read, so a FIFO, a device or a huge file never blocks or fills
memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class InputFileError(ValueError):
    """A file that cannot be read as input; the message is meant for the user."""


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to read it"
    if exc.errno == errno.ENOENT:
        return "it does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    if exc.errno == errno.EIO:
        return "the disk reported an input/output error (was the USB stick removed?)"
    return exc.strerror or str(exc)


def check_regular_file(path: Path) -> os.stat_result:
    """The file's status if it is a regular file; InputFileError for a folder, a FIFO, a device, a socket."""
    path = Path(path)
    try:
        status = os.stat(path)
    except OSError as exc:
        raise InputFileError(f"Cannot read {path.name}: {_reason(exc)}.") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputFileError(f"Cannot read {path.name}: it is a folder.")
    if not stat.S_ISREG(status.st_mode):
        raise InputFileError(f"Cannot read {path.name}: it is not a regular file (a pipe or a device).")
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
        raise InputFileError(f"{path.name}: {what} is larger than the limit of {_size(limit)}.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(f"Cannot read {path.name}: {_reason(exc)}.") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputFileError(f"Cannot read {path.name}: it is not a regular file (a pipe or a device).")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputFileError(f"Cannot read {path.name}: {_reason(exc)}.") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputFileError(f"{path.name}: {what} is larger than the limit of {_size(limit)}.")
    return data


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"
